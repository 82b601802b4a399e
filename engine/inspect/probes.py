"""Probe captures during training: what ZFNet did — the same few images pushed through the
network at the end of every epoch, so feature maps, filters and CAM can be scrubbed through
training, per run (per optimizer in a race).

    recorder = ProbeRecorder(graph, probe_images)
    trainer.run(recorder.callback(trainer, forward=bridge.post))   # or recorder.capture(...)
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from engine.inspect.errors import NoCamHeadError
from engine.inspect.inspector import Inspector
from engine.inspect.results import CamResult, Prediction


@dataclass(frozen=True)
class ProbeCapture:
    """One epoch of one run: ``activations`` and ``filters`` map a layer to numpy arrays."""

    run: str
    epoch: int
    activations: dict
    filters: dict
    prediction: Prediction
    cam: CamResult | None
    weights: dict | None = None  # a CPU copy of the state_dict, to re-inspect any view


class ProbeRecorder:
    """Captures the probe images' views from weights handed to ``capture`` (thread-safe)."""

    def __init__(self, graph, images, layers=None, *, normalize=None,
                 keep_weights: bool | None = None) -> None:
        self.inspector = Inspector(graph.copy(), normalize=normalize)
        params = sum(p.numel() for p in self.inspector.module.parameters())
        # weights let a viewer show any layer or class at any epoch; skip them for big networks
        self.keep_weights = params <= 5_000_000 if keep_weights is None else keep_weights
        self.images = np.asarray(images, dtype=np.float32)
        self.layers = list(layers) if layers is not None else self._default_layers()
        self._captures: dict = {}
        self._lock = threading.Lock()

    def _default_layers(self) -> list:
        insp = self.inspector
        convs = insp.conv_layers()
        try:
            target = [insp.default_layer()]
        except ValueError:
            target = []
        return list(dict.fromkeys(convs + target))

    def capture(self, run: str, epoch: int, weights) -> ProbeCapture:
        """Record the views for ``weights`` (an nn.Module or a state_dict) at ``epoch``."""
        from engine.inspect.weights import clean_state_dict

        state = weights.state_dict() if hasattr(weights, "state_dict") else weights
        state = {k: v.detach().to("cpu", copy=True) for k, v in clean_state_dict(state).items()}
        with self._lock:
            insp = self.inspector
            insp.load_weights(state)
            acts = {n: insp.activations(self.images, n).values for n in self.layers}
            filters = {n: insp.filters(n).weights for n in self.layers
                       if insp.has_filters(n)}
            try:
                cam = insp.cam(self.images)
                pred = cam.prediction
            except (NoCamHeadError, ValueError):
                cam, pred = None, insp.predict(self.images)
            item = ProbeCapture(run, int(epoch), acts, filters, pred, cam,
                                state if self.keep_weights else None)
            self._captures.setdefault(run, {})[int(epoch)] = item
        return item

    def runs(self) -> list:
        with self._lock:
            return list(self._captures)

    def captures(self, run: str | None = None) -> list:
        """The captures of one run (default: the first), in epoch order."""
        with self._lock:
            if run is None:
                run = next(iter(self._captures), None)
            return [c for _, c in sorted(self._captures.get(run, {}).items())]

    def callback(self, trainer, forward=None):
        """A trainer callback: on each EpochEnded, capture that run's current model, then pass
        every event on to ``forward``. Images are normalised as the trainer normalises them."""
        config, data = getattr(trainer, "config", None), getattr(trainer, "dataset", None)
        if getattr(config, "normalize", False) and getattr(data, "mean", None):
            self.inspector.normalize = (data.mean, data.std)

        def on_event(event):
            if getattr(event, "kind", "") == "epoch_end":
                model = trainer.models().get(event.run)
                if model is not None:
                    self.capture(event.run, event.epoch, model)
            if forward is not None:
                forward(event)
        return on_event
