"""The lecture's update rules (note 000), written out by hand in numpy, and the same step with
its numbers plugged in.

Each rule takes the point w(t), a function giving E's gradient anywhere, the hyperparameters
(the app's names, see ``engine.training.optimizers``), the step number t (from 1) and its own
state from the step before; it returns the new point and every quantity of the formula under
the lecture's symbol. ``explain`` writes the formulas with those numbers; the optimizer lab
shows them beside what ``torch.optim`` did.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

Gradient = Callable[[np.ndarray], np.ndarray]


@dataclass
class LectureStep:
    w: np.ndarray                  # w(t)
    w_next: np.ndarray             # w(t+1)
    values: dict = field(default_factory=dict)   # symbol -> number or 2-vector


def _decayed(grad: Gradient, point: np.ndarray, hp: dict) -> np.ndarray:
    """∂E/∂w plus the L2 penalty λw that ``weight_decay`` adds (torch adds it the same way)."""
    return grad(point) + hp.get("weight_decay", 0.0) * point


def sgd(w, grad, hp, t, state):
    g = _decayed(grad, w, hp)
    return LectureStep(w, w - hp["lr"] * g, {"g": g, "η": hp["lr"]})


def momentum(w, grad, hp, t, state):
    g = _decayed(grad, w, hp)
    prev = state.get("Δ", np.zeros(2))
    delta = hp["momentum"] * prev + hp["lr"] * g
    state["Δ"] = delta
    return LectureStep(w, w - delta, {"g": g, "η": hp["lr"], "α": hp["momentum"],
                                      "Δ(t-1)": prev, "Δ(t)": delta})


def nag(w, grad, hp, t, state):
    prev = state.get("Δ", np.zeros(2))
    ahead = w - hp["momentum"] * prev
    g = _decayed(grad, ahead, hp)
    delta = hp["momentum"] * prev + hp["lr"] * g
    state["Δ"] = delta
    return LectureStep(w, w - delta, {"g": g, "η": hp["lr"], "α": hp["momentum"],
                                      "Δ(t-1)": prev, "ahead": ahead, "Δ(t)": delta})


def adagrad(w, grad, hp, t, state):
    g = _decayed(grad, w, hp)
    prev = state.get("G", np.full(2, float(hp.get("initial_accumulator_value", 0.0))))
    acc = prev + g ** 2
    state["G"] = acc
    step = hp["lr"] / np.sqrt(acc + hp["eps"]) * g
    return LectureStep(w, w - step, {"g": g, "η": hp["lr"], "ε": hp["eps"], "G(t-1)": prev,
                                     "G(t)": acc})


def adadelta(w, grad, hp, t, state):
    g = _decayed(grad, w, hp)
    rho, eps = hp["rho"], hp["eps"]
    eg_prev = state.get("E[g²]", np.zeros(2))
    ed_prev = state.get("E[Δw²]", np.zeros(2))
    eg = rho * eg_prev + (1 - rho) * g ** 2
    rms_g = np.sqrt(eg + eps)
    rms_d_prev = np.sqrt(ed_prev + eps)
    delta = rms_d_prev / rms_g * g
    ed = rho * ed_prev + (1 - rho) * delta ** 2
    state.update({"E[g²]": eg, "E[Δw²]": ed})
    return LectureStep(w, w - delta, {"g": g, "γ": rho, "ε": eps, "E[g²](t-1)": eg_prev,
                                      "E[g²](t)": eg, "RMS[g](t)": rms_g,
                                      "RMS[Δw](t-1)": rms_d_prev, "Δw(t)": delta,
                                      "E[Δw²](t-1)": ed_prev, "E[Δw²](t)": ed})


def rmsprop(w, grad, hp, t, state):
    g = _decayed(grad, w, hp)
    prev = state.get("E[g²]", np.zeros(2))
    avg = hp["alpha"] * prev + (1 - hp["alpha"]) * g ** 2
    state["E[g²]"] = avg
    step = hp["lr"] / np.sqrt(avg + hp["eps"]) * g
    return LectureStep(w, w - step, {"g": g, "η": hp["lr"], "γ": hp["alpha"], "ε": hp["eps"],
                                     "E[g²](t-1)": prev, "E[g²](t)": avg})


def _adam_moments(g, hp, t, state) -> dict:
    b1, b2 = hp["beta1"], hp["beta2"]
    m_prev, v_prev = state.get("m", np.zeros(2)), state.get("v", np.zeros(2))
    m = b1 * m_prev + (1 - b1) * g
    v = b2 * v_prev + (1 - b2) * g ** 2
    state.update({"m": m, "v": v})
    return {"g": g, "η": hp["lr"], "β1": b1, "β2": b2, "ε": hp["eps"], "t": t,
            "m(t-1)": m_prev, "v(t-1)": v_prev, "m(t)": m, "v(t)": v,
            "m̂(t)": m / (1 - b1 ** t), "v̂(t)": v / (1 - b2 ** t)}


def adam(w, grad, hp, t, state):
    values = _adam_moments(_decayed(grad, w, hp), hp, t, state)
    step = hp["lr"] / np.sqrt(values["v̂(t)"] + hp["eps"]) * values["m̂(t)"]
    return LectureStep(w, w - step, values)


def adamw(w, grad, hp, t, state):
    values = _adam_moments(grad(w), hp, t, state)
    values["λ"] = hp["weight_decay"]
    step = hp["lr"] * (values["m̂(t)"] / np.sqrt(values["v̂(t)"] + hp["eps"])
                       + hp["weight_decay"] * w)
    return LectureStep(w, w - step, values)


RULES = {"sgd": sgd, "momentum": momentum, "nag": nag, "adagrad": adagrad,
         "adadelta": adadelta, "rmsprop": rmsprop, "adam": adam, "adamw": adamw}


# ------------------------------------------------------------------ written out with numbers
def num(value) -> str:
    """A number or a 2-vector the way the lab prints it: 4 significant digits."""
    if np.ndim(value):
        return "(" + ", ".join(num(v) for v in np.asarray(value).ravel()) + ")"
    return f"{float(value):.4g}"


def explain(name: str, step: LectureStep) -> list[str]:
    """The lecture's formulas of optimizer ``name`` with the numbers of ``step`` plugged in."""
    v = {key: num(value) for key, value in step.values.items()}
    w, w1 = num(step.w), num(step.w_next)
    lines = _EXPLAIN[name](v, step.values)
    lines.append(_fill(_LAST[name], {"w": w, "w1": w1, **v}))
    return lines


def _fill(template: str, values: dict) -> str:
    """``{symbol}`` -> its number; symbols such as E[g²](t) are no format fields."""
    for key, text in values.items():
        template = template.replace("{" + key + "}", text)
    return template


def _grad_line(v, values, at="w(t)") -> str:
    return f"g = ∂E({at})/∂w = {v['g']}"


def _sq(values, key) -> str:
    return num(np.asarray(values[key]) ** 2)


_EXPLAIN = {
    "sgd": lambda v, x: [_grad_line(v, x)],
    "momentum": lambda v, x: [
        _grad_line(v, x),
        f"Δ(t) = α Δ(t-1) + η g = {v['α']} × {v['Δ(t-1)']} + {v['η']} × {v['g']} = {v['Δ(t)']}"],
    "nag": lambda v, x: [
        f"w(t) - α Δ(t-1) = {num(x['ahead'] + x['α'] * x['Δ(t-1)'])} - {v['α']} × "
        f"{v['Δ(t-1)']} = {v['ahead']}",
        _grad_line(v, x, "w(t) - α Δ(t-1)"),
        f"Δ(t) = α Δ(t-1) + η g = {v['α']} × {v['Δ(t-1)']} + {v['η']} × {v['g']} = {v['Δ(t)']}"],
    "adagrad": lambda v, x: [
        _grad_line(v, x),
        f"G(t) = G(t-1) + g² = {v['G(t-1)']} + {_sq(x, 'g')} = {v['G(t)']}"],
    "adadelta": lambda v, x: [
        _grad_line(v, x),
        f"E[g²](t) = γ E[g²](t-1) + (1-γ) g² = {v['γ']} × {v['E[g²](t-1)']} + "
        f"{num(1 - x['γ'])} × {_sq(x, 'g')} = {v['E[g²](t)']}",
        f"RMS[g](t) = √(E[g²](t) + ε) = {v['RMS[g](t)']}    "
        f"RMS[Δw](t-1) = √(E[Δw²](t-1) + ε) = {v['RMS[Δw](t-1)']}",
        f"Δw(t) = RMS[Δw](t-1) / RMS[g](t) · g = {v['RMS[Δw](t-1)']} / {v['RMS[g](t)']} × "
        f"{v['g']} = {v['Δw(t)']}",
        f"E[Δw²](t) = γ E[Δw²](t-1) + (1-γ) Δw(t)² = {v['E[Δw²](t)']}"],
    "rmsprop": lambda v, x: [
        _grad_line(v, x),
        f"E[g²](t) = γ E[g²](t-1) + (1-γ) g² = {v['γ']} × {v['E[g²](t-1)']} + "
        f"{num(1 - x['γ'])} × {_sq(x, 'g')} = {v['E[g²](t)']}"],
    "adam": lambda v, x: _adam_lines(v, x),
    "adamw": lambda v, x: _adam_lines(v, x),
}


def _adam_lines(v, x) -> list[str]:
    t = int(x["t"])
    return [_grad_line(v, x),
            f"m(t) = β1 m(t-1) + (1-β1) g = {v['β1']} × {v['m(t-1)']} + {num(1 - x['β1'])} × "
            f"{v['g']} = {v['m(t)']}",
            f"v(t) = β2 v(t-1) + (1-β2) g² = {v['β2']} × {v['v(t-1)']} + {num(1 - x['β2'])} × "
            f"{_sq(x, 'g')} = {v['v(t)']}",
            f"m̂(t) = m(t) / (1 - β1^t) = {v['m(t)']} / {num(1 - x['β1'] ** t)} = {v['m̂(t)']}",
            f"v̂(t) = v(t) / (1 - β2^t) = {v['v(t)']} / {num(1 - x['β2'] ** t)} = {v['v̂(t)']}"]


_LAST = {
    "sgd": "w(t+1) = w(t) - η g = {w} - {η} × {g} = {w1}",
    "momentum": "w(t+1) = w(t) - Δ(t) = {w} - {Δ(t)} = {w1}",
    "nag": "w(t+1) = w(t) - Δ(t) = {w} - {Δ(t)} = {w1}",
    "adagrad": "w(t+1) = w(t) - η / √(G(t) + ε) · g = {w} - {η} / √({G(t)} + {ε}) × {g} = {w1}",
    "adadelta": "w(t+1) = w(t) - Δw(t) = {w} - {Δw(t)} = {w1}",
    "rmsprop": "w(t+1) = w(t) - η / √(E[g²](t) + ε) · g = {w} - {η} / √({E[g²](t)} + {ε}) × "
               "{g} = {w1}",
    "adam": "w(t+1) = w(t) - η / √(v̂(t) + ε) · m̂(t) = {w} - {η} / √({v̂(t)} + {ε}) × {m̂(t)} = "
            "{w1}",
    "adamw": "w(t+1) = w(t) - η (m̂(t) / √(v̂(t) + ε) + λ w(t)) = {w} - {η} × ({m̂(t)} / "
             "√({v̂(t)} + {ε}) + {λ} × {w}) = {w1}",
}
