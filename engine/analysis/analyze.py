"""Live analysis: shape, parameters, MACs, activations and receptive field of every node.

Computed from each layer's own formulas (microseconds per node), never by running the network.
``Analyzer`` keeps a cache keyed on (type, parameters, input shapes), so re-analysis after one
edit recomputes only the nodes whose inputs changed, and reuses the whole report (formulas
included) of every node whose inputs, parameters and name are as before. Reports are shared
between successive analyses, so nothing may change a report after it is made.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from math import prod

from engine import layers
from engine.graph.model import NetworkGraph
from engine.layers.spec import IN_PLACE, VIEW, Window
from engine.problems import ERROR, WARNING, Problem, ShapeError, problem

BYTES_PER_VALUE = 4  # float32



@dataclass
class NodeReport:
    node_id: str
    name: str
    type: str
    output_shape: tuple | None = None
    input_shapes: list = field(default_factory=list)
    weights: int = 0
    biases: int = 0
    macs: int = 0
    receptive_field: int | None = None  # None: not computed; see rf_global
    rf_global: bool = False
    jump: int | None = None
    rf_start: float | None = None  # input coordinate of the centre of cell 0's field
    window: Window | None = None  # how this layer's cells read its input (None: one to one)
    formulas: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    error: Problem | None = None
    blocked_by: str | None = None  # an upstream node with an error
    inner_activations: int | None = None  # composite blocks: values stored inside
    inner_saved: int | None = None
    frozen: bool = False  # its weights are kept while training (transfer learning)

    @property
    def params(self) -> int:
        return self.weights + self.biases

    @property
    def trainable_params(self) -> int:
        return 0 if self.frozen else self.params

    @property
    def flops(self) -> int:
        return 2 * self.macs

    @property
    def activation_elements(self) -> int:
        return prod(self.output_shape) if self.output_shape else 0

    @property
    def activation_bytes(self) -> int:
        return self.activation_elements * BYTES_PER_VALUE

    @property
    def ok(self) -> bool:
        return self.output_shape is not None

    def rf_text(self) -> str:
        if self.rf_global:
            return "global"
        return "" if self.receptive_field is None else f"{self.receptive_field}"

    def to_json(self) -> dict:
        return {
            "id": self.node_id, "name": self.name, "type": self.type,
            "output_shape": list(self.output_shape) if self.output_shape else None,
            "weights": self.weights, "biases": self.biases, "params": self.params,
            "macs": self.macs, "flops": self.flops,
            "activation_elements": self.activation_elements,
            "activation_bytes": self.activation_bytes,
            "receptive_field": "global" if self.rf_global else self.receptive_field,
            "frozen": self.frozen,
            "warnings": [w.message for w in self.warnings],
            "error": self.error.message if self.error else None,
        }


@dataclass
class Totals:
    weights: int = 0
    biases: int = 0
    macs: int = 0
    activation_elements: int = 0  # new values each layer stores (input, views, in-place excluded)
    saved_elements: int = 0       # values kept for the backward pass (training memory)
    frozen_params: int = 0        # parameters of frozen layers: no gradient, no optimizer state
    # values a frozen start of the network does not keep: no gradient flows through it
    # (the Input's values included), so autograd saves nothing there
    unsaved_elements: int = 0

    @property
    def params(self) -> int:
        return self.weights + self.biases

    @property
    def trainable_params(self) -> int:
        return self.params - self.frozen_params

    @property
    def flops(self) -> int:
        return 2 * self.macs

    @property
    def param_bytes(self) -> int:
        return self.params * BYTES_PER_VALUE

    @property
    def activation_bytes(self) -> int:
        return self.activation_elements * BYTES_PER_VALUE

    def to_json(self) -> dict:
        return {"params": self.params, "trainable_params": self.trainable_params,
                "frozen_params": self.frozen_params,
                "weights": self.weights, "biases": self.biases,
                "macs": self.macs, "flops": self.flops,
                "activation_elements": self.activation_elements,
                "activation_bytes": self.activation_bytes, "param_bytes": self.param_bytes}


@dataclass
class Analysis:
    nodes: dict  # node id -> NodeReport, in topological order
    totals: Totals
    problems: list  # every error and warning, each with its node id

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def __getitem__(self, node_id: str) -> NodeReport:
        return self.nodes[node_id]

    def totals_of(self, node_ids) -> Totals:
        """Totals over a subset of nodes (a block)."""
        return _sum(self.nodes[n] for n in node_ids if n in self.nodes)

    def to_json(self) -> dict:
        return {"layers": [r.to_json() for r in self.nodes.values()],
                "totals": self.totals.to_json(),
                "errors": [{"node": p.node_id, "message": p.message} for p in self.errors],
                "warnings": [{"node": p.node_id, "message": p.message} for p in self.warnings]}


def _sum(reports) -> Totals:
    t = Totals()
    for r in reports:
        t.weights += r.weights
        t.biases += r.biases
        t.macs += r.macs
        if r.frozen:
            t.frozen_params += r.params
        if r.ok and r.inner_activations is not None:  # a composite block
            t.saved_elements += r.inner_saved or 0
            t.activation_elements += r.inner_activations
        elif r.ok and (storage := layers.get(r.type).storage) != VIEW:
            t.saved_elements += r.activation_elements
            if storage != IN_PLACE:  # in place: the same neurons, no new tensor
                t.activation_elements += r.activation_elements
    return t


class Analyzer:
    """Analyses a graph; reuse one instance across edits to get incremental re-analysis."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple] = {}
        self._reports: dict[str, tuple] = {}  # node id -> (report key, finished report)
        self._last: tuple | None = None  # (graph, its change stamp, analysis)
        self.recomputed = 0  # how many layer inferences the last run actually performed

    def analyze(self, graph: NetworkGraph) -> Analysis:
        if self._last and self._last[0] is graph and self._last[1] == graph.stamp:
            self.recomputed = 0  # nothing changed since the last run
            return self._last[2]
        self.recomputed = 0
        order, cyclic = graph.topological_order()
        reports: dict[str, NodeReport] = {}
        problems: list[Problem] = []
        for node_id in order:
            report = self._analyze_node(graph, node_id, reports)
            reports[node_id] = report
        for node_id in cyclic:
            node = graph.nodes[node_id]
            err = problem("cycle", ERROR, node_id, node=node.label)
            reports[node_id] = NodeReport(node_id, node.label, node.type, error=err)
        for cache in (self._cache, self._reports):
            for node_id in [n for n in cache if n not in graph.nodes]:
                del cache[node_id]
        _unused_warnings(graph, reports)
        for r in reports.values():
            if r.error:
                problems.append(r.error)
            problems.extend(w.at(r.node_id) for w in r.warnings)
        totals = _sum(reports.values())
        if totals.frozen_params:
            totals.unsaved_elements = _unsaved_elements(graph, reports)
        analysis = Analysis(reports, totals, problems)
        self._last = (graph, graph.stamp, analysis)
        return analysis

    def _analyze_node(self, graph: NetworkGraph, node_id: str, reports) -> NodeReport:
        node = graph.nodes[node_id]
        spec = layers.get(node.type)
        report = NodeReport(node_id, node.label, node.type)
        sources = graph.inputs_of(node_id)
        if len(sources) < spec.min_inputs:
            report.error = problem("missing_input" if not sources else "too_few_inputs",
                                   ERROR, node_id, node=node.label, title=spec.title,
                                   needed=spec.min_inputs, has=len(sources))
            return report
        upstream = [reports[s] for s in sources]
        for up in upstream:
            if not up.ok:
                report.blocked_by = up.blocked_by or up.node_id
                return report
        shapes = [up.output_shape for up in upstream]
        params = tuple(sorted(node.params.items()))
        whole_key = (node.type, params, node.label, node.frozen, tuple(
            (up.output_shape, up.receptive_field, up.jump, up.rf_start, up.rf_global, up.name)
            for up in upstream))
        done = self._reports.get(node_id)
        if done and done[0] == whole_key:
            return done[1]
        report = self._infer_node(node, spec, upstream, shapes, params, report)
        report.frozen = node.frozen
        self._reports[node_id] = (whole_key, report)
        return report

    def _infer_node(self, node, spec, upstream, shapes, params, report) -> NodeReport:
        node_id = node.id
        report.input_shapes = shapes
        key = (node.type, params, tuple(shapes))
        cached = self._cache.get(node_id)
        if cached and cached[0] == key:
            result = cached[1]
        else:
            self.recomputed += 1
            try:
                result = spec.infer(shapes, node.params)
            except ShapeError as exc:
                result = exc.problem
            self._cache[node_id] = (key, result)
        if isinstance(result, Problem):
            report.error = _named(result, node_id, upstream)
            return report
        report.output_shape = tuple(result.shape)
        report.weights, report.biases, report.macs = result.weights, result.biases, result.macs
        report.inner_activations = result.inner_activations
        report.inner_saved = result.inner_saved
        report.formulas = dict(result.formulas)
        report.warnings = list(result.warnings)
        _receptive_field(report, upstream, result.rf)
        report.formulas.setdefault(
            "activations", f"{' * '.join(map(str, report.output_shape))} = "
                           f"{report.activation_elements:,} values "
                           f"({report.activation_bytes:,} bytes as float32)")
        return report


def _unsaved_elements(graph: NetworkGraph, reports) -> int:
    """Values the backward pass never needs: outputs of layers that no gradient reaches (no
    trainable weights at or above them) and that feed no trainable weighted layer either."""
    on_path: dict[str, bool] = {}
    for node_id, r in reports.items():
        own = r.params > 0 and not r.frozen
        on_path[node_id] = own or any(on_path.get(s, False) for s in graph.inputs_of(node_id))
    unsaved = 0
    for node_id, r in reports.items():
        if not r.ok or on_path[node_id]:
            continue
        feeds_trainable = any(reports[d].params > 0 and not reports[d].frozen
                              for d in graph.successors(node_id) if d in reports)
        if feeds_trainable:
            continue
        if r.type == "Input":
            unsaved += r.activation_elements
        elif r.inner_activations is not None:
            unsaved += r.inner_saved or 0
        elif layers.get(r.type).storage != VIEW:
            unsaved += r.activation_elements
    return unsaved


def _named(result: Problem, node_id: str, upstream) -> Problem:
    """The problem of ``node_id``, its merge inputs ("input 1", "input 2") named by the
    upstream nodes' names (the ``*_from`` fields of the sentence)."""
    names = {f"input {i}": up.name for i, up in enumerate(upstream, 1)}
    data = dict(result.data)
    renamed = {k: names[v] for k, v in data.items()
               if k.endswith("_from") and isinstance(v, str) and v in names}
    if not renamed:
        return Problem(result.code, result.message, ERROR, node_id, data)
    data.update(renamed)
    return problem(result.code, ERROR, node_id, **data)


def _receptive_field(report: NodeReport, upstream, step) -> None:
    """Size r, jump j and start s (centre of cell 0) of the field, from the widest input: a
    window of size k, stride t and padding p maps them to r + (k-1) j, j t, s + ((k-1)/2 - p) j
    (Araujo et al., Distill 2019). ``engine.inspect.receptive`` draws its boxes from these."""
    if not upstream:  # an Input: each output pixel sees one input pixel
        report.receptive_field, report.jump, report.rf_start = 1, 1, 0.0
        report.formulas["receptive_field"] = "1 (one input pixel)"
        return
    if any(u.rf_global for u in upstream) or (isinstance(step, tuple) and step[0] == "global"):
        report.rf_global = True
        report.formulas["receptive_field"] = "the whole input (every output sees every pixel)"
        return
    best = max(upstream, key=lambda u: (u.receptive_field or 0))
    r_in, j_in = best.receptive_field or 1, max(u.jump or 1 for u in upstream)
    s_in = best.rf_start or 0.0
    window = as_window(step)
    if window is None:
        report.receptive_field, report.jump, report.rf_start = r_in, j_in, s_in
        return
    report.window = window
    eff, stride = window.size, window.stride
    report.receptive_field = r_in + (eff - 1) * j_in
    report.jump = j_in * stride
    report.rf_start = s_in + ((eff - 1) / 2 - window.padding) * j_in
    report.formulas["receptive_field"] = (
        f"{r_in} + ({eff} - 1) * {j_in} = {report.receptive_field} "
        f"(jump {j_in} * {stride} = {report.jump})")


def as_window(step) -> Window | None:
    """A layer's receptive-field step as a Window; the older ("window", k, stride[, padding])
    tuples are read too. None: the layer maps each cell to the same cell."""
    if step is None or isinstance(step, Window):
        return step
    if step[0] == "window":
        return Window(step[1], step[2], step[3] if len(step) > 3 else 0)
    raise ValueError(f"unknown receptive-field step {step!r}")


def _unused_warnings(graph: NetworkGraph, reports) -> None:
    """A layer whose result goes nowhere when the network declares its outputs."""
    if not any(n.type == "Output" for n in graph.nodes.values()):
        return
    for node_id, node in graph.nodes.items():
        if node.type != "Output" and not graph.successors(node_id) and node_id in reports:
            report = reports[node_id]  # a copy: the Analyzer reuses reports between runs
            reports[node_id] = replace(report, warnings=report.warnings + [problem(
                "unused_output", WARNING, node_id, node=node.label)])


def analyze(graph: NetworkGraph) -> Analysis:
    return Analyzer().analyze(graph)

