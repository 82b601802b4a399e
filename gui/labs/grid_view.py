"""A painted grid of numbers: the labs' input, kernel, product and output matrices.

Cells scale with the widget (and with presentation mode), several channels sit side by side
under their titles, and a lab marks cells with background shades, outlines (the current window,
receptive fields), greyed rows and columns (what PyTorch drops) and dimmed cells (padding).
An editable grid opens an editor on double-click or when a number is typed on the selected
cell; Enter commits (``cell_edited``), Escape cancels. A click emits ``cell_clicked``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from engine.labs.grids import fmt

MIN_CELL, MAX_CELL = 14, 72
CHANNEL_GAP = 0.6   # in cells
TITLE_ROWS = 0.9    # in cells, when channels have titles


@dataclass
class Outline:
    top: int
    left: int
    bottom: int      # inclusive
    right: int
    color: QColor
    width: float = 3.0
    channel: int | None = None  # None: every channel


class GridView(QWidget):
    cell_clicked = Signal(int, int, int)        # channel, row, col
    cell_edited = Signal(int, int, int, str)    # channel, row, col, the typed text

    def __init__(self, name: str, parent: QWidget | None = None, editable: bool = False):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.editable = editable
        self.values = np.zeros((1, 1, 1))
        self.texts: np.ndarray | None = None
        self.channel_titles: list[str] = []
        self.channel_colors: list[QColor] = []
        self.shades: dict[tuple, QColor] = {}
        self.outlines: list[Outline] = []
        self.greyed_rows: set[int] = set()
        self.greyed_cols: set[int] = set()
        self.dimmed = None                      # (H, W) bool: padding cells
        self.blank = None                       # (C, H, W) bool: not filled in yet
        self.edit_region = None                 # (top, left, bottom, right) cells users edit
        self.selected: tuple | None = None
        self.preferred_cell = 40
        self.minimum_cell = MIN_CELL   # a lab raises it for grids that must stay legible
        self._editor: QLineEdit | None = None
        self._editing: tuple | None = None

    # ------------------------------------------------------------ content
    def set_values(self, values, texts=None) -> None:
        array = np.asarray(values, dtype=np.float64)
        self.values = array[None] if array.ndim == 2 else array
        self.texts = None if texts is None else np.asarray(texts, dtype=object).reshape(
            self.values.shape)
        if self.selected and not self._inside(*self.selected):
            self.selected = None
        self.updateGeometry()
        self.update()

    def clear_marks(self) -> None:
        self.shades, self.outlines = {}, []
        self.greyed_rows, self.greyed_cols = set(), set()
        self.update()

    @property
    def shape(self) -> tuple:
        return self.values.shape

    def cell_text(self, channel: int, row: int, col: int) -> str:
        """What the cell shows ("" when not filled in yet)."""
        if self.blank is not None and self.blank[channel, row, col]:
            return ""
        if self.texts is not None:
            return str(self.texts[channel, row, col])
        return fmt(self.values[channel, row, col])

    def set_preferred_cell(self, pixels: int) -> None:
        self.preferred_cell = pixels
        self.updateGeometry()

    # ------------------------------------------------------------ geometry
    def _layout(self) -> tuple[float, float, float]:
        """(cell size, x origin, y origin) fitting every channel into the widget."""
        c, h, w = self.values.shape
        title = TITLE_ROWS if self.channel_titles else 0
        cols = c * w + (c - 1) * CHANNEL_GAP
        rows = h + title
        cell = min((self.width() - 4) / max(cols, 1), (self.height() - 4) / max(rows, 1))
        cell = max(MIN_CELL, min(MAX_CELL * self.preferred_cell / 40, cell))
        x0 = (self.width() - cols * cell) / 2
        y0 = (self.height() - rows * cell) / 2 + title * cell
        return cell, x0, y0

    def cell_rect(self, channel: int, row: int, col: int) -> QRectF:
        cell, x0, y0 = self._layout()
        w = self.values.shape[2]
        x = x0 + (channel * (w + CHANNEL_GAP) + col) * cell
        return QRectF(x, y0 + row * cell, cell, cell)

    def cell_center(self, channel: int, row: int, col: int) -> QPoint:
        return self.cell_rect(channel, row, col).center().toPoint()

    def cell_at(self, pos) -> tuple | None:
        c, h, w = self.values.shape
        for ch in range(c):
            for r in range(h):
                for col in range(w):
                    if self.cell_rect(ch, r, col).contains(pos):
                        return ch, r, col
        return None

    def sizeHint(self) -> QSize:
        c, h, w = self.values.shape
        cols = c * w + (c - 1) * CHANNEL_GAP
        rows = h + (TITLE_ROWS if self.channel_titles else 0)
        cell = self.preferred_cell
        return QSize(int(cols * cell) + 4, int(rows * cell) + 4)

    def minimumSizeHint(self) -> QSize:
        c, h, w = self.values.shape
        cols = c * w + (c - 1) * CHANNEL_GAP
        rows = h + (TITLE_ROWS if self.channel_titles else 0)
        # a raised minimum applies to small grids only (a 3x7x7 kernel would not fit)
        cell = max(MIN_CELL, min(self.minimum_cell, 320 / max(cols, 1), 200 / max(rows, 1)))
        return QSize(int(cols * cell) + 4, int(rows * cell) + 4)

    # ------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        cell, _, _ = self._layout()
        c, h, w = self.values.shape
        font = QFont(self.font())
        font.setPixelSize(max(9, int(cell * 0.4)))
        for ch in range(c):
            self._paint_title(painter, ch, cell, font)
        for ch in range(c):
            for r in range(h):
                for col in range(w):
                    self._paint_cell(painter, pal, ch, r, col, cell, font)
        for outline in self.outlines:
            self._paint_outline(painter, outline)
        painter.end()

    def _paint_title(self, painter, ch, cell, font) -> None:
        if ch >= len(self.channel_titles):
            return
        rect = self.cell_rect(ch, 0, 0)
        w = self.values.shape[2]
        area = QRectF(rect.left(), rect.top() - TITLE_ROWS * cell, w * cell, TITLE_ROWS * cell)
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        color = (self.channel_colors[ch] if ch < len(self.channel_colors)
                 else self.palette().color(QPalette.ColorRole.WindowText))
        painter.setPen(color)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.channel_titles[ch])

    def _paint_cell(self, painter, pal, ch, r, col, cell, font) -> None:
        rect = self.cell_rect(ch, r, col)
        base = pal.color(QPalette.ColorRole.Base)
        text_color = pal.color(QPalette.ColorRole.Text)
        if self.dimmed is not None and self.dimmed[r, col]:
            base = pal.color(QPalette.ColorRole.AlternateBase)
            text_color = pal.color(QPalette.ColorRole.PlaceholderText)
        shade = self.shades.get((ch, r, col)) or self.shades.get((None, r, col))
        if shade is not None:
            base = shade
        if r in self.greyed_rows or col in self.greyed_cols:
            base = pal.color(QPalette.ColorRole.Mid)
            text_color = pal.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(rect, base)
        grid = pal.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(grid, 1))
        painter.drawRect(rect)
        if self.selected == (ch, r, col) and self.hasFocus():
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2,
                                Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        text = self.cell_text(ch, r, col)
        if not text:
            return
        fitted = QFont(font)
        metrics = QFontMetrics(fitted)
        while metrics.horizontalAdvance(text) > rect.width() - 4 and fitted.pixelSize() > 7:
            fitted.setPixelSize(fitted.pixelSize() - 1)
            metrics = QFontMetrics(fitted)
        painter.setFont(fitted)
        painter.setPen(text_color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_outline(self, painter, outline: Outline) -> None:
        channels = range(self.values.shape[0]) if outline.channel is None else [outline.channel]
        h, w = self.values.shape[1:]
        top, left = max(outline.top, 0), max(outline.left, 0)
        bottom, right = min(outline.bottom, h - 1), min(outline.right, w - 1)
        if top > bottom or left > right:
            return
        painter.setPen(QPen(outline.color, outline.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ch in channels:
            area = self.cell_rect(ch, top, left).united(self.cell_rect(ch, bottom, right))
            painter.drawRect(area.adjusted(1, 1, -1, -1))

    # ------------------------------------------------------------ mouse and keyboard
    def mousePressEvent(self, event) -> None:
        hit = self.cell_at(event.position())
        if hit is not None:
            self.selected = hit
            self.setFocus()
            self.update()
            self.cell_clicked.emit(*hit)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.cell_at(event.position())
        if hit is not None and self._can_edit(*hit):
            self.open_editor(hit, None)

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        if self.selected is not None:
            moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                     Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
            if key in moves:
                ch, r, c = self.selected
                dr, dc = moves[key]
                if self._inside(ch, r + dr, c + dc):
                    self.selected = (ch, r + dr, c + dc)
                    self.update()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and \
                    self._can_edit(*self.selected):
                self.open_editor(self.selected, None)
                return
            if text and (text.isdigit() or text in "-.") and self._can_edit(*self.selected):
                self.open_editor(self.selected, text)
                return
        super().keyPressEvent(event)

    def _inside(self, ch, r, c) -> bool:
        shape = self.values.shape
        return 0 <= ch < shape[0] and 0 <= r < shape[1] and 0 <= c < shape[2]

    def _can_edit(self, ch, r, c) -> bool:
        if not self.editable:
            return False
        if self.edit_region is None:
            return True
        top, left, bottom, right = self.edit_region
        return top <= r <= bottom and left <= c <= right

    # ------------------------------------------------------------ the cell editor
    def open_editor(self, cell: tuple, first_text: str | None) -> QLineEdit:
        self.close_editor()
        editor = QLineEdit(self)
        editor.setObjectName(f"{self.objectName()}_editor")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rect = self.cell_rect(*cell).toRect()
        editor.setGeometry(rect.adjusted(-rect.width() // 3, 0, rect.width() // 3, 0))
        editor.setText(first_text if first_text is not None else
                       fmt(self.values[cell]))
        if first_text is None:
            editor.selectAll()
        editor.returnPressed.connect(self._commit)
        editor.installEventFilter(self)
        self._editor, self._editing = editor, cell
        editor.show()
        editor.setFocus()
        return editor

    def eventFilter(self, watched, event) -> bool:
        if watched is self._editor and event.type() == event.Type.KeyPress and \
                event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            self.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _commit(self) -> None:
        if self._editor is None:
            return
        text, cell = self._editor.text(), self._editing
        self.close_editor()
        self.setFocus()
        self.cell_edited.emit(*cell, text)

    def close_editor(self) -> None:
        if self._editor is not None:
            editor, self._editor, self._editing = self._editor, None, None
            editor.hide()
            editor.deleteLater()
