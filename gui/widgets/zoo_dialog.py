"""File > New from the model zoo: the models with their cards (year, authors, key idea, ILSVRC
result) in the UI language, plus the built-in examples. ``chosen_graph()`` builds the choice.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QListWidget, \
    QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from engine.examples import EXAMPLES, description
from gui.i18n import current_language
from gui.widgets.example_titles import example_title

KEY_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("ZooDialog", text)


def _zoo():
    import engine.zoo as zoo  # imported when the dialog first lists the models
    return zoo


def open_zoo_model(name: str):
    """A zoo network as it opens in the window: its composite blocks collapsed into one card
    each (View > Expand All Blocks shows their layers), so a big network starts readable."""
    graph = _zoo().create(name)
    _zoo().collapse_all(graph)
    return graph


def _title(name: str, title: str, lang: str) -> str:
    """A zoo model's title in the UI language, as its card writes it (engine.zoo.cards)."""
    from engine.zoo.cards import title_in
    return title_in(name, title, lang)


def _short(n: int) -> str:
    for size, unit in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= size:
            return f"{n / size:.2f} {unit}"
    return str(n)


class ZooDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("zoo_dialog")
        self.setWindowTitle(tr("New network from the model zoo"))
        self.resize(900, 560)
        self.search = QLineEdit(self)
        self.search.setObjectName("zoo_search")
        self.search.setPlaceholderText(tr("Search models…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("zoo_list")
        self.list.setAccessibleName(tr("Models"))
        self.card = QTextBrowser(self)
        self.card.setObjectName("zoo_card")
        self.card.setAccessibleName(tr("Model card"))
        self.card.setOpenExternalLinks(False)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.card)
        split.setSizes([300, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("zoo_buttons")
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("zoo_open")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self._populate()
        # the whole name of every model shows: the list is as wide as its longest entry
        left.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                             + self.list.verticalScrollBar().sizeHint().width() + 8)
        split.setSizes([left.minimumWidth(), 900 - left.minimumWidth()])
        self.list.currentItemChanged.connect(self._show_card)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.textChanged.connect(self._filter)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _populate(self) -> None:
        lang = current_language()
        for info in _zoo().list_models():
            item = QListWidgetItem(f"{_title(info.name, info.title, lang)} ({info.year})",
                                   self.list)
            item.setData(KEY_ROLE, ("zoo", info.name, info))
        for name in EXAMPLES:
            item = QListWidgetItem(tr("Example: %1").replace("%1", example_title(name)),
                                   self.list)
            # found by the English words and the UI language's
            words = " ".join({description(name), description(name, lang)})
            item.setData(KEY_ROLE, ("example", name, words))

    def _filter(self, text: str) -> None:
        """Hide what does not match; keep a shown choice, else choose the first match (the card
        follows); with no match nothing is chosen and Open is off."""
        words = text.lower().split()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            kind, name, extra = item.data(KEY_ROLE)
            english = extra.title if kind == "zoo" else extra  # found in either language
            hay = " ".join((item.text(), name, english)).lower()
            item.setHidden(not all(w in hay for w in words))
            if first is None and not item.isHidden():
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)  # None clears the choice and the card
        if first is None:
            self.list.clearSelection()
        self._show_card(self.list.currentItem())

    def select(self, name: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE)[1] == name:
                self.list.setCurrentRow(i)
                return True
        return False

    def chosen(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return tuple(item.data(KEY_ROLE)[:2]) if item and not item.isHidden() else None

    def chosen_graph(self):
        choice = self.chosen()
        if choice is None:
            return None
        kind, name = choice
        return open_zoo_model(name) if kind == "zoo" else EXAMPLES[name]()

    def _show_card(self, item: QListWidgetItem | None) -> None:
        shown = item is not None and not item.isHidden()
        self.open_button.setEnabled(shown)
        if not shown:
            note = tr("No model matches the search.")
            self.card.setHtml(f"<p>{html.escape(note)}</p>")
            return
        kind, name, extra = item.data(KEY_ROLE)
        if kind == "example":
            text = description(name, current_language())
            self.card.setHtml(f"<h2>{html.escape(example_title(name))}</h2>"
                              f"<p>{html.escape(text)}</p>")
            return
        self.card.setHtml(self._card_html(name, extra))

    def _card_html(self, name: str, info) -> str:
        card = _zoo().card(name)
        lang = current_language() if current_language() in card.texts else "en"
        text = card.text(lang)
        shape = "x".join(map(str, info.input_shape))
        facts = [(tr("Authors"), card.authors), (tr("Paper"), card.paper),
                 (tr("Result"), text.result),
                 (tr("Input"), shape),
                 (tr("Parameters"), f"{info.params:,}"),
                 (tr("MACs"), f"{info.macs:,} ({_short(info.macs)})"),
                 (tr("Layers"), str(info.layers))]
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in facts if v)
        sections = [(tr("Key idea"), text.idea), (tr("What to look at"), text.look_at),
                    (tr("Paper vs. this model"), text.differs)]
        body = "".join(f"<h4>{html.escape(k)}</h4><p>{html.escape(v)}</p>"
                       for k, v in sections if v)
        return (f"<h2>{html.escape(text.title or card.title)} ({card.year})</h2>"
                f"<table>{rows}</table>"
                f"{body}")
