"""An OA (协同办公) system's page: a 发文稿纸, 公文处理单 or 文件处理笺 of labelled fields, their values shown in read-only
form controls, the document's text under the form or in one of its cells.

Apart from `html.py` because a form page is read in two steps of its own: its controls' values become the text they
show before the page's chrome is dropped (an <input> is chrome on any other page), and a form table holding the text
in a cell is cut into its fields (one table, which split sets aside as a DOCX form is: `table_cells.field_form`) and
the text (read as the page's blocks).
"""

from __future__ import annotations

import copy

from jihua.extractors.html_tables import layout_table, table_rows
from jihua.extractors.html_text import text_len
from jihua.extractors.table_cells import field_form
from lxml import etree

# the controls a form shows a value in as text (not a check box, a button or a hidden field)
_TEXT_INPUTS = frozenset(("", "text", "date", "datetime-local", "month", "number", "tel", "email"))
_TEXT_CELL = 150  # as `html_tables`' layout cell: a field's value is a phrase, the document's text runs on


def show_control_values(root: etree._Element) -> None:
    """A read-only (or disabled) text <input> prints its value where it stands: an OA form's 标题, 文号 and 成文日期
    are shown in them ("<input readonly value="某局2026年…方案">"). It becomes a <span> of that value, so the value is
    read as the cell's text; an editable box (a site's search field and its prompt) stays a control, dropped as chrome.
    (A <textarea>'s text is already its content.)"""
    for el in list(root.iter("input")):
        shown = el.get("readonly") is not None or el.get("disabled") is not None
        value = (el.get("value") or "").strip()
        if not (shown and value and (el.get("type") or "").strip().lower() in _TEXT_INPUTS):
            continue
        span = etree.Element("span")
        span.text, span.tail = value, el.tail
        el.getparent().replace(el, span)


def _holds_text(cell: etree._Element) -> bool:
    """A cell holding the document's text, not a field's value: a long stretch of it, or a <textarea> of it."""
    return text_len(cell) >= _TEXT_CELL or any(True for _ in cell.iter("textarea"))


def form_table(table: etree._Element) -> tuple[list[list[str]], list[etree._Element]] | None:
    """A form of labelled fields an old page lays out as a layout table (a cell of several <br> lines: a 主送 list, an
    opinion signed and dated), the document's text maybe in a cell of it ("正文 | <textarea>…</textarea>"): its rows
    with that cell left empty (the form, which names it), and the cells holding the text. Its cells are never lines of
    the text ("附　　件" over nothing would open the annexes). None for any other table (a form read as a data table
    is a table already)."""
    if table.find(".//table") is not None or not layout_table(table):
        return None
    rows = [row.xpath("./td|./th") for row in table.iter("tr")]  # (as `table_rows` reads them: no table inside)
    texts = [cell for row in rows for cell in row if _holds_text(cell)]
    blank = copy.deepcopy(table)  # the form as it stands, its text cells emptied
    twins = [row.xpath("./td|./th") for row in blank.iter("tr")]
    for cell, twin in zip([c for row in rows for c in row], [c for row in twins for c in row], strict=True):
        if cell in texts:  # (its text and children out, its spans kept)
            twin.text = None
            for child in list(twin):
                twin.remove(child)
    grid = table_rows(blank)
    fields = [r for r, row in zip(grid, rows, strict=True) if not any(c in texts for c in row)]
    return (grid, texts) if field_form(fields) else None
