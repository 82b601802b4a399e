"""The property inspector: editors derived from each layer's declared parameters."""
from gui.inspector.editors import ParamEditor, make_editor
from gui.inspector.inspector import InspectorWidget

__all__ = ["InspectorWidget", "ParamEditor", "make_editor"]
