"""Scanned PDFs: tesseract reads image-only pages; a mixed PDF is handled page by page."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest
from jihua.extractors.ocr import tesseract_available
from jihua.pipeline.text.normalize import bare

from jihua import extractors

pytestmark = pytest.mark.skipif(not tesseract_available("chi_sim"), reason="tesseract with chi_sim not installed")


def test_scanned_summary_reads_like_its_text_version(corpus_files: Path) -> None:
    _, scanned = extractors.extract(corpus_files / "qinghe-2023-summary.scanned.pdf")
    _, text = extractors.extract(corpus_files / "qinghe-2023-summary.pdf")
    assert all(b.ocr for b in scanned)
    ocr_body = bare("".join(b.text for b in scanned if b.furniture is None))
    text_body = bare("".join(b.text for b in text if b.furniture is None))
    assert SequenceMatcher(None, ocr_body, text_body, autojunk=False).ratio() > 0.93
    # the running header repeats on both pages and is set aside, as in the text PDF
    assert {b.text for b in scanned if b.furniture == "header"} == {"青禾县双拥工作资料"}
    assert next(b.text for b in scanned if b.furniture is None) == "青禾县退役军人事务局2023年双拥工作总结"


def test_mixed_pdf_ocrs_only_the_scanned_page(tmp_path: Path, corpus_files: Path) -> None:
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(corpus_files / "qinghe-2023-summary.pdf")), [0])
    mixed.import_pages(pdfium.PdfDocument(str(corpus_files / "qinghe-2023-summary.scanned.pdf")), [1])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    _, blocks = extractors.extract(path)
    body = [b for b in blocks if b.furniture is None]
    assert {b.prov.page for b in body if b.ocr} == {2}
    assert {b.prov.page for b in body if not b.ocr} == {1}
    assert any("存在的问题" in b.text for b in body if b.ocr)
