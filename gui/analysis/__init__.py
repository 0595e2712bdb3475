"""The analysis views: the histogram, Compare and Depth charts and their exports."""
