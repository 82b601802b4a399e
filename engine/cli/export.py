"""export: write a network as PyTorch source, weights, ONNX, TorchScript or torch.export.

    python main.py export my_net.convstudio --weights net.safetensors --format onnx \
        --out net.onnx
"""
from __future__ import annotations

from pathlib import Path

from engine.cli import CliError


def register(sub) -> None:
    from engine.io.export import FORMATS

    p = sub.add_parser("export", help="write a network as PyTorch source, weights, ONNX, "
                       "TorchScript or torch.export",
                       description="Export the network SOURCE (a project file, zoo:NAME or "
                       "example:NAME), with trained weights when given: py (a standalone "
                       "PyTorch file), safetensors, state_dict (.pt), onnx, torchscript or "
                       "export (torch.export, .pt2).")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--weights", metavar="FILE",
                   help="trained weights (.safetensors or a PyTorch state_dict); default: the "
                        "freshly initialised network")
    p.add_argument("--format", required=True, choices=tuple(FORMATS), metavar="FORMAT",
                   help=", ".join(FORMATS))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--input", metavar="CxHxW", help="override the input shape, e.g. 3x32x32")
    p.set_defaults(func=export)


def export(args) -> int:
    from engine.io.export import FORMATS, export_network, weights_metadata
    from engine.io.sources import load_source, parse_shape

    graph = load_source(args.source, parse_shape(args.input) if args.input else None)
    if args.out.endswith(("/", "\\")):
        raise CliError("out_is_folder", out=args.out,
                       example=f"{args.out}net{FORMATS[args.format][1]}")
    out = Path(args.out)
    if not out.suffix:  # "--out net" means net.onnx, net.py ...
        out = out.with_suffix(FORMATS[args.format][1])
    module = metadata = None
    if args.weights:
        from engine.build import build_module
        from engine.inspect.weights import load_weights
        module = build_module(graph)
        load_weights(module, args.weights)
        metadata = weights_metadata(args.weights)
    result = export_network(graph, args.format, out, module=module, metadata=metadata,
                            origin=args.source)
    print(f"wrote {FORMATS[args.format][0]}: {', '.join(str(f) for f in result.files)}")
    if args.format == "py":
        print(f"use it: model = {result.class_name}(); model.load_state_dict(...) with the "
              f"exported weights; model.eval()")
    return 0
