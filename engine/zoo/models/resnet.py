"""ResNet 18/34/50/101/152, ResNeXt-50 32x4d, and the CIFAR ResNet-20."""
from __future__ import annotations

from engine.zoo.builder import NetBuilder
from engine.zoo.registry import register_model

_STAGES = {18: ("ResidualBlock", (2, 2, 2, 2)), 34: ("ResidualBlock", (3, 4, 6, 3)),
           50: ("Bottleneck", (3, 4, 6, 3)), 101: ("Bottleneck", (3, 4, 23, 3)),
           152: ("Bottleneck", (3, 8, 36, 3))}


def _stem(b: NetBuilder) -> None:
    b.seq([("conv1", "Conv2d", dict(out_channels=64, kernel_size=7, stride=2, padding=3,
                                    bias=False)),
           ("bn1", "BatchNorm2d", {}), ("relu", "ReLU", {}),
           ("maxpool", "MaxPool2d", dict(kernel_size=3, stride=2, padding=1))])


def _block_params(block: str, planes: int, stride: int, first: bool, extra: dict) -> dict:
    shortcut = "projection" if first and (stride != 1 or block != "ResidualBlock"
                                         or planes != 64) else "identity"
    if block == "ResidualBlock":
        return dict(out_channels=planes, stride=stride, shortcut=shortcut)
    p = dict(out_channels=planes * 4, stride=stride, shortcut=shortcut)
    if block == "ResNeXtBlock":
        return dict(p, cardinality=extra["cardinality"],
                    group_width=extra["group_width"] * planes // 64)
    return dict(p, width=planes, stride_on=extra["stride_on"])


def resnet(title: str, block: str, counts, num_classes: int, **extra):
    """torchvision's ResNet layout: conv1 bn1 relu maxpool, layer1..4 of blocks, GAP, fc."""
    b = NetBuilder(title, (3, 224, 224))
    _stem(b)
    for stage, (planes, count) in enumerate(zip((64, 128, 256, 512), counts), 1):
        for i in range(count):
            stride = 2 if stage > 1 and i == 0 else 1
            b.block(f"layer{stage}_{i}", block,
                    _block_params(block, planes, stride, i == 0, extra))
    b.layer("avgpool", "GlobalAvgPool")
    b.layer("fc", "Linear", dict(out_features=num_classes))
    return b.finish()


def _register_resnet(depth: int) -> None:
    block, counts = _STAGES[depth]
    name = f"resnet{depth}"
    title = f"ResNet-{depth}"
    if block == "Bottleneck":
        @register_model(name, title=title, year=2015, family="resnet",
                        input_shape=(3, 224, 224), torchvision=name)
        def make(stride_on: str = "3x3", num_classes: int = 1000):
            return resnet(title, block, counts, num_classes, stride_on=stride_on)
    else:
        @register_model(name, title=title, year=2015, family="resnet",
                        input_shape=(3, 224, 224), torchvision=name)
        def make(num_classes: int = 1000):
            return resnet(title, block, counts, num_classes)
    make.__name__ = name


for _depth in _STAGES:
    _register_resnet(_depth)


@register_model("resnext50_32x4d", title="ResNeXt-50 (32x4d)", year=2016, family="resnext",
                input_shape=(3, 224, 224), torchvision="resnext50_32x4d")
def resnext50_32x4d(num_classes: int = 1000):
    return resnet("ResNeXt-50 (32x4d)", "ResNeXtBlock", (3, 4, 6, 3), num_classes,
                  cardinality=32, group_width=4)


@register_model("resnet20_cifar", title="ResNet-20 (CIFAR)", year=2015, family="resnet_cifar",
                input_shape=(3, 32, 32), small=True)
def resnet20_cifar(num_classes: int = 10):
    """He et al.'s CIFAR-10 ResNet (6n+2 layers, n=3): 16-32-64 channels at 32-16-8 pixels."""
    b = NetBuilder("ResNet-20 (CIFAR)", (3, 32, 32))
    b.seq([("conv1", "Conv2d", dict(out_channels=16, kernel_size=3, padding=1, bias=False)),
           ("bn1", "BatchNorm2d", {}), ("relu", "ReLU", {})])
    for stage, planes in enumerate((16, 32, 64), 1):
        for i in range(3):
            stride = 2 if stage > 1 and i == 0 else 1
            b.block(f"layer{stage}_{i}", "ResidualBlock",
                    dict(out_channels=planes, stride=stride, shortcut="auto"))
    b.layer("avgpool", "GlobalAvgPool")
    b.layer("fc", "Linear", dict(out_features=num_classes))
    return b.finish()
