"""Lessons in the window: the lesson card, its menu, presenter mode, class start."""
