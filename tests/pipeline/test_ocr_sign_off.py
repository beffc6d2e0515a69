"""A scanned page's sign-off (落款): OCR prints a date's digits as look-alikes ("]" or "l" for 1, "O" for
0); the date line is still the date, and the org line over it signs the text, never heads a part.
Every text here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.ocr import tesseract_available
from jihua.pipeline import clean, meta, split
from jihua.pipeline.model import Document, ParseState
from jihua.pipeline.rules.titles import fold_ocr_date
from jihua.schemas.blocks import Block, Provenance


def _documents(texts: list[str], ocr: bool) -> list[Document]:
    """The lines as a page's blocks (read by OCR or typed), cleaned, cut into documents, metadata read."""
    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(texts)]
    state = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0")))
    return [meta.run(doc) for doc in state.documents]


@pytest.mark.parametrize(("printed", "read"), [
    ("2024年]月8日", "2024年1月8日"),
    ("2O23年6月l5日", "2023年6月15日"),
    ("2025年1O月|9日", "2025年10月19日"),
    ("2022年I2月3O日印发", "2022年12月30日印发"),
    ("2021 年 l 月", "2021 年 1 月"),
    ("（2O25年]月2O日）", "（2025年1月20日）"),  # a title block's date in brackets
])
def test_ocr_look_alikes_in_a_date_line_are_read_as_digits(printed: str, read: str) -> None:
    assert fold_ocr_date(printed) == read
    assert len(fold_ocr_date(printed)) == len(printed)  # one character for one: spans stay


@pytest.mark.parametrize("text", [
    "2024年]月8日召开全镇动员会",  # a sentence, not a date line
    "（2024年]月8日召开）",
    "二〇二四年三月",  # Chinese numerals are no look-alikes
    "lOlO年l月",  # no year it could be
    "Il年I月",
])
def test_text_not_shaped_as_a_date_is_left_as_printed(text: str) -> None:
    assert fold_ocr_date(text) == text


_SIGNED = ["一、工作目标", "全年组织义诊进村活动12次，覆盖全镇9个行政村。", "中共南塘镇卫生院支部委员会"]


_TITLE = "南塘镇卫生院2024年健康教育工作计划"


def test_a_scanned_sign_off_with_a_misread_date_is_the_closing() -> None:
    [doc] = _documents([_TITLE, *_SIGNED, "2O24年]月l8日"], ocr=True)
    assert [u.text for u in doc.closing] == ["中共南塘镇卫生院支部委员会", "2024年1月18日"]
    assert doc.date == "2024年1月18日"
    assert [u.text for u in doc.units] == _SIGNED[:2]  # the org line is no longer text a heading could be


def test_a_typed_line_is_never_re_read() -> None:
    [doc] = _documents([_TITLE, *_SIGNED, "2O24年]月l8日"], ocr=False)
    assert doc.closing == [] and doc.date is None
    assert doc.units[-1].text == "2O24年]月l8日"


def test_a_scanned_title_block_s_misread_date_dates_the_plan_and_leaves_its_org_out_of_the_text() -> None:
    """"某院" over "（2O24年]月9日）" under the title: the issuer and the day it signed, as typed."""
    [doc] = _documents(["南塘镇卫生院2024年慢性病随访工作计划", "南塘镇卫生院", "（2O24年]月9日）", *_SIGNED[:2]], ocr=True)
    assert [u.text for u in doc.front] == ["南塘镇卫生院", "（2024年1月9日）"]
    assert doc.date == "2024年1月9日" and doc.org == "南塘镇卫生院"
    assert [u.text for u in doc.units] == _SIGNED[:2]


def test_a_scanned_bundle_splits_under_a_sign_off_whose_date_ocr_misread() -> None:
    """Two plans on one scan, the first signed off with a misread date: the second title starts a plan."""
    second = ["南塘镇卫生院2024年家庭医生签约服务工作计划", "一、工作目标", "重点人群签约率达到75%以上。"]
    docs = _documents([_TITLE, *_SIGNED, "2O24年]月l8日", *second], ocr=True)
    assert [d.title for d in docs] == [_TITLE, second[0]]


_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _scanned_plan(path: Path) -> Path:
    """One short page at 170 dpi, image only: title, two parts, and a right-aligned sign-off whose
    date tesseract tends to misread ("1" as "]")."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 170
    size = int(dpi * 0.155)
    body, title = ImageFont.truetype(_FONT, size), ImageFont.truetype(_FONT.replace("Regular", "Bold"), int(size * 1.3))
    page = Image.new("L", (int(8.27 * dpi), int(5 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    lines = [("东山镇卫生院2025年健康教育工作计划", title, "center", 1.5), ("一、工作目标", body, "left", 1),
             ("全年开展健康讲座24场，居民健康素养水平达到30%。", body, "left", 1), ("二、主要措施", body, "left", 1),
             ("每月组织一次义诊进村活动，覆盖全镇18个行政村。", body, "left", 2),
             ("中共东山镇卫生院支部委员会", body, "right", 1), ("2025年1月16日", body, "right", 1)]
    y = dpi // 2
    for text, font, align, space in lines:
        width = draw.textlength(text, font=font)
        x = {"center": (page.width - width) / 2, "right": page.width - dpi - width - 2 * size}.get(align, dpi + 2 * size)
        draw.text((x, y), text, font=font, fill=0)
        y += int(size * 1.75 * space)
    page.save(path, resolution=dpi)
    return path


@pytest.mark.skipif(not tesseract_available("chi_sim") or not Path(_FONT).exists(),
                    reason="tesseract with chi_sim, or Noto Serif CJK, not installed")
def test_a_scanned_plans_sign_off_is_set_aside_with_its_date(parser, tmp_path: Path) -> None:
    doc = parser.parse(_scanned_plan(tmp_path / "scan.pdf")).documents[0]
    assert doc.date == "2025年1月16日"
    assert doc.closing == ["中共东山镇卫生院支部委员会", "2025年1月16日"]
    assert [s.heading for s in doc.sections] == ["工作目标", "主要措施"]
    assert doc.sections[-1].paragraphs == ["每月组织一次义诊进村活动，覆盖全镇18个行政村。"]
