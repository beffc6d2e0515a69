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
ASCII_STOP = (rf"\.(?<=[{_HAN}”’」』）)%％]\.)"
              + "".join(rf"(?<!(?m:^){label}\.)(?<!{_LABEL_BEFORE}{label}\.)" for label in _LABELS)
              + rf"(?=[”’」』]?[ \t\u3000]*(?:[{_HAN}“‘「『（(《【]|(?m:$)))")
_STOPS = "。！？!?"
_END = rf"(?:[{_STOPS}]|{ASCII_STOP})"  # one sentence-ending mark
_END_SEMI = rf"(?:[{_STOPS}；;]|{ASCII_STOP})"
_SENTENCE = re.compile(rf"(?:[^{_STOPS}.]|(?!{ASCII_STOP})\.)+(?:{_END}+[{_CLOSERS}]*)?|{_END}+[{_CLOSERS}]*")
_SENTENCE_SEMI = re.compile(rf"(?:[^{_STOPS}；;.]|(?!{ASCII_STOP})\.)+(?:{_END_SEMI}+[{_CLOSERS}]*)?|{_END_SEMI}+[{_CLOSERS}]*")
# a comma grouping thousands ("2,800万元") is inside a figure, not between clauses
_GROUPING = r"(?<=\d),(?=\d{3}(?!\d))"
# …and so is a colon between digits: a ratio ("师生比1:350", "团青比1：40", "1∶200") or a time, not a lead-in
RATIO_COLONS = ":：∶"
_RATIO = rf"(?<=\d)\s*[{RATIO_COLONS}]\s*(?=\d)"
_CLAUSE = re.compile(rf"(?:{_RATIO}|[^，,；;。！？!?：:\n.]|(?!{ASCII_STOP})\.|{_GROUPING})+")
_CLAUSE_KEEP_COLON = re.compile(rf"(?:[^，,；;。！？!?\n.]|(?!{ASCII_STOP})\.|{_GROUPING})+")
# A mark that ends a sentence, for tests on a whole text ("is this a sentence?").
SENTENCE_PUNCT = re.compile(rf"[。；;！？!?]|{ASCII_STOP}")


def sentence_spans(text: str, *, semicolons: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence as printed (spaces kept), for callers that slice."""
    pattern = _SENTENCE_SEMI if semicolons else _SENTENCE
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text) if m.group().strip()]


def sentences(text: str, *, semicolons: bool = False) -> list[str]:
    """The sentences of a text, stripped, in order; `semicolons` also ends one at ；."""
    return [s.strip() for _, _, s in sentence_spans(text, semicolons=semicolons)]


def clauses(text: str, *, colons: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, text) of each clause; `colons=False` keeps "目标是：…" in one clause."""
    pattern = _CLAUSE if colons else _CLAUSE_KEEP_COLON
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
