"""The in-memory loader: every image once per epoch, reproducible order, normalisation and
on-device augmentation checked against torch's own padding and flipping."""
import torch
import torch.nn.functional as F

from engine.data import Split, make_shapes
from engine.data.loader import Augment, TensorLoader, augment_batch


def _numbered(n=50, size=6):
    # image i is filled with the value i, so a batch tells which images it holds
    images = torch.arange(n, dtype=torch.float32).view(n, 1, 1, 1).expand(n, 1, size, size)
    return Split(images.clone(), torch.arange(n) % 5)


def test_an_epoch_visits_every_image_once_in_a_seeded_order():
    split = _numbered(50)
    loader = TensorLoader(split, 8, seed=1)
    assert len(loader) == 7
    seen = torch.cat([x[:, 0, 0, 0] for x, _ in loader.epoch(1)])
    assert sorted(seen.long().tolist()) == list(range(50))
    again = torch.cat([x[:, 0, 0, 0] for x, _ in TensorLoader(split, 8, seed=1).epoch(1)])
    other_epoch = torch.cat([x[:, 0, 0, 0] for x, _ in loader.epoch(2)])
    assert torch.equal(seen, again) and not torch.equal(seen, other_epoch)
    # labels travel with their images
    for x, y in loader.epoch(3):
        assert torch.equal(y, x[:, 0, 0, 0].long() % 5)


def test_a_last_batch_of_one_image_is_dropped_in_training_only():
    split = _numbered(17)
    assert len(TensorLoader(split, 8)) == 2
    assert len(TensorLoader(split, 8, shuffle=False)) == 3
    assert len(TensorLoader(split, 8, max_steps=1)) == 1


def test_batches_are_normalised_with_the_training_statistics():
    ds = make_shapes("rgb32", 400, 10, seed=0)
    loader = TensorLoader(ds.train, 400, mean=ds.mean, std=ds.std, shuffle=False)
    (x, _), = list(loader.epoch())
    assert torch.allclose(x.mean(dim=(0, 2, 3)), torch.zeros(3), atol=1e-4)
    assert torch.allclose(x.std(dim=(0, 2, 3)), torch.ones(3), atol=1e-2)


def test_flip_and_crop_match_torch_padding_and_flipping():
    torch.manual_seed(0)
    x = torch.rand(6, 3, 8, 8)
    flips = torch.tensor([True, False, True, False, True, False])
    shifts = torch.tensor([[0, 0], [4, 4], [2, 1], [1, 3], [4, 0], [2, 2]])
    pad_value = torch.tensor([-1.0, -2.0, -3.0])
    out = augment_batch(x, flips, shifts, 2, pad_value)
    for i in range(6):
        ref = x[i].flip(2) if flips[i] else x[i]
        padded = torch.stack([F.pad(ref[c], (2, 2, 2, 2), value=float(pad_value[c]))
                              for c in range(3)])
        dy, dx = shifts[i].tolist()
        assert torch.equal(out[i], padded[:, dy:dy + 8, dx:dx + 8])


def test_augmentation_is_reproducible_and_padding_is_black_before_normalisation():
    ds = make_shapes("rgb32", 64, 4, seed=0)
    make = lambda: TensorLoader(ds.train, 64, mean=ds.mean, std=ds.std, seed=5,  # noqa: E731
                                augment=Augment(flip=True, crop_padding=4))
    (a, _), = list(make().epoch(1))
    (b, _), = list(make().epoch(1))
    assert torch.equal(a, b)
    # a shifted image shows padding: black in the original, so -mean/std after normalising
    black = -torch.tensor(ds.mean) / torch.tensor(ds.std)
    border = a[:, :, 0, :]  # top rows; many images are shifted down
    hits = (border - black.view(1, 3, 1)).abs().amax(dim=1) < 1e-5
    assert hits.any(dim=1).float().mean() > 0.2
