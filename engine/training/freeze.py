"""Transfer learning inside a run: what the optimizer gets and how frozen batch norm behaves.

A frozen layer (``Node.frozen``) is built with ``requires_grad=False`` (``engine.build``). The
optimizer is given only the parameters that still train, so frozen weights get no optimizer
state at all. Batch normalisation in a frozen part would still update its running mean and
variance in training mode and so drift away from the pretrained statistics; with
``TrainConfig.frozen_bn_eval`` it stays in evaluation mode whatever ``model.train()`` says.
"""
from __future__ import annotations

from engine.build import FROZEN_MARK
from engine.training.errors import ConfigError


def trainable_parameters(model) -> list:
    """The parameters the optimizer should update; a clear error when every layer is frozen."""
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ConfigError("all_frozen")
    return params


def is_frozen_batchnorm(module) -> bool:
    from torch.nn.modules.batchnorm import _BatchNorm

    if not isinstance(module, _BatchNorm):
        return False
    own = list(module.parameters(recurse=False))
    return bool(getattr(module, FROZEN_MARK, False)) or (bool(own) and not any(
        p.requires_grad for p in own))


def pin_frozen_batchnorm(model) -> int:
    """Keep every batch norm of a frozen part in evaluation mode (running statistics used and
    never updated), also after ``model.train()``. Returns how many were pinned.

    A forward pre-hook sets ``training = False`` right before each call: it survives
    ``copy.deepcopy`` (each optimizer of a race gets its own copy) and every caller of
    ``train()``, which a one-off ``.eval()`` would not."""
    count = 0
    for module in model.modules():
        if is_frozen_batchnorm(module) and not getattr(module, "_convstudio_pinned", False):
            module.register_forward_pre_hook(_stay_in_eval)
            module._convstudio_pinned = True
            module.eval()
            count += 1
    return count


def _stay_in_eval(module, args) -> None:
    module.training = False
