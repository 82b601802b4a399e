"""The command line: ``python main.py <command> ...``.

Every module in this package that defines ``register(subparsers)`` adds its commands, so a new
subsystem adds a file here and touches nothing else. Bad input exits non-zero with one clear
line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from engine.errors import UserError


class CliError(UserError):
    """A user error with an exit status: ``CliError(code, status=2, **data)``."""

    code = "cli_error"
    templates = {"cli_error": "This command cannot be run as written; see --help."}

    def __init__(self, code: str | None = None, /, *legacy, status: int = 2, **data):
        if legacy and isinstance(legacy[0], int):  # CliError(message, status)
            status, legacy = legacy[0], legacy[1:]
        super().__init__(code, *legacy, **data)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other bad input
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="convstudio", description="ConvStudio: build, analyse, train and "
                     "inspect convolutional networks. Without a command the window opens.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:  # output piped into `head` and closed early
        return 0
    except (ValueError, OSError, KeyError) as exc:
        # the engine's typed errors carry one clear sentence
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback in front of a user
        if os.environ.get("CONVSTUDIO_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {_one_line(exc)} (set CONVSTUDIO_DEBUG=1 "
              f"for details and please report it)", file=sys.stderr)
        return 3


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())
