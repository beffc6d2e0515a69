"""A section set in two columns between one-column text (Word's w:cols num=2 on a continuous
section), rendered by LibreOffice from a DOCX we write: too short a band of the page to be told by
its height, its columns are still read left then right, the one-column heading under them and a
ruled table after them keep their place. Label and value rows, a borderless table of unequal
columns and a one-column page stay as they are. Every text is our own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jihua.extractors.pdf_columns import split_columns
from jihua.extractors.pdf_lines import Char, text_lines

from jihua import extractors

_OPENING = ["为加强城区河道管理，改善水生态环境，根据市河长制工作要求，结合本区实际，制定本方案。本方案适用于全区"
            "主要河道、沟渠和湖塘的日常管护与专项整治工作，各街道、各部门要认真贯彻执行。",
            "一、工作目标",
            "到年底，全区主要河道水质稳定达到四类以上，黑臭水体动态清零，河道保洁覆盖率保持在较高水平，群众对"
            "河道环境满意度明显提升，河长制各项制度落实到位。"]
_COLUMNS = ["二、保障措施",
            "（一）压实河长责任",
            "区级河长每季度巡河不少于一次，街道河长每月巡河不少于两次，村级河长每周巡河一次，巡河情况及时"
            "录入信息平台，发现问题当场交办、限期整改到位。",
            "（二）加强部门联动",
            "水务、生态环境、城管、农业农村等部门建立联席会议制度，每月会商一次，对跨部门问题实行清单管理，"
            "明确牵头单位和配合单位，按时办结销号。",
            "（三）严格督查考核",
            "将河长制工作纳入街道年度综合考核，实行季度通报、年终排名，对工作推进不力、问题整改滞后的单位"
            "约谈主要负责同志，情节严重的依规依纪追责问责。"]
_AFTER = ["三、进度安排", "各项任务分工及完成时限见下表。"]


def _docx(path: Path) -> Path:
    """One-column opening, a continuous section in two columns, one-column text and a ruled table."""
    docx = pytest.importorskip("docx")
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(12)

    def add(text: str) -> None:
        para = doc.add_paragraph(text)
        para.paragraph_format.first_line_indent = Pt(24)

    title = doc.add_paragraph("临川区二〇二六年河道管护工作方案")
    title.alignment = 1
    title.runs[0].font.size = Pt(18)
    for text in _OPENING:
        add(text)

    def columns(count: int) -> None:  # the section just ended (python-docx copies sectPr) takes `count`
        doc.add_section(WD_SECTION.CONTINUOUS)
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), str(count))
        cols.set(qn("w:space"), "425")
        doc.sections[-1]._sectPr.append(cols)

    columns(2)
    for text in _COLUMNS:
        add(text)
    columns(1)
    for text in _AFTER:
        add(text)
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, [("序号", "任务", "完成时限"), ("1", "完成河道清淤", "6月底"), ("2", "建立巡河台账", "3月底")],
                          strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


@pytest.fixture(scope="module")
def section_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    from corpus.render import pdf_from_docx

    folder = tmp_path_factory.mktemp("section")
    pdf = folder / "section.pdf"
    pdf_from_docx(_docx(folder / "section.docx"), pdf)
    return pdf


def test_a_two_column_section_under_one_column_text_is_read_column_by_column(section_pdf: Path) -> None:
    _, blocks = extractors.extract(section_pdf)
    body = [b.text for b in blocks if b.furniture is None and b.kind != "table"]
    start = body.index(_COLUMNS[0])
    assert body[start:start + len(_COLUMNS) + len(_AFTER)] == [*_COLUMNS, *_AFTER], \
        "each paragraph whole, the left column first, the one-column heading under the columns after them"
    kinds = [b.kind for b in blocks if b.furniture is None]
    assert kinds[-1] == "table", "the table after the columns keeps its place"


def _chars(text: str, x0: float, top: float, size: float = 12.0) -> list[Char]:
    return [Char(ch, x0 + k * size, x0 + (k + 1) * size, top, top + size, size, "NotoSerifCJK") for k, ch in enumerate(text)]


def _band(rows: list[tuple[str, str]], left: float, right: float, top: float = 300) -> list[Char]:
    return [c for k, (a, b) in enumerate(rows) for c in _chars(a, left, top + 20 * k) + _chars(b, right, top + 20 * k)]


def _page(band: list[Char]) -> list[Char]:
    """One-column paragraphs above (over half the page) and below a band of rows."""
    chars = [c for k in range(12) for c in _chars("全区河道保洁工作实行网格化管理，每段河道明确责任人和保洁员，确保责任到人。", 72, 60 + 20 * k)]
    return chars + band + _chars("各街道要按月报送工作进展，区河长办适时开展督查。", 72, 520)


_LEFT = ["区级河长每季度巡河不少于一", "次，街道河长每月巡河不少于", "两次，发现问题当场交办、限", "期整改到位。",
         "部门建立联席会议制度，每月", "会商一次，对跨部门问题实行", "清单管理，按时办结销号。"]
_RIGHT = ["将河长制工作纳入街道年度综", "合考核，实行季度通报、年终", "排名，对推进不力的单位约谈", "主要负责同志，情节严重的依",
          "规依纪追责问责，确保各项任", "务落到实处、取得实效。", "各街道要明确专人负责。"]


def test_a_band_of_seven_lines_a_column_under_one_column_text_is_split() -> None:
    columns = split_columns(text_lines(_page(_band(list(zip(_LEFT, _RIGHT, strict=True)), 72, 312))), 595, 842)
    assert columns is not None
    texts = [t for t, _ in columns.lines]
    assert texts[12:-1] == [*_LEFT, *_RIGHT]


def test_label_value_rows_and_a_borderless_table_of_unequal_columns_are_not_split() -> None:
    labels = [("牵头单位：区水务局", "联系电话：6621035"), ("配合单位：区城管局", "联系电话：6621187")] * 4
    assert split_columns(text_lines(_page(_band(labels, 72, 312))), 595, 842) is None
    tasks = [("完成河道清淤，", "区水务局牵头，各街道按职责分工配合完成，"), ("建立巡河台账，", "区河长办负责，每月汇总一次并通报，")] * 4
    assert split_columns(text_lines(_page(_band(tasks, 72, 200))), 595, 842) is None
