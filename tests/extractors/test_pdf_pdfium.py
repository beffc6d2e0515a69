"""PDFium's text page gives the lines and tables pdfplumber gives, without pdfminer's parse."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from jihua.extractors import pdf
from jihua.extractors.options import ExtractOptions
from jihua.extractors.pdf_lines import Char, page_chars, text_lines

TEXT_PDFS = ["qinghe-2023-plan.pdf", "qinghe-2023-summary.pdf", "qinghe-2024-plan.pdf"]


def _plumber_lines(path: Path) -> list[list[tuple]]:
    with pdfplumber.open(path) as doc:
        return [[(ln.text, round(ln.x0, 1), round(ln.top, 1), round(ln.x1, 1), round(ln.size, 1), ln.bold, ln.font,
                  ln.table) for ln in pdf._text_lines(page, no)] for no, page in enumerate(doc.pages, start=1)]


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_pdfium_lines_equal_pdfplumber_lines(corpus_files: Path, name: str) -> None:
    pages, _, scanned = pdf.read_lines(corpus_files / name, ExtractOptions())
    ours = [[(ln.text, round(ln.x0, 1), round(ln.top, 1), round(ln.x1, 1), round(ln.size, 1), ln.bold, ln.font, ln.table)
             for ln in lines] for lines in pages]
    assert not scanned
    assert ours == _plumber_lines(corpus_files / name)


def test_ruled_table_is_found_without_pdfplumber_reading_the_page(corpus_files: Path, monkeypatch) -> None:
    def refuse(self, page_no: int):
        raise AssertionError(f"pdfplumber read page {page_no}")

    monkeypatch.setattr(pdf._Plumber, "page", refuse)
    pages, _, _ = pdf.read_lines(corpus_files / "qinghe-2023-plan.pdf", ExtractOptions())
    tables = [ln.table for lines in pages for ln in lines if ln.table]
    assert tables and all(len(row) == len(tables[0][0]) for row in tables[0])


def test_scanned_pages_still_go_to_pdfplumber_and_ocr(corpus_files: Path, monkeypatch) -> None:
    seen: list[int] = []
    original = pdf._Plumber.page

    def spy(self, page_no: int):
        seen.append(page_no)
        return original(self, page_no)

    monkeypatch.setattr(pdf._Plumber, "page", spy)
    with pytest.raises(Exception, match="scanned page"):
        pdf.read_lines(corpus_files / "qinghe-2023-summary.scanned.pdf", ExtractOptions(ocr=False))
    assert seen == [1, 2]


def test_characters_group_into_words_and_lines_as_pdfplumber_does() -> None:
    def char(text: str, x0: float, top: float) -> Char:
        return Char(text, x0, x0 + 10, top, top + 10, 10.0, "SimSun")

    chars = [char("第", 100, 50), char("二", 110, 50.5), char("行", 120, 52),   # tops within 3 pt: one line
             char("首", 100, 20), char("行", 110, 20),                          # an earlier line, later in the stream
             char("A", 140, 50), char(" ", 150, 50), char("B", 165, 50)]       # a gap over 3 pt, and a blank
    assert [text for text, _ in text_lines(chars)] == ["首行", "第二行 A B"]


def _spaced(text: str, x0: float, gap: float, size: float = 16.0, top: float = 40.0, narrow: float = 0.0) -> list[Char]:
    """Characters set `gap` apart (letter-spacing), Han a full em wide, digits and "%" half (their
    box `narrow` pt short of their advance, as a font's glyph width may be)."""
    out = []
    for ch in text:
        width = size if ord(ch) > 0x2E80 else size / 2
        out.append(Char(ch, x0, x0 + width - (0 if ord(ch) > 0x2E80 else narrow), top, top + size, size, "SimSun"))
        x0 += width + gap
    return out


def test_a_letter_spaced_line_keeps_its_figures_whole() -> None:
    """Word's 字符间距 加宽 or CSS letter-spacing sets every glyph apart by the same gap, digits as
    much as Han: none of those gaps is a word space."""
    line = _spaced("新建村级图书室28个，覆盖率", 60, 2.0, narrow=2.4)
    assert [text for text, _ in text_lines(line)] == ["新建村级图书室28个，覆盖率"]
    assert [text for text, _ in text_lines(_spaced("2024年6月15日", 300, 4.0, top=90))] == ["2024年6月15日"]
    assert [text for text, _ in text_lines(_spaced("达到100%以上", 60, 3.1, size=12))] == ["达到100%以上"]


_SPACED = ["西岭乡2025年农田水利建设工作计划", "全年新建高标准农田1200亩，灌溉水有效利用系数达到0.58，"
           "节水灌溉面积占比45%以上，完成小型水库除险加固3座。"]


@pytest.fixture(scope="module")
def spaced_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DOCX whose text is set with Word's 字符间距 加宽 3 磅 (w:spacing), printed by LibreOffice."""
    import shutil

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    d = docx.Document()
    for text in _SPACED:
        run = d.add_paragraph().add_run(text)
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), "60")  # twentieths of a point
        run._r.get_or_add_rPr().append(spacing)
    folder = tmp_path_factory.mktemp("spaced")
    d.save(str(folder / "spaced.docx"))
    pdf_from_docx(folder / "spaced.docx", folder / "spaced.pdf")
    return folder / "spaced.pdf"


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_letter_spaced_docx_printed_to_pdf_reads_its_figures_whole(spaced_pdf: Path, reader: str,
                                                                     monkeypatch) -> None:
    if reader == "pdfplumber":
        monkeypatch.setattr(pdf, "may_hold_table", lambda page: True)
        monkeypatch.setattr(pdf, "find_tables", lambda *args: None)  # as for a page PDFium cannot describe
    pages, _, _ = pdf.read_lines(spaced_pdf, ExtractOptions())
    text = "".join(ln.text for ln in pages[0])
    assert "2025年" in text and "1200亩" in text and "0.58" in text and "45%" in text and "3座" in text


def test_word_spaces_and_cells_stay_apart_on_letter_spaced_and_plain_lines() -> None:
    words = _spaced("Smart", 60, 2.0, size=12) + _spaced("City", 60 + 5 * 8 + 8 + 9, 2.0, size=12)
    assert [text for text, _ in text_lines(words)] == ["Smart City"]
    cells = [Char(d, x, x + 6, 40, 52, 12.0, "SimSun") for d, x in zip("1234", (60, 120, 180, 240), strict=True)]
    assert [text for text, _ in text_lines(cells)] == ["1 2 3 4"], "cells far apart are no letter-spacing"
    plain = _spaced("年均增长", 60, 0.0) + _spaced("8.5%", 60 + 64 + 5, 0.0)
    assert [text for text, _ in text_lines(plain)] == ["年均增长 8.5%"]


def test_page_chars_read_font_facts(corpus_files: Path) -> None:
    doc = pdfium.PdfDocument(str(corpus_files / "qinghe-2023-plan.pdf"))
    page = doc[0]
    read = page_chars(page.get_textpage(), page.get_height())
    assert read is not None and read[1] == [], "nothing is set apart unless asked"
    chars = read[0]
    title = [c for c in chars if c.size > 20]
    assert "".join(c.text for c in title).startswith("青禾县退役军人事务局")
    assert all("Bold" in c.font for c in title) and all(c.x1 > c.x0 and c.bottom > c.top for c in chars)
    doc.close()
