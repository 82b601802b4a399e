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
    code = "unknown_layer_type"
    templates = {"unknown_layer_type": "Unknown layer type {layer!r}."}


class DuplicateNodeError(GraphError):
    code = "duplicate_node"
    templates = {"duplicate_node": "A node named '{node}' already exists."}


class NodeNotFoundError(GraphError):
    code = "node_not_found"
    templates = {"node_not_found": "There is no node '{node}'."}


class InvalidNodeIdError(GraphError):
    code = "invalid_node_id"
    templates = {"invalid_node_id": (
        "{node!r} is not a valid node id; use letters, digits and underscores, starting with "
        "a letter."),
        "reserved_node_id": "'{node}' cannot be a node id: every PyTorch module already has "
                            "an attribute of that name (model.{node}), so the network could "
                            "not be built; use another id, such as '{suggestion}'.",
    }


class PortError(GraphError):
    code = "port_error"
    templates = {
        "port_error": "That input is already connected or the layer takes no more inputs.",
        "no_such_port": "{dst} has no input port {port}: it takes {inputs} "
                        "{inputs:input|inputs}, numbered from 0.",
        "port_taken_twice": "Input {port} of {dst} is connected twice.",
        "link_from_output": "{src_name} is an Output; nothing can follow it.",
        "link_into_input": "{dst_name} is an Input; it cannot receive a link.",
        "already_linked": "{src_name} is already connected to {dst_name}.",
        "inputs_full": "{dst_name} takes {inputs} {inputs:input|inputs} and already has "
                       "{inputs:it|them}; disconnect one first.",
        "no_input_port": "{dst_name} has no input port {port}.",
        "port_taken": "Input {port} of {dst_name} is already connected; disconnect it first.",
        "not_linked": "{src} is not connected to {dst}.",
        "not_insertable": "{layer_title} takes {min_inputs}+ inputs and cannot be inserted on a "
                          "link.",
    }


class CycleError(GraphError):
    code = "cycle"
    templates = {
        "cycle": "Linking {src_name} to {dst_name} would make a cycle; a network must flow "
                 "one way.",
        "self_link": "{src_name} cannot feed itself.",
    }


class ParameterError(GraphError):
    code = "bad_parameter"
    templates = {
        "bad_parameter": "This parameter value is not allowed.",
        "param_not_a_choice": "{where} must be one of {choices}, not {value!r}.",
        "param_not_int": "{where} must be a whole number, not {value!r}.",
        "param_not_number": "{where} must be a number, not {value!r}.",
        "param_not_bool": "{where} must be true or false, not {value!r}.",
        "param_not_padding": "{where} must be a whole number or \"same\", not {value!r}.",
        "param_too_small": "{where} must be at least {minimum:g}, not {value}.",
        "param_too_large": "{where} must be at most {maximum:g}, not {value}.",
        "no_such_param": "{layer} has no parameter {param!r}.",
    }


class BlockError(GraphError):
    code = "block_error"
    templates = {
        "block_error": "This group or block cannot be changed that way.",
        "empty_group": "Select at least one node to group.",
        "block_not_found": "There is no block '{block}'.",
        "already_grouped": "{node} is already in block {block_name}; ungroup it first.",
        "block_needs_image": "A {block} block needs an image-shaped input to know its "
                             "channels; connect it after a convolution and fix the errors above "
                             "it.",
        "dpn_identity_channels": "A DPN block with an identity shortcut needs more than "
                                 "{residual} input channels (its residual part) but gets "
                                 "{channels}; use a projection shortcut.",
    }
