"""Wiring by dragging: from an output port, across the canvas, onto an input port.

When the drag starts every node is marked as a legal target (its input ports highlighted) or
not (dimmed), using the engine's own ``NetworkGraph.can_connect``; while dragging, the wire
turns red over an illegal target and the engine's reason (cycle, full port, an Input, the same
node) is shown at the cursor and on the message bar; dropping there changes nothing. A legal
drop pushes one ConnectCommand.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QToolTip

from gui.canvas.labels import refusal_sentence, tr
from gui.canvas.link_item import WireItem
from gui.canvas.node_item import NodeItem
from gui.commands import ConnectCommand


class Wiring:
    """The state of one wire drag in a CanvasScene (at most one at a time)."""

    def __init__(self, scene):
        self.scene = scene
        self.wire: WireItem | None = None
        self.src: str | None = None
        self.target: tuple | None = None
        self.last_refusal = ""

    @property
    def active(self) -> bool:
        return self.wire is not None

    def legal_targets(self, src: str) -> set[str]:
        graph = self.scene.doc.graph
        return {n for n in graph.nodes if n != src and graph.can_connect(src, n)}

    def begin(self, src: str, scene_pos: QPointF) -> None:
        self.src, self.target = src, None
        self.wire = WireItem(self.scene.style, self.scene.nodes[src].output_anchor())
        self.scene.addItem(self.wire)
        legal = self.legal_targets(src)
        for node_id, item in self.scene.nodes.items():
            if node_id != src:
                item.set_wire_state("legal" if node_id in legal else "illegal")
        self.scene.say("info", tr("Drop the wire on a highlighted input port."))

    def target_at(self, scene_pos: QPointF) -> tuple[str, int | None] | None:
        """(node id, input port or None) under a point, for a wire being dropped."""
        for item in self.scene.items(scene_pos):
            if isinstance(item, NodeItem):
                return item.node_id, item.port_near(scene_pos)
        return None

    def _target(self, scene_pos: QPointF):
        """The wire's target; the source card itself only counts at one of its input ports
        (the wire starts on it, so merely leaving it must not raise a complaint)."""
        target = self.target_at(scene_pos)
        if target and target[0] == self.src and target[1] is None:
            return None
        return target

    def why_not(self, src: str, target) -> str:
        """'' when a wire from ``src`` may end at ``target`` (node id, port), else the sentence
        saying why not (the engine's own reason: cycle, full port, Input, same node)."""
        node_id, port = target
        try:
            self.scene.doc.graph.check_connect(src, node_id, port)
        except ValueError as exc:  # GraphError
            return refusal_sentence(exc)
        return ""

    def move(self, scene_pos: QPointF) -> None:
        if self.wire is None:
            return
        self.wire.move_to(scene_pos)
        target = self.target_at(scene_pos)
        if target == self.target:
            return
        self._clear_port_hover()
        self.target = target
        if target is None:
            self.wire.set_state(None)
            QToolTip.hideText()
            return
        why = self.why_not(self.src, target)
        self.wire.set_state("illegal" if why else "legal")
        item = self.scene.nodes[target[0]]
        if not why and target[1] is not None:
            item.in_ports[target[1]].highlight = "hover"
            item.update()
        if why:
            self.scene.say("warning", why)
            self._show_tip(scene_pos, why)

    def _clear_port_hover(self) -> None:
        if self.target and self.target[0] in self.scene.nodes:
            item = self.scene.nodes[self.target[0]]
            for port in item.in_ports:
                port.highlight = "legal" if item.wire_state == "legal" else None
            item.update()

    def _show_tip(self, scene_pos: QPointF, text: str) -> None:
        for view in self.scene.views():
            QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), text, view)

    def end(self, scene_pos: QPointF) -> bool:
        """Finish a wire; True when a link was made."""
        if self.wire is None:
            return False
        self._clear_port_hover()
        src, target = self.src, self.target_at(scene_pos)
        self.scene.removeItem(self.wire)
        self.wire, self.src, self.target = None, None, None
        for item in self.scene.nodes.values():
            item.set_wire_state(None)
        QToolTip.hideText()
        if target is None:
            return False
        why = self.why_not(src, target)
        if why:
            self.last_refusal = why
            self.scene.say("warning", why)
            return False
        self.scene.doc.undo_stack.push(ConnectCommand(self.scene.doc, src, target[0], target[1]))
        return True
