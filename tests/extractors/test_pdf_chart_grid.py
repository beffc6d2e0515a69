"""A chart printed to PDF is no table: its gridlines and the sides of its bars read as a ruled
grid whose cells are mostly empty and hold only its data labels. Its labels (ticks, data labels,
categories) are set aside as furniture "chart"; a real ruled table (a Word table printed to PDF)
stays a table block. Every text is our own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from jihua.extractors import pdf as pdf_extractor
from jihua.extractors.layout import Line
from jihua.extractors.options import ExtractOptions
from jihua.extractors.pdf_tables import chart_extent, is_chart, mark_chart_lines
from jihua.schemas.blocks import Block

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CATEGORIES = ["2022年", "2023年", "2024年", "2025年", "2026年"]
VALUES = (12.4, 13.9, 15.3, 16.8, 18.1)
CHART_TITLE = "文化活动参与人数（千人次）"


def _convert(tmp_path: Path, src: Path) -> Path:
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    return src.with_suffix(".pdf")


def _bullets(slide, title: str, lines: list[str]) -> None:
    slide.shapes.title.text = title
    frame = slide.placeholders[1].text_frame
    for i, line in enumerate(lines):
        (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = line


def _chart_deck(tmp_path: Path) -> Path:
    pptx = pytest.importorskip("pptx")
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = pptx.Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "青湾镇文化站2026年工作总结"
    cover.placeholders[1].text = "青湾镇文化站\n2027年1月"
    _bullets(prs.slides.add_slide(prs.slide_layouts[1]), "主要成效",
             ["举办村晚演出二十四场，惠及群众一万余人次。", "新建农家书屋三个，配送图书五千册。"])
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "文化活动参与人数逐年增加"
    data = CategoryChartData()
    data.categories = CATEGORIES
    data.add_series("参与人数（千人次）", VALUES)
    chart = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1.2), Inches(1.6),
                                   Inches(10.5), Inches(5.2), data).chart
    chart.plots[0].has_data_labels = True
    chart.value_axis.has_major_gridlines = True
    chart.has_title = True
    chart.chart_title.text_frame.text = CHART_TITLE
    _bullets(prs.slides.add_slide(prs.slide_layouts[1]), "下一步打算",
             ["全年开展送戏下乡不少于三十场。", "完成镇综合文化站提档升级。"])
    src = tmp_path / "deck.pptx"
    prs.save(str(src))
    return _convert(tmp_path, src)


def _word_table(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("青湾镇文化站2027年重点项目安排")
    rows = [["项目", "2026年", "2027年"], ["送戏下乡（场）", "24", "30"], ["农家书屋（个）", "3", ""],
            ["培训文艺骨干（人）", "", "120"]]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("以上项目由镇文化站牵头实施。")
    src = tmp_path / "plan.docx"
    doc.save(str(src))
    return _convert(tmp_path, src)


def _blocks(path: Path) -> list[Block]:
    return list(pdf_extractor.extract(path, ExtractOptions()))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_a_chart_slide_gives_no_table_and_its_labels_stay_aside(tmp_path: Path) -> None:
    """The deck reads (its chart's grid of covered cells once failed our block schema) and the chart is no table."""
    blocks = _blocks(_chart_deck(tmp_path))
    assert not [b for b in blocks if b.kind == "table"]
    body = " ".join(b.text for b in blocks if b.furniture is None)
    assert "全年开展送戏下乡不少于三十场" in body and "文化活动参与人数逐年增加" in body
    assert not any(str(v) in body for v in VALUES)
    assert "2022年2023年" not in body.replace(" ", "")
    aside = " ".join(b.text for b in blocks if b.furniture == "chart")
    assert all(str(v) in aside for v in VALUES) and CHART_TITLE in aside


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_a_word_table_with_figures_and_blank_cells_stays_a_table(tmp_path: Path) -> None:
    blocks = _blocks(_word_table(tmp_path))
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows is not None
    assert tables[0].rows[0] == ["项目", "2026年", "2027年"] and tables[0].rows[3][2] == "120"
    assert not [b for b in blocks if b.furniture == "chart"]


def test_a_grid_of_figures_in_few_cells_is_a_chart() -> None:
    assert is_chart([["7.5\n6.1", None, ""], ["", "", ""], ["", None, "3,200"]])
    assert is_chart([["", ""], ["", ""]])  # gridlines without labels


def test_a_table_with_words_or_full_of_figures_is_none() -> None:
    assert not is_chart([["乡镇", "", ""], ["", "", "12"], ["", "", ""]])  # a label among blanks
    assert not is_chart([["12", "15"], ["3.5", "4%"]])  # every cell filled: a table of figures
    assert not is_chart([["1", ""], ["", None]])  # three cells: too few to tell


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, float]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_the_extent_takes_the_drawn_chart_but_not_the_page_background() -> None:
    grid = (100.0, 200.0, 500.0, 400.0)  # what the finder took: the lower gridlines and the bars
    edges = [_edge(100, 160, 600, 160), _edge(100, 160, 100, 400),  # a top gridline, the axis
             _edge(95, 160, 100, 160), _edge(0, 0, 960, 0)]  # a tick mark; the slide's background
    assert chart_extent(grid, edges, (960.0, 540.0)) == (95, 160, 600, 400)


def _line(text: str, x0: float, top: float, x1: float) -> Line:
    return Line(page=1, x0=x0, x1=x1, top=top, bottom=top + 18, text=text, size=18.0)


def test_labels_near_a_chart_go_aside_a_sentence_stays() -> None:
    chart = (100.0, 160.0, 600.0, 400.0)
    tick, category = _line("40", 70, 250, 92), _line("2023年2024年", 150, 408, 560)
    sentence = _line("接待人数稳步增加，较上年增长一成。", 120, 300, 500)
    lines = [tick, category, sentence]
    mark_chart_lines(lines, [chart])
    assert [ln.furniture for ln in lines] == ["chart", "chart", None]


@pytest.mark.parametrize(("text", "top", "x0", "aside"), [
    ("年度接待游客人数", 125, 260, True),  # centred just over the plot area: its title
    ("年度接待游客人数", 60, 260, False),  # far over it: the slide's words
    ("年度接待游客人数", 125, 100, False),  # off to the side: a text box's
    ("（二）乡村旅游", 125, 290, False),  # a numbered heading opens a section
])
def test_a_chart_title_goes_aside_only_centred_close_over_it(text: str, top: float, x0: float, aside: bool) -> None:
    title = _line(text, x0, top, x0 + 18 * len(text))
    mark_chart_lines([title], [(100.0, 160.0, 600.0, 400.0)])
    assert (title.furniture == "chart") is aside
