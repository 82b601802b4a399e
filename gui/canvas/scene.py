"""The graphics scene of one Document: model-to-item dictionaries kept in step with the engine
graph by small ``_on_*`` handlers (a DocumentReset rebuilds everything), the analysis painted
onto the cards and links, selection kept in sync with the document, moves turned into one
undo step per drag; wiring by dragging from an output port is in ``wiring``.
"""
from __future__ import annotations

import time
from bisect import bisect_right

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene
from shiboken6 import isValid

from engine.graph import events as ev
from gui.canvas.block_item import BlockItem
from gui.canvas.folding import apply_fold, unfold_items
from gui.canvas.analysis_view import show_analysis
from gui.canvas.labels import describe, node_title
from gui.canvas.link_item import LinkItem
from gui.canvas.node_item import MAX_DRAWN_PORTS, NodeItem
from gui.canvas.style import CanvasStyle, background_brush
from gui.canvas.wiring import Wiring
from gui.commands import MoveNodesCommand


class CanvasScene(QGraphicsScene):
    message = Signal(str, str)          # severity ("info", "warning", "error"), text
    expand_requested = Signal(str)      # node id of a composite layer
    collapse_requested = Signal(str)    # block id

    def __init__(self, document, style: CanvasStyle | None = None, parent=None):
        super().__init__(parent)
        self.doc = document
        self.style = style or CanvasStyle()
        self.nodes: dict[str, NodeItem] = {}
        self.links: dict = {}           # engine Link -> LinkItem
        self.blocks: dict[str, BlockItem] = {}
        self._block_of: dict[str, str] = {}
        self.folded: set[str] = set()   # plain groups folded into one card (view state)
        self._syncing = False
        self._press: dict | None = None
        self.wiring = Wiring(self)
        self._last_said = ("", "", 0.0)
        self._columns: _ColumnIndex | None = None  # cards by column, for link routing
        self._rect_timer = QTimer(self, singleShot=True, interval=0)
        self._rect_timer.timeout.connect(self._update_scene_rect)
        self._apply_background()
        document.graph_changed.connect(self._on_graph_event)
        document.opened.connect(self._on_opened)
        document.analysis_changed.connect(self._on_analysis)
        document.selection_changed.connect(self._on_document_selection)
        self.selectionChanged.connect(self._on_scene_selection)
        self.rebuild()

    # ------------------------------------------------------------ coordinates
    def to_scene(self, pos) -> QPointF:
        s = self.style.m.spread
        return QPointF(pos[0] * s, pos[1] * s)

    def to_model(self, point: QPointF) -> tuple[float, float]:
        s = self.style.m.spread
        return (round(point.x() / s, 1), round(point.y() / s, 1))

    # ------------------------------------------------------------ building
    def rebuild(self) -> None:
        """Drop every item and build them again from the document (a DocumentReset)."""
        self._syncing = True
        self.clear()
        self.nodes.clear()
        self.links.clear()
        self.blocks.clear()
        self._block_of.clear()
        self._columns = None
        graph = self.doc.graph
        for node_id in graph.nodes:
            self._add_node_item(node_id)
        for node_id, item in self.nodes.items():
            if len(item.in_ports) > 1:  # merges: ports in the order of their sources, placed
                self._place_ports(node_id)  # before the links so each link is routed once
        for link in graph.links:
            self._add_link_item(link)
        for block_id in graph.blocks:
            self._add_block_item(block_id)
        self.folded &= set(self.blocks)
        for block_id in self.folded:
            apply_fold(self, block_id)
        self._syncing = False
        if self.doc.analysis is not None:
            self._on_analysis(self.doc.analysis)
        self._on_document_selection(self.doc.selection)
        self._update_scene_rect()

    def restyle(self, style: CanvasStyle) -> None:
        self.style = style
        self._apply_background()
        self.rebuild()

    def refresh_palette(self, palette) -> None:
        """Light/dark switch: same geometry, new colours; every item repaints (its cached
        pixmap is dropped by update()), nothing is rebuilt."""
        self.style.refresh(palette)
        self._apply_background()
        for item in self.items():
            item.update()

    def _apply_background(self) -> None:
        self.setBackgroundBrush(background_brush(self.style))

    def _add_node_item(self, node_id: str) -> NodeItem:
        node = self.doc.graph.nodes[node_id]
        spec = node.spec
        item = NodeItem(self, node_id, spec.category, node_title(node), spec.composite,
                        has_output=node.type != "Output", ports=self._port_count(node_id))
        item.setPos(self.to_scene(node.pos))
        item.set_frozen(node.frozen)
        self.addItem(item)
        self.nodes[node_id] = item
        self._columns = None
        return item

    def _port_count(self, node_id: str) -> int:
        graph = self.doc.graph
        spec = graph.nodes[node_id].spec
        if spec.max_inputs is not None and spec.max_inputs <= MAX_DRAWN_PORTS:
            return spec.max_inputs
        used = [lk.port for lk in graph.in_links(node_id)]
        return max(spec.min_inputs, len(used) + 1, max(used, default=-1) + 2)

    def _add_link_item(self, link) -> LinkItem:
        item = LinkItem(self, link, self.nodes[link.src], self.nodes[link.dst])
        self.addItem(item)
        self.links[link] = item
        return item

    def _add_block_item(self, block_id: str) -> BlockItem:
        block = self.doc.graph.blocks[block_id]
        item = BlockItem(self, block_id, block.name, block.template)
        self.addItem(item)
        self.blocks[block_id] = item
        self._set_block_members(block_id)
        return item

    def _set_block_members(self, block_id: str) -> None:
        block = self.doc.graph.blocks[block_id]
        frame = self.blocks[block_id]
        for n, b in list(self._block_of.items()):
            if b == block_id:
                del self._block_of[n]
        for n in block.nodes:
            self._block_of[n] = block_id
        left = [i for i in frame.members if i.node_id not in block.nodes and i.scene() is self]
        frame.set_members(self.nodes[n] for n in block.nodes if n in self.nodes)
        unfold_items(left)
        if block_id in self.folded:
            apply_fold(self, block_id)

    def toggle_fold(self, block_id: str) -> None:
        """Fold a plain group into one card, or show its layers again."""
        self.folded ^= {block_id}
        apply_fold(self, block_id)

    # ------------------------------------------------------------ graph events
    def _on_graph_event(self, event) -> None:
        handler = _HANDLERS.get(type(event))
        if handler is not None:
            handler(self, event)
            self._rect_timer.start()

    def _on_node_added(self, event) -> None:
        self._add_node_item(event.node_id)

    def _on_node_removed(self, event) -> None:
        item = self.nodes.pop(event.node_id, None)
        self._block_of.pop(event.node_id, None)
        self._columns = None
        if item is not None:
            self.removeItem(item)

    def _on_link_added(self, event) -> None:
        link = _link(event)
        self._add_link_item(link)
        self._refresh_ports(link.dst)
        for end in (link.src, link.dst):
            if self._block_of.get(end) in self.folded:
                apply_fold(self, self._block_of[end])

    def _on_link_removed(self, event) -> None:
        item = self.links.pop(_link(event), None)
        if item is not None:
            item.detach()
            self.removeItem(item)
        if event.dst in self.nodes:
            self._refresh_ports(event.dst)

    def _refresh_ports(self, node_id: str) -> None:
        item = self.nodes[node_id]
        count = self._port_count(node_id)
        if count > 1 or count != len(item.in_ports):
            self._place_ports(node_id, count)
            for link in item.links:
                link.adjust()

    def _place_ports(self, node_id: str, count: int | None = None) -> None:
        """Input ports in the left-to-right order of the cards feeding them."""
        links = self.doc.graph.in_links(node_id)
        self.nodes[node_id].place_ports(
            self._port_count(node_id) if count is None else count,
            {lk.port: self.nodes[lk.src].pos().x() for lk in links if lk.src in self.nodes})

    def _on_param_changed(self, event) -> None:
        node = self.doc.graph.nodes[event.node_id]
        self.nodes[event.node_id].set_title(node_title(node))

    _on_node_renamed = _on_param_changed

    def _on_frozen_changed(self, event) -> None:
        self.nodes[event.node_id].set_frozen(event.frozen)

    def _on_node_moved(self, event) -> None:
        item = self.nodes[event.node_id]
        target = self.to_scene(event.new)
        if item.pos() != target:
            item.setPos(target)
            self.node_geometry_changed(item)

    def _on_block_added(self, event) -> None:
        self._add_block_item(event.block_id)

    def _on_block_removed(self, event) -> None:
        item = self.blocks.pop(event.block_id, None)
        if event.block_id in self.folded:
            self.folded.discard(event.block_id)
            unfold_items(i for i in item.members if i.scene() is self)
        for n, b in list(self._block_of.items()):
            if b == event.block_id:
                del self._block_of[n]
        if item is not None:
            self.removeItem(item)

    def _on_block_changed(self, event) -> None:
        if event.block_id in self.blocks:
            self._set_block_members(event.block_id)

    def _on_reset(self, event) -> None:
        self.rebuild()

    def _on_opened(self) -> None:
        """Another network was opened: none of its groups is folded."""
        if self.folded:
            self.folded.clear()
            self.rebuild()

    def node_geometry_changed(self, item: NodeItem) -> None:
        """A card moved: its links and its block frame follow."""
        if self._columns is not None and not self._columns.holds(item):
            self._columns = None  # rebuilt once, at the next query, after all cards moved
        item.follow()
        block_id = self._block_of.get(item.node_id)
        if block_id in self.blocks:
            self.blocks[block_id].adjust()

    # ------------------------------------------------------------ analysis
    def _on_analysis(self, analysis) -> None:
        show_analysis(self, analysis)

    # ------------------------------------------------------------ selection
    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_links(self) -> list:
        return [i.link for i in self.selectedItems() if isinstance(i, LinkItem)]

    def selected_block_ids(self) -> list[str]:
        return [i.block_id for i in self.selectedItems() if isinstance(i, BlockItem)]

    def _on_scene_selection(self) -> None:
        if self._syncing or not isValid(self) or not self.views():  # not while torn down
            return
        ids = self.selected_node_ids()
        self._syncing = True
        try:
            self.doc.select(ids)
        finally:
            self._syncing = False
        if len(ids) == 1 and self.nodes[ids[0]].severity:
            item = self.nodes[ids[0]]
            self.say(item.severity, item.problem)

    def _on_document_selection(self, ids) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            wanted = set(ids)
            for item in self.selectedItems():
                if not (isinstance(item, NodeItem) and item.node_id in wanted):
                    item.setSelected(False)
            for node_id in ids:
                if self._block_of.get(node_id) in self.folded:  # show what was chosen
                    self.toggle_fold(self._block_of[node_id])
                if node_id in self.nodes:
                    self.nodes[node_id].setSelected(True)
        finally:
            self._syncing = False
        if len(ids) == 1 and ids[0] in self.nodes:  # e.g. a row clicked in the table
            for view in self.views():
                view.ensureVisible(self.nodes[ids[0]], 40, 40)

    # ------------------------------------------------------------ moving
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.wiring.active:
            self._press = {i.node_id: QPointF(i.pos()) for i in self.selectedItems()
                           if isinstance(i, NodeItem)}

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press:  # dragging cards: links and frames follow as they go
            for node_id in self._press:
                item = self.nodes.get(node_id)
                if item is not None:
                    self.node_geometry_changed(item)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if not press or event.button() != Qt.MouseButton.LeftButton:
            return
        moves = {}
        for node_id, old in press.items():
            item = self.nodes.get(node_id)
            if item is not None and item.pos() != old:
                moves[node_id] = (self.to_model(old), self.to_model(item.pos()))
        if moves:
            self.doc.undo_stack.push(MoveNodesCommand(self.doc, moves))

    # ------------------------------------------------------------ lookups
    def link_at(self, scene_pos: QPointF) -> LinkItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, LinkItem):
                return item
            if isinstance(item, NodeItem):
                return None
        return None

    def describe(self, node_id: str) -> str:
        analysis = self.doc.analysis
        report = analysis.nodes.get(node_id) if analysis is not None else None
        return describe(self.doc.graph.nodes[node_id], report)

    def column_blocked(self, x: float, top: float, bottom: float, link) -> bool:
        """True when a card other than ``link``'s ends lies on the vertical line at ``x``
        between ``top`` and ``bottom`` (used to route long links around cards). Answered from
        an index of cards by column, built once per layout (a scan of all cards per long
        link made building a DenseNet scene quadratic)."""
        if self._columns is None:
            self._columns = _ColumnIndex(self.nodes.values(), self.style.m.width)
        return self._columns.blocked(x, top, bottom, (link.src_item, link.dst_item))

    def say(self, severity: str, text: str) -> None:
        """Emit ``message`` unless the same sentence was just said (hover, then click)."""
        now = time.monotonic()
        if (severity, text) == self._last_said[:2] and now - self._last_said[2] < 1.0:
            return
        self._last_said = (severity, text, now)
        self.message.emit(severity, text)

    def request_expand(self, node_id: str) -> None:
        self.expand_requested.emit(node_id)

    def request_collapse(self, block_id: str) -> None:
        self.collapse_requested.emit(block_id)

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.nodes.values():
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        for item in self.blocks.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def _update_scene_rect(self) -> None:
        rect = self.content_rect()
        margin = 600.0 * self.style.m.spread
        if rect.isNull():
            rect = QRectF(-400, -300, 800, 600)
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))


class _ColumnIndex:
    """Cards bucketed by column (one card width per bucket), each bucket sorted by y."""

    def __init__(self, items, width: float) -> None:
        self.width, self.half = width, width / 2
        self.where: dict = {}
        buckets: dict[int, list] = {}
        for i, item in enumerate(items):
            p = item.pos()
            self.where[item] = (p.x(), p.y())
            buckets.setdefault(int(p.x() // width), []).append((p.y(), i, p.x(), item))
        self.columns = {}
        for key, cards in buckets.items():
            cards.sort(key=lambda c: (c[0], c[1]))
            self.columns[key] = ([c[0] for c in cards], cards)

    def holds(self, item) -> bool:
        """True when ``item`` is indexed where it now is."""
        p = item.pos()
        return self.where.get(item) == (p.x(), p.y())

    def blocked(self, x: float, top: float, bottom: float, ends) -> bool:
        for key in {int((x - self.half) // self.width), int((x + self.half) // self.width)}:
            ys, cards = self.columns.get(key, ((), ()))
            for i in range(bisect_right(ys, top), len(ys)):
                y, _, px, item = cards[i]
                if y >= bottom:
                    break
                if abs(px - x) < self.half and item not in ends and item.isVisible():
                    return True
        return False


def _link(event):
    from engine.graph import Link
    return Link(event.src, event.dst, event.port)


_HANDLERS = {
    ev.NodeAdded: CanvasScene._on_node_added,
    ev.NodeRemoved: CanvasScene._on_node_removed,
    ev.LinkAdded: CanvasScene._on_link_added,
    ev.LinkRemoved: CanvasScene._on_link_removed,
    ev.ParamChanged: CanvasScene._on_param_changed,
    ev.NodeRenamed: CanvasScene._on_node_renamed,
    ev.NodeFrozenChanged: CanvasScene._on_frozen_changed,
    ev.NodeMoved: CanvasScene._on_node_moved,
    ev.BlockAdded: CanvasScene._on_block_added,
    ev.BlockRemoved: CanvasScene._on_block_removed,
    ev.BlockChanged: CanvasScene._on_block_changed,
    ev.DocumentReset: CanvasScene._on_reset,
}
