"""Data sets for training and inspection.

    from engine.data import make_shapes
    ds = make_shapes("gray28", n_train=10000, n_val=2000, seed=0)
    ds.train.images   # float32 (N, 1, 28, 28) in [0, 1]
    ds.train.labels   # int64 (N,)
    ds.train.boxes    # float32 (N, 4): x0, y0, x1, y1 in pixels, x1/y1 exclusive
    ds.class_names    # ("circle", "square", ...)

``load_dataset("shapes" | "mnist" | ... | "folder:PATH")`` returns the same kind of object.
"""
from engine.data.dataset import DataError, ImageDataset, Split, channel_stats, split_indices
from engine.data.shapes import PRESETS, SHAPE_CLASSES, make_shapes

__all__ = ["DataError", "ImageDataset", "Split", "channel_stats", "split_indices",
           "PRESETS", "SHAPE_CLASSES", "make_shapes"]
