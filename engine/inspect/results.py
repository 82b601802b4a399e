"""Plain result records of the inspection engine: numpy arrays, never live tensors, so they
can cross threads and be kept per epoch."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ChannelStats:
    """Per image and channel, each (N, C): mean, standard deviation, minimum, maximum and the
    share of exact zeros (a channel that is always 0 after ReLU is "dead")."""

    mean: np.ndarray
    std: np.ndarray
    min: np.ndarray
    max: np.ndarray
    zero_fraction: np.ndarray


@dataclass(frozen=True)
class FeatureMaps:
    """A layer's output for a batch: ``values`` is (N, C, H, W), or (N, F) for a flat layer."""

    layer: str
    values: np.ndarray
    stats: ChannelStats

    @property
    def channels(self) -> int:
        return int(self.values.shape[1])

    @property
    def spatial(self) -> bool:
        return self.values.ndim == 4


@dataclass(frozen=True)
class Filters:
    """The weights of a convolution, (C_out, C_in / groups, K, K), with display helpers."""

    layer: str
    weights: np.ndarray
    bias: np.ndarray | None
    first_layer: bool  # fed directly by the network's input image

    @property
    def is_rgb(self) -> bool:
        return self.weights.shape[1] == 3 and self.first_layer

    def rgb(self) -> np.ndarray:
        """(C_out, K, K, 3) in [0, 1]: each filter scaled on its own so 0 is mid-grey."""
        if not self.is_rgb:
            raise ValueError("Only a first-layer convolution on RGB input has colour filters.")
        return self._scaled().transpose(0, 2, 3, 1)

    def per_channel(self) -> np.ndarray:
        """(C_out, C_in, K, K) in [0, 1]: each filter scaled on its own, 0 at 0.5."""
        return self._scaled()

    def _scaled(self) -> np.ndarray:
        w = self.weights.astype(np.float32)
        peak = np.abs(w).reshape(w.shape[0], -1).max(axis=1)
        peak = np.where(peak > 0, peak, 1.0)[:, None, None, None]
        return 0.5 + 0.5 * w / peak


@dataclass(frozen=True)
class Prediction:
    """Class scores for a batch: ``logits`` and softmax ``probs`` (N, K); the top-k classes
    and their probabilities (N, k), best first."""

    logits: np.ndarray
    probs: np.ndarray
    top_classes: np.ndarray
    top_probs: np.ndarray


@dataclass(frozen=True)
class CamResult:
    """A class activation map for each image of a batch.

    ``maps`` (N, h, w) is the raw map at the layer's resolution — for CAM exactly
    M_c(x, y) = sum_k w_k^c f_k(x, y); for Grad-CAM sum_k alpha_k^c A_k(x, y) before the ReLU.
    ``upsampled`` (N, H, W) is that map resized bilinearly to the input image; ``heat`` is
    max(upsampled, 0) divided by its maximum, in [0, 1], ready for a colour map.
    """

    method: str  # "cam" or "gradcam"
    layer: str
    classes: np.ndarray  # (N,) the class each map explains
    maps: np.ndarray
    upsampled: np.ndarray
    heat: np.ndarray
    prediction: Prediction

    def peak(self, i: int = 0) -> tuple:
        """(row, col) of the maximum of image i's upsampled map (the pointing game)."""
        return tuple(int(v) for v in np.unravel_index(np.argmax(self.upsampled[i]),
                                                      self.upsampled[i].shape))


def prediction(logits, k: int = 5) -> Prediction:
    """Softmax probabilities and top-k of a (N, K) logits tensor."""
    import torch

    logits = logits.detach().float()
    probs = torch.softmax(logits, dim=1)
    top = torch.topk(probs, min(k, probs.shape[1]), dim=1)
    return Prediction(logits.cpu().numpy(), probs.cpu().numpy(), top.indices.cpu().numpy(),
                      top.values.cpu().numpy())
