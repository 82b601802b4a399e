"""A folder of the user's own images: classes from sub-folders, resizing, a stratified split,
unreadable files skipped and counted, clear errors, and streaming for big folders."""
import numpy as np
import pytest
import torch
from PIL import Image

from engine.data import DataError, load_dataset
from engine.data.folder import StreamingDataset, load_folder
from engine.data.loader import StreamLoader, TensorLoader


def _make_folder(root, counts={"cats": 10, "dogs": 5}, size=(40, 30), mode="RGB"):
    colours = {}
    for k, (name, n) in enumerate(counts.items()):
        (root / name).mkdir(parents=True)
        for i in range(n):
            value = (k * 100 + i * 7) % 256
            colour = (value, 255 - value, 17) if mode == "RGB" else value
            Image.new(mode, size, colour).save(root / name / f"{i:03d}.png")
            colours[(name, i)] = colour
    return colours


def test_folder_images_are_resized_labelled_and_split_per_class(tmp_path):
    _make_folder(tmp_path / "pets")
    (tmp_path / "pets" / "cats" / "notes.txt").write_text("not an image")
    ds = load_dataset("folder:" + str(tmp_path / "pets"), image_size=16, val_fraction=0.2, seed=1)
    assert ds.class_names == ("cats", "dogs")
    assert ds.input_shape == (3, 16, 16)
    assert len(ds.train) + len(ds.val) == 15
    assert torch.bincount(ds.val.labels).tolist() == [2, 1]  # 20 % of each class
    # a flat-coloured image stays that colour after resizing
    img = ds.train.images[0]
    assert torch.allclose(img, img[:, :1, :1].expand_as(img), atol=1 / 255)
    assert ds.info["skipped"] == 0


def test_grayscale_folders_give_one_channel(tmp_path):
    _make_folder(tmp_path / "g", mode="L")
    ds = load_folder(tmp_path / "g", image_size=8)
    assert ds.input_shape == (1, 8, 8)


def test_unreadable_images_are_skipped_and_counted(tmp_path):
    _make_folder(tmp_path / "pets")
    (tmp_path / "pets" / "dogs" / "broken.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "pets" / "cats" / "empty.jpg").write_bytes(b"")
    ds = load_folder(tmp_path / "pets", image_size=8)
    assert ds.info["skipped"] == 2
    assert len(ds.train) + len(ds.val) == 15
    assert any(f.endswith("broken.png") for f in ds.info["skipped_files"])


@pytest.mark.parametrize("setup,code", [
    (lambda root: None, "missing_folder"),
    (lambda root: root.mkdir(), "empty_folder"),
    (lambda root: (root / "only").mkdir(parents=True), "empty_folder"),
    (lambda root: _make_folder(root, {"cats": 3}), "one_class"),
])
def test_clear_errors_for_folders_that_cannot_train(tmp_path, setup, code):
    root = tmp_path / "data"
    setup(root)
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert err.value.code == code
    assert str(root) in str(err.value) and "\n" not in str(err.value)


def test_nothing_readable_is_an_error(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.png").write_bytes(b"garbage")
    with pytest.raises(DataError) as err:
        load_folder(tmp_path)
    assert err.value.code == "no_readable_images"


def test_big_folders_stream_with_the_same_batches_as_in_memory(tmp_path):
    _make_folder(tmp_path / "pets", {"a": 9, "b": 7, "c": 6})
    in_memory = load_folder(tmp_path / "pets", image_size=12, seed=3)
    streamed = load_folder(tmp_path / "pets", image_size=12, seed=3, memory_limit=1000)
    assert isinstance(streamed, StreamingDataset) and streamed.streaming
    assert streamed.input_shape == in_memory.input_shape
    stats = dict(mean=in_memory.mean, std=in_memory.std, seed=4)
    memory_batches = list(TensorLoader(in_memory.train, 5, **stats).epoch(2))
    stream_batches = list(StreamLoader(streamed.train_source, 5, num_workers=0,
                                       **stats).epoch(2))
    assert len(memory_batches) == len(stream_batches) == 4
    for (xa, ya), (xb, yb) in zip(memory_batches, stream_batches):
        assert torch.equal(ya, yb)
        assert torch.allclose(xa, xb, atol=1e-5)
    assert np.allclose(streamed.mean, in_memory.mean, atol=0.05)


def test_the_trainer_streams_a_folder_that_does_not_fit(tmp_path):
    from engine.graph import sequential
    from engine.training import EpochEnded, EventLog, RunStarted, TrainConfig, Trainer

    _make_folder(tmp_path / "pets", {"a": 12, "b": 12})
    ds = load_folder(tmp_path / "pets", image_size=8, stream=True)
    net = sequential((3, 8, 8), [("flatten", "Flatten", {}),
                                 ("fc", "Linear", dict(out_features=2))])
    log = EventLog()
    results = Trainer(net, ds, TrainConfig(epochs=2, batch_size=4, num_workers=0,
                                           optimizers=["sgd"])).run(log)
    assert log.of(RunStarted)[0].loader == "stream"
    assert results["sgd"].reason == "completed"
    # flat colours per class: a linear model separates them
    assert log.of(EpochEnded)[-1].val_acc == 1.0
