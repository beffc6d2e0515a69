"""A scanned page's part labels: OCR misreads the round opening bracket of "（二）" as "〈", "‹", "［", "["
or "【", and an item's "1．" as "1，"; the label still ranks with its siblings. Typed text is never re-read.
Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import clean, meta, outline, split
from jihua.pipeline.model import ParseState
from jihua.pipeline.rules.numbering import fold_ocr_label
from jihua.schemas.blocks import Block, Provenance


@pytest.mark.parametrize(("printed", "read"), [
    ("〈二)集中清淤阶段", "（二)集中清淤阶段"),
    ("［三）检查验收阶段", "（三）检查验收阶段"),
    ("‹一)宣传发动", "（一)宣传发动"),
    ("[四) 建立长效机制", "（四) 建立长效机制"),
    ("【十一）其他事项", "（十一）其他事项"),
    ("2，清理沟渠淤泥", "2．清理沟渠淤泥"),  # a stop read as a comma
])
def test_a_misread_bracket_or_stop_in_a_label_is_read_as_printed(printed: str, read: str) -> None:
    assert fold_ocr_label(printed) == read
    assert len(fold_ocr_label(printed)) == len(printed)  # one character for one: spans stay


@pytest.mark.parametrize("text", [
    "【二】重点任务",  # square brackets closed square: a heading's own
    "〈3)清理河道",  # an Arabic figure: no part label of this family
    "〈一〉总体要求",  # no round bracket closing it
    "全镇完成〈二)类整治",  # not at the line's start
    "1，200万元用于清淤",  # a figure going on in digits
])
def test_other_brackets_and_commas_are_left_as_printed(text: str) -> None:
    assert fold_ocr_label(text) == text


_PLAN = ["河口镇2026年河道清淤工作方案", "一、实施步骤", "（一）宣传发动阶段",
         "3月底前召开全镇动员会，印发清淤工作任务清单，逐村明确责任人。",
         "〈二)集中清淤阶段", "4月至6月完成全镇14条河道清淤，清运淤泥1.2万立方米。",
         "［三）检查验收阶段", "7月中旬组织镇村两级联合验收，验收合格率达到100%。"]


def _children_headings(ocr: bool) -> list[str]:
    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(_PLAN)]
    [doc] = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0"))).documents
    doc = outline.run(meta.run(doc))
    return [c.heading for c in doc.sections[0].children]


def test_a_scanned_part_label_with_a_misread_bracket_ranks_with_its_siblings() -> None:
    assert _children_headings(ocr=True) == ["宣传发动阶段", "集中清淤阶段", "检查验收阶段"]


def test_a_scanned_item_label_read_with_a_comma_is_no_second_line_of_the_heading_above() -> None:
    """"（一）…" then a short "1，…" line over body text: the item's own heading, not the part heading wrapped."""
    texts = ["河口镇2026年河道清淤工作方案", "一、重点任务", "（一）实施河道清淤", "1，清理沟渠淤泥",
             "年内完成全镇沟渠清淤36公里，清运淤泥8000立方米。", "2，修复损毁堤岸",
             "汛前修复损毁堤岸12处，加固险工险段3处。"]
    blocks = [Block(text=t, ocr=True, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(texts)]
    [doc] = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0"))).documents
    [part] = outline.run(meta.run(doc)).sections[0].children
    assert part.heading == "实施河道清淤"
    assert [c.heading for c in part.children] == ["清理沟渠淤泥", "修复损毁堤岸"]
