"""Small networks with a GAP head (so CAM works) that train in minutes on a CPU."""
from __future__ import annotations

from engine.zoo.builder import NetBuilder
from engine.zoo.registry import register_model


@register_model("lenet5_gap", title="LeNet-style CNN with a GAP head (28x28)", year=2014,
                family="small_gap", input_shape=(1, 28, 28), small=True)
def lenet5_gap(num_classes: int = 10):
    """Conv-ReLU-pool twice, a 3x3 conv, global average pooling and one FC layer."""
    b = NetBuilder("LeNet-style GAP CNN", (1, 28, 28))
    b.seq([("conv1", "Conv2d", dict(out_channels=16, kernel_size=5, padding=2)),
           ("relu1", "ReLU", {}), ("pool1", "MaxPool2d", {}),
           ("conv2", "Conv2d", dict(out_channels=32, kernel_size=5, padding=2)),
           ("relu2", "ReLU", {}), ("pool2", "MaxPool2d", {}),
           ("conv3", "Conv2d", dict(out_channels=64, kernel_size=3, padding=1)),
           ("relu3", "ReLU", {}),
           ("gap", "GlobalAvgPool", {}), ("fc", "Linear", dict(out_features=num_classes))])
    return b.finish()


@register_model("vgg_small", title="Small VGG with a GAP head (32x32)", year=2014,
                family="small_gap", input_shape=(3, 32, 32), small=True)
def vgg_small(num_classes: int = 10):
    """Three VGG stages of two 3x3 conv-BN-ReLU layers (16-32-64), GAP, one FC layer."""
    b = NetBuilder("Small VGG", (3, 32, 32))
    for stage, out in enumerate((16, 32, 64), 1):
        for n in (1, 2):
            b.seq([(f"conv{stage}_{n}", "Conv2d",
                    dict(out_channels=out, kernel_size=3, padding=1, bias=False)),
                   (f"bn{stage}_{n}", "BatchNorm2d", {}), (f"relu{stage}_{n}", "ReLU", {})])
        if stage < 3:
            b.layer(f"pool{stage}", "MaxPool2d")
    b.layer("gap", "GlobalAvgPool")
    b.layer("fc", "Linear", dict(out_features=num_classes))
    return b.finish()
