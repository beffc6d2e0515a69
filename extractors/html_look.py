"""How a web page sets a line apart by its look: centred on a line of its own, bold throughout, or set larger
than the text. An old county site prints a document's title so (`<td align="center"><font size="5"><b>…`), an OA
form's page too, where <title> names only the office or the system.

Apart from `html.py` because reading the markup's and the inline style's look is its own question, asked of a
block's bold (its heading hint) and of a title line alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jihua.extractors.html_space import SPACE
from lxml import etree

_CENTRED = re.compile(r"(?:^|;)\s*text-align\s*:\s*center", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)
_SIZE_STYLE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(?:(x{0,2}-?large)|([\d.]+)\s*(px|pt|em|rem))", re.IGNORECASE)
# the least size that reads as larger than a page's text (16px / 12pt, <font size="3">, are the text's own)
_LARGER = {"px": 18.0, "pt": 14.0, "em": 1.2, "rem": 1.2}


def centred(el: etree._Element) -> bool:
    """Centred by its tag, its align or its style."""
    return el.tag == "center" or (el.get("align") or "").lower() == "center" or bool(_CENTRED.search(el.get("style") or ""))


def is_bold(el: etree._Element) -> bool:
    """Nearly all of the element's text in bold runs (<b>, <strong>, font-weight: bold)."""
    return _covered(el, lambda e: e.tag in ("b", "strong") or bool(_BOLD_STYLE.search(e.get("style") or "")))


def larger(el: etree._Element) -> bool:
    """Nearly all of the element's text set larger than a page's text (<font size="5">, font-size: 22px)."""
    return _covered(el, _larger_here)


def set_apart(el: etree._Element) -> bool:
    """Centred, bold or larger: the looks a page gives a title line over its text."""
    return centred(el) or is_bold(el) or larger(el)


def _larger_here(el: etree._Element) -> bool:
    size = (el.get("size") or "").strip() if el.tag == "font" else ""
    if size.startswith("+"):
        return size[1:].isdigit() and int(size[1:]) >= 1
    if size.isdigit():
        return int(size) >= 4
    m = _SIZE_STYLE.search(el.get("style") or "")
    if m is None:
        return False
    if m.group(1):
        return True
    try:
        return float(m.group(2)) >= _LARGER[m.group(3).lower()]
    except ValueError:
        return False


def _covered(el: etree._Element, look: Callable[[etree._Element], bool]) -> bool:
    """At least 90% of the element's text inside elements (itself included) of the look, each counted once."""
    text = SPACE.sub("", el.text_content())
    if not text:
        return False
    marked = [e for e in el.iter() if isinstance(e.tag, str) and look(e)]
    seen = set(marked)
    outer = [e for e in marked if not any(a in seen for a in e.iterancestors())]
    return sum(len(SPACE.sub("", e.text_content())) for e in outer) >= 0.9 * len(text)
