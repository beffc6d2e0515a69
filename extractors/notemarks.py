"""Footnote marks set in a sentence ("“四上”企业①数量净增", "饮水安全¹保持"): which marks, and after what.

A reader that sees a mark set apart from the text — a PDF's small raised glyphs, a web page's <sup> — drops the
same marks by the same rule (a Word file's footnote reference holds no text to drop). The note the mark points to
is kept: a PDF's and a Word file's as furniture of kind `notes`, a page's end notes too (pipeline.annex.end_notes).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

# a note's mark: a number (one or two digits), a circled number, a star — or a small roman numeral ("ii")
NOTE_MARK_CHARS = frozenset("0123456789*①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
ROMAN_MARK_CHARS = frozenset("ivxIVX")
_LONGEST = 2  # characters: "12" is a note's number, "2025" a year
# a roman note number, i to xx (an editor's notes are numbered "i ii iii" as often as "1 2 3")
_ROMAN = re.compile(r"^(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})$|^(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$")


def is_note_mark(text: str) -> bool:
    """"①", "3", "12", "*", "ii": the text of a mark set apart (raised, superscript), nothing else."""
    t = text.strip()
    return (0 < len(t) <= _LONGEST and all(ch in NOTE_MARK_CHARS for ch in t)) or _ROMAN.match(t) is not None


def follows_a_word(before: str) -> bool:
    """A mark set right after `before` (the character before it) points to a note: after a word, a closing quote, a
    figure ("企业①", "“两重”②", "6.8亿元¹") — not after a space (a list's own number) nor a Latin letter, whose
    raised digit is a unit's power (m², km²)."""
    return bool(before.strip()) and not (before.isascii() and before.isalpha())


# a length unit a raised 2 or 3 squares or cubes ("5000米²", "3平方公里" printed "3公里²", "2万米³")
_LENGTH_UNIT = re.compile(r"(?:厘米|千米|公里|米)$")
_POWER_WORDS = {"2": "平方", "3": "立方"}


def unit_power(before: str, mark: str) -> str | None:
    """The word a raised "2"/"3" after a length unit stands for ("米²" is 平方米, "米³" 立方米), or None: after a
    length unit it is a power, never a note's number. The target reader reads the unit written out (平方米)."""
    return _POWER_WORDS.get(mark.strip()) if _LENGTH_UNIT.search(before) else None


def points_to_note(before: str, mark: str) -> bool:
    """A mark set right after the text `before` is a note's: after a word (`follows_a_word`), but no unit's power."""
    return follows_a_word(before[-1:]) and unit_power(before, mark) is None


def _before(el: etree._Element) -> tuple[etree._Element | None, str, str]:
    """What is printed right before `el` within its paragraph: the element holding it, which of its strings ("tail"
    of the element before `el`, or "text" its parent opens with; None and "" at the paragraph's start)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # (a comment between)
        prev = prev.getprevious()
    if prev is not None:
        if prev.tail:
            return prev, "tail", prev.tail.rstrip("\r\n")
        return None, "", (prev.text_content() or "").rstrip("\r\n")
    parent = el.getparent()
    return (parent, "text", (parent.text or "").rstrip("\r\n")) if parent is not None else (None, "", "")


def drop_note_marks(article: etree._Element) -> None:
    """Footnote marks in a superscript right after a word ("“两重”<sup>②</sup>项目", "饮水安全<sup>1</sup>保持") out
    of the text, as a PDF's raised marks are: left in, "②" and "1" join the sentence and its figures.
    A superscript opening its paragraph is the note's own number; one after a Latin letter a unit's power (m²); a
    "2"/"3" after a length unit its power too, written out ("5000米<sup>2</sup>" reads "5000平方米")."""
    for sup in list(article.iter("sup")):
        mark = sup.text_content()
        if not is_note_mark(mark):
            continue
        holder, attr, before = _before(sup)
        power, unit = unit_power(before, mark), _LENGTH_UNIT.search(before)
        if power and unit and holder is not None:
            setattr(holder, attr, before[:unit.start()] + power + unit.group(0))
            sup.drop_tree()  # the power written into the unit ("平方米"); its tail stays
        elif power is None and follows_a_word(before[-1:]):
            sup.drop_tree()  # (its tail, the sentence going on, stays)
