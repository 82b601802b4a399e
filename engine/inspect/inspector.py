"""``Inspector``: look inside one network — feature maps, filters, predictions, CAM, Grad-CAM
and receptive-field boxes — for a batch of images, returning plain numpy records."""
from __future__ import annotations

import threading

import numpy as np

from engine.analysis import analyze
from engine.graph.model import NetworkGraph
from engine.inspect import cam as _cam
from engine.inspect import locate
from engine.inspect.errors import ImageInputError, LayerChoiceError
from engine.inspect.extract import cut
from engine.inspect.receptive import Box, cell_box, layer_field, receptive_fields
from engine.inspect.results import ChannelStats, FeatureMaps, Filters, Prediction, prediction
from engine.inspect.weights import apply_state_dict, load_weights


class Inspector:
    """Wraps a network built from ``graph`` (or the given GraphModule built from it).

    The inspector keeps the module in evaluation mode with gradients off for its parameters, so
    a ``module`` passed in must be the inspector's own (a copy, never a model being trained).
    ``normalize`` = (mean, std) per channel is applied to images given in [0, 1], as the
    training data was.
    """

    def __init__(self, graph: NetworkGraph, module=None, *, weights=None, normalize=None,
                 device: str = "cpu", batch_size: int = 64) -> None:
        import torch

        from engine.build import build_module

        self.graph = graph
        self.analysis = analyze(graph)
        inputs = graph.input_nodes()
        if len(inputs) != 1:
            raise LayerChoiceError("inspect_one_input", inputs=inputs, count=len(inputs))
        self.input_node = inputs[0]
        self.module = module if module is not None else build_module(graph, self.analysis)
        self.module.to(device).eval()
        for p in self.module.parameters():
            p.requires_grad_(False)
        self.device = torch.device(device)
        self.batch_size = batch_size
        self.normalize = normalize
        self._fx = locate.fx_nodes(graph, self.module)
        self._cuts: dict = {}
        self._fields = None
        self._lock = threading.RLock()
        if weights is not None:
            self.load_weights(weights)

    # ---------------------------------------------------------------- set-up
    @property
    def input_shape(self) -> tuple:
        return tuple(self.analysis[self.input_node].output_shape)

    @property
    def num_classes(self) -> int:
        shape = self.analysis[locate.score_node(self.graph)].output_shape
        return int(shape[0])

    def load_weights(self, weights) -> None:
        """Load a weights file path or a state_dict into the network."""
        with self._lock:
            if isinstance(weights, dict):
                apply_state_dict(self.module, dict(weights))
            else:
                load_weights(self.module, weights)

    def layers(self, spatial_only: bool = False) -> list:
        """Node ids in network order whose outputs can be inspected (Output nodes excluded)."""
        out = []
        for node_id, report in self.analysis.nodes.items():
            if self.graph.nodes[node_id].type == "Output" or node_id not in self._fx:
                continue
            if spatial_only and (not report.output_shape or len(report.output_shape) != 3):
                continue
            out.append(node_id)
        return out

    def conv_layers(self) -> list:
        return [n for n in self.layers() if self.has_filters(n)]

    def has_filters(self, layer: str) -> bool:
        """Whether ``layer``'s weights are image filters (a convolution's) to show."""
        return layer in self.graph.nodes and self.graph.nodes[layer].spec.shows_filters

    def batch(self, images):
        """Images (N, C, H, W) or one (C, H, W), numpy or torch, in [0, 1] -> a float tensor
        on the device, normalised."""
        import torch

        x = torch.as_tensor(np.asarray(images) if not torch.is_tensor(images) else images)
        if x.ndim == 3:
            x = x[None]
        if x.ndim != 4 or tuple(x.shape[1:]) != self.input_shape:
            raise ImageInputError("bad_image", expected=self.input_shape,
                                  got=tuple(x.shape))
        x = x.to(self.device, torch.float32)
        if self.normalize is not None:
            mean, std = (torch.as_tensor(v, dtype=torch.float32, device=self.device)
                         .reshape(-1, 1, 1) for v in self.normalize)
            x = (x - mean) / std
        return x

    def _node(self, layer: str):
        if layer not in self.graph.nodes:
            raise LayerChoiceError("no_such_layer", layer=layer)
        layer = locate.resolve_output(self.graph, layer)
        if layer not in self._fx:
            raise LayerChoiceError("not_inspectable", layer=layer,
                                   name=self.graph.nodes[layer].label)
        return self._fx[layer]

    def run(self, layers: tuple, images, leaf: str | None = None):
        """Run the cut network up to ``layers`` on one batch tensor; returns a tuple of tensors."""
        key = (layers, leaf)
        if key not in self._cuts:
            self._cuts[key] = cut(self.module, [self._node(n) for n in layers],
                                  self._node(leaf) if leaf else None)
        return self._cuts[key](images)

    def _chunks(self, images):
        x = self.batch(images)
        for start in range(0, x.shape[0], self.batch_size):
            yield x[start:start + self.batch_size]

    # ---------------------------------------------------------------- views
    def activations(self, images, layer: str) -> FeatureMaps:
        """The output of ``layer`` for every image, with per-channel statistics."""
        import torch

        with self._lock, torch.no_grad():
            parts = [self.run((layer,), x)[0] for x in self._chunks(images)]
        values = torch.cat(parts).float()
        return FeatureMaps(locate.resolve_output(self.graph, layer), values.cpu().numpy(),
                           _stats(values))

    def filters(self, layer: str) -> Filters:
        """The weights of a convolution layer."""
        if not self.has_filters(layer):
            raise LayerChoiceError("no_filters", layer=layer)
        conv = self.module.get_submodule(layer)
        src = locate.resolve_output(self.graph, self.graph.inputs_of(layer)[0])
        bias = conv.bias.detach().cpu().numpy().copy() if conv.bias is not None else None
        return Filters(layer, conv.weight.detach().cpu().numpy().copy(), bias,
                       self.graph.nodes[src].type == "Input")

    def predict(self, images, k: int = 5) -> Prediction:
        """Class scores with softmax probabilities and the top-k classes."""
        import torch

        score = locate.score_node(self.graph)
        with self._lock, torch.no_grad():
            logits = torch.cat([self.run((score,), x)[0] for x in self._chunks(images)])
        return prediction(logits, k)

    def cam(self, images, *, method: str = "auto", layer: str | None = None, classes=None,
            k: int = 5):
        """CAM or Grad-CAM maps for each image; see ``engine.inspect.cam.compute``."""
        with self._lock:
            return _cam.compute(self, images, method=method, layer=layer, classes=classes, k=k)

    def cam_head(self):
        return locate.find_cam_head(self.graph, self.analysis)

    def default_layer(self) -> str:
        return locate.default_target_layer(self.graph, self.analysis)

    def receptive_box(self, layer: str, y: int, x: int) -> Box:
        """The input pixels that cell (y, x) of ``layer``'s feature maps can see."""
        if self._fields is None:
            self._fields = receptive_fields(self.graph, self.analysis)
        layer = locate.resolve_output(self.graph, layer) if layer in self.graph.nodes else layer
        field = layer_field(self._fields, self.graph, layer)
        shape = self.analysis[layer].output_shape
        if not (0 <= y < shape[1] and 0 <= x < shape[2]):
            raise LayerChoiceError("cell_outside", layer=layer, y=y, x=x, height=shape[1],
                                   width=shape[2])
        return cell_box(self.graph, self.analysis, layer, y, x, field)


def _stats(values) -> ChannelStats:
    """Per image and channel statistics of an (N, C, ...) tensor."""
    flat = values.reshape(values.shape[0], values.shape[1], -1)
    std = flat.std(dim=2, unbiased=False)
    return ChannelStats(flat.mean(dim=2).cpu().numpy(), std.cpu().numpy(),
                        flat.amin(dim=2).cpu().numpy(), flat.amax(dim=2).cpu().numpy(),
                        (flat == 0).float().mean(dim=2).cpu().numpy())
