"""The main window: assembles the canvas, the docks (palette, inspector, analysis, messages,
history), the menus and the toolbar. Behaviour lives in the parts; this module only wires them.

A launch builds it in two steps, so the first frame comes fast: the frame (menus, toolbar, the
start page, an empty palette dock) is painted first, and the editor (document, canvas, docks)
is built on the next turn of the event loop (``finish``). Built with ``staged=False`` (the
default) the window is whole when the constructor returns.
"""
from __future__ import annotations

import re
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

from gui import resources
from gui.settings import Settings
from gui import window_fit, window_menus
from gui.theme import apply_presentation

APPEND_GAP = 110.0  # scene units below the selected node where a double-clicked layer goes
FIRST_FRAME_GRACE_MS = 400  # a staged window whose first paint never comes is finished anyway


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n layer(s)": "1 layer", "2 layers")."""
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)


def plain_text(text: str) -> str:
    """Menu text without its mnemonic ("&Save", "저장(&S)") or ellipsis, for buttons."""
    return re.sub(r"\(&\w\)|&(?=\w)", "", text).rstrip("…").strip()


class MainWindow(QMainWindow):
    """Parts are attributes: ``canvas``, ``palette_panel``, ``inspector``, ``analysis``,
    ``messages``, ``history``, ``docks`` (by name), ``action_map`` (actions by name), ``files``.
    (``palette`` and ``actions`` stay QWidget's own methods.)

    ``staged=True`` builds only the frame; the editor follows after the first paint (or on
    ``finish()``, which any action or start-page request calls first). ``ready`` says whether
    it is built; ``when_ready(callback)`` runs a callback once it is; ``first_frame_at`` is the
    ``time.time()`` of the first painted frame (None before), ``first_frame_cpu`` the process's
    CPU time by then (bench/bench_startup.py reads both)."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 staged: bool = False):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self.setAcceptDrops(True)  # a .convstudio file dropped from the file manager opens
        self.presentation = False
        self.ready = False
        self.first_frame_at: float | None = None
        self.first_frame_cpu: float | None = None  # this process's CPU seconds by then
        self._frame_painted = False
        self._staged = staged
        self._when_ready: list = []
        self.action_map: dict[str, QAction] = {}
        self._shortcuts: dict[str, str] = {}  # action name -> its shortcut (_set_shortcuts)
        self.labs_window = None  # built by open_labs
        from gui.start_controller import StartController
        self.start = StartController(self)  # the central area: the start page or the canvas
        self._build_actions(first_frame=True)
        window_menus.build_menu_titles(self)
        window_menus.build_toolbar(self)
        self._build_status()
        self.docks: dict[str, QDockWidget] = {}
        self._dock("palette", tr("Layers"), QWidget(self), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.docks["palette"]], [280], Qt.Orientation.Horizontal)
        self.setWindowTitle(f"{tr('Untitled')}[*] — ConvStudio")
        self._place()
        if not staged:
            self.finish()

    def finish(self) -> None:
        """Build the editor (once): document, canvas, docks, the menus' contents; then the
        callbacks ``when_ready`` was given run on the next turn of the event loop."""
        if self.ready:
            return
        self.ready = True
        from gui.fonts import register_bundled_fonts
        register_bundled_fonts()  # Hangul (a file or class name) shows in any language
        from gui.document import Document
        from gui.files import FileController
        from gui.canvas import CanvasView
        self.document = Document(parent=self)
        self.files = FileController(self.document, self.settings, self)
        self.canvas = CanvasView(self.document, self)
        self.start.attach_canvas(self.canvas)
        self.canvas.editor.num_classes = self.chosen_num_classes
        self._build_docks()
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        for dock in self.docks.values():  # added to a shown window, a dock would show later
            if dock.isHidden() and not dock.testAttribute(explicit):
                dock.show()  # now, so that the layout restored and the start page decide
        self._build_actions(first_frame=False)
        self._build_history_actions()
        self._set_shortcuts()
        window_menus.fill_menus(self)
        window_menus.fill_toolbar(self)
        self._connect()
        self._update_title()
        self._restore_layout()
        if self.presentation:
            self.canvas.set_presentation(True)
            self.training.set_presentation(True)
        if self.start.shown:
            self.start.rest_docks()  # the docks restored with the layout rest while it shows
        callbacks, self._when_ready = self._when_ready, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    def when_ready(self, callback) -> None:
        """Run ``callback`` once the editor is built (on the next turn of the event loop)."""
        if self.ready:
            QTimer.singleShot(0, callback)
        else:
            self._when_ready.append(callback)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The window's first paint: once that frame is out (the next turn of the event loop),
        its time is noted and a staged window builds the rest. (Not an ``event()`` override:
        the first event it is handed makes PySide build ~50 event classes, 5 ms, before the
        first frame.)"""
        super().paintEvent(event)
        if self.first_frame_at is None and not self._frame_painted:
            self._frame_painted = True
            QTimer.singleShot(0, self._first_frame_out)

    def _first_frame_out(self) -> None:
        self.first_frame_at, self.first_frame_cpu = time.time(), time.process_time()
        if not self.ready:
            QTimer.singleShot(0, self.finish)

    # ------------------------------------------------------------ assembly
    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _build_docks(self) -> None:
        from PySide6.QtWidgets import QUndoView
        from gui.palette import PaletteWidget
        from gui.properties import InspectorWidget
        from gui.widgets.analysis_table import AnalysisTableWidget
        from gui.widgets.message_bar import MessageBar
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.palette_panel = PaletteWidget(self)
        placeholder = self.docks["palette"].widget()
        self.docks["palette"].setWidget(self.palette_panel)  # in the dock the first frame showed
        placeholder.deleteLater()
        self.inspector = InspectorWidget(self.document, self)
        self.analysis = AnalysisTableWidget(self.document, self)
        self.messages = MessageBar(self.document, self)
        self.history = QUndoView(self.document.undo_stack, self)
        self.history.setObjectName("undo_view")
        self.history.setAccessibleName(tr("History"))
        self.history.setEmptyLabel(tr("<opened>"))
        self._dock("inspector", tr("Inspector"), self.inspector, right)
        self._dock("history", tr("History"), self.history, right)
        self._dock("analysis", tr("Analysis"), self.analysis, bottom)
        self._dock("messages", tr("Messages"), self.messages, bottom)
        from gui.training.dock import add_training_dock
        self.training = add_training_dock(self)  # lazily built; listed under View > Panels
        self.files.runs = self.training.keeper  # projects keep their runs; quitting asks
        from gui.inspect.dock import add_inspect_dock
        self.inspect = add_inspect_dock(self)  # feature maps, filters, CAM; built when shown
        # probes captured each epoch of a run feed the inspection panel's epoch slider
        self.training.probes_updated.connect(
            lambda recorder: self.inspect.ensure_panel().attach_probes(recorder))
        for task in (self.training, self.inspect):  # the curves or the maps get the room
            window_fit.follow_task(self, task)
        for scrolling in (self.inspector, self.history):  # they scroll; the task panel below
            scrolling.setMinimumHeight(40)  # may take the height (a 720-line projector)
        self.tabifyDockWidget(self.docks["inspector"], self.docks["history"])
        self.docks["inspector"].raise_()
        self.resizeDocks([self.docks["palette"], self.docks["inspector"]], [280, 330],
                         Qt.Orientation.Horizontal)

    def _build_status(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("status_summary")
        self.statusBar().setObjectName("status_bar")
        self.statusBar().addPermanentWidget(self.summary)

    def _action(self, name: str, text: str, slot=None, shortcut=None, checkable=False) -> QAction:
        """An action whose slot runs on the whole window (``finish`` first: a shortcut pressed
        while a staged window is still building waits for it)."""
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            self._shortcuts[name] = shortcut  # set once the window is whole (_set_shortcuts)
        action.setCheckable(checkable)
        if slot is not None and checkable:
            action.triggered.connect(lambda checked, s=slot: (self.finish(), s(checked)))
        elif slot is not None:
            action.triggered.connect(lambda _=False, s=slot: (self.finish(), s()))
        self.action_map[name] = action
        return action

    def _build_actions(self, first_frame: bool) -> None:
        """The actions of the first frame (the toolbar's, presentation mode's) or all the rest,
        which come with the menus that show them (``window_menus.action_table``)."""
        for name, text, slot, shortcut in window_menus.action_table(self):
            if (name in window_menus.FIRST_FRAME_ACTIONS) == first_frame:
                self._label(self._action(name, text, slot, shortcut,
                                         checkable=name == "presentation"))

    @staticmethod
    def _label(action: QAction) -> None:
        action.setIconText(plain_text(action.text()))
        action.setToolTip(action.iconText())

    def _export(self, dialog: str) -> None:
        from gui import export_actions
        getattr(export_actions, dialog)(self)

    def _set_shortcuts(self) -> None:
        """The actions' shortcuts, with the menus that show them (QKeySequence's class and
        the key sequences cost 1-2 ms that the first frame does without)."""
        from PySide6.QtGui import QKeySequence

        standard = QKeySequence.StandardKey
        for name, key in self._shortcuts.items():
            sequence = getattr(standard, key, None)
            self.action_map[name].setShortcut(QKeySequence(key if sequence is None else sequence))

    def _build_history_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        std = QKeySequence.StandardKey
        undo = self.document.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setObjectName("action_undo")
        undo.setShortcut(QKeySequence(std.Undo))
        redo = self.document.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setObjectName("action_redo")
        redo.setShortcut(QKeySequence(std.Redo))
        self.action_map.update(undo=undo, redo=redo)
        for action in (undo, redo):
            self._label(action)

    def _connect(self) -> None:
        doc = self.document
        self.palette_panel.layer_activated.connect(self.add_layer)
        doc.modified_changed.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.analysis_changed.connect(self._update_summary)
        if hasattr(self.canvas, "message"):
            self.canvas.message.connect(self.messages.show_note)
        from gui.weights_report import StartWeightsReport
        self.weights_report = StartWeightsReport(doc, self)
        self.weights_report.changed.connect(self.messages.show_weights_report)
        self._update_summary(doc.analysis)

    # ------------------------------------------------------------ behaviour
    def add_layer(self, layer_type: str) -> None:
        """Add a layer (palette double-click): below the selected node and wired to it, or in
        the middle of the visible canvas."""
        doc = self.document
        sel = [n for n in doc.selection if n in doc.graph.nodes]
        if len(sel) == 1:
            x, y = doc.graph.nodes[sel[0]].pos
            pos, source = (x, y + APPEND_GAP), sel[0]
        else:
            centre = self.canvas.mapToScene(self.canvas.viewport().rect().center())
            pos, source = (centre.x(), centre.y()), None
        from gui.commands import AddNodeCommand
        command = AddNodeCommand(doc, layer_type, pos=pos, connect_from=source)
        doc.undo_stack.push(command)
        doc.select([command.node_id])

    def new_network(self) -> bool:
        """File > New: an empty network, with the start page in front."""
        if not self.files.new_empty():
            return False
        self.start.show()
        return True

    def show_dock(self, name: str) -> None:
        dock = self.docks[name]
        dock.show()
        dock.raise_()

    def new_from_zoo(self) -> bool:
        from gui.widgets.zoo_dialog import ZooDialog
        dialog = ZooDialog(self)
        if not dialog.exec():
            return False
        graph = dialog.chosen_graph()
        return bool(graph is not None and self.files.new_from_graph(graph))

    def import_model(self) -> bool:
        """File > Import…: a torchvision model, a .py class or a .pt2 as a new document; its
        weights (when chosen) become the document's starting weights."""
        from gui.widgets.import_dialog import ImportDialog
        dialog = ImportDialog(self)
        if not dialog.exec() or dialog.result_model is None:
            return False
        result = dialog.result_model
        if not self.files.new_from_graph(result.graph):
            return False
        self.document.set_weights(result.state_dict if dialog.request_weights else None)
        return True

    def chosen_num_classes(self) -> int | None:
        """The class count of the data set chosen in the training panel (once previewed)."""
        from gui.training.data_panel import DataPanel
        panel = self.findChild(DataPanel)
        return panel.num_classes if panel is not None else None

    def set_presentation(self, enabled: bool) -> None:
        """Large fonts for a projector, inside the screen; turning it off restores the size
        from before."""
        enabled = bool(enabled)
        if enabled and not self.presentation:
            self._size_before_presentation = self.size()
        self.presentation = enabled
        self.action_map["presentation"].setChecked(self.presentation)
        apply_presentation(QApplication.instance(), self.presentation)
        if self.ready:  # else finish() gives the canvas and the training panel the mode
            self.canvas.set_presentation(self.presentation)
            self.training.set_presentation(self.presentation)
        before = getattr(self, "_size_before_presentation", None)
        if not enabled and before is not None:
            self.resize(window_fit.fitted_size(before, self))
        window_fit.fit_to_screen(self)
        QTimer.singleShot(0, self._refit)  # after the re-layout
        if self.labs_window is not None:
            self.labs_window.set_presentation(self.presentation)

    def _refit(self) -> None:
        """Inside the screen again, and the task panel in front keeps its share of the height."""
        window_fit.fit_to_screen(self)
        if not self.ready:
            return
        for task in (self.training, self.inspect):
            if window_fit.in_front(task):
                window_fit.give_room(self, task)

    def open_labs(self, tab: str | None = None):
        """Show the labs window (built on first use) with the lab ``tab`` ("conv", "pool", ...;
        see gui.labs.catalogue) in front, or the last one shown; returns the window."""
        from gui.labs.window import LabsWindow
        if self.labs_window is None:
            self.labs_window = LabsWindow(self)
            self.labs_window.set_presentation(self.presentation)
        self.labs_window.show_lab(tab)
        return self.labs_window

    def show_settings(self) -> None:
        from gui.theme import apply_theme
        from gui.widgets.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.settings, self)
        language = self.settings.language
        if dialog.exec():
            values = dialog.store()
            apply_theme(QApplication.instance(), values["theme"])
            self.set_presentation(values["presentation"])
            if values["language"] != language:
                self.offer_restart()

    def offer_restart(self) -> bool:
        """A new language needs a new start: offer it now (unsaved work is asked about)."""
        from PySide6.QtWidgets import QMessageBox  # on use: its class costs 2 ms at start-up
        answer = QMessageBox.question(
            self, tr("Restart ConvStudio"),
            tr("The new language is used after a restart. Restart ConvStudio now?"))
        if answer != QMessageBox.StandardButton.Yes or not self.close():
            return False
        from PySide6.QtCore import QProcess
        program, arguments = resources.restart_command(self.document.path)
        return QProcess.startDetached(program, arguments)[0]

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, tr("About ConvStudio"), tr(
            "ConvStudio: build convolutional networks by dragging layers, see every shape and "
            "number with its formula, train them and look inside them."))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, path in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1} {path}")
            action.setObjectName(f"action_recent_{i}")
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if not files:
            empty = self.recent_menu.addAction(tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(tr("Clear the list"))
            clear.setObjectName("action_clear_recent")
            clear.triggered.connect(self.settings.clear_recent)

    def _update_title(self, *_args) -> None:
        from pathlib import Path
        doc = self.document
        name = Path(doc.path).name if doc.path else (doc.graph.name or tr("Untitled"))
        self.setWindowTitle(f"{name}[*] — ConvStudio")
        self.setWindowModified(doc.modified)

    def _update_summary(self, analysis) -> None:
        if analysis is None:
            return
        t = analysis.totals
        self.summary.setText(" · ".join((
            tr("%n layer(s)", None, len(analysis.nodes)),
            tr("%1 parameters").replace("%1", f"{t.params:,}"),
            tr("%1 MACs").replace("%1", f"{t.macs:,}"),
            tr("%n error(s)", None, len(analysis.errors)),
            tr("%n warning(s)", None, len(analysis.warnings)))))
        self._update_title()

    # ------------------------------------------------------------ project files dropped on the window
    @staticmethod
    def _dropped_project(event) -> str | None:
        from engine.io import SUFFIX
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return next((p for p in paths if p.endswith(SUFFIX)), None)

    def dragEnterEvent(self, event) -> None:
        if self._dropped_project(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_project(event)
        if path:
            event.acceptProposedAction()
            # after the drop ends, on the whole window
            QTimer.singleShot(0, lambda: (self.finish(), self.files.open_path(path)))

    # ------------------------------------------------------------ layout memory
    def _place(self) -> None:
        """The window's saved size and place, or most of the screen the first time."""
        geometry, _state = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            window_fit.place_first_time(self)  # most of the screen, centred
        window_fit.fit_to_screen(self)  # a layout saved on a larger screen

    def _restore_layout(self) -> None:
        """The docks as they were saved (the default layout is kept for Restore Panels)."""
        self._default_state = self.saveState()
        _geometry, state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
            window_fit.fit_to_screen(self)
        else:  # first start: sizes apply once the window has its real size
            QTimer.singleShot(0, self._size_bottom_docks)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Once shown, the window manager's frame is known: cut the window to the screen again
        with it (a first start that takes all of a projector would otherwise overlap it)."""
        super().showEvent(event)
        if not getattr(self, "_fitted_with_frame", False):
            self._fitted_with_frame = True
            QTimer.singleShot(0, lambda: window_fit.fit_to_screen(self))
            if not self.ready:  # in case no frame is ever painted (a hidden desktop)
                QTimer.singleShot(FIRST_FRAME_GRACE_MS, self.finish)

    def _size_bottom_docks(self) -> None:
        width = max(800, self.width())
        self.resizeDocks([self.docks["analysis"], self.docks["messages"]],
                         [int(width * 0.68), int(width * 0.32)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["analysis"]], [max(260, self.height() // 3)],
                         Qt.Orientation.Vertical)

    def restore_default_layout(self) -> None:
        self.restoreState(self._default_state)

    def closeEvent(self, event) -> None:
        self.finish()  # closed while still building: the layout and the runs are saved whole
        if not self.files.maybe_discard():
            event.ignore()
            return
        self.training.shutdown()  # a running training stops after its batch
        if self.labs_window is not None:
            self.labs_window.shutdown()  # the labs' animations and background work stop
            self.labs_window.close()
        self.start.wake_docks()  # the layout saved is the working one, not the start page's
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.files.shutdown()
        from gui.workers import shutdown_all
        shutdown_all()  # previews, device probe, inspection, analysis: none outlives the window
        event.accept()
