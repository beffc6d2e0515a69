"""HTML text as it prints: an element's lines (split at <br>, and at the line breaks of preformatted text) and
its length without link text.

Apart from `html.py` because both the article finder and the table reader (`html_tables.py`) measure and read
elements this way, and neither should import the other's module for it.
"""

from __future__ import annotations

import re
from typing import Any

from jihua.extractors.html_space import SPACE, collapsed
from lxml import etree


def text_len(el: etree._Element) -> int:
    """Non-link text length: link lists are navigation, not article text."""
    total = len(SPACE.sub("", el.text_content()))
    links = sum(len(SPACE.sub("", a.text_content())) for a in el.iter("a"))
    return max(0, total - links)


def element_lines(el: etree._Element) -> list[str]:
    """Text of an element split at <br> (and at the line breaks of preformatted text), inline markup flattened."""
    parts = [""]
    for piece in el.xpath(".//text() | .//br"):
        if not isinstance(piece, str):
            parts.append("")
        elif _preformatted(_holder(piece)):
            first, *rest = _LINE_END.split(piece)
            parts[-1] += first
            parts += rest
        else:
            parts[-1] += piece
    listing = any(a.tag in _LISTING_TAGS for a in (el, *el.iterancestors()) if isinstance(a.tag, str))
    return [t for t in (collapsed(p, listing).strip(" \u3000") for p in parts) if t]


def lead_lines(el: etree._Element) -> list[str]:
    """The lines of an element's own text before its first child: one line, or, where the text shows its own line
    breaks (an article that is a <textarea>, as an OA form's 正文), each of them."""
    text = el.text or ""
    pieces = _LINE_END.split(text) if _preformatted(el) else [text]
    return [t for t in (collapsed(p).strip(" \u3000") for p in pieces) if t]


def _holder(text: Any) -> etree._Element | None:
    """The element a text node of an xpath result shows in: its parent's, for the tail after a child."""
    parent = text.getparent()
    return parent.getparent() if text.is_tail and parent is not None else parent


_LINE_END = re.compile(r"\r\n|[\r\n]")
_LISTING_TAGS = frozenset(("td", "th", "li"))
_PRE_TAGS = frozenset(("pre", "textarea", "listing", "xmp", "plaintext"))
_WHITE_SPACE = re.compile(r"(?:^|;)\s*white-space\s*:\s*([a-z-]+)", re.IGNORECASE)


def _preformatted(el: etree._Element | None) -> bool:
    """Whether the text is shown with its own line breaks: inside <pre> or <textarea>, or an element styled
    white-space: pre / pre-wrap / pre-line / break-spaces (the nearest element that says decides: a <span
    style="white-space:normal"> inside a <pre> collapses again). "二、主要任务\n（一）…" in a <pre> is two lines."""
    for a in (() if el is None else (el, *el.iterancestors())):
        if not isinstance(a.tag, str):
            continue
        said = _WHITE_SPACE.search(a.get("style") or "")
        if said:
            return said.group(1).lower() in ("pre", "pre-wrap", "pre-line", "break-spaces")
        if a.tag.lower() in _PRE_TAGS:
            return True
    return False
