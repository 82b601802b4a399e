"""Reading and writing what users make: project files (and, later, weights and exports).

The names below are loaded on first use (``from engine.io import load_project`` imports
engine.io.project then), so that importing one submodule, such as engine.io.project_format,
does not load the project reader and its schema.
"""
from importlib import import_module

_FROM = {
    "FORMAT": "engine.io.project_format", "VERSION": "engine.io.project_format",
    "SUFFIX": "engine.io.project_format",
    "MIGRATIONS": "engine.io.project", "Project": "engine.io.project",
    "ProjectFileError": "engine.io.project", "dumps": "engine.io.project",
    "graph_from_dict": "engine.io.project", "load_project": "engine.io.project",
    "loads": "engine.io.project", "save_project": "engine.io.project",
    "SourceError": "engine.io.sources", "load_source": "engine.io.sources",
}

__all__ = ["FORMAT", "MIGRATIONS", "SUFFIX", "VERSION", "Project", "ProjectFileError",
           "SourceError", "dumps", "graph_from_dict", "load_project", "load_source", "loads", "save_project"]


def __getattr__(name: str):
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module 'engine.io' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
