"""Class activation maps.

CAM (Zhou et al. 2016, lecture note 003): for a network ending in global average pooling and
one Linear layer, M_c(x, y) = sum_k w_k^c f_k(x, y), where f_k are the maps feeding the pooling
and w^c the Linear weights of class c (the bias is not part of the map).
Grad-CAM (Selvaraju et al. 2017): for any layer A, alpha_k^c = mean_{x,y} dS_c / dA_k(x, y) and
the map is sum_k alpha_k^c A_k(x, y), shown after a ReLU. For a GAP + Linear head at the GAP
input, dS_c / dA_k(x, y) = w_k^c / (h w), so Grad-CAM equals CAM divided by h w.
"""
from __future__ import annotations

import numpy as np

from engine.inspect import locate
from engine.inspect.errors import (ClassIndexError, InspectError, LayerChoiceError,
                                   NoCamHeadError)
from engine.inspect.results import CamResult, prediction

METHODS = ("auto", "cam", "gradcam")


def choose(inspector, method: str = "auto", layer: str | None = None) -> tuple:
    """Resolve (method, layer): CAM where the network allows it at that layer, else Grad-CAM
    at the chosen layer or the default one (the last convolution larger than 1x1)."""
    if method not in METHODS:
        raise InspectError("no_such_method", method=method)
    graph, analysis = inspector.graph, inspector.analysis
    if layer is not None:
        layer = locate.check_image_layer(graph, analysis, layer)
    try:
        head = locate.find_cam_head(graph, analysis)
    except NoCamHeadError:
        if method == "cam":
            raise
        head = None
    if method == "cam" and layer is not None and layer != head.features:
        raise LayerChoiceError("cam_layer_fixed", layer=layer, cam_layer=head.features)
    if method == "cam" or (method == "auto" and head and layer in (None, head.features)):
        return "cam", head.features
    return "gradcam", layer or locate.default_target_layer(graph, analysis)


def compute(inspector, images, *, method="auto", layer=None, classes=None, k=5) -> CamResult:
    """Maps for every image, explaining ``classes`` (one per image, one for all, or None for
    each image's top class)."""
    import torch

    method, layer = choose(inspector, method, layer)
    score = locate.score_node(inspector.graph)
    wanted = _classes(classes, inspector.num_classes)
    maps, logits, chosen = [], [], []
    start = 0
    for x in inspector._chunks(images):
        n = x.shape[0]
        cls = None if wanted is None else torch.as_tensor(
            np.full(n, int(wanted)) if wanted.ndim == 0 else wanted[start:start + n])
        if cls is not None and cls.shape[0] != n:
            raise ClassIndexError("class_count", images=n, given=int(wanted.shape[0]))
        fn = _cam_chunk if method == "cam" else _gradcam_chunk
        raw, out, cls = fn(inspector, x, layer, score, cls)
        maps.append(raw)
        logits.append(out)
        chosen.append(cls)
        start += n
    if wanted is not None and wanted.ndim == 1 and wanted.shape[0] != start:
        raise ClassIndexError("class_count", images=start, given=int(wanted.shape[0]))
    raw = torch.cat(maps)
    up = torch.nn.functional.interpolate(raw[:, None], size=inspector.input_shape[1:],
                                         mode="bilinear", align_corners=False)[:, 0]
    return CamResult(method, layer, torch.cat(chosen).cpu().numpy(), raw.cpu().numpy(),
                     up.cpu().numpy(), _heat(up).cpu().numpy(),
                     prediction(torch.cat(logits), k))


def _classes(classes, count: int):
    if classes is None:
        return None
    arr = np.asarray(classes)
    if arr.ndim > 1 or not np.issubdtype(arr.dtype, np.integer):
        raise ClassIndexError("class_not_whole")
    bad = arr[(arr < 0) | (arr >= count)]
    if bad.size:
        raise ClassIndexError("no_such_class", cls=int(bad.flat[0]), classes=count,
                              last=count - 1)
    return arr.astype(np.int64)


def _cam_chunk(inspector, x, layer, score, cls):
    import torch

    head = locate.find_cam_head(inspector.graph, inspector.analysis)
    weight = inspector.module.get_submodule(head.linear).weight  # (classes, K)
    with torch.no_grad():
        feats, logits = inspector.run((layer, score), x)
        if cls is None:
            cls = logits.argmax(dim=1)
        raw = torch.einsum("nk,nkhw->nhw", weight[cls], feats)
    return raw, logits, cls


def _gradcam_chunk(inspector, x, layer, score, cls):
    import torch

    with torch.enable_grad():
        acts, logits = inspector.run((layer, score), x, leaf=layer)
        if cls is None:
            cls = logits.argmax(dim=1)
        picked = logits.gather(1, cls.to(logits.device)[:, None]).sum()
        (grads,) = torch.autograd.grad(picked, acts, allow_unused=True)
    if grads is None:  # the scores do not depend on this layer (a side branch)
        grads = torch.zeros_like(acts)
    alpha = grads.mean(dim=(2, 3), keepdim=True)
    raw = (alpha * acts.detach()).sum(dim=1)
    return raw, logits.detach(), cls


def _heat(up):
    """max(map, 0) / its maximum, per image; an all-negative map is all 0."""
    pos = up.clamp_min(0)
    peak = pos.amax(dim=(1, 2), keepdim=True)
    return pos / peak.where(peak > 0, peak.new_ones(()))
