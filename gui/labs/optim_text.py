"""The optimizer lab's words: optimizer titles, where torch.optim differs from the lecture, and
the step-by-step panel as HTML (the formulas themselves come from ``engine.labs.optim``)."""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine.labs.optim import OptimizerRun
from engine.labs.optim_rules import num
from gui.training import style


def tr(text: str) -> str:
    return QCoreApplication.translate("OptimizerLab", text)


TITLES = {
    "sgd": QT_TRANSLATE_NOOP("OptimizerLab", "Gradient descent (SGD)"),
    "momentum": QT_TRANSLATE_NOOP("OptimizerLab", "Gradient descent with momentum"),
    "nag": QT_TRANSLATE_NOOP("OptimizerLab", "Nesterov accelerated gradient (NAG)"),
    "adagrad": QT_TRANSLATE_NOOP("OptimizerLab", "AdaGrad"),
    "adadelta": QT_TRANSLATE_NOOP("OptimizerLab", "AdaDelta"),
    "rmsprop": QT_TRANSLATE_NOOP("OptimizerLab", "RMSprop"),
    "adam": QT_TRANSLATE_NOOP("OptimizerLab", "Adam"),
    "adamw": QT_TRANSLATE_NOOP("OptimizerLab", "AdamW (decoupled weight decay)"),
}

DIFFERENCES = {
    "sgd": QT_TRANSLATE_NOOP("OptimizerLab", "torch.optim.SGD computes exactly the lecture's "
                             "rule."),
    "momentum": QT_TRANSLATE_NOOP("OptimizerLab", "torch keeps v = αv + g and steps w -= η v, "
                                  "which is the lecture's Δ = η v: the same path while η is "
                                  "constant."),
    "nag": QT_TRANSLATE_NOOP("OptimizerLab", "torch stores the look-ahead point w(t) - α Δ(t-1) "
                             "as its parameter and steps it by -η(g + α v): the lecture's "
                             "look-ahead sequence, rearranged so no second gradient is needed."),
    "adagrad": QT_TRANSLATE_NOOP("OptimizerLab", "torch divides by √G + ε, the lecture by "
                                 "√(G + ε)."),
    "adadelta": QT_TRANSLATE_NOOP("OptimizerLab", "torch multiplies Δw by a learning rate "
                                  "(default 1.0, which is the lecture's rule, which has none)."),
    "rmsprop": QT_TRANSLATE_NOOP("OptimizerLab", "torch divides by √E[g²] + ε, the lecture by "
                                 "√(E[g²] + ε)."),
    "adam": QT_TRANSLATE_NOOP("OptimizerLab", "torch divides by √v̂ + ε, the lecture by "
                              "√(v̂ + ε)."),
    "adamw": QT_TRANSLATE_NOOP("OptimizerLab", "torch divides by √v̂ + ε, the lecture by "
                               "√(v̂ + ε); the decay λ w is decoupled from the gradient as in "
                               "the lecture's AdamW line."),
}


SHORT = {"sgd": "SGD", "momentum": QT_TRANSLATE_NOOP("OptimizerLab", "Momentum"), "nag": "NAG",
         "adagrad": "AdaGrad", "adadelta": "AdaDelta", "rmsprop": "RMSprop", "adam": "Adam",
         "adamw": "AdamW"}


def short_name(name: str) -> str:
    return tr(SHORT[name])


def title(name: str) -> str:
    return tr(TITLES[name])


def difference(run: OptimizerRun) -> str:
    text = tr(DIFFERENCES[run.name])
    if run.unmodelled:
        text += " " + tr("The lecture's rule has no {0}; its path ignores it.").format(
            ", ".join(run.unmodelled))
    return text


def _pre(lines) -> str:
    return ("<pre style='margin:2px 0 6px 12px; white-space:pre-wrap'>"
            + html.escape("\n".join(lines)) + "</pre>")


def run_html(run: OptimizerRun, step: int) -> str:
    """One run's block: the rule (step 0) or step ``step`` worked through, torch beside it."""
    colour = style.colour_for(run.name).name()
    head = (f"<p style='margin:8px 0 2px 0'><b style='color:{colour}'>"
            f"{html.escape(title(run.name))}</b> &nbsp;η = {run.hyper['lr']:g}</p>")
    if step == 0 or not run.records:
        body = _pre(run.spec.update_rule.splitlines())
    elif step > len(run.records):
        body = "<p>" + html.escape(tr("Stopped at step {0}: the point ran away (the loss "
                                      "diverged); lower the learning rate.").format(
            run.diverged_at)) + "</p>"
    else:
        record = run.records[step - 1]
        gap = tr("torch and the lecture: largest difference {0}").format(f"{record.gap:.2g}")
        if run.name == "nag":
            gap = tr("torch's point and the lecture's look-ahead w(t+1) - α Δ(t): largest "
                     "difference {0}").format(f"{record.gap:.2g}")
        body = ("<p style='margin:0'>" + html.escape(tr("Lecture (note 000), step {0}:").format(
            step)) + "</p>" + _pre(record.explain(run.name))
            + "<p style='margin:0'>" + html.escape(tr("What torch.optim did:")) + "</p>"
            + _pre([record.torch_line(run.spec.torch_class)])
            + f"<p style='margin:0 0 0 12px'><i>{html.escape(gap)}</i></p>")
    note = f"<p style='margin:2px 0 0 12px'>{html.escape(difference(run))}</p>"
    return head + body + note


def start_text(x: float, y: float) -> str:
    return tr("Start (x, y) = {0}").format(num((x, y)))
