"""Sentences and clauses: the one splitter every layer uses.

A sentence ends at 。！？ (and ； unless the caller keeps semicolon clauses together); closing
quotes and brackets that follow the mark stay with the sentence they close, so "要求“三到位”。”" and
"……。”" never leave a stray ” at the start of the next sentence. A clause also ends at ，、：, but not at a
colon between two figures: "团青比1：40" is a ratio, whichever colon it is printed with.
"""

from __future__ import annotations

import re

_CLOSERS = "”’」』》）)】\"'"
_SENTENCE = re.compile(rf"[^。！？!?]+(?:[。！？!?]+[{_CLOSERS}]*)?|[。！？!?]+[{_CLOSERS}]*")
_SENTENCE_SEMI = re.compile(rf"[^。！？!?；;]+(?:[。！？!?；;]+[{_CLOSERS}]*)?|[。！？!?；;]+[{_CLOSERS}]*")
# a comma grouping thousands ("2,800万元") is inside a figure, not between clauses
_GROUPING = r"(?<=\d),(?=\d{3}(?!\d))"
# …and so is a colon between digits: a ratio ("师生比1:350", "团青比1：40", "1∶200") or a time, not a lead-in
RATIO_COLONS = ":：∶"
_RATIO = rf"(?<=\d)\s*[{RATIO_COLONS}]\s*(?=\d)"
_CLAUSE = re.compile(rf"(?:{_RATIO}|[^，,；;。！？!?：:\n]|{_GROUPING})+")
_CLAUSE_KEEP_COLON = re.compile(rf"(?:[^，,；;。！？!?\n]|{_GROUPING})+")
# A mark that ends a sentence, for tests on a whole text ("is this a sentence?").
SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")


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
