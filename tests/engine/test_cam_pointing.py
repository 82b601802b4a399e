"""The pointing game (Zhang et al. 2016) on Shapes: a small GAP network trained for a few
seconds puts the maximum of its class activation map inside the object's box.

Measured here: 93.6-94.4% of 500 validation images with CAM (99% with a 1-pixel tolerance),
after 4 epochs of 2,000 images; Grad-CAM at the same layer gives the same figure, at relu2
85%, at relu1 71%. Training takes about 5 s on one idle core.
"""
import numpy as np
import pytest
import torch

from engine.data import make_shapes
from engine.graph import sequential
from engine.inspect import Inspector

CLASSES = ("circle", "square", "triangle", "plus")


def gap_network():
    layers = []
    for i, (channels, pool) in enumerate([(16, True), (32, False), (32, False)], 1):
        layers += [(f"conv{i}", "Conv2d", dict(out_channels=channels, kernel_size=3, padding=1,
                                               bias=False)),
                   (f"bn{i}", "BatchNorm2d", {}), (f"relu{i}", "ReLU", {})]
        if pool:
            layers.append((f"pool{i}", "MaxPool2d", {}))
    layers += [("gap", "GlobalAvgPool", {}), ("fc", "Linear", dict(out_features=len(CLASSES)))]
    return sequential((1, 28, 28), layers, name="pointing-game GAP net")


@pytest.fixture(scope="module")
def trained():
    """Train with a plain torch loop, on one thread (faster than two on a busy 2-core CPU)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        torch.manual_seed(0)
        data = make_shapes("gray28", n_train=2000, n_val=500, seed=1, classes=CLASSES)
        insp = Inspector(gap_network())
        model = insp.module
        model.requires_grad_(True).train()
        opt = torch.optim.Adam(model.parameters(), 3e-3)
        x, y = data.train.images, data.train.labels
        for _ in range(4):
            for idx in torch.randperm(len(y)).split(32):
                loss = torch.nn.functional.cross_entropy(model(x[idx]), y[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
        # after so few steps the running batch-norm averages lag behind the weights: re-estimate
        # them over part of the training set (exact averages, momentum=None)
        with torch.no_grad():
            for mod in model.modules():
                if isinstance(mod, torch.nn.BatchNorm2d):
                    mod.reset_running_stats()
                    mod.momentum = None
            for chunk in x[:1000].split(250):
                model(chunk)
        model.requires_grad_(False).eval()
        yield insp, data
    finally:
        torch.set_num_threads(threads)


def pointing(result, boxes) -> float:
    """Share of images whose map peak (row, col) lies in its box (x0, y0, x1, y1 exclusive)."""
    hits = [x0 <= c < x1 and y0 <= r < y1
            for (r, c), (x0, y0, x1, y1) in ((result.peak(i), b) for i, b in enumerate(boxes))]
    return float(np.mean(hits))


@pytest.mark.slow
def test_cam_points_inside_the_object_for_nine_in_ten_images(trained):
    insp, data = trained
    labels = data.val.labels.numpy()
    result = insp.cam(data.val.images, classes=labels)
    accuracy = float((result.prediction.top_classes[:, 0] == labels).mean())
    score = pointing(result, data.val.boxes.numpy())
    print(f"\npointing game (CAM): {score:.1%} of {len(labels)}; accuracy {accuracy:.1%}")
    assert result.method == "cam" and result.layer == "relu3"
    assert accuracy > 0.8, accuracy
    assert score >= 0.9, f"CAM maximum inside the box for only {score:.1%} of the images"


@pytest.mark.slow
def test_on_the_trained_network_gradcam_at_the_cam_layer_gives_the_same_picture(trained):
    insp, data = trained
    images, labels = data.val.images[:64], data.val.labels[:64].numpy()
    cam = insp.cam(images, classes=labels, method="cam")
    grad = insp.cam(images, classes=labels, method="gradcam", layer="relu3")
    np.testing.assert_allclose(grad.maps * 14 * 14, cam.maps, rtol=1e-3, atol=1e-4)
    assert [cam.peak(i) for i in range(64)] == [grad.peak(i) for i in range(64)]
    # explaining a wrong class moves the evidence: its map is weaker inside the object
    wrong = (labels + 1) % len(CLASSES)
    other = insp.cam(images, classes=wrong, method="cam")
    inside = [_mean_in_box(m, b) for m, b in zip(cam.upsampled, data.val.boxes[:64].numpy())]
    inside_wrong = [_mean_in_box(m, b) for m, b in zip(other.upsampled,
                                                      data.val.boxes[:64].numpy())]
    assert np.mean(np.array(inside) > np.array(inside_wrong)) > 0.9


def _mean_in_box(m, box):
    x0, y0, x1, y1 = (int(v) for v in box)
    return float(m[y0:y1, x0:x1].mean())
