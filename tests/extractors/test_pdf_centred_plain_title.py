"""A title centred in the body's size and weight (LibreOffice falling back to a font with no bold
face) over one-line paragraphs set flush left: the title is the widest line, so the frame measured
from the lines ends at it, and the page's margins must tell that it is centred. Every text is our own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from jihua.extractors.layout import BodyMetrics, Line, paragraphs

SIZE = 16.0
PAGE = 612.0
LEFT = 90.0


def _split(rows: list[tuple[float, float, str]], right: float, widths: dict[int, float] | None) -> list[int]:
    metrics = BodyMetrics(left=LEFT, right=right, size=SIZE, gap=31.0, font="NotoSerifCJK", page_width=widths or {})
    lines = [Line(1, x0, x1, 70 + 31 * i, 86 + 31 * i, text, SIZE, font="NotoSerifCJK") for i, (x0, x1, text) in enumerate(rows)]
    return [len(p.lines) for p in paragraphs(lines, metrics)]


def test_a_short_centred_title_stands_off_the_margins_the_page_implies() -> None:
    """"白沙县河道保洁工作方案" centred, its right edge the widest of the lines: apart from the line under it."""
    rows = [(218, 394, "白沙县河道保洁工作方案"), (90, 378, "为改善河道环境，制定本方案。"), (90, 186, "一、工作目标")]
    assert _split(rows, 394, {1: PAGE}) == [1, 1, 1]


def test_a_wide_centred_title_is_no_first_line_of_the_paragraph_under_it() -> None:
    """A title short of both margins by the same em, with no clause mark, over a line at the margin."""
    rows = [(104, 508, "白沙县河道保洁工作方案（2034—2036年）（调整稿）"), (90, 378, "为改善河道环境，制定本方案。")]
    assert _split(rows, 508, {1: PAGE}) == [1, 1]


def test_a_paragraphs_lines_stay_together() -> None:
    """Running text short of the page's mirrored margin: its indented first line ended early because
    its next word went down whole ("“十"), and a line with clause marks is no title."""
    indented = [(122, 474, "为全面贯彻落实全市河道综合治理工作会议精神按照"), (90, 522, "“十五五”河湖保护规划要求，结合我县实际，制定")]
    assert _split(indented, 522, {1: PAGE}) == [2]
    marked = [(104, 508, "各乡镇要压实河长责任，完善巡河制度，强化考核"), (90, 378, "问责，确保责任落实到位。")]
    assert _split(marked, 508, {1: PAGE}) == [2]


def test_without_the_page_width_nothing_is_guessed() -> None:
    """A scanned page (no margins of a typesetter) keeps the frame its lines measure."""
    rows = [(218, 394, "白沙县河道保洁工作方案"), (90, 378, "为改善河道环境，制定本方案。")]
    assert _split(rows, 394, None) == [2]


def _office_pdf(tmp_path: Path, title: str, body: list[str]) -> Path:
    docx = pytest.importorskip("docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = docx.Document()
    head = doc.add_paragraph()
    head.add_run(title).font.size = Pt(16)
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in body:
        doc.add_paragraph().add_run(text).font.size = Pt(16)
    src = tmp_path / "plan.docx"
    doc.save(src)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    return tmp_path / "plan.pdf"


BODY = ["为改善河道环境，制定本方案。", "一、工作目标", "到2036年，清理河道淤泥3万方。", "二、主要任务", "新建拦污栅15处。"]


@pytest.mark.parametrize("title", ["白沙县河道保洁工作方案", "白沙县河道保洁工作方案（2034—2036年）（调整稿）"])
def test_an_office_pdf_keeps_its_plain_centred_title(tmp_path: Path, title: str) -> None:
    from jihua.pipeline.runner import parse_file

    result = parse_file(_office_pdf(tmp_path, title, BODY))
    doc = result.documents[0]
    assert doc.title == title
    assert doc.paragraphs[0] == BODY[0]
