"""One open network in the window: the engine graph, its undo stack, file path, selection and the
latest analysis. Views subscribe to its signals; edits go through QUndoCommands (gui.commands)
that change the engine graph and nothing else.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from engine.analysis import Analysis, Analyzer
from engine.graph import NetworkGraph
from gui.workers import Workers

# above this many nodes the analysis runs on a worker thread (a copy of the graph)
ASYNC_ANALYSIS_NODES = 150
ANALYSIS_DEBOUNCE_MS = 30


class Document(QObject):
    analysis_changed = Signal(object)  # engine.analysis.Analysis
    graph_changed = Signal(object)     # every engine graph event, re-emitted
    selection_changed = Signal(list)   # selected node ids
    modified_changed = Signal(bool)
    path_changed = Signal(str)
    opened = Signal()                  # another network was loaded (a file, New): a fresh start
    weights_changed = Signal()         # the starting weights were set or dropped

    def __init__(self, graph: NetworkGraph | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.graph = graph or NetworkGraph()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.path: str = ""
        self.selection: list[str] = []
        self.analysis: Analysis | None = None
        # starting weights (imported or pretrained), in the graph's names; a training run
        # copies those that still fit (engine.io.transplant) and re-initialises the rest
        self.weights: dict | None = None
        self._analyzer = Analyzer()
        self._jobs = Workers(self, threads=1)
        self._busy = False
        self._pending = False
        self._timer = QTimer(self, singleShot=True, interval=ANALYSIS_DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_analysis)
        self._unsubscribe = self.graph.subscribe(self._on_graph_event)
        self.analyze_now()

    # ------------------------------------------------------------ state
    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_path(self, path: str) -> None:
        self.path = str(path)
        self.path_changed.emit(self.path)

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def select(self, node_ids) -> None:
        ids = [n for n in dict.fromkeys(node_ids) if n in self.graph.nodes]
        if ids != self.selection:
            self.selection = ids
            self.selection_changed.emit(ids)

    def set_weights(self, state: dict | None) -> None:
        """The network's starting weights (imported, pretrained, or kept with the project)."""
        self.weights = state or None
        self.weights_changed.emit()

    def replace_graph(self, graph: NetworkGraph) -> None:
        """Load another network into this document (opening a file); clears the undo history."""
        self.undo_stack.clear()
        self.select([])
        self.weights = None
        self.weights_changed.emit()
        self.graph.replace_with(graph)
        self.graph.revision = 0
        self.undo_stack.setClean()
        self.analyze_now()
        self.opened.emit()

    # ------------------------------------------------------------ analysis
    def _on_graph_event(self, event) -> None:
        if self.selection and any(n not in self.graph.nodes for n in self.selection):
            self.select([n for n in self.selection if n in self.graph.nodes])
        self.graph_changed.emit(event)
        self._timer.start()

    def analyze_now(self) -> Analysis:
        """Analyse synchronously (small graphs, tests and start-up)."""
        self._timer.stop()
        self.analysis = self._analyzer.analyze(self.graph)
        self.analysis_changed.emit(self.analysis)
        return self.analysis

    @Slot()
    def _run_analysis(self) -> None:
        if len(self.graph.nodes) < ASYNC_ANALYSIS_NODES:
            self.analyze_now()
            return
        if self._busy:
            self._pending = True
            return
        self._busy = True
        snapshot, analyzer = _snapshot(self.graph), self._analyzer
        self._jobs.submit("analysis", lambda: (snapshot.revision, analyzer.analyze(snapshot)),
                          self._on_analysis_done, self._on_analysis_failed)

    def _on_analysis_failed(self, _error) -> None:
        self._busy = False  # the analysis reports problems itself; a crash leaves the last one

    def _on_analysis_done(self, result) -> None:
        revision, analysis = result
        self._busy = False
        self.analysis = analysis
        self.analysis_changed.emit(analysis)
        if self._pending or revision != self.graph.revision:
            self._pending = False
            self._timer.start()

    def wait_for_analysis(self, timeout_ms: int = 5000) -> Analysis:
        """Block until no analysis is scheduled or running."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer
        deadline = QDeadlineTimer(timeout_ms)
        while (self._timer.isActive() or self._busy) and not deadline.hasExpired():
            QCoreApplication.processEvents()
        return self.analysis


def _snapshot(graph: NetworkGraph) -> NetworkGraph:
    """A private copy for the worker thread: no observers, same content and revision."""
    g = NetworkGraph(graph.name)
    g.nodes = copy.deepcopy(graph.nodes)
    g.blocks = copy.deepcopy(graph.blocks)
    g._in = {k: dict(v) for k, v in graph._in.items()}
    g._out = {k: list(v) for k, v in graph._out.items()}
    g.revision = graph.revision
    return g
