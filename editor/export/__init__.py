"""Hand a plan on: the plan as Word, HTML, JSON and spreadsheet files (Qt-free), and as PDF
(drawn by Qt, in ``editor.ui.pdf``).

- ``structure``: the plan as data (title, tags, sections, questions with answers, groups as
  instances, free text, template id): the JSON export, and what the other formats lay out.
- ``docx``: Word, in the platform's layout with real styles; review notes as Word comments.
- ``html``: one standalone, sanitised HTML file.
- ``xlsx``: one row per plan, one sheet per template.
- ``run``: ``export(paths, to, out)``, what ``plan-editor export`` and File ▸ Export call.

Each writer takes ``list[Source]`` (a plan with its path) and writes ``out``; a plan that fails
to read or an image that cannot be loaded is reported by name and the rest goes on.
"""
