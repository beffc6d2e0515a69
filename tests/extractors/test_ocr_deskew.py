"""A page fed through the scanner a degree or two askew is turned level before tesseract reads it: its line
ends stay on their lines and its characters read as on a level page. Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.deskew import tilt
from jihua.extractors.ocr import tesseract_available

from jihua import extractors

_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_LINES = ["白沙镇2026年农村公路养护工作方案",
          "一、工作目标",
          "　　全年完成农村公路日常养护里程一百二十公里，修补路面坑槽三千平方米，",
          "确保列养率达到百分之百，优良中等路比例稳定在百分之八十五以上，路况",
          "水平逐年提升，群众出行更加安全便捷。",
          "二、主要任务",
          "　　（一）落实日常养护。各村明确专职护路员，每周巡查不少于两次，发现",
          "病害及时上报，小修保养做到随坏随修，雨季前全面疏通边沟涵洞。",
          "　　（二）推进示范创建。选取两条路况较好的线路打造美丽农村路示范段，",
          "完善标志标线和安全防护设施，带动全镇养护水平整体提升。",
          "三、保障措施",
          "　　镇财政按照每公里每年一千元的标准安排养护资金，专款专用，年底",
          "组织考核，考核结果与护路员报酬挂钩。"]


def _page(degrees: float, lines: list[str] = _LINES) -> object:
    """A page at 200 dpi in one column, turned `degrees` counter-clockwise as a sheet fed askew."""
    from PIL import Image, ImageDraw, ImageFont

    if not Path(_FONT).exists():
        pytest.skip("Noto Serif CJK is not installed")
    body = ImageFont.truetype(_FONT, 40)
    page = Image.new("L", (1653, 2339), 255)
    draw = ImageDraw.Draw(page)
    for k, line in enumerate(lines):
        draw.text((200, 213 + k * 85), line, font=body, fill=0)
    return page.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)


@pytest.mark.parametrize("degrees", [1.5, -2.0, 1.2])
def test_the_tilt_of_a_page_fed_askew_is_measured(degrees: float) -> None:
    assert tilt(_page(degrees)) == pytest.approx(-degrees, abs=0.2)


def test_a_level_page_a_page_barely_askew_and_a_blank_one_are_left_as_they_are() -> None:
    from PIL import Image

    assert tilt(_page(0.0)) == 0.0
    assert tilt(_page(0.5)) == 0.0  # tesseract follows it; turning would only blur the strokes
    assert tilt(Image.new("L", (1653, 2339), 255)) == 0.0


@pytest.mark.skipif(not tesseract_available("chi_sim"), reason="tesseract with chi_sim not installed")
def test_a_page_scanned_two_degrees_askew_reads_as_a_level_one(tmp_path: Path) -> None:
    path = tmp_path / "askew.pdf"
    _page(2.0).save(path, resolution=200)  # type: ignore[attr-defined]
    _, blocks = extractors.extract(path)
    text = "".join(b.text for b in blocks if b.furniture is None)
    for phrase in ("病害及时上报", "推进示范创建", "完成农村公路日常养护"):
        assert phrase in text
