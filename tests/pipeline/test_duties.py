"""A task's targets are for the body the plan assigns it to: a bracketed field after the item, or a field line under
one task or several; the first body a field lists leads, 配合 bodies and a 牵头领导 do not."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from jihua.pipeline.duties import lead_body

PLAN = """石门县2026年为民办实事工作要点
一、养老服务
1.新建乡镇区域养老服务中心3个，改造提升村级互助养老点25个。（牵头单位：县民政局；配合单位：县财政局、各乡镇）
2.为特殊困难老年人家庭实施适老化改造200户。
3.开展老年人防诈骗宣传不少于20场。
责任单位：县民政局、县公安局
二、交通出行
4.新改建农村公路80公里，实施危桥改造12座。（县交通运输局牵头，各乡镇配合）
5.县公安局交警大队开展道路安全隐患排查，整改隐患60处。
"""


@pytest.mark.parametrize(("text", "body"), [
    ("（牵头单位：县教育局；配合单位：县发改局）", "县教育局"),
    ("责任单位：县卫健局，各乡镇人民政府", "县卫健局"),
    ("（县商务局、县财政局牵头，各乡镇配合）", "县商务局"),
    ("（牵头领导：李某某；配合单位：县财政局）", None),
    ("（完成时限：6月底前）", None),
])
def test_the_body_a_field_names_first_leads(text: str, body: str | None) -> None:
    assert lead_body(text) == body


def _docx(path: Path, text: str) -> Path:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_targets_are_for_the_body_the_plan_assigns(nlp_parser, tmp_path: Path, suffix: str) -> None:
    if suffix == "txt":
        path = tmp_path / "plan.txt"
        path.write_text(PLAN, encoding="utf-8")
    else:
        path = _docx(tmp_path / "plan.docx", PLAN)
    doc = nlp_parser.parse(path).documents[0]
    assert [(t.value, t.org) for t in doc.targets] == [
        (3, "县民政局"), (25, "县民政局"),  # its own bracketed field
        (200, "县民政局"), (20, "县民政局"),  # the field line under both
        (80, "县交通运输局"), (12, "县交通运输局"),  # unlabelled: 县交通运输局牵头
        (60, "县公安局"),  # no field: the body its sentence names, as before
    ]


def test_a_task_table_s_row_assigns_its_targets_to_its_lead_column(nlp_parser, tmp_path: Path) -> None:
    """序号 | 工作任务 | 牵头单位 | 配合单位: each row's targets are for the body its 牵头单位 cell names first."""
    document = docx.Document()
    document.add_paragraph("石门县2026年安全生产工作要点")
    document.add_paragraph("一、重点任务")
    document.add_paragraph("全年重点任务分解如下：")
    rows = [("序号", "工作任务", "牵头单位", "配合单位"),
            ("1", "开展危化品企业专项检查不少于4轮", "县应急管理局", "县公安局"),
            ("2", "完成燃气管道老化更新改造30公里", "县住建局、各乡镇人民政府", "县财政局"),
            ("3", "组织消防应急演练20场次", "", "县教育局")]
    table = document.add_table(rows=0, cols=4)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("二、保障措施")
    document.add_paragraph("各单位要加强组织领导，确保各项任务落实。")
    document.save(str(tmp_path / "plan.docx"))
    doc = nlp_parser.parse(tmp_path / "plan.docx").documents[0]
    assert [(t.value, t.org) for t in doc.targets] == [(4, "县应急管理局"), (30, "县住建局"), (20, None)]
