"""The lecture examples' readable names, shared by the start page and the zoo dialog (a light
module: the start page lists them in the window's first frame)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def example_title(name: str) -> str:
    """A lecture example's readable name, as the start page lists it (its key without one)."""
    titles = {"alexnet_table": QCoreApplication.translate(
                  "StartPage", "AlexNet, as in the lecture's table"),
              "tiny_cnn": QCoreApplication.translate("StartPage", "A tiny CNN for 28x28 images")}
    return titles.get(name, name)
