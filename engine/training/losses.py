"""The two objectives of lecture note 000: cross-entropy for classification and squared error
E = 1/2 sum_k (t_k - y_k)^2 against one-hot targets (averaged over the batch)."""
from __future__ import annotations

from engine.training.errors import ConfigError

LOSS_TEXT = {
    "cross_entropy": "E(w) = -sum_i sum_k t_ik log y_k(x_i, w)   (y = softmax of the outputs)",
    "squared_error": "E(w) = 1/2 sum_i sum_k (t_ik - y_k(x_i, w))^2   (y = the outputs as they "
                     "are; add a Softmax or Sigmoid layer to squash them)",
}


def make_loss(name: str, num_classes: int):
    """``loss(outputs, labels) -> scalar``, the mean over the batch."""
    import torch.nn.functional as F

    if name == "cross_entropy":
        return F.cross_entropy
    if name == "squared_error":
        def squared_error(outputs, labels):
            target = F.one_hot(labels, outputs.shape[1]).to(outputs.dtype)
            return 0.5 * (outputs - target).pow(2).sum(dim=1).mean()
        return squared_error
    raise ConfigError("unknown_loss", value=name, choices=["cross_entropy", "squared_error"])
