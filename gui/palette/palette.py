"""The layer palette: every registered layer type by category, with a search box.

Dragging a layer produces the MIME type the canvas accepts ("application/x-convstudio-layer",
the layer type name in UTF-8); double-clicking (or Enter) asks the window to add it.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, \
    QVBoxLayout, QWidget

from engine import layers
from gui.i18n import layer_text
from gui.palette.icons import layer_icon

LAYER_MIME = "application/x-convstudio-layer"
TYPE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 26


def tr(text: str) -> str:
    return QCoreApplication.translate("Palette", text)


class PaletteTree(QTreeWidget):
    """The tree of categories and layers; its drags carry the layer type."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("palette_tree")
        self.setAccessibleName(tr("Layers"))
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(22, 22))
        self.setIndentation(12)
        self.setUniformRowHeights(False)

    def row_height(self) -> int:
        """Room for the icon and the text at the current (presentation) font size."""
        return max(ROW_HEIGHT, self.fontMetrics().height() + 10)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            size = QSize(0, self.row_height())
            icon = max(22, self.fontMetrics().height() + 4)
            self.setIconSize(QSize(icon, icon))
            for i in range(self.topLevelItemCount()):
                top = self.topLevelItem(i)
                for j in range(top.childCount()):
                    top.child(j).setSizeHint(0, size)
        super().changeEvent(event)

    def startDrag(self, _actions) -> None:
        # always a copy: a "move" would let the view delete the palette item after the drop
        super().startDrag(Qt.DropAction.CopyAction)

    def mimeTypes(self) -> list[str]:
        return [LAYER_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        types = [it.data(0, TYPE_ROLE) for it in items if it.data(0, TYPE_ROLE)]
        if types:
            data.setData(LAYER_MIME, QByteArray(types[0].encode("utf-8")))
            data.setText(types[0])
        return data


class PaletteWidget(QWidget):
    """Search box above the tree. ``layer_activated(type)`` on double-click or Enter."""

    layer_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("palette")
        self.search = QLineEdit(self)
        self.search.setObjectName("palette_search")
        self.search.setAccessibleName(tr("Search layers"))
        self.search.setPlaceholderText(tr("Search layers…"))
        self.search.setClearButtonEnabled(True)
        self.tree = PaletteTree(self)
        # the list scrolls: the dock may be low while training or Look inside has the height
        self.tree.setMinimumHeight(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self._categories: dict[str, QTreeWidgetItem] = {}
        self._populate()
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._activate_first_visible)
        self.tree.itemActivated.connect(self._on_item_activated)

    def _populate(self) -> None:
        specs = layers.all_specs()
        order = list(layers.CATEGORIES) + sorted({s.category for s in specs}
                                                 - set(layers.CATEGORIES))
        for category in order:
            members = [s for s in specs if s.category == category]
            if not members:
                continue
            top = QTreeWidgetItem(self.tree, [layer_text(category)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self._categories[category] = top
            for spec in members:
                self._add_layer(top, spec)
        self.tree.expandAll()

    def _add_layer(self, parent: QTreeWidgetItem, spec) -> None:
        title = layer_text(spec.title)
        item = QTreeWidgetItem(parent, [title])
        item.setIcon(0, layer_icon(spec.type, spec.category))
        item.setSizeHint(0, QSize(0, self.tree.row_height()))
        item.setData(0, TYPE_ROLE, spec.type)
        item.setData(0, SEARCH_ROLE, " ".join(
            [title, spec.title, spec.type, layer_text(spec.category), spec.category]).lower())
        hint = tr("Drag onto the canvas, or double-click to add.")
        item.setToolTip(0, f"<b>{title}</b> ({spec.type})<br>{layer_text(spec.summary)}"
                           f"<br><i>{hint}</i>")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)

    # ------------------------------------------------------------ queries (tests, window)
    def item_for(self, layer_type: str) -> QTreeWidgetItem | None:
        for top in self._categories.values():
            for i in range(top.childCount()):
                if top.child(i).data(0, TYPE_ROLE) == layer_type:
                    return top.child(i)
        return None

    def visible_layers(self) -> list[str]:
        return [top.child(i).data(0, TYPE_ROLE) for top in self._categories.values()
                if not top.isHidden() for i in range(top.childCount())
                if not top.child(i).isHidden()]

    def category_titles(self) -> list[str]:
        return [top.text(0) for top in self._categories.values()]

    # ------------------------------------------------------------ behaviour
    def filter(self, text: str) -> None:
        """Show only layers whose title, type or category contains every word typed."""
        words = text.lower().split()
        for top in self._categories.values():
            shown = 0
            for i in range(top.childCount()):
                child = top.child(i)
                hay = child.data(0, SEARCH_ROLE)
                match = all(w in hay for w in words)
                child.setHidden(not match)
                shown += match
            top.setHidden(shown == 0)
            if words and shown:
                top.setExpanded(True)

    def _activate_first_visible(self) -> None:
        visible = self.visible_layers()
        if visible:
            self.layer_activated.emit(visible[0])

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        layer_type = item.data(0, TYPE_ROLE)
        if layer_type:
            self.layer_activated.emit(layer_type)
