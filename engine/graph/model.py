"""The network document: nodes, ports, links and blocks, with validated mutations.

Every node has numbered input ports (``port`` 0, 1, ...) and one output. A link goes from a
node's output to one input port of another node. Shape compatibility is *not* enforced here —
the analysis reports it, so a user can wire first and fix after — but structural rules are:
no unknown layers or parameters, no self links, no cycles, no port used twice, no more inputs
than a layer takes.
"""
from __future__ import annotations

import copy
import heapq
import itertools
import keyword
import re
import sys
from dataclasses import dataclass, field

from engine import layers
from engine.graph import events as ev
from engine.graph.module_names import NAMES, live_names
from engine.graph_errors import (BlockError, CycleError, DuplicateNodeError, InvalidNodeIdError,
                                 NodeNotFoundError, PortError)

_ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_STAMPS = itertools.count(1)  # process-wide: a stamp is never reused, unlike ``revision``
MAX_INPUTS = 64  # input ports of a layer that takes any number of inputs (Add, Concat)


def reserved_ids() -> frozenset[str]:
    """Names a layer cannot have: each layer becomes an attribute of the built module (an
    ``nn.Module``, concretely a ``torch.fx.GraphModule``), so a layer called ``eval``,
    ``training`` or ``graph`` would collide with the module's own attribute. Read from those
    classes (engine.graph.module_names, generated from them, so that editing never imports
    torch; once torch is loaded, its live names too)."""
    global _LIVE_NAMES
    if _LIVE_NAMES is None and _torch_loaded():
        _LIVE_NAMES = NAMES | live_names()
    return _LIVE_NAMES or NAMES


def _torch_loaded() -> bool:
    """Whether torch is imported *and finished*: while another thread is still importing it
    (a preview, the device probe), importing torch.fx from here initialised its C types twice
    ("cannot initialize type RpcBackendOptions")."""
    torch = sys.modules.get("torch")
    spec = getattr(torch, "__spec__", None)
    return torch is not None and not getattr(spec, "_initializing", False)


_LIVE_NAMES: frozenset[str] | None = None


def is_reserved_id(node_id: str) -> bool:
    return node_id in reserved_ids() or _added_since(node_id)


def _added_since(node_id: str) -> bool:
    """Whether torch gave its module classes the name after the list was read: the first
    ``torch.compile`` of a process adds ``___needs_generation_tag_patch`` to ``nn.Module``."""
    fx = sys.modules.get("torch.fx") if _LIVE_NAMES is not None else None
    graph_module = getattr(fx, "GraphModule", None)
    return graph_module is not None and hasattr(graph_module, node_id)


def unreserved_id(node_id: str, taken=()) -> str:
    """A free id close to ``node_id`` that is not a module attribute: ``eval`` -> ``eval_layer``
    (``eval_layer2`` ... when that is taken)."""
    base = f"{node_id.strip('_') or 'node'}_layer"
    candidate, i = base, 2
    while candidate in taken or is_reserved_id(candidate):
        candidate, i = f"{base}{i}", i + 1
    return candidate


@dataclass
class Node:
    id: str
    type: str
    params: dict
    name: str = ""
    pos: tuple = (0.0, 0.0)
    frozen: bool = False  # transfer learning: its weights are kept as they are while training

    @property
    def label(self) -> str:
        return self.name or self.id

    @property
    def spec(self):
        return layers.get(self.type)


@dataclass(frozen=True, order=True)
class Link:
    src: str
    dst: str
    port: int = 0


def _link_key(link: Link) -> tuple:
    return (link.src, link.dst, link.port)


@dataclass
class Block:
    """A named group of nodes; ``template``/``params`` are set for composite blocks that can
    collapse back into one node."""

    id: str
    name: str
    nodes: list
    template: str = ""
    params: dict = field(default_factory=dict)


class NetworkGraph(ev.Observable):
    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.name = name
        self.nodes: dict[str, Node] = {}
        self.blocks: dict[str, Block] = {}
        self._in: dict[str, dict[int, Link]] = {}
        self._out: dict[str, list[Link]] = {}
        self.revision = 0  # bumped on every change; cheap "did anything change" check
        self.stamp = next(_STAMPS)  # new on every change; never reset (revision may be)
        # per id prefix, the lowest number that may be free: new_id starts there instead of
        # at 1 (a 3,000-node chain was quadratic); lowered again when an id is freed
        self._id_hint: dict[str, int] = {}

    # ------------------------------------------------------------ queries
    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise NodeNotFoundError("node_not_found", node=node_id) from None

    @property
    def links(self) -> list[Link]:
        # the dataclass order, compared as tuples (its generated __lt__ is 10x slower)
        return sorted((link for ports in self._in.values() for link in ports.values()),
                      key=_link_key)

    def in_links(self, node_id: str) -> list[Link]:
        return [self._in[node_id][p] for p in sorted(self._in.get(node_id, {}))]

    def out_links(self, node_id: str) -> list[Link]:
        return list(self._out.get(node_id, []))

    def inputs_of(self, node_id: str) -> list[str]:
        return [link.src for link in self.in_links(node_id)]

    def successors(self, node_id: str) -> list[str]:
        return [link.dst for link in self._out.get(node_id, [])]

    def input_nodes(self) -> list[str]:
        return [n.id for n in self.nodes.values() if n.type == "Input"]

    def output_nodes(self) -> list[str]:
        """Nodes of type Output, or, when there are none, the nodes nothing consumes."""
        outs = [n.id for n in self.nodes.values() if n.type == "Output"]
        if outs:
            return outs
        return [n for n in self.nodes if not self._out.get(n) and self.nodes[n].type != "Input"]

    def block_of(self, node_id: str) -> Block | None:
        for block in self.blocks.values():
            if node_id in block.nodes:
                return block
        return None

    def topological_order(self) -> tuple[list[str], list[str]]:
        """Return (order, nodes_on_cycles). Among ready nodes the earliest-added goes first, so
        the order depends only on the document's content, not on the history of edits."""
        rank = {n: i for i, n in enumerate(self.nodes)}
        indeg = {n: len(self._in.get(n, {})) for n in self.nodes}
        ready = [rank[n] for n in self.nodes if indeg[n] == 0]
        heapq.heapify(ready)
        names = list(self.nodes)
        order: list[str] = []
        while ready:
            n = names[heapq.heappop(ready)]
            order.append(n)
            for link in self._out.get(n, []):
                indeg[link.dst] -= 1
                if indeg[link.dst] == 0:
                    heapq.heappush(ready, rank[link.dst])
        stuck = [n for n in self.nodes if indeg[n] > 0]
        return order, stuck

    def restore_order(self, order) -> None:
        """Put nodes back in a previous order (undo of a delete re-adds nodes at the end)."""
        known = [n for n in order if n in self.nodes]
        rest = [n for n in self.nodes if n not in set(known)]
        self.nodes = {n: self.nodes[n] for n in known + rest}
        self.stamp = next(_STAMPS)  # the order of reports follows it

    def reaches(self, start: str, target: str) -> bool:
        """True when ``target`` can be reached from ``start`` following links forward."""
        stack, seen = [start], set()
        while stack:
            n = stack.pop()
            if n == target:
                return True
            if n in seen:
                continue
            seen.add(n)
            stack.extend(link.dst for link in self._out.get(n, []))
        return False

    def new_id(self, prefix: str) -> str:
        prefix = re.sub(r"\W", "_", prefix) or "node"
        if not _ID_RE.match(prefix):
            prefix = "n_" + prefix
        i = self._id_hint.get(prefix, 1)
        while (f"{prefix}{i}" in self.nodes or f"{prefix}{i}" in self.blocks
               or is_reserved_id(f"{prefix}{i}")):
            i += 1
        self._id_hint[prefix] = i
        return f"{prefix}{i}"

    def _id_freed(self, item_id: str) -> None:
        """Let new_id hand out ``item_id`` again: the lowest free number stays the rule."""
        digits = len(item_id) - len(item_id.rstrip("0123456789"))
        for cut in range(len(item_id) - digits, len(item_id)):
            prefix, number = item_id[:cut], item_id[cut:]
            if number[0] != "0" and self._id_hint.get(prefix, 1) > int(number):
                self._id_hint[prefix] = int(number)

    def free_port(self, node_id: str) -> int | None:
        """The lowest free input port of a node, or None when it takes no more inputs."""
        spec = self.node(node_id).spec
        used = self._in.get(node_id, {})
        limit = MAX_INPUTS if spec.max_inputs is None else spec.max_inputs
        p = 0
        while p in used:
            p += 1
        return None if p >= limit else p

    def check_connect(self, src: str, dst: str, port: int | None = None) -> int:
        """Validate a link and return the port it would use; raise a GraphError otherwise."""
        s, d = self.node(src), self.node(dst)
        if src == dst:
            raise CycleError("self_link", src=src, dst=dst, src_name=s.label)
        if s.type == "Output":
            raise PortError("link_from_output", src=src, dst=dst, src_name=s.label)
        spec = d.spec
        if spec.max_inputs == 0:
            raise PortError("link_into_input", src=src, dst=dst, dst_name=d.label)
        used = self._in.get(dst, {})
        if any(link.src == src for link in used.values()) and spec.max_inputs != 1:
            raise PortError("already_linked", src=src, dst=dst, src_name=s.label,
                            dst_name=d.label)
        if port is None:
            port = self.free_port(dst)
            if port is None:
                raise PortError("inputs_full", src=src, dst=dst, dst_name=d.label,
                                inputs=spec.max_inputs)
        else:
            if port < 0 or port >= (MAX_INPUTS if spec.max_inputs is None else spec.max_inputs):
                raise PortError("no_input_port", src=src, dst=dst, dst_name=d.label, port=port)
            if port in used:
                raise PortError("port_taken", src=src, dst=dst, dst_name=d.label, port=port)
        if self.reaches(dst, src):
            raise CycleError("cycle", src=src, dst=dst, src_name=s.label, dst_name=d.label)
        return port

    def can_connect(self, src: str, dst: str, port: int | None = None) -> bool:
        try:
            self.check_connect(src, dst, port)
        except Exception:  # noqa: BLE001 - any GraphError means "no"
            return False
        return True

    # ------------------------------------------------------------ mutations
    def _changed(self, event) -> None:
        self.revision += 1
        self.stamp = next(_STAMPS)
        self._emit(event)

    def add_node(self, layer_type: str, params: dict | None = None, *, node_id: str | None = None,
                 name: str = "", pos=(0.0, 0.0), frozen: bool = False) -> Node:
        spec = layers.get(layer_type)
        values = spec.normalise(params)
        node_id = node_id or self.new_id(spec.id_prefix)
        self._check_new_id(node_id)
        if is_reserved_id(node_id):
            raise InvalidNodeIdError("reserved_node_id", node=node_id, suggestion=unreserved_id(
                node_id, set(self.nodes) | set(self.blocks)))
        node = Node(node_id, layer_type, values, name, (float(pos[0]), float(pos[1])),
                    bool(frozen))
        self.nodes[node_id] = node
        self._changed(ev.NodeAdded(node_id))
        return node

    def _check_new_id(self, node_id: str) -> None:
        if not isinstance(node_id, str) or not _ID_RE.match(node_id) or keyword.iskeyword(
                node_id):
            raise InvalidNodeIdError("invalid_node_id", node=node_id)
        if node_id in self.nodes or node_id in self.blocks:
            raise DuplicateNodeError("duplicate_node", node=node_id)

    def remove_node(self, node_id: str) -> Node:
        node = self.node(node_id)
        for link in self.in_links(node_id) + self.out_links(node_id):
            self.disconnect(link.src, link.dst, link.port)
        block = self.block_of(node_id)
        if block:
            block.nodes.remove(node_id)
            if not block.nodes:
                del self.blocks[block.id]
                self._id_freed(block.id)
                self._changed(ev.BlockRemoved(block.id))
            else:
                self._changed(ev.BlockChanged(block.id))
        del self.nodes[node_id]
        self._id_freed(node_id)
        self._in.pop(node_id, None)
        self._out.pop(node_id, None)
        self._changed(ev.NodeRemoved(node_id))
        return node

    def connect(self, src: str, dst: str, port: int | None = None) -> Link:
        port = self.check_connect(src, dst, port)
        return self._link(Link(src, dst, port))

    def _link(self, link: Link) -> Link:
        self._in.setdefault(link.dst, {})[link.port] = link
        self._out.setdefault(link.src, []).append(link)
        self._changed(ev.LinkAdded(link.src, link.dst, link.port))
        return link

    def disconnect(self, src: str, dst: str, port: int | None = None) -> Link:
        ports = self._in.get(dst, {})
        for p, link in list(ports.items()):
            if link.src == src and (port is None or p == port):
                del ports[p]
                self._out[src].remove(link)
                self._changed(ev.LinkRemoved(src, dst, p))
                return link
        raise PortError("not_linked", src=src, dst=dst)

    def insert_on_link(self, link: Link, layer_type: str, params: dict | None = None, *,
                       node_id: str | None = None, name: str = "", pos=None) -> Node:
        """Split ``link``: src -> new node -> dst (the new node must take one input)."""
        spec = layers.get(layer_type)
        if spec.min_inputs != 1 and spec.max_inputs != 1:
            raise PortError("not_insertable", layer=layer_type, layer_title=spec.title,
                            min_inputs=spec.min_inputs)
        if link not in self.in_links(link.dst):
            raise PortError("not_linked", src=link.src, dst=link.dst)
        if pos is None:
            a, b = self.node(link.src).pos, self.node(link.dst).pos
            pos = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        node = self.add_node(layer_type, params, node_id=node_id, name=name, pos=pos)
        self.disconnect(link.src, link.dst, link.port)
        self._link(Link(link.src, node.id, 0))
        self._link(Link(node.id, link.dst, link.port))
        return node

    def set_param(self, node_id: str, name: str, value) -> None:
        node = self.node(node_id)
        value = node.spec.param(name).coerce(value, node.type)
        old = node.params.get(name)
        if old == value and type(old) is type(value):
            return
        node.params[name] = value
        self._changed(ev.ParamChanged(node_id, name, old, value))

    def move(self, node_id: str, pos) -> None:
        node = self.node(node_id)
        old, node.pos = node.pos, (float(pos[0]), float(pos[1]))
        if old != node.pos:
            self._changed(ev.NodeMoved(node_id, old, node.pos))

    def rename(self, node_id: str, name: str) -> None:
        node = self.node(node_id)
        old, node.name = node.name, str(name)
        if old != node.name:
            self._changed(ev.NodeRenamed(node_id, old, node.name))

    def set_frozen(self, node_id: str, frozen: bool) -> None:
        """Freeze (keep its weights while training) or unfreeze one layer."""
        node = self.node(node_id)
        if node.frozen != bool(frozen):
            node.frozen = bool(frozen)
            self._changed(ev.NodeFrozenChanged(node_id, node.frozen))

    def frozen_nodes(self) -> list[str]:
        return [n.id for n in self.nodes.values() if n.frozen]

    def group(self, node_ids, name: str = "", *, block_id: str | None = None,
              template: str = "", params: dict | None = None) -> Block:
        ids = list(dict.fromkeys(node_ids))
        if not ids:
            raise BlockError("empty_group")
        for n in ids:
            self.node(n)
            other = self.block_of(n)
            if other:
                raise BlockError("already_grouped", node=n, block=other.id,
                                 block_name=other.name or other.id)
        block_id = block_id or self.new_id("block")
        self._check_new_id(block_id)
        block = Block(block_id, name or block_id, ids, template, dict(params or {}))
        self.blocks[block_id] = block
        self._changed(ev.BlockAdded(block_id))
        return block

    def ungroup(self, block_id: str) -> Block:
        if block_id not in self.blocks:
            raise BlockError("block_not_found", block=block_id)
        block = self.blocks.pop(block_id)
        self._id_freed(block_id)
        self._changed(ev.BlockRemoved(block_id))
        return block

    # ------------------------------------------------------------ whole-document
    def clear(self) -> None:
        self.nodes.clear()
        self.blocks.clear()
        self._id_hint.clear()
        self._in.clear()
        self._out.clear()
        self._changed(ev.DocumentReset())

    def replace_with(self, other: "NetworkGraph") -> None:
        """Take over another document's content (used when a file is opened)."""
        self.name = other.name
        self.nodes = copy.deepcopy(other.nodes)
        self.blocks = copy.deepcopy(other.blocks)
        self._id_hint.clear()
        self._in = {k: dict(v) for k, v in other._in.items()}
        self._out = {k: list(v) for k, v in other._out.items()}
        self._changed(ev.DocumentReset())

    def copy(self) -> "NetworkGraph":
        g = NetworkGraph(self.name)
        g.replace_with(self)
        g.revision = 0
        return g

    def add_link_unchecked(self, src: str, dst: str, port: int) -> Link:
        """Add a link read from a file without the cycle check (the analysis reports cycles);
        the port must be one the layer has, and free."""
        self.node(src)
        spec = self.node(dst).spec
        if not isinstance(port, int) or isinstance(port, bool) or port < 0 or port >= (
                MAX_INPUTS if spec.max_inputs is None else spec.max_inputs):
            inputs = MAX_INPUTS if spec.max_inputs is None else spec.max_inputs
            raise PortError("no_such_port", src=src, dst=dst, port=port, inputs=inputs)
        if port in self._in.get(dst, {}):
            raise PortError("port_taken_twice", src=src, dst=dst, port=port)
        return self._link(Link(src, dst, port))

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "nodes": [_node_record(n) for n in self.nodes.values()],
            "links": [{"src": lk.src, "dst": lk.dst, "port": lk.port} for lk in self.links],
            "blocks": [{"id": b.id, "name": b.name, "nodes": list(b.nodes),
                        "template": b.template, "params": dict(b.params)}
                       for b in self.blocks.values()],
        }

    def __eq__(self, other) -> bool:  # documents compare by content
        return isinstance(other, NetworkGraph) and self.to_dict() == other.to_dict()

    __hash__ = None  # mutable


def _node_record(n: Node) -> dict:
    """A node as JSON; ``frozen`` only when set, so unfrozen networks read as before."""
    rec = {"id": n.id, "type": n.type, "params": dict(n.params), "name": n.name,
           "pos": [n.pos[0], n.pos[1]]}
    if n.frozen:
        rec["frozen"] = True
    return rec
