"""How fast the window appears, against a bare PySide6 window and `import torch` measured in
the same run, alternating rounds.

Each figure is the time from starting a fresh interpreter (offscreen Qt) to its first painted
frame (shown and its events processed: what a user waits for), best and median of rounds;
the interpreter's own exit is not counted (a user does not wait for it):
  python    an empty interpreter (the floor)
  bare      a bare PySide6 QMainWindow with a menu and a label, shown (the reference)
  torch     `import torch` (what a window that imported torch eagerly would pay on top)
  start     what launching the app shows first: the window with its start page, painted (the
            editor is built right after this frame; the target is start / bare <= 1.5), started
            as main.py starts it (the garbage collector off until the window is built)
  ready     the same launch until the editor is built and the launch's work is done (what
            a user waits for before a click on the start page acts)
  window    build the whole main window at once (language, theme, docks, canvas), show it,
            process events (as the tests build it)
  lenet5    the same, then open LeNet-5 from the zoo and analyse it
  resnet152 the same with ResNet-152 (516 nodes: canvas items, table rows, messages)
Prints each time (wall, and the CPU time the process used by then: close to the wall time,
nothing waited on a disk or another process) and the ratio window / torch; the window should
cost less than torch alone.

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
    # a launch: the time of its first painted frame, as the window records it
    "start": ("import gc; gc.disable()  # as main.py starts the window\n"
              "from gui.app import create_application, launch, parse_args\n"
              "app = create_application([])\n"
              "w = launch(parse_args(['--lang', 'en']))\n"
              "while w.first_frame_at is None:\n"
              "    app.processEvents()\n"
              "import os; print(w.first_frame_at, w.first_frame_cpu, flush=True); os._exit(0)\n"),
    "ready": ("import gc; gc.disable()  # as main.py starts the window\n"
              "from gui.app import create_application, launch, parse_args\n"
              "app = create_application([])\n"
              "w = launch(parse_args(['--lang', 'en']))\n"
              "while not (w.ready and w.files._autosave.isActive()):\n"
              "    app.processEvents()\n"),
    "lenet5": WINDOW + ("import engine.zoo as zoo\n"
                        "w.files.new_from_graph(zoo.create('lenet5')); app.processEvents()\n"),
    "resnet152": WINDOW + ("import engine.zoo as zoo\n"
                           "w.files.new_from_graph(zoo.create('resnet152'))\n"
                           "app.processEvents()\n"),
}


END = "\nimport os, time\nprint(time.time(), time.process_time(), flush=True)\nos._exit(0)\n"


def wall(script: str, env: dict) -> tuple[float, float]:
    """(seconds from starting ``python -c script`` to the end of its script or its first
    frame, the CPU seconds the process had used by then)."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", script + END], cwd=ROOT, env=env, check=True,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stamp, cpu = done.stdout.split()[-2:]
    return float(stamp) - start, float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVSTUDIO_CONFIG_DIR=config,
                   CONVSTUDIO_NO_AUTOSAVE_PROMPT="1")
        # as on a user's machine: modules load from their cached bytecode (with
        # PYTHONDONTWRITEBYTECODE set, every start compiles ~110 modules: 0.1-0.25 s here)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for script in SCRIPTS.values():  # warm-up: writes the bytecode caches once
            wall(script, env)
        rounds: dict[str, list[float]] = {name: [] for name in SCRIPTS}
        cpus: dict[str, list[float]] = {name: [] for name in SCRIPTS}
        for _ in range(args.repeat):  # alternating: every script once per round
            for name, script in SCRIPTS.items():
                elapsed, cpu = wall(script, env)
                rounds[name].append(elapsed)
                cpus[name].append(cpu)
    times = {name: min(values) for name, values in rounds.items()}
    cpu_best = {name: min(values) for name, values in cpus.items()}
    print(f"{'':9s} {'best':>8s} {'median':>8s}   {'CPU best':>8s} {'median':>8s}")
    for name, values in rounds.items():
        print(f"{name:9s} {min(values) * 1000:6.0f} ms {statistics.median(values) * 1000:6.0f} ms"
              f"   {cpu_best[name] * 1000:6.0f} ms {statistics.median(cpus[name]) * 1000:6.0f} ms")
    floor = times["python"]
    print("ratios from the best rounds:")
    print(f"first frame of a launch (start page) / a bare PySide6 QMainWindow (each minus "
          f"the empty interpreter): {(times['start'] - floor) / (times['bare'] - floor):.2f}"
          f"  (target <= 1.5)")
    print(f"  the same in CPU time: "
          f"{(cpu_best['start'] - cpu_best['python']) / (cpu_best['bare'] - cpu_best['python']):.2f}"
          f"; whole times, the interpreter included (as issue #15 measured): "
          f"{times['start'] / times['bare']:.2f}")
    print(f"launch ready / a bare PySide6 QMainWindow: "
          f"{(times['ready'] - floor) / (times['bare'] - floor):.2f}")
    print(f"whole window at once / a bare PySide6 QMainWindow: "
          f"{(times['window'] - floor) / (times['bare'] - floor):.2f}")
    print(f"whole window / import torch (each minus the empty interpreter): "
          f"{(times['window'] - floor) / (times['torch'] - floor):.2f}")
    for name in ("lenet5", "resnet152"):
        print(f"window with {name} / import torch: "
              f"{(times[name] - floor) / (times['torch'] - floor):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
