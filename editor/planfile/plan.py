"""``PlanFile``: one plan document, its exact source and the edits that change only what they name.

Every edit builds a new block list: untouched blocks are shared, so the text outside the edited
part stays byte-identical, and a snapshot of the list (``snapshot``/``restore``) is all an undo
stack needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from editor.planfile import entities, layout
from editor.planfile.outline import Outline, QuestionSpan, build_outline
from editor.planfile.syntax import (
    OPEN,
    PROMPT,
    TAG,
    TEXT,
    TITLE,
    Block,
    heading_title,
    image_parts,
    is_blank,
    lead_text,
    line_ending,
    merge_text,
    normalise_eol,
    parse_blocks,
    prompt_text,
    split_lines,
    tag_parts,
    title_text,
)

if TYPE_CHECKING:
    from editor.planfile.model import Plan

_CHECK_LINE = re.compile(r"^-(?: (.*))?$")


class Tag(NamedTuple):
    key: str
    value: str


@dataclass(frozen=True)
class Question:
    """A read-only view of one prompt and its answer."""

    number: int
    prompt: str
    answer: str
    section: int
    group: int | None = None
    images: list[tuple[str, str]] = field(default_factory=list)  # (alt, url)

    @property
    def checked(self) -> list[str] | None:
        """The ``- option`` lines when the whole answer is a checklist, else None."""
        return checklist_options(self.answer)


def checklist_options(answer: str) -> list[str] | None:
    if not answer:
        return None
    options = []
    for line in answer.split("\n"):
        m = _CHECK_LINE.match(line.rstrip())
        if m is None:
            return None
        options.append(m.group(1) or "")
    return options


def _count_lines(s: str) -> int:
    return s.count("\n") + s.count("\r") - s.count("\r\n")


def _split_padding(src: str) -> tuple[str, str, str]:
    """(leading blank lines, body, trailing blank lines) of a text block."""
    stripped = src.lstrip()
    if not stripped:
        return src, "", ""
    first = len(src) - len(stripped)  # the first non-blank character
    start = max(src.rfind("\n", 0, first), src.rfind("\r", 0, first)) + 1
    last = len(src.rstrip())  # just after the last non-blank character
    nl, cr = src.find("\n", last), src.find("\r", last)
    if nl < 0 and cr < 0:
        end = len(src)
    elif cr >= 0 and (nl < 0 or cr < nl):
        end = cr + (2 if src.startswith("\r\n", cr) else 1)
    else:
        end = nl + 1
    return src[:start], src[start:end], src[end:]


def _body_text(body: str) -> str:
    text = normalise_eol(body)
    return text[:-1] if text.endswith("\n") else text


def _dominant_newline(text: str) -> str:
    if "\r" not in text:
        return "\n"
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


class PlanFile:
    """A parsed plan file: its blocks, how it was encoded, and edits on it."""

    def __init__(
        self,
        text: str = "",
        *,
        encoding: str = "utf-8",
        bom: bool = False,
        newline: str | None = None,
    ) -> None:
        self.encoding = encoding
        self.bom = bom
        self.newline = newline or _dominant_newline(text)
        self._blocks: tuple[Block, ...] = tuple(parse_blocks(text))
        self._outline: Outline | None = None
        self._line_starts: list[int] | None = None
        self._questions: list[Question] | None = None
        self._text: str | None = None  # joined on first dumps(), cached until an edit
        self.version = 0

    # -- source ------------------------------------------------------------------------------

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self._blocks

    def dumps(self) -> str:
        if self._text is None:
            self._text = "".join(b.src for b in self._blocks)
        return self._text

    @property
    def written_as(self) -> tuple[str, bool, str]:
        """(encoding, BOM, line ending of new lines): how the plan is written to disk."""
        return self.encoding, self.bom, self.newline

    def write_as(self, encoding: str, bom: bool, newline: str) -> None:
        """Write the plan with ``encoding`` and ``bom`` from now on, and end the lines an edit
        adds with ``newline`` (the lines it holds keep their own endings)."""
        self.encoding, self.bom, self.newline = encoding, bom, newline

    def snapshot(self) -> tuple[Block, ...]:
        return self._blocks

    def restore(self, snapshot: tuple[Block, ...]) -> None:
        self._set(list(snapshot), merge=False)

    @property
    def outline(self) -> Outline:
        if self._outline is None:
            self._outline = build_outline(list(self._blocks))
        return self._outline

    def _set(self, blocks: list[Block], *, merge: bool = True) -> None:
        self._blocks = tuple(merge_text(blocks) if merge else blocks)
        self._outline = None
        self._line_starts = None
        self._questions = None
        self._text = None
        self.version += 1

    def _set_answer_text(self, blocks: list[Block], number: int) -> None:
        """``blocks``, where one text block of question ``number`` alone changed (to another
        non-empty text): the outline stands, since it reads the kinds of the blocks and their
        text only outside questions, and of the questions only that one is read again. The
        blocks need no merging either (a file's blocks are merged once parsed)."""
        outline, questions = self._outline, self._questions
        self._set(blocks, merge=False)
        self._outline = outline
        if outline is not None and questions is not None:
            questions[number - 1] = self._question(outline.questions[number - 1])
            self._questions = questions

    def _nl(self, s: str) -> str:
        return s if self.newline == "\n" else s.replace("\n", self.newline)

    def _parse(self, s: str) -> list[Block]:
        return parse_blocks(self._nl(s), header=False)

    def _with_eol(self, blocks: list[Block], i: int) -> None:
        """Give block ``i`` a line ending if it lacks one (the file's last line)."""
        b = blocks[i]
        if not line_ending(b.src):
            blocks[i] = Block(b.kind, b.src + self.newline)

    # -- reading -------------------------------------------------------------------------------

    @property
    def title(self) -> str | None:
        i = self.outline.title
        return None if i is None else title_text(self._blocks[i])

    @property
    def tags(self) -> list[Tag]:
        return [Tag(*tag_parts(self._blocks[i])) for i in self.outline.tags]

    def tag_values(self, key: str) -> list[str]:
        return [t.value for t in self.tags if t.key == key]

    @property
    def questions(self) -> list[Question]:
        if self._questions is None:
            self._questions = [self._question(q) for q in self.outline.questions]
        return list(self._questions)

    def question(self, number: int) -> Question:
        if self._questions is not None:
            self._span(number)  # raises for a number out of range
            return self._questions[number - 1]
        return self._question(self._span(number))

    def _span(self, number: int) -> QuestionSpan:
        qs = self.outline.questions
        if not 1 <= number <= len(qs):
            raise IndexError(f"no question {number}: the document has {len(qs)}")
        return qs[number - 1]

    def _question(self, q: QuestionSpan) -> Question:
        bodies = [_body_text(_split_padding(self._blocks[i].src)[1]) for i in q.texts]
        return Question(
            number=q.number,
            prompt=prompt_text(self._blocks[q.prompt]),
            answer="\n\n".join(b for b in bodies if b),
            section=q.section,
            group=q.group,
            images=[image_parts(self._blocks[i]) for i in q.images],
        )

    def section_titles(self) -> list[str | None]:
        return [
            None if s.heading is None else heading_title(self._blocks[s.heading])
            for s in self.outline.sections
        ]

    def section_lead(self, index: int) -> str | None:
        s = self.outline.sections[index]
        return None if s.lead is None else lead_text(self._blocks[s.lead])

    def free_texts(self) -> list[int]:
        """Block indices of the text that belongs to no question: an article or page body and
        the text between tags in the header, a description before the first section, text at
        section level. Documents written without a form hold all their content there."""
        outline = self.outline
        out = [
            i
            for i in range(outline.header_end)
            if self._blocks[i].kind == TEXT and self._blocks[i].src.strip()
        ]
        for section in outline.sections:
            out += [i for kind, i in section.items if kind == "text"]
        return out

    def free_text(self, index: int) -> str:
        """The ``index``-th free text as shown (``free_texts`` order)."""
        return _body_text(_split_padding(self._blocks[self.free_texts()[index]].src)[1])

    def set_free_text(self, index: int, text: str) -> bool:
        """Make ``text`` the ``index``-th free text, changing only what differs (as answers)."""
        text = normalise_eol(text).strip("\n")
        i = self.free_texts()[index]
        old = self.free_text(index)
        if old == text:
            return False
        blocks = list(self._blocks)
        if not (old and text and self._splice(blocks, [i], old, text)):
            lead, _, trail = _split_padding(blocks[i].src)
            body = self._nl(layout.answer_body(text))
            blocks[i] = Block(TEXT, lead + body + trail if body else lead + trail)
        self._set(blocks)
        return True

    def image(self, block: int) -> tuple[str, str]:
        """(alt text, url) of the image line at block index ``block`` (an outline's image)."""
        return image_parts(self._blocks[block])

    def line_of(self, block: int) -> int:
        """1-based line number where block ``block`` starts."""
        if self._line_starts is None:
            starts, line = [], 1
            for b in self._blocks:
                starts.append(line)
                line += _count_lines(b.src)
            starts.append(line)
            self._line_starts = starts
        return self._line_starts[block]

    def plan(self) -> Plan:
        """The semantic view as pydantic models."""
        from editor.planfile.model import build_plan

        return build_plan(self)

    # -- editing: title and tags ---------------------------------------------------------------

    @property
    def title_as_written(self) -> str | None:
        """The title line after its "# " exactly, spaces and a trailing no-break space
        included: what a form field edits, so that what it shows is all that changes."""
        i = self.outline.title
        if i is None:
            return None
        line = self._blocks[i].line
        return line[2:] if line.startswith(("# ", "#\t")) else line[1:]

    def set_title(self, title: str, *, exact: bool = False) -> bool:
        """Make ``title`` the title. By default only the title as shown (``title``) changes;
        ``exact`` makes ``title`` all of the line after "# " (``title_as_written``)."""
        title = title.replace("\r", " ").replace("\n", " ")
        if title == (self.title_as_written if exact else self.title):
            return False
        blocks = list(self._blocks)
        i = self.outline.title
        if i is not None and exact:
            line = blocks[i].line
            marker = 2 if line.startswith(("# ", "#\t")) else 1
            eol = line_ending(blocks[i].src)
            blocks[i] = Block(TITLE, (line[:marker] if marker == 2 else "# ") + title + eol)
        elif i is not None:
            # Only the title as shown changes: "# ", spaces around it and a trailing no-break
            # space (hundreds of archive titles end in one) keep their bytes.
            line = blocks[i].line
            inner = line[1:]
            start = 1 + len(inner) - len(inner.lstrip())
            end = start + len(inner.strip())
            if end == start:
                line, start, end = layout.title_line("")[:-1], 2, 2
            eol = line_ending(blocks[i].src)
            blocks[i] = Block(TITLE, line[:start] + title + line[end:] + eol)
        else:
            blocks[0:0] = [
                Block(TITLE, self._nl(layout.title_line(title))),
                Block(TEXT, self.newline),
            ]
        self._set(blocks)
        return True

    def add_tag(
        self, key: str, value: str, before: int | None = None, after: int | None = None
    ) -> None:
        """Insert ``[[key:value]]`` where the exporter's order puts it, or just before the
        ``before``-th (just after the ``after``-th) tag line (0-based, in ``tags`` order) when
        that line is of the same kind: the same key, or a key the exporter writes in the same
        run (a country beside a latlng, two metafields). Repeated head lines (a codification
        page's types) stand next to each other, without a blank line between them."""
        _check_tag(key, value)
        blocks = list(self._blocks)
        tags = self.outline.tags
        for n, shift in ((before, 0), (after, 1)):
            if n is None or not 0 <= n < len(tags):
                continue
            near = tag_parts(blocks[tags[n]])[0]
            if near == key or (
                key not in layout.HEAD_KEYS and layout.tag_rank(near) == layout.tag_rank(key)
            ):
                if shift:
                    self._with_eol(blocks, tags[n])
                line = Block(TAG, self._nl(layout.tag_line(key, value)))
                blocks.insert(tags[n] + shift, line)
                self._set(blocks)
                return
        keys = [tag_parts(blocks[i])[0] for i in tags]
        line = Block(TAG, self._nl(layout.tag_line(key, value)))
        head = key in layout.HEAD_KEYS
        blank = Block(TEXT, self.newline)
        same = [i for i, k in zip(tags, keys, strict=False) if k == key]
        if same:
            at = same[-1] + 1
            new = [blank, line] if head else [line]
            self._with_eol(blocks, same[-1])
        else:
            rank = layout.tag_rank(key)
            later = [i for i, k in zip(tags, keys, strict=False) if layout.tag_rank(k) > rank]
            new = [line, blank] if head else [line]
            if later:
                at = later[0]
            elif tags:
                last = tags[-1]
                self._with_eol(blocks, last)
                at = last + 1
                if keys[-1] in layout.HEAD_KEYS:
                    at = self._after_blank_line(blocks, at)
                    new = [line, blank] if head else [line]
            elif self.outline.title is not None:
                t = self.outline.title
                self._with_eol(blocks, t)
                at = self._after_blank_line(blocks, t + 1)
            else:
                at = 0
        blocks[at:at] = new
        self._set(blocks)

    def _after_blank_line(self, blocks: list[Block], at: int) -> int:
        """Index just after one blank line starting at block ``at`` (splitting a text block)."""
        if at < len(blocks) and blocks[at].kind == TEXT:
            lines = split_lines(blocks[at].src)
            if lines and is_blank(lines[0]):
                if not line_ending(lines[0]):
                    lines[0] += self.newline  # the file's last line: end it before inserting
                rest = "".join(lines[1:])
                blocks[at : at + 1] = [Block(TEXT, lines[0])] + (
                    [Block(TEXT, rest)] if rest else []
                )
                return at + 1
            return at
        blocks.insert(at, Block(TEXT, self.newline))
        return at + 1

    def remove_tag(self, key: str, value: str | None = None) -> int:
        """Remove the tag lines of ``key`` (only those with ``value`` when given)."""
        doomed = [
            i
            for i in self.outline.tags
            if tag_parts(self._blocks[i])[0] == key
            and (value is None or tag_parts(self._blocks[i])[1] == value)
        ]
        if doomed:
            blocks = list(self._blocks)
            for i in reversed(doomed):
                self._remove_tag_block(blocks, i)
            self._set(blocks)
        return len(doomed)

    def _remove_tag_block(self, blocks: list[Block], i: int) -> None:
        key = tag_parts(blocks[i])[0]
        # A head line in a run of its kind (a page's types) leaves the run's blank line.
        in_run = i > 0 and blocks[i - 1].kind == TAG and tag_parts(blocks[i - 1])[0] == key
        if (
            key in layout.HEAD_KEYS
            and not in_run
            and i + 1 < len(blocks)
            and blocks[i + 1].kind == TEXT
        ):
            lines = split_lines(blocks[i + 1].src)
            if lines and is_blank(lines[0]):
                blocks[i + 1] = Block(TEXT, "".join(lines[1:]))
        del blocks[i]

    def replace_tag(self, index: int, value: str) -> bool:
        """Change the value of the ``index``-th tag line (0-based, in ``tags`` order)."""
        i = self.outline.tags[index]
        key, old = tag_parts(self._blocks[i])
        _check_tag(key, value)
        if old == value:
            return False
        blocks = list(self._blocks)
        blocks[i] = Block(TAG, f"[[{key}:{value}]]" + line_ending(blocks[i].src))
        self._set(blocks)
        return True

    def remove_tag_at(self, index: int) -> None:
        blocks = list(self._blocks)
        self._remove_tag_block(blocks, self.outline.tags[index])
        self._set(blocks)

    def set_tag(self, key: str, values: str | Iterable[str]) -> bool:
        """Make ``values`` the values of ``key``: existing lines change in place, in order."""
        wanted = [values] if isinstance(values, str) else list(values)
        current = self.tag_values(key)
        if wanted == current:
            return False
        positions = [n for n, t in enumerate(self.tags) if t.key == key]
        for n, value in zip(positions, wanted, strict=False):
            self.replace_tag(n, value)
        for n in reversed(positions[len(wanted) :]):
            self.remove_tag_at(n)
        for value in wanted[len(positions) :]:
            self.add_tag(key, value)
        return True

    # -- editing: answers ----------------------------------------------------------------------

    def set_answer(self, number: int, text: str) -> bool:
        """Make ``text`` the answer of question ``number`` (1-based), changing only what differs.

        The answer as shown (``Question.answer``) and ``text`` are compared: only the characters
        between their common start and common end are replaced in the file, so line endings,
        trailing spaces and blank lines outside the change keep their bytes, and an edit undone
        by hand (a character typed then deleted) gives back the file as it was.
        """
        text = normalise_eol(text).strip("\n")
        q = self._span(number)
        old = self._question(q).answer
        if old == text:
            return False
        blocks = list(self._blocks)
        if old and text and self._splice(blocks, q.texts, old, text):
            self._set_answer_text(blocks, number)
            return True
        body = self._nl(layout.answer_body(text))
        if q.texts:
            first = q.texts[0]
            lead, old_body, trail = _split_padding(blocks[first].src)
            # The exporter writes an answer as "\n<text>\n" after the prompt, and nothing for an
            # empty one: filling an empty answer adds its text and one blank line after it,
            # clearing one takes them away again, so that fill-then-clear is the identity.
            if not old_body:
                lines = split_lines(lead)
                lead, trail = lines[0], "".join(lines[1:]) + self.newline
            elif not body:
                after = split_lines(trail)
                if after:
                    trail = "".join(after[1:])
                else:  # added where the prompt had no line after it (below): the blank goes too
                    lead = "".join(split_lines(lead)[:-1])
            elif not line_ending(old_body) and not trail:
                body = body[: -len(self.newline)]  # keep "no final newline"
            blocks[first] = Block(TEXT, lead + body + trail)
            for i in q.texts[1:]:
                pad_lead, _, pad_trail = _split_padding(blocks[i].src)
                blocks[i] = Block(TEXT, pad_lead + pad_trail)
        else:
            self._with_eol(blocks, q.prompt)
            # Nothing after the new text: what follows a prompt is a structural line (never
            # another prompt), and clearing the answer then gives the file back as it was.
            after = ""
            blocks.insert(q.prompt + 1, Block(TEXT, self.newline + body + after))
        self._set(blocks)
        return True

    def restore_answer(self, number: int, source: PlanFile) -> bool:
        """Give question ``number`` the answer it has in ``source`` (the file as loaded) with
        that file's own bytes, when the question stands alike in both (same prompt line, same
        images); False, changing nothing, otherwise."""
        q, s = self._span(number), source._span(number)
        mine, theirs = self._blocks[q.prompt + 1 : q.end], source.blocks[s.prompt + 1 : s.end]
        if self._blocks[q.prompt] != source.blocks[s.prompt] or [
            b for b in mine if b.kind != TEXT
        ] != [b for b in theirs if b.kind != TEXT]:
            return False
        if mine == theirs:
            return False
        blocks = list(self._blocks)
        blocks[q.prompt + 1 : q.end] = theirs
        self._set(blocks, merge=False)
        return True

    def _splice(self, blocks: list[Block], texts: list[int], old: str, new: str) -> bool:
        """Replace in place the part of ``old`` (the text of blocks ``texts`` as shown, joined
        by a blank line) that ``new`` changes; False when the change does not lie within one
        text block (the caller rewrites the text then)."""
        start = 0
        limit = min(len(old), len(new))
        while start < limit and old[start] == new[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == new[-1 - end]:
            end += 1
        old_end, middle = len(old) - end, new[start : len(new) - end]
        offset = 0  # where the current block's text starts in ``old``
        for i in texts:
            lead, body, trail = _split_padding(blocks[i].src)
            shown = _body_text(body)
            if not shown:
                continue
            if offset <= start and old_end <= offset + len(shown):
                a = _source_offset(body, start - offset)
                b = _source_offset(body, old_end - offset)
                eol = line_ending(split_lines(body[a:])[0]) if body[a:] else ""
                inserted = middle.replace("\n", eol or self.newline)
                blocks[i] = Block(TEXT, lead + body[:a] + inserted + body[b:] + trail)
                return True
            offset += len(shown) + 2  # the blank line that joins two texts of one answer
            if offset > start:
                return False
        return False

    def set_checked(
        self, number: int, options: Iterable[str], offered: Iterable[str] | None = None
    ) -> bool:
        """Tick exactly ``options`` among ``offered`` (the options a form shows; by default
        ``options`` and those already ticked) in a checklist or radio answer.

        Only ``- option`` lines change: other text of the answer (a prompt's continuation,
        notes after the list) and ticked lines that are not offered (an empty ``- ``) stay as
        they are. A new line goes just after the option before it in the offered order (else first
        in the list); the list's first line after the answer's text, with a blank line between,
        as the exporter writes them.
        """
        wanted = list(options)
        lines = self.question(number).answer.split("\n")
        if lines == [""]:
            lines = []
        ticked = {n: _option_of(line) for n, line in enumerate(lines)}
        ticked = {n: o for n, o in ticked.items() if o is not None}
        order = list(offered) if offered is not None else []
        order += [o for o in wanted if o not in order]
        order += [o for o in ticked.values() if o and o not in order]
        shown = set(order) - {""}
        gone = [n for n, o in ticked.items() if o in shown and o not in wanted]
        first_gone = gone[0] if gone else None
        for n in reversed(gone):
            del lines[n]
            del ticked[n]
        ticked = {n - sum(1 for g in gone if g < n): o for n, o in ticked.items()}
        present = set(ticked.values())
        for option in [o for o in order if o in wanted and o not in present]:
            rank = order.index(option)
            earlier = [n for n, o in ticked.items() if o in order and order.index(o) < rank]
            if earlier:
                at = max(earlier) + 1
            elif ticked:
                at = min(ticked)
            elif first_gone is not None:
                at = min(first_gone, len(lines))
            else:
                if any(line.strip() for line in lines) and lines[-1].strip():
                    lines.append("")
                at = len(lines)
            lines.insert(at, f"- {option}")
            ticked = {(n + 1 if n >= at else n): o for n, o in ticked.items()}
            ticked[at] = option
        return self.set_answer(number, "\n".join(lines))

    # -- editing: structure --------------------------------------------------------------------

    def add_section(
        self,
        title: str,
        lead: str = "",
        questions: list[tuple[str, str]] | None = None,
        index: int | None = None,
    ) -> int:
        """Insert a section before section ``index`` (at the end by default); returns its index."""
        sections = self.outline.sections
        blocks = list(self._blocks)
        new = self._parse(layout.section(title, lead, questions))
        if index is None or index >= len(sections):
            index = len(sections)
            if blocks:
                self._with_eol(blocks, len(blocks) - 1)
            blocks.extend(new)
        else:
            at = sections[index].start
            blocks[at:at] = new
        self._set(blocks)
        return index

    def remove_section(self, index: int) -> None:
        s = self.outline.sections[index]
        blocks = list(self._blocks)
        del blocks[s.start : s.end]
        self._set(blocks)

    def add_question(
        self, section: int, prompt: str, answer: str = "", group: int | None = None
    ) -> int:
        """Append a question to a section (or inside a group); returns its number."""
        blocks = list(self._blocks)
        if group is not None:
            g = self.outline.groups[group]
            at = g.close if g.close is not None else len(blocks)
        else:
            at = self.outline.sections[section].end
        if at > 0:
            self._with_eol(blocks, at - 1)
        new = self._parse(layout.question(prompt, answer))
        blocks[at:at] = new
        self._set(blocks)
        return self._number_of(next(b for b in new if b.kind == PROMPT))

    def _number_of(self, prompt: Block) -> int:
        return next(q.number for q in self.outline.questions if self._blocks[q.prompt] is prompt)

    def remove_question(self, number: int) -> None:
        q = self._span(number)
        blocks = list(self._blocks)
        own = split_lines("".join(b.src for b in blocks[q.prompt : q.end]))
        del blocks[q.prompt : q.end]
        # The blank line before a prompt goes with it unless the question ends in one of its
        # own (as the exporter writes a question between two others): one blank stays between.
        if not is_blank(own[-1]):
            self._drop_blank_before(blocks, q.prompt)
        self._set(blocks)

    def add_group(
        self, section: int, questions: list[tuple[str, str]], after: int | None = None
    ) -> int:
        """Add a group block (a repeat of a sub-form) after group ``after`` or at section end."""
        blocks = list(self._blocks)
        if after is not None:
            g = self.outline.groups[after]
            at = (g.close if g.close is not None else g.open) + 1
            self._with_eol(blocks, at - 1)
            at = self._after_blank_line(blocks, at)  # the group's own trailing blank line
        else:
            at = self.outline.sections[section].end
            if at > 0:
                self._with_eol(blocks, at - 1)
        new = self._parse(layout.group(questions))
        blocks[at:at] = new
        self._set(blocks)
        marker = next(b for b in new if b.kind == OPEN)
        return next(n for n, g in enumerate(self.outline.groups) if self._blocks[g.open] is marker)

    def remove_group(self, index: int) -> None:
        """Remove a group block with the blank lines the exporter puts around it."""
        g = self.outline.groups[index]
        end = g.close + 1 if g.close is not None else self.outline.sections[g.section].end
        blocks = list(self._blocks)
        del blocks[g.open : end]
        self._drop_blank_before(blocks, g.open, 2)
        if g.open < len(blocks) and blocks[g.open].kind == TEXT:
            lines = split_lines(blocks[g.open].src)
            if lines and is_blank(lines[0]):
                blocks[g.open] = Block(TEXT, "".join(lines[1:]))
        self._set(blocks)

    def add_image(self, number: int, url: str, alt: str = "Missing alt text") -> None:
        q = self._span(number)
        blocks = list(self._blocks)
        self._with_eol(blocks, q.end - 1)
        blocks[q.end : q.end] = self._parse(layout.image(url, alt))
        self._set(blocks)

    def remove_image(self, number: int, index: int) -> None:
        """Remove an image line with the blank lines the exporter (and ``add_image``) puts
        around it: two before and one after; an image with fewer before it (one of a mosaic)
        takes only those."""
        at = self._span(number).images[index]
        blocks = list(self._blocks)
        del blocks[at]
        before = split_lines(blocks[at - 1].src) if at and blocks[at - 1].kind == TEXT else []
        after = split_lines(blocks[at].src) if at < len(blocks) and blocks[at].kind == TEXT else []
        b = next((n for n, line in enumerate(reversed(before)) if not is_blank(line)), len(before))
        a = next((n for n, line in enumerate(after) if not is_blank(line)), len(after))
        drop_b, drop_a = (2, min(1, a)) if b >= 2 else (b, 0)
        if drop_b:
            blocks[at - 1] = Block(TEXT, "".join(before[: len(before) - drop_b]))
        if drop_a:
            blocks[at] = Block(TEXT, "".join(after[drop_a:]))
        self._set(blocks)

    def _drop_blank_before(self, blocks: list[Block], at: int, count: int = 1) -> None:
        """After removing an item, drop the blank lines that led into it."""
        if at > 0 and blocks[at - 1].kind == TEXT:
            lines = split_lines(blocks[at - 1].src)
            while count and lines and is_blank(lines[-1]):
                lines.pop()
                count -= 1
            blocks[at - 1] = Block(TEXT, "".join(lines))


def _option_of(line: str) -> str | None:
    """The option of a ``- option`` line as shown (``&amp;`` as ``&``), or None for any other
    line."""
    m = _CHECK_LINE.match(line.rstrip())
    return None if m is None else entities.shown(m.group(1) or "")


def _source_offset(body: str, shown: int) -> int:
    """The index in ``body`` (with its own line endings) of character ``shown`` of its text as
    shown (line endings as ``\n``)."""
    if "\r" not in body:
        return shown
    src = 0
    for _ in range(shown):
        src += 2 if body.startswith("\r\n", src) else 1
    return src


def _check_tag(key: str, value: str) -> None:
    if not key or any(c in key for c in ":]\r\n") or key != key.strip():
        raise ValueError(f"not a tag key: {key!r}")
    if any(c in value for c in "\r\n") or value.endswith("]"):
        raise ValueError(f"a tag value cannot hold line breaks or end with ']': {value!r}")
