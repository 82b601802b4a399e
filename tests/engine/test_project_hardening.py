"""Malformed, absurd and hostile project files: each is a ProjectFileError naming the file and
the field, fast; saving keeps the file's mode, writes through links and cleans leftovers."""
from __future__ import annotations

import json
import os
import stat
import time

import pytest

from engine.examples import tiny_cnn
from engine.io import FORMAT, ProjectFileError, load_project, save_project
from engine.io.project_schema import LIMITS


def _doc(nodes=None, links=None, **network):
    nodes = nodes if nodes is not None else [
        {"id": "inp", "type": "Input", "params": {"channels": 1, "height": 8, "width": 8}},
        {"id": "relu", "type": "ReLU"}, {"id": "add", "type": "Add"}]
    return {"format": FORMAT, "version": 1,
            "network": {"nodes": nodes, "links": links if links is not None else [], **network}}


def _load(tmp_path, content) -> ProjectFileError:
    path = tmp_path / "bad.convstudio"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    err = info.value
    assert err.path == str(path) and "bad.convstudio" in str(err)
    assert "\n" not in str(err) and str(err).endswith(".") and err.template is not None
    return err


@pytest.mark.parametrize("network, code, field", [
    ({"blocks": None}, "wrong_type", "network.blocks"),
    ({"blocks": [{"id": "b", "nodes": ["relu"], "params": [1, 2]}]}, "wrong_type",
     "network.blocks[0].params"),
    ({"blocks": [{"id": "b", "nodes": [["relu"]]}]}, "wrong_type", "network.blocks[0].nodes[0]"),
    ({"blocks": [{"id": "b", "nodes": [{"x": 1}]}]}, "wrong_type", "network.blocks[0].nodes[0]"),
    ({"blocks": [[1]]}, "wrong_type", "network.blocks[0]"),
    ({"name": "x" * 5000}, "too_long", "network.name"),
    ({"name": "\ud800"}, "bad_text", "network.name"),
])
def test_malformed_network_fields_name_the_field(tmp_path, network, code, field):
    err = _load(tmp_path, _doc(**network))
    assert err.code == code and err.data["field"] == field and field in str(err)


def test_a_lone_surrogate_in_a_node_name_is_refused_at_load(tmp_path):
    text = json.dumps(_doc()).replace('"id": "relu"', '"id": "relu", "name": "\\ud800x"')
    err = _load(tmp_path, text.encode())
    assert err.code == "bad_text" and err.data["field"] == "network.nodes[1].name"


@pytest.mark.parametrize("port, code", [(10**30, "out_of_range"), (-1, "out_of_range"),
                                        (99, "out_of_range"), (1, "invalid_network")])
def test_link_ports_must_exist_on_the_layer(tmp_path, port, code):
    err = _load(tmp_path, _doc(links=[{"src": "inp", "dst": "relu", "port": port}]))
    assert err.code == code
    if code == "invalid_network":  # a ReLU takes one input: port 1 does not exist
        assert "no input port 1" in str(err)


def test_a_second_link_into_a_one_input_layer_is_refused(tmp_path):
    links = [{"src": "inp", "dst": "relu", "port": 0}, {"src": "add", "dst": "relu", "port": 1}]
    err = _load(tmp_path, _doc(links=links))
    assert err.code == "invalid_network" and "relu has no input port 1" in str(err)
    # a merge takes many inputs, but not more than the documented limit
    many = [{"src": "inp", "dst": "add", "port": p} for p in (0, LIMITS["inputs"])]
    assert _load(tmp_path, _doc(links=many)).code == "out_of_range"


def test_deep_nesting_huge_numbers_and_nan_are_one_sentence(tmp_path):
    deep = '{"format": "convstudio.project", "version": 1, "x": ' + "[" * 100_000 + \
        "]" * 100_000 + ', "network": {"nodes": [], "links": []}}'
    assert _load(tmp_path, deep.encode()).code == "too_deep"
    nested = _doc()
    section = nested["training"] = {}
    for _ in range(LIMITS["depth"] + 5):
        section["a"] = {}
        section = section["a"]
    assert _load(tmp_path, nested).code == "too_deep"
    digits = json.dumps(_doc()).replace('"height": 8', '"height": ' + "9" * 5000)
    assert _load(tmp_path, digits.encode()).code == "bad_number"
    nan = json.dumps(_doc()).replace('"height": 8', '"height": NaN')
    assert _load(tmp_path, nan.encode()).code == "bad_number"


def test_beyond_the_documented_limits_a_file_is_refused_fast(tmp_path):
    nodes = [{"id": f"n{i}", "type": "ReLU"} for i in range(LIMITS["nodes"] + 1)]
    start = time.perf_counter()
    err = _load(tmp_path, _doc(nodes=nodes))
    assert err.code == "too_many" and err.data["field"] == "network.nodes"
    assert str(LIMITS["nodes"]) in str(err)
    assert time.perf_counter() - start < 5  # not a timing benchmark: the 10^6 case took 73 s
    big = tmp_path / "big.convstudio"
    with open(big, "wb") as fh:
        fh.truncate(LIMITS["file_bytes"] + 1)
    with pytest.raises(ProjectFileError) as info:
        load_project(big)
    assert info.value.code == "too_large"


def test_saving_keeps_the_mode_and_writes_through_a_symlink(tmp_path):
    real = tmp_path / "real.convstudio"
    save_project(tiny_cnn(), real)
    os.chmod(real, 0o644)
    save_project(tiny_cnn(), real)
    assert stat.S_IMODE(real.stat().st_mode) == 0o644
    link = tmp_path / "link.convstudio"
    link.symlink_to(real)
    graph = tiny_cnn()
    graph.name = "through the link"
    save_project(graph, link)
    assert link.is_symlink() and load_project(real).graph.name == "through the link"
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


def test_a_new_file_gets_the_usual_mode_not_0600(tmp_path):
    path = save_project(tiny_cnn(), tmp_path / "new.convstudio")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_the_next_save_removes_temp_files_a_killed_save_left(tmp_path):
    path = save_project(tiny_cnn(), tmp_path / "net.convstudio")
    leftover = tmp_path / ".net.convstudio.abc123.tmp"
    leftover.write_bytes(b"\0" * 1000)
    other = tmp_path / ".other.convstudio.x.tmp"
    other.write_bytes(b"x")
    save_project(tiny_cnn(), path)
    assert not leftover.exists() and other.exists()


def test_text_that_cannot_be_encoded_is_refused_when_saving(tmp_path):
    graph = tiny_cnn()
    graph.name = "net\udc80"
    with pytest.raises(ProjectFileError) as info:
        save_project(graph, tmp_path / "x.convstudio")
    assert info.value.code == "unencodable_text" and "\\udc80" in str(info.value)
    assert not list(tmp_path.iterdir())
