"""Headings the level pass reads as one: a numbered heading Word wrapped over two paragraphs, a
divider's heading its slide repeats, a deck's continuation slide ("一、工作回顾（续）").

Each joins or drops heading units after their roles are decided and before levels are assigned,
so the stack pass in `outline` sees one heading per part.
"""

from __future__ import annotations

import re

from jihua.pipeline.headings import STRUCTURAL
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import CONTINUED_MARK, SECTION_CUES, TABLE_CAPTION, part_names_ending
from jihua.pipeline.rules.numbering import LOOKALIKE_LABEL
from jihua.pipeline.run_in import JOINS_NEXT
from jihua.pipeline.text.normalize import bare

_OPEN_END = re.compile(r"[。；;：:，,]\s*$")  # a heading line that stops mid-sentence goes on below


# the cues of a heading set apart by its look alone, no label: a wrapped numbered heading's second line
UNLABELLED_CUES = ("bold short line", "font unlike the body", "short unpunctuated line before body")


def _wrapped(head: Unit, tail: Unit, after: Unit | None, later: list[Unit]) -> bool:
    """"三、持续提升政府" / "治理效能和服务水平": a numbered heading broken over two paragraphs set
    alike; the second line has no label, names no part of its own, and body text follows it. Not
    when the first line already ends in a part's name ("二、重点工作"), the second is a table's
    caption, or the second is one of a series: more unlabelled headings set like it follow
    under the same numbered part ("培育壮大创新主体" … "建设创新平台载体" … "优化创新生态")."""
    if tail.gap_before or _opens_its_own(head, tail):  # a blank line between: the copy broke the paragraphs there
        return False
    a, b = head.block, tail.block
    same_set = (a.bold, a.font, a.font_size, a.align) == (b.bold, b.font, b.font_size, b.align)
    if not (head.label is not None and head.label.family in STRUCTURAL and tail.label is None
            and tail.heading_cue in UNLABELLED_CUES and same_set and len(head.body) + len(tail.body) <= 40
            and not any(p.search(tail.body) for _, p in SECTION_CUES)
            and after is not None and after.role != "heading"):
        return False
    named = any(part_names_ending(head.body.strip()))
    caption = TABLE_CAPTION.match(tail.body) is not None or (after is not None and after.block.kind == "table")
    return not (named or caption or _one_of_a_series(tail, later))


def _opens_its_own(head: Unit, tail: Unit) -> bool:
    """"（二）管网改造" / "1I.主干管网": under a heading line that ends complete (no 。；：， and no word binding
    what follows, "和", "的"), a line opening with what reads as an item label — a figure or its OCR
    look-alike and a stop, even one no family reads — is an item of its own, never the heading's second line."""
    ends = head.body.rstrip()
    return LOOKALIKE_LABEL.match(tail.text) is not None and not (_OPEN_END.search(ends) or JOINS_NEXT.search(ends))


def _one_of_a_series(tail: Unit, later: list[Unit]) -> bool:
    """Two more unlabelled headings set like `tail` come before the next numbered part (one
    later bold line — a 专栏 — makes no series)."""
    alike = 0
    for u in later:
        if u.role == "heading" and u.label is not None and u.label.family in STRUCTURAL:
            break
        if u.role == "heading" and u.label is None and u.heading_cue == tail.heading_cue \
                and (u.block.bold, u.block.font_size) == (tail.block.bold, tail.block.font_size):
            alike += 1
    return alike >= 2


def join_wrapped(units: list[Unit]) -> list[Unit]:
    """A numbered heading broken over two lines set alike (`_wrapped`): one heading, as written."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        prev = out[-1] if out else None
        after = units[i + 1] if i + 1 < len(units) else None
        if prev is not None and prev.role == "heading" and u.role == "heading" and _wrapped(prev, u, after, units[i + 2:]):
            prev.body += u.body
            prev.text += u.text
            continue
        out.append(u)
    return out


def without_repeats(units: list[Unit], title: str | None) -> tuple[list[Unit], list[tuple[str, str]]]:
    """A divider and the slide after it repeat one heading; a content slide may repeat the title.
    The repeats go, each with its reason for `removed`. `title` is None when the document prints
    none: a file's name in its place repeats no line ("春耕备耕那些事.txt" opening on that heading)."""
    out: list[Unit] = []
    dropped: list[tuple[str, str]] = []
    title_key = bare(title) if title is not None else None
    last_heading: Unit | None = None
    for u in units:
        if u.role == "heading":
            key = bare(CONTINUED_MARK.sub("", u.body))
            if key == title_key:
                dropped.append((u.text, "the document's title printed again as a heading"))
                continue
            if last_heading is not None and out and out[-1] is last_heading and bare(last_heading.body) == key:
                dropped.append((u.text, "a heading repeated right under itself (a divider and the slide after it)"))
                continue
            last_heading = u
        out.append(u)
    return out, dropped


def _continues(heading: Unit, open_headings: list[Unit]) -> bool:
    """"一、工作回顾（续）" goes on with the part "一、工作回顾" still open at its level or above (a deck
    carries a long part over several slides): the same words, the same label or none, and a mark
    saying so. Without the mark, or once that part is closed, it is a heading of its own."""
    text = CONTINUED_MARK.sub("", heading.body)
    if text == heading.body or not bare(text):
        return False
    label = heading.label.text if heading.label is not None else None
    return any(bare(o.body) == bare(text) and label in (None, o.label.text if o.label is not None else None)
               for o in open_headings if o.level <= heading.level)


def join_continued(units: list[Unit]) -> list[Unit]:
    """Continuation headings dropped: what follows them stays in the part they continue (under its
    deepest heading still open, as text running on over a page break does)."""
    out: list[Unit] = []
    open_headings: list[Unit] = []
    for u in units:
        if u.role == "heading":
            if _continues(u, open_headings):
                continue
            while open_headings and open_headings[-1].level >= u.level:
                open_headings.pop()
            open_headings.append(u)
        out.append(u)
    return out
