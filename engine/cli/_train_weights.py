"""Where `train --save-weights` writes, checked before training starts; writing the trained
weights so that a run's result is never lost (another name next to it when the file itself
cannot be written); SIGTERM handled like Ctrl-C."""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from engine import errors
from engine.cli import CliError, Terminated

errors.define({
    "weights_target_folder": "--save-weights {path} is a folder; give a file name such as "
                             "{path}/net.safetensors.",
    "weights_target_parent": "--save-weights {path} cannot be written: {parent} is a file, not "
                             "a folder; choose another place.",
    "weights_target_denied": "--save-weights {path} cannot be written: the folder {parent} is "
                             "not writable; choose another place.",
    "weights_saved_elsewhere": "Could not write {path} ({reason}); the trained weights were "
                               "saved to {fallback} instead.",
    "weights_not_saved": "Could not write {path} ({reason}) nor any other file; the trained "
                         "weights are lost, but the checkpoint folder (if any) keeps them.",
})


def check_destination(path: str) -> None:
    """Refuse a --save-weights destination that cannot work, before any training."""
    target = Path(path).expanduser()
    if target.is_dir() or str(path).endswith(("/", os.sep)):
        raise CliError("weights_target_folder", path=str(path).rstrip("/" + os.sep))
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        raise CliError("weights_target_parent", path=str(path), parent=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise CliError("weights_target_denied", path=str(path), parent=str(parent))


def destinations(path: str, names) -> dict:
    """Run name -> file: ``path`` itself for one run, ``stem_run.safetensors`` for a race."""
    target = Path(path).expanduser()
    names = list(names)
    if len(names) == 1:
        return {names[0]: target}
    return {n: target.with_name(f"{target.stem}_{n}{target.suffix or '.safetensors'}")
            for n in names}


def save(session, path: str, note) -> None:
    """Write every run's weights (atomically); when a file cannot be written, write it under
    another name in the same folder, the working folder or the temporary folder, and say so."""
    metadata = {k: str(v) for k, v in session.weights_metadata().items()}
    names = [r.name for r in session.runs]
    for name, out in destinations(path, names).items():
        tensors = {k: v.detach().contiguous().cpu()
                   for k, v in session.final_weights(name).items()}
        try:
            _write(tensors, out, metadata)
            note(f"wrote {out}" + (f" (the {name} run)" if len(names) > 1 else ""))
            continue
        except Exception as exc:  # noqa: BLE001 - OSError, SafetensorError: try elsewhere
            reason = getattr(exc, "strerror", None) or " ".join(str(exc).split())[:120]
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for folder in (out.parent, Path.cwd(), Path(tempfile.gettempdir())):
            fallback = folder / f"{out.stem}-{stamp}{out.suffix or '.safetensors'}"
            try:
                _write(tensors, fallback, metadata)
            except Exception:  # noqa: BLE001 - the next folder may work
                continue
            print("warning: " + errors.message("weights_saved_elsewhere", {
                "path": str(out), "reason": reason, "fallback": str(fallback)}), file=sys.stderr)
            break
        else:
            raise CliError("weights_not_saved", path=str(out), reason=reason, status=1)


def _write(tensors: dict, out: Path, metadata) -> None:
    from safetensors.torch import save_file

    from engine.io.atomic import write_atomically
    write_atomically(out, lambda tmp: save_file(tensors, tmp, metadata=metadata))


@contextlib.contextmanager
def terminate_as_interrupt():
    """While training, SIGTERM stops the run as Ctrl-C does (raising Terminated, a
    KeyboardInterrupt), so the weights so far are saved and the exit status is 143."""
    def handler(signum, frame):
        raise Terminated()
    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
