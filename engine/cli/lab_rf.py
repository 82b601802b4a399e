"""``lab rf``: the receptive field of a stack of layers (the editor's own analysis)."""
from __future__ import annotations

import json
import sys


def register_lab(lab_sub) -> None:
    p = lab_sub.add_parser(
        "rf", help="the receptive field of a stack of convolutions and poolings",
        description="How much of the input one output unit sees after each layer, from the "
        "editor's analysis. Layers: conv3, conv5s2 (stride 2), conv3d2 (dilation 2), pool2, "
        "pool3s2. Two 3x3 convolutions see 5x5, three see 7x7 (VGG).")
    p.add_argument("--layers", default="conv3,conv3,conv3", help="comma-separated layers")
    p.add_argument("--channels", type=int, default=64, help="channels C of every convolution")
    p.add_argument("--size", type=int, help="input height and width (default: fits the field)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=rf_cmd)


def rf_cmd(args) -> int:
    from engine.labs import receptive as lab
    layers = lab.parse_stack(args.layers)
    size = args.size or lab.auto_size(layers)
    result = lab.analyse_stack(layers, args.channels, size)
    if args.json:
        json.dump({"layers": [f.layer.token for f in result.fields],
                   "receptive_field": result.receptive_field,
                   "per_layer": [{"layer": f.layer.token, "receptive_field": f.receptive_field,
                                  "jump": f.jump, "weights": f.weights, "formula": f.formula}
                                 for f in result.fields],
                   "weights": result.weights, "single_kernel_weights":
                   result.single_kernel_weights}, sys.stdout, indent=2)
        print()
        return 0
    head = ("layer", "receptive field", "jump", "weights", "formula")
    rows = [(f.layer.token, f"{f.receptive_field}x{f.receptive_field}", str(f.jump),
             f"{f.weights:,}", f.formula) for f in result.fields]
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
    for row in [head] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  " + row[4])
    rf = result.receptive_field
    print(f"receptive field: {rf}x{rf} input pixels")
    print(f"weights of the stack (C = {result.channels}): {lab.weights_expression(result)}")
    print(f"one {rf}x{rf} convolution instead: {lab.single_expression(result)}")
    return 0
