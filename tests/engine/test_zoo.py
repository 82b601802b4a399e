"""The zoo's registry, fresh editable graphs, layout, listing and cards."""
import pytest
import torch

from engine import zoo
from engine.analysis import analyze
from engine.build import build_module
from engine.io.sources import SourceError, load_source, set_input_shape
from engine.zoo.registry import DuplicateModelError

ISSUE_MODELS = {"lenet5", "lenet5_modern", "alexnet", "alexnet_torchvision", "zfnet", "vgg11",
                "vgg11_lrn", "vgg13", "vgg16_c", "vgg16", "vgg19", "vgg11_bn", "vgg13_bn",
                "vgg16_bn", "vgg19_bn", "googlenet", "googlenet_paper", "resnet18", "resnet34",
                "resnet50", "resnet101", "resnet152", "resnext50_32x4d", "densenet121",
                "densenet169", "dpn68"}


def test_every_network_of_the_issue_is_in_the_zoo_and_has_no_error():
    assert ISSUE_MODELS <= set(zoo.names())
    for info in zoo.list_models():
        assert info.params > 0 and info.macs > 0 and info.layers > 0
        assert info.year >= 1998 and len(info.input_shape) == 3
    small = [m for m in zoo.list_models() if m.small]
    assert {m.input_shape for m in small} >= {(1, 28, 28), (3, 32, 32)}
    quick = zoo.list_models(figures=False)  # for a dialog that fills figures in later
    assert [m.name for m in quick] == [m.name for m in zoo.list_models()]
    assert quick[0].params is None and quick[0].title == zoo.info(quick[0].name).title


def test_a_name_is_refused_twice():
    with pytest.raises(DuplicateModelError):
        zoo.register_model("resnet18", title="again", year=2015, family="resnet",
                           input_shape=(3, 224, 224))(lambda: None)


def test_an_unknown_name_is_a_source_error_naming_close_matches():
    with pytest.raises(zoo.UnknownModelError) as err:
        zoo.create("resnet51")
    assert isinstance(err.value, SourceError) and err.value.code == "unknown_model"
    assert "resnet50" in err.value.data["close"] and "resnet50" in str(err.value)
    with pytest.raises(SourceError, match="no model 'nope'"):
        load_source("zoo:nope")
    with pytest.raises(zoo.ModelOptionError, match="stride_on"):
        zoo.create("resnet18", stride_on="1x1")  # basic blocks have no such choice
    assert zoo.info("resnet50").options == {"stride_on": "3x3", "num_classes": 1000}


def test_create_returns_a_fresh_editable_graph_each_time():
    a, b = zoo.create("resnet20_cifar"), zoo.create("resnet20_cifar")
    assert a == b and a is not b and a.revision == 0
    a.set_param("fc", "out_features", 7)
    assert analyze(a)["output"].output_shape == (7,)
    assert analyze(b)["output"].output_shape == (10,)
    assert zoo.create("resnet20_cifar", num_classes=100).nodes["fc"].params["out_features"] \
        == 100


@pytest.mark.parametrize("name", ["googlenet", "resnet152", "densenet169", "dpn68", "alexnet"])
def test_layout_flows_down_with_branches_side_by_side(name):
    g = zoo.create(name)
    positions = [n.pos for n in g.nodes.values()]
    assert len(set(positions)) == len(positions)  # no two nodes on top of each other
    for link in g.links:  # every link goes down the canvas
        assert g.nodes[link.dst].pos[1] > g.nodes[link.src].pos[1]
    main_x = g.nodes["input"].pos[0]
    assert g.nodes[g.output_nodes()[0]].pos[0] == main_x  # the main path stays in one column


def test_inception_branches_sit_in_four_columns():
    g = zoo.create("googlenet")
    first = [f"inception3a_{b}" for b in ("branch1_conv", "branch2_0_conv", "branch3_0_conv",
                                          "branch4_0")]
    xs = [g.nodes[n].pos[0] for n in first]
    ys = {g.nodes[n].pos[1] for n in first}
    assert len(set(xs)) == 4 and len(ys) == 1  # four branches side by side on one row
    # the canvas's auto-layout keeps the longest branch (1x1 -> 3x3) straight down
    assert g.nodes["inception3a_branch2_0_conv"].pos[0] == g.nodes["inception3a_concat"].pos[0]


def test_big_models_open_expanded_and_grouped_into_collapsible_blocks():
    g = zoo.create("resnet152")
    assert len(g.nodes) > 500 and len(g.blocks) == 50
    assert {b.template for b in g.blocks.values()} == {"Bottleneck"}
    assert g.blocks["layer3_35"].params["out_channels"] == 1024
    a = analyze(g)
    assert a.totals_of(g.blocks["layer1_0"].nodes).params == 75_008


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_model_has_a_card_in_both_languages(lang):
    for name in zoo.names():
        c = zoo.card(name)
        t = c.text(lang)
        assert c.year and c.authors and c.paper
        assert all(len(x) > 20 for x in (t.idea, t.look_at, t.differs, t.result)), name
        if lang == "ko":
            assert any("\uac00" <= ch <= "\ud7a3" for ch in t.idea), name
        assert c.to_json(lang)["name"] == name
    with pytest.raises(SourceError):
        zoo.card("resnet18").text("fr")


def test_cards_state_the_published_results_and_the_numbers_the_app_computes():
    assert zoo.card("alexnet").ilsvrc_top5_error == 15.3
    assert zoo.card("googlenet").ilsvrc_top5_error == 6.67
    assert zoo.card("vgg16").ilsvrc_top5_error == 7.3
    assert zoo.card("resnet152").ilsvrc_top5_error == 3.57
    assert zoo.card("densenet121").ilsvrc_top5_error is None  # did not compete
    # numbers written on cards agree with the analysis
    for name, figure in [("alexnet_torchvision", "61,100,840"), ("lenet5", "60,850"),
                         ("lenet5_modern", "61,706"), ("resnet20_cifar", "272,474"),
                         ("densenet_cifar", "102,778"), ("dpn68", "12,611,602"),
                         ("googlenet", "6,624,904")]:
        assert f"{zoo.info(name).params:,}" == figure
        assert figure in zoo.card(name).format("en") + zoo.card(name).format("ko"), name
    r50 = zoo.card("resnet50").text("en").look_at
    assert f"{zoo.info('resnet50').macs / 1e9:.2f}" in r50
    paper = analyze(zoo.create("resnet50", stride_on="1x1")).totals.macs
    assert f"{paper / 1e9:.2f}" in r50 and 'stride_on="1x1"' in r50
    assert "249,476,608" in zoo.card("alexnet").text("en").look_at
    assert analyze(zoo.create("dpn68"))["avgpool"].input_shapes == [(832, 7, 7)]
    assert "1.5M + 3.8M = 5.3M" in zoo.card("googlenet_paper").text("ko").look_at


@pytest.fixture
def one_thread():
    """Tiny models run fastest on one thread (and do not fight other processes for cores)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.mark.parametrize("name", ["lenet5_modern", "lenet5_gap", "vgg_small", "resnet20_cifar",
                                  "densenet_cifar", "lenet5"])
def test_small_models_learn(name, one_thread):
    """A few optimiser steps on one fixed batch lower the loss clearly (they train)."""
    torch.manual_seed(0)
    g = zoo.create(name)
    c, h, w = zoo.info(name).input_shape
    if name != "lenet5" and "lenet" not in name:  # GAP heads take any size; keep it quick
        set_input_shape(g, (c, 16, 16))
        h = w = 16
    model = build_module(g).train()
    y = torch.arange(16) % 4  # four classes told apart by brightness, under noise
    x = 0.5 * torch.randn(16, c, h, w) + (y.float() - 1.5).view(-1, 1, 1, 1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    losses = []
    for _ in range(12):
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0], losses


def test_gap_head_models_end_with_global_average_pooling_into_the_classifier():
    for info in zoo.list_models():
        if info.family in ("small_gap", "resnet_cifar", "densenet_cifar"):
            g = zoo.create(info.name)
            last_fc = g.inputs_of(g.output_nodes()[0])[0]
            assert g.nodes[last_fc].type == "Linear"
            assert g.nodes[g.inputs_of(last_fc)[0]].type == "GlobalAvgPool", info.name


def test_opening_and_analysing_a_zoo_model_does_not_import_torch():
    """The editor opens a model without paying torch's start-up cost (seconds on a slow CPU)."""
    import subprocess
    import sys
    from pathlib import Path
    code = ("import sys; from engine import zoo; from engine.analysis import analyze; "
            "g = zoo.create('googlenet'); zoo.collapse_all(g); analyze(g); zoo.card('dpn68'); "
            "zoo.list_models(figures=False); print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("name", ["alexnet", "zfnet"])
def test_cards_and_analysis_agree_on_conv1s_uneven_window(name):
    """(224 + 2P - F)/S is not whole for conv1, but only padding falls outside the last window:
    the analysis explains it in the formula and does not warn, and the card says the same."""
    result = analyze(zoo.create(name))
    assert not [p for p in result.problems if p.node_id == "conv1"]
    assert "no pixel is lost" in " ".join(result["conv1"].formulas.values())
    card = zoo.card(name)
    assert "does not warn" in card.text("en").look_at and "conv1 warns" not in \
        card.text("en").look_at
    assert "경고하지 않습니다" in card.text("ko").look_at
