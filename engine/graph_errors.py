"""Typed errors raised by graph mutations: ``GraphError(code, **data)`` (see engine.errors).
A leaf module: the layer registry raises ``UnknownLayerError`` and ``ParameterError`` too, and
sits below the graph.

Each error carries the data a user interface needs to phrase it (``code`` and ``data``) and an
English sentence (``str(err)``) for the CLI and logs. The GUI translates the same template.
"""
from __future__ import annotations

from engine.errors import UserError


class GraphError(UserError, ValueError):
    """Base class: a requested change to the network document is not allowed."""

    code = "graph_error"
    templates = {"graph_error": "This change to the network is not allowed."}


class UnknownLayerError(GraphError):
    code = "unknown_layer"


class DuplicateNodeError(GraphError):
    code = "duplicate_node"


class NodeNotFoundError(GraphError):
    code = "node_not_found"


class InvalidNodeIdError(GraphError):
    code = "invalid_node_id"


class PortError(GraphError):
    code = "port_error"
    templates = {
        "port_error": "That input is already connected or the layer takes no more inputs.",
        "no_such_port": "{dst} has no input port {port}: it takes {inputs} input(s), numbered "
                        "from 0.",
        "port_taken_twice": "Input {port} of {dst} is connected twice.",
    }


class CycleError(GraphError):
    code = "cycle"


class ParameterError(GraphError):
    code = "bad_parameter"


class BlockError(GraphError):
    code = "block_error"
