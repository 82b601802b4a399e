"""Feature maps of any layer: the values a real forward pass produces, with correct statistics,
batched, and computed only as far into the network as needed."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine.examples import tiny_cnn
from engine.graph import sequential
from engine.inspect import ImageInputError, Inspector, LayerChoiceError


def residual_net():
    """Input -> conv_a -> relu_a -> conv_b ; Add(relu_a, conv_b) -> relu -> GAP -> fc."""
    g = sequential((3, 12, 12), [
        ("conv_a", "Conv2d", dict(out_channels=4, kernel_size=3, padding=1)),
        ("relu_a", "ReLU", {}),
        ("conv_b", "Conv2d", dict(out_channels=4, kernel_size=3, padding=1))])
    g.add_node("Add", node_id="add")
    g.connect("relu_a", "add")
    g.connect("conv_b", "add")
    return sequential(None, [("relu", "ReLU", {}), ("gap", "GlobalAvgPool", {}),
                             ("fc", "Linear", dict(out_features=5)), ("out", "Output", {})],
                      graph=g, start="add")


@pytest.fixture(scope="module")
def images():
    return np.random.default_rng(0).random((5, 3, 12, 12), dtype=np.float32)


def test_conv_maps_equal_an_independent_convolution(images):
    torch.manual_seed(0)
    insp = Inspector(residual_net())
    maps = insp.activations(images, "conv_a")
    conv = insp.module.conv_a
    expected = F.conv2d(torch.from_numpy(images), conv.weight, conv.bias, padding=1)
    assert maps.layer == "conv_a" and maps.values.shape == (5, 4, 12, 12)
    np.testing.assert_allclose(maps.values, expected.numpy(), rtol=1e-5, atol=1e-6)


def test_a_merge_node_and_the_output_node_are_inspectable(images):
    insp = Inspector(residual_net())
    a = insp.activations(images, "relu_a").values
    b = insp.activations(images, "conv_b").values
    np.testing.assert_allclose(insp.activations(images, "add").values, a + b, atol=1e-6)
    logits = insp.module(torch.from_numpy(images)).detach().numpy()
    out = insp.activations(images, "out")  # the Output node shows the fc values
    assert out.layer == "fc" and not out.spatial
    np.testing.assert_allclose(out.values, logits, rtol=1e-5, atol=1e-6)


def test_channel_statistics_match_the_values_and_find_a_dead_channel(images):
    insp = Inspector(residual_net())
    with torch.no_grad():
        insp.module.conv_a.bias[2] = -100.0  # channel 2 never fires after the ReLU
    maps = insp.activations(images, "relu_a")
    v = maps.values.reshape(5, 4, -1)
    np.testing.assert_allclose(maps.stats.mean, v.mean(axis=2), rtol=1e-5)
    np.testing.assert_allclose(maps.stats.std, v.std(axis=2), rtol=1e-4, atol=1e-6)
    np.testing.assert_array_equal(maps.stats.max, v.max(axis=2))
    np.testing.assert_array_equal(maps.stats.min, v.min(axis=2))
    assert (maps.stats.zero_fraction[:, 2] == 1.0).all()
    assert (maps.stats.zero_fraction[:, 0] < 1.0).all()


def test_batches_are_split_and_agree_with_one_image_at_a_time(images):
    insp = Inspector(residual_net(), batch_size=2)  # 5 images -> chunks of 2, 2, 1
    batch = insp.activations(images, "add").values
    singles = np.concatenate([insp.activations(img, "add").values for img in images])
    np.testing.assert_allclose(batch, singles, atol=1e-6)


def test_an_early_layer_runs_only_the_layers_before_it(images):
    insp = Inspector(residual_net())
    calls = []
    handle = insp.module.conv_b.register_forward_hook(lambda *a: calls.append(1))
    insp.activations(images, "relu_a")
    assert calls == []
    insp.activations(images, "add")
    assert calls == [1]
    handle.remove()
    assert not insp.module.conv_a._forward_hooks  # the inspector leaves no hooks behind


def test_normalisation_is_applied_as_for_training(images):
    mean, std = (0.5, 0.4, 0.3), (0.2, 0.25, 0.5)
    plain, normed = Inspector(residual_net()), Inspector(residual_net(), normalize=(mean, std))
    normed.module.load_state_dict(plain.module.state_dict())
    x = (images - np.array(mean, np.float32)[:, None, None]) / np.array(std, np.float32)[
        :, None, None]
    np.testing.assert_allclose(normed.activations(images, "conv_a").values,
                               plain.activations(x, "conv_a").values, rtol=1e-5, atol=1e-5)


def test_wrong_images_and_layers_give_typed_errors(images):
    insp = Inspector(tiny_cnn())
    with pytest.raises(ImageInputError) as err:
        insp.activations(images, "conv1")
    assert "1x28x28" in str(err.value) and err.value.code == "bad_image"
    with pytest.raises(LayerChoiceError) as err:
        insp.activations(np.zeros((1, 1, 28, 28), np.float32), "conv9")
    assert "conv9" in str(err.value)
    assert insp.layers(spatial_only=True)[-1] == "relu2"
    assert insp.conv_layers() == ["conv1", "conv2"]
