"""Ruled tables on a scanned page: found in the page image, read cell by cell.

Tesseract reads a bordered table as lines running across its cells: a row comes back as one wide
line of few characters (which, measured as width per character, looks like a heading's size), its
words are joined across the cell gaps, and the rules come back as "|" or quote marks. So the rules
are found in the image instead, as the seal mask is: long straight runs of dark pixels, horizontal
and vertical, that meet into a grid. They are whitened before tesseract reads the page, and the
words it reads inside a grid are put into the grid's cells, one table row per row of cells.

Everything here works in the image's pixels; a scan's slight skew is followed (each rule is a
fitted straight line, not an image row or column).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from jihua.extractors.cjk import join_fragments
from jihua.extractors.layout import Line

_INK = 128  # grey level under which a pixel is ink
_BAND = 1.0  # points of the page read as one strip when looking for a rule: a skewed rule stays in a strip for long
_PIECE = 8.0  # points: a shorter dark run is a character's stroke, never part of a rule
_BREAK = 2.0  # points a rule may be broken (a worn scan) and still be one rule
_ACROSS, _DOWN = 40.0, 12.0  # points: the shortest rule across (over three characters) and down (one row)
_MEET = 3.0  # points: how near a rule's end must come to another rule to meet it
_LEVEL = 3.0  # points: rules this near across are one rule broken by a merged cell
_THICK = 2.5  # points: a dark run across a rule thicker than this is a character touching it (left as ink)
_FRINGE, _PAPER = 2, 224  # pixels beside a rule, when greyer than the paper, are its blurred edge


@dataclass
class Rule:
    """A straight rule in image pixels, found along its length: `across = at + slope * along`."""

    start: float
    end: float
    at: float
    slope: float

    def across(self, along: float) -> float:
        return self.at + self.slope * along

    def covers(self, along: float, tol: float) -> bool:
        return self.start - tol <= along <= self.end + tol


@dataclass
class _Level:
    """The rules at one height (or one x): a rule broken where a merged cell runs over it."""

    rules: list[Rule]

    def across(self, along: float) -> float:
        return min(self.rules, key=lambda r: max(r.start - along, along - r.end, 0.0)).across(along)

    def covers(self, along: float, tol: float) -> bool:
        return any(r.covers(along, tol) for r in self.rules)


@dataclass
class Grid:
    """A ruled table: its row rules top to bottom and column rules left to right, and its box (left,
    top, right, bottom), in pixels."""

    rows: list[_Level]
    cols: list[_Level]
    box: tuple[float, float, float, float]
    tol: float

    def cell(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column) a point lies in; None outside the grid."""
        row = sum(lv.across(x) < y for lv in self.rows) - 1
        col = sum(lv.across(y) < x for lv in self.cols) - 1
        if 0 <= row < len(self.rows) - 1 and 0 <= col < len(self.cols) - 1:
            return row, col
        return None

    def _middle(self, row: int, col: int) -> tuple[float, float]:
        middle = (self.box[0] + self.box[2]) / 2
        y = (self.rows[row].across(middle) + self.rows[row + 1].across(middle)) / 2
        x = (self.cols[col].across(y) + self.cols[col + 1].across(y)) / 2
        return x, y

    def owner(self, row: int, col: int) -> tuple[int, int]:
        """The cell whose text stands here: up while no rule closes the cell above, then left while
        no rule closes the cell on the left (a merged cell is owned by its top-left cell)."""
        x, y = self._middle(row, col)
        while row > 0 and not self.rows[row].covers(x, self.tol):
            row -= 1
        while col > 0 and not self.cols[col].covers(y, self.tol):
            col -= 1
        return row, col


def _ink(grey: Any) -> Any:
    return grey.point(lambda v: 255 if v < _INK else 0)


def _pieces(mask: Any, band: int, shortest: int) -> list[tuple[int, int, int]]:
    """Dark runs along each strip of `band` rows: (strip, start, end). A strip holds ink where any
    of its rows does, so a slightly skewed rule runs on in one strip."""
    strips = mask.reduce((1, band)).point(lambda v: 255 if v else 0)
    width, data = strips.width, strips.tobytes()
    run = re.compile(rb"\xff{%d,}" % shortest)
    return [(s, m.start() - s * width, m.end() - s * width) for s in range(strips.height)
            for m in run.finditer(data, s * width, (s + 1) * width)]


def _joined(pieces: list[tuple[int, int, int]], gap: int) -> list[list[int]]:
    """Indexes of pieces joined into one rule: in the same or the next strip, overlapping or
    broken by at most `gap` pixels."""
    parent = list(range(len(pieces)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_strip: dict[int, list[int]] = defaultdict(list)
    for i, (s, _, _) in enumerate(pieces):
        by_strip[s].append(i)
    for s, idxs in by_strip.items():
        for other in (s, s + 1):
            for i in idxs:
                for j in by_strip.get(other, []):
                    if j != i and pieces[j][1] <= pieces[i][2] + gap and pieces[i][1] <= pieces[j][2] + gap:
                        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(pieces)):
        groups[find(i)].append(i)
    return list(groups.values())


def _fit(pieces: list[tuple[int, int, int]], band: int) -> Rule:
    """The straight line through the pieces' middles, weighted by their length."""
    pts = [((a + b) / 2, (s + 0.5) * band, b - a) for s, a, b in pieces]
    total = sum(w for _, _, w in pts)
    mx, my = sum(x * w for x, _, w in pts) / total, sum(y * w for _, y, w in pts) / total
    spread = sum(w * (x - mx) ** 2 for x, _, w in pts)
    slope = sum(w * (x - mx) * (y - my) for x, y, w in pts) / spread if spread > 1e-6 else 0.0
    slope = max(-0.1, min(0.1, slope))  # a scan is skewed a few degrees at most
    return Rule(min(a for _, a, _ in pieces), max(b for _, _, b in pieces), my - slope * mx, slope)


def find_rules(mask: Any, scale: float, longest: float) -> list[Rule]:
    """Horizontal rules of a page's ink mask (transpose the mask for vertical ones)."""
    band = max(1, round(_BAND * scale))
    pieces = _pieces(mask, band, max(2, round(_PIECE * scale)))
    rules = [_fit([pieces[i] for i in group], band) for group in _joined(pieces, round(_BREAK * scale))]
    return [r for r in rules if r.end - r.start >= longest * scale]


def _meets(h: Rule, v: Rule, tol: float) -> bool:
    """A horizontal and a vertical rule cross or touch (within `tol` pixels of their ends)."""
    y = (h.at + h.slope * v.at) / (1 - h.slope * v.slope)
    x = v.across(y)
    return h.covers(x, tol) and v.covers(y, tol)


def _levels(rules: list[Rule], middle: float, near: float) -> list[_Level]:
    """Rules in order across (measured at `middle`), those within `near` of each other as one."""
    levels: list[_Level] = []
    for rule in sorted(rules, key=lambda r: r.across(middle)):
        if levels and rule.across(middle) - levels[-1].rules[-1].across(middle) < near:
            levels[-1].rules.append(rule)
        else:
            levels.append(_Level([rule]))
    return levels


def _grid(hs: list[Rule], vs: list[Rule], tol: float, near: float) -> Grid | None:
    left, right = min(h.start for h in hs), max(h.end for h in hs)
    top, bottom = min(v.start for v in vs), max(v.end for v in vs)
    rows, cols = _levels(hs, (left + right) / 2, near), _levels(vs, (top + bottom) / 2, near)
    if len(rows) < 2 or len(cols) < 2 or (len(rows) - 1) * (len(cols) - 1) < 2:
        return None  # a frame round one block of text is no table
    return Grid(rows, cols, (left, top, right, bottom), tol)


def find_grids(grey: Any, scale: float) -> list[Grid]:
    """Ruled tables on a page: horizontal and vertical rules that each meet at least two of the
    other kind, grouped by which meet which. A character's stroke is short, a page's lone rule (a
    红头's, a 版记's) meets no vertical rules: neither makes a grid."""
    from PIL import Image

    mask = _ink(grey)
    hs = find_rules(mask, scale, _ACROSS)
    if len(hs) < 2:
        return []
    vs = find_rules(mask.transpose(Image.Transpose.TRANSPOSE), scale, _DOWN)
    tol = _MEET * scale
    while True:  # rules that meet too few of the other kind go, until none does
        keep_h = [h for h in hs if sum(_meets(h, v, tol) for v in vs) >= 2]
        keep_v = [v for v in vs if sum(_meets(h, v, tol) for h in keep_h) >= 2]
        if len(keep_h) == len(hs) and len(keep_v) == len(vs):
            break
        hs, vs = keep_h, keep_v
    grids = []
    for group_h, group_v in _crossing_groups(hs, vs, tol):
        grid = _grid(group_h, group_v, tol, _LEVEL * scale)
        if grid is not None:
            grids.append(grid)
    return grids


def _crossing_groups(hs: list[Rule], vs: list[Rule], tol: float) -> list[tuple[list[Rule], list[Rule]]]:
    """The rules split into groups joined by meeting: one group per table on the page."""
    group_of_v: list[int | None] = [None] * len(vs)
    groups: list[tuple[list[Rule], list[Rule]]] = []
    for h in hs:
        met = {group_of_v[k] for k, v in enumerate(vs) if _meets(h, v, tol)}
        known = sorted(g for g in met if g is not None)
        target = known[0] if known else len(groups)
        if not known:
            groups.append(([], []))
        for g in known[1:]:  # this rule joins two groups: fold the later into the first
            groups[target][0].extend(groups[g][0])
            groups[target][1].extend(groups[g][1])
            groups[g] = ([], [])
            group_of_v = [target if x == g else x for x in group_of_v]
        groups[target][0].append(h)
        for k, v in enumerate(vs):
            if group_of_v[k] is None and _meets(h, v, tol):
                group_of_v[k] = target
                groups[target][1].append(v)
    return [g for g in groups if g[0] and g[1]]


def _erase(image: Any, rule: Rule, scale: float) -> None:
    """Whiten a horizontal rule's own pixels: along it, the dark run where the rule passes with its
    grey fringe (a scan blurs a rule's edges), when no thicker than a rule (a character touching
    it keeps its strokes)."""
    reach, thick = round(_BAND * scale) + 2, _THICK * scale
    px, height = image.load(), image.height
    for x in range(max(0, int(rule.start)), min(image.width, int(rule.end) + 1)):
        y = round(rule.across(x))
        dark = [yy for yy in range(max(0, y - reach), min(height, y + reach + 1)) if px[x, yy] < _INK]
        if not dark:
            continue
        low = high = min(dark, key=lambda yy: abs(yy - y))
        while low > 0 and px[x, low - 1] < _INK:
            low -= 1
        while high + 1 < height and px[x, high + 1] < _INK:
            high += 1
        if high - low + 1 > thick:
            continue
        for yy in range(max(0, low - _FRINGE), min(height, high + _FRINGE + 1)):
            if px[x, yy] < _PAPER or low <= yy <= high:
                px[x, yy] = 255


def erase_rules(grey: Any, grids: list[Grid], scale: float) -> Any:
    """The page with its tables' rules whitened, so tesseract reads no "|" for a rule."""
    from PIL import Image

    if not grids:
        return grey
    out = grey.copy()
    for grid in grids:
        for level in grid.rows:
            for rule in level.rules:
                _erase(out, rule, scale)
    out = out.transpose(Image.Transpose.TRANSPOSE)
    for grid in grids:
        for level in grid.cols:
            for rule in level.rules:
                _erase(out, rule, scale)
    return out.transpose(Image.Transpose.TRANSPOSE)


Words = dict[str, list[Any]]  # tesseract's image_to_data: one list per field, one item per word
Cells = dict[tuple[int, int], list[int]]  # a grid's words (their indexes) by (row, column)


def place_words(grids: list[Grid], data: Words, words: list[int]) -> tuple[list[Cells], list[int]]:
    """The words whose middle lies in a grid's cell, by grid and cell; and the words outside."""
    cells: list[Cells] = [defaultdict(list) for _ in grids]
    outside = []
    for i in words:
        x, y = data["left"][i] + data["width"][i] / 2, data["top"][i] + data["height"][i] / 2
        for k, grid in enumerate(grids):
            at = grid.cell(x, y)
            if at is not None:
                cells[k][grid.owner(*at)].append(i)
                break
        else:
            outside.append(i)
    return cells, outside


def _cell_text(data: Words, words: list[int]) -> str:
    """A cell's words line by line (tesseract's lines, top to bottom), each line left to right."""
    lines: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for i in words:
        lines[(data["block_num"][i], data["par_num"][i], data["line_num"][i])].append(i)
    ordered = sorted(lines.values(), key=lambda idxs: min(data["top"][i] for i in idxs))
    return join_fragments([join_fragments([str(data["text"][i]) for i in sorted(idxs, key=lambda i: data["left"][i])])
                           for idxs in ordered])


def table_line(grid: Grid, cells: Cells, data: Words, page_no: int, scale: float) -> Line | None:
    """The grid as a table placed on the page (None when nothing was read in it): a merged cell's
    text stands in each column it spans, and is None in the rows under its first (covered)."""
    rows: list[list[str | None]] = []
    for r in range(len(grid.rows) - 1):
        row: list[str | None] = []
        for c in range(len(grid.cols) - 1):
            owner = grid.owner(r, c)
            row.append(None if owner[0] < r else _cell_text(data, cells.get(owner, [])))
        if any(row) or None in row:
            rows.append(row)
    if not any(cell for row in rows for cell in row):
        return None
    left, top, right, bottom = (v / scale for v in grid.box)
    return Line(page=page_no, x0=left, x1=right, top=top, bottom=bottom, text="", size=0.0, table=rows)
