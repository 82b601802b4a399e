<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnalysisTable</name>
    <message><location filename="../../gui/widgets/analysis_table.py" line="27" /><source>Layer</source><translation>레이어</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="28" /><source>Receptive field</source><translation>수용 영역</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="27" /><source>Weights</source><translation>가중치</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="208" /><source>Batch size</source><translation>배치 크기</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="28" /><source>Biases</source><translation>편향</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="28" /><source>Parameters</source><translation>파라미터</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="105" /><source>No shape yet: fix %1 first.</source><translation>아직 크기가 없습니다: 먼저 %1을(를) 고치세요.</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="27" /><source>Type</source><translation>종류</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="27" /><source>Output (C x H x W)</source><translation>출력 (C x H x W)</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="27" /><source>Values</source><translation>값</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="28" /><source>MACs</source><translation>MAC</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="114" /><location filename="../../gui/widgets/analysis_table.py" line="140" /><source>FLOPs = 2 x MACs = %1</source><translation>FLOPs = 2 x MAC = %1</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="122" /><source>Total</source><translation>합계</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="132" /><source>New values stored by the layers (the input, reshapes and in-place activations not counted): %1 bytes as float32</source><translation>레이어가 새로 저장하는 값(입력, 모양 바꾸기, 제자리 활성화는 제외): float32로 %1바이트</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="135" /><source>Sum of the weights column</source><translation>가중치 열의 합</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="136" /><source>Sum of the biases column</source><translation>편향 열의 합</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="137" /><source>%1 weights + %2 biases = %3 (%4 as float32)</source><translation>가중치 %1 + 편향 %2 = %3 (float32로 %4)</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="161" /><source>global</source><translation>전체</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="173" /><source>Analysis table</source><translation>분석 표</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="204" /><source>Training memory:</source><translation>학습 메모리:</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="211" /><source>batch </source><translation>배치 </translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="214" /><source>Optimizer</source><translation>옵티마이저</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="215" /><source>Momentum</source><translation>모멘텀</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="263" /><source>Parameters %1 (%2 as float32) · MACs %3 · FLOPs = 2 x MACs = %4</source><translation>파라미터 %1개 (float32로 %2) · MAC %3 · FLOPs = 2 x MAC = %4</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="267" /><source> · trainable %1 · frozen %2</source><translation> · 학습 %1 · 고정 %2</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="270" /><source>MACs: multiply-accumulates; the lecture's ResNet "FLOPs" row (1.8, 3.6, ... x10^9) counts these.</source><translation>MAC: 곱셈-누적 횟수. 강의의 ResNet "FLOPs" 행(1.8, 3.6, ... x10^9)은 이것을 센 값입니다.</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="279" /><source>shown once every layer has a shape</source><translation>모든 레이어의 크기가 정해지면 표시됩니다</translation></message><message><location filename="../../gui/widgets/analysis_table.py" line="285" /><source>%1 (weights %2, gradients %3, optimizer state %4, activations %5)</source><translation>%1 (가중치 %2, 기울기 %3, 옵티마이저 상태 %4, 활성화 %5)</translation></message></context>
<context>
    <name>BatchNormLab</name>
    <message>
        <location filename="../../gui/labs/batchnorm_lab.py" line="29" />
        <source>x̂_i
(normalised)</source>
        <translation>x̂_i
(정규화)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/batchnorm_lab.py" line="31" />
        <source>BatchNorm1d
(training)</source>
        <translation>BatchNorm1d
(학습 모드)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/batchnorm_lab.py" line="32" />
        <source>y_i, evaluation
(by hand)</source>
        <translation>y_i, 평가 모드
(손 계산)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/batchnorm_lab.py" line="33" />
        <source>BatchNorm1d
(evaluation)</source>
        <translation>BatchNorm1d
(평가 모드)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/batchnorm_lab.py" line="30" />
        <source>y_i
(by hand)</source>
        <translation>y_i
(손 계산)</translation>
    </message>
    <message><location filename="../../gui/labs/batchnorm_lab.py" line="114" /><source>Mini-batch (one row per example, one column per feature)</source><translation>미니배치 (예제마다 한 행, 특징마다 한 열)</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="116" /><source>Learned scale γ and shift β</source><translation>학습되는 스케일 γ와 이동 β</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="117" /><source>ε</source><translation>ε</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="118" /><source>Momentum of the running statistics</source><translation>이동 통계의 모멘텀</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="119" /><source>Training passes before evaluation</source><translation>평가 전 학습 횟수</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="120" /><source>Feature worked through</source><translation>풀어 볼 특징</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="121" /><source>+ example</source><translation>+ 예제</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="122" /><source>- example</source><translation>- 예제</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="123" /><source>+ feature</source><translation>+ 특징</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="124" /><source>- feature</source><translation>- 특징</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="132" /><source>feature {0}</source><translation>특징 {0}</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="249" /><source>Feature {0}: μ_B = {1}, σ²_B = {2}. torch.nn.BatchNorm1d agrees to {3} in training mode and to {4} in evaluation mode.</source><translation>특징 {0}: μ_B = {1}, σ²_B = {2}. torch.nn.BatchNorm1d와의 차이: 학습 모드 {3}, 평가 모드 {4}.</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="255" /><source>Training mode: the batch normalising transform (Algorithm 1)</source><translation>학습 모드: 배치 정규화 변환 (Algorithm 1)</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="258" /><source>Evaluation mode: the running statistics replace the batch's</source><translation>평가 모드: 배치 통계 대신 이동 통계를 씁니다</translation></message><message><location filename="../../gui/labs/batchnorm_lab.py" line="260" /><source>PyTorch's running variance takes the unbiased variance m/(m-1) σ²_B, so evaluation does not reproduce the training output even on the same batch.</source><translation>PyTorch의 이동 분산은 불편 분산 m/(m-1) σ²_B를 쓰므로, 같은 배치라도 평가 결과가 학습 결과와 같지 않습니다.</translation></message></context>
<context>
    <name>CamView</name>
    <message><location filename="../../gui/inspect/cam_view.py" line="32" /><source>Automatic</source><translation>자동</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="32" /><location filename="../../gui/inspect/cam_view.py" line="142" /><source>CAM</source><translation>CAM</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="33" /><location filename="../../gui/inspect/cam_view.py" line="142" /><source>Grad-CAM</source><translation>Grad-CAM</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="36" /><source>Class</source><translation>클래스</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="38" /><location filename="../../gui/inspect/cam_view.py" line="66" /><source>Compare with</source><translation>비교 대상</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="42" /><location filename="../../gui/inspect/cam_view.py" line="66" /><source>Opacity</source><translation>불투명도</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="64" /><source>Method</source><translation>방법</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="64" /><source>Class (probability)</source><translation>클래스(확률)</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="67" /><source>Colour map</source><translation>색상표</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="100" /><source>(nothing)</source><translation>(없음)</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="144" /><source>%1 of %2 at %3</source><translation>%3에서 %2의 %1</translation></message><message><location filename="../../gui/inspect/cam_view.py" line="151" /><source>%1x%2 map upsampled to %3x%4.</source><translation>%1x%2 맵을 %3x%4로 확대했습니다.</translation></message></context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../gui/canvas/editing.py" line="31" />
        <source>Delete the selected layers and links</source>
        <translation>선택한 레이어와 연결 삭제</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="32" />
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="33" />
        <source>Copy the selected layers</source>
        <translation>선택한 레이어 복사</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="34" />
        <source>Cut</source>
        <translation>잘라내기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="35" />
        <source>Cut the selected layers</source>
        <translation>선택한 레이어 잘라내기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="36" />
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="37" />
        <source>Paste layers (also from another window)</source>
        <translation>레이어 붙여넣기(다른 창에서 복사한 것도)</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="39" />
        <source>Duplicate the selected layers</source>
        <translation>선택한 레이어 복제</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="40" />
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="41" />
        <source>Select every layer</source>
        <translation>모든 레이어 선택</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="42" />
        <source>Group into Block</source>
        <translation>블록으로 묶기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="43" />
        <source>Group the selected layers into a block</source>
        <translation>선택한 레이어를 블록으로 묶기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="44" />
        <source>Ungroup</source>
        <translation>묶음 풀기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="45" />
        <source>Dissolve the selected block</source>
        <translation>선택한 블록 풀기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="46" />
        <source>Expand Block</source>
        <translation>블록 펼치기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="47" />
        <source>Show the layers inside a composite block</source>
        <translation>복합 블록 안의 레이어 보기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="48" />
        <source>Collapse Block</source>
        <translation>블록 접기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="49" />
        <source>Turn an expanded block back into one layer</source>
        <translation>펼친 블록을 다시 레이어 하나로</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="51" />
        <source>Show the layers inside every composite block</source>
        <translation>모든 복합 블록 안의 레이어 보이기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="53" />
        <source>Turn every expanded block back into one layer</source>
        <translation>펼친 블록을 모두 다시 레이어 하나로 접기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="65" />
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="66" />
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="67" />
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="68" />
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="69" />
        <source>Fit to View</source>
        <translation>화면에 맞추기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="70" />
        <source>Show the whole network</source>
        <translation>네트워크 전체 보기</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="72" />
        <source>Arrange the layers top to bottom</source>
        <translation>레이어를 위에서 아래로 배치</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="54" />
        <source>Freeze</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="55" />
        <source>Keep the weights of the selected layers while training</source>
        <translation>학습하는 동안 선택한 레이어의 가중치를 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="57" />
        <source>Unfreeze</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="58" />
        <source>Train the selected layers again</source>
        <translation>선택한 레이어를 다시 학습합니다</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="59" />
        <source>Freeze Everything up to Here</source>
        <translation>여기까지 모두 고정</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="60" />
        <source>Freeze this layer and every layer before it (transfer learning)</source>
        <translation>이 레이어와 그 앞의 모든 레이어를 고정합니다 (전이 학습)</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="62" />
        <source>Replace the Classifier...</source>
        <translation>분류기 교체...</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editing.py" line="63" />
        <source>Give the last Linear layer one output per class of the chosen data set</source>
        <translation>마지막 Linear 레이어가 선택한 데이터셋의 클래스마다 출력 하나를 갖게 합니다</translation>
    </message>
    <message><location filename="../../gui/canvas/block_item.py" line="195" /><source>Block %1</source><translation>블록 %1</translation></message><message><location filename="../../gui/canvas/block_item.py" line="197" /><source>Click − to collapse it back into one %1 layer.</source><translation>−를 누르면 다시 %1 레이어 하나로 접힙니다.</translation></message><message><location filename="../../gui/canvas/block_item.py" line="200" /><source>Click + (or double-click) to show its layers again.</source><translation>+를 누르거나 두 번 클릭하면 레이어가 다시 보입니다.</translation></message><message><location filename="../../gui/canvas/block_item.py" line="202" /><source>Click − to fold it into one card.</source><translation>−를 누르면 카드 하나로 접힙니다.</translation></message><message><location filename="../../gui/canvas/editing.py" line="173" /><source>Delete</source><translation>삭제</translation></message><message><location filename="../../gui/canvas/editing.py" line="199" /><source>The clipboard holds no layers to paste.</source><translation>클립보드에 붙여넣을 레이어가 없습니다.</translation></message><message><location filename="../../gui/canvas/editing.py" line="214" /><source>Duplicate</source><translation>복제</translation></message><message><location filename="../../gui/canvas/editing.py" line="251" /><source>A selected layer is already in a block; ungroup it first.</source><translation>선택한 레이어가 이미 블록에 들어 있습니다. 먼저 묶음을 푸세요.</translation></message><message><location filename="../../gui/canvas/editing.py" line="274" /><source>Expand %1</source><translation>%1 펼치기</translation></message><message><location filename="../../gui/canvas/editing.py" line="279" /><source>Collapse %1</source><translation>%1 접기</translation></message><message><location filename="../../gui/canvas/editing.py" line="286" /><source>No block to expand: every layer is shown.</source><translation>펼칠 블록이 없습니다: 모든 레이어가 보입니다.</translation></message><message><location filename="../../gui/canvas/editing.py" line="288" /><source>Expand All Blocks</source><translation>모든 블록 펼치기</translation></message><message><location filename="../../gui/canvas/editing.py" line="297" /><source>No expanded block to collapse.</source><translation>접을 펼친 블록이 없습니다.</translation></message><message><location filename="../../gui/canvas/editing.py" line="299" /><source>Collapse All Blocks</source><translation>모든 블록 접기</translation></message><message numerus="yes"><location filename="../../gui/canvas/editing.py" line="317" /><source>Freeze %n layer(s)</source><translation>
            <numerusform>레이어 %n개 고정</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/canvas/editing.py" line="322" /><source>Unfreeze %n layer(s)</source><translation>
            <numerusform>레이어 %n개 고정 해제</numerusform>
        </translation></message><message><location filename="../../gui/canvas/editing.py" line="329" /><source>Freeze everything up to %1</source><translation>%1까지 모두 고정</translation></message><message><location filename="../../gui/canvas/editing.py" line="338" /><source>Replace the Classifier</source><translation>분류기 교체</translation></message><message><location filename="../../gui/canvas/editing.py" line="339" /><source>Number of classes:</source><translation>클래스 수:</translation></message><message><location filename="../../gui/canvas/editing.py" line="342" /><source>Replace the classifier for %1 classes</source><translation>클래스 %1개용으로 분류기 교체</translation></message><message><location filename="../../gui/canvas/editing.py" line="368" /><source>Auto Layout</source><translation>자동 배치</translation></message><message numerus="yes"><location filename="../../gui/canvas/folding.py" line="55" /><source>%n layer(s)</source><translation>
            <numerusform>레이어 %n개</numerusform>
        </translation></message><message><location filename="../../gui/canvas/labels.py" line="53" /><source>output %1</source><translation>출력 %1</translation></message><message><location filename="../../gui/canvas/labels.py" line="54" /><source>%1 parameters · %2 multiply-accumulates</source><translation>파라미터 %1개 · 곱셈-누적 %2회</translation></message><message><location filename="../../gui/canvas/labels.py" line="57" /><source>Double-click to see its layers.</source><translation>두 번 클릭하면 안의 레이어가 보입니다.</translation></message><message><location filename="../../gui/canvas/node_item.py" line="277" /><source>cannot work (see !)</source><translation>동작할 수 없음(! 참고)</translation></message><message><location filename="../../gui/canvas/node_item.py" line="279" /><source>waiting for the layer above</source><translation>위 레이어를 기다리는 중</translation></message><message><location filename="../../gui/canvas/node_item.py" line="344" /><source>Drag from here to an input port to connect</source><translation>여기서 입력 포트로 끌어 연결하세요</translation></message><message><location filename="../../gui/canvas/view.py" line="37" /><source>Network canvas</source><translation>네트워크 캔버스</translation></message><message><location filename="../../gui/canvas/view.py" line="324" /><source>Insert %1</source><translation>%1 끼워 넣기</translation></message><message><location filename="../../gui/canvas/wiring.py" line="46" /><source>Drop the wire on a highlighted input port.</source><translation>강조된 입력 포트에 선을 놓으세요.</translation></message></context>
<context>
    <name>Commands</name>
    <message><location filename="../../gui/commands.py" line="109" /><source>Insert %1</source><translation>%1 끼워 넣기</translation></message><message><location filename="../../gui/commands.py" line="34" /><source>Add %1</source><translation>%1 추가</translation></message><message numerus="yes"><location filename="../../gui/commands.py" line="53" /><source>Delete %n layer(s)</source><translation>
            <numerusform>레이어 %n개 삭제</numerusform>
        </translation></message><message><location filename="../../gui/commands.py" line="84" /><source>Connect</source><translation>연결</translation></message><message><location filename="../../gui/commands.py" line="97" /><source>Disconnect</source><translation>연결 끊기</translation></message><message><location filename="../../gui/commands.py" line="130" /><source>Change %1 of %2</source><translation>%2의 %1 변경</translation></message><message><location filename="../../gui/commands.py" line="164" /><source>Move</source><translation>이동</translation></message><message><location filename="../../gui/commands.py" line="178" /><source>Rename</source><translation>이름 바꾸기</translation></message><message><location filename="../../gui/commands.py" line="190" /><source>Group</source><translation>묶기</translation></message><message><location filename="../../gui/commands.py" line="202" /><source>Ungroup</source><translation>묶음 풀기</translation></message><message numerus="yes"><location filename="../../gui/commands.py" line="247" /><source>Paste %n layer(s)</source><translation>
            <numerusform>레이어 %n개 붙여넣기</numerusform>
        </translation></message></context>
<context>
    <name>ConvLab</name>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="12" />
        <source>Seed 004: 4x4 input, 3x3 filter</source>
        <translation>시드 004: 4x4 입력, 3x3 필터</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="13" />
        <source>Seed 000/003: 5x5 binary input</source>
        <translation>시드 000/003: 5x5 이진 입력</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="14" />
        <source>Seed 003: image patch, sharpen, padding 1</source>
        <translation>시드 003: 영상 조각, 샤프닝, 패딩 1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="15" />
        <source>Seed 000: colour image (3 channels)</source>
        <translation>시드 000: 컬러 영상(3채널)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="16" />
        <source>Seed 002: stride 3 does not tile 7x7</source>
        <translation>시드 002: 스트라이드 3은 7x7을 나누어떨어지게 덮지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="17" />
        <source>Seed 002: padding "same" keeps 7x7</source>
        <translation>시드 002: 패딩 "same"은 7x7을 유지</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="18" />
        <source>Random numbers</source>
        <translation>무작위 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="21" />
        <source>Identity</source>
        <translation>항등</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="22" />
        <source>Sharpen</source>
        <translation>샤프닝</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="23" />
        <source>Box blur</source>
        <translation>박스 블러</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="24" />
        <source>Sobel x (vertical edges)</source>
        <translation>소벨 x(세로 에지)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="25" />
        <source>Sobel y (horizontal edges)</source>
        <translation>소벨 y(가로 에지)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="26" />
        <source>Outline</source>
        <translation>윤곽선</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_controls.py" line="27" />
        <source>Random kernel</source>
        <translation>무작위 커널</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_image.py" line="15" />
        <source>Shapes (generated)</source>
        <translation>도형(생성)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_image.py" line="16" />
        <source>Rings (generated)</source>
        <translation>동심원(생성)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/conv_image.py" line="17" />
        <source>Checkerboard (generated)</source>
        <translation>체커보드(생성)</translation>
    </message>
    <message><location filename="../../gui/labs/conv_image.py" line="88" /><source>Image</source><translation>영상</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="47" /><source>Common kernels…</source><translation>자주 쓰는 커널…</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="49" /><source>Example</source><translation>예제</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="51" /><source>Kernel</source><translation>커널</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="56" /><source>1 (grey)</source><translation>1(흑백)</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="57" /><source>3 (RGB)</source><translation>3(RGB)</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="65" /><source>same</source><translation>same(유지)</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="72" /><source>Channels</source><translation>채널</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="72" /><source>Input rows</source><translation>입력 행 수</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="73" /><source>Input columns</source><translation>입력 열 수</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="74" /><source>Kernel size</source><translation>커널 크기</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="75" /><source>Padding (P)</source><translation>패딩(P)</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="75" /><source>Stride (S)</source><translation>스트라이드(S)</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="76" /><source>Dilation (D)</source><translation>팽창(D)</translation></message><message><location filename="../../gui/labs/conv_controls.py" line="76" /><source>Bias (w0)</source><translation>편향(w0)</translation></message><message><location filename="../../gui/labs/conv_im2col.py" line="36" /><source>Kernel as a row</source><translation>한 행으로 편 커널</translation></message><message><location filename="../../gui/labs/conv_im2col.py" line="37" /><source>Input columns: one column per window</source><translation>입력 열 행렬: 윈도우마다 한 열</translation></message><message><location filename="../../gui/labs/conv_im2col.py" line="38" /><source>Kernel row × columns (+ bias) = the output, row by row</source><translation>커널 행 × 열 행렬 (+ 편향) = 출력(행 순서대로)</translation></message><message><location filename="../../gui/labs/conv_im2col.py" line="57" /><source>Fix the input first: the convolution cannot be computed.</source><translation>먼저 입력을 고치세요: 합성곱을 계산할 수 없습니다.</translation></message><message><location filename="../../gui/labs/conv_im2col.py" line="63" /><source>The (%1 x %2) kernel row times the (%2 x %3) column matrix is a (1 x %3) row: the %4 x %5 output read row by row.</source><translation>(%1 x %2) 커널 행에 (%2 x %3) 열 행렬을 곱하면 (1 x %3) 행이 됩니다: %4 x %5 출력을 행 순서대로 읽은 것입니다.</translation></message><message><location filename="../../gui/labs/conv_im2col.py" line="78" /><source>Column %1 holds the window of output cell (%2, %3); kernel row · column %1 = %4, the same as conv2d's %5.</source><translation>%1번째 열은 출력 칸 (%2, %3)의 윈도우입니다. 커널 행 · %1번째 열 = %4로, conv2d의 %5와 같습니다.</translation></message><message><location filename="../../gui/labs/conv_image.py" line="85" /><source>Load an image…</source><translation>영상 불러오기…</translation></message><message><location filename="../../gui/labs/conv_image.py" line="117" /><source>Load an image</source><translation>영상 불러오기</translation></message><message><location filename="../../gui/labs/conv_image.py" line="118" /><source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source><translation>영상 (*.png *.jpg *.jpeg *.bmp *.gif)</translation></message><message><location filename="../../gui/labs/conv_image.py" line="125" /><source>%1 is not an image ConvStudio can read; choose a PNG, JPEG or BMP file.</source><translation>%1은(는) ConvStudio가 읽을 수 있는 영상이 아닙니다. PNG, JPEG 또는 BMP 파일을 고르세요.</translation></message><message><location filename="../../gui/labs/conv_image.py" line="136" /><source>Input image</source><translation>입력 영상</translation></message><message><location filename="../../gui/labs/conv_image.py" line="153" /><source>The kernel is larger than the image; load a larger one.</source><translation>커널이 영상보다 큽니다. 더 큰 영상을 불러오세요.</translation></message><message><location filename="../../gui/labs/conv_image.py" line="159" /><source>Feature map</source><translation>특징 지도</translation></message><message><location filename="../../gui/labs/conv_image.py" line="160" /><source>values from %1 (black) to %2 (white)</source><translation>값 %1(검정)부터 %2(흰색)까지</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="32" /><source>channel %1</source><translation>채널 %1</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="57" /><source>Step through</source><translation>한 단계씩</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="62" /><source>im2col</source><translation>im2col</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="63" /><source>Real image</source><translation>실제 영상</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="82" /><source>Input (with padding)</source><translation>입력(패딩 포함)</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="82" /><source>Kernel (weights)</source><translation>커널(가중치)</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="82" /><source>Output</source><translation>출력</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="98" /><source>Products, cell by cell</source><translation>칸별 곱</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="284" /><source>(last: the bias w0)</source><translation>(마지막 항: 편향 w0)</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="286" /><source>PyTorch (conv2d): %1 = %2</source><translation>PyTorch(conv2d): %1 = %2</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="297" /><source>Output size: floor((N + 2P - D*(F-1) - 1)/S) + 1</source><translation>출력 크기: floor((N + 2P - D*(F-1) - 1)/S) + 1</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="298" /><source>height: %1</source><translation>높이: %1</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="299" /><source>width: %1</source><translation>너비: %1</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="300" /><source>Padding that keeps the size: P = ((N-1)S + F - N)/2 = %1</source><translation>크기를 유지하는 패딩: P = ((N-1)S + F - N)/2 = %1</translation></message><message><location filename="../../gui/labs/conv_lab.py" line="308" /><source>The window does not tile the input: (N + 2P - F)/S is not a whole number, so PyTorch drops the last %1 and %2 of the input (greyed out).</source><translation>윈도우가 입력을 빈틈없이 덮지 못합니다: (N + 2P - F)/S가 정수가 아니므로 PyTorch는 입력의 마지막 %1과 %2을 버립니다(회색 표시).</translation></message><message numerus="yes"><location filename="../../gui/labs/conv_lab.py" line="310" /><source>%n row(s)</source><translation>
            <numerusform>%n개 행</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/labs/conv_lab.py" line="311" /><source>%n column(s)</source><translation>
            <numerusform>%n개 열</numerusform>
        </translation></message></context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../gui/training/curves.py" line="119" />
        <source>Loss curves</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="120" />
        <source>Accuracy curves</source>
        <translation>정확도 곡선</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="281" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="282" />
        <source>Accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="283" />
        <location filename="../../gui/training/curves.py" line="284" />
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="285" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="286" />
        <source>accuracy (%)</source>
        <translation>정확도(%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="289" />
        <source>Lines: training · dots: validation</source>
        <translation>선: 학습 · 점: 검증</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="324" />
        <source>step {0}: loss</source>
        <translation>스텝 {0}: 손실</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../gui/training/data_panel.py" line="106" />
        <source>Shapes, gray 28×28 (offline)</source>
        <translation>도형, 흑백 28×28(오프라인)</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="107" />
        <source>Shapes, colour 32×32 (offline)</source>
        <translation>도형, 컬러 32×32(오프라인)</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="108" />
        <source>Shapes, colour 64×64 (offline)</source>
        <translation>도형, 컬러 64×64(오프라인)</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="117" />
        <source>A folder of my images…</source>
        <translation>내 영상 폴더…</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="121" />
        <location filename="../../gui/training/data_panel.py" line="125" />
        <source>Data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="121" />
        <source>Training images</source>
        <translation>학습 영상 수</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="122" />
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="123" />
        <source>Augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="123" />
        <source>Random crop</source>
        <translation>무작위 자르기</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="126" />
        <source>Flip left-right at random</source>
        <translation>무작위 좌우 뒤집기</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="127" />
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="128" />
        <source> px padding</source>
        <translation> px 패딩</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="129" />
        <source>Generated sets only: how many training images.</source>
        <translation>생성 데이터셋만: 학습 영상 개수.</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="157" />
        <source>Folder with one sub-folder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="168" />
        <source>Loading a preview…</source>
        <translation>미리보기 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/training/data_panel.py" line="186" />
        <source>{0}: {1} classes, images {2}</source>
        <translation>{0}: 클래스 {1}개, 영상 {2}</translation>
    </message>
</context>
<context>
    <name>DataSets</name>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="249" />
        <source>Shapes</source>
        <translation>도형</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="250" />
        <source>circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="251" />
        <source>square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="252" />
        <source>triangle</source>
        <translation>삼각형</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="253" />
        <source>plus</source>
        <translation>십자</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="254" />
        <source>star</source>
        <translation>별</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="255" />
        <source>ring</source>
        <translation>고리</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="256" />
        <source>diamond</source>
        <translation>마름모</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="257" />
        <source>x</source>
        <translation>엑스</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="258" />
        <source>frame</source>
        <translation>테두리</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="259" />
        <source>half_circle</source>
        <translation>반원</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/error_text.py" line="57" />
        <location filename="../../gui/i18n_engine_strings.py" line="643" />
        <source>The file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="265" />
        <source>The mean/std stored in {file} (mean {mean}, std {std}) are not statistics of images; give them with --mean and --std.</source>
        <translation>{file}에 저장된 평균/표준편차(평균 {mean}, 표준편차 {std})는 영상의 통계가 아닙니다. --mean과 --std로 직접 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="267" />
        <source>Every layer with weights is frozen, so there is nothing to train; unfreeze at least the classifier.</source>
        <translation>가중치가 있는 모든 층이 고정되어 학습할 것이 없습니다. 적어도 분류기는 고정을 푸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="268" />
        <source>{node} is already in block {block_name}; ungroup it first.</source>
        <translation>{node}은(는) 이미 블록 {block_name}에 들어 있습니다. 먼저 그룹을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="269" />
        <source>{src_name} is already connected to {dst_name}.</source>
        <translation>{src_name}은(는) 이미 {dst_name}에 연결되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="272" />
        <source>The crop padding cannot be negative.</source>
        <translation>자르기 패딩은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="273" />
        <source>The batch size must be a whole number of at least 1, not {value}.</source>
        <translation>배치 크기는 1 이상의 정수여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="274" />
        <source>The downloaded {file} of {dataset} is damaged; try again later.</source>
        <translation>내려받은 {dataset}의 {file} 파일이 손상되었습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="275" />
        <source>There is no such class; choose one the network predicts.</source>
        <translation>그런 클래스가 없습니다. 네트워크가 예측하는 클래스 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="276" />
        <source>Shapes needs at least two of {choices}; {refused} will not do.</source>
        <translation>Shapes에는 {choices} 중 적어도 두 가지가 필요합니다. {refused}(으)로는 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="277" />
        <source>A training setting is invalid.</source>
        <translation>학습 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="278" />
        <source>The early-stopping patience must be a whole number of epochs, 0 (off) or more, not {value}.</source>
        <translation>조기 종료 인내 횟수는 0(끔) 이상의 정수 에포크여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="279" />
        <source>The epochs must be a whole number of at least 1, not {value}.</source>
        <translation>에포크 수는 1 이상의 정수여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="284" />
        <source>This layer cannot be used here; choose a layer with feature maps (before the Flatten or global pooling).</source>
        <translation>이 레이어는 여기서 쓸 수 없습니다. 특징 맵이 있는 레이어(Flatten이나 전역 풀링 앞)를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="285" />
        <source>The learning rate of {name} must be positive, not {lr}.</source>
        <translation>{name}의 학습률은 양수여야 합니다({lr}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="286" />
        <source>The number of training images must be 0 (all) or more, not {value}.</source>
        <translation>학습 영상 수는 0(전부) 이상이어야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="288" />
        <source>The mean/std stored in {file} cannot be read; give them with --mean and --std (one number per channel).</source>
        <translation>{file}에 저장된 평균/표준편차를 읽을 수 없습니다. --mean과 --std로 주세요(채널마다 숫자 하나).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="289" />
        <source>{file} is damaged: it holds a number JSON cannot store ({detail}).</source>
        <translation>{file}이(가) 손상되었습니다. JSON이 담을 수 없는 숫자가 들어 있습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="290" />
        <source>The model returns something other than tensors (a dictionary or a constant); return the class scores.</source>
        <translation>모델이 텐서가 아닌 것(딕셔너리나 상수)을 반환합니다. 클래스 점수를 반환하게 하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="291" />
        <source>This parameter value is not allowed.</source>
        <translation>이 파라미터 값은 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="292" />
        <source>'{rate}' is not a learning rate; write e.g. sgd:0.05.</source>
        <translation>'{rate}'은(는) 학습률이 아닙니다. 예: sgd:0.05.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="293" />
        <source>The seed must be a whole number from 0 to 2^63 - 1, not {value}.</source>
        <translation>시드는 0부터 2^63 - 1까지의 정수여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="297" />
        <source>This network source cannot be opened.</source>
        <translation>이 네트워크 소스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="299" />
        <source>{file} is damaged: "{field}" holds text that is not valid Unicode.</source>
        <translation>{file}이(가) 손상되었습니다. "{field}"에 올바른 유니코드가 아닌 텍스트가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="300" />
        <source>--train-size must be 0 (all images) or a positive number, not {value}.</source>
        <translation>--train-size는 0(모든 영상) 또는 양수여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="301" />
        <source>{file} has no valid version number.</source>
        <translation>{file}에 올바른 버전 번호가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="302" />
        <source>The warm-up must be a number of epochs from 0 to the {epochs} epochs of the run, not {value}.</source>
        <translation>워밍업은 0부터 실행의 {epochs} 에포크 사이의 에포크 수여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="303" />
        <source>This weights file cannot be used; choose a .safetensors file or a state_dict saved with torch.save.</source>
        <translation>이 가중치 파일은 쓸 수 없습니다. .safetensors 파일이나 torch.save로 저장한 state_dict를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="305" />
        <source>This group or block cannot be changed that way.</source>
        <translation>이 그룹이나 블록은 그렇게 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="307" />
        <source>There is no block '{block}'.</source>
        <translation>'{block}' 블록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="309" />
        <source>The network cannot be built yet; fix the layers marked as errors first.</source>
        <translation>네트워크를 아직 만들 수 없습니다. 먼저 오류로 표시된 레이어를 고치세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="311" />
        <source>The network cannot be built: {first} ({more} more {more:problem|problems})</source>
        <translation>네트워크를 만들 수 없습니다: {first} (문제 {more}개 더)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="317" />
        <source>{dataset} is already in memory and cannot be streamed; choose the memory loader.</source>
        <translation>{dataset}은(는) 이미 메모리에 있어 스트리밍할 수 없습니다. 메모리 로더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="320" />
        <source>The checkpoint could not be written or read; check that the folder is writable.</source>
        <translation>체크포인트를 쓰거나 읽을 수 없습니다. 폴더에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="321" />
        <source>{path} holds no checkpoint (no readable {index}); choose the folder a training run saved to.</source>
        <translation>{path}에는 체크포인트가 없습니다(읽을 수 있는 {index}가 없음). 학습이 저장한 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="322" />
        <source>The checkpoint of {run} in {path} does not fit this network or is damaged ({detail}); start a new run.</source>
        <translation>{path}에 있는 {run}의 체크포인트가 이 네트워크에 맞지 않거나 손상되었습니다({detail}). 새로 학습을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="323" />
        <source>There is no checkpoint for {run} in {folder}; start a new run or choose the folder an earlier run saved to.</source>
        <translation>{folder}에 {run}의 체크포인트가 없습니다. 새로 학습을 시작하거나 이전 학습이 저장한 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="324" />
        <source>The checkpoint of {run} in {path} holds objects other than tensors, so it was not loaded (nothing in it ran); resume only from a folder ConvStudio saved, or start a new run.</source>
        <translation>{path}에 있는 {run}의 체크포인트에는 텐서가 아닌 객체가 들어 있어 불러오지 않았습니다(그 안의 어떤 것도 실행되지 않았습니다). ConvStudio가 저장한 폴더에서만 이어서 학습하거나 새로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="325" />
        <source>Cannot write a checkpoint into {path}: {reason}; choose another folder or free some disk space.</source>
        <translation>{path}에 체크포인트를 쓸 수 없습니다: {reason}. 다른 폴더를 고르거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="330" />
        <source>This command cannot be run as written; see --help.</source>
        <translation>이 명령은 쓰인 그대로 실행할 수 없습니다. --help를 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="342" />
        <source>{class_name}() failed ({detail}); the class must be constructible without arguments.</source>
        <translation>{class_name}() 호출이 실패했습니다({detail}). 이 클래스는 인자 없이 만들 수 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="343" />
        <source>Linking {src_name} to {dst_name} would make a cycle; a network must flow one way.</source>
        <translation>{src_name}을(를) {dst_name}에 연결하면 순환이 생깁니다. 네트워크는 한 방향으로 흘러야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="344" />
        <source>{path} cannot be read ({why}); delete it so it is downloaded again, or choose another data set.</source>
        <translation>{path}을(를) 읽을 수 없습니다({why}). 지워서 다시 내려받게 하거나 다른 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="345" />
        <source>This data set cannot be used.</source>
        <translation>이 데이터 세트는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="349" />
        <source>{dataset} could not be saved into {path}: {reason}; choose another cache folder or free some disk space.</source>
        <translation>{dataset}을(를) {path}에 저장할 수 없습니다: {reason}. 다른 캐시 폴더를 고르거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="353" />
        <source>A node named '{node}' already exists.</source>
        <translation>'{node}'라는 노드가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="354" />
        <source>{dataset} has no images.</source>
        <translation>{dataset}에는 영상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="355" />
        <source>The folder {path} has no images in class sub-folders; put each class's images in a sub-folder named after the class.</source>
        <translation>{path} 폴더의 클래스 하위 폴더에 영상이 없습니다. 각 클래스의 영상을 클래스 이름의 하위 폴더에 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="356" />
        <source>Select at least one node to group.</source>
        <translation>그룹으로 묶을 노드를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="363" />
        <source>Running {file} failed: {error}: {detail}.</source>
        <translation>{file} 실행이 실패했습니다: {error}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="364" />
        <source>The {dataset} files in {path} do not match (images {images}, labels {labels}); delete them so they are downloaded again.</source>
        <translation>{path}의 {dataset} 파일들이 서로 맞지 않습니다(영상 {images}, 레이블 {labels}). 지워서 다시 내려받게 하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="367" />
        <location filename="../../gui/i18n_engine_strings.py" line="368" />
        <source>Write the folder after folder:, e.g. folder:~/pictures/pets.</source>
        <translation>folder: 뒤에 폴더를 쓰세요. 예: folder:~/pictures/pets.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="370" />
        <source>{file} was saved by a newer ConvStudio (file version {version}, this one reads up to {supported}); update ConvStudio to open it.</source>
        <translation>{file}은(는) 더 새로운 ConvStudio로 저장되었습니다(파일 버전 {version}, 이 버전은 {supported}까지 읽음). 열려면 ConvStudio를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="372" />
        <source>This change to the network is not allowed.</source>
        <translation>네트워크를 이렇게 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="373" />
        <source>{title}'s {name} must lie between {minimum} and {maximum}, not {value}.</source>
        <translation>{title}의 {name}은(는) {minimum}에서 {maximum} 사이여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="374" />
        <source>The network takes {channels}-channel input; only grayscale (1) and RGB (3) networks can read image files.</source>
        <translation>이 네트워크는 {channels}채널 입력을 받습니다. 영상 파일은 흑백(1)이나 RGB(3) 네트워크만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="375" />
        <source>The image {path} does not exist.</source>
        <translation>영상 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="376" />
        <source>{path} is {width} x {height} pixels, more than the {limit} pixels an image may have; use a smaller image.</source>
        <translation>{path}은(는) {width} x {height} 픽셀로, 영상에 허용되는 {limit} 픽셀보다 큽니다. 더 작은 영상을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="377" />
        <source>{path} has {pixels} pixels, more than the {limit} pixels an image may have; use a smaller image.</source>
        <translation>{path}은(는) {pixels} 픽셀로, 영상에 허용되는 {limit} 픽셀보다 많습니다. 더 작은 영상을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="378" />
        <source>{path} is not an image ConvStudio can read, or it is damaged; use a PNG, JPEG or BMP file.</source>
        <translation>{path}은(는) ConvStudio가 읽을 수 있는 영상이 아니거나 손상되었습니다. PNG, JPEG, BMP 파일을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="379" />
        <source>Cannot write {path}: {reason}; choose another folder.</source>
        <translation>{path}을(를) 쓸 수 없습니다: {reason}. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="380" />
        <source>{count} of the {total} images in {path} could not be read (damaged, or larger than PIL's pixel limit) and were skipped.</source>
        <translation>{path}의 영상 {total}개 중 {count}개는 읽을 수 없어(손상되었거나 PIL의 픽셀 한도보다 큼) 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="381" />
        <source>This model cannot be imported.</source>
        <translation>이 모델은 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="393" />
        <source>The network cannot take {dataset}'s {shape} images ({detail}); set the Input layer to {shape}.</source>
        <translation>네트워크가 {dataset}의 {shape} 영상을 받을 수 없습니다({detail}). 입력 레이어를 {shape}(으)로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="395" />
        <source>The network takes {network} images but {dataset} has {data}; set the Input layer to {data} or choose data of {network}.</source>
        <translation>네트워크는 {network} 영상을 받는데 {dataset}은(는) {data}입니다. 입력 레이어를 {data}(으)로 바꾸거나 {network} 데이터를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="396" />
        <source>The exported program does not take one image batch (N x C x H x W); give the input size.</source>
        <translation>내보낸 프로그램이 이미지 배치 하나(N x C x H x W)를 입력으로 받지 않습니다. 입력 크기를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="398" />
        <source>This cannot be inspected.</source>
        <translation>이것은 들여다볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="400" />
        <source>{file} cannot be opened: {detail}.</source>
        <translation>{file}을(를) 열 수 없습니다: {detail}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="462" />
        <source>{path} holds {images} images but {labels} labels, so images and answers do not pair up; delete it so it is downloaded again.</source>
        <translation>{path}에는 영상이 {images}개인데 레이블은 {labels}개라서 영상과 정답이 짝지어지지 않습니다. 지워서 다시 내려받게 하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="464" />
        <source>{src_name} is an Output; nothing can follow it.</source>
        <translation>{src_name}은(는) 출력입니다. 그 뒤에는 아무것도 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="465" />
        <source>{dst_name} is an Input; it cannot receive a link.</source>
        <translation>{dst_name}은(는) 입력입니다. 연결을 받을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="466" />
        <source>Cannot write the log {path}: {reason}.</source>
        <translation>로그 {path}을(를) 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="467" />
        <source>The loss of {run} grew from {first} to {last}: the run diverged; lower the learning rate.</source>
        <translation>{run}의 손실이 {first}에서 {last}(으)로 커졌습니다. 학습이 발산했으니 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="468" />
        <source>The loss for {run} exploded (became {loss}) at step {step}; lower the learning rate (now {lr:g}) or add batch normalisation.</source>
        <translation>{run}의 손실이 {step}번째 스텝에서 폭발했습니다({loss}이(가) 됨). 학습률(현재 {lr:g})을 낮추거나 배치 정규화를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="469" />
        <source>The loss exploded at step {step} (it became {loss}); lower the learning rate (now {lr:g}) or add batch normalisation.</source>
        <translation>{step}번째 스텝에서 손실이 폭발했습니다({loss}이(가) 됨). 학습률(현재 {lr:g})을 낮추거나 배치 정규화를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="470" />
        <source>The model takes more than one input; a ConvStudio network has one image input.</source>
        <translation>모델이 입력을 둘 이상 받습니다. ConvStudio 네트워크는 이미지 입력이 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="473" />
        <source>--mean and --std go together, each one number per channel, e.g. --mean 0.45 --std 0.22.</source>
        <translation>--mean과 --std는 함께 쓰며, 각각 채널마다 숫자 하나입니다. 예: --mean 0.45 --std 0.22.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="474" />
        <source>{file} is damaged: the field "{field}" is missing.</source>
        <translation>{file}이(가) 손상되었습니다: "{field}" 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="475" />
        <source>The folder {path} does not exist; choose another.</source>
        <translation>{path} 폴더가 없습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="476" />
        <source>Reading SVHN needs the scipy package; install it (pip install scipy) or choose another data set.</source>
        <translation>SVHN을 읽으려면 scipy 패키지가 필요합니다. 설치하거나(pip install scipy) 다른 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="478" />
        <source>{dataset} has too few training images for one batch; add images or lower the batch size.</source>
        <translation>{dataset}에는 배치 하나를 채울 학습 영상도 없습니다. 영상을 추가하거나 배치 크기를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="281" />
        <source>The network takes images of {expected} (channels x height x width) but got {got}; resize or convert them first.</source>
        <translation>네트워크는 {expected}(채널 x 높이 x 너비) 영상을 받는데 {got}이(가) 들어왔습니다. 먼저 크기를 바꾸거나 변환하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="280" />
        <source>The gradient-norm interval must be a whole number of steps, 0 (off) or more, not {value}.</source>
        <translation>그래디언트 노름 간격은 0(끔) 이상의 정수 스텝이어야 합니다. {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="287" />
        <source>{name} has no option {option!r}; its options are: {choices}.</source>
        <translation>{name}에는 {option!r} 옵션이 없습니다. 옵션은 {choices}입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="295" />
        <source>{text!r} is not a shape; write channels x height x width, e.g. 3x224x224.</source>
        <translation>{text!r}은(는) 크기가 아닙니다. 채널 x 높이 x 너비로 쓰세요(예: 3x224x224).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="296" />
        <source>Shapes can be written as {choices}, not {value!r}.</source>
        <translation>Shapes는 {choices}(으)로 쓸 수 있습니다({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="304" />
        <source>The layers of {name} were changed, so they are no longer a {template} with its parameters; collapsing would lose the change. Undo the change or ungroup the block instead.</source>
        <translation>{name}의 레이어가 바뀌어 더 이상 그 파라미터의 {template}이(가) 아닙니다. 접으면 바뀐 내용이 사라집니다. 변경을 되돌리거나 대신 블록의 그룹을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="313" />
        <source>CAM needs image-shaped features before global average pooling.</source>
        <translation>CAM에는 전역 평균 풀링 앞에 영상 모양의 특징 맵이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="314" />
        <source>CAM is defined only at {cam_layer}, the layer feeding global average pooling; choose Grad-CAM to look at {layer}.</source>
        <translation>CAM은 전역 평균 풀링에 들어가는 레이어인 {cam_layer}에서만 정의됩니다. {layer}을(를) 보려면 Grad-CAM을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="315" />
        <source>CAM needs a network that ends in global average pooling and one Linear layer; this one does not, so use Grad-CAM instead.</source>
        <translation>CAM에는 전역 평균 풀링과 Linear 레이어 하나로 끝나는 네트워크가 필요한데 이 네트워크는 그렇지 않습니다. 대신 Grad-CAM을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="316" />
        <source>Cannot create the folder {folder}: {reason}; choose another destination.</source>
        <translation>폴더 {folder}을(를) 만들 수 없습니다: {reason}. 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="318" />
        <source>Cannot write {path}: {reason}; choose another destination.</source>
        <translation>{path}에 쓸 수 없습니다: {reason}. 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="319" />
        <source>Cell ({y}, {x}) is outside {layer}'s {height}x{width} feature map.</source>
        <translation>셀 ({y}, {x})은(는) {layer}의 {height}x{width} 특징 맵 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="327" />
        <source>Give one class per image ({images}) or one class for all.</source>
        <translation>영상마다 클래스를 하나씩({images}개) 주거나 모두에 하나를 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="329" />
        <source>Classes must be whole numbers: one per image, or one for all.</source>
        <translation>클래스는 정수여야 합니다: 영상마다 하나, 또는 모두에 하나.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="331" />
        <source>{name} cannot collapse: {reason}; ungroup it instead.</source>
        <translation>{name}을(를) 접을 수 없습니다: {reason}. 대신 그룹을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="332" />
        <source>{name} can only be collapsed when the layer feeding it has no error; fix it first.</source>
        <translation>{name}은(는) 앞 레이어에 오류가 없을 때만 접을 수 있습니다. 먼저 고치세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="333" />
        <source>{name} must have exactly one input and one output to collapse into a {template}.</source>
        <translation>{name}을(를) {template}(으)로 접으려면 입력과 출력이 정확히 하나씩이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="334" />
        <source>{name} is a plain group, not a composite block; only blocks that were expanded can collapse.</source>
        <translation>{name}은(는) 복합 블록이 아닌 일반 그룹입니다. 펼쳤던 블록만 접을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="335" />
        <source>{name} was made from a {template!r} block, which this ConvStudio does not know; ungroup it instead.</source>
        <translation>{name}은(는) 이 ConvStudio가 모르는 {template!r} 블록에서 만들어졌습니다. 대신 그룹을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="351" />
        <source>A layer type named {layer!r} is already registered.</source>
        <translation>{layer!r}(이)라는 레이어 종류가 이미 등록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="352" />
        <source>A zoo model named {name!r} is already registered.</source>
        <translation>{name!r}(이)라는 모델 모음 모델이 이미 등록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="357" />
        <source>{name} is inside a group; ungroup it before expanding it.</source>
        <translation>{name}은(는) 그룹 안에 있습니다. 펼치기 전에 그룹을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="358" />
        <source>{name} cannot be expanded: a node named {clash!r} already exists; rename it first.</source>
        <translation>{name}을(를) 펼칠 수 없습니다: {clash!r}(이)라는 노드가 이미 있습니다. 먼저 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="359" />
        <source>{name} can only be expanded once its input is connected and it has no error; fix it first.</source>
        <translation>{name}은(는) 입력이 연결되고 오류가 없어야 펼칠 수 있습니다. 먼저 고치세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="360" />
        <source>The network cannot be exported.</source>
        <translation>네트워크를 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="361" />
        <source>The network has no Input layer; add one and connect it before exporting.</source>
        <translation>네트워크에 Input 레이어가 없습니다. 내보내기 전에 하나 추가하고 연결하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="362" />
        <source>The weights belong to another version of this network (layers were added or changed since); train it again or export without weights.</source>
        <translation>이 가중치는 이 네트워크의 다른 버전의 것입니다(그 뒤 레이어가 추가되거나 바뀌었습니다). 다시 학습하거나 가중치 없이 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="365" />
        <source>{name} outputs a flat vector, not feature maps; choose a layer before the Flatten or global pooling.</source>
        <translation>{name}은(는) 특징 맵이 아니라 평평한 벡터를 출력합니다. Flatten이나 전역 풀링 앞의 레이어를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="369" />
        <source>The network cannot be exported to {format_title} ({reason}); choose another format ({others}).</source>
        <translation>네트워크를 {format_title}(으)로 내보낼 수 없습니다({reason}). 다른 형식({others})을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="394" />
        <source>--input needs a network with exactly one Input layer; this one has {count}.</source>
        <translation>--input에는 Input 레이어가 정확히 하나인 네트워크가 필요한데 이 네트워크에는 {count}개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="399" />
        <source>Inspection needs a network with exactly one Input layer; this one has {count}.</source>
        <translation>들여다보기에는 Input 레이어가 정확히 하나인 네트워크가 필요한데 이 네트워크에는 {count}개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="434" />
        <source>The input has {image} {image:channel|channels} but the kernel has {kernel}; give the kernel one grid per input channel.</source>
        <translation>입력은 채널이 {image}개인데 커널은 {kernel}개입니다. 입력 채널마다 커널 격자를 하나씩 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="463" />
        <source>The layer {name} ({layer_title}) cannot be exported to {format_title} ({reason}); choose another format ({others}) or replace the layer.</source>
        <translation>레이어 {name}({layer_title})은(는) {format_title}(으)로 내보낼 수 없습니다({reason}). 다른 형식({others})을 고르거나 그 레이어를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="477" />
        <source>The network cannot be exported while it has errors: {first}</source>
        <translation>네트워크에 오류가 있는 동안에는 내보낼 수 없습니다: {first}</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="479" />
        <source>CAM needs global average pooling right before the last Linear layer; this network has something else there, so use Grad-CAM instead.</source>
        <translation>CAM에는 마지막 Linear 레이어 바로 앞에 전역 평균 풀링이 필요한데 이 네트워크는 그 자리에 다른 것이 있습니다. 대신 Grad-CAM을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="480" />
        <source>The network has no convolution with an output larger than 1x1, so there is no layer to compute a class activation map on.</source>
        <translation>네트워크에 출력이 1x1보다 큰 합성곱이 없어 클래스 활성화 맵을 계산할 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="481" />
        <source>{file} has no nn.Module class '{class_name}'; it defines {classes}.</source>
        <translation>{file}에 nn.Module 클래스 '{class_name}'이(가) 없습니다. 정의된 클래스: {classes}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="482" />
        <source>The network has no Linear layer that makes its class scores; add one before the Output.</source>
        <translation>네트워크에 클래스 점수를 만드는 Linear 층이 없습니다. Output 앞에 하나 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="346" />
        <source>CUDA was asked for but no NVIDIA GPU is usable here; choose auto or cpu.</source>
        <translation>CUDA를 요청했지만 여기서 쓸 수 있는 NVIDIA GPU가 없습니다. auto나 cpu를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="266" />
        <source>{module} keeps one side of its input; ConvStudio's adaptive pooling sets both.</source>
        <translation>{module}은(는) 입력의 한 변만 정합니다. ConvStudio의 적응형 풀링은 두 변을 모두 정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="270" />
        <source>{module} uses the operation aten.{op}, which has no ConvStudio layer.</source>
        <translation>{module}은(는) aten.{op} 연산을 쓰는데, 이에 맞는 ConvStudio 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="271" />
        <source>{module} averages without the zero padding; ConvStudio's average pooling counts it.</source>
        <translation>{module}은(는) 0 패딩을 빼고 평균을 냅니다. ConvStudio의 평균 풀링은 패딩도 셉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="282" />
        <source>{source!r} is not something to import; write torchvision:NAME, FILE.py:ClassName or FILE.pt2.</source>
        <translation>{source!r}은(는) 가져올 수 있는 것이 아닙니다. torchvision:NAME, FILE.py:ClassName 또는 FILE.pt2로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="283" />
        <source>--index must be between 0 and {last}.</source>
        <translation>--index는 0부터 {last} 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="294" />
        <source>--set {item!r} must look like adam.beta1=0.8.</source>
        <translation>--set {item!r}은(는) adam.beta1=0.8처럼 써야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="298" />
        <source>--start {text!r} must be two numbers X,Y, e.g. --start -1.5,2.</source>
        <translation>--start {text!r}은(는) 두 숫자 X,Y여야 합니다(예: --start -1.5,2).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="306" />
        <source>A {block} block needs an image-shaped input to know its channels; connect it after a convolution and fix the errors above it.</source>
        <translation>{block} 블록은 채널 수를 알려면 영상 모양의 입력이 필요합니다. 합성곱 뒤에 연결하고 그 위의 오류를 고치세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="308" />
        <source>{module} is a batch norm without running statistics (or with a cumulative average); ConvStudio's batch norm keeps a running mean with a momentum.</source>
        <translation>{module}은(는) 이동 통계가 없는(또는 누적 평균을 쓰는) 배치 정규화입니다. ConvStudio의 배치 정규화는 모멘텀으로 이동 평균을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="310" />
        <source>The network cannot be built: {first}</source>
        <translation>네트워크를 만들 수 없습니다: {first}</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="312" />
        <source>The network has no Input layer; add one and connect it.</source>
        <translation>네트워크에 Input 레이어가 없습니다. 하나 추가하고 연결하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="326" />
        <source>{module} clamps to [{low}, {high}], which ConvStudio has no layer for (only ReLU6's [0, 6]).</source>
        <translation>{module}은(는) 값을 [{low}, {high}]로 자르는데, ConvStudio에는 이에 맞는 레이어가 없습니다(ReLU6의 [0, 6]만 있습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="328" />
        <source>The validation images hold no {cls}; choose another class.</source>
        <translation>검증 영상에 {cls}이(가) 없습니다. 다른 클래스를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="336" />
        <source>The training step of {run} could not be compiled ({detail}); it trains uncompiled instead, with the same results.</source>
        <translation>{run}의 학습 단계를 컴파일할 수 없습니다({detail}). 대신 컴파일 없이 학습하며, 결과는 같습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="337" />
        <source>Compile mode reduce-overhead uses CUDA graphs, which need an NVIDIA GPU; on {device} the training step is compiled with mode default instead.</source>
        <translation>컴파일 모드 reduce-overhead는 NVIDIA GPU가 필요한 CUDA 그래프를 씁니다. {device}에서는 대신 default 모드로 학습 단계를 컴파일합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="338" />
        <source>The race is stepped as one batched model, which is not compiled; set the fused race off to compile each run's step instead.</source>
        <translation>경주는 하나의 배치 모델로 한꺼번에 진행되며, 이 모델은 컴파일되지 않습니다. 각 실행의 단계를 컴파일하려면 융합 경주를 끄세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="339" />
        <source>{module} convolves with a computed kernel, which ConvStudio cannot express.</source>
        <translation>{module}은(는) 계산된 커널로 합성곱을 하는데, ConvStudio는 이를 표현할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="340" />
        <source>{module} concatenates along dimension {dim}; ConvStudio concatenates channels (dimension 1).</source>
        <translation>{module}은(는) {dim}번 차원을 따라 이어 붙입니다. ConvStudio는 채널(1번 차원)을 이어 붙입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="341" />
        <source>{module} combines a tensor with a constant; ConvStudio's {layer} takes two layers' outputs.</source>
        <translation>{module}은(는) 텐서와 상수를 결합합니다. ConvStudio의 {layer}은(는) 두 레이어의 출력을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="347" />
        <source>{module} is a dilated max pooling (or returns indices), which ConvStudio has no layer for.</source>
        <translation>{module}은(는) 팽창 최대 풀링(또는 인덱스를 반환)이며, ConvStudio에는 이에 맞는 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="348" />
        <source>{module} is a dilated max pooling, which ConvStudio has no layer for.</source>
        <translation>{module}은(는) 팽창 최대 풀링이며, ConvStudio에는 이에 맞는 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="350" />
        <source>A DPN block with an identity shortcut needs more than {residual} input channels (its residual part) but gets {channels}; use a projection shortcut.</source>
        <translation>항등 지름길을 쓰는 DPN 블록에는 {residual}개(잔차 부분)보다 많은 입력 채널이 필요한데 {channels}개가 들어옵니다. 투영 지름길을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="366" />
        <source>{module} flattens dimensions {start} to {end}; ConvStudio flattens everything but the batch.</source>
        <translation>{module}은(는) {start}번부터 {end}번 차원을 펼칩니다. ConvStudio는 배치를 뺀 모든 차원을 펼칩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="371" />
        <source>{module} is the tanh approximation of GELU, which ConvStudio has no layer for.</source>
        <translation>{module}은(는) GELU의 tanh 근사이며, ConvStudio에는 이에 맞는 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="382" />
        <source>The model cannot take a {shape} image ({detail}); give the input size it expects (channels x height x width).</source>
        <translation>모델이 {shape} 영상을 받을 수 없습니다({detail}). 모델이 기대하는 입력 크기(채널 x 높이 x 너비)를 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="383" />
        <source>{path} does not exist; choose a .pt2 file written by torch.export.save.</source>
        <translation>{path}이(가) 없습니다. torch.export.save로 쓴 .pt2 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="384" />
        <source>{path} does not exist; choose a Python file that defines your nn.Module.</source>
        <translation>{path}이(가) 없습니다. nn.Module을 정의한 파이썬 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="385" />
        <source>The weights do not fit {label}: {key} is missing; choose the weights saved from this model.</source>
        <translation>가중치가 {label}에 맞지 않습니다: {key}이(가) 없습니다. 이 모델에서 저장한 가중치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="386" />
        <source>The weights do not fit {label}: {key} is missing ({more} more); choose the weights saved from this model.</source>
        <translation>가중치가 {label}에 맞지 않습니다: {key}이(가) 없습니다({more}개 더). 이 모델에서 저장한 가중치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="387" />
        <source>{file} holds no state_dict (a mapping of names to tensors); save model.state_dict().</source>
        <translation>{file}에 state_dict(이름과 텐서의 대응)가 없습니다. model.state_dict()를 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="388" />
        <source>The weights file {path} does not exist; choose a .safetensors or .pt file.</source>
        <translation>가중치 파일 {path}이(가) 없습니다. .safetensors나 .pt 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="389" />
        <source>The weights do not fit {label}: {key} is not in the model; choose the weights saved from this model.</source>
        <translation>가중치가 {label}에 맞지 않습니다: {key}은(는) 모델에 없습니다. 이 모델에서 저장한 가중치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="390" />
        <source>The weights do not fit {label}: {key} is not in the model ({more} more); choose the weights saved from this model.</source>
        <translation>가중치가 {label}에 맞지 않습니다: {key}은(는) 모델에 없습니다({more}개 더). 이 모델에서 저장한 가중치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="391" />
        <source>{file} cannot be read as weights ({detail}); use a .safetensors file or a state_dict saved with torch.save.</source>
        <translation>{file}을(를) 가중치로 읽을 수 없습니다({detail}). .safetensors 파일이나 torch.save로 저장한 state_dict를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="392" />
        <source>The weights do not fit {label}: {key} is {in_file} in the file but {in_model} in the model; choose the weights saved from this model.</source>
        <translation>가중치가 {label}에 맞지 않습니다: {key}이(가) 파일에서는 {in_file}인데 모델에서는 {in_model}입니다. 이 모델에서 저장한 가중치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="397" />
        <source>{dst_name} takes {inputs} {inputs:input|inputs} and already has {inputs:it|them}; disconnect one first.</source>
        <translation>{dst_name}은(는) 입력을 {inputs}개 받으며 이미 모두 연결되어 있습니다. 먼저 하나를 끊으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="401" />
        <source>{node!r} is not a valid node id; use letters, digits and underscores, starting with a letter.</source>
        <translation>{node!r}은(는) 올바른 노드 ID가 아닙니다. 글자로 시작하고 글자, 숫자, 밑줄만 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="402" />
        <source>Give the mini-batch as rows of numbers, one row per example, e.g. 1, 10; 2, 20.</source>
        <translation>미니배치를 예제마다 한 행씩 숫자 행으로 주세요(예: 1, 10; 2, 20).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="403" />
        <source>The padding {text!r} is neither a whole number nor "same".</source>
        <translation>패딩 {text!r}은(는) 정수도 "same"도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="404" />
        <source>{name} needs one number, or one per feature ({features}).</source>
        <translation>{name}에는 숫자 하나, 또는 특징마다 하나씩({features}개)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="405" />
        <source>eps must be a positive number such as 1e-5.</source>
        <translation>eps는 1e-5 같은 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="406" />
        <source>momentum must lie between 0 and 1.</source>
        <translation>momentum은 0과 1 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="407" />
        <source>The number of training passes must be between 1 and 1000.</source>
        <translation>학습 반복 횟수는 1에서 1000 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="408" />
        <source>The dilation must be a whole number from {low} to {high}.</source>
        <translation>팽창은 {low}부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="409" />
        <source>The number of draws must be from {low} to {high}.</source>
        <translation>추출 횟수는 {low}부터 {high}까지여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="410" />
        <source>The padding must be a whole number from {low} to {high}, or "same".</source>
        <translation>패딩은 {low}부터 {high}까지의 정수이거나 "same"이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="411" />
        <source>Use 1 to 4096 channels and a grid of {low} to {high} pixels.</source>
        <translation>채널은 1에서 4096개, 격자는 {low}에서 {high}픽셀로 하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="412" />
        <source>The stride must be a whole number from {low} to {high}.</source>
        <translation>스트라이드는 {low}부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="413" />
        <source>The unit must lie on the {last}x{last} output.</source>
        <translation>유닛은 {last}x{last} 출력 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="414" />
        <source>The window must be a whole number from {low} to {high}.</source>
        <translation>창 크기는 {low}부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="415" />
        <source>The start must be two numbers x, y, not {shown}.</source>
        <translation>시작점은 두 숫자 x, y여야 합니다({shown}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="416" />
        <source>The start must be two finite numbers x, y.</source>
        <translation>시작점은 유한한 두 숫자 x, y여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="417" />
        <source>The number of steps must be between 1 and 100000, not {value}.</source>
        <translation>단계 수는 1에서 100000 사이여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="418" />
        <source>The lab takes at most {max_rows} examples of {max_features} features, not {rows} x {features}.</source>
        <translation>이 실습은 특징 {max_features}개인 예제를 {max_rows}개까지만 받습니다({rows} x {features}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="419" />
        <source>A mini-batch needs at least 2 examples: with one, its variance is 0 and training-mode batch norm is undefined.</source>
        <translation>미니배치에는 예제가 2개 이상 있어야 합니다. 하나뿐이면 분산이 0이라 학습 모드의 배치 정규화가 정의되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="420" />
        <source>The stack is empty; add a layer such as conv3.</source>
        <translation>층 쌓기가 비어 있습니다. conv3 같은 레이어를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="421" />
        <source>Every channel of the {grid} needs the same height and width.</source>
        <translation>{grid}의 모든 채널은 높이와 너비가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="422" />
        <source>The {grid} is empty; type rows of numbers such as "1,2;3,4".</source>
        <translation>{grid}이(가) 비어 있습니다. "1,2;3,4"처럼 숫자 행을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="423" />
        <source>Every row of the {grid} needs the same number of values ({width} in the first row).</source>
        <translation>{grid}의 모든 행은 값의 개수가 같아야 합니다(첫 행은 {width}개).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="424" />
        <source>The input and the kernel need to be grids of numbers.</source>
        <translation>입력과 커널은 숫자 격자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="425" />
        <source>Pooling works on one grid of numbers.</source>
        <translation>풀링은 숫자 격자 하나에 작동합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="426" />
        <source>The {grid} is {height}x{width}; it can be at most {limit}x{limit}.</source>
        <translation>{grid}이(가) {height}x{width}입니다. 최대 {limit}x{limit}까지 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="427" />
        <source>{text!r} is not a number; type a number such as 3, -1 or 0.5.</source>
        <translation>{text!r}은(는) 숫자가 아닙니다. 3, -1, 0.5 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="428" />
        <source>{text!r} in the {grid} is not a number; type a number such as 3, -1 or 0.5.</source>
        <translation>{grid}의 {text!r}은(는) 숫자가 아닙니다. 3, -1, 0.5 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="429" />
        <source>{text!r} is not a finite number; type a number such as 3, -1 or 0.5.</source>
        <translation>{text!r}은(는) 유한한 숫자가 아닙니다. 3, -1, 0.5 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="430" />
        <source>{text!r} in the {grid} is not a finite number; type a number such as 3, -1 or 0.5.</source>
        <translation>{grid}의 {text!r}은(는) 유한한 숫자가 아닙니다. 3, -1, 0.5 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="431" />
        <source> (dilated to {effective}x{effective})</source>
        <translation>(팽창 후 {effective}x{effective})</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="432" />
        <source>The image must be one grey plane of at most {limit}x{limit} pixels.</source>
        <translation>영상은 최대 {limit}x{limit}픽셀의 회색조 평면 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="433" />
        <source>The lab cannot use this input.</source>
        <translation>실습에서 이 입력을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="435" />
        <source>The kernel is {height}x{width}; it needs as many rows as columns.</source>
        <translation>커널이 {height}x{width}입니다. 행과 열의 수가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="436" />
        <source>The {kernel}x{kernel} kernel{dilated} is larger than the {height}x{width} padded input; use a smaller kernel, a larger input or more padding.</source>
        <translation>{kernel}x{kernel} 커널{dilated}이 패딩한 {height}x{width} 입력보다 큽니다. 커널을 줄이거나 입력을 키우거나 패딩을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="437" />
        <source>The {kernel}x{kernel} window is larger than the {height}x{width} input; use a smaller window or a larger input.</source>
        <translation>{kernel}x{kernel} 창이 {height}x{width} 입력보다 큽니다. 창을 줄이거나 입력을 키우세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="438" />
        <source>The stack has {count} layers; use at most {limit}.</source>
        <translation>층이 {count}개입니다. 최대 {limit}개까지 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="439" />
        <source>Choose at least one optimizer, e.g. sgd,adam.</source>
        <translation>옵티마이저를 하나 이상 고르세요(예: sgd,adam).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="440" />
        <source>--optimizers needs at least one name, e.g. sgd,adam.</source>
        <translation>--optimizers에는 이름이 하나 이상 필요합니다(예: sgd,adam).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="441" />
        <source>{cell!r} in row {row} is not a number; write numbers such as 1.5 or -2.</source>
        <translation>{row}행의 {cell!r}은(는) 숫자가 아닙니다. 1.5나 -2 같은 숫자를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="442" />
        <source>Every value of the mini-batch must be a finite number.</source>
        <translation>미니배치의 모든 값은 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="443" />
        <source>{cell!r} is not a number; give gamma and beta as one number or one per feature, e.g. 2,1.</source>
        <translation>{cell!r}은(는) 숫자가 아닙니다. gamma와 beta는 숫자 하나 또는 특징마다 하나씩 주세요(예: 2,1).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="444" />
        <source>{cell!r} in row {row} is not a finite number.</source>
        <translation>{row}행의 {cell!r}은(는) 유한한 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="445" />
        <source>The {name} must be a whole number from {low} to {high}, not {value}.</source>
        <translation>{name}은(는) {low}부터 {high}까지의 정수여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="446" />
        <source>Every row of the mini-batch must have the same number of features.</source>
        <translation>미니배치의 모든 행은 특징 수가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="447" />
        <source>Padding "same" only works with stride 1; with stride {stride} the size is kept by padding ((N-1)S + F - N)/2 = {padding}, so enter a number instead.</source>
        <translation>패딩 "same"은 스트라이드 1에서만 됩니다. 스트라이드 {stride}에서 크기를 유지하는 패딩은 ((N-1)S + F - N)/2 = {padding}이니 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="448" />
        <source>The {size}x{size} grid is too small for this stack ({reason}); use a larger grid.</source>
        <translation>{size}x{size} 격자는 이 층 쌓기에 너무 작습니다({reason}). 더 큰 격자를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="449" />
        <source>There is no activation {name!r}; choose one of {choices}.</source>
        <translation>활성화 함수 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="450" />
        <source>There is no initialisation {name!r}; choose one of {choices}.</source>
        <translation>초기화 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="451" />
        <source>There is no kernel {name!r}; choose one of {choices}.</source>
        <translation>커널 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="452" />
        <source>{token!r} is not a layer; write conv3, conv5s2 (stride 2), conv3d2 (dilation 2), pool2 or pool3s2.</source>
        <translation>{token!r}은(는) 레이어가 아닙니다. conv3, conv5s2(스트라이드 2), conv3d2(팽창 2), pool2, pool3s2처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="453" />
        <source>{token!r}: a pooling has no dilation; write pool2 or pool3s2.</source>
        <translation>{token!r}: 풀링에는 팽창이 없습니다. pool2나 pool3s2처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="454" />
        <source>{token!r}: use kernels 1 to 11, strides and dilations 1 to 4.</source>
        <translation>{token!r}: 커널은 1에서 11, 스트라이드와 팽창은 1에서 4로 하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="455" />
        <source>There is no pooling {name!r}; choose one of {choices}.</source>
        <translation>{name!r} 풀링은 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="456" />
        <source>There is no preset {name!r}; choose one of {choices}.</source>
        <translation>프리셋 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="457" />
        <source>There is no sample image {name!r}; choose one of {choices}.</source>
        <translation>예시 영상 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="458" />
        <source>There is no surface {name!r}; choose one of {choices}.</source>
        <translation>곡면 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="459" />
        <source>grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="460" />
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="461" />
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="471" />
        <source>{module} takes a mean over dimensions {dims}; ConvStudio averages over height and width only.</source>
        <translation>{module}은(는) {dims} 차원에 대해 평균을 냅니다. ConvStudio는 높이와 너비에 대해서만 평균을 냅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="472" />
        <source>--mean and --std give {count} {count:number|numbers} but the network takes {channels} {channels:channel|channels}; give one number per channel.</source>
        <translation>--mean과 --std에 숫자가 {count}개인데 네트워크는 {channels}채널을 받습니다. 채널마다 숫자 하나를 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="483" />
        <source>{layer} is not a convolution, so it has no filters; choose a Conv2d layer.</source>
        <translation>{layer}은(는) 합성곱이 아니어서 필터가 없습니다. Conv2d 레이어를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="484" />
        <source>The network has no layer {layer!r}.</source>
        <translation>네트워크에 {layer!r} 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="485" />
        <source>The network has no layer {layer!r}; did you mean {close}?</source>
        <translation>네트워크에 {layer!r} 레이어가 없습니다. {close}을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="486" />
        <source>{dst_name} has no input port {port}.</source>
        <translation>{dst_name}에는 입력 포트 {port}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="487" />
        <source>{module} calls {call}, which has no ConvStudio layer.</source>
        <translation>{module}은(는) {call}을(를) 호출하는데, 이에 맞는 ConvStudio 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="488" />
        <source>{module} is a {kind}, which has no ConvStudio layer; replace it or leave it out of the imported model.</source>
        <translation>{module}은(는) {kind}이며, 이에 맞는 ConvStudio 레이어가 없습니다. 바꾸거나 가져올 모델에서 빼세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="489" />
        <source>Apple MPS was asked for but is not available here; choose auto or cpu.</source>
        <translation>Apple MPS를 요청했지만 여기서는 쓸 수 없습니다. auto나 cpu를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="490" />
        <source>Choose at least one optimizer.</source>
        <translation>옵티마이저를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="491" />
        <source>Tick at least one optimizer, then press Start.</source>
        <translation>옵티마이저를 하나 이상 고른 뒤 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="492" />
        <source>--optimizers needs at least one name, e.g. adam,sgd.</source>
        <translation>--optimizers에는 이름이 하나 이상 필요합니다. 예: adam,sgd.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="493" />
        <source>The network has no output, so there are no class scores to explain; connect its last layer to an Output.</source>
        <translation>네트워크에 출력이 없어 설명할 클래스 점수가 없습니다. 마지막 레이어를 Output에 연결하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="494" />
        <source>torchvision has no pretrained weights for '{model}'.</source>
        <translation>torchvision에 '{model}'의 사전 학습 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="495" />
        <source>{source} has no pretrained weights; use torchvision:NAME or a zoo model with a torchvision twin (zoo:resnet18, zoo:vgg16, ...).</source>
        <translation>{source}에는 사전 학습 가중치가 없습니다. torchvision:NAME이나 torchvision에 같은 모델이 있는 모델 모음의 네트워크(zoo:resnet18, zoo:vgg16, ...)를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="496" />
        <source>None of the {count} images in {path} can be read; check that they are PNG or JPEG files no larger than PIL's pixel limit.</source>
        <translation>{path}의 영상 {count}개 중 읽을 수 있는 것이 없습니다. PIL의 픽셀 한도를 넘지 않는 PNG나 JPEG 파일인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="497" />
        <source>Every output of {name} sees the whole image, so it has no receptive-field box.</source>
        <translation>{name}의 모든 출력은 영상 전체를 보므로 수용 영역 상자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="498" />
        <source>{name} ({layer_title}) cannot be written as PyTorch source; choose another export format.</source>
        <translation>{name}({layer_title})은(는) PyTorch 소스로 쓸 수 없습니다. 다른 내보내기 형식을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="499" />
        <source>Class {cls} does not exist; this network has {classes} classes (0 to {last}).</source>
        <translation>클래스 {cls}은(는) 없습니다. 이 네트워크의 클래스는 {classes}개(0부터 {last}까지)입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="500" />
        <source>There is no example {name!r}; choose one of {choices}.</source>
        <translation>예제 {name!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="501" />
        <source>There is no GPU {index}; this machine has {count}.</source>
        <translation>GPU {index}은(는) 없습니다. 이 컴퓨터에는 {count}개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="502" />
        <source>There is no layer {layer!r} in this network.</source>
        <translation>이 네트워크에 {layer!r} 레이어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="503" />
        <source>There is no method {method!r}; choose cam or gradcam.</source>
        <translation>{method!r} 방법은 없습니다. cam이나 gradcam을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="504" />
        <source>{layer} has no parameter {param!r}.</source>
        <translation>{layer}에는 {param!r} 파라미터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="506" />
        <source>There is no node '{node}'.</source>
        <translation>'{node}' 노드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="508" />
        <source>{name} is a {title}, not a composite block; only blocks (residual, inception, dense, ...) expand.</source>
        <translation>{name}은(는) 복합 블록이 아니라 {title}입니다. 블록(residual, inception, dense 등)만 펼칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="509" />
        <source>{cls} is not a class of this data set; its classes are {classes}.</source>
        <translation>{cls}은(는) 이 데이터셋의 클래스가 아닙니다. 클래스는 {classes}입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="510" />
        <source>{file} is a folder, not a project file.</source>
        <translation>{file}은(는) 프로젝트 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="511" />
        <source>{value!r} is not an optimizer; write a name such as 'adam'.</source>
        <translation>{value!r}은(는) 옵티마이저가 아닙니다. 'adam' 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="512" />
        <source>{dataset} is not in the cache ({path}); allow downloading, copy its files there, or use Shapes.</source>
        <translation>{dataset}이(가) 캐시({path})에 없습니다. 내려받기를 허용하거나, 파일을 그곳에 복사하거나, Shapes를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="513" />
        <source>Only a composite block can be expanded into its layers.</source>
        <translation>복합 블록만 레이어로 펼칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="514" />
        <source>{file} does not exist.</source>
        <translation>{file}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="515" />
        <source>{layer_title} takes {min_inputs}+ inputs and cannot be inserted on a link.</source>
        <translation>{layer_title}은(는) 입력을 {min_inputs}개 이상 받으므로 연결 위에 끼워 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="516" />
        <source>{name} cannot be inspected.</source>
        <translation>{name}은(는) 들여다볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="517" />
        <source>{file} is not a ConvStudio project (it is not JSON text); open a .convstudio file.</source>
        <translation>{file}은(는) ConvStudio 프로젝트가 아닙니다(JSON 텍스트가 아님). .convstudio 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="518" />
        <source>{src} is not connected to {dst}.</source>
        <translation>{src}은(는) {dst}에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="519" />
        <source>{file} is not a torch.export program ({detail}); export it with torch.export.save.</source>
        <translation>{file}은(는) torch.export 프로그램이 아닙니다({detail}). torch.export.save로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="520" />
        <source>{module} has a {values} {what}; ConvStudio's layers use square windows, so it cannot be imported.</source>
        <translation>{module}의 {what}이(가) {values}입니다. ConvStudio의 레이어는 정사각형 창을 쓰므로 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="521" />
        <source>{name} cannot be traced by torch.fx ({detail}); its forward may branch on tensor values, which an editable network cannot express.</source>
        <translation>{name}을(를) torch.fx로 추적할 수 없습니다({detail}). forward가 텐서 값에 따라 분기하는 듯한데, 편집할 수 있는 네트워크로는 표현할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="522" />
        <source>{module} pads with {mode!r}; ConvStudio's convolutions pad with zeros only.</source>
        <translation>{module}은(는) {mode!r}(으)로 패딩합니다. ConvStudio의 합성곱은 0으로만 패딩합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="523" />
        <source>{dataset} is not in the cache and the network is unreachable; connect to the internet once, copy its files into {path}, or use Shapes.</source>
        <translation>{dataset}이(가) 캐시에 없고 네트워크에 연결할 수 없습니다. 한 번 인터넷에 연결하거나, 파일을 {path}에 복사하거나, Shapes를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="524" />
        <source>The folder {path} has only one class ({found}); a classifier needs at least two sub-folders.</source>
        <translation>폴더 {path}에는 클래스가 하나({found})뿐입니다. 분류기에는 하위 폴더가 적어도 두 개 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="525" />
        <source>The ONNX file failed onnx's own check ({reason}); choose TorchScript or torch.export instead.</source>
        <translation>ONNX 파일이 onnx 자체 검사를 통과하지 못했습니다({reason}). 대신 TorchScript나 torch.export를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="526" />
        <source>{path} is a file; choose a folder for the training script.</source>
        <translation>{path}은(는) 파일입니다. 학습 스크립트를 둘 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="527" />
        <source>--out must name a file, not the folder {out}; e.g. {example}.</source>
        <translation>--out에는 폴더 {out}이(가) 아니라 파일을 지정해야 합니다(예: {example}).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="528" />
        <source>The {device} ran out of memory at batch size {batch_size}; use a batch size of {largest_batch} or less.</source>
        <translation>{device}의 메모리가 배치 크기 {batch_size}에서 부족합니다. 배치 크기를 {largest_batch} 이하로 하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="529" />
        <source>The {device} ran out of memory at batch size {batch_size}; even one image does not fit; use a smaller network or the CPU.</source>
        <translation>배치 크기 {batch_size}에서 {device}의 메모리가 부족합니다. 영상 한 장도 들어가지 않으니 더 작은 네트워크나 CPU를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="530" />
        <source>{file} is damaged: "{field}" must be between {minimum} and {maximum}.</source>
        <translation>{file}이(가) 손상되었습니다. "{field}"은(는) {minimum}에서 {maximum} 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="531" />
        <source>The network outputs {outputs} values per image but {dataset} has {classes} classes; end it with a Linear layer of {classes} outputs.</source>
        <translation>네트워크는 영상마다 값 {outputs}개를 내지만 {dataset}에는 클래스가 {classes}개 있습니다. 출력이 {classes}개인 Linear 레이어로 끝내세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="532" />
        <source>{where} must be one of {choices}, not {value!r}.</source>
        <translation>{where}은(는) {choices} 중 하나여야 합니다({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="533" />
        <source>{where} must be true or false, not {value!r}.</source>
        <translation>{where}은(는) 참이나 거짓이어야 합니다({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="534" />
        <source>{where} must be a whole number, not {value!r}.</source>
        <translation>{where}은(는) 정수여야 합니다({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="535" />
        <source>{where} must be a number, not {value!r}.</source>
        <translation>{where}은(는) 숫자여야 합니다({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="536" />
        <source>{where} must be a whole number or "same", not {value!r}.</source>
        <translation>{where}은(는) 정수나 "same"이어야 합니다({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="537" />
        <source>{where} must be at most {maximum:g}, not {value}.</source>
        <translation>{where}은(는) {maximum:g} 이하여야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="538" />
        <source>{where} must be at least {minimum:g}, not {value}.</source>
        <translation>{where}은(는) {minimum:g} 이상이어야 합니다({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="539" />
        <source>That input is already connected or the layer takes no more inputs.</source>
        <translation>그 입력은 이미 연결되어 있거나 레이어가 더 이상 입력을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="540" />
        <source>Input {port} of {dst_name} is already connected; disconnect it first.</source>
        <translation>{dst_name}의 입력 {port}은(는) 이미 연결되어 있습니다. 먼저 끊으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="541" />
        <source>Input {port} of {dst} is connected twice.</source>
        <translation>{dst}의 입력 {port}이(가) 두 번 연결되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="542" />
        <source>--pretrained needs a torchvision:NAME source; give --weights for other models.</source>
        <translation>--pretrained에는 torchvision:NAME 소스가 필요합니다. 다른 모델에는 --weights를 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="543" />
        <source>Add needs inputs of the same shape: {first} from {first_from} and {other} from {other_from}{fix}.</source>
        <translation>Add에는 모양이 같은 입력이 필요합니다: {first_from}은(는) {first}, {other_from}은(는) {other}입니다{fix}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="544" />
        <source>ChannelSlice {start}:{end_shown} does not fit an input of {channels} channels; choose 0 &lt;= start &lt; end &lt;= {channels}.</source>
        <translation>ChannelSlice {start}:{end_shown}이(가) 채널 {channels}개인 입력에 맞지 않습니다. 0 &lt;= start &lt; end &lt;= {channels}로 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="545" />
        <source>Concat joins channels, so its inputs need the same height and width: {first} from {first_from} and {other} from {other_from}; make the branches keep the same size (padding) or resize one of them.</source>
        <translation>Concat은 채널을 잇기 때문에 입력의 높이와 너비가 같아야 합니다: {first_from}은(는) {first}, {other_from}은(는) {other}입니다. 가지들이 같은 크기를 유지하게(패딩) 하거나 한쪽 크기를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="546" />
        <source>{node} is part of a cycle; a network must flow one way — remove one of the links that loop back.</source>
        <translation>{node}이(가) 순환의 일부입니다. 네트워크는 한 방향으로만 흘러야 합니다 — 되돌아가는 연결 중 하나를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="547" />
        <source>Conv2d with {groups} groups needs input channels ({in_channels}) and output channels ({out_channels}) that both divide by {groups}; change groups or the channel counts.</source>
        <translation>그룹이 {groups}개인 Conv2d는 입력 채널({in_channels})과 출력 채널({out_channels})이 모두 {groups}로 나누어떨어져야 합니다. 그룹 수나 채널 수를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="548" />
        <source>move it before the Flatten layer.</source>
        <translation>Flatten 레이어 앞으로 옮기세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="549" />
        <source> (dilated to {eff}x{eff})</source>
        <translation>(팽창 후 {eff}x{eff})</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="550" />
        <source> padded by {padding}</source>
        <translation>(패딩 {padding})</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="551" />
        <source> — add a 1x1 convolution on the shortcut to match {fix_channels} channels</source>
        <translation> — 지름길에 1x1 합성곱을 넣어 채널을 {fix_channels}개로 맞추세요</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="552" />
        <source> — add a 1x1 convolution with stride {fix_stride} and {fix_filters} filters on the shortcut</source>
        <translation> — 지름길에 스트라이드 {fix_stride}, 필터 {fix_filters}개인 1x1 합성곱을 넣으세요</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="553" />
        <source>use Dropout for flat vectors.</source>
        <translation>평평한 벡터에는 Dropout을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="554" />
        <source>Inside the {title}: {problem}</source>
        <translation>{title} 안: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="555" />
        <source>The {kernel}x{kernel}{dilated} {layer} window is larger than its {extent} input{padded}; use a smaller kernel, more padding, or remove a pooling layer before it.</source>
        <translation>{layer}의 {kernel}x{kernel}{dilated} 창이 {extent} 입력{padded}보다 큽니다. 커널을 줄이거나 패딩을 늘리거나 앞의 풀링 레이어를 빼세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="556" />
        <source>{node} has no input; connect the output of a layer to it (or delete it).</source>
        <translation>{node}에 입력이 없습니다. 다른 레이어의 출력을 연결하세요(또는 지우세요).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="557" />
        <source>Multiply needs inputs of the same shape, or a C x 1 x 1 scale for a C x H x W input: {first} and {other} from {other_from}; make the channel counts agree.</source>
        <translation>Multiply에는 모양이 같은 입력이나, C x H x W 입력에 대한 C x 1 x 1 배율이 필요합니다: {first}와(과) {other_from}의 {other}입니다. 채널 수를 맞추세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="558" />
        <source>{layer} needs a flat vector but gets a {input} tensor; add a Flatten (or a global average pooling) layer before it.</source>
        <translation>{layer}에는 평평한 벡터가 필요한데 {input} 텐서가 들어옵니다. 앞에 Flatten(또는 전역 평균 풀링) 레이어를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="559" />
        <source>{layer} needs an image-shaped input (channels x height x width) but gets a flat vector of {input}; {fix}</source>
        <translation>{layer}에는 영상 모양(채널 x 높이 x 너비)의 입력이 필요한데 길이 {input}의 평평한 벡터가 들어옵니다. {fix}</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="560" />
        <source>{layer} padding ({padding}) must be at most half the window ({kernel}); reduce the padding.</source>
        <translation>{layer} 패딩({padding})은 창 크기({kernel})의 절반 이하여야 합니다. 패딩을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="561" />
        <source>Padding "same" only works with stride 1; with stride {stride} the size is kept by padding ((N-1)S + F - N)/2 = {padding:g}, so enter a number instead.</source>
        <translation>패딩 "same"은 스트라이드 1에서만 됩니다. 스트라이드 {stride}에서 크기를 유지하는 패딩은 ((N-1)S + F - N)/2 = {padding:g}이니 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="562" />
        <source>The {table} connection table joins {needed} input maps but the input has {channels} channels; feed it {needed} channels.</source>
        <translation>{table} 연결표는 입력 특징지도 {needed}개를 잇는데 입력의 채널은 {channels}개입니다. 채널 {needed}개를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="563" />
        <source>{title} needs at least {needed} inputs but has {has}; connect another branch to it.</source>
        <translation>{title}에는 입력이 적어도 {needed}개 필요한데 {has}개뿐입니다. 다른 가지를 연결하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="564" />
        <source>The input transform maps the 3 channels of an ImageNet-normalised RGB image, but gets {input}; put it right after a 3-channel Input.</source>
        <translation>입력 변환은 ImageNet 방식으로 정규화한 RGB 이미지의 3개 채널을 바꾸는데, {input} 입력을 받았습니다. 3채널 Input 바로 뒤에 두세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="566" />
        <source>The result of {node} is not used; connect it to another layer or an Output.</source>
        <translation>{node}의 결과가 쓰이지 않습니다. 다른 레이어나 Output에 연결하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="567" />
        <source>{file} cannot be opened as a ConvStudio project.</source>
        <translation>{file}을(를) ConvStudio 프로젝트로 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="569" />
        <source>The layer name {node!r} is a name PyTorch modules use themselves; rename the layer before exporting.</source>
        <translation>레이어 이름 {node!r}은(는) PyTorch 모듈이 스스로 쓰는 이름입니다. 내보내기 전에 레이어 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="570" />
        <source>'{node}' cannot be a node id: every PyTorch module already has an attribute of that name (model.{node}), so the network could not be built; use another id, such as '{suggestion}'.</source>
        <translation>'{node}'은(는) 노드 ID로 쓸 수 없습니다. 모든 PyTorch 모듈에 이미 같은 이름의 속성(model.{node})이 있어 네트워크를 만들 수 없습니다. '{suggestion}' 같은 다른 ID를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="571" />
        <source>{module} reshapes a {source} tensor to {target}; ConvStudio can only flatten everything but the batch.</source>
        <translation>{module}은(는) {source} 텐서를 {target}(으)로 바꿉니다. ConvStudio는 배치를 뺀 모든 차원을 펼치는 것만 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="572" />
        <source>Training could not start: {detail}</source>
        <translation>학습을 시작할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="573" />
        <source>The training runs in {path} were saved by a newer ConvStudio (version {version}); update ConvStudio to see them.</source>
        <translation>{path}의 학습 기록은 더 새로운 ConvStudio로 저장되었습니다(버전 {version}). 보려면 ConvStudio를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="574" />
        <source>The training runs kept in {path} cannot be read (the index has no list of runs); the network opens without them.</source>
        <translation>{path}에 보관된 학습 기록을 읽을 수 없습니다(목록 파일에 학습 기록 목록이 없습니다). 네트워크는 학습 기록 없이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="575" />
        <source>The training runs kept in {path} cannot be read (the index has no version); the network opens without them.</source>
        <translation>{path}에 보관된 학습 기록을 읽을 수 없습니다(목록 파일에 버전이 없습니다). 네트워크는 학습 기록 없이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="576" />
        <source>The training runs kept in {path} cannot be read (it is not a runs index); the network opens without them.</source>
        <translation>{path}에 보관된 학습 기록을 읽을 수 없습니다(학습 기록 목록 파일이 아닙니다). 네트워크는 학습 기록 없이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="577" />
        <source>The training runs kept in {path} cannot be read ({reason}); the network opens without them.</source>
        <translation>{path}에 보관된 학습 기록을 읽을 수 없습니다({reason}). 네트워크는 학습 기록 없이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="578" />
        <source>Cannot write the training runs into {path}: {reason}; choose another folder or free some disk space.</source>
        <translation>{path}에 학습 기록을 쓸 수 없습니다: {reason}. 다른 폴더를 고르거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="579" />
        <source>--train-size must be at least 2 images.</source>
        <translation>--train-size는 영상 2장 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="580" />
        <source>{module} combines a layer's output with itself, which a ConvStudio network cannot wire (one link per pair).</source>
        <translation>{module}은(는) 레이어의 출력을 자기 자신과 결합하는데, ConvStudio 네트워크는 이렇게 연결할 수 없습니다(두 레이어 사이에 연결 하나).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="581" />
        <source>{src_name} cannot feed itself.</source>
        <translation>{src_name}은(는) 자기 자신에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="582" />
        <source>--set {item!r}: {text!r} is not a number.</source>
        <translation>--set {item!r}: {text!r}은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="583" />
        <source>--set names {names}, which is not in --optimizers.</source>
        <translation>--set에 나온 {names}은(는) --optimizers에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="584" />
        <source>Training could not start: {detail}; check the network, the data set and the device.</source>
        <translation>학습을 시작할 수 없습니다: {detail}. 네트워크, 데이터셋, 장치를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="585" />
        <source>Training could not start: {detail}; check the network, the data set and the device (it ran out of memory).</source>
        <translation>학습을 시작할 수 없습니다: {detail}. 네트워크, 데이터셋, 장치를 확인하세요(메모리가 부족했습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="586" />
        <source>This layer cannot work with its input.</source>
        <translation>이 레이어는 입력과 함께 동작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="587" />
        <source>{module} is used twice (shared weights), which a ConvStudio network cannot express.</source>
        <translation>{module}이(가) 두 번 쓰입니다(가중치 공유). ConvStudio 네트워크는 이를 표현할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="588" />
        <source>{module} takes the softmax over dimension {dim}; ConvStudio's softmax runs over the channels.</source>
        <translation>{module}은(는) {dim}번 차원에 대해 소프트맥스를 계산합니다. ConvStudio의 소프트맥스는 채널에 대해 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="589" />
        <source>The starting weights {file} are not beside the project any more; the network opens with fresh weights.</source>
        <translation>시작 가중치 {file}이(가) 더 이상 프로젝트 옆에 없습니다. 네트워크는 새 가중치로 열립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="590" />
        <source>The starting weights {file} cannot be read ({reason}); the network opens with fresh weights.</source>
        <translation>시작 가중치 {file}을(를) 읽을 수 없습니다({reason}). 네트워크는 새 가중치로 열립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="591" />
        <source>Cannot write the starting weights {file}: {reason}; choose another folder or free some disk space.</source>
        <translation>시작 가중치 {file}을(를) 쓸 수 없습니다: {reason}. 다른 폴더를 고르거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="592" />
        <source>--std must be positive.</source>
        <translation>--std는 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="593" />
        <source>The model uses its tensor {module!r} directly in forward; only layers (modules) and tensor functions can be imported.</source>
        <translation>모델이 forward에서 텐서 {module!r}을(를) 직접 씁니다. 레이어(모듈)와 텐서 함수만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="594" />
        <source>{file} is damaged: it is nested more than {limit} levels deep.</source>
        <translation>{file}이(가) 손상되었습니다. {limit}단계보다 깊이 중첩되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="595" />
        <source>{file} is damaged: "{field}" needs at least {minimum} entries.</source>
        <translation>{file}이(가) 손상되었습니다. "{field}"에는 항목이 적어도 {minimum}개 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="596" />
        <source>{file} is {size_mb} MB; a project file may be at most {limit_mb} MB, so this is not a ConvStudio project.</source>
        <translation>{file}은(는) {size_mb} MB입니다. 프로젝트 파일은 최대 {limit_mb} MB이므로 ConvStudio 프로젝트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="597" />
        <source>{file} is damaged: "{field}" is {length} characters long; at most {limit} are allowed.</source>
        <translation>{file}이(가) 손상되었습니다. "{field}"의 길이가 {length}자입니다. 최대 {limit}자까지 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="598" />
        <source>{file} has {count} entries in "{field}"; ConvStudio opens at most {limit}.</source>
        <translation>{file}의 "{field}"에 항목이 {count}개 있습니다. ConvStudio는 최대 {limit}개까지 엽니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="599" />
        <source>The training run failed.</source>
        <translation>학습이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="600" />
        <source>Training {run} failed: {detail}; check the network and the data set.</source>
        <translation>{run} 학습이 실패했습니다: {detail}. 네트워크와 데이터셋을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="601" />
        <source>{file} cannot be saved: the text "{text}" ({field}) is not valid Unicode; rename the network or the layer.</source>
        <translation>{file}을(를) 저장할 수 없습니다. 텍스트 "{text}"({field})은(는) 올바른 유니코드가 아닙니다. 네트워크나 레이어의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="602" />
        <source>There is no compile mode '{value}'; choose one of {choices}.</source>
        <translation>'{value}' 컴파일 모드가 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="603" />
        <source>There is no data set '{name}'; choose shapes, {choices} or folder:PATH.</source>
        <translation>'{name}' 데이터 세트가 없습니다. shapes, {choices} 또는 folder:PATH 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="604" />
        <source>There is no device '{device}'; choose auto, cpu, cuda or mps.</source>
        <translation>'{device}' 장치가 없습니다. auto, cpu, cuda, mps 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="605" />
        <source>There is no export format {format!r}; choose one of {choices}.</source>
        <translation>내보내기 형식 {format!r}은(는) 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="606" />
        <source>There is no fused-race setting '{value}'; choose one of {choices}.</source>
        <translation>'{value}' 융합 경주 설정이 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="607" />
        <source>{title} has no setting '{name}'; it has {known}.</source>
        <translation>{title}에는 '{name}' 설정이 없습니다. 있는 설정: {known}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="608" />
        <source>Cards are written in {languages}, not {lang!r}.</source>
        <translation>카드는 {languages}(으)로 쓰여 있습니다({lang!r}은(는) 없습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="613" />
        <source>Unknown optimizer {name!r}; choose one of {choices}.</source>
        <translation>알 수 없는 옵티마이저 {name!r}입니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="614" />
        <source>There is no model {name!r} in the zoo; did you mean {close}?</source>
        <translation>모델 모음에 {name!r} 모델이 없습니다. {close}을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="615" />
        <source>There is no model {name!r} in the zoo; run `python main.py zoo list` to see them all.</source>
        <translation>모델 모음에 {name!r} 모델이 없습니다. 전체 목록은 `python main.py zoo list`로 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="609" />
        <source>{file} uses a layer type this ConvStudio does not know ({layer}); it may need a newer version.</source>
        <translation>{file}은(는) 이 ConvStudio가 모르는 레이어 종류({layer})를 씁니다. 더 새로운 버전이 필요할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="505" />
        <source>{dst} has no input port {port}: it takes {inputs} {inputs:input|inputs}, numbered from 0.</source>
        <translation>{dst}에는 입력 포트 {port}이(가) 없습니다. 입력은 {inputs}개이며 0부터 번호를 매깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="507" />
        <source>{file} stores the mean/std of {count} {count:channel|channels} but the network takes {channels}; these weights were trained for another input.</source>
        <translation>{file}에는 {count}채널의 평균/표준편차가 저장되어 있지만 네트워크는 {channels}채널을 받습니다. 이 가중치는 다른 입력으로 학습된 것입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="565" />
        <source>The {kernel}x{kernel} window with stride {stride} does not tile {size} pixels{padded}: ({size} + 2*{padding} - {eff}) / {stride} is not a whole number, so PyTorch drops the last {dropped} {dropped:row|rows} and {dropped:column|columns} of the image.</source>
        <translation>스트라이드 {stride}인 {kernel}x{kernel} 창이 {size}픽셀{padded}을 딱 나누지 못합니다: ({size} + 2*{padding} - {eff}) / {stride}가 정수가 아니므로 PyTorch는 영상의 마지막 {dropped}개 행과 열을 버립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="568" />
        <source>{file}: layer ids that every PyTorch module uses for itself were renamed so that the network can be built ({renamed}). Save the network to keep the new ids.</source>
        <translation>{file}: 모든 PyTorch 모듈이 자기 이름으로 쓰는 레이어 ID는 네트워크를 만들 수 있도록 이름을 바꿨습니다({renamed}). 새 ID를 유지하려면 네트워크를 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="610" />
        <source>Unknown layer type {layer!r}.</source>
        <translation>알 수 없는 레이어 종류 {layer!r}입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="611" />
        <source>There is no loader '{value}'; choose one of {choices}.</source>
        <translation>'{value}' 로더가 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="612" />
        <source>There is no loss '{value}'; choose one of {choices}.</source>
        <translation>'{value}' 손실 함수가 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="616" />
        <source>There is no optimizer '{name}'; choose one of {choices}.</source>
        <translation>'{name}' 옵티마이저가 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="617" />
        <source>There is no precision '{value}'; choose one of {choices}.</source>
        <translation>'{value}' 정밀도가 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="618" />
        <source>There is no Shapes preset '{preset}'; choose one of {choices}.</source>
        <translation>'{preset}' Shapes 프리셋이 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="619" />
        <source>There is no schedule '{value}'; choose one of {choices}.</source>
        <translation>'{value}' 스케줄이 없습니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="620" />
        <source>torchvision has no classification model {name!r}; did you mean {close}?</source>
        <translation>torchvision에 분류 모델 {name!r}이(가) 없습니다. {close}을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="621" />
        <source>torchvision has no classification model {name!r}; see torchvision.models.list_models() for the classification models.</source>
        <translation>torchvision에 분류 모델 {name!r}이(가) 없습니다. 분류 모델 목록은 torchvision.models.list_models()로 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="622" />
        <source>{file} cannot be read ({reason}); check that you may open it.</source>
        <translation>{file}을(를) 읽을 수 없습니다({reason}). 열 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="623" />
        <source>A module of this model has no ConvStudio layer.</source>
        <translation>이 모델의 모듈 중 ConvStudio 레이어가 없는 것이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="624" />
        <source>This cannot be done.</source>
        <translation>이 작업은 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="625" />
        <source>The validation loss of {run} is not a number after epoch {epoch}; lower the learning rate.</source>
        <translation>{epoch} 에포크 뒤 {run}의 검증 손실이 숫자가 아닙니다. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="626" />
        <source>The weights file {path} is a folder, not a weights file; choose the .safetensors or .pt file saved after training.</source>
        <translation>가중치 파일 {path}은(는) 가중치 파일이 아니라 폴더입니다. 학습 뒤 저장한 .safetensors나 .pt 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="627" />
        <source>These weights do not fit this network ({count} tensors differ: {detail}); load the weights saved for this network, or train it first.</source>
        <translation>이 가중치는 이 네트워크에 맞지 않습니다(텐서 {count}개가 다름: {detail}). 이 네트워크용으로 저장한 가중치를 불러오거나 먼저 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="628" />
        <source>The pretrained weights of {model} are not on this computer: put {file} (from {url}) into {folder}, or choose a local weights file.</source>
        <translation>{model}의 사전 학습 가중치가 이 컴퓨터에 없습니다. {file}({url}에서 받을 수 있음)을 {folder}에 넣거나, 로컬 가중치 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="629" />
        <source>{file} holds weights that are not numbers (NaN or infinite, in {tensor}): the training that saved them diverged; train again with a lower learning rate.</source>
        <translation>{file}에는 숫자가 아닌 가중치가 있습니다({tensor}에 NaN 또는 무한대). 이를 저장한 학습이 발산했으니 더 낮은 학습률로 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="630" />
        <source>The weights file {path} does not exist; choose the .safetensors or .pt file saved after training.</source>
        <translation>가중치 파일 {path}이(가) 없습니다. 학습 후 저장한 .safetensors 또는 .pt 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="631" />
        <source>Could not write {path} ({reason}) nor any other file; the trained weights are lost, but the checkpoint folder (if any) keeps them.</source>
        <translation>{path}도({reason}) 다른 어떤 파일도 쓸 수 없었습니다. 학습한 가중치는 저장되지 않았지만, 체크포인트 폴더가 있다면 그곳에 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="632" />
        <source>Could not write {path} ({reason}); the trained weights were saved to {fallback} instead.</source>
        <translation>{path}을(를) 쓸 수 없어({reason}) 학습한 가중치를 대신 {fallback}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="633" />
        <source>--save-weights {path} cannot be written: the folder {parent} is not writable; choose another place.</source>
        <translation>--save-weights {path}에 쓸 수 없습니다. 폴더 {parent}에 쓰기 권한이 없으니 다른 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="634" />
        <source>--save-weights {path} is a folder; give a file name such as {path}/net.safetensors.</source>
        <translation>--save-weights {path}은(는) 폴더입니다. {path}/net.safetensors처럼 파일 이름을 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="635" />
        <source>--save-weights {path} cannot be written: {parent} is a file, not a folder; choose another place.</source>
        <translation>--save-weights {path}에 쓸 수 없습니다. {parent}은(는) 폴더가 아니라 파일이니 다른 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="636" />
        <source>{file} is not a weights file ConvStudio can read (safetensors or a PyTorch state_dict), or it is damaged; save the weights again from the training panel.</source>
        <translation>{file}은(는) ConvStudio가 읽을 수 있는 가중치 파일(safetensors 또는 PyTorch state_dict)이 아니거나 손상되었습니다. 학습 패널에서 가중치를 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="637" />
        <source>{source} store {tensor} as {dtype}, not as decimal numbers; these are not trained weights of this network.</source>
        <translation>{source}에는 {tensor}이(가) 실수가 아닌 {dtype}(으)로 저장되어 있습니다. 이 네트워크의 학습된 가중치가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="638" />
        <source>{file} defines {count} nn.Module classes ({classes}); name the one to import.</source>
        <translation>{file}에 nn.Module 클래스가 {count}개 있습니다({classes}). 가져올 클래스를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="639" />
        <source>Cannot write {file}: {reason}; choose another folder or free some disk space.</source>
        <translation>{file}을(를) 쓸 수 없습니다: {reason}. 다른 폴더를 고르거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="640" />
        <source>{file} is JSON but not a ConvStudio project (no "format": "convstudio.project").</source>
        <translation>{file}은(는) JSON이지만 ConvStudio 프로젝트가 아닙니다("format": "convstudio.project"가 없음).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="641" />
        <source>{file} is damaged: "{field}" should be {expected}.</source>
        <translation>{file}이(가) 손상되었습니다. "{field}"은(는) {expected}이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="642" />
        <source>This zoo model cannot be used.</source>
        <translation>이 모델 모음의 모델은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/fragment.py" line="27" />
        <source>The clipboard does not hold ConvStudio layers.</source>
        <translation>클립보드에 ConvStudio 레이어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../gui/training/evaluation.py" line="286" />
        <source>Run:</source>
        <translation>실행:</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="287" />
        <source>Run shown in the evaluation</source>
        <translation>평가에 표시할 실행</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="257" />
        <location filename="../../gui/training/evaluation.py" line="289" />
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="290" />
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="291" />
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="283" />
        <source>Accuracy per class (%)</source>
        <translation>클래스별 정확도(%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="282" />
        <source>Accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="294" />
        <source>Most confident mistakes (true → predicted); red: at least {0:.0%} sure</source>
        <translation>가장 확신한 오답(실제 → 예측). 빨강: {0:.0%} 이상 확신</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="326" />
        <source>Shown after the first epoch.</source>
        <translation>첫 에포크가 끝나면 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/evaluation.py" line="335" />
        <source>epoch {0}: validation accuracy {1:.1%}</source>
        <translation>에포크 {0}: 검증 정확도 {1:.1%}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message><location filename="../../gui/widgets/export_dialogs.py" line="114" /><location filename="../../gui/widgets/export_dialogs.py" line="125" /><source>Weights</source><translation>가중치</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="27" /><source>PyTorch source (.py, runs with only torch)</source><translation>PyTorch 소스 (.py, torch만 있으면 실행)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="28" /><source>ONNX (.onnx, dynamic batch size)</source><translation>ONNX (.onnx, 배치 크기 가변)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="29" /><source>TorchScript (.pt)</source><translation>TorchScript (.pt)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="30" /><source>torch.export program (.pt2)</source><translation>torch.export 프로그램 (.pt2)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="31" /><source>Weights: safetensors</source><translation>가중치: safetensors</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="32" /><source>Weights: PyTorch state_dict (.pt)</source><translation>가중치: PyTorch state_dict (.pt)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="41" /><source>Browse…</source><translation>찾아보기…</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="78" /><source>Writing…</source><translation>쓰는 중…</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="89" /><source>Nothing was written: {0}</source><translation>아무것도 쓰지 않았습니다: {0}</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="102" /><location filename="../../gui/widgets/export_dialogs.py" line="136" /><source>Export the network</source><translation>네트워크 내보내기</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="102" /><source>Export</source><translation>내보내기</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="109" /><location filename="../../gui/widgets/export_dialogs.py" line="123" /><source>Format</source><translation>형식</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="115" /><source>Freshly initialised (no training)</source><translation>새로 초기화한 가중치 (학습 전)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="117" /><source>Run {0}: last epoch</source><translation>실행 {0}: 마지막 에포크</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="118" /><source>Run {0}: best epoch</source><translation>실행 {0}: 가장 좋은 에포크</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="121" /><source>From a weights file…</source><translation>가중치 파일에서…</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="124" /><source>Save as</source><translation>저장 위치</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="144" /><source>Weights file</source><translation>가중치 파일</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="145" /><source>Weights (*.safetensors *.pt *.pth)</source><translation>가중치 (*.safetensors *.pt *.pth)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="149" /><source>File: {0}</source><translation>파일: {0}</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="156" /><source>Choose where to save the export.</source><translation>내보낼 위치를 고르세요.</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="176" /><source>Wrote {0}: {1}</source><translation>{0} 저장함: {1}</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="185" /><source>Export the training script</source><translation>학습 스크립트 내보내기</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="185" /><source>Write</source><translation>쓰기</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="193" /><source>One tensor file</source><translation>텐서 파일 하나</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="194" /><source>An image folder (one sub-folder per class)</source><translation>이미지 폴더 (클래스마다 하위 폴더 하나)</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="201" /><source>{0}; optimizers: {1}; {2} epochs, batch {3}</source><translation>{0}; 옵티마이저: {1}; {2} 에포크, 배치 {3}</translation></message><message numerus="yes"><location filename="../../gui/widgets/export_dialogs.py" line="205" /><source>early stopping after %n epoch(s) without a better validation loss</source><translation>
            <numerusform>검증 손실이 %n 에포크 동안 나아지지 않으면 조기 종료</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/widgets/export_dialogs.py" line="208" /><source>gradient norms every %n step(s)</source><translation>
            <numerusform>%n 스텝마다 그래디언트 노름 기록</numerusform>
        </translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="210" /><source>starting from the imported weights</source><translation>가져온 가중치에서 시작</translation></message><message numerus="yes"><location filename="../../gui/widgets/export_dialogs.py" line="214" /><source>%n frozen layer(s)</source><translation>
            <numerusform>고정된 레이어 %n개</numerusform>
        </translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="217" /><source>Training setup</source><translation>학습 설정</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="218" /><source>Folder</source><translation>폴더</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="219" /><source>Shapes data as</source><translation>Shapes 데이터 저장 방식</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="220" /><source>Run it with python train.py, or on several GPUs with torchrun --nproc_per_node=N train.py.</source><translation>python train.py로 실행하거나, 여러 GPU에서는 torchrun --nproc_per_node=N train.py로 실행하세요.</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="227" /><source>Folder for the training script</source><translation>학습 스크립트를 둘 폴더</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="235" /><source>Choose a folder for the training script.</source><translation>학습 스크립트를 둘 폴더를 고르세요.</translation></message><message><location filename="../../gui/widgets/export_dialogs.py" line="245" /><source>Wrote {0} files into {1}.</source><translation>{1}에 파일 {0}개를 썼습니다.</translation></message></context>
<context>
    <name>FeatureMapView</name>
    <message><location filename="../../gui/inspect/feature_view.py" line="96" /><source>Channel %1: min %2, max %3, mean %4</source><translation>채널 %1: 최소 %2, 최대 %3, 평균 %4</translation></message><message><location filename="../../gui/inspect/feature_view.py" line="103" /><source>(%1, %2) = %3</source><translation>(%1, %2) = %3</translation></message></context>
<context>
    <name>Files</name>
    <message><location filename="../../gui/files.py" line="35" /><source>ConvStudio projects (*%1);;All files (*)</source><translation>ConvStudio 프로젝트 (*%1);;모든 파일 (*)</translation></message><message><location filename="../../gui/files.py" line="75" /><source>Open network</source><translation>네트워크 열기</translation></message><message><location filename="../../gui/files.py" line="85" /><location filename="../../gui/files.py" line="109" /><source>Cannot open the network</source><translation>네트워크를 열 수 없습니다</translation></message><message><location filename="../../gui/files.py" line="93" /><source>Layers renamed</source><translation>레이어 이름 바뀜</translation></message><message><location filename="../../gui/files.py" line="128" /><source>Cannot restore the training runs</source><translation>학습 실행을 되살릴 수 없습니다</translation></message><message><location filename="../../gui/files.py" line="144" /><source>Cannot restore the starting weights</source><translation>시작 가중치를 되살릴 수 없습니다</translation></message><message><location filename="../../gui/files.py" line="160" /><source>Save network as</source><translation>다른 이름으로 네트워크 저장</translation></message><message><location filename="../../gui/files.py" line="186" /><source>Cannot save the network</source><translation>네트워크를 저장할 수 없습니다</translation></message><message><location filename="../../gui/files.py" line="196" /><source>network</source><translation>네트워크</translation></message><message><location filename="../../gui/files.py" line="228" /><source>Unsaved changes</source><translation>저장하지 않은 변경</translation></message><message><location filename="../../gui/files.py" line="229" /><source>The network has changes that are not saved. Save them first?</source><translation>네트워크에 저장하지 않은 변경이 있습니다. 먼저 저장할까요?</translation></message><message><location filename="../../gui/files.py" line="241" /><source>A training run is still going. Stop it and keep the trained runs with the project?</source><translation>학습이 아직 진행 중입니다. 멈추고 학습한 실행을 프로젝트에 함께 보관할까요?</translation></message><message><location filename="../../gui/files.py" line="243" /><source>The trained runs are not kept with the project yet. Keep them?</source><translation>학습한 실행이 아직 프로젝트에 보관되지 않았습니다. 보관할까요?</translation></message><message><location filename="../../gui/files.py" line="245" /><source>Keeping saves the changes to the network too; discarding drops them.</source><translation>보관하면 네트워크의 변경도 함께 저장되고, 버리면 변경도 사라집니다.</translation></message><message><location filename="../../gui/files.py" line="247" /><source>Keep the trained runs?</source><translation>학습한 실행을 보관할까요?</translation></message><message><location filename="../../gui/files.py" line="252" /><source>Stop and keep</source><translation>멈추고 보관</translation></message><message><location filename="../../gui/files.py" line="252" /><source>Keep</source><translation>보관</translation></message><message><location filename="../../gui/files.py" line="254" /><source>Stop and discard</source><translation>멈추고 버리기</translation></message><message><location filename="../../gui/files.py" line="254" /><source>Discard</source><translation>버리기</translation></message><message><location filename="../../gui/files.py" line="301" /><source>Autosave failed</source><translation>자동 저장 실패</translation></message><message><location filename="../../gui/files.py" line="301" /><source>Your changes are not protected against a crash until this is fixed: %1</source><translation>이 문제를 고칠 때까지 바뀐 내용은 비정상 종료에 대비해 보호되지 않습니다: %1</translation></message><message><location filename="../../gui/files.py" line="343" /><source>Cannot recover the network</source><translation>네트워크를 복구할 수 없습니다</translation></message><message><location filename="../../gui/files.py" line="353" /><source>Recover unsaved changes</source><translation>저장하지 않은 변경 복구</translation></message></context>
<context>
    <name>FilterView</name>
    <message><location filename="../../gui/inspect/filter_view.py" line="30" /><source>Choose a convolution layer to see its filters.</source><translation>필터를 보려면 합성곱 레이어를 고르세요.</translation></message><message><location filename="../../gui/inspect/filter_view.py" line="34" /><location filename="../../gui/inspect/filter_view.py" line="35" /><source>Filter</source><translation>필터</translation></message><message><location filename="../../gui/inspect/filter_view.py" line="61" /><source>This layer is not a convolution, so it has no filters.</source><translation>이 레이어는 합성곱이 아니어서 필터가 없습니다.</translation></message><message><location filename="../../gui/inspect/filter_view.py" line="67" /><source>%1 filters of %2x%3x3, shown as colour images (grey = 0)</source><translation>%2x%3x3 필터 %1개, 컬러 영상으로 표시(회색 = 0)</translation></message><message><location filename="../../gui/inspect/filter_view.py" line="70" /><source>%1 filters of %2x%3 on the grey input (mid-grey = 0)</source><translation>흑백 입력의 %2x%3 필터 %1개(중간 회색 = 0)</translation></message><message><location filename="../../gui/inspect/filter_view.py" line="74" /><source>Filter %4: its %5 input-channel kernels of %2x%3 (blue &lt; 0 &lt; red)</source><translation>필터 %4: %2x%3 입력 채널 커널 %5개(파랑 &lt; 0 &lt; 빨강)</translation></message></context>
<context>
    <name>GradientHeatmap</name>
    <message>
        <location filename="../../gui/training/heatmap.py" line="73" />
        <source>Run:</source>
        <translation>실행:</translation>
    </message>
    <message>
        <location filename="../../gui/training/heatmap.py" line="74" />
        <source>Run shown in the gradient heatmap</source>
        <translation>기울기 히트맵에 표시할 실행</translation>
    </message>
    <message>
        <location filename="../../gui/training/heatmap.py" line="75" />
        <source>Gradient norm per layer (log10)</source>
        <translation>레이어별 기울기 노름(log10)</translation>
    </message>
    <message>
        <location filename="../../gui/training/heatmap.py" line="77" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../gui/training/heatmap.py" line="78" />
        <source>The gradient norms are collected during training and shown here after the first epoch.</source>
        <translation>기울기 노름은 학습 중에 모이며 첫 에포크가 끝나면 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/heatmap.py" line="81" />
        <source>Dark rows near the input mean the gradient vanishes before it reaches those layers: they barely learn. ReLU, batch normalisation and residual links keep it alive.</source>
        <translation>입력 가까이의 어두운 행은 기울기가 그 레이어에 닿기 전에 사라진다는 뜻입니다: 거의 학습하지 못합니다. ReLU, 배치 정규화, 잔차 연결이 기울기를 살려 둡니다.</translation>
    </message>
</context>
<context>
    <name>GuideTour</name>
    <message><location filename="../../gui/guide_tour.py" line="65" /><source>Back</source><translation>이전</translation></message><message><location filename="../../gui/guide_tour.py" line="67" /><source>Close</source><translation>닫기</translation></message><message><location filename="../../gui/guide_tour.py" line="124" /><source>Done</source><translation>마침</translation></message><message><location filename="../../gui/guide_tour.py" line="124" /><source>Next</source><translation>다음</translation></message></context>
<context>
    <name>ImportDialog</name>
    <message><location filename="../../gui/widgets/import_dialog.py" line="86" /><source>Input size</source><translation>입력 크기</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="226" /><source>Weights</source><translation>가중치</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="69" /><location filename="../../gui/widgets/import_dialog.py" line="82" /><source>Browse…</source><translation>찾아보기…</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="227" /><source>Weights (*.safetensors *.pt *.pth)</source><translation>가중치 (*.safetensors *.pt *.pth)</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="42" /><source>The model could not be imported (%1).</source><translation>모델을 가져올 수 없습니다 (%1).</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="54" /><source>Import a Model</source><translation>모델 가져오기</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="65" /><location filename="../../gui/widgets/import_dialog.py" line="113" /><source>torchvision model</source><translation>torchvision 모델</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="66" /><source>torchvision model:</source><translation>torchvision 모델:</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="68" /><source>File to import</source><translation>가져올 파일</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="71" /><source>File:</source><translation>파일:</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="73" /><source>the nn.Module class (optional if only one)</source><translation>nn.Module 클래스 (하나뿐이면 생략 가능)</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="74" /><source>Class:</source><translation>클래스:</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="76" /><source>Fresh (random) weights</source><translation>새 (무작위) 가중치</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="77" /><source>torchvision's pretrained weights</source><translation>torchvision의 사전 학습 가중치</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="78" /><source>A weights file…</source><translation>가중치 파일…</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="79" /><source>Weights:</source><translation>가중치:</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="81" /><source>.safetensors or .pt state dict</source><translation>.safetensors 또는 .pt state dict</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="84" /><source>Weights file:</source><translation>가중치 파일:</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="87" /><source>Input (C x H x W):</source><translation>입력 (C x H x W):</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="89" /><source>Importing a Python file runs its code on this computer, with your rights. Import only files you trust.</source><translation>Python 파일을 가져오면 그 코드가 이 컴퓨터에서 사용자의 권한으로 실행됩니다. 믿을 수 있는 파일만 가져오세요.</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="98" /><location filename="../../gui/widgets/import_dialog.py" line="143" /><location filename="../../gui/widgets/import_dialog.py" line="221" /><source>Import</source><translation>가져오기</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="113" /><source>Python file (.py)</source><translation>Python 파일 (.py)</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="114" /><source>Exported program (.pt2)</source><translation>내보낸 프로그램 (.pt2)</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="142" /><source>Run the File and Import</source><translation>파일을 실행하고 가져오기</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="152" /><source>The input size must be channels x height x width, e.g. 3x224x224.</source><translation>입력 크기는 채널 x 높이 x 너비여야 합니다. 예: 3x224x224.</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="158" /><source>Choose the weights file, or fresh weights.</source><translation>가중치 파일을 고르거나 새 가중치를 고르세요.</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="167" /><source>Choose a %1 file.</source><translation>%1 파일을 고르세요.</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="186" /><source>Importing…</source><translation>가져오는 중…</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="219" /><source>Python files (*.py)</source><translation>Python 파일 (*.py)</translation></message><message><location filename="../../gui/widgets/import_dialog.py" line="220" /><source>Exported programs (*.pt2)</source><translation>내보낸 프로그램 (*.pt2)</translation></message></context>
<context>
    <name>InputCheckBar</name>
    <message>
        <location filename="../../gui/training/input_check.py" line="91" />
        <source>The network takes {0} images but {1} has {2}: use {3}, or set the Input layer to {2}.</source>
        <translation>네트워크는 {0} 영상을 받는데 {1}은(는) {2}입니다: {3}을(를) 쓰거나 입력 레이어를 {2}(으)로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/input_check.py" line="94" />
        <source>The network takes {0} images but {1} has {2}: set the Input layer to {2}, or choose a data set of {0} images.</source>
        <translation>네트워크는 {0} 영상을 받는데 {1}은(는) {2}입니다: 입력 레이어를 {2}(으)로 바꾸거나 {0} 영상의 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/input_check.py" line="102" />
        <source>Use {0}</source>
        <translation>{0} 사용</translation>
    </message>
    <message>
        <location filename="../../gui/training/input_check.py" line="103" />
        <source>Set the Input layer to {0}</source>
        <translation>입력 레이어를 {0}(으)로 설정</translation>
    </message>
</context>
<context>
    <name>InspectDock</name>
    <message>
        <location filename="../../gui/inspect/dock.py" line="13" />
        <source>Look inside</source>
        <translation>들여다보기</translation>
    </message>
</context>
<context>
    <name>InspectPanel</name>
    <message><location filename="../../gui/inspect/panel.py" line="83" /><source>Colour map</source><translation>색상표</translation></message><message><location filename="../../gui/inspect/panel.py" line="52" /><source>Use the network on the canvas</source><translation>캔버스의 네트워크 사용</translation></message><message><location filename="../../gui/inspect/panel.py" line="54" /><source>Load weights…</source><translation>가중치 불러오기…</translation></message><message><location filename="../../gui/inspect/panel.py" line="55" /><location filename="../../gui/inspect/panel.py" line="309" /><source>untrained (random weights)</source><translation>학습 전(무작위 가중치)</translation></message><message><location filename="../../gui/inspect/panel.py" line="57" /><source>Normalise as in training</source><translation>학습 때처럼 정규화</translation></message><message><location filename="../../gui/inspect/panel.py" line="61" /><location filename="../../gui/inspect/panel.py" line="82" /><source>Layer</source><translation>레이어</translation></message><message><location filename="../../gui/inspect/panel.py" line="66" /><source>Export PNG…</source><translation>PNG로 내보내기…</translation></message><message><location filename="../../gui/inspect/panel.py" line="76" /><source>Feature maps</source><translation>특징지도</translation></message><message><location filename="../../gui/inspect/panel.py" line="77" /><source>Filters</source><translation>필터</translation></message><message><location filename="../../gui/inspect/panel.py" line="78" /><source>Class activation map</source><translation>클래스 활성화 맵</translation></message><message><location filename="../../gui/inspect/panel.py" line="120" /><source>Epoch</source><translation>에포크</translation></message><message><location filename="../../gui/inspect/panel.py" line="122" /><source>Training run</source><translation>학습 실행</translation></message><message><location filename="../../gui/inspect/panel.py" line="155" /><source>Building the network…</source><translation>네트워크 만드는 중…</translation></message><message><location filename="../../gui/inspect/panel.py" line="170" /><source>class %1</source><translation>클래스 %1</translation></message><message><location filename="../../gui/inspect/panel.py" line="231" /><source>Load weights</source><translation>가중치 불러오기</translation></message><message><location filename="../../gui/inspect/panel.py" line="232" /><source>Weights (*.safetensors *.pt *.pth);;All files (*)</source><translation>가중치 (*.safetensors *.pt *.pth);;모든 파일 (*)</translation></message><message><location filename="../../gui/inspect/panel.py" line="299" /><source>Cell (%1, %2) sees rows %3–%4, columns %5–%6</source><translation>칸 (%1, %2)은(는) 행 %3–%4, 열 %5–%6을 봅니다</translation></message><message><location filename="../../gui/inspect/panel.py" line="365" /><source>epoch %1</source><translation>에포크 %1</translation></message><message><location filename="../../gui/inspect/panel.py" line="366" /><source>trained: %1, epoch %2</source><translation>학습됨: %1, 에포크 %2</translation></message><message><location filename="../../gui/inspect/panel.py" line="377" /><source>Export view</source><translation>화면 내보내기</translation></message><message><location filename="../../gui/inspect/panel.py" line="378" /><source>PNG images (*.png)</source><translation>PNG 이미지 (*.png)</translation></message><message><location filename="../../gui/inspect/panel.py" line="380" /><source>Cannot write %1; choose another folder.</source><translation>%1을(를) 쓸 수 없습니다. 다른 폴더를 고르세요.</translation></message></context>
<context>
    <name>InspectSource</name>
    <message><location filename="../../gui/inspect/source.py" line="69" /><source>Class</source><translation>클래스</translation></message><message><location filename="../../gui/inspect/source.py" line="38" /><source>Data set</source><translation>데이터셋</translation></message><message><location filename="../../gui/inspect/source.py" line="38" /><source>File</source><translation>파일</translation></message><message><location filename="../../gui/inspect/source.py" line="38" /><location filename="../../gui/inspect/source.py" line="176" /><source>Drawing</source><translation>그리기</translation></message><message><location filename="../../gui/inspect/source.py" line="39" /><source>Image source</source><translation>영상 출처</translation></message><message><location filename="../../gui/inspect/source.py" line="66" /><source>All</source><translation>전체</translation></message><message><location filename="../../gui/inspect/source.py" line="66" /><source>Correct</source><translation>정답</translation></message><message><location filename="../../gui/inspect/source.py" line="66" /><source>Incorrect</source><translation>오답</translation></message><message><location filename="../../gui/inspect/source.py" line="70" /><source>Show</source><translation>보기</translation></message><message><location filename="../../gui/inspect/source.py" line="74" /><source>Image</source><translation>영상</translation></message><message><location filename="../../gui/inspect/source.py" line="83" /><source>Open image…</source><translation>영상 열기…</translation></message><message><location filename="../../gui/inspect/source.py" line="84" /><source>No file chosen</source><translation>고른 파일 없음</translation></message><message><location filename="../../gui/inspect/source.py" line="96" /><source>Clear</source><translation>지우기</translation></message><message><location filename="../../gui/inspect/source.py" line="113" /><source>All classes</source><translation>모든 클래스</translation></message><message><location filename="../../gui/inspect/source.py" line="140" /><source>of %1</source><translation>/ %1</translation></message><message><location filename="../../gui/inspect/source.py" line="149" /><source>Image %1 (%2)</source><translation>영상 %1 (%2)</translation></message><message><location filename="../../gui/inspect/source.py" line="161" /><source>Open image</source><translation>영상 열기</translation></message><message><location filename="../../gui/inspect/source.py" line="162" /><source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source><translation>영상 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;모든 파일 (*)</translation></message></context>
<context>
    <name>Inspector</name>
    <message><location filename="../../gui/properties/editors.py" line="76" /><source>same</source><translation>same(유지)</translation></message><message><location filename="../../gui/properties/inspector.py" line="35" /><source>Receptive field</source><translation>수용 영역</translation></message><message><location filename="../../gui/properties/inspector.py" line="32" /><source>Weights</source><translation>가중치</translation></message><message><location filename="../../gui/properties/inspector.py" line="47" /><source>Inspector</source><translation>속성</translation></message><message><location filename="../../gui/properties/inspector.py" line="122" /><source>Messages</source><translation>메시지</translation></message><message><location filename="../../gui/properties/inspector.py" line="32" /><source>Output size</source><translation>출력 크기</translation></message><message><location filename="../../gui/properties/inspector.py" line="32" /><source>Biases</source><translation>편향</translation></message><message><location filename="../../gui/properties/inspector.py" line="33" /><source>Parameters</source><translation>파라미터</translation></message><message><location filename="../../gui/properties/inspector.py" line="33" /><source>MACs (multiply-accumulates)</source><translation>MAC(곱셈-누적)</translation></message><message><location filename="../../gui/properties/inspector.py" line="34" /><source>Values (activations)</source><translation>값(활성화)</translation></message><message><location filename="../../gui/properties/inspector.py" line="71" /><source>Select a layer to see its parameters.</source><translation>레이어를 선택하면 파라미터가 보입니다.</translation></message><message numerus="yes"><location filename="../../gui/properties/inspector.py" line="72" /><source>%n layer(s) selected.</source><translation>
            <numerusform>레이어 %n개를 선택했습니다.</numerusform>
        </translation></message><message><location filename="../../gui/properties/inspector.py" line="100" /><location filename="../../gui/properties/inspector.py" line="104" /><source>Name</source><translation>이름</translation></message><message><location filename="../../gui/properties/inspector.py" line="121" /><source>Formulas</source><translation>공식</translation></message><message><location filename="../../gui/properties/inspector.py" line="203" /><source>No formulas: the layer has no output yet.</source><translation>공식 없음: 이 레이어는 아직 출력이 없습니다.</translation></message><message><location filename="../../gui/properties/inspector.py" line="216" /><source>No shape yet: fix %1 first.</source><translation>아직 크기가 없습니다: 먼저 %1을(를) 고치세요.</translation></message><message><location filename="../../gui/properties/inspector.py" line="220" /><source>No problems.</source><translation>문제 없음.</translation></message></context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../../gui/labs/catalogue.py" line="48" />
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/labs/catalogue.py" line="50" />
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <location filename="../../gui/labs/catalogue.py" line="52" />
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/catalogue.py" line="54" />
        <source>Receptive field</source>
        <translation>수용 영역</translation>
    </message>
    <message>
        <location filename="../../gui/labs/catalogue.py" line="56" />
        <source>Vanishing gradients</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <location filename="../../gui/labs/catalogue.py" line="58" />
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
</context>
<context>
    <name>LabsWindow</name>
    <message><location filename="../../gui/labs/window.py" line="71" /><source>Labs — ConvStudio</source><translation>실습 — ConvStudio</translation></message><message><location filename="../../gui/labs/window.py" line="72" /><source>Labs</source><translation>실습</translation></message><message><location filename="../../gui/labs/window.py" line="136" /><source>Loading PyTorch…</source><translation>PyTorch를 불러오는 중…</translation></message></context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="5" />
        <source>Input/Output</source>
        <translation>입력/출력</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="6" />
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="7" />
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="8" />
        <source>Normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="9" />
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="10" />
        <source>Regularization</source>
        <translation>규제</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="11" />
        <source>Linear</source>
        <translation>완전연결</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="12" />
        <source>Merge</source>
        <translation>합치기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="13" />
        <source>Blocks</source>
        <translation>블록</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="14" />
        <source>Adaptive average pooling</source>
        <translation>적응형 평균 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="15" />
        <source>Averages over windows chosen so the output is output_size x output_size, whatever the input size.</source>
        <translation>입력 크기와 상관없이 출력이 output_size x output_size가 되도록 고른 창마다 평균을 냅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="16" />
        <source>AdaptivePool</source>
        <translation>적응풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="17" />
        <source>output size</source>
        <translation>출력 크기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="18" />
        <source>Output height and width.</source>
        <translation>출력의 높이와 너비.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="19" />
        <source>Add (residual)</source>
        <translation>더하기(잔차)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="20" />
        <source>Element-wise sum of inputs of identical shape, as in a residual link: y = F(x) + x.</source>
        <translation>같은 모양의 입력을 원소별로 더합니다. 잔차 연결과 같습니다: y = F(x) + x.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="21" />
        <source>Add</source>
        <translation>덧셈</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="22" />
        <source>Average pooling</source>
        <translation>평균 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="23" />
        <source>Replaces each window by its mean; no weights. Output: floor((N + 2P - K) / S) + 1.</source>
        <translation>각 창을 평균값으로 바꿉니다. 가중치 없음. 출력: floor((N + 2P - K) / S) + 1.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="24" />
        <source>AvgPool</source>
        <translation>평균풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="25" />
        <source>window</source>
        <translation>창 크기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="26" />
        <source>Window height and width.</source>
        <translation>창의 높이와 너비.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="27" />
        <source>stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="28" />
        <source>Step between windows (equal to the window: no overlap; smaller: overlapping pooling as in AlexNet).</source>
        <translation>창 사이의 간격(창 크기와 같으면 겹치지 않음, 작으면 AlexNet처럼 겹치는 풀링).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="29" />
        <source>padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="30" />
        <source>Padding on each side (at most half the window).</source>
        <translation>각 변에 붙이는 패딩(창 크기의 절반 이하).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="31" />
        <source>ceil mode</source>
        <translation>올림 모드</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="32" />
        <source>Round the output size up instead of down, keeping a partial last window.</source>
        <translation>출력 크기를 내림 대신 올림하여 마지막의 일부 창도 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="33" />
        <source>Batch normalisation (1-D)</source>
        <translation>배치 정규화(1-D)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="34" />
        <source>Normalises each feature over the batch: y = gamma * (x - mean) / sqrt(var + eps) + beta.</source>
        <translation>각 특징을 배치에 걸쳐 정규화합니다: y = gamma * (x - mean) / sqrt(var + eps) + beta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="35" />
        <source>BatchNorm1d</source>
        <translation>배치정규화1d</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="36" />
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="37" />
        <source>Added to the variance for stability.</source>
        <translation>안정성을 위해 분산에 더하는 값.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="38" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="39" />
        <source>Update rate of the running statistics.</source>
        <translation>이동 통계의 갱신 비율.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="40" />
        <source>affine</source>
        <translation>affine</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="41" />
        <source>Learn a scale (gamma) and shift (beta) per channel.</source>
        <translation>채널마다 배율(gamma)과 이동(beta)을 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="42" />
        <source>Batch normalisation (2-D)</source>
        <translation>배치 정규화(2-D)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="43" />
        <source>Normalises each channel over the batch: y = gamma * (x - mean) / sqrt(var + eps) + beta.</source>
        <translation>각 채널을 배치에 걸쳐 정규화합니다: y = gamma * (x - mean) / sqrt(var + eps) + beta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="44" />
        <source>BatchNorm</source>
        <translation>배치정규화</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="45" />
        <source>Residual bottleneck</source>
        <translation>잔차 병목 블록</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="46" />
        <source>ResNet-50/101/152: 1x1 conv reduces to `width` channels, 3x3 conv, 1x1 conv expands to out_channels (each with BN), plus the shortcut.</source>
        <translation>ResNet-50/101/152: 1x1 합성곱으로 `width` 채널로 줄이고, 3x3 합성곱, 1x1 합성곱으로 out_channels까지 늘린 뒤(각각 BN 포함) 지름길을 더합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="47" />
        <source>Bottleneck</source>
        <translation>병목</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="48" />
        <source>filters</source>
        <translation>필터 수</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="49" />
        <source>Channels the block outputs (4 x width in ResNet).</source>
        <translation>블록이 내보내는 채널 수(ResNet에서는 4 x width).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="50" />
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="51" />
        <source>Channels of the 1x1 reduction and the 3x3 conv.</source>
        <translation>1x1 축소와 3x3 합성곱의 채널 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="52" />
        <source>Stride of the block (2 halves the height and width).</source>
        <translation>블록의 스트라이드(2면 높이와 너비가 절반).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="53" />
        <source>shortcut</source>
        <translation>지름길</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="54" />
        <source>identity: y = F(x) + x; projection: y = F(x) + W_s x with a 1x1 conv and BN; auto: projection only when the shape changes (as torchvision).</source>
        <translation>identity: y = F(x) + x; projection: 1x1 합성곱과 BN으로 y = F(x) + W_s x; auto: 모양이 바뀔 때만 projection(torchvision과 같음).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="55" />
        <source>auto</source>
        <translation>auto(자동)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="56" />
        <source>identity</source>
        <translation>identity(항등)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="57" />
        <source>projection</source>
        <translation>projection(사영)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="58" />
        <source>stride on</source>
        <translation>스트라이드 위치</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="59" />
        <source>Which conv strides: 3x3 (torchvision, "ResNet v1.5") or the first 1x1 (the 2015 paper, fewer MACs).</source>
        <translation>어느 합성곱에 스트라이드를 줄지: 3x3(torchvision, "ResNet v1.5") 또는 첫 1x1(2015년 논문, MAC이 적음).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="60" />
        <source>3x3</source>
        <translation>3x3</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="61" />
        <source>1x1</source>
        <translation>1x1</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="62" />
        <source>Channel slice</source>
        <translation>채널 구간</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="63" />
        <source>Keeps channels start .. end-1 of its input (end 0 = to the last). DPN uses it to split a tensor into its residual and dense paths.</source>
        <translation>입력의 채널 start .. end-1만 남깁니다(end 0 = 끝까지). DPN이 텐서를 잔차 경로와 밀집 경로로 나눌 때 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="64" />
        <source>Slice</source>
        <translation>채널자르기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="65" />
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="66" />
        <source>First channel kept.</source>
        <translation>남기는 첫 채널.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="67" />
        <source>end</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="68" />
        <source>One past the last channel kept (0: to the end).</source>
        <translation>남기는 마지막 채널 다음 번호(0: 끝까지).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="69" />
        <source>Concatenate (channels)</source>
        <translation>이어 붙이기(채널)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="70" />
        <source>Stacks inputs along the channel axis, as in inception modules and dense blocks: C = C_1 + C_2 + ...; heights and widths must agree.</source>
        <translation>인셉션 모듈과 덴스 블록처럼 입력을 채널 방향으로 쌓습니다: C = C_1 + C_2 + ...; 높이와 너비가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="71" />
        <source>Concat</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="72" />
        <source>Slides out_channels filters of size K x K x C_in over the image. Output size: floor((N + 2P - K) / S) + 1; weights K*K*C_in*C_out, plus one bias per filter.</source>
        <translation>K x K x C_in 크기의 필터 out_channels개를 영상 위로 밀며 계산합니다. 출력 크기: floor((N + 2P - K) / S) + 1; 가중치 K*K*C_in*C_out개와 필터마다 편향 하나.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="73" />
        <source>Conv</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="74" />
        <source>Number of filters = output channels.</source>
        <translation>필터 수 = 출력 채널 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="75" />
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="76" />
        <source>Filter height and width (K).</source>
        <translation>필터의 높이와 너비(K).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="77" />
        <source>Step between filter positions (S).</source>
        <translation>필터 위치 사이의 간격(S).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="78" />
        <source>Zeros added on each side (P), or "same" to keep the size (stride 1 only).</source>
        <translation>각 변에 붙이는 0의 개수(P), 또는 크기를 유지하는 "same"(스트라이드 1에서만).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="79" />
        <source>dilation</source>
        <translation>팽창</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="80" />
        <source>Spacing between kernel taps (1 = ordinary).</source>
        <translation>커널 원소 사이의 간격(1 = 보통 합성곱).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="81" />
        <source>groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="82" />
        <source>Split channels into groups convolved separately.</source>
        <translation>채널을 그룹으로 나누어 따로 합성곱합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="83" />
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="84" />
        <source>Add one learned bias per filter.</source>
        <translation>필터마다 학습되는 편향 하나를 더합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="85" />
        <source>Dual path block (DPN)</source>
        <translation>이중 경로 블록(DPN)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="86" />
        <source>A residual path (added, residual_channels wide) and a dense path (grows by `increment` channels) computed by one shared grouped bottleneck.</source>
        <translation>하나의 공유된 그룹 병목이 계산하는 잔차 경로(더함, 너비 residual_channels)와 밀집 경로(`increment` 채널씩 늘어남).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="87" />
        <source>DPN</source>
        <translation>DPN</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="88" />
        <source>residual channels</source>
        <translation>잔차 채널</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="89" />
        <source>Width of the residual path.</source>
        <translation>잔차 경로의 너비.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="90" />
        <source>increment</source>
        <translation>증가량</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="91" />
        <source>Channels added to the dense path.</source>
        <translation>밀집 경로에 더해지는 채널 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="92" />
        <source>Channels of the grouped 3x3 conv.</source>
        <translation>그룹 3x3 합성곱의 채널 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="93" />
        <source>Groups of the 3x3 conv.</source>
        <translation>3x3 합성곱의 그룹 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="94" />
        <source>projection: a BN-ReLU-1x1 conv makes both paths (first block of a stage); identity: split the input.</source>
        <translation>projection: BN-ReLU-1x1 합성곱이 두 경로를 만듭니다(단계의 첫 블록); identity: 입력을 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="95" />
        <source>Dense block</source>
        <translation>덴스 블록</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="96" />
        <source>DenseNet: each layer (BN-ReLU-[1x1 conv]-BN-ReLU-3x3 conv) adds growth_rate channels and sees every earlier output: C_out = C_in + layers * k.</source>
        <translation>DenseNet: 각 층(BN-ReLU-[1x1 합성곱]-BN-ReLU-3x3 합성곱)이 growth_rate 채널을 더하고 앞선 모든 출력을 봅니다: C_out = C_in + layers * k.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="97" />
        <source>DenseBlock</source>
        <translation>밀집블록</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="98" />
        <source>layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="99" />
        <source>Layers in the block.</source>
        <translation>블록 안의 층 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="100" />
        <source>growth k</source>
        <translation>성장률 k</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="101" />
        <source>Channels each layer adds (k).</source>
        <translation>각 층이 더하는 채널 수(k).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="102" />
        <source>bottleneck</source>
        <translation>병목</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="103" />
        <source>A 1x1 conv to bn_size * k channels before each 3x3 (DenseNet-B).</source>
        <translation>각 3x3 앞에 bn_size * k 채널로 가는 1x1 합성곱(DenseNet-B).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="104" />
        <source>bn size</source>
        <translation>병목 배수</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="105" />
        <source>Bottleneck width as a multiple of k.</source>
        <translation>병목 너비(k의 배수).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="106" />
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="107" />
        <source>In training, zeroes each value with probability p and scales the rest by 1/(1-p); does nothing in evaluation.</source>
        <translation>학습 중에는 각 값을 확률 p로 0으로 만들고 나머지를 1/(1-p)배 합니다. 평가 때는 아무것도 하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="108" />
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="109" />
        <source>Probability of dropping a value.</source>
        <translation>값을 버릴 확률.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="110" />
        <source>Dropout (channels)</source>
        <translation>드롭아웃(채널)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="111" />
        <source>In training, zeroes whole channels with probability p; does nothing in evaluation.</source>
        <translation>학습 중에는 채널 전체를 확률 p로 0으로 만듭니다. 평가 때는 아무것도 하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="112" />
        <source>Dropout2d</source>
        <translation>드롭아웃2d</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="113" />
        <source>Probability of dropping a channel.</source>
        <translation>채널을 버릴 확률.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="114" />
        <source>Flatten</source>
        <translation>평탄화(Flatten)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="115" />
        <source>Unrolls C x H x W into one vector of C*H*W numbers; the spatial layout is lost.</source>
        <translation>C x H x W를 C*H*W개 숫자의 벡터 하나로 폅니다. 공간 배치 정보는 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="118" />
        <source>Global average pooling (GAP)</source>
        <translation>전역 평균 풀링(GAP)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="119" />
        <source>Averages each channel over the whole image to one number: C x H x W -&gt; C. A GAP + FC head makes the Class Activation Map possible: M_c(x, y) = sum_k w_k^c f_k(x, y).</source>
        <translation>각 채널을 영상 전체에 걸쳐 평균 내어 숫자 하나로 만듭니다: C x H x W -&gt; C. GAP + FC 헤드가 있으면 클래스 활성화 맵(CAM)을 만들 수 있습니다: M_c(x, y) = sum_k w_k^c f_k(x, y).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="120" />
        <source>GAP</source>
        <translation>GAP</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="127" />
        <source>Identity</source>
        <translation>항등(Identity)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="128" />
        <source>Passes its input through unchanged; useful as a named junction or an identity shortcut.</source>
        <translation>입력을 그대로 내보냅니다. 이름 붙은 분기점이나 항등 지름길로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="129" />
        <source>Inception module (v1)</source>
        <translation>인셉션 모듈(v1)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="130" />
        <source>GoogLeNet: 1x1 | 1x1 -&gt; 3x3 | 1x1 -&gt; 5x5 | 3x3 max pool -&gt; 1x1 branches, concatenated; the 1x1 reductions cut the cost of the large filters.</source>
        <translation>GoogLeNet: 1x1 | 1x1 -&gt; 3x3 | 1x1 -&gt; 5x5 | 3x3 최대 풀링 -&gt; 1x1 가지를 이어 붙입니다. 1x1 축소가 큰 필터의 계산량을 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="131" />
        <source>Inception</source>
        <translation>인셉션</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="132" />
        <source>ch1x1</source>
        <translation>ch1x1</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="133" />
        <source>#1x1: filters of the 1x1 branch.</source>
        <translation>#1x1: 1x1 가지의 필터 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="134" />
        <source>ch3x3red</source>
        <translation>ch3x3red</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="135" />
        <source>#3x3 reduce: 1x1 filters before the 3x3.</source>
        <translation>#3x3 reduce: 3x3 앞 1x1 필터 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="136" />
        <source>ch3x3</source>
        <translation>ch3x3</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="137" />
        <source>#3x3: filters of the 3x3 conv.</source>
        <translation>#3x3: 3x3 합성곱의 필터 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="138" />
        <source>ch5x5red</source>
        <translation>ch5x5red</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="139" />
        <source>#5x5 reduce: 1x1 filters before the 5x5.</source>
        <translation>#5x5 reduce: 5x5 앞 1x1 필터 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="140" />
        <source>ch5x5</source>
        <translation>ch5x5</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="141" />
        <source>#5x5: filters of the 5x5 conv.</source>
        <translation>#5x5: 5x5 합성곱의 필터 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="142" />
        <source>pool proj</source>
        <translation>pool proj</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="143" />
        <source>pool proj: 1x1 filters after the max pool.</source>
        <translation>pool proj: 최대 풀링 뒤 1x1 필터 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="144" />
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="145" />
        <source>Conv-BN-ReLU units without conv biases (torchvision) instead of conv-ReLU (the 2014 paper).</source>
        <translation>합성곱-ReLU(2014년 논문) 대신 편향 없는 합성곱-BN-ReLU 단위(torchvision).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="146" />
        <source>branch3 kernel</source>
        <translation>branch3 커널</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="147" />
        <source>Kernel of the "5x5" branch (torchvision uses 3 to match its pretrained weights).</source>
        <translation>"5x5" 가지의 커널(torchvision은 사전학습 가중치에 맞추려고 3을 씁니다).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="148" />
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="149" />
        <source>The image that enters the network: channels x height x width (1 for grayscale, 3 for RGB).</source>
        <translation>네트워크에 들어가는 영상: 채널 x 높이 x 너비(흑백 1, RGB 3).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="150" />
        <source>channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="151" />
        <source>Colour channels: 1 grayscale, 3 RGB.</source>
        <translation>색 채널: 흑백 1, RGB 3.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="152" />
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="153" />
        <source>Image height in pixels.</source>
        <translation>영상 높이(픽셀).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="154" />
        <source>Image width in pixels.</source>
        <translation>영상 너비(픽셀).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="155" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="156" />
        <source>x for x &gt; 0, slope * x otherwise.</source>
        <translation>x &gt; 0이면 x, 아니면 slope * x.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="157" />
        <source>LeakyReLU</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="158" />
        <source>slope</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="159" />
        <source>Slope for negative inputs.</source>
        <translation>음수 입력에 대한 기울기.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="160" />
        <source>Fully connected (FC)</source>
        <translation>완전연결(FC)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="161" />
        <source>Every output is a weighted sum of every input plus a bias: y = W x + b; weights in_features * out_features.</source>
        <translation>모든 출력은 모든 입력의 가중합에 편향을 더한 값입니다: y = W x + b; 가중치 in_features * out_features개.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="162" />
        <source>FC</source>
        <translation>FC</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="163" />
        <source>outputs</source>
        <translation>출력 수</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="164" />
        <source>Number of outputs (classes for the last layer).</source>
        <translation>출력 개수(마지막 층이면 클래스 수).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="165" />
        <source>Add one learned bias per output.</source>
        <translation>출력마다 학습되는 편향 하나를 더합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="166" />
        <source>Local response normalisation (LRN)</source>
        <translation>국소 응답 정규화(LRN)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="167" />
        <source>AlexNet's normalisation across neighbouring channels: b_i = a_i / (k + alpha/n * sum_j a_j^2)^beta. No weights.</source>
        <translation>이웃 채널에 걸친 AlexNet의 정규화: b_i = a_i / (k + alpha/n * sum_j a_j^2)^beta. 가중치 없음.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="168" />
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="169" />
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="170" />
        <source>Number of neighbouring channels (n).</source>
        <translation>이웃 채널 수(n).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="171" />
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="172" />
        <source>Scale (alpha).</source>
        <translation>배율(alpha).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="173" />
        <source>beta</source>
        <translation>beta</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="174" />
        <source>Exponent (beta).</source>
        <translation>지수(beta).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="175" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="176" />
        <source>Additive constant (k).</source>
        <translation>더하는 상수(k).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="177" />
        <source>Max pooling</source>
        <translation>최대 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="178" />
        <source>Keeps the largest value of each window; no weights. Output: floor((N + 2P - K) / S) + 1.</source>
        <translation>각 창에서 가장 큰 값을 남깁니다. 가중치 없음. 출력: floor((N + 2P - K) / S) + 1.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="179" />
        <source>MaxPool</source>
        <translation>최대풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="183" />
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="184" />
        <source>Marks a result of the network (the class scores); the tensor passes through unchanged.</source>
        <translation>네트워크의 결과(클래스 점수)를 표시합니다. 텐서는 그대로 지나갑니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="185" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="186" />
        <source>max(0, x): keeps positives, zeroes negatives; gradients do not vanish for positive inputs.</source>
        <translation>max(0, x): 양수는 그대로, 음수는 0. 양수 입력에서는 기울기가 사라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="189" />
        <source>ResNeXt block</source>
        <translation>ResNeXt 블록</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="190" />
        <source>A bottleneck whose 3x3 conv is split into `cardinality` parallel groups of `group_width` channels (aggregated transformations).</source>
        <translation>3x3 합성곱을 `group_width` 채널의 병렬 그룹 `cardinality`개로 나눈 병목 블록(집계 변환).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="191" />
        <source>ResNeXt</source>
        <translation>ResNeXt</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="192" />
        <source>Channels the block outputs.</source>
        <translation>블록이 내보내는 채널 수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="193" />
        <source>cardinality</source>
        <translation>카디널리티</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="194" />
        <source>Number of groups (C).</source>
        <translation>그룹 수(C).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="195" />
        <source>group width</source>
        <translation>그룹 너비</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="196" />
        <source>Channels per group (d).</source>
        <translation>그룹당 채널 수(d).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="197" />
        <source>Residual block (basic)</source>
        <translation>잔차 블록(기본)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="198" />
        <source>ResNet-18/34: two 3x3 conv-BN layers and a shortcut, y = ReLU(F(x) + x).</source>
        <translation>ResNet-18/34: 3x3 합성곱-BN 층 두 개와 지름길, y = ReLU(F(x) + x).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="199" />
        <source>Residual</source>
        <translation>잔차</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="203" />
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="204" />
        <source>1 / (1 + e^-x): squashes to (0, 1); its gradient is at most 1/4, so deep sigmoid stacks suffer vanishing gradients.</source>
        <translation>1 / (1 + e^-x): (0, 1)로 눌러 담습니다. 기울기가 최대 1/4이라 깊이 쌓으면 기울기 소실이 생깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="205" />
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="206" />
        <source>e^x_i / sum_j e^x_j over the channels: turns scores into probabilities that sum to 1.</source>
        <translation>채널에 걸친 e^x_i / sum_j e^x_j: 점수를 합이 1인 확률로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="215" />
        <source>Stochastic pooling</source>
        <translation>확률적 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="216" />
        <source>Training: each window picks one element a_i with probability p_i = a_i / sum_k a_k. Evaluation: outputs the expectation sum_i p_i a_i. Use after ReLU (non-negative inputs).</source>
        <translation>학습: 각 창에서 원소 a_i 하나를 확률 p_i = a_i / sum_k a_k로 고릅니다. 평가: 기댓값 sum_i p_i a_i를 냅니다. ReLU 뒤(음이 아닌 입력)에 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="217" />
        <source>StochPool</source>
        <translation>확률풀링</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="218" />
        <source>Step between windows.</source>
        <translation>창 사이의 간격.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="219" />
        <source>Padding on each side.</source>
        <translation>각 변의 패딩.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="220" />
        <source>Trainable subsampling (LeNet-5)</source>
        <translation>학습되는 서브샘플링(LeNet-5)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="221" />
        <source>LeNet-5's pooling: per channel, y = w * (sum of a K x K block) + b, with one learned coefficient w and bias b per channel (2 * C parameters). Non-overlapping (stride = K).</source>
        <translation>LeNet-5의 풀링: 채널마다 y = w * (K x K 블록의 합) + b, 채널당 학습 계수 w와 편향 b 하나씩(파라미터 2 * C개). 겹치지 않음(스트라이드 = K).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="222" />
        <source>Subsample</source>
        <translation>서브샘플</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="223" />
        <source>Block height and width (stride is the same).</source>
        <translation>블록의 높이와 너비(스트라이드도 같음).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="224" />
        <source>Partly connected convolution (LeNet-5 C3)</source>
        <translation>부분 연결 합성곱(LeNet-5 C3)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="225" />
        <source>A convolution whose output maps each see only some input maps, listed in a connection table (LeNet-5's C3: 6 maps see 3 inputs, 9 see 4, 1 sees all 6 -&gt; 1,516 parameters). It breaks symmetry and saves weights.</source>
        <translation>출력 특징지도마다 연결표에 적힌 일부 입력 특징지도만 보는 합성곱(LeNet-5의 C3: 6개는 입력 3개, 9개는 4개, 1개는 6개 모두 -&gt; 파라미터 1,516개). 대칭을 깨고 가중치를 아낍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="226" />
        <source>TableConv</source>
        <translation>부분합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="227" />
        <source>table</source>
        <translation>연결표</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="228" />
        <source>Which connection table to use.</source>
        <translation>사용할 연결표.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="229" />
        <source>lenet5_c3</source>
        <translation>lenet5_c3</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="230" />
        <source>Filter height and width.</source>
        <translation>필터의 높이와 너비.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="231" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="232" />
        <source>(e^x - e^-x) / (e^x + e^-x): squashes to (-1, 1).</source>
        <translation>(e^x - e^-x) / (e^x + e^-x): (-1, 1)로 눌러 담습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="233" />
        <source>Input transform (GoogLeNet)</source>
        <translation>입력 변환 (GoogLeNet)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="234" />
        <source>Re-normalises an ImageNet-normalised RGB image ((x - mean) / std) to the [-1, 1] scale ((x - 0.5) / 0.5) that torchvision's pretrained GoogLeNet and Inception-v3 weights were trained on, as their transform_input does; no weights.</source>
        <translation>ImageNet 방식으로 정규화한 RGB 이미지((x - mean) / std)를 torchvision의 사전 학습된 GoogLeNet과 Inception-v3 가중치가 학습된 [-1, 1] 범위((x - 0.5) / 0.5)로 다시 정규화합니다. 이 모델들의 transform_input과 같으며, 가중치는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="235" />
        <source>Transform</source>
        <translation>변환</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="236" />
        <source>Transition layer</source>
        <translation>전이 층</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="237" />
        <source>DenseNet: BN-ReLU, a 1x1 conv keeping floor(compression * C) channels, then 2x2 average pooling (halves height and width).</source>
        <translation>DenseNet: BN-ReLU, floor(compression * C) 채널을 남기는 1x1 합성곱, 그리고 2x2 평균 풀링(높이와 너비가 절반).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="238" />
        <source>Transition</source>
        <translation>전이</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="239" />
        <source>compression</source>
        <translation>압축률</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="240" />
        <source>Fraction of channels kept (theta).</source>
        <translation>남기는 채널의 비율(theta).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="123" />
        <source>Hardsigmoid</source>
        <translation>Hardsigmoid</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="126" />
        <source>Hardswish</source>
        <translation>Hardswish</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="182" />
        <source>Multiply</source>
        <translation>곱하기</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="202" />
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="209" />
        <source>StochasticDepth</source>
        <translation>확률적 깊이</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="116" />
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="117" />
        <source>x * Phi(x), with Phi the standard normal CDF: a smooth ReLU.</source>
        <translation>x * Phi(x), Phi는 표준 정규 누적분포함수: 매끄러운 ReLU입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="121" />
        <source>Hard sigmoid</source>
        <translation>하드 시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="122" />
        <source>ReLU6(x + 3) / 6: a cheap piecewise sigmoid, from 0 to 1 (MobileNetV3's squeeze-and-excitation gate).</source>
        <translation>ReLU6(x + 3) / 6: 0에서 1 사이의 값싼 조각별 시그모이드 (MobileNetV3의 squeeze-and-excitation 게이트).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="124" />
        <source>Hard swish</source>
        <translation>하드 스위시</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="125" />
        <source>x * ReLU6(x + 3) / 6: a cheap piecewise version of swish (MobileNetV3).</source>
        <translation>x * ReLU6(x + 3) / 6: 스위시의 값싼 조각별 버전 (MobileNetV3).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="180" />
        <source>Multiply (channel scale)</source>
        <translation>곱하기 (채널 배율)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="181" />
        <source>Element-wise product of its inputs; a C x 1 x 1 input scales each channel, as the gate of a squeeze-and-excitation block: y = x * sigmoid(W2 ReLU(W1 GAP(x))).</source>
        <translation>입력들의 원소별 곱. C x 1 x 1 입력은 각 채널의 배율이 되며, squeeze-and-excitation 블록의 게이트와 같습니다: y = x * sigmoid(W2 ReLU(W1 GAP(x))).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="187" />
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="188" />
        <source>min(max(0, x), 6): a ReLU capped at 6, as in MobileNet (keeps values small for low-precision arithmetic).</source>
        <translation>min(max(0, x), 6): 6에서 잘리는 ReLU, MobileNet에서처럼 (낮은 정밀도 계산을 위해 값을 작게 유지).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="200" />
        <source>SiLU (swish)</source>
        <translation>SiLU (스위시)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="201" />
        <source>x * sigmoid(x): smooth, slightly negative for small negative inputs; EfficientNet's activation.</source>
        <translation>x * sigmoid(x): 매끄럽고 작은 음수 입력에서 약간 음수; EfficientNet의 활성화 함수.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="207" />
        <source>Stochastic depth</source>
        <translation>확률적 깊이</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="208" />
        <source>In training, drops a residual branch with probability p (per image: row, or for the whole batch) and scales the kept ones by 1/(1-p); does nothing in evaluation (EfficientNet).</source>
        <translation>학습 중에 잔차 가지를 확률 p로 버리고 (이미지마다: row, 또는 배치 전체) 남은 것을 1/(1-p)배 합니다; 평가에서는 아무것도 하지 않습니다 (EfficientNet).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="210" />
        <source>Probability of dropping the branch.</source>
        <translation>가지를 버릴 확률.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="211" />
        <source>mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="212" />
        <source>row: each image on its own; batch: all at once.</source>
        <translation>row: 이미지마다 따로; batch: 한꺼번에.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="213" />
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="214" />
        <source>batch</source>
        <translation>batch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes"><location filename="../../gui/main_window.py" line="419" /><source>%n layer(s)</source><translation>
            <numerusform>레이어 %n개</numerusform>
        </translation></message><message><location filename="../../gui/main_window.py" line="71" /><source>Layers</source><translation>레이어</translation></message><message><location filename="../../gui/main_window.py" line="168" /><location filename="../../gui/main_window.py" line="171" /><source>History</source><translation>작업 기록</translation></message><message><location filename="../../gui/main_window.py" line="169" /><source>&lt;opened&gt;</source><translation>&lt;열었을 때&gt;</translation></message><message><location filename="../../gui/main_window.py" line="170" /><source>Inspector</source><translation>속성</translation></message><message><location filename="../../gui/main_window.py" line="172" /><source>Analysis</source><translation>분석</translation></message><message><location filename="../../gui/main_window.py" line="173" /><source>Messages</source><translation>메시지</translation></message><message><location filename="../../gui/main_window.py" line="243" /><source>&amp;Undo</source><translation>실행 취소(&amp;U)</translation></message><message><location filename="../../gui/main_window.py" line="246" /><source>&amp;Redo</source><translation>다시 실행(&amp;R)</translation></message><message><location filename="../../gui/main_window.py" line="377" /><source>Restart ConvStudio</source><translation>ConvStudio 다시 시작</translation></message><message><location filename="../../gui/main_window.py" line="378" /><source>The new language is used after a restart. Restart ConvStudio now?</source><translation>바꾼 언어는 다시 시작하면 적용됩니다. 지금 ConvStudio를 다시 시작할까요?</translation></message><message><location filename="../../gui/main_window.py" line="387" /><source>About ConvStudio</source><translation>ConvStudio 정보</translation></message><message><location filename="../../gui/main_window.py" line="388" /><source>ConvStudio: build convolutional networks by dragging layers, see every shape and number with its formula, train them and look inside them.</source><translation>ConvStudio: 레이어를 끌어다 놓아 합성곱 신경망을 만들고, 모든 크기와 숫자를 공식과 함께 보고, 학습시키고 그 속을 들여다봅니다.</translation></message><message><location filename="../../gui/main_window.py" line="399" /><source>No recent files</source><translation>최근 파일 없음</translation></message><message><location filename="../../gui/main_window.py" line="403" /><source>Clear the list</source><translation>목록 지우기</translation></message><message><location filename="../../gui/main_window.py" line="410" /><source>Untitled</source><translation>제목 없음</translation></message><message><location filename="../../gui/main_window.py" line="420" /><source>%1 parameters</source><translation>파라미터 %1개</translation></message><message><location filename="../../gui/main_window.py" line="421" /><source>%1 MACs</source><translation>MAC %1</translation></message><message numerus="yes"><location filename="../../gui/main_window.py" line="422" /><source>%n error(s)</source><translation>
            <numerusform>오류 %n개</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/main_window.py" line="423" /><source>%n warning(s)</source><translation>
            <numerusform>경고 %n개</numerusform>
        </translation></message><message><location filename="../../gui/window_menus.py" line="34" /><source>&amp;New</source><translation>새로 만들기(&amp;N)</translation></message><message><location filename="../../gui/window_menus.py" line="35" /><source>New from &amp;Model Zoo…</source><translation>모델 모음에서 새로 만들기(&amp;M)…</translation></message><message><location filename="../../gui/window_menus.py" line="36" /><source>&amp;Open…</source><translation>열기(&amp;O)…</translation></message><message><location filename="../../gui/window_menus.py" line="37" /><source>&amp;Import…</source><translation>가져오기(&amp;I)…</translation></message><message><location filename="../../gui/window_menus.py" line="38" /><source>&amp;Save</source><translation>저장(&amp;S)</translation></message><message><location filename="../../gui/window_menus.py" line="39" /><source>Save &amp;As…</source><translation>다른 이름으로 저장(&amp;A)…</translation></message><message><location filename="../../gui/window_menus.py" line="40" /><source>&amp;Close</source><translation>닫기(&amp;C)</translation></message><message><location filename="../../gui/window_menus.py" line="41" /><source>&amp;Export…</source><translation>내보내기(&amp;E)…</translation></message><message><location filename="../../gui/window_menus.py" line="42" /><source>Export &amp;Training Script…</source><translation>학습 스크립트 내보내기(&amp;T)…</translation></message><message><location filename="../../gui/window_menus.py" line="44" /><source>Se&amp;ttings…</source><translation>설정(&amp;T)…</translation></message><message><location filename="../../gui/window_menus.py" line="45" /><source>&amp;Quit</source><translation>끝내기(&amp;Q)</translation></message><message><location filename="../../gui/window_menus.py" line="46" /><source>&amp;Presentation Mode</source><translation>발표 모드(&amp;P)</translation></message><message><location filename="../../gui/window_menus.py" line="47" /><source>&amp;Restore Panels</source><translation>패널 원래대로(&amp;R)</translation></message><message><location filename="../../gui/window_menus.py" line="48" /><source>&amp;About ConvStudio</source><translation>ConvStudio 정보(&amp;A)</translation></message><message><location filename="../../gui/window_menus.py" line="49" /><source>&amp;Getting Started</source><translation>시작하기(&amp;G)</translation></message><message><location filename="../../gui/window_menus.py" line="50" /><source>&amp;Train</source><translation>학습(&amp;T)</translation></message><message><location filename="../../gui/window_menus.py" line="51" /><source>&amp;Look Inside</source><translation>들여다보기(&amp;L)</translation></message><message><location filename="../../gui/window_menus.py" line="52" /><source>Open &amp;Labs…</source><translation>실습 열기(&amp;L)…</translation></message><message><location filename="../../gui/window_menus.py" line="60" /><source>&amp;File</source><translation>파일(&amp;F)</translation></message><message><location filename="../../gui/window_menus.py" line="60" /><source>&amp;Edit</source><translation>편집(&amp;E)</translation></message><message><location filename="../../gui/window_menus.py" line="60" /><source>&amp;View</source><translation>보기(&amp;V)</translation></message><message><location filename="../../gui/window_menus.py" line="61" /><source>&amp;Training</source><translation>학습(&amp;T)</translation></message><message><location filename="../../gui/window_menus.py" line="61" /><source>&amp;Labs</source><translation>실습(&amp;L)</translation></message><message><location filename="../../gui/window_menus.py" line="61" /><source>&amp;Help</source><translation>도움말(&amp;H)</translation></message><message><location filename="../../gui/window_menus.py" line="69" /><source>Open &amp;Recent</source><translation>최근 파일 열기(&amp;R)</translation></message><message><location filename="../../gui/window_menus.py" line="90" /><source>&amp;Panels</source><translation>패널(&amp;P)</translation></message><message><location filename="../../gui/window_menus.py" line="116" /><source>Main toolbar</source><translation>기본 도구 모음</translation></message></context>
<context>
    <name>MessageBar</name>
    <message><location filename="../../gui/widgets/message_bar.py" line="51" /><source>Messages</source><translation>메시지</translation></message><message><location filename="../../gui/widgets/message_bar.py" line="98" /><source>No problems: every layer has a shape.</source><translation>문제 없음: 모든 레이어의 크기가 정해졌습니다.</translation></message><message><location filename="../../gui/widgets/message_bar.py" line="99" /><source>The network is empty: drag a layer from the palette onto the canvas.</source><translation>네트워크가 비어 있습니다: 팔레트에서 레이어를 캔버스로 끌어다 놓으세요.</translation></message></context>
<context>
    <name>MonitorWidget</name>
    <message>
        <location filename="../../gui/training/monitor.py" line="126" />
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="126" />
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="127" />
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="127" />
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="129" />
        <source>Smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="130" />
        <source>Smoothing of the loss curves</source>
        <translation>손실 곡선의 평활화</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="131" />
        <source>Logarithmic loss axis</source>
        <translation>손실 축을 로그로</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="132" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="133" />
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="134" />
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="135" />
        <source>Training progress</source>
        <translation>학습 진행</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="139" />
        <location filename="../../gui/training/monitor.py" line="290" />
        <source>Choose the data and optimizers, then press Start.</source>
        <translation>데이터와 옵티마이저를 고른 뒤 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="160" />
        <source>Preparing the data and the network…</source>
        <translation>데이터와 네트워크 준비 중…</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="200" />
        <source>Training on {0} ({1}): {2:,} training and {3:,} validation images</source>
        <translation>{0}({1})에서 학습 중: 학습 영상 {2:,}개, 검증 영상 {3:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="221" />
        <source>epoch {0}/{1} · step {2}/{3} · {4:,.0f} images/s · ETA {5}</source>
        <translation>에포크 {0}/{1} · 스텝 {2}/{3} · 초당 {4:,.0f}장 · 남은 시간 {5}</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="229" />
        <source>Preparing {0}: {1}…</source>
        <translation>{0} 준비 중: {1}…</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="268" />
        <source>Failed after {0}.</source>
        <translation>{0} 만에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="270" />
        <source>Stopped after {0}.</source>
        <translation>{0} 만에 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="272" />
        <source>Finished after {0}.</source>
        <translation>{0} 만에 끝났습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/training/monitor.py" line="307" />
        <source>%n run(s) kept with the project are shown; tick others in Runs.</source>
        <translation>
            <numerusform>프로젝트에 보관된 실행 %n개를 불러왔습니다. 다른 실행은 실행 목록에서 체크하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="338" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="338" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/training/monitor.py" line="339" />
        <source>Export the curves</source>
        <translation>곡선 내보내기</translation>
    </message>
</context>
<context>
    <name>OptimizerLab</name>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="19" />
        <source>Gradient descent (SGD)</source>
        <translation>경사 하강법 (SGD)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="20" />
        <source>Gradient descent with momentum</source>
        <translation>모멘텀을 고려한 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="21" />
        <source>Nesterov accelerated gradient (NAG)</source>
        <translation>NAG (Nesterov accelerated gradient)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="22" />
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="23" />
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="24" />
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="25" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="26" />
        <source>AdamW (decoupled weight decay)</source>
        <translation>AdamW (분리된 가중치 감쇠)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="30" />
        <source>torch.optim.SGD computes exactly the lecture's rule.</source>
        <translation>torch.optim.SGD는 강의의 식을 그대로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="32" />
        <source>torch keeps v = αv + g and steps w -= η v, which is the lecture's Δ = η v: the same path while η is constant.</source>
        <translation>torch는 v = αv + g를 저장하고 w -= η v로 이동합니다. 강의의 Δ = η v이므로 η가 일정하면 같은 경로입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="35" />
        <source>torch stores the look-ahead point w(t) - α Δ(t-1) as its parameter and steps it by -η(g + α v): the lecture's look-ahead sequence, rearranged so no second gradient is needed.</source>
        <translation>torch는 앞서 본 점 w(t) - α Δ(t-1)을 매개변수로 저장하고 -η(g + α v)만큼 이동합니다. 강의의 앞선 점 수열을 두 번째 그래디언트 없이 계산하도록 바꿔 쓴 것입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="38" />
        <source>torch divides by √G + ε, the lecture by √(G + ε).</source>
        <translation>torch는 √G + ε로 나누고, 강의는 √(G + ε)로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="40" />
        <source>torch multiplies Δw by a learning rate (default 1.0, which is the lecture's rule, which has none).</source>
        <translation>torch는 Δw에 학습률을 곱합니다 (기본값 1.0이면 학습률이 없는 강의의 식과 같습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="42" />
        <source>torch divides by √E[g²] + ε, the lecture by √(E[g²] + ε).</source>
        <translation>torch는 √E[g²] + ε로 나누고, 강의는 √(E[g²] + ε)로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="44" />
        <source>torch divides by √v̂ + ε, the lecture by √(v̂ + ε).</source>
        <translation>torch는 √v̂ + ε로 나누고, 강의는 √(v̂ + ε)로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="46" />
        <source>torch divides by √v̂ + ε, the lecture by √(v̂ + ε); the decay λ w is decoupled from the gradient as in the lecture's AdamW line.</source>
        <translation>torch는 √v̂ + ε로 나누고, 강의는 √(v̂ + ε)로 나눕니다. 감쇠 λ w는 강의의 AdamW 식처럼 그래디언트와 분리되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_text.py" line="52" />
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_lab.py" line="27" />
        <source>Elongated quadratic bowl</source>
        <translation>길쭉한 2차 그릇</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_lab.py" line="28" />
        <source>Rosenbrock valley</source>
        <translation>Rosenbrock 골짜기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_lab.py" line="29" />
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_lab.py" line="30" />
        <source>Beale</source>
        <translation>Beale</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optim_lab.py" line="31" />
        <source>Himmelblau (four minima)</source>
        <translation>Himmelblau (최솟값 네 개)</translation>
    </message>
    <message><location filename="../../gui/labs/optim_lab.py" line="125" /><location filename="../../gui/labs/optim_lab.py" line="128" /><source>Surface</source><translation>손실 곡면</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="126" /><location filename="../../gui/labs/optim_lab.py" line="129" /><source>Steps</source><translation>단계 수</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="127" /><location filename="../../gui/labs/optim_lab.py" line="130" /><source>Steps per frame</source><translation>프레임당 단계</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="131" /><source>Click the map to choose the start.</source><translation>지도를 클릭해 시작점을 고르세요.</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="132" /><location filename="../../gui/labs/optim_lab.py" line="223" /><source>Play</source><translation>재생</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="133" /><source>Step</source><translation>한 단계</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="134" /><source>Reset</source><translation>처음으로</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="135" /><source>Step shown</source><translation>보여 줄 단계</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="140" /><source>Loss per step</source><translation>단계별 손실</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="140" /><source>step t</source><translation>단계 t</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="140" /><source>E(w) - E_min</source><translation>E(w) - E_min</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="200" /><source>Loading PyTorch's optimizers…</source><translation>PyTorch 옵티마이저를 불러오는 중…</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="223" /><source>Pause</source><translation>일시 정지</translation></message><message><location filename="../../gui/labs/optim_lab.py" line="233" /><source>step {0}</source><translation>{0}단계</translation></message><message><location filename="../../gui/labs/optim_text.py" line="68" /><source>The lecture's rule has no {0}; its path ignores it.</source><translation>강의의 식에는 {0}이(가) 없어 강의 경로는 이를 무시합니다.</translation></message><message><location filename="../../gui/labs/optim_text.py" line="86" /><source>Stopped at step {0}: the point ran away (the loss diverged); lower the learning rate.</source><translation>{0}단계에서 멈췄습니다. 점이 멀리 달아났습니다 (손실 발산). 학습률을 낮추세요.</translation></message><message><location filename="../../gui/labs/optim_text.py" line="91" /><source>torch and the lecture: largest difference {0}</source><translation>torch와 강의의 식: 최대 차이 {0}</translation></message><message><location filename="../../gui/labs/optim_text.py" line="93" /><source>torch's point and the lecture's look-ahead w(t+1) - α Δ(t): largest difference {0}</source><translation>torch의 점과 강의의 앞선 점 w(t+1) - α Δ(t): 최대 차이 {0}</translation></message><message><location filename="../../gui/labs/optim_text.py" line="95" /><source>Lecture (note 000), step {0}:</source><translation>강의 식 (노트 000), {0}단계:</translation></message><message><location filename="../../gui/labs/optim_text.py" line="97" /><source>What torch.optim did:</source><translation>torch.optim이 한 계산:</translation></message><message><location filename="../../gui/labs/optim_text.py" line="105" /><source>Start (x, y) = {0}</source><translation>시작점 (x, y) = {0}</translation></message></context>
<context>
    <name>OptimizerRow</name>
    <message>
        <location filename="../../gui/training/optimizers.py" line="110" />
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../../gui/training/optimizers.py" line="111" />
        <source>Learning rate η: how far each step moves the weights.</source>
        <translation>학습률 η: 한 스텝에 가중치를 얼마나 움직일지.</translation>
    </message>
    <message>
        <location filename="../../gui/training/optimizers.py" line="112" />
        <source>Learning rate of {0}</source>
        <translation>{0}의 학습률</translation>
    </message>
    <message>
        <location filename="../../gui/training/optimizers.py" line="114" />
        <source>Show the other settings and the update rule</source>
        <translation>다른 설정과 갱신 규칙 보기</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="241" />
        <source>Gradient descent (SGD)</source>
        <translation>경사 하강법(SGD)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="242" />
        <source>Gradient descent with momentum</source>
        <translation>모멘텀 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="243" />
        <source>Nesterov accelerated gradient (NAG)</source>
        <translation>네스테로프 가속 경사(NAG)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="244" />
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="245" />
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="246" />
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="247" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_engine_strings.py" line="248" />
        <source>AdamW (decoupled weight decay)</source>
        <translation>AdamW(분리된 가중치 감쇠)</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message><location filename="../../gui/palette/palette.py" line="32" /><source>Layers</source><translation>레이어</translation></message><message><location filename="../../gui/palette/palette.py" line="82" /><source>Search layers</source><translation>레이어 검색</translation></message><message><location filename="../../gui/palette/palette.py" line="83" /><source>Search layers…</source><translation>레이어 검색…</translation></message><message><location filename="../../gui/palette/palette.py" line="125" /><source>Drag onto the canvas, or double-click to add.</source><translation>캔버스로 끌어다 놓거나 두 번 클릭해 추가하세요.</translation></message></context>
<context>
    <name>PoolLab</name>
    <message>
        <location filename="../../gui/labs/pool_lab.py" line="23" />
        <source>Seed 000: 4x4 map, 2x2 windows, stride 2</source>
        <translation>시드 000: 4x4 특징 지도, 2x2 윈도우, 스트라이드 2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/pool_lab.py" line="24" />
        <source>Seed 000: stochastic pooling</source>
        <translation>시드 000: 확률적 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/labs/pool_lab.py" line="25" />
        <source>AlexNet: overlapping 3x3 windows, stride 2</source>
        <translation>AlexNet: 겹치는 3x3 윈도우, 스트라이드 2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/pool_lab.py" line="27" />
        <source>Max pooling</source>
        <translation>최대값 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/labs/pool_lab.py" line="28" />
        <source>Average pooling</source>
        <translation>평균값 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/labs/pool_lab.py" line="29" />
        <source>Stochastic pooling</source>
        <translation>확률적 풀링</translation>
    </message>
    <message><location filename="../../gui/labs/pool_lab.py" line="76" /><source>Example</source><translation>예제</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="87" /><source>Input rows</source><translation>입력 행 수</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="88" /><source>Input columns</source><translation>입력 열 수</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="102" /><source>Output</source><translation>출력</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="78" /><location filename="../../gui/labs/pool_lab.py" line="85" /><source>Pooling</source><translation>풀링</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="86" /><source>Window</source><translation>윈도우</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="87" /><source>Stride</source><translation>스트라이드</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="102" /><source>Input</source><translation>입력</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="128" /><source>Stochastic pooling of this window</source><translation>이 윈도우의 확률적 풀링</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="133" /><source>p_i = a_i / Σ a_k</source><translation>p_i = a_i / Σ a_k</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="134" /><source>How often each was drawn</source><translation>각 원소가 뽑힌 비율</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="139" /><source>Draw once (training)</source><translation>한 번 뽑기(학습 모드)</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="142" /><source>Draw %1 times</source><translation>%1번 뽑기</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="145" /><source>Forget the draws</source><translation>뽑은 기록 지우기</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="263" /><source>StochasticPool2d, evaluation mode</source><translation>StochasticPool2d, 추론 모드</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="266" /><source>Evaluation: s = Σ p_i a_i</source><translation>추론: s = Σ p_i a_i</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="267" /><source>PyTorch (%1): %2</source><translation>PyTorch(%1): %2</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="279" /><source>No draws yet: press Draw to sample in training mode.</source><translation>아직 뽑지 않았습니다. 뽑기를 눌러 학습 모드로 표본을 뽑으세요.</translation></message><message><location filename="../../gui/labs/pool_lab.py" line="292" /><source>%1 draws; the last one picked %2. The frequencies approach p_i as the draws add up; evaluation uses Σ p_i a_i = %3.</source><translation>%1번 뽑음. 마지막에는 %2이(가) 뽑혔습니다. 뽑을수록 비율이 p_i에 가까워지고, 추론에는 Σ p_i a_i = %3을(를) 씁니다.</translation></message></context>
<context>
    <name>Recovery</name>
    <message><location filename="../../gui/recovery.py" line="58" /><source>Discard</source><translation>버리기</translation></message><message><location filename="../../gui/recovery.py" line="22" /><source>Unsaved network</source><translation>저장하지 않은 네트워크</translation></message><message><location filename="../../gui/recovery.py" line="24" /><source>%1 — saved %2 — damaged, cannot be recovered</source><translation>%1 — %2에 저장 — 손상되어 복구할 수 없음</translation></message><message><location filename="../../gui/recovery.py" line="26" /><source>never saved</source><translation>저장한 적 없음</translation></message><message><location filename="../../gui/recovery.py" line="27" /><source>%1 (%2) — saved %3 — %4 layers, %5 links</source><translation>%1 (%2) — %3에 저장 — 레이어 %4개, 연결 %5개</translation></message><message><location filename="../../gui/recovery.py" line="38" /><source>Recover unsaved work</source><translation>저장하지 않은 작업 복구</translation></message><message><location filename="../../gui/recovery.py" line="41" /><source>ConvStudio did not close properly. These networks had changes that were not saved; recover one, discard the ones you do not need, or decide next time.</source><translation>ConvStudio가 제대로 닫히지 않았습니다. 다음 네트워크에 저장하지 않은 변경이 있었습니다. 하나를 복구하거나, 필요 없는 것은 버리거나, 다음에 정하세요.</translation></message><message><location filename="../../gui/recovery.py" line="47" /><source>Recovery files</source><translation>복구 파일</translation></message><message><location filename="../../gui/recovery.py" line="56" /><source>Recover</source><translation>복구</translation></message><message><location filename="../../gui/recovery.py" line="60" /><source>Decide later</source><translation>나중에 정하기</translation></message></context>
<context>
    <name>RfLab</name>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="22" />
        <source>+ 3x3 convolution</source>
        <translation>+ 3x3 합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="23" />
        <source>+ 3x3 convolution, stride 2</source>
        <translation>+ 3x3 합성곱, 스트라이드 2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="24" />
        <source>+ 3x3 convolution, dilation 2</source>
        <translation>+ 3x3 합성곱, 팽창 2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="25" />
        <source>+ 2x2 max pooling</source>
        <translation>+ 2x2 최대값 풀링</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="26" />
        <source>+ 3x3 max pooling, stride 2</source>
        <translation>+ 3x3 최대값 풀링, 스트라이드 2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="29" />
        <source>Two 3x3 convolutions (5x5)</source>
        <translation>3x3 합성곱 두 개(5x5)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="30" />
        <source>Three 3x3 convolutions (7x7, VGG)</source>
        <translation>3x3 합성곱 세 개(7x7, VGG)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="31" />
        <source>Convolution, pooling, convolution</source>
        <translation>합성곱, 풀링, 합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/labs/rf_lab.py" line="32" />
        <source>Two dilated 3x3 convolutions</source>
        <translation>팽창 3x3 합성곱 두 개</translation>
    </message>
    <message><location filename="../../gui/labs/rf_lab.py" line="129" /><source>Layer</source><translation>층</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="75" /><location filename="../../gui/labs/rf_lab.py" line="79" /><source>Example</source><translation>예제</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="44" /><source>%1 convolution</source><translation>%1 합성곱</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="44" /><source>%1 max pooling</source><translation>%1 최대값 풀링</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="47" /><source>stride %1</source><translation>스트라이드 %1</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="49" /><source>dilation %1</source><translation>팽창 %1</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="81" /><location filename="../../gui/labs/rf_lab.py" line="84" /><source>Layers, input first</source><translation>층(입력 쪽부터)</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="92" /><source>Remove the last</source><translation>마지막 층 빼기</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="108" /><source>Channels (C)</source><translation>채널(C)</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="109" /><source>Input size</source><translation>입력 크기</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="111" /><source>Open in editor</source><translation>편집기에서 열기</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="129" /><source>Receptive field</source><translation>수용 영역</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="129" /><source>Jump</source><translation>점프</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="130" /><source>Weights</source><translation>가중치</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="227" /><source>Input %1x%1: what one output unit sees</source><translation>입력 %1x%1: 출력 유닛 하나가 보는 영역</translation></message><message numerus="yes"><location filename="../../gui/labs/rf_lab.py" line="228" /><source>After %n layer(s): %1x%1 pixels</source><translation>
            <numerusform>%n개 층 뒤: %1x%1 화소</numerusform>
        </translation></message><message><location filename="../../gui/labs/rf_lab.py" line="245" /><source>Receptive field: %1 (from the editor's analysis)</source><translation>수용 영역: %1(편집기의 분석 결과)</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="247" /><source>Weights of this stack: %1</source><translation>이 층들의 가중치: %1</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="248" /><source>One %1x%1 convolution that sees as much: %2</source><translation>같은 영역을 보는 %1x%1 합성곱 하나: %2</translation></message><message><location filename="../../gui/labs/rf_lab.py" line="251" /><source>The stack needs %1% of those weights, and a ReLU after each of its convolutions adds non-linearity (VGG).</source><translation>쌓은 층은 그 가중치의 %1%만 필요하고, 합성곱마다 뒤따르는 ReLU가 비선형성을 더합니다(VGG).</translation></message></context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../../gui/training/runs.py" line="55" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="55" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="55" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="55" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="56" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="56" />
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="56" />
        <source>Best val. acc.</source>
        <translation>최고 검증 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="56" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="57" />
        <source>Runs kept this session</source>
        <translation>이번 세션의 실행 기록</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="58" />
        <source>Delete selected runs</source>
        <translation>선택한 실행 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="59" />
        <source>Save weights…</source>
        <translation>가중치 저장…</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="60" />
        <source>Save the best weights of the selected run as a safetensors file, with its normalisation and class names</source>
        <translation>선택한 실행의 가장 좋은 가중치를 정규화 값과 클래스 이름과 함께 safetensors 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="63" />
        <source>Keep the runs with the project file</source>
        <translation>실행을 프로젝트 파일과 함께 보관</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="69" />
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="69" />
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="70" />
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="70" />
        <source>stopped early</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../gui/training/runs.py" line="71" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message><location filename="../../gui/widgets/settings_dialog.py" line="20" /><source>Settings</source><translation>설정</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="24" /><location filename="../../gui/widgets/settings_dialog.py" line="44" /><source>Language</source><translation>언어</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="25" /><location filename="../../gui/widgets/settings_dialog.py" line="32" /><source>As the system</source><translation>시스템 설정대로</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="31" /><location filename="../../gui/widgets/settings_dialog.py" line="46" /><source>Theme</source><translation>테마</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="32" /><source>Light</source><translation>밝게</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="33" /><source>Dark</source><translation>어둡게</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="36" /><source>Large fonts and nodes for projectors</source><translation>프로젝터용으로 글자와 노드를 크게</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="39" /><source>A new language is used from the next start of ConvStudio.</source><translation>바꾼 언어는 ConvStudio를 다시 시작하면 적용됩니다.</translation></message><message><location filename="../../gui/widgets/settings_dialog.py" line="47" /><source>Presentation mode</source><translation>발표 모드</translation></message></context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../gui/training/setup.py" line="103" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="103" />
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="104" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="106" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="106" />
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="107" />
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="108" />
        <source>Warm-up epochs</source>
        <translation>워밍업 에포크</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="108" />
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="114" />
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="114" />
        <source>step (×0.1 every 10 epochs)</source>
        <translation>계단(10 에포크마다 ×0.1)</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="116" />
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="116" />
        <source>one-cycle</source>
        <translation>원사이클</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/training/setup.py" line="147" />
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU(스레드 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="153" />
        <source>Automatic (the GPU when there is one)</source>
        <translation>자동(GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="146" />
        <source>CPU: {0}</source>
        <translation>CPU: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="158" />
        <source>{0}: {1}, {2} free of {3}</source>
        <translation>{0}: {1}, {3} 중 {2} 사용 가능</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="190" />
        <source>Training memory: shown once the network is complete.</source>
        <translation>학습 메모리: 네트워크가 완성되면 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="192" />
        <source>Training memory ≈ {0} for batch {1}</source>
        <translation>배치 {1}의 학습 메모리 ≈ {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="195" />
        <source>; {0} has {1} free</source>
        <translation>; {0}에 {1} 여유</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="197" />
        <source> — too much: lower the batch size.</source>
        <translation> — 너무 많습니다: 배치 크기를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="110" />
        <source>Batch norm in frozen layers keeps its statistics</source>
        <translation>고정된 레이어의 배치 정규화는 통계를 유지</translation>
    </message>
    <message>
        <location filename="../../gui/training/setup.py" line="112" />
        <source>Frozen layers' batch normalisation stays in evaluation mode: it uses the pretrained running mean and variance and never updates them.</source>
        <translation>고정된 레이어의 배치 정규화는 평가 모드로 남습니다: 사전 학습된 이동 평균과 분산을 쓰고 갱신하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/widgets/example_titles.py" line="10" />
        <source>AlexNet, as in the lecture's table</source>
        <translation>강의 표의 AlexNet</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/example_titles.py" line="12" />
        <source>A tiny CNN for 28x28 images</source>
        <translation>28x28 영상용 작은 CNN</translation>
    </message>
    <message><location filename="../../gui/start_page.py" line="157" /><source>%1 parameters</source><translation>파라미터 %1개</translation></message><message><location filename="../../gui/start_page.py" line="27" /><source>1. Choose layers</source><translation>1. 레이어 고르기</translation></message><message><location filename="../../gui/start_page.py" line="28" /><source>The palette lists every layer. Drag Input, Convolution, ReLU, Max pooling, Flatten, Linear and Output onto the canvas, or double-click them.</source><translation>팔레트에 모든 레이어가 있습니다. 입력, 합성곱, ReLU, 최대 풀링, Flatten, Linear, 출력을 캔버스로 끌어다 놓거나 두 번 클릭하세요.</translation></message><message><location filename="../../gui/start_page.py" line="30" /><source>2. Connect them</source><translation>2. 연결하기</translation></message><message><location filename="../../gui/start_page.py" line="31" /><source>Drag from a layer's lower port to the next layer's upper port. Every card shows its output size as soon as its input is known.</source><translation>레이어의 아래 포트에서 다음 레이어의 위 포트로 끌어 연결하세요. 입력이 정해지면 카드마다 출력 크기가 바로 보입니다.</translation></message><message><location filename="../../gui/start_page.py" line="33" /><source>3. Read the numbers</source><translation>3. 숫자 읽기</translation></message><message><location filename="../../gui/start_page.py" line="34" /><source>The analysis table shows each layer's output size, parameters and MACs; hover a number to see its formula.</source><translation>분석 표에 레이어마다 출력 크기, 파라미터, MAC이 나옵니다. 숫자 위에 마우스를 올리면 공식이 보입니다.</translation></message><message><location filename="../../gui/start_page.py" line="36" /><source>4. Train it</source><translation>4. 학습하기</translation></message><message><location filename="../../gui/start_page.py" line="37" /><source>Press Train, choose the Shapes data set and one or more optimizers, then Start: the curves grow as the network learns.</source><translation>학습을 누르고 Shapes 데이터셋과 옵티마이저를 하나 이상 고른 다음 시작을 누르세요. 네트워크가 배우는 동안 곡선이 자랍니다.</translation></message><message><location filename="../../gui/start_page.py" line="39" /><source>5. Look inside</source><translation>5. 들여다보기</translation></message><message><location filename="../../gui/start_page.py" line="40" /><source>Look inside shows the feature maps, the filters and where the network looks (CAM) for any image, epoch by epoch.</source><translation>들여다보기는 어떤 영상이든 에포크마다 특징 맵, 필터, 네트워크가 보는 곳(CAM)을 보여 줍니다.</translation></message><message><location filename="../../gui/start_page.py" line="78" /><source>Start page</source><translation>시작 페이지</translation></message><message><location filename="../../gui/start_page.py" line="95" /><source>Welcome to ConvStudio</source><translation>ConvStudio에 오신 것을 환영합니다</translation></message><message><location filename="../../gui/start_page.py" line="101" /><source>Open a network to explore, or build your own: every shape and number is shown with its formula.</source><translation>네트워크를 열어 살펴보거나 직접 만들어 보세요. 모든 크기와 숫자가 공식과 함께 보입니다.</translation></message><message><location filename="../../gui/start_page.py" line="105" /><source>Open a network from the model zoo</source><translation>모델 모음에서 네트워크 열기</translation></message><message><location filename="../../gui/start_page.py" line="106" /><source>Build your first CNN in 5 steps</source><translation>5단계로 첫 CNN 만들기</translation></message><message><location filename="../../gui/start_page.py" line="107" /><source>Lecture examples</source><translation>강의 예제</translation></message><message><location filename="../../gui/start_page.py" line="110" /><source>Teaching labs</source><translation>실습</translation></message><message><location filename="../../gui/start_page.py" line="111" /><source>Recent files</source><translation>최근 파일</translation></message><message><location filename="../../gui/start_page.py" line="138" /><source>Show me on the window</source><translation>창에서 보여 주기</translation></message><message><location filename="../../gui/start_page.py" line="140" /><source>Start with an empty canvas</source><translation>빈 캔버스로 시작</translation></message><message><location filename="../../gui/start_page.py" line="163" /><source>All models…</source><translation>모든 모델…</translation></message><message><location filename="../../gui/start_page.py" line="195" /><source>No recent files yet.</source><translation>아직 최근 파일이 없습니다.</translation></message></context>
<context>
    <name>StartWeights</name>
    <message numerus="yes"><location filename="../../gui/weights_report.py" line="21" /><source> and %n more</source><translation>
            <numerusform> 외 %n개</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/weights_report.py" line="28" /><source>Starting weights: %n layer(s) keep their weights.</source><translation>
            <numerusform>시작 가중치: 레이어 %n개가 가중치를 유지합니다.</numerusform>
        </translation></message><message><location filename="../../gui/weights_report.py" line="30" /><source>Fresh weights: %1.</source><translation>새로 초기화: %1.</translation></message><message><location filename="../../gui/weights_report.py" line="32" /><source>Partly kept: %1.</source><translation>일부만 유지: %1.</translation></message><message><location filename="../../gui/weights_report.py" line="34" /><source>In the weights but no longer in the network: %1.</source><translation>가중치에는 있지만 네트워크에 더는 없음: %1.</translation></message></context>
<context>
    <name>StepControls</name>
    <message><location filename="../../gui/labs/stepper.py" line="27" /><source>Back</source><translation>이전</translation></message><message><location filename="../../gui/labs/stepper.py" line="28" /><location filename="../../gui/labs/stepper.py" line="104" /><source>Play</source><translation>재생</translation></message><message><location filename="../../gui/labs/stepper.py" line="29" /><source>Step</source><translation>다음</translation></message><message><location filename="../../gui/labs/stepper.py" line="104" /><source>Pause</source><translation>일시 정지</translation></message><message><location filename="../../gui/labs/stepper.py" line="31" /><source>Restart</source><translation>처음부터</translation></message><message><location filename="../../gui/labs/stepper.py" line="35" /><location filename="../../gui/labs/stepper.py" line="39" /><source>Speed</source><translation>속도</translation></message><message><location filename="../../gui/labs/stepper.py" line="107" /><source>Cell %1 of %2</source><translation>%2칸 중 %1번째</translation></message></context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../gui/training/dock.py" line="19" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gui/training/panel.py" line="185" />
        <source>◂ Settings</source>
        <translation>◂ 설정</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="187" />
        <source>Settings ▸</source>
        <translation>설정 ▸</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="185" />
        <source>Hide the training settings</source>
        <translation>학습 설정 숨기기</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="182" />
        <source>◂ Curves</source>
        <translation>◂ 곡선</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="182" />
        <source>Hide the training settings and show the curves</source>
        <translation>학습 설정 숨기고 곡선 보기</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="187" />
        <source>Show the training settings</source>
        <translation>학습 설정 보기</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="194" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="195" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="196" />
        <location filename="../../gui/training/panel.py" line="231" />
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="196" />
        <location filename="../../gui/training/panel.py" line="231" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="199" />
        <source>Train every ticked optimizer from the same starting weights on the same batches</source>
        <translation>고른 모든 옵티마이저를 같은 초기 가중치와 같은 배치로 학습합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="201" />
        <source>Finish the current batch, then end the run</source>
        <translation>지금 배치를 마친 뒤 실행을 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="264" />
        <source>Set the Input layer to {0}</source>
        <translation>입력 레이어를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="345" />
        <source>Training a copy of the network taken at Start; edits on the canvas apply to the next run.</source>
        <translation>시작할 때 복사한 네트워크를 학습합니다. 캔버스의 편집은 다음 실행에 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="371" />
        <source>Cannot write {0}: {1}; choose another folder.</source>
        <translation>{0}을(를) 쓸 수 없습니다: {1}. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="374" />
        <source>Saved the weights of {0} to {1}.</source>
        <translation>{0}의 가중치를 {1}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="384" />
        <source>Save the weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <location filename="../../gui/training/panel.py" line="385" />
        <source>Weights (*.safetensors)</source>
        <translation>가중치 (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>VanishingGradientLab</name>
    <message>
        <location filename="../../gui/labs/vanishing_lab.py" line="31" />
        <source>matched (Xavier / He)</source>
        <translation>활성 함수에 맞춤 (Xavier / He)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/vanishing_lab.py" line="32" />
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../gui/labs/vanishing_lab.py" line="33" />
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/vanishing_lab.py" line="34" />
        <source>PyTorch default</source>
        <translation>PyTorch 기본값</translation>
    </message>
    <message><location filename="../../gui/labs/vanishing_lab.py" line="140" /><source>Hidden layers</source><translation>은닉층 수</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="140" /><source>Units per layer</source><translation>층당 노드 수</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="141" /><source>Activation</source><translation>활성 함수</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="141" /><source>Initialisation</source><translation>초기화</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="142" /><source>Batch size</source><translation>배치 크기</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="142" /><source>Random seed</source><translation>난수 시드</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="143" /><source>Layer shown</source><translation>보여 줄 층</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="147" /><source>Batch norm before each activation</source><translation>활성 함수 앞마다 배치 정규화</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="148" /><source>Residual links: h + f(h)</source><translation>잔차 연결: h + f(h)</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="149" /><source>Backpropagation multiplies each layer's gradient by the activation's slope. Sigmoid's slope is at most 1/4, so the layers near the input get almost nothing (note 003); ReLU, batch norm and residual links keep the gradient alive.</source><translation>역전파는 층마다 그래디언트에 활성 함수의 기울기를 곱합니다. 시그모이드의 기울기는 최대 1/4이라 입력에 가까운 층에는 거의 아무것도 전달되지 않습니다 (vanishing gradient, 노트 003). ReLU, 배치 정규화, 잔차 연결은 그래디언트를 살려 둡니다.</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="158" /><source>Gradient norm ‖∂E/∂W‖ per layer (log scale)</source><translation>층별 그래디언트 노름 ‖∂E/∂W‖ (로그 눈금)</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="160" /><source>layer (1 = next to the input)</source><translation>층 (1 = 입력 바로 다음)</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="161" /><source>Activations of every layer</source><translation>모든 층의 활성값</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="162" /><source>activation value</source><translation>활성값</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="163" /><source>layer</source><translation>층</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="164" /><source>Histogram of the layer shown</source><translation>선택한 층의 히스토그램</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="189" /><source>Computing…</source><translation>계산 중…</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="214" /><source>{0} layers of {1} {2} units, batch {3}: the first layer's gradient is {4} times the last layer's.</source><translation>{2} 노드 {1}개짜리 층 {0}개, 배치 {3}: 첫 층의 그래디언트는 마지막 층의 {4}배입니다.</translation></message><message><location filename="../../gui/labs/vanishing_lab.py" line="239" /><source>Layer {0}: ‖∂E/∂W‖ = {1}, mean {2}, spread {3}; {4} of its units are nearly flat (slope under a tenth of its maximum).</source><translation>{0}층: ‖∂E/∂W‖ = {1}, 평균 {2}, 표준편차 {3}. 노드의 {4}가 거의 평평합니다 (기울기가 최대의 1/10 미만).</translation></message></context>
<context>
    <name>ZooDialog</name>
    <message><location filename="../../gui/widgets/zoo_dialog.py" line="172" /><source>Input</source><translation>입력</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="175" /><source>Layers</source><translation>레이어</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="173" /><source>Parameters</source><translation>파라미터</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="174" /><source>MACs</source><translation>MAC</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="53" /><source>New network from the model zoo</source><translation>모델 모음에서 새 네트워크</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="57" /><source>Search models…</source><translation>모델 검색…</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="61" /><source>Models</source><translation>모델</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="64" /><source>Model card</source><translation>모델 카드</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="106" /><source>Example: %1</source><translation>예제: %1</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="154" /><source>No model matches the search.</source><translation>검색과 맞는 모델이 없습니다.</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="170" /><source>Authors</source><translation>저자</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="170" /><source>Paper</source><translation>논문</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="171" /><source>Result</source><translation>성적</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="178" /><source>Key idea</source><translation>핵심 아이디어</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="178" /><source>What to look at</source><translation>그래프에서 볼 것</translation></message><message><location filename="../../gui/widgets/zoo_dialog.py" line="179" /><source>Paper vs. this model</source><translation>논문과 이 모델의 차이</translation></message></context>
</TS>