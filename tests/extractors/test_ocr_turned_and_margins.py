"""Scanned pages we render and degrade: a sheet put on the scanner upside down or sideways is read turned
upright; a note written by hand in the page's margin is set aside as furniture, never a heading or glued onto
a body line. Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.ocr import tesseract_available

from jihua import extractors

pytestmark = pytest.mark.skipif(not tesseract_available("chi_sim"), reason="tesseract with chi_sim not installed")

_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_LINES = ["桂山乡2026年农田水利建设计划",
          "一、工作目标",
          "全年新修灌溉渠道十二公里，整治山塘二十座，新增有效灌溉面积",
          "三千亩，农田水利设施完好率达到百分之九十以上。",
          "二、主要任务",
          "（一）修缮渠系。对乡内主干渠进行清淤加固，年底前全部完工。",
          "（二）整治山塘。对病险山塘逐座排查，汛期前完成除险加固。",
          "三、保障措施",
          "乡财政安排专项资金，各村明确一名水利协管员负责日常管护。"]


def _page(lines: list[str], note: str | None = None) -> object:
    """A page at 150 dpi set in one column; `note` written down the right margin, one character under another."""
    from PIL import Image, ImageDraw, ImageFont

    if not Path(_FONT).exists():
        pytest.skip("Noto Serif CJK is not installed")
    body = ImageFont.truetype(_FONT, 30)
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    for k, line in enumerate(lines):
        draw.text((150 if k % 2 else 210, 160 + k * 64), line, font=body, fill="black")
    if note:
        for k, ch in enumerate(note):
            draw.text((1150, 330 + k * 40), ch, font=ImageFont.truetype(_FONT, 30), fill=(40, 50, 120))
    return page


def _pdf(tmp_path: Path, pages: list[object]) -> Path:
    path = tmp_path / "scan.pdf"
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=150)  # type: ignore[attr-defined]
    return path


@pytest.mark.parametrize("degrees", [180, 90, 270])
def test_a_page_scanned_turned_is_read_upright(tmp_path: Path, degrees: int) -> None:
    upright = _page(_LINES)
    path = _pdf(tmp_path, [upright, upright.rotate(degrees, expand=True)])  # type: ignore[attr-defined]
    _, blocks = extractors.extract(path)
    second = "".join(b.text for b in blocks if b.prov.page == 2 and b.furniture is None)
    assert "农田水利设施完好率" in second and "保障措施" in second


def test_a_note_in_the_right_margin_is_set_aside_not_read_into_the_text(tmp_path: Path) -> None:
    _, blocks = extractors.extract(_pdf(tmp_path, [_page(_LINES, note="抓紧办理")]))
    body = [b.text for b in blocks if b.furniture is None]
    aside = "".join(b.text for b in blocks if b.furniture == "comment")
    assert "二、主要任务" in body and "一、工作目标" in body
    assert not any(ch in "".join(body) for ch in "抓紧办理")
    assert aside  # kept, as furniture


def test_a_page_without_a_margin_note_sets_nothing_aside(tmp_path: Path) -> None:
    _, blocks = extractors.extract(_pdf(tmp_path, [_page(_LINES)]))
    assert not [b for b in blocks if b.furniture == "comment"]
