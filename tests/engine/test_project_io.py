"""Project files: versioned JSON, atomic writes, clear errors, migrations."""
import json

import pytest

from engine.examples import alexnet_table
from engine.io import (FORMAT, MIGRATIONS, VERSION, Project, ProjectFileError, load_project,
                       save_project)
from engine.io import project as project_module


def test_save_and_reopen_is_identical_and_diffable(tmp_path):
    g = alexnet_table()
    g.move("conv1", (12.5, -3))
    g.rename("fc8", "classifier")
    g.group(["conv1", "pool1"], "stem")
    path = save_project(Project(g, {"training": {"epochs": 3}}), tmp_path / "a.convstudio")
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and '\n  "format"' in text  # indented
    doc = json.loads(text)
    assert doc["format"] == FORMAT and doc["version"] == VERSION
    assert list(doc) == sorted(doc)  # sorted keys
    again = load_project(path)
    assert again.graph == g and again.sections == {"training": {"epochs": 3}}
    save_project(again, tmp_path / "b.convstudio")
    assert (tmp_path / "b.convstudio").read_text(encoding="utf-8") == text


def test_a_failed_write_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    path = save_project(alexnet_table(), tmp_path / "a.convstudio")
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_module.os, "replace", boom)
    with pytest.raises(ProjectFileError, match="No space left"):
        save_project(alexnet_table(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.convstudio"]  # no temp file left


@pytest.mark.parametrize("content, code, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not_json", "not JSON"),
    (b"{\"hello\": 1}", "wrong_format", "not a ConvStudio project"),
    (json.dumps({"format": FORMAT, "version": 99, "network": {}}).encode(), "future_version",
     "newer ConvStudio"),
    (json.dumps({"format": FORMAT, "version": 1}).encode(), "missing_field", "\"network\""),
    (json.dumps({"format": FORMAT, "version": 1,
                 "network": {"nodes": {}, "links": []}}).encode(), "wrong_type", "a list"),
    (json.dumps({"format": FORMAT, "version": 1, "network": {
        "nodes": [{"id": "a", "type": "Conv9d", "params": {}}], "links": []}}).encode(),
     "unknown_layer", "Conv9d"),
    (json.dumps({"format": FORMAT, "version": 1, "network": {
        "nodes": [{"id": "a", "type": "Conv2d", "params": {"kernel_size": "big"}}],
        "links": []}}).encode(), "invalid_network", "whole number"),
    (json.dumps({"format": FORMAT, "version": 1, "network": {
        "nodes": [{"id": "a", "type": "ReLU"}], "links": [{"src": "a", "dst": "zz",
                                                           "port": 0}]}}).encode(),
     "invalid_network", "no node 'zz'"),
])
def test_bad_files_give_one_clear_sentence(tmp_path, content, code, words):
    path = tmp_path / "bad.convstudio"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert info.value.code == code
    assert words in str(info.value)
    assert "\n" not in str(info.value) and str(info.value).endswith(".")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        load_project(tmp_path / "nope.convstudio")
    with pytest.raises(ProjectFileError, match="is a folder"):
        load_project(tmp_path)


def test_older_versions_are_migrated(tmp_path, monkeypatch):
    # pretend the current format is version 2 and version 1 named links "edges"
    def v1_to_v2(doc):
        doc["network"]["links"] = doc["network"].pop("edges")
        return doc

    monkeypatch.setattr(project_module, "VERSION", 2)
    monkeypatch.setitem(MIGRATIONS, 1, v1_to_v2)
    old = {"format": FORMAT, "version": 1, "network": {
        "nodes": [{"id": "x", "type": "Input"}, {"id": "r", "type": "ReLU"}],
        "edges": [{"src": "x", "dst": "r", "port": 0}]}}
    path = tmp_path / "old.convstudio"
    path.write_text(json.dumps(old))
    g = load_project(path).graph
    assert g.inputs_of("r") == ["x"]


def test_nothing_is_executed_from_a_file(tmp_path):
    evil = {"format": FORMAT, "version": 1, "network": {
        "nodes": [{"id": "__import__('os').system('touch pwned')", "type": "ReLU"}],
        "links": []}}
    path = tmp_path / "evil.convstudio"
    path.write_text(json.dumps(evil))
    with pytest.raises(ProjectFileError, match="not a valid node id"):
        load_project(path)
    assert not (tmp_path / "pwned").exists()
