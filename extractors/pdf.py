"""PDF: lines rebuilt from the text layer, scanned pages through OCR, page by page.

pypdfium2's text page gives characters with positions and fonts (`pdf_lines`); pages that
may hold a ruled table, and near-empty pages (scans), are read with pdfplumber, which finds
tables. Lines are joined CJK-aware (no spaces between Chinese characters), and the layout
module turns lines into paragraphs and sets page furniture aside.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jihua.extractors import ocr
from jihua.extractors.cjk import join_lines, label_gap, tidy_line, tidy_spaces
from jihua.extractors.layout import (
    BodyMetrics,
    Line,
    PageGeometry,
    Paragraph,
    centered,
    mark_furniture,
    mark_notes,
    measure,
    paragraphs,
    symmetric,
)
from jihua.extractors.options import ExtractOptions
from jihua.extractors.pdf_columns import split_columns
from jihua.extractors.pdf_layout_tables import unroll_layout_tables
from jihua.extractors.pdf_lines import (
    MIN_TEXT_CHARS,
    Char,
    askew,
    drop_raised_marks,
    join_marks,
    may_hold_table,
    open_document,
    page_chars,
    respace,
    text_lines,
    watermark_aside,
    watermark_runs,
)
from jihua.extractors.pdf_notes import set_notes_aside
from jihua.extractors.pdf_outline import bookmarks, mark_heading
from jihua.extractors.pdf_slides import is_deck, read_deck
from jihua.extractors.pdf_table_joins import merge_split_tables
from jihua.extractors.pdf_tables import (
    CellLines,
    Found,
    Run,
    Table,
    find_tables,
    mark_chart_lines,
    table_grids,
)
from jihua.extractors.pdf_unmapped import unmapped
from jihua.extractors.table_cells import fill_down
from jihua.schemas.blocks import Block, Furniture, Provenance
from jihua.schemas.errors import InputError

if TYPE_CHECKING:  # pdfplumber is imported on the first page that needs it
    from pdfplumber.pdf import PDF

_log = logging.getLogger(__name__)
_BOLD = re.compile(r"bold|heavy|black|semibold|demi|[-_]w[6-9]\b|黑", re.IGNORECASE)
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_BLANK = re.compile(r"\s")  # what str.strip takes away


@lru_cache(maxsize=1024)
def font_family(fontname: str) -> str:
    return _SUBSET.sub("", fontname or "")


@lru_cache(maxsize=1024)
def _bold(fontname: str) -> bool:
    return _BOLD.search(font_family(fontname)) is not None


def _line_from_chars(page_no: int, text: str, chars: list[Char]) -> Line:
    """A line's box, median size and main font from its visible characters.

    Runs per line with C-level passes: one zip, and the font facts read once when the line is
    set in one font (most are). 1,850 lines of 12 PDFs took 0.020 s, now 0.012 s.
    """
    texts, x0s, x1s, tops, bottoms, sizes_seen, fonts = zip(*chars, strict=True)  # one pass: Char is a tuple
    if not (all(texts) and _BLANK.search("".join(texts)) is None):  # some character is a blank
        visible = [c for c in chars if c[0].strip()] or chars
        _, _, _, _, _, sizes_seen, fonts = zip(*visible, strict=True)
    sizes = sorted(sizes_seen)
    one_font = fonts[0] if fonts.count(fonts[0]) == len(fonts) else None
    if one_font is not None:
        font: str | None = font_family(one_font)
        bold = _bold(one_font)
    else:
        font = Counter(map(font_family, fonts)).most_common(1)[0][0]
        bold = sum(map(_bold, fonts)) > len(fonts) / 2
    line = Line(
        page=page_no, x0=min(x0s), x1=max(x1s), top=min(tops), bottom=max(bottoms),
        text=tidy_line(text), size=sizes[len(sizes) // 2], bold=bold, font=font,
    )
    return _edges(line, chars) if one_font is None else _edges_one_font(line, one_font)


def _edges_one_font(line: Line, font: str) -> Line:
    bold = _bold(font)
    line.head_font = line.tail_font = font_family(font)
    line.head_bold = line.tail_bold = bold
    line.bold_lead = line.text if bold else None
    return line


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _edges(line: Line, chars: list[Char]) -> Line:
    """The fonts of a line's first and last Han character (digits and marks are often set in a
    fallback font), and the bold words it opens with: up to its first plain Han character."""
    han = [k for k, c in enumerate(chars) if _HAN.match(c.text)]
    if not han:
        return line
    head, tail = chars[han[0]].font, chars[han[-1]].font
    line.head_font, line.tail_font = font_family(head), font_family(tail)
    line.head_bold, line.tail_bold = _bold(head), _bold(tail)
    if not line.head_bold:
        return line
    plain = next((k for k in han if not _bold(chars[k].font)), None)
    if plain is None:
        line.bold_lead = line.text
        return line
    end = plain
    while end > 0 and not _bold(chars[end - 1].font):
        end -= 1  # digits or marks in a plain font before the plain words go with them
    line.bold_lead = _with_label_gap(tidy_spaces("".join(c.text for c in chars[:end])), line.text)
    return line


def _with_label_gap(lead: str, text: str) -> str:
    """The bold lead spaced after its label as the line's text is ("2.1 加强组织领导" bold, its body plain): a
    tab's gap has no character of its own to join in, and the lead must stay the text's opening words."""
    k = label_gap(text)
    if k is None or lead[:k] != text[:k] or len(lead) <= k or lead[k] == " ":
        return lead
    return f"{lead[:k]} {lead[k:]}"


def _char(c: dict[str, Any]) -> Char:
    return Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], c["fontname"])


def _inside(bbox: tuple[float, float, float, float], line: dict[str, Any]) -> bool:
    x0, top, x1, bottom = bbox
    mid = (line["top"] + line["bottom"]) / 2
    return top - 1 <= mid <= bottom + 1 and line["x1"] > x0 and line["x0"] < x1


def _in_table(line: Line, boxes: list[tuple[float, float, float, float]]) -> bool:
    box = {"x0": line.x0, "x1": line.x1, "top": line.top, "bottom": line.bottom}
    return any(_inside(b, box) for b in boxes)


def _cell(text: str | None) -> str | None:
    if text is None:
        return None  # covered by a cell above: filled when the table is whole
    return tidy_spaces(join_lines((text or "").split("\n")))


def _assemble(page_no: int, text: list[tuple[str, list[Char]]], tables: list[Table],
              shifts: list[float] | None = None, edges: dict[int, float] | None = None) -> list[Line]:
    """Text lines outside the tables, and each table as one line, in reading order (top to
    bottom, or as given when the page is read column by column: a table where its mark is)."""
    boxes = [t.box for t in tables]
    lines: list[Line] = []
    above: tuple[str, float] = ("", 0.0)  # the text line before and its size: a mark opening a line goes with it
    for k, (line_text, chars) in enumerate(text):
        if line_text == _TABLE_MARK and len(chars) == 1:
            box = (chars[0].x0, chars[0].top, chars[0].x1, chars[0].bottom)
            lines += _table_lines(page_no, [t for t in tables if t[0] == box])
            tables = [t for t in tables if t[0] != box]
            continue
        if not line_text.strip():
            continue
        line = _line_from_chars(page_no, *drop_raised_marks(line_text, chars, _same_type(above, chars)))
        above = (line.text, line.size)
        if boxes and _in_table(line, boxes):
            continue
        lines.append(line)
        if shifts and shifts[k]:
            line.x0, line.x1, line.shift = line.x0 - shifts[k], line.x1 - shifts[k], shifts[k]
        if edges:
            line.column_right = edges.get(k)
    lines += _table_lines(page_no, tables)
    if shifts is None:
        lines.sort(key=lambda ln: (round(ln.top, 0), ln.x0))
    return lines


def _same_type(above: tuple[str, float], chars: list[Char]) -> str:
    """The text of the line above when it is set in this line's type (a body line over a body line, not a body line
    over a note in smaller type); else ""."""
    text, size = above
    sizes = sorted(c.size for c in chars)
    return text if text and abs(sizes[len(sizes) // 2] - size) <= 0.1 * size else ""


def _table_lines(page_no: int, tables: list[Table]) -> list[Line]:
    """Each table as one line holding its rows."""
    out = []
    for (x0, top, x1, bottom), grid, cells in tables:
        rows = [[_cell(c) for c in row] for row in grid]
        if rows:
            out.append(Line(page=page_no, x0=x0, x1=x1, top=top, bottom=bottom, text="", size=0.0, table=rows,
                            cells=_cell_lines(page_no, cells) if cells is not None else None))
    return out


def _cell_lines(page_no: int, cells: CellLines) -> list[list[list[Line]]]:
    """Each cell's printed lines as page lines, with their fonts and bold words."""
    return [[[_line_from_chars(page_no, *drop_raised_marks(text, chars)) for text, chars in cell] for cell in row]
            for row in cells]


_TABLE_MARK = "\ufffc"  # the object replacement character: one line standing for a table


def _tables_marked(text: list[tuple[str, list[Char]]], tables: list[Table]) -> list[tuple[str, list[Char]]]:
    """The page's lines with each table's own lines replaced by one mark across its box, where its
    first line stood: the column reader sees a full-width object (it ends a band of columns, as a
    table under a section set in two columns does) and keeps its place."""
    out: list[tuple[str, list[Char]]] = []
    placed: set[int] = set()
    for line_text, chars in text:
        box = {"x0": min(c.x0 for c in chars), "x1": max(c.x1 for c in chars),
               "top": min(c.top for c in chars), "bottom": max(c.bottom for c in chars)}
        k = next((k for k, t in enumerate(tables) if _inside(t.box, box)), None)
        if k is None:
            out.append((line_text, chars))
        elif k not in placed:
            placed.add(k)
            x0, top, x1, bottom = tables[k].box
            out.append((_TABLE_MARK, [Char(_TABLE_MARK, x0, x1, top, bottom, 0.0, "")]))
    return out


def _marks_kept(lines: list[tuple[str, list[Char]]], tables: list[Table]) -> bool:
    """Each table's mark is still a line of its own (not read into a column beside text)."""
    return sum(text == _TABLE_MARK and len(chars) == 1 for text, chars in lines) == len(tables)


def _watermarks(page_no: int, runs: list[Run]) -> list[Line]:
    """Glyphs set askew (a watermark, a stamp drawn over the page) as lines kept aside; those a
    table's angled headers are were left out of `runs` by `table_grids`."""
    lines = [_line_from_chars(page_no, text, run) for text, run in runs]
    for line in lines:
        line.furniture = "watermark"
    return lines


def _plumber_askew(char: dict[str, Any]) -> bool:
    """pdfplumber's `upright` is only "not turned a quarter": the angle comes from the text matrix."""
    a, b = char["matrix"][:2]
    return bool(b) and askew(math.atan2(b, a))


def _without_watermark(page: Any) -> tuple[Any, list[Char]]:
    """The page with its askew glyphs filtered out when `watermark_aside` holds, and those glyphs."""
    tilted = [c for c in page.chars if _plumber_askew(c)]
    if not tilted or not watermark_aside(len(page.chars) - len(tilted), len(tilted)):
        return page, []
    kept = page.filter(lambda obj: obj.get("object_type") != "char" or not _plumber_askew(obj))
    return kept, [_char(c) for c in tilted]


def _text_lines(page: Any, page_no: int) -> list[Line]:
    """A page read by pdfplumber (tables PDFium's lines cannot describe, scans), a watermark aside."""
    page, tilted = _without_watermark(page)
    size = float(page.width), float(page.height)
    found = table_grids(page.find_tables(), watermark_runs(tilted), page.edges, size)
    read = [(raw["text"], [_char(c) for c in raw["chars"]]) for raw in page.extract_text_lines(return_chars=True, strip=True)]
    blanks = [_char(c) for c in page.chars if c["text"].isspace()]
    text = join_marks([(respace(line, chars, blanks), chars) for line, chars in read])
    return _found_lines(page_no, text, found, size)


def _found_lines(page_no: int, text: list[tuple[str, list[Char]]], found: Found, size: tuple[float, float]) -> list[Line]:
    """The page's lines around its tables (see `_page_lines`), a chart's labels set aside (see
    `mark_chart_lines`), then its watermarks."""
    lines = _page_lines(page_no, text, found.tables, *size)
    if found.charts:
        mark_chart_lines(lines, found.charts)
    return lines + _watermarks(page_no, found.runs) if found.runs else lines


def _page_lines(page_no: int, text: list[tuple[str, list[Char]]], tables: list[Table],
                width: float, height: float) -> list[Line]:
    """Lines in reading order: column by column (or page by page on a sheet printed two up) on a
    page set in columns, each table where it stands; a sidebar's links after them, set aside as
    page chrome, and comments printed in the margin, set aside as comments."""
    columns = split_columns(_tables_marked(text, tables) if tables else text, width, height)
    if columns is None or (tables and not _marks_kept(columns.lines, tables)):
        return _assemble(page_no, text, tables)
    return (_assemble(page_no, columns.lines, tables, columns.shifts, columns.edges)
            + _kept_aside(page_no, columns.aside, "chrome") + _kept_aside(page_no, columns.notes, "comment"))


def _kept_aside(page_no: int, text: list[tuple[str, list[Char]]], kind: Furniture) -> list[Line]:
    """Lines read apart from the body (a sidebar's links, comments in the margin), kept as furniture of `kind`."""
    lines = _assemble(page_no, text, [], [0.0] * len(text))
    for line in lines:
        line.furniture = kind
    return lines


def _is_scanned(page: Any) -> bool:
    if len(page.chars) >= 5:
        return False
    area = float(page.width * page.height) or 1.0
    covered = sum(abs((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
    return covered / area > 0.3


def _is_password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect; look through the wrapping."""
    seen = [exc, *(a for a in exc.args if isinstance(a, BaseException))]
    if exc.__cause__ is not None:
        seen.append(exc.__cause__)
    return any("password" in type(e).__name__.lower() or "password" in str(e).lower()
               or "encrypt" in type(e).__name__.lower() for e in seen)


def _refuse(path: Path, exc: BaseException) -> InputError:
    if _is_password_error(exc):
        return InputError(path, "password-protected PDF; it cannot be opened without the password")
    return InputError(path, f"corrupt or truncated PDF ({str(exc) or type(exc).__name__})")


def _open(path: Path, opts: ExtractOptions) -> Any:
    """Open with the given (default empty) password: owner-locked PDFs open, user-locked do not;
    more pages than the limit is refused before any page is read."""
    try:
        doc = open_document(path, opts.pdf_password)
    except Exception as exc:  # PdfiumError names the reason (password, format, file)
        raise _refuse(path, exc) from None
    if len(doc) > opts.max_pages:
        pages = len(doc)
        doc.close()
        raise InputError(path, f"too many pages ({pages}; limit {opts.max_pages})")
    return doc


class _Plumber:
    """pdfplumber, opened on the first page that needs it (tables, scans)."""

    def __init__(self, path: Path, opts: ExtractOptions) -> None:
        self.path, self.opts = path, opts
        self.pdf: PDF | None = None

    def page(self, page_no: int) -> tuple[PageGeometry, list[Line] | None]:
        """Geometry and lines of one page; None for the lines of a scanned page."""
        import pdfplumber
        from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

        try:
            if self.pdf is None:
                self.pdf = pdfplumber.open(self.path, password=self.opts.pdf_password or "")
            if page_no > len(self.pdf.pages):  # pdfium follows a damaged page tree further than pdfminer does
                raise InputError(self.path, f"corrupt PDF: page {page_no} cannot be read (its page tree is damaged)")
            page = self.pdf.pages[page_no - 1]
            geometry = PageGeometry(float(page.width), float(page.height))
            lines = None if _is_scanned(page) else _text_lines(page, page_no)
            page.close()
            return geometry, lines
        except (PdfminerException, MalformedPDFException) as exc:
            raise InputError(self.path, f"corrupt PDF page ({exc})") from None

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _pdfium_page(doc: Any, page_no: int) -> tuple[PageGeometry, list[Line] | None]:
    """Geometry and lines from PDFium's text page (None when pdfplumber should read the page),
    read column by column when the page is set in two."""
    page = doc[page_no - 1]
    width, height = page.get_size()
    geometry = PageGeometry(width, height)
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() < MIN_TEXT_CHARS:
            return geometry, None  # maybe a scan: pdfplumber looks at its images
        read = page_chars(textpage, height, set_aside=True)
        if read is None:
            return geometry, None
        chars, tilted = read
        runs = watermark_runs(tilted) if tilted else []
        found = find_tables(page, chars, width, height, runs) if may_hold_table(page) else Found([], runs, [])
        if found is None:
            return geometry, None
        return geometry, _found_lines(page_no, join_marks(text_lines(chars)), found, (width, height))
    finally:
        textpage.close()
        page.close()


def _refuse_without_ocr(path: Path, opts: ExtractOptions, scanned: list[int], glyphs: list[int]) -> None:
    """Pages only OCR can read, and OCR turned off: say which kind, never "not a plan"."""
    if opts.ocr or not (scanned or glyphs):
        return
    if glyphs:
        raise InputError(path, f"the PDF's text has no Unicode mapping (fonts without ToUnicode) on {len(glyphs)} "
                               "page(s); turn OCR on to read it")
    raise InputError(path, f"{len(scanned)} scanned page(s) without text and OCR is turned off")


def read_lines(path: Path, opts: ExtractOptions) -> tuple[list[list[Line]], list[PageGeometry], set[int]]:
    """Lines of every page; scanned pages OCRed (in parallel); returns the OCR page set too."""
    pages, geometry, ocr_pages, _ = _read(path, opts)
    return pages, geometry, ocr_pages


Marks = dict[str, list[tuple[int, int | None]]]


def _read(path: Path, opts: ExtractOptions) -> tuple[list[list[Line]], list[PageGeometry], set[int], Marks]:
    """`read_lines`, and the bookmarks (the outline) read while the document is open."""
    doc = _open(path, opts)
    marks = bookmarks(doc)
    plumber = _Plumber(path, opts)
    pages: list[list[Line]] = []
    geometry: list[PageGeometry] = []
    scanned: list[int] = []
    glyphs: list[int] = []  # pages whose text has no Unicode mapping: read as images too
    try:
        for page_no in range(1, len(doc) + 1):
            opts.tell("page", page_no, len(doc))
            geo, lines = _pdfium_page(doc, page_no)
            if lines is None:
                geo, lines = plumber.page(page_no)
            geometry.append(geo)
            if lines is None or unmapped(doc, page_no, lines):
                (scanned if lines is None else glyphs).append(page_no)
                lines = None
            pages.append(lines or [])
    finally:
        plumber.close()
        doc.close()
    _refuse_without_ocr(path, opts, scanned, glyphs)
    scanned = sorted(scanned + glyphs)
    if scanned:
        for page_no, read in ocr.ocr_pages(path, scanned, opts).items():
            pages[page_no - 1] = read.lines
            if read.quarter:  # (a sheet scanned sideways, read turned upright)
                geo = geometry[page_no - 1]
                geometry[page_no - 1] = PageGeometry(geo.height, geo.width)
    return pages, geometry, set(scanned), marks


def _lead(para: Paragraph) -> str | None:
    """The paragraph's leading bold words (see `Paragraph.bold_lead`), where its text begins with them."""
    lead = para.bold_lead
    return lead if lead and para.text.startswith(lead) else None


def _block(path: Path, index: int, para: Paragraph, ocr_pages: set[int], metrics: BodyMetrics) -> Block:
    """One paragraph or table; the bounding box where the lines are on the page (a right-column
    line was read laid over the left column)."""
    first = para.first
    if first.table is not None:  # cells covered from above filled on every path (a deck's slides are not joined)
        return Block(kind="table", text="", rows=fill_down(first.table), ocr=first.page in ocr_pages,
                     prov=Provenance(file=str(path), index=index, page=first.page,
                                     bbox=(first.x0, first.top, first.x1, first.bottom)))
    x1 = max(ln.x1 + ln.shift for ln in para.lines if ln.page == first.page)
    bottom = max(ln.bottom for ln in para.lines if ln.page == first.page)
    x0 = first.x0 + first.shift
    return Block(
        text=para.text, bold=first.bold, bold_lead=_lead(para), font_size=round(first.size, 1), font=first.font,
        outline_level=0 if para.label else None,
        indent=round(first.x0 - metrics.frame(first.page)[0], 1), ocr=first.page in ocr_pages,
        align="center" if any(centered(ln, metrics) for ln in para.lines) or symmetric(first, metrics) else None,
        prov=Provenance(file=str(path), index=index, page=first.page, bbox=(x0, first.top, x1, bottom)),
    )


def _note_continuations(pages: list[list[Line]], size: float) -> None:
    """A note that wraps goes on in small type without a number of its own: the small lines under
    a note, up to the next body-size line, are that note's."""
    for lines in pages:
        in_note = False
        for ln in lines:
            if ln.furniture == "notes":
                in_note = in_note or len(ln.text.strip()) > 3  # a note, not a reference mark in the text
            elif ln.furniture is None and ln.table is None and ln.text.strip():
                in_note = in_note and ln.size <= 0.8 * size
                if in_note:
                    ln.furniture = "notes"


_APART = ("watermark", "comment")  # drawn over the text or beside it: never a running header or a folio


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Paragraph and table blocks in reading order, then the furniture lines flagged."""
    pages, geometry, ocr_pages, marks = _read(path, opts)
    mark_furniture([[ln for ln in lines if ln.furniture not in _APART] for lines in pages], geometry)  # no running header
    flat = [ln for lines in pages for ln in lines]
    if not any(ln.text.strip() or ln.table for ln in flat):
        raise InputError(path, "no text in the PDF (empty pages, or images OCR could not read)")
    metrics = measure(flat, {n: g.width for n, g in enumerate(geometry, 1) if n not in ocr_pages})  # a scan's page is no frame
    mark_notes(pages, metrics.size, [g.height for g in geometry])
    _note_continuations(pages, metrics.size)
    index = 0
    deck = is_deck(pages, geometry)  # slides printed to PDF: each page read as a slide
    pieces = read_deck(pages, geometry, metrics) if deck else \
        [(p, {}) for p in set_notes_aside(merge_split_tables(unroll_layout_tables(paragraphs(flat, metrics))))]
    for para, read_as in pieces:
        block = _block(path, index, para, ocr_pages, metrics)
        block = block.model_copy(update=read_as) if read_as else block
        yield mark_heading(block, marks) if marks else block
        index += 1
    for ln in flat:
        if ln.furniture is not None:
            yield Block(text=ln.text, furniture=cast(Furniture, ln.furniture), ocr=ln.page in ocr_pages, font_size=round(ln.size, 1),
                        prov=Provenance(file=str(path), index=index, page=ln.page, bbox=(ln.x0, ln.top, ln.x1, ln.bottom)))
            index += 1
