"""A Word file a converter made from a PDF ("PDF转Word"): the printed page kept, line by line.

Such a file ends a paragraph (or sets a soft break) at every printed line, so its sentences stop mid-way; it keeps
each page's running header and folio as text between the pages' lines; and, where the converter read the page by
OCR, it sets a space between characters. A DOCX is read so when its lines show a printed wrap (`reflow.wrap_width`:
many wide lines of one width stopping mid-sentence, and most of its lines such) or it prints folios in its text
(Word sets its page numbers in the footer, out of the text); then it is read as a text copy of a PDF is: folios and
running lines aside (`pagebreaks`), systematic letter-spacing out (`webcopy.unspace`), and the wrapped lines joined
(`reflow`, or across each page break only). Any other DOCX passes as it came.
"""

from __future__ import annotations

from jihua.extractors.docx_lines import printed_wrap, wrap_joined
from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.pagebreaks import join_page_breaks, page_furniture_aside
from jihua.pipeline.reflow import Wrap, reflow, wrap_width
from jihua.pipeline.webcopy import unspace
from jihua.schemas.blocks import PAGE_NUMBER

_MOST = 0.5  # of a file's text lines, the share that must be wrapped lines for the file to be line-broken
_FOLIOS = 2  # folio lines in the text before a DOCX counts as a printed page kept


def _lines(units: list[Unit]) -> list[Unit]:
    """Each unit's soft-broken lines as units of their own (a converter joins a paragraph's lines by <w:br/>)."""
    out: list[Unit] = []
    for unit in units:
        parts = [t.strip() for t in unit.text.split("\n")] if unit.block.kind == "paragraph" else [unit.text]
        parts = [t for t in parts if t] or [unit.text]
        if len(parts) == 1:
            out.append(unit)
            continue
        out += [Unit(text=t, block=unit.block.model_copy(update={"text": t}), gap_before=unit.gap_before and k == 0)
                for k, t in enumerate(parts)]
    return out


def _line_broken(lines: list[Unit], wrap: Wrap) -> bool:
    """Most of the file's text lines are as wide as its wrap: a page's lines, not a typist's paragraphs (a Word
    file of paragraphs has a few wide lines at most, the last lines of its paragraphs all widths)."""
    text = [u for u in lines if u.block.kind == "paragraph"]
    return bool(text) and sum(1 for u in text if wrap.wide(u)) >= _MOST * len(text)


def _paged(units: list[Unit]) -> bool:
    """Folios printed as lines of the text ("— 2 —", "第2页 共5页"): a page kept as text, never Word's own. A bare
    number on a line ("2026", "3") is no evidence: a cover's year, a list's count."""
    return sum(1 for u in units if u.block.kind != "table" and PAGE_NUMBER.match(u.text.strip())
               and not u.text.strip().isdigit()) >= _FOLIOS


def _unspaced(units: list[Unit]) -> list[Unit]:
    """Each text line with the converter's systematic letter-spacing out (`webcopy.unspace`: most neighbouring Han
    characters spaced apart, never a single gap) and a paragraph's remaining printed wrap joined."""
    out: list[Unit] = []
    for unit in units:
        text = unit.text
        if unit.block.kind == "paragraph":
            rows = [unspace(t.strip()) for t in text.split("\n") if t.strip()]
            text = wrap_joined(rows) if printed_wrap(rows, least=2) else "\n".join(rows)
        out.append(Unit(text=text, block=unit.block.model_copy(update={"text": text}), gap_before=unit.gap_before))
    return out


def unbreak_converted(units: list[Unit], state: ParseState) -> list[Unit]:
    """A converted DOCX's paragraphs joined back and its page furniture aside; any other file's units as they came."""
    if state.format != "docx":
        return units
    lines = _unspaced(_lines(units))
    wrap = wrap_width(lines)
    if wrap is not None and _line_broken(lines, wrap):
        return reflow(page_furniture_aside(lines, state)[0], wrap)
    if not _paged(units):
        return units
    kept, resumes = page_furniture_aside(_unspaced(units), state)
    return join_page_breaks(kept, resumes)
