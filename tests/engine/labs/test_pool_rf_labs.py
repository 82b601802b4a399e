"""The pooling lab (PyTorch's pooling and the project's StochasticPool2d) and the
receptive-field lab (the editor's analysis) reproduce the lecture's numbers."""
from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine.labs import LabInputError
from engine.labs.pool import PRESETS, draw, draw_counts, pool, preset
from engine.labs.receptive import analyse_stack, auto_size, parse_stack, stack_graph


@pytest.mark.parametrize("name", list(PRESETS))
def test_max_and_average_pooling_match_pytorch_and_the_windows(name):
    setup = preset(name)
    x = torch.tensor(setup.image)[None, None]
    for mode, ref in (("max", F.max_pool2d(x, setup.kernel, setup.stride)),
                      ("avg", F.avg_pool2d(x, setup.kernel, setup.stride))):
        result = pool(setup.with_(mode=mode))
        assert np.allclose(result.output, ref[0, 0].numpy())
        reduce = np.max if mode == "max" else np.mean
        assert np.allclose([reduce(w.values) for w in result.windows], result.output.ravel())


def test_overlapping_3x3_stride_2_pooling_of_alexnet():
    result = pool(preset("alexnet"))
    assert result.output.tolist() == [[6, 7, 8], [9, 6, 8], [9, 7, 7]]
    assert result.windows[1].cols == (2, 3, 4)  # windows overlap by one column


def test_stochastic_pooling_probabilities_and_evaluation_value():
    result = pool(preset("stochastic"))
    first = result.windows[0]
    assert np.allclose(first.probabilities, [[0.1, 0.2], [0.3, 0.4]])
    assert first.output == pytest.approx(3.0) == first.expectation  # (1+4+9+16)/10
    assert first.expression("stochastic") == "0.1*1 + 0.2*2 + 0.3*3 + 0.4*4 = 3"
    assert np.allclose([w.expectation for w in result.windows], result.output.ravel())


def test_training_mode_draws_converge_to_p_i_and_are_repeatable():
    setup = preset("stochastic")
    samples = draw(setup, 20000, seed=3)
    assert samples.shape == (20000, 2, 2)
    window = pool(setup).windows[0]
    freq = draw_counts(window, samples[:, 0, 0]) / len(samples)
    assert np.allclose(freq, window.probabilities, atol=0.015)
    assert np.array_equal(draw(setup, 50, seed=1), draw(setup, 50, seed=1))
    unseeded = [draw(setup, 200)[:, 0, 0] for _ in range(2)]
    assert not np.array_equal(*unseeded)  # repeated draws are new draws
    assert set(np.unique(samples[:, 0, 0])) <= {1.0, 2.0, 3.0, 4.0}


def test_pool_window_larger_than_the_input_is_a_typed_error():
    with pytest.raises(LabInputError) as info:
        pool(preset("basic").with_(kernel=5))
    assert info.value.code == "kernel_too_large"


@pytest.mark.parametrize("text,rf", [("conv3", 3), ("conv3,conv3", 5), ("conv3,conv3,conv3", 7),
                                     ("conv3,pool2,conv3", 8), ("conv3d2", 5),
                                     ("conv3s2,conv3", 7), ("pool3s2,pool3s2", 7)])
def test_receptive_field_of_stacks(text, rf):
    layers = parse_stack(text)
    result = analyse_stack(layers, 8, auto_size(layers))
    assert result.receptive_field == rf
    top, left, bottom, right = result.fields[-1].region
    assert bottom - top + 1 == rf == right - left + 1


def test_vgg_parameter_comparison_three_3x3_versus_one_7x7():
    result = analyse_stack(parse_stack("conv3,conv3,conv3"), 64, 15)
    assert [f.receptive_field for f in result.fields] == [3, 5, 7]
    assert result.weights == 3 * 3 * 3 * 64 * 64 == 110_592
    assert result.single_kernel_weights == 7 * 7 * 64 * 64 == 200_704


@pytest.mark.parametrize("text", ["conv3,conv3,conv3", "conv3,pool2,conv3", "conv3s2,conv3d2"])
def test_the_region_is_what_the_output_unit_really_reads(text):
    """The gradient of one output unit of the real network (weights 1, no bias; max pooling
    swapped for average pooling, whose gradient reaches every pixel of the window) is non-zero
    exactly on the region the lab draws."""
    from engine.build import build_module
    layers = parse_stack(text)
    size = auto_size(layers)
    result = analyse_stack(layers, 1, size)
    model = build_module(stack_graph(layers, 1, size))
    for name, module in list(model.named_modules()):
        if isinstance(module, torch.nn.MaxPool2d):
            parent = model.get_submodule(name.rpartition(".")[0]) if "." in name else model
            setattr(parent, name.rpartition(".")[2],
                    torch.nn.AvgPool2d(module.kernel_size, module.stride))
    for p in model.parameters():
        torch.nn.init.ones_(p) if p.dim() > 1 else torch.nn.init.zeros_(p)
    x = torch.ones(1, 1, size, size, requires_grad=True)
    out = model(x)
    row, col = result.unit
    out[0, 0, row, col].backward()
    rows, cols = np.nonzero(x.grad[0, 0].numpy())
    top, left, bottom, right = result.fields[-1].region
    assert (rows.min(), cols.min()) == (max(top, 0), max(left, 0))
    assert (rows.max(), cols.max()) == (min(bottom, size - 1), min(right, size - 1))


def test_bad_layer_names_are_one_typed_error():
    with pytest.raises(LabInputError) as info:
        parse_stack("conv3,fc10")
    assert info.value.code == "unknown_layer" and "'fc10'" in str(info.value)
