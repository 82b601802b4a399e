"""The setup side of the training panel: data, optimizers, epochs, batch size, schedule, device
(with its name and free memory) and the training-memory estimate next to it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QLabel, QSpinBox, QVBoxLayout, QWidget)

from engine.analysis.memory import human_bytes, training_memory
from engine.training.config import (AugmentConfig, ScheduleConfig, SCHEDULES, TrainConfig)
from gui.training.data_panel import DataPanel
from gui.training.optimizers import OptimizerList
from gui.workers import Workers, import_torch_once


def probe_devices() -> list[tuple[str, str, int, int]]:
    """[(device, name, total bytes, free bytes)] for the CPU and every usable GPU (imports torch:
    call off the GUI thread)."""
    from engine.training.device import free_memory, select_device

    import_torch_once()

    found = []
    for request in ("cpu", "mps", *[f"cuda:{i}" for i in range(_cuda_count())]):
        try:
            info = select_device(request)
        except ValueError:
            continue
        found.append((info.device, info.name, info.memory, free_memory(info)))
    return found


def _warm_up() -> None:
    from engine.training.warmup import warm_up

    import_torch_once()
    warm_up()


def _cuda_count() -> int:
    import torch
    return torch.cuda.device_count() if torch.cuda.is_available() else 0


def probe_devices_or_cpu() -> list:
    """``probe_devices()``, or the CPU alone when torch cannot say more."""
    try:
        return probe_devices()
    except Exception:  # noqa: BLE001 - no torch device information: offer the CPU only
        return [("cpu", "CPU", 0, 0)]


class SetupPanel(QWidget):
    """``config()`` builds the engine's TrainConfig from the controls; ``settings()`` the plain
    description kept with each run (data, batch size, epochs ...)."""

    devices_found = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("training_setup")
        self.analysis = None
        self.devices: list = []
        self.jobs = Workers(self, threads=1)
        self.data = DataPanel(self)
        self.optimizers = OptimizerList(self)
        self.epochs = QSpinBox(self, objectName="epochs")
        self.epochs.setRange(1, 1000)
        self.epochs.setValue(5)
        self.batch_size = QSpinBox(self, objectName="batch_size")
        self.batch_size.setRange(1, 65536)
        self.batch_size.setValue(128)
        self.schedule = QComboBox(self, objectName="schedule")
        self.warmup = QDoubleSpinBox(self, objectName="warmup_epochs")
        self.warmup.setRange(0, 100)
        self.warmup.setSingleStep(0.5)
        self.device = QComboBox(self, objectName="device_chooser")
        self.memory = QLabel(self, objectName="memory_estimate")
        self.memory.setWordWrap(True)
        self.frozen_bn_eval = QCheckBox(self, objectName="frozen_bn_eval")
        self.frozen_bn_eval.setChecked(True)
        self.groups = [QGroupBox(self, objectName=n) for n in ("data_group", "optimizer_group",
                                                                "run_group")]
        QVBoxLayout(self.groups[0]).addWidget(self.data)
        QVBoxLayout(self.groups[1]).addWidget(self.optimizers)
        form = QFormLayout(self.groups[2])
        self.form_labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.form_labels, (self.epochs, self.batch_size, self.schedule,
                                                   self.warmup, self.device)):
            form.addRow(label, field)
        form.addRow(self.frozen_bn_eval)
        form.addRow(self.memory)
        layout = QVBoxLayout(self)
        for group in self.groups:
            layout.addWidget(group)
        layout.addStretch(1)
        for signal in (self.batch_size.valueChanged, self.optimizers.changed,
                       self.device.currentIndexChanged):
            signal.connect(self.update_memory)
        self.retranslate()

    def retranslate(self) -> None:
        for group, text in zip(self.groups, (self.tr("Data"), self.tr("Optimizers"),
                                             self.tr("Run"))):
            group.setTitle(text)
        for label, text in zip(self.form_labels, (self.tr("Epochs"), self.tr("Batch size"),
                                                  self.tr("Learning-rate schedule"),
                                                  self.tr("Warm-up epochs"), self.tr("Device"))):
            label.setText(text)
        self.frozen_bn_eval.setText(self.tr("Batch norm in frozen layers keeps its statistics"))
        self.frozen_bn_eval.setToolTip(self.tr(
            "Frozen layers' batch normalisation stays in evaluation mode: it uses the "
            "pretrained running mean and variance and never updates them."))
        names = {"constant": self.tr("constant"), "step": self.tr("step (\u00d70.1 every 10 "
                                                                   "epochs)"),
                 "cosine": self.tr("cosine"), "onecycle": self.tr("one-cycle")}
        current = self.schedule.currentData()
        self.schedule.clear()
        for kind in SCHEDULES:
            self.schedule.addItem(names.get(kind, kind), kind)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(current)))
        self.data.retranslate()
        self.optimizers.retranslate()
        self._fill_devices()
        self.update_memory()

    # ------------------------------------------------------------ device
    def probe_devices(self) -> None:
        """Find the devices off the GUI thread (importing torch takes a second or two)."""
        self.jobs.submit("devices", probe_devices_or_cpu, self._on_devices)
        # then, on the same worker, torch.optim's one-time import of torch._dynamo (2.4 s),
        # which the first run would otherwise wait for after Start
        self.jobs.submit("warm_up", _warm_up)

    def _on_devices(self, devices) -> None:
        self.devices = list(devices)
        self._fill_devices()
        self.update_memory()
        self.devices_found.emit()

    def cpu_text(self, name: str) -> str:
        """The engine says "CPU (8 threads)"; the chooser says it in the UI language."""
        import re
        threads = re.search(r"\((\d+) threads?\)", name)
        if threads is None:
            return self.tr("CPU: {0}").format(name)
        return self.tr("CPU (%n thread(s))", None, int(threads.group(1)))

    def _fill_devices(self) -> None:
        current = self.device.currentData()
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItem(self.tr("Automatic (the GPU when there is one)"), "auto")
        for device, name, total, free in self.devices:
            if device == "cpu":
                text = self.cpu_text(name)
            else:
                text = self.tr("{0}: {1}, {2} free of {3}").format(
                    device, name, human_bytes(free), human_bytes(total))
            self.device.addItem(text, device)
        self.device.setCurrentIndex(max(0, self.device.findData(current)))
        self.device.blockSignals(False)

    def _device_free(self) -> tuple[str, int]:
        chosen = self.device.currentData() or "auto"
        gpus = [d for d in self.devices if d[0].startswith("cuda")]
        pick = next((d for d in self.devices if d[0] == chosen), None)
        if chosen == "auto":
            pick = gpus[0] if gpus else next((d for d in self.devices if d[0] == "cpu"), None)
        return (pick[1], pick[3]) if pick else ("", 0)

    # ------------------------------------------------------------ memory estimate
    def set_analysis(self, analysis) -> None:
        self.analysis = analysis
        self.update_memory()

    def memory_needed(self) -> int:
        """The largest estimate among the chosen optimizers (races run them one after another
        on the device, so the largest decides whether it fits)."""
        if self.analysis is None or not getattr(self.analysis, "ok", False):
            return 0
        chosen = self.optimizers.chosen()
        return max((training_memory(self.analysis, self.batch_size.value(), o.name)[0].total
                    for o in chosen), default=0)

    def update_memory(self, *_args) -> None:
        need = self.memory_needed()
        name, free = self._device_free()
        if not need:
            self.memory.setText(self.tr("Training memory: shown once the network is complete."))
            return
        text = self.tr("Training memory \u2248 {0} for batch {1}").format(
            human_bytes(need), self.batch_size.value())
        if free:
            text += self.tr("; {0} has {1} free").format(name, human_bytes(free))
            if need > free:
                text += self.tr(" \u2014 too much: lower the batch size.")
        self.memory.setText(text)

    # ------------------------------------------------------------ the run's settings
    def config(self) -> TrainConfig:
        return TrainConfig(
            optimizers=self.optimizers.chosen(), epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            schedule=ScheduleConfig(self.schedule.currentData() or "constant",
                                    warmup_epochs=self.warmup.value()),
            device=self.device.currentData() or "auto",
            augment=AugmentConfig(**self.data.augment()), grad_norm_every=10,
            frozen_bn_eval=self.frozen_bn_eval.isChecked(),
            batch_event_every=1)  # the engine still keeps events >= 50 ms apart

    def settings(self) -> dict:
        return {**self.data.settings(), "epochs": self.epochs.value(),
                "batch_size": self.batch_size.value(),
                "schedule": self.schedule.currentData(), "device": self.device.currentData()}

    def wait_for_jobs(self, timeout_ms: int = 10000) -> bool:
        """Wait for the device probe and the data preview (closing the window)."""
        return self.jobs.wait(timeout_ms) and self.data.jobs.wait(timeout_ms)

    def set_running(self, running: bool) -> None:
        for group in self.groups:
            group.setEnabled(not running)
