"""The export formats, their file suffixes and those with a combined file: what the export
dialog offers before anything of the export itself is loaded (``editor.export.run`` brings the
templates and the checks)."""

FORMATS = ("docx", "pdf", "html", "json", "xlsx")
SUFFIX = {"docx": ".docx", "pdf": ".pdf", "html": ".html", "json": ".json", "xlsx": ".xlsx"}
COMBINED = ("docx", "pdf", "html", "json")  # formats a combined file exists for
