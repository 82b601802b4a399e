"""Engine user errors as one sentence in the user's language.

The engine phrases every error by one English template per code (engine.errors); the window
translates that same template (context "Errors"; the stubs lupdate reads are generated from
the engine by ``python -m gui.i18n update``) and fills it with the error's data. An error that
carries its own sentence instead of a template, or a code without a template, shows the
engine's English sentence: never a blank, never a traceback.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from engine import errors
from engine.problems import ShapeError, problem_template, render_problem


def _translate(template: str) -> str:
    return QCoreApplication.translate("Errors", template)


def code_text(code: str, data: dict | None, english: str) -> str:
    """The translated sentence for an error ``code`` with ``data`` (e.g. a RunFailed event's)."""
    template = errors.template(code or "")
    if template is None:  # a network problem's code (e.g. a run whose network cannot build)
        problem = problem_template(code or "")
        if problem is None or _translate(problem) == problem:
            return english
        return render_problem(code or "", dict(data or {}), _translate) or english
    return errors.render(_translate(template), dict(data or {}), _translate)


def user_error_text(exc: BaseException, **overrides) -> str:
    """The translated sentence for an exception raised by the engine; ``overrides`` replace
    data fields for display (e.g. ``file`` = the file's name)."""
    template = getattr(exc, "template", None)
    english = " ".join(str(exc).split()) or type(exc).__name__
    if not isinstance(exc, errors.UserError) or template is None:
        return english
    data = {**exc.fields, **overrides}
    if isinstance(data.get("layer_title"), str):  # a layer's title, as the palette shows it
        data["layer_title"] = QCoreApplication.translate("Layers", data["layer_title"])
    problems = getattr(exc, "problems", None) or data.get("problems")
    if problems and "first" in data and hasattr(problems[0], "code"):
        # "cannot be built / exported: <the first problem>": that problem translated too
        first = problems[0]
        data["first"] = render_problem(first.code, first.data, _translate) or data["first"]
    if isinstance(exc, ShapeError):  # a network problem raised as an error
        return render_problem(exc.code, data, _translate) or english
    return errors.render(_translate(template), data, _translate)


def file_error_text(exc: BaseException, path: str | None = None) -> str:
    """A ProjectFileError (or any user error about a file) naming the file by its name."""
    where = getattr(exc, "path", None) or path or ""
    file = Path(where).name if where else QCoreApplication.translate("Errors", "The file")
    return user_error_text(exc, file=file)
