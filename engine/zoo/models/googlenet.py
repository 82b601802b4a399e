"""GoogLeNet (Inception v1): torchvision's version with batch norm, and the 2014 paper's."""
from __future__ import annotations

from engine.zoo.builder import NetBuilder
from engine.zoo.registry import register_model

# the six numbers of the GoogLeNet table (seed 003): #1x1, #3x3 reduce, #3x3, #5x5 reduce,
# #5x5, pool proj
INCEPTION_TABLE = {
    "3a": (64, 96, 128, 16, 32, 32), "3b": (128, 128, 192, 32, 96, 64),
    "4a": (192, 96, 208, 16, 48, 64), "4b": (160, 112, 224, 24, 64, 64),
    "4c": (128, 128, 256, 24, 64, 64), "4d": (112, 144, 288, 32, 64, 64),
    "4e": (256, 160, 320, 32, 128, 128),
    "5a": (256, 160, 320, 32, 128, 128), "5b": (384, 192, 384, 48, 128, 128),
}
_KEYS = ("ch1x1", "ch3x3red", "ch3x3", "ch5x5red", "ch5x5", "pool_proj")


def _inception(b: NetBuilder, name: str, bn: bool) -> str:
    params = dict(zip(_KEYS, INCEPTION_TABLE[name]), batch_norm=bn,
                  branch3_kernel=3 if bn else 5)
    return b.block(f"inception{name}", "Inception", params)


def _pool(b: NetBuilder, node_id: str, k: int = 3) -> str:
    return b.layer(node_id, "MaxPool2d", dict(kernel_size=k, stride=2, ceil_mode=True))


def _aux(b: NetBuilder, name: str, src: str, bn: bool, num_classes: int) -> None:
    """Auxiliary classifier: 4x4 average pool, 1x1 conv 128, FC 1024, dropout 0.7, FC."""
    back = b.cur
    if bn:  # torchvision: adaptive 4x4 pool, conv-BN-ReLU
        b.layer(f"{name}_pool", "AdaptiveAvgPool2d", dict(output_size=4), src=src)
        b.conv_bn_relu(f"{name}_conv", 128, 1, eps=1e-3)
    else:  # paper: 5x5/3 average pool (14x14 -> 4x4), conv-ReLU
        b.layer(f"{name}_pool", "AvgPool2d", dict(kernel_size=5, stride=3), src=src)
        b.layer(f"{name}_conv", "Conv2d", dict(out_channels=128, kernel_size=1))
        b.layer(f"{name}_relu", "ReLU")
    b.seq([(f"{name}_flatten", "Flatten", {}),
           (f"{name}_fc1", "Linear", dict(out_features=1024)), (f"{name}_fc1_relu", "ReLU", {}),
           (f"{name}_dropout", "Dropout", dict(p=0.7)),
           (f"{name}_fc2", "Linear", dict(out_features=num_classes)),
           (f"{name}_output", "Output", {})])
    b.cur = back


def _body(b: NetBuilder, bn: bool, aux: bool, num_classes: int) -> None:
    for name in ("3a", "3b"):
        _inception(b, name, bn)
    _pool(b, "maxpool3")
    for name in ("4a", "4b", "4c", "4d", "4e"):
        out = _inception(b, name, bn)
        if aux and name in ("4a", "4d"):
            _aux(b, "aux1" if name == "4a" else "aux2", out, bn, num_classes)
    _pool(b, "maxpool4", 2 if bn else 3)
    for name in ("5a", "5b"):
        _inception(b, name, bn)
    b.layer("avgpool", "GlobalAvgPool")
    b.layer("dropout", "Dropout", dict(p=0.2 if bn else 0.4))
    b.layer("fc", "Linear", dict(out_features=num_classes))


@register_model("googlenet", title="GoogLeNet (torchvision, batch norm)", year=2014,
                family="googlenet", input_shape=(3, 224, 224), torchvision="googlenet")
def googlenet(aux: bool = False, num_classes: int = 1000):
    """torchvision's GoogLeNet: conv-BN-ReLU units, 3x3 in the "5x5" branch, no LRN."""
    b = NetBuilder("GoogLeNet", (3, 224, 224))
    b.conv_bn_relu("conv1", 64, 7, 2, eps=1e-3)
    _pool(b, "maxpool1")
    b.conv_bn_relu("conv2", 64, 1, eps=1e-3)
    b.conv_bn_relu("conv3", 192, 3, eps=1e-3)
    _pool(b, "maxpool2")
    _body(b, True, aux, num_classes)
    return b.finish()


@register_model("googlenet_paper", title="GoogLeNet (paper)", year=2014,
                family="googlenet_paper", input_shape=(3, 224, 224))
def googlenet_paper(aux: bool = False, num_classes: int = 1000):
    """The paper's GoogLeNet: conv + ReLU with biases, LRN in the stem, real 5x5 branches."""
    b = NetBuilder("GoogLeNet (2014)", (3, 224, 224))
    lrn = dict(size=5, alpha=5e-4, beta=0.75, k=2.0)
    b.seq([("conv1", "Conv2d", dict(out_channels=64, kernel_size=7, stride=2, padding=3)),
           ("conv1_relu", "ReLU", {})])
    _pool(b, "maxpool1")
    b.seq([("lrn1", "LocalResponseNorm", lrn),
           ("conv2", "Conv2d", dict(out_channels=64, kernel_size=1)),
           ("conv2_relu", "ReLU", {}),
           ("conv3", "Conv2d", dict(out_channels=192, kernel_size=3, padding=1)),
           ("conv3_relu", "ReLU", {}), ("lrn2", "LocalResponseNorm", lrn)])
    _pool(b, "maxpool2")
    _body(b, False, aux, num_classes)
    return b.finish()
