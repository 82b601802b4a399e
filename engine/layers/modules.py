"""Layers PyTorch does not have, written for ConvStudio."""
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
