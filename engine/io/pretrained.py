"""torchvision's pretrained weights, from its own cache (``torch.hub.get_dir()/checkpoints``,
i.e. ``$TORCH_HOME/hub/checkpoints``), never downloaded unless asked. Offline, one sentence
names the missing file, the folder to put it in and torchvision's address for it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from engine.io.import_map import ModelImportError


class MissingWeightsError(ModelImportError):
    code = "weights_missing"
    templates = {"weights_missing": "The pretrained weights of {model} are not on this computer: "
                                    "put {file} (from {url}) into {folder}, or choose a local "
                                    "weights file."}


@dataclass(frozen=True)
class PretrainedFile:
    model: str
    weights: str   # the weights enum member, e.g. ResNet18_Weights.IMAGENET1K_V1
    url: str
    path: Path     # where torchvision keeps it

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def cached(self) -> bool:
        return self.path.is_file()


def pretrained_file(model: str) -> PretrainedFile:
    """Where torchvision's default pretrained weights of ``model`` live (present or not)."""
    import torch
    import torchvision

    try:
        enum = torchvision.models.get_model_weights(model).DEFAULT
    except (ValueError, KeyError, AttributeError):
        raise ModelImportError("no_pretrained", model=model) from None
    url = enum.url
    name = Path(url.split("?")[0]).name
    return PretrainedFile(model, f"{type(enum).__name__}.{enum.name}", url,
                          Path(torch.hub.get_dir()) / "checkpoints" / name)


def pretrained_state_dict(model: str, download: bool = False) -> dict:
    """The pretrained state dict (torchvision's key names), read with ``weights_only=True``."""
    from engine.io.weights import read_weights

    info = pretrained_file(model)
    if not info.cached and download:
        _download(info)
    if not info.cached:
        raise MissingWeightsError(model=model, file=info.file_name,
                                  folder=str(info.path.parent), url=info.url)
    return upgrade_keys(model, read_weights(info.path))


def _download(info: PretrainedFile) -> None:
    import torch

    try:
        info.path.parent.mkdir(parents=True, exist_ok=True)
        torch.hub.download_url_to_file(info.url, str(info.path), progress=False)
    except Exception:  # noqa: BLE001 - offline: the caller's sentence says what to do
        if info.path.exists() and info.path.stat().st_size == 0:
            info.path.unlink()


_DENSENET_OLD = re.compile(
    r"^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|"
    r"running_var))$")


def upgrade_keys(model: str, state: dict) -> dict:
    """torchvision's DenseNet files still use the old names (``norm.1``); rename to ``norm1``
    as torchvision itself does when it loads them."""
    if not model.startswith("densenet"):
        return state
    out = {}
    for key, value in state.items():
        m = _DENSENET_OLD.match(key)
        out[m.group(1) + m.group(2) if m else key] = value
    return out

