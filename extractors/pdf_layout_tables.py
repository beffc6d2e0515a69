"""A PDF's ruled two-column table that only lays out the text, read back as headings and paragraphs.

An office template sets a plan in a grid: each part's heading in the left cell ("一、工作目标"), its text in the
right one ("到年底，某某满意度达到90%以上。…"). Printed to PDF the grid is ruled like any table, and read as one the
whole body would be a table's cells. The DOCX reader unrolls such a table from the XML (`docx_lines.labelled_layout`
is the test both apply); here the same test is made on the PDF's cells, across the pages the table runs over (a
long text cell goes on at the top of the next page beside an empty label cell), and each right cell's text is cut
into paragraphs where the PDF shows them: a first line set in, a line left short at a sentence's end, a wider gap.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from itertools import pairwise

from jihua.extractors.docx_lines import labelled_layout
from jihua.extractors.layout import LABEL_START, Line, Paragraph

_SENTENCE_END = tuple("。！？；：!?;:”）)")
_INDENT = 0.8  # ems further in than the cell's other lines: a paragraph's first line (two characters in)
_SHORT = 1.5  # ems short of the cell's right edge: the line ended its paragraph
_GAP = 1.4  # times the cell's usual line pitch: space between paragraphs


class _Row:
    """One part of the text: its label's lines and its text's lines (over as many pages as it runs)."""

    def __init__(self, label: list[Line]) -> None:
        self.label = label
        self.text: list[Line] = []


def _chain(paras: list[Paragraph], start: int) -> int:
    """The end of the run of two-column tables from `start`, each on the page after the one before."""
    end = start + 1
    while end < len(paras) and paras[end].first.cells is not None \
            and paras[end].first.page == paras[end - 1].first.page + 1:
        end += 1
    return end


def _rows(tables: list[Line]) -> list[_Row] | None:
    """The parts the tables lay out: a row whose label cell is empty goes on with the part above (a page break
    cut its text); None when the first row has no label."""
    rows: list[_Row] = []
    for table in tables:
        for k, (label, text) in enumerate(table.cells or []):
            if label:
                rows.append(_Row(label))
            elif not rows or k:
                return None  # only a cut row opens a page without its label
            rows[-1].text.extend(text)
    return rows


def _frames(lines: list[Line]) -> dict[int, tuple[float, float]]:
    """The left and right edges of the text cells' lines, page by page."""
    frames: dict[int, tuple[float, float]] = {}
    for ln in lines:
        left, right = frames.get(ln.page, (ln.x0, ln.x1))
        frames[ln.page] = (min(left, ln.x0), max(right, ln.x1))
    return frames


def _breaks(prev: Line, ln: Line, frames: dict[int, tuple[float, float]], pitch: float) -> bool:
    """Whether `ln` opens a paragraph of the cell after `prev`: set in ("　　（二）提升服务水平。…"), after a line
    left short at a sentence's end, after a wider gap, after a heading set bold on a line of its own, or a part's
    label after a closed sentence."""
    size = ln.size or prev.size
    if ln.x0 > frames[ln.page][0] + _INDENT * size:
        return True
    if prev.x1 < frames[prev.page][1] - _SHORT * size and prev.text.rstrip().endswith(_SENTENCE_END):
        return True
    if ln.page == prev.page and pitch and ln.top - prev.top > _GAP * pitch:
        return True
    if prev.bold_lead is not None and prev.bold_lead == prev.text and ln.bold_lead is None:
        return True
    return bool(LABEL_START.match(ln.text)) and prev.text.rstrip().endswith(_SENTENCE_END)


def _paragraphs(row: _Row, frames: dict[int, tuple[float, float]], pitch: float) -> list[Paragraph]:
    """A part's text cut into its paragraphs; a fragment on a new page goes on with the paragraph above
    unless a break shows there."""
    out: list[Paragraph] = []
    prev: Line | None = None
    for ln in row.text:
        if prev is None or _breaks(prev, ln, frames, pitch):
            out.append(Paragraph([ln]))
        else:
            out[-1].lines.append(ln)
        prev = ln
    return out


def _pitch(rows: list[_Row]) -> float:
    """The usual distance from one line's top to the next one's in the text cells."""
    steps = [b.top - a.top for row in rows for a, b in pairwise(row.text) if a.page == b.page and b.top > a.top]
    return statistics.median(steps) if steps else 0.0


def _set_at_margin(lines: list[Line], shift: float) -> list[Line]:
    """The text cell's lines laid over the label column, `shift` to the left (as a right column's lines are,
    see `Line.shift`): their indent is read from the cell's edge, not the page's."""
    return [replace(ln, x0=ln.x0 - shift, x1=ln.x1 - shift, shift=ln.shift + shift) for ln in lines]


def _unrolled(tables: list[Line]) -> list[Paragraph] | None:
    """The label and text paragraphs of a run of tables that lay out the text, or None for a table of data."""
    rows = _rows(tables)
    if not rows:
        return None
    frames = _frames([ln for row in rows for ln in row.text])
    pitch = _pitch(rows)
    parts = [(row, _paragraphs(row, frames, pitch)) for row in rows]
    label_text = [Paragraph(row.label).text for row in rows]
    if not labelled_layout([([label], [p.text for p in paras]) for label, (_, paras) in zip(label_text, parts, strict=True)]):
        return None
    label_left = min(ln.x0 for row in rows for ln in row.label)
    out: list[Paragraph] = []
    for row, paras in parts:
        out.append(Paragraph(row.label, label=True))
        for para in paras:
            shift = max(0.0, frames[para.first.page][0] - label_left)
            out.append(Paragraph(_set_at_margin(para.lines, shift)))
    return out


def unroll_layout_tables(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each ruled two-column table that lays out the text (`labelled_layout`) replaced by its
    labels, as headings of the first level, and its text's paragraphs; a table of data stays a table."""
    out: list[Paragraph] = []
    k = 0
    while k < len(paras):
        if paras[k].first.cells is None:
            out.append(paras[k])
            k += 1
            continue
        end = _chain(paras, k)
        unrolled = _unrolled([p.first for p in paras[k:end]])
        out.extend(unrolled if unrolled is not None else paras[k:end])
        k = end
    return out
