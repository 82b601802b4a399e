"""Graph edits for transfer learning: freeze a layer and everything before it, find and
replace the classifier. Each one mutates the graph through its ordinary methods, so a GUI
snapshot command undoes it as a whole."""
from __future__ import annotations

from engine.graph_errors import GraphError
from engine.graph.model import NetworkGraph


class NoClassifierError(GraphError):
    code = "no_classifier"
    templates = {"no_classifier": "The network has no Linear layer that makes its class "
                                  "scores; add one before the Output."}


def upstream(graph: NetworkGraph, node_id: str) -> list[str]:
    """``node_id`` and every node it depends on, in document order."""
    graph.node(node_id)
    seen, stack = set(), [node_id]
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.add(n)
            stack.extend(graph.inputs_of(n))
    return [n for n in graph.nodes if n in seen]


def weighted(graph: NetworkGraph, node_ids) -> list[str]:
    """The nodes among ``node_ids`` that can hold weights (freezing the others means nothing)."""
    return [n for n in node_ids if graph.nodes[n].type not in ("Input", "Output")]


def freeze_up_to(graph: NetworkGraph, node_id: str) -> list[str]:
    """Freeze ``node_id`` and everything before it; return the nodes that changed."""
    changed = [n for n in weighted(graph, upstream(graph, node_id)) if not graph.nodes[n].frozen]
    for n in changed:
        graph.set_frozen(n, True)
    return changed


def set_frozen(graph: NetworkGraph, node_ids, frozen: bool) -> list[str]:
    changed = [n for n in weighted(graph, node_ids) if graph.nodes[n].frozen != bool(frozen)]
    for n in changed:
        graph.set_frozen(n, frozen)
    return changed


def classifier(graph: NetworkGraph) -> str:
    """The Linear layer that makes the class scores: the last Linear before the (first)
    output, following the main path back. Raise NoClassifierError when there is none."""
    outputs = graph.output_nodes()
    if outputs:
        order = upstream(graph, outputs[0])
        for n in reversed(order):
            if graph.nodes[n].type == "Linear":
                return n
    raise NoClassifierError()


def replace_classifier(graph: NetworkGraph, num_classes: int) -> str:
    """Give the classifier ``num_classes`` outputs and unfreeze it (its old weights no longer
    fit and are re-initialised when training starts); return its node id."""
    node_id = classifier(graph)
    graph.set_param(node_id, "out_features", int(num_classes))
    graph.set_frozen(node_id, False)
    return node_id
