"""The Compare tab's sentences made from its data, in its translation context.

Functions, so the tab can make them again when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.i18n import translate_message


def report(comparison, failed: list) -> str:
    """What the last comparison did, and each initializer that failed with core's reason."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    text = translate("CompareView", "Compared {count} initializers with seed {seed}; the "
                     "network is unchanged.").format(count=len(comparison.candidates),
                                                     seed=comparison.seed)
    for label, message in failed:
        text += "\n" + translate("CompareView", "{label} failed: {message}").format(
            label=label, message=translate_message(message))
    return text


def stale() -> str:
    """Why the shown comparison no longer matches the network."""
    return QCoreApplication.translate(
        "CompareView",
        "This comparison was made for an earlier network; the layers or their shapes "
        "have changed since. Press \u201cApply and compare\u201d to compare the network "
        "as it is now.")
