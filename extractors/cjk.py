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


# a line broken after a joining mark glued to the word before it ("0736-", "2025—", "km/") before a figure or a
# Han character: one word the wrap cut, no two words a space parts; a mark spaced off its word ("2020 -") is
# printed apart and stays so. After a "/" a Latin word goes on too: an address's path ("…gov.cn/" | "zwgk/")
_BROKEN_AT_MARK = re.compile(r"(?<=\S)[-—/]$")
_GOES_ON = re.compile(r"^[0-9\u3400-\u9fff]")
_GOES_ON_AFTER_SLASH = re.compile(r"^[0-9A-Za-z\u3400-\u9fff]")


def join_lines(lines: list[str]) -> str:
    """Join the wrapped lines of one paragraph or cell (`join_fragments`), no space where a line broke after
    "-", "—" or "/" and the next goes on with a digit or a Han character: "咨询电话0736-" / "5218866。" is one
    number. A spaced mark stays as printed, inside one line or at its end ("2020 -" | "2025": "2020 - 2025")."""
    out = ""
    for line in lines:
        line = line.strip()
        if _BROKEN_AT_MARK.search(out) and (_GOES_ON_AFTER_SLASH if out.endswith("/") else _GOES_ON).match(line):
            out += line
        else:
            out = join_fragments([out, line])
    return out


def tidy_spaces(text: str) -> str:
    """Drop spaces that touch a CJK character; collapse the rest (keeps "GB 18030", drops "2023 年")."""
    text = _SPACES.sub(" ", text).strip()
    if " " not in text:
        return text
    pieces = text.split(" ")
    return join_fragments(pieces) if pieces else text


# a decimal outline label opening a printed line ("2.1.3", "1.2", "3"), the gap the PDF set after it (a
# space or a tab), then a heading's first Han character or quote — no date's word ("12 月", a figure's)
_LABEL_GAP = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){0,3}) (?=[\u4e00-\u9fff“])(?![年月日号时])")
_CLAUSE = re.compile(r"[。，、；：！？,;:!?]")
HEADING_CHARS = 30  # a heading's words after its label fit one line; a full body line runs longer or has a mark
# a figure's or a table's number opening a printed line ("图1", "表2-1"), the gap set after it, then its name: the
# caption's own shape ("图1 全县产业布局示意图"), which the caption reader (`pipeline.captions`) knows it by
_CAPTION_GAP = re.compile(r"^((?:附?表|图)\d{1,2}(?:[-—.．]\d{1,2})?) (?=[\u4e00-\u9fff“《（(])")


def label_gap(text: str) -> int | None:
    """Where the gap after a decimal outline label stands in a tidied line that keeps it (`tidy_line`)."""
    m = _LABEL_GAP.match(text)
    return m.end() - 1 if m else None


def tidy_line(text: str) -> str:
    """`tidy_spaces` for one printed line, keeping the gap after a decimal outline label the line opens
    with: "2.1.3 开展危桥改造" stays spaced, for "2.1开展…" alone reads as a figure to the label reader.
    Three or four parts are no figure; one or two keep the gap only on a heading's line — short, no
    clause mark ("1 总体要求"), not "12.5 万元，用于…" — and a wrapped line closes it up again where it
    goes on a paragraph ("…完成" / "3 个乡镇…": `close_label_gap`). A caption's number keeps its gap on the
    same terms ("图1 全县产业布局示意图"): closed up, the caption reader takes it for a sentence's words."""
    if _SPACES.search(text) is None:
        return text.strip()  # no blank to tidy or keep (most lines): what the steps below come to
    text = _SPACES.sub(" ", text).strip()
    m = _LABEL_GAP.match(text) or _CAPTION_GAP.match(text)
    if m is None:
        return tidy_spaces(text)
    rest = tidy_spaces(text[m.end():])
    parts = len(re.findall(r"\d+", m.group(1)))
    if parts < 3 and (len(rest) > HEADING_CHARS or _CLAUSE.search(rest)):
        return tidy_spaces(text)
    return f"{m.group(1)} {rest}"


def close_label_gap(text: str) -> str:
    """A line's kept label gap closed up: the line goes on a paragraph, its figure is the text's ("3 个乡镇")."""
    k = label_gap(text)
    return text if k is None else text[:k] + text[k + 1:]
