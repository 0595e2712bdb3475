"""Files: scenarios, reports and their figures, weights, autosave recovery, limits."""
