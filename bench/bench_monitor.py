"""Does watching a run slow it down, and does training freeze the window?

A real 3-optimizer race (SGD, momentum, Adam) on Shapes 28x28 trains flat out on the CPU, once
headless and once with the training panel open offscreen (worker thread, bridge, live curves).
While the panel runs, a 10 ms QTimer records how late each tick fires (event-loop lateness).
Prints throughput of both and their ratio (target >= 0.9) and the lateness p50/p99/max (target
p99 < 50 ms).   python bench/bench_monitor.py [--images 6000] [--epochs 2]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np  # noqa: E402

from engine.data import make_shapes  # noqa: E402
from engine.examples import tiny_cnn  # noqa: E402
from engine.training import RunFinished, RunStarted, TrainConfig, Trainer  # noqa: E402


def config(epochs: int) -> TrainConfig:
    return TrainConfig(optimizers=["sgd", "momentum", "adam"], epochs=epochs, batch_size=128,
                       grad_norm_every=10, batch_event_every=1)


class Clock:
    """Callback that times the run from RunStarted to the last RunFinished."""

    def __init__(self, inner=None):
        self.inner, self.start, self.end, self.images = inner, 0.0, 0.0, 0

    def __call__(self, event):
        if isinstance(event, RunStarted):
            self.start = time.perf_counter()
            self.images = event.train_size * event.total_epochs
        elif isinstance(event, RunFinished):
            self.end = time.perf_counter()
        if self.inner:
            self.inner(event)

    @property
    def rate(self) -> float:
        return self.images / (self.end - self.start)


def headless(dataset, epochs: int) -> float:
    clock = Clock()
    Trainer(tiny_cnn(), dataset, config(epochs)).run(clock)
    return clock.rate


def with_panel(app, dataset, epochs: int) -> tuple[float, np.ndarray, int]:
    from PySide6.QtCore import QTimer

    from gui.training.panel import TrainingPanel

    clocks = []

    def factory(graph, settings, cfg):
        trainer = Trainer(graph, dataset, config(epochs))

        class Timed:
            def run(self, callback):
                clock = Clock(callback)
                clocks.append(clock)
                trainer.run(clock)

            stop, pause, resume = trainer.stop, trainer.pause, trainer.resume
        return Timed()

    panel = TrainingPanel(job_factory=factory)
    panel.resize(1600, 1000)
    panel.show()
    app.processEvents()
    panel.setup.wait_for_jobs()
    lateness, last = [], [0.0]

    def tick():
        now = time.perf_counter()
        if last[0]:
            lateness.append(max(0.0, now - last[0] - 0.010))
        last[0] = now

    timer = QTimer(interval=10)
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.timeout.connect(tick)
    done = []
    panel.run_ended.connect(lambda: done.append(True))
    timer.start()
    panel.start()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    redraws = panel.monitor.curves.redraw_count
    panel.close()
    return clocks[0].rate, np.array(lateness) * 1000, redraws


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--epochs", type=int, default=2)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import torch
    dataset = make_shapes("gray28", n_train=args.images, n_val=1000, seed=0)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; race of 3 optimizers, "
          f"{args.images} images x {args.epochs} epochs, batch 128")
    headless(dataset, 1)  # warm-up
    base1 = headless(dataset, args.epochs)
    gui_rate, late, redraws = with_panel(app, dataset, args.epochs)
    base2 = headless(dataset, args.epochs)
    base = (base1 + base2) / 2
    print(f"headless:        {base1:8.0f} and {base2:8.0f} images/s (mean {base:.0f})")
    print(f"with the panel:  {gui_rate:8.0f} images/s   ratio {gui_rate / base:.3f} (target >= 0.9)")
    print(f"event-loop lateness of a 10 ms timer: p50 {np.percentile(late, 50):.1f} ms, "
          f"p99 {np.percentile(late, 99):.1f} ms, max {late.max():.1f} ms over {len(late)} "
          f"ticks (target p99 < 50 ms); {redraws} curve redraws")
    return 0


if __name__ == "__main__":
    sys.exit(main())
