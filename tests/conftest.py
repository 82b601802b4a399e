"""Shared test set-up. Qt runs offscreen unless a test is marked for a real display."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONVSTUDIO_NO_AUTOSAVE_PROMPT", "1")
