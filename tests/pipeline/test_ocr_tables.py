"""A bordered table on a scanned page: its rules are found in the image and its words read into cells,
so a row read across its cells (wide, few characters: a heading's apparent size) never heads a part.
Every text and figure here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.ocr import _font_size, tesseract_available
from jihua.extractors.ocr_tables import find_grids

_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_DPI = 200
_ROWS = [["指标名称", "2024年", "2025年目标"], ["城区绿化覆盖率（%）", "41.2", "42"],
         ["新建口袋公园（个）", "6", "8"], ["古树名木建档保护率（%）", "96", "100"]]
_COLUMNS = (3.1, 1.3, 1.6)  # inches


def _draw_table(draw, top: int, font, rows: list[list[str]], left: int) -> int:
    """The rows in ruled cells from `top` down; where the table ends."""
    row_h = int(_DPI * 0.36)
    xs = [left]
    for w in _COLUMNS:
        xs.append(xs[-1] + int(w * _DPI))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            draw.text((xs[c] + 12, top + r * row_h + 14), text, font=font, fill=0)
    bottom = top + len(rows) * row_h
    for r in range(len(rows) + 1):
        draw.line((xs[0], top + r * row_h, xs[-1], top + r * row_h), fill=0, width=2)
    for x in xs:
        draw.line((x, top, x, bottom), fill=0, width=2)
    return bottom


def _scanned_plan(path: Path, tilt: float = 0.0) -> Path:
    """One page at 200 dpi, image only, slightly turned as a scanner feeds it: title, a part with a
    sentence and a ruled table of targets, a second part."""
    from PIL import Image, ImageDraw, ImageFont

    size = int(_DPI * 0.16)
    body, title = ImageFont.truetype(_FONT, size), ImageFont.truetype(_FONT.replace("Regular", "Bold"), int(size * 1.35))
    page = Image.new("L", (int(8.27 * _DPI), int(7.5 * _DPI)), 255)
    draw = ImageDraw.Draw(page)
    left = _DPI + 2 * size
    text = "柳岸区园林绿化中心2025年工作计划"
    draw.text(((page.width - draw.textlength(text, font=title)) / 2, _DPI // 2), text, font=title, fill=0)
    y = _DPI // 2 + int(size * 3)
    for line in ("一、年度目标", "全年新增城市绿地15公顷，主要指标见下表。"):
        draw.text((left, y), line, font=body, fill=0)
        y += int(size * 1.9)
    y = _draw_table(draw, y + size // 2, body, _ROWS, left) + size
    for line in ("二、重点工作", "完成滨河绿道二期建设，新植行道树1200株。"):
        draw.text((left, y), line, font=body, fill=0)
        y += int(size * 1.9)
    page.rotate(tilt, fillcolor=255, resample=Image.Resampling.BICUBIC).save(path, resolution=_DPI)
    return path


def _fonts_and_tesseract() -> bool:
    return tesseract_available("chi_sim") and Path(_FONT).exists()


@pytest.mark.skipif(not Path(_FONT).exists(), reason="Noto Serif CJK not installed")
@pytest.mark.parametrize("tilt", [0.0, 0.9, -1.4])
def test_the_rules_of_a_ruled_table_are_found_on_a_tilted_page(tmp_path: Path, tilt: float) -> None:
    from PIL import Image

    with Image.open(_scanned_plan(tmp_path / "page.png", tilt)) as image:
        [grid] = find_grids(image.convert("L"), _DPI / 72)
    assert (len(grid.rows), len(grid.cols)) == (len(_ROWS) + 1, len(_COLUMNS) + 1)


@pytest.mark.skipif(not Path(_FONT).exists(), reason="Noto Serif CJK not installed")
def test_lone_rules_and_text_make_no_table(tmp_path: Path) -> None:
    """A masthead's rule across the page and an underline meet no vertical rules; characters' strokes are short."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1654, 1000), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(_FONT, 32)
    draw.line((150, 200, 1500, 200), fill=0, width=4)
    for k, line in enumerate(["十一、丰富群众文化生活，全年举办广场演出一百二十场。", "‖ 工作目标 ‖ 三年行动 ‖ 丨丨丨"]):
        draw.text((180, 300 + 60 * k), line, font=font, fill=0)
    draw.line((180, 470, 900, 470), fill=0, width=2)
    assert find_grids(page, _DPI / 72) == []


def test_a_line_spread_over_cells_is_measured_by_its_glyphs() -> None:
    """Ten characters over 300 points read 30 points each by width, but their glyphs stand 10 high."""
    assert _font_size("城区绿化覆盖率41.2 42", 300.0, 10.0) == 10.0
    assert _font_size("全年新增城市绿地15公顷", 121.0, 10.0) == pytest.approx(11.0)


@pytest.mark.skipif(not _fonts_and_tesseract(), reason="tesseract with chi_sim, or Noto Serif CJK, not installed")
def test_a_scanned_ruled_table_is_a_table_and_its_rows_head_no_parts(parser, tmp_path: Path) -> None:
    doc = parser.parse(_scanned_plan(tmp_path / "scan.pdf", tilt=0.7)).documents[0]
    assert [(s.heading, s.level) for s in doc.sections] == [("年度目标", 1), ("重点工作", 1)]
    [table] = [t.rows for t in doc.sections[0].tables]
    assert len(table) == len(_ROWS) and all(len(row) == len(_COLUMNS) for row in table)
    assert [row[1:] for row in table[1:]] == [row[1:] for row in _ROWS[1:]]
    assert [row[0][:4] for row in table] == [row[0][:4] for row in _ROWS]
