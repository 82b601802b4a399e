"""Expand a block node into its primitive layers on the canvas, and collapse them back.

Both keep the network's analysis identical: the same output shapes, parameters, MACs and
activation totals. Inner node ids are ``<block id>_<local name>`` (valid identifiers, so they
become readable ``state_dict`` keys).
"""
from __future__ import annotations

from engine import errors, layers
from engine.analysis import Analysis, analyze
from engine.graph_errors import BlockError, GraphError
from engine.graph.model import Block, NetworkGraph, Node
from engine.zoo.blocks import INPUT_ID, OUTPUT_ID, TEMPLATES, cached_inner
from engine.zoo.layout import DY, apply_layout


errors.define({
    "expand_inside_group": "{name} is inside a group; ungroup it before expanding it.",
    "expand_needs_input": "{name} can only be expanded once its input is connected and it has "
                          "no error; fix it first.",
    "expand_name_taken": "{name} cannot be expanded: a node named {clash!r} already exists; "
                         "rename it first.",
    "collapse_input_error": "{name} can only be collapsed when the layer feeding it has no "
                            "error; fix it first.",
    "collapse_plain_group": "{name} is a plain group, not a composite block; only blocks that "
                            "were expanded can collapse.",
    "collapse_unknown_template": "{name} was made from a {template!r} block, which this "
                                 "ConvStudio does not know; ungroup it instead.",
    "collapse_bad_params": "{name} cannot collapse: {reason}; ungroup it instead.",
})


class NotCompositeError(BlockError):
    """Only composite block nodes expand."""

    code = "not_composite"
    templates = {
        "not_composite": "Only a composite block can be expanded into its layers.",
        "not_a_block": "{name} is a {title}, not a composite block; only blocks (residual, "
                       "inception, dense, ...) expand.",
    }


class BlockEditedError(BlockError):
    """The layers of an expanded block no longer match its template, so it cannot collapse."""

    code = "block_edited"
    templates = {
        "block_edited": "The layers of {name} were changed, so they are no longer a {template} "
                        "with its parameters; collapsing would lose the change. Undo the change "
                        "or ungroup the block instead.",
        "collapse_one_in_one_out": "{name} must have exactly one input and one output to "
                                   "collapse into a {template}.",
    }


def expand(graph: NetworkGraph, node_id: str, analysis: Analysis | None = None) -> Block:
    """Replace a composite node by its layers, wired to the same neighbours and grouped in a
    Block (id = the node's id, ``template`` = its type) that ``collapse`` turns back."""
    node = graph.node(node_id)
    if not node.spec.composite:
        raise NotCompositeError("not_a_block", node=node_id, name=node.label,
                                title=node.spec.title)
    report = (analysis or analyze(graph)).nodes.get(node_id)
    in_shape = report.input_shapes[0] if report is not None and report.ok else None
    pos = node.pos
    block, _ = _expand(graph, node, in_shape)
    height = apply_layout(graph, block.nodes, origin=pos)
    _shift_below(graph, pos[1], height, exclude=set(block.nodes))
    return block


def expand_all(graph: NetworkGraph) -> list[Block]:
    """Expand every composite node that can be (one analysis), then lay the network out anew."""
    result = analyze(graph)
    shapes = {n: r.output_shape for n, r in result.nodes.items()}
    done = []
    for node_id in [n for n in result.nodes if graph.nodes[n].spec.composite]:
        ins = graph.in_links(node_id)
        if not ins or shapes.get(ins[0].src) is None or shapes.get(node_id) is None:
            continue
        block, exit_id = _expand(graph, graph.nodes[node_id], shapes[ins[0].src])
        shapes[exit_id] = shapes[node_id]
        done.append(block)
    if done:
        apply_layout(graph)
    return done


def _expand(graph: NetworkGraph, node: Node, in_shape) -> tuple[Block, str]:
    node_id = node.id
    if graph.block_of(node_id):
        raise BlockError("expand_inside_group", node=node_id, name=node.label)
    ins, outs = graph.in_links(node_id), graph.out_links(node_id)
    if not ins or in_shape is None:
        raise BlockError("expand_needs_input", node=node_id, name=node.label)
    inner = cached_inner(node.type, tuple(sorted(node.params.items())), tuple(in_shape))[0]
    members = [n for n in inner.nodes if n not in (INPUT_ID, OUTPUT_ID)]
    clash = [f"{node_id}_{n}" for n in members if f"{node_id}_{n}" in graph.nodes]
    if clash:
        raise BlockError("expand_name_taken", node=node_id, name=node.label, clash=clash[0])
    pos, params, layer_type, name = node.pos, dict(node.params), node.type, node.name
    frozen = node.frozen  # a frozen block's layers stay frozen once it is opened up
    graph.remove_node(node_id)
    rename = {INPUT_ID: ins[0].src, **{n: f"{node_id}_{n}" for n in members}}
    for n in members:
        src_node = inner.nodes[n]
        graph.add_node(src_node.type, src_node.params, node_id=rename[n], pos=pos,
                       frozen=frozen)
    exit_id = None
    for link in inner.links:
        if link.dst == OUTPUT_ID:
            exit_id = rename[link.src]
        else:
            graph.add_link_unchecked(rename[link.src], rename[link.dst], link.port)
    for link in outs:
        graph.add_link_unchecked(exit_id, link.dst, link.port)
    block = graph.group([rename[n] for n in members], name or node_id, block_id=node_id,
                        template=layer_type, params=params)
    return block, exit_id


def collapse(graph: NetworkGraph, block_id: str, analysis: Analysis | None = None) -> Node:
    """Replace an expanded block's layers by one block node (the inverse of ``expand``).

    Refused with BlockEditedError when its layers were edited so that they no longer are the
    block its template and parameters describe (collapsing would silently lose the edit).
    """
    block = _template_block(graph, block_id)
    src, ext_out = _boundary(graph, block)
    report = (analysis or analyze(graph)).nodes.get(src)
    if report is None or not report.ok:
        raise BlockError("collapse_input_error", block=block_id, name=block.name)
    _check_matches(graph, block, src, report.output_shape, ext_out)
    top = min(graph.nodes[n].pos[1] for n in block.nodes)
    bottom = max(graph.nodes[n].pos[1] for n in block.nodes)
    node = _replace(graph, block, src, ext_out)
    _shift_below(graph, bottom, -(bottom - top), exclude={block_id})
    return node


def collapse_all(graph: NetworkGraph) -> list[Node]:
    """Collapse every expanded block that still matches its template (one analysis), then lay
    the network out anew. Edited blocks stay expanded."""
    result = analyze(graph)
    shapes = {n: r.output_shape for n, r in result.nodes.items()}
    done = []
    for block_id in [b for b, blk in graph.blocks.items() if blk.template]:
        try:
            block = _template_block(graph, block_id)
            src, ext_out = _boundary(graph, block)
            if shapes.get(src) is None:
                continue
            exit_id = _check_matches(graph, block, src, shapes[src], ext_out)
        except BlockError:  # edited, or unknown to this version: it stays expanded
            continue
        shapes[block_id] = shapes.get(exit_id)
        done.append(_replace(graph, block, src, ext_out))
    if done:
        apply_layout(graph)
    return done


def _template_block(graph: NetworkGraph, block_id: str) -> Block:
    block = graph.blocks.get(block_id)
    if block is None:
        raise BlockError("block_not_found", block=block_id)
    if not block.template:
        raise BlockError("collapse_plain_group", block=block_id, name=block.name)
    if block.template not in TEMPLATES:
        raise BlockError("collapse_unknown_template", block=block_id, name=block.name,
                         template=block.template)
    try:  # a block read from a file: its parameters must be valid ones
        layers.get(block.template).normalise(block.params)
    except GraphError as exc:
        raise BlockError("collapse_bad_params", block=block_id, name=block.name,
                         reason=str(exc).rstrip(".")) from None
    return block


def _boundary(graph: NetworkGraph, block: Block):
    """The one node feeding the block and the links leaving it."""
    members = set(block.nodes)
    ext_in = [lk for n in block.nodes for lk in graph.in_links(n) if lk.src not in members]
    ext_out = [lk for n in block.nodes for lk in graph.out_links(n) if lk.dst not in members]
    sources = {lk.src for lk in ext_in}
    if len(sources) != 1 or len({lk.src for lk in ext_out}) > 1:
        raise BlockEditedError("collapse_one_in_one_out", block=block.id, name=block.name,
                               template=block.template)
    return sources.pop(), ext_out


def _replace(graph: NetworkGraph, block: Block, src: str, ext_out) -> Node:
    left = min(graph.nodes[n].pos[0] for n in block.nodes)
    top = min(graph.nodes[n].pos[1] for n in block.nodes)
    # the block as one layer is frozen when every layer of it was (freezing is per layer)
    frozen = all(graph.nodes[n].frozen for n in block.nodes)
    graph.ungroup(block.id)
    for n in list(block.nodes):
        graph.remove_node(n)
    name = "" if block.name == block.id else block.name
    node = graph.add_node(block.template, block.params, node_id=block.id, name=name,
                          pos=(left, top), frozen=frozen)
    graph.add_link_unchecked(src, block.id, 0)
    for lk in ext_out:
        graph.add_link_unchecked(block.id, lk.dst, lk.port)
    return node


def _check_matches(graph, block, src, in_shape, ext_out) -> str:
    """Raise BlockEditedError unless the block's layers are exactly its template's; return
    the id of its exit node."""
    prefix = block.id + "_"
    items = tuple(sorted(layers.get(block.template).normalise(block.params).items()))
    expected = cached_inner(block.template, items, tuple(in_shape))[0]
    want_nodes = {n.id: (n.type, n.params) for n in expected.nodes.values()
                  if n.id not in (INPUT_ID, OUTPUT_ID)}
    want_links = {(lk.src, lk.dst, lk.port) for lk in expected.links if lk.dst != OUTPUT_ID}
    want_exit = next(lk.src for lk in expected.links if lk.dst == OUTPUT_ID)

    def local(n):
        if n == src:
            return INPUT_ID
        return n[len(prefix):] if n.startswith(prefix) else None

    have_nodes = {local(n): (graph.nodes[n].type, graph.nodes[n].params) for n in block.nodes}
    have_links = {(local(lk.src), local(lk.dst), lk.port) for n in block.nodes
                  for lk in graph.in_links(n)}
    exits = {local(lk.src) for lk in ext_out}
    if have_nodes != want_nodes or have_links != want_links or exits - {want_exit}:
        raise BlockEditedError("block_edited", block=block.id, name=block.name,
                               template=block.template)
    return prefix + want_exit


def _shift_below(graph: NetworkGraph, y: float, delta: float, exclude: set) -> None:
    """Make (or take back) room on the canvas for an expanded block."""
    if abs(delta) < DY / 2:
        return
    for n in list(graph.nodes):
        node = graph.nodes[n]
        if n not in exclude and node.pos[1] > y:
            graph.move(n, (node.pos[0], node.pos[1] + delta))
