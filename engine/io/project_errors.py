"""ProjectFileError: a project file cannot be read or written, with one template per reason."""
from __future__ import annotations

import os
from pathlib import Path

from engine.errors import UserError


class ProjectFileError(UserError, ValueError):
    """A project file cannot be read or written: ``ProjectFileError(code, path=..., **data)``;
    ``path`` is the file, ``data["field"]`` names the faulty field where there is one."""

    code = "project_file_error"
    templates = {
        "project_file_error": "{file} cannot be opened as a ConvStudio project.",
        "not_found": "{file} does not exist.",
        "not_a_file": "{file} is a folder, not a project file.",
        "unreadable": "{file} cannot be read ({reason}); check that you may open it.",
        "too_large": "{file} is {size_mb} MB; a project file may be at most {limit_mb} MB, so "
                     "this is not a ConvStudio project.",
        "not_json": "{file} is not a ConvStudio project (it is not JSON text); open a "
                    ".convstudio file.",
        "bad_number": "{file} is damaged: it holds a number JSON cannot store ({detail}).",
        "wrong_format": "{file} is JSON but not a ConvStudio project (no \"format\": "
                        "\"convstudio.project\").",
        "bad_version": "{file} has no valid version number.",
        "future_version": "{file} was saved by a newer ConvStudio (file version {version}, this "
                          "one reads up to {supported}); update ConvStudio to open it.",
        "missing_field": "{file} is damaged: the field \"{field}\" is missing.",
        "wrong_type": "{file} is damaged: \"{field}\" should be {expected}.",
        "too_long": "{file} is damaged: \"{field}\" is {length} characters long; at most {limit} "
                    "are allowed.",
        "too_many": "{file} has {count} entries in \"{field}\"; ConvStudio opens at most {limit}.",
        "too_few": "{file} is damaged: \"{field}\" needs at least {minimum} entries.",
        "out_of_range": "{file} is damaged: \"{field}\" must be between {minimum} and {maximum}.",
        "bad_text": "{file} is damaged: \"{field}\" holds text that is not valid Unicode.",
        "too_deep": "{file} is damaged: it is nested more than {limit} levels deep.",
        "unknown_layer": "{file} uses a layer type this ConvStudio does not know ({layer}); it "
                         "may need a newer version.",
        "invalid_network": "{file} cannot be opened: {detail}.",
        "write_failed": "Cannot write {file}: {reason}; choose another folder or free some disk "
                        "space.",
        "unencodable_text": "{file} cannot be saved: the text \"{text}\" ({field}) is not valid "
                            "Unicode; rename the network or the layer.",
    }

    def __init__(self, code: str | None = None, /, *legacy,
                 path: str | os.PathLike | None = None, **data):
        if len(legacy) > 1:  # ProjectFileError(code, message, path)
            path, legacy = legacy[1], legacy[:1]
        self.path = str(path) if path is not None else None
        data.setdefault("file", (Path(self.path).name or self.path) if self.path else "The file")
        super().__init__(code, *legacy, **data)
