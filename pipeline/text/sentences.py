"""Sentences and clauses: the one splitter every layer uses.

A sentence ends at 。！？ (and ； unless the caller keeps semicolon clauses together); closing
quotes and brackets that follow the mark stay with the sentence they close, so "要求“三到位”。”" and
"……。”" never leave a stray ” at the start of the next sentence. Offices that type with half-width
punctuation end sentences with an ASCII "." ("…延伸到楼道.推行…"): read as 。 wherever it cannot be a list
label, a decimal or a file name (ASCII_STOP), the printed text left as typed. A clause also ends at ，、：, but not at a
colon between two figures: "团青比1：40" is a ratio, whichever colon it is printed with.
"""

from __future__ import annotations

import re

_CLOSERS = "”’」』》）)】\"'"
_HAN = "\u4e00-\u9fff"
_CN_DIGITS = "一二三四五六七八九十"
# An ASCII "." typed as a full stop: after a Han character, a closing quote or bracket or a percent sign, and
# before a Han character, an opening quote or bracket or the line's end (a closing quote may stand between). Not a label's "."
# at a line's start, after its indent or after a sentence ("一." "十二." "（1）.", "…要求。三.保障措施"), nor a decimal's ("1.5", "3.2万") or a file name's ("方案.pdf"): no Han character
# stands on both sides of those.
_LABEL_BEFORE = r"[\s\u3000。！？；;：:.]"  # what a label may stand after besides a line's start: indent, a sentence's end
_LABELS = (f"[{_CN_DIGITS}]", f"[{_CN_DIGITS}]{{2}}", f"[{_CN_DIGITS}]{{3}}", r"[（(].[）)]", r"[（(]..[）)]")
# The "." is matched first and the look-behinds then read back over it: a search fails at once wherever no "."
# stands (with the look-behinds first, every position of a text paid for all of them: 18× a plain mark's search).
_STOP_BEHIND = (rf"\.(?<=[{_HAN}”’」』）)%％]\.)"
                + "".join(rf"(?<!(?m:^){label}\.)(?<!{_LABEL_BEFORE}{label}\.)" for label in _LABELS))
ASCII_STOP = _STOP_BEHIND + rf"(?=[”’」』]?[ \t\u3000]*(?:[{_HAN}“‘「『（(《【]|(?m:$)))"
# In a text typed with half-width punctuation throughout (a "," ";" or ":" between two Han characters), a "." after
# a Han character or a percent sign also ends a sentence before a figure: "增长7.2%.2026年," is two sentences (the
# next one opens with its year). A decimal, a domain or "No.1" has no Han character or % before its ".".
_HALF_WIDTH_STOP = _STOP_BEHIND + rf"(?=[”’」』]?[ \t\u3000]*(?:[{_HAN}“‘「『（(《【\d]|(?m:$)))"
_HALF_WIDTH_TEXT = re.compile(rf"[{_HAN}][,;:][{_HAN}]")
_STOPS = "。！？!?"
# a comma grouping thousands ("2,800万元") is inside a figure, not between clauses
_GROUPING = r"(?<=\d),(?=\d{3}(?!\d))"
# …and so is a colon between digits: a ratio ("师生比1:350", "团青比1：40", "1∶200") or a time, not a lead-in
RATIO_COLONS = ":：∶"
_RATIO = rf"(?<=\d)\s*[{RATIO_COLONS}]\s*(?=\d)"


def _patterns(stop: str) -> tuple[re.Pattern[str], ...]:
    """The sentence and clause patterns for one reading of the ASCII "." (see ASCII_STOP, _HALF_WIDTH_STOP)."""
    end, end_semi = rf"(?:[{_STOPS}]|{stop})", rf"(?:[{_STOPS}；;]|{stop})"
    return (re.compile(rf"(?:[^{_STOPS}.]|(?!{stop})\.)+(?:{end}+[{_CLOSERS}]*)?|{end}+[{_CLOSERS}]*"),
            re.compile(rf"(?:[^{_STOPS}；;.]|(?!{stop})\.)+(?:{end_semi}+[{_CLOSERS}]*)?|{end_semi}+[{_CLOSERS}]*"),
            re.compile(rf"(?:{_RATIO}|[^，,；;。！？!?：:\n.]|(?!{stop})\.|{_GROUPING})+"),
            re.compile(rf"(?:[^，,；;。！？!?\n.]|(?!{stop})\.|{_GROUPING})+"))


_FULL_WIDTH_PATTERNS = _patterns(ASCII_STOP)
_HALF_WIDTH_PATTERNS = _patterns(_HALF_WIDTH_STOP)
# A mark that ends a sentence, for tests on a whole text ("is this a sentence?").
SENTENCE_PUNCT = re.compile(rf"[。；;！？!?]|{ASCII_STOP}")


def _patterns_for(text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns for a text typed in half-width punctuation, else the ordinary ones."""
    return _HALF_WIDTH_PATTERNS if "." in text and _HALF_WIDTH_TEXT.search(text) else _FULL_WIDTH_PATTERNS


def sentence_spans(text: str, *, semicolons: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence as printed (spaces kept), for callers that slice."""
    pattern = _patterns_for(text)[1 if semicolons else 0]
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text) if m.group().strip()]


def sentences(text: str, *, semicolons: bool = False) -> list[str]:
    """The sentences of a text, stripped, in order; `semicolons` also ends one at ；."""
    return [s.strip() for _, _, s in sentence_spans(text, semicolons=semicolons)]


def clauses(text: str, *, colons: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, text) of each clause; `colons=False` keeps "目标是：…" in one clause."""
    pattern = _patterns_for(text)[2 if colons else 3]
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
