"""While the network has starting weights (imported, pretrained, or kept with the project), say
what training will do with them after every edit: which layers keep their weights, which start
fresh (a replaced classifier, a changed width) and what in the weights no longer has a layer —
the transplant report the command line prints (``engine.io.transplant``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

NAMES_SHOWN = 4  # layer names listed per kind; the rest are counted


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message."""
    return QCoreApplication.translate("StartWeights", text, disambiguation, n)


def _names(layers: list) -> str:
    shown = ", ".join(layers[:NAMES_SHOWN])
    more = len(layers) - NAMES_SHOWN
    return shown + (tr(" and %n more", None, more) if more > 0 else "")


def report_text(report) -> str:
    """One short paragraph in the UI language from a ``TransplantReport``."""
    by = {s: [r.layer for r in report.layers if r.status == s]
          for s in ("kept", "partly kept", "reinitialised", "dropped")}
    parts = [tr("Starting weights: %n layer(s) keep their weights.", None, len(by["kept"]))]
    if by["reinitialised"]:
        parts.append(tr("Fresh weights: %1.").replace("%1", _names(by["reinitialised"])))
    if by["partly kept"]:
        parts.append(tr("Partly kept: %1.").replace("%1", _names(by["partly kept"])))
    if by["dropped"]:
        parts.append(tr("In the weights but no longer in the network: %1.")
                     .replace("%1", _names(by["dropped"])))
    return " ".join(parts)


class StartWeightsReport(QObject):
    """``changed(text)`` after every analysis or change of weights ("" when there are none);
    ``report`` is the latest ``TransplantReport`` (None without weights or a buildable net)."""

    changed = Signal(str)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.report = None
        self.text = ""
        document.weights_changed.connect(self.refresh)
        document.analysis_changed.connect(lambda _analysis: self.refresh())

    def refresh(self) -> None:
        weights = self.document.weights
        report = None
        analysis = self.document.analysis
        if weights and (analysis is None or not analysis.errors):
            from engine.io.transplant import graph_shapes, plan
            try:
                report = plan(graph_shapes(self.document.graph), weights)
            except Exception:  # noqa: BLE001 - a network that does not build says so elsewhere
                report = None
        self.report = report
        text = report_text(report) if report is not None else ""
        if text != self.text:
            self.text = text
            self.changed.emit(text)
