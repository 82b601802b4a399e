"""The setup side of the training panel: optimizer rows from the engine registry, data preview,
device list and the training-memory estimate, driven through real widgets."""
import pytest
from PySide6.QtCore import Qt

from engine.analysis import analyze
from engine.analysis.memory import human_bytes, training_memory
from engine.data import make_shapes
from engine.examples import tiny_cnn
from engine.training.optimizers import OPTIMIZERS
from gui.training.setup import SetupPanel


def make_setup(qtbot):
    setup = SetupPanel()
    qtbot.addWidget(setup)
    setup.show()
    return setup


def type_into(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_optimizer_rows_come_from_the_engine_registry(qtbot):
    setup = make_setup(qtbot)
    rows = setup.optimizers.rows
    assert list(rows) == list(OPTIMIZERS) == ["sgd", "momentum", "nag", "adagrad", "adadelta",
                                              "rmsprop", "adam", "adamw"]
    for name, row in rows.items():
        spec = OPTIMIZERS[name]
        assert row.check.text() == spec.title
        assert row.lr.value() == spec.lr
        assert row.rule.text() == spec.update_rule
        assert set(row.editors) == {p.name for p in spec.params}
    adam = rows["adam"]
    qtbot.mouseClick(adam.more, Qt.MouseButton.LeftButton)
    assert adam.details.isVisible() and adam.rule.isVisible()
    type_into(qtbot, adam.editors["beta2"], "0.99")
    type_into(qtbot, adam.lr, "0.003")
    chosen = {c.name: c for c in setup.optimizers.chosen()}
    assert set(chosen) == {"sgd", "momentum", "adam"}
    assert chosen["adam"].lr == 0.003 and chosen["adam"].params == {"beta2": 0.99}
    assert chosen["sgd"].params == {}  # defaults are not repeated into the config


def test_run_settings_become_the_engine_config(qtbot):
    setup = make_setup(qtbot)
    type_into(qtbot, setup.epochs, "7")
    type_into(qtbot, setup.batch_size, "64")
    qtbot.mouseClick(setup.data.flip, Qt.MouseButton.LeftButton)
    setup.schedule.setCurrentIndex(setup.schedule.findData("cosine"))
    config = setup.config().validate()
    assert (config.epochs, config.batch_size, config.schedule.kind) == (7, 64, "cosine")
    assert config.augment.flip and config.augment.crop_padding == 0
    assert [o.name for o in config.optimizers] == ["sgd", "momentum", "adam"]
    assert setup.settings()["batch_size"] == 64


def test_memory_estimate_is_shown_for_the_hungriest_optimizer_next_to_the_device(qtbot):
    setup = make_setup(qtbot)
    with qtbot.waitSignal(setup.devices_found, timeout=30000):
        setup.probe_devices()
    assert setup.device.findData("cpu") > 0
    analysis = analyze(tiny_cnn())
    setup.set_analysis(analysis)
    type_into(qtbot, setup.batch_size, "256")
    adam = training_memory(analysis, 256, "adam")[0]
    sgd = training_memory(analysis, 256, "sgd")[0]
    # Adam keeps two extra copies of the weights: 2 x params x 4 bytes more than SGD
    params = sum(r.params for r in analysis.nodes.values())
    assert adam.total - sgd.total == 2 * params * 4
    text = setup.memory.text()
    assert f"\u2248 {human_bytes(adam.total)} for batch 256" in text
    assert "free" in text


def test_the_data_preview_shows_generated_samples_with_their_labels(qtbot):
    setup = make_setup(qtbot)
    with qtbot.waitSignal(setup.data.preview_ready, timeout=30000):
        setup.data.load_preview()
    # one tile per class, in class order, each the clearest of its class (highest contrast)
    pool = make_shapes("gray28", n_train=200, n_val=50, seed=0)
    captions = [tile.caption for tile in setup.data.preview.tiles]
    assert captions == list(pool.class_names)
    images = pool.train.images.numpy()
    labels = pool.train.labels.numpy()
    for c, tile in enumerate(setup.data.preview.tiles):
        stds = images[labels == c].reshape((labels == c).sum(), -1).std(axis=1)
        assert float(tile.values.std()) == pytest.approx(float(stds.max()), rel=1e-4)
    assert "10 classes" in setup.data.note.text()


def test_opening_the_setup_warms_up_torch_optim_before_start(qtbot):
    """The first optimizer of a process imports torch._dynamo (~2.4 s); the setup pays it on
    its worker when it opens, so Start does not wait for it."""
    from engine.training.warmup import warmed_up
    from gui.training.panel import TrainingPanel

    panel = TrainingPanel()  # as the window opens it: the setup probes devices, then warms up
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(warmed_up, timeout=120000)
    assert panel.worker is None  # nobody pressed Start
    panel.setup.wait_for_jobs()
