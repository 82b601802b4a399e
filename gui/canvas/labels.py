"""The words on the canvas: a node's short title with its key parameters (the lecture's
``Conv 5x5/1, 6``), its output shape (``6x28x28``) and its problem as one sentence."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.problems import fmt_shape
from gui import i18n
from gui.i18n import layer_text


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n layer(s)": "1 layer", "2 layers")."""
    return QCoreApplication.translate("Canvas", text, disambiguation, n)


def node_title(node) -> str:
    """Type and key parameters, e.g. ``Conv 5x5/1, 6`` (the layer's own canvas title); a
    user-given name comes first."""
    title = localised_title(node.spec.canvas_title(node.params))
    return f"{node.name}: {title}" if node.name else title


def localised_title(title: str) -> str:
    """The card title with its first word in the UI language (``합성곱 3x3/1, 16``); the
    numbers stay as the lecture writes them."""
    word, sep, rest = title.partition(" ")
    return layer_text(word) + sep + rest


def shape_text(shape) -> str:
    return fmt_shape(shape) if shape else ""


def problem_sentence(problem, node_label: str = "") -> str:
    """The engine's English sentence, or its translation when a translation is active."""
    if i18n.current_language() == "en":
        return problem.message
    return i18n.problem_text(problem, node_label)


def refusal_sentence(exc: Exception) -> str:
    """Why an edit (a link) was refused, in the UI language."""
    if i18n.current_language() == "en":
        return str(exc)
    return i18n.error_text(exc)


def describe(node, report) -> str:
    """The tooltip of a card that has no problem: name, layer title, shape and costs."""
    lines = [f"{node.label} \u00b7 {layer_text(node.spec.title)}"]
    if report is not None and report.ok:
        lines.append(tr("output %1").replace("%1", shape_text(report.output_shape)))
        lines.append(tr("%1 parameters \u00b7 %2 multiply-accumulates").replace(
            "%1", f"{report.params:,}").replace("%2", f"{report.macs:,}"))
    if node.spec.composite:
        lines.append(tr("Double-click to see its layers."))
    return "\n".join(lines)
