"""The convolution lab (issue §1): type an input and a kernel, step the window across and see
every product, the sum written out with its numbers, the output cell filling in, the output-size
formula, seed 002's warning with the dropped rows greyed, the im2col matrices and a real image's
feature map. Every number comes from engine.labs.conv (torch.nn.functional.conv2d)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QTabWidget, \
    QVBoxLayout, QWidget

from engine.labs import LabInputError
from engine.labs.grids import fmt, parse_value
from gui.labs.conv_controls import ConvControls
from gui.labs.grid_view import GridView, Outline
from gui.labs.messages import lab_error_text
from gui.labs.stepper import StepControls

WINDOW = QColor("#e8590c")
WINDOW_FILL = QColor(232, 89, 12, 70)
CURRENT = QColor(47, 158, 68, 110)
CHANNEL_COLORS = [QColor("#d6336c"), QColor("#2f9e44"), QColor("#1c7ed6")]


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n row(s)": "1 row", "2 rows")."""
    return QCoreApplication.translate("ConvLab", text, disambiguation, n)


def channel_names(count: int) -> list[str]:
    return ["R", "G", "B"] if count == 3 else [tr("channel %1").replace("%1", str(i + 1))
                                             for i in range(count)] if count > 1 else []


class ConvolutionLab(QWidget):
    """``setup`` is what the user typed, ``result`` PyTorch's convolution of it (None while the
    setup cannot be convolved; ``message`` then says why)."""

    def __init__(self, host=None):
        super().__init__(host)
        self.setObjectName("conv_lab")
        self.host = host
        self.presentation = False
        self.setup = None
        self.result = None
        self._rng = np.random.default_rng()
        self.controls = ConvControls(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("conv_controls_scroll")
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll = scroll
        self.views = QTabWidget(self)
        self.views.setObjectName("conv_views")
        self.views.addTab(self._build_steps_page(), tr("Step through"))
        from gui.labs.conv_im2col import Im2colPage
        from gui.labs.conv_image import ImagePage
        self.im2col_page = Im2colPage(self)
        self.image_page = ImagePage(self)
        self.views.addTab(self.im2col_page, tr("im2col"))
        self.views.addTab(self.image_page, tr("Real image"))
        self.views.currentChanged.connect(lambda _i: self._refresh_pages())
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.views, 1)
        self.controls.preset_chosen.connect(self.load_preset)
        self.controls.kernel_chosen.connect(self.load_kernel)
        self.controls.changed.connect(self._settings_changed)
        self.load_preset("seed004")

    def _build_steps_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("conv_page_steps")
        grid = QGridLayout(page)
        self.input_view = GridView("conv_input_view", page, editable=True)
        self.kernel_view = GridView("conv_kernel_view", page, editable=True)
        self.output_view = GridView("conv_output_view", page)
        self.products_view = GridView("conv_products_view", page)
        self.products_view.minimum_cell = 30
        titles = (tr("Input (with padding)"), tr("Kernel (weights)"), tr("Output"))
        for col, (title, view) in enumerate(zip(titles, (self.input_view, self.kernel_view,
                                                         self.output_view))):
            label = QLabel(f"<b>{title}</b>", page)
            label.setObjectName(f"{view.objectName()}_title")
            grid.addWidget(label, 0, 2 * col, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(view, 1, 2 * col)
        for col, sign in ((1, "×"), (3, "=")):
            sign_label = QLabel(f"<span style='font-size:x-large'>{sign}</span>", page)
            grid.addWidget(sign_label, 1, col)
        self.steps_grid = grid
        grid.setRowStretch(1, 5)
        self.steps = StepControls("conv", page)
        self.steps.step_changed.connect(lambda _i: self._show_step())
        grid.addWidget(self.steps, 2, 0, 1, 5)
        products_box = QVBoxLayout()
        products_box.addWidget(QLabel("<b>" + tr("Products, cell by cell") + "</b>", page))
        products_box.addWidget(self.products_view, 1)
        grid.addLayout(products_box, 3, 0)
        self.sum_label = self._label("conv_sum", page)
        self.sum_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.sum_label, 3, 2, 1, 3)
        grid.setRowStretch(3, 2)
        self.formula_label = self._label("conv_formula", page)
        grid.addWidget(self.formula_label, 4, 0, 1, 5)
        self.warning_label = self._label("conv_warning", page)
        self.warning_label.setStyleSheet("color: #e8590c;")
        grid.addWidget(self.warning_label, 5, 0, 1, 5)
        self.message_label = self._label("conv_message", page)
        self.message_label.setStyleSheet("color: #e03131; font-weight: bold;")
        grid.addWidget(self.message_label, 6, 0, 1, 5)
        self.input_view.cell_edited.connect(self._input_edited)
        self.kernel_view.cell_edited.connect(self._kernel_edited)
        self.output_view.cell_clicked.connect(self._output_clicked)
        return page

    @staticmethod
    def _label(name: str, parent) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # ------------------------------------------------------------ changing the setup
    def load_preset(self, name: str) -> None:
        from engine.labs import conv_presets
        if name == "random":
            c = self.setup.image.shape[0] if self.setup is not None else 1
            self.apply(conv_presets.random_setup(self._rng, channels=c))
        else:
            self.apply(conv_presets.preset(name))
        index = self.controls.preset.findData(name)
        self.controls.preset.setCurrentIndex(max(index, 0))

    def load_kernel(self, name: str) -> None:
        from engine.labs import conv_presets
        c = self.setup.image.shape[0]
        if name == "random":
            k = self.setup.kernel.shape[-1]
            kernel = self._rng.integers(-2, 3, (c, k, k)).astype(np.float64)
        else:
            kernel = conv_presets.kernel(name, c)
        self.apply(self.setup.with_(kernel=kernel))

    def apply(self, setup) -> bool:
        """Show ``setup``; True when PyTorch could convolve it (else the message says why)."""
        from engine.labs.conv import convolve
        self.setup = setup
        try:
            self.result = convolve(setup)
            self.message_label.clear()
        except LabInputError as exc:
            self.result = None
            self.message_label.setText(lab_error_text(exc))
        self.controls.show_setup(setup)
        self.steps.set_count(self.result.steps if self.result else 1)
        self._show_step()
        return self.result is not None

    def _settings_changed(self) -> None:
        s = self.controls.settings()
        image = _resized(self.setup.image, s["channels"], s["rows"], s["cols"])
        k = s["kernel_size"]
        kernel = _resized(self.setup.kernel, s["channels"], k, k)
        self.apply(self.setup.with_(image=image, kernel=kernel, padding=s["padding"],
                                    stride=s["stride"], dilation=s["dilation"],
                                    bias=s["bias"]))

    def _input_edited(self, ch: int, row: int, col: int, text: str) -> None:
        top, left = self._pad_offset()
        self._edit_cell("image", (ch, row - top, col - left), text)

    def _kernel_edited(self, ch: int, row: int, col: int, text: str) -> None:
        self._edit_cell("kernel", (ch, row, col), text)

    def _edit_cell(self, which: str, cell: tuple, text: str) -> None:
        try:
            value = parse_value(text)
        except LabInputError as exc:  # the grid keeps its number; the message says why
            self.message_label.setText(lab_error_text(exc))
            return
        array = np.array(getattr(self.setup, which), dtype=np.float64)
        array[cell] = value
        self.apply(self.setup.with_(**{which: array}))

    def _output_clicked(self, _ch: int, row: int, col: int) -> None:
        if self.result is not None:
            self.steps.pause()
            self.steps.set_index(row * self.result.output.shape[1] + col)

    def _pad_offset(self) -> tuple:
        if self.result is not None:
            return self.result.pads[0], self.result.pads[2]
        return 0, 0

    # ------------------------------------------------------------ showing it
    def current_window(self):
        return self.result.windows[self.steps.index] if self.result else None

    def _show_step(self) -> None:
        self._show_grids()
        self._show_texts()
        self._refresh_pages()

    def _show_grids(self) -> None:
        setup, result = self.setup, self.result
        names = channel_names(setup.image.shape[0])
        self.products_view.minimum_cell = self._products_cell()
        for view in (self.input_view, self.kernel_view, self.products_view):
            view.channel_titles = names
            view.channel_colors = CHANNEL_COLORS if len(names) == 3 else []
            view.clear_marks()
        self.output_view.clear_marks()
        self.kernel_view.set_values(setup.kernel)
        self._share_width(setup, result)
        if result is None:
            self.input_view.dimmed = None
            self.input_view.edit_region = None
            self.input_view.set_values(setup.image)
            self.output_view.blank = None
            self.output_view.set_values(np.zeros((1, 1)), [["?"]])
            self.products_view.set_values(np.zeros_like(setup.kernel), np.full(
                setup.kernel.shape, "", dtype=object))
            return
        top, bottom, left, right = result.pads
        c, hp, wp = result.padded.shape
        dimmed = np.ones((hp, wp), dtype=bool)
        dimmed[top:hp - bottom, left:wp - right] = False
        self.input_view.dimmed = dimmed
        self.input_view.edit_region = (top, left, hp - bottom - 1, wp - right - 1)
        self.input_view.greyed_rows = set(result.dropped_rows)
        self.input_view.greyed_cols = set(result.dropped_cols)
        self.input_view.set_values(result.padded)
        window = self.current_window()
        for ch in range(c):
            for r in window.rows:
                for col in window.cols:
                    self.input_view.shades[(ch, r, col)] = WINDOW_FILL
        self.input_view.outlines = [Outline(window.rows[0], window.cols[0], window.rows[-1],
                                            window.cols[-1], WINDOW)]
        oh, ow = result.output.shape
        blank = np.arange(oh * ow).reshape(1, oh, ow) > window.index
        self.output_view.blank = blank
        self.output_view.set_values(result.output)
        self.output_view.shades[(0, window.row, window.col)] = CURRENT
        self.output_view.outlines = [Outline(window.row, window.col, window.row, window.col,
                                             WINDOW)]
        self.kernel_view.outlines = [Outline(0, 0, setup.kernel.shape[-1] - 1,
                                             setup.kernel.shape[-1] - 1, WINDOW)]
        self.products_view.set_values(window.products)

    def _share_width(self, setup, result) -> None:
        """Input, kernel and output columns get widths in proportion to their cells, so
        that every grid's cells come out about the same size."""
        c, k = setup.image.shape[0], setup.kernel.shape[-1]
        width = result.padded.shape[2] if result is not None else setup.image.shape[2]
        out = result.output.shape[1] if result is not None else 1
        gaps = (c - 1) * 0.6
        for column, cells in ((0, c * width + gaps), (2, c * k + gaps), (4, max(out, 2))):
            self.steps_grid.setColumnStretch(column, max(1, int(cells * 10)))

    def _show_texts(self) -> None:
        result = self.result
        if result is None:
            for label in (self.sum_label, self.formula_label, self.warning_label):
                label.clear()
            return
        self.sum_label.setText(self.sum_html(self.current_window()))
        self.formula_label.setText(self.formula_html())
        self.warning_label.setText(self.warning_text())

    def sum_html(self, window) -> str:
        """The current cell's sum written out, the lecture's way, beside PyTorch's value."""
        kernel = self.setup.kernel
        names = channel_names(kernel.shape[0])
        where = f"y<sub>{window.row + 1},{window.col + 1}</sub>"
        lines = []
        for ch in range(kernel.shape[0]):
            prefix = f"{names[ch]}: " if names else f"{where} = "
            lines.append(prefix + window.channel_expression(ch, kernel))
        if names or window.bias:
            bias = "" if not window.bias else " " + tr("(last: the bias w0)")
            lines.append(f"{where} = {window.total_expression()}{bias}")
        lines.append(tr("PyTorch (conv2d): %1 = %2").replace("%1", where)
                     .replace("%2", f"<b>{fmt(window.output)}</b>"))
        if len(names) == 3:  # seed 000's colour convolution
            lines.insert(0, "<i>y = X<sub>R</sub>*W<sub>R</sub> + X<sub>G</sub>*W<sub>G</sub> + "
                            "X<sub>B</sub>*W<sub>B</sub> + w<sub>0</sub></i>")
            if self.presentation:  # long lines: the presentation font is large enough
                return "<br>".join(lines)
        return "<span style='font-size:large'>" + "<br>".join(lines) + "</span>"

    def formula_html(self) -> str:
        r = self.result
        lines = [tr("Output size: floor((N + 2P - D*(F-1) - 1)/S) + 1"),
                 "&nbsp;&nbsp;" + tr("height: %1").replace("%1", r.height.text()),
                 "&nbsp;&nbsp;" + tr("width: %1").replace("%1", r.width.text()),
                 tr("Padding that keeps the size: P = ((N-1)S + F - N)/2 = %1")
                 .replace("%1", r.height.same_text())]
        return "<br>".join(lines)

    def warning_text(self) -> str:
        r = self.result
        if not (r.dropped_image_rows or r.dropped_image_cols):
            return ""
        return (tr("The window does not tile the input: (N + 2P - F)/S is not a whole number, "
                   "so PyTorch drops the last %1 and %2 of the input (greyed out).")
                .replace("%1", tr("%n row(s)", None, r.dropped_image_rows))
                .replace("%2", tr("%n column(s)", None, r.dropped_image_cols)))

    def _refresh_pages(self) -> None:
        page = self.views.currentWidget()
        if page is self.im2col_page:
            self.im2col_page.show_result(self.result, self.steps.index)
        elif page is self.image_page:
            self.image_page.show_setup(self.setup)

    # ------------------------------------------------------------ window hooks
    def set_presentation(self, on: bool) -> None:
        for view in (self.input_view, self.kernel_view, self.output_view, self.products_view):
            view.set_preferred_cell(56 if on else 40)
        self.presentation = on
        self.im2col_page.set_presentation(on)
        self.products_view.minimum_cell = self._products_cell()
        self.products_view.updateGeometry()

    def _products_cell(self) -> int:
        """Products stay legible, but three channels leave the room to the input grids."""
        one_channel = self.setup is None or self.setup.image.shape[0] == 1
        return (40 if self.presentation else 30) if one_channel else 22

    def resizeEvent(self, event) -> None:
        """The settings take at most a quarter of the width; the grids get the rest."""
        super().resizeEvent(event)
        wanted = self.controls.sizeHint().width() + 24
        self.controls_scroll.setFixedWidth(min(wanted, max(200, self.width() // 4)))

    def shutdown(self) -> None:
        self.steps.shutdown()


def _resized(array: np.ndarray, channels: int, rows: int, cols: int) -> np.ndarray:
    """``array`` as (channels, rows, cols): kept where it overlaps, zeros elsewhere; a new
    channel copies the first."""
    out = np.zeros((channels, rows, cols))
    c = min(channels, array.shape[0])
    h, w = min(rows, array.shape[1]), min(cols, array.shape[2])
    out[:c, :h, :w] = array[:c, :h, :w]
    for extra in range(c, channels):
        out[extra] = out[0]
    return out
