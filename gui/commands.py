"""QUndoCommands. Each changes the engine graph of a Document and nothing else; views follow the
graph's events. Commands keep node ids fixed across undo/redo so selections and references stay
valid.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from engine.graph import Link
from gui.i18n import param_label


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n layer(s)": "1 layer", "2 layers")."""
    return QCoreApplication.translate("Commands", text, disambiguation, n)


class _DocCommand(QUndoCommand):
    def __init__(self, doc, text: str):
        super().__init__(text)
        self.doc = doc

    @property
    def graph(self):
        return self.doc.graph


class AddNodeCommand(_DocCommand):
    """Add a layer; optionally connect an existing node's output to it."""

    def __init__(self, doc, layer_type: str, params=None, pos=(0.0, 0.0), *, connect_from=None,
                 node_id=None, name: str = ""):
        super().__init__(doc, tr("Add %1").replace("%1", layer_type))
        self.layer_type, self.params, self.pos = layer_type, dict(params or {}), pos
        self.connect_from, self.node_id, self.name = connect_from, node_id, name

    def redo(self):
        node = self.graph.add_node(self.layer_type, self.params, node_id=self.node_id,
                                   name=self.name, pos=self.pos)
        self.node_id = node.id
        if self.connect_from and self.graph.can_connect(self.connect_from, node.id):
            self.graph.connect(self.connect_from, node.id)

    def undo(self):
        self.graph.remove_node(self.node_id)


class RemoveNodesCommand(_DocCommand):
    """Delete nodes with their links; undo restores them, their links and block membership."""

    def __init__(self, doc, node_ids):
        super().__init__(doc, tr("Delete %n layer(s)", None, len(node_ids)))
        g = doc.graph
        self.ids = [n for n in node_ids if n in g.nodes]
        ids = set(self.ids)
        self.nodes = [g.nodes[n] for n in self.ids]
        self.nodes = [(n.id, n.type, dict(n.params), n.name, n.pos, n.frozen)
                      for n in self.nodes]
        self.links = sorted({lk for n in self.ids for lk in g.in_links(n) + g.out_links(n)})
        self.blocks = {b.id: (b.name, list(b.nodes), b.template, dict(b.params))
                       for b in g.blocks.values() if ids & set(b.nodes)}
        self.order = list(g.nodes)

    def redo(self):
        for node_id in self.ids:
            self.graph.remove_node(node_id)

    def undo(self):
        g = self.graph
        for node_id, layer_type, params, name, pos, frozen in self.nodes:
            g.add_node(layer_type, params, node_id=node_id, name=name, pos=pos, frozen=frozen)
        for link in self.links:
            g.add_link_unchecked(link.src, link.dst, link.port)
        for block_id, (name, members, template, params) in self.blocks.items():
            if block_id in g.blocks:
                g.ungroup(block_id)
            g.group(members, name, block_id=block_id, template=template, params=params)
        g.restore_order(self.order)


class ConnectCommand(_DocCommand):
    def __init__(self, doc, src: str, dst: str, port: int | None = None):
        super().__init__(doc, tr("Connect"))
        self.src, self.dst = src, dst
        self.port = doc.graph.check_connect(src, dst, port)  # raises GraphError: refused early

    def redo(self):
        self.graph.connect(self.src, self.dst, self.port)

    def undo(self):
        self.graph.disconnect(self.src, self.dst, self.port)


class DisconnectCommand(_DocCommand):
    def __init__(self, doc, link: Link):
        super().__init__(doc, tr("Disconnect"))
        self.link = link

    def redo(self):
        self.graph.disconnect(self.link.src, self.link.dst, self.link.port)

    def undo(self):
        self.graph.add_link_unchecked(self.link.src, self.link.dst, self.link.port)


class InsertOnLinkCommand(_DocCommand):
    def __init__(self, doc, link: Link, layer_type: str, params=None, pos=None):
        super().__init__(doc, tr("Insert %1").replace("%1", layer_type))
        self.link, self.layer_type, self.params, self.pos = link, layer_type, params, pos
        self.node_id = None

    def redo(self):
        node = self.graph.insert_on_link(self.link, self.layer_type, self.params,
                                         node_id=self.node_id, pos=self.pos)
        self.node_id = node.id

    def undo(self):
        self.graph.remove_node(self.node_id)
        self.graph.add_link_unchecked(self.link.src, self.link.dst, self.link.port)


class SetParamCommand(_DocCommand):
    """Change one parameter; consecutive changes of the same parameter merge into one step."""

    ID = 1001

    def __init__(self, doc, node_id: str, name: str, value):
        node = doc.graph.node(node_id)
        super().__init__(doc, tr("Change %1 of %2").replace("%1", param_label(
            node.spec.param(name))).replace("%2", node.label))
        self.node_id, self.name = node_id, name
        self.old = node.params[name]
        # the graph checks and converts the value, once: a bad one raises here, before the
        # command reaches the undo stack, and push()'s first redo has nothing left to do
        doc.graph.set_param(node_id, name, value)
        self.new = node.params[name]
        self._applied = True

    def id(self):
        return self.ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetParamCommand) or (other.node_id, other.name) != (
                self.node_id, self.name):
            return False
        self.new = other.new
        return True

    def redo(self):
        if self._applied:  # the change made when the command was created
            self._applied = False
            return
        self.graph.set_param(self.node_id, self.name, self.new)

    def undo(self):
        self.graph.set_param(self.node_id, self.name, self.old)


class MoveNodesCommand(_DocCommand):
    """One drag = one step: {node_id: (old_pos, new_pos)}."""

    def __init__(self, doc, moves: dict):
        super().__init__(doc, tr("Move"))
        self.moves = dict(moves)

    def redo(self):
        for node_id, (_, new) in self.moves.items():
            self.graph.move(node_id, new)

    def undo(self):
        for node_id, (old, _) in self.moves.items():
            self.graph.move(node_id, old)


class RenameNodeCommand(_DocCommand):
    def __init__(self, doc, node_id: str, name: str):
        super().__init__(doc, tr("Rename"))
        self.node_id, self.new, self.old = node_id, name, doc.graph.node(node_id).name

    def redo(self):
        self.graph.rename(self.node_id, self.new)

    def undo(self):
        self.graph.rename(self.node_id, self.old)


class GroupCommand(_DocCommand):
    def __init__(self, doc, node_ids, name: str = ""):
        super().__init__(doc, tr("Group"))
        self.node_ids, self.name, self.block_id = list(node_ids), name, None

    def redo(self):
        self.block_id = self.graph.group(self.node_ids, self.name, block_id=self.block_id).id

    def undo(self):
        self.graph.ungroup(self.block_id)


class UngroupCommand(_DocCommand):
    def __init__(self, doc, block_id: str):
        super().__init__(doc, tr("Ungroup"))
        b = doc.graph.blocks[block_id]
        self.block_id, self.saved = block_id, (b.name, list(b.nodes), b.template, dict(b.params))

    def redo(self):
        self.graph.ungroup(self.block_id)

    def undo(self):
        name, members, template, params = self.saved
        self.graph.group(members, name, block_id=self.block_id, template=template,
                         params=params)


class SnapshotCommand(_DocCommand):
    """A structural edit done by an engine function (expand/collapse a block, auto-layout, paste).

    The first redo runs ``mutate(graph)``; undo and later redos restore whole-document snapshots,
    so the result is identical every time.
    """

    def __init__(self, doc, text: str, mutate):
        super().__init__(doc, text)
        self.mutate = mutate
        self.before = doc.graph.to_dict()
        self.after = None
        self.result = None

    def redo(self):
        if self.after is None:
            self.result = self.mutate(self.graph)
            self.after = self.graph.to_dict()
        else:
            from engine.io.project import graph_from_dict
            self.graph.replace_with(graph_from_dict(self.after))

    def undo(self):
        from engine.io.project import graph_from_dict
        self.graph.replace_with(graph_from_dict(self.before))


class PasteCommand(_DocCommand):
    """Add a prepared fragment (gui.canvas.fragment.prepare_paste: fresh ids, positions set):
    its nodes, the links between them and its blocks. Undo removes exactly those."""

    def __init__(self, doc, fragment: dict, text: str = ""):
        super().__init__(doc, text or tr("Paste %n layer(s)", None, len(fragment["nodes"])))
        self.fragment = fragment

    @property
    def node_ids(self) -> list[str]:
        return [n["id"] for n in self.fragment["nodes"]]

    def redo(self):
        g = self.graph
        for n in self.fragment["nodes"]:
            g.add_node(n["type"], n["params"], node_id=n["id"], name=n.get("name", ""),
                       pos=tuple(n["pos"]), frozen=n.get("frozen", False))
        for lk in self.fragment["links"]:
            g.add_link_unchecked(lk["src"], lk["dst"], lk["port"])
        for b in self.fragment["blocks"]:
            g.group(b["nodes"], b["name"], block_id=b["id"], template=b.get("template", ""),
                    params=b.get("params", {}))

    def undo(self):
        g = self.graph
        for b in self.fragment["blocks"]:
            if b["id"] in g.blocks:
                g.ungroup(b["id"])
        for node_id in reversed(self.node_ids):
            g.remove_node(node_id)
