"""Writing a user's file safely: all or nothing, in place of what the path names.

The new content goes to a hidden temporary file next to the target, is flushed to disk and then
renamed over it, so a crash mid-save leaves the previous file intact. A symbolic link is
followed (the file it points to changes, the link stays a link), the file keeps its permission
bits, and hidden temporary files a killed save left behind for the same file are removed.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def leftovers(target: Path) -> list[Path]:
    """Temporary files an interrupted save of ``target`` left in its folder."""
    try:
        return [p for p in target.parent.glob(f"{temp_prefix(target)}*.tmp") if p.is_file()]
    except OSError:
        return []


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: str | os.PathLike, write: Callable[[str], None]) -> Path:
    """Call ``write(temp_path)`` and move the result over ``path`` (through symlinks, keeping
    the file's mode). Raises OSError when the folder or the file cannot be written."""
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = _new_file_mode()
    for old in leftovers(target):
        old.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def write_bytes_atomically(path: str | os.PathLike, data: bytes) -> Path:
    return write_atomically(path, lambda tmp: Path(tmp).write_bytes(data))
