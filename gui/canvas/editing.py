"""The canvas's edit actions (delete, copy, paste, duplicate, group, expand, layout, zoom) and
what they do: each builds the matching undo command and pushes it on the document's stack.
Refused edits become one sentence on the ``message`` signal, never an exception.
"""
from __future__ import annotations

import atexit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from engine.graph import transfer
from engine.graph.layout import COLUMN, layered_layout
from gui.canvas import fragment as frag
from gui.canvas.labels import refusal_sentence, tr
from gui.commands import (DisconnectCommand, GroupCommand, MoveNodesCommand, PasteCommand,
                          RemoveNodesCommand, SnapshotCommand, UngroupCommand)

Key = QKeySequence.StandardKey

# plain keys the canvas itself handles (CanvasView.keyPressEvent), so they never fire while
# the user types in another panel even when the window puts these actions on itself
PLAIN_KEYS = {Qt.Key.Key_Backspace: "delete", Qt.Key.Key_Plus: "zoom_in",
              Qt.Key.Key_Equal: "zoom_in", Qt.Key.Key_Minus: "zoom_out", Qt.Key.Key_0: "zoom_fit"}

# name -> (text, shortcuts, tooltip)
ACTIONS = {
    "delete": (QT_TRANSLATE_NOOP("Canvas", "Delete"), [Key.Delete],
               QT_TRANSLATE_NOOP("Canvas", "Delete the selected layers and links")),
    "copy": (QT_TRANSLATE_NOOP("Canvas", "Copy"), [Key.Copy],
             QT_TRANSLATE_NOOP("Canvas", "Copy the selected layers")),
    "cut": (QT_TRANSLATE_NOOP("Canvas", "Cut"), [Key.Cut],
            QT_TRANSLATE_NOOP("Canvas", "Cut the selected layers")),
    "paste": (QT_TRANSLATE_NOOP("Canvas", "Paste"), [Key.Paste],
              QT_TRANSLATE_NOOP("Canvas", "Paste layers (also from another window)")),
    "duplicate": (QT_TRANSLATE_NOOP("Canvas", "Duplicate"), ["Ctrl+D"],
                  QT_TRANSLATE_NOOP("Canvas", "Duplicate the selected layers")),
    "select_all": (QT_TRANSLATE_NOOP("Canvas", "Select All"), [Key.SelectAll],
                   QT_TRANSLATE_NOOP("Canvas", "Select every layer")),
    "group": (QT_TRANSLATE_NOOP("Canvas", "Group into Block"), ["Ctrl+G"],
              QT_TRANSLATE_NOOP("Canvas", "Group the selected layers into a block")),
    "ungroup": (QT_TRANSLATE_NOOP("Canvas", "Ungroup"), ["Ctrl+Shift+G"],
                QT_TRANSLATE_NOOP("Canvas", "Dissolve the selected block")),
    "expand_block": (QT_TRANSLATE_NOOP("Canvas", "Expand Block"), ["Ctrl+E"],
                     QT_TRANSLATE_NOOP("Canvas", "Show the layers inside a composite block")),
    "collapse_block": (QT_TRANSLATE_NOOP("Canvas", "Collapse Block"), ["Ctrl+Shift+E"],
                       QT_TRANSLATE_NOOP("Canvas", "Turn an expanded block back into one layer")),
    "expand_all": (QT_TRANSLATE_NOOP("Canvas", "Expand All Blocks"), ["Ctrl+Alt+E"],
                   QT_TRANSLATE_NOOP("Canvas", "Show the layers inside every composite block")),
    "collapse_all": (QT_TRANSLATE_NOOP("Canvas", "Collapse All Blocks"), ["Ctrl+Alt+Shift+E"],
                     QT_TRANSLATE_NOOP("Canvas", "Turn every expanded block back into one layer")),
    "freeze": (QT_TRANSLATE_NOOP("Canvas", "Freeze"), [],
               QT_TRANSLATE_NOOP("Canvas", "Keep the weights of the selected layers while "
                                 "training")),
    "unfreeze": (QT_TRANSLATE_NOOP("Canvas", "Unfreeze"), [],
                 QT_TRANSLATE_NOOP("Canvas", "Train the selected layers again")),
    "freeze_up_to": (QT_TRANSLATE_NOOP("Canvas", "Freeze Everything up to Here"), [],
                     QT_TRANSLATE_NOOP("Canvas", "Freeze this layer and every layer before "
                                       "it (transfer learning)")),
    "replace_classifier": (QT_TRANSLATE_NOOP("Canvas", "Replace the Classifier..."), [],
                           QT_TRANSLATE_NOOP("Canvas", "Give the last Linear layer one output "
                                             "per class of the chosen data set")),
    "zoom_in": (QT_TRANSLATE_NOOP("Canvas", "Zoom In"), [Key.ZoomIn, "Ctrl+="],
                QT_TRANSLATE_NOOP("Canvas", "Zoom in")),
    "zoom_out": (QT_TRANSLATE_NOOP("Canvas", "Zoom Out"), [Key.ZoomOut],
                 QT_TRANSLATE_NOOP("Canvas", "Zoom out")),
    "zoom_fit": (QT_TRANSLATE_NOOP("Canvas", "Fit to View"), ["Ctrl+0"],
                 QT_TRANSLATE_NOOP("Canvas", "Show the whole network")),
    "auto_layout": (QT_TRANSLATE_NOOP("Canvas", "Auto Layout"), ["Ctrl+L"],
                    QT_TRANSLATE_NOOP("Canvas", "Arrange the layers top to bottom")),
}


_guarded = False


def _guard_offscreen_clipboard() -> None:
    """Qt's offscreen platform (tests, CI) crashes at exit while its clipboard still holds
    mime data (PySide6 6.12); empty it at exit there. Real desktops keep the clipboard."""
    global _guarded
    if _guarded or QGuiApplication.platformName() != "offscreen":
        return
    _guarded = True

    def clear() -> None:
        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()
    atexit.register(clear)


class CanvasEditor(QObject):
    """Owns the actions of one CanvasView and carries them out on its document."""

    def __init__(self, view):
        super().__init__(view)
        self.view, self.scene, self.doc = view, view.canvas_scene, view.doc
        self.actions: dict[str, QAction] = {}
        for name, (text, keys, tip) in ACTIONS.items():
            action = QAction(tr(text), view)
            action.setObjectName(f"canvas_{name}")
            action.setToolTip(tr(tip))
            action.setStatusTip(tr(tip))
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, name))
            view.addAction(action)
            self.actions[name] = action
        # lambdas, not bound slots: a view torn down by the garbage collector may still see
        # these signals, and a lambda can check that its editor is alive (update_actions)
        self.num_classes = None  # () -> the chosen data set's class count, set by the window
        self.doc.selection_changed.connect(lambda *_: self.update_actions())
        self.doc.graph_changed.connect(lambda *_: self.update_actions())
        self.scene.selectionChanged.connect(lambda: self.update_actions())
        self.scene.expand_requested.connect(self.expand_node)
        self.scene.collapse_requested.connect(self.collapse_id)
        self.update_actions()

    def _say(self, severity: str, text: str) -> None:
        self.view.message.emit(severity, text)

    # ------------------------------------------------------------ enabling
    def update_actions(self, *_) -> None:
        if not (isValid(self) and isValid(self.scene)):  # the view is being destroyed
            return
        nodes = self.scene.selected_node_ids()
        graph = self.doc.graph
        any_sel = bool(self.scene.selectedItems())
        a = self.actions
        a["delete"].setEnabled(any_sel)
        for name in ("copy", "cut", "duplicate"):
            a[name].setEnabled(bool(nodes))
        a["group"].setEnabled(bool(nodes) and not any(graph.block_of(n) for n in nodes))
        a["ungroup"].setEnabled(self._target_block() is not None)
        a["expand_block"].setEnabled(self._composite_node() is not None)
        block = self._target_block()
        a["collapse_block"].setEnabled(block is not None and bool(graph.blocks[block].template))
        weighted = transfer.weighted(graph, nodes)
        a["freeze"].setEnabled(any(not graph.nodes[n].frozen for n in weighted))
        a["unfreeze"].setEnabled(any(graph.nodes[n].frozen for n in weighted))
        a["freeze_up_to"].setEnabled(len(nodes) == 1)
        a["replace_classifier"].setEnabled(any(n.type == "Linear" for n in graph.nodes.values()))

    def _target_block(self) -> str | None:
        blocks = self.scene.selected_block_ids()
        if blocks:
            return blocks[0]
        for n in self.scene.selected_node_ids():
            block = self.doc.graph.block_of(n)
            if block:
                return block.id
        return None

    def _composite_node(self) -> str | None:
        nodes = self.scene.selected_node_ids()
        if len(nodes) == 1 and self.doc.graph.nodes[nodes[0]].spec.composite:
            return nodes[0]
        return None

    # ------------------------------------------------------------ editing
    def delete(self) -> None:
        graph = self.doc.graph
        nodes = set(self.scene.selected_node_ids())
        for block_id in self.scene.selected_block_ids():
            nodes.update(graph.blocks[block_id].nodes)
        links = [lk for lk in self.scene.selected_links()
                 if lk.src not in nodes and lk.dst not in nodes]
        if not nodes and not links:
            return
        stack = self.doc.undo_stack
        stack.beginMacro(tr("Delete"))
        for link in links:
            stack.push(DisconnectCommand(self.doc, link))
        if nodes:
            stack.push(RemoveNodesCommand(self.doc, [n for n in graph.nodes if n in nodes]))
        stack.endMacro()

    def copy(self) -> None:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return
        fragment = frag.extract(self.doc.graph, nodes)
        data = QMimeData()
        raw = frag.to_json(fragment)
        data.setData(frag.FRAGMENT_MIME, QByteArray(raw))
        data.setText(raw.decode("utf-8"))
        QApplication.clipboard().setMimeData(data)
        _guard_offscreen_clipboard()

    def cut(self) -> None:
        self.copy()
        self.delete()

    def paste(self) -> None:
        data = QApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(frag.FRAGMENT_MIME):
            self._say("info", tr("The clipboard holds no layers to paste."))
            return
        try:
            fragment = frag.from_json(data.data(frag.FRAGMENT_MIME).data())
        except frag.FragmentError as exc:
            self._say("warning", refusal_sentence(exc))
            return
        self._paste(fragment, self._paste_point(fragment))

    def duplicate(self) -> None:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return
        fragment = frag.extract(self.doc.graph, nodes)
        x0, y0, x1, _ = frag.bounds(fragment)
        self._paste(fragment, (x1 + COLUMN, y0), tr("Duplicate"))

    def _paste_point(self, fragment) -> tuple[float, float]:
        """Where the context menu was opened, at the mouse when it is over the canvas, else
        to the right of everything."""
        if self.view.paste_anchor is not None:
            return self.scene.to_model(self.view.paste_anchor)
        viewport = self.view.viewport()
        local = viewport.mapFromGlobal(QCursor.pos())
        if viewport.rect().contains(local):
            return self.scene.to_model(self.view.mapToScene(local))
        xs = [n.pos[0] for n in self.doc.graph.nodes.values()]
        ys = [n.pos[1] for n in self.doc.graph.nodes.values()]
        return ((max(xs) + COLUMN) if xs else 0.0, min(ys) if ys else 0.0)

    def _paste(self, fragment, top_left, text: str = "") -> None:
        try:
            top_left = frag.free_top_left(self.doc.graph, fragment, top_left)
            prepared = frag.prepare_paste(self.doc.graph, fragment, top_left)
        except ValueError as exc:
            self._say("warning", refusal_sentence(exc))
            return
        if not prepared["nodes"]:
            return
        command = PasteCommand(self.doc, prepared, text)
        self.doc.undo_stack.push(command)
        self.scene.clearSelection()
        self.doc.select(command.node_ids)

    def select_all(self) -> None:
        self.doc.select(list(self.doc.graph.nodes))

    def group(self) -> None:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return
        if any(self.doc.graph.block_of(n) for n in nodes):
            self._say("warning", tr("A selected layer is already in a block; ungroup it first."))
            return
        ordered = [n for n in self.doc.graph.nodes if n in set(nodes)]
        self.doc.undo_stack.push(GroupCommand(self.doc, ordered))

    def ungroup(self) -> None:
        block = self._target_block()
        if block is not None:
            self.doc.undo_stack.push(UngroupCommand(self.doc, block))

    # ------------------------------------------------------------ composite blocks
    def expand_block(self) -> None:
        node = self._composite_node()
        if node is not None:
            self.expand_node(node)

    def collapse_block(self) -> None:
        block = self._target_block()
        if block is not None:
            self.collapse_id(block)

    def expand_node(self, node_id: str) -> None:
        from engine import zoo
        self._structural(tr("Expand %1").replace("%1", node_id),
                         lambda g: zoo.expand(g, node_id))

    def collapse_id(self, block_id: str) -> None:
        from engine import zoo
        self._structural(tr("Collapse %1").replace("%1", block_id),
                         lambda g: zoo.collapse(g, block_id))

    def expand_all(self) -> bool:
        """Every composite block shows its layers (one undo step), then a fresh layout."""
        from engine import zoo
        if not any(n.spec.composite for n in self.doc.graph.nodes.values()):
            self._say("info", tr("No block to expand: every layer is shown."))
            return False
        done = self._structural(tr("Expand All Blocks"), zoo.expand_all)
        if done:
            self.view.fit_readable()
        return done

    def collapse_all(self) -> bool:
        """Every expanded block that still matches its template becomes one layer again."""
        from engine import zoo
        if not any(b.template for b in self.doc.graph.blocks.values()):
            self._say("info", tr("No expanded block to collapse."))
            return False
        done = self._structural(tr("Collapse All Blocks"), zoo.collapse_all)
        if done:
            self.view.fit_readable()
        return done

    def _structural(self, text: str, mutate) -> bool:
        """Try ``mutate`` on a copy first so a refusal changes nothing, then push it."""
        try:
            mutate(self.doc.graph.copy())
        except ValueError as exc:
            self._say("warning", refusal_sentence(exc))
            return False
        self.doc.undo_stack.push(SnapshotCommand(self.doc, text, mutate))
        return True

    # ------------------------------------------------------------ transfer learning
    def freeze(self) -> None:
        nodes = self.scene.selected_node_ids()
        self._structural(tr("Freeze %n layer(s)", None, len(nodes)),
                         lambda g: transfer.set_frozen(g, nodes, True))

    def unfreeze(self) -> None:
        nodes = self.scene.selected_node_ids()
        self._structural(tr("Unfreeze %n layer(s)", None, len(nodes)),
                         lambda g: transfer.set_frozen(g, nodes, False))

    def freeze_up_to(self) -> None:
        nodes = self.scene.selected_node_ids()
        if len(nodes) == 1:
            node_id = nodes[0]
            self._structural(tr("Freeze everything up to %1").replace("%1", node_id),
                             lambda g: transfer.freeze_up_to(g, node_id))

    def replace_classifier(self) -> None:
        """The classifier gets one output per class of the chosen data set, in one undoable
        step (asking for the number when no data set is chosen)."""
        count = self.num_classes() if self.num_classes else None
        if not count:
            from PySide6.QtWidgets import QInputDialog
            count, ok = QInputDialog.getInt(self.view, tr("Replace the Classifier"),
                                            tr("Number of classes:"), 10, 1, 100000)
            if not ok:
                return
        self._structural(tr("Replace the classifier for %1 classes").replace("%1", str(count)),
                         lambda g: transfer.replace_classifier(g, count))

    # ------------------------------------------------------------ view
    def zoom_in(self) -> None:
        self.view.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.view.zoom_by(0.8)

    def zoom_fit(self) -> None:
        self.view.fit_width()

    def auto_layout(self) -> None:
        graph = self.doc.graph
        selected = self.scene.selected_node_ids()
        ids = selected if len(selected) > 1 else None
        origin = (0.0, 0.0)
        if ids:
            origin = (min(graph.nodes[n].pos[0] for n in ids),
                      min(graph.nodes[n].pos[1] for n in ids))
        positions = layered_layout(graph, ids, origin)
        moves = {n: (graph.nodes[n].pos, p) for n, p in positions.items()
                 if tuple(graph.nodes[n].pos) != p}
        if moves:
            command = MoveNodesCommand(self.doc, moves)
            command.setText(tr("Auto Layout"))
            self.doc.undo_stack.push(command)
        self.view.fit_all()
