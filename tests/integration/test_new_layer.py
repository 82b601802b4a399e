"""Adding a layer type is one registration: a layer registered in a scratch registry shows up in
the palette (with its glyph), on the canvas (its title), in the analysis (shape, receptive
field, memory), in the built network, in inspection (feature maps, Grad-CAM's target, the
receptive-field box) and in training (its random draws shared by the runs of a race), with no
edit anywhere else."""
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from engine import layers
from engine.analysis import analyze
from engine.build import build_module
from engine.data import make_shapes
from engine.graph import sequential
from engine.inspect import Inspector
from engine.inspect.locate import default_target_layer
from engine.layers.registry import scratch
from engine.layers.spec import FLOAT, LayerInfo, LayerSpec, Param, Window
from engine.training import EpochEnded, EventLog, OptimizerConfig, TrainConfig, Trainer


class NoisyBlur(nn.Module):
    """A 3x3 mean (padding 1) plus Gaussian noise of level ``sigma`` while training."""

    def __init__(self, sigma: float):
        super().__init__()
        self.sigma = sigma

    def forward(self, x):
        y = F.avg_pool2d(x, 3, 1, 1, count_include_pad=False)
        return y + self.sigma * torch.randn_like(y) if self.training else y


def _infer(shapes, p):
    return LayerInfo(tuple(shapes[0]), rf=Window(3, 1, 1),
                     formulas={"output": "the input's shape"})


NOISY_BLUR = LayerSpec(
    "NoisyBlur", "Regularization", "Noisy blur", "A 3x3 mean plus Gaussian noise in training.",
    _infer, params=(Param("sigma", FLOAT, 0.1, "Noise level.", 0.0, 10.0),),
    build=lambda p, shapes: NoisyBlur(p["sigma"]), prefix="blur", keeps_features=True,
    stochastic=True, short_name="Blur", label=lambda p: f"Blur s{p['sigma']:g}", glyph="Bl")


def _network(size=16, channels=3):
    return sequential((channels, size, size), [
        ("conv", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)),
        ("blur", "NoisyBlur", dict(sigma=0.5)),
        ("relu", "ReLU", {}),
        ("gap", "GlobalAvgPool", {}),
        ("fc", "Linear", dict(out_features=3))], name="blurry")


@pytest.fixture
def registered():
    with scratch():
        layers.register(NOISY_BLUR)
        yield
    assert not layers.exists("NoisyBlur")  # forgotten after the block


def test_the_palette_and_the_canvas_show_the_new_layer(registered, qtbot):
    from gui.canvas.labels import node_title
    from gui.palette.icons import glyph
    from gui.palette.palette import PaletteWidget

    palette = PaletteWidget()
    qtbot.addWidget(palette)
    assert "NoisyBlur" in palette.visible_layers()
    assert palette.item_for("NoisyBlur").text(0) == "Noisy blur"
    assert glyph("NoisyBlur") == "Bl"
    assert node_title(_network().nodes["blur"]) == "Blur s0.5"


def test_analysis_build_and_inspection_use_its_spec(registered):
    graph = _network()
    analysis = analyze(graph)
    report = analysis["blur"]
    assert report.output_shape == (8, 16, 16)
    assert (report.receptive_field, report.jump, report.rf_start) == (5, 1, 0.0)
    # a new tensor: counted in the activations (the in-place ReLU after it is not)
    assert analysis.totals.activation_elements == 2 * 8 * 16 * 16 + 8 + 3

    module = build_module(graph, analysis)
    assert isinstance(module.get_submodule("blur"), NoisyBlur)
    module.eval()
    assert module(torch.rand(2, 3, 16, 16)).shape == (2, 3)

    inspector = Inspector(graph)
    assert "blur" in inspector.layers()
    # Grad-CAM follows the convolution through the blur (it keeps the features) to the ReLU
    assert default_target_layer(graph, analysis) == "relu"
    box = inspector.receptive_box("blur", 8, 8)
    assert (box.top, box.left, box.bottom, box.right) == (6, 6, 10, 10)


@pytest.mark.slow  # the first training of a session pays torch's start-up; then under a second
def test_training_shares_its_random_draws_between_the_runs_of_a_race(registered):
    torch.manual_seed(0)
    data = make_shapes("gray28", 64, 32, seed=3, classes=("circle", "square", "plus"))
    config = TrainConfig(optimizers=[OptimizerConfig("sgd", lr=0.05),
                                     OptimizerConfig("sgd", lr=0.05)],
                         epochs=1, batch_size=32, batch_event_min_seconds=0.0)
    log = EventLog()
    Trainer(_network(size=28, channels=1), data, config).run(log)
    losses = {e.run: e.train_loss for e in log.of(EpochEnded)}
    assert len(losses) == 2
    # the same optimizer from the same weights with the same noise: the same loss (with
    # ``stochastic=False`` the second run would draw the noise after the first: 1.1338 / 1.1348)
    first, second = losses.values()
    assert first == pytest.approx(second, rel=1e-6)
