"""Layer registry and the layers PyTorch does not have."""
import pytest
import torch

from engine import layers
from engine.layers.modules import StochasticPool2d


def test_registry_has_the_lecture_layers_with_declared_parameters():
    names = {s.type for s in layers.all_specs()}
    for required in ["Input", "Conv2d", "MaxPool2d", "AvgPool2d", "StochasticPool2d",
                     "AdaptiveAvgPool2d", "GlobalAvgPool", "LocalResponseNorm", "BatchNorm2d",
                     "BatchNorm1d", "Dropout", "Dropout2d", "ReLU", "LeakyReLU", "Sigmoid", "Tanh",
                     "Softmax", "Flatten", "Linear", "Add", "Concat", "Identity", "Output"]:
        assert required in names
    conv = layers.get("Conv2d")
    assert conv.category in layers.CATEGORIES
    assert "floor((N + 2P - K) / S) + 1" in conv.summary
    kernel = conv.param("kernel_size")
    assert (kernel.default, kernel.minimum, kernel.help) == (3, 1, "Filter height and width (K).")
    assert all(p.help for s in layers.all_specs() for p in s.params)


def test_registering_a_duplicate_name_fails():
    with pytest.raises(layers.DuplicateLayerError):
        layers.register(layers.get("ReLU"))


def test_stochastic_pool_evaluation_is_the_expectation():
    pool = StochasticPool2d(2, 2).eval()
    x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
    # p_i = a_i / 10 -> sum p_i a_i = (1 + 4 + 9 + 16) / 10 = 3.0
    assert pool(x).item() == pytest.approx(3.0)
    assert pool(torch.zeros(1, 1, 2, 2)).item() == 0.0


def test_stochastic_pool_training_samples_in_proportion_to_activation():
    torch.manual_seed(0)
    pool = StochasticPool2d(2, 2).train()
    x = torch.tensor([1.0, 2.0, 3.0, 4.0]).view(1, 1, 2, 2).expand(20000, 1, 2, 2)
    picks = pool(x).flatten()
    assert set(picks.unique().tolist()) <= {1.0, 2.0, 3.0, 4.0}
    freq = torch.stack([(picks == v).float().mean() for v in (1.0, 2.0, 3.0, 4.0)])
    assert torch.allclose(freq, torch.tensor([0.1, 0.2, 0.3, 0.4]), atol=0.015)
    # a window with a single positive element always picks it; negatives count as zero
    y = torch.tensor([[[[-5.0, 0.0], [7.0, 0.0]]]])
    assert pool(y).item() == 7.0


def test_stochastic_pool_shapes_and_gradient():
    pool = StochasticPool2d(3, 2).train()
    x = torch.rand(2, 4, 9, 9, requires_grad=True)
    out = pool(x)
    assert out.shape == (2, 4, 4, 4)
    out.sum().backward()
    assert x.grad is not None and x.grad.abs().sum() > 0
