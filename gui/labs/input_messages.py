"""Bad lab input as one sentence in the user's language: the engine raises ``LabInputError``
(a ``code`` and ``data``) or the optimizer registry's ``ConfigError``; this turns either into
translated text, falling back to the engine's English sentence for a code it does not know."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = {
    "not_a_number": QT_TRANSLATE_NOOP("LabMessages", "“{cell}” is not a number; write numbers "
                                      "such as 1.5 or -2."),
    "batch_too_small": QT_TRANSLATE_NOOP("LabMessages", "A mini-batch needs at least 2 "
                                         "examples: with one, its variance is 0 and "
                                         "training-mode batch norm is undefined."),
    "batch_too_large": QT_TRANSLATE_NOOP("LabMessages", "The lab takes at most {max_rows} "
                                         "examples of {max_features} features."),
    "ragged_batch": QT_TRANSLATE_NOOP("LabMessages", "Every row of the mini-batch must have the "
                                      "same number of features."),
    "bad_parameter": QT_TRANSLATE_NOOP("LabMessages", "{name} has a value the lab cannot use; "
                                       "give one number, or one per feature."),
    "out_of_range": QT_TRANSLATE_NOOP("LabMessages", "The {name} must be a whole number from "
                                      "{low} to {high}."),
    "no_optimizer": QT_TRANSLATE_NOOP("LabMessages", "Tick at least one optimizer."),
    "hyperparameter_range": QT_TRANSLATE_NOOP("LabMessages", "{optimizer}'s {name} is out of "
                                              "its range."),
}


def message_for(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    template = TEMPLATES.get(code)
    if template is None:
        return str(exc)
    try:
        return QCoreApplication.translate("LabMessages", template).format(
            **getattr(exc, "data", {}))
    except (KeyError, IndexError):
        return str(exc)
