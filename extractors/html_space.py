"""White space in a web page's text as a browser shows it.

A page's source wraps its lines wherever its editor or CMS did; a browser joins them by CSS Text's
rules, and the text jihua reads must read as the page does ("不少于\n20场" is "不少于20场").
"""

from __future__ import annotations

import re
from itertools import pairwise

from jihua.extractors.cjk import is_cjk

SPACE = re.compile(r"[ \t\r\n\u00a0]+")
_WRAP = re.compile(r"[ \t\r\n\u00a0]*[\r\n][ \t\r\n\u00a0]*")  # white space holding a line break of the source


def collapsed(text: str, listing: bool = False) -> str:
    """White space collapsed as a browser shows it: a line break of the source between two CJK characters (or one
    and a figure) is no space at all (CSS Text 3 §4.1.2, segment breaks in East Asian text): "不少于\n20场" reads
    "不少于20场", "镇党委中\n心工作" "镇党委中心工作"; elsewhere any run of white space is one space ("5G\nCPE" "5G CPE").
    A break between two names, one a line ("县农机站\n县林业站"), stays a space: the source lists them (see
    `_listed`; `listing`: the text is a table cell's or a list item's)."""
    if "\n" in text or "\r" in text:
        segments = _WRAP.split(text)
        out = segments[0]
        for before, after in pairwise(segments):
            listed = _listed(before, listing) and _listed(after, listing)
            out += (" " if listed or not _joins(before[-1:], after[:1]) else "") + after
        text = out
    return SPACE.sub(" ", text)


_NAME_LINE = 12  # a source line this short, all words, is a name of a list ("县农业农村局"), no cut sentence
_CELL_LINE = 30  # in a cell or list item, whose lines a browser would wrap as one box, a phrase of a list


def _listed(segment: str, listing: bool) -> bool:
    """A source line that is an entry of a list, one a line: words only, no punctuation or figure, short ("张振华",
    "县住房和城乡建设局"); a line of running text cut mid-sentence carries its sentence's marks
    ("…不少于" | "30场，覆盖…")."""
    words = segment.strip(" \t\u00a0\u3000")
    return 0 < len(words) <= (_CELL_LINE if listing else _NAME_LINE) and all(c.isalpha() or c in " \t\u00a0\u3000"
                                                                               for c in words)


def _joins(before: str, after: str) -> bool:
    """Whether a wrapped line's break vanishes: CJK on one side, CJK or a digit on the other."""
    return (is_cjk(before) and (is_cjk(after) or after.isdigit())) or (before.isdigit() and is_cjk(after))
