"""An annex printed as its mark and title on one line right over its table ("附表：2025年乡镇卫生院建设任务表",
"附件：…任务表", no number): an annex of its own, so the targets its rows set carry the annex as their section,
not the plan's last part."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.writers import write_txt

_PLAN = [
    "石湾县2025年卫生健康工作计划",
    "为持续提升群众健康水平，结合我县实际，制定本计划。",
    "一、工作目标",
    "全县家庭医生签约服务覆盖率达到95%。",
    "二、重点任务",
    "组建家庭医生团队120个，开展药品抽检不少于300批次。",
    "三、保障措施",
    "县财政安排卫生健康专项资金5000万元。",
]
_ROWS = [
    ["序号", "项目名称", "单位", "2025年目标任务"],
    ["1", "东湖镇卫生院业务用房改扩建", "平方米", "1200"],
    ["2", "西岭乡卫生院业务用房改扩建", "平方米", "800"],
    ["3", "南川镇卫生院业务用房改扩建", "平方米", "1000"],
]


def _html(path: Path, lines: list[str]) -> Path:
    table = "<table border='1'>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS) \
        + "</table>"
    path.write_text("<html><head><meta charset='utf-8'><title>计划</title></head><body><div class='content'>"
                    + "".join(f"<p>{t}</p>" for t in lines) + table + "</div></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("mark", ["附表：2025年乡镇卫生院建设任务表", "附件：2025年乡镇卫生院建设任务表"])
def test_a_titled_mark_over_its_table_opens_an_annex(parser, tmp_path, fmt, mark) -> None:
    lines = [*_PLAN, mark]
    path = write_txt(tmp_path / "plan.txt", [*lines, *("\t".join(r) for r in _ROWS)]) if fmt == "txt" \
        else _html(tmp_path / "plan.html", lines)
    [doc] = parser.parse(path).documents
    annex = doc.sections[-1]
    assert (annex.level, annex.type) == (1, "other") and annex.heading.endswith("2025年乡镇卫生院建设任务表")
    rows = [t for t in doc.targets if t.unit == "平方米"]
    assert [t.value for t in rows] == [1200, 800, 1000]
    assert all(t.section_id == annex.id for t in rows), [t.section_id for t in rows]


def test_a_line_naming_an_annex_in_the_text_stays_the_texts(parser, tmp_path) -> None:
    """"附件：…任务表" over the sign-off, not over a table, lists the annex in the text: the plan's last part keeps it."""
    lines = [*_PLAN, "附件：2025年乡镇卫生院建设任务表", "石湾县卫生健康局", "2025年2月10日"]
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务", "保障措施"]
