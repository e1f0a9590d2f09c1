"""The form: one widget for each tag, question and answer of the open plan.

- ``model``: what the form knows of the catalogue (a template adapted for the form, the checks'
  report by field).
- ``fields``: the answer fields and the context they share (the document, the interaction).
- ``chips``: the term lists (methods, data sources, SDGs) as removable chips with completion.
- ``header``: the title and the tags.
- ``view``: ``FormView``, sections, groups and free text, built in the plan's reading order.
"""
