"""The README's command-line examples run as written, one after the other, in an empty folder
(training at a tiny size: one epoch of 200 images), and each does what its comment says."""
from __future__ import annotations

import json
import os
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[list[str]]:
    """The ``python main.py ...`` lines of the README's main example block (the one that
    starts with ``summary``), continuation lines joined and trailing comments dropped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Command line"):]
    blocks = re.split(r"\n\s*\n", section)  # the example block is the one with `summary`
    block = next(b for b in blocks if "python main.py summary example:" in b)
    lines, current = [], ""
    for raw in block.splitlines():
        line = raw.strip()
        if not (current or line.startswith("python main.py")):
            continue
        line = re.sub(r"\s+#.*$", "", line)
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        lines.append(current + line)
        current = ""
    return [shlex.split(line)[2:] for line in lines if line]


def tiny(args: list[str]) -> list[str]:
    """The same command at a tiny size where the README allows it (epochs, training images)."""
    out = list(args)
    for flag, value in (("--epochs", "1"), ("--train-size", "200")):
        if flag in out:
            out[out.index(flag) + 1] = value
    return out


@pytest.mark.slow
def test_readme_examples_run_as_written_one_after_the_other(tmp_path, capsys, monkeypatch):
    from engine.cli import main
    commands = readme_commands()
    names = [c[0] for c in commands]
    assert names == ["summary", "summary", "new", "validate", "zoo", "zoo", "train", "sample",
                     "cam", "features"]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONVSTUDIO_DATA", str(tmp_path / "data"))
    outputs = {}
    for args in commands:
        code = main(tiny(args))
        captured = capsys.readouterr()
        assert code == 0, f"{' '.join(args)} -> {code}: {captured.err}"
        outputs.setdefault(args[0], []).append(captured.out)
    assert json.loads(outputs["summary"][1])  # --json is JSON
    # train says which files it wrote, and those are the files the next examples read
    train = outputs["train"][0]
    assert "wrote net_adam.safetensors (the adam run)" in train
    assert "wrote net_sgd.safetensors (the sgd run)" in train
    for name in ("my_net.convstudio", "run.jsonl", "net_adam.safetensors", "net_sgd.safetensors",
                 "star.png", "cam.png", "maps.png"):
        assert (tmp_path / name).is_file(), name
    assert "class star" in outputs["sample"][0]
    # cam names the classes from the weights file, never a bare "class 6"
    shapes = ("circle", "square", "triangle", "plus", "star", "ring", "diamond", "x", "frame",
              "half_circle")
    top = [line for line in outputs["cam"][0].splitlines() if re.match(r"\s+\d\. ", line)]
    assert top and all(line.split()[1] in shapes for line in top)
    assert os.path.getsize(tmp_path / "maps.png") > 0
