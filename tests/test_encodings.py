"""Encodings, byte-order marks and line endings come back exactly as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import SEED

from editor.planfile import ReadError, WriteError, read, write

SEED_TEXT = SEED.read_bytes().decode("utf-8")


def variants() -> dict[str, bytes]:
    lf = SEED_TEXT
    crlf = lf.replace("\n", "\r\n")
    lines = lf.split("\n")
    mixed = "".join(line + ("\r\n" if i % 3 else "\n") for i, line in enumerate(lines[:-1]))
    latin = "# Café à Montréal – “déjà vu”\n\n[[country:Côte d'Ivoire]]\n\n> Pourquoi?\n\nParce que… ça marche ™\n"
    return {
        "utf8-bom": b"\xef\xbb\xbf" + lf.encode(),
        "crlf": crlf.encode(),
        "bom-crlf": b"\xef\xbb\xbf" + crlf.encode(),
        "mixed": mixed.encode(),
        "no-final-newline": lf.rstrip("\n").encode(),
        "cp1252": latin.encode("cp1252"),
        "utf16-bom": b"\xff\xfe" + lf.encode("utf-16-le"),
        "lone-cr": lf.replace("\n", "\r").encode(),
    }


@pytest.mark.parametrize("name", list(variants()))
def test_variant_round_trips(name: str, tmp_path: Path):
    data = variants()[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    doc = read(path)
    write(doc, path)
    assert path.read_bytes() == data


def test_cp1252_is_detected_and_edits_keep_it(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(variants()["cp1252"])
    doc = read(path)
    assert doc.encoding == "cp1252"
    assert doc.title == "Café à Montréal – “déjà vu”"
    doc.set_answer(1, "Voilà")
    write(doc, path)
    assert path.read_bytes() == variants()["cp1252"].replace(
        "Parce que… ça marche ™".encode("cp1252"), "Voilà".encode("cp1252")
    )


def test_character_the_legacy_encoding_cannot_hold_is_refused_and_file_kept(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    original = variants()["cp1252"]
    path.write_bytes(original)
    doc = read(path)
    doc.set_answer(1, "Emoji 🌍 cannot be cp1252")
    with pytest.raises(WriteError, match=r"U\+1F30D.*cp1252.*UTF-8"):
        write(doc, path)
    assert path.read_bytes() == original


def test_the_refusal_names_the_character_and_where_it_is(tmp_path: Path):
    from editor.planfile.source import EncodeError

    path = tmp_path / "legacy.txt"
    original = variants()["cp1252"].replace(b"\n", b"\r\n")
    path.write_bytes(original)
    doc = read(path)
    doc.set_answer(1, "Plus de 5 € → voilà")  # "€" fits Windows-1252, "→" does not
    with pytest.raises(EncodeError) as caught:
        write(doc, path)
    e = caught.value
    assert (e.char, e.line, e.column, e.encoding) == ("→", 7, 13, "cp1252")
    assert "“→” (U+2192) on line 7, column 13" in str(e) and "legacy.txt" in str(e)
    assert path.read_bytes() == original


def test_crlf_edit_uses_crlf_for_new_lines(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(variants()["crlf"])
    doc = read(path)
    doc.set_answer(3, "line one\nline two")
    doc.add_tag("sdgs", "9. Industry, innovation and infrastructure")
    data = path.read_bytes()
    write(doc, path)
    out = path.read_bytes()
    assert b"line one\r\nline two\r\n" in out
    assert b"[[sdgs:9. Industry, innovation and infrastructure]]\r\n" in out
    assert out.count(b"\n") == out.count(b"\r\n")
    assert (
        len(out.splitlines()) == len(data.splitlines()) + 2
    )  # one answer line became two; one tag


def test_binary_file_is_refused_with_its_name(tmp_path: Path):
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ReadError, match=r"picture\.txt.*binary"):
        read(path)


def test_missing_file_and_folder_are_clear(tmp_path: Path):
    with pytest.raises(ReadError, match=r"gone\.txt.*does not exist"):
        read(tmp_path / "gone.txt")
    with pytest.raises(ReadError, match="is a folder"):
        read(tmp_path)


def test_huge_single_line_file_round_trips(tmp_path: Path):
    body = ("word " * 700_000).encode()  # a 3.5 MB single line, as in the archive
    data = b"# One line\n\n[[type:solution]]\n\n> Brief description of the innovation\n\n" + body
    path = tmp_path / "huge.txt"
    path.write_bytes(data)
    doc = read(path)
    assert doc.question(1).answer == body.decode()
    write(doc, path)
    assert path.read_bytes() == data
