"""``lab pool``: max, average and stochastic pooling in the terminal."""
from __future__ import annotations

import json
import sys

import numpy as np

from engine.cli.lab_conv import print_matrix
from engine.labs.grids import fmt, parse_grid


def register_lab(lab_sub) -> None:
    p = lab_sub.add_parser(
        "pool", help="max, average and stochastic pooling window by window",
        description="Pool a grid with torch.nn.functional.max_pool2d / avg_pool2d or the "
        "project's StochasticPool2d, and show every window. Stochastic pooling shows each "
        "element's probability p_i = a_i / sum a_k, the evaluation value sum p_i a_i and, with "
        "--samples N, how often each element is drawn in training mode.")
    p.add_argument("--preset", default="basic", help="basic (default), stochastic, alexnet")
    p.add_argument("--input", metavar="GRID", help="the input grid, e.g. '1,2;3,4'")
    p.add_argument("--mode", choices=("max", "avg", "stochastic"),
                   help="the pooling (default: the preset's)")
    p.add_argument("--window", type=int, help="window height and width")
    p.add_argument("--stride", type=int, help="step between windows")
    p.add_argument("--samples", type=int, default=0, help="stochastic: draws in training mode")
    p.add_argument("--seed", type=int, help="make the draws repeatable")
    p.add_argument("--explain", action="store_true", help="write out every window")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=pool_cmd)


def setup_from_args(args):
    from engine.labs import pool as lab
    setup = lab.preset(args.preset)
    changes = {}
    if args.input:
        grid = parse_grid(args.input, "input")
        changes["image"] = grid[0]
    for name, attr in (("mode", "mode"), ("window", "kernel"), ("stride", "stride")):
        if getattr(args, name) is not None:
            changes[attr] = getattr(args, name)
    return setup.with_(**changes)


def pool_cmd(args) -> int:
    from engine.labs import pool as lab
    setup = setup_from_args(args)
    result = lab.pool(setup)
    samples = lab.draw(setup, args.samples, args.seed) if args.samples else None
    if args.json:
        json.dump(to_json(result, samples), sys.stdout, indent=2)
        print()
        return 0
    h, w = setup.image.shape
    source = {"max": "torch.nn.functional.max_pool2d", "avg": "torch.nn.functional.avg_pool2d",
              "stochastic": "StochasticPool2d, evaluation mode"}[setup.mode]
    print(f"{args.preset}: {setup.mode} pooling of {h}x{w}, window {setup.kernel}x{setup.kernel}, "
          f"stride {setup.stride}")
    print(f"output ({source}):")
    print_matrix(result.output)
    if args.explain or setup.mode == "stochastic":
        for window in result.windows:
            print(f"  y[{window.row},{window.col}] = {window.expression(setup.mode)}")
            if setup.mode == "stochastic":
                print(f"    p_i = {window.probability_expression()}")
                if samples is not None:
                    counts = lab.draw_counts(window, samples[:, window.row, window.col])
                    freq = ", ".join(fmt(round(v, 3)) for v in (counts / len(samples)).ravel())
                    print(f"    drawn in {len(samples)} training-mode samples: {freq}")
    return 0


def to_json(result, samples) -> dict:
    setup = result.setup
    cells = []
    for window in result.windows:
        cell = {"row": window.row, "col": window.col, "value": window.output,
                "lecture": window.expression(setup.mode)}
        if setup.mode == "stochastic":
            cell["p"] = window.probabilities.tolist()
            cell["expectation"] = window.expectation
            if samples is not None:
                from engine.labs.pool import draw_counts
                counts = draw_counts(window, samples[:, window.row, window.col])
                cell["frequencies"] = (counts / len(samples)).tolist()
        cells.append(cell)
    return {"input": np.asarray(setup.image).tolist(), "mode": setup.mode,
            "window": setup.kernel, "stride": setup.stride, "output": result.output.tolist(),
            "cells": cells}
