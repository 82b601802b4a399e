"""The window's two export commands: File > Export… and Training > Export training script….
They read the document's network and, for the script, the training panel's settings (the
engine's TrainConfig and DataChoice, as a run would get them)."""
from __future__ import annotations

from pathlib import Path


def _folder(window) -> str:
    path = getattr(window.document, "path", None)
    return str(Path(path).parent) if path else ""


def _panel(window, build: bool = False):
    dock = getattr(window, "training", None)
    if dock is None:
        return None
    return dock.ensure_panel() if build else dock.panel


def show_export_dialog(window):
    """File > Export…: the runs of the training panel offer their weights when there are any."""
    from gui.widgets.export_dialogs import ExportDialog
    panel = _panel(window)
    job = getattr(panel, "job", None) if panel is not None and not panel.running else None
    dialog = ExportDialog(window.document.graph, job if getattr(job, "runs", None) else None,
                          window, _folder(window))
    dialog.open()
    return dialog


def show_script_dialog(window):
    """Training > Export training script…: the panel's current data, optimizers and run
    settings."""
    from gui.training.data_panel import data_choice
    from gui.widgets.export_dialogs import ScriptDialog
    setup = _panel(window, build=True).setup
    settings = setup.data.settings()
    data = data_choice(settings["source"], settings["train_images"], settings["val_fraction"])
    source = settings["source"]
    name = (Path(source[len("folder:"):]).name if source.startswith("folder:")
            else setup.data.source_name(source))
    dialog = ScriptDialog(window.document.graph, setup.config(), data, window, _folder(window),
                          data_name=name, initial_weights=window.document.weights)
    dialog.open()
    return dialog
