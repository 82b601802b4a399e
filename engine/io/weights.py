"""Reading a user's weights file without ever unpickling code: safetensors, or a ``.pt``/``.pth``
state dict read with ``torch.load(weights_only=True)``."""
from __future__ import annotations

from pathlib import Path

from engine.io.import_map import ModelImportError


class WeightsFileError(ModelImportError):
    code = "bad_weights"
    templates = {"bad_weights": "This weights file cannot be used; choose a .safetensors file "
                                "or a state_dict saved with torch.save."}


def read_weights(path) -> dict:
    """The tensors of a weights file as a flat ``{name: tensor}`` on the CPU."""
    import torch

    path = Path(path)
    if not path.is_file():
        raise WeightsFileError(f"The weights file {path} does not exist; choose a .safetensors "
                               f"or .pt file.", path=str(path))
    try:
        if path.suffix == ".safetensors":
            from safetensors.torch import load_file
            state = load_file(str(path), device="cpu")
        else:
            state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - pickled code, damage, a different format
        detail = " ".join(str(exc).split())[:100]
        raise WeightsFileError(f"{path.name} cannot be read as weights ({detail}); use a "
                               f".safetensors file or a state_dict saved with torch.save.",
                               path=str(path)) from None
    if isinstance(state, dict):
        for key in ("state_dict", "model", "model_state_dict"):
            if isinstance(state.get(key), dict):
                state = state[key]
                break
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor)
                                              for v in state.values()):
        raise WeightsFileError(f"{path.name} holds no state_dict (a mapping of names to "
                               f"tensors); save model.state_dict().", path=str(path))
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
            why = (f"{k} is {'x'.join(map(str, state[k].shape))} in the file but "
                   f"{'x'.join(map(str, own[k].shape))} in the model")
        elif missing:
            why = f"{missing[0]} is missing" + (f" ({len(missing) - 1} more)" if len(missing) > 1
                                                else "")
        else:
            why = f"{unexpected[0]} is not in the model" + (
                f" ({len(unexpected) - 1} more)" if len(unexpected) > 1 else "")
        raise WeightsFileError(f"The weights do not fit {label}: {why}; choose the weights "
                               f"saved from this model.", code="weights_mismatch")
    with torch.no_grad():
        module.load_state_dict({k: state[k] for k in own}, strict=True)
