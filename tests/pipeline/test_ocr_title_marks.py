"""A scan's sub-part label whose round bracket OCR read as a title mark ("《三)…"), restored only where the
running （一）（二） sequence has its place; a scanned title's year span whose dash OCR read as 一. Every
text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import clean
from jihua.pipeline.model import ParseState
from jihua.pipeline.rules.titles import year_from_title
from jihua.schemas.blocks import Block, Provenance

_PLAN = ["桃源镇2026年农村人居环境整治方案", "一、重点任务", "（一）清理村庄垃圾。各村每周集中清理一次。",
         "（二）整治农户厕所。完成改厕三百二十户。", "《三)治理生活污水。新建污水收集管网八公里。",
         "（四）提升村容村貌。拆除违章搭建四十处。", "二、保障措施", "镇财政安排专项资金。"]


def _texts(texts: list[str], ocr: bool = True) -> list[str]:
    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(texts)]
    return [u.text for u in clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0")).units]


def test_a_title_mark_opening_a_scanned_sub_part_in_its_sequence_is_its_bracket() -> None:
    assert _texts(_PLAN)[4] == "（三)治理生活污水。新建污水收集管网八公里。"
    first = [_PLAN[0], _PLAN[1], "《一)清理村庄垃圾。各村每周集中清理一次。", *_PLAN[3:]]
    assert _texts(first)[2].startswith("（一)"), "a part's first sub-part, its second after it"


@pytest.mark.parametrize("texts", [
    [_PLAN[0], _PLAN[1], "《三)治理生活污水。", *_PLAN[5:]],  # (一)(二) missing: no sequence puts it here
    [*_PLAN[:4], "《五)治理生活污水。", *_PLAN[5:]],  # the wrong number for its place
    [_PLAN[0], "《四)》一书的读书笔记已整理成册。", "镇财政安排专项资金。"],  # no sub-parts around it
])
def test_a_title_mark_no_sequence_proves_stays_as_read(texts: list[str]) -> None:
    assert _texts(texts) == texts


def test_a_typed_title_mark_is_never_re_read() -> None:
    assert _texts(_PLAN, ocr=False)[4] == _PLAN[4]


@pytest.mark.parametrize(("title", "year"), [
    ("桃源镇农村人居环境整治三年行动方案（2025一2027年）", 2025),  # OCR's 一 for the dash
    ("桃源镇农村人居环境整治三年行动方案(2025 一 2027年)", 2025),
    ("桃源镇农村人居环境整治三年行动方案（2025—2027年）", 2025),
    ("桃源镇2026年一季度重点工作安排", 2026),  # 一 before no year: the first quarter
])
def test_a_year_span_read_with_one_for_its_dash_dates_by_its_first_year(title: str, year: int) -> None:
    assert year_from_title(title) == (True, year)
