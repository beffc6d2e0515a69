"""Ruled tables without pdfminer: PDFium's drawn lines become pdfplumber's edges, and
pdfplumber's own table finder and cell reader do the rest.

pdfplumber finds tables best, but reading a page through pdfminer costs more than all the
other stages together. Here the page's path objects are classified as pdfminer does (a
two-point path is a line, a closed axis-aligned four-corner path a rectangle) and handed
with PDFium's characters to pdfplumber's `TableFinder`. A path it would call a curve, or a
form object, returns None: the caller then reads the page with pdfplumber itself.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import pypdfium2.raw as pdfium_c
from jihua.extractors.layout import Line
from jihua.extractors.pdf_lines import Char, text_lines

if TYPE_CHECKING:
    from pdfplumber.page import Page

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
CellLines = list[list[list[tuple[str, list[Char]]]]]  # rows, cells, (text, characters) per printed line


class Table(NamedTuple):
    """A ruled table: its box, its grid of cell texts and, for a table two columns wide, each cell's
    printed lines (a layout table's text is read as paragraphs from them)."""

    box: Box
    grid: list[list[str | None]]
    cells: CellLines | None = None
Run = tuple[str, list[Char]]  # askew glyphs drawn together (see pdf_lines.watermark_runs), their text


class Found(NamedTuple):
    """A page's ruled tables, the askew runs no table took (watermarks), and the extents of the
    charts whose gridlines the finder took for a table (see `is_chart`)."""

    tables: list[Table]
    runs: list[Run]
    charts: list[Box]
ANGLED_SIZE = 1.5  # an angled header is set about as large as the table's text; a watermark, far larger


class _PageView:
    """What pdfplumber's table finder reads of a page: characters, edges, bounding box."""

    def __init__(self, chars: list[dict[str, Any]], edges: list[dict[str, Any]], width: float, height: float):
        self.chars, self.edges, self.bbox = chars, edges, (0.0, 0.0, width, height)


def _matrix(obj: Any) -> tuple[float, float, float, float, float, float]:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
    return m.a, m.b, m.c, m.d, m.e, m.f


def _subpaths(obj: Any) -> list[tuple[str, list[tuple[float, float]]]] | None:
    """(shape, points) per subpath in pdfminer's letters (m, l, h); None for a Bézier curve."""
    a, b, c, d, e, f = _matrix(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[tuple[str, list[tuple[float, float]]]] = []
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind not in (pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO):
            return None
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not out:
            out.append(("m", [pt]))
        else:
            out[-1] = (out[-1][0] + "l", [*out[-1][1], pt])
        if pdfium_c.FPDFPathSegment_GetClose(seg):
            out[-1] = (out[-1][0] + "h", [*out[-1][1], out[-1][1][0]])
    return out


def _shape_object(shape: str, pts: list[tuple[float, float]], height: float) -> dict[str, Any] | None:
    """A pdfplumber line or rect object for one subpath, as pdfminer classifies it; None: a curve."""
    if len(shape) > 3 and shape.endswith("lh") and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-1]
    if shape in ("ml", "mlh"):
        kind = "line"
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if not (pts[0] == pts[4] and square):
            return None
        kind = "rect"
    else:
        return None
    corners = pts[:2] if kind == "line" else [pts[0], pts[2]]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    top, bottom = height - max(ys), height - min(ys)
    return {"object_type": kind, "x0": min(xs), "x1": max(xs), "y0": min(ys), "y1": max(ys), "top": top,
            "bottom": bottom, "doctop": top, "width": max(xs) - min(xs), "height": bottom - top}


def page_edges(page: Any, height: float) -> list[dict[str, Any]] | None:
    """The page's edges in pdfplumber's order (lines, then rectangle sides); None: let pdfplumber read it."""
    from pdfplumber.utils import line_to_edge, rect_to_edges

    lines: list[dict[str, Any]] = []
    rects: list[dict[str, Any]] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) and not fill.value and not stroke.value:
            continue  # a clipping path: pdfminer paints nothing
        subpaths = _subpaths(obj)
        if subpaths is None:
            return None
        for shape, pts in subpaths:
            item = _shape_object(shape, pts, height)
            if item is None:
                return None
            (lines if item["object_type"] == "line" else rects).append(item)
    return [line_to_edge(ln) for ln in lines] + [e for r in rects for e in rect_to_edges(r)]


def _inside(chars: list[Char], bbox: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """pdfplumber's characters within a table, by its own test (the middle of the character in
    the half-open box), so each of the table's rows scans only these."""
    x0, top, x1, bottom = bbox
    return [{"text": c.text, "x0": c.x0, "x1": c.x1, "top": c.top, "bottom": c.bottom, "doctop": c.top,
             "upright": True, "size": c.size, "fontname": c.font, "width": c.x1 - c.x0,
             "height": c.bottom - c.top} for c in chars
            if x0 <= (c.x0 + c.x1) / 2 < x1 and top <= (c.top + c.bottom) / 2 < bottom]


def find_tables(page: Any, chars: list[Char], width: float, height: float,
                runs: list[Run] | None = None) -> Found | None:
    """Tables of a page (bounding box, rows of cell texts) by pdfplumber's finder, the askew
    `runs` no table took as angled headers and the charts (see `table_grids`); None: read it
    with pdfplumber.

    The finder reads only the edges (its "lines" strategy); each table's cells are read from
    the characters inside it (6 table pages of 12 PDFs: 0.0107 s, now 0.009 s).
    """
    edges = page_edges(page, height)
    if edges is None:
        return None
    from pdfplumber.table import Table as PlumberTable
    from pdfplumber.table import TableFinder, TableSettings

    finder = TableFinder(cast("Page", _PageView([], edges, width, height)), TableSettings.resolve(None))
    return table_grids((PlumberTable(cast("Page", _PageView(_inside(chars, t.bbox), [], width, height)), t.cells)
                        for t in finder.tables), runs or [], edges, (width, height))


def table_grids(tables: Iterable[Any], runs: list[Run], edges: list[dict[str, Any]],
                size: tuple[float, float]) -> Found:
    """Each pdfplumber table's bounding box and grid (see `cell_grid`), and the askew `runs` left
    once every table took its angled headers: the page's watermarks, which the caller keeps aside
    as lines of their own (a run a table took is a header cell, never a watermark too). A "table"
    that is a chart's gridlines (`is_chart`) is no table: its drawn extent (see `chart_extent`,
    over the page's `edges`; `size`: the page's width and height) comes back among the charts."""
    found = Found([], runs, [])
    for table in tables:
        texts = table.extract()
        if is_chart(texts):
            found.charts.append(chart_extent(table.bbox, edges, size))
            continue
        grid, rest = cell_grid(table, found.runs, texts)
        found = found._replace(runs=rest)
        found.tables.append(Table(table.bbox, grid, _two_column_lines(table, grid)))
    return found


def _two_column_lines(table: Any, grid: list[list[str | None]]) -> CellLines | None:
    """The printed lines of each cell of a table two columns wide, no cell spanning rows or columns
    ("一、工作目标" | "到年底，…。"); None for any other table."""
    if len(grid) != len(table.rows) or any(len(row.cells) != 2 or None in row.cells for row in table.rows):
        return None
    chars = table.page.chars
    out: CellLines = []
    for row in table.rows:
        out.append([])
        for x0, top, x1, bottom in row.cells:
            inside = [Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], c["fontname"]) for c in chars
                      if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom]
            out[-1].append(text_lines(inside) if inside else [])
    return out


# a cell of a chart's plot area: figures only, a data label or an axis tick ("45.7", "1,200", "-3.5%")
_FIGURES = re.compile(r"(?:[-+−]?\d[\d,，.]*[%‰]?\s*)+")
MIN_CELLS = 4  # fewer cells: too little to tell a chart from a small table


def is_chart(texts: list[list[str | None]]) -> bool:
    """A chart's gridlines and bars read as a ruled grid: horizontal gridlines, the sides of the
    filled bars as its columns, so most cells are empty and the rest hold only figures (its data
    labels, "41.2 43.8"). A real table has words in its cells (a header row, row labels) or is
    full of figures; `texts`: pdfplumber's cell texts (None: a position a cell spans)."""
    cells = [t.strip() for row in texts for t in row if t is not None]
    filled = [t for t in cells if t]
    return len(cells) >= MIN_CELLS and 2 * len(filled) <= len(cells) and all(_FIGURES.fullmatch(t) for t in filled)


PAGE_SHARE = 0.9  # an edge across most of the page is its frame or background, no part of a chart


def chart_extent(bbox: Box, edges: list[dict[str, Any]], size: tuple[float, float]) -> Box:
    """A chart's drawn extent: the grid the finder took, grown by every edge touching it (its
    top gridline the finder left without columns, the axis, the tick marks), until none is left;
    an edge spanning the page (a slide's background) is none of it."""
    width, height = size
    drawn = [(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges
             if e["x1"] - e["x0"] < PAGE_SHARE * width and e["bottom"] - e["top"] < PAGE_SHARE * height]
    x0, top, x1, bottom = bbox
    grown = True
    while grown:
        touching = [e for e in drawn if e[0] <= x1 + 1 and e[2] >= x0 - 1 and e[1] <= bottom + 1 and e[3] >= top - 1]
        drawn = [e for e in drawn if e not in touching]
        grown = bool(touching)
        for e in touching:
            x0, top, x1, bottom = min(x0, e[0]), min(top, e[1]), max(x1, e[2]), max(bottom, e[3])
    return x0, top, x1, bottom


# a chart's labels: its ticks left of the axis ("1,200") reach this many type sizes out, its
# category labels ("2024年") and legend one under it
LABEL_REACH, LABEL_DROP = 4.0, 1.5
TITLE_GAP = 2.5  # type sizes: a chart's title stands this close over its plot area…
TITLE_OFF_CENTRE = 0.15  # …centred over it (a share of its width: the ticks' column shifts the plot area right)
_SENTENCE = re.compile(r"[，。；：！？,;]")  # a sentence beside a chart is text, never its label


def _chart_text(ln: Line) -> bool:
    """A line that may be a chart's label or title: text, not yet set aside, no sentence."""
    return ln.furniture is None and ln.table is None and not _SENTENCE.search(ln.text)


def mark_chart_lines(lines: list[Line], charts: list[Box]) -> None:
    """Lines within a chart's extent (its data labels, ticks, category labels, legend) and its
    title (see `_chart_title`) are set aside as furniture "chart", as the PowerPoint and Word
    readers give a chart no text: read as text they are figures without a sentence, and a row of
    category labels ("2022年2023年2024年") or the title reads as a heading. A sentence stays."""
    for ln in lines:
        if not _chart_text(ln):
            continue
        reach, drop = LABEL_REACH * ln.size, LABEL_DROP * ln.size
        left, right = ln.x0 + ln.shift, ln.x1 + ln.shift  # where it stands on the page (see `Line.shift`)
        if any(x0 - reach <= left and right <= x1 + reach and top - drop <= ln.top and ln.bottom <= bottom + drop
               for x0, top, x1, bottom in charts):
            ln.furniture = "chart"
    for chart in charts:
        title = _chart_title(lines, chart)
        if title is not None:
            title.furniture = "chart"


def _chart_title(lines: list[Line], chart: Box) -> Line | None:
    """The chart's title: the nearest line over its plot area, a few type sizes up and centred
    over it ("各乡镇接待游客人数（万人次）"); a numbered heading ("（二）乡村旅游") opens a section."""
    x0, top, x1, _ = chart
    middle = (x0 + x1) / 2
    over = [ln for ln in lines if _chart_text(ln) and top - TITLE_GAP * ln.size <= ln.top and ln.bottom <= top
            and abs((ln.x0 + ln.x1) / 2 + ln.shift - middle) <= TITLE_OFF_CENTRE * (x1 - x0)]
    title = max(over, key=lambda ln: ln.bottom, default=None)
    return None if title is None or _NUMBERED.match(title.text) else title


def cell_grid(table: Any, runs: list[Run] | None = None,
              texts: list[list[str | None]] | None = None) -> tuple[list[list[str | None]], list[Run]]:
    """A pdfplumber table's cell texts as a grid: a cell spanning columns stands in each column it
    covers (as a DOCX gridSpan or an HTML colspan is read); a cell covered from above stays None,
    to take the value above once the table is whole (its part on the next page included).
    Askew `runs` that are the table's angled headers become its cells (see `_seat_angled`); the
    runs it did not take come back beside the grid. `texts`: the table's cell texts, when read already."""
    texts = texts if texts is not None else table.extract()
    cells, header, taken = _seat_angled(table, texts, runs) if runs else ({}, None, [])
    for (r, c), text in cells.items():
        texts[r][c] = text
    rest = list(runs or [])
    for run in taken:
        rest.remove(run)
    xs = sorted({cell[0] for cell in table.cells})  # pdfplumber's columns: one per cell left edge
    for r, row in enumerate(table.rows):
        left: int | None = None
        for c, cell in enumerate(row.cells):
            if cell is not None:
                left = c
            elif left is not None and row.cells[left][2] > xs[c] + 1:
                texts[r][c] = texts[r][left]
    return ([header, *texts] if header else texts), rest


def _center(ch: Char) -> tuple[float, float]:
    return (ch.x0 + ch.x1) / 2, (ch.top + ch.bottom) / 2


def _read_along(chars: list[Char]) -> str:
    """An angled cell's text along its baseline: left to right, as a header turned ±45° reads."""
    return "".join(c.text for c in sorted(chars, key=lambda c: c.x0 + c.x1)).strip()


def _text_size(table: Any) -> float | None:
    """The median size of the table's upright characters; None: a table without text."""
    x0, top, x1, bottom = table.bbox
    sizes = sorted(c["size"] for c in table.page.chars
                   if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom)
    return sizes[len(sizes) // 2] if sizes else None


Angled = tuple[dict[tuple[int, int], str], list[str | None] | None, list[Run]]  # cells, header row, runs taken


def _seat_angled(table: Any, texts: list[list[str | None]], runs: list[Run]) -> Angled:
    """Angled column headers (Excel's "angle counterclockwise", 45°) are the table's cells, not a
    watermark: runs of askew glyphs no larger than the table's text, each within one row and
    starting in an empty cell of it, go into those cells ("计划投资" rising from the header cell's
    foot over the next column); runs rising from the table's top edge are a header row above it
    (returned). Either way only as a set (see `_as_set`): a lone red "已审核" stamped in a row, or
    two "草稿" over two of four columns, stay watermarks. A watermark crosses rows, or is set far larger.
    Returns the in-row cells' texts by (row, column), the header row (None: none) and the runs taken."""
    size = _text_size(table)
    if size is None:
        return {}, None, []
    fit = [run for run in runs if max(c.size for c in run[1]) <= ANGLED_SIZE * size]
    columns = len(texts[0])
    seated = _in_rows(table, texts, fit)
    cells = {spot: _read_along(run[1]) for spot, run in seated.items()}
    above = _header_above(table, [run for run in fit if run not in seated.values()])
    if not _as_set(above, columns):
        above = {}
    taken = [*seated.values(), *above.values()]
    if not above:
        return cells, None, taken
    header: list[str | None] = [""] * columns
    for column, (_, chars) in above.items():
        header[column] = _read_along(chars)
    return cells, header, taken


ONE_ANGLE = 5.0  # degrees: a sheet's angled headers are all turned alike; stamps set by hand vary


def _angle(chars: list[Char]) -> float | None:
    """The angle (degrees, counterclockwise) of a run's baseline, from its first glyph's middle to
    its last's; None: a single glyph has none."""
    if len(chars) < 2:
        return None
    (ax, ay), (bx, by) = _center(chars[0]), _center(chars[-1])
    return math.degrees(math.atan2(ay - by, bx - ax))  # top-down coordinates: rising is ay > by


def _as_set(found: dict[int, Run], columns: int) -> bool:
    """Angled headers come as a set: one run over each column, or each but the first (a stub
    column labelled upright, "序号"), turned at one angle. Fewer runs are marks stamped on it."""
    if len(found) < 2 or not set(range(1, columns)) <= set(found):
        return False
    angles = [a for _, chars in found.values() if (a := _angle(chars)) is not None]
    return not angles or max(angles) - min(angles) <= ONE_ANGLE


def _in_rows(table: Any, texts: list[list[str | None]], runs: list[Run]) -> dict[tuple[int, int], Run]:
    """The runs a row takes as its angled headers, by (row, column): each run's glyphs all in the
    row, starting in a cell with no upright text; a row's runs only as a set (see `_as_set`)."""
    rows: dict[int, dict[int, Run]] = {}
    crowded: set[int] = set()
    for run in runs:
        spot = _cell_of(table, run)
        if spot is None or texts[spot[0]][spot[1]]:
            continue  # across rows, or over a cell's words ("县林业局" under a red "样本")
        found = rows.setdefault(spot[0], {})
        if spot[1] in found:
            crowded.add(spot[0])  # two runs in one cell: no header row
        found[spot[1]] = run
    return {(r, c): run for r, found in rows.items() if r not in crowded and _as_set(found, len(texts[0]))
            for c, run in found.items()}


def _cell_of(table: Any, run: Run) -> tuple[int, int] | None:
    """The (row, column) of the cell under `run`'s leftmost glyph, when the row holds all its glyphs."""
    x0, _, x1, _ = table.bbox
    points = [_center(c) for c in run[1]]
    start = min(x for x, _ in points)
    for r, row in enumerate(table.rows):
        _, top, _, bottom = row.bbox
        if not all(top <= y < bottom and x0 <= x < x1 for x, y in points):
            continue
        for c, cell in enumerate(row.cells):
            if cell is not None and cell[0] <= start < cell[2]:
                return r, c
        return None
    return None


def _header_above(table: Any, runs: list[Run]) -> dict[int, Run]:
    """Runs rising from just over the table's top edge (within a glyph's size), each starting over
    another of its columns: a header row whose slanted rules the finder could not take."""
    x0, top, x1, _ = table.bbox
    lefts = sorted({cell[0] for cell in table.cells})
    found: dict[int, Run] = {}
    for run in runs:
        points = [_center(c) for c in run[1]]
        start = min(x for x, _ in points)
        lowest = max(c.bottom for c in run[1])
        if not (x0 <= start < x1 and all(y < top for _, y in points) and lowest >= top - max(c.size for c in run[1])):
            continue
        column = max(k for k, left in enumerate(lefts) if left <= start)
        if column in found:
            return {}  # two runs over one column: no header row
        found[column] = run
    return found


_OPENERS, _CLOSERS = "（(“‘《〈【〔[", "）)”’》〉】〕]"
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十\d]+)")
_BRACKETED = re.compile(r"^[（(][^（）()]{1,8}[）)]$")


def _depths(text: str) -> list[int]:
    """Bracket depth after each character (quotes and brackets alike): below 0 closes one opened before."""
    depth, out = 0, []
    for ch in text:
        depth += (ch in _OPENERS) - (ch in _CLOSERS)
        out.append(depth)
    return out


def _label_only(row: list[str]) -> bool:
    return bool(row[0].strip()) and not any(c.strip() for c in row[1:])


def first_cell_goes_on(above: list[str], row: list[str], table: list[list[str]]) -> bool:
    """A page break cut a wrapped first cell: its rest opens the new page alone ("监督检查（家" |
    "次）", every other cell empty) under a row that is complete. It continues that row when the
    brackets show the cut (one left open above, or closed / a bare unit "（个）" below), or when no
    other row of the table (`table`: the rows around it) has text in its first cell only, so it
    cannot be a group row such as "二、执法办案"; a numbered label always starts a row."""
    if not _label_only(row) or not all(c.strip() for c in above) or _NUMBERED.match(row[0]):
        return False
    cut = row[0].strip()
    if _depths(above[0])[-1:] > [0] or min(_depths(cut)) < 0 or _BRACKETED.match(cut):
        return True
    return not any(_label_only(r) for r in table)
