"""DPN-68 (Chen et al. 2017): dual path blocks; the layout of the authors' released models."""
from __future__ import annotations

from engine.zoo.builder import NetBuilder
from engine.zoo.registry import register_model


def dpn(title: str, init: int, width: int, groups: int, counts, increments,
        num_classes: int = 1000):
    """Small stem (3x3/2 conv, BN, ReLU, 3x3/2 max pool), four stages of dual path blocks
    (stage s: residual width 64 * 2^(s-1)), BN-ReLU on the joined paths, GAP, classifier."""
    b = NetBuilder(title, (3, 224, 224))
    b.seq([("conv1_1_conv", "Conv2d", dict(out_channels=init, kernel_size=3, stride=2,
                                           padding=1, bias=False)),
           ("conv1_1_bn", "BatchNorm2d", {"eps": 1e-3}), ("conv1_1_relu", "ReLU", {}),
           ("conv1_1_pool", "MaxPool2d", dict(kernel_size=3, stride=2, padding=1))])
    for stage, (count, inc) in enumerate(zip(counts, increments), 2):
        bw = 64 * 2 ** (stage - 2)
        r = width * bw // 64
        for i in range(1, count + 1):
            b.block(f"conv{stage}_{i}", "DPNBlock", dict(
                residual_channels=bw, increment=inc, width=r, groups=groups,
                stride=2 if i == 1 and stage > 2 else 1,
                shortcut="projection" if i == 1 else "identity"))
    b.seq([("conv5_bn_ac_bn", "BatchNorm2d", {"eps": 1e-3}), ("conv5_bn_ac_relu", "ReLU", {}),
           ("avgpool", "GlobalAvgPool", {}),
           ("classifier", "Linear", dict(out_features=num_classes))])
    return b.finish()


@register_model("dpn68", title="DPN-68", year=2017, family="dpn", input_shape=(3, 224, 224))
def dpn68(num_classes: int = 1000):
    return dpn("DPN-68", 10, 128, 32, (3, 4, 12, 3), (16, 32, 32, 64), num_classes)
