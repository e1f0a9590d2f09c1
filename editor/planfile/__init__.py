"""The plan file format: read, parse, edit, dump and write, losslessly. No Qt here.

from editor.planfile import read, write, parse, dumps
doc = read(path)      # bytes on disk -> document (remembers encoding, BOM, line endings)
write(doc, path)      # dumps(doc) in the document's own encoding, atomically
doc = parse(text)     # str -> document
text = dumps(doc)     # document -> str; equals the parsed text when nothing was edited
"""

from __future__ import annotations

import os

from editor.planfile.plan import PlanFile, Question, Tag, checklist_options
from editor.planfile.source import (
    PlanFileError,
    ReadError,
    WriteError,
    atomic_write,
    content_hash,
    decode,
    encode,
    read_bytes,
)

__all__ = [
    "content_hash",
    "PlanFile",
    "PlanFileError",
    "Question",
    "ReadError",
    "Tag",
    "WriteError",
    "checklist_options",
    "dumps",
    "encode_document",
    "parse",
    "read",
    "write",
]


def parse(text: str) -> PlanFile:
    return PlanFile(text)


def dumps(doc: PlanFile) -> str:
    return doc.dumps()


def read(path: str | os.PathLike) -> PlanFile:
    data = read_bytes(path)
    text, encoding, bom = decode(data, path)
    return PlanFile(text, encoding=encoding, bom=bom)


def encode_document(doc: PlanFile, path: str | os.PathLike | None = None) -> bytes:
    """The bytes ``write`` would put on disk (raises WriteError if a character can't be encoded)."""
    return encode(doc.dumps(), doc.encoding, doc.bom, path)


def write(doc: PlanFile, path: str | os.PathLike) -> bytes:
    """Write ``doc`` to ``path`` atomically; returns the bytes written."""
    data = encode_document(doc, path)
    atomic_write(path, data)
    return data
