"""The training panel on its own, e.g. for a lecture or a screenshot:

    python -m gui.training [--lang ko] [--presentation] [--demo]

``--demo`` starts a scripted SGD / momentum / Adam race at once (no training, deterministic
curves); without it, Start trains the example network for real.
"""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gui.training")
    parser.add_argument("--lang", choices=("en", "ko"), default="en")
    parser.add_argument("--presentation", action="store_true")
    parser.add_argument("--demo", action="store_true", help="a scripted race, started at once")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui import i18n, theme
    i18n.install_language(app, args.lang)
    theme.apply_presentation(app, args.presentation)
    from gui.training.panel import TrainingPanel
    from gui.training.scripted import ScriptedTrainer

    factory = None
    if args.demo:
        def factory(graph, settings, config):
            return ScriptedTrainer(runs=tuple(o.name for o in config.optimizers), epochs=20,
                                   steps_per_epoch=100, step_delay=0.004, emit_every=2)
    panel = TrainingPanel(job_factory=factory)
    panel.setWindowTitle("ConvStudio")
    panel.set_presentation(args.presentation)
    panel.resize(1600, 1000)
    panel.show()
    if args.demo:
        QTimer.singleShot(300, panel.start)
    app.aboutToQuit.connect(panel.shutdown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
