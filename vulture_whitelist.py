"""Names the dead-code check (vulture, ``make lint``) cannot see used: called by a framework, or
read from data. Anything else it reports is dead: delete it rather than list it here."""

# ruff: noqa: B018, F821

# Qt calls these overrides.
_.mergeWith  # QUndoCommand
_.expandingDirections  # QLayout
_.hasHeightForWidth
_.heightForWidth
_.mouseReleaseEvent
_.closeEvent
_.paintEvent
_.columnCount  # QAbstractTableModel
_.headerData
# watchdog calls its handler's on_any_event; pydantic runs validators and reads model_config.
_.on_any_event
_._check_kind
_._check_repeats
_._check_ids
model_config
# Fields of the bundled data and of `show --json`, kept whole though the editor reads few of them.
unit
multiple
required_for
bbox_exact
closed
state  # settings: window state rather than a user choice
# The entry point of the `plan-editor-gui` script (pyproject.toml).
gui_main
# pytest reads these names.
pytestmark
compiled
_app
_a_process_as_the_editor_has_it  # autouse fixture (tests/bench/test_workspace_gui_bench.py)
pytest_report_header
pytest_terminal_summary
pytest_collection_modifyitems
# openpyxl reads it; html.parser calls it.
_.freeze_panes
_.handle_starttag
_.handle_data
_.strike  # python-docx font properties
_.underline
_.autofit
_.handle_startendtag
_.handle_endtag
_.do_GET  # http.server calls these
_.log_message
_._kind_of_message  # pydantic calls the model validator of Problem
_.GAPS  # read by pyside6-lupdate, not by Python: Qt's words for the catalogues
