"""Guided lessons: pages, narration, focus, and walking them on a lab."""
