"""Progress of preparing a data set (downloading, extracting, generating, loading)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from engine.records import EventRecord


@dataclass(frozen=True, eq=False)
class DataProgress(EventRecord):
    """Preparing a data set: downloading or generating. ``total`` is 0 when unknown."""

    kind: ClassVar[str] = "data_progress"
    dataset: str
    stage: str  # "download", "extract", "generate", "load"
    done: int
    total: int = 0
