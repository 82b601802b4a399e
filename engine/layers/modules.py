"""Torch modules for the layer types PyTorch does not have (stochastic pooling, LeNet-5's
subsampling and partial connection table, DPN's channel slice, torchvision's GoogLeNet input
transform); imported only when a network is built."""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class StochasticPool2d(nn.Module):
    """Stochastic pooling (Zeiler & Fergus 2013), as the lecture defines it.

    Training: in each window, element a_i is picked with probability p_i = a_i / sum_k a_k.
    Evaluation: the window outputs the expectation sum_i p_i a_i = sum a_i^2 / sum a_i.
    Negative inputs are treated as 0 (the layer is meant to follow a ReLU); an all-zero window
    outputs 0.
    """

    def __init__(self, kernel_size: int = 2, stride: int | None = None):
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride or kernel_size

    def extra_repr(self) -> str:
        return f"kernel_size={self.kernel_size}, stride={self.stride}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        n, c, h, w = x.shape
        k, s = self.kernel_size, self.stride
        oh, ow = (h - k) // s + 1, (w - k) // s + 1
        # (N, C*k*k, L) -> (N, C, k*k, L)
        windows = F.unfold(x, k, stride=s).view(n, c, k * k, oh * ow).clamp_min(0)
        total = windows.sum(dim=2, keepdim=True)
        safe = torch.where(total > 0, total, torch.ones_like(total))
        probs = windows / safe
        if self.training:
            # inverse-CDF sampling: the first index whose cumulative probability exceeds u
            u = torch.rand_like(total)
            idx = (probs.cumsum(dim=2) < u).sum(dim=2, keepdim=True).clamp_max(k * k - 1)
            out = windows.gather(2, idx)
        else:
            out = (probs * windows).sum(dim=2, keepdim=True)
        out = torch.where(total > 0, out, torch.zeros_like(out))
        return out.view(n, c, oh, ow)

class Subsample2d(nn.Module):
    """LeNet-5's trainable subsampling: per channel, w * (sum of a k x k block) + b."""

    def __init__(self, channels: int, kernel_size: int = 2):
        super().__init__()
        self.kernel_size = kernel_size
        self.weight = nn.Parameter(torch.ones(channels))
        self.bias = nn.Parameter(torch.zeros(channels))

    def extra_repr(self) -> str:
        return f"{self.weight.numel()}, kernel_size={self.kernel_size}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        k = self.kernel_size
        block_sum = F.avg_pool2d(x, k, k) * (k * k)
        return block_sum * self.weight.view(1, -1, 1, 1) + self.bias.view(1, -1, 1, 1)


class TableConv2d(nn.Module):
    """A convolution in which output map j only sees the input maps listed in ``table[j]``.

    Only the used connections are parameters (LeNet-5's C3 has 1,516, not 2,416); the full
    kernel is assembled from them on every forward pass.
    """

    def __init__(self, table, kernel_size: int = 5):
        super().__init__()
        pairs = [(j, i) for j, row in enumerate(table) for i in row]
        self.out_channels = len(table)
        self.in_channels = max(i for _, i in pairs) + 1
        self.kernel_size = kernel_size
        self.register_buffer("out_index", torch.tensor([j for j, _ in pairs]))
        self.register_buffer("in_index", torch.tensor([i for _, i in pairs]))
        fan_in = torch.tensor([len(table[j]) for j, _ in pairs], dtype=torch.float32)
        bound = (1.0 / (fan_in * kernel_size * kernel_size)).sqrt().view(-1, 1, 1)
        self.weight = nn.Parameter((torch.rand(len(pairs), kernel_size, kernel_size) * 2 - 1)
                                   * bound)
        self.bias = nn.Parameter(torch.zeros(len(table)))

    def extra_repr(self) -> str:
        return (f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
                f"connections={self.weight.shape[0]}")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        k = self.kernel_size
        full = self.weight.new_zeros(self.out_channels, self.in_channels, k, k)
        full = full.index_put((self.out_index, self.in_index), self.weight)
        return F.conv2d(x, full, self.bias)


class ChannelSlice(nn.Module):
    """Channels ``start`` to ``end`` (exclusive) of the input, as DPN splits its two paths."""

    def __init__(self, start: int, end: int):
        super().__init__()
        self.start, self.end = start, end

    def extra_repr(self) -> str:
        return f"start={self.start}, end={self.end}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x[:, self.start:self.end]


class StochasticDepth(nn.Module):
    """Stochastic depth (Huang et al. 2016) on a residual branch: in training the branch is
    dropped with probability ``p`` (per image in ``row`` mode, for the whole batch in
    ``batch`` mode) and kept values are scaled by 1/(1-p); evaluation passes it through."""

    def __init__(self, p: float = 0.2, mode: str = "row"):
        super().__init__()
        self.p, self.mode = p, mode

    def extra_repr(self) -> str:
        return f"p={self.p}, mode={self.mode}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0.0:
            return x
        keep = 1.0 - self.p
        shape = [x.shape[0]] + [1] * (x.dim() - 1) if self.mode == "row" else [1] * x.dim()
        mask = torch.empty(shape, dtype=x.dtype, device=x.device).bernoulli_(keep)
        return x * mask / keep if keep > 0 else x * 0.0


class TransformInput(nn.Module):
    """torchvision's ``transform_input`` of its pretrained GoogLeNet and Inception-v3: their
    weights were trained on images scaled to [-1, 1] ((x - 0.5) / 0.5) while torchvision feeds
    ImageNet-normalised ones ((x - mean) / std), so each channel is mapped from the one to the
    other, x * std / 0.5 + (mean - 0.5) / 0.5, computed exactly as torchvision does."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x_ch0 = torch.unsqueeze(x[:, 0], 1) * (0.229 / 0.5) + (0.485 - 0.5) / 0.5
        x_ch1 = torch.unsqueeze(x[:, 1], 1) * (0.224 / 0.5) + (0.456 - 0.5) / 0.5
        x_ch2 = torch.unsqueeze(x[:, 2], 1) * (0.225 / 0.5) + (0.406 - 0.5) / 0.5
        return torch.cat((x_ch0, x_ch1, x_ch2), 1)
