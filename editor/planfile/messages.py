"""The words of every problem the checks report, in English, by kind.

A problem is data: its ``kind`` and ``params`` (strings) say what was found, and its
``message`` is the English sentence made from them. The window and the command line show
``translated``: the same sentence in the language of the run, from the catalogue
(``editor/data/i18n``, context ``Problems``). A parameter named ``label`` is a tag's label
(``key`` names the tag), which the catalogue translates with the tag's labels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from editor.i18n import QT_TRANSLATE_NOOP, lower_first, translate

CONTEXT = "Problems"

TEXTS = {
    # the core's field checks (editor/planfile/checks.py)
    "not_email": QT_TRANSLATE_NOOP("Problems", "{value} is not an email address"),
    "not_year": QT_TRANSLATE_NOOP("Problems", "{value} is not a year"),
    "future_year": QT_TRANSLATE_NOOP("Problems", "{year} is in the future"),
    "early_year": QT_TRANSLATE_NOOP("Problems", "{year} is before the Accelerator Labs began"),
    "not_latlng": QT_TRANSLATE_NOOP("Problems", "{value} is not two numbers 'latitude,longitude'"),
    "latlng_range": QT_TRANSLATE_NOOP(
        "Problems", "{value} is out of range (latitude −90…90, longitude −180…180)"
    ),
    # the catalogue's checks (editor/catalog/validation.py)
    "not_sdg": QT_TRANSLATE_NOOP(
        "Problems", "{value} is not one of the 17 Sustainable Development Goals"
    ),
    "repeated_tag": QT_TRANSLATE_NOOP(
        "Problems", "{value} is repeated: the same tag is on line {seen}"
    ),
    "title_long": QT_TRANSLATE_NOOP(
        "Problems", "the title has {length} characters; the limit is {limit}"
    ),
    "too_many": QT_TRANSLATE_NOOP("Problems", "{count} {label} given; at most {limit} are allowed"),
    "too_many_for_form": QT_TRANSLATE_NOOP(
        "Problems", "{count} {label} given; the form allows at most {limit}"
    ),
    "region": QT_TRANSLATE_NOOP(
        "Problems", "{value} is a part of {country}, not a country of the list"
    ),
    "not_in_list": QT_TRANSLATE_NOOP("Problems", "{value} is not in the list of {label}"),
    "did_you_mean": QT_TRANSLATE_NOOP("Problems", "did you mean {suggestion}?"),
    "same_term": QT_TRANSLATE_NOOP("Problems", "{first} and {second} look like the same term"),
    "far_away": QT_TRANSLATE_NOOP("Problems", "{value} is far from {country}"),
    "empty_checklist_line": QT_TRANSLATE_NOOP("Problems", "an empty checklist line ('- ')"),
    "answer_long": QT_TRANSLATE_NOOP(
        "Problems", "{length} characters; the form asks for at most {limit}"
    ),
    "not_an_option": QT_TRANSLATE_NOOP(
        "Problems", "{option} is not one of the options (kept as written)"
    ),
    "several_options": QT_TRANSLATE_NOOP(
        "Problems", "more than one option chosen in a single-choice question"
    ),
    "group_unclosed": QT_TRANSLATE_NOOP("Problems", 'a <div class="group"> is never closed'),
    "group_stray_close": QT_TRANSLATE_NOOP("Problems", "a stray </div> outside any group"),
    "group_nested": QT_TRANSLATE_NOOP("Problems", 'a <div class="group"> inside another group'),
    "shares_sum": QT_TRANSLATE_NOOP("Problems", "{names} add up to {total}%, not 100%"),
    "required_missing": QT_TRANSLATE_NOOP("Problems", "required answer missing: {label}"),
}

# Words around the problems: the suggestion to remove a repeated line, the severities and the
# parts of a report's summary (editor/catalog/validation.py).
REMOVE_LINE = QT_TRANSLATE_NOOP("Problems", "remove line {line}")
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("Problems", "error"),
    "warning": QT_TRANSLATE_NOOP("Problems", "warning"),
    "info": QT_TRANSLATE_NOOP("Problems", "info"),
}

# The platform's names of the two statuses a plan file can reach offline, as its interface says
# them in English (../shared/reference/platform.md): "Complete" is its "Publishable".
STATUS_WORDS = {
    "Complete": QT_TRANSLATE_NOOP("Status", "Publishable"),
    "Unfinished": QT_TRANSLATE_NOOP("Status", "Unfinished"),
}


def status_word(status: str) -> str:
    """The platform's name of ``status`` in the language of this run."""
    return translate("Status", STATUS_WORDS.get(status, status))


class Message(str):
    """An English message that knows its kind and parameters (a ``str`` for every caller that
    only shows or compares it)."""

    kind: str
    params: dict[str, str]

    def __new__(cls, kind: str, **params: object) -> Message:
        said = {name: str(value) for name, value in params.items()}
        self = super().__new__(cls, TEXTS[kind].format(**said))
        self.kind, self.params = kind, said
        return self


def quoted(value: str) -> str:
    """A value as the messages quote it: ``'value'``."""
    return repr(value)


def translated(
    kind: str,
    params: Mapping[str, str],
    english: str = "",
    label: Callable[[str], str] | None = None,
) -> str:
    """The message of ``kind`` in the language of this run; ``english`` when the kind is not
    known here or its translation does not take the parameters. ``label(key)`` gives a tag's
    label in that language, for a ``label`` parameter."""
    text = TEXTS.get(kind)
    if text is None:
        return english
    said = dict(params)
    if label is not None and "key" in said and "label" in said:
        english_label = said["label"]
        said["label"] = label(said["key"])
        if english_label[:1].islower():  # the sentence says it inside, not at its start
            said["label"] = lower_first(said["label"])
    try:
        return translate(CONTEXT, text).format(**said)
    except (KeyError, IndexError, ValueError):
        return text.format(**said)


def shown(message: str) -> str:
    """A message in the language of this run (a plain string is shown as it is)."""
    if isinstance(message, Message):
        return translated(message.kind, message.params, message)
    return message


def severity_word(severity: str) -> str:
    return translate(CONTEXT, SEVERITIES.get(severity, severity))
