"""A PDF whose fonts have no ToUnicode map prints fine but its text is glyph numbers: such a page
has no usable text layer and is read like a scan (or refused with the reason when OCR is off)."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest
from jihua.extractors.ocr import tesseract_available
from jihua.extractors.options import ExtractOptions
from jihua.pipeline.text.normalize import bare
from jihua.schemas.errors import InputError

from jihua import extractors


def _without_tounicode(source: Path, out: Path) -> Path:
    """The same PDF with the ToUnicode maps of its fonts removed."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).get_object().values():
            font = ref.get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
    writer.write(out)
    return out


def test_text_without_unicode_mapping_is_refused_with_its_reason_when_ocr_is_off(tmp_path: Path, corpus_files: Path) -> None:
    path = _without_tounicode(corpus_files / "qinghe-2023-summary.pdf", tmp_path / "glyphs.pdf")
    with pytest.raises(InputError, match=r"no Unicode mapping.*ToUnicode.*turn OCR on"):
        extractors.extract(path, ExtractOptions(ocr=False))


def test_a_normal_pdf_is_not_taken_for_unmapped_text(corpus_files: Path) -> None:
    _, blocks = extractors.extract(corpus_files / "qinghe-2024-plan.pdf", ExtractOptions(ocr=False))
    assert blocks and not any(b.ocr for b in blocks)


@pytest.mark.skipif(not tesseract_available("chi_sim"), reason="tesseract with chi_sim not installed")
def test_a_page_without_unicode_mapping_is_read_by_ocr_and_the_others_from_their_text(tmp_path: Path, corpus_files: Path) -> None:
    import pypdfium2 as pdfium

    original = corpus_files / "qinghe-2023-summary.pdf"
    mixed = pdfium.PdfDocument.new()  # page 1 without the maps, page 2 as printed
    mixed.import_pages(pdfium.PdfDocument(str(_without_tounicode(original, tmp_path / "glyphs.pdf"))), [0])
    mixed.import_pages(pdfium.PdfDocument(str(original)), [1])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    _, blocks = extractors.extract(path)
    _, text = extractors.extract(original)
    body = [b for b in blocks if b.furniture is None]
    assert {b.prov.page for b in body if b.ocr} == {1}
    assert {b.prov.page for b in body if not b.ocr} == {2}
    read = bare("".join(b.text for b in body if b.prov.page == 1))
    printed = bare("".join(b.text for b in text if b.furniture is None and b.prov.page == 1))
    assert SequenceMatcher(None, read, printed, autojunk=False).ratio() > 0.9


def test_private_use_bullets_in_text_do_not_make_a_page_suspect() -> None:
    from jihua.extractors.layout import Line
    from jihua.extractors.pdf_unmapped import _suspect

    def line(text: str) -> Line:
        return Line(page=1, x0=90, x1=500, top=100, bottom=112, text=text, size=12)

    bullets = [line("\uf0b7 完善联席会议制度，每季度召开一次"), line("\uf0b7 建立问题清单，逐项销号管理")] * 4
    assert not _suspect(bullets)
    assert _suspect([line("(cid:31)(cid:7)(cid:112)(cid:5)"), line("(cid:9)(cid:40)")])
