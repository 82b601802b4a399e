"""Typed training errors: ``TrainingError(code, **data)`` (see engine.errors), one English
sentence per code saying what went wrong and what to do; the GUI translates the same template."""
from __future__ import annotations

from engine.errors import UserError


class TrainingError(UserError, ValueError):
    """Base of every error a training run reports to a user."""

    code = "training_error"
    templates = {
        "training_error": "The training run failed.",
        "setup_failed": "Training could not start: {detail}; check the network, the data set "
                        "and the device.",
        "setup_out_of_memory": "Training could not start: {detail}; check the network, the "
                               "data set and the device (it ran out of memory).",
        "training_failed": "Training {run} failed: {detail}; check the network and the data "
                           "set.",
        "val_loss_not_finite": "The validation loss of {run} is not a number after epoch "
                               "{epoch}; lower the learning rate.",
    }


class LossExplodedError(TrainingError):
    """The loss became NaN or infinite."""

    code = "loss_exploded"
    templates = {
        "loss_exploded": "The loss for {run} exploded (became {loss}) at step {step}; lower the "
                         "learning rate (now {lr:g}) or add batch normalisation.",
        "loss_exploded_unnamed": "The loss exploded at step {step} (it became {loss}); lower "
                                 "the learning rate (now {lr:g}) or add batch normalisation.",
    }

    def __init__(self, step: int, loss: float, lr: float, run: str = ""):
        super().__init__("loss_exploded" if run else "loss_exploded_unnamed", step=step,
                         loss=float(loss), lr=float(lr), run=run)


class OutOfMemoryError(TrainingError):
    """The device ran out of memory; ``largest_batch`` is the largest batch size that fits."""

    code = "out_of_memory"
    templates = {
        "out_of_memory": "The {device} ran out of memory at batch size {batch_size}; use a "
                         "batch size of {largest_batch} or less.",
        "out_of_memory_one_image": "The {device} ran out of memory at batch size {batch_size}; "
                                   "even one image does not fit; use a smaller network or the "
                                   "CPU.",
    }

    def __init__(self, device: str, batch_size: int, largest_batch: int | None):
        super().__init__("out_of_memory" if largest_batch else "out_of_memory_one_image",
                         device=device, batch_size=batch_size, largest_batch=largest_batch)


class ConfigError(TrainingError):
    """A training setting is invalid (unknown optimizer, negative learning rate, ...)."""

    code = "bad_config"
    templates = {
        "bad_config": "A training setting is invalid.",
        "not_an_optimizer": "{value!r} is not an optimizer; write a name such as 'adam'.",
        "all_frozen": "Every layer with weights is frozen, so there is nothing to train; "
                      "unfreeze at least the classifier.",
        "no_optimizer": "Choose at least one optimizer.",
        # the window's wording of no_optimizer (WINDOW_CODES): its optimizers are ticked
        "no_optimizer_ticked": "Tick at least one optimizer, then press Start.",
        "unknown_optimizer": "There is no optimizer '{name}'; choose one of {choices}.",
        "bad_lr": "The learning rate of {name} must be positive, not {lr}.",
        "bad_epochs": "The epochs must be a whole number of at least 1, not {value}.",
        "bad_batch_size": "The batch size must be a whole number of at least 1, not {value}.",
        "unknown_loss": "There is no loss '{value}'; choose one of {choices}.",
        "unknown_schedule": "There is no schedule '{value}'; choose one of {choices}.",
        "unknown_precision": "There is no precision '{value}'; choose one of {choices}.",
        "unknown_loader": "There is no loader '{value}'; choose one of {choices}.",
        "unknown_fused_race": "There is no fused-race setting '{value}'; choose one of "
                              "{choices}.",
        "unknown_compile": "There is no compile mode '{value}'; choose one of {choices}.",
        "unknown_device": "There is no device '{device}'; choose auto, cpu, cuda or mps.",
        "bad_augment": "The crop padding cannot be negative.",
        "no_batches": "{dataset} has too few training images for one batch; add images or "
                      "lower the batch size.",
        "cannot_stream": "{dataset} is already in memory and cannot be streamed; choose the "
                         "memory loader.",
        "empty_dataset": "{dataset} has no images.",
        "input_mismatch": "The network cannot take {dataset}'s {shape} images ({detail}); set "
                          "the Input layer to {shape}.",
        "output_mismatch": "The network outputs {outputs} values per image but {dataset} has "
                           "{classes} classes; end it with a Linear layer of {classes} outputs.",
        "unknown_hyperparameter": "{title} has no setting '{name}'; it has {known}.",
        "hyperparameter_range": "{title}'s {name} must lie between {minimum} and {maximum}, "
                                "not {value}.",
        "bad_seed": "The seed must be a whole number from 0 to 2^63 - 1, not {value}.",
        "bad_warmup": "The warm-up must be a number of epochs from 0 to the {epochs} epochs of "
                      "the run, not {value}.",
        "bad_early_stopping": "The early-stopping patience must be a whole number of epochs, 0 "
                              "(off) or more, not {value}.",
        "bad_grad_norm_every": "The gradient-norm interval must be a whole number of steps, 0 "
                               "(off) or more, not {value}.",
    }


class InputShapeError(ConfigError):
    """The network's Input layer does not take the data set's images."""

    code = "input_shape_differs"
    templates = {
        "input_shape_differs": "The network takes {network} images but {dataset} has {data}; "
                               "set the Input layer to {data} or choose data of {network}.",
    }


class DeviceError(TrainingError):
    """The requested device is not available on this machine."""

    code = "device_unavailable"
    templates = {
        "device_unavailable": "CUDA was asked for but no NVIDIA GPU is usable here; choose "
                              "auto or cpu.",
        "no_such_gpu": "There is no GPU {index}; this machine has {count}.",
        "no_mps": "Apple MPS was asked for but is not available here; choose auto or cpu.",
    }


class CheckpointError(TrainingError):
    """A checkpoint cannot be written or read."""

    code = "checkpoint_error"
    templates = {
        "checkpoint_error": "The checkpoint could not be written or read; check that the "
                            "folder is writable.",
        "checkpoint_unsafe": "The checkpoint of {run} in {path} holds objects other than "
                             "tensors, so it was not loaded (nothing in it ran); resume only "
                             "from a folder ConvStudio saved, or start a new run.",
        "checkpoint_missing": "There is no checkpoint for {run} in {folder}; start a new run "
                              "or choose the folder an earlier run saved to.",
        "checkpoint_write_failed": "Cannot write a checkpoint into {path}: {reason}; choose "
                                   "another folder or free some disk space.",
        "checkpoint_index_missing": "{path} holds no checkpoint (no readable {index}); choose "
                                    "the folder a training run saved to.",
        "checkpoint_mismatch": "The checkpoint of {run} in {path} does not fit this network or "
                               "is damaged ({detail}); start a new run.",
    }


# A code whose sentence the window words its own way (the window ticks optimizers and has a
# Start button): code -> the code of the window's template, both in the catalogue above.
WINDOW_CODES = {"no_optimizer": "no_optimizer_ticked"}
