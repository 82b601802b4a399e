"""Small GraphModules cut from a built network that return chosen intermediate values.

Only the part of the network the requested values depend on runs (dead code is removed), so
the feature maps of an early layer cost an early layer's time. The cut module shares the
original's submodules, hence its weights. No hooks are installed, so nothing needs removing.
"""
from __future__ import annotations


def _grad_leaf(x):
    """Start a fresh autograd graph at x: Grad-CAM then back-propagates only from the class
    score to this layer, never into the layers before it."""
    return x.detach().requires_grad_(True)


def cut(module, targets: list, leaf=None):
    """A GraphModule returning a tuple with the values of the fx nodes ``targets``.

    When ``leaf`` (an fx node) is given, its value is replaced by a detached copy that requires
    grad, used by every later node and returned in its place.
    """
    import torch.fx as fx

    graph = fx.Graph()
    env: dict = {}
    for node in module.graph.nodes:
        if node.op == "output":
            continue
        env[node] = graph.node_copy(node, lambda n: env[n])
        if node is leaf:
            env[node] = graph.call_function(_grad_leaf, (env[node],))
    graph.output(tuple(env[t] for t in targets))
    gm = fx.GraphModule(module, graph)
    gm.graph.eliminate_dead_code()
    gm.delete_all_unused_submodules()
    gm.recompile()
    return gm
