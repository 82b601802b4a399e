"""The layout the settings-and-plots labs share: a column of settings on the left that scrolls
(never sideways) when the window is low, and on the right the lab's views over its
explanation, in splitters the user can drag."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget


def _add(box: QVBoxLayout, item) -> None:
    """A widget, a layout, or (widget, stretch)."""
    if isinstance(item, tuple):
        box.addWidget(*item)
    elif isinstance(item, QLayout):
        box.addLayout(item)
    else:
        box.addWidget(item)


def stack(parent: QWidget, items, margins: bool = False) -> QWidget:
    """``items`` one below the other in a plain widget (no margins unless asked)."""
    widget = QWidget(parent)
    box = QVBoxLayout(widget)
    if not margins:
        box.setContentsMargins(0, 0, 0, 0)
    for item in items:
        _add(box, item)
    return widget


def controls_column(parent: QWidget, name: str, items, min_width: int,
                    stretch_end: bool = True) -> QScrollArea:
    """The settings column (``name`` is its object name): ``items`` stacked, pushed to the
    top when ``stretch_end``, scrolling vertically only."""
    controls = stack(parent, items, margins=True)
    if stretch_end:
        controls.layout().addStretch(1)
    scroll = QScrollArea(parent, objectName=name)
    scroll.setWidget(controls)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(min_width)
    return scroll


def settings_and_views(owner: QWidget, controls: QWidget, top: QWidget, bottom: QWidget,
                       heights: tuple[int, int], widths: tuple[int, int]) -> None:
    """Lay ``owner`` out: ``controls`` on the left, ``top`` over ``bottom`` on the right (which
    takes the room the window gains)."""
    right = QSplitter(Qt.Orientation.Vertical, owner)
    right.addWidget(top)
    right.addWidget(bottom)
    right.setSizes(list(heights))
    outer = QSplitter(Qt.Orientation.Horizontal, owner)
    outer.addWidget(controls)
    outer.addWidget(right)
    outer.setStretchFactor(1, 1)
    outer.setSizes(list(widths))
    QVBoxLayout(owner).addWidget(outer)
