"""``lab optim``: optimizers racing down a 2-D loss surface (torch.optim and the lecture's rule).

    python main.py lab optim --surface rosenbrock --optimizers sgd,adam:0.1 --steps 100 [--json]
"""
from __future__ import annotations

import json

from engine.cli import CliError


def register_lab(lab_sub) -> None:
    from engine.labs.surfaces import SURFACES

    p = lab_sub.add_parser("optim", help="optimizers on a 2-D loss surface",
                           description="Race optimizers down a 2-D loss surface from the same "
                           "start with the real torch.optim classes, and step the lecture's "
                           "hand-written update rule beside each; prints where each ended.")
    p.add_argument("--surface", default="rosenbrock", metavar="NAME",
                   help=f"one of {', '.join(SURFACES)} (rosenbrock)")
    p.add_argument("--optimizers", default="sgd,momentum,adam", metavar="LIST",
                   help="comma-separated names, each optionally NAME:LR (sgd, momentum, nag, "
                   "adagrad, adadelta, rmsprop, adam, adamw)")
    p.add_argument("--set", action="append", default=[], metavar="NAME.KEY=VALUE",
                   help="another hyperparameter, e.g. adam.beta1=0.8 (repeatable)")
    p.add_argument("--steps", type=int, default=100)
    p.add_argument("--start", metavar="X,Y", help="the start point (default: the surface's)")
    p.add_argument("--explain", action="store_true",
                   help="print the last step's lecture formula with its numbers")
    p.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    p.set_defaults(func=optim)


def parse_choices(text: str, settings: list[str]):
    from engine.labs.optim import OptimizerChoice

    extra: dict[str, dict] = {}
    for item in settings:
        target, eq, value = item.partition("=")
        name, dot, key = target.partition(".")
        if not (eq and dot and key):
            raise CliError("bad_set_item", item=item)
        extra.setdefault(name.strip().lower(), {})[key.strip()] = _float_or_bool(value, item)
    choices = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, _, rate = part.partition(":")
        name = name.strip().lower()
        try:
            lr = float(rate) if rate else None
        except ValueError:
            raise CliError("bad_rate", rate=rate) from None
        choices.append(OptimizerChoice(name, lr, dict(extra.get(name, {}))))
    if not choices:
        raise CliError("lab_no_optimizers")
    unused = set(extra) - {c.name for c in choices}
    if unused:
        raise CliError("set_unused", names=sorted(unused))
    return choices


def _float_or_bool(text: str, item: str):
    low = text.strip().lower()
    if low in ("true", "false"):
        return low == "true"
    try:
        return float(low)
    except ValueError:
        raise CliError("set_not_a_number", item=item, text=text) from None


def _start(text: str | None):
    if text is None:
        return None
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise CliError("bad_start", text=text) from None
    return x, y


def optim(args) -> int:
    from engine.labs.optim import DIFFERENCES, run_race

    race = run_race(args.surface, parse_choices(args.optimizers, args.set), args.steps,
                    _start(args.start))
    summary = race.summary()
    if args.json:
        print(json.dumps({"surface": race.surface.name, "start": list(race.start),
                          "steps": args.steps, "runs": summary}, indent=2))
        return 0
    s = race.surface
    print(f"{s.title}: {s.formula}; start ({race.start[0]:g}, {race.start[1]:g}), "
          f"{args.steps} steps")
    print(f"{'optimizer':<10} {'lr':>8} {'final x':>10} {'final y':>10} {'loss':>11}  "
          f"{'to minimum':>10}  lecture gap")
    for row in summary:
        x, y = row["final_point"]
        end = f" (diverged at step {row['diverged_at']})" if row["diverged_at"] else ""
        print(f"{row['label']:<10} {row['hyperparameters']['lr']:>8g} {x:>10.5g} {y:>10.5g} "
              f"{row['final_loss']:>11.5g}  {row['distance_to_minimum']:>10.3g}  "
              f"{row['max_gap_to_lecture']:.2g}{end}")
    print()
    for run in race.runs:
        note = DIFFERENCES[run.name][1]
        if run.unmodelled:
            note += f" The lecture's rule has no {', '.join(run.unmodelled)}; its path ignores it."
        print(f"{run.label}: {note}")
        if args.explain and run.records:
            last = run.records[-1]
            for line in last.explain(run.name):
                print(f"    {line}")
            print(f"    {last.torch_line(run.spec.torch_class)}")
    return 0
