"""A deck printed to PDF with a chart slide: the chart's gridlines read as a ruled grid whose cells
are mostly covered, and every table block still holds strings whichever path read it (a deck is
read slide by slide, not through the joining of tables a page break cut). Every text is our own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from jihua.extractors import pdf as pdf_extractor
from jihua.extractors.options import ExtractOptions

pptx = pytest.importorskip("pptx")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")


def _bullets(slide, title: str, lines: list[str]) -> None:
    slide.shapes.title.text = title
    frame = slide.placeholders[1].text_frame
    for i, line in enumerate(lines):
        (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = line


def _deck(tmp_path: Path) -> Path:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = pptx.Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "桐溪县林业局2026年工作总结暨2027年工作计划"
    cover.placeholders[1].text = "桐溪县林业局\n2027年1月"
    _bullets(prs.slides.add_slide(prs.slide_layouts[1]), "2026年主要成效",
             ["完成人工造林一万二千亩，森林覆盖率达到百分之六十一。", "新建林下经济示范基地五个。"])
    chart_slide = prs.slides.add_slide(prs.slide_layouts[5])
    chart_slide.shapes.title.text = "近三年造林面积（万亩）"
    data = CategoryChartData()
    data.categories = ["2024年", "2025年", "2026年"]
    data.add_series("造林面积", (0.92, 1.05, 1.2))
    chart = chart_slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1.5), Inches(1.6),
                                         Inches(10), Inches(5.2), data).chart
    chart.plots[0].has_data_labels = True
    chart.value_axis.has_major_gridlines = True
    _bullets(prs.slides.add_slide(prs.slide_layouts[1]), "2027年工作计划",
             ["新增造林面积不少于一万亩。", "开展森林防火宣传进村入户活动。"])
    src = tmp_path / "deck.pptx"
    prs.save(str(src))
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    return tmp_path / "deck.pdf"


def test_a_deck_with_a_chart_slide_reads_and_its_tables_hold_strings(tmp_path: Path) -> None:
    blocks = list(pdf_extractor.extract(_deck(tmp_path), ExtractOptions()))
    texts = [b.text for b in blocks]
    assert any("新增造林面积不少于一万亩" in t for t in texts)
    for block in blocks:
        if block.kind == "table":
            assert block.rows and all(isinstance(c, str) for row in block.rows for c in row)
