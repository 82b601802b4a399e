"""Weights files, image files and colour maps of the inspection engine."""
import pickle

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors.torch import save_file

from engine.build import build_module
from engine.examples import tiny_cnn
from engine.inspect import (Inspector, ImageInputError, WeightsFileError, apply_colormap,
                            load_image, lut, overlay, save_png, tile_grid)

X = np.random.default_rng(5).random((3, 1, 28, 28), dtype=np.float32)


@pytest.fixture
def trained_state():
    torch.manual_seed(7)
    module = build_module(tiny_cnn())
    with torch.no_grad():
        for p in module.parameters():
            p.add_(torch.randn_like(p))  # differs from any fresh initialisation
    return module, {k: v.clone() for k, v in module.state_dict().items()}


@pytest.mark.parametrize("kind", ["safetensors", "pt", "checkpoint", "ddp"])
def test_saved_weights_reproduce_the_trained_network(tmp_path, trained_state, kind):
    module, state = trained_state
    path = tmp_path / f"w.{kind}"
    if kind == "safetensors":
        save_file(state, str(path))
    elif kind == "pt":
        torch.save(state, path)
    elif kind == "checkpoint":
        torch.save({"epoch": 3, "model": state, "optimizer": {}}, path)
    else:
        torch.save({f"module.{k}": v for k, v in state.items()}, path)
    insp = Inspector(tiny_cnn(), weights=path)
    expected = module.eval()(torch.from_numpy(X)).detach().numpy()
    np.testing.assert_allclose(insp.predict(X).logits, expected, rtol=1e-5, atol=1e-5)


def test_weights_of_another_network_are_refused_with_the_differences(tmp_path,
                                                                     trained_state):
    _, state = trained_state
    state["fc.weight"] = torch.zeros(5, 16)
    state.pop("conv1.bias")
    state["extra.weight"] = torch.zeros(1)
    path = tmp_path / "other.safetensors"
    save_file(state, str(path))
    insp = Inspector(tiny_cnn())
    before = insp.module.fc.weight.clone()
    with pytest.raises(WeightsFileError) as err:
        insp.load_weights(path)
    e = err.value
    assert e.code == "weights_mismatch"
    assert e.data == {"missing": ["conv1.bias"], "unexpected": ["extra.weight"],
                      "wrong_shape": ["fc.weight"]}
    assert "fc.weight has shape 5x16 in the file but 10x16 in the network" in str(e)
    assert torch.equal(insp.module.fc.weight, before)  # nothing was half-loaded


def test_unreadable_and_missing_files_are_typed_errors(tmp_path):
    insp = Inspector(tiny_cnn())
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a tensor file at all")
    evil = tmp_path / "evil.pt"
    evil.write_bytes(pickle.dumps(Exception("arbitrary objects are never unpickled")))
    lists = tmp_path / "list.pt"
    torch.save([torch.zeros(1)], lists)
    for path in (junk, evil, lists):
        with pytest.raises(WeightsFileError) as err:
            insp.load_weights(path)
        assert err.value.code == "weights_unreadable", path
    with pytest.raises(WeightsFileError) as err:
        insp.load_weights(tmp_path / "nope.safetensors")
    assert err.value.code == "weights_not_found" and "does not exist" in str(err.value)


def test_images_of_any_size_and_mode_are_resized_and_converted(tmp_path):
    rgb = np.zeros((60, 90, 3), np.uint8)
    rgb[:, :45] = (255, 0, 0)  # left half red, right half black
    Image.fromarray(rgb).save(tmp_path / "a.png")
    gray = load_image(tmp_path / "a.png", (1, 28, 28))
    assert gray.shape == (1, 28, 28) and gray.dtype == np.float32
    # PIL's luma: L = 0.299 R + 0.587 G + 0.114 B
    assert abs(gray[0, 14, 2] - round(0.299 * 255) / 255) < 1e-6 and gray[0, 14, 25] == 0
    colour = load_image(tmp_path / "a.png", (3, 32, 32))
    assert colour.shape == (3, 32, 32) and colour[0, 5, 2] == 1.0 and colour[1, 5, 2] == 0.0
    Image.fromarray(rgb[..., 0]).save(tmp_path / "g.png")  # grayscale file, RGB network
    assert (load_image(tmp_path / "g.png", (3, 8, 8))[:, 4, 0] == 1.0).all()
    (tmp_path / "bad.png").write_text("no picture")
    with pytest.raises(ImageInputError):
        load_image(tmp_path / "bad.png", (1, 28, 28))
    with pytest.raises(ImageInputError):
        load_image(tmp_path / "missing.png", (1, 28, 28))


def test_colour_maps_have_their_known_ends():
    assert lut("jet")[0].tolist() == [0, 0, 128] and lut("jet")[255].tolist() == [128, 0, 0]
    assert lut("jet")[128].tolist()[1] == 255  # green in the middle
    assert lut("viridis")[0].tolist() == [68, 1, 84] and lut("viridis")[255].tolist() == [
        253, 231, 37]
    assert lut("gray")[128].tolist() == [128, 128, 128]
    v = np.array([[-1.0, 0.0], [1.0, 3.0]])
    coloured = apply_colormap(v, "gray")
    assert coloured.shape == (2, 2, 3) and coloured[0, 0, 0] == 0 and coloured[1, 1, 0] == 255
    assert apply_colormap(np.zeros((2, 2)), "viridis")[0, 0].tolist() == [68, 1, 84]
    with pytest.raises(ValueError):
        lut("rainbow")


def test_overlay_blends_by_opacity_and_grids_place_tiles(tmp_path):
    image = np.full((1, 4, 4), 0.5, np.float32)
    heat = np.zeros((4, 4))
    heat[0, 0] = 1.0
    assert (overlay(image, heat, 0.0) == 128).all()
    full = overlay(image, heat, 1.0, "jet")
    assert full[0, 0].tolist() == [128, 0, 0] and full[3, 3].tolist() == [0, 0, 128]
    half = overlay(image, heat, 0.5, "jet")
    assert half[0, 0].tolist() == [128, 64, 64]
    tiles = np.stack([np.full((3, 5, 3), i * 40, np.uint8) for i in range(5)])
    grid, origins = tile_grid(tiles, cols=3, pad=1)
    assert grid.shape == (2 * 4 + 1, 3 * 6 + 1, 3)
    assert origins[4] == (5, 7) and (grid[5:8, 7:12] == 160).all() and grid[0, 0, 0] == 255
    path = save_png(grid, tmp_path / "sub" / "grid.png")
    assert np.array_equal(np.asarray(Image.open(path)), grid)
