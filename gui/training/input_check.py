"""The data set follows the network, and the network follows the data set: before Start, a bar
says in one sentence when the Input layer does not take the chosen data's images, and offers
the two fixes — the data set variant of the network's shape (Shapes colour 32x32 for a 3x32x32
network) or the Input layer set to the data's shape (one undoable step)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from engine.data.sources import source_input_shape
from engine.training.session import InputMismatch, check_input


def shape_text(shape: tuple) -> str:
    return "\u00d7".join(str(int(d)) for d in shape)


class InputCheckBar(QFrame):
    """``check(graph, source, data_name)`` shows or hides the bar; ``variant_chosen(source)``
    and ``adapt_chosen(shape)`` carry the user's choice."""

    variant_chosen = Signal(str)
    adapt_chosen = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("input_mismatch")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.emphasised = False
        self._restyle()
        self.mismatch: InputMismatch | None = None
        self.variant_name = ""
        self.text = QLabel(self, objectName="input_mismatch_text")
        self.text.setWordWrap(True)
        self.use_variant = QPushButton(self, objectName="use_matching_data")
        self.adapt = QPushButton(self, objectName="adapt_input_layer")
        self.use_variant.clicked.connect(
            lambda: self.mismatch and self.variant_chosen.emit(self.mismatch.variant))
        self.adapt.clicked.connect(
            lambda: self.mismatch and self.adapt_chosen.emit(tuple(self.mismatch.data)))
        column = QVBoxLayout(self)  # the sentence gets the full width; the fixes below it
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_variant)
        row.addWidget(self.adapt)
        column.addLayout(row)
        self.setVisible(False)

    def _restyle(self) -> None:
        border = "2px solid #E65100" if self.emphasised else "1px solid #FFB74D"
        self.setStyleSheet("QFrame#input_mismatch { background: #FFF4E5; color: #663C00; "
                           f"border: {border}; border-radius: 4px; }}")

    def emphasise(self) -> None:
        """Start was pressed while the Input does not fit: the bar (already saying why) gets a
        strong border, instead of a second box repeating its sentence."""
        self.emphasised = True
        self._restyle()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The sentence is never cut: the bar is at least as tall as its wrapped text needs at
        this width (the dock's scroll area no longer asks for heights for widths)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.layout() is not None:
            needed = self.layout().totalHeightForWidth(event.size().width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def check(self, graph, source: str, data_name: str, name_of=lambda s: s) -> bool:
        """Compare the network's Input layer with ``source``'s images; True when they fit (or
        the data's shape is known only once read). ``name_of(source)`` names a variant."""
        self.mismatch = None if graph is None else check_input(
            graph, source_input_shape(source), data_name, source)
        self.variant_name = name_of(self.mismatch.variant) if (
            self.mismatch and self.mismatch.variant) else ""
        if self.mismatch is None and self.emphasised:
            self.emphasised = False
            self._restyle()
        self.retranslate()
        self.setVisible(self.mismatch is not None)
        return self.mismatch is None

    def sentence(self) -> str:
        m = self.mismatch
        if m is None:
            return ""
        net, data = shape_text(m.network), shape_text(m.data)
        if m.variant:
            return self.tr("The network takes {0} images but {1} has {2}: use {3}, or set the "
                           "Input layer to {2}.").format(net, m.data_name, data,
                                                         self.variant_name)
        return self.tr("The network takes {0} images but {1} has {2}: set the Input layer to "
                       "{2}, or choose a data set of {0} images.").format(net, m.data_name, data)

    def retranslate(self) -> None:
        self.text.setText(self.sentence())
        m = self.mismatch
        self.use_variant.setVisible(bool(m and m.variant))
        if m is not None:
            self.use_variant.setText(self.tr("Use {0}").format(self.variant_name))
            self.adapt.setText(self.tr("Set the Input layer to {0}").format(shape_text(m.data)))
        for button in (self.use_variant, self.adapt):
            button.setAccessibleName(button.text())
