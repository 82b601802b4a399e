"""The convolution lab: one 2-D convolution worked through window by window.

``convolve(setup)`` runs ``torch.nn.functional.conv2d`` on the setup's input and kernel and
returns, next to PyTorch's output, everything the lecture writes by hand: the padded input, each
window's taps, products and sum (the "lecture formula" path, computed separately from PyTorch's
result so the two can be compared), the output-size formula with the numbers plugged in, the
padding that would keep the size, the rows and columns a non-tiling window drops, and the im2col
matrices (seed 004's practice notes).
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace

import numpy as np

from engine.errors import Hint
from engine.labs.errors import LabInputError
from engine.labs.grids import MAX_KERNEL, MAX_SIZE, check_size, fmt
from engine.layers.windows import effective_kernel, same_padding

SAME = "same"


@dataclass(frozen=True)
class ConvSetup:
    """What the user typed: input (C, H, W), kernel (C, K, K), bias, stride, padding, dilation."""
    image: np.ndarray
    kernel: np.ndarray
    bias: float = 0.0
    stride: int = 1
    padding: int | str = 0
    dilation: int = 1

    def with_(self, **changes) -> "ConvSetup":
        return replace(self, **changes)


@dataclass(frozen=True)
class SizeFormula:
    """floor((N + 2P - D*(F-1) - 1)/S) + 1 along one axis, with its numbers."""
    n: int
    padding: int          # per side (for "same": the smaller side)
    padding_total: int    # both sides together
    dilation: int
    kernel: int
    stride: int
    output: int
    remainder: int        # (N + 2P - D*(F-1) - 1) mod S: positions the last window cannot reach
    same_padding: float   # ((N-1)S + F - N)/2, the padding that keeps the size N

    @property
    def tiles(self) -> bool:
        return self.remainder == 0

    def text(self) -> str:
        pad = f"2*{self.padding}" if self.padding_total == 2 * self.padding else \
            f"{self.padding_total}"
        numerator = self.n + self.padding_total - self.dilation * (self.kernel - 1) - 1
        return (f"floor(({self.n} + {pad} - {self.dilation}*({self.kernel}-1) - 1) / "
                f"{self.stride}) + 1 = floor({numerator}/{self.stride}) + 1 = {self.output}")

    def same_text(self) -> str:
        eff = effective_kernel(self.kernel, self.dilation)
        return (f"(({self.n}-1)*{self.stride} + {eff} - {self.n}) / 2 = "
                f"{fmt(self.same_padding)}")


@dataclass(frozen=True)
class ConvWindow:
    """One output cell: where its window lies on the padded input and the lecture's sum."""
    index: int
    row: int
    col: int
    rows: tuple          # padded-input row of each kernel row (top + i*D)
    cols: tuple
    values: np.ndarray   # (C, K, K) the input under the window
    products: np.ndarray  # (C, K, K) value * weight, cell by cell
    bias: float
    output: float        # PyTorch's value for this cell

    @property
    def channel_sums(self) -> np.ndarray:
        return self.products.sum(axis=(1, 2))

    @property
    def hand_total(self) -> float:
        """The lecture's sum: every product added up, plus the bias."""
        return float(self.products.sum() + self.bias)

    def channel_expression(self, channel: int, kernel: np.ndarray) -> str:
        """ "1*2 + 2*0 + ... = 15": input value * weight for every tap of one channel."""
        terms = [f"{fmt(x)}*{fmt(w)}" for x, w in zip(self.values[channel].ravel(),
                                                       kernel[channel].ravel())]
        return f"{' + '.join(terms)} = {fmt(self.channel_sums[channel])}"

    def total_expression(self) -> str:
        """The channel sums and the bias added up: "15 + 3 = 18" (or just "15")."""
        parts = [fmt(s) for s in self.channel_sums]
        if self.bias:
            parts.append(fmt(self.bias))
        if len(parts) == 1:
            return parts[0]
        return f"{' + '.join(parts)} = {fmt(self.hand_total)}"


@dataclass(frozen=True)
class Im2col:
    """The padded input unrolled: one column per window (C*K*K rows), the kernel as a row, and
    their product, which is the output read row by row."""
    columns: np.ndarray   # (C*K*K, OH*OW), from torch.nn.functional.unfold
    kernel_row: np.ndarray  # (C*K*K,)
    product: np.ndarray   # (OH*OW,) kernel_row @ columns + bias


@dataclass(frozen=True)
class ConvResult:
    setup: ConvSetup
    padded: np.ndarray            # (C, H + top + bottom, W + left + right)
    pads: tuple                   # (top, bottom, left, right)
    output: np.ndarray            # (OH, OW) from torch.nn.functional.conv2d
    windows: list = field(repr=False)
    height: SizeFormula = None
    width: SizeFormula = None
    im2col: Im2col = field(default=None, repr=False)

    @property
    def steps(self) -> int:
        return len(self.windows)

    def window_at(self, row: int, col: int) -> ConvWindow:
        return self.windows[row * self.output.shape[1] + col]

    @property
    def dropped_rows(self) -> tuple:
        """Padded-input rows no window reaches (seed 002's warning), greyed out in the lab."""
        last = (self.output.shape[0] - 1) * self.setup.stride + self._eff
        return tuple(range(last, self.padded.shape[1]))

    @property
    def dropped_cols(self) -> tuple:
        last = (self.output.shape[1] - 1) * self.setup.stride + self._eff
        return tuple(range(last, self.padded.shape[2]))

    @property
    def dropped_image_rows(self) -> int:
        """How many rows of the image itself (not padding) PyTorch never uses."""
        return max(0, len(self.dropped_rows) - self.pads[1])

    @property
    def dropped_image_cols(self) -> int:
        return max(0, len(self.dropped_cols) - self.pads[3])

    @property
    def _eff(self) -> int:
        return effective_kernel(self.setup.kernel.shape[-1], self.setup.dilation)


def pads_of(setup: ConvSetup) -> tuple:
    """(top, bottom, left, right). "same" pads D*(K-1) in all, the odd one at the bottom/right,
    as PyTorch does."""
    if setup.padding == SAME:
        total = setup.dilation * (setup.kernel.shape[-1] - 1)
        low = total // 2
        return low, total - low, low, total - low
    p = int(setup.padding)
    return p, p, p, p


def validate(setup: ConvSetup) -> None:
    """Raise LabInputError for a setup PyTorch (or the lab) cannot work with."""
    image, kernel = np.asarray(setup.image), np.asarray(setup.kernel)
    if image.ndim != 3 or kernel.ndim != 3:
        raise LabInputError("grid_shape")
    check_size(image, "input", MAX_SIZE)
    check_size(kernel, "kernel", MAX_KERNEL)
    k = kernel.shape[-1]
    if kernel.shape[-2] != k:
        raise LabInputError("kernel_square", height=kernel.shape[-2], width=k)
    if kernel.shape[0] != image.shape[0]:
        raise LabInputError("kernel_channels", image=image.shape[0], kernel=kernel.shape[0])
    for name, value, low in (("stride", setup.stride, 1), ("dilation", setup.dilation, 1)):
        if int(value) != value or value < low or value > MAX_SIZE:
            raise LabInputError("bad_setting", variant=name, name=name, low=low,
                                high=MAX_SIZE)
    if setup.padding == SAME:
        if setup.stride != 1:
            n = image.shape[-1]
            p = same_padding(n, effective_kernel(k, setup.dilation), setup.stride)
            raise LabInputError("same_padding_stride", stride=setup.stride, padding=fmt(p))
    elif int(setup.padding) != setup.padding or not 0 <= setup.padding <= MAX_KERNEL:
        raise LabInputError("bad_setting", variant="padding", name="padding", low=0,
                            high=MAX_KERNEL)
    top, bottom, left, right = pads_of(setup)
    eff = effective_kernel(k, setup.dilation)
    height, width = image.shape[1] + top + bottom, image.shape[2] + left + right
    if eff > min(height, width):
        raise LabInputError("kernel_too_large", kernel=k, effective=eff, height=height,
                            width=width,
                            dilated=Hint("lab_hint_dilated") if setup.dilation > 1 else "")


def convolve(setup: ConvSetup) -> ConvResult:
    """PyTorch's convolution of ``setup`` and the lecture's view of it, window by window."""
    import torch
    import torch.nn.functional as F

    validate(setup)
    image = torch.as_tensor(np.asarray(setup.image, dtype=np.float64))
    kernel = torch.as_tensor(np.asarray(setup.kernel, dtype=np.float64))
    bias = torch.tensor([float(setup.bias)], dtype=torch.float64)
    s, d = int(setup.stride), int(setup.dilation)
    padding = SAME if setup.padding == SAME else int(setup.padding)
    with warnings.catch_warnings():  # "same" with an even kernel: PyTorch pads a copy itself
        warnings.simplefilter("ignore", UserWarning)
        output = F.conv2d(image[None], kernel[None], bias, stride=s, padding=padding,
                          dilation=d)[0, 0].numpy()
    pads = pads_of(setup)
    top, bottom, left, right = pads
    padded = F.pad(image, (left, right, top, bottom)).numpy()
    k = kernel.shape[-1]
    kern = kernel.numpy()
    windows = []
    for index in range(output.size):
        row, col = divmod(index, output.shape[1])
        rows = tuple(row * s + i * d for i in range(k))
        cols = tuple(col * s + j * d for j in range(k))
        values = padded[:, rows][:, :, cols]
        windows.append(ConvWindow(index, row, col, rows, cols, values, values * kern,
                                  float(setup.bias), float(output[row, col])))
    columns = F.unfold(torch.as_tensor(padded)[None], k, dilation=d, stride=s)[0].numpy()
    kernel_row = kern.reshape(-1)
    im2col = Im2col(columns, kernel_row, kernel_row @ columns + float(setup.bias))
    c, h, w = image.shape
    formulas = [_size_formula(n, lo, hi, d, k, s, out)
                for n, lo, hi, out in ((h, top, bottom, output.shape[0]),
                                       (w, left, right, output.shape[1]))]
    return ConvResult(setup, padded, pads, output, windows, formulas[0], formulas[1], im2col)


def _size_formula(n, low, high, d, k, s, out) -> SizeFormula:
    numerator = n + low + high - d * (k - 1) - 1
    return SizeFormula(n, low, low + high, d, k, s, out, numerator % s,
                       same_padding(n, effective_kernel(k, d), s))


def output_size(n: int, kernel: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    """floor((N + 2P - D*(F-1) - 1)/S) + 1 (the formula the lab shows)."""
    return (n + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
