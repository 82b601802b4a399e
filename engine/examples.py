"""Built-in example networks (the zoo in ``engine.zoo`` holds the full model collection).

Listing them (``EXAMPLES``, ``description``) imports nothing else: the window's start page
lists them in its first frame; the graph code is imported when one is built.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from engine.graph import NetworkGraph


def alexnet_table() -> NetworkGraph:
    """Exactly the rows of the AlexNet table in lecture note 000 (no ReLU/LRN/dropout rows)."""
    from engine.graph import sequential
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
    from engine.graph import sequential
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

# What each example is, in English and Korean: content like the zoo's cards (engine.zoo.cards),
# shown on its card in the zoo dialog.
DESCRIPTIONS = {
    "alexnet_table": {
        "en": "Exactly the rows of the AlexNet table in lecture note 000: five convolutions, "
              "three max-pooling layers and three fully connected layers, without the ReLU, "
              "LRN and dropout rows. Compare each row's output shape, parameters and MACs "
              "with the table.",
        "ko": "강의 노트 000의 AlexNet 표와 똑같은 행: 합성곱 5개, 최대값 풀링 3개, 완전 연결 "
              "3개이며 ReLU, LRN, 드롭아웃 행은 없습니다. 각 행의 출력 모양, 파라미터 수, "
              "MAC을 표와 비교해 보세요.",
    },
    "tiny_cnn": {
        "en": "A small Conv-ReLU-Pool network for 1x28x28 images (MNIST, the grey Shapes) "
              "with a global-average-pooling head, small enough to train quickly on the CPU.",
        "ko": "1x28x28 영상(MNIST, 회색 Shapes)을 위한 작은 합성곱-ReLU-풀링 네트워크로, "
              "전역 평균 풀링 헤드를 답니다. CPU에서도 빨리 학습할 만큼 작습니다.",
    },
}


def description(name: str, lang: str = "en") -> str:
    """Example ``name``'s description in ``lang`` (English where none is written)."""
    texts = DESCRIPTIONS.get(name, {})
    return texts.get(lang) or texts.get("en", "")
