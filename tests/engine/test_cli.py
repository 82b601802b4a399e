"""The command line, run as a user runs it: exit codes, stdout, one-line errors on stderr."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_summary_prints_the_lecture_table():
    out = cli("summary", "example:alexnet_table")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    conv1 = next(line for line in lines if line.startswith("conv1 "))
    assert "96x55x55" in conv1 and "290,400" in conv1 and "34,944" in conv1
    assert "parameters: 62,378,344 = weights 62,367,776 + biases 10,568" in out.stdout
    assert "MACs (multiply-accumulates)" in out.stdout
    assert "warning:" not in out.stdout  # conv1's uneven division drops only padding


def test_summary_json_has_the_documented_fields():
    out = cli("summary", "example:tiny_cnn", "--input", "3x32x32", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    layer = next(x for x in doc["layers"] if x["id"] == "conv1")
    for key in ("id", "name", "type", "output_shape", "weights", "biases", "params", "macs",
                "activation_elements", "receptive_field", "warnings", "error"):
        assert key in layer
    assert layer["output_shape"] == [8, 32, 32] and layer["weights"] == 3 * 9 * 8
    for key in ("params", "weights", "biases", "macs", "activation_elements", "param_bytes"):
        assert key in doc["totals"]


def test_new_then_validate(tmp_path):
    path = tmp_path / "net.convstudio"
    out = cli("new", "--from", "example:alexnet_table", "--out", path)
    assert out.returncode == 0 and path.exists()
    out = cli("validate", path)
    assert out.returncode == 0 and "valid" in out.stdout


def test_validate_exit_codes(tmp_path):
    broken = tmp_path / "broken.convstudio"
    cli("new", "--from", "example:tiny_cnn", "--input", "1x1x1", "--out", broken)
    out = cli("validate", broken)
    assert out.returncode == 1
    assert "error: pool1: The 2x2 MaxPool2d window is larger than its 8x1x1 input" in out.stdout
    garbage = tmp_path / "garbage.convstudio"
    garbage.write_text("not json at all")
    out = cli("validate", garbage)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "not JSON" in out.stderr


@pytest.mark.parametrize("args, words", [
    (("summary", "missing.convstudio"), "does not exist"),
    (("summary", "example:nope"), "no example"),
    (("summary", "example:tiny_cnn", "--input", "3by32"), "not a shape"),
    (("summary",), "required"),
    (("frobnicate",), "invalid choice"),
])
def test_bad_input_is_one_line_never_a_traceback(args, words):
    out = cli(*args)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert words in out.stderr
