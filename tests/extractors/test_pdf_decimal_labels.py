"""A decimal outline label printed to PDF keeps the gap after it ("2.1.3 开展河道清淤"): without it the
label reader takes "2.1开展…" for a figure. Figures inside running text ("2027 年", "3 个", "12.5 万元")
still close up, and a line broken after "0839-" goes on without a space. Every text is our own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jihua.extractors import pdf
from jihua.extractors.cjk import join_lines, tidy_line
from jihua.extractors.layout import BodyMetrics, Line, paragraphs
from jihua.extractors.options import ExtractOptions

SIZE = 16.0


def test_a_decimal_label_keeps_its_gap_on_a_heading_line() -> None:
    assert tidy_line("2.1.3 开展河道清淤") == "2.1.3 开展河道清淤"
    assert tidy_line("2.1\t岸线整治") == "2.1 岸线整治"
    assert tidy_line("1 总体要求") == "1 总体要求"
    # three parts are no figure: a run-in heading's body may follow on the line
    assert tidy_line("3.2.1 清理河道 垃圾。全年清理 12 处。") == "3.2.1 清理河道垃圾。全年清理12处。"
    # figures in running text still close up
    assert tidy_line("2027 年工作要点") == "2027年工作要点"  # a year is no label
    assert tidy_line("12 月底前完成验收") == "12月底前完成验收"  # a date's word after the figure
    assert tidy_line("12.5 万元用于河道保洁，其余用于绿化") == "12.5万元用于河道保洁，其余用于绿化"
    assert tidy_line("3 个乡镇完成岸线整治，新增绿带 8 公里") == "3个乡镇完成岸线整治，新增绿带8公里"


def _line(k: int, x1: float, text: str) -> Line:
    return Line(1, 90.0, x1, 70 + 31 * k, 86 + 31 * k, tidy_line(text), SIZE, font="NotoSerifCJK")


def test_a_wrapped_line_opening_on_a_figure_joins_its_paragraph_closed_up() -> None:
    """"12 个…" run to the margin with no clause mark reads like a heading's line: it keeps its gap until it joins."""
    metrics = BodyMetrics(left=90.0, right=506.0, size=SIZE, gap=31.0, font="NotoSerifCJK")
    lines = [_line(0, 506, "全年新建河道巡查站和"), _line(1, 506, "12 个水质监测点位并接入市级监测平台统一调度"),
             _line(2, 300, "平台数据每日汇总。"), _line(3, 200, "1 总体要求")]
    texts = [p.text for p in paragraphs(lines, metrics)]
    assert texts == ["全年新建河道巡查站和12个水质监测点位并接入市级监测平台统一调度平台数据每日汇总。", "1 总体要求"]


def test_a_title_run_to_the_margin_ends_before_the_first_outline_heading() -> None:
    """The title is the page's widest line: only the label and its gap tell the heading under it apart."""
    metrics = BodyMetrics(left=90.0, right=410.0, size=SIZE, gap=31.0, font="NotoSerifCJK")
    lines = [_line(0, 410, "青川县水利局2027年河湖治理实施方案"), _line(1, 170, "1 总体要求"), _line(2, 190, "1.1 工作目标")]
    assert [p.text for p in paragraphs(lines, metrics)] == ["青川县水利局2027年河湖治理实施方案", "1 总体要求", "1.1 工作目标"]


def test_a_line_broken_after_a_joining_mark_goes_on_without_a_space() -> None:
    assert join_lines(["监测热线0839-", "6612345，工作日开放。"]) == "监测热线0839-6612345，工作日开放。"
    assert join_lines(["实施周期2027—", "2029年"]) == "实施周期2027—2029年"
    assert join_lines(["按照河湖长制/", "网格化要求"]) == "按照河湖长制/网格化要求"
    assert join_lines(["Plan A-", "Phase B"]) == "Plan A- Phase B"  # a Latin word after it: the words stay apart


def test_a_spaced_mark_at_a_lines_end_stays_spaced_and_a_path_goes_on() -> None:
    """"2019 -" | "2023": the mark stands apart from its word as printed, so the lines join spaced; an address
    broken after its "/" goes on with its path's Latin letters ("…gov.cn/" | "xxgk/2026")."""
    assert join_lines(["规划期为2019 -", "2023年"]) == "规划期为2019 - 2023年"
    assert join_lines(["详见http://www.lt.gov.cn/", "xxgk/2026"]) == "详见http://www.lt.gov.cn/xxgk/2026"


_PLAN = [
    "青川县水利局2027年河湖治理实施方案",
    "1 总体要求",
    "1.1 工作目标",
    "全年完成治理河段42公里，断面水质稳定达标。",
    "2 主要任务",
    "2.1 岸线整治",
    "2.1.1 开展河道清淤",
    "全年清淤河道18公里，清理岸线垃圾120处。",
    "2.1.2 恢复滨水绿带",
    "恢复滨水绿带8公里。",
]


@pytest.fixture(scope="module")
def plain_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Typed decimal labels in plain paragraphs (no heading style, no auto-numbering), printed by LibreOffice."""
    docx = pytest.importorskip("docx")
    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    d = docx.Document()
    for text in _PLAN:
        d.add_paragraph(text)
    folder = tmp_path_factory.mktemp("decimal")
    d.save(str(folder / "plan.docx"))
    pdf_from_docx(folder / "plan.docx", folder / "plan.pdf")
    return folder / "plan.pdf"


def test_typed_decimal_labels_keep_their_gap_in_the_pdf(plain_pdf: Path) -> None:
    texts = [b.text for b in pdf.extract(plain_pdf, ExtractOptions()) if b.furniture is None]
    assert texts[:3] == ["青川县水利局2027年河湖治理实施方案", "1 总体要求", "1.1 工作目标"], texts
    assert "2.1 岸线整治" in texts and "2.1.1 开展河道清淤" in texts, texts


def test_the_outline_reads_the_pdfs_decimal_numbers(parser, plain_pdf: Path) -> None:
    doc = parser.parse(plain_pdf).documents[0]
    assert doc.title == "青川县水利局2027年河湖治理实施方案"
    assert [(s.number, s.heading) for s in doc.sections] == [("1", "总体要求"), ("2", "主要任务")]
    task = doc.sections[1].children[0]
    assert (task.number, task.heading) == ("2.1", "岸线整治")
    assert [(s.number, s.heading) for s in task.children] == [("2.1.1", "开展河道清淤"), ("2.1.2", "恢复滨水绿带")]


_FIGURES = [
    "松岗区2027年为民办实事工作方案",
    "1 工作目标",
    "全区民生支出占一般公共预算支出比重保持在75%以上。年内集中办好以下实事：",
    "8 大惠民工程",
    "15 项重点改造",
    "6 个样板社区创建",
    "1.5 万元以上补助项目",
    "2 型糖尿病筛查",
    "2 级以上医院互认检查结果",
    "4 星级农家乐评定",
    "2 主要任务",
    "全年改造老旧小区22个，新增停车泊位1500个。",
]


def test_a_figure_opening_a_short_pdf_line_is_no_decimal_label(parser, tmp_path: Path) -> None:
    """A short line opening on a figure keeps the PDF's gap in the extractor ("8 大惠民工程", "15 项…"), which
    cannot tell it from "1 工作目标"; a figure word after the number (大/项/个/万/型/级/星) says it is no label: the
    outline reads no part 8, and the text and its targets read the figure closed up."""
    docx = pytest.importorskip("docx")
    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    d = docx.Document()
    for text in _FIGURES:
        d.add_paragraph(text)
    d.save(str(tmp_path / "plan.docx"))
    pdf_from_docx(tmp_path / "plan.docx", tmp_path / "plan.pdf")
    doc = parser.parse(tmp_path / "plan.pdf").documents[0]
    assert [(s.number, s.heading) for s in doc.sections] == [("1", "工作目标"), ("2", "主要任务")]
    assert doc.sections[0].children == []
    assert doc.sections[0].paragraphs[1:8] == ["8大惠民工程", "15项重点改造", "6个样板社区创建", "1.5万元以上补助项目",
                                               "2型糖尿病筛查", "2级以上医院互认检查结果", "4星级农家乐评定"]
