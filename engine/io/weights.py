"""Reading a user's weights file without ever unpickling code: safetensors, or a ``.pt``/``.pth``
state dict read with ``torch.load(weights_only=True)``."""
from __future__ import annotations

from pathlib import Path

from engine.io.import_map import ModelImportError


class WeightsFileError(ModelImportError):
    code = "bad_weights"
    templates = {
        "bad_weights": "This weights file cannot be used; choose a .safetensors file or a "
                       "state_dict saved with torch.save.",
        "import_weights_not_found": "The weights file {path} does not exist; choose a "
                                    ".safetensors or .pt file.",
        "import_weights_unreadable": "{file} cannot be read as weights ({detail}); use a "
                                     ".safetensors file or a state_dict saved with torch.save.",
        "import_weights_no_state_dict": "{file} holds no state_dict (a mapping of names to "
                                        "tensors); save model.state_dict().",
        "import_weights_wrong_shape": "The weights do not fit {label}: {key} is {in_file} in "
                                      "the file but {in_model} in the model; choose the weights "
                                      "saved from this model.",
        "import_weights_missing": "The weights do not fit {label}: {key} is missing; choose "
                                  "the weights saved from this model.",
        "import_weights_missing_more": "The weights do not fit {label}: {key} is missing "
                                       "({more} more); choose the weights saved from this "
                                       "model.",
        "import_weights_unexpected": "The weights do not fit {label}: {key} is not in the "
                                     "model; choose the weights saved from this model.",
        "import_weights_unexpected_more": "The weights do not fit {label}: {key} is not in the "
                                          "model ({more} more); choose the weights saved from "
                                          "this model.",
    }


def read_weights(path) -> dict:
    """The tensors of a weights file as a flat ``{name: tensor}`` on the CPU."""
    import torch

    path = Path(path)
    if not path.is_file():
        raise WeightsFileError("import_weights_not_found", path=str(path))
    try:
        if path.suffix == ".safetensors":
            from safetensors.torch import load_file
            state = load_file(str(path), device="cpu")
        else:
            state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - pickled code, damage, a different format
        detail = " ".join(str(exc).split())[:100]
        raise WeightsFileError("import_weights_unreadable", path=str(path), file=path.name,
                               detail=detail) from None
    if isinstance(state, dict):
        for key in ("state_dict", "model", "model_state_dict"):
            if isinstance(state.get(key), dict):
                state = state[key]
                break
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor)
                                              for v in state.values()):
        raise WeightsFileError("import_weights_no_state_dict", path=str(path), file=path.name)
    return {str(k).removeprefix("module."): v for k, v in state.items()}


def load_into(module, state: dict, label: str, ignore_prefixes=()) -> None:
    """``module.load_state_dict(state)`` with one sentence naming the first mismatch."""
    import torch

    own = module.state_dict()
    missing = [k for k in own if k not in state]
    unexpected = [k for k in state if k not in own and not k.startswith(tuple(ignore_prefixes))]
    wrong = [k for k in own if k in state and tuple(state[k].shape) != tuple(own[k].shape)]
    if missing or unexpected or wrong:
        if wrong:
            k = wrong[0]
            raise WeightsFileError("import_weights_wrong_shape", label=label, key=k,
                                   in_file=tuple(state[k].shape), in_model=tuple(own[k].shape))
        if missing:
            raise WeightsFileError("import_weights_missing_more" if len(missing) > 1 else
                                   "import_weights_missing", label=label, key=missing[0],
                                   more=len(missing) - 1)
        raise WeightsFileError("import_weights_unexpected_more" if len(unexpected) > 1 else
                               "import_weights_unexpected", label=label, key=unexpected[0],
                               more=len(unexpected) - 1)
    with torch.no_grad():
        module.load_state_dict({k: state[k] for k in own}, strict=True)
