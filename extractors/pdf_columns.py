"""Two-column pages: find the gutter, read the left column, then the right.

A text layer gives characters with positions; grouping them into lines by their tops reads
straight across a two-column page ("…死亡人安全知识进企业…"). A gutter is an x-range, in the
middle of the page, that no character crosses over most of the page's text height, with
full lines on both sides (the left column's lines reach it, the right column's start at it).
Lines above and below that block (a full-width title, a closing) keep their place.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter, sub

from jihua.extractors.pdf_lines import Char, text_lines

TextLine = tuple[str, list[Char]]
_ZONE = (0.3, 0.7)  # the gutter lies in the middle of the page
_MIN_LINES = 3  # lines each column needs
_MIN_BLOCK = 0.6  # share of the page's text height the columns span
_FLUSH = 0.5  # share of a column's lines that reach the gutter


@dataclass
class Columns:
    """A page read column by column: its lines in reading order, and how far each was moved left
    (the right column is laid over the left one, so the paragraph rules see one text frame)."""

    lines: list[TextLine]
    shifts: list[float]


def _spans(chars: list[Char]) -> list[tuple[float, float]]:
    """The x-ranges a line's characters cover (touching characters merged)."""
    spans: list[tuple[float, float]] = []
    for c in sorted(chars, key=lambda c: c[1]):
        if spans and c[1] <= spans[-1][1] + 1.0:
            spans[-1] = (spans[-1][0], max(spans[-1][1], c[2]))
        else:
            spans.append((c[1], c[2]))
    return spans


def _coverage(lines: list[list[tuple[float, float]]], lo: int, hi: int) -> list[int]:
    """How many lines cover each 1-pt column from lo to hi (a difference array)."""
    diff = [0] * (hi - lo + 2)
    for spans in lines:
        for x0, x1 in spans:
            a, b = max(int(x0), lo), min(int(x1) + 1, hi + 1)
            if a < b:
                diff[a - lo] += 1
                diff[b - lo] -= 1
    out, run = [], 0
    for d in diff[:-1]:
        run += d
        out.append(run)
    return out


def _widest_run(cov: list[int], level: int) -> tuple[int, int] | None:
    """The widest run of positions whose coverage is at most `level` (start, end exclusive)."""
    best: tuple[int, int] | None = None
    start = None
    for k, v in enumerate([*cov, level + 1]):
        if v <= level and start is None:
            start = k
        elif v > level and start is not None:
            if best is None or k - start > best[1] - best[0]:
                best = (start, k)
            start = None
    return best


def _block(crossing: list[bool]) -> tuple[int, int]:
    """The longest stretch of lines (in top order) that do not cross the gutter."""
    best, start = (0, 0), None
    for k, cross in enumerate([*crossing, True]):
        if not cross and start is None:
            start = k
        elif cross and start is not None:
            if k - start > best[1] - best[0]:
                best = (start, k)
            start = None
    return best


def _crosses(spans: list[tuple[float, float]], g0: float, g1: float) -> bool:
    return any(x0 < g1 and x1 > g0 for x0, x1 in spans)


def _gutter(lines: list[TextLine], width: float) -> tuple[float, float, int, int] | None:
    """(gutter left, gutter right, first, end) of the column block, or None for one column."""
    spans = [_spans(chars) for _, chars in lines]
    lo, hi = int(width * _ZONE[0]), int(width * _ZONE[1])
    cov = _coverage(spans, lo, hi)
    least = min(cov)
    if least > len(lines) * 0.4:
        return None  # most lines run across the middle: one column
    run = _widest_run(cov, least)
    if run is None:
        return None
    first, end = _block([_crosses(s, lo + run[0], lo + run[1]) for s in spans])
    block = spans[first:end]
    tops = [min(c[3] for c in chars) for _, chars in lines]
    bottoms = [max(c[4] for c in chars) for _, chars in lines]
    page_height = max(bottoms) - min(tops)
    if end - first < 2 * _MIN_LINES or bottoms[end - 1] - tops[first] < _MIN_BLOCK * page_height:
        return None
    run = _widest_run(_coverage(block, lo, hi), 0)
    if run is None:
        return None
    return lo + run[0], lo + run[1], first, end


def _is_columns(left: list[TextLine], right: list[TextLine], g0: float, g1: float) -> bool:
    """Full columns on both sides: enough lines, most reaching the gutter, read side by side."""
    if len(left) < _MIN_LINES or len(right) < _MIN_LINES:
        return False
    sizes = sorted(c[5] for _, chars in left + right for c in chars)
    size = sizes[len(sizes) // 2]
    if g1 - g0 < 0.8 * size:
        return False
    flush_left = sum(max(c[2] for c in chars) >= g0 - 2 * size for _, chars in left)
    flush_right = sum(min(c[1] for c in chars) <= g1 + 3 * size for _, chars in right)
    side_by_side = min(c[3] for c in right[0][1]) < max(c[4] for c in left[-1][1])
    return flush_left >= _FLUSH * len(left) and flush_right >= _FLUSH * len(right) and side_by_side


def _left_edge(lines: list[TextLine]) -> float:
    """Where most lines of a column start (paragraph indents aside)."""
    starts = sorted(round(min(c[1] for c in chars)) for _, chars in lines)
    return float(max(set(starts), key=lambda x: (starts.count(x), -x)))


_X0, _X1, _SIZE = itemgetter(1), itemgetter(2), itemgetter(5)


def _solid(text: str, chars: list[Char], lo: float, hi: float) -> bool:
    """A line that runs across the middle with no gap a gutter could be in. Cheap: a line's text
    has a blank wherever its characters leave a gap over 3 pt, so most lines need no measuring."""
    if len(chars) < 2 or chars[0][1] >= lo or chars[-1][2] <= hi:
        return False
    if " " not in text:
        return True
    x0s, x1s = list(map(_X0, chars)), list(map(_X1, chars))
    gaps = list(map(sub, x0s[1:], x1s))
    return min(gaps) > -1.0 and max(gaps) < 0.8 * chars[0][5]  # in x order, every step narrower than a gutter


def split_columns(lines: list[TextLine], width: float) -> Columns | None:
    """The page read left column first, then the right; None when it is not set in two columns."""
    if len(lines) < 2 * _MIN_LINES:
        return None
    lo, hi = width * _ZONE[0], width * _ZONE[1]
    solid, enough = 0, 0.4 * len(lines)
    for text, chars in lines:
        solid += _solid(text, chars, lo, hi)
        if solid > enough:
            return None  # most lines run solid across the middle: one column
    found = _gutter(lines, width)
    if found is None:
        return None
    g0, g1, first, end = found
    middle = (g0 + g1) / 2
    chars = [c for _, line in lines[first:end] for c in line]
    left = text_lines([c for c in chars if c[2] <= middle])
    right = text_lines([c for c in chars if c[2] > middle])
    if not _is_columns(left, right, g0, g1):
        return None
    shift = _left_edge(right) - _left_edge(left)
    ordered = [*lines[:first], *left, *right, *lines[end:]]
    shifts = [0.0] * (first + len(left)) + [shift] * len(right) + [0.0] * (len(lines) - end)
    return Columns(ordered, shifts)
