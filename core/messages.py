"""Messages that core shows to people, translatable without Qt.

``msg("seed must be ≥ 0, got {seed!r}.", seed=seed)`` is the English text (a
plain ``str`` everywhere core uses it) that also remembers its template and
values, so the GUI can look the template up in Qt's translations and format it
again in the user's language. ``pyside6-lupdate`` extracts the templates
because ``msg`` is declared an alias of ``QT_TR_NOOP`` (see ``gui/i18n/``);
they land in the ``.ts`` files with an empty context.
"""

from __future__ import annotations


class Message(str):
    """English text plus the template and values it was made from."""

    template: str
    params: dict

    def __new__(cls, template: str, params: dict) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.template = template
        text.params = params
        return text

    def __reduce__(self):
        return (Message, (self.template, self.params))


def msg(template: str, **params) -> Message:
    """The message ``template.format(**params)``, translatable by the GUI."""
    return Message(template, params)
