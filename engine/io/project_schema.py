"""The declared schema of a project file and its documented limits.

Checked whole in the first load stage, before any live object is made. Beyond a limit a file
is refused in one sentence, fast: the limits are far above any network of the lecture or the
zoo (the largest, DenseNet-201 expanded, has under 1,000 nodes).
"""
from __future__ import annotations

from engine.graph.model import MAX_INPUTS
from engine.io.schema import Flag, ListOf, MapOf, Number, Record, Text, Value, Whole

LIMITS = {
    "file_bytes": 32 * 2**20,  # a project file larger than this is not read
    "nodes": 5000,
    "links": 20000,
    "blocks": 2000,
    "inputs": MAX_INPUTS,  # input ports of a layer that takes any number (Add, Concat)
    "id_length": 100,
    "name_length": 200,
    "text_length": 10000,
    "depth": 32,  # nesting of objects and lists in a section other subsystems keep
}

_ID = Text(LIMITS["id_length"])
_NAME = Text(LIMITS["name_length"])
_PARAM = Value(max_depth=4, max_text=LIMITS["name_length"], max_items=1000)

NODE = Record({"id": _ID, "type": _ID, "params": MapOf(_PARAM, max_items=100), "name": _NAME,
               "pos": ListOf(Number(1e7), max_items=2, min_items=2), "frozen": Flag()},
              optional=frozenset({"params", "name", "pos", "frozen"}))
LINK = Record({"src": _ID, "dst": _ID, "port": Whole(0, LIMITS["inputs"] - 1)})
BLOCK = Record({"id": _ID, "nodes": ListOf(_ID, LIMITS["nodes"]), "name": _NAME,
                "template": _ID, "params": MapOf(_PARAM, max_items=100)},
               optional=frozenset({"name", "template", "params"}))
NETWORK = Record({"name": _NAME, "nodes": ListOf(NODE, LIMITS["nodes"]),
                  "links": ListOf(LINK, LIMITS["links"]),
                  "blocks": ListOf(BLOCK, LIMITS["blocks"])},
                 optional=frozenset({"name", "blocks"}))
PROJECT = Record({"format": Text(100), "version": Whole(1), "network": NETWORK},
                 rest=Value(max_depth=LIMITS["depth"], max_text=LIMITS["text_length"]))
