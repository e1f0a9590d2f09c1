"""The desktop editor: every widget, window, dialog and action. Only this layer imports QtWidgets.

Modules, from the bottom up: ``app`` (start-up), ``settings`` (QSettings keys declared once),
``interaction`` (every question to the user), ``document`` (one open plan and its undo stack),
``render`` (plan -> preview HTML), ``images``, ``preview``, ``source_view``, ``problems``, the
form (``form/``), the folder (``workspace/``), ``actions`` and ``window``, which composes them.
"""
