"""Resolve a SOURCE argument: a project file, ``zoo:NAME``, ``example:NAME`` or
``torchvision:NAME`` (imported through torch.fx)."""
from __future__ import annotations

from engine.graph import NetworkGraph
from engine.source_errors import SourceError

__all__ = ["SourceError", "load_source", "parse_shape", "set_input_shape"]


def load_source(source: str, input_shape: tuple | None = None) -> NetworkGraph:
    """Return a fresh graph for SOURCE; ``input_shape`` (C, H, W) overrides the single Input."""
    if source.startswith("zoo:"):
        graph = _from_zoo(source[4:])
    elif source.startswith("torchvision:"):
        from engine.io.import_sources import import_model
        graph = import_model(source).graph
    elif source.startswith("example:"):
        from engine.examples import EXAMPLES
        name = source[8:]
        if name not in EXAMPLES:
            raise SourceError("no_such_example", name=name, choices=sorted(EXAMPLES))
        graph = EXAMPLES[name]()
    else:
        from engine.io.project import load_project
        project = load_project(source)
        graph = project.graph
        _say_notice(project, source)
    if input_shape is not None:
        set_input_shape(graph, input_shape)
    return graph


def _say_notice(project, source: str) -> None:
    """What loading changed (ids renamed), on stderr for the terminal commands."""
    import sys
    from pathlib import Path

    from engine import errors
    notice = project.notice(Path(source).name)
    if notice is not None:
        print(f"note: {errors.message(*notice)}", file=sys.stderr)


def _from_zoo(name: str) -> NetworkGraph:
    from engine import zoo
    return zoo.create(name)


def set_input_shape(graph: NetworkGraph, shape: tuple) -> None:
    inputs = graph.input_nodes()
    if len(inputs) != 1:
        raise SourceError("input_needs_one_input", count=len(inputs))
    c, h, w = shape
    for key, value in (("channels", c), ("height", h), ("width", w)):
        graph.set_param(inputs[0], key, value)


def parse_shape(text: str) -> tuple:
    """'3x224x224' -> (3, 224, 224)."""
    parts = text.lower().replace("*", "x").replace(",", "x").split("x")
    try:
        values = tuple(int(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 3 or min(values) < 1:
        raise SourceError("bad_shape_text", text=text)
    return values
