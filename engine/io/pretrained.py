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



# torchvision models whose pretrained weights expect ``transform_input`` (torchvision sets it
# when it builds them with weights): the input is re-normalised before the first layer
TRANSFORM_INPUT = ("googlenet", "inception_v3")


def add_input_transform(graph) -> str:
    """Put torchvision's ``transform_input`` (the TransformInput layer) right after the Input,
    so that the network with the pretrained weights computes what torchvision's does on the
    same ImageNet-normalised images; return its id. The layout is redone."""
    from engine.graph.layout import layered_layout

    (source,) = graph.input_nodes()
    links = graph.out_links(source)
    node_id = "transform_input" if "transform_input" not in graph.nodes else None
    node = graph.add_node("TransformInput", node_id=node_id, pos=graph.nodes[source].pos)
    for link in links:
        graph.disconnect(link.src, link.dst, link.port)
        graph.add_link_unchecked(node.id, link.dst, link.port)
    graph.connect(source, node.id)
    graph.restore_order([source, node.id, *(n for n in graph.nodes if n not in (source,
                                                                                 node.id))])
    for n, pos in layered_layout(graph).items():
        graph.move(n, pos)
    return node.id
