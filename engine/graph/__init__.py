"""The network document: nodes, links, blocks, validation and change events."""
from engine.graph_errors import (BlockError, CycleError, DuplicateNodeError, GraphError,
                                 InvalidNodeIdError, NodeNotFoundError, ParameterError,
                                 PortError, UnknownLayerError)
from engine.graph.model import Block, Link, NetworkGraph, Node
from engine.graph.sequential import sequential

__all__ = ["Block", "BlockError", "CycleError", "DuplicateNodeError", "GraphError",
           "InvalidNodeIdError", "Link", "NetworkGraph", "Node", "NodeNotFoundError",
           "ParameterError", "PortError", "UnknownLayerError", "sequential"]
