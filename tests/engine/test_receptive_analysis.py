"""The receptive-field outline drawn for a cell is the analysis's field: for every zoo network,
with its blocks collapsed (one node per block) and expanded (every inner layer), the box that
``cell_box`` walks back through the layers equals the field of size r centred on s + i j that
the analysis table reports, clipped to the image."""
import math

import pytest

from engine import zoo
from engine.analysis import analyze
from engine.inspect.receptive import cell_box, receptive_fields

LAYERS_PER_NETWORK = 6  # evenly spaced layers with a field, each at its centre and two corners


def _analysis_box(report, y, x, image_shape):
    half = (report.receptive_field - 1) / 2
    cy, cx = report.rf_start + y * report.jump, report.rf_start + x * report.jump
    _, h, w = image_shape
    return (max(0, math.ceil(cy - half)), max(0, math.ceil(cx - half)),
            min(h - 1, math.floor(cy + half)), min(w - 1, math.floor(cx + half)))


def _spatial_fields(graph, analysis):
    fields = receptive_fields(graph, analysis)
    return {n: f for n, f in fields.items()
            if f is not None and len(analysis[n].output_shape) == 3}


@pytest.mark.parametrize("name", zoo.names())
def test_cell_boxes_equal_the_analysis_field_collapsed_and_expanded(name):
    expanded = zoo.create(name)
    collapsed = zoo.create(name)
    zoo.collapse_all(collapsed)
    per_mode = {}
    for mode, graph in (("expanded", expanded), ("collapsed", collapsed)):
        analysis = analyze(graph)
        assert analysis.ok
        image = analysis[graph.input_nodes()[0]].output_shape
        fields = _spatial_fields(graph, analysis)
        per_mode[mode] = {n: (f.size, f.jump, f.start) for n, f in fields.items()}
        ids = list(fields)
        step = max(1, len(ids) // LAYERS_PER_NETWORK)
        for node_id in ids[::step] + ids[-1:]:
            report = analysis[node_id]
            _, h, w = report.output_shape
            for y, x in {(h // 2, w // 2), (0, 0), (h - 1, w - 1)}:
                box = cell_box(graph, analysis, node_id, y, x, fields[node_id])
                assert (box.top, box.left, box.bottom, box.right) == \
                    _analysis_box(report, y, x, image), (mode, node_id, y, x)
    if len(collapsed.nodes) < len(expanded.nodes):  # the network has blocks
        common = per_mode["collapsed"].keys() & per_mode["expanded"].keys()
        assert common
        for node_id in common:  # a layer after a collapsed block sees what it sees expanded
            assert per_mode["collapsed"][node_id] == per_mode["expanded"][node_id], node_id
