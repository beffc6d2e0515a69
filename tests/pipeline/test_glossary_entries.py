"""A report's glossary printed in its text ("附件：名词解释", "术语解释"): each numbered line is a term and its
definition, an entry of the glossary, never a sub-part of the plan; and an entry's label run onto a figure
("3.10分钟…") is read as its label where the list has its place for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.plan import walk

from tests.writers import write_txt

_REPORT = [
    "柳溪区2025年工作计划",
    "为推动全区高质量发展，制定本计划。",
    "一、主要目标",
    "全区地区生产总值增长6%左右，新增城镇就业2800人以上。",
    "二、重点任务",
    "（一）培育创新主体",
    "新增高新技术企业30家，推动“两链”深度融合。",
    "（二）完善便民服务",
    "建成10分钟就医圈8个，新增养老床位300张。",
]
_ENTRIES = [
    "1.“两链”融合：指产业链与创新链相互贯通、协同发展的工作机制。",
    "2.高新技术企业：指在国家重点支持的高新技术领域内持续进行研发与技术成果转化的企业。",
    "3.10分钟就医圈：指居民步行10分钟内可到达基层医疗卫生机构的服务网络。",
    "4.养老床位：指养老机构和社区养老服务设施中可供老年人使用的床位。",
]


def _doc(parser, tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    result = parser.parse(write_txt(tmp_path / "plan.txt", lines))
    [doc] = result.documents
    return doc


@pytest.mark.parametrize("name", ["附件：名词解释", "术语解释", "附件2 名词注释"])
def test_a_glossarys_entries_are_items_not_parts(parser, tmp_path, name) -> None:
    doc = _doc(parser, tmp_path, [*_REPORT, name, *_ENTRIES])
    headings = [s.heading for s in walk(doc.sections)]
    assert not any(h.startswith(("“两链”", "高新技术企业", "10分钟", "养老床位")) for h in headings), headings
    text = [p for s in walk(doc.sections) for p in s.paragraphs] + doc.paragraphs
    for entry in _ENTRIES:  # every entry kept whole, its label with it
        assert any(entry.split("：")[1] in p for p in text), entry


def test_an_entrys_label_run_onto_a_figure_is_its_label_where_the_list_has_its_place(parser, tmp_path) -> None:
    """"3.10分钟就医圈：…" between "2." and "4." is entry 3 (as its siblings are), not the decimal 3.10."""
    doc = _doc(parser, tmp_path, [*_REPORT, "附件：名词解释", *_ENTRIES])
    blocks = [b for s in walk(doc.sections) for b in s.blocks]
    entry = next(b for b in blocks if "就医圈：指" in b.text)
    assert (entry.kind, entry.label) == ("item", "3.")


def test_a_figure_no_list_places_stays_a_figure() -> None:
    """After "2." with no "4." to follow, "3.5万户…" opens with a figure, not label 3."""
    from jihua.pipeline.headings import attach_labels
    from jihua.pipeline.model import Unit
    from jihua.schemas.blocks import Block, Provenance

    lines = ["1.新建农村公路20公里。", "2.改造危桥3座。", "3.5万户农户受益于道路改善。"]
    units = [Unit(text=t, block=Block(kind="paragraph", text=t, prov=Provenance(file="x", index=i)))
             for i, t in enumerate(lines)]
    attach_labels(units)
    assert units[2].label is None


def test_numbered_subparts_after_a_glossary_line_in_the_plan_are_still_parts(parser, tmp_path) -> None:
    """The glossary ends at the next part's heading: the numbered sub-parts of a later part stay headings."""
    lines = [*_REPORT[:4], "名词解释", _ENTRIES[0], _ENTRIES[1],
             "二、重点任务", "1.培育创新主体", "新增高新技术企业30家，推动产业链创新链融合发展。",
             "2.完善便民服务", "建成就医圈8个，新增养老床位300张。"]
    doc = _doc(parser, tmp_path, lines)
    headings = [s.heading for s in walk(doc.sections)]
    assert "培育创新主体" in headings and "完善便民服务" in headings, headings
