"""Project files: versioned JSON, loaded in two stages (records, then live objects), written
atomically (temp file + rename), sorted and indented so they diff well. Nothing is ever executed
from a file.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from engine import errors
from engine.graph_errors import GraphError
from engine.graph.model import NetworkGraph, is_reserved_id, unreserved_id
from engine.io.atomic import write_bytes_atomically
from engine.io.project_errors import ProjectFileError
from engine.io.project_format import FORMAT, SUFFIX, VERSION  # noqa: F401 (re-exported)
from engine.io.project_schema import LIMITS, PROJECT
from engine.io.schema import SchemaViolation, check


def _v1_to_v2(doc: dict) -> dict:
    """Version 2 lets a node say ``"frozen": true`` (transfer learning). A version-1 file has
    no frozen layers, so its records carry over as they are."""
    return doc


# said when a file's layer ids were PyTorch module attributes and were renamed on loading
errors.define({"reserved_ids_renamed": (
    "{file}: layer ids that every PyTorch module uses for itself were renamed so that the "
    "network can be built ({renamed}). Save the network to keep the new ids.")})


# version n -> function turning a version-n document into a version-(n+1) document
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


@dataclass
class Project:
    graph: NetworkGraph
    # other top-level JSON sections of the file, kept as read so that saving loses nothing
    sections: dict[str, Any] = field(default_factory=dict)
    # layer ids renamed while loading (old -> new): ids that are nn.Module attributes (``eval``,
    # ``training`` ...) cannot name a layer of a built module; renaming keeps the user's work
    renamed: dict[str, str] = field(default_factory=dict)

    def notice(self, file: str = "") -> tuple[str, dict] | None:
        """What loading changed, as ``(code, data)`` of a template (``reserved_ids_renamed``),
        for the window (translated) and the CLI (``errors.message``) to say; None when the
        file was taken as it was."""
        if not self.renamed:
            return None
        return "reserved_ids_renamed", {
            "file": file or "The file", "count": len(self.renamed),
            "renamed": [f"{old} -> {new}" for old, new in self.renamed.items()]}

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "network": self.graph.to_dict(),
                **{k: v for k, v in sorted(self.sections.items())}}


def dumps(project: Project) -> str:
    return json.dumps(project.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def save_project(project: Project | NetworkGraph, path: str | os.PathLike) -> Path:
    """Write atomically (a crash mid-save leaves the previous file intact), through symbolic
    links and keeping the file's mode; text that cannot be written as UTF-8 is refused."""
    if isinstance(project, NetworkGraph):
        project = Project(project)
    path = Path(path)
    text = dumps(project)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        where, bad = _first_unencodable(project.to_dict())
        raise ProjectFileError("unencodable_text", path=path, field=where,
                               text=bad.encode("utf-8", "backslashreplace").decode()) from None
    try:
        write_bytes_atomically(path, data)
    except OSError as exc:
        raise ProjectFileError("write_failed", path=path,
                               reason=exc.strerror or str(exc)) from None
    return path


def _first_unencodable(value, where: str = "") -> tuple[str, str]:
    """The field and text of the first string UTF-8 cannot hold (a lone surrogate)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where, value[:60]
    items = (value.items() if isinstance(value, dict)
             else enumerate(value) if isinstance(value, (list, tuple)) else ())
    for key, item in items:
        inner = f"{where}[{key}]" if isinstance(key, int) else (f"{where}.{key}" if where
                                                                 else str(key))
        found = _first_unencodable(key, inner) if isinstance(key, str) else ("", "")
        if not found[0]:
            found = _first_unencodable(item, inner)
        if found[0]:
            return found
    return "", ""


def load_project(path: str | os.PathLike) -> Project:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > LIMITS["file_bytes"] and path.is_file():
            raise ProjectFileError("too_large", path=path, size_mb=round(size / 2**20),
                                   limit_mb=LIMITS["file_bytes"] // 2**20)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError("not_found", path=path) from None
    except IsADirectoryError:
        raise ProjectFileError("not_a_file", path=path) from None
    except OSError as exc:
        raise ProjectFileError("unreadable", path=path, reason=exc.strerror or str(exc)) from None
    return loads(raw, path)


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON can store")


def _parse(raw: bytes | str, path) -> Any:
    if len(raw) > LIMITS["file_bytes"]:
        raise ProjectFileError("too_large", path=path, size_mb=round(len(raw) / 2**20),
                               limit_mb=LIMITS["file_bytes"] // 2**20)
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise ProjectFileError("not_json", path=path) from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError:
        raise ProjectFileError("not_json", path=path) from None
    except RecursionError:
        raise ProjectFileError("too_deep", path=path, limit=LIMITS["depth"]) from None
    except ValueError as exc:  # NaN/Infinity, or an integer of more than 4,300 digits
        detail = "a number of thousands of digits" if "digit" in str(exc) else str(exc)
        raise ProjectFileError("bad_number", path=path, detail=detail) from None


def loads(raw: bytes | str, path: str | os.PathLike | None = None) -> Project:
    records = _records(_parse(raw, path), path)
    renamed = _rename_reserved_ids(records["network"])
    return Project(_graph_from_records(records["network"], path),
                   {k: v for k, v in records.items()
                    if k not in ("format", "version", "network")}, renamed)


# ------------------------------------------------------------------ stage 1: records
def _records(doc: Any, path) -> dict:
    """The document checked whole against the declared schema (engine.io.project_schema)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectFileError("wrong_format", path=path)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError("bad_version", path=path)
    if version > VERSION:
        raise ProjectFileError("future_version", path=path, version=version,
                               supported=VERSION)
    while version < VERSION:
        doc = MIGRATIONS[version](dict(doc))
        version += 1
        doc["version"] = version
    try:
        check(PROJECT, doc)
    except SchemaViolation as bad:
        raise ProjectFileError(bad.rule, path=path, field=bad.field, **bad.data) from None
    except RecursionError:
        raise ProjectFileError("too_deep", path=path, limit=LIMITS["depth"]) from None
    return doc


def _rename_reserved_ids(net: dict) -> dict[str, str]:
    """Rename (in the records) every node id that is an attribute of PyTorch's modules, with
    the links and blocks that name it; older versions accepted such ids. Returns old -> new."""
    nodes = net.get("nodes", [])
    taken = {rec["id"] for rec in nodes} | {rec["id"] for rec in net.get("blocks", [])}
    renamed: dict[str, str] = {}
    for rec in nodes:
        if is_reserved_id(rec["id"]) and rec["id"] not in renamed:
            renamed[rec["id"]] = new = unreserved_id(rec["id"], taken)
            taken.add(new)
    if renamed:
        for rec in nodes:
            rec["id"] = renamed.get(rec["id"], rec["id"])
        for rec in net.get("links", []):
            rec["src"] = renamed.get(rec["src"], rec["src"])
            rec["dst"] = renamed.get(rec["dst"], rec["dst"])
        for rec in net.get("blocks", []):
            rec["nodes"] = [renamed.get(n, n) for n in rec["nodes"]]
    return renamed


# ------------------------------------------------------------------ stage 2: live objects
def _graph_from_records(net: dict, path) -> NetworkGraph:
    """Live objects from records the schema has accepted; the graph's own rules (known layer
    types, parameter ranges, ports within a layer's inputs) are checked as it is built."""
    g = NetworkGraph(net.get("name", ""))
    try:
        for rec in net["nodes"]:
            g.add_node(rec["type"], rec.get("params", {}), node_id=rec["id"],
                       name=rec.get("name", ""), pos=tuple(rec.get("pos", (0, 0))),
                       frozen=rec.get("frozen", False))
        for rec in net["links"]:
            g.add_link_unchecked(rec["src"], rec["dst"], rec["port"])
        for rec in net.get("blocks", []):
            g.group(rec["nodes"], rec.get("name", ""), block_id=rec["id"],
                    template=rec.get("template", ""), params=rec.get("params", {}))
    except GraphError as exc:
        if exc.code == "unknown_layer_type":
            raise ProjectFileError("unknown_layer", path=path, **exc.data) from None
        raise ProjectFileError("invalid_network", path=path, detail=str(exc).rstrip("."),
                               **{k: v for k, v in exc.data.items() if k != "detail"}) from None
    g.revision = 0
    return g


def graph_from_dict(net: dict) -> NetworkGraph:
    """Rebuild a graph from ``NetworkGraph.to_dict()`` output (clipboard, undo snapshots)."""
    records = _records({"format": FORMAT, "version": VERSION, "network": net}, None)
    _rename_reserved_ids(records["network"])
    return _graph_from_records(records["network"], None)
