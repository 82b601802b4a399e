"""A real mouse drag from the palette to the canvas under an X display (Xvfb).

Offscreen Qt has no drag support (QDrag.exec returns at once), so this runs a small script in a
separate interpreter on the xcb platform: press on the palette item, move with the button held
until the drag starts, then move and release through the window handle, as the nested drag
loop listens to window-system events. Runs only where DISPLAY is set.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import json, sys
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from gui.app import parse_args, create_application, build_window
app = create_application([])
w = build_window(parse_args(["--lang", "en"]))
w.show()
QTest.qWaitForWindowExposed(w)
tree = w.palette_panel.tree
item = w.palette_panel.item_for("Conv2d")
tree.scrollToItem(item)
start = tree.visualItemRect(item).center()
target = w.canvas.viewport().rect().center()
handle = w.windowHandle()
target_in_window = w.canvas.viewport().mapTo(w, target)

def finish_drag():
    for step in range(1, 6):
        QTest.mouseMove(handle, target_in_window - QPoint(0, 5 * (5 - step)))
        QTest.qWait(30)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target_in_window)

QTimer.singleShot(300, finish_drag)
QTest.mousePress(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                 start)
for dx in range(0, 60, 6):  # past the drag distance: startDrag runs its nested loop here
    QTest.mouseMove(tree.viewport(), start + QPoint(dx, 0))
QTest.qWait(500)
nodes = [n.type for n in w.document.graph.nodes.values()]
print(json.dumps({"nodes": nodes, "palette_still_has_conv": w.palette_panel.item_for("Conv2d")
                  is not None}))
w.files.ask_save_changes = lambda: "discard"
w.close()
'''


@pytest.mark.xvfb
@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X display (Xvfb)")
def test_real_drag_from_palette_to_canvas_adds_the_layer(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", CONVSTUDIO_CONFIG_DIR=str(tmp_path),
               CONVSTUDIO_NO_AUTOSAVE_PROMPT="1")
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"nodes": ["Conv2d"], "palette_still_has_conv": True}
