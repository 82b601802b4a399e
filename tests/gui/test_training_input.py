"""The data set follows the network and the network follows the data set: before Start the
panel says in one sentence that the Input layer does not take the chosen data, and offers the
matching Shapes variant or an undoable change of the Input layer. A failed start reads as
failed, a stopped run as stopped."""
import pytest
from PySide6.QtCore import Qt

from engine.examples import tiny_cnn
from engine.io.sources import set_input_shape
from engine.training.errors import LossExplodedError
from engine.training.session import input_shape
from gui.document import Document
from gui.training.panel import TrainingPanel
from gui.training.scripted import ScriptedTrainer


def network(shape):
    graph = tiny_cnn()
    set_input_shape(graph, shape)
    return graph


@pytest.fixture
def make_panel(qtbot):
    def make(shape=(3, 32, 32), **trainer_kw):
        doc = Document(network(shape))
        panel = TrainingPanel(doc, job_factory=lambda g, s, c: ScriptedTrainer(
            runs=tuple(o.name for o in c.optimizers), epochs=c.epochs, steps_per_epoch=10,
            **trainer_kw))
        panel.doc = doc  # keep the document alive with the panel
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        qtbot.waitExposed(panel)
        return panel
    return make


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_colour_network_with_gray_shapes_is_offered_the_colour_variant(qtbot, make_panel):
    panel = make_panel((3, 32, 32))
    bar = panel.input_check
    assert panel.setup.data.source() == "shapes:gray28"
    assert bar.isVisible()
    assert bar.text.text() == ("The network takes 3\u00d732\u00d732 images but Shapes, gray "
                               "28\u00d728 (offline) has 1\u00d728\u00d728: use Shapes, colour "
                               "32\u00d732 (offline), or set the Input layer to "
                               "1\u00d728\u00d728.")
    assert bar.use_variant.text() == "Use Shapes, colour 32\u00d732 (offline)"
    click(qtbot, panel.start_button)  # Start does not run into PyTorch's error
    assert panel.worker is None
    # the bar already says why: it is emphasised instead of a second box repeating it
    assert bar.emphasised and not panel.monitor.message.isVisible()
    click(qtbot, bar.use_variant)
    assert panel.setup.data.source() == "shapes:rgb32"
    assert not bar.isVisible() and not bar.emphasised
    assert panel.start()
    with qtbot.waitSignal(panel.run_ended, timeout=10000):
        pass


def test_adapting_the_input_layer_is_one_undoable_step(qtbot, make_panel):
    panel = make_panel((3, 32, 32))
    bar = panel.input_check
    assert bar.adapt.text() == "Set the Input layer to 1\u00d728\u00d728"
    click(qtbot, bar.adapt)
    doc = panel.document
    assert input_shape(doc.graph) == (1, 28, 28)
    assert not bar.isVisible()
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set the Input layer to 1\u00d728\u00d728"
    doc.undo_stack.undo()
    assert input_shape(doc.graph) == (3, 32, 32)
    qtbot.waitUntil(bar.isVisible, timeout=3000)  # once the re-analysis has run


def test_a_shape_no_variant_has_is_offered_the_input_change_only(qtbot, make_panel):
    panel = make_panel((3, 40, 40))
    bar = panel.input_check
    assert bar.isVisible() and not bar.use_variant.isVisible() and bar.adapt.isVisible()
    assert bar.text.text().endswith("set the Input layer to 1\u00d728\u00d728, or choose a data "
                                    "set of 3\u00d740\u00d740 images.")
    panel.setup.data.set_source("cifar10")  # 3x32x32: still not 3x40x40
    assert "CIFAR-10 has 3\u00d732\u00d732" in bar.text.text()


def test_a_matching_network_shows_no_bar(qtbot, make_panel):
    panel = make_panel((1, 28, 28))
    assert not panel.input_check.isVisible()
    panel.setup.data.set_source("shapes:rgb64")
    assert panel.input_check.isVisible()
    assert panel.input_check.mismatch.variant == "shapes:gray28"


def test_a_failed_start_says_failed_and_a_stop_says_stopped(qtbot, make_panel):
    panel = make_panel((1, 28, 28), fail=(1, LossExplodedError(1, float("nan"), 0.5)))
    with qtbot.waitSignal(panel.run_ended, timeout=10000):
        click(qtbot, panel.start_button)
    status = panel.monitor.status.text()
    assert status.startswith("Failed after ") and "Finished" not in status
    assert panel.monitor.progress.value() == 0
    panel.job_factory = lambda g, s, c: ScriptedTrainer(epochs=100, step_delay=0.01)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.monitor.history.runs()
                    and len(panel.monitor.history.runs()[-1].loss) > 2, timeout=10000)
    with qtbot.waitSignal(panel.run_ended, timeout=10000):
        click(qtbot, panel.stop_button)
    assert panel.monitor.status.text().startswith("Stopped after ")
