"""Numbered parts a web copy glued into one line: "二、主要任务（一）强化…。（二）深化…。（三）…".

Copies from document sites often lose the line breaks between a part's heading and its
numbered sub-parts, or between sub-parts. A label inside a line starts a new line again when
it can only be a new part: it stands after a sentence end (。；！？; a first label also after
a lead-in "："), or right after a short unpunctuated heading that opens the line with its own
label ("二、主要任务（一）…"); and the labels of one
family count up from where the line's own label or 1 left off. A cross-reference ("第三条（一）项")
fails both tests and stays inside its sentence.
"""

from __future__ import annotations

import itertools
import re

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.numbering import match_label

# labels that may open a part glued into a line: （一） (1) 一、 1、 — not "1." (decimals, dates)
_INNER = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?<![\d一二三四五六七八九十])(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")
_SENTENCE_END = re.compile(r"[。；;！？!?]\s*$")
_LEAD_IN = re.compile(r"[:：]\s*$")  # "做好以下工作：1、…" opens a list
_HEAD_PREFIX = 20  # "二、主要任务" before a glued "（一）": a heading, no punctuation, this short at most
_PUNCT = re.compile(r"[，,。；;：:！？!?、]")


def _cut_points(text: str) -> list[int]:
    """Where glued parts start, in order (never 0)."""
    own = match_label(text)
    last: dict[str, int] = {own[0].family: own[0].ordinal or 0} if own and own[0].ordinal else {}
    points: list[int] = []
    start = len(text) - len(own[1]) if own else 0  # past the line's own label
    for m in _INNER.finditer(text, start):
        found = match_label(text[m.start(): m.start() + 60])
        if found is None or found[0].ordinal is None:
            continue
        label = found[0]
        before = text[max(points[-1] if points else 0, m.start() - 4): m.start()]
        after_sentence = bool(_SENTENCE_END.search(before)) or (label.ordinal == 1 and _LEAD_IN.search(before) is not None)
        after_heading = own is not None and not points and 0 < m.start() - start <= _HEAD_PREFIX \
            and not _PUNCT.search(text[start: m.start()])
        if not (after_sentence or after_heading):
            continue
        if label.ordinal != last.get(label.family, 0) + 1:
            continue
        last[label.family] = label.ordinal
        points.append(m.start())
    return points


def unglue(unit: Unit) -> list[Unit] | None:
    """The line cut back into its parts, or None when nothing was glued."""
    text = unit.text
    points = _cut_points(text)
    if not points:
        return None
    bounds = [0, *points, len(text)]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return [Unit(text=piece, block=unit.block.model_copy(update={"kind": "paragraph", "text": piece}))
            for piece in pieces if piece]
