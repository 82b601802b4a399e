"""What a recovery file holds, described for the person choosing which one to recover.

A window autosaves a modified network to a recovery file (a project file with a ``recovery``
section: the original path and the time). After a crash every such file is offered with its
network's name, the time it was saved and a short summary, so nothing is recovered or deleted
by guess.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from engine.io.project import ProjectFileError, load_project


@dataclass(frozen=True)
class RecoveryInfo:
    path: Path
    name: str  # the network's name, or the original file's name
    original: str  # the file the work belonged to ("" for a network never saved)
    saved_at: str  # "2026-12-01 22:40"
    layers: int  # 0 when the file cannot be read
    links: int
    readable: bool
    problem: str = ""  # why it cannot be read (English), "" when it can


def describe_recovery(path: str | os.PathLike) -> RecoveryInfo:
    """Name, time and size of the network in a recovery file; never raises for a bad file."""
    path = Path(path)
    try:
        modified = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    except OSError:
        modified = ""
    try:
        project = load_project(path)
    except ProjectFileError as exc:
        return RecoveryInfo(path, path.name, "", modified, 0, 0, False, str(exc))
    info = project.sections.get("recovery")
    info = info if isinstance(info, dict) else {}
    original = info.get("path") if isinstance(info.get("path"), str) else ""
    saved_at = info.get("saved_at") if isinstance(info.get("saved_at"), str) else modified
    graph = project.graph
    name = graph.name or (Path(original).stem if original else "")
    return RecoveryInfo(path, name, original, saved_at or modified, len(graph.nodes),
                        len(graph.links), True)
