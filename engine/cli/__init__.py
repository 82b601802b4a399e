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
    templates = {
        "cli_error": "This command cannot be run as written; see --help.",
        "mean_std_pair": "--mean and --std go together, each one number per channel, e.g. "
                         "--mean 0.45 --std 0.22.",
        "std_not_positive": "--std must be positive.",
        "mean_std_channels": "--mean and --std give {count} {count:number|numbers} but the "
                             "network takes {channels} {channels:channel|channels}; give "
                             "one number per channel.",
        "not_a_class": "{cls} is not a class of this data set; its classes are {classes}.",
        "class_not_in_validation": "The validation images hold no {cls}; choose another "
                                   "class.",
        "bad_index": "--index must be between 0 and {last}.",
        "out_is_folder": "--out must name a file, not the folder {out}; e.g. {example}.",
        "bad_set_item": "--set {item!r} must look like adam.beta1=0.8.",
        "set_not_a_number": "--set {item!r}: {text!r} is not a number.",
        "bad_start": "--start {text!r} must be two numbers X,Y, e.g. --start -1.5,2.",
        "lab_no_optimizers": "--optimizers needs at least one name, e.g. sgd,adam.",
        "set_unused": "--set names {names}, which is not in --optimizers.",
        "no_freeze_layer": "The network has no layer {layer!r}.",
        "no_freeze_layer_close": "The network has no layer {layer!r}; did you mean {close}?",
        "pretrained_needs_torchvision": "--pretrained needs a torchvision:NAME source; give "
                                        "--weights for other models.",
        "script_train_size": "--train-size must be at least 2 images.",
        "run_not_started": "Training could not start: {detail}",
    }

    def __init__(self, code: str | None = None, /, *legacy, status: int = 2, **data):
        if legacy and isinstance(legacy[0], int):  # CliError(message, status)
            status, legacy = legacy[0], legacy[1:]
        super().__init__(code, *legacy, **data)
        self.status = status


class Terminated(KeyboardInterrupt):
    """SIGTERM during a long command: stopped like Ctrl-C, exit status 143 (128 + 15)."""


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
    except UserError as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return getattr(exc, "status", 2)
    except BrokenPipeError:  # output piped into `head` and closed early
        return 0
    except OSError as exc:  # a file or folder the command was given cannot be used
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except (ValueError, KeyError) as exc:
        return unexpected_error(exc)
    except KeyboardInterrupt as exc:
        print("interrupted", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except Exception as exc:  # noqa: BLE001 - never a traceback in front of a user
        if os.environ.get("CONVSTUDIO_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {_one_line(exc)} (set CONVSTUDIO_DEBUG=1 "
              f"for details and please report it)", file=sys.stderr)
        return 3


def unexpected_error(exc: BaseException) -> int:
    """A ValueError or KeyError that is not one of the engine's user errors: shown as one
    line (exit 2) as before, but it is a gap to close — the bad-input sweep fails on it."""
    if os.environ.get("CONVSTUDIO_DEBUG"):
        raise exc
    print(f"error: {_one_line(exc)}", file=sys.stderr)
    return 2


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())
