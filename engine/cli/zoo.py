"""zoo list, zoo card: the model zoo from the terminal (``summary zoo:NAME`` and
``new --from zoo:NAME`` go through the SOURCE argument of the network commands)."""
from __future__ import annotations

import json
import sys

from engine.problems import fmt_shape


def register(sub) -> None:
    p = sub.add_parser("zoo", help="list the model zoo or show a model's card",
                       description="The model zoo: every network of the lecture notes. Open "
                       "one with `summary zoo:NAME` or `new --from zoo:NAME --out FILE`.")
    zsub = p.add_subparsers(dest="zoo_command", metavar="ZOO_COMMAND",
                            parser_class=type(p))
    lp = zsub.add_parser("list", help="name, title, year, input shape, parameters and MACs")
    lp.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lp.set_defaults(func=list_cmd)
    cp = zsub.add_parser("card", help="year, authors, key idea, ILSVRC result, what to look at")
    cp.add_argument("name", metavar="NAME")
    cp.add_argument("--lang", choices=("en", "ko"), default="en", help="card language")
    cp.add_argument("--json", action="store_true", help="print JSON instead of text")
    cp.set_defaults(func=card_cmd)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _macs(n: int) -> str:
    for unit, size in (("G", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= size:
            return f"{n / size:.2f} {unit}"
    return str(n)


def list_cmd(args) -> int:
    from engine import zoo
    models = zoo.list_models()
    if args.json:
        json.dump([m.to_json() for m in models], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    head = ("name", "title", "year", "input", "parameters", "MACs")
    rows = [(m.name, m.title, str(m.year), fmt_shape(m.input_shape), f"{m.params:,}",
             _macs(m.macs)) for m in models]
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    right = {2, 4, 5}

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print(f"\n{len(rows)} models. MACs are multiply-accumulates per image (FLOPs = 2 x MACs). "
          f"Open one with: python main.py summary zoo:NAME")
    return 0


def card_cmd(args) -> int:
    from engine import zoo
    c = zoo.card(args.name)
    if args.json:
        json.dump(c.to_json(args.lang), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(c.format(args.lang))
    return 0
