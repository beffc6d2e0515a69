"""HTML tables: which ones a page lays itself out with (their cells read as the page's blocks), which hold data,
and a data table's rows as a grid with its spanning cells spread.

Apart from `html.py` because telling a layout table from a data table is its own question, asked by the article
finder and by the block walk alike; the walk itself stays in `html.py`.
"""

from __future__ import annotations

import re

from jihua.extractors.docx_lines import labelled_layout
from jihua.extractors.html_space import SPACE
from jihua.extractors.html_text import element_lines, text_len
from lxml import etree

_SENTENCE = re.compile(r"[\u4e00-\u9fff][^。！？]{14,300}[。！？]")  # a sentence of running text, closed (bounded: linear)


# a table's rows wherever they stand (directly, or in <thead>, <tbody>, <tfoot>); its body rows; their cells
_ROWS = "./tr|./thead/tr|./tbody/tr|./tfoot/tr"
_BODY_ROWS = "./tr|./tbody/tr"
TABLE_CELLS = "|".join(f"{rows}/{cell}" for rows in _ROWS.split("|") for cell in ("td", "th"))
_BODY_CELLS = "|".join(f"{rows}/{cell}" for rows in _BODY_ROWS.split("|") for cell in ("td", "th"))


def holds_sentences(table: etree._Element) -> bool:
    """A table whose cells hold running text closed by a full stop: the document's paragraphs laid out
    in it (a closing paragraph and the sign-off), not a frame of site names and links."""
    return any(_SENTENCE.search(SPACE.sub("", cell.text_content()))
               for cell in table.xpath("./tr/td|./tbody/tr/td"))


def data_table(table: etree._Element) -> bool:
    """A table of figures or phrases in rows and columns, not the frame of a page's piece: two rows or
    more, one of them with two cells or more, and no cell holding a column of the page."""
    rows = table.xpath(_ROWS)
    return len(rows) >= 2 and any(len(r.xpath("./td|./th")) >= 2 for r in rows) and not layout_table(table)


_LAYOUT_CELL_TEXT = 150  # a data cell is a figure or a phrase; a cell holding this much text is a page column


def layout_table(table: etree._Element) -> bool:
    """A table an old site lays its page out with: each of its rows is one cell (a box around a line,
    such as the page's 来源/发布时间 fields, or boxes stacked; a data table has columns), or a body cell
    holds running text (a long stretch, or several <br>-separated lines, or blocks of its own), not a
    figure or a phrase (a note in the table's <tfoot> may run on: it is the table's own)."""
    rows = table.xpath(_ROWS)
    if rows and all(len(row.xpath("./td|./th")) == 1 for row in rows):
        return True
    if _labelled(rows):
        return True
    for cell in table.xpath(_BODY_CELLS):
        blocks = [c for c in cell if isinstance(c.tag, str) and c.tag in ("p", "div", "table")]
        if text_len(cell) >= _LAYOUT_CELL_TEXT or len(cell.xpath(".//br")) >= 3 \
                or any(c.tag == "table" for c in blocks) or len(blocks) >= 3:
            return True
    return False


def _labelled(rows: list[etree._Element]) -> bool:
    """Rows of a part's label beside its text ("一、工作目标" | "到年底，…。"), as DOCX and PDF layout tables are
    told (`labelled_layout`)."""
    cells = [row.xpath("./td|./th") for row in rows]
    if not cells or any(len(pair) != 2 for pair in cells):
        return False
    text = [[[line for line in (SPACE.sub("", t) for t in cell.itertext()) if line] for cell in pair] for pair in cells]
    return labelled_layout([(["".join(label)], body) for label, body in text])


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 50))
    except ValueError:
        return 1


def table_rows(table: etree._Element) -> list[list[str]]:
    """Rows as a grid: a cell spanning rows or columns (rowspan, colspan) stands in every place it
    covers ("目标值" over 2024 and 2025 heads both; a category over two indicators is each one's),
    so every row's cells line up under their headers."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows it still covers below)

    def carried(column: int) -> str:
        """The text a cell from a row above spreads into this row's column."""
        text, left = pending.pop(column)
        if left > 1:
            pending[column] = (text, left - 1)
        return text

    for row in table.iter("tr"):
        out: list[str] = []
        cells = iter(row.xpath("./td|./th"))
        while True:
            if len(out) in pending:
                out.append(carried(len(out)))
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = " ".join(element_lines(cell))
            for _ in range(_span(cell, "colspan")):
                if _span(cell, "rowspan") > 1:
                    pending[len(out)] = (text, _span(cell, "rowspan") - 1)
                out.append(text)
        while len(out) in pending:  # spans from above past the row's own cells
            out.append(carried(len(out)))
        grid.append(out)
    return grid
