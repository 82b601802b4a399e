"""Built-in example networks (the zoo in ``engine.zoo`` holds the full model collection)."""
from __future__ import annotations

from engine.graph import NetworkGraph, sequential


def alexnet_table() -> NetworkGraph:
    """Exactly the rows of the AlexNet table in lecture note 000 (no ReLU/LRN/dropout rows)."""
    return sequential((3, 224, 224), [
        ("conv1", "Conv2d", dict(out_channels=96, kernel_size=11, stride=4, padding=3)),
        ("pool1", "MaxPool2d", dict(kernel_size=3, stride=2)),
        ("conv2", "Conv2d", dict(out_channels=256, kernel_size=5, stride=1, padding=2)),
        ("pool2", "MaxPool2d", dict(kernel_size=3, stride=2)),
        ("conv3", "Conv2d", dict(out_channels=384, kernel_size=3, padding=1)),
        ("conv4", "Conv2d", dict(out_channels=384, kernel_size=3, padding=1)),
        ("conv5", "Conv2d", dict(out_channels=256, kernel_size=3, padding=1)),
        ("pool5", "MaxPool2d", dict(kernel_size=3, stride=2)),
        ("flatten", "Flatten", {}),
        ("fc6", "Linear", dict(out_features=4096)),
        ("fc7", "Linear", dict(out_features=4096)),
        ("fc8", "Linear", dict(out_features=1000)),
        ("output", "Output", {}),
    ], name="AlexNet (lecture table)")


def tiny_cnn() -> NetworkGraph:
    """A small Conv-ReLU-Pool network for 1x28x28 images with a GAP head."""
    return sequential((1, 28, 28), [
        ("conv1", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)),
        ("relu1", "ReLU", {}),
        ("pool1", "MaxPool2d", dict(kernel_size=2, stride=2)),
        ("conv2", "Conv2d", dict(out_channels=16, kernel_size=3, padding=1)),
        ("relu2", "ReLU", {}),
        ("gap", "GlobalAvgPool", {}),
        ("fc", "Linear", dict(out_features=10)),
        ("output", "Output", {}),
    ], name="Tiny CNN")


EXAMPLES = {"alexnet_table": alexnet_table, "tiny_cnn": tiny_cnn}
