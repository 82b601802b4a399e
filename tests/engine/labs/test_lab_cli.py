"""``python main.py lab conv|pool|rf`` prints the seeds' numbers; bad input is one line, exit 2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from engine.cli import main

ROOT = Path(__file__).resolve().parents[3]


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_lab_conv_seed004_prints_the_output_and_explains_each_sum(capsys):
    status, out, _ = run(capsys, "lab", "conv", "--preset", "seed004", "--explain")
    assert status == 0
    assert "  15 16\n   6 15\n" in out
    assert "y[0,0] = 1*2 + 2*0 + 3*1 + 0*0 + 1*1 + 2*2 + 3*1 + 0*0 + 1*2 = 15" in out


def test_lab_conv_bias_stride_padding_and_json(capsys):
    status, out, _ = run(capsys, "lab", "conv", "--preset", "seed004", "--bias", "3", "--json")
    data = json.loads(out)
    assert status == 0 and data["output"][0][0] == 18 and data["cells"][0]["total"] == "15 + 3 = 18"
    _, out, _ = run(capsys, "lab", "conv", "--preset", "seed004", "--stride", "2", "--padding",
                    "1", "--json")
    data = json.loads(out)
    assert len(data["output"]) == 2 and "floor(3/2) + 1 = 2" in data["output_size"]["height"]
    _, out, _ = run(capsys, "lab", "conv", "--preset", "seed000")
    assert "4 3 4\n  2 4 3\n  2 3 4" in out
    _, out, _ = run(capsys, "lab", "conv", "--preset", "seed003", "--json")
    assert json.loads(out)["output"][0][0] == 320
    _, out, _ = run(capsys, "lab", "conv", "--preset", "seed002")
    assert "so PyTorch drops the last 1 row and 1 column of the input." in out


def test_lab_conv_counts_read_one_row_two_rows(capsys):
    """The sentences say "1 row", "4 rows", "1 channel", "3 channels": no "row(s)"."""
    _, out, _ = run(capsys, "lab", "conv", "--preset", "seed002", "--stride", "5")
    assert "so PyTorch drops the last 4 rows and 4 columns of the input." in out
    status, _, err = run(capsys, "lab", "conv", "--preset", "seed002", "--kernel",
                         "1,0;0,1|1,0;0,1")
    assert status == 2 and err == ("error: The input has 1 channel but the kernel has 2; give "
                                   "the kernel one grid per input channel.\n")
    status, _, err = run(capsys, "lab", "conv", "--preset", "colour", "--kernel", "1,0;0,1")
    assert status == 2 and "The input has 3 channels but the kernel has 1;" in err
    assert "(s)" not in out + err


@pytest.mark.parametrize("argv,words", [
    (["--input", "1,2;3,x"], "'x' in the input is not a number"),
    (["--input", "1,2;3,4"], "larger than the 2x2 padded input"),
    (["--padding", "wide"], "neither a whole number"),
    (["--preset", "nope"], "no preset 'nope'"),
])
def test_lab_conv_bad_input_is_one_clear_line_and_exit_2(capsys, argv, words):
    status, out, err = run(capsys, "lab", "conv", *argv)
    assert status == 2 and words in err and len(err.strip().splitlines()) == 1


def test_lab_pool_stochastic_shows_p_i_the_expectation_and_draws(capsys):
    status, out, _ = run(capsys, "lab", "pool", "--preset", "stochastic", "--mode", "stochastic",
                         "--samples", "4000", "--seed", "0", "--json")
    cell = json.loads(out)["cells"][0]
    assert status == 0 and cell["p"] == [[0.1, 0.2], [0.3, 0.4]]
    assert cell["expectation"] == pytest.approx(3.0) == cell["value"]
    assert cell["frequencies"][1][1] == pytest.approx(0.4, abs=0.03)
    _, out, _ = run(capsys, "lab", "pool", "--preset", "alexnet")
    assert "6 7 8\n  9 6 8\n  9 7 7" in out
    status, _, err = run(capsys, "lab", "pool", "--window", "9")
    assert status == 2 and "larger than the 4x4 input" in err


def test_lab_rf_three_3x3_convolutions_see_7x7(capsys):
    status, out, _ = run(capsys, "lab", "rf", "--layers", "conv3,conv3,conv3")
    assert status == 0 and "receptive field: 7x7" in out
    assert "= 110,592" in out and "7*7*64*64 = 200,704" in out
    status, _, err = run(capsys, "lab", "rf", "--layers", "conv3,dense")
    assert status == 2 and "'dense' is not a layer" in err


@pytest.mark.slow
def test_main_py_lab_runs_in_a_fresh_process():
    proc = subprocess.run([sys.executable, "main.py", "lab", "conv", "--preset", "seed004",
                           "--bias", "3"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "  18 19\n   9 18" in proc.stdout
