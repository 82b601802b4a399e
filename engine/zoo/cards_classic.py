"""The words on the model cards, per family, in English and Korean.

``{name}``, ``{title}`` and ``{tv}`` (the torchvision model) are filled in per model. Every
number here is either published (cited) or computed by ConvStudio's analysis and checked by
tests/engine/test_zoo_cards.py; the families continue in cards_modern.py.
"""

_GAP_NOTE_EN = ("Global average pooling feeds the last FC layer directly, so the Class "
                "Activation Map M_c(x, y) = sum_k w_k^c f_k(x, y) (lecture 003) works on it.")
_GAP_NOTE_KO = ("전역 평균 풀링(GAP)이 마지막 FC 층에 바로 연결되므로 클래스 활성화 맵 "
                "M_c(x, y) = sum_k w_k^c f_k(x, y) (강의 003)을 그릴 수 있습니다.")

FAMILIES = {
    "lenet5": {
        "authors": "Yann LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner",
        "paper": "Gradient-Based Learning Applied to Document Recognition (Proc. IEEE, 1998)",
        "en": dict(
            result="Did not compete in ILSVRC (1998); 0.95% test error on MNIST.",
            idea="The convolutional network that read handwritten digits and cheques: "
                 "convolutions share their weights over the whole image and subsampling "
                 "layers shrink the maps, so the features are learned by backpropagation "
                 "instead of designed by hand.",
            look_at="S2 and S4 are trainable subsampling layers: per map one coefficient "
                    "times the 2x2 sum plus a bias (12 and 32 parameters). C3 is only partly "
                    "connected (the paper's connection table): 1,516 parameters instead of "
                    "2,416. C5 is a 5x5 convolution on a 5x5 map, so it already acts like a "
                    "fully connected layer. 60,850 parameters in all.",
            differs="Follows the paper except the output: an ordinary FC layer instead of "
                    "Euclidean RBF units, and plain tanh instead of the scaled "
                    "1.7159 tanh(2a/3). The lecture's \"sigmoid\" is this squashing "
                    "function. torchvision has no LeNet."),
        "ko": dict(
            result="ILSVRC 이전 모델(1998). MNIST 테스트 오류율 0.95%.",
            idea="손글씨 숫자와 수표를 읽은 합성곱 신경망입니다. 합성곱은 영상 전체에서 "
                 "가중치를 공유하고 서브샘플링 층이 특징지도를 줄이며, 특징은 사람이 설계하지 "
                 "않고 역전파로 학습합니다.",
            look_at="S2, S4는 학습되는 서브샘플링 층입니다: 특징지도마다 2x2 합에 곱하는 계수 "
                    "하나와 편향 하나(12개, 32개 파라미터). C3는 논문의 연결표대로 일부만 "
                    "연결되어 2,416개 대신 1,516개 파라미터입니다. C5는 5x5 특징지도에 5x5 "
                    "합성곱이라 사실상 완전연결층처럼 동작합니다. 전체 60,850개 파라미터.",
            differs="출력층만 논문과 다릅니다: 유클리드 RBF 대신 일반 FC 층, 1.7159 "
                    "tanh(2a/3) 대신 tanh를 씁니다. 강의의 \"시그모이드\"는 이 스쿼싱 함수를 "
                    "말합니다. torchvision에는 LeNet이 없습니다."),
    },
    "lenet5_modern": {
        "authors": "after LeCun et al. (1998)",
        "paper": "a common teaching variant of LeNet-5",
        "en": dict(
            result="Not an ILSVRC entry; about 99% on MNIST after a few epochs.",
            idea="LeNet-5's layout with today's defaults: ReLU instead of tanh, max pooling "
                 "instead of trainable subsampling, full connections everywhere. Padding 2 "
                 "on the first convolution lets 28x28 MNIST images in directly (the original "
                 "padded them to 32x32).",
            look_at="Compare with lenet5: almost the same size (61,706 parameters) but it "
                    "trains much faster; an MNIST epoch takes seconds on a CPU.",
            differs="Not a published model: a common teaching variant of LeNet-5 (compare "
                    "it with lenet5)."),
        "ko": dict(
            result="ILSVRC 출전 모델 아님. 몇 에폭이면 MNIST 약 99%.",
            idea="LeNet-5의 구조에 요즘의 기본 선택을 적용했습니다: tanh 대신 ReLU, 학습되는 "
                 "서브샘플링 대신 최대값 풀링, 모든 층 완전 연결. 첫 합성곱의 패딩 2로 "
                 "28x28 MNIST 영상을 그대로 넣습니다(원래는 32x32로 패딩).",
            look_at="lenet5와 비교해 보세요: 크기는 거의 같지만(61,706개 파라미터) 훨씬 빨리 "
                    "학습됩니다. CPU에서 MNIST 한 에폭이 몇 초입니다.",
            differs="논문 모델이 아니라 LeNet-5의 흔한 수업용 변형입니다(lenet5와 비교해 "
                    "보세요)."),
    },
    "alexnet": {
        "authors": "Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton",
        "paper": "ImageNet Classification with Deep Convolutional Neural Networks (NIPS 2012)",
        "ilsvrc_year": 2012, "top5": 15.3,
        "en": dict(
            result="Won ILSVRC 2012 with 15.3% top-5 error (16.4% without extra training "
                   "data, the figure the lecture quotes as 16.43%).",
            idea="The network that started the deep-learning boom: eight learned layers "
                 "trained on two GPUs, with ReLU (several times faster to train than tanh), "
                 "local response normalisation, overlapping 3x3/2 max pooling and dropout in "
                 "the first two fully connected layers.",
            look_at="The analysis reproduces the lecture table (000) row by row: 55x55x96 "
                    "after conv1 (34,944 parameters) down to 6x6x256 after pool5, FC6 with "
                    "37,748,736 weights. The table's 58,621,952 counts only the three FC "
                    "layers' weights; the network has 62,378,344 parameters (62,369,152 "
                    "without the FC biases = 249,476,608 bytes, the table's memory figure). "
                    "The FC layers hold 94% of the parameters, the convolutions do 95% of "
                    "the MACs. conv1's formula shows that (224 + 2*3 - 11)/4 is not whole, as the "
                    "lecture teaches, but the window only misses the last 3 padded rows: no "
                    "pixel is lost, so the analysis does not warn (a 227x227 input without "
                    "padding fits exactly).",
            differs="Follows the paper and the lecture table (96-256-384-384-256, LRN after "
                    "conv1 and conv2, dropout). The paper split conv2, conv4 and conv5 over "
                    "two GPUs (each filter saw half the channels); like the table, this model "
                    "keeps one full-width copy, and create(\"alexnet\", two_gpus=True) "
                    "builds the split (groups=2): 60,965,224 parameters, the paper's \"60 "
                    "million\". PyTorch's LocalResponseNorm divides alpha by "
                    "n, so alpha = 5e-4 here is the paper's 1e-4. The lecture draws Pool "
                    "before Norm (CaffeNet's order); the paper normalises first. torchvision's "
                    "AlexNet is a later variant: alexnet_torchvision."),
        "ko": dict(
            result="ILSVRC 2012 우승, 상위-5 오류율 15.3% (추가 학습 데이터 없이 16.4%, "
                   "강의의 16.43%).",
            idea="딥러닝 붐을 일으킨 네트워크입니다. 두 GPU로 학습한 8개 학습 층에 ReLU(tanh보다 "
                 "몇 배 빠른 학습), 국소 반응 정규화(LRN), 겹치는 3x3/2 최대값 풀링, 앞의 두 "
                 "FC 층의 드롭아웃을 사용했습니다.",
            look_at="분석 표가 강의 표(000)를 행마다 재현합니다: conv1 뒤 55x55x96 (34,944개 "
                    "파라미터)부터 pool5 뒤 6x6x256까지, FC6 가중치 37,748,736개. 표의 "
                    "58,621,952는 세 FC 층의 가중치만 센 값이고, 전체 파라미터는 62,378,344개"
                    "(FC 편향 제외 62,369,152개 = 249,476,608바이트, 표의 메모리 값)입니다. "
                    "파라미터의 94%는 FC 층에, MAC 연산의 95%는 합성곱에 있습니다. conv1의 공식을 "
                    "보면 강의대로 (224 + 2*3 - 11)/4가 정수가 아니지만, 창이 닿지 않는 것은 "
                    "마지막 패딩 3줄뿐이라 픽셀은 버려지지 않으므로 분석은 경고하지 않습니다"
                    "(227x227 입력에 패딩 0이면 딱 맞습니다).",
            differs="논문과 강의 표를 따릅니다(96-256-384-384-256, conv1/conv2 뒤 LRN, "
                    "드롭아웃). 논문은 conv2, conv4, conv5를 두 GPU에 나눴지만(필터가 채널의 "
                    "절반만 봄) 이 모델은 강의 표처럼 하나로 합쳤습니다. create(\"alexnet\", "
                    "two_gpus=True)는 분할(groups=2)을 만듭니다: 파라미터 60,965,224개, 논문의 "
                    "\"6천만 개\". PyTorch의 "
                    "LocalResponseNorm은 alpha를 n으로 나누므로 alpha = 5e-4가 논문의 1e-4와 "
                    "같습니다. 강의는 Pool 다음 Norm(CaffeNet 순서)이지만 논문은 정규화를 "
                    "먼저 합니다. torchvision의 AlexNet은 이후 변형입니다: "
                    "alexnet_torchvision."),
    },
    "alexnet_torchvision": {
        "authors": "Alex Krizhevsky",
        "paper": "One weird trick for parallelizing convolutional neural networks (2014)",
        "en": dict(
            result="Not an ILSVRC entry itself (a single-GPU variant of the 2012 winner).",
            idea="torchvision's AlexNet follows Krizhevsky's 2014 single-GPU variant: "
                 "64-192-384-256-256 filters, no LRN, an adaptive 6x6 average pool before "
                 "the classifier and dropout before FC6 and FC7.",
            look_at="61,100,840 parameters, exactly torchvision's. Fewer filters in conv1-2 "
                    "make it 37% cheaper than alexnet (714M vs 1,135M MACs).",
            differs="Identical to torchvision's {tv}: same layers, parameters, output and "
                    "state_dict order (node ids are torchvision's module names with dots "
                    "written as underscores)."),
        "ko": dict(
            result="그 자체로는 ILSVRC 출전 모델 아님(2012 우승 모델의 단일 GPU 변형).",
            idea="torchvision의 AlexNet은 Krizhevsky의 2014년 단일 GPU 변형을 따릅니다: "
                 "64-192-384-256-256 필터, LRN 없음, 분류기 앞 적응형 6x6 평균 풀링, FC6와 "
                 "FC7 앞의 드롭아웃.",
            look_at="파라미터 61,100,840개로 torchvision과 정확히 같습니다. conv1-2의 필터가 "
                    "적어 alexnet보다 연산이 37% 적습니다(714M 대 1,135M MAC).",
            differs="torchvision {tv}와 동일합니다: 층, 파라미터, 출력, state_dict 순서가 "
                    "같습니다(노드 id는 torchvision 모듈 이름의 점을 밑줄로 바꾼 것)."),
    },
    "zfnet": {
        "authors": "Matthew D. Zeiler, Rob Fergus",
        "paper": "Visualizing and Understanding Convolutional Networks (ECCV 2014; 2013)",
        "ilsvrc_year": 2013, "top5": 11.7,
        "en": dict(
            result="ILSVRC 2013 was won by Zeiler's Clarifai entry, built with this "
                   "method: 11.7% top-5 error (11.2% with extra training data); the paper "
                   "reports 14.8% for an ensemble of its networks.",
            idea="AlexNet, tuned after looking inside it: a deconvolutional network projected "
                 "feature maps back to pixels during training, showed dead and aliased "
                 "first-layer filters, and led to 7x7 stride-2 filters in conv1 and stride 2 "
                 "in conv2.",
            look_at="conv1 keeps more resolution (110x110 instead of 55x55), so its 96 "
                    "filters cost more MACs. Watch the feature maps and filters while it "
                    "trains, as the paper did. conv1's formula shows that (224 + 2 - 7)/2 is "
                    "not whole: the paper's 110x110 comes from rounding down, and only a padded "
                    "row is never reached, so no pixel is lost and the analysis does not warn.",
            differs="Uses the sizes of the paper's Figure 3 (96-256-384-384-256), LRN after "
                    "conv1 and conv2 and max pools that round up (ceil mode) to reach 55 and "
                    "13. torchvision has no ZFNet."),
        "ko": dict(
            result="ILSVRC 2013은 이 방법으로 만든 Zeiler의 Clarifai가 상위-5 오류율 "
                   "11.7%(추가 학습 데이터 사용 시 11.2%)로 우승. 논문은 앙상블로 14.8%를 "
                   "보고합니다.",
            idea="AlexNet 내부를 들여다보고 조정한 모델입니다. 역합성곱 네트워크로 학습 중 "
                 "특징지도를 픽셀로 되돌려 보니 죽은 필터와 앨리어싱이 보였고, 그래서 conv1을 "
                 "7x7 스트라이드 2로, conv2를 스트라이드 2로 바꿨습니다.",
            look_at="conv1이 해상도를 더 유지해서(55x55 대신 110x110) 같은 96개 필터의 MAC가 "
                    "더 많습니다. 논문처럼 학습 중 특징지도와 필터를 관찰해 보세요. conv1은 "
                    "(224 + 2 - 7)/2가 정수가 아닙니다: 논문의 110x110은 내림 결과이고, 닿지 않는 "
                    "것은 패딩 한 줄뿐이라 픽셀은 버려지지 않으므로 분석은 경고하지 않습니다.",
            differs="논문 그림 3의 크기(96-256-384-384-256), conv1/conv2 뒤 LRN, 55와 13을 "
                    "만들기 위해 올림(ceil mode) 최대값 풀링을 씁니다. torchvision에는 "
                    "ZFNet이 없습니다."),
    },
    "vgg": {
        "authors": "Karen Simonyan, Andrew Zisserman",
        "paper": "Very Deep Convolutional Networks for Large-Scale Image Recognition (2014)",
        "ilsvrc_year": 2014, "top5": 7.3,
        "en": dict(
            result="2nd in ILSVRC 2014 classification with 7.3% top-5 error (7.32%); 1st in "
                   "localisation.",
            idea="Only 3x3 convolutions (stride 1, padding 1) and 2x2 max pooling, stacked "
                 "deep: two 3x3 layers see 5x5 and three see 7x7, with fewer weights "
                 "(27 < 49 per channel pair) and more ReLUs between them. Configurations A "
                 "to E grow from 11 to 19 weight layers.",
            look_at="The receptive-field column grows by 2 per 3x3 conv, by more after each "
                    "pool. The three FC layers hold most of the parameters (123.6M of "
                    "VGG-16's 138.4M) while the convolutions do almost all of the MACs.",
            differs="Matches torchvision's {tv} exactly (parameters, output, state_dict "
                    "order); torchvision adds an adaptive 7x7 average pool so that other "
                    "input sizes work, and so does this model."),
        "ko": dict(
            result="ILSVRC 2014 분류 2위(상위-5 오류율 7.3%, 7.32%), 위치 인식 1위.",
            idea="3x3 합성곱(스트라이드 1, 패딩 1)과 2x2 최대값 풀링만 깊게 쌓습니다. 3x3 두 "
                 "층은 5x5, 세 층은 7x7을 보면서 가중치는 더 적고(채널 쌍마다 27 < 49) ReLU는 "
                 "더 많습니다. 구성 A부터 E까지 가중치 층이 11개에서 19개로 늘어납니다.",
            look_at="수용장 열이 3x3 합성곱마다 2씩, 풀링 뒤에는 더 크게 늘어납니다. "
                    "파라미터 대부분은 세 FC 층에 있고(VGG-16의 138.4M 중 123.6M) MAC 연산은 "
                    "거의 모두 합성곱에 있습니다.",
            differs="torchvision {tv}와 정확히 같습니다(파라미터, 출력, state_dict 순서). "
                    "torchvision처럼 다른 입력 크기도 되도록 적응형 7x7 평균 풀링이 있습니다."),
    },
    "googlenet": {
        "authors": "Christian Szegedy, Wei Liu, Yangqing Jia, Pierre Sermanet, Scott Reed, "
                   "Dragomir Anguelov, Dumitru Erhan, Vincent Vanhoucke, Andrew Rabinovich",
        "paper": "Going Deeper with Convolutions (CVPR 2015; 2014)",
        "ilsvrc_year": 2014, "top5": 6.67,
        "en": dict(
            result="Won ILSVRC 2014 classification with 6.67% top-5 error.",
            idea="Inception modules run 1x1, 3x3 and 5x5 convolutions and 3x3 max pooling "
                 "side by side and concatenate them, so every stage sees several scales; 1x1 "
                 "convolutions shrink the channels first to keep the cost down. 22 layers "
                 "deep with about 7M parameters, against AlexNet's 62M.",
            look_at="Expand an inception block to see its four branches. A 1x1 reduction "
                    "before the 5x5 conv cuts 112.9M multiplies to 1.5M + 3.8M = 5.3M "
                    "(lecture 003). Global average pooling replaces the big FC layers.",
            differs="This is torchvision's {tv} (6,624,904 parameters): conv-BN-ReLU without "
                    "conv biases, a 3x3 kernel in the \"5x5\" branch (a known torchvision "
                    "quirk kept for its pretrained weights), no LRN, a 2x2 last max pool and "
                    "dropout 0.2. googlenet_paper follows the 2014 paper and reproduces the "
                    "lecture's table. Auxiliary classifiers: create(\"googlenet\", aux=True)."),
        "ko": dict(
            result="ILSVRC 2014 분류 우승, 상위-5 오류율 6.67%.",
            idea="인셉션 모듈은 1x1, 3x3, 5x5 합성곱과 3x3 최대값 풀링을 나란히 수행해 "
                 "채널 방향으로 합치므로 여러 크기의 특징을 동시에 봅니다. 1x1 합성곱으로 "
                 "먼저 채널을 줄여 연산량을 낮춥니다. 22층이지만 파라미터는 약 7M으로 "
                 "AlexNet(62M)보다 훨씬 적습니다.",
            look_at="인셉션 블록을 펼쳐 네 갈래를 보세요. 5x5 앞의 1x1 축소가 곱셈 112.9M을 "
                    "1.5M + 3.8M = 5.3M으로 줄입니다(강의 003). 큰 FC 층 대신 전역 평균 "
                    "풀링을 씁니다.",
            differs="torchvision {tv}입니다(파라미터 6,624,904개): 편향 없는 conv-BN-ReLU, "
                    "\"5x5\" 갈래의 3x3 커널(사전학습 가중치 때문에 유지된 torchvision의 알려진 "
                    "특이점), LRN 없음, 마지막 2x2 최대값 풀링, 드롭아웃 0.2. 2014년 논문을 "
                    "따르고 강의 표를 재현하는 모델은 googlenet_paper입니다. 보조 분류기: "
                    "create(\"googlenet\", aux=True)."),
    },
}
