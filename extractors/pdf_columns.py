"""Columns on a page: find the gutter, read each column on its own.

A text layer gives characters with positions; grouping them into lines by their tops reads
straight across a two-column page ("…死亡人安全知识进企业…"). A gutter is an x-range that no
character crosses over most of the page's text height. In the middle of the page, with full
lines on both sides (the left column's lines reach it, the right column's start at it), it
parts two columns of body text: the left is read, then the right. Nearer an edge, beside a
narrow column of short link lines that keep their own line pitch (a printed web page's 栏目导航
or 相关链接), it parts the body from the site's chrome: the body is read alone and the links
are set aside as chrome. Lines above and below that block (a full-width title, a closing)
keep their place.

A landscape sheet may also hold two portrait pages side by side (a booklet printed two up):
nothing crosses the sheet's middle, and each half is a page — known by a folio at each half's
foot on one baseline, or by two halves set in like frames. Each half is read as a page of its
own, left first, without asking its lines to reach the middle: a 公文's first page (a centred
header and title, a short 主送 line, a signature set right) has few lines that do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice, pairwise
from operator import itemgetter

from jihua.extractors.pdf_lines import TOLERANCE, Char, text_lines
from jihua.extractors.pdf_margin import margin_notes
from jihua.extractors.slides import DRAWN_BULLET, SLIDE_ASPECT
from jihua.schemas.blocks import PAGE_NUMBER

TextLine = tuple[str, list[Char]]
_ZONE = (0.3, 0.7)  # the gutter lies in the middle of the page
# points: the widest page side PDF allows (ISO 32000-1, annex C). The gutter search counts text per point across
# the page; a broken file's page a billion points wide would have it fill the memory (12 GB, measured)
_MAX_SPAN = 14_400
_MIN_LINES = 3  # lines each column needs
_MIN_BLOCK = 0.6  # share of the page's text height the columns span
_FLUSH = 0.5  # share of a column's lines that reach the gutter
_SIDES = ((0.1, 0.45), (0.55, 0.9))  # where a sidebar's gutter lies, as shares of the text's width
_SIDE_WIDTH = 0.5  # a sidebar is at most half as wide as the body beside it
_SENTENCE = re.compile("[。；！？]")  # prose, not a link


@dataclass
class Columns:
    """A page read column by column: its lines in reading order, how far each was moved left
    (the right column is laid over the left one, so the paragraph rules see one text frame),
    and the lines of a sidebar set aside."""

    lines: list[TextLine]
    shifts: list[float]
    aside: list[TextLine] = field(default_factory=list)  # a sidebar's lines: page chrome
    # by index in `lines`: the right edge of the column a line was read in (laid over the left one); a
    # page holding one-column text too measures its frame off that, and a full column line must not look short
    edges: dict[int, float] = field(default_factory=dict)
    notes: list[TextLine] = field(default_factory=list)  # comments printed in the margin (see `pdf_margin`)


def _spans(chars: list[Char]) -> list[tuple[float, float]]:
    """The x-ranges a line's characters cover (touching characters merged)."""
    return _solid_spans(chars, 0.0)


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


def _gutter(lines: list[TextLine], spans: list[list[tuple[float, float]]], lo: int,
            hi: int) -> tuple[float, float, int, int] | None:
    """(gutter left, gutter right, first, end) of the block (a sidebar beside the body) whose
    gutter lies between lo and hi, or None."""
    if hi <= lo or hi - lo > _MAX_SPAN:
        return None
    cov = _coverage(spans, lo, hi)
    least = min(cov)
    if least > len(lines) * 0.4:
        return None  # most lines run across the middle: one column
    run = _widest_run(cov, least)
    if run is None:
        return None
    first, end = _block([_crosses(s, lo + run[0], lo + run[1]) for s in spans])
    block = spans[first:end]
    if not _tall(lines, first, end):
        return None
    run = _widest_run(_coverage(block, lo, hi), 0)
    if run is None:
        return None
    return lo + run[0], lo + run[1], first, end


def _tall(lines: list[TextLine], first: int, end: int) -> bool:
    """A block of enough lines over most of the page's text height (the count first: most bands
    are a few lines, and the height walks every character of the page)."""
    if end - first < 2 * _MIN_LINES:
        return False
    tops = [min(c[3] for c in chars) for _, chars in lines]
    bottoms = [max(c[4] for c in chars) for _, chars in lines]
    page_height = max(bottoms) - min(tops)
    return bottoms[end - 1] - tops[first] >= _MIN_BLOCK * page_height


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


_PROSE = 8  # characters a column's full line holds at least
_HAN = re.compile("[\u4e00-\u9fff]")
_CLAUSE = re.compile("[，。；]")  # running text's punctuation, which a table's cells and names lack


def _short_columns(spans: list[list[tuple[float, float]]], left: list[TextLine], right: list[TextLine],
                   g0: float, g1: float) -> bool:
    """Two columns holding a few lines each (the end of an article on its last page, a short
    notice set in two): too few lines to be told by their count, told by their shape instead —
    lines on both sides of the gutter sharing tops, and on each side running text (a clause's
    punctuation) set full to its column's width but where a paragraph ends, more than two full
    lines in all (a form's label and value pairs are short and ragged; a borderless table's
    cells, a joint sign-off's names, stop short and hold no clause)."""
    if len(left) < 2 or len(right) < 2 or len(left) > 2 * _MIN_LINES or len(right) > 2 * _MIN_LINES:
        return False
    sizes = sorted(c[5] for _, chars in left + right for c in chars)
    size = sizes[len(sizes) // 2]
    if g1 - g0 < 0.8 * size or sum(any(x1 <= g0 for _, x1 in s) and any(x0 >= g1 for x0, _ in s) for s in spans) < 2:
        return False
    right_edge = max(c[2] for _, chars in right for c in chars)
    full_left = [max(c[2] for c in chars) >= g0 - size for _, chars in left]
    full_right = [max(c[2] for c in chars) >= right_edge - size for _, chars in right]
    full = (full_left[0] and full_right[0] and sum(full_left) + sum(full_right) > 2
            and _set_full(left, full_left) and _set_full(right, full_right))
    prose = all(len(_HAN.findall(text)) >= _PROSE for text, _ in (left[0], right[0]))
    clauses = all(_CLAUSE.search("".join(text for text, _ in side)) for side in (left, right))
    return full and prose and clauses


_PARA_END = re.compile(r"[。！？；：]\s*[”’）)]?$")


def _set_full(lines: list[TextLine], full: list[bool]) -> bool:
    """A column's lines run full to its edge but where a paragraph ends (the column's last line
    aside): table cells side by side stop short wherever their text does."""
    return all(f or _PARA_END.search(text) for (text, _), f in zip(lines[:-1], full[:-1], strict=True))


def _left_edge(lines: list[TextLine]) -> float:
    """Where most lines of a column start (paragraph indents aside), or where its drawn bullets stand
    when they hang left of their wrapped lines: a slide's box may hold more wraps than bullets
    ("• 开展隐患排查整治" over "专项行动，覆盖…"), and its bullets are its edge."""
    starts = sorted(round(min(c[1] for c in chars)) for _, chars in lines)
    most = float(max(set(starts), key=lambda x: (starts.count(x), -x)))
    bullets = [min(c[1] for c in chars) for text, chars in lines if DRAWN_BULLET.match(text)]
    return min([most, *bullets])


_X0, _X1, _SIZE = itemgetter(1), itemgetter(2), itemgetter(5)


def _solid_spans(chars: list[Char], ems: float = 0.5) -> list[tuple[float, float]]:
    """The x-ranges a line covers, gaps narrower than half an em closed: no gutter fits in them,
    and a folio ("— 3 —", "第 3 页") or a title's blanks ("2026 年") must not read as one."""
    ordered = sorted(chars, key=_X0)
    if not ordered:
        return []
    spans: list[tuple[float, float]] = []
    start, end = ordered[0][1], ordered[0][2]
    for c in islice(ordered, 1, None):  # every line of every page: the run kept in locals, a span added when done
        x0 = c[1]
        if x0 <= end + 1.0 or x0 <= end + ems * c[5]:  # within max(1 pt, ems): most glyphs touch, no product taken
            if c[2] > end:
                end = c[2]
        else:
            spans.append((start, end))
            start, end = x0, c[2]
    spans.append((start, end))
    return spans


Gaps = list[tuple[float, float]]


def _free(spans: list[tuple[float, float]], lo: float, hi: float) -> Gaps:
    """The x-ranges between lo and hi that a line leaves empty."""
    out, x = [], lo
    for x0, x1 in spans:
        if x0 > x:
            out.append((x, min(x0, hi)))
        x = max(x, x1)
        if x >= hi:
            break
    if x < hi:
        out.append((x, hi))
    return [(a, b) for a, b in out if b > a]


def _common(a: Gaps, b: Gaps, least: float) -> Gaps:
    """The gaps two sets share, as wide as `least` at least."""
    out = [(max(a0, b0), min(a1, b1)) for a0, a1 in a for b0, b1 in b]
    return [(x0, x1) for x0, x1 in out if x1 - x0 >= least]


def _column_bands(lines: list[TextLine], lo: float, hi: float, least: float) -> list[tuple[int, int, float, float]]:
    """Runs of consecutive lines (first, end) with one gap at least `least` wide running through
    all of them in the middle of the page, and that gap (g0, g1): where two columns may stand.
    A line across the middle (a full-width title, a folio, a one-column paragraph) ends a run, so
    a title block above the columns and a closing below keep their place."""
    found: list[tuple[int, int, float, float]] = []
    start, shared = 0, []  # type: int, Gaps
    for k, (_, chars) in enumerate([*lines, ("", [])]):
        gaps = [g for g in _free(_solid_spans(chars), lo, hi) if g[1] - g[0] >= least] if chars else []
        both = _common(shared, gaps, least)
        if both:
            shared = both
            continue
        if k - start >= 2 and shared:
            g0, g1 = max(shared, key=lambda g: g[1] - g[0])
            found.append((start, k, g0, g1))
        start, shared = k, gaps
    return found


def _two_columns(lines: list[TextLine], width: float) -> Columns | None:
    """The page read band by band: where a gap runs down the middle through a band of lines set
    as two columns of text, its left column first, then the right; None when no band is."""
    chars = [c for _, line in lines for c in line]
    if not chars or width > _MAX_SPAN:
        return None
    lo, hi = width * _ZONE[0], width * _ZONE[1]
    ordered: list[TextLine] = []
    shifts: list[float] = []
    edges: dict[int, float] = {}
    done = 0
    for first, end, g0, g1 in _column_bands(lines, lo, hi, 0.8 * _median_size(chars)):
        split = _split_band(lines, first, end, g0, g1)
        if split is None:
            continue
        left, right, below = split
        ordered += lines[done:first]
        shift = _left_edge(right) - _left_edge(left)
        edge = max(_frame_edges(left)[1], _frame_edges(right)[1] - shift)
        edges.update((k, edge) for k in range(len(ordered), len(ordered) + len(left) + len(right)))
        ordered += [*left, *right, *below]
        shifts += [0.0] * (first - done + len(left)) + [shift] * len(right) + [0.0] * len(below)
        done = end
    if not done:
        return None
    return Columns([*ordered, *lines[done:]], shifts + [0.0] * (len(lines) - done), edges=edges)


Band = tuple[list[TextLine], list[TextLine], list[TextLine]]


def _split_band(lines: list[TextLine], first: int, end: int, g0: float, g1: float) -> Band | None:
    """A band's left and right columns and the lines below them, or None when its lines are not two
    columns of text (a form's labels and values, a borderless table's cells, a centred heading
    over a line or two)."""
    middle = (g0 + g1) / 2
    chars = [c for _, line in lines[first:end] for c in line]
    left = text_lines([c for c in chars if c[2] <= middle])
    right = text_lines([c for c in chars if c[2] > middle])
    cut = _column_end(left, right)
    left, below = left[:cut], left[cut:]
    if _tall(lines, first, end):
        ok = _is_columns(left, right, g0, g1)
    else:
        ok = (_short_columns([_spans(line) for _, line in lines[first:end]], left, right, g0, g1)
              or _even_columns(left, right, g0, g1))
    return (left, right, below) if ok else None


def _column_end(left: list[TextLine], right: list[TextLine]) -> int:
    """How many of the left side's lines are its column: one-column text resumes under the columns
    at the left margin, and a short line of it ("五、进度安排", a heading that does not reach the
    gutter) joins the band. It stands below the right column's last line, further below the line
    above than the columns' own line pitch allows (a paragraph's or a heading's space aside), or
    set in a type clearly not the columns' (a 14 pt heading under 11 pt columns, no space above);
    and what lies below it is no column text (`_no_column_text`): the left column of a last page
    whose right column holds one paragraph's end goes on past a blank line to further articles."""
    if len(left) < 2 or len(right) < 2:
        return len(left)
    tops = [[min(c[3] for c in chars) for _, chars in side] for side in (left, right)]
    steps = sorted(b - a for side in tops for a, b in pairwise(side))
    pitch = steps[len(steps) // 2]
    size = _median_size([c for _, chars in left + right for c in chars])
    bottom = max(c[4] for c in right[-1][1])
    for k in range(1, len(left)):
        if tops[0][k] <= bottom:
            continue
        spaced = tops[0][k] - tops[0][k - 1] > 1.8 * pitch
        other_type = abs(_median_size(left[k][1]) - size) >= _OTHER_TYPE * size
        if (spaced or other_type) and _no_column_text(left[k:], max(c[2] for _, chars in left[:k] for c in chars)):
            return k
    return len(left)


_OTHER_TYPE = 0.2  # a type this much larger or smaller than the columns' is another text's


def _no_column_text(lines: list[TextLine], edge: float) -> bool:
    """No line runs on as a column's text does: running text set full to the column's edge, its
    paragraph going on below. A heading stays clear of the edge, a one-line tail may reach it but
    ends there ("各项任务分工见下表。"), a table's mark is no text; "田1.5万亩，粮食播种面积稳定在"
    wrapping at the edge is the column's."""
    return not any(max(c[2] for c in chars) >= edge - _median_size(chars) and len(_HAN.findall(text)) >= _PROSE
                   and _PARA_END.search(text) is None for text, chars in lines)


def _even_columns(left: list[TextLine], right: list[TextLine], g0: float, g1: float) -> bool:
    """Two columns of body text in a band too short to be told by its share of the page (a
    section set in two columns under one-column text, a table below): many lines on each side,
    the two columns of one width (Word's and LibreOffice's columns are equal; a table's task and
    unit columns, a form's labels and values are not), most lines running text set full to their
    column's edge. Example: nine lines "监察大队，每半月召开一次调…" left, six "将耕地保护工作纳入…" right."""
    if min(len(left), len(right)) < 2 * _MIN_LINES or not _is_columns(left, right, g0, g1):
        return False
    size = _median_size([c for _, chars in left + right for c in chars])
    widths = [_extent(side) for side in (left, right)]
    return abs(widths[0] - widths[1]) <= 2 * size and all(_running(side, size) for side in (left, right))


def _running(lines: list[TextLine], size: float) -> bool:
    """Most of a column's lines are prose set full to its right edge, and it holds a clause."""
    edge = max(c[2] for _, chars in lines for c in chars)
    full = sum(max(c[2] for c in chars) >= edge - size and len(_HAN.findall(text)) >= _PROSE for text, chars in lines)
    return 2 * full >= len(lines) and _CLAUSE.search("".join(text for text, _ in lines)) is not None


_LANDSCAPE = 1.2  # a sheet holding two portrait pages is about 1.41 times as wide as high
_FOLIO_BAND = 0.8  # a folio stands below this share of the sheet's height
_LIKE_FRAME = 0.1  # two halves' text edges agree within this share of a half's width


def _two_up(lines: list[TextLine], width: float, height: float) -> Columns | None:
    """Two pages printed side by side on a landscape sheet, read left page then right; the right
    one laid over the left (moved left by half the sheet), so each keeps its own page's frame.
    None unless no character crosses the sheet's middle, the gap there is at least two ems
    wide, and the halves are two pages by a folio each or by their like frames."""
    if height <= 0 or width < _LANDSCAPE * height:
        return None
    middle = width / 2
    chars = [c for _, line in lines for c in line]
    if any(c[1] < middle < c[2] for c in chars):
        return None  # a line, a title or a table row runs across the middle
    left = text_lines([c for c in chars if c[2] <= middle])
    right = text_lines([c for c in chars if c[1] >= middle])
    if not left or not right or _gap(left, right) < 2 * _median_size(chars):
        return None
    if not (_folios(left, right, height) or _like_frames(left, right, middle)):
        return None
    return Columns([*left, *right], [0.0] * len(left) + [middle] * len(right))


def _median_size(chars: list[Char]) -> float:
    sizes = sorted(map(_SIZE, chars))
    return sizes[len(sizes) // 2]


def _gap(left: list[TextLine], right: list[TextLine]) -> float:
    """The empty band between the halves' text, over the whole height of the sheet."""
    return min(c[1] for _, chars in right for c in chars) - max(c[2] for _, chars in left for c in chars)


def _folios(left: list[TextLine], right: list[TextLine], height: float) -> bool:
    """Each half ends in a folio ("— 1 —", "-2-", "3") low on the sheet, the two on one baseline,
    and holds text above it. Where in its half a folio stands is not asked: GB/T 9704 sets an
    odd page's at the right and an even page's at the left."""
    if len(left) < 2 or len(right) < 2:
        return False
    feet = [side[-1] for side in (left, right)]
    if not all(PAGE_NUMBER.match(text) for text, _ in feet):
        return False
    bottoms = [max(c[4] for c in chars) for _, chars in feet]
    size = _median_size([c for _, chars in feet for c in chars])
    return min(bottoms) >= _FOLIO_BAND * height and max(bottoms) - min(bottoms) <= 0.5 * size


def _like_frames(left: list[TextLine], right: list[TextLine], middle: float) -> bool:
    """Enough lines on each half, set in the same frame (the right half's edges, moved back by
    half the sheet, stand where the left half's do), running text rather than a table's cells
    (a borderless table's columns may leave the middle empty too)."""
    if len(left) < _MIN_LINES or len(right) < _MIN_LINES:
        return False
    frames = [_frame_edges(left), tuple(x - middle for x in _frame_edges(right))]
    if any(abs(a - b) > _LIKE_FRAME * middle for a, b in zip(*frames, strict=True)):
        return False
    return all(5 * sum(not _gaps_under(text, chars, 1.5) for text, chars in side) <= len(side)
               for side in (left, right))


def _frame_edges(lines: list[TextLine]) -> tuple[float, float]:
    return min(c[1] for _, chars in lines for c in chars), max(c[2] for _, chars in lines for c in chars)


def _word_spans(text: str, chars: list[Char]) -> list[tuple[float, float]]:
    """The x-ranges of a line's words, read off its text: words are joined by one blank and a
    word's characters come in x order, so no character needs sorting (as `_spans` does)."""
    words = text.split(" ")
    if len(words) == 1 and len(text) == len(chars):
        return [(chars[0][1], chars[-1][2])]
    if sum(map(len, words)) != len(chars):
        return _spans(chars)
    out, k = [], 0
    for word in words:
        if word:
            out.append((chars[k][1], chars[k + len(word) - 1][2]))
            k += len(word)
    return out


def _extent(lines: list[TextLine]) -> float:
    x0, x1 = _frame_edges(lines)
    return x1 - x0


def _link(text: str) -> bool:
    """A link's words: two letters at least (a number is a table's), no sentence, no field label."""
    t = text.strip()
    return sum(map(str.isalpha, t)) >= 2 and _SENTENCE.search(t) is None and not t.endswith(("：", ":"))


def _gaps_under(text: str, chars: list[Char], ems: float) -> bool:
    """No gap between the line's words as wide as `ems` (a table's or a form's: 1.5 em; one a
    gutter could be in: half an em)."""
    if " " not in text:
        return True
    limit = ems * chars[0][5]
    return all(b[0] - a[1] < limit for a, b in pairwise(_word_spans(text, chars)))


def _is_sidebar(narrow: list[TextLine], wide: list[TextLine]) -> bool:
    """Links beside the body: a much narrower column of short link lines, set on their own line
    pitch (a form's labels or hanging numbers share their tops with the text beside them), beside
    running text (not a table's other columns)."""
    if len(narrow) < _MIN_LINES or len(wide) < _MIN_LINES or _extent(narrow) > _SIDE_WIDTH * _extent(wide):
        return False
    if 5 * sum(not _link(text) for text, _ in narrow) > len(narrow):
        return False
    if 5 * sum(not _gaps_under(text, chars, 1.5) for text, chars in wide) > len(wide):
        return False
    tops = [min(c[3] for c in chars) for _, chars in wide]
    level = sum(any(abs(min(c[3] for c in chars) - top) <= TOLERANCE for top in tops) for _, chars in narrow)
    return 2 * level <= len(narrow)


def _bands(lines: list[TextLine]) -> list[tuple[int, int]]:
    """Where a sidebar's gutter may lie (left band, right band) in the x-range the text covers;
    (0, 0) when too few lines start past the band or end before it (a sidebar's, and more of
    the body's), or most lines run solid across it: the cheap test most pages stop at."""
    x0s = [chars[0][1] for _, chars in lines]
    x1s = [chars[-1][2] for _, chars in lines]
    left, right = min(x0s), max(x1s)
    solid: list[bool] | None = None
    out = []
    for side, (a, b) in enumerate(_SIDES):
        lo, hi = int(left + a * (right - left)), int(left + b * (right - left))
        starts, ends = sum(x0 > lo for x0 in x0s), sum(x1 < hi for x1 in x1s)
        if min(starts, ends) < _MIN_LINES or (ends if side else starts) < 2 * _MIN_LINES:
            out.append((0, 0))
            continue
        if solid is None:
            solid = [_gaps_under(text, chars, 0.5) for text, chars in lines]
        across = sum(w and x0 <= lo and x1 >= hi for w, x0, x1 in zip(solid, x0s, x1s, strict=True))
        out.append((lo, hi) if 2.5 * across <= len(lines) else (0, 0))
    return out


def _sidebar(lines: list[TextLine], side: int, lo: int, hi: int) -> Columns | None:
    """The body read alone, a sidebar on the given side (0 left, 1 right) set aside, its gutter
    between lo and hi."""
    found = _gutter(lines, [_word_spans(text, chars) for text, chars in lines], lo, hi)
    if found is None:
        return None
    g0, g1, first, end = found
    middle = (g0 + g1) / 2
    chars = [c for _, line in lines[first:end] for c in line]
    sizes = sorted(map(_SIZE, chars))
    if g1 - g0 < 0.5 * sizes[len(sizes) // 2]:
        return None
    parts = text_lines([c for c in chars if c[2] <= middle]), text_lines([c for c in chars if c[2] > middle])
    narrow, wide = parts[side], parts[1 - side]
    if not _is_sidebar(narrow, wide):
        return None
    ordered = [*lines[:first], *wide, *lines[end:]]
    return Columns(ordered, [0.0] * len(ordered), narrow)


def split_columns(lines: list[TextLine], width: float, height: float = 0.0) -> Columns | None:
    """The page read column by column (two pages printed on one sheet, two columns of body text,
    or the body beside a sidebar of links); None when it is set in one column. A page set in one
    column may hold comments in its margin (see `margin_notes`): they come apart from the body,
    which is read on its own. Without the page's `height` a sheet is not told to hold two pages."""
    if len(lines) < 2:
        return None
    columns = _two_up(lines, width, height) or _sidebars(lines)  # a sidebar's links are chrome, told first
    if columns is not None:
        return columns
    noted = margin_notes(lines, width, height)  # before the columns: a column of cards in smaller type is no text column
    if noted:
        return Columns(noted[0], [0.0] * len(noted[0]), notes=noted[1])
    return _two_columns(lines, width) or _bulleted_boxes(lines, width, height)


def _sidebars(lines: list[TextLine]) -> Columns | None:
    """The body read alone, the sidebars of links beside it set aside; None when there is none."""
    aside: list[TextLine] = []
    for side, (lo, hi) in enumerate(_bands(lines)):
        found = _sidebar(lines, side, lo, hi) if hi > lo else None
        if found is not None:
            lines, aside = found.lines, aside + found.aside
    return Columns(lines, [0.0] * len(lines), aside) if aside else None


def _bulleted_boxes(lines: list[TextLine], width: float, height: float) -> Columns | None:
    """Two bulleted text boxes side by side on a slide ("• 新建…" beside "• 落实…"), read left box
    then right: too few lines for the column test of a typed page, but a bullet opening each box
    at the gutter tells two boxes from one line of text."""
    chars = [c for _, line in lines for c in line]
    if not chars or height <= 0 or width / height < SLIDE_ASPECT:
        return None
    ordered: list[TextLine] = []
    shifts: list[float] = []
    done = 0
    for first, end, g0, g1 in _column_bands(lines, width * _ZONE[0], width * _ZONE[1], 0.8 * _median_size(chars)):
        middle = (g0 + g1) / 2
        band = [c for _, line in lines[first:end] for c in line]
        left = text_lines([c for c in band if c[2] <= middle])
        right = text_lines([c for c in band if c[2] > middle])
        if not (left and right and DRAWN_BULLET.match(left[0][0]) and DRAWN_BULLET.match(right[0][0])):
            continue
        ordered += [*lines[done:first], *left, *right]
        shifts += [0.0] * (first - done + len(left)) + [_left_edge(right) - _left_edge(left)] * len(right)
        done = end
    if not done:
        return None
    return Columns([*ordered, *lines[done:]], shifts + [0.0] * (len(lines) - done))
