"""Evaluation on a split: loss, accuracy, per-class accuracy, confusion matrix and the most
confidently wrong images — everything accumulated on the device, synced once at the end."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np

from engine.training.events import Mistake, frozen_array


@dataclass(frozen=True, eq=False)
class EvalResult:
    loss: float
    accuracy: float
    per_class_acc: np.ndarray  # (K,) fraction right per true class (nan when a class is absent)
    confusion: np.ndarray  # (K, K): row = true class, column = predicted class
    mistakes: tuple  # Mistake records, most confident first
    count: int


def evaluate(model, batches, loss_fn, num_classes: int, mistakes_kept: int = 16,
             autocast=None) -> EvalResult:
    """Run ``model`` in eval mode over ``batches`` (an iterable of (x, y) in order, like
    ``TensorLoader(..., shuffle=False).epoch()``); restores the model's train/eval mode."""
    import torch

    was_training = model.training
    model.eval()
    loss_sum = conf_idx = None
    confidences, predictions, labels = [], [], []
    ctx = autocast or contextlib.nullcontext
    try:
        with torch.no_grad():
            for x, y in batches:
                with ctx():
                    out = model(x)
                out = out.float()
                batch_loss = loss_fn(out, y).detach() * y.shape[0]
                loss_sum = batch_loss if loss_sum is None else loss_sum + batch_loss
                prob, pred = out.softmax(dim=1).max(dim=1)
                confidences.append(prob)
                predictions.append(pred)
                labels.append(y)
    finally:
        model.train(was_training)
    if not labels:
        empty = frozen_array(np.zeros((num_classes, num_classes), dtype=np.int64))
        return EvalResult(float("nan"), float("nan"), frozen_array(np.full(num_classes, np.nan)),
                          empty, (), 0)
    y, pred, conf = torch.cat(labels), torch.cat(predictions), torch.cat(confidences)
    conf_idx = y * num_classes + pred.clamp(0, num_classes - 1)
    confusion = torch.bincount(conf_idx, minlength=num_classes * num_classes)
    wrong = pred != y
    k = min(mistakes_kept, int(y.shape[0]))
    top = torch.topk(torch.where(wrong, conf, torch.full_like(conf, -1.0)), k) if k else None
    # one transfer for everything
    confusion = confusion.view(num_classes, num_classes).cpu().numpy()
    count = int(y.shape[0])
    loss = float(loss_sum.item()) / count
    mistakes = ()
    if top is not None:
        values, index = top.values.cpu().tolist(), top.indices.cpu().tolist()
        y_list, p_list = y[top.indices].cpu().tolist(), pred[top.indices].cpu().tolist()
        mistakes = tuple(Mistake(i, t, p, c) for c, i, t, p in zip(values, index, y_list, p_list)
                         if c >= 0)
    return _summarise(confusion, loss, mistakes, count)


def _summarise(confusion: np.ndarray, loss: float, mistakes, count: int) -> EvalResult:
    right = np.diag(confusion).astype(np.float64)
    per_class_total = confusion.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_class = np.where(per_class_total > 0, right / np.maximum(per_class_total, 1), np.nan)
    accuracy = float(right.sum() / max(1, count))
    return EvalResult(loss, accuracy, frozen_array(per_class), frozen_array(confusion),
                      mistakes, count)


def evaluate_dataset(model, dataset, split: str = "val", batch_size: int = 0,
                     device=None, loss: str = "cross_entropy", normalize: bool = True,
                     mistakes_kept: int = 16) -> EvalResult:
    """Evaluate a module on ``dataset.val`` (or ``train``) the way the trainer does."""
    from engine.data.loader import TensorLoader
    from engine.training.losses import make_loss

    device = device or next(iter(model.parameters())).device
    if not batch_size:
        from engine.training.device import EVAL_BATCH
        batch_size = EVAL_BATCH.get(getattr(device, "type", str(device).split(":")[0]), 256)
    part = getattr(dataset, split)
    loader = TensorLoader(part, batch_size, device, dataset.mean if normalize else None,
                          dataset.std if normalize else None, shuffle=False)
    return evaluate(model, loader.epoch(), make_loss(loss, dataset.num_classes),
                    dataset.num_classes, mistakes_kept)
