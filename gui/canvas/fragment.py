"""Copy and paste of part of a network, as plain dicts (no Qt): the clipboard carries the
``NetworkGraph.to_dict`` of the copied nodes, so pasting works between windows and files.

``extract`` takes the selected nodes, the links between them and the blocks wholly inside;
``prepare_paste`` gives every pasted node and block a fresh id (``conv1`` -> ``conv3``) and
moves the fragment to where it should land, refusing unknown layers or bad data up front. A
copy keeps what the original was set to, its frozen flag (transfer learning) included.
"""
from __future__ import annotations

import json
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine import layers
from engine.graph_errors import GraphError

FRAGMENT_MIME = "application/x-convstudio-fragment"
FORMAT = "convstudio-fragment"


class FragmentError(GraphError):
    """The clipboard holds something that is not a ConvStudio fragment."""

    code = "bad_fragment"
    templates = {"bad_fragment": QT_TRANSLATE_NOOP(
        "Errors", "The clipboard does not hold ConvStudio layers.")}


def extract(graph, node_ids) -> dict:
    ids = [n for n in graph.nodes if n in set(node_ids)]
    inside = set(ids)
    data = graph.to_dict()
    return {
        "format": FORMAT,
        "nodes": [n for n in data["nodes"] if n["id"] in inside],
        "links": [lk for lk in data["links"] if lk["src"] in inside and lk["dst"] in inside],
        "blocks": [b for b in data["blocks"] if set(b["nodes"]) <= inside],
    }


def to_json(fragment: dict) -> bytes:
    return json.dumps(fragment).encode("utf-8")


def from_json(raw: bytes) -> dict:
    try:
        fragment = json.loads(bytes(raw).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise FragmentError("bad_fragment") from None
    if not isinstance(fragment, dict) or not isinstance(fragment.get("nodes"), list):
        raise FragmentError("bad_fragment")
    fragment.setdefault("links", [])
    fragment.setdefault("blocks", [])
    return fragment


def bounds(fragment: dict) -> tuple[float, float, float, float]:
    xs = [n["pos"][0] for n in fragment["nodes"]] or [0.0]
    ys = [n["pos"][1] for n in fragment["nodes"]] or [0.0]
    return min(xs), min(ys), max(xs), max(ys)


PASTE_STEP = (40.0, 40.0)  # each paste that would cover a layer moves this far down-right
NEAR = 20.0  # a pasted layer closer than this to an existing one would hide it


def free_top_left(graph, fragment: dict, top_left, step=PASTE_STEP, tries: int = 60):
    """``top_left``, moved by ``step`` until no pasted layer would lie on top of an existing
    one: a paste never hides its original, and repeated pastes keep offsetting."""
    x0, y0, _, _ = bounds(fragment)
    offsets = [(float(n["pos"][0]) - x0, float(n["pos"][1]) - y0) for n in fragment["nodes"]]
    taken = [tuple(n.pos) for n in graph.nodes.values()]
    x, y = float(top_left[0]), float(top_left[1])
    for _ in range(tries):
        if not any(abs(x + dx - tx) < NEAR and abs(y + dy - ty) < NEAR
                   for dx, dy in offsets for tx, ty in taken):
            break
        x, y = x + step[0], y + step[1]
    return x, y


def _fresh(old: str, taken: set) -> str:
    prefix = re.sub(r"\d+$", "", old) or "node"
    i = 1
    while f"{prefix}{i}" in taken:
        i += 1
    return f"{prefix}{i}"


def prepare_paste(graph, fragment: dict, top_left) -> dict:
    """A copy of ``fragment`` with fresh ids, its top-left node at ``top_left``; raises a
    GraphError (unknown layer, bad parameter, broken fragment) before anything changes."""
    taken = set(graph.nodes) | set(graph.blocks)
    rename: dict[str, str] = {}
    x0, y0, _, _ = bounds(fragment)
    nodes = []
    try:
        for n in fragment["nodes"]:
            params = layers.get(n["type"]).normalise(n.get("params"))
            rename[n["id"]] = new = _fresh(str(n["id"]), taken)
            taken.add(new)
            pos = (float(n["pos"][0]) - x0 + top_left[0], float(n["pos"][1]) - y0 + top_left[1])
            nodes.append({"id": new, "type": n["type"], "params": params,
                          "name": n.get("name", ""), "pos": [pos[0], pos[1]],
                          "frozen": n.get("frozen", False) is True})
        links = [{"src": rename[lk["src"]], "dst": rename[lk["dst"]], "port": int(lk["port"])}
                 for lk in fragment["links"] if lk["src"] in rename and lk["dst"] in rename]
        blocks = []
        for b in fragment["blocks"]:
            if not all(m in rename for m in b["nodes"]):
                continue
            new = _fresh(str(b["id"]), taken)
            taken.add(new)
            name = new if b.get("name", b["id"]) == b["id"] else b["name"]
            blocks.append({"id": new, "name": name, "nodes": [rename[m] for m in b["nodes"]],
                           "template": b.get("template", ""), "params": b.get("params", {})})
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        if isinstance(exc, GraphError):
            raise
        raise FragmentError("bad_fragment") from None
    return {"format": FORMAT, "nodes": nodes, "links": links, "blocks": blocks}
