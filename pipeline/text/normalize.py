"""Text normalisation for matching, with the printed text left as it was.

PDFs emit Kangxi radicals ("⼀" U+2F00 for "一"); those are extraction artefacts and are
repaired in the printed text too. Full-width/half-width variants are real typography:
they are kept in print and folded only in the matching form.
"""

from __future__ import annotations

import re
import unicodedata

_RADICALS = re.compile(r"[\u2e80-\u2fdf]")
_SPACE = re.compile(r"[\s\u3000\u00a0]+")
# quotes of either script's style ("“四下”" in a simplified text, "「四下」" in its traditional copy) drop alike
_PUNCT = re.compile(r"[\s，,。.;；:：、!！?？“”「」『』\"'‘’《》<>（）()\[\]【】—\-·…*~～]+")


def repair(text: str) -> str:
    """Fix extraction artefacts in printed text: radicals for characters, stray control chars."""
    text = _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if text.isprintable():  # no character of category C (a line without one is read once, at C speed)
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def fold(text: str) -> str:
    """Matching form: NFKC (full-width digits and punctuation folded), spaces collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def bare(text: str) -> str:
    """Matching form without punctuation or spaces: for comparing wording, not layout."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text or ""))


def in_order(short: str, full: str) -> bool:
    """Whether every character of `short` stands in `full`, in the same order (gaps allowed): how a
    shortened Chinese name keeps its full name's characters ("社零额", "污水处理率")."""
    rest = iter(full)
    return all(ch in rest for ch in short)
