"""Every field of real plans, in the real window: type a character and delete it, tick and
untick every option, save: the bytes must be the file's own. ``make test`` walks a sample of
every document type; ``make acceptance`` (PLAN_EDITOR_ACCEPTANCE=1) walks the whole corpus."""

from __future__ import annotations

import pytest

from .roundtrip import corpus_by_type, files_to_walk, walk_file

FILES = files_to_walk()
TOTALS = {"files": 0, "walked": 0, "fields": 0, "options": 0, "seconds": 0.0}


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    if TOTALS["files"]:
        print(
            "\nwindow round trip: {files} files ({walked} walked), {fields} fields typed in and "
            "deleted, {options} options ticked and unticked, {seconds:.0f} s".format(**TOTALS)
        )


def test_the_sample_covers_every_document_type():
    if not FILES:
        pytest.skip("shared corpus not present")
    assert set(corpus_by_type()) <= {
        k for k, files in corpus_by_type().items() if set(files) & set(FILES)
    }


@pytest.mark.parametrize("src", FILES, ids=lambda p: p.name)
def test_every_gesture_undone_by_hand_gives_the_bytes_back(qtbot, open_window, tmp_path, src):
    walk = walk_file(qtbot, open_window, src, tmp_path)
    TOTALS["files"] += 1
    if walk is None:
        pytest.skip("a plan large enough to be built lazily")
    TOTALS["walked"] += 1
    TOTALS["fields"] += walk.fields
    TOTALS["options"] += walk.options
    TOTALS["seconds"] += walk.seconds
    assert not walk.problems, "\n".join(walk.problems)
