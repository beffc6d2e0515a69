"""A table a page break cut in two, joined back: a row whose cells go on from the row above (a sentence
cut mid-clause, a number column that counts every row), cells a span covers filled down, and a boxed table's
row that continues on the next page merged into it.

Apart from `pdf.py`, which reads pages: this works on the paragraphs and tables already read, whatever page
they came from.
"""

from __future__ import annotations

import re
from typing import cast

from jihua.extractors.cjk import join_lines
from jihua.extractors.layout import FIGURE, LABEL_START, Paragraph
from jihua.extractors.pdf_tables import first_cell_goes_on
from jihua.extractors.table_cells import fill_down, serial
from jihua.extractors.text import BODY_NAME

_ENDS = re.compile(r"[。；;！？!?）)”]\s*$")


def _numbers_each_row(above: list[str], table: list[list[str]]) -> bool:
    """The first column numbers the rows one by one (序号): the row above has a number, and no
    number stands in two rows (a table that merges a number over two task rows, filled down into
    both, may open the next page with the second of them, its number cell empty)."""
    numbers = [n for r in table if r and (n := serial(r[0])) is not None]
    return serial(above[0]) is not None and len(numbers) == len(set(numbers))


# a row of its own under any row: a sub-item, a subtotal, a note ("其中：配套管网", "小计", "注：…")
_OWN_ROW = re.compile(r"^\s*(?:其中|小计|合计|总计|注\s*[:：\d①-⑳])")


def _opens_own_row(row: list[str]) -> bool:
    """The row's first text opens a sub-item, a subtotal or a note: never the rest of a row."""
    first = next((c for c in row if c.strip()), "")
    return bool(_OWN_ROW.match(first))


def _amount(cell: str) -> bool:
    """A cell holds an amount alone ("3.5", "12公里"), not a date a line break cut ("2026年" | "6月底前")."""
    return bool(FIGURE.fullmatch(cell)) and not any(unit in cell for unit in "年月日")


def _goes_on(above: str, below: str) -> bool:
    """The text under a cell is the rest of it: the cell above is unfinished ("…个别下" | "属单位…",
    "2026年6" | "月底前"), the text below opens no entry of its own, and the two are not both
    amounts ("3.5" | "1.2") or whole names of bodies ("县交通局" | "县水利局")."""
    a, b = above.strip(), below.strip()
    if _ENDS.search(a) or LABEL_START.match(b) or _OWN_ROW.match(b):
        return False
    return not (_amount(a) and _amount(b)) and not (BODY_NAME.match(a) and BODY_NAME.match(b))


def cut_row(above: list[str], row: list[str], table: list[list[str]] | None = None) -> bool:
    """A page break cut a row in two: the part on the new page has no number or name in its first
    cell and text only under cells the row above left unfinished ("…每季" | "度开展一次…"), or
    only the rest of a wrapped first cell (see first_cell_goes_on; `table`: the table's rows).
    Text under more than half the cells ("…个别下" | "属单位…", "2025年6" | "月底前") is a cut
    row only where the first column numbers each row (a numbered row never lacks its number,
    while an unnumbered one may be a task under an area cell merged down from the page above)
    and every cell of it goes on from the one above: a row complete on its own under a numbered
    one ("" | "其中：配套管网" | … | "1.2" | "县水利局") is a row of its own."""
    if len(above) != len(row) or _opens_own_row(row):
        return False
    if first_cell_goes_on(above, row, table or []):
        return True
    filled = [k for k, c in enumerate(row) if c.strip()]
    if not filled or row[0].strip() or not above[0].strip() or not all(above[k].strip() for k in filled):
        return False
    if len(filled) <= len(row) // 2:
        return any(not _ENDS.search(above[k]) for k in filled)
    return _numbers_each_row(above, table or []) and all(_goes_on(above[k], row[k]) for k in filled)


def _continue_spans(rows: list[list[str | None]]) -> list[list[str | None]]:
    """A span the page break cut goes on at the top of the new page as an empty cell over covered
    ones: that empty cell, too, is covered from above (the span's text is not printed again)."""
    if len(rows) > 1:
        rows[0] = [None if c == "" and rows[1][k] is None else c for k, c in enumerate(rows[0])]
    return rows


_CLAUSE_MARK = re.compile(r"[，,：:、]")


def _box_row_goes_on(box: Paragraph, para: Paragraph) -> bool:
    """A one-column box (a 专栏) whose last row a page break cut: the row ends mid-sentence (a clause
    begun, no 。；: "…数字化产品30项，服务中") and the new page opens, inside the box's width, with
    text that starts no entry of its own ("小企业不少于1000家。"). The piece left on the new page is one
    framed cell, which the table finder never takes for a table; it is the rest of that row."""
    table, first = box.first.table, para.first
    if table is None or first.table is not None or len(table[0]) != 1 or first.page != box.first.page + 1:
        return False
    cell = (table[-1][0] or "").strip()
    inside = all(box.first.x0 - 2 <= ln.x0 and ln.x1 + ln.shift <= box.first.x1 + 2 for ln in para.lines)
    return (len(cell) > 12 and bool(_CLAUSE_MARK.search(cell)) and not _ENDS.search(cell) and inside
            and not LABEL_START.match(para.text) and not _OWN_ROW.match(para.text))


def merge_split_tables(paras: list[Paragraph]) -> list[Paragraph]:
    """A table cut by page breaks continues on each next page: same columns, next in order, its
    repeated header row dropped (and a row a break cut in two is one row again); spans filled."""
    out: list[Paragraph] = []
    last_page = 0  # the page the table in out[-1] has reached
    for para in paras:
        prev = out[-1] if out else None
        first = para.first
        if (prev is not None and prev.first.table is not None and first.table is not None
                and first.page == last_page + 1 and len(first.table[0]) == len(prev.first.table[0])):
            table = cast(list[list[str]], prev.first.table)
            rows = first.table[1:] if fill_down(first.table[:1]) == table[:1] else first.table
            if rows and cut_row(table[-1], [c or "" for c in rows[0]], table + fill_down(rows[1:])):  # a row cut in two
                table[-1] = [a + (b or "") for a, b in zip(table[-1], rows[0], strict=True)]
                rows = rows[1:]
            else:
                rows = _continue_spans(rows)
            table.extend(fill_down(rows, table[-1]))
            last_page = first.page
            continue
        if prev is not None and first.page == last_page + 1 and _box_row_goes_on(prev, para):
            box = cast(list[list[str]], prev.first.table)
            box[-1][0] = join_lines([box[-1][0], para.text])
            continue
        if first.table is not None:
            first.table[:] = fill_down(first.table)
        last_page = first.page
        out.append(para)
    return out
