"""LeNet-5, AlexNet, ZFNet and VGG: plain stacks of layers, no blocks."""
from __future__ import annotations

from engine.zoo.builder import NetBuilder
from engine.zoo.registry import register_model


def _conv(out, k, s=1, p=0, bias=True):
    return dict(out_channels=out, kernel_size=k, stride=s, padding=p, bias=bias)


def _pool(k=2, s=2, ceil=False):
    return dict(kernel_size=k, stride=s, ceil_mode=ceil)


@register_model("lenet5", title="LeNet-5", year=1998, family="lenet5",
                input_shape=(1, 32, 32))
def lenet5(num_classes: int = 10):
    """LeNet-5 as published: tanh units, trainable subsampling, C3's connection table."""
    b = NetBuilder("LeNet-5", (1, 32, 32))
    b.seq([("c1", "Conv2d", _conv(6, 5)), ("c1_tanh", "Tanh", {}),
           ("s2", "Subsample2d", {}), ("s2_tanh", "Tanh", {}),
           ("c3", "TableConv2d", {}), ("c3_tanh", "Tanh", {}),
           ("s4", "Subsample2d", {}), ("s4_tanh", "Tanh", {}),
           ("c5", "Conv2d", _conv(120, 5)), ("c5_tanh", "Tanh", {}),
           ("flatten", "Flatten", {}),
           ("f6", "Linear", dict(out_features=84)), ("f6_tanh", "Tanh", {}),
           ("output_fc", "Linear", dict(out_features=num_classes))])
    return b.finish()


@register_model("lenet5_modern", title="LeNet-5, modern (ReLU, max pooling)", year=1998,
                family="lenet5_modern", input_shape=(1, 28, 28), small=True)
def lenet5_modern(num_classes: int = 10):
    b = NetBuilder("LeNet-5 (modern)", (1, 28, 28))
    b.seq([("conv1", "Conv2d", _conv(6, 5, p=2)), ("relu1", "ReLU", {}),
           ("pool1", "MaxPool2d", _pool()),
           ("conv2", "Conv2d", _conv(16, 5)), ("relu2", "ReLU", {}),
           ("pool2", "MaxPool2d", _pool()),
           ("flatten", "Flatten", {}),
           ("fc1", "Linear", dict(out_features=120)), ("relu3", "ReLU", {}),
           ("fc2", "Linear", dict(out_features=84)), ("relu4", "ReLU", {}),
           ("fc3", "Linear", dict(out_features=num_classes))])
    return b.finish()


def _alexnet_like(b: NetBuilder, convs, num_classes: int, split=()):
    """conv/ReLU/[LRN]/[pool] rows, then the paper's FC6-FC8 with dropout after FC6 and FC7.
    Convs numbered in ``split`` are grouped in two, like the paper's two GPUs."""
    for i, (out, k, s, p, lrn, pool) in enumerate(convs, 1):
        b.layer(f"conv{i}", "Conv2d", dict(_conv(out, k, s, p), groups=2 if i in split else 1))
        b.layer(f"relu{i}", "ReLU")
        if lrn:  # paper: n=5, alpha=1e-4, beta=0.75, k=2; torch divides alpha by n
            b.layer(f"lrn{i}", "LocalResponseNorm", dict(size=5, alpha=5e-4, beta=0.75, k=2.0))
        if pool:
            b.layer(f"pool{i}", "MaxPool2d", _pool(3, 2, ceil=pool == "ceil"))
    b.seq([("flatten", "Flatten", {}),
           ("fc6", "Linear", dict(out_features=4096)), ("relu6", "ReLU", {}),
           ("dropout6", "Dropout", {}),
           ("fc7", "Linear", dict(out_features=4096)), ("relu7", "ReLU", {}),
           ("dropout7", "Dropout", {}),
           ("fc8", "Linear", dict(out_features=num_classes))])
    return b.finish()


@register_model("alexnet", title="AlexNet (paper, lecture table)", year=2012, family="alexnet",
                input_shape=(3, 224, 224))
def alexnet(two_gpus: bool = False, num_classes: int = 1000):
    """The lecture's AlexNet table (96-256-384-384-256), with ReLU, LRN, overlapping pooling
    and dropout as in the paper. ``two_gpus``: conv2, conv4 and conv5 see only the half of the
    channels on their own GPU (groups=2), as in the paper (60,965,224 parameters)."""
    return _alexnet_like(NetBuilder("AlexNet", (3, 224, 224)), [
        (96, 11, 4, 3, True, True), (256, 5, 1, 2, True, True), (384, 3, 1, 1, False, False),
        (384, 3, 1, 1, False, False), (256, 3, 1, 1, False, True)], num_classes,
        split=(2, 4, 5) if two_gpus else ())


@register_model("zfnet", title="ZFNet", year=2013, family="zfnet", input_shape=(3, 224, 224))
def zfnet(num_classes: int = 1000):
    """AlexNet retuned after looking at its feature maps: 7x7/2 first filters, stride-2 conv2."""
    return _alexnet_like(NetBuilder("ZFNet", (3, 224, 224)), [
        (96, 7, 2, 1, True, "ceil"), (256, 5, 2, 0, True, "ceil"), (384, 3, 1, 1, False, False),
        (384, 3, 1, 1, False, False), (256, 3, 1, 1, False, True)], num_classes)


@register_model("alexnet_torchvision", title="AlexNet (torchvision)", year=2014,
                family="alexnet_torchvision", input_shape=(3, 224, 224),
                torchvision="alexnet")
def alexnet_torchvision(num_classes: int = 1000):
    """torchvision's AlexNet (from "One weird trick", 64-192-384-256-256), module for module."""
    b = NetBuilder("AlexNet (torchvision)", (3, 224, 224))
    rows = [(64, 11, 4, 2, True), (192, 5, 1, 2, True), (384, 3, 1, 1, False),
            (256, 3, 1, 1, False), (256, 3, 1, 1, True)]
    i = 0
    for n, (out, k, s, p, pool) in enumerate(rows, 1):
        b.layer(f"features_{i}", "Conv2d", _conv(out, k, s, p), name=f"conv{n}")
        b.layer(f"features_{i + 1}", "ReLU", name=f"relu{n}")
        i += 2
        if pool:
            b.layer(f"features_{i}", "MaxPool2d", _pool(3, 2), name=f"pool{n}")
            i += 1
    b.layer("avgpool", "AdaptiveAvgPool2d", dict(output_size=6))
    b.layer("flatten", "Flatten")
    _classifier(b, 9216, num_classes, dropout_first=True)
    return b.finish()


def _classifier(b: NetBuilder, n_in: int, num_classes: int, dropout_first: bool) -> None:
    """torchvision's classifier Sequential: [Dropout] Linear ReLU [Dropout] ... Linear."""
    i = 0
    for _ in range(2):
        if dropout_first:
            b.layer(f"classifier_{i}", "Dropout")
            i += 1
        b.layer(f"classifier_{i}", "Linear", dict(out_features=4096))
        b.layer(f"classifier_{i + 1}", "ReLU")
        i += 2
        if not dropout_first:
            b.layer(f"classifier_{i}", "Dropout")
            i += 1
    b.layer(f"classifier_{i}", "Linear", dict(out_features=num_classes))


# VGG configurations A-E (seed 001, Table 1): numbers are 3x3 convs, "1:n" a 1x1 conv, "M" pool
VGG_CONFIGS = {
    "A": [64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"],
    "A-LRN": [64, "LRN", "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"],
    "B": [64, 64, "M", 128, 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"],
    "C": [64, 64, "M", 128, 128, "M", 256, 256, "1:256", "M", 512, 512, "1:512", "M",
          512, 512, "1:512", "M"],
    "D": [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M",
          512, 512, 512, "M"],
    "E": [64, 64, "M", 128, 128, "M", 256, 256, 256, 256, "M", 512, 512, 512, 512, "M",
          512, 512, 512, 512, "M"],
}


def vgg(config: str, batch_norm: bool, title: str, num_classes: int = 1000):
    """torchvision's VGG layout (features_i, avgpool, classifier_i); labels conv<stage>_<n>."""
    b = NetBuilder(title, (3, 224, 224))
    i, stage, n = 0, 1, 0
    for item in VGG_CONFIGS[config]:
        if item == "M":
            b.layer(f"features_{i}", "MaxPool2d", _pool(), name=f"pool{stage}")
            stage, n, i = stage + 1, 0, i + 1
        elif item == "LRN":
            b.layer(f"features_{i}", "LocalResponseNorm",
                    dict(size=5, alpha=5e-4, beta=0.75, k=2.0), name="lrn")
            i += 1
        else:
            k, out = (1, int(item[2:])) if isinstance(item, str) else (3, item)
            n += 1
            b.layer(f"features_{i}", "Conv2d", _conv(out, k, p=k // 2),
                    name=f"conv{stage}_{n}")
            i += 1
            if batch_norm:
                b.layer(f"features_{i}", "BatchNorm2d", name=f"bn{stage}_{n}")
                i += 1
            b.layer(f"features_{i}", "ReLU", name=f"relu{stage}_{n}")
            i += 1
    b.layer("avgpool", "AdaptiveAvgPool2d", dict(output_size=7))
    b.layer("flatten", "Flatten")
    _classifier(b, 25088, num_classes, dropout_first=False)
    return b.finish()


def _register_vgg(name, config, bn, depth, tv):
    title = f"VGG-{depth} (configuration {config}{', batch norm' if bn else ''})"

    @register_model(name, title=title, year=2014, family="vgg", input_shape=(3, 224, 224),
                    torchvision=tv)
    def make(num_classes: int = 1000):
        return vgg(config, bn, title, num_classes)
    make.__name__ = name
    return make


for _name, _cfg, _bn, _depth, _tv in [
        ("vgg11", "A", False, 11, "vgg11"), ("vgg11_lrn", "A-LRN", False, 11, None),
        ("vgg13", "B", False, 13, "vgg13"), ("vgg16_c", "C", False, 16, None),
        ("vgg16", "D", False, 16, "vgg16"), ("vgg19", "E", False, 19, "vgg19"),
        ("vgg11_bn", "A", True, 11, "vgg11_bn"), ("vgg13_bn", "B", True, 13, "vgg13_bn"),
        ("vgg16_bn", "D", True, 16, "vgg16_bn"), ("vgg19_bn", "E", True, 19, "vgg19_bn")]:
    _register_vgg(_name, _cfg, _bn, _depth, _tv)
