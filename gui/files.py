"""File handling for the window: new, open, recent, save, save as, close, autosave and recovery.

Nothing already open is lost: a file that cannot be read leaves the document untouched and
shows the engine's reason in one translated sentence; unsaved changes are asked about; every
few seconds a modified network is written to a recovery file that is offered after a crash.
Sections that other parts of the program keep in a project file are carried through open and
save unchanged; the training runs are kept beside it by ``runs`` (a ``RunsKeeper``), and a run
still going or runs not kept yet are asked about once before the network is replaced.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from engine.io.project_format import SUFFIX
from gui.commands import SnapshotCommand
from gui.error_text import code_text
from gui.i18n import file_error_text
from gui.settings import Settings, recovery_dir

SAVE, DISCARD, CANCEL, KEEP = "save", "discard", "cancel", "keep"
# what the command line's SOURCE arguments take besides a project file (engine.io.sources)
SOURCE_PREFIXES = ("zoo:", "example:", "torchvision:")


def tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def file_filter() -> str:
    return tr("ConvStudio projects (*%1);;All files (*)").replace("%1", SUFFIX)


class FileController(QObject):
    recent_changed = Signal(list)
    error_shown = Signal(str)  # the sentence shown when a file cannot be opened or saved

    def __init__(self, document, settings: Settings, parent: QWidget):
        super().__init__(parent)
        self.document, self.settings, self.window = document, settings, parent
        self.sections: dict = {}
        self.runs = None  # the training runs' keeper (gui.training.keeper.RunsKeeper)
        self.error_box: QMessageBox | None = None
        self.notice_box: QMessageBox | None = None
        self._recovery_path = recovery_dir() / f"session-{os.getpid()}-{int(time.time())}{SUFFIX}"
        self._lock = QLockFile(str(self._recovery_path) + ".lock")
        self._autosave_failed = False
        self.recovery_dialog = None
        self._autosave = QTimer(self, interval=settings.autosave_seconds * 1000)
        self._autosave.timeout.connect(self.autosave)
        document.modified_changed.connect(self._on_modified_changed)

    # ------------------------------------------------------------ new / open
    def new_empty(self) -> bool:
        if not self.maybe_discard():
            return False
        from engine.graph import NetworkGraph
        self._load(NetworkGraph(), "", {})
        return True

    def new_from_graph(self, graph) -> bool:
        """A network from the zoo or the examples, as a new unsaved document."""
        if not self.maybe_discard():
            return False
        self._load(graph, "", {})
        return True

    def open_dialog(self) -> bool:
        start = str(Path(self.document.path).parent) if self.document.path else ""
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open network"), start,
                                              file_filter())
        return self.open_path(path) if path else False

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open a project file; on failure show why and keep what is open."""
        from engine.io.project import ProjectFileError, load_project
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            self.show_error(tr("Cannot open the network"), file_error_text(exc, path))
            return False
        if ask and not self.maybe_discard():
            return False
        self._load(project.graph, str(Path(path).resolve()), project.sections)
        self.recent_changed.emit(self.settings.add_recent(path))
        notice = project.notice(Path(path).name)
        if notice is not None:  # layer ids renamed on loading
            self.show_notice(tr("Layers renamed"), code_text(*notice, ""))
        return True

    def open_source(self, source: str, ask: bool = True) -> bool:
        """What ``--open`` takes: a project file, or a SOURCE as the command line takes it
        (``zoo:NAME``, ``example:NAME``, ``torchvision:NAME``), opened as a new unsaved
        network (a zoo network with its blocks collapsed, as the zoo dialog opens it). A bad
        one is said in one sentence and what is open stays."""
        if not source.startswith(SOURCE_PREFIXES):
            return self.open_path(source, ask=ask)
        from engine.errors import UserError
        from engine.io.sources import load_source
        from gui.error_text import user_error_text
        try:
            graph = load_source(source)
        except UserError as exc:
            self.show_error(tr("Cannot open the network"), user_error_text(exc))
            return False
        if source.startswith("zoo:"):
            from engine import zoo
            zoo.collapse_all(graph)
        if ask and not self.maybe_discard():
            return False
        self._load(graph, "", {})
        return True

    def _load(self, graph, path: str, sections: dict) -> None:
        self.document.replace_graph(graph)
        self.document.set_path(path)
        self.sections = dict(sections)
        self._remove_recovery()
        self._restore_weights(path)
        if self.runs is not None:
            self.runs.opened(path, self.sections)
            if self.runs.error is not None:
                self.show_error(tr("Cannot restore the training runs"),
                                file_error_text(self.runs.error, path))

    def _restore_weights(self, path: str) -> None:
        """The starting weights kept beside the project (an import's, a pretrained network's)
        come back; when they cannot, the network opens with fresh weights and says why."""
        section = self.sections.get("weights")
        if not path or section is None:
            return
        from engine.io.start_weights import StartWeightsError, load_start_weights
        from gui.workers import import_torch_once
        import_torch_once()  # never while a worker imports it (see gui.workers)
        try:
            self.document.set_weights(load_start_weights(path, section))
        except StartWeightsError as exc:
            from gui.error_text import user_error_text
            self.show_error(tr("Cannot restore the starting weights"), user_error_text(exc))

    # ------------------------------------------------------------ save
    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return self.save_to(path) if path else False

    def ask_save_path(self) -> str:
        """The Save As dialog: the chosen project path (with its suffix), or "" on Cancel."""
        start = self.document.path or str(Path.home() / (self._suggested_name() + SUFFIX))
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save network as"), start,
                                              file_filter())
        if path and not path.endswith(SUFFIX):
            path += SUFFIX
        return path

    def save_to(self, path: str) -> bool:
        from engine.io.project import Project, ProjectFileError, save_project
        from engine.io.runs import RunsFileError
        from engine.io.start_weights import StartWeightsError
        sections = dict(self.sections)
        try:
            kept = self.runs.section_for_save(path) if self.runs is not None else None
            if kept:
                sections["runs"] = kept
            elif kept is not None:
                sections.pop("runs", None)
            sections.pop("weights", None)
            if self.document.weights:  # imported or pretrained: kept beside the project
                from engine.io.start_weights import save_start_weights
                sections["weights"] = save_start_weights(path, self.document.weights)
            save_project(Project(self.document.graph, sections), path)
        except (ProjectFileError, RunsFileError, StartWeightsError) as exc:
            from gui.error_text import user_error_text
            text = user_error_text(exc) if isinstance(exc, StartWeightsError) else \
                file_error_text(exc, path)  # (the weights error names its own file)
            self.show_error(tr("Cannot save the network"), text)
            return False
        self.sections = sections
        self.document.set_path(str(Path(path).resolve()))
        self.document.mark_saved()
        self._remove_recovery()
        self.recent_changed.emit(self.settings.add_recent(path))
        return True

    def _suggested_name(self) -> str:
        name = self.document.graph.name or tr("network")
        return "".join(c if c.isalnum() or c in "-_" else "_" for c in name).strip("_")

    # ------------------------------------------------------------ asking
    def maybe_discard(self) -> bool:
        """True when the current network may be replaced (saved, discarded or unchanged).
        A run still going, or runs not kept yet, are asked about first, in one question that
        covers the network's changes too."""
        pending = self.runs.pending() if self.runs is not None else None
        if pending:
            answer = self.ask_keep_runs(pending == "running")
            if answer == CANCEL:
                return False
            if answer == KEEP:
                # an untitled network is named first: cancelling that dialog is Cancel (the
                # run goes on, nothing is replaced or closed)
                path = self.document.path or self.ask_save_path()
                if not path:
                    return False
                self.runs.stop_and_wait()
                return self.save_to(path)
            self.runs.stop_and_wait()
            self.runs.discard()
            return True
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def ask_save_changes(self) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"),
                          tr("The network has changes that are not saved. Save them first?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("ask_save_changes")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SAVE,
                QMessageBox.StandardButton.Discard: DISCARD}.get(
                    QMessageBox.StandardButton(answer), CANCEL)

    def ask_keep_runs(self, running: bool) -> str:
        """KEEP (stop the run, save the project with its runs), DISCARD or CANCEL."""
        text = (tr("A training run is still going. Stop it and keep the trained runs with the "
                   "project?") if running else
                tr("The trained runs are not kept with the project yet. Keep them?"))
        if self.document.modified:
            text += " " + tr("Keeping saves the changes to the network too; discarding drops "
                             "them.")
        box = QMessageBox(QMessageBox.Icon.Question, tr("Keep the trained runs?"), text,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("ask_keep_runs")
        box.button(QMessageBox.StandardButton.Save).setText(
            tr("Stop and keep") if running else tr("Keep"))
        box.button(QMessageBox.StandardButton.Discard).setText(
            tr("Stop and discard") if running else tr("Discard"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: KEEP,
                QMessageBox.StandardButton.Discard: DISCARD}.get(
                    QMessageBox.StandardButton(answer), CANCEL)

    def show_error(self, title: str, text: str) -> None:
        """A window-modal message that does not block (tests read ``error_box``)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("file_error")
        self.error_box = box
        self.error_shown.emit(text)
        box.open()

    def show_notice(self, title: str, text: str) -> None:
        """What opening a file changed, as a window-modal message that does not block (tests
        read ``notice_box``)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("file_notice")
        self.notice_box = box
        box.open()

    # ------------------------------------------------------------ autosave and recovery
    def start_autosave(self) -> None:
        recovery_dir().mkdir(parents=True, exist_ok=True)
        self._lock.tryLock(0)
        self._autosave.start()

    def autosave(self) -> Path | None:
        """Write the modified network to this session's recovery file. When that fails the
        person is told once (their work is not protected); the next tick retries."""
        if not self.document.modified:
            return None
        if not self._lock.isLocked():
            recovery_dir().mkdir(parents=True, exist_ok=True)
            self._lock.tryLock(0)
        recovery = {"path": self.document.path, "saved_at": time.strftime("%Y-%m-%d %H:%M")}
        from engine.io.project import Project, ProjectFileError, save_project
        try:
            save_project(Project(self.document.graph, {**self.sections, "recovery": recovery}),
                         self._recovery_path)
        except ProjectFileError as exc:
            if not self._autosave_failed:
                self._autosave_failed = True
                self.show_error(tr("Autosave failed"), tr("Your changes are not protected "
                                "against a crash until this is fixed: %1").replace(
                                    "%1", file_error_text(exc, str(self._recovery_path))))
            return None
        self._autosave_failed = False
        return self._recovery_path

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self._remove_recovery()

    def _remove_recovery(self) -> None:
        if self._recovery_path.exists():
            self._recovery_path.unlink()

    def shutdown(self) -> None:
        """The window closes normally: nothing needs recovering."""
        self._autosave.stop()
        self._remove_recovery()
        self._lock.unlock()

    @staticmethod
    def orphaned_recovery_files() -> list[Path]:
        """Recovery files left by sessions that are no longer running."""
        folder = recovery_dir()
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob(f"session-*{SUFFIX}")):
            lock = QLockFile(str(path) + ".lock")
            if lock.tryLock(0):
                lock.unlock()
                found.append(path)
        return found

    def recover(self, path: Path) -> bool:
        """Load a recovery file as an unsaved change of its original file (undoable). The file
        is deleted only once this session's own recovery file holds the same work."""
        from engine.io.project import ProjectFileError, load_project
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            self.show_error(tr("Cannot recover the network"), file_error_text(exc, str(path)))
            return False
        info = project.sections.pop("recovery", {}) or {}
        original = info.get("path", "") if isinstance(info, dict) else ""
        original = original if isinstance(original, str) else ""
        graph = project.graph
        self.document.replace_graph(self.document.graph.__class__())
        self.document.set_path(original if original and Path(original).exists() else "")
        self.sections = project.sections
        self.document.undo_stack.push(SnapshotCommand(
            self.document, tr("Recover unsaved changes"), lambda g: g.replace_with(graph)))
        if self.autosave() is not None:
            path.unlink(missing_ok=True)
        return True

    def offer_recovery(self) -> bool:
        """Offer every recovery file a crashed session left (name, time, summary); recover the
        one chosen, keep the others until they are discarded. False when none was recovered."""
        files = self.orphaned_recovery_files()
        if not files or os.environ.get("CONVSTUDIO_NO_AUTOSAVE_PROMPT") == "1":
            return False
        from gui.recovery import RecoveryDialog
        dialog = RecoveryDialog(files, self.window)
        self.recovery_dialog = dialog
        dialog.exec()
        return dialog.chosen is not None and self.recover(dialog.chosen)
