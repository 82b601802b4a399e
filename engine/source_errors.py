"""The error of a SOURCE that cannot be opened (a project file, ``zoo:NAME``, ``example:NAME``).

A leaf module: ``engine.io.sources`` raises it and the zoo's errors derive from it (so
``zoo:NAME`` with an unknown name reports cleanly), while the io package sits above the zoo.
"""
from __future__ import annotations

from engine.errors import UserError


class SourceError(UserError, ValueError):
    """SOURCE (a project file, ``zoo:NAME`` or ``example:NAME``) cannot be used."""

    code = "bad_source"
    templates = {"bad_source": "This network source cannot be opened."}
