"""The inspector: name, parameters, formulas and messages of the selected node.

Editors come from the layer's declared parameters (gui.properties.editors). Every edit is pushed
as a SetParamCommand or RenameNodeCommand; the inspector then follows the graph's events like
every other view, so undo updates it too.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, \
    QWidget

from engine.graph import GraphError
from engine.graph import events as ev
from gui.commands import RenameNodeCommand, SetParamCommand
from gui.i18n import error_text, layer_text, problem_text
from gui.properties.editors import ParamEditor, make_editor

FORMULA_KEYS = ("output", "weights", "biases", "params", "macs", "activations",
                "receptive_field")


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n layer(s)": "1 layer", "2 layers")."""
    return QCoreApplication.translate("Inspector", text, disambiguation, n)


def formula_title(key: str) -> str:
    titles = {"output": tr("Output size"), "weights": tr("Weights"), "biases": tr("Biases"),
              "params": tr("Parameters"), "macs": tr("MACs (multiply-accumulates)"),
              "activations": tr("Values (activations)"),
              "receptive_field": tr("Receptive field")}
    return titles.get(key, key.replace("_", " "))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class InspectorWidget(QScrollArea):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setAccessibleName(tr("Inspector"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document = document
        self.node_id: str | None = None
        self.editors: dict[str, ParamEditor] = {}
        self._error = ""
        self._body: QWidget | None = None
        document.selection_changed.connect(self._on_selection_changed)
        document.graph_changed.connect(self._on_graph_changed)
        document.analysis_changed.connect(self._on_analysis_changed)
        self._rebuild()

    # ------------------------------------------------------------ building
    def _rebuild(self) -> None:
        sel = self.document.selection
        self.node_id = sel[0] if len(sel) == 1 and sel[0] in self.document.graph.nodes else None
        self.editors.clear()
        self._error = ""
        body = QWidget()
        body.setObjectName("inspector_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        if self.node_id is None:
            text = (tr("Select a layer to see its parameters.") if not sel else
                    tr("%n layer(s) selected.", None, len(sel)))
            hint = QLabel(text, body)
            hint.setObjectName("inspector_hint")
            hint.setWordWrap(True)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(hint)
            layout.addStretch(1)
        else:
            self._build_node(layout, body)
        self.setWidget(body)
        self._body = body
        self._on_analysis_changed(self.document.analysis)

    def _build_node(self, layout: QVBoxLayout, body: QWidget) -> None:
        node = self.document.graph.nodes[self.node_id]
        spec = node.spec
        title = QLabel(f"<b>{html.escape(layer_text(spec.title))}</b> "
                       f"<span style='color:gray'>({spec.type})</span>", body)
        title.setObjectName("inspector_title")
        summary = QLabel(layer_text(spec.summary), body)
        summary.setObjectName("inspector_summary")
        summary.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(summary)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(node.name, body)
        self.name_edit.setObjectName("inspector_name")
        self.name_edit.setAccessibleName(tr("Name"))
        self.name_edit.setPlaceholderText(node.id)
        edit = self.name_edit
        edit.editingFinished.connect(lambda: self._on_name_edited(node.id, edit))
        form.addRow(self._label(tr("Name"), body, "inspector_label_name"), self.name_edit)
        for param in spec.params:
            editor = make_editor(param, body)
            editor.set_value(node.params[param.name])
            # bound to this node: a commit on focus-out may arrive after the selection moved
            editor.edited.connect(lambda value, name=param.name, node_id=node.id:
                                  self._on_edited(node_id, name, value))
            self.editors[param.name] = editor
            form.addRow(self._label(_capital(layer_text(param.display)), body,
                                    f"inspector_label_{param.name}"), editor.widget)
            help_label = QLabel(layer_text(param.help), body)
            help_label.setObjectName(f"inspector_help_{param.name}")
            help_label.setWordWrap(True)
            help_label.setProperty("role", "help")
            help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addRow("", help_label)
        layout.addLayout(form)
        self.formulas = self._section(layout, body, tr("Formulas"), "inspector_formulas")
        self.messages = self._section(layout, body, tr("Messages"), "inspector_messages")
        layout.addStretch(1)

    @staticmethod
    def _label(text: str, parent: QWidget, name: str) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        return label

    @staticmethod
    def _section(layout: QVBoxLayout, parent: QWidget, title: str, name: str) -> QLabel:
        heading = QLabel(f"<b>{html.escape(title)}</b>", parent)
        heading.setObjectName(f"{name}_title")
        content = QLabel(parent)
        content.setObjectName(name)
        content.setWordWrap(True)
        content.setTextFormat(Qt.TextFormat.RichText)
        content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(content)
        return content

    # ------------------------------------------------------------ edits
    def _on_edited(self, node_id: str, name: str, value) -> None:
        if node_id not in self.document.graph.nodes:
            return
        revision = self.document.graph.revision
        try:
            self.document.undo_stack.push(SetParamCommand(self.document, node_id, name, value))
            self._error = ""
        except GraphError as exc:
            self._error = error_text(exc)
            if node_id == self.node_id and name in self.editors:
                self.editors[name].set_value(self.document.graph.nodes[node_id].params[name])
        if self.document.graph.revision == revision:
            # nothing changed, so the analysis is current: show (or clear) the refusal now; an
            # edit that changed the network is shown when its own analysis arrives
            self._on_analysis_changed(self.document.analysis)

    def _on_name_edited(self, node_id: str, edit: QLineEdit) -> None:
        node = self.document.graph.nodes.get(node_id)
        text = edit.text().strip()
        if node is not None and text != node.name:
            self.document.undo_stack.push(RenameNodeCommand(self.document, node.id, text))

    # ------------------------------------------------------------ following the document
    def _on_selection_changed(self, _ids) -> None:
        self._rebuild()

    def _on_graph_changed(self, event) -> None:
        if isinstance(event, ev.ParamChanged) and event.node_id == self.node_id:
            editor = self.editors.get(event.name)
            if editor is not None:
                editor.set_value(event.new)
        elif isinstance(event, ev.NodeRenamed) and event.node_id == self.node_id:
            if self.name_edit.text() != event.new:
                self.name_edit.setText(event.new)
        elif not isinstance(event, (ev.NodeMoved, ev.ParamChanged, ev.NodeRenamed)):
            if self.node_id and self.node_id not in self.document.graph.nodes:
                self._rebuild()
            elif isinstance(event, ev.DocumentReset):
                self._rebuild()

    def _on_analysis_changed(self, analysis) -> None:
        if self.node_id is None or analysis is None or self._body is None:
            return
        report = analysis.nodes.get(self.node_id)
        if report is None:
            return
        rows, said = [], set()
        if report.output_shape:
            shape = "x".join(map(str, report.output_shape))
            formula = report.formulas.get("output", "")
            if formula.startswith(shape):  # "1x28x28 as declared": say the size once
                shape, said = formula, {"output"}
            rows.append(f"<b>{html.escape(formula_title('output'))}</b>: {html.escape(shape)}")
        for key in FORMULA_KEYS:
            if key in report.formulas and key not in said:
                rows.append(f"<i>{html.escape(formula_title(key))}</i>: "
                            f"{html.escape(report.formulas[key])}")
        self.formulas.setText("<br>".join(rows) or tr("No formulas: the layer has no output "
                                                     "yet."))
        self.messages.setText(self._messages_html(report))

    def _messages_html(self, report) -> str:
        items = []
        if self._error:
            items.append(("#c62828", self._error))
        if report.error is not None:
            items.append(("#c62828", problem_text(report.error, report.name)))
        elif report.blocked_by:
            blocked = self.document.graph.nodes.get(report.blocked_by)
            name = blocked.label if blocked else report.blocked_by
            items.append(("gray", tr("No shape yet: fix %1 first.").replace("%1", name)))
        for warn in report.warnings:
            items.append(("#b26a00", problem_text(warn, report.name)))
        if not items:
            none = tr("No problems.")
            return f"<span style='color:gray'>{html.escape(none)}</span>"
        return "<br>".join(f"<span style='color:{c}'>{html.escape(t)}</span>" for c, t in items)
