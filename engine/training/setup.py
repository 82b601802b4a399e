"""Everything a training run needs before its first batch: the device, the loaders, one model
copy per optimizer from identical initial weights, optimizers, schedules, and a checkpoint to
resume from. Mistakes the user can fix are caught here, with one clear sentence."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from engine.data.loader import Augment, StreamLoader, TensorLoader
from engine.training import checkpoints
from engine.training.config import TrainConfig
from engine.training.device import DeviceInfo, free_memory, select_device
from engine.training.errors import ConfigError
from engine.training.evaluate import evaluate
from engine.training.fused import make_fused
from engine.training.freeze import pin_frozen_batchnorm, trainable_parameters
from engine.training.losses import make_loss
from engine.training.optimizers import make_optimizer, resolved
from engine.training.run import Run
from engine.training.schedules import is_constant, lr_factor

MEMORY_SHARE = 0.5  # keep a data set on the device only if it takes at most this share of free


@dataclass
class Setup:
    device: DeviceInfo
    runs: list
    train_loader: object
    val_loader: object
    loss_fn: object
    num_classes: int
    config: TrainConfig
    start_epoch: int = 1
    global_step: int = 0
    train_size: int = 0
    val_size: int = 0
    extra: dict = field(default_factory=dict)
    fused: object = None  # a FusedRace stepping every run at once, or None (run by run)
    compile: str = "off"  # the compiled step the runs use (TrainConfig.compile, per device)
    notes: list = field(default_factory=list)  # (code, data) the trainer says at the start

    def evaluate(self, run):
        return evaluate(run.model, self.val_loader.epoch(), self.loss_fn, self.num_classes,
                        self.config.mistakes_kept, run.autocast)


def prepare(network, dataset, config: TrainConfig, initial_weights: dict | None = None) -> Setup:
    import torch

    config.validate()
    device = select_device(config.device, config.precision, config.channels_last)
    torch.manual_seed(config.seed)
    base = build(network)
    transplanted = None
    if initial_weights:
        from engine.io.transplant import transplant
        transplanted = transplant(base, initial_weights)
    if config.frozen_bn_eval:
        pin_frozen_batchnorm(base)
    loss_fn = make_loss(config.loss, dataset.num_classes)
    train_loader, val_loader = make_loaders(dataset, config, device)
    base = base.to(device.device)
    if device.channels_last:
        base = base.to(memory_format=torch.channels_last)
    check_fit(base, val_loader, train_loader, dataset)
    steps = len(train_loader)
    if steps == 0:
        raise ConfigError("no_batches", dataset=dataset.name)
    runs = [make_run(name, opt, base, loss_fn, device, config, steps)
            for name, opt in zip(run_names(config.optimizers), config.optimizers)]
    setup = Setup(device, runs, train_loader, val_loader, loss_fn, dataset.num_classes, config,
                  train_size=train_loader.n, val_size=val_loader.n)
    if transplanted is not None:
        setup.extra["transplant"] = transplanted
    if config.resume_from:
        states = [checkpoints.load_run(config.resume_from, r) for r in runs]
        setup.start_epoch = min(int(st["epoch"]) for st in states) + 1
        setup.global_step = int(states[0]["global_step"])
        torch.set_rng_state(states[0]["rng"])
    setup.fused = make_fused(runs, device, config.fused_race)
    if config.compile != "off":
        compile_runs(setup)
    return setup


def compile_runs(setup: Setup) -> None:
    """Give every run its compiled model for full batches (``engine.training.compiled``)."""
    from engine.training.compiled import compile_model, failure_note, resolve_mode

    mode, note = resolve_mode(setup.config.compile, setup.device)
    if note:
        setup.notes.append(note)
    if setup.fused is not None:
        setup.notes.append(("compile_not_fused", {}))
    try:
        for r in setup.runs:
            r.use_compiled(compile_model(r.model, mode), setup.config.batch_size, mode)
    except Exception as exc:  # noqa: BLE001 - e.g. torch.compile unsupported on this Python
        for r in setup.runs:
            r.compiled = None
        setup.notes.append(failure_note(", ".join(r.name for r in setup.runs), exc))
        return
    setup.compile = mode


def build(network):
    """A fresh ``nn.Module`` from a graph, or a copy of a module."""
    from torch import nn

    if isinstance(network, nn.Module):
        return copy.deepcopy(network)
    from engine.build import build_module
    return build_module(network)


def run_names(optimizers) -> list[str]:
    """Labels, or optimizer names made unique: adam, adam_2, ..."""
    names, seen = [], {}
    for opt in optimizers:
        base = opt.label or opt.name
        seen[base] = seen.get(base, 0) + 1
        names.append(base if seen[base] == 1 else f"{base}_{seen[base]}")
    return names


def make_run(name, opt, base, loss_fn, device, config, steps) -> Run:
    import torch

    model = copy.deepcopy(base)
    model.train()
    hyper = resolved(opt.name, opt.lr, opt.params)
    optimizer = make_optimizer(opt.name, trainable_parameters(model), opt.lr, opt.params)
    scheduler = None
    if not is_constant(config.schedule):
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lr_factor(config.schedule, config.epochs, steps))
    return Run(name, opt.name, model, optimizer, scheduler, loss_fn, device, hyper)


def trainable_parameters(model) -> list:
    """The parameters an optimizer updates: every one that takes a gradient (a frozen layer's
    ``requires_grad=False`` parameters stay as they are). The one place optimizers get them."""
    return [p for p in model.parameters() if p.requires_grad]


def make_loaders(dataset, config: TrainConfig, device: DeviceInfo):
    """In-memory loaders on the device when the data fits (or ``loader='memory'``); images kept
    on the CPU and copied per batch when they do not fit the device; a streaming loader for
    data sets that live on disk."""
    aug = Augment(config.augment.flip, config.augment.crop_padding)
    mean = dataset.mean if config.normalize else None
    std = dataset.std if config.normalize else None
    common = dict(mean=mean, std=std, seed=config.seed, channels_last=device.channels_last)
    eval_batch = config.eval_batch_size or device.eval_batch_size
    if getattr(dataset, "streaming", False) or config.loader == "stream":
        source_train, source_val = dataset.sources() if hasattr(dataset, "sources") else (
            None, None)
        if source_train is None:
            raise ConfigError("cannot_stream", dataset=dataset.name)
        kw = dict(common, device=device.device, num_workers=config.num_workers)
        return (StreamLoader(source_train, config.batch_size, augment=aug,
                             max_steps=config.max_steps_per_epoch, **kw),
                StreamLoader(source_val, eval_batch, shuffle=False, **kw))
    storage = device.device
    if (device.kind != "cpu" and config.loader == "auto"
            and dataset.nbytes > MEMORY_SHARE * free_memory(device)):
        storage = "cpu"
    train = TensorLoader(dataset.train, config.batch_size, device.device, augment=aug,
                         max_steps=config.max_steps_per_epoch, storage=storage, **common)
    val = TensorLoader(dataset.val, eval_batch, device.device, shuffle=False,
                       storage=storage, **common)
    return train, val


def check_fit(model, val_loader, train_loader, dataset) -> None:
    """Push two images through the network: a wrong input size or too few outputs becomes one
    clear sentence before training starts."""
    import torch

    loader = val_loader if val_loader.n else train_loader
    x, _ = next(iter(loader.epoch(1)), (None, None))
    if x is None:
        raise ConfigError("empty_dataset", dataset=dataset.name)
    c, h, w = dataset.input_shape
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            out = model(x[:2])
    except RuntimeError as exc:
        raise ConfigError("input_mismatch", dataset=dataset.name, shape=(c, h, w),
                          detail=" ".join(str(exc).split())[:120]) from None
    finally:
        model.train(was)
    if isinstance(out, (tuple, list)):
        out = out[0]
    if out.dim() != 2 or out.shape[1] < dataset.num_classes:
        got = "x".join(str(d) for d in out.shape[1:])
        raise ConfigError("output_mismatch", dataset=dataset.name, outputs=got,
                          classes=dataset.num_classes)
