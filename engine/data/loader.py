"""Batches for training: small data sets live as one normalised tensor on the training device
and are batched by index (no per-image Python, no DataLoader); big folders stream from disk.

Both loaders draw each epoch's order and augmentation from a generator seeded by
``(seed, epoch)`` on the CPU, so the batches are identical on every device, in every run of a
race, and after resuming from a checkpoint.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Augment:
    """Random horizontal flip; random crop after padding ``crop_padding`` pixels per side with
    black (the padding is black in the original images, before normalisation)."""

    flip: bool = False
    crop_padding: int = 0

    @property
    def enabled(self) -> bool:
        return self.flip or self.crop_padding > 0


def epoch_generator(seed: int, epoch: int):
    import torch
    return torch.Generator().manual_seed((int(seed) * 1_000_003 + int(epoch)) % (2 ** 63))


def augment_batch(x, flip_mask, shifts, padding: int, pad_value):
    """Apply per-image flips (bool (B,)) and crop offsets (int (B, 2) in [0, 2*padding]) to a
    batch on its own device. ``pad_value`` (C,) is what black becomes after normalisation."""
    import torch

    if flip_mask is not None:
        x = torch.where(flip_mask.view(-1, 1, 1, 1), x.flip(3), x)
    if padding > 0:
        b, c, h, w = x.shape
        p = padding
        padded = pad_value.view(1, c, 1, 1).expand(b, c, h + 2 * p, w + 2 * p).clone()
        padded[:, :, p:p + h, p:p + w] = x
        rows = shifts[:, 0:1] + torch.arange(h, device=x.device)  # (B, H)
        cols = shifts[:, 1:2] + torch.arange(w, device=x.device)  # (B, W)
        bi = torch.arange(b, device=x.device).view(b, 1, 1, 1)
        ci = torch.arange(c, device=x.device).view(1, c, 1, 1)
        x = padded[bi, ci, rows.view(b, 1, h, 1), cols.view(b, 1, 1, w)]
    return x


class TensorLoader:
    """Yields ``(images, labels)`` batches from a ``Split`` held on ``device``.

    The images are the split's own tensor (moved to ``storage`` only when it lives elsewhere),
    normalised batch by batch: a normalised copy of the whole set doubled its memory (Shapes
    60k: 450-600 MiB instead of 225), while normalising a batch costs a few microseconds.
    ``shuffle`` draws a new order every epoch; ``augment`` is applied on the device. A last
    batch of a single image is dropped in training (batch normalisation cannot use it).
    """

    kind = "memory"

    def __init__(self, split, batch_size: int, device="cpu", mean=None, std=None,
                 shuffle: bool = True, augment: Augment | None = None, seed: int = 0,
                 channels_last: bool = False, max_steps: int = 0, storage=None):
        import torch

        self.batch_size = int(batch_size)
        self.device = torch.device(device)
        # where the images live: the training device, or the CPU when they do not fit there
        self.storage = torch.device(storage) if storage is not None else self.device
        self.shuffle = shuffle
        self.augment = augment if augment and augment.enabled else None
        self.seed = seed
        self.channels_last = channels_last
        self.max_steps = int(max_steps)
        self.images = split.images.to(self.storage, torch.float32)  # no copy when in place
        c = self.images.shape[1]
        self.mean = torch.tensor(mean if mean else (0.0,) * c, device=self.device).view(1, c, 1, 1)
        self.std = torch.tensor(std if std else (1.0,) * c, device=self.device).view(1, c, 1, 1)
        self.normalise = bool(mean) or bool(std)
        self.labels = split.labels.to(self.storage, torch.int64)
        self.pad_value = (-self.mean / self.std).flatten()
        self.n = int(self.labels.shape[0])

    def __len__(self) -> int:
        full, rest = divmod(self.n, self.batch_size)
        steps = full + (1 if rest > (1 if self.shuffle else 0) else 0)
        return min(steps, self.max_steps) if self.max_steps else steps

    def epoch(self, epoch: int = 1):
        """Iterate over one epoch's batches."""
        import torch

        gen = epoch_generator(self.seed, epoch)
        order = torch.randperm(self.n, generator=gen) if self.shuffle else None
        if order is not None and self.storage.type != "cpu":
            order = order.to(self.storage)
        moved = self.storage != self.device
        for step in range(len(self)):
            lo = step * self.batch_size
            hi = min(lo + self.batch_size, self.n)
            if order is None:
                x, y = self.images[lo:hi], self.labels[lo:hi]
            else:
                idx = order[lo:hi]
                x, y = self.images.index_select(0, idx), self.labels.index_select(0, idx)
            if moved:
                x = x.to(self.device, non_blocking=True)
                y = y.to(self.device, non_blocking=True)
            if self.normalise:
                x = (x - self.mean) / self.std
            elif order is None and not moved:
                x = x.clone()  # a slice of the data set: the network must not write into it
            if self.augment is not None:
                x = self._augment(x, gen)
            if self.channels_last:
                x = x.contiguous(memory_format=torch.channels_last)
            yield x, y

    def _augment(self, x, gen):
        import torch

        b = x.shape[0]
        a = self.augment
        flips = torch.rand(b, generator=gen) < 0.5 if a.flip else None
        shifts = (torch.randint(0, 2 * a.crop_padding + 1, (b, 2), generator=gen)
                  if a.crop_padding else None)
        if self.device.type != "cpu":
            flips = flips.to(self.device) if flips is not None else None
            shifts = shifts.to(self.device) if shifts is not None else None
        return augment_batch(x, flips, shifts, a.crop_padding, self.pad_value)


class StreamLoader:
    """Batches from a map-style torch dataset of ``(uint8 CHW tensor, label)`` read by a
    DataLoader with worker processes; normalised and augmented on the device like
    ``TensorLoader``, with the same per-epoch order."""

    kind = "stream"

    def __init__(self, source, batch_size: int, device="cpu", mean=None, std=None,
                 shuffle: bool = True, augment: Augment | None = None, seed: int = 0,
                 channels_last: bool = False, max_steps: int = 0, num_workers: int = 2):
        import torch

        self.source = source
        self.batch_size = int(batch_size)
        self.device = torch.device(device)
        self.shuffle = shuffle
        self.augment = augment if augment and augment.enabled else None
        self.seed = seed
        self.channels_last = channels_last
        self.max_steps = int(max_steps)
        self.num_workers = num_workers
        c = source.channels
        self.mean = torch.tensor(mean or (0.0,) * c, device=self.device).view(1, c, 1, 1)
        self.std = torch.tensor(std or (1.0,) * c, device=self.device).view(1, c, 1, 1)
        self.pad_value = (-self.mean / self.std).flatten()
        self.n = len(source)

    __len__ = TensorLoader.__len__
    _augment = TensorLoader._augment

    def epoch(self, epoch: int = 1):
        import torch
        from torch.utils.data import DataLoader

        gen = epoch_generator(self.seed, epoch)
        order = (torch.randperm(self.n, generator=gen) if self.shuffle
                 else torch.arange(self.n)).tolist()
        batches = [order[i * self.batch_size:(i + 1) * self.batch_size] for i in range(len(self))]
        loader = DataLoader(self.source, batch_sampler=batches, num_workers=self.num_workers,
                            pin_memory=self.device.type == "cuda",
                            persistent_workers=False)
        for images, labels in loader:
            x = images.to(self.device, non_blocking=True).float().div_(255)
            x = (x - self.mean) / self.std
            if self.augment is not None:
                x = self._augment(x, gen)
            if self.channels_last:
                x = x.contiguous(memory_format=torch.channels_last)
            yield x, labels.to(self.device, non_blocking=True)
