"""``lab``: the teaching labs from the terminal (``python main.py lab conv --preset seed004``).

Each lab adds its own sub-command from a module ``engine/cli/lab_<name>.py`` that defines
``register_lab(lab_subparsers)`` (and no ``register``, which this package's discovery would call
as a top-level command). A new lab adds one file here and touches nothing else.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys

import engine.cli as cli_package


def lab_modules() -> list[str]:
    """The names of the lab sub-command modules, sorted (engine.cli.lab_conv, ...)."""
    return [f"{cli_package.__name__}.{info.name}"
            for info in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda m: m.name)
            if info.name.startswith("lab_")]


def register(sub) -> None:
    p = sub.add_parser("lab", help="the teaching labs: convolution, pooling, receptive field, ...",
                       description="The teaching labs of the lecture notes, worked through with "
                       "the numbers PyTorch computes. `lab LAB --help` for each lab.")
    lab_sub = p.add_subparsers(dest="lab_command", metavar="LAB", parser_class=type(p))
    for name in lab_modules():
        importlib.import_module(name).register_lab(lab_sub)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser) -> int:
    parser.print_help(sys.stderr)
    return 2
