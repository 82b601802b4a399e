"""Run the real window in this process and quit it at one MOMENT (argv[1]); the test that
starts this reads what it wrote on stderr. Moments: idle, training (right after showing the
training panel), inspect (right after showing Look inside), data (while the data set is being
generated), train (while a run trains)."""
import sys

from PySide6.QtCore import QTimer


def main(moment: str) -> int:
    from engine.examples import tiny_cnn
    from gui.app import build_window, create_application, parse_args

    app = create_application([])
    window = build_window(parse_args(["--lang", "en"]))
    window.show()
    window.files.new_from_graph(tiny_cnn())
    window.files.ask_keep_runs = lambda running: "discard"  # the quit question's answer
    training, inspect = window.docks["training"], window.docks["inspect"]

    def quit_when(condition, then=window.close):
        def poll():
            if condition():
                then()
            else:
                QTimer.singleShot(5, poll)
        poll()

    def start(images: int):
        panel = training.ensure_panel()
        panel.setup.data.train_images.setValue(images)
        panel.setup.epochs.setValue(50)
        panel.start()
        return panel

    def act():
        if moment == "training":
            training.show()
            training.raise_()
            QTimer.singleShot(0, window.close)
        elif moment == "inspect":
            inspect.show()
            inspect.raise_()
            QTimer.singleShot(0, window.close)
        elif moment == "data":
            panel = start(1_000_000)
            quit_when(lambda: "Preparing" in panel.monitor.status.text()
                      and panel.monitor.progress.value() > 0)
        elif moment == "train":
            panel = start(2000)
            quit_when(lambda: any(len(r.loss) for r in panel.monitor.history.runs()))
        else:
            window.close()

    QTimer.singleShot(50, act)
    QTimer.singleShot(120_000, lambda: app.exit(9))  # a hang is a failure, not a stuck test
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
