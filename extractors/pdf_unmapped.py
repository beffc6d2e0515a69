"""A text layer without Unicode: fonts embedded without a ToUnicode map (or a usable encoding).

Such a page prints fine, but its text is glyph numbers: PDFium returns control bytes and
Latin-1 letters, pdfminer "(cid:N)". The page has no usable text layer, so it is read like a
scan. A cheap look at the lines already built (control characters, private-use code points
or "(cid:N)" making a fair share of the text) picks the suspects; PDFium's own flag for
characters without a mapping, on a sample of the page's characters, decides. A normal page
costs one regex pass over its lines.
"""

from __future__ import annotations

import re
from typing import Any

import pypdfium2.raw as pdfium_c
from jihua.extractors.layout import Line

_SUSPECT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]|\(cid:\d+\)")
_HITS, _HIT_SHARE = 3, 0.15  # a suspect page: this many characters of glyph numbers, this share of its text
_SAMPLE = 64  # characters looked at on a suspect page
_SHARE = 0.5  # more than this share unmapped: the page has no usable text


def _suspect(lines: list[Line]) -> bool:
    """Glyph numbers show through: several, and a fair share of the text (a page of Word's
    private-use bullets is not a suspect; tables' cells count too)."""
    hits = total = 0
    for ln in lines:
        for text in [ln.text] if ln.table is None else [c for row in ln.table for c in row if c]:
            hits += sum(map(len, _SUSPECT.findall(text)))  # characters: "(cid:12)" is all glyph number
            total += len(text)
    return hits >= _HITS and hits >= _HIT_SHARE * total


def _unmapped_share(doc: Any, page_no: int) -> float:
    """Share of a sample of the page's printed characters PDFium finds no Unicode for."""
    page = doc[page_no - 1]
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        count = textpage.count_chars()
        step = max(1, count // _SAMPLE)
        seen = bad = 0
        for i in range(0, count, step):
            if pdfium_c.FPDFText_IsGenerated(raw, i) == 1 or chr(pdfium_c.FPDFText_GetUnicode(raw, i)).isspace():
                continue
            seen += 1
            bad += pdfium_c.FPDFText_HasUnicodeMapError(raw, i) == 1
        return bad / seen if seen else 0.0
    finally:
        textpage.close()
        page.close()


def unmapped(doc: Any, page_no: int, lines: list[Line]) -> bool:
    """True when most of the page's text has no Unicode mapping: read it as an image instead."""
    return bool(lines) and _suspect(lines) and _unmapped_share(doc, page_no) > _SHARE

