"""A layout that places its items in a row and wraps them onto the next row when the row is full.

Rows of buttons and choosers (the training options, the Look inside toolbar) use it so that a
narrow window or presentation mode's large font wraps them instead of making the window wider
than the screen: its minimum width is its widest item, not the sum of all of them.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; ``stretch_last`` lets the last item of each row take the
    rest of that row (a slider or a status line)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 stretch_last: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[tuple[int, int], int] = {}  # (width, visible items) -> height
        self._metrics: list | None = None  # see _measured
        self._spacing = spacing
        self.stretch_last = stretch_last
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # ------------------------------------------------------------ QLayout's item protocol
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Asked many times for the same width while a window lays out (116 times for the
        start page's three rows before its first frame): kept until the layout is invalidated
        (an item added, a size hint or font changed)."""
        key = (width, len(self._visible()))
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        self._metrics = None
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One row of everything (what it wants), at least the minimum."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # ------------------------------------------------------------ placing
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _measured(self) -> list[tuple[QLayoutItem, int, int, bool, bool]]:
        """(item, hint width, hint height, expands across, fills the row's height) of each
        visible item, asked of Qt once until the layout is invalidated: a window laying out
        places a row many times."""
        visible = self._visible()
        if self._metrics is None or len(self._metrics) != len(visible):
            self._metrics = [(i, hint.width(), hint.height(), _expands(i), _fills_height(i))
                             for i in visible for hint in (i.sizeHint(),)]
        return self._metrics

    def _rows(self, width: int) -> list[list[tuple]]:
        rows: list[list[tuple]] = [[]]
        used = 0
        for entry in self._measured():
            w = entry[1]
            if rows[-1] and used + self._spacing + w > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(entry)
        return [r for r in rows if r]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); return the height they need."""
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y, inner_width, right = inner.y(), inner.width(), inner.right()
        for row in self._rows(max(1, inner_width)):
            height = max(entry[2] for entry in row)
            x = inner.x()
            last = len(row) - 1
            for k, (item, hint_w, hint_h, expands, fills) in enumerate(row):
                w = min(hint_w, inner_width)
                if (self.stretch_last or expands) and k == last:
                    w = max(w, right + 1 - x)
                if move:
                    h = height if fills else min(hint_h, height)
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y() + m.bottom())


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    return bool(widget) and widget.sizePolicy().horizontalPolicy() in (
        QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def _fills_height(item: QLayoutItem) -> bool:
    widget = item.widget()
    return bool(widget) and widget.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding
