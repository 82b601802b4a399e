"""Reading and writing what users make: project files (and, later, weights and exports)."""
from engine.io.project import (FORMAT, MIGRATIONS, SUFFIX, VERSION, Project, ProjectFileError,
                               graph_from_dict,
                               dumps, load_project, loads, save_project)
from engine.io.sources import SourceError, load_source

__all__ = ["FORMAT", "MIGRATIONS", "SUFFIX", "VERSION", "Project", "ProjectFileError",
           "SourceError", "dumps", "graph_from_dict", "load_project", "load_source", "loads", "save_project"]
