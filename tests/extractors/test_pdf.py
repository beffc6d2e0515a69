"""PDF: running headers and page numbers set aside, CJK lines joined into paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.cjk import join_fragments, tidy_spaces
from jihua.extractors.layout import PAGE_NUMBER

from jihua import extractors


@pytest.fixture(scope="module")
def plan_blocks(corpus_files: Path):
    return extractors.extract(corpus_files / "qinghe-2023-plan.pdf")[1]


def test_running_header_and_page_numbers_are_furniture(plan_blocks) -> None:
    furniture = [(b.furniture, b.text) for b in plan_blocks if b.furniture]
    assert ("header", "青禾县双拥工作资料") in furniture
    assert ("page_number", "- 2 -") in furniture
    assert not any("青禾县双拥工作资料" in b.text for b in plan_blocks if b.furniture is None)


def test_wrapped_lines_join_without_spaces(plan_blocks) -> None:
    texts = [b.text for b in plan_blocks if b.furniture is None]
    # a paragraph wrapped over four lines, and one whose "300人次" moved to the next line whole
    assert "根据省、市双拥工作会议精神，结合我县实际，制定本计划。" in texts[1]
    assert any(t.startswith("全年走访慰问驻县部队和重点优抚对象不少于300人次，组织军民共建活动") for t in texts)
    assert not any(" " in t and not any(c.isascii() and c.isalpha() for c in t) for t in texts)


def test_title_over_two_centred_lines_is_one_block(plan_blocks) -> None:
    first = plan_blocks[0]
    assert first.text == "青禾县退役军人事务局2023年双拥工作计划"
    assert first.align == "center" and first.font_size and first.font_size > 20


def test_paragraph_continues_across_a_page_break(plan_blocks) -> None:
    pages = {b.prov.page for b in plan_blocks}
    assert len(pages) >= 3
    # no body block starts mid-sentence with a lowercase continuation char after a page break
    starts = [b.text[0] for b in plan_blocks if b.furniture is None and b.text]
    assert "，" not in starts and "。" not in starts


def test_heading_fonts_and_bold_are_reported(plan_blocks) -> None:
    by_text = {b.text: b for b in plan_blocks}
    assert by_text["1.开展集中宣传月活动"].bold is True
    assert by_text["一、指导思想"].font != by_text["二、工作目标"].font or by_text["一、指导思想"].font
    assert by_text["一、指导思想"].prov.bbox is not None


def test_ruled_table_is_read_as_rows(corpus_files: Path) -> None:
    _, blocks = extractors.extract(corpus_files / "qinghe-2023-plan.pdf")
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and tables[0].rows[0] == ["时间", "主要工作", "责任单位"]
    assert ["7—9月", "双拥宣传月、“八一”走访慰问", "县双拥办"] in tables[0].rows


@pytest.mark.parametrize("text", ["- 3 -", "第3页", "第 3 页 共 10 页", "3/10", "— 12 —", "Page 4"])
def test_page_number_shapes(text: str) -> None:
    assert PAGE_NUMBER.match(text)


def test_cjk_joining() -> None:
    assert join_fragments(["退役军人", "事务局"]) == "退役军人事务局"
    assert join_fragments(["GB", "18030"]) == "GB 18030"
    assert tidy_spaces("2023 年 工作 计划 for Plan A") == "2023年工作计划for Plan A"
