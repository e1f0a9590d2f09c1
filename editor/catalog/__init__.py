"""What the platform knows beyond the file, without Qt: the templates of its forms, the
vocabularies, and what is built on them.

- ``vocabularies``: SDGs, countries, methods, data sources, option lists and tag keys.
- ``templates``: the question sets of the platform's forms (pydantic models of the JSON files).
- ``prompts``: how a prompt is compared with a template's question (quotes, trailing marks).
- ``matching``: which template a plan was written from, and which item each prompt is.
- ``newplan``: a new plan from a template.
- ``validation``: the checks that need a template or a vocabulary, on top of
  ``editor.planfile.checks``.

Depends on ``editor.planfile`` and ``editor.resources`` only. Import the submodule you need:
the package imports nothing, so pydantic loads only when a template or a check is needed.
"""
