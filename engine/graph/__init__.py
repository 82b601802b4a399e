"""The network document: nodes, links, blocks, validation and change events."""
from engine.graph_errors import (BlockError, CycleError, DuplicateNodeError, GraphError,
                                 InvalidNodeIdError, NodeNotFoundError, ParameterError,
                                 PortError, UnknownLayerError)
from engine.graph.model import (Block, Link, NetworkGraph, Node, is_reserved_id, reserved_ids,
                                unreserved_id)
from engine.graph.sequential import sequential

__all__ = ["Block", "BlockError", "CycleError", "DuplicateNodeError", "GraphError",
           "InvalidNodeIdError", "Link", "NetworkGraph", "Node", "NodeNotFoundError",
           "ParameterError", "PortError", "UnknownLayerError", "is_reserved_id", "reserved_ids",
           "sequential", "unreserved_id"]
