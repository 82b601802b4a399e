"""DenseNet-121/169 (torchvision's layout) and a small DenseNet-BC for 32x32 images."""
from __future__ import annotations

from engine.zoo.builder import NetBuilder
from engine.zoo.registry import register_model


def densenet(title: str, blocks, growth: int = 32, init: int = 64, num_classes: int = 1000,
             input_shape=(3, 224, 224), small_stem: bool = False):
    """conv0 norm0 relu0 pool0, dense blocks with transitions between, norm5, GAP, classifier."""
    b = NetBuilder(title, input_shape)
    if small_stem:  # 32x32 images: a 3x3 conv, then 2x2 max pooling to 16x16 (CPU-friendly)
        b.seq([("conv0", "Conv2d", dict(out_channels=init, kernel_size=3, padding=1,
                                        bias=False)),
               ("norm0", "BatchNorm2d", {}), ("relu0", "ReLU", {}),
               ("pool0", "MaxPool2d", dict(kernel_size=2, stride=2))])
    else:
        b.seq([("conv0", "Conv2d", dict(out_channels=init, kernel_size=7, stride=2, padding=3,
                                        bias=False)),
               ("norm0", "BatchNorm2d", {}), ("relu0", "ReLU", {}),
               ("pool0", "MaxPool2d", dict(kernel_size=3, stride=2, padding=1))])
    for i, layers in enumerate(blocks, 1):
        b.block(f"denseblock{i}", "DenseBlock",
                dict(num_layers=layers, growth_rate=growth, bottleneck=True, bn_size=4))
        if i < len(blocks):
            b.block(f"transition{i}", "Transition", dict(compression=0.5))
    b.seq([("norm5", "BatchNorm2d", {}), ("relu5", "ReLU", {}),
           ("avgpool", "GlobalAvgPool", {}),
           ("classifier", "Linear", dict(out_features=num_classes))])
    return b.finish()


@register_model("densenet121", title="DenseNet-121", year=2016, family="densenet",
                input_shape=(3, 224, 224), torchvision="densenet121")
def densenet121(num_classes: int = 1000):
    return densenet("DenseNet-121", (6, 12, 24, 16), num_classes=num_classes)


@register_model("densenet169", title="DenseNet-169", year=2016, family="densenet",
                input_shape=(3, 224, 224), torchvision="densenet169")
def densenet169(num_classes: int = 1000):
    return densenet("DenseNet-169", (6, 12, 32, 32), num_classes=num_classes)


@register_model("densenet_cifar", title="DenseNet-BC (k=12, CIFAR)", year=2016,
                family="densenet_cifar", input_shape=(3, 32, 32), small=True)
def densenet_cifar(num_classes: int = 10):
    """DenseNet-BC with growth 12 and three 4-layer blocks at 16, 8 and 4 pixels."""
    return densenet("DenseNet-BC (CIFAR)", (4, 4, 4), growth=12, init=24,
                    num_classes=num_classes, input_shape=(3, 32, 32), small_stem=True)
