"""The network canvas: a QGraphicsView over one Document (gui.document).

    CanvasView(document, parent=None)   the widget (objectName "canvas")
    view.actions_by_name()              QActions for the window's menus and toolbar
    view.set_presentation(bool)         bigger cards and fonts for a projector
    view.message(severity, text)        sentences for the window's message bar

Package layout (Orange canvas style): ``scene`` keeps model-to-item dictionaries in step with
the graph's events; ``node_item``/``link_item``/``block_item`` paint; ``editing`` holds the
actions; ``fragment`` is copy/paste as plain dicts; ``labels`` the words on the cards.
"""
from gui.canvas.fragment import FRAGMENT_MIME
from gui.canvas.scene import CanvasScene
from gui.canvas.view import LAYER_MIME, CanvasView

__all__ = ["FRAGMENT_MIME", "LAYER_MIME", "CanvasScene", "CanvasView"]
