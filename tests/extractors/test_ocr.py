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


def _stamped_page(path: Path) -> Path:
    """A scanned page at 150 dpi: a red masthead over a rule, a sentence, and the sign-off with a red
    seal stamped over it (red ink multiplied onto the black text, as ink on ink scans)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    font = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    if not Path(font).exists():
        pytest.skip("Noto Serif CJK is not installed")
    big, body = ImageFont.truetype(font, 80), ImageFont.truetype(font, 34)
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((250, 160), "东山镇人民政府文件", font=big, fill=(220, 30, 30))
    draw.line((120, 320, 1120, 320), fill=(220, 30, 30), width=4)
    draw.text((160, 420), "全镇今年完成河道清淤十二公里，新建污水管网八公里。", font=body, fill="black")
    draw.text((700, 900), "东山镇人民政府", font=body, fill="black")
    draw.text((660, 960), "2024年3月15日", font=body, fill="black")
    seal = Image.new("RGB", page.size, "white")
    ImageDraw.Draw(seal).ellipse((640, 760, 940, 1060), outline=(230, 40, 40), width=14)
    ImageDraw.Draw(seal).regular_polygon((790, 910, 60), 5, fill=(230, 40, 40))
    ImageChops.multiply(page, seal).save(path, resolution=150)
    return path


def test_a_red_seal_is_lifted_off_the_text_and_the_red_masthead_stays(tmp_path: Path) -> None:
    from jihua.extractors.ocr import _grey_without_seals
    from PIL import Image

    with Image.open(_stamped_page(tmp_path / "page.png")) as image:
        grey = _grey_without_seals(image.convert("RGB"), 150 / 72)
    assert grey.getpixel((790, 910)) > 200, "the seal's star is gone"
    assert grey.crop((700, 905, 950, 945)).getextrema()[0] < 80, "the sign-off's black strokes stay"
    assert grey.crop((250, 180, 1000, 300)).getextrema()[0] < 120, "the masthead's red characters stay to be read"


def test_the_sign_off_under_a_red_seal_is_read(tmp_path: Path) -> None:
    _, blocks = extractors.extract(_stamped_page(tmp_path / "page.pdf"))
    text = bare("".join(b.text for b in blocks))
    assert "东山镇人民政府" in text and "2024年3月15日" in text
