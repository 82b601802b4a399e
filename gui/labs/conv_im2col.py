"""The convolution lab's im2col page (seed 004's practice notes): the padded input unrolled into
one column per window, the kernel as a row, and their product giving the same output, with the
current window's column lit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from engine.labs.grids import fmt
from gui.labs.grid_view import GridView, Outline

LIT = QColor(232, 89, 12, 90)
EDGE = QColor("#e8590c")


def tr(text: str) -> str:
    return QCoreApplication.translate("ConvLab", text)


class Im2colPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conv_page_im2col")
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.heading = QLabel(inner)
        self.heading.setObjectName("conv_im2col_heading")
        self.heading.setWordWrap(True)
        self.kernel_row = GridView("conv_im2col_kernel", inner)
        self.columns = GridView("conv_im2col_columns", inner)
        self.product = GridView("conv_im2col_product", inner)
        self.check = QLabel(inner)
        self.check.setObjectName("conv_im2col_check")
        self.check.setWordWrap(True)
        for title, view in ((tr("Kernel as a row"), self.kernel_row),
                            (tr("Input columns: one column per window"), self.columns),
                            (tr("Kernel row × columns (+ bias) = the output, row by row"),
                             self.product)):
            layout.addWidget(QLabel(f"<b>{title}</b>", inner))
            layout.addWidget(view)
        layout.insertWidget(0, self.heading)
        layout.addWidget(self.check)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(scroll)
        self.set_presentation(False)

    def set_presentation(self, on: bool) -> None:
        for view in (self.kernel_row, self.columns, self.product):
            view.set_preferred_cell(46 if on else 34)

    def show_result(self, result, index: int) -> None:
        if result is None:
            self.heading.setText(tr("Fix the input first: the convolution cannot be computed."))
            return
        im = result.im2col
        rows, cols = im.columns.shape
        oh, ow = result.output.shape
        self.heading.setText(
            tr("The (%1 x %2) kernel row times the (%2 x %3) column matrix is a (1 x %3) row: "
               "the %4 x %5 output read row by row.").replace("%1", "1").replace("%2", str(rows))
            .replace("%3", str(cols)).replace("%4", str(oh)).replace("%5", str(ow)))
        self.kernel_row.set_values(im.kernel_row[None, None])
        self.columns.set_values(im.columns[None])
        self.product.set_values(im.product[None, None])
        for view in (self.kernel_row, self.columns, self.product):
            view.clear_marks()
        for r in range(rows):
            self.columns.shades[(0, r, index)] = LIT
        self.columns.outlines = [Outline(0, index, rows - 1, index, EDGE)]
        self.product.shades[(0, 0, index)] = LIT
        self.product.outlines = [Outline(0, index, 0, index, EDGE)]
        window = result.windows[index]
        self.check.setText(
            tr("Column %1 holds the window of output cell (%2, %3); kernel row · column %1 "
               "= %4, the same as conv2d's %5.").replace("%1", str(index + 1))
            .replace("%2", str(window.row + 1)).replace("%3", str(window.col + 1))
            .replace("%4", fmt(im.product[index])).replace("%5", fmt(window.output)))
        self.columns.setMinimumHeight(int(min(rows, 30) * 16))
