"""The folder the editor opens when it is given none and has used none before: "Plans" in the
user's documents folder, made on first use with the sample plans in it."""

from __future__ import annotations

import shutil
from pathlib import Path

from editor.resources import resource_path

FOLDER_NAME = "Plans"


def plans_folder() -> Path:
    """``~/Documents/Plans`` (the platform's documents folder), created with the sample plans
    when it does not exist; an existing folder is left as it is, even when empty."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir()) / FOLDER_NAME
    if not folder.exists():
        folder.mkdir(parents=True)
        for sample in sorted(resource_path("samples").glob("*.txt")):
            shutil.copyfile(sample, folder / sample.name)
    return folder
