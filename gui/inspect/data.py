"""The data set the inspector browses: Shapes drawn to the network's input shape (the offline
set that always works), in the same [0, 1] range the trainer feeds."""
from __future__ import annotations

from functools import lru_cache

PRESET_FOR = {(1, 28, 28): "gray28", (3, 32, 32): "rgb32", (3, 64, 64): "rgb64"}
COUNT = 256


@lru_cache(maxsize=4)  # the same seed gives the same images: draw them once per shape
def shapes_for(input_shape: tuple, count: int = COUNT, seed: int = 7):
    """(images (N, C, H, W) numpy, labels, class names, mean, std) for ``input_shape``: the
    nearest Shapes preset, resized and converted when the network wants another shape."""
    import torch

    from engine.data import make_shapes

    c, h, w = input_shape
    preset = PRESET_FOR.get(tuple(input_shape), "gray28" if c == 1 else "rgb64")
    data = make_shapes(preset, n_train=count, n_val=count, seed=seed)
    images = data.val.images
    if images.shape[1] != c:
        images = images.mean(dim=1, keepdim=True) if c == 1 else images.expand(-1, c, -1, -1)
    if tuple(images.shape[2:]) != (h, w):
        images = torch.nn.functional.interpolate(images, size=(h, w), mode="bilinear",
                                                 align_corners=False)
    images = images.contiguous().numpy()
    return (images, data.val.labels.numpy(), list(data.class_names),
            data.mean, data.std)
