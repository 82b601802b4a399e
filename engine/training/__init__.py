"""Training: a ``Trainer`` runs one network (or an optimizer race) on a data set and reports
small frozen events (``engine.training.events``) to a callback.

    from engine.data import make_shapes
    from engine.training import Trainer, TrainConfig
    trainer = Trainer(graph_or_module, make_shapes("gray28"),
                      TrainConfig(optimizers=["adam", "sgd"], epochs=3))
    trainer.run(print)        # blocks; call trainer.stop() / pause() / resume() from any thread

Heavy imports (torch) happen when a trainer is built, not when this package is imported.
"""
from engine.training.config import (AugmentConfig, OptimizerConfig, ScheduleConfig,
                                    TrainConfig)
from engine.training.errors import (CheckpointError, ConfigError, DeviceError,
                                    LossExplodedError, OutOfMemoryError, TrainingError)
from engine.training.events import (FINISH_COMPLETED, FINISH_EARLY_STOPPED, FINISH_STOPPED,
                                    BatchEnded, CheckpointSaved, DataProgress, EpochEnded,
                                    EventLog, Mistake, RunFailed, RunFinished, RunStarted,
                                    TrainingEvent)
from engine.training.optimizers import OPTIMIZERS, OptimizerSpec, make_optimizer

__all__ = [
    "AugmentConfig", "OptimizerConfig", "ScheduleConfig", "TrainConfig", "CheckpointError",
    "ConfigError", "DeviceError", "LossExplodedError", "OutOfMemoryError", "TrainingError",
    "FINISH_COMPLETED", "FINISH_EARLY_STOPPED", "FINISH_STOPPED", "BatchEnded",
    "CheckpointSaved", "DataProgress", "EpochEnded", "EventLog", "Mistake", "RunFailed",
    "RunFinished", "RunStarted", "TrainingEvent", "OPTIMIZERS", "OptimizerSpec",
    "make_optimizer", "Trainer",
]


def __getattr__(name):  # Trainer pulls in torch: import it on first use
    if name == "Trainer":
        from engine.training.trainer import Trainer
        return Trainer
    raise AttributeError(name)
