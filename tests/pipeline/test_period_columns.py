"""A timetable laid out across the year ("重点工作 | 第一季度 | … | 第四季度 | 牵头股室"): the cells of its period
columns are the work due in each part of the year and their figures are targets, each with its column's
period; a column of dates (完成时限) names no period and is never read. Tables and plans are our own."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from jihua.pipeline.rules.lexicon import PERIOD_COLUMN
from jihua.pipeline.target_tables import PeriodCell, period_cells

QUARTERS = [
    ["重点工作", "第一季度", "第二季度", "第三季度", "第四季度", "责任科室"],
    ["农技培训", "拟定培训方案", "培训高素质农民300人次", "建成田间学校5所", "开展培训成效评估", "科教科"],
    ["耕地巡查", "每月一次", "每月一次", "每月一次", "每月一次", "耕保科"],
]


def test_period_column_heads_are_parts_of_the_year_not_dates() -> None:
    for head in ("第一季度", "二季度", "4—6月", "10月", "上半年", "下半年", "全年", "第三季度（7—9月）", "2026年第二季度"):
        assert PERIOD_COLUMN.match(head), head
    for head in ("完成时限", "时间", "月份", "6月底前", "2026年6月30日", "牵头单位", "季度目标"):
        assert not PERIOD_COLUMN.match(head), head


def test_a_quarter_tables_cells_are_read_with_their_columns_period() -> None:
    cells = period_cells(QUARTERS)
    assert PeriodCell("培训高素质农民300人次", "第二季度", "农技培训") in cells
    assert PeriodCell("建成田间学校5所", "第三季度", "农技培训") in cells
    # a cell printed alike under every quarter is read once
    assert PeriodCell("每月一次", "第一季度、第二季度、第三季度、第四季度", "耕地巡查") in cells
    assert period_cells([["序号", "工作任务", "责任单位", "完成时限"], ["1", "新建村级服务站8个", "民政科", "6月底前"]]) == []


def _plan(path: Path, heading: str, rows: list[list[str]]) -> Path:
    d = docx.Document()
    d.add_paragraph("澄水县农业农村局2026年工作计划", style="Title")
    d.add_paragraph("一、工作目标", style="Heading 1")
    d.add_paragraph("全年粮食播种面积稳定在42万亩以上。")
    d.add_paragraph(f"二、{heading}", style="Heading 1")
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(str(path))
    return path


@pytest.mark.parametrize("heading", ["重点任务", "进度安排"])
def test_a_quarter_tables_figures_are_targets_under_any_heading(parser, tmp_path, heading) -> None:
    doc = parser.parse(_plan(tmp_path / "quarters.docx", heading, QUARTERS)).documents[0]
    found = {t.text: t.period for t in doc.targets}
    assert found["培训高素质农民300人次"] == "第二季度"
    assert found["建成田间学校5所"] == "第三季度"
    assert found["耕地巡查每月一次"] == "每月"  # a cell naming no work is read after its row's task


def test_a_deadline_column_beside_the_periods_is_never_a_target(parser, tmp_path) -> None:
    rows = [["工作任务", "上半年", "下半年", "完成时限"],
            ["高标准农田建设", "完成项目招标", "建成高标准农田1.2万亩", "2026年11月30日前"]]
    doc = parser.parse(_plan(tmp_path / "halves.docx", "重点任务", rows)).documents[0]
    assert [(t.text, t.value, t.period) for t in doc.targets if t.unit != "万亩" or t.value != 42] == \
        [("建成高标准农田1.2万亩", 1.2, "下半年")]


def test_each_rows_name_qualifies_its_cells_figures(parser, tmp_path) -> None:
    """Rows that state the same work ("完成投资") for different items are told apart by their row's name: the
    row's task qualifies every cell's target, even a cell naming work of its own."""
    rows = [["工程类别", "上半年", "全年"],
            ["道路工程", "完成投资3亿元", "完成投资7亿元"],
            ["供水工程", "完成投资2亿元", "完成投资4亿元"]]
    doc = parser.parse(_plan(tmp_path / "projects.docx", "重点任务", rows)).documents[0]
    got = sorted((t.metric, t.value, t.period, t.text) for t in doc.targets if t.unit == "亿元")
    assert got == [("供水工程完成投资", 2, "上半年", "完成投资2亿元"), ("供水工程完成投资", 4, "全年", "完成投资4亿元"),
                   ("道路工程完成投资", 3, "上半年", "完成投资3亿元"), ("道路工程完成投资", 7, "全年", "完成投资7亿元")]
