"""Export a training setup as a standalone ``train.py`` (+ ``model.py``) in plain PyTorch.

    write_training_script(graph, config, DataChoice("shapes:gray28", 2000), "out/")

The script reproduces what the training panel (or ``train``) was set to: the data set (a
torchvision data set, an ImageFolder path, or the generated Shapes set written next to it as
a tensor file or an image folder), normalisation, augmentation, loss, every chosen optimizer
with its hyperparameters (``--optimizer NAME`` picks one run of a race), the learning-rate
schedule, epochs, batch size, early stopping (patience on the validation loss), the
gradient-norm sampling interval and the compiled training step (``COMPILE``, ``--compile``).
The same file runs alone and under ``torchrun`` with DistributedDataParallel (see
``script_template``).
"""
from __future__ import annotations

import inspect
import pprint
from dataclasses import dataclass, field
from pathlib import Path

from engine.data import DataError
from engine.io.export import export_network
from engine.io.export_errors import ExportError
from engine.io.export_source import class_name_for
from engine.training import schedules
from engine.training.config import TrainConfig
from engine.training.optimizers import torch_arguments
from engine.training.script_template import TEMPLATE
from engine.training.session import DataChoice
from engine.training.setup import run_names

SHAPES_FORMATS = ("tensors", "folder")  # how a generated Shapes set is written
SHAPES_DEFAULT_IMAGES = 10000
INITIAL_WEIGHTS_FILE = "initial_weights.pt"  # the weights training starts from, when given
FOLDER_IMAGE_SIZE = 64  # as the app's folder loader resizes


@dataclass
class ScriptResult:
    folder: Path
    files: list = field(default_factory=list)
    notes: list = field(default_factory=list)   # e.g. the input layer was adapted


def write_training_script(graph, config: TrainConfig, data: DataChoice | str, out_dir,
                          shapes_format: str = "tensors", dataset=None,
                          progress=None, initial_weights: dict | None = None) -> ScriptResult:
    """Write ``train.py``, ``model.py`` and (for Shapes) the data into ``out_dir``.
    ``shapes_format``: a generated Shapes set as one tensor file or an image folder;
    ``dataset``: the already loaded data set, when the caller has it (saves generating it);
    ``initial_weights``: the state dict training starts from (imported or pretrained weights,
    in the graph's names), written as ``initial_weights.pt``. The graph's frozen layers stay
    frozen in the script."""
    config.validate()
    data = DataChoice(data) if isinstance(data, str) else data
    if shapes_format not in SHAPES_FORMATS:
        raise ExportError("bad_shapes_format", choices=" or ".join(SHAPES_FORMATS),
                          value=shapes_format)
    out = Path(out_dir).expanduser()
    _make_folder(out)
    result = ScriptResult(out)
    graph = graph.copy()
    described = _describe_data(data, shapes_format, out, result, dataset, progress)
    if described.get("shape"):
        _match_input(graph, described["shape"], described["title"], result)
    model = export_network(graph, "py", out / "model.py")
    result.files.append(out / "model.py")
    start = None
    if initial_weights:
        import torch
        start = INITIAL_WEIGHTS_FILE
        state = {k: v.detach().cpu().contiguous() for k, v in initial_weights.items()}
        _atomic(out / start, lambda p: torch.save(state, p))
        result.files.append(out / start)
    text = _fill(TEMPLATE, graph, config, described, model.class_name, start)
    _write_text(out / "train.py", text)
    result.files.insert(0, out / "train.py")
    return result


# ---------------------------------------------------------------- data

def _describe_data(data: DataChoice, shapes_format, out: Path, result, dataset,
                   progress) -> dict:
    kind, _, arg = data.source.strip().partition(":")
    kind = kind.lower()
    if kind == "shapes":
        return _shapes(data, arg or "gray28", shapes_format, out, result, dataset, progress)
    if kind == "folder":
        return _folder(data, arg)
    return _torchvision(kind, data, dataset)


def _shapes(data, preset, shapes_format, out, result, dataset, progress) -> dict:
    import torch

    from engine.data import channel_stats, make_shapes
    if dataset is None:
        n_train = data.train_images or SHAPES_DEFAULT_IMAGES
        n_val = max(2, int(round(n_train * data.val_fraction
                                 / max(1e-9, 1 - data.val_fraction))))
        dataset = make_shapes(preset, n_train, n_val, seed=data.seed, progress=progress)
    as_bytes = {name: (split.images * 255).round().clamp(0, 255).to(torch.uint8)
                for name, split in (("train", dataset.train), ("val", dataset.val))}
    # the statistics of the images as written (whole grey levels), as the script sees them
    mean, std = channel_stats(as_bytes["train"].float() / 255)
    described = {"title": dataset.name, "shape": dataset.input_shape, "mean": mean, "std": std}
    if shapes_format == "tensors":
        name = f"shapes_{preset}.pt"
        blob = {"train_images": as_bytes["train"], "train_labels": dataset.train.labels,
                "val_images": as_bytes["val"], "val_labels": dataset.val.labels}
        _atomic(out / name, lambda p: torch.save(blob, p))
        result.files.append(out / name)
        described["dataset"] = {"kind": "tensors", "file": name, "title": dataset.name,
                                "classes": list(dataset.class_names)}
        return described
    _write_image_folders(out / "shapes", as_bytes, dataset)
    result.files.append(out / "shapes")
    c, h, _ = dataset.input_shape
    described["dataset"] = {"kind": "folders", "train": "shapes/train", "val": "shapes/val",
                            "image_size": h, "channels": c, "title": dataset.name}
    return described


def _write_image_folders(root: Path, as_bytes: dict, dataset) -> None:
    """``root/train/<class>/00001.png`` and ``root/val/...``: what torchvision's ImageFolder
    reads (sorted class folder names give the same class numbers as the app)."""
    from PIL import Image
    classes = [f"{i:02d}_{name}" for i, name in enumerate(dataset.class_names)]
    for split_name, split in (("train", dataset.train), ("val", dataset.val)):
        images = as_bytes[split_name].permute(0, 2, 3, 1).numpy()
        for i, (image, label) in enumerate(zip(images, split.labels.tolist())):
            folder = root / split_name / classes[label]
            folder.mkdir(parents=True, exist_ok=True)
            pixels = image[:, :, 0] if image.shape[2] == 1 else image
            Image.fromarray(pixels).save(folder / f"{i:05d}.png")


def _folder(data, path) -> dict:
    from engine.data.folder import _guess_channels, scan_folder
    if not path:
        raise DataError("folder_not_given", path="")
    classes, files, _ = scan_folder(path)
    channels = _guess_channels(files)
    size = FOLDER_IMAGE_SIZE
    return {"title": Path(path).expanduser().name, "shape": (channels, size, size),
            "dataset": {"kind": "folder", "path": str(Path(path).expanduser().resolve()),
                        "image_size": size, "channels": channels,
                        "val_fraction": data.val_fraction, "title": Path(path).name,
                        "classes": classes}}


def _torchvision(kind: str, data: DataChoice, dataset) -> dict:
    from engine.data.classic import _spec, cache_dir, is_cached, load_classic
    spec = _spec(kind)
    root = str(Path(data.root).expanduser()) if data.root else str(cache_dir())
    described = {"title": spec.title, "data_dir": root,
                 "dataset": {"kind": "torchvision", "class": spec.tv_class,
                             "title": spec.title}}
    if dataset is None and is_cached(spec.key, root):
        dataset = load_classic(spec.key, root=root, download=False)
    if dataset is not None:  # known now: the script need not compute them
        described.update(shape=dataset.input_shape, mean=dataset.mean, std=dataset.std)
    return described


def _match_input(graph, shape, title, result) -> None:
    from engine.io.sources import set_input_shape
    inputs = graph.input_nodes()
    if len(inputs) != 1:
        return
    p = graph.nodes[inputs[0]].params
    if (p["channels"], p["height"], p["width"]) != tuple(shape):
        set_input_shape(graph, tuple(shape))
        result.notes.append(f"the Input layer was set to {'x'.join(map(str, shape))} to match "
                            f"{title}")


# ---------------------------------------------------------------- the script's text

def frozen_layers(graph) -> list[str]:
    """The frozen layers that are submodules of the exported model (a layer written as an
    expression, such as Add, has no weights to keep)."""
    from engine import layers
    return [n for n in graph.frozen_nodes() if graph.nodes[n].type not in ("Input", "Output")
            and layers.get(graph.nodes[n].type).code_expr is None
            and layers.get(graph.nodes[n].type).function is None]


def _fill(template: str, graph, config: TrainConfig, described: dict, class_name: str,
          start: str | None = None) -> str:
    names = run_names(config.optimizers)
    optimizers = {name: torch_arguments(o.name, o.lr, o.params)
                  for name, o in zip(names, config.optimizers)}
    mean, std = described.get("mean"), described.get("std")
    if not config.normalize:
        channels = described["shape"][0] if described.get("shape") else 3
        mean, std = (0.0,) * channels, (1.0,) * channels
    settings = [
        f"MODEL = {class_name}",
        _constant("DATASET", described["dataset"]),
        f"MEAN = {_numbers(mean)}  # per channel, of the training images (None: computed at "
        f"start)",
        f"STD = {_numbers(std)}",
        _constant("AUGMENT", {"flip": config.augment.flip,
                              "crop_padding": config.augment.crop_padding}),
        f"LOSS = {config.loss!r}  # or 'squared_error': 1/2 sum_k (t_k - y_k)^2",
        "# name: (torch.optim class, its arguments); --optimizer picks one (default: the first)",
        _constant("OPTIMIZERS", optimizers),
        "# the learning rate is lr * lr_factor(step): warm-up, then the chosen schedule",
        _constant("SCHEDULE", dict(vars(config.schedule))),
        f"EPOCHS = {config.epochs}",
        f"BATCH_SIZE = {config.batch_size}  # global: split across the processes",
        f"PRECISION = {config.precision!r}  # auto: bfloat16 autocast on GPUs that support it",
        f"COMPILE = {config.compile!r}  # torch.compile the training step: 'off', 'default' or "
        f"'reduce-overhead' (CUDA graphs, GPUs only)",
        f"SEED = {config.seed}",
        "# stop when the validation loss has not improved by more than min_delta for patience "
        "epochs (0: off)",
        _constant("EARLY_STOPPING", {"patience": config.early_stopping_patience,
                                     "min_delta": config.early_stopping_min_delta}),
        f"GRAD_NORM_EVERY = {config.grad_norm_every}  # steps between gradient-norm samples "
        f"(0: off)",
        f"INITIAL_WEIGHTS = {start!r}  # a state_dict file next to this one (None: fresh weights)",
        "# layers frozen in the app (transfer learning): their weights are not trained",
        _constant("FROZEN", frozen_layers(graph)),
        f"FROZEN_BN_EVAL = {config.frozen_bn_eval!r}  # batch norm in frozen layers keeps its "
        f"statistics",
        f"DATA_DIR = {described.get('data_dir')!r}  # None: the folder of this file",
        f"CHECKPOINT_DIR = {config.checkpoint_dir or 'checkpoints'!r}",
    ]
    race = ""
    if len(names) > 1:
        race = (f"\nThe app raced {len(names)} optimizers; here each is one run: "
                + ", ".join(f"--optimizer {n}" for n in names) + ".\n")
    title = (f"Train {graph.name or class_name} on {described['title']} as set up in "
             f"ConvStudio.")
    source = "\n\n\n".join(inspect.getsource(f).rstrip()
                           for f in (schedules.lr_factor, schedules._cos))
    replacements = {"#@TITLE@": title, "#@RACE_NOTE@": race,
                    "#@MODEL_IMPORT@": f"from model import {class_name}",
                    "#@SETTINGS@": "\n".join(settings), "#@SCHEDULE_SOURCE@": source}
    for marker, text in replacements.items():
        template = template.replace(marker, text)
    return template


def _constant(name: str, value) -> str:
    text = pprint.pformat(value, width=92 - len(name), sort_dicts=False, compact=True)
    return f"{name} = " + text.replace("\n", "\n" + " " * (len(name) + 3))


def _numbers(values) -> str:
    if values is None:
        return "None"
    return "(" + ", ".join(f"{float(v):.6f}" for v in values) + ("," if len(values) == 1
                                                                  else "") + ")"


# ---------------------------------------------------------------- files

def _make_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError("out_is_a_file", path=str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError("cannot_create_folder", folder=str(out), path=str(out),
                          reason=str(exc.strerror or exc)) from None


def _atomic(path: Path, writer) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        writer(tmp)
        tmp.replace(path)
    except OSError as exc:
        raise ExportError("cannot_write", path=str(path),
                          reason=str(exc.strerror or exc)) from None


def _write_text(path: Path, text: str) -> None:
    _atomic(path, lambda p: Path(p).write_text(text, encoding="utf-8"))
