"""CAM as lecture note 003 defines it, Grad-CAM against an independent hook-based version, the
automatic choices (head, target layer, class) and their typed errors."""
import numpy as np
import pytest
import torch

from engine import zoo
from engine.analysis import analyze
from engine.examples import alexnet_table, tiny_cnn
from engine.graph import sequential
from engine.inspect import (ClassIndexError, Inspector, LayerChoiceError, NoCamHeadError,
                            default_target_layer)


def gap_net(head="gap"):
    layers = [("conv1", "Conv2d", dict(out_channels=6, kernel_size=3, padding=1)),
              ("relu1", "ReLU", {}), ("pool1", "MaxPool2d", {}),
              ("conv2", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)),
              ("relu2", "ReLU", {})]
    if head == "gap":
        layers += [("gap", "GlobalAvgPool", {})]
    else:  # the torchvision way: AdaptiveAvgPool2d(1) + Flatten, with dropout before the FC
        layers += [("pool", "AdaptiveAvgPool2d", {"output_size": 1}),
                   ("flat", "Flatten", {}), ("drop", "Dropout", {})]
    layers += [("fc", "Linear", dict(out_features=4)), ("out", "Output", {})]
    torch.manual_seed(1)
    return sequential((3, 16, 16), layers)


def fc_net():
    """No global pooling: CAM cannot apply, Grad-CAM can."""
    torch.manual_seed(2)
    return sequential((3, 16, 16), [
        ("conv1", "Conv2d", dict(out_channels=6, kernel_size=3, padding=1)),
        ("relu1", "ReLU", {}), ("pool1", "MaxPool2d", {}),
        ("conv2", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)),
        ("relu2", "ReLU", {}), ("pool2", "MaxPool2d", {}), ("flat", "Flatten", {}),
        ("fc", "Linear", dict(out_features=4)), ("soft", "Softmax", {})])


IMAGES = np.random.default_rng(3).random((6, 3, 16, 16), dtype=np.float32)


@pytest.mark.parametrize("head", ["gap", "adaptive"])
def test_cam_is_the_lecture_formula(head):
    insp = Inspector(gap_net(head))
    result = insp.cam(IMAGES, classes=[0, 1, 2, 3, 0, 1])
    f = insp.activations(IMAGES, "relu2").values  # f_k(x, y) of the last conv layer
    w = insp.module.fc.weight.numpy()             # w_k^c
    expected = np.stack([np.tensordot(w[c], f[i], axes=1)
                         for i, c in enumerate([0, 1, 2, 3, 0, 1])])
    assert result.method == "cam" and result.layer == "relu2"
    np.testing.assert_allclose(result.maps, expected, rtol=1e-5, atol=1e-6)
    # S_c = sum_k w_k^c F_k + b_c with F_k the mean of f_k: the map's mean plus bias is the score
    logits = result.prediction.logits
    scores = expected.mean(axis=(1, 2)) + insp.module.fc.bias.numpy()[[0, 1, 2, 3, 0, 1]]
    np.testing.assert_allclose(scores, logits[np.arange(6), [0, 1, 2, 3, 0, 1]], rtol=1e-4)


def test_cam_and_gradcam_agree_up_to_a_positive_scale_on_a_gap_network():
    insp = Inspector(gap_net())
    cam = insp.cam(IMAGES, method="cam")
    grad = insp.cam(IMAGES, method="gradcam", layer="relu2")
    assert grad.method == "gradcam" and grad.layer == "relu2"
    np.testing.assert_array_equal(cam.classes, grad.classes)
    ratio = cam.maps / np.where(grad.maps == 0, np.nan, grad.maps)
    finite = ratio[np.isfinite(ratio)]
    assert finite.size > 0.9 * ratio.size
    np.testing.assert_allclose(finite, 8 * 8, rtol=1e-3)  # h * w of the 8x8 maps
    np.testing.assert_allclose(cam.heat, grad.heat, atol=1e-5)


def hook_gradcam(graph, layer, classes):
    """Grad-CAM the usual way, written independently: hooks keep the layer's output (and its
    gradient) and the class scores before the final Softmax; one backward pass."""
    module = Inspector(graph).module
    store = {}

    def keep(name):
        def hook(mod, inputs, output):
            if name == "a":
                output.retain_grad()
            store[name] = output
        return hook

    handles = [module.get_submodule("fc").register_forward_hook(keep("s")),
               module.get_submodule(layer).register_forward_hook(keep("a"))]
    for p in module.parameters():
        p.requires_grad_(True)
    module(torch.from_numpy(IMAGES))
    store["s"].gather(1, torch.as_tensor(classes)[:, None]).sum().backward()
    for h in handles:
        h.remove()
    a = store["a"]
    return (a.grad.mean(dim=(2, 3), keepdim=True) * a).sum(dim=1).detach().numpy()


def test_gradcam_matches_a_hook_based_implementation_on_a_network_without_gap():
    insp = Inspector(fc_net())
    classes = np.array([3, 2, 1, 0, 3, 2])
    for layer in ("conv2", "relu1"):
        ours = insp.cam(IMAGES, layer=layer, classes=classes)
        assert ours.method == "gradcam" and ours.layer == layer
        np.testing.assert_allclose(ours.maps, hook_gradcam(fc_net(), layer, classes),
                                   rtol=1e-4, atol=1e-6)
    assert ours.maps.shape == (6, 16, 16)
    ours = insp.cam(IMAGES, classes=classes)
    assert ours.maps.shape == (6, 8, 8) and ours.upsampled.shape == (6, 16, 16)
    positive = ours.upsampled.max(axis=(1, 2)) > 0
    np.testing.assert_allclose(ours.heat.max(axis=(1, 2))[positive], 1.0)


def test_the_automatic_choices():
    assert Inspector(fc_net()).cam(IMAGES[:2]).method == "gradcam"
    assert Inspector(fc_net()).default_layer() == "relu2"
    assert Inspector(gap_net()).cam(IMAGES[:2]).method == "cam"
    assert Inspector(gap_net()).cam(IMAGES[:2], layer="conv1").method == "gradcam"
    resnet = Inspector(zoo.create("resnet18"))
    assert resnet.default_layer() == "layer4_1_relu"  # the last block's output, 7x7
    assert resnet.cam_head().features == "layer4_1_relu"
    # the lecture's AlexNet table: conv5 is the last convolution (13x13); pool5 follows
    table = alexnet_table()
    assert default_target_layer(table, analyze(table)) == "conv5"


def test_the_last_convolution_larger_than_1x1_is_chosen():
    g = sequential((1, 8, 8), [
        ("conv1", "Conv2d", dict(out_channels=4, kernel_size=3, padding=1)),
        ("bn1", "BatchNorm2d", {}), ("relu1", "ReLU", {}), ("pool", "MaxPool2d", {}),
        ("conv2", "Conv2d", dict(out_channels=4, kernel_size=4)),  # 4x4 -> 1x1
        ("flat", "Flatten", {}), ("fc", "Linear", dict(out_features=3))])
    assert Inspector(g).default_layer() == "relu1"


def test_top_k_are_the_softmax_of_the_network_output():
    insp = Inspector(fc_net())
    probs = insp.module(torch.from_numpy(IMAGES)).numpy()  # the network ends in Softmax
    pred = insp.predict(IMAGES, k=3)
    np.testing.assert_allclose(pred.probs, probs, rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(pred.top_classes, np.argsort(-probs, axis=1)[:, :3])
    np.testing.assert_allclose(pred.top_probs, np.sort(probs, axis=1)[:, ::-1][:, :3], rtol=1e-5)
    result = insp.cam(IMAGES)  # no class given: each image's top class
    np.testing.assert_array_equal(result.classes, pred.top_classes[:, 0])


def test_maps_for_any_class_batched_and_upsampled_to_the_input():
    insp = Inspector(gap_net(), batch_size=4)
    both = insp.cam(IMAGES, classes=2)
    one = insp.cam(IMAGES[5:], classes=[2])
    np.testing.assert_allclose(both.maps[5:], one.maps, atol=1e-6)
    assert (both.classes == 2).all()
    assert both.upsampled.shape == (6, 16, 16) and both.heat.shape == (6, 16, 16)
    assert both.heat.min() >= 0 and both.heat.max() <= 1
    # the upsampled map keeps the raw map's values: a constant map stays that constant
    r, c = both.peak(0)
    assert both.upsampled[0, r, c] == both.upsampled[0].max()


def test_typed_errors_for_impossible_requests():
    with pytest.raises(NoCamHeadError) as err:
        Inspector(fc_net()).cam(IMAGES, method="cam")
    assert "Grad-CAM" in str(err.value) and err.value.code == "no_cam_head"
    with pytest.raises(LayerChoiceError) as err:
        Inspector(gap_net()).cam(IMAGES, method="cam", layer="conv1")
    assert "relu2" in str(err.value)
    with pytest.raises(LayerChoiceError):
        Inspector(gap_net()).cam(IMAGES, layer="fc")
    with pytest.raises(ClassIndexError) as err:
        Inspector(gap_net()).cam(IMAGES, classes=4)
    assert "4 classes" in str(err.value)
    with pytest.raises(ClassIndexError):
        Inspector(gap_net()).cam(IMAGES, classes=[0, 1])
    assert Inspector(tiny_cnn()).num_classes == 10


def test_with_auxiliary_outputs_the_first_output_is_explained():
    g = gap_net()
    g.add_node("GlobalAvgPool", node_id="aux_gap")
    g.connect("relu1", "aux_gap")
    g.add_node("Linear", {"out_features": 4}, node_id="aux_fc")
    g.connect("aux_gap", "aux_fc")
    g.add_node("Output", node_id="aux_out")
    g.connect("aux_fc", "aux_out")
    insp = Inspector(g)
    result = insp.cam(IMAGES)
    assert result.method == "cam" and result.layer == "relu2"
    main_logits = insp.module(torch.from_numpy(IMAGES))[0].numpy()
    np.testing.assert_allclose(result.prediction.logits, main_logits, rtol=1e-5, atol=1e-6)
