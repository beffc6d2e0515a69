"""Reports: Markdown 新旧对照表, Word with struck/underlined edits, HTML rendered in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from jihua.pipeline.report.html import diff_html
from jihua.pipeline.report.markdown import diff_markdown
from jihua.pipeline.report.word import diff_docx


@pytest.fixture(scope="module")
def result(diff_2023_2024):
    return diff_2023_2024


def test_markdown_table_marks_edits(result) -> None:
    md = diff_markdown(result)
    assert "## 新旧对照表" in md and "| 章节 | 原文 | 修改后 | 类型 |" in md
    assert "不少于~~40~~篇" in md and "不少于**60**篇" in md
    assert "| 组织军民共建活动 | 全年 不少于5次 | 全年 不少于8次 | ↑ 提高 3次 |" in md
    assert md.index("## 指标变化") < md.index("## 变化摘要")  # the targets table leads
    assert "| 召开军地联席会议 | 每季度 1次 | 每月 1次 | ↑ 提高，周期 |" in md
    assert "| 县财政安排双拥工作专项经费 | 不少于50万元 | 不少于60万元 | ↑ 提高 10万元 |" in md
    assert "章节改名：全力支持部队建设 → 全力服务部队练兵备战" in md


def test_word_report_strikes_deletions_and_underlines_additions(result, tmp_path: Path) -> None:
    out = tmp_path / "对照表.docx"
    diff_docx(result, out)
    table = docx.Document(str(out)).tables[-1]
    struck = [r.text for row in table.rows for r in row.cells[0].paragraphs[0].runs if r.font.strike]
    underlined = [r.text for row in table.rows for r in row.cells[1].paragraphs[0].runs if r.font.underline]
    assert "40" in struck and "60" in underlined
    assert "3、联合开展“军民共建美丽乡村”主题活动。" in struck
    assert any(row.cells[2].text == "改名" for row in table.rows)


def test_html_report_is_self_contained(result) -> None:
    page = diff_html(result)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no network resources"
    assert "<del>40</del>" in page and "<ins>60</ins>" in page
    assert page.count('<tr class="section') == len(result.sections)
    assert 'data-filter="moved"' in page and "@media print" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed")
def test_html_report_renders_in_chromium(result, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(diff_html(result), encoding="utf-8")
    profile = f"--user-data-dir={tmp_path / 'profile'}"
    dom = subprocess.run([CHROMIUM, *FLAGS, profile, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    assert 'data-ready="1"' in dom, "the report's script ran"
    assert 'class="hide-same"' in dom or "hide-same" in dom.split("<body", 1)[1][:80]
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *FLAGS, profile, "--window-size=1400,1800", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120)
    from PIL import Image

    image = Image.open(shot).convert("L")
    assert image.size == (1400, 1800)
    colours = image.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 50, "a rendered page, not a blank one"


def test_a_change_of_a_rate_reads_in_percentage_points_under_its_metrics_name() -> None:
    from jihua.pipeline.report.markdown import target_change_text, target_label
    from jihua.schemas.diff import TargetChange, TargetSide

    old = TargetSide(text="退役军人就业率达到85%以上", metric="退役军人就业率", value=85, unit="%", comparator=">=")
    new = TargetSide(text="退役军人就业率达到90%以上", metric="退役军人就业率", value=90, unit="%", comparator=">=")
    change = TargetChange(status="changed", old=old, new=new, kinds=["value"], direction="raised", delta=5)
    assert (target_label(change), target_change_text(change)) == ("退役军人就业率", "↑ 提高 5个百分点")


def test_a_lower_ceiling_reads_as_tightened() -> None:
    from jihua.pipeline.report.markdown import target_change_text
    from jihua.schemas.diff import TargetChange, TargetSide

    old = TargetSide(text="PM2.5平均浓度控制在35微克/立方米以下", metric="PM2.5平均浓度", value=35, unit="微克/立方米",
                     comparator="<=")
    new = old.model_copy(update={"text": "PM2.5平均浓度控制在33微克/立方米以下", "value": 33})
    change = TargetChange(status="changed", old=old, new=new, kinds=["value"], direction="raised", delta=-2)
    assert target_change_text(change) == "↑ 收紧 2微克/立方米"


def _moved_and_rolled():
    from jihua.schemas.diff import DiffResult, ItemChange, SectionChange, Side

    measure = "组织老年人防诈骗宣讲进社区，全年不少于12场。"
    deadline = ("新建社区养老服务站3个，2024年10月底前投用。", "新建社区养老服务站3个，2025年10月底前投用。")
    return DiffResult(
        old=Side(path="a.txt", title="某区民政局2024年工作要点", year=2024),
        new=Side(path="b.txt", title="某区民政局2025年工作要点", year=2025), similarity=0.9,
        sections=[SectionChange(status="changed", old_heading="推进阶段（2024年3月—10月）",
                                new_heading="推进阶段（2025年3月—10月）", type="schedule", similarity=0.9,
                                kinds=["year_shift"]),
                  SectionChange(status="changed", old_heading="完善养老服务", new_heading="健全养老服务体系",
                                type="measures", similarity=0.7, kinds=["renamed", "content"])],
        items=[ItemChange(status="moved", old=measure, new=measure, section="加强老年人权益保障",
                          old_section="完善养老服务", new_section="加强老年人权益保障", moved=True, similarity=1.0),
               ItemChange(status="changed", old=deadline[0], new=deadline[1], section="健全养老服务体系",
                          old_section="完善养老服务", new_section="健全养老服务体系", kinds=["year_shift"])],
        targets=[])


def test_a_moved_measure_says_where_it_came_from_and_a_rolled_year_is_one_group() -> None:
    result = _moved_and_rolled()
    md = diff_markdown(result)
    assert "| 原：完善养老服务 → 现：加强老年人权益保障 | 组织老年人防诈骗宣讲进社区，全年不少于12场。 |" in md
    assert "- 移动条目 1 条：组织老年人防诈骗宣讲进社区，全年不少于12场。（原：完善养老服务 → 现：加强老年人权益保障）" in md
    table = md[md.index("## 新旧对照表"):]
    assert "新建社区养老服务站" not in table and "推进阶段" not in md[md.index("## 章节变化"):]
    assert "年份顺延（2024→2025，仅年份不同，不计为内容修改）2 处：推进阶段（2025年3月—10月）；新建社区养老服务站" in md
    page = diff_html(result)
    assert '<tr class="item moved">' in page and "原：完善养老服务 → 现：加强老年人权益保障" in page
    assert '<tr class="item same year_shift">' in page and "章节改名" in page


def test_a_target_in_another_unit_reads_its_old_figure_in_the_new_unit() -> None:
    """2万亩 → 1400公顷: both figures as printed, the change in 公顷 and the old figure converted (1公顷 = 15亩), so the
    reader sees what was raised; a rate restated in percentage points has no one scale and reads no conversion."""
    from jihua.pipeline.report.markdown import target_change_text
    from jihua.schemas.diff import TargetChange, TargetSide

    old = TargetSide(text="完成退耕还林2万亩", metric="完成退耕还林", value=2, unit="万亩", normalized=20000, base_unit="亩")
    new = TargetSide(text="完成退耕还林1400公顷", metric="完成退耕还林", value=1400, unit="公顷", base_unit="公顷")
    change = TargetChange(status="changed", old=old, new=new, kinds=["unit", "value"], direction="raised",
                          delta=66.666667)
    assert target_change_text(change) == "↑ 提高 66.6667公顷，单位（原2万亩合1333.33公顷）"
    rate = TargetSide(text="能耗下降3%", metric="能耗下降", value=3, unit="%")
    points = rate.model_copy(update={"text": "能耗下降4个百分点", "value": 4, "unit": "个百分点"})
    restated = TargetChange(status="changed", old=rate, new=points, kinds=["unit", "value"], direction="unchanged",
                            delta=0)
    assert target_change_text(restated) == "单位，数值"
