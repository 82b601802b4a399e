"""import: a torchvision model, a user's nn.Module or an exported program as a project file.

    python main.py import torchvision:resnet18 --pretrained --out resnet18.convstudio
    python main.py import my_net.py:MyNet --weights my_net.pt --input 1x28x28 --out net.convstudio
    python main.py import model.pt2 --out net.convstudio

Weights, when given, are written next to the project (``--weights-out``, default the project's
name with ``.safetensors``) under the new layer names, so ``cam``/``features``/``train`` use
them as they are; the project's "weights" section names a file beside it, so the window opens
the network with them as its starting weights (``engine.io.start_weights``).
"""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("import", help="turn a torchvision model, your nn.Module or a .pt2 "
                       "into an editable network",
                       description="Trace SOURCE with torch.fx and write it as a ConvStudio "
                       "project. SOURCE: torchvision:NAME, FILE.py:ClassName (runs that file's "
                       "code) or FILE.pt2 (torch.export).")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--out", required=True, metavar="FILE", help="the project file to write")
    p.add_argument("--weights", metavar="W", help="a .safetensors or state-dict .pt file for "
                   "the model (read with weights_only=True)")
    p.add_argument("--pretrained", action="store_true",
                   help="torchvision's pretrained weights, from its cache")
    p.add_argument("--download", action="store_true",
                   help="with --pretrained: download them when they are not cached")
    p.add_argument("--input", metavar="CxHxW", help="the input size (default 3x224x224, or "
                   "the size a .pt2 was exported with)")
    p.add_argument("--weights-out", metavar="FILE", help="where to write the carried-over "
                   "weights (default: next to --out)")
    p.set_defaults(func=run)


def run(args) -> int:
    from engine.cli import CliError
    from engine.io import Project, save_project
    from engine.io.import_sources import import_model
    from engine.io.sources import parse_shape

    shape = parse_shape(args.input) if args.input else None
    if args.pretrained and not args.source.startswith("torchvision:"):
        raise CliError("pretrained_needs_torchvision")
    result = import_model(args.source, args.weights, pretrained=args.pretrained,
                          input_shape=shape, download=args.download)
    sections, target = {}, None
    if args.weights or args.pretrained:
        out_path = Path(args.out)
        target = Path(args.weights_out) if args.weights_out else \
            out_path.with_suffix(".safetensors")
        if target.name.endswith(".safetensors") and \
                target.resolve().parent == out_path.resolve().parent:
            # the project names its starting weights: the window opens it with them
            sections["weights"] = {"file": target.name, "tensors": len(result.state_dict)}
    out = save_project(Project(result.graph, sections), args.out)
    from engine.analysis import analyze
    analysis = analyze(result.graph)
    layers = sum(1 for n in result.graph.nodes.values() if n.type not in ("Input", "Output"))
    print(f"imported {args.source}: {layers} layers, {analysis.totals.params:,} parameters "
          f"(the original: {result.original_params:,}) -> {out}")
    for problem in analysis.errors[:1]:
        print(f"warning: {problem.message}")
    if target is not None:
        write_weights(result.state_dict, target)
        print(f"weights -> {target}")
    return 0


def write_weights(state: dict, path: Path) -> None:
    from safetensors.torch import save_file

    path.parent.mkdir(parents=True, exist_ok=True)
    save_file({k: v.detach().contiguous().cpu() for k, v in state.items()}, str(path))
