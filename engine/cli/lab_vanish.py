"""``lab vanish``: how much gradient reaches each layer of a deep plain network (note 003).

    python main.py lab vanish --depth 12 --width 64 --activation sigmoid [--batch-norm]
"""
from __future__ import annotations

import json
import math


def register_lab(lab_sub) -> None:
    from engine.labs.vanishing import ACTIVATIONS, INITS, VanishingConfig

    d = VanishingConfig()
    p = lab_sub.add_parser("vanish", help="gradient norm per layer of a deep network",
                           description="One backward pass through a deep fully connected "
                           "network on a small random batch; prints the weight-gradient norm "
                           "of every layer (layer 1 is next to the input).")
    p.add_argument("--depth", type=int, default=d.depth, help=f"hidden layers ({d.depth})")
    p.add_argument("--width", type=int, default=d.width, help=f"units per layer ({d.width})")
    p.add_argument("--activation", choices=ACTIVATIONS, default=d.activation)
    p.add_argument("--batch-norm", action="store_true", help="batch norm before each activation")
    p.add_argument("--residual", action="store_true", help="residual links: h + f(h)")
    p.add_argument("--batch", type=int, default=d.batch, help=f"batch size ({d.batch})")
    p.add_argument("--init", choices=INITS, default=d.init,
                   help="auto: Xavier for sigmoid/tanh, He for ReLU")
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=vanish)


def vanish(args) -> int:
    from engine.labs.vanishing import VanishingConfig, gradient_flow

    result = gradient_flow(VanishingConfig(
        depth=args.depth, width=args.width, activation=args.activation,
        batch_norm=args.batch_norm, residual=args.residual, batch=args.batch, init=args.init,
        seed=args.seed))
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
        return 0
    extras = [name for name, on in (("batch norm", args.batch_norm),
                                    ("residual links", args.residual)) if on]
    print(f"{args.depth} layers of {args.width} {args.activation} units"
          + (f" with {' and '.join(extras)}" if extras else "")
          + f", batch {args.batch}: loss {result.loss:.4g}")
    top = max(result.grad_norms.max(), 1e-300)
    print(f"{'layer':>5}  {'grad norm':>10}  {'flat units':>10}  log10 scale")
    for f in result.layers:
        bar = "#" * max(0, int(round(24 + 2 * math.log10(max(f.grad_norm, 1e-300) / top))))
        print(f"{f.index:>5}  {f.grad_norm:>10.3e}  {f.flat_share:>9.0%}  {bar}")
    print(f"first layer / last layer: {result.first_to_last:.3g}")
    return 0
