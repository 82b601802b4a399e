"""Transfer learning: frozen layers in the document, the file, the analysis, the memory
estimate and the training run; the classifier replaced; weights transplanted after an edit;
torchvision's pretrained weights read from its cache (written here, never downloaded)."""
import json

import pytest
import torch

from engine import zoo
from engine.analysis import analyze, training_memory
from engine.build import build_module
from engine.examples import EXAMPLES
from engine.graph import transfer
from engine.io import Project, dumps, loads
from engine.io.transplant import graph_shapes, plan, transplant
from engine.training.freeze import pin_frozen_batchnorm, trainable_parameters


def _bn_net():
    from engine.graph import sequential
    return sequential((3, 8, 8), [
                       ("Conv2d", dict(out_channels=4, padding=1)), ("BatchNorm2d", {}),
                       ("ReLU", {}), ("GlobalAvgPool", {}), ("Linear", dict(out_features=3)),
                       ("Output", {})])


def test_freeze_up_to_here_freezes_the_node_and_everything_before_it():
    g = zoo.create("resnet18")
    changed = transfer.freeze_up_to(g, "layer2_0_conv1")
    assert "conv1" in changed and "layer1_1_conv2" in changed and "layer2_0_conv1" in changed
    assert not g.nodes["layer2_0_bn1"].frozen and not g.nodes["fc"].frozen
    assert "input" not in changed  # nothing to freeze there


def test_analysis_splits_trainable_and_frozen_and_memory_drops():
    g = zoo.create("resnet18")
    before = analyze(g)
    transfer.freeze_up_to(g, "layer4_1_relu2" if "layer4_1_relu2" in g.nodes else "avgpool")
    after = analyze(g)
    fc = 512 * 1000 + 1000
    assert after.totals.params == before.totals.params == 11_689_512
    assert after.totals.trainable_params == fc
    assert after.totals.frozen_params == 11_689_512 - fc
    est0, _ = training_memory(before, 32, "adam")
    est1, formula = training_memory(after, 32, "adam")
    assert est1.weights == est0.weights  # every weight still sits in memory
    assert est1.gradients == fc * 4 and est1.optimizer_state == 2 * fc * 4
    # only the head keeps activations: GAP's 512 values (fc's input) and fc's 1000
    assert est1.activations == 32 * (512 + 1000) * 4
    assert est1.total < est0.total / 20 and "frozen" in formula


def test_saved_values_follow_autograd_on_a_frozen_start():
    """What autograd really saves for backward (its saved-tensor hooks) against the estimate."""
    g = _bn_net()
    conv = next(n for n in g.nodes if g.nodes[n].type == "Conv2d")
    bn = next(n for n in g.nodes if g.nodes[n].type == "BatchNorm2d")
    transfer.freeze_up_to(g, bn)
    est, _ = training_memory(analyze(g), 1, "sgd")
    module = build_module(g)
    pin_frozen_batchnorm(module)
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t.numel()) or t,
                                                  lambda t: t):
        module(torch.randn(1, 3, 8, 8)).sum().backward()
    assert module.get_submodule(conv).weight.grad is None
    # autograd keeps fc's input (4 values) and its weight (12); the estimate counts values a
    # layer stores per image (4 pooled + 3 outputs), weights being counted apart
    assert est.activations == (4 + 3) * 4
    assert sum(saved) <= 4 + 12 + 3


def test_project_file_keeps_frozen_layers_and_reads_version_1():
    g = EXAMPLES["tiny_cnn"]()
    node = next(n for n in g.nodes if g.nodes[n].type == "Conv2d")
    g.set_frozen(node, True)
    text = dumps(Project(g))
    doc = json.loads(text)
    assert doc["version"] == 2
    assert [r.get("frozen", False) for r in doc["network"]["nodes"]].count(True) == 1
    back = loads(text).graph
    assert back.frozen_nodes() == [node] and back == g
    doc["version"] = 1
    for r in doc["network"]["nodes"]:
        r.pop("frozen", None)
    old = loads(json.dumps(doc)).graph
    assert old.frozen_nodes() == []


def test_optimizer_gets_only_trainable_parameters_and_frozen_bn_stays_in_eval():
    from engine.training.setup import make_run
    from engine.training import OptimizerConfig, TrainConfig
    from engine.training.device import select_device

    g = _bn_net()
    bn = next(n for n in g.nodes if g.nodes[n].type == "BatchNorm2d")
    transfer.freeze_up_to(g, bn)
    module = build_module(g)
    assert pin_frozen_batchnorm(module) == 1
    cfg = TrainConfig(optimizers=["adam"])
    run = make_run("adam", OptimizerConfig("adam"), module, torch.nn.CrossEntropyLoss(),
                   select_device("cpu"), cfg, 10)
    given = [p for group in run.optimizer.param_groups for p in group["params"]]
    fc = run.model.get_submodule(next(n for n in g.nodes if g.nodes[n].type == "Linear"))
    assert {id(p) for p in given} == {id(p) for p in fc.parameters()}
    bn_module = run.model.get_submodule(bn)
    stats = bn_module.running_mean.clone()
    run.model.train()
    run.train_step(torch.randn(4, 3, 8, 8) * 5 + 3, torch.tensor([0, 1, 2, 0]))
    torch.testing.assert_close(bn_module.running_mean, stats)  # pretrained statistics kept
    assert not bn_module.training


def test_every_layer_frozen_is_one_sentence():
    g = _bn_net()
    transfer.freeze_up_to(g, g.output_nodes()[0])
    with pytest.raises(ValueError, match="nothing to train"):
        trainable_parameters(build_module(g))


def test_replace_classifier_for_n_classes():
    g = zoo.create("resnet18")
    transfer.freeze_up_to(g, "fc")
    assert transfer.replace_classifier(g, 7) == "fc"
    assert g.nodes["fc"].params["out_features"] == 7 and not g.nodes["fc"].frozen
    assert analyze(g)["output"].output_shape == (7,)


def test_transplant_keeps_what_fits_and_reports_per_layer():
    g = EXAMPLES["tiny_cnn"]()
    torch.manual_seed(0)
    trained = build_module(g).state_dict()
    convs = [n for n in g.nodes if g.nodes[n].type == "Conv2d"]
    linear = next(n for n in g.nodes if g.nodes[n].type == "Linear")
    g.set_param(convs[-1], "out_channels", g.nodes[convs[-1]].params["out_channels"] * 2)
    removed = g.nodes[convs[0]]
    torch.manual_seed(1)
    module = build_module(g)
    report = transplant(module, trained)
    rows = {r.layer: r.status for r in report.layers}
    assert rows[convs[0]] == "kept" and rows[convs[-1]] == "reinitialised"
    torch.testing.assert_close(module.state_dict()[f"{convs[0]}.weight"],
                               trained[f"{convs[0]}.weight"])
    assert "reinitialised" in report.summary() and convs[-1] in report.summary()
    assert removed  # the plan from shapes alone says the same
    assert [r.status for r in plan(graph_shapes(g), trained).layers] == [
        r.status for r in report.layers]
    del trained[f"{linear}.bias"]
    assert plan(graph_shapes(g), {**trained, "gone.weight": torch.zeros(1)}).layers[-1].status \
        == "dropped"


def _write_pretrained(tmp_path, monkeypatch, name):
    torchvision = pytest.importorskip("torchvision")
    from engine.io.pretrained import pretrained_file
    monkeypatch.setenv("TORCH_HOME", str(tmp_path))
    info = pretrained_file(name)
    assert info.path == tmp_path / "hub" / "checkpoints" / info.url.rsplit("/", 1)[1]
    torch.manual_seed(5)
    model = torchvision.models.get_model(name, weights=None).eval()
    info.path.parent.mkdir(parents=True)
    torch.save(model.state_dict(), info.path)
    return model


def test_pretrained_weights_come_from_torchvisions_cache(tmp_path, monkeypatch):
    from engine.io.import_sources import import_model
    model = _write_pretrained(tmp_path, monkeypatch, "resnet18")
    result = import_model("torchvision:resnet18", pretrained=True)
    ours = build_module(result.graph).eval()
    ours.load_state_dict(result.state_dict, strict=True)
    x = torch.randn(1, 3, 32, 32)
    with torch.no_grad():
        torch.testing.assert_close(ours(x), model(x))


def test_zoo_twin_takes_the_same_pretrained_file(tmp_path, monkeypatch):
    from engine.io.import_sources import pretrained_network
    model = _write_pretrained(tmp_path, monkeypatch, "resnet18")
    graph, state = pretrained_network("zoo:resnet18")
    ours = build_module(graph).eval()
    ours.load_state_dict(state, strict=True)
    x = torch.randn(1, 3, 32, 32)
    with torch.no_grad():
        torch.testing.assert_close(ours(x), model(x))


def test_missing_pretrained_file_says_which_file_where_and_from_where(tmp_path, monkeypatch):
    torchvision = pytest.importorskip("torchvision")
    from engine.io.pretrained import MissingWeightsError, pretrained_state_dict
    monkeypatch.setenv("TORCH_HOME", str(tmp_path))
    url = torchvision.models.get_model_weights("mobilenet_v2").DEFAULT.url
    with pytest.raises(MissingWeightsError) as err:
        pretrained_state_dict("mobilenet_v2")
    text = str(err.value)
    assert url.rsplit("/", 1)[1] in text and url in text
    assert str(tmp_path / "hub" / "checkpoints") in text and "local weights file" in text


@pytest.mark.slow
def test_cli_train_pretrained_frozen_backbone_race(tmp_path, monkeypatch, capsys):
    from engine.cli import main
    _write_pretrained(tmp_path, monkeypatch, "resnet18")
    code = main(["train", "torchvision:resnet18", "--pretrained", "--freeze-until",
                 "layer4_0_relu", "--dataset", "shapes:rgb32", "--train-size", "64",
                 "--epochs", "1", "--batch-size", "32", "--optimizers", "adam,sgd"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "fc now has 10 outputs" in out and "layers frozen, up to layer4_0_relu" in out
    assert "reinitialised: fc" in out
    assert "adam: completed" in out and "sgd: completed" in out
    code = main(["train", "torchvision:resnet18", "--pretrained", "--freeze-until", "layer9",
                 "--dataset", "shapes:rgb32", "--train-size", "64", "--epochs", "1"])
    assert code == 2 and "has no layer 'layer9'" in capsys.readouterr().err
