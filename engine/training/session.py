"""One training run put together, the same way for the command line and the window: the data
set, the Input layer checked against it (or adapted to it), the trainer, the probe recorder
(the same few validation images captured every epoch) and the trained weights.

    session = TrainingSession(graph, DataChoice("shapes:rgb32", train_images=2000), config)
    session.run(print)                  # blocks; stop() / pause() / resume() from any thread
    session.save_weights("net.safetensors")

``RunControl`` is what the window's worker thread and event bridge rely on; a scripted
stand-in (GUI tests, screenshots) provides the same.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

from engine.training.config import TrainConfig
from engine.training.errors import InputShapeError
from engine.training.events import DataProgress, RunFailed

PROBE_IMAGES = 8


@runtime_checkable
class RunControl(Protocol):
    """What runs in the window's worker thread: ``run(callback)`` blocks and reports events;
    ``stop``/``pause``/``resume`` come from the GUI thread. ``dataset`` (once prepared) feeds
    the mistakes gallery; ``probes`` (a ProbeRecorder or None) the inspection's epoch slider;
    ``best_weights(run)`` keeps a run's best epoch for saving."""

    dataset: Any
    probes: Any

    def run(self, callback: Callable) -> Any: ...
    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def best_weights(self, run: str) -> dict | None: ...
    def weights_metadata(self) -> dict: ...


@dataclass(frozen=True)
class DataChoice:
    """Which data to train on: ``source`` as ``load_dataset`` reads it; ``train_images`` 0 for
    the set's default (Shapes: 10,000 generated; others: every image)."""

    source: str = "shapes"
    train_images: int = 0
    val_fraction: float = 0.2
    seed: int = 0
    root: str | None = None

    def load(self, progress=None):
        from engine.data import load_dataset

        return load_dataset(self.source, val_fraction=self.val_fraction, seed=self.seed,
                            progress=progress, root=self.root, max_train=self.train_images)


@dataclass(frozen=True)
class InputMismatch:
    """The network's Input layer takes ``network`` (C, H, W) but the data has ``data``;
    ``variant`` is a data source of the network's shape (``shapes:rgb32``) when there is one."""

    network: tuple
    data: tuple
    data_name: str
    variant: str | None = None


def input_shape(graph) -> tuple | None:
    """(C, H, W) of the network's only Input layer; None when it has none or several."""
    inputs = graph.input_nodes()
    if len(inputs) != 1:
        return None
    p = graph.nodes[inputs[0]].params
    return tuple(int(p.get(k, 0)) for k in ("channels", "height", "width"))


def check_input(graph, data_shape: tuple | None, data_name: str = "",
                source: str = "") -> InputMismatch | None:
    """An ``InputMismatch`` when the Input layer differs from ``data_shape``, else None (also
    when either shape is unknown: the first batch then decides)."""
    from engine.data.sources import variant_for

    shape = input_shape(graph)
    if shape is None or data_shape is None or shape == tuple(data_shape):
        return None
    return InputMismatch(shape, tuple(data_shape), data_name, variant_for(source, shape))


def adapt_input(graph, shape: tuple) -> None:
    """Set the single Input layer to ``shape`` (C, H, W)."""
    from engine.io.sources import set_input_shape

    set_input_shape(graph, tuple(shape))


def shape_text(shape: tuple) -> str:
    return "x".join(str(int(d)) for d in shape)


class _Cancelled(Exception):
    """Stop was pressed while the data was being prepared."""


class TrainingSession:
    """A run from a graph, a data choice (or a ready data set) and a ``TrainConfig``.

    ``adapt_input``: set the Input layer to the data's shape when they differ (what the command
    line does, with a note); otherwise a mismatch is a ``ConfigError`` with code
    ``input_shape_differs`` before anything is built. ``keep_best`` keeps a CPU copy of each
    run's weights at its best epoch, for ``best_weights`` and saving. ``probes``: a factory
    ``(graph, images) -> recorder`` such as ``engine.inspect.ProbeRecorder`` (inspection is a
    sibling of training, so the caller brings it), or None. ``initial_weights``: a state dict
    (pretrained, imported, or from before an edit) transplanted into the fresh network.
    """

    def __init__(self, graph, data, config: TrainConfig, *, adapt_input: bool = True,
                 probes=None, keep_best: bool = True, trainer_factory=None,
                 initial_weights: dict | None = None):
        self.graph = graph
        # pretrained or earlier weights: those whose names and shapes fit are copied in
        self.initial_weights = initial_weights
        self.choice = data if isinstance(data, DataChoice) else None
        self.dataset = None if isinstance(data, DataChoice) else data
        self.config = config
        self.adapt = adapt_input
        self.probe_factory, self.keep_best = probes, keep_best
        self.trainer_factory = trainer_factory
        self.adapted: InputMismatch | None = None  # what adapt_input changed
        self.trainer = None
        self.probes = None
        self._best: dict[str, dict] = {}
        self._prepared = False
        self._stop = threading.Event()
        self._lock = threading.Lock()

    # ------------------------------------------------------------ preparing
    def prepare(self, progress=None):
        """Load the data (``progress`` receives DataProgress events; Stop cancels between
        them) and check or adapt the Input layer. Returns the data set."""
        if self.dataset is None:
            def report(event: DataProgress) -> None:
                if self._stop.is_set():
                    raise _Cancelled()
                if progress is not None:
                    progress(event)
            self.dataset = self.choice.load(report)
        self._match_input()
        self._prepared = True
        return self.dataset

    def _match_input(self) -> None:
        ds = self.dataset
        source = self.choice.source if self.choice else ""
        mismatch = check_input(self.graph, ds.input_shape, ds.name, source)
        if mismatch is None:
            return
        if not self.adapt:
            raise InputShapeError("input_shape_differs", network=mismatch.network,
                                  data=mismatch.data, dataset=ds.name)
        adapt_input(self.graph, ds.input_shape)
        self.adapted = mismatch

    # ------------------------------------------------------------ running
    def run(self, callback=None) -> dict:
        """Prepare (unless done), train and report every event to ``callback``; returns
        ``{run name: RunFinished or RunFailed}`` ({} when stopped before training began)."""
        emit = callback or (lambda event: None)
        try:
            if not self._prepared:
                self.prepare(progress=emit)
        except _Cancelled:
            return {}
        except (ValueError, OSError) as exc:  # a typed data or setting error: one sentence
            event = RunFailed.from_error("", exc)
            emit(event)
            return {"": event}
        with self._lock:
            if self._stop.is_set():
                return {}
            self.trainer = self._make_trainer()
        return self.trainer.run(self._with_probes(self._keeping_best(emit)))

    def _make_trainer(self):
        factory = self.trainer_factory
        if factory is None:
            from engine.training.trainer import Trainer
            factory = Trainer
        extra = {"initial_weights": self.initial_weights} if self.initial_weights else {}
        return factory(self.graph, self.dataset, self.config, **extra)

    def transplant_report(self):
        """What the run did with ``initial_weights`` (``engine.io.transplant``: the layers
        kept and those that start fresh), once its network is built; None without them."""
        setup = getattr(self.trainer, "setup", None)
        return setup.extra.get("transplant") if setup is not None else None

    def _keeping_best(self, forward):
        if not self.keep_best:
            return forward

        def on_event(event):
            if getattr(event, "kind", "") == "epoch_end" and event.is_best:
                model = self.models().get(event.run)
                if model is not None:
                    self._best[event.run] = _cpu_state(model)
            forward(event)
        return on_event

    def _with_probes(self, forward):
        """Capture feature maps, filters and CAM of a few fixed validation images at the end of
        every epoch of every run (what ZFNet did), for the inspection panel's epoch slider."""
        split = getattr(self.dataset, "val", None)
        if self.probe_factory is None or split is None:
            return forward
        try:
            self.probes = self.probe_factory(self.graph, split.images[:PROBE_IMAGES].numpy())
        except Exception:  # noqa: BLE001 - probes are a bonus; training goes on without them
            self.probes = None
            return forward
        return self.probes.callback(self.trainer, forward=forward)

    def stop(self) -> None:
        """Finish the current batch (or data step), then end cleanly."""
        with self._lock:
            self._stop.set()
            if self.trainer is not None:
                self.trainer.stop()

    def pause(self) -> None:
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        if self.trainer is not None:
            self.trainer.resume()

    # ------------------------------------------------------------ results
    @property
    def runs(self) -> list:
        return self.trainer.runs if self.trainer is not None else []

    def models(self) -> dict:
        """Run name -> its ``nn.Module`` (the latest weights)."""
        return self.trainer.models() if self.trainer is not None else {}

    def best_weights(self, run: str) -> dict | None:
        """A CPU state dict of ``run`` at its best epoch (highest validation accuracy); its
        latest weights when no epoch has ended yet (a run stopped early is kept too)."""
        best = self._best.get(run)
        return best if best is not None else self.final_weights(run)

    def final_weights(self, run: str) -> dict | None:
        model = self.models().get(run)
        return _cpu_state(model) if model is not None else None

    def weights_metadata(self) -> dict:
        """The normalisation and class names a weights file of this run records."""
        from engine.training.checkpoints import weights_metadata

        return weights_metadata(self.dataset, self.config) if self.dataset is not None else {}

    def save_weights(self, path, best: bool = False) -> list[Path]:
        """Write every run's weights (``best``: its best epoch) as safetensors with the
        normalisation and class names; one file per run of a race (``net_adam.safetensors``).
        Returns the files written."""
        names = [r.name for r in self.runs]
        target = Path(path)
        written = []
        for name in names:
            state = self.best_weights(name) if best else self.final_weights(name)
            out = target if len(names) == 1 else target.with_name(
                f"{target.stem}_{name}{target.suffix or '.safetensors'}")
            written.append(save_weights_file(state, out, self.weights_metadata()))
        return written


def save_weights_file(state: dict, path, metadata: dict | None = None) -> Path:
    """Write a state dict as a safetensors file (its folder made when missing)."""
    from safetensors.torch import save_file

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_file({k: v.detach().contiguous().cpu() for k, v in state.items()}, str(out),
              metadata={k: str(v) for k, v in (metadata or {}).items()})
    return out


def _cpu_state(model) -> dict:
    return {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
