"""Targets printed as a table: "序号 | 指标名称 | 单位 | 2024年基期 | 2025年目标值 | 属性", or stated
in the cells of a task table ("序号 | 工作任务 | 牵头单位 | 完成时限"), or in the cells of a timetable laid out across the year ("重点工作 |
第一季度 | 第二季度 | … | 牵头股室").

Plans often list their quantified goals in an indicator table instead of sentences. A table is
read as one only when its header names an indicator column and a column of planned values (目标,
预期, 计划, 指标值, or the latest year, never a baseline, an actual or a completed column) and most of
its rows give that column a figure. Each row then becomes the clause it abbreviates ("农村卫生厕所普及率
| % | ≥90" → "农村卫生厕所普及率≥90%"), read by the one figure reader, `targets.find_targets`.

A 绩效目标表 (performance-target form) is such a table: "一级指标 | 二级指标 | 三级指标 | 指标值", where
the first levels are categories (产出指标, 质量指标) and the last names the indicator; the form a budget
system exports splits the value into "指标性质 | 指标值 | 度量单位" (≥ / ≤ / = or 正向 / 反向: the
comparator; the unit). Its value column holds words for qualitative indicators (持续完善), so it is
read whatever share of its rows give a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from jihua.extractors.text import prose_lines
from jihua.pipeline.duties import LEAD_HEAD, first_body
from jihua.pipeline.rules.lexicon import PERIOD_COLUMN, YEAR
from jihua.pipeline.rules.tables import bracketed_unit

_METRIC_HEAD = re.compile(r"指标|项目|名称|内容")
_UNIT_HEAD = re.compile(r"^(?:计量|度量|指标)?单位$")
_PLANNED_HEAD = re.compile(r"目标|预期|计划|预计|任务数|规划|指标值")
_VALUE_HEAD = re.compile(r"(?:目标|预期|指标)值$")  # 指标值, 年度指标值, 2025年目标值: a column of values by name
# the comparator's column of a 绩效 form: "指标性质 | 指标值" → "≥ | 90"
_FINER_INDICATOR = re.compile(r"[一二三四五六1-6]级指标|指标名称|^指标$")  # after 一级指标 or 指标类别
_SIGN_HEAD = re.compile(r"^(?:指标)?(?:性质|方向)$|符号")
_ACHIEVED_HEAD = re.compile(r"^(?:(?:19|20)\d{2}年?)?(?:完成|实际|实现|达到)(?:值|数|情况)?(?:[（(].*)?$")  # not 完成率
_NOT_PLANNED = re.compile(r"基期|基数|基准|现状|完成|实际|实现|上年|去年|同期|增减|属性|性质|方向|符号|备注|序号|责任|牵头|配合|时限")
_RATE_HEAD = re.compile(r"年均|增速|增长率")  # "年均增长（%）": the rate a row commits to when it sets no end value
_FIGURE = re.compile(r"\d")
_NUMERIC_CELL = re.compile(r"[\d.,%％\s]+")  # a cell of figures only: not an indicator's name
_LAST_NUMBER = re.compile(r"\d+(?:\.\d+)?(?!.*\d)")
_BARE_TAIL = re.compile(r"^\s*(?:及以上|以上|及以下|以下|以内|左右|上下)?\s*$")


@dataclass(frozen=True)
class RowClause:
    """One row of an indicator table as the clause it abbreviates."""

    text: str  # the indicator and its planned value as the table prints them: "农村卫生厕所普及率≥90%"
    row: str  # the whole row, cells joined: the "sentence" the target stands in
    year: int | None = None  # the year of a table of several planned years the value is for


def dated(text: str, value_text: str, year: int | None) -> str:
    """A row's clause with its column's year before the value, as the target's text: "普及率2027年≥90%"."""
    at = text.rfind(value_text) if year is not None and value_text else -1
    while at > 0 and text[at - 1] in "≥≤<>＜＞=≈约近":  # the value's sign goes with it: "2027年≤1.35"
        at -= 1
    return text if at < 0 else f"{text[:at]}{year}年{text[at:]}"


def _clean(cell: str) -> str:
    return re.sub(r"\s+", "", cell or "")


def _year(cell: str) -> int | None:
    m = YEAR.search(cell) or re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", cell)
    return int(m.group(1)) if m and m.group(1) else None


class Columns(NamedTuple):
    """Where a header puts an indicator table's parts."""

    metric: int
    unit: int | None
    value: int
    sign: int | None = None  # 指标性质: the comparator the value is held to
    # a table of several planned years ("基期值 | 2026年 | 2027年 | 2028年"): each year's column and its year, the value's
    # among them; () for a table of one planned value
    stages: tuple[tuple[int, int], ...] = ()


def _metric_column(cells: list[str]) -> int | None:
    """The column naming the indicator: the first indicator head; of several 指标 columns side by side
    ("一级指标 | 二级指标 | 三级指标", "指标类别 | 指标名称") the last, the others being its categories."""
    def named(c: str) -> bool:
        return bool(_METRIC_HEAD.search(c)) and not _PLANNED_HEAD.search(c) and not _NOT_PLANNED.search(c) \
            and not _UNIT_HEAD.match(c)

    metric = next((i for i, c in enumerate(cells) if named(c)), None)
    if metric is None:
        return None
    while metric + 1 < len(cells) and (cells[metric + 1] == cells[metric] or (
            "指标" in cells[metric] and _FINER_INDICATOR.search(cells[metric + 1]) and named(cells[metric + 1]))):
        metric += 1  # "指标" across two columns, or indicator levels: the indicator is the last
    return metric


def _columns(header: list[str], achieved: bool = False, plan_year: int | None = None) -> Columns | None:
    """The parts of a header row, or None: the planned value; with `achieved` (a part that reviews)
    the value reached (完成值, 实际), never the target beside it. (`plan_year`: the year the plan starts, which
    tells a table's planned years from its base.)"""
    cells = [_clean(c) for c in header]
    metric = _metric_column(cells)
    if metric is None:
        return None
    unit = next((i for i, c in enumerate(cells) if _UNIT_HEAD.match(c)), None)
    sign = next((i for i, c in enumerate(cells) if i != metric and _SIGN_HEAD.search(c)), None)
    if achieved:
        done = [i for i, c in enumerate(cells) if i not in (metric, unit) and _ACHIEVED_HEAD.search(c)]
        if done or any(_PLANNED_HEAD.search(c) for c in cells):
            return Columns(metric, unit, done[0]) if done else None
    candidates = [i for i, c in enumerate(cells) if i not in (metric, unit) and not _NOT_PLANNED.search(c)]
    planned = [i for i in candidates if _PLANNED_HEAD.search(cells[i])]
    stages: tuple[tuple[int, int], ...] = ()
    if not planned:  # "2024年 | 2025年": the latest year is the one planned for
        dated = [(y, i) for i in candidates for y in [_year(cells[i])] if y is not None]
        planned = [max(dated)[1]] if len(dated) >= 2 else []
        stages = () if achieved else _stages(cells, dated, plan_year)
    return Columns(metric, unit, planned[-1], sign, stages) if planned else None


_BASE_HEAD = re.compile(r"基期|基准|基数|现状")


def _stages(cells: list[str], dated: list[tuple[int, int]], plan_year: int | None) -> tuple[tuple[int, int], ...]:
    """The planned years of a table that sets a figure for each ("指标 | 2025年基期值 | 2026年 | 2027年 | 2028年"):
    where a column is named the base ("基期值"), every other year's column; else those from the plan's own year on,
    a year before it being where the plan starts from; () for one planned year, or where neither tells."""
    if any(_BASE_HEAD.search(c) for c in cells):
        years = [(i, y) for y, i in dated]
    elif plan_year is not None:
        years = [(i, y) for y, i in dated if y >= plan_year]
    else:
        return ()
    return tuple(sorted(years)) if len(years) >= 2 else ()


def _measure(header_cell: str) -> str:
    """What a value column measures beyond "the target": "2025年计划投资（万元）" → "计划投资"."""
    text = bracketed_unit(YEAR.sub("", header_cell))[0]
    return re.sub(r"(?:19|20)\d{2}|指标值|目标值|预期值|完成值|实际值|目标|预期|完成|实际|实现|数值|值|年度|年|[:：]", "", text)


def _with_unit(value: str, unit: str) -> str:
    """"≥90" with the unit column's "%" → "≥90%"; "90%以上" already has its own. Each figure of a cell that
    states two ("确保52，力争55": a floor and a stretch) takes the unit: "确保52亿元，力争55亿元"."""
    pieces = re.split(r"([，、；;]|,(?!\d))", value)  # (not a thousands separator: 1,200)
    if len(pieces) > 1:
        return "".join(_with_unit(p, unit) if k % 2 == 0 else p for k, p in enumerate(pieces))
    last = _LAST_NUMBER.search(value)
    if last is None or not unit or unit in ("/", "—", "-") or not _BARE_TAIL.match(value[last.end():]):
        return value
    return value[: last.end()] + unit + value[last.end():]


def _rate_column(header: list[str], metric_col: int, value_col: int) -> int | None:
    """The average growth column beside the planned one ("2030年目标 | 年均增长"), or None."""
    cells = [_clean(c) for c in header]
    return next((i for i, c in enumerate(cells) if i not in (metric_col, value_col) and _RATE_HEAD.search(c)
                 and not _NOT_PLANNED.search(c)), None)


_SIGNS = (("≥", re.compile(r"≥|>=|＞＝|大于等于|不低于|不少于|不小于|正向")),
          ("≤", re.compile(r"≤|<=|＜＝|小于等于|不高于|不超过|不多于|不大于|反向")),
          (">", re.compile(r">|＞|大于|高于|多于")), ("<", re.compile(r"<|＜|小于|低于|少于")))
_OWN_SIGN = re.compile(r"^[≥≤<>＜＞]|不低于|不少于|不高于|不超过|至少|以上|以下|以内|左右|之间|[-—~～至]")
_EQUALS = re.compile(r"^(?:=|＝|等于)")


def _held_to(sign: str, value: str) -> str:
    """A value with the comparator its 指标性质 cell gives: "≥" and "3.2" → "≥3.2"; 正向 (more is better)
    makes the value a floor, 反向 a ceiling; "=" adds nothing. A value stating its own bound keeps it."""
    value = _EQUALS.sub("", value)
    if _OWN_SIGN.search(value):
        return value
    symbol = next((s for s, pattern in _SIGNS if pattern.search(sign)), "")
    return symbol + value


_TOTAL = re.compile(r"^(?:合计|总计|小计|共计|累计)$")
_COUNT_IN_LABEL = re.compile(r"\d+\s*(?:个|家|户|所|处|条|项|座|栋|村|镇)")


def _row_label(row: list[str], metric_col: int, metric: str) -> str:
    """The name a row's figure is for: a total row's label ("合计 | 12个 | …" → 合计), and a name that holds a
    count ("其他7个小区") quoted, so the count is read as part of the name, not as a figure of its own."""
    total = next((c for c in (_clean(x) for x in row[:metric_col]) if _TOTAL.match(c)), None)
    if total is not None:
        return total
    return f"“{metric}”" if _COUNT_IN_LABEL.search(metric) else metric


def _total_row(row: list[str], metric_col: int) -> bool:
    """A total's row: its label ("合计", "小计", "总计") where the indicator's name would stand, or in a cell before it."""
    return any(_TOTAL.match(_clean(c)) for c in row[: metric_col + 1])


_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _cell_number(row: list[str], col: int) -> float | None:
    m = _CELL_NUMBER.search(_clean(row[col]).replace(",", "")) if col < len(row) else None
    return float(m.group(0)) if m else None


def _sums_rows(body: list[list[str]], at: int, col: int, metric_col: int) -> bool:
    """Row `at` is a total ("合计 | 3000") whose figure in column `col` is the sum of the rows it totals — those since
    the last total row (a 小计's group), or all of them (a 总计): it restates them, no target of its own. A total
    that is no such sum (it counts rows the table does not list) or the only figure stays."""
    row = body[at]
    value = _cell_number(row, col)
    if value is None or not _total_row(row, metric_col):
        return False
    totals = [r for r in range(at) if _total_row(body[r], metric_col)]
    since = totals[-1] + 1 if totals else 0
    sums = []
    for first in {since, 0}:
        figures = [v for r in range(first, at) if r not in totals and (v := _cell_number(body[r], col)) is not None]
        if figures:
            sums.append(sum(figures))
    return any(abs(total - value) <= 1e-6 * max(1.0, value) for total in sums)


# a value column's head alone in its cell: "指标值", "年度指标值", "2025年目标值（%）"
_VALUE_CELL = re.compile(r"^(?:(?:19|20)\d{2}年?)?(?:年度)?(?:指标|目标|预期)值(?:[（(][^()（）]*[)）])?$")


def _header(rows: list[list[str]], achieved: bool = False, plan_year: int | None = None) -> tuple[int, Columns] | None:
    """The header row and its columns: one of the first two rows, or, in a 绩效 form that prints the
    project's name, funds and aims above its indicators in one table, the row naming 指标值 further down."""
    for h, header in enumerate(rows):
        if h >= 2 and not any(_VALUE_CELL.match(_clean(c)) for c in header):
            continue
        columns = _columns(header, achieved, plan_year)
        if columns is not None:
            return h, columns
    return None


def row_clauses(rows: list[list[str]], achieved: bool = False, plan_year: int | None = None) -> list[RowClause]:
    """The clauses of an indicator table, or [] for any other table (a schedule, a list of tasks);
    `achieved`: the values a review reports reached, not their targets. A table of several planned years gives a
    clause for each year's cell of a row, with its year."""
    found = _header(rows, achieved, plan_year)
    if found is None:
        return []
    h, columns = found
    header = rows[h]
    rate_col = None if achieved else _rate_column(header, columns.metric, columns.value)
    body = [r for r in rows[h + 1:] if len(r) > max(columns.metric, columns.value)]
    out: list[RowClause] = []
    for r, row in enumerate(body):
        stages: list[tuple[int, int | None]] = [(i, y) for i, y in columns.stages if i < len(row)] \
            or [(columns.value, None)]
        out.extend(c for i, y in stages if not _sums_rows(body, r, i, columns.metric)
                   and (c := _row_clause(row, header, columns._replace(value=i), rate_col, y)))
    read = {c.row for c in out}  # (a row of several years counts once)
    by_name = _VALUE_HEAD.search(_clean(header[columns.value])) is not None  # qualitative rows are its own
    return out if len(read) * 2 >= len(body) or (by_name and out) else []


# an indicator's abbreviation in its brackets ("数据中心电能利用效率（PUE）"): part of its name, no unit
_ACRONYM = re.compile(r"[A-Z]{3,}")


def _row_clause(row: list[str], header: list[str], columns: Columns, rate_col: int | None,
                year: int | None) -> RowClause | None:
    """One row's clause for the value in `columns.value`, or None where the cell gives no figure."""
    metric_col, unit_col, value_col, sign_col, _ = columns
    column = value_col
    if not _FIGURE.search(_clean(row[value_col])) and rate_col is not None and rate_col < len(row) and year is None:
        column = rate_col  # "增加值增速 | 8.1 | — | 7以上": the target year's cell is empty, the rate is the goal
    metric, value = _clean(row[metric_col]), _clean(row[column])
    if not metric or not _FIGURE.search(value) or _NUMERIC_CELL.fullmatch(metric):
        return None
    label = _row_label(row, metric_col, metric)
    metric, unit = bracketed_unit(label)
    if _ACRONYM.fullmatch(unit):
        metric, unit = label, ""
    head = _clean(header[column])
    unit = (_clean(row[unit_col]) if unit_col is not None and unit_col < len(row) else "") or unit \
        or bracketed_unit(head)[1]
    if sign_col is not None and sign_col < len(row) and column == value_col:
        value = _held_to(_clean(row[sign_col]), value)
    value = _with_unit(value, unit)
    metric += _measure(head) if column == value_col else bracketed_unit(YEAR.sub("", head))[0]
    return RowClause(f"{metric}{value}", " | ".join(c.strip() for c in row), year)


_TASK_HEAD = re.compile(r"任务|内容|措施|工作|事项|举措|要求|目标|指标")
_NOT_TASK = re.compile(r"单位|部门|责任|牵头|配合|时限|时间|序号|备注|分管|领导")
# 具体目标, 目标要求, 预期目标, 具体指标 (in a task table, not an indicator table): the figure a task is to reach
_GOAL_HEAD = re.compile(r"目标|要求|指标")
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")


def task_cells(rows: list[list[str]]) -> list[str]:
    """The task cells of a task-division table (工作任务 | 具体目标 | 牵头单位 | 完成时限), each a sentence
    or more the figure reader reads as running text; [] for an indicator table or a table of other data.
    A goal cell that is a bare figure ("≥95%") is read after its row's task, which it measures."""
    return [cell for cell, _ in task_rows(rows)]


def task_rows(rows: list[list[str]]) -> list[tuple[str, int]]:
    """`task_cells`, each with the index of its row (-1: a 绩效 form's aims, no row of tasks)."""
    if not rows or row_clauses(rows):
        found = _header(rows)  # a 绩效 form's rows above its indicators: the project's aims, as text
        return [(aim, -1) for aim in _labelled_aims(rows[: found[0]])] if found is not None else []
    header = [_clean(c) for c in rows[0]]
    named = not any(map(_prose, rows[0]))  # a first row of sentences is the first entry: no column's name
    columns = [i for i, c in enumerate(header) if named and _TASK_HEAD.search(c) and not _NOT_TASK.search(c)]
    tasks = [i for i in columns if not _GOAL_HEAD.search(header[i])]
    # a column whose name says it holds no task (牵头单位, 完成时限, 第二季度: a timetable's own reader) is never prose
    other = {i for i, c in enumerate(header) if named and (_NOT_TASK.search(c) or PERIOD_COLUMN.match(c))}
    out: list[tuple[str, int]] = []
    for r, row in enumerate(rows):
        for i, cell in enumerate(c.strip() for c in row):
            if r == 0 and named:
                continue
            if i not in columns:
                if i not in other and _prose(cell) and all(cell != c for c, _ in out):  # (a merged cell stands in
                    out.append((cell, r))  # each place it covers)
                continue
            if cell and i not in tasks and not _WORDS.search(cell):
                task = next((row[t].strip() for t in tasks if t < len(row) and row[t].strip()), "")
                cell = under_task(task, cell) if task else ""
            if cell:
                out.append((cell, r))
    return out


def row_leads(rows: list[list[str]]) -> dict[int, str]:
    """The body each row's lead column names first (牵头单位, 责任单位 | "县住建局、各乡镇" → 县住建局), by row index."""
    if not rows:
        return {}
    column = next((i for i, c in enumerate(rows[0]) if LEAD_HEAD.match(_clean(c))), None)
    if column is None:
        return {}
    return {r: body for r, row in enumerate(rows[1:], start=1)
            if column < len(row) and (body := first_body(row[column])) is not None}


def _prose(cell: str) -> bool:
    """A cell of running text, read like the body whatever its column is called ("政治监督" | "全年开展专项监督
    检查不少于6次。"; a 专栏 box's "“无废学校”：创建“无废学校”不少于30所。"): the test a DOCX layout table's cells pass."""
    return prose_lines([line for line in cell.split("\n") if line.strip()])


def under_task(task: str, cell: str) -> str:
    """A cell read after its row's task, which names what the cell's figure measures ("道路工程" | "完成投资3亿元"
    → "道路工程完成投资3亿元"); a cell that already names the task ("耕地巡查每月一次") is read as printed."""
    return cell if not task or task in cell else f"{task}{cell}"


def _labelled_aims(rows: list[list[str]]) -> list[str]:
    """A 绩效 form's rows above its indicators are label | text pairs ("年度总体目标 | 完成10个村饮水工程
    改造…", "项目名称 | …", "资金总额 | …"): the text of a row whose label names aims or tasks, as running text."""
    out: list[str] = []
    for row in rows:
        label = _clean(row[0]) if row else ""
        texts = list(dict.fromkeys(c.strip() for c in row[1:] if c.strip() and _clean(c) != label))
        # one text merged across the row: a row of several (中期目标 | 年度目标, 预期目标 | 实际完成) is a grid, not a pair
        if len(texts) == 1 and _TASK_HEAD.search(label) and not _NOT_TASK.search(label):
            out.extend(texts)
    return out


class PeriodCell(NamedTuple):
    """A cell of a timetable's period column: the work due in that part of the year."""

    text: str  # "完成村医培训300人次"
    period: str  # the column's head: "第二季度"; a cell printed alike under several, "第一季度、第三季度"
    task: str  # the row's task ("村医培训"), which qualifies every figure of the cell ("村医培训每月一次")


def _task_column(header: list[str], first_period: int) -> int | None:
    """The column naming each row's work, left of the periods: the nearest that is no 序号, 责任 or 时限."""
    return next((i for i in range(first_period - 1, -1, -1) if header[i] and not _NOT_TASK.search(header[i])), None)


def period_cells(rows: list[list[str]]) -> list[PeriodCell]:
    """The cells of a timetable whose columns are parts of the year ("重点工作 | 第一季度 | 第二季度 | … | 牵头
    股室"), each with the period its column names; [] for an indicator table (read row by row) or a table
    with no such column. A column of dates (完成时限: "6月底前") names no period and is never read."""
    if not rows or row_clauses(rows):
        return []
    header = [_clean(c) for c in rows[0]]
    periods = [i for i, c in enumerate(header) if PERIOD_COLUMN.match(c)]
    if not periods:
        return []
    task_col = _task_column(header, periods[0])
    out: list[PeriodCell] = []
    for row in rows[1:]:
        task = row[task_col].strip() if task_col is not None and task_col < len(row) else ""
        due: dict[str, list[str]] = {}  # a cell printed alike under several periods is read once
        for i in periods:
            cell = row[i].strip() if i < len(row) else ""
            if cell and _clean(cell) != header[i]:  # (a header row repeated on the next page)
                due.setdefault(cell, []).append(header[i])
        out.extend(PeriodCell(cell, "、".join(heads), task) for cell, heads in due.items())
    return out
