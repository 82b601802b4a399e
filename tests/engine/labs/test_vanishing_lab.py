"""The vanishing-gradient lab (note 003) against an independently built torch network."""
import numpy as np
import pytest
import torch

from engine.labs import LabInputError
from engine.labs.vanishing import VanishingConfig, gradient_flow


def test_sigmoid_early_layers_get_almost_nothing_and_relu_keeps_it():
    sigmoid = gradient_flow(VanishingConfig(depth=12, activation="sigmoid"))
    relu = gradient_flow(VanishingConfig(depth=12, activation="relu"))
    assert sigmoid.first_to_last < 1e-5
    assert np.all(np.diff(np.log(sigmoid.grad_norms)) > 0)   # shrinks towards the input
    assert 0.05 < relu.first_to_last < 20


@pytest.mark.parametrize("fix", [{"batch_norm": True}, {"residual": True}])
def test_batch_norm_or_residual_links_rescue_the_sigmoid_network(fix):
    result = gradient_flow(VanishingConfig(depth=12, activation="sigmoid", **fix))
    assert result.first_to_last > 1e-2


def test_gradient_norms_match_an_independent_network():
    cfg = VanishingConfig(depth=4, width=8, activation="tanh", batch=5, seed=3)
    result = gradient_flow(cfg)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(3)
        linears = [torch.nn.Linear(8, 8) for _ in range(4)]
        for lin in linears:
            torch.nn.init.xavier_normal_(lin.weight)
            torch.nn.init.zeros_(lin.bias)
        head = torch.nn.Linear(8, 10)
        net = torch.nn.Sequential(*[m for lin in linears for m in (lin, torch.nn.Tanh())], head)
        x, labels = torch.randn(5, 8), torch.randint(0, 10, (5,))
        loss = torch.nn.functional.cross_entropy(net(x), labels)
        loss.backward()
    assert result.loss == pytest.approx(loss.item(), rel=1e-6)
    np.testing.assert_allclose(result.grad_norms, [float(lin.weight.grad.norm())
                                                   for lin in linears], rtol=1e-5)


def test_histograms_count_every_unit_and_sigmoid_slope_is_at_most_a_quarter():
    cfg = VanishingConfig(depth=3, width=16, batch=8, activation="sigmoid", bins=10)
    result = gradient_flow(cfg)
    for layer in result.layers:
        assert layer.counts.sum() == 16 * 8 and len(layer.edges) == 11
        assert layer.edges[0] == 0 and layer.edges[-1] == 1
        assert 0 < layer.mean < 1
    from engine.labs.vanishing import slope
    a = np.linspace(0, 1, 101)
    assert slope("sigmoid", a).max() == pytest.approx(0.25)


def test_same_seed_same_numbers():
    a = gradient_flow(VanishingConfig(depth=5, seed=7))
    b = gradient_flow(VanishingConfig(depth=5, seed=7))
    np.testing.assert_array_equal(a.grad_norms, b.grad_norms)
    assert a.to_dict()["layers"][0]["grad_norm"] == a.layers[0].grad_norm


@pytest.mark.parametrize("bad", [{"depth": 0}, {"width": 10_000}, {"batch": 1},
                                 {"activation": "gelu"}, {"init": "zeros"}])
def test_bad_settings_are_one_typed_error(bad):
    with pytest.raises(LabInputError):
        gradient_flow(VanishingConfig(**bad))
