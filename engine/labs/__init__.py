"""Teaching labs: the numbers behind the lecture's hand-worked examples (convolution step by
step, pooling, receptive fields, optimizers on 2-D surfaces, vanishing gradients, batch norm).

Plain Python + numpy + PyTorch, never Qt. Every number comes from PyTorch itself (or from the
editor's own analysis code); a "lecture formula" path is computed beside it where the two can
differ. ``gui/labs`` only displays these results and ``engine/cli/lab*.py`` prints them.
"""
from engine.labs.errors import LabInputError

__all__ = ["LabInputError"]
