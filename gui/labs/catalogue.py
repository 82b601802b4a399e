"""The labs, in the order of their tabs and of the Labs menu.

Each entry names its tab (``key``, e.g. "conv"; ``object_name`` of the tab page), its translated
title, and where its widget class lives. The class is imported only when its tab is first shown,
so the main window's start-up never imports torch. A lab whose module is not installed is left
out (``available_labs``), so labs can land one at a time.
"""
from __future__ import annotations

import importlib
import importlib.util
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from engine.values import FrozenValue


class LabEntry(FrozenValue):
    """A lab: ``key`` is its stable name (MainWindow.open_labs(key), action_lab_<key>);
    ``object_name`` names the tab's page widget; ``title_text`` is the English title,
    translated in context "Labs"; ``module`` holds the widget class ``class_name``, built as
    ``cls(host)`` (host: the LabsWindow); ``needs_torch``: the labs window loads PyTorch in the
    background first."""

    _fields = ("key", "object_name", "title_text", "module", "class_name", "needs_torch")

    def __init__(self, key: str, object_name: str, title_text: str, module: str,
                 class_name: str, needs_torch: bool = True) -> None:
        for field, value in zip(self._fields, (key, object_name, title_text, module, class_name,
                                               needs_torch)):
            object.__setattr__(self, field, value)

    def title(self) -> str:
        return QCoreApplication.translate("Labs", self.title_text)

    def is_available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def factory(self) -> Callable[[QWidget], QWidget]:
        """The function that builds this lab's tab widget (imports its module now)."""
        module = importlib.import_module(self.module)
        return getattr(module, self.class_name)


LABS: tuple[LabEntry, ...] = (
    LabEntry("conv", "lab_conv", QT_TRANSLATE_NOOP("Labs", "Convolution"),
             "gui.labs.conv_lab", "ConvolutionLab"),
    LabEntry("pool", "lab_pool", QT_TRANSLATE_NOOP("Labs", "Pooling"),
             "gui.labs.pool_lab", "PoolingLab"),
    LabEntry("optim", "lab_optim", QT_TRANSLATE_NOOP("Labs", "Optimizers"),
             "gui.labs.optim_lab", "OptimizerLab"),
    LabEntry("rf", "lab_rf", QT_TRANSLATE_NOOP("Labs", "Receptive field"),
             "gui.labs.rf_lab", "ReceptiveFieldLab", needs_torch=False),  # analysis only
    LabEntry("vanishing", "lab_vanishing", QT_TRANSLATE_NOOP("Labs", "Vanishing gradients"),
             "gui.labs.vanishing_lab", "VanishingGradientLab"),
    LabEntry("batchnorm", "lab_batchnorm", QT_TRANSLATE_NOOP("Labs", "Batch norm"),
             "gui.labs.batchnorm_lab", "BatchNormLab"),
)


def available_labs() -> list[LabEntry]:
    """The labs whose module is installed, in tab order."""
    return [entry for entry in LABS if _installed(entry)]


def _installed(entry: LabEntry) -> bool:
    try:
        return entry.is_available()
    except ModuleNotFoundError:  # a parent package is missing
        return False


def lab_entry(key: str) -> LabEntry:
    for entry in LABS:
        if entry.key == key:
            return entry
    raise KeyError(key)
