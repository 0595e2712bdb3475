"""The Qt front end: widgets that show core's snapshots and never import torch."""
