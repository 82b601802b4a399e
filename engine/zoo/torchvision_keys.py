"""Map torchvision ``state_dict`` keys onto a zoo graph's module (for pretrained weights).

Zoo node ids are torchvision's module paths with dots replaced by underscores (DenseNet's
``features.`` prefix dropped), so ``layer1.0.conv1.weight`` becomes ``layer1_0_conv1.weight``.
"""
from __future__ import annotations


def zoo_key(model: str, key: str) -> str:
    """The zoo module's key for one torchvision ``state_dict`` key of model ``model``."""
    path, leaf = key.rsplit(".", 1)
    if model.startswith("densenet") and path.startswith("features."):
        path = path[len("features."):]
    return f"{path.replace('.', '_')}.{leaf}"


def from_torchvision(model: str, state_dict: dict) -> dict:
    """A torchvision ``state_dict`` renamed for the module built from ``zoo.create(model)``."""
    return {zoo_key(model, k): v for k, v in state_dict.items()}
