"""The FTS5 search index: incremental sync, rebuilds, prefix search, filters, hostile input."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from paths import CORPUS

from editor.workspace.index import SCHEMA_VERSION, WorkspaceIndex, database_path, fts_query

PLAN = (
    "# {title}\n\n[[year:{year}]]\n\n[[type:{type}]]\n\n[[methods:{method}]]\n"
    "[[sdgs:{sdg}]]\n[[country:{country}]]\n## Section\n****\n\n> Prompt\n\n{answer}\n"
)


def plan(
    title: str = "A plan",
    answer: str = "Some answer.",
    *,
    year: int = 2024,
    type: str = "experiment",
    method: str = "Survey",
    sdg: str = "2. Zero hunger",
    country: str = "Peru",
) -> str:
    return PLAN.format(
        title=title, answer=answer, year=year, type=type, method=method, sdg=sdg, country=country
    )


def bump(path: Path, text: str) -> None:
    """Write ``text`` with an mtime surely different from the previous one."""
    old = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(old + 2_000_000_000, old + 2_000_000_000))


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory: pytest.TempPathFactory):
    """An index of a corpus copy for tests that only search."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    folder = tmp_path_factory.mktemp("shared") / "workspace"
    shutil.copytree(CORPUS, folder)
    ix = WorkspaceIndex(folder, cache_dir=folder.parent / "cache")
    ix.sync()
    yield ix
    ix.close()


@pytest.fixture
def index(corpus_copy: Path, cache_dir: Path):
    ix = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    ix.sync()
    yield ix
    ix.close()


def test_database_lives_in_the_cache_folder_one_per_workspace(tmp_path: Path) -> None:
    a = database_path(tmp_path / "a", tmp_path / "cache")
    b = database_path(tmp_path / "b", tmp_path / "cache")
    assert a.parent == tmp_path / "cache" / "index" and a != b
    assert database_path(tmp_path / "a" / "x" / "..", tmp_path / "cache") == a


def test_sync_indexes_every_file_then_only_what_changed(corpus_copy: Path, cache_dir: Path) -> None:
    ix = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    assert ix.rebuilt and ix.db_path.is_relative_to(cache_dir)
    first = ix.sync()
    n = len(ix)
    assert len(first.added) == n > 100 and not first.updated and not first.removed

    again = ix.sync()
    assert not again.reindexed and not again.removed and again.unchanged == n

    target = corpus_copy / "learningplan-mongolia-2025.txt"
    bump(target, target.read_text(encoding="utf-8") + "\nzanzibarian quokka\n")
    new = corpus_copy / "sic" / "new-plan.md"
    new.write_text(plan("Brand new"), encoding="utf-8")
    (corpus_copy / "solution-zambia-2025.txt").unlink()
    report = ix.sync()
    assert report.updated == [target]
    assert report.added == [new]
    assert report.removed == [corpus_copy / "solution-zambia-2025.txt"]
    assert report.unchanged == n - 2
    assert [h.path for h in ix.search("quokka")] == [target]

    # a new mtime with the same bytes is only a new key, not a re-index
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    touched = ix.sync()
    assert touched.touched == [target] and not touched.reindexed
    assert ix.entry(target)["mtime_ns"] == target.stat().st_mtime_ns
    ix.close()


def test_index_survives_reopening(
    corpus_copy: Path, cache_dir: Path, index: WorkspaceIndex
) -> None:
    n = len(index)
    index.close()
    again = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    assert not again.rebuilt and len(again) == n
    assert not again.sync().reindexed
    again.close()


def test_update_and_remove_for_the_watcher(corpus_copy: Path, index: WorkspaceIndex) -> None:
    # made-up words, so that no real plan of the corpus matches them too
    assert index.search("zorbulax") == [] and index.search("quimbletoe") == []
    p = corpus_copy / "extra.txt"
    p.write_text(plan("Watcher test", "an answer about zorbulaxes"), encoding="utf-8")
    assert index.update(p) is True
    assert [h.path for h in index.search("zorbulax")] == [p]
    assert index.update(p) is False  # same bytes: nothing to do
    bump(p, plan("Watcher test", "an answer about quimbletoes"))
    assert index.update(p) is True
    assert index.search("zorbulax") == [] and index.search("quimbletoe")[0].path == p
    q = corpus_copy / "renamed.txt"
    p.rename(q)
    index.move(p, q)
    assert [h.path for h in index.search("quimbletoe")] == [q]
    assert index.remove(q) is True and index.remove(q) is False
    assert index.search("quimbletoe") == []
    assert index.update(corpus_copy / "never-existed.txt") is False


def test_prefix_search_as_you_type(shared_index: WorkspaceIndex) -> None:
    for typed in ["agri", "agric", "agricultur", "AGRI", "Agri "]:
        hits = shared_index.search(typed)
        assert hits, typed
        assert any("agricultur" in (h.title or "").lower() + h.snippet.lower() for h in hits)
    hits = shared_index.search("agri")
    assert all(h.rank <= 0 for h in hits)
    assert hits == sorted(hits, key=lambda h: (not h.title_match, h.rank))
    assert "«" in hits[0].snippet and "\n" not in hits[0].snippet
    assert shared_index.search("agri", limit=3) == hits[:3]
    # every word must match (AND), each as a prefix
    both = shared_index.search("rangeland monitor")
    assert both and both[0].path.name == "learningplan-mongolia-2025.txt"
    assert shared_index.search("rangeland zzzznotaword") == []


def test_title_matches_rank_first(shared_index: WorkspaceIndex) -> None:
    hits = shared_index.search("rangeland")
    in_title = [h for h in hits if h.title and "rangeland" in h.title.lower()]
    # some plans mention the word in their answers more often than the titled ones do
    assert in_title and len(in_title) < len(hits)
    assert hits[: len(in_title)] == in_title
    assert all(h.title_match for h in in_title) and not any(
        h.title_match for h in hits[len(in_title) :]
    )


def test_accents_and_entities(index: WorkspaceIndex, corpus_copy: Path) -> None:
    p = corpus_copy / "fr.txt"
    p.write_text(plan("Économie circulaire", "R&amp;D sur l'économie"), encoding="utf-8")
    index.update(p)
    assert p in [h.path for h in index.search("economie")]
    assert p in [h.path for h in index.search("r&d economie")]


def test_filters(index: WorkspaceIndex, corpus_copy: Path) -> None:
    p = corpus_copy / "filtered.txt"
    p.write_text(
        plan(
            "Filter me",
            "tilapia farming",
            year=2031,
            type="experiment",
            method="Ethnography",
            sdg="14. Life below water",
            country="Atlantis",
        ),
        encoding="utf-8",
    )
    index.update(p)
    assert [h.path for h in index.search("tilapia", country="atlantis")] == [p]
    assert [h.path for h in index.search("", country="Atlantis")] == [p]
    assert [h.path for h in index.search("", year=2031)] == [p]
    assert [h.path for h in index.search("", year="2031", sdg=14, method="ethnography")] == [p]
    assert index.search("tilapia", type="blog") == []
    assert index.search("tilapia", sdg="14. Life below water")[0].path == p
    assert index.search("tilapia", sdg="no number") == []
    solutions = index.search("", type="solution", limit=1000)
    assert solutions and all(h.type == "solution" for h in solutions)
    mongolia = index.search("", country="Mongolia", sdg=13, year=2025)
    assert "learningplan-mongolia-2025.txt" in [h.path.name for h in mongolia]
    types = dict(index.facet_values("type"))
    assert types["learningplan"] > 10 and types["experiment"] >= 1
    assert ("Atlantis", 1) in index.facet_values("country")
    assert any(v.startswith("14.") for v, _ in index.facet_values("sdg"))


HOSTILE = [
    '"',
    "'",
    '""',
    '"unclosed',
    "*",
    "a*",
    "**",
    "NEAR(a b)",
    "NEAR",
    "a OR",
    "OR",
    "AND",
    "NOT",
    "(",
    ")",
    "())(",
    "title:agri",
    "body:x",
    "-",
    "-agri",
    "^agri",
    "{title}: x",
    "+",
    ":",
    "\\",
    "\x00",
    "a\x00b",
    "🙂",
    "%",
    "_",
    "a_b",
    "\u00a0",
    "agri*",
    "col1 : x",
    "'; DROP TABLE files;--",
    "a" * 500,
    "x " * 200,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_fts_syntax_in_queries_does_not_raise(
    shared_index: WorkspaceIndex, query: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert isinstance(shared_index.search(query), list)
    assert isinstance(shared_index.search(query, country=query, type=query, sdg=query), list)
    assert not shared_index.needs_rebuild
    # a query SQLite refused is logged and answered with []: the user would see "No plan matches."
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


# Made-up words, and the FTS keywords as plain words in one answer, so that each query below has
# one right answer when what was typed is searched as plain words, and another (or an error)
# when it is read as FTS syntax.
SYNTAX_PLANS = {
    "harvest.txt": plan("Zorblat harvest", "Quixel seeds grew well."),
    "market.txt": plan(
        "Market study",
        "Near the title page: zorblat, or not, and then " + "filler " * 20 + "quixel.",
    ),
    "other.txt": plan("Unrelated", "Nothing here about it."),
}
BOTH = {"harvest.txt", "market.txt"}
MARKET = {"market.txt"}
TYPED = [
    ("zorblat quixel", BOTH),
    ('"zorblat', BOTH),
    ('zorblat"', BOTH),
    ('"zorblat quixel"', BOTH),  # as FTS: a phrase, in no plan
    ("*zorblat", BOTH),
    ("zorb*", BOTH),
    ("zorblat* quix*", BOTH),
    ("-zorblat", BOTH),
    ("zorblat -quixel", BOTH),
    ("zorblat + quixel", BOTH),  # as FTS: a phrase
    ("^zorblat", BOTH),  # as FTS: only where the column starts with it
    ("(zorblat", BOTH),
    ("zorblat)", BOTH),
    ("(zorblat quixel)", BOTH),
    ("())(zorblat", BOTH),
    ("zorblat:", BOTH),
    (":zorblat", BOTH),
    ("NEAR(zorblat quixel)", MARKET),  # as FTS: within 10 words, in no plan
    ("zorblat NEAR quixel", MARKET),
    ("NEAR", MARKET),
    ("title:zorblat", MARKET),  # as FTS: zorblat in a title, the other plan
    ("title : zorblat", MARKET),
    ("{title}: zorblat", MARKET),
    ("zorblat OR quixel", MARKET),  # as FTS: either word, both plans
    ("zorblat AND quixel", MARKET),
    ("zorblat NOT quixel", MARKET),  # as FTS: no plan
    ("NOT zorblat", MARKET),
    ("or AND not", MARKET),
]


@pytest.fixture(scope="module")
def syntax_index(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("syntax") / "workspace"
    folder.mkdir()
    for name, text in SYNTAX_PLANS.items():
        (folder / name).write_text(text, encoding="utf-8")
    ix = WorkspaceIndex(folder, cache_dir=folder.parent / "cache")
    ix.sync()
    yield ix
    ix.close()


@pytest.mark.parametrize(("query", "expected"), TYPED)
def test_fts_syntax_typed_in_search_finds_the_words_as_plain_text(
    syntax_index: WorkspaceIndex, query: str, expected: set[str], caplog: pytest.LogCaptureFixture
) -> None:
    """What a user sees: the plans holding every word typed, whatever punctuation or keyword
    came with them; never an error, never "No plan matches." when a plan holds the words."""
    assert {h.path.name for h in syntax_index.search(query)} == expected
    assert {h.path.name for h in syntax_index.search(query, type="experiment")} == expected
    assert syntax_index.search(query, type="blog") == []
    assert not syntax_index.needs_rebuild
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('agri "x" OR y*') == '"agri"* "x"* "OR"* "y"*'
    assert fts_query("()*:-") == ""


def test_rebuild_when_the_database_is_garbage(
    corpus_copy: Path, cache_dir: Path, index: WorkspaceIndex
) -> None:
    n = len(index)
    db = index.db_path
    index.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    ix = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    assert ix.rebuilt and len(ix) == 0
    assert len(ix.sync().added) == n
    assert ix.search("agri")
    ix.close()


def test_rebuild_when_a_page_is_damaged(
    corpus_copy: Path, cache_dir: Path, index: WorkspaceIndex
) -> None:
    n = len(index)
    index._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = index.db_path
    index.close()
    with open(db, "r+b") as f:
        f.seek(4096 * 5)
        f.write(b"\xff" * 4096)
    ix = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    assert ix.rebuilt
    assert len(ix.sync().added) == n
    ix.close()


def test_rebuild_when_the_schema_version_differs(
    corpus_copy: Path, cache_dir: Path, index: WorkspaceIndex
) -> None:
    db = index.db_path
    index.close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    ix = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    assert ix.rebuilt and len(ix) == 0
    ix.close()


def test_rebuild_on_demand(index: WorkspaceIndex) -> None:
    n = len(index)
    report = index.rebuild()
    assert len(report.added) == n and len(index) == n


def test_unreadable_files_are_indexed_with_their_error(
    corpus_copy: Path, index: WorkspaceIndex
) -> None:
    p = corpus_copy / "binary.txt"
    p.write_bytes(b"\x00\x01" * 50)
    report = index.sync()
    assert report.added == [p] and report.errors == [p]
    assert "binary" in index.entry(p)["error"]
    assert not index.sync().reindexed  # keyed by stat like any other file


def test_search_on_the_gui_thread_while_a_worker_syncs(corpus_copy: Path, cache_dir: Path) -> None:
    ix = WorkspaceIndex(corpus_copy, cache_dir=cache_dir)
    errors: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            ix.sync()
            for i in range(20):
                p = corpus_copy / f"w{i}.txt"
                p.write_text(plan(f"Worker {i}", "okapi"), encoding="utf-8")
                ix.update(p)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            done.set()

    worker = threading.Thread(target=work)
    worker.start()
    searches = 0
    while not done.is_set():
        assert isinstance(ix.search("agri"), list)
        assert isinstance(ix.search("okapi", type="experiment"), list)
        searches += 1
        time.sleep(0.001)  # not a wait: lets the writer thread run between searches
    worker.join()
    assert not errors and searches > 0
    assert len(ix.search("okapi")) == 20
    ix.close()


def test_the_index_gives_back_the_list_it_was_built_from(corpus_copy: Path, cache_dir: Path):
    """What the list of a folder opened again shows before it reads a file: for every file the
    summary a scan gives (title, type, countries, year, SDGs, methods, tags, keys), errors too."""
    from editor.workspace.index import stored_summaries
    from editor.workspace.scan import scan

    assert dict(stored_summaries(corpus_copy, cache_dir)) == {}  # no index yet
    with WorkspaceIndex(corpus_copy, cache_dir=cache_dir) as index:
        index.sync()
    stored = dict(stored_summaries(corpus_copy, cache_dir))
    scanned = {str(s.path): s for s in scan(corpus_copy)}
    assert stored.keys() == scanned.keys() and len(stored) > 900
    assert stored == scanned


def test_an_index_of_an_older_version_gives_no_list(corpus_copy: Path, cache_dir: Path):
    import sqlite3

    from editor.workspace.index import database_path, stored_summaries

    with WorkspaceIndex(corpus_copy, cache_dir=cache_dir) as index:
        index.sync()
    with sqlite3.connect(database_path(corpus_copy, cache_dir)) as conn:
        conn.execute("PRAGMA user_version = 1")
    assert dict(stored_summaries(corpus_copy, cache_dir)) == {}
