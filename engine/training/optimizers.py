"""The eight optimizers of the lecture (note 000) with every hyperparameter declared once
(name, default, range, help) and their update rule as text, built on ``torch.optim``.

``update_rule`` is written as the lecture writes it; ``torch_note`` says where torch's
arithmetic differs in form (never in what is learned with the defaults), so a teacher can
reconcile the two.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.training.errors import ConfigError


@dataclass(frozen=True)
class HyperParam:
    name: str
    default: float | bool
    help: str
    minimum: float = 0.0
    maximum: float = 1e6
    label: str = ""  # the lecture's symbol, e.g. "η", "α", "β1"


@dataclass(frozen=True)
class OptimizerSpec:
    name: str
    title: str
    torch_class: str
    lr: float  # default learning rate
    params: tuple[HyperParam, ...]
    update_rule: str
    torch_note: str = ""
    fixed: dict = field(default_factory=dict)  # torch kwargs this variant always sets

    def defaults(self) -> dict:
        return {"lr": self.lr, **{p.name: p.default for p in self.params}}


_LR_HELP = "Learning rate η: how far each step moves the weights."


def _p(name, default, help_, lo=0.0, hi=1e6, label=""):
    return HyperParam(name, default, help_, lo, hi, label)


_WD = _p("weight_decay", 0.0, "L2 penalty added to the gradient: g + λw.", 0.0, 1.0, "λ")

_SPECS = [
    OptimizerSpec(
        "sgd", "Gradient descent (SGD)", "SGD", 0.05, (_WD,),
        "w(t+1) = w(t) - η ∂E(w(t))/∂w", fixed={"momentum": 0.0}),
    OptimizerSpec(
        "momentum", "Gradient descent with momentum", "SGD", 0.02,
        (_p("momentum", 0.9, "Momentum α: the share of the previous step kept.", 0.0, 0.9999,
            "α"),
         _p("dampening", 0.0, "Scales the new gradient by (1 - dampening).", 0.0, 1.0), _WD),
        "Δ(t) = α Δ(t-1) + η ∂E(w(t))/∂w\nw(t+1) = w(t) - Δ(t)",
        "torch keeps v = αv + g and steps w -= η v, which is Δ = η v: the same while η is "
        "constant."),
    OptimizerSpec(
        "nag", "Nesterov accelerated gradient (NAG)", "SGD", 0.02,
        (_p("momentum", 0.9, "Momentum α: the share of the previous step kept.", 0.0, 0.9999,
            "α"), _WD),
        "Δ(t) = α Δ(t-1) + η ∂E(w(t) - α Δ(t-1))/∂w\nw(t+1) = w(t) - Δ(t)",
        "torch evaluates the gradient at w(t) and steps w -= η (g + α v), the usual "
        "rewriting of the look-ahead that needs no second forward pass.",
        fixed={"nesterov": True}),
    OptimizerSpec(
        "adagrad", "AdaGrad", "Adagrad", 0.01,
        (_p("eps", 1e-10, "ε keeps the division finite.", 0.0, 1.0, "ε"),
         _p("lr_decay", 0.0, "Learning-rate decay per step.", 0.0, 1.0),
         _p("initial_accumulator_value", 0.0, "Starting value of G.", 0.0, 1e3), _WD),
        "g_i(t) = ∂E(w(t))/∂w_i    G_i(t) = G_i(t-1) + g_i(t)²\n"
        "w_i(t+1) = w_i(t) - η / sqrt(G_i(t) + ε) · g_i(t)",
        "torch divides by sqrt(G) + ε instead of sqrt(G + ε)."),
    OptimizerSpec(
        "adadelta", "AdaDelta", "Adadelta", 1.0,
        (_p("rho", 0.9, "Decay γ of the running averages.", 0.0, 0.9999, "γ"),
         _p("eps", 1e-6, "ε inside both square roots.", 0.0, 1.0, "ε"), _WD),
        "E[g²](t) = γ E[g²](t-1) + (1-γ) g_i(t)²    RMS[g](t) = sqrt(E[g²](t) + ε)\n"
        "E[Δw²](t) = γ E[Δw²](t-1) + (1-γ) Δw_i(t)²\n"
        "RMS[Δw](t) = sqrt(E[Δw²](t) + ε)\n"
        "Δw_i(t) = RMS[Δw](t-1) / RMS[g](t) · g_i(t)    w_i(t+1) = w_i(t) - Δw_i(t)",
        "torch multiplies the step by η (default 1.0, i.e. the lecture's rule, which has no "
        "learning rate)."),
    OptimizerSpec(
        "rmsprop", "RMSprop", "RMSprop", 0.001,
        (_p("alpha", 0.99, "Decay γ of the running average of g².", 0.0, 0.9999, "γ"),
         _p("eps", 1e-8, "ε keeps the division finite.", 0.0, 1.0, "ε"),
         _p("momentum", 0.0, "Optional momentum on the scaled step.", 0.0, 0.9999),
         _p("centered", False, "Divide by the variance instead of the raw second moment."),
         _WD),
        "E[g²](t) = γ E[g²](t-1) + (1-γ) g_i(t)²\n"
        "w_i(t+1) = w_i(t) - η / sqrt(E[g²](t) + ε) · g_i(t)",
        "torch divides by sqrt(E[g²]) + ε instead of sqrt(E[g²] + ε)."),
    OptimizerSpec(
        "adam", "Adam", "Adam", 0.001,
        (_p("beta1", 0.9, "Decay β1 of the first moment m (mean of g).", 0.0, 0.9999, "β1"),
         _p("beta2", 0.999, "Decay β2 of the second moment v (mean of g²).", 0.0, 0.99999,
            "β2"),
         _p("eps", 1e-8, "ε keeps the division finite.", 0.0, 1.0, "ε"),
         _p("amsgrad", False, "Use the running maximum of v (AMSGrad)."), _WD),
        "m(t) = β1 m(t-1) + (1-β1) g_i(t)    v(t) = β2 v(t-1) + (1-β2) g_i(t)²\n"
        "m̂(t) = m(t) / (1 - β1^t)    v̂(t) = v(t) / (1 - β2^t)\n"
        "w_i(t+1) = w_i(t) - η / sqrt(v̂(t) + ε) · m̂(t)",
        "torch divides by sqrt(v̂) + ε instead of sqrt(v̂ + ε)."),
    OptimizerSpec(
        "adamw", "AdamW (decoupled weight decay)", "AdamW", 0.001,
        (_p("beta1", 0.9, "Decay β1 of the first moment m.", 0.0, 0.9999, "β1"),
         _p("beta2", 0.999, "Decay β2 of the second moment v.", 0.0, 0.99999, "β2"),
         _p("eps", 1e-8, "ε keeps the division finite.", 0.0, 1.0, "ε"),
         _p("weight_decay", 0.01, "Decoupled decay λ: w shrinks by η λ w each step.", 0.0, 1.0,
            "λ"),
         _p("amsgrad", False, "Use the running maximum of v (AMSGrad).")),
        "Adam's step, plus decoupled decay:\n"
        "w_i(t+1) = w_i(t) - η (m̂(t) / sqrt(v̂(t) + ε) + λ w_i(t))",
        "torch divides by sqrt(v̂) + ε instead of sqrt(v̂ + ε)."),
]

OPTIMIZERS: dict[str, OptimizerSpec] = {s.name: s for s in _SPECS}


def get(name: str) -> OptimizerSpec:
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise ConfigError("unknown_optimizer", name=name, choices=list(OPTIMIZERS)) from None


def resolved(name: str, lr: float | None = None, overrides: dict | None = None) -> dict:
    """All hyperparameters of an optimizer: defaults, then ``lr``/``overrides``, checked."""
    spec = get(name)
    values = spec.defaults()
    known = {p.name: p for p in spec.params}
    for key, value in (overrides or {}).items():
        if key == "lr":
            continue
        if key not in known:
            raise ConfigError("unknown_hyperparameter", optimizer=name, title=spec.title, name=key,
                              known=", ".join(known) or "lr")
        p = known[key]
        if not isinstance(p.default, bool) and not p.minimum <= float(value) <= p.maximum:
            raise ConfigError("hyperparameter_range", optimizer=name, title=spec.title, name=key,
                              value=value, minimum=f"{p.minimum:g}", maximum=f"{p.maximum:g}")
        values[key] = type(p.default)(value)
    lr = lr if lr is not None else (overrides or {}).get("lr")
    if lr is not None:
        values["lr"] = float(lr)
    return values


def torch_arguments(name: str, lr: float | None = None,
                    overrides: dict | None = None) -> tuple[str, dict]:
    """(``torch.optim`` class name, its keyword arguments) for the resolved hyperparameters;
    what ``make_optimizer`` builds and what an exported training script writes out."""
    spec = get(name)
    values = resolved(name, lr, overrides)
    kwargs = dict(spec.fixed)
    for key, value in values.items():
        if key == "beta1":
            kwargs["betas"] = (value, kwargs.get("betas", (0.9, values.get("beta2")))[1])
        elif key == "beta2":
            kwargs["betas"] = (values.get("beta1", 0.9), value)
        else:
            kwargs[key] = value
    if spec.name == "momentum" and kwargs.get("momentum", 0) == 0:
        kwargs.pop("dampening", None)
    return spec.torch_class, kwargs


def make_optimizer(name: str, parameters, lr: float | None = None,
                   overrides: dict | None = None):
    """A ``torch.optim`` optimizer for ``parameters`` with the resolved hyperparameters."""
    import torch

    from engine.training.warmup import warm_up
    warm_up()  # the process's first optimizer is made by one thread at a time

    torch_class, kwargs = torch_arguments(name, lr, overrides)
    return getattr(torch.optim, torch_class)(parameters, **kwargs)
