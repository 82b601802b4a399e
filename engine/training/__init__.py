"""Training: a ``Trainer`` runs one network (or an optimizer race) on a data set and reports
small frozen events (``engine.training.events``) to a callback.

    from engine.data import make_shapes
    from engine.training import Trainer, TrainConfig
    trainer = Trainer(graph_or_module, make_shapes("gray28"),
                      TrainConfig(optimizers=["adam", "sgd"], epochs=3))
    trainer.run(print)        # blocks; call trainer.stop() / pause() / resume() from any thread

Heavy imports (torch) happen when a trainer runs, not when this package is imported.
"""
from engine.training.config import (AugmentConfig, OptimizerConfig, ScheduleConfig,
                                    TrainConfig)
from engine.training.errors import (CheckpointError, ConfigError, DeviceError,
                                    LossExplodedError, OutOfMemoryError, TrainingError)
from engine.training.events import (FINISH_COMPLETED, FINISH_EARLY_STOPPED, FINISH_STOPPED,
                                    BatchEnded, CheckpointSaved, DataProgress, EpochEnded,
                                    EventLog, Mistake, Notice, RunFailed, RunFinished,
                                    RunStarted, TrainingEvent)
from engine.training.optimizers import OPTIMIZERS, OptimizerSpec, make_optimizer
from engine.training.device import DeviceInfo, select_device
from engine.training.evaluate import EvalResult, evaluate_dataset
from engine.training.losses import LOSS_TEXT
from engine.training.schedules import lr_curve
from engine.training.trainer import Trainer

__all__ = [
    "AugmentConfig", "OptimizerConfig", "ScheduleConfig", "TrainConfig", "CheckpointError",
    "ConfigError", "DeviceError", "LossExplodedError", "OutOfMemoryError", "TrainingError",
    "FINISH_COMPLETED", "FINISH_EARLY_STOPPED", "FINISH_STOPPED", "BatchEnded",
    "CheckpointSaved", "DataProgress", "EpochEnded", "EventLog", "Mistake", "Notice",
    "RunFailed", "RunFinished", "RunStarted", "TrainingEvent", "OPTIMIZERS", "OptimizerSpec",
    "make_optimizer", "Trainer", "DeviceInfo", "select_device", "EvalResult",
    "evaluate_dataset", "LOSS_TEXT", "lr_curve",
]
