"""The zoo's figures (parameters, MACs, layers at each model's default input), computed once.

Building and analysing a model only to print its parameter count on a card costs 10-75 ms a
model (the start page shows six: 0.2 s before its first paint; the zoo dialog and ``zoo list``
all thirty: 1.5 s). The figures only change when a model's definition changes, so they are
kept in ``figures_table.py``, written by this module from the engine's own analysis:

    python -m engine.zoo.figures      # after changing or adding a zoo model

``tests/engine/test_zoo_figures.py`` recomputes every model and fails, naming that command,
when the table and the analysis disagree; a model missing from the table is computed live.
"""
from __future__ import annotations

import sys
from pathlib import Path

TABLE = Path(__file__).with_name("figures_table.py")


def compute(name: str) -> tuple[int, int, int]:
    """(params, MACs, primitive layers) of zoo model ``name`` from a fresh build."""
    from engine.analysis import analyze
    from engine.zoo import create
    graph = create(name)
    totals = analyze(graph).totals
    layers = sum(1 for n in graph.nodes.values() if n.type not in ("Input", "Output"))
    return totals.params, totals.macs, layers


def stored(name: str) -> tuple[int, int, int] | None:
    from engine.zoo.figures_table import FIGURES
    return FIGURES.get(name)


def write_table() -> Path:
    from engine.zoo import names
    rows = "".join(f"    {name!r}: {compute(name)!r},\n" for name in names())
    TABLE.write_text('"""Written by ``python -m engine.zoo.figures``: (params, MACs, layers) '
                     'of every zoo\nmodel at its default input. Do not edit by hand."""\n'
                     "FIGURES = {\n" + rows + "}\n", encoding="utf-8")
    return TABLE


if __name__ == "__main__":
    print(f"wrote {write_table()}", file=sys.stderr)
