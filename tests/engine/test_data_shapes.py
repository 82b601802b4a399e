"""Shapes: deterministic, balanced, boxes that enclose exactly the drawn object."""
import numpy as np
import pytest
import torch

from engine.data import PRESETS, SHAPE_CLASSES, DataError, make_shapes


def test_same_seed_same_images_other_seed_other_images():
    a = make_shapes("gray28", 300, 50, seed=3)
    b = make_shapes("gray28", 300, 50, seed=3)
    c = make_shapes("gray28", 300, 50, seed=4)
    assert torch.equal(a.train.images, b.train.images)
    assert torch.equal(a.val.boxes, b.val.boxes)
    assert torch.equal(a.train.labels, b.train.labels)
    assert not torch.equal(a.train.images, c.train.images)


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_presets_have_the_promised_shape_range_and_balanced_classes(preset):
    channels, size = PRESETS[preset]
    ds = make_shapes(preset, 200, 40, seed=0)
    assert ds.input_shape == (channels, size, size)
    assert ds.train.images.dtype == torch.float32
    assert float(ds.train.images.min()) >= 0.0 and float(ds.train.images.max()) <= 1.0
    assert ds.class_names == SHAPE_CLASSES
    assert torch.bincount(ds.train.labels, minlength=10).tolist() == [20] * 10
    assert len(ds.val) == 40 and ds.val.boxes.shape == (40, 4)
    # the statistics the loader normalises with are the training images' own
    assert ds.mean[0] == pytest.approx(float(ds.train.images[:, 0].mean()), abs=1e-4)
    assert ds.std[0] == pytest.approx(float(ds.train.images[:, 0].std()), abs=1e-3)


@pytest.mark.parametrize("preset", ["gray28", "rgb64"])
def test_boxes_are_the_tight_bounds_of_the_object_pixels(preset):
    # without noise and shading each image has exactly two colours: object and background
    ds = make_shapes(preset, 120, 0, seed=5, noise=0.0, shading=0.0)
    images = ds.train.images.numpy()
    for img, box in zip(images, ds.train.boxes.numpy()):
        corner = img[:, 0, 0]  # objects never touch the border, so this is background
        obj = np.any(np.abs(img - corner[:, None, None]) > 1e-6, axis=0)
        ys, xs = np.nonzero(obj)
        assert (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1) == tuple(box.astype(int))


def test_train_and_validation_share_no_image():
    ds = make_shapes("gray28", 500, 200, seed=1)
    train = {row.tobytes() for row in ds.train.images.numpy()}
    assert not any(row.tobytes() in train for row in ds.val.images.numpy())


def test_shapes_of_a_class_look_alike_and_differ_from_other_classes():
    # nearest class mean (an independent, trivial classifier) on centred object crops beats chance
    ds = make_shapes("gray28", 2000, 500, seed=2, noise=0.0, shading=0.0, max_rotation=0)

    def features(split):
        x = split.images[:, 0]
        fg = (x - x[:, :1, :1]).abs() > 1e-6  # object mask
        out = []
        for m, b in zip(fg, split.boxes.long()):
            crop = m[b[1]:b[3], b[0]:b[2]].float()[None, None]
            out.append(torch.nn.functional.interpolate(crop, size=(12, 12)).flatten())
        return torch.stack(out)

    ftr, fva = features(ds.train), features(ds.val)
    means = torch.stack([ftr[ds.train.labels == k].mean(0) for k in range(10)])
    pred = torch.cdist(fva, means).argmin(1)
    assert float((pred == ds.val.labels).float().mean()) > 0.8


def test_a_subset_of_classes_and_bad_requests():
    ds = make_shapes("rgb32", 30, 6, classes=("circle", "square", "star"))
    assert ds.num_classes == 3 and int(ds.train.labels.max()) == 2
    with pytest.raises(DataError) as err:
        make_shapes("gray99")
    assert err.value.code == "unknown_preset" and "gray28" in str(err.value)
    with pytest.raises(DataError) as err:
        make_shapes(classes=("circle", "blob"))
    assert err.value.code == "bad_classes"


def test_progress_is_reported_up_to_the_total():
    calls = []
    make_shapes("gray28", 3000, 1000, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (4000, 4000) and len(calls) >= 2
