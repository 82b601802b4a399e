"""Engine training errors -> one sentence in the user's language.

The engine reports ``code`` + ``data`` (see engine.training.errors, engine.data); each known code
has a translatable template here, filled from the data. An unknown code falls back to the
engine's English sentence, so a new error is never shown as a traceback or a blank.
(The literal ``QCoreApplication.translate("TrainingMessages", ...)`` calls are what lupdate finds.)
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _loss_exploded(d):
    return QCoreApplication.translate(
        "TrainingMessages", "The loss exploded at step {step} (it became {loss}); lower the "
        "learning rate (now {lr:g}) or add batch normalisation.").format(**d)


def _out_of_memory(d):
    if d.get("largest_batch"):
        return QCoreApplication.translate(
            "TrainingMessages", "The {device} ran out of memory at batch size {batch_size}; use "
            "a batch size of {largest_batch} or less.").format(**d)
    return QCoreApplication.translate(
        "TrainingMessages", "The {device} ran out of memory even for one image; use a smaller "
        "network or the CPU.").format(**d)


def _not_cached(d):
    return QCoreApplication.translate(
        "TrainingMessages", "{name} is not on this computer and the network cannot be reached; "
        "connect to the internet once, or choose Shapes, which always works offline.").format(
            name=d.get("dataset") or d.get("name") or "?")


def _empty_folder(d):
    return QCoreApplication.translate(
        "TrainingMessages", "The folder {path} has no images in class sub-folders; put each "
        "class's images in a sub-folder named after the class.").format(path=d.get("path", ""))


def _one_class(d):
    return QCoreApplication.translate(
        "TrainingMessages", "The folder {path} has only one class; a classifier needs at least "
        "two sub-folders.").format(path=d.get("path", ""))


def _missing_folder(d):
    return QCoreApplication.translate(
        "TrainingMessages", "The folder {path} does not exist; choose another.").format(
            path=d.get("path", ""))


def _input_shape_differs(d):
    from engine.errors import render  # shapes read 3x32x32, as in the engine's sentence
    return render(QCoreApplication.translate(
        "TrainingMessages", "The network takes {network} images but {dataset} has {data}; set "
        "the Input layer to {data} or choose data of {network}."), d)


def _fixed(code):
    texts = {
        "device_unavailable": QCoreApplication.translate(
            "TrainingMessages", "The chosen device is not available on this computer; choose "
            "the CPU."),
        "no_optimizer": QCoreApplication.translate(
            "TrainingMessages", "Tick at least one optimizer, then press Start."),
        "bad_lr": QCoreApplication.translate(
            "TrainingMessages", "The learning rate must be a positive number."),
        "build_error": QCoreApplication.translate(
            "TrainingMessages", "The network cannot be built yet; fix the layers marked in red "
            "on the canvas first."),
        "checkpoint_error": QCoreApplication.translate(
            "TrainingMessages", "The checkpoint could not be written or read; check that the "
            "folder is writable."),
    }
    return lambda d: texts[code]


_TEMPLATES = {
    "loss_exploded": _loss_exploded, "out_of_memory": _out_of_memory,
    "not_cached": _not_cached, "offline": _not_cached, "empty_folder": _empty_folder,
    "one_class": _one_class, "missing_folder": _missing_folder,
    "input_shape_differs": _input_shape_differs,
    **{code: _fixed(code) for code in ("device_unavailable", "no_optimizer", "bad_lr",
                                       "build_error", "checkpoint_error")},
}


def explain(code: str, data: dict | None, english: str) -> str:
    """The translated sentence for an engine error code, or ``english`` when none fits."""
    template = _TEMPLATES.get(code)
    if template is None:
        return english
    try:
        return template(dict(data or {}))
    except (KeyError, ValueError, TypeError, IndexError):
        return english


def explain_error(error: BaseException) -> str:
    """The translated sentence for an exception raised by the engine."""
    return explain(getattr(error, "code", ""), getattr(error, "data", None),
                   " ".join(str(error).split()) or type(error).__name__)


def explain_failure(event) -> str:
    """The translated sentence for a RunFailed event."""
    return explain(event.code, event.data, event.message)
