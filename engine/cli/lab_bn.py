"""``lab bn``: the batch normalising transform (note 001) worked through on a mini-batch.

    python main.py lab bn --batch "1,10; 2,20; 4,50; 9,40" --gamma 2 --beta 0.5 [--json]
"""
from __future__ import annotations

import json

import numpy as np

from engine.errors import plural


def register_lab(lab_sub) -> None:
    p = lab_sub.add_parser("bn", help="batch normalisation step by step",
                           description="Mean, variance, normalise, scale and shift for each "
                           "feature of a mini-batch, checked against torch.nn.BatchNorm1d in "
                           "training mode; then evaluation mode with the running statistics.")
    p.add_argument("--batch", default="1,10; 2,20; 4,50; 9,40", metavar="ROWS",
                   help="rows separated by ';', features by ',' (default: 4 examples, 2 features)")
    p.add_argument("--gamma", default="1", metavar="G[,G..]", help="scale γ (one or per feature)")
    p.add_argument("--beta", default="0", metavar="B[,B..]", help="shift β (one or per feature)")
    p.add_argument("--eps", type=float, default=1e-5)
    p.add_argument("--momentum", type=float, default=0.1,
                   help="update rate of the running statistics (PyTorch's default 0.1)")
    p.add_argument("--passes", type=int, default=1,
                   help="training passes over the batch before evaluation (1)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bn)


def bn(args) -> int:
    from engine.labs.batchnorm import batch_norm_steps, parse_batch

    steps = batch_norm_steps(parse_batch(args.batch), _numbers(args.gamma),
                             _numbers(args.beta), args.eps, args.momentum, args.passes)
    if args.json:
        print(json.dumps(steps.to_dict(), indent=2))
        return 0
    _print_steps(steps)
    return 0


def _numbers(text: str) -> list[float]:
    """"2" or "2, 1" (one per feature) -> numbers; a bad one is one clear line."""
    from engine.labs.errors import LabInputError

    out = []
    for cell in (c.strip() for c in text.split(",")):
        try:
            out.append(float(cell))
        except ValueError:
            raise LabInputError("not_a_number", variant="gamma_beta", cell=cell) from None
    return out


def _row(values) -> str:
    return "  ".join(f"{v:>10.5g}" for v in np.ravel(values))


def _print_steps(s) -> None:
    features = s.x.shape[1]
    print(f"mini-batch of m = {s.m}, {features} {plural(features, 'feature|features')}; "
          f"eps = {s.eps:g}")
    print(f"{'':<28}{_row(range(1, s.x.shape[1] + 1))}   <- feature")
    for i, row in enumerate(s.x):
        print(f"{'x' + str(i + 1):<28}{_row(row)}")
    print(f"{'1. mean μ_B = Σx/m':<28}{_row(s.mean)}")
    print(f"{'2. variance σ²_B':<28}{_row(s.var)}")
    print(f"{'   √(σ²_B + ε)':<28}{_row(s.denom)}")
    for i, row in enumerate(s.x_hat):
        print(f"{'3. x̂' + str(i + 1) + ' = (x - μ_B)/√(σ²_B+ε)':<28}{_row(row)}")
    print(f"{'   γ':<28}{_row(s.gamma)}")
    print(f"{'   β':<28}{_row(s.beta)}")
    for i, row in enumerate(s.y):
        print(f"{'4. y' + str(i + 1) + ' = γ x̂ + β':<28}{_row(row)}")
    print(f"BatchNorm1d (training mode) agrees to {s.train_gap:.1e}")
    print(f"running statistics after {s.passes} pass(es), momentum {s.momentum:g} "
          f"(PyTorch's running variance uses m/(m-1) σ²_B):")
    print(f"{'   running mean':<28}{_row(s.running_mean)}")
    print(f"{'   running variance':<28}{_row(s.running_var)}")
    for i, row in enumerate(s.eval_y):
        print(f"{'eval y' + str(i + 1):<28}{_row(row)}")
    print(f"BatchNorm1d (evaluation mode) agrees to {s.eval_gap:.1e}")
