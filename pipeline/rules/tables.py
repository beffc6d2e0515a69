"""How a table names its columns, read alike by the indicator-table reader (`target_tables`) and by the
trace, for which a header row is no measure: a unit in brackets after a column's name ("总投资（万元）"),
and a first row whose every cell is a column's name (both kept in `extractors.table_cells`, with a form's field
labels, so the readers below the pipeline tell them alike); the columns that say when, who or which row."""

from __future__ import annotations

__all__ = ["NUMBER_COLUMN", "SIDE_COLUMN", "bracketed_unit", "field_form", "header_row"]

import re

from jihua.extractors.table_cells import bracketed_unit, field_form, header_row

# columns that say when, who or which row, not what is done ("序号 | 重点任务 | 牵头单位 | 完成时限": only
# 重点任务 is the work): the trace reads a row by its other cells, the diff pairs rows by them
SIDE_COLUMN = re.compile(r"时间|日期|时限|月份|责任|单位|牵头|配合|备注|序号")
# a header cell naming the column of row numbers ("序号", "编号", "No.", "序　号"): its digits count the rows; a
# column named for weeks, months or years ("周次", "月份", "年度") holds digits that are data
NUMBER_COLUMN = re.compile(r"^(?:序号?|编号|号|No\.?|#)$", re.IGNORECASE)
