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
    """The same race with no window, run in a thread as the panel runs it (on this machine a
    race trained in the main thread is 2-3x slower than in a worker thread, so the main thread
    would be an unfair reference)."""
    import threading

    clock = Clock()
    thread = threading.Thread(target=lambda: Trainer(tiny_cnn(), dataset, config(epochs)).run(
        clock))
    thread.start()
    thread.join()
    return clock.rate


def _timer(app):
    from PySide6.QtCore import Qt, QTimer

    lateness, last = [], [0.0]

    def tick():
        now = time.perf_counter()
        if last[0]:
            lateness.append(max(0.0, now - last[0] - 0.010))
        last[0] = now

    timer = QTimer(interval=10)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    return timer, lateness


def without_panel(app, dataset, epochs: int) -> np.ndarray:
    """The reference: the same timer while the same race trains in a thread, no panel."""
    import threading

    timer, lateness = _timer(app)
    thread = threading.Thread(target=lambda: Trainer(tiny_cnn(), dataset, config(epochs)).run())
    timer.start()
    thread.start()
    _wait(lambda: not thread.is_alive())
    timer.stop()
    return np.array(lateness) * 1000


def _wait(done) -> float:
    """Run the GUI thread's event loop, as the app's exec() does (it sleeps between events;
    polling processEvents would itself load the GUI thread), until ``done()``; returns the
    GUI thread's CPU seconds meanwhile."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    check = QTimer(interval=20)
    check.timeout.connect(lambda: done() and loop.quit())
    cpu = time.thread_time()
    check.start()
    loop.exec()
    check.stop()
    return time.thread_time() - cpu


def with_panel(app, dataset, epochs: int) -> tuple[float, np.ndarray, dict]:
    from gui.training.panel import TrainingPanel

    clocks = []

    def factory(graph, settings, cfg):
        trainer = Trainer(graph, dataset, config(epochs))

        class Timed:
            """The engine's RunControl protocol around a Trainer, with a clock."""

            probes = None

            def run(self, callback):
                clock = Clock(callback)
                clocks.append(clock)
                self.dataset = dataset
                trainer.run(clock)

            def best_weights(self, run):
                return None

            def weights_metadata(self):
                return {}

            dataset = None
            stop, pause, resume = trainer.stop, trainer.pause, trainer.resume
        return Timed()

    panel = TrainingPanel(job_factory=factory)
    panel.resize(1600, 1000)
    if not os.environ.get("BENCH_HIDDEN"):
        panel.show()
    app.processEvents()
    panel.setup.wait_for_jobs()
    costs = _instrument(panel)
    timer, lateness = _timer(app)
    done = []
    panel.run_ended.connect(lambda: done.append(True))
    timer.start()
    panel.start()
    gui_cpu = _wait(lambda: bool(done))
    timer.stop()
    costs["redraws"] = [panel.monitor.curves.redraw_count]
    costs["gui_cpu_share"] = [gui_cpu / (clocks[0].end - clocks[0].start)]
    panel.close()
    return clocks[0].rate, np.array(lateness) * 1000, costs


def _instrument(panel) -> dict:
    """Record the GUI thread's time per event kind and per redraw (milliseconds)."""
    costs: dict = {}
    monitor = panel.monitor

    def timed(name, fn):
        def wrapper(*args):
            t = time.perf_counter()
            result = fn(*args)
            key = name(args) if callable(name) else name
            costs.setdefault(key, []).append((time.perf_counter() - t) * 1000)
            return result
        return wrapper

    monitor.handle = timed(lambda a: a[0].kind, monitor.handle)
    panel.bridge.event_received.disconnect()
    panel.bridge.event_received.connect(panel._on_event)
    monitor.curves.redraw = timed("redraw", monitor.curves.redraw)
    monitor.curves._timer.timeout.disconnect()
    monitor.curves._timer.timeout.connect(monitor.curves.redraw)
    return costs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import torch
    dataset = make_shapes("gray28", n_train=args.images, n_val=1000, seed=0)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; race of 3 optimizers, "
          f"{args.images} images x {args.epochs} epochs, batch 128")
    headless(dataset, 1)  # warm-up
    # headless and panel runs alternate, so background load hits both alike; the ratio of each
    # panel run to the mean of the headless runs either side of it is reported
    bases, rates, lates, costs = [headless(dataset, args.epochs)], [], [], {}
    for _ in range(args.repeat):
        rate, late, cost = with_panel(app, dataset, args.epochs)
        rates.append(rate)
        lates.append(late)
        bases.append(headless(dataset, args.epochs))
        for key, values in cost.items():
            costs.setdefault(key, []).extend(values if isinstance(values, list) else [values])
    ref = without_panel(app, dataset, args.epochs)
    ratios = [r / ((a + b) / 2) for r, a, b in zip(rates, bases, bases[1:])]
    late = np.concatenate(lates)
    print("headless:       " + ", ".join(f"{b:.0f}" for b in bases) + " images/s")
    print("with the panel: " + ", ".join(f"{r:.0f}" for r in rates) + " images/s")
    print(f"ratio panel/headless: " + ", ".join(f"{r:.3f}" for r in ratios)
          + f"; median {np.median(ratios):.3f} (target >= 0.9)")
    print(f"event-loop lateness of a 10 ms timer with the panel: p50 "
          f"{np.percentile(late, 50):.1f} ms, p99 {np.percentile(late, 99):.1f} ms, max "
          f"{late.max():.1f} ms over {len(late)} ticks (target p99 < 50 ms); "
          f"{sum(costs.pop('redraws'))} curve redraws")
    share = costs.pop("gui_cpu_share")
    print("GUI thread CPU time per second of training: "
          + ", ".join(f"{100 * v:.1f}%" for v in share) + " of one core")
    print(f"reference, same race in a thread without the panel: p50 "
          f"{np.percentile(ref, 50):.1f} ms, p99 {np.percentile(ref, 99):.1f} ms, max "
          f"{ref.max():.1f} ms")
    for key, values in sorted(costs.items()):
        v = np.array(values)
        print(f"  GUI thread, {key:12s} n={len(v):5d}  mean {v.mean():6.2f} ms  max "
              f"{v.max():7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
