"""How fast the window appears, against `import torch` measured in the same run.

Each figure is the median wall time of fresh interpreters (offscreen Qt):
  python    an empty interpreter (the floor)
  bare      a bare PySide6 QMainWindow with a menu and a label, shown (the reference)
  torch     `import torch` (what a window that imported torch eagerly would pay on top)
  window    build the main window (language, theme, docks, canvas), show it, process events
  lenet5    the same, then open LeNet-5 from the zoo and analyse it
  resnet152 the same with ResNet-152 (516 nodes: canvas items, table rows, messages)
Prints each time and the ratio window / torch; the window should cost less than torch alone.

    python bench/bench_startup.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = ("from gui.app import parse_args, create_application, build_window\n"
          "app = create_application([])\n"
          "w = build_window(parse_args(['--lang', 'en']))\n"
          "w.show(); app.processEvents()\n"
          "import sys; assert 'torch' not in sys.modules\n")
BARE = ("from PySide6.QtWidgets import QApplication, QMainWindow, QLabel\n"
        "app = QApplication([])\n"
        "w = QMainWindow(); w.setCentralWidget(QLabel('ConvStudio')); w.resize(1280, 720)\n"
        "w.menuBar().addMenu('File'); w.show(); app.processEvents()\n")
SCRIPTS = {
    "python": "pass",
    "bare": BARE,
    "torch": "import torch",
    "window": WINDOW,
    "lenet5": WINDOW + ("import engine.zoo as zoo\n"
                        "w.files.new_from_graph(zoo.create('lenet5')); app.processEvents()\n"),
    "resnet152": WINDOW + ("import engine.zoo as zoo\n"
                           "w.files.new_from_graph(zoo.create('resnet152'))\n"
                           "app.processEvents()\n"),
}


def wall(script: str, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVSTUDIO_CONFIG_DIR=config,
                   CONVSTUDIO_NO_AUTOSAVE_PROMPT="1")
        times = {name: statistics.median(wall(s, env) for _ in range(args.repeat))
                 for name, s in SCRIPTS.items()}
    for name, seconds in times.items():
        print(f"{name:9s} {seconds * 1000:8.0f} ms")
    floor = times["python"]
    print(f"window / a bare PySide6 QMainWindow (each minus the empty interpreter): "
          f"{(times['window'] - floor) / (times['bare'] - floor):.2f}  (target <= 1.5)")
    print(f"window / import torch (each minus the empty interpreter): "
          f"{(times['window'] - floor) / (times['torch'] - floor):.2f}")
    for name in ("lenet5", "resnet152"):
        print(f"window with {name} / import torch: "
              f"{(times[name] - floor) / (times['torch'] - floor):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
