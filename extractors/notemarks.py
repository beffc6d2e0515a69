"""Footnote marks set in a sentence ("“四上”企业①数量净增", "饮水安全¹保持"): which marks, and after what.

A reader that sees a mark set apart from the text — a PDF's small raised glyphs, a web page's <sup> — drops the
same marks by the same rule (a Word file's footnote reference holds no text to drop). The note the mark points to
is kept: a PDF's and a Word file's as furniture of kind `notes`, a page's end notes too (pipeline.annex.end_notes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

# a note's mark: a number (one or two digits), a circled number, a star
NOTE_MARK_CHARS = frozenset("0123456789*①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_LONGEST = 2  # characters: "12" is a note's number, "2025" a year


def is_note_mark(text: str) -> bool:
    """"①", "3", "12", "*": the text of a mark set apart (raised, superscript), nothing else."""
    t = text.strip()
    return 0 < len(t) <= _LONGEST and all(ch in NOTE_MARK_CHARS for ch in t)


def follows_a_word(before: str) -> bool:
    """A mark set right after `before` (the character before it) points to a note: after a word, a closing quote, a
    figure ("企业①", "“两重”②", "6.8亿元¹") — not after a space (a list's own number) nor a Latin letter, whose
    raised digit is a unit's power (m², km²)."""
    return bool(before.strip()) and not (before.isascii() and before.isalpha())


def _char_before(el: etree._Element) -> str:
    """The character printed right before `el` within its paragraph ("" at the paragraph's start): the tail of the
    element before it, that element's own text, or the text its parent opens with."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # (a comment between)
        prev = prev.getprevious()
    if prev is not None:
        before = prev.tail or prev.text_content() or ""
    else:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
    return before.rstrip("\r\n")[-1:]


def drop_note_marks(article: etree._Element) -> None:
    """Footnote marks in a superscript right after a word ("“两重”<sup>②</sup>项目", "饮水安全<sup>1</sup>保持") out
    of the text, as a PDF's raised marks are: left in, "②" and "1" join the sentence and its figures.
    A superscript opening its paragraph is the note's own number; one after a Latin letter a unit's power (m²)."""
    for sup in list(article.iter("sup")):
        if is_note_mark(sup.text_content()) and follows_a_word(_char_before(sup)):
            sup.drop_tree()  # (its tail, the sentence going on, stays)
