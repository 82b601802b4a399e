"""Partial weight transplant: after a trained network was edited (a layer added, a width
changed), keep every weight whose name and shape still match, leave the rest as freshly
initialised, and say per layer what happened."""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.errors import plural


@dataclass
class LayerTransplant:
    layer: str
    kept: list = field(default_factory=list)           # tensor names copied over
    reinitialised: list = field(default_factory=list)  # in the network, not usable from the file
    dropped: list = field(default_factory=list)        # in the file, no longer in the network

    @property
    def status(self) -> str:
        if self.dropped and not (self.kept or self.reinitialised):
            return "dropped"
        if self.reinitialised:
            return "reinitialised" if not self.kept else "partly kept"
        return "kept"


@dataclass
class TransplantReport:
    layers: list

    def count(self, what: str) -> int:
        return sum(len(getattr(row, what)) for row in self.layers)

    @property
    def complete(self) -> bool:
        return all(row.status == "kept" for row in self.layers)

    def summary(self) -> str:
        by = {s: [r.layer for r in self.layers if r.status == s]
              for s in ("kept", "partly kept", "reinitialised", "dropped")}
        kept = len(by["kept"])
        parts = [f"{kept} {plural(kept, 'layer|layers')} kept"]
        for status in ("partly kept", "reinitialised", "dropped"):
            if by[status]:
                parts.append(f"{status}: {', '.join(by[status])}")
        return "Weights: " + "; ".join(parts) + "."

    def to_json(self) -> list:
        return [{"layer": r.layer, "status": r.status, "kept": r.kept,
                 "reinitialised": r.reinitialised, "dropped": r.dropped} for r in self.layers]


def _layer(key: str) -> str:
    return key.split(".", 1)[0]


def plan(target_shapes: dict, state: dict) -> TransplantReport:
    """What ``transplant`` would do: ``target_shapes`` maps the network's tensor names to shapes."""
    rows: dict[str, LayerTransplant] = {}
    for key, shape in target_shapes.items():
        row = rows.setdefault(_layer(key), LayerTransplant(_layer(key)))
        source = state.get(key)
        if source is not None and tuple(source.shape) == tuple(shape):
            row.kept.append(key)
        else:
            row.reinitialised.append(key)
    for key in state:
        if key not in target_shapes:
            rows.setdefault(_layer(key), LayerTransplant(_layer(key))).dropped.append(key)
    return TransplantReport(list(rows.values()))


def transplant(module, state: dict) -> TransplantReport:
    """Copy the matching tensors of ``state`` into ``module`` in place; return the report."""
    import torch

    own = module.state_dict()
    report = plan({k: tuple(v.shape) for k, v in own.items()}, state)
    kept = {k for row in report.layers for k in row.kept}
    with torch.no_grad():
        for key in kept:
            own[key].copy_(state[key].to(own[key].dtype))
    return report


def graph_shapes(graph) -> dict:
    """The tensor names and shapes of the module ``build_module(graph)`` would make (built on
    the meta device: no memory, no initialisation)."""
    import torch

    from engine.build import build_module

    with torch.device("meta"):
        module = build_module(graph)
    return {k: tuple(v.shape) for k, v in module.state_dict().items()}
