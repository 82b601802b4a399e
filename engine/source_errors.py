"""The error of a SOURCE that cannot be opened (a project file, ``zoo:NAME``, ``example:NAME``).

A leaf module: ``engine.io.sources`` raises it and the zoo's errors derive from it (so
``zoo:NAME`` with an unknown name reports cleanly), while the io package sits above the zoo.
"""
from __future__ import annotations

from engine.errors import UserError


class SourceError(UserError, ValueError):
    """SOURCE (a project file, ``zoo:NAME`` or ``example:NAME``) cannot be used."""

    code = "bad_source"
    templates = {
        "bad_source": "This network source cannot be opened.",
        "no_such_example": "There is no example {name!r}; choose one of {choices}.",
        "input_needs_one_input": "--input needs a network with exactly one Input layer; this "
                                 "one has {count}.",
        "bad_shape_text": "{text!r} is not a shape; write channels x height x width, e.g. "
                          "3x224x224.",
    }
