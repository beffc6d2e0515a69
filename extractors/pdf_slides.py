"""Slides printed to PDF: a deck read page by page as the PowerPoint reader reads its slides.

A deck saved as PDF (LibreOffice's or PowerPoint's export) keeps each slide a landscape page
with a few lines of large type: a title at the top, bullets under it. Read as a typed
document, the cover's wrapped title splits in two, the 目录 slide's entries read as headings,
a slide's title looks like a new document's, a "PART 01" over its part title is body text and
two text boxes side by side are read across. Here each page of such a deck gets the roles the
PowerPoint reader gives a slide (the cover's title, `slide_title`, `divider`, `subtitle`, a
`toc` slide), its drawn bullets are taken off as the bullets PowerPoint keeps out of the text
are, and the stages apply their deck rules (closing slide, agenda, slide titles that open no
document) to both formats alike.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from itertools import pairwise
from typing import Any

from jihua.extractors.cjk import join_lines
from jihua.extractors.layout import (
    CLAUSE_OVER,
    FIGURE,
    BodyMetrics,
    Line,
    PageGeometry,
    Paragraph,
    paragraphs,
)
from jihua.extractors.slides import COVER_FIELD, PART_NUMBER, SLIDE_ASPECT, cover_line, divider_title
from jihua.extractors.slides import DRAWN_BULLET as _DRAWN_BULLET
from jihua.schemas.blocks import TOC_TITLE

Piece = tuple[Paragraph, dict[str, Any]]  # a paragraph and what the slide makes of it (Block fields)

_SLIDE_LINES = 12  # a slide's text lines (median over the deck): a typed page holds three times as many
_TITLE_SIZE = 24.0  # points: a slide's title type; a typed page's headings are set at 16-22
_TITLED_SHARE = 0.5  # share of the pages that open on their title
_RIVAL = 1.2  # a title is set this much larger than every other line of its slide


def _texts(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.furniture is None and ln.table is None and ln.text.strip()]


def _opens_on_title(texts: list[Line]) -> bool:
    """The page's first line is its title: set in a title's type, larger than all the rest."""
    return bool(texts) and texts[0].size >= _TITLE_SIZE and all(ln.size * _RIVAL <= texts[0].size for ln in texts[1:]
                                                                if ln.size < texts[0].size - 0.5)


def is_deck(pages: list[list[Line]], geometry: list[PageGeometry]) -> bool:
    """A deck printed to PDF: landscape pages of few lines, most opening on a title in large type
    ("某县教育局2026年重点工作安排" over its cover lines, "指导思想" over two bullets), none running on
    from the page before (`_runs_on`): a slide's text stays on its slide."""
    texts = [_texts(lines) for lines in pages]
    counts = [len(t) for t in texts if t]
    if len(counts) < 3 or any(g.height <= 0 or g.width / g.height < SLIDE_ASPECT for g in geometry):
        return False
    titled = sum(_opens_on_title(t) for t in texts if t)
    if statistics.median(counts) > _SLIDE_LINES or titled < _TITLED_SHARE * len(counts):
        return False
    filled = [t for t in texts if t]
    return not any(_runs_on(prev, page) for prev, page in pairwise(filled))


def _runs_on(prev: list[Line], page: list[Line]) -> bool:
    """The page goes on with the page before's paragraph, as a typed page breaks: that page's last two
    lines set in one type full to one edge, the last mid-clause ("…成立由主要负责同志任组长的工作专"),
    and this page opening on no title and no bullet but on a line of that type at its left margin
    ("班，细化任务分工…")."""
    if len(prev) < 2 or _opens_on_title(page) or _DRAWN_BULLET.match(page[0].text):
        return False
    above, last, first = prev[-2], prev[-1], page[0]
    wrapped = abs(above.size - last.size) <= 0.5 and abs(above.x1 - last.x1) <= last.size
    full = last.x1 >= max(ln.x1 for ln in prev) - last.size
    at_margin = first.x0 <= min(ln.x0 for ln in page) + 0.5 * first.size
    return (wrapped and full and at_margin and CLAUSE_OVER.search(last.text) is None
            and abs(first.size - last.size) <= 0.5)


def _title_run(texts: list[Line], height: float) -> int:
    """How many of the slide's first lines are its title (0: none): the first line and the lines in
    its type right under it (a title wrapped to fit), larger than all the rest, short, no sentence
    and no figure, a date or a field line ("2026年1月", "汇报单位：…") never part of it; at the top of
    the page, or set in a title's type on a slide of short lines only (a cover, "谢谢！" over
    "敬请批评指正"); a cover of small type mid-page ("某镇人民政府" over "2026年1月") has none."""
    head = texts[0]
    if COVER_FIELD.match(head.text):
        return 0
    n = 1
    while (n < len(texts) and abs(texts[n].size - head.size) <= 0.5 and texts[n].top - texts[n - 1].bottom <= head.size
           and not COVER_FIELD.match(texts[n].text)):
        n += 1
    text = join_lines([ln.text for ln in texts[:n]])
    rest = texts[n:]
    if any(ln.size * _RIVAL > head.size for ln in rest if not COVER_FIELD.match(ln.text)) or len(text) > 40 \
            or text.rstrip()[-1] in "。；;" or FIGURE.fullmatch(text):
        return 0
    at_top = head.top <= 0.3 * height
    return n if at_top or (head.size >= _TITLE_SIZE and all(cover_line(ln.text) for ln in rest)) else 0


def _levels(bullets: list[Line]) -> dict[int, int]:
    """Each bullet line's level (by id): its indent's rank among the slide's bullet indents."""
    steps: list[float] = []
    for x0 in sorted(ln.x0 for ln in bullets):
        if not steps or x0 - steps[-1] > 0.5 * min(ln.size for ln in bullets):
            steps.append(x0)
    return {id(ln): sum(x0 < ln.x0 - 0.5 * ln.size for x0 in steps) for ln in bullets}


def _unbulleted(ln: Line, mark: str) -> Line:
    """The line without its drawn bullet ("•新建…" → "新建…")."""
    lead = ln.bold_lead
    if lead is not None and lead.startswith(mark):
        lead = lead[len(mark):] or None
    return replace(ln, text=ln.text[len(mark):], bold_lead=lead)


def _wraps(prev: Line, ln: Line, indent: float, right: float) -> bool:
    """`ln` goes on a bullet's entry: set as the line above, indented past the bullet, the line above
    full to the box's edge ("■（一）第一阶段…" set bold over a plain line stands alone)."""
    return (ln.table is None and ln.x0 > indent + 0.5 * ln.size and prev.x1 >= right - 2 * prev.size
            and abs(ln.size - prev.size) <= 0.5 and ln.bold == prev.bold)


def _body(lines: list[Line], metrics: BodyMetrics) -> list[Piece]:
    """A slide's body: each drawn bullet opens an entry, its wrapped lines going on (`_wraps`); text
    typed without bullets is joined into paragraphs as on a typed page."""
    bullets = [ln for ln in lines if ln.table is None and _DRAWN_BULLET.match(ln.text)]
    levels = _levels(bullets) if bullets else {}
    right = max((ln.x1 for ln in lines if ln.table is None), default=0.0)
    out: list[Piece] = []
    plain: list[Line] = []
    entry: Paragraph | None = None
    indent = 0.0
    for ln in lines:
        mark = _DRAWN_BULLET.match(ln.text) if ln.table is None else None
        if entry is not None and mark is None and _wraps(entry.lines[-1], ln, indent, right):
            entry.lines.append(ln)
            continue
        if mark is None:
            entry = None
            plain.append(ln)
            continue
        out += [(p, {}) for p in paragraphs(plain, metrics)]
        plain = []
        entry, indent = Paragraph([_unbulleted(ln, mark.group())]), ln.x0
        out.append((entry, {"num_level": levels[id(ln)] or None}))
    return out + [(p, {}) for p in paragraphs(plain, metrics)]


def _divider(texts: list[Line], body: list[Line], first: bool, height: float) -> list[Piece] | None:
    """A section-divider slide: a part number and its title ("PART 02" / "主要目标"), or one short
    line alone below the top of the page ("二、主要做法及成效"); the divider's heading, or None."""
    if first or len(texts) != len([ln for ln in body if ln.furniture is None]):
        return None  # a cover, or a table on the slide: no divider
    numbers = [ln for ln in texts if PART_NUMBER.match(ln.text)]
    if len(numbers) == 1:
        k = divider_title([ln.text for ln in texts])
        if k is None:
            return None
        title = texts[k]
        others = [(Paragraph([ln]), {"furniture": "chrome"}) for ln in texts if ln is not title and ln is not numbers[0]]
        return [(Paragraph([title]), {"kind": "heading", "role": "divider", "numbering": numbers[0].text.strip()}),
                *others]
    if len(texts) == 1 and not numbers and texts[0].top > 0.3 * height and cover_line(texts[0].text):
        return [(Paragraph([texts[0]]), {"kind": "heading", "role": "divider"})]
    return None


def _slide(lines: list[Line], first: bool, height: float, metrics: BodyMetrics) -> list[Piece]:
    """One page read as a slide: its title, then its body (a 目录 slide's lines all set aside)."""
    body = [ln for ln in lines if ln.furniture is None]
    texts = _texts(body)
    if any(TOC_TITLE.match(ln.text) for ln in texts):
        return [(Paragraph([ln]), {"furniture": "toc"} | ({"kind": "heading", "role": "slide_title"}
                                                           if TOC_TITLE.match(ln.text) else {})) for ln in body]
    divider = _divider(texts, body, first, height)
    if divider is not None:
        return divider
    n = _title_run(texts, height) if texts and body[0] is texts[0] else 0
    if not n:
        return _body(body, metrics)
    title = (Paragraph(texts[:n]), {"kind": "title" if first else "heading", "role": "slide_title"})
    rest = [ln for ln in body if all(ln is not t for t in texts[:n])]
    if first:
        short = [ln for ln in rest if ln.table is None and cover_line(ln.text)]
        if len(short) == len(rest):  # the cover's issuer, date, "汇报单位：…" lines
            return [title, *[(Paragraph([ln]), {"role": "subtitle"}) for ln in rest]]
    return [title, *_body(rest, metrics)]


def read_deck(pages: list[list[Line]], geometry: list[PageGeometry], metrics: BodyMetrics) -> list[Piece]:
    """Every page read as a slide, the first as the deck's cover."""
    return [piece for n, (lines, geo) in enumerate(zip(pages, geometry, strict=True))
            for piece in _slide(lines, n == 0, geo.height, metrics)]
