"""engine.errors: one UserError(code, **data) base, one English template per code."""
from __future__ import annotations

import pickle

import pytest

from engine import errors
from engine.errors import UserError


class _SampleError(UserError, ValueError):
    code = "sample_error"
    templates = {
        "sample_error": "Something about {name} is wrong.",
        "sample_shape": "The input is {shape}, not {wanted}; the rate {lr:g} stays.",
    }


def test_str_is_the_code_template_filled_from_the_data():
    err = _SampleError("sample_shape", shape=(3, 32, 32), wanted=[1, 28, 28], lr=0.05)
    assert str(err) == "The input is 3x32x32, not 1x28x28; the rate 0.05 stays."
    assert err.code == "sample_shape" and err.data["shape"] == (3, 32, 32)
    assert err.template == errors.template("sample_shape")
    assert isinstance(err, ValueError) and isinstance(err, UserError)


def test_the_class_code_is_the_default_and_a_missing_field_shows_a_question_mark():
    assert str(_SampleError(name="conv1")) == "Something about conv1 is wrong."
    assert str(_SampleError()) == "Something about ? is wrong."


def test_the_older_sentence_forms_keep_their_sentence_and_code():
    err = _SampleError("The file x is bad.", code="sample_shape", x=1)
    assert err.code == "sample_shape" and str(err) == "The file x is bad."
    assert err.template is None and err.data == {"x": 1}
    err = _SampleError("brand_new_code", "A sentence of its own.")
    assert err.code == "brand_new_code" and str(err) == "A sentence of its own."
    # once the code has a template, the template wins over the sentence
    err = _SampleError("sample_error", "Old words.", name="x")
    assert str(err) == "Something about x is wrong."


def test_a_code_cannot_get_two_templates():
    with pytest.raises(ValueError, match="two templates"):
        errors.define({"sample_error": "Another text."})
    with pytest.raises(ValueError, match="lower_snake_case"):
        errors.define({"Bad Code": "x"})


def test_errors_survive_pickling_with_code_data_and_attributes():
    from engine.io import ProjectFileError
    err = ProjectFileError("not_found", path="/tmp/nowhere.convstudio")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is ProjectFileError and back.code == "not_found"
    assert back.path == err.path and str(back) == str(err)


def test_every_engine_error_type_derives_from_user_error():
    from engine.build import BuildError
    from engine.cli import CliError
    from engine.data.dataset import DataError
    from engine.graph_errors import GraphError
    from engine.inspect.errors import InspectError
    from engine.io import ProjectFileError, SourceError
    from engine.problems import ShapeError
    from engine.training.errors import TrainingError
    from engine.zoo.registry import ZooError
    for cls in (BuildError, CliError, DataError, GraphError, InspectError, ProjectFileError,
                SourceError, ShapeError, TrainingError, ZooError):
        assert issubclass(cls, UserError), cls


def test_render_fills_a_translated_template_the_same_way():
    assert errors.render("{shape} 입력은 {name}에 맞지 않습니다.", {"shape": (1, 28, 28), "name": "fc"}) \
        == "1x28x28 입력은 fc에 맞지 않습니다."
    assert errors.render("broken {", {}) == "broken {"


def test_a_count_chooses_its_word_written_once_in_the_template():
    text = "{n} {n:input|inputs}, already {n:it|them}; rate {lr:g}"
    assert errors.render(text, dict(n=1, lr=0.5)) == "1 input, already it; rate 0.5"
    assert errors.render(text, dict(n=2, lr=0.5)) == "2 inputs, already them; rate 0.5"
    assert errors.render(text, dict(n=0, lr=0.5)) == "0 inputs, already them; rate 0.5"
    assert errors.render(text, dict(n=1.0, lr=0.5)).startswith("1 input,")
    assert errors.render(text, dict(lr=0.5)) == "? inputs, already them; rate 0.5"
    # a translation that keeps a plural spec or drops it both render
    assert errors.render("입력 {n:input|inputs} {n}개", dict(n=2)) == "입력 inputs 2개"
    assert errors.plural(1, "layer|layers") == "layer" and errors.plural(3, "layer|layers") \
        == "layers"


def test_refused_link_and_build_say_one_input_two_problems():
    """The engine's own sentences for 1 and for 2: no "input(s)" or "problem(s)"."""
    from engine.build import BuildError, build_module
    from engine.graph import PortError, sequential
    graph = sequential((1, 8, 8), [("conv", "Conv2d", {}), ("relu", "ReLU", {})])
    with pytest.raises(PortError) as info:
        graph.connect("input1", "relu")  # a ReLU takes one input, and has it
    assert str(info.value) == "relu takes 1 input and already has it; disconnect one first."
    assert str(PortError("inputs_full", dst_name="merge", inputs=2)) == (
        "merge takes 2 inputs and already has them; disconnect one first.")
    assert str(PortError("no_such_port", dst="merge", port=3, inputs=2)) == (
        "merge has no input port 3: it takes 2 inputs, numbered from 0.")
    for loose, more in ((2, "(1 more problem)"), (3, "(2 more problems)")):
        graph = sequential((1, 8, 8), [("flat", "Flatten", {})])
        for i in range(loose):
            graph.add_node("ReLU", node_id=f"r{i}")
        with pytest.raises(BuildError) as info:
            build_module(graph)
        assert str(info.value) == ("The network cannot be built: r0 has no input; connect the "
                                   f"output of a layer to it (or delete it). {more}")
