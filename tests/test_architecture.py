"""The import contracts of .importlinter hold: the engine never imports Qt or the window, its
packages import only the layers below them, data never needs training, and no two sibling
modules import each other (docs/ARCHITECTURE.md explains the layers)."""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RUN = ("import sys; from importlinter.cli import lint_imports_command; "
       "sys.argv = ['lint-imports', '--no-cache', '.importlinter']; lint_imports_command()")


def test_import_contracts_are_kept():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])}
    out = subprocess.run([sys.executable, "-c", RUN], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    report = out.stdout + out.stderr
    assert out.returncode == 0, report
    counts = re.search(r"Contracts: (\d+) kept, (\d+) broken", report)
    assert counts and int(counts[1]) >= 4 and counts[2] == "0", report
