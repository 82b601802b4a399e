"""Closing the window never prints a traceback: quit at several moments in a real process
(background workers still importing torch, generating data or training) and read its stderr."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# the offscreen platform's own notes, not ours
QT_NOISE = ("This plugin does not support", "propagateSizeHints")


def quit_at(moment: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               CONVSTUDIO_NO_AUTOSAVE_PROMPT="1", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "tests/gui/quit_driver.py"), moment],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["training", "inspect", "data", "train"])
def test_quitting_at_any_moment_leaves_stderr_clean(moment, tmp_path):
    done = quit_at(moment, tmp_path)
    lines = [line for line in done.stderr.splitlines()
             if line.strip() and not any(noise in line for noise in QT_NOISE)]
    assert done.returncode == 0, done.stderr
    assert lines == [], "\n".join(lines)
