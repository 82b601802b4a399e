"""`python main.py export`, run as a user runs it."""
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from engine.build import build_module
from engine.examples import tiny_cnn

ROOT = Path(__file__).resolve().parents[2]


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def weights(tmp_path_factory):
    path = tmp_path_factory.mktemp("w") / "tiny.safetensors"
    torch.manual_seed(4)
    save_file(build_module(tiny_cnn()).state_dict(), str(path))
    return path


def test_export_py_with_weights_gives_a_module_with_the_trained_outputs(weights, tmp_path):
    from safetensors.torch import load_file

    from tests.engine.export_helpers import import_file
    out = cli("export", "example:tiny_cnn", "--weights", weights, "--format", "py",
              "--out", tmp_path / "tiny")  # no suffix: .py is added
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"wrote PyTorch source: {tmp_path / 'tiny.py'}, "
                                 f"{tmp_path / 'tiny.safetensors'}")
    model = import_file(tmp_path / "tiny.py").TinyCNN().eval()
    model.load_state_dict(load_file(str(tmp_path / "tiny.safetensors")), strict=True)
    app = build_module(tiny_cnn())
    app.load_state_dict(load_file(str(weights)))
    x = torch.randn(2, 1, 28, 28)
    with torch.no_grad():
        torch.testing.assert_close(model(x), app.eval()(x), rtol=0, atol=0)


def test_export_state_dict_reads_back_with_weights_only(weights, tmp_path):
    out = cli("export", "example:tiny_cnn", "--weights", weights, "--format", "state_dict",
              "--out", tmp_path / "w.pt")
    assert out.returncode == 0, out.stderr
    state = torch.load(tmp_path / "w.pt", weights_only=True)
    assert set(state) == set(build_module(tiny_cnn()).state_dict())


@pytest.mark.parametrize("args, message", [
    (("zoo:nosuch", "--format", "py"), "There is no model 'nosuch' in the zoo"),
    (("example:tiny_cnn", "--format", "py", "--weights", "missing.safetensors"),
     "missing.safetensors does not exist"),
    (("example:tiny_cnn", "--format", "tflite"), "argument --format: invalid choice"),
    (("example:tiny_cnn", "--format", "onnx", "--input", "3xbig"), "is not a shape"),
    (("missing.convstudio", "--format", "onnx"), "missing.convstudio"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(args, message, tmp_path):
    out = cli("export", *args, "--out", tmp_path / "net.out")
    assert out.returncode not in (0, 3)
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "Traceback" not in out.stderr


def test_weights_of_another_network_are_refused(tmp_path):
    other = tmp_path / "other.safetensors"
    save_file({"conv1.weight": torch.zeros(4, 1, 3, 3)}, str(other))
    out = cli("export", "example:tiny_cnn", "--weights", other, "--format", "onnx",
              "--out", tmp_path / "net.onnx")
    assert out.returncode == 2
    assert "do not fit this network" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "net.onnx").exists()


def test_an_unwritable_destination_is_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = cli("export", "example:tiny_cnn", "--format", "py", "--out", blocker / "net.py")
    assert out.returncode == 2 and out.stderr.startswith("error: Cannot create the folder")
    assert len(out.stderr.strip().splitlines()) == 1
