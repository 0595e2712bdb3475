"""The GUI's handle on core: the session, its worker, autosave and settings."""
