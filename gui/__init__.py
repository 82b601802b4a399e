"""ConvStudio desktop GUI (PySide6). Talks to the engine through its public API only."""
