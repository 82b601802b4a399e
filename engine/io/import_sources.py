"""What can be imported, and from where: a torchvision classification model by name
(``torchvision:resnet18``), a class in the user's own ``.py`` file (``net.py:MyNet``; importing
it runs that file's code), or an exported ``.pt2`` program. Weights, when given, come from a
safetensors or ``weights_only`` state-dict file, or torchvision's pretrained cache.
"""
from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path

from engine.io.import_fx import ImportedModel, import_module
from engine.io.import_map import ModelImportError
from engine.io.weights import load_into, read_weights

TORCHVISION = "torchvision:"
DEFAULT_INPUT = (3, 224, 224)
# torchvision models built without their training-only side heads (their weights load anyway)
_WITHOUT_AUX = {"googlenet": dict(aux_logits=False, init_weights=False),
                "inception_v3": dict(aux_logits=False, init_weights=False)}
_AUX_KEYS = ("aux1.", "aux2.", "AuxLogits.")


def import_model(source: str, weights: str | None = None, *, pretrained: bool = False,
                 input_shape=None, class_name: str | None = None,
                 download: bool = False) -> ImportedModel:
    """``source`` is ``torchvision:NAME``, ``FILE.py:Class`` (or ``FILE.py`` with
    ``class_name``) or ``FILE.pt2``. ``weights`` is a file; ``pretrained`` takes torchvision's."""
    if source.startswith(TORCHVISION):
        return import_torchvision(source[len(TORCHVISION):], weights, pretrained=pretrained,
                                  input_shape=input_shape, download=download)
    path, _, cls = source.partition(".py:")
    if cls or source.endswith(".py"):
        file = Path(path + ".py" if cls else source)
        return import_python(file, cls or class_name, weights, input_shape=input_shape)
    if source.endswith(".pt2"):
        from engine.io.import_export import import_exported
        return import_exported(Path(source), weights, input_shape=input_shape)
    raise ModelImportError("bad_import_source", source=source)


def torchvision_models() -> list[str]:
    import torchvision
    return sorted(torchvision.models.list_models(module=torchvision.models))


def import_torchvision(name: str, weights: str | None = None, *, pretrained: bool = False,
                       input_shape=None, download: bool = False) -> ImportedModel:
    import torchvision

    known = torchvision_models()
    if name not in known:
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        raise ModelImportError("unknown_torchvision_model" if close else
                               "unknown_torchvision_model_none", name=name,
                               close=" or ".join(close))
    state = None
    if pretrained and not weights:
        from engine.io.pretrained import pretrained_state_dict
        state = pretrained_state_dict(name, download=download)
    elif weights:
        from engine.io.pretrained import upgrade_keys
        state = upgrade_keys(name, read_weights(weights))
    model = torchvision.models.get_model(name, weights=None, **_WITHOUT_AUX.get(name, {}))
    if state is not None:
        load_into(model, state, f"torchvision's {name}", ignore_prefixes=_AUX_KEYS)
    result = import_module(model, input_shape or DEFAULT_INPUT, name, f"{TORCHVISION}{name}")
    if pretrained and not weights:
        _transform_input(name, result.graph)
    return result


def _transform_input(name: str, graph) -> None:
    """torchvision builds GoogLeNet and Inception-v3 with ``transform_input=True`` when it
    gives them their pretrained weights (and only then): so does ConvStudio, as a layer."""
    from engine.io.pretrained import TRANSFORM_INPUT, add_input_transform
    if name in TRANSFORM_INPUT:
        add_input_transform(graph)
        graph.revision = 0


def import_python(file: Path, class_name: str | None, weights: str | None = None, *,
                  input_shape=None) -> ImportedModel:
    """Run ``file`` as a module (its code executes: the caller has said so to the user), make
    ``class_name()`` and import it."""
    from torch import nn

    if not file.is_file():
        raise ModelImportError("import_not_found_py", path=str(file))
    module = _run_file(file)
    classes = sorted(n for n, v in vars(module).items()
                     if isinstance(v, type) and issubclass(v, nn.Module)
                     and v.__module__ == module.__name__)
    if not class_name:
        if len(classes) != 1:
            raise ModelImportError("which_class", file=file.name, count=len(classes),
                                   classes=", ".join(classes) or "-")
        class_name = classes[0]
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, nn.Module)):
        raise ModelImportError("no_class", file=file.name, class_name=class_name,
                               classes=", ".join(classes) or "-")
    try:
        model = cls()
    except Exception as exc:  # noqa: BLE001 - the user's constructor
        raise ModelImportError("constructor_failed", class_name=class_name,
                               detail=" ".join(str(exc).split())[:100]) from None
    if weights:
        load_into(model, read_weights(weights), class_name)
    return import_module(model, input_shape or DEFAULT_INPUT, class_name,
                         f"{file}:{class_name}")


def _run_file(file: Path):
    name = f"convstudio_user_{abs(hash(str(file.resolve())))}"
    spec = importlib.util.spec_from_file_location(name, file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and fx look classes up by module name
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001 - the user's code
        sys.modules.pop(name, None)
        raise ModelImportError("file_failed", file=file.name, error=type(exc).__name__,
                               detail=" ".join(str(exc).split())[:100]) from None
    return module


def pretrained_network(source: str, download: bool = False):
    """(graph, pretrained state dict in the graph's own names) for ``torchvision:NAME`` or a
    zoo model that has a torchvision twin (``zoo:resnet18``, ``zoo:densenet121``, ...)."""
    from engine.io.pretrained import pretrained_state_dict

    if source.startswith("torchvision:"):
        result = import_model(source, pretrained=True, download=download)
        return result.graph, result.state_dict
    if source.startswith("zoo:"):
        from engine import zoo
        from engine.zoo.registry import entry
        from engine.zoo.torchvision_keys import from_torchvision
        name = source[4:]
        zoo.names()  # the models register themselves when first listed
        twin = entry(name).torchvision
        if twin:
            state = pretrained_state_dict(twin, download=download)
            if twin == "googlenet":
                state = {k: v for k, v in state.items() if not k.startswith(("aux1.", "aux2."))}
            graph = zoo.create(name)
            _transform_input(twin, graph)
            return graph, from_torchvision(name, state)
    raise ModelImportError("no_pretrained_source", source=source)
