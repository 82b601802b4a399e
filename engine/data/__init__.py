"""Data sets for training and inspection.

    from engine.data import make_shapes, load_dataset
    ds = make_shapes("gray28", n_train=10000, n_val=2000, seed=0)
    ds.train.images   # float32 (N, 1, 28, 28) in [0, 1], not normalised
    ds.train.labels   # int64 (N,)
    ds.train.boxes    # float32 (N, 4): x0, y0, x1, y1 in pixels, x1/y1 exclusive (Shapes only)
    ds.val            # the validation split, same fields
    ds.class_names    # ("circle", "square", ...)
    ds.mean, ds.std   # per-channel statistics of the training images

    load_dataset("mnist")            # from the cache (downloaded once), val = official test
    load_dataset("folder:~/pets")    # one sub-folder per class

Every failure is a ``DataError`` with a ``code`` (not_cached, offline, missing_folder,
empty_folder, one_class, damaged_file, ...) and one sentence.
"""
from engine.data.dataset import DataError, ImageDataset, Split, channel_stats, split_indices
from engine.data.shapes import PRESETS, SHAPE_CLASSES, make_shapes
from engine.data.sources import DATASET_NAMES, load_dataset

__all__ = ["DataError", "ImageDataset", "Split", "channel_stats", "split_indices",
           "PRESETS", "SHAPE_CLASSES", "make_shapes", "DATASET_NAMES", "load_dataset"]
