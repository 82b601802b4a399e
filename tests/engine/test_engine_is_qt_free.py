"""engine/ never imports Qt: import every engine module in a fresh interpreter and look."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, json, pkgutil, sys
import engine
names = []
for info in pkgutil.walk_packages(engine.__path__, "engine."):
    importlib.import_module(info.name)
    names.append(info.name)
from engine import layers
layers.all_specs()  # registers built-ins and composite blocks
bad = sorted(m for m in sys.modules
             if m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "gui"))
print(json.dumps({"imported": names, "qt": bad}))
"""


def test_no_engine_module_loads_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert "engine.analysis.analyze" in result["imported"]
    assert len(result["imported"]) >= 15
    assert result["qt"] == []
