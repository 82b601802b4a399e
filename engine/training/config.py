"""What a training run is asked to do: plain dataclasses, JSON-safe through ``to_dict`` /
``from_dict`` so a project file can keep them (section ``"training"``).

An optimizer race is a ``TrainConfig`` with several ``OptimizerConfig`` entries: every run starts
from identical initial weights and sees the identical batches (and augmentation) in lock-step.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from engine.training.compiled import COMPILE_MODES
from engine.training.errors import ConfigError

LOSSES = ("cross_entropy", "squared_error")
SCHEDULES = ("constant", "step", "cosine", "onecycle")
DEVICES = ("auto", "cpu", "cuda", "mps")
PRECISIONS = ("auto", "float32", "bfloat16", "float16")
LOADERS = ("auto", "memory", "stream")


@dataclass
class OptimizerConfig:
    """One optimizer of a run or race. ``lr`` None takes the optimizer's default; ``params``
    overrides its other hyperparameters (see ``engine.training.optimizers.OPTIMIZERS``);
    ``label`` names the run (default: the optimizer's name, made unique)."""

    name: str = "adam"
    lr: float | None = None
    params: dict = field(default_factory=dict)
    label: str = ""

    @classmethod
    def coerce(cls, value) -> "OptimizerConfig":
        if isinstance(value, OptimizerConfig):
            return value
        if isinstance(value, str):
            return cls(name=value.strip().lower())
        if isinstance(value, dict):
            return cls(**value)
        raise ConfigError("not_an_optimizer", value=value)


@dataclass
class ScheduleConfig:
    """Learning-rate schedule, applied per step. ``kind``: constant, step (multiply by
    ``gamma`` every ``step_epochs``), cosine (down to ``min_lr_factor`` x lr), onecycle (up to
    lr then down). ``warmup_epochs`` ramps linearly from ~0 first (not used by onecycle, which
    warms up by itself over ``pct_start`` of the run)."""

    kind: str = "constant"
    warmup_epochs: float = 0.0
    step_epochs: int = 10
    gamma: float = 0.1
    min_lr_factor: float = 0.0
    pct_start: float = 0.3


@dataclass
class AugmentConfig:
    """On-device augmentation of training batches: random horizontal flip, and random crop
    after zero-padding ``crop_padding`` pixels on each side (0 = off)."""

    flip: bool = False
    crop_padding: int = 0

    @property
    def enabled(self) -> bool:
        return self.flip or self.crop_padding > 0


@dataclass
class TrainConfig:
    optimizers: list = field(default_factory=lambda: [OptimizerConfig("adam")])
    epochs: int = 5
    batch_size: int = 128
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    seed: int = 0
    device: str = "auto"
    precision: str = "auto"  # auto: bfloat16 autocast on CUDA that supports it, else float32
    channels_last: bool | None = None  # None: on CUDA only
    loss: str = "cross_entropy"
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    normalize: bool = True  # subtract the training set's per-channel mean, divide by its std
    frozen_bn_eval: bool = True  # batch norm in frozen layers keeps its running statistics
    grad_norm_every: int = 0  # sample per-layer gradient norms every N steps (0: off)
    early_stopping_patience: int = 0  # epochs without val-loss improvement (0: off)
    early_stopping_min_delta: float = 0.0
    checkpoint_dir: str | None = None
    checkpoint_every: int = 1  # epochs
    resume_from: str | None = None  # a checkpoint folder written by an earlier run
    batch_event_every: int = 10  # steps between BatchEnded events ...
    batch_event_min_seconds: float = 0.05  # ... and at least this long apart
    mistakes_kept: int = 16  # most confidently wrong validation images per epoch
    eval_batch_size: int = 0  # 0: the fastest for the device (DeviceInfo.eval_batch_size)
    loader: str = "auto"
    num_workers: int = 2  # for the streaming loader
    max_steps_per_epoch: int = 0  # 0: the whole training split (smaller for quick tries)
    fused_race: str = "auto"  # step a race's models as one batched model: auto = on CUDA
    # torch.compile the training step (see engine.training.compiled): "off", "default"
    # (inductor) or "reduce-overhead" (inductor + CUDA graphs; "default" off CUDA, with a
    # notice). Exact: the same losses to float rounding. It applies to the run-by-run step; a
    # fused race (fused_race) is stepped uncompiled. Where it pays: see engine.training.compiled.
    compile: str = "off"

    def __post_init__(self):
        self.optimizers = [OptimizerConfig.coerce(o) for o in (self.optimizers or [])]
        if isinstance(self.schedule, dict):
            self.schedule = ScheduleConfig(**self.schedule)
        if isinstance(self.augment, dict):
            self.augment = AugmentConfig(**self.augment)

    def validate(self) -> "TrainConfig":
        """Raise ConfigError on the first invalid setting; return self."""
        from engine.training.optimizers import OPTIMIZERS
        if not self.optimizers:
            raise ConfigError("no_optimizer")
        for opt in self.optimizers:
            if opt.name not in OPTIMIZERS:
                raise ConfigError("unknown_optimizer", name=opt.name,
                                  choices=", ".join(OPTIMIZERS))
            if opt.lr is not None and not opt.lr > 0:
                raise ConfigError("bad_lr", name=opt.name, lr=opt.lr)
        _positive("epochs", self.epochs)
        _positive("batch size", self.batch_size)
        _choice("loss", self.loss, LOSSES)
        _choice("schedule", self.schedule.kind, SCHEDULES)
        _choice("precision", self.precision, PRECISIONS)
        _choice("loader", self.loader, LOADERS)
        _choice("fused race", self.fused_race, ("auto", "on", "off"))
        _choice("compile", self.compile, COMPILE_MODES)
        if self.device.split(":")[0] not in DEVICES:
            raise ConfigError("unknown_device", device=self.device)
        if self.augment.crop_padding < 0:
            raise ConfigError("bad_augment")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not \
                0 <= self.seed < 2**63:
            raise ConfigError("bad_seed", value=self.seed)
        warmup = self.schedule.warmup_epochs
        if isinstance(warmup, bool) or not isinstance(warmup, (int, float)) or not \
                0 <= warmup <= self.epochs:
            raise ConfigError("bad_warmup", value=warmup, epochs=self.epochs)
        patience = self.early_stopping_patience
        if isinstance(patience, bool) or not isinstance(patience, int) or patience < 0:
            raise ConfigError("bad_early_stopping", value=patience)
        every = self.grad_norm_every
        if isinstance(every, bool) or not isinstance(every, int) or every < 0:
            raise ConfigError("bad_grad_norm_every", value=every)
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def _positive(what: str, value) -> None:
    if not isinstance(value, int) or value < 1:
        raise ConfigError("bad_" + what.replace(" ", "_"), value=value)


def _choice(what: str, value, allowed) -> None:
    if value not in allowed:
        raise ConfigError("unknown_" + what.replace(" ", "_"), value=value,
                          choices=", ".join(allowed))
