"""One template per user-error code, translated once: every code the engine raises anywhere
has an English template, and every template has its Korean translation (the same fields, by
name: a plural's spec such as ``{inputs:input|inputs}`` may be ``{inputs}`` in Korean)."""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import engine
from engine import errors
from engine.problems import problem_template

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{([^}:!]*)[^}]*\}")  # a field's name, without its spec


def placeholders(text: str) -> set:
    """The names of a template's fields: ``{inputs}`` and ``{inputs:input|inputs}`` are both
    ``inputs`` (a translation keeps the number and may drop the English plural's spec)."""
    return set(PLACEHOLDER.findall(text))


def _all_templates() -> dict:
    for info in pkgutil.walk_packages(engine.__path__, "engine."):
        importlib.import_module(info.name)
    return errors.catalogue()


def _error_classes() -> dict:
    _all_templates()
    found, todo = {}, [errors.UserError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found


def _raised_codes():
    """(file, line, class, code) for every ``SomeError("code", ...)`` and ``code="..."`` in
    engine/, where SomeError is a user-error class; the code must be a literal."""
    classes = _error_classes()
    for path in sorted((ROOT / "engine").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in classes:
                continue
            first = node.args[0] if node.args else None
            variant = [kw.value.value if isinstance(kw.value, ast.Constant) else "*"
                       for kw in node.keywords if kw.arg == "variant"]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                code = first.value
                if name == "LabInputError":  # a lab code's template: lab_<code>[_<variant>]
                    code = "lab_" + code + (f"_{variant[0]}" if variant else "")
                yield path.relative_to(ROOT), node.lineno, name, code
            for kw in node.keywords:
                if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                    yield path.relative_to(ROOT), node.lineno, name, kw.value.value


def _has_template(code: str, cls: str, templates: dict) -> bool:
    if code.endswith("_*"):  # a lab code whose variant is computed: one of its family
        return any(k.startswith(code[:-1]) for k in templates)
    if not errors.is_code(code):
        return True  # a sentence, not a code: test_raises_name_a_code_not_a_sentence
    return bool(problem_template(code) if cls == "ShapeError" else templates.get(code))


def test_every_code_raised_anywhere_has_a_template():
    templates = _all_templates()
    classes = _error_classes()
    # a network problem (ShapeError -> Problem) is phrased by engine.problems' template
    missing = [f"{f}:{line} {cls}({code!r})" for f, line, cls, code in _raised_codes()
               if not _has_template(code, cls, templates)]
    assert not missing, "codes without a template: " + "; ".join(missing)
    for cls in classes.values():  # a class's own default code, too (engine classes)
        if not cls.__module__.startswith("engine"):
            continue
        assert cls.code in templates, f"{cls.__name__}.code {cls.code!r} has no template"


def test_every_network_problem_made_anywhere_has_a_template():
    """``problem("code", ...)`` and ``warning("code", ...)`` in engine/ name a problem template."""
    missing = []
    for path in sorted((ROOT / "engine").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                    "problem", "warning") and node.args:
                first = node.args[0]
                codes = [first.value] if isinstance(first, ast.Constant) else [
                    v.value for v in ast.walk(first)
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                missing += [f"{path.relative_to(ROOT)}:{node.lineno} {c}" for c in codes
                            if not problem_template(c)]
    assert not missing, missing


def _is_sentence(node) -> bool:
    """An argument that spells an English sentence: an f-string, a string that is not a code,
    or strings joined with ``+``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return not errors.is_code(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_sentence(node.left) or _is_sentence(node.right)
    return False


def sentence_raises():
    """(file:line, class) for every user error in engine/ (or gui/) made with an English sentence
    instead of a code: ``Error(f"...")``, ``Error("A sentence.")``, ``Error(code, "sentence")``
    or ``Error("sentence", code=...)``. Such a sentence reaches the CLI but no translation."""
    paths = sorted([*(ROOT / "engine").rglob("*.py"), *(ROOT / "gui").rglob("*.py")])
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    classes = set(_error_classes())
    while True:  # and the user errors declared in files not imported here (the window's)
        more = {node.name for tree in trees.values() for node in ast.walk(tree)
                if isinstance(node, ast.ClassDef) and node.name not in classes
                and any((getattr(b, "id", None) or getattr(b, "attr", None)) in classes
                        for b in node.bases)}
        if not more:
            break
        classes |= more
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in classes:
                continue
            args = list(node.args[:2]) + [kw.value for kw in node.keywords if kw.arg == "code"]
            if any(_is_sentence(a) for a in args):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return found


def test_raises_name_a_code_not_a_sentence():
    """Every user error is ``Error("code", **data)``: none is raised with an English sentence
    (there were 154 before engine.errors, 110 after it; none is allowed)."""
    assert sentence_raises() == []


def test_the_sentence_scan_sees_every_form():
    """The scan above finds each older form (so that an empty list means something)."""
    forms = ['ShapeError(f"{x} is wrong")', 'ShapeError("This is wrong.")',
             'ShapeError("code", f"{x} is wrong")', 'ShapeError("code", "It is " + x)',
             'ExportError("It is wrong.", code="wrong")']
    for text in forms:
        call = ast.parse(text).body[0].value
        args = list(call.args[:2]) + [kw.value for kw in call.keywords if kw.arg == "code"]
        assert any(_is_sentence(a) for a in args), text
    assert not _is_sentence(ast.parse('"bad_code"').body[0].value)


def test_every_template_has_its_korean_translation():
    ts = ROOT / "resources" / "i18n" / "convstudio_ko.ts"
    root = ET.parse(ts).getroot()
    korean = {m.findtext("source"): m.findtext("translation")
              for c in root.iter("context") if c.findtext("name") == "Errors"
              for m in c.iter("message")}
    for code, template in sorted(_all_templates().items()):
        if not errors.origin(code).startswith("engine"):
            continue  # a template a test defined for itself
        assert (korean.get(template) or "").strip(), \
            f"{code}: {template!r} has no Korean translation (python -m gui.i18n update)"
        assert placeholders(template) == placeholders(korean[template]), code


def test_counts_choose_their_word_instead_of_writing_s_in_brackets():
    """No template says "2 input(s)": a count's word is ``{inputs:input|inputs}`` (singular|plural),
    and each such spec names a field the sentence also shows as a number."""
    bracketed, unshown = [], []
    for code, template in sorted(_all_templates().items()):
        if not errors.origin(code).startswith("engine"):
            continue
        if "(s)" in template:
            bracketed.append(code)
        for name, spec in re.findall(r"\{(\w+):([^}]*\|[^}]*)\}", template):
            if "{" + name + "}" not in template or spec.count("|") != 1:
                unshown.append(f"{code}: {{{name}:{spec}}}")
    assert bracketed == [] and unshown == []
