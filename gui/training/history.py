"""What the monitor remembers about runs: growing numpy buffers fed by engine training events.

Qt-free on purpose, so plots, tables, CSV export and tests share one model. Each press of Start
is a *session* (its settings kept); each optimizer of a race is one ``RunRecord`` inside it.
Past sessions stay until deleted, so any earlier run can be overlaid on the current plots.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field

import numpy as np

from engine.records import frozen_array
from engine.training import events as ev

RUNNING, COMPLETED, STOPPED, EARLY_STOPPED, FAILED = (
    "running", ev.FINISH_COMPLETED, ev.FINISH_STOPPED, ev.FINISH_EARLY_STOPPED, "failed")


class Series:
    """Parallel x/y float buffers that grow by doubling, so appending is O(1) amortised and the
    plot can take zero-copy views of the filled part."""

    def __init__(self, capacity: int = 256):
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self.n = 0

    def append(self, x: float, y: float) -> None:
        if self.n == len(self._x):
            self._x = np.concatenate([self._x, np.empty(len(self._x))])
            self._y = np.concatenate([self._y, np.empty(len(self._y))])
        self._x[self.n] = x
        self._y[self.n] = y
        self.n += 1

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.n]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.n]

    def __len__(self) -> int:
        return self.n


EPOCH_COLUMNS = ("train_loss", "train_acc", "val_loss", "val_acc")


@dataclass
class RunRecord:
    """One optimizer's run: per-step loss and learning rate, per-epoch metrics, last epoch's
    evaluation (confusion matrix, mistakes) and per-epoch gradient norms."""

    name: str
    session: int
    settings: dict = field(default_factory=dict)
    loss: Series = field(default_factory=Series)
    lr: Series = field(default_factory=Series)
    epochs: dict = field(default_factory=lambda: {k: Series(16) for k in EPOCH_COLUMNS})
    grad_norms: list = field(default_factory=list)  # [(epoch, {layer: norm})]
    last_epoch: ev.EpochEnded | None = None
    last_batch: ev.BatchEnded | None = None
    status: str = RUNNING
    finished: ev.RunFinished | None = None
    failure: ev.RunFailed | None = None
    weights: dict | None = None  # a CPU state dict of its best epoch, once the run has ended
    weights_meta: dict = field(default_factory=dict)  # normalisation and class names
    weights_path: str = ""  # its best weights on disk (a run restored from a project)
    best_epoch: int = 0
    class_names: tuple = ()  # the data set's class names (untranslated), from RunStarted
    epoch_weights: dict = field(default_factory=dict)  # {epoch: CPU state dict}: the probes
    epoch_weights_path: str = ""  # the same on disk (a run restored from a project)
    mistake_images: list | None = None  # the last epoch's mistakes as (C, H, W) in [0, 1]

    @property
    def has_weights(self) -> bool:
        return self.weights is not None or bool(self.weights_path)

    @property
    def key(self) -> str:
        """Unique across sessions: ``"2:adam"``."""
        return f"{self.session}:{self.name}"

    @property
    def best_val_acc(self) -> float:
        acc = self.epochs["val_acc"].y
        return float(np.nanmax(acc)) if len(acc) else float("nan")

    def add_batch(self, e: ev.BatchEnded) -> None:
        self.loss.append(e.global_step, e.loss)
        self.lr.append(e.global_step, e.lr)
        self.last_batch = e

    def add_epoch(self, e: ev.EpochEnded, steps_per_epoch: int) -> None:
        x = e.epoch * steps_per_epoch if steps_per_epoch else e.epoch
        for key in EPOCH_COLUMNS:
            self.epochs[key].append(x, getattr(e, key))
        if e.grad_norms:
            self.grad_norms.append((e.epoch, dict(e.grad_norms)))
        self.last_epoch = e


@dataclass
class Session:
    """One press of Start: its settings, the RunStarted record and its runs by name."""

    number: int
    settings: dict
    started: ev.RunStarted | None = None
    runs: dict = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return any(r.status == RUNNING for r in self.runs.values())

    @property
    def steps_per_epoch(self) -> int:
        return self.started.steps_per_epoch if self.started else 0


class History:
    """All sessions, newest last. ``apply(event)`` routes an engine event to the current
    session and returns the run it touched (or None)."""

    def __init__(self):
        self.sessions: list[Session] = []
        self._next = 1
        self.changed = False  # a run ended or was deleted since the runs were last kept

    @property
    def current(self) -> Session | None:
        return self.sessions[-1] if self.sessions else None

    def begin(self, settings: dict | None = None) -> Session:
        session = Session(self._next, dict(settings or {}))
        self._next += 1
        self.sessions.append(session)
        return session

    def runs(self) -> list[RunRecord]:
        return [r for s in self.sessions for r in s.runs.values()]

    def run(self, key: str) -> RunRecord | None:
        return next((r for r in self.runs() if r.key == key), None)

    def delete_run(self, key: str) -> None:
        """Forget one run; a past session left without runs goes too."""
        for session in self.sessions:
            for name, run in list(session.runs.items()):
                if run.key == key:
                    del session.runs[name]
                    self.changed = True
        self.sessions = [s for s in self.sessions if s.runs or s is self.current]

    @property
    def running(self) -> bool:
        return any(s.running for s in self.sessions)

    def clear(self) -> None:
        """Forget every run (another network was opened)."""
        self.sessions, self._next, self.changed = [], 1, False

    def restore(self, records) -> list[RunRecord]:
        """Put back runs kept with a project: ``(record dict, weights path or None)`` pairs as
        ``run_to_record`` wrote them (optionally followed by the per-epoch weights path and the
        mistake images), grouped into their sessions again."""
        restored = []
        for record, weights, *more in records:
            run = run_from_record(record, weights, *more)
            session = next((s for s in self.sessions if s.number == run.session), None)
            if session is None:
                session = Session(run.session, dict(record.get("session_settings", {})))
                self.sessions.append(session)
            session.runs[run.name] = run
            restored.append(run)
        self.sessions.sort(key=lambda s: s.number)
        self._next = max([self._next, *[s.number + 1 for s in self.sessions]])
        return restored

    def _run_for(self, session: Session, name: str) -> RunRecord:
        if name not in session.runs:
            settings = dict(session.settings)
            settings["run"] = name
            session.runs[name] = RunRecord(name, session.number, settings)
        return session.runs[name]

    def apply(self, event) -> RunRecord | None:
        session = self.current or self.begin()
        if isinstance(event, ev.RunStarted):
            session.started = event
            for i, name in enumerate(event.runs):
                run = self._run_for(session, name)
                run.class_names = tuple(event.class_names)
                if i < len(event.optimizers):
                    run.settings.setdefault("optimizer", event.optimizers[i])
                if i < len(event.learning_rates):
                    run.settings["lr"] = event.learning_rates[i]
            return None
        name = getattr(event, "run", None)
        if not name:
            return None
        run = self._run_for(session, name)
        if isinstance(event, ev.BatchEnded):
            run.add_batch(event)
        elif isinstance(event, ev.EpochEnded):
            run.add_epoch(event, session.steps_per_epoch)
        elif isinstance(event, ev.RunFinished):
            run.status, run.finished, run.best_epoch = event.reason, event, event.best_epoch
            self.changed = True
        elif isinstance(event, ev.RunFailed):
            run.status, run.failure = FAILED, event
            self.changed = True
        return run


def _series(series: Series) -> dict:
    return {"x": series.x.tolist(), "y": series.y.tolist()}


def _fill(series: Series, data) -> Series:
    if isinstance(data, dict):
        for x, y in zip(data.get("x") or [], data.get("y") or []):
            series.append(float(x), float("nan") if y is None else float(y))
    return series


def _evaluation(epoch: ev.EpochEnded | None) -> dict | None:
    """The last epoch's numbers as JSON (what the Evaluation tab shows), or None."""
    if epoch is None:
        return None
    data = epoch.to_json()
    data.pop("event", None)
    data.pop("grad_norms", None)  # kept per epoch in "grad_norms"
    return data


def _epoch_from(data) -> ev.EpochEnded | None:
    """The EpochEnded ``_evaluation`` described (None when there is none or it is damaged)."""
    if not isinstance(data, dict):
        return None

    def number(key, default=float("nan")) -> float:
        value = data.get(key)
        return float(value) if isinstance(value, (int, float)) else default

    try:
        confusion = np.asarray(data.get("confusion") or np.zeros((0, 0)), dtype=int)
        if confusion.ndim != 2:
            confusion = np.zeros((0, 0), int)
        mistakes = tuple(ev.Mistake(int(m["index"]), int(m["label"]), int(m["predicted"]),
                                    float(m["confidence"]))
                         for m in data.get("mistakes") or [])
        per_class = [float("nan") if v is None else float(v)
                     for v in data.get("per_class_acc") or []]
        return ev.EpochEnded(
            str(data.get("run", "")), int(data.get("epoch") or 0), number("train_loss"),
            number("train_acc"), number("val_loss"), number("val_acc"), number("seconds", 0.0),
            number("images_per_second", 0.0), number("lr", 0.0),
            per_class_acc=frozen_array(per_class, float), confusion=frozen_array(confusion),
            mistakes=mistakes, is_best=bool(data.get("is_best")),
            best_epoch=int(data.get("best_epoch") or 0))
    except (KeyError, TypeError, ValueError):
        return None


def run_to_record(run: RunRecord, session: Session | None = None) -> dict:
    """A JSON-safe description of a finished run: settings, status, every curve point, the
    gradient norms and the last epoch's evaluation (what the Runs table, the curves, the
    heatmap and the Evaluation tab show)."""
    return {"name": run.name, "session": run.session, "settings": dict(run.settings),
            "session_settings": dict(session.settings) if session else {},
            "status": run.status, "best_epoch": run.best_epoch,
            "loss": _series(run.loss), "lr": _series(run.lr),
            "epochs": {k: _series(run.epochs[k]) for k in EPOCH_COLUMNS},
            "grad_norms": [[int(e), dict(norms)] for e, norms in run.grad_norms],
            "class_names": list(run.class_names), "evaluation": _evaluation(run.last_epoch)}


def run_from_record(record: dict, weights_path=None, epoch_weights_path=None,
                    mistake_images=None) -> RunRecord:
    """The run ``run_to_record`` described (its weights stay on disk until needed)."""
    run = RunRecord(str(record.get("name", "run")), int(record.get("session", 1)),
                    dict(record.get("settings") or {}))
    status = record.get("status")
    run.status = status if status in (COMPLETED, STOPPED, EARLY_STOPPED, FAILED) else STOPPED
    run.best_epoch = int(record.get("best_epoch") or 0)
    _fill(run.loss, record.get("loss"))
    _fill(run.lr, record.get("lr"))
    epochs = record.get("epochs") or {}
    for key in EPOCH_COLUMNS:
        _fill(run.epochs[key], epochs.get(key))
    run.grad_norms = [(int(e), {str(k): float(v) for k, v in norms.items()})
                      for e, norms in record.get("grad_norms") or []
                      if isinstance(norms, dict)]
    run.weights_path = str(weights_path) if weights_path else ""
    run.epoch_weights_path = str(epoch_weights_path) if epoch_weights_path else ""
    names = record.get("class_names")
    run.class_names = tuple(str(n) for n in names) if isinstance(names, list) else ()
    run.last_epoch = _epoch_from(record.get("evaluation"))
    if mistake_images is not None and run.last_epoch is not None \
            and len(mistake_images) == len(run.last_epoch.mistakes):
        run.mistake_images = list(mistake_images)
    return run


def write_csv(path: str, runs) -> int:
    """Write every point of ``runs`` as long-format CSV (one row per run, step and metric), the
    shape spreadsheets and pandas pivot easily. Returns the number of data rows."""
    rows = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["session", "run", "optimizer", "step", "epoch", "metric", "value"])
        for run in runs:
            opt = run.settings.get("optimizer", run.name)
            for x, y in zip(run.loss.x, run.loss.y):
                out.writerow([run.session, run.name, opt, int(x), "", "loss", repr(float(y))])
                rows += 1
            for metric in EPOCH_COLUMNS:
                series = run.epochs[metric]
                for i, (x, y) in enumerate(zip(series.x, series.y)):
                    out.writerow([run.session, run.name, opt, int(x), i + 1, metric,
                                  repr(float(y))])
                    rows += 1
    return rows
