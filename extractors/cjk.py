"""Joining text fragments the way Chinese is written: no spaces between CJK characters.

PDF text layers, OCR output and wrapped lines all arrive as fragments; a space-joining
default (right for English) splits Chinese words and breaks later matching.
"""

from __future__ import annotations

import re
import unicodedata

_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x2FA1F),
)

_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200b\u3000]+")


def is_cjk(ch: str) -> bool:
    """True for Han characters, CJK punctuation and full-width forms."""
    if not ch:
        return False
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES) or unicodedata.east_asian_width(ch) in ("W", "F")


def display_width(text: str) -> int:
    """Display columns, as a terminal counts them: two for a wide or full-width character ("　", "增"),
    one for any other ("8", "%", a space)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "%.+-/")


def needs_space(left: str, right: str) -> bool:
    """Whether a space belongs between two fragments: only between two Latin/number words."""
    if not left or not right:
        return False
    a, b = left[-1], right[0]
    return _is_word_char(a) and _is_word_char(b)


def join_fragments(parts: list[str]) -> str:
    """Join fragments (words, characters, wrapped lines) with spaces only where Latin needs them."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        out = f"{out} {part}" if needs_space(out, part) else out + part
    return out


def tidy_spaces(text: str) -> str:
    """Drop spaces that touch a CJK character; collapse the rest (keeps "GB 18030", drops "2023 年")."""
    text = _SPACES.sub(" ", text).strip()
    if " " not in text:
        return text
    pieces = text.split(" ")
    return join_fragments(pieces) if pieces else text
