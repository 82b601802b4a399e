"""Trained work is never lost: a run's weights can be saved at any time, a project file keeps
its runs (history, best weights, the weights after each epoch, the last evaluation and its
mistake images, in ``net.runs/`` beside it, see ``engine.io.runs``), and reopening the project
brings them back to Runs, the curves, the heatmap, Evaluation and Look inside's epoch slider.

``RunsKeeper`` is what the file controller talks to; it works on the training panel's history
(built when first needed) and never on files the user did not choose.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.io.runs import (RunToKeep, RunsFileError, epochs_in, load_epoch_weights,
                            load_mistake_images, load_runs, runs_folder, save_runs)

if TYPE_CHECKING:
    from gui.training.history import RunRecord

# gui.training.history (numpy, engine.training) is imported where a run is at hand: the main
# window makes this keeper at start-up, before its first paint, and needs neither then

RUNNING_NOW, UNSAVED = "running", "unsaved"


def run_weights(run: RunRecord) -> dict | None:
    """The run's best weights as a CPU state dict (read from disk for a restored run)."""
    if run.weights is not None:
        return run.weights
    if run.weights_path:
        from gui.workers import import_torch_once
        import_torch_once()  # never while a worker imports it (see gui.workers)
        from safetensors.torch import load_file
        return load_file(run.weights_path)
    return None


def save_run_weights(run: RunRecord, path) -> Path:
    """Write ``run``'s best weights to ``path`` as safetensors, with the normalisation and
    class names the command line records."""
    target = Path(path)
    if run.weights is None and run.weights_path:
        target.parent.mkdir(parents=True, exist_ok=True)
        if Path(run.weights_path).resolve() != target.resolve():
            shutil.copyfile(run.weights_path, target)
        return target
    if run.weights is None:
        raise ValueError("this run has no weights yet")
    from engine.training.session import save_weights_file
    from gui.workers import import_torch_once
    import_torch_once()
    return save_weights_file(run.weights, target, run.weights_meta)


def run_weights_metadata(run: RunRecord) -> dict:
    """The normalisation and class names of the run's weights (read from a restored run's
    file, so saving the project again keeps them)."""
    if run.weights_meta or not run.weights_path:
        return dict(run.weights_meta)
    from safetensors import safe_open
    try:
        with safe_open(run.weights_path, framework="pt") as f:
            return dict(f.metadata() or {})
    except Exception:  # a damaged file: its weights fail to load later, with a sentence
        return {}


def run_epoch_weights(run: RunRecord) -> dict:
    """{epoch: state dict} after each epoch (read from disk for a restored run)."""
    if run.epoch_weights or not run.epoch_weights_path:
        return dict(run.epoch_weights)
    from gui.workers import import_torch_once
    import_torch_once()
    return {e: load_epoch_weights(run.epoch_weights_path, e)
            for e in epochs_in(run.epoch_weights_path)}


@dataclass(frozen=True)
class SavedCapture:
    """A restored run seen by Look inside's run chooser: one "epoch" (its best) whose weights
    are a file (the shape of a probe capture the inspection panel reads)."""

    run: str
    epoch: int
    weights: str


class SavedEpochCapture:
    """One epoch of a restored run, its weights read from the run's epochs file when Look
    inside first asks for them (then kept)."""

    def __init__(self, run: str, epoch: int, path: str):
        self.run, self.epoch, self.path = run, int(epoch), path
        self._weights = None

    @property
    def weights(self) -> dict | None:
        """None when the file went missing or is damaged (Look inside keeps what it shows)."""
        if self._weights is None:
            try:
                self._weights = load_epoch_weights(self.path, self.epoch)
            except RunsFileError:
                return None
        return self._weights


class SavedRunProbes:
    """The restored runs as the inspection panel's epoch slider reads probe captures: every
    epoch kept with the run, else its best weights alone (a project kept by version 1)."""

    def __init__(self, runs):
        self._caps = {}
        for r in runs:
            caps = []
            if r.epoch_weights_path:
                try:
                    caps = [SavedEpochCapture(r.name, e, r.epoch_weights_path)
                            for e in epochs_in(r.epoch_weights_path)]
                except RunsFileError:
                    caps = []
            if not caps and r.weights_path:
                caps = [SavedCapture(r.name, r.best_epoch, r.weights_path)]
            if caps:
                self._caps[f"#{r.session} {r.name}"] = caps

    def runs(self) -> list:
        return list(self._caps)

    def captures(self, run: str | None = None) -> list:
        if run is None:
            run = next(iter(self._caps), None)
        return list(self._caps.get(run, []))


class RunsKeeper:
    """``pending()``, ``stop_and_wait()``, ``discard()``, ``section_for_save(path)`` and
    ``opened(path, sections)`` — the training side of new / open / save / quit."""

    SECTION = "runs"

    def __init__(self, dock):
        self.dock = dock
        self.error: RunsFileError | None = None  # why kept runs could not be read

    @property
    def panel(self):
        return self.dock.panel

    def _history(self):
        return self.panel.monitor.history if self.panel is not None else None

    def pending(self) -> str | None:
        """``running`` while a run goes, ``unsaved`` when ended runs are not kept yet."""
        history = self._history()
        if history is None:
            return None
        if self.panel.worker is not None or history.running:
            return RUNNING_NOW
        if history.changed and history.runs() and self.panel.keep_runs():
            return UNSAVED
        return None

    def stop_and_wait(self) -> None:
        if self.panel is not None:
            self.panel.shutdown()

    def discard(self) -> None:
        """The user chose not to keep the runs: nothing is pending any more (they go from the
        panel when another network opens; on quit they go with the window)."""
        history = self._history()
        if history is not None:
            history.changed = False

    def section_for_save(self, project_path) -> dict | None:
        """Write the runs beside ``project_path`` and return the project file's section: {}
        when this project keeps no runs (any old section goes), None when the training panel
        was never opened (what the file says stays). Raises RunsFileError."""
        history = self._history()
        if history is None:
            return None
        from gui.training.history import RUNNING, run_to_record
        runs = [(run, session) for session in history.sessions
                for run in session.runs.values() if run.status != RUNNING]
        if not runs or not self.panel.keep_runs():
            return {}
        kept = [RunToKeep(run_to_record(run, session), run_weights(run),
                          run_weights_metadata(run), run_epoch_weights(run), run.mistake_images)
                for run, session in runs]
        folder = save_runs(project_path, kept)
        history.changed = False
        return {"folder": folder.name, "count": len(runs)}

    def opened(self, project_path: str, sections: dict) -> None:
        """Another network is open: forget the old runs, bring back the ones it keeps."""
        self.error = None
        if self.panel is not None:
            self.panel.monitor.clear_runs()
        if not project_path or not isinstance(sections.get(self.SECTION), dict):
            return
        try:
            saved = load_runs(project_path)
        except RunsFileError as exc:
            self.error = exc
            return
        if not saved:
            return
        panel = self.dock.ensure_panel()
        runs = panel.monitor.restore_runs([(s.record, s.weights, s.epoch_weights,
                                            self._mistake_images(s)) for s in saved])
        probes = SavedRunProbes(runs)
        if probes.runs():
            self.dock.probes_updated.emit(probes)

    def _mistake_images(self, saved) -> list | None:
        if saved.mistake_images is None:
            return None
        try:
            return load_mistake_images(saved.mistake_images)
        except RunsFileError as exc:  # the run opens without them, and says why
            self.error = exc
            return None

    @staticmethod
    def folder_for(project_path) -> Path:
        return runs_folder(project_path)
