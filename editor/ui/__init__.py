"""The desktop editor: every widget, window, dialog and action. Only this layer imports QtWidgets.

Modules, from the bottom up: ``settings`` (QSettings keys declared once), ``interaction`` (every
question to the user), ``document`` (one open plan + its undo stack), ``catalog`` (templates,
vocabularies and validation, adapted from the Qt-free core), ``render`` (plan -> preview HTML),
the form widgets (``fields``, ``chips``, ``header_form``, ``form``), ``preview``, ``source_view``,
``workspace_panel``, ``problems``, ``actions`` and ``window`` which composes them.
"""
