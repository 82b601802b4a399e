"""summary, validate, new: the network commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from engine import errors
from engine.analysis import analyze
from engine.io import ProjectFileError, Project, load_project, save_project
from engine.io.sources import load_source, parse_shape
from engine.problems import fmt_shape


def register(sub) -> None:
    p = sub.add_parser("summary", help="print every layer's shape, parameters and MACs",
                       description="Print the analysis table of a network, like the AlexNet "
                       "table of the lecture notes. SOURCE is a project file, zoo:NAME or "
                       "example:NAME.")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--input", metavar="CxHxW", help="override the input shape, e.g. 3x224x224")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=summary)

    p = sub.add_parser("validate", help="check a project file (exit 0 valid, 1 errors, "
                       "2 unreadable)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=validate)

    p = sub.add_parser("new", help="write a project file from a source")
    p.add_argument("--from", dest="source", metavar="SOURCE", default="example:tiny_cnn",
                   help="project file, zoo:NAME or example:NAME (default example:tiny_cnn)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--input", metavar="CxHxW", help="override the input shape")
    p.set_defaults(func=new)


def _graph(args):
    return load_source(args.source, parse_shape(args.input) if args.input else None)


def summary(args) -> int:
    graph = _graph(args)
    result = analyze(graph)
    if args.json:
        json.dump(result.to_json(), sys.stdout, indent=2)
        print()
    else:
        print(format_table(graph, result))
    return 0


def validate(args) -> int:
    try:
        project = load_project(args.file)
    except ProjectFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    graph = project.graph
    notice = project.notice(Path(args.file).name)
    if notice is not None:
        print(f"note: {errors.message(*notice)}", file=sys.stderr)
    result = analyze(graph)
    for p in result.warnings:
        print(f"warning: {p.node_id}: {p.message}")
    if result.errors:
        for p in result.errors:
            print(f"error: {p.node_id}: {p.message}")
        return 1
    print(f"{args.file}: valid ({len(graph.nodes)} layers, {result.totals.params:,} parameters)")
    return 0


def new(args) -> int:
    graph = _graph(args)
    path = save_project(Project(graph), args.out)
    print(f"wrote {path}")
    return 0


def _kernel_text(node) -> str:
    p = node.params
    if "kernel_size" in p:
        k = p["kernel_size"]
        return f"{k}x{k}/{p.get('stride', 1)}/{p.get('padding', 0)}"
    return ""


def format_table(graph, result) -> str:
    head = ("layer", "type", "k/s/p", "output (CxHxW)", "values", "weights", "biases",
            "params", "MACs", "RF")
    rows = []
    for r in result.nodes.values():
        node = graph.nodes[r.node_id]
        shape = fmt_shape(r.output_shape) if r.ok else ("error" if r.error else "?")
        rows.append((r.name, r.type, _kernel_text(node), shape,
                     f"{r.activation_elements:,}" if r.ok else "", f"{r.weights:,}",
                     f"{r.biases:,}", f"{r.params:,}", f"{r.macs:,}", r.rf_text()))
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    right = {4, 5, 6, 7, 8, 9}

    def line(cells):
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    t = result.totals
    out = [graph.name or "network", line(head), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out += ["",
            f"parameters: {t.params:,} = weights {t.weights:,} + biases {t.biases:,} "
            f"({t.param_bytes:,} bytes as float32)",
            f"MACs (multiply-accumulates): {t.macs:,}   FLOPs = 2 x MACs: {t.flops:,}",
            f"activations: {t.activation_elements:,} values ({t.activation_bytes:,} bytes per "
            f"image; input, views and in-place ReLU/dropout not counted)"]
    for p in result.warnings:
        out.append(f"warning: {p.node_id}: {p.message}")
    for p in result.errors:
        out.append(f"error: {p.node_id}: {p.message}")
    return "\n".join(out)
