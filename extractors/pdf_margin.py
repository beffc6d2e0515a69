"""Comments printed in the margin beside the text: a cloud document's or a word processor's export
"with comments" sets the body in a column of about two thirds of the page and each comment as a
card beside the paragraph it is on ("王某 3月2日 09:15" over "数额请再核对。"), in a smaller type,
at a left edge of its own. Read across by their tops, the cards' lines fall between the body's:
an author's line reads as a heading, a sentence is cut where a card stands beside it ("…不少于
600" / comment / "台。"). The cards are told here and set aside (the extractor keeps them as
comments); the body then reads on across the gaps they leave.
"""

from __future__ import annotations

from collections import Counter

from jihua.extractors.pdf_lines import TOLERANCE, Char, text_lines
from jihua.extractors.slides import SLIDE_ASPECT

TextLine = tuple[str, list[Char]]
NOTE_EDGE = 0.62  # share of the page's width past which the comments' column starts (the body's is ~70% wide)
NOTE_TYPE = 0.85  # comments are set this much of the body's size at most (10.5 pt beside 14–16 pt)
_OWN_EDGE = 2 / 3  # share of the comments' lines starting at their column's edge
_NARROW = 0.5  # the comments' column is at most half as wide as the body beside it
_MIN_NOTES = 2  # a card holds its author's line and its text


def _box(chars: list[Char]) -> tuple[float, float, float, float]:
    """(x0, x1, top, bottom) of a line: its characters come left to right."""
    return chars[0][1], max(c[2] for c in chars), min(c[3] for c in chars), max(c[4] for c in chars)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _beside(box: tuple[float, float, float, float], others: list[tuple[float, float, float, float]],
            reach: float) -> list[int]:
    """The lines (of `others`) standing level with `box`, within `reach` above or below it."""
    return [k for k, o in enumerate(others) if o[2] < box[3] + reach and o[3] > box[2] - reach]


def margin_notes(lines: list[TextLine], width: float, height: float) -> tuple[list[TextLine], list[TextLine]] | None:
    """The page's body lines and the comments in its right margin, or None when it holds none. The
    comments start past `NOTE_EDGE` of the page's width, each level with a body line (a folio or a
    closing set right stands alone), in a type clearly smaller than the body's, most at one left edge
    of their own, on their own line pitch (a table's last column shares its rows' tops), in a column
    much narrower than the body, which nowhere runs into it. A comment's line whose top falls within
    a body line's was read into it, past a wide gap: it comes off there. A slide's text boxes stand
    side by side in any sizes: a landscape page is not asked."""
    if width <= 0 or height <= 0 or width / height >= SLIDE_ASPECT or len(lines) < 2 * _MIN_NOTES:
        return None
    edge = NOTE_EDGE * width
    if sum(chars[0][1] >= edge for _, chars in lines) < _MIN_NOTES:
        return None  # the test most pages stop at, on each line's first character (its box's left edge)
    boxes = [_box(chars) for _, chars in lines]
    past = [k for k, b in enumerate(boxes) if b[0] >= edge]
    body = [k for k in range(len(lines)) if k not in set(past)]
    size = _median([c[5] for k in body for c in lines[k][1]]) if body else 0.0
    others = [boxes[k] for k in body]
    notes = [k for k in past if _beside(boxes[k], others, size)]
    left = _margin_edge(lines, notes, boxes, others, size) if size > 0 else None
    if left is None:
        return None
    near = {body[j] for k in notes for j in _beside(boxes[k], others, size)}
    cuts = {k: _cut(lines[k][1], left, size) for k in near if boxes[k][1] > left - 0.5 * size}
    if any(cut is None for cut in cuts.values()):
        return None  # a body line runs on into the comments' column: it is no margin
    out: list[TextLine] = []
    noted = [lines[k] for k in notes]
    for k, line in enumerate(lines):
        cut = cuts.get(k)
        if cut is not None:
            out += text_lines(cut[0])
            noted += text_lines(cut[1])
        elif k not in notes:
            out.append(line)
    noted.sort(key=lambda line: min(c[3] for c in line[1]))
    return out, noted


def _margin_edge(lines: list[TextLine], notes: list[int], boxes: list[tuple[float, float, float, float]],
                 others: list[tuple[float, float, float, float]], size: float) -> float | None:
    """The comments column's left edge, when the lines past the edge have its shape (see `margin_notes`)."""
    if len(notes) < _MIN_NOTES or _median([c[5] for k in notes for c in lines[k][1]]) > NOTE_TYPE * size:
        return None
    starts = Counter(round(boxes[k][0]) for k in notes)
    left, count = starts.most_common(1)[0]
    if count < _OWN_EDGE * len(notes) or any(boxes[k][0] < left - 1 for k in notes):
        return None
    body_left = min(o[0] for o in others)
    if max(boxes[k][1] for k in notes) - left > _NARROW * (left - body_left):
        return None
    level = [o[2] for o in others]
    if 2 * sum(any(abs(boxes[k][2] - top) <= TOLERANCE for top in level) for k in notes) > len(notes):
        return None
    return float(left)


def _cut(chars: list[Char], left: float, size: float) -> tuple[list[Char], list[Char]] | None:
    """A body line's characters and those of a comment read into it: the comment's start at the
    column's edge past a gap, in the comments' smaller type; None when the line runs on into the
    column (no such gap, or text of the body's size past it)."""
    for k in range(len(chars) - 1, 0, -1):
        if chars[k][1] < left - 1:
            return None
        if chars[k][1] <= left + 1 and chars[k][1] - chars[k - 1][2] >= 0.5 * size:
            head, tail = chars[:k], chars[k:]
            small = max(c[5] for c in tail) <= NOTE_TYPE * size
            return (head, tail) if small and head[-1][2] <= left - 0.5 * size else None
    return None
