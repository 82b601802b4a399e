"""Card words for GoogLeNet (paper), ResNet, ResNeXt, DenseNet, DPN and the small models.

Continues ``cards_classic``; see there for the placeholders.
"""
from engine.zoo.cards_classic import _GAP_NOTE_EN, _GAP_NOTE_KO, FAMILIES

FAMILIES["googlenet_paper"] = {
    **{k: FAMILIES["googlenet"][k] for k in ("authors", "paper", "ilsvrc_year", "top5")},
    "en": dict(
        FAMILIES["googlenet"]["en"],
        look_at="Each inception block's totals reproduce the lecture's table (003): 3a has "
                "163,328 weights = 159.5K (the table counts K = 1024) and 128M "
                "multiply-accumulates; 5b has 1,409K and 71M. Expand a block to see its four "
                "branches. A 1x1 reduction before the 5x5 conv cuts 112.9M multiplies to "
                "1.5M + 3.8M = 5.3M.",
        differs="Follows the paper: conv-ReLU with biases, LRN in the stem, real 5x5 "
                "convolutions, 3x3/2 max pools rounding up, dropout 0.4, and global average "
                "pooling (the paper's 7x7/1 average pool at 224x224). The paper's table has "
                "slips the app does not copy: 4c lists 463K parameters (its six numbers give "
                "509,440 weights = 497.5K) and 5a lists 1072K and 54M (1,042,432 weights = "
                "1018K, 51.1M MACs). Auxiliary classifiers after 4a and 4d (training only): "
                "create(\"googlenet_paper\", aux=True). torchvision builds the BN variant: "
                "googlenet."),
    "ko": dict(
        FAMILIES["googlenet"]["ko"],
        look_at="인셉션 블록별 합계가 강의 표(003)를 재현합니다: 3a는 가중치 163,328개 = "
                "159.5K(표는 K = 1024로 셈), 곱셈-누적 128M; 5b는 1,409K, 71M입니다. 블록을 "
                "펼쳐 네 갈래를 보세요. 5x5 앞의 1x1 축소가 곱셈 112.9M을 1.5M + 3.8M = "
                "5.3M으로 줄입니다.",
        differs="논문을 따릅니다: 편향 있는 conv-ReLU, 앞부분의 LRN, 실제 5x5 합성곱, "
                "올림하는 3x3/2 최대값 풀링, 드롭아웃 0.4, 전역 평균 풀링(224x224에서 논문의 "
                "7x7/1 평균 풀링과 같음). 논문 표의 오기는 따르지 않습니다: 4c의 463K(여섯 "
                "숫자로 계산하면 가중치 509,440개 = 497.5K), 5a의 1072K와 54M(가중치 "
                "1,042,432개 = 1018K, 51.1M MAC). 4a와 4d 뒤의 보조 분류기(학습 때만): "
                "create(\"googlenet_paper\", aux=True). BN 변형은 googlenet입니다."),
}

FAMILIES["resnet"] = {
    "authors": "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun",
    "paper": "Deep Residual Learning for Image Recognition (CVPR 2016; 2015)",
    "ilsvrc_year": 2015, "top5": 3.57,
    "en": dict(
        result="Won ILSVRC 2015 classification with 3.57% top-5 error (an ensemble).",
        idea="Each block learns a residual F(x) and adds its input back: y = F(x) + x. The "
             "identity shortcut gives the gradient a direct path, so a 152-layer network "
             "trains better than a shallower one instead of worse. Where the shape changes, "
             "a 1x1 projection shortcut W_s x matches it.",
        look_at="Collapse and expand the residual blocks (layer1_0, ...); the totals do not "
                "change. The lecture's FLOPs row (1.8, 3.6, 3.8, 7.6, 11.3 x10^9) counts "
                "multiply-accumulates. The stride-2 layers warn that their window does not "
                "tile the input: PyTorch drops the last row, exactly as the lecture says.",
        differs="Matches torchvision's {tv} exactly (parameters, output, state_dict order)."),
    "ko": dict(
        result="ILSVRC 2015 분류 우승, 상위-5 오류율 3.57%(앙상블).",
        idea="각 블록은 잔차 F(x)를 학습하고 입력을 더합니다: y = F(x) + x. 항등 지름길이 "
             "기울기에 직접 경로를 주므로 152층 네트워크가 얕은 네트워크보다 오히려 잘 "
             "학습됩니다. 모양이 바뀌는 곳에서는 1x1 사영 지름길 W_s x로 맞춥니다.",
        look_at="잔차 블록(layer1_0, ...)을 접고 펼쳐 보세요. 합계는 변하지 않습니다. 강의의 "
                "FLOPs 행(1.8, 3.6, 3.8, 7.6, 11.3 x10^9)은 곱셈-누적(MAC) 횟수입니다. "
                "스트라이드 2 층은 창이 입력을 딱 나누지 못한다고 경고합니다: 강의 설명대로 "
                "PyTorch가 마지막 행을 버립니다.",
        differs="torchvision {tv}와 정확히 같습니다(파라미터, 출력, state_dict 순서)."),
}

_STRIDE_EN = ("torchvision strides a downsampling bottleneck in its 3x3 conv (\"ResNet "
              "v1.5\"): {macs_tv} G MACs. The 2015 paper strides the first 1x1 conv: "
              "{macs_paper} G MACs, the lecture's {lecture}. The parameters are the same; "
              "create(\"{name}\", stride_on=\"1x1\") builds the paper's variant.")
_STRIDE_KO = ("torchvision은 다운샘플링 병목 블록의 3x3 합성곱에 스트라이드를 둡니다"
              "(\"ResNet v1.5\"): {macs_tv} G MAC. 2015년 논문은 첫 1x1 합성곱에 둡니다: "
              "{macs_paper} G MAC, 강의의 {lecture}. 파라미터는 같으며 "
              "create(\"{name}\", stride_on=\"1x1\")로 논문 변형을 만듭니다.")
_MACS = {"resnet50": ("4.09", "3.86", "3.8"), "resnet101": ("7.80", "7.57", "7.6"),
         "resnet152": ("11.51", "11.28", "11.3")}

VARIANT_NOTES = {
    "resnet18": {"en": "Basic blocks (two 3x3 convs): 1.81 G MACs, the lecture's 1.8.",
                 "ko": "기본 블록(3x3 합성곱 두 개): 1.81 G MAC, 강의의 1.8."},
    "resnet34": {"en": "Basic blocks (two 3x3 convs): 3.66 G MACs; the paper prints 3.6.",
                 "ko": "기본 블록(3x3 합성곱 두 개): 3.66 G MAC, 논문 표기는 3.6."},
    **{name: {"en": "Bottleneck blocks (1x1 reduce, 3x3, 1x1 expand x4). "
                    + _STRIDE_EN.format(name=name, macs_tv=tv, macs_paper=paper, lecture=lec),
              "ko": "병목 블록(1x1 축소, 3x3, 1x1 4배 확장). "
                    + _STRIDE_KO.format(name=name, macs_tv=tv, macs_paper=paper, lecture=lec)}
       for name, (tv, paper, lec) in _MACS.items()},
    "vgg11_lrn": {"en": "Configuration A-LRN adds LRN after the first layer; the paper found "
                        "it does not help (compare with vgg11). Not in torchvision.",
                  "ko": "구성 A-LRN은 첫 층 뒤에 LRN을 더합니다. 논문은 도움이 되지 않음을 "
                        "보였습니다(vgg11과 비교). torchvision에는 없습니다."},
    "vgg16_c": {"en": "Configuration C has a 1x1 conv as the third layer of stages 3-5; D "
                      "(vgg16) uses 3x3 there and is more accurate: spatial context matters. "
                      "Not in torchvision.",
                "ko": "구성 C는 3-5단계의 세 번째 층이 1x1 합성곱입니다. 그 자리에 3x3을 쓴 "
                      "D(vgg16)가 더 정확합니다: 공간 문맥이 중요합니다. torchvision에는 "
                      "없습니다."},
    **{f"vgg{d}_bn": {"en": "With batch normalisation after every convolution (torchvision's "
                            "_bn models; not in the 2014 paper).",
                      "ko": "모든 합성곱 뒤에 배치 정규화가 있습니다(torchvision의 _bn 모델, "
                            "2014년 논문에는 없음)."} for d in (11, 13, 16, 19)},
}

FAMILIES["resnext"] = {
    "authors": "Saining Xie, Ross Girshick, Piotr Dollár, Zhuowen Tu, Kaiming He",
    "paper": "Aggregated Residual Transformations for Deep Neural Networks (CVPR 2017; 2016)",
    "ilsvrc_year": 2016, "top5": 3.03,
    "en": dict(
        result="2nd in ILSVRC 2016 classification with 3.03% top-5 error.",
        idea="A ResNet bottleneck whose 3x3 convolution is split into 32 parallel paths of 4 "
             "channels (cardinality 32, width 4d), written as one grouped convolution. It "
             "costs about as much as ResNet-50 but is more accurate: cardinality is a "
             "dimension besides depth and width.",
        look_at="In each ResNeXt block the 3x3 conv has 32 groups, so its weights are "
                "3*3*(128/32)*128 instead of 3*3*128*128. 25.0M parameters and 4.23 G MACs "
                "against ResNet-50's 25.6M and 4.09 G.",
        differs="Matches torchvision's {tv} exactly (stride in the 3x3 conv, as torchvision)."),
    "ko": dict(
        result="ILSVRC 2016 분류 2위, 상위-5 오류율 3.03%.",
        idea="ResNet 병목 블록의 3x3 합성곱을 4채널짜리 32개 병렬 경로로 나눈 것입니다"
             "(카디널리티 32, 폭 4d). 그룹 합성곱 하나로 표현됩니다. 연산량은 ResNet-50과 "
             "비슷하지만 더 정확합니다: 카디널리티는 깊이와 폭 외의 새 차원입니다.",
        look_at="ResNeXt 블록의 3x3 합성곱은 그룹이 32개라 가중치가 3*3*128*128 대신 "
                "3*3*(128/32)*128입니다. 파라미터 25.0M, 4.23 G MAC (ResNet-50은 25.6M, "
                "4.09 G).",
        differs="torchvision {tv}와 정확히 같습니다(torchvision처럼 3x3에 스트라이드)."),
}

FAMILIES["densenet"] = {
    "authors": "Gao Huang, Zhuang Liu, Laurens van der Maaten, Kilian Q. Weinberger",
    "paper": "Densely Connected Convolutional Networks (CVPR 2017; 2016)",
    "en": dict(
        result="Did not compete in ILSVRC (CVPR 2017 best paper).",
        idea="Inside a dense block every layer receives the concatenation of all earlier "
             "feature maps and adds only k new ones (the growth rate), so features are reused "
             "instead of relearned and the layers stay narrow. 1x1 bottlenecks (4k channels) "
             "and transition layers that halve channels and size keep it efficient "
             "(DenseNet-BC).",
        look_at="Channels grow by k = 32 per layer: 64 + 6*32 = 256 after denseblock1, "
                "halved to 128 by transition1. DenseNet-121 has 8.0M parameters against "
                "ResNet-50's 25.6M, but stores more activations (see the memory estimate).",
        differs="Matches torchvision's {tv} exactly (parameters, output, state_dict order; "
                "node ids drop torchvision's \"features.\" prefix)."),
    "ko": dict(
        result="ILSVRC 출전 모델 아님(CVPR 2017 최우수 논문).",
        idea="덴스 블록 안의 모든 층은 앞선 모든 특징지도를 이어 붙인 것을 입력으로 받고 "
             "k개(성장률)만 새로 더합니다. 특징을 다시 배우지 않고 재사용하므로 층이 "
             "좁습니다. 1x1 병목(4k 채널)과 채널과 크기를 절반으로 줄이는 전이 층으로 "
             "효율을 유지합니다(DenseNet-BC).",
        look_at="층마다 채널이 k = 32씩 늘어납니다: denseblock1 뒤 64 + 6*32 = 256, "
                "transition1에서 128로 절반. DenseNet-121의 파라미터는 8.0M으로 ResNet-50의 "
                "25.6M보다 적지만 활성값은 더 많이 저장합니다(메모리 추정 참고).",
        differs="torchvision {tv}와 정확히 같습니다(파라미터, 출력, state_dict 순서; 노드 id는 "
                "torchvision의 \"features.\" 접두어를 뺀 것)."),
}

FAMILIES["dpn"] = {
    "authors": "Yunpeng Chen, Jianan Li, Huaxin Xiao, Xiaojie Jin, Shuicheng Yan, Jiashi Feng",
    "paper": "Dual Path Networks (NIPS 2017)",
    "en": dict(
        result="No ILSVRC top-5 figure is quoted here for DPN-68.",
        idea="ResNet reuses features (a sum), DenseNet explores new ones (a concatenation). A "
             "dual path block does both with one shared grouped bottleneck: part of its output "
             "is added to a residual path, the rest appended to a dense path that grows by a "
             "few channels per block.",
        look_at="A DPN block's output is its two paths joined, residual channels first; "
                "ChannelSlice layers split them again in the next block. 12.6M parameters, "
                "2.3 G MACs.",
        differs="torchvision has no DPN. This follows the authors' released DPN-68 (3x3 stem "
                "of 10 channels, 128-wide grouped 3x3 with 32 groups, blocks 3-4-12-3, dense "
                "increments 16-32-32-64): 12,611,602 parameters (the 12.6M that timm's port "
                "reports) and 832 channels before the classifier."),
    "ko": dict(
        result="DPN-68의 ILSVRC 상위-5 오류율은 여기서 인용하지 않습니다.",
        idea="ResNet은 특징을 재사용하고(더하기) DenseNet은 새 특징을 탐색합니다(이어 "
             "붙이기). 듀얼 패스 블록은 공유하는 그룹 병목 하나로 둘 다 합니다: 출력의 일부는 "
             "잔차 경로에 더하고 나머지는 블록마다 몇 채널씩 자라는 덴스 경로에 붙입니다.",
        look_at="DPN 블록의 출력은 두 경로를 이어 붙인 것으로 잔차 채널이 먼저입니다. 다음 "
                "블록의 ChannelSlice 층이 다시 나눕니다. 파라미터 12.6M, 2.3 G MAC.",
        differs="torchvision에는 DPN이 없습니다. 저자들이 공개한 DPN-68을 따릅니다(10채널 3x3 "
                "시작 층, 그룹 32개의 128채널 3x3, 블록 3-4-12-3, 덴스 증가 16-32-32-64): "
                "파라미터 12,611,602개(timm 이식판이 보고하는 12.6M)와 분류기 앞 832채널."),
}

FAMILIES["resnet_cifar"] = {
    "authors": "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun",
    "paper": "Deep Residual Learning for Image Recognition, section 4.2 (CIFAR-10)",
    "en": dict(
        result="Not an ILSVRC model; the paper reports 8.75% error on CIFAR-10.",
        idea="The ResNet paper's CIFAR-10 network: 6n+2 layers (n = 3) in three stages of 16, "
             "32 and 64 channels at 32, 16 and 8 pixels, then global average pooling and one "
             "FC layer. It trains on a CPU in minutes per epoch.",
        look_at="272,474 parameters and 41M MACs against ResNet-18's 1.8 G. " + _GAP_NOTE_EN,
        differs="Where the shape changes the paper pads the shortcut with zeros (option A); "
                "this model uses 1x1 projections (option B), a few thousand parameters more "
                "than the paper's 0.27M."),
    "ko": dict(
        result="ILSVRC 모델 아님. 논문의 CIFAR-10 오류율 8.75%.",
        idea="ResNet 논문의 CIFAR-10 네트워크입니다: 6n+2층(n = 3), 16/32/64 채널의 세 단계"
             "(32/16/8 픽셀), 전역 평균 풀링과 FC 층 하나. CPU에서 에폭당 몇 분이면 "
             "학습됩니다.",
        look_at="파라미터 272,474개, 41M MAC (ResNet-18은 1.8 G). " + _GAP_NOTE_KO,
        differs="모양이 바뀌는 곳에서 논문은 지름길을 0으로 채우지만(옵션 A) 이 모델은 1x1 "
                "사영(옵션 B)을 써서 논문의 0.27M보다 수천 개 많습니다."),
}

FAMILIES["densenet_cifar"] = {
    **{k: FAMILIES["densenet"][k] for k in ("authors", "paper")},
    "en": dict(
        result="Not an ILSVRC model; the DenseNet paper reports CIFAR results for larger "
               "DenseNet-BC networks.",
        idea="A small DenseNet-BC for 32x32 images: a 3x3 stem of 24 channels and 2x2 max "
             "pooling, three dense blocks of four bottleneck layers (at 16, 8 and 4 pixels) "
             "with growth rate 12, transitions with compression 0.5, then global average "
             "pooling.",
        look_at="102,778 parameters. Expand a dense block to see every layer read all earlier "
                "outputs. " + _GAP_NOTE_EN,
        differs="Smaller than the paper's smallest CIFAR DenseNet-BC (L = 100, k = 12) and "
                "pooled to 16x16 before the first block (the paper keeps 32x32 there), so it "
                "trains on a CPU."),
    "ko": dict(
        result="ILSVRC 모델 아님. DenseNet 논문은 더 큰 DenseNet-BC로 CIFAR 결과를 "
               "보고합니다.",
        idea="32x32 영상을 위한 작은 DenseNet-BC입니다: 24채널 3x3 시작 층과 2x2 최대값 "
             "풀링, 성장률 12의 병목 층 4개로 된 덴스 블록 3개(16, 8, 4 픽셀), 압축 0.5의 전이 "
             "층, 전역 평균 풀링.",
        look_at="파라미터 102,778개. 덴스 블록을 펼쳐 각 층이 앞선 모든 출력을 읽는 것을 "
                "보세요. " + _GAP_NOTE_KO,
        differs="논문의 가장 작은 CIFAR DenseNet-BC(L = 100, k = 12)보다 작고 첫 블록 전에 "
                "16x16으로 풀링하므로(논문은 32x32 유지) CPU에서 학습됩니다."),
}

FAMILIES["small_gap"] = {
    "authors": "ConvStudio, after Lin et al. (GAP, 2013) and Zhou et al. (CAM, 2016)",
    "paper": "Network In Network (2013); Learning Deep Features for Discriminative "
             "Localization (2016)",
    "en": dict(
        result="Not an ILSVRC model; a small network for teaching and fast experiments.",
        idea="Convolution stages, then global average pooling straight into the classifier: "
             "no big FC layers, few parameters, and every class score is a weighted sum of "
             "channel averages.",
        look_at=_GAP_NOTE_EN + " It trains in seconds to minutes per epoch on a CPU.",
        differs="Not a published model: a compact design for the lecture's CAM and for "
                "quick experiments."),
    "ko": dict(
        result="ILSVRC 모델 아님. 수업과 빠른 실험용 작은 네트워크.",
        idea="합성곱 단계 뒤에 전역 평균 풀링을 바로 분류기에 연결합니다: 큰 FC 층이 없어 "
             "파라미터가 적고, 각 클래스 점수는 채널 평균들의 가중합입니다.",
        look_at=_GAP_NOTE_KO + " CPU에서 에폭당 몇 초에서 몇 분이면 학습됩니다.",
        differs="논문 모델이 아니라 강의의 CAM과 빠른 실험을 위한 작은 설계입니다."),
}
