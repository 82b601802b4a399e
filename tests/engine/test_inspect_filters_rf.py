"""Filters of convolutions and receptive-field boxes of feature-map cells."""
import numpy as np
import pytest
import torch

from engine import zoo
from engine.analysis import analyze
from engine.examples import alexnet_table, tiny_cnn
from engine.graph import sequential
from engine.inspect import Inspector, LayerChoiceError, receptive_fields


def rgb_net():
    return sequential((3, 16, 16), [
        ("conv1", "Conv2d", dict(out_channels=4, kernel_size=5, padding=2)),
        ("relu1", "ReLU", {}),
        ("conv2", "Conv2d", dict(out_channels=6, kernel_size=3)),
        ("gap", "GlobalAvgPool", {}), ("fc", "Linear", dict(out_features=3))])


def test_first_layer_filters_are_colour_images_with_zero_at_mid_grey():
    insp = Inspector(rgb_net())
    with torch.no_grad():
        w = insp.module.conv1.weight
        w.zero_()
        w[0, 0, 0, 0] = 2.0   # filter 0: a strong red top-left tap ...
        w[0, 2, 4, 4] = -1.0  # ... and a weaker negative blue bottom-right one
    f = insp.filters("conv1")
    assert f.first_layer and f.is_rgb and f.weights.shape == (4, 3, 5, 5)
    rgb = f.rgb()
    assert rgb.shape == (4, 5, 5, 3)
    assert rgb[0, 0, 0].tolist() == [1.0, 0.5, 0.5]   # + peak -> white end of red
    assert rgb[0, 4, 4].tolist() == [0.5, 0.5, 0.25]  # -1 of peak 2 -> quarter below grey
    assert (rgb[1:] == 0.5).all()                     # an all-zero filter is flat grey
    np.testing.assert_array_equal(f.bias, insp.module.conv1.bias.detach().numpy())


def test_deeper_filters_are_shown_per_input_channel():
    insp = Inspector(rgb_net())
    f = insp.filters("conv2")
    assert not f.first_layer and not f.is_rgb
    per = f.per_channel()
    assert per.shape == (6, 4, 3, 3) and per.min() >= 0 and per.max() <= 1
    w = f.weights
    k = np.abs(w).reshape(6, -1).argmax(axis=1)  # each filter's largest tap is at 0 or 1
    assert np.allclose(np.abs(per.reshape(6, -1)[np.arange(6), k] - 0.5), 0.5)
    with pytest.raises(ValueError):
        f.rgb()
    with pytest.raises(LayerChoiceError):
        insp.filters("relu1")


@pytest.mark.parametrize("make", [tiny_cnn, alexnet_table, lambda: zoo.create("resnet18"),
                                  lambda: zoo.create("googlenet")])
def test_size_and_jump_agree_with_the_analysis(make):
    g = make()
    a = analyze(g)
    fields = receptive_fields(g, a)
    for node_id, report in a.nodes.items():
        f = fields.get(node_id)
        if report.rf_global:
            assert f is None, node_id
        else:
            assert (f.size, f.jump) == (report.receptive_field, report.jump), node_id


def empirical_box(insp, layer, y, x):
    """Rows/columns of input pixels whose gradient reaches cell (y, x): the true field."""
    img = torch.ones((1, *insp.input_shape), requires_grad=True)
    out = insp.run((layer,), img)[0]
    (grad,) = torch.autograd.grad(out[0, :, y, x].sum(), img)
    rows = np.nonzero(grad[0].abs().sum(0).sum(1).numpy())[0]
    cols = np.nonzero(grad[0].abs().sum(0).sum(0).numpy())[0]
    return rows.min(), cols.min(), rows.max(), cols.max()


def test_cell_boxes_are_exactly_the_pixels_that_reach_the_cell():
    g = sequential((1, 40, 40), [
        ("c1", "Conv2d", dict(out_channels=2, kernel_size=5, stride=2, padding=1)),
        ("p1", "AvgPool2d", dict(kernel_size=2, stride=2)),   # even window: centre at x.5
        ("c2", "Conv2d", dict(out_channels=2, kernel_size=3, dilation=2, padding="same")),
        ("c3", "Conv2d", dict(out_channels=2, kernel_size=3, stride=2, padding=1)),
        ("gap", "GlobalAvgPool", {}), ("fc", "Linear", dict(out_features=2))])
    insp = Inspector(g)
    insp.module.requires_grad_(False)
    for p in insp.module.parameters():
        torch.nn.init.constant_(p, 0.1)  # positive weights: every pixel in the field counts
    for layer in ("c1", "p1", "c2", "c3"):
        h = insp.analysis[layer].output_shape[1]
        for y, x in [(0, 0), (h // 2, h // 3), (h - 1, h - 1), (1, h - 2)]:
            box = insp.receptive_box(layer, y, x)
            assert (box.top, box.left, box.bottom, box.right) == empirical_box(
                insp, layer, y, x), (layer, y, x)


def test_a_lecture_sized_example_by_hand():
    insp = Inspector(tiny_cnn())
    # conv 3x3 p1 -> size 3; pool 2x2/2 -> size 4, jump 2, centre 0.5; conv 3x3 p1 -> size 8
    box = insp.receptive_box("conv2", 5, 5)
    assert (box.top, box.left, box.bottom, box.right) == (7, 7, 14, 14)
    assert (box.height, box.width, box.clipped) == (8, 8, False)
    corner = insp.receptive_box("conv2", 0, 0)
    assert (corner.top, corner.bottom, corner.clipped) == (0, 4, True)
    with pytest.raises(LayerChoiceError):
        insp.receptive_box("conv2", 14, 0)
    with pytest.raises(LayerChoiceError) as err:
        insp.receptive_box("fc", 0, 0)
    assert "whole image" in str(err.value)
