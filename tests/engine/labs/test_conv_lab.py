"""The convolution lab reproduces the seeds' worked numbers with torch.nn.functional.conv2d,
and its hand-written lecture sums agree with PyTorch."""
from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine.labs import LabInputError
from engine.labs.conv import ConvSetup, convolve, output_size
from engine.labs.conv_presets import KERNELS, PRESETS, kernel, preset, random_setup
from engine.labs.grids import grid_text, parse_grid


def test_seed004_input_and_filter_give_15_16_6_15_and_18_with_bias_3():
    result = convolve(preset("seed004"))
    assert result.output.tolist() == [[15, 16], [6, 15]]
    first = result.windows[0]
    assert first.channel_expression(0, result.setup.kernel) == \
        "1*2 + 2*0 + 3*1 + 0*0 + 1*1 + 2*2 + 3*1 + 0*0 + 1*2 = 15"  # seed 004's sum
    biased = convolve(preset("seed004").with_(bias=3))
    assert biased.output[0, 0] == 18 and biased.windows[0].total_expression() == "15 + 3 = 18"


def test_seed000_binary_input_with_the_x_filter():
    assert convolve(preset("seed000")).output.tolist() == [[4, 3, 4], [2, 4, 3], [2, 3, 4]]


def test_seed003_sharpen_kernel_on_the_zero_padded_patch_gives_320():
    result = convolve(preset("seed003"))
    assert result.output[0, 0] == 320 and result.output.shape == (5, 5)
    assert result.padded.shape == (1, 7, 7) and result.padded[0, 0].tolist() == [0] * 7
    assert result.windows[0].channel_expression(0, result.setup.kernel) == (
        "0*0 + 0*-1 + 0*0 + 0*-1 + 105*5 + 102*-1 + 0*0 + 103*-1 + 99*0 = 320")


def test_colour_convolution_adds_the_three_channel_sums_and_the_bias():
    setup = preset("colour")
    result = convolve(setup)
    window = result.windows[0]
    x, w = setup.image[:, 0:3, 0:3], setup.kernel
    by_hand = [(x[c] * w[c]).sum() for c in range(3)]
    assert window.channel_sums.tolist() == by_hand
    assert window.output == sum(by_hand) + setup.bias == result.output[0, 0]
    assert window.total_expression() == f"{' + '.join(str(int(v)) for v in by_hand)} + 1 = " \
        f"{int(window.output)}"


@pytest.mark.parametrize("name", list(PRESETS))
@pytest.mark.parametrize("stride,padding,dilation", [(1, 0, 1), (2, 1, 1), (1, "same", 2),
                                                      (3, 2, 1), (1, "same", 1)])
def test_lecture_sums_im2col_and_size_formula_agree_with_pytorch(name, stride, padding,
                                                                 dilation):
    setup = preset(name).with_(stride=stride, padding=padding, dilation=dilation)
    args = (torch.tensor(setup.image)[None], torch.tensor(setup.kernel)[None],
            torch.tensor([setup.bias], dtype=torch.float64))
    try:
        result = convolve(setup)
    except LabInputError as exc:  # PyTorch refuses the same setups
        assert exc.code in ("kernel_too_large", "same_padding_stride")
        with pytest.raises(RuntimeError):
            F.conv2d(*args, stride=stride, padding=padding, dilation=dilation)
        return
    ref = F.conv2d(*args, stride=stride, padding=padding, dilation=dilation)[0, 0].numpy()
    assert np.allclose(result.output, ref)
    assert np.allclose([w.hand_total for w in result.windows], ref.ravel())
    assert np.allclose(result.im2col.product, ref.ravel())
    if padding != "same":
        assert result.height.output == output_size(setup.image.shape[1], 3, stride, padding,
                                                   dilation) == ref.shape[0]


def test_seed002_window_that_does_not_tile_drops_the_last_row_and_column():
    result = convolve(preset("seed002"))
    assert result.output.shape == (2, 2)
    assert not result.height.tiles and result.height.remainder == 1
    assert result.dropped_rows == (6,) and result.dropped_cols == (6,)
    assert result.dropped_image_rows == 1
    assert "floor(4/3) + 1 = 2" in result.height.text()
    same = convolve(preset("seed002_same"))
    assert same.output.shape == (7, 7) and same.height.same_text().endswith("= 1")
    assert convolve(preset("seed004")).dropped_rows == ()


def test_even_kernel_same_padding_pads_the_extra_zero_at_the_end_like_pytorch():
    setup = ConvSetup(np.arange(25.0).reshape(1, 5, 5), np.ones((1, 4, 4)), padding="same")
    result = convolve(setup)
    assert result.pads == (1, 2, 1, 2) and result.output.shape == (5, 5)
    assert np.allclose([w.hand_total for w in result.windows], result.output.ravel())


def test_common_kernels_and_random_setups():
    assert set(KERNELS) == {"identity", "sharpen", "box_blur", "sobel_x", "sobel_y", "outline"}
    setup = preset("seed003").with_(kernel=kernel("identity"))
    assert np.array_equal(convolve(setup).output, setup.image[0])
    assert kernel("sobel_x", 3).shape == (3, 3, 3)
    rnd = random_setup(np.random.default_rng(0), channels=3, size=6)
    assert rnd.image.shape == (3, 6, 6) and convolve(rnd).output.shape == (4, 4)


@pytest.mark.parametrize("change,code", [
    (dict(kernel=np.ones((1, 7, 7))), "kernel_too_large"),
    (dict(stride=2, padding="same"), "same_padding_stride"),
    (dict(kernel=np.ones((3, 3, 3))), "kernel_channels"),
    (dict(image=np.ones((1, 13, 13))), "grid_size"),
    (dict(stride=0), "bad_setting"),
])
def test_bad_setups_raise_one_typed_error(change, code):
    with pytest.raises(LabInputError) as info:
        convolve(preset("seed004").with_(**change))
    assert info.value.code == code and str(info.value).endswith(".")


def test_grid_text_round_trips_and_rejects_non_numbers():
    grid = parse_grid("1, 2 ,3; 4 5 6 | 0,0,0;1,1,1")
    assert grid.shape == (2, 2, 3) and parse_grid(grid_text(grid)).tolist() == grid.tolist()
    with pytest.raises(LabInputError) as info:
        parse_grid("1,2;3,abc")
    assert info.value.code == "grid_value" and "'abc'" in str(info.value)
    with pytest.raises(LabInputError):
        parse_grid("1,2;3")
