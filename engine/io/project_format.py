"""The name, version and file suffix of a project file: a leaf, so that code which only names
project files (the window's recovery files, file dialogs) does not load the reader and its
schema (engine.io.project)."""

FORMAT = "convstudio.project"
VERSION = 2
SUFFIX = ".convstudio"
