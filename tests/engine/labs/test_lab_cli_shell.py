"""The ``lab`` command collects its sub-commands from engine/cli/lab_*.py."""
from __future__ import annotations

import importlib

from engine.cli import build_parser, main
from engine.cli.lab import lab_modules


def test_lab_modules_add_sub_commands_and_never_a_top_level_command():
    for name in lab_modules():
        module = importlib.import_module(name)
        assert hasattr(module, "register_lab") and not hasattr(module, "register"), name
    parser = build_parser()
    assert "lab" in parser._subparsers._group_actions[0].choices


def test_lab_without_a_lab_prints_usage_and_exits_2(capsys):
    assert main(["lab"]) == 2
    assert "LAB" in capsys.readouterr().err
