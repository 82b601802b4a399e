"""The property inspector: editors derived from each layer's declared parameters."""
from gui.properties.editors import ParamEditor, make_editor
from gui.properties.inspector import InspectorWidget

__all__ = ["InspectorWidget", "ParamEditor", "make_editor"]
