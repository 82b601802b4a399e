"""`python main.py cam` and `features`, run as a user runs them."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors.torch import save_file

from engine.build import build_module
from engine.examples import tiny_cnn
from engine.inspect import Inspector, load_image

ROOT = Path(__file__).resolve().parents[2]


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    torch.manual_seed(3)
    save_file(build_module(tiny_cnn()).state_dict(), str(tmp / "w.safetensors"))
    picture = np.zeros((90, 60, 3), np.uint8)  # tall colour photo; the network is 1x28x28
    picture[20:50, 10:40] = (250, 200, 30)
    Image.fromarray(picture).save(tmp / "photo.jpg")
    return tmp


def test_cam_writes_the_overlay_and_prints_the_engines_top_classes(files):
    out = cli("cam", "example:tiny_cnn", "--weights", files / "w.safetensors", "--image",
              files / "photo.jpg", "--class", 3, "--top", 3, "--size", 300,
              "--out", files / "cam.png")
    assert out.returncode == 0, out.stderr
    insp = Inspector(tiny_cnn(), weights=files / "w.safetensors")
    image = load_image(files / "photo.jpg", (1, 28, 28))
    pred = insp.predict(image, k=3)
    lines = out.stdout.splitlines()
    for rank in range(3):
        cls, prob = int(pred.top_classes[0, rank]), pred.top_probs[0, rank]
        assert f"{rank + 1}. {'class ' + str(cls):<24s} {prob:7.2%}" in lines[1 + rank]
    assert "CAM of class 3 at relu2 (14x14 map upsampled to 28x28)" in out.stdout
    written = Image.open(files / "cam.png")
    assert written.size == (200, 300) and written.mode == "RGB"  # the photo's aspect, 300 px


def test_cam_names_the_classes_the_weights_file_recorded(files, capsys):
    """Weights saved by `train` carry the class names: cam prints them, not bare numbers."""
    import json
    names = ["circle", "square", "triangle", "plus", "star", "ring", "diamond", "x", "frame",
             "half circle"]
    torch.manual_seed(3)
    named = files / "named.safetensors"
    save_file(build_module(tiny_cnn()).state_dict(), str(named),
              metadata={"classes": json.dumps(names)})
    out = run_in_process(capsys, "cam", "example:tiny_cnn", "--weights", named, "--image",
                         files / "photo.jpg", "--class", 6, "--top", 2, "--out",
                         files / "named.png")
    assert out.returncode == 0, out.stderr
    pred = Inspector(tiny_cnn(), weights=named).predict(
        load_image(files / "photo.jpg", (1, 28, 28)), k=2)
    top = int(pred.top_classes[0, 0])
    assert out.stdout.splitlines()[1].startswith(f"  1. {names[top]} (class {top})")
    assert "CAM of diamond (class 6) at relu2" in out.stdout


def run_in_process(capsys, *args):
    """The same command through engine.cli.main, without paying for a new interpreter."""
    from engine.cli import main
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


def test_gradcam_at_a_chosen_layer_and_the_features_grid(files, capsys):
    cli = lambda *a: run_in_process(capsys, *a)  # noqa: E731
    out = cli("cam", "example:tiny_cnn", "--weights", files / "w.safetensors", "--image",
              files / "photo.jpg", "--method", "gradcam", "--layer", "conv1", "--out",
              files / "grad.png")
    assert out.returncode == 0, out.stderr
    assert "Grad-CAM of class" in out.stdout and "at conv1 (28x28 map" in out.stdout
    out = cli("features", "example:tiny_cnn", "--weights", files / "w.safetensors", "--image",
              files / "photo.jpg", "--layer", "conv2", "--tile", 32, "--out",
              files / "feat.png")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("conv2: 16 maps of 14x14; strongest channels: ")
    grid = np.asarray(Image.open(files / "feat.png"))
    assert grid.shape == (4 * 36 + 4, 4 * 36 + 4, 3)  # 16 tiles of 32 px, 4 px apart


def test_bad_input_is_one_line_and_exit_2(files, capsys):
    wrong = files / "wrong.safetensors"
    save_file({"fc.weight": torch.zeros(3, 3)}, str(wrong))
    for args, words in [
        (("cam", "example:tiny_cnn", "--weights", wrong), "do not fit this network"),
        (("cam", "example:tiny_cnn", "--weights", files / "w.safetensors", "--layer", "fc"),
         "flat vector"),
        (("cam", "example:tiny_cnn", "--weights", files / "w.safetensors", "--class", 10),
         "10 classes"),
        (("features", "example:tiny_cnn", "--weights", files / "w.safetensors", "--layer",
          "nope"), "no layer 'nope'"),
    ]:
        out = run_in_process(capsys, *args, "--image", files / "photo.jpg", "--out",
                             files / "x.png")
        assert out.returncode == 2, (args, out.stderr)
        assert out.stderr.startswith("error: ") and words in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_normalisation_stored_with_the_weights_is_used(files, capsys):
    import json
    state = build_module(tiny_cnn()).state_dict()
    path = files / "normalised.safetensors"
    save_file(state, str(path), metadata={"mean": json.dumps([0.4]), "std": json.dumps([0.2])})
    out = run_in_process(capsys, "cam", "example:tiny_cnn", "--weights", path, "--image",
                         files / "photo.jpg", "--top", 1, "--out", files / "n.png")
    assert out.returncode == 0, out.stderr
    image = load_image(files / "photo.jpg", (1, 28, 28))
    pred = Inspector(tiny_cnn(), weights=path, normalize=([0.4], [0.2])).predict(image, k=1)
    label = f"class {int(pred.top_classes[0, 0])}"
    assert f"1. {label:<24s} {pred.top_probs[0, 0]:7.2%}" in out.stdout
