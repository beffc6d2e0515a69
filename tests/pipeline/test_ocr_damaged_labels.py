"""A scanned part label OCR damaged by one character ("本)" or "(人三)" for "（三）", ":四、" for "四、", "二部分"
after "第一部分") is read as the label the running sequence has its place for; a right-set sign-off is never
given a part's label; a scanned title block's dash read as "-一" and its byline with no space before the name
stay in the title block. Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import clean, meta, split
from jihua.pipeline.model import ParseState
from jihua.schemas.blocks import Block, Provenance

_PLAN = ["桂山乡2026年农田水利建设计划", "一、工作目标", "新修灌溉渠道十二公里。", "二、主要任务",
         "（一）修缮渠系。年底前全部完工。", "（二）整治山塘。汛期前完成除险加固。", "（三）推广节水灌溉。新增喷灌一千亩。",
         "三、保障措施", "乡财政安排专项资金。"]


def _block(i: int, text: str, ocr: bool, indent: float = 0.0) -> Block:
    return Block(text=text, ocr=ocr, indent=indent, font_size=14.0, prov=Provenance(file="t.pdf", index=i, page=1))


def _texts(texts: list[str], ocr: bool = True) -> list[str]:
    blocks = [_block(i, t, ocr) for i, t in enumerate(texts)]
    return [u.text for u in clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0")).units]


@pytest.mark.parametrize(("at", "read", "label"), [
    (5, "本)整治山塘。汛期前完成除险加固。", "（二）整治山塘"),  # bracket and numeral read as one character
    (6, "全)推广节水灌溉。新增喷灌一千亩。", "（三）推广节水灌溉"),
    (6, "(人三)推广节水灌溉。新增喷灌一千亩。", "（三）推广节水灌溉"),  # a stray character in the brackets
    (7, ":三、保障措施", "三、保障措施"),  # a stray mark before the label
])
def test_a_label_damaged_by_one_character_is_read_from_its_sequence(at: int, read: str, label: str) -> None:
    texts = [*_PLAN[:at], read, *_PLAN[at + 1:]]
    assert _texts(texts)[at].startswith(label)


def test_a_part_label_without_its_di_is_read_after_the_part_before() -> None:
    texts = ["某社区2026年健康教育计划", "第一部分工作目标", "提高居民健康素养。", "二部分工作内容", "开展讲座十二场。",
             "第三部分保障措施", "明确专人负责。"]
    assert _texts(texts)[3] == "第二部分工作内容"


@pytest.mark.parametrize("texts", [
    [_PLAN[0], "甲)项目资金已全部拨付到位。", "乡财政安排专项资金。"],  # no sub-parts around it
    [*_PLAN[:5], "本)整治山塘。", "（四）推广节水灌溉。"],  # the labels around skip its place
    [*_PLAN[:4], "(人五)推广节水灌溉。", *_PLAN[5:]],  # the wrong number for its place
    ["某社区计划", "三部分人员尚未到岗。", "明确专人负责。"],  # no 第一部分, 第二部分 before it
])
def test_a_damaged_label_no_sequence_proves_stays_as_read(texts: list[str]) -> None:
    assert _texts(texts) == texts


def test_a_typed_line_is_never_re_read() -> None:
    texts = [*_PLAN[:5], "本)整治山塘。", *_PLAN[6:]]
    assert _texts(texts, ocr=False) == texts


def test_a_right_set_sign_off_takes_no_part_label() -> None:
    """The sign-off's org line OCR read with a stray "、" first, set far right under the last part: no 四、."""
    blocks = [_block(i, t, True) for i, t in enumerate(_PLAN)]
    blocks += [_block(len(blocks), "、桂山乡人民政府", True, indent=280.0),
               _block(len(blocks) + 1, "2026年1月8日", True, indent=300.0)]
    units = clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0")).units
    assert units[-2].text == "、桂山乡人民政府"
    flush = [_block(i, t, True) for i, t in enumerate([*_PLAN, "、加强督查考核"])]  # at the margin: restored
    assert clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=flush, sha256="0")).units[-1].text \
        == "四、加强督查考核"


@pytest.mark.parametrize("dash", ["-一", "一一", "--"])
def test_a_scanned_subtitle_dash_and_a_byline_without_a_space_stay_in_the_title_block(dash: str) -> None:
    texts = ["政府工作报告", f"{dash}2026年1月12日在桂山县第九届人民代表大会第三次会议上", "桂山县人民政府县长周明远",
             "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。", "一、过去一年工作回顾", "全县经济稳中有进。"]
    blocks = [_block(i, t, True) for i, t in enumerate(texts)]
    state = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0")))
    doc = meta.run(state.documents[0])
    body = " ".join(u.text for u in doc.units)
    assert doc.org == "桂山县人民政府"
    assert "会议上" not in body and "周明远" not in body


def test_a_bullet_dash_line_in_a_typed_copy_stays_as_it_is() -> None:
    from jihua.pipeline.model import Unit
    from jihua.pipeline.title_block import title_block_line

    unit = Unit(text="-一2026年完成渠道清淤", block=_block(0, "-一2026年完成渠道清淤", False))
    assert not title_block_line(unit, after_title=True)
