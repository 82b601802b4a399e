"""Project files: versioned JSON, loaded in two stages (records, then live objects), written
atomically (temp file + rename), sorted and indented so they diff well. Nothing is ever executed
from a file.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from engine.errors import UserError
from engine.graph_errors import GraphError
from engine.graph.model import NetworkGraph

FORMAT = "convstudio.project"
VERSION = 1
SUFFIX = ".convstudio"

# version n -> function turning a version-n document into a version-(n+1) document
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class ProjectFileError(UserError, ValueError):
    """A project file cannot be read or written: ``ProjectFileError(code, path=..., **data)``;
    ``path`` is the file, ``data["field"]`` names the faulty field where there is one."""

    code = "project_file_error"
    templates = {"project_file_error": "{file} cannot be opened as a ConvStudio project."}

    def __init__(self, code: str | None = None, /, *legacy,
                 path: str | os.PathLike | None = None, **data):
        if len(legacy) > 1:  # ProjectFileError(code, message, path)
            path, legacy = legacy[1], legacy[:1]
        self.path = str(path) if path is not None else None
        if self.path is not None:
            data.setdefault("file", Path(self.path).name or self.path)
        super().__init__(code, *legacy, **data)


@dataclass
class Project:
    graph: NetworkGraph
    # other subsystems keep their JSON-safe sections here ("training", "runs", "checkpoints")
    sections: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "network": self.graph.to_dict(),
                **{k: v for k, v in sorted(self.sections.items())}}


def dumps(project: Project) -> str:
    return json.dumps(project.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def save_project(project: Project | NetworkGraph, path: str | os.PathLike) -> Path:
    """Write atomically: a crash mid-save leaves the previous file intact."""
    if isinstance(project, NetworkGraph):
        project = Project(project)
    path = Path(path)
    text = dumps(project)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise ProjectFileError("write_failed", f"Cannot write {path}: {exc.strerror or exc}; "
                               f"choose another folder or free some disk space.", path) from None
    return path


def load_project(path: str | os.PathLike) -> Project:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError("not_found", f"{path} does not exist.", path) from None
    except IsADirectoryError:
        raise ProjectFileError("not_a_file", f"{path} is a folder, not a project file.",
                               path) from None
    except OSError as exc:
        raise ProjectFileError("unreadable", f"Cannot read {path}: {exc.strerror or exc}.",
                               path) from None
    return loads(raw, path)


def loads(raw: bytes | str, path: str | os.PathLike | None = None) -> Project:
    name = str(path) if path is not None else "The file"
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        doc = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProjectFileError("not_json", f"{name} is not a ConvStudio project (it is not "
                               f"JSON text); open a .convstudio file.", path) from None
    records = _records(doc, name, path)
    return Project(_graph_from_records(records["network"], name, path),
                   {k: v for k, v in records.items()
                    if k not in ("format", "version", "network")})


# ------------------------------------------------------------------ stage 1: records
def _records(doc: Any, name: str, path) -> dict:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectFileError("wrong_format", f"{name} is JSON but not a ConvStudio project "
                               f"(no \"format\": \"{FORMAT}\").", path)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError("bad_version", f"{name} has no valid version number.", path)
    if version > VERSION:
        raise ProjectFileError("future_version", f"{name} was saved by a newer ConvStudio "
                               f"(file version {version}, this one reads up to {VERSION}); "
                               f"update ConvStudio to open it.", path, version=version)
    while version < VERSION:
        doc = MIGRATIONS[version](dict(doc))
        version += 1
        doc["version"] = version
    net = _field(doc, "network", dict, name, path)
    for key, kind in (("nodes", list), ("links", list)):
        _field(net, key, kind, name, path, where="network")
    return doc


def _field(obj: dict, key: str, kind, name: str, path, where: str = "") -> Any:
    label = f"{where}.{key}" if where else key
    if key not in obj:
        raise ProjectFileError("missing_field", f"{name} is damaged: the field \"{label}\" is "
                               f"missing.", path, field=label)
    value = obj[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        expected = " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)
        raise ProjectFileError("wrong_type", f"{name} is damaged: \"{label}\" should be "
                               f"{expected}.", path, field=label)
    return value


_TYPE_NAMES = {dict: "an object", list: "a list", str: "text", int: "a whole number",
               float: "a number"}


# ------------------------------------------------------------------ stage 2: live objects
def _graph_from_records(net: dict, name: str, path) -> NetworkGraph:
    g = NetworkGraph(net.get("name", "") if isinstance(net.get("name", ""), str) else "")
    try:
        for i, rec in enumerate(net["nodes"]):
            where = f"network.nodes[{i}]"
            if not isinstance(rec, dict):
                raise ProjectFileError("wrong_type", f"{name} is damaged: \"{where}\" should "
                                       f"be an object.", path, field=where)
            node_id = _field(rec, "id", str, name, path, where)
            layer_type = _field(rec, "type", str, name, path, where)
            params = _field(rec, "params", dict, name, path, where) if "params" in rec else {}
            label = rec.get("name", "")
            pos = rec.get("pos", [0, 0])
            if (not isinstance(label, str) or not isinstance(pos, list) or len(pos) != 2
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                               for v in pos)):
                raise ProjectFileError("wrong_type", f"{name} is damaged: the name or position "
                                       f"of node {node_id!r} is invalid.", path, node=node_id)
            g.add_node(layer_type, params, node_id=node_id, name=label, pos=pos)
        for i, rec in enumerate(net["links"]):
            where = f"network.links[{i}]"
            if not isinstance(rec, dict):
                raise ProjectFileError("wrong_type", f"{name} is damaged: \"{where}\" should "
                                       f"be an object.", path, field=where)
            g.add_link_unchecked(_field(rec, "src", str, name, path, where),
                                 _field(rec, "dst", str, name, path, where),
                                 _field(rec, "port", int, name, path, where))
        for i, rec in enumerate(net.get("blocks", [])):
            where = f"network.blocks[{i}]"
            if not isinstance(rec, dict):
                raise ProjectFileError("wrong_type", f"{name} is damaged: \"{where}\" should "
                                       f"be an object.", path, field=where)
            g.group(_field(rec, "nodes", list, name, path, where), rec.get("name", ""),
                    block_id=_field(rec, "id", str, name, path, where),
                    template=rec.get("template", ""), params=rec.get("params", {}))
    except GraphError as exc:
        code = "unknown_layer" if exc.code == "unknown_layer" else "invalid_network"
        detail = str(exc).rstrip(".")
        hint = " (it may need a newer ConvStudio)" if code == "unknown_layer" else ""
        raise ProjectFileError(code, f"{name} cannot be opened: {detail}{hint}.", path,
                               **exc.data) from None
    g.revision = 0
    return g


def graph_from_dict(net: dict) -> NetworkGraph:
    """Rebuild a graph from ``NetworkGraph.to_dict()`` output (clipboard, undo snapshots)."""
    return _graph_from_records(net, "The network data", None)
