"""The central area switches between the start page and the canvas; this wires the start page's
requests to the window (open a zoo network collapsed, an example, a lab, a recent file, the
tour) and hides the page as soon as the user starts working (a layer added, a file opened).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStackedWidget

from gui.window_fit import in_front


class StartController(QObject):
    """``show()`` / ``hide()`` the start page; ``shown`` says whether it is in front."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.page = None
        self.tour = None
        self._resting: list = []  # (dock, was in front) closed while the page is shown
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("central_stack")
        window.setCentralWidget(self.stack)

    def attach_canvas(self, canvas) -> None:
        """The editor is built: the canvas joins the stack (behind the page, if it shows)."""
        self.stack.insertWidget(0, canvas)
        document = self.window.document
        document.graph_changed.connect(self._on_graph_changed)
        document.path_changed.connect(lambda *_: self.hide())

    # empty without a network, they took most of a 720-line projector's height from the page:
    # they rest while the page is shown and come back (where they were) once the user works
    RESTING_DOCKS = ("analysis", "messages", "inspector", "history", "training", "inspect")

    @property
    def shown(self) -> bool:
        return self.page is not None and self.stack.currentWidget() is self.page

    def show(self) -> None:
        if self.page is None:
            from gui.start_page import StartPage
            self.page = StartPage(self.window.settings.recent_files, lambda: self._labs(), self.stack)
            self._connect(self.page)
            self.stack.addWidget(self.page)
        else:
            self.page.rebuild()
        self.stack.setCurrentWidget(self.page)
        self.rest_docks()

    def hide(self) -> None:
        self.window.finish()
        self.stack.setCurrentWidget(self.window.canvas)
        self.wake_docks()

    def rest_docks(self) -> None:
        """Close the docks that have nothing to show before a network is open, remembering
        which were open and which were in front of their tab group."""
        docks = getattr(self.window, "docks", {})
        for name in self.RESTING_DOCKS:
            dock = docks.get(name)
            if dock is None or dock.isHidden() or dock.isFloating():
                continue
            self._resting.append((dock, in_front(dock)))
            dock.hide()

    def wake_docks(self) -> None:
        """Open again the docks ``rest_docks`` closed (a dock the user opened since stays)."""
        resting, self._resting = self._resting, []
        for dock, _front in resting:
            dock.show()
        for dock, front in resting:
            if front:
                dock.raise_()
        if resting and self.window.layout() is not None:
            self.window.layout().activate()  # laid out now: the tour measures its targets next

    def _connect(self, page) -> None:
        """Each request runs on the whole window (a click while it is still being built waits
        for it)."""
        w = self.window

        def whole(slot):
            return lambda *args: (w.finish(), slot(*args))
        page.zoo_requested.connect(whole(self.open_zoo))
        page.example_requested.connect(whole(self.open_example))
        page.recent_requested.connect(whole(lambda path: w.files.open_path(path) and self.hide()))
        page.lab_requested.connect(whole(self.open_lab))
        page.empty_requested.connect(whole(self.hide))
        page.tour_requested.connect(whole(self.start_tour))
        page.zoo_dialog_requested.connect(whole(lambda: w.new_from_zoo() and self.hide()))

    def _labs(self) -> list[tuple[str, str]]:
        """(key, title) of the teaching labs, once the window has them."""
        if not hasattr(self.window, "open_labs"):
            return []
        try:
            from gui.labs.catalogue import available_labs
        except ModuleNotFoundError:
            return []
        return [(entry.key, entry.title()) for entry in available_labs()]

    # ------------------------------------------------------------ requests
    def open_zoo(self, name: str) -> bool:
        from gui.widgets.zoo_dialog import open_zoo_model
        if self.window.files.new_from_graph(open_zoo_model(name)):
            self.hide()
            return True
        return False

    def open_example(self, name: str) -> bool:
        from engine.examples import EXAMPLES
        if self.window.files.new_from_graph(EXAMPLES[name]()):
            self.hide()
            return True
        return False

    def open_lab(self, key: str):
        opener = getattr(self.window, "open_labs", None)
        return opener(key) if opener is not None else None

    def start_tour(self):
        """Show the canvas and walk through the five steps on the real window."""
        from gui.guide_tour import GuideTour
        from gui.start_page import guide_steps
        self.hide()
        w = self.window
        toolbar = w.findChild(QObject, "toolbar_main")
        targets = {"palette": w.docks["palette"], "canvas": w.canvas,
                   "analysis": w.docks["analysis"],
                   "train": toolbar.widgetForAction(w.action_map["train"]),
                   "inspect": toolbar.widgetForAction(w.action_map["look_inside"])}
        w.docks["palette"].show()
        w.docks["analysis"].show()
        w.docks["analysis"].raise_()
        if self.tour is not None:
            self.tour.stop()
            self.tour.deleteLater()
        self.tour = GuideTour(w, guide_steps(), targets)
        QTimer.singleShot(0, self.tour.start)  # once the canvas is laid out
        return self.tour

    def _on_graph_changed(self, _event) -> None:
        """A layer appeared (double-click in the palette, a paste): the user is working."""
        if self.shown and self.window.document.graph.nodes:
            self.hide()
