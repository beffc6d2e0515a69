"""How a table names its columns, read alike by the indicator-table reader (`target_tables`) and by the
trace, for which a header row is no measure: a unit in brackets after a column's name ("总投资（万元）"),
and a first row whose every cell is a column's name."""

from __future__ import annotations

import re

_HEAD_UNIT = re.compile(r"[（(]\s*([^()（）\d]{1,6})\s*[)）]\s*$")  # "总投资（万元）"
# a column's name: words, after a year it is for ("2026年目标", "2025年度实际"), at most ten characters
_LABEL = re.compile(r"^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]*$")
_LABEL_LENGTH = 10
# columns that say when, who or which row, not what is done ("序号 | 重点任务 | 牵头单位 | 完成时限": only
# 重点任务 is the work): the trace reads a row by its other cells, the diff pairs rows by them
SIDE_COLUMN = re.compile(r"时间|日期|时限|月份|责任|单位|牵头|配合|备注|序号")
# a header cell naming the column of row numbers ("序号", "编号", "No.", "序　号"): its digits count the rows; a
# column named for weeks, months or years ("周次", "月份", "年度") holds digits that are data
NUMBER_COLUMN = re.compile(r"^(?:序号?|编号|号|No\.?|#)$", re.IGNORECASE)


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


def _field_row(cells: list[str]) -> bool:
    """A row that opens on a field's label and holds a value beside it ("拟稿人 | 某某 | 联系电话 | 6123400")."""
    names = [re.sub(r"\s+", "", c or "") for c in cells]
    return bool(names) and _FIELD_LABEL_CELL.match(names[0]) is not None and any(n and n != names[0] for n in names[1:])


def field_form(rows: list[list[str]]) -> bool:
    """A form of labelled fields (an OA 发文稿纸 or 收文处理单: "签　　发 | 同意。某某 | 会　　签 | …", "来文单位 | 某局 |
    收文日期 | 2025年4月2日"): most rows open on a short label with its value beside it, and the first row is no header
    naming columns ("工作任务 | 责任单位 | 完成时限" over the rows of a 任务分解表, whose first cells are short words too)."""
    if len(rows) < _FORM_ROWS or header_row(rows[0]):
        return False
    labelled = [r for r in rows if _field_row(r)]
    firsts = {re.sub(r"\s+", "", r[0]) for r in labelled}
    return len(labelled) >= _FORM_ROWS and len(firsts) == len(labelled) and len(labelled) * 3 >= len(rows) * 2
