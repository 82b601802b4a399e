"""Keeping the main window inside its screen, and giving the panel in use most of it.

A lecture hall's projector is often 1280x720. Presentation mode's large font must not push the
window past the screen (and the size from before comes back when it is turned off); a restored
or default size is cut to the screen; showing the training or Look inside panel gives the
bottom area most of the height, because the curves or the maps are what the room watches.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication

DEFAULT_SIZE = QSize(1400, 880)  # the smallest first-start size, where the screen allows
FIRST_START_SHARE = 0.9  # of the available screen area, each way, on the first start
WIDTH_SHARE = 0.72  # of the window's width, when other docks share the bottom area
TASK_SHARE = 0.62  # of the window's height for the training or Look inside panel when shown
# in presentation mode the room watches the curves or the maps: the panel takes what the editor
# above it can give (its docks' minimum heights stop it well before this share)
PRESENTATION_TASK_SHARE = 0.85


def available_rect(window) -> QRect:
    """The screen area the window may use: ``window.screen_rect()`` when a test sets one, else
    the available geometry of the window's screen (or the primary screen)."""
    override = getattr(window, "screen_rect", None)
    if callable(override):
        rect = override()
        if rect is not None:
            return QRect(rect)
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def frame_margins(window) -> QSize:
    """How much the window manager's frame adds (0 before the window is shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def fitted_size(wanted: QSize, window) -> QSize:
    """``wanted`` cut to the available screen area (minus the frame)."""
    area, frame = available_rect(window), frame_margins(window)
    return QSize(min(wanted.width(), area.width() - frame.width()),
                 min(wanted.height(), area.height() - frame.height()))


def fit_to_screen(window) -> None:
    """Shrink (and move) the window so that it lies inside the available screen area."""
    if window.isMaximized() or window.isFullScreen():
        return
    size = fitted_size(window.size(), window)
    if size != window.size():
        window.resize(size)
    area, frame = available_rect(window), window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(area.x(), x), max(area.y(), y))


def default_size(window) -> QSize:
    """The first start's size: 90% of the available screen area, at least 1400x880, never more
    than the screen (all of a 1280x720 projector, 1728x972 of a 1920x1080 screen)."""
    area = available_rect(window)
    wanted = QSize(max(DEFAULT_SIZE.width(), round(area.width() * FIRST_START_SHARE)),
                   max(DEFAULT_SIZE.height(), round(area.height() * FIRST_START_SHARE)))
    return fitted_size(wanted, window)


def place_first_time(window) -> None:
    """The first start (no saved geometry): ``default_size``, centred on the available area."""
    window.resize(default_size(window))
    area, frame = available_rect(window), frame_margins(window)
    outer = window.size() + frame
    window.move(area.x() + max(0, (area.width() - outer.width()) // 2),
                area.y() + max(0, (area.height() - outer.height()) // 2))


def in_front(dock) -> bool:
    """Whether ``dock`` is open and in front of its tab group: a dock behind another's tab is
    still "visible" to Qt (moved out of the window), so its visible region says it."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def task_share(window) -> float:
    """The share of the window's height a task panel gets when it comes to the front."""
    return PRESENTATION_TASK_SHARE if getattr(window, "presentation", False) else TASK_SHARE


def give_room(window, dock, share: float | None = None) -> None:
    """Make ``dock`` (a bottom dock) at least ``share`` of the window's height tall (by
    default ``task_share(window)``)."""
    share = task_share(window) if share is None else share
    if dock.isFloating() or window.dockWidgetArea(dock) not in (
            Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
        return
    wanted = int(window.height() * share)
    if dock.height() < wanted:
        window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)
    wide = int(window.width() * WIDTH_SHARE)  # the messages beside it stay readable, narrower
    if dock.width() < wide:
        window.resizeDocks([dock], [wide], Qt.Orientation.Horizontal)


def follow_task(window, dock, share: float | None = None) -> None:
    """Whenever ``dock`` comes to the front, give it room (after the layout settles)."""
    def shown(visible: bool) -> None:
        if visible:
            QTimer.singleShot(0, lambda: give_room(window, dock, share))
    dock.visibilityChanged.connect(shown)
