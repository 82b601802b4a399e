"""bench/gpu_suite.py is meant for a lent GPU; CI runs it on the CPU at tiny sizes so that it
never rots: every comparison runs and prints its row with a ratio."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import torch

SUITE = Path(__file__).resolve().parents[2] / "bench" / "gpu_suite.py"


@pytest.mark.slow
def test_gpu_suite_runs_every_comparison_on_the_cpu(capsys):
    spec = importlib.util.spec_from_file_location("gpu_suite", SUITE)
    suite = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(suite)
    threads = torch.get_num_threads()
    try:
        assert suite.main(["--device", "cpu", "--tiny"]) == 0
    finally:
        torch.set_num_threads(threads)
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if re.search(r"\s\d+\.\d\d\s*$", line)]
    names = ("LeNet-5 to", "ResNet-20 CIFAR-size epoch", "race of 4 (plain)",
             "race of 4 (fused)", "Grad-CAM ResNet-18", "LeNet-5 step compiled (default)",
             "ResNet-20 step compiled (default)")
    for name in names:
        assert any(line.startswith(name) for line in rows), f"no row for {name}:\n{out}"
    assert len(rows) == len(names)
    # the compile warm-up is printed apart from the steady-state rows
    assert "LeNet-5 compile warm-up (default): " in out
    assert "reduce-overhead (CUDA graphs) skipped: needs CUDA" in out
