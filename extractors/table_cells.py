"""A table's cells as the readers and the comparison both treat them: a row's number, merged cells filled down, a
header row naming columns, and a form's field labels (a 发文稿纸's "签　　发", "成文日期").

Kept apart from the PDF table joins that first needed them so that `jihua diff`, which compares rows the same way,
imports small functions and not the PDF stack (pypdfium2 and the PDF readers, ~25 ms of a cold command); and below
the pipeline so that the HTML reader tells an OA form's fields by the same labels split sets a DOCX form aside by.
"""

from __future__ import annotations

import re


def serial(cell: str) -> int | None:
    """The row number a 序号 cell holds ("8", "8."), or None."""
    text = cell.strip().rstrip(".、．")
    return int(text) if text.isdigit() else None


def fill_down(rows: list[list[str | None]], above: list[str] | None = None) -> list[list[str]]:
    """A cell covered by a span from above takes the value above (as a DOCX vMerge or an HTML
    rowspan stands in every row it covers); the first row has none above it unless given."""
    out: list[list[str]] = []
    for row in rows:
        out.append([(above[k] if above is not None and k < len(above) else "") if c is None else c
                    for k, c in enumerate(row)])
        above = out[-1]
    return out


_HEAD_UNIT = re.compile(r"[（(]\s*([^()（）\d]{1,6})\s*[)）]\s*$")  # "总投资（万元）"
# a column's name: words, after a year it is for ("2026年目标", "2025年度实际"), at most ten characters
_LABEL = re.compile(r"^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]*$")
_LABEL_LENGTH = 10


def bracketed_unit(cell: str) -> tuple[str, str]:
    """"粮食产量（万吨）" → ("粮食产量", "万吨")."""
    m = _HEAD_UNIT.search(cell)
    return (cell[: m.start()], m.group(1)) if m else (cell, "")


def _label(cell: str) -> bool:
    """A cell that names a column: words, a year it is for, a unit in brackets or % after them ("面积（亩）",
    "占比%"), never a figure (a number has no words) or a sentence."""
    name = bracketed_unit(cell)[0].rstrip("%％")
    return 0 < len(name) <= _LABEL_LENGTH and bool(_LABEL.match(name))


def header_row(cells: list[str]) -> bool:
    """Whether a table's first row names its columns ("时间 | 主要工作 | 责任单位", "指标 | 2024年实际 |
    2025年目标值（%）") rather than holding its first entry: each of its cells is a column's name."""
    names = [name for c in cells if (name := re.sub(r"\s+", "", c or ""))]
    return bool(names) and all(map(_label, names))


# a form's field label: two to six Han characters, spaced out or not ("签　　发", "拟 稿 人", "来文单位："), no figure
_FIELD_LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]?$")
_FORM_ROWS = 3  # labelled rows a table has at least to be a form (a 发文稿纸, a 收文处理单)


def field_label(cell: str) -> bool:
    """A cell that is a form's field label, spaced out or not ("签　　发", "拟 稿 人", "来文单位：", "附件"): the one
    test for a DOCX form's cells and an HTML form's alike."""
    return _FIELD_LABEL_CELL.match(re.sub(r"\s+", "", cell or "")) is not None


def _field_row(cells: list[str]) -> bool:
    """A row that opens on a field's label and holds a value beside it ("拟稿人 | 某某 | 联系电话 | 6123400")."""
    names = [re.sub(r"\s+", "", c or "") for c in cells]
    return bool(names) and field_label(names[0]) and any(n and n != names[0] for n in names[1:])


def field_form(rows: list[list[str]]) -> bool:
    """A form of labelled fields (an OA 发文稿纸 or 收文处理单: "签　　发 | 同意。某某 | 会　　签 | …", "来文单位 | 某局 |
    收文日期 | 2025年4月2日"): most rows open on a short label with its value beside it, and the first row is no header
    naming columns ("工作任务 | 责任单位 | 完成时限" over the rows of a 任务分解表, whose first cells are short words too)."""
    if len(rows) < _FORM_ROWS or header_row(rows[0]):
        return False
    labelled = [r for r in rows if _field_row(r)]
    firsts = {re.sub(r"\s+", "", r[0]) for r in labelled}
    return len(labelled) >= _FORM_ROWS and len(firsts) == len(labelled) and len(labelled) * 3 >= len(rows) * 2
