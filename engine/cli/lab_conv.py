"""``lab conv``: the convolution lab in the terminal (the seeds' worked examples by default)."""
from __future__ import annotations

import json
import sys

from engine.errors import plural
from engine.labs.errors import LabInputError
from engine.labs.grids import fmt, grid_text, parse_grid


def register_lab(lab_sub) -> None:
    p = lab_sub.add_parser(
        "conv", help="a 2-D convolution worked through window by window",
        description="Convolve a grid with a kernel with torch.nn.functional.conv2d and show the "
        "output, the output-size formula and (--explain) every cell's sum written out. Grids are "
        "rows separated by ';' and values by ',' (channels by '|'), e.g. "
        "--input '1,2,3;4,5,6;7,8,9'.")
    p.add_argument("--preset", default="seed004",
                   help="seed004 (default), seed000, seed003, colour, seed002, seed002_same")
    p.add_argument("--input", metavar="GRID", help="the input grid (replaces the preset's)")
    p.add_argument("--kernel", metavar="GRID", help="the kernel grid (replaces the preset's)")
    p.add_argument("--kernel-preset", metavar="NAME",
                   help="identity, sharpen, box_blur, sobel_x, sobel_y or outline")
    p.add_argument("--bias", type=float, help="the bias added to every output")
    p.add_argument("--stride", type=int, help="step between windows (S)")
    p.add_argument("--padding", help="zeros on each side (P), or 'same'")
    p.add_argument("--dilation", type=int, help="spacing between kernel taps (D)")
    p.add_argument("--explain", action="store_true", help="write out every output cell's sum")
    p.add_argument("--im2col", action="store_true", help="print the im2col matrices too")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=conv_cmd)


def setup_from_args(args):
    from engine.labs import conv_presets
    setup = conv_presets.preset(args.preset)
    changes = {}
    if args.input:
        changes["image"] = parse_grid(args.input, "input")
    if args.kernel:
        changes["kernel"] = parse_grid(args.kernel, "kernel")
    elif args.kernel_preset:
        channels = (changes.get("image") if "image" in changes else setup.image).shape[0]
        changes["kernel"] = conv_presets.kernel(args.kernel_preset, channels)
    if args.bias is not None:
        changes["bias"] = args.bias
    if args.stride is not None:
        changes["stride"] = args.stride
    if args.dilation is not None:
        changes["dilation"] = args.dilation
    if args.padding is not None:
        changes["padding"] = parse_padding(args.padding)
    return setup.with_(**changes)


def parse_padding(text: str):
    text = str(text).strip().lower()
    if text == "same":
        return "same"
    try:
        return int(text)
    except ValueError:
        raise LabInputError("bad_padding", text=text) from None


def conv_cmd(args) -> int:
    from engine.labs.conv import convolve
    result = convolve(setup_from_args(args))
    if args.json:
        json.dump(to_json(result), sys.stdout, indent=2)
        print()
        return 0
    s = result.setup
    c, h, w = s.image.shape
    k = s.kernel.shape[-1]
    print(f"{args.preset}: input {c}x{h}x{w}, kernel {c}x{k}x{k}, bias {fmt(s.bias)}, stride "
          f"{s.stride}, padding {s.padding}, dilation {s.dilation}")
    print(f"output height: {result.height.text()}")
    print(f"output width:  {result.width.text()}")
    print(f"padding that keeps the size (N = {h}): P = {result.height.same_text()}")
    rows, cols = result.dropped_image_rows, result.dropped_image_cols
    if rows or cols:
        print(f"warning: the window does not tile the input: (N + 2P - F) / S is not a whole "
              f"number, so PyTorch drops the last {rows} {plural(rows, 'row|rows')} and "
              f"{cols} {plural(cols, 'column|columns')} of the input.")
    print("output (torch.nn.functional.conv2d):")
    print_matrix(result.output)
    if args.explain:
        print("each output cell, as the lecture writes it (input * weight):")
        for window in result.windows:
            print_window(window, s.kernel)
    if args.im2col:
        print("im2col columns (one column per window):")
        print_matrix(result.im2col.columns)
        print("kernel as a row:")
        print_matrix(result.im2col.kernel_row[None])
        print("kernel row x columns (+ bias) = the output read row by row:")
        print_matrix(result.im2col.product[None])
    return 0


def print_matrix(matrix) -> None:
    cells = [[fmt(v) for v in row] for row in matrix]
    width = max(len(v) for row in cells for v in row)
    for row in cells:
        print("  " + " ".join(v.rjust(width) for v in row))


def print_window(window, kernel) -> None:
    where = f"y[{window.row},{window.col}]"
    channels = window.values.shape[0]
    if channels == 1 and not window.bias:
        print(f"  {where} = {window.channel_expression(0, kernel)}")
        return
    for ch in range(channels):
        label = f"channel {ch}" if channels > 1 else "products"
        print(f"  {where} {label}: {window.channel_expression(ch, kernel)}")
    print(f"  {where} = {window.total_expression()}" + (" (bias last)" if window.bias else ""))


def to_json(result) -> dict:
    s = result.setup
    return {"input": s.image.tolist(), "kernel": s.kernel.tolist(), "bias": s.bias,
            "stride": s.stride, "padding": s.padding, "dilation": s.dilation,
            "output": result.output.tolist(),
            "output_size": {"height": result.height.text(), "width": result.width.text()},
            "same_padding": result.height.same_text(),
            "dropped": {"rows": result.dropped_image_rows, "cols": result.dropped_image_cols},
            "cells": [{"row": w.row, "col": w.col, "value": w.output,
                       "lecture": [w.channel_expression(ch, s.kernel)
                                   for ch in range(s.image.shape[0])],
                       "total": w.total_expression()} for w in result.windows],
            "input_text": grid_text(s.image), "kernel_text": grid_text(s.kernel)}
