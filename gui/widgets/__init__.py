"""Docks and dialogs of the main window: analysis table, message bar, zoo and settings."""
