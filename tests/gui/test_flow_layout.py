"""FlowLayout wraps its row to the width it gets and keeps what it measured only while nothing
changed: a hidden button, a new button or a larger font reflow the row at once."""
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QWidget

from gui.widgets.flow_layout import FlowLayout


def _row(qtbot, n=6):
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box, spacing=8)
    buttons = [QPushButton(f"Button number {i}", box) for i in range(n)]
    for b in buttons:
        flow.addWidget(b)
    return box, flow, buttons


def _rows_at(box, flow, width):
    box.resize(width, flow.heightForWidth(width))
    flow.setGeometry(box.rect())
    return len({b.geometry().top() for b in box.findChildren(QPushButton) if not b.isHidden()})


def test_a_narrow_row_wraps_and_its_height_is_where_the_buttons_end(qtbot):
    box, flow, buttons = _row(qtbot)
    wide = sum(b.sizeHint().width() for b in buttons) + 8 * 5 + 10
    one = buttons[0].sizeHint().width() + 10
    assert _rows_at(box, flow, wide) == 1
    assert _rows_at(box, flow, one) == 6
    assert flow.heightForWidth(one) == max(b.geometry().bottom() for b in buttons) + 1
    assert flow.heightForWidth(one) > flow.heightForWidth(wide)


def test_hiding_adding_and_a_larger_font_reflow_what_was_measured(qtbot):
    box, flow, buttons = _row(qtbot)
    box.show()
    width = buttons[0].sizeHint().width() * 2 + 8 + 10  # two a row: three rows
    assert _rows_at(box, flow, width) == 3
    tall = flow.heightForWidth(width)
    buttons[4].hide()
    buttons[5].hide()
    assert _rows_at(box, flow, width) == 2 and flow.heightForWidth(width) < tall
    flow.addWidget(QPushButton("Button number 6", box))
    box.findChildren(QPushButton)[-1].show()
    assert _rows_at(box, flow, width) == 3
    font = QFont(box.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    box.setFont(font)
    qtbot.waitUntil(lambda: flow.heightForWidth(width) > tall * 1.5, timeout=2000)
    assert _rows_at(box, flow, width) == 5  # one a row: the text no longer fits two
