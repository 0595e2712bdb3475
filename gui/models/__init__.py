"""View-models: Qt objects with signals and no widgets, which views subscribe to.

``CurrentSnapshot`` is the one place that listens to the session's snapshots;
``Selection`` holds the selected layers and parameter; ``ParameterHistory`` the
kept snapshots a parameter's histogram is drawn from; ``InitChoice`` the
initializers that the Compare and Depth tabs both show.
"""
