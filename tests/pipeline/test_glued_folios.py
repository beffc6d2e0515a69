"""A document site's text copy glues a page's number to the page's text: after "第1页 共4页" and the running
title, the next page opens "2（二）…" or "2梳理…", and the page before may end "…。1". The number is the page's
folio, taken off (and kept in `removed`) before any label is read (pipeline/pagebreaks.py). Every text here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

_TITLE = "青川区2026年文明城市创建工作要点"
_LINES = [
    _TITLE,
    "为巩固全国文明城市创建成果，提升城市文明程度，现提出如下工作要点。",
    "一、工作目标",
    "全年市民文明素质测评满意度达到92%以上，背街小巷环境整治完成率达到100%。",
    "二、重点任务",
    "（一）整治市容环境",
    "对全区主次干道实行网格化管理，每月开展一次占道经营集中整治。1",
    "第1页 共4页",
    _TITLE,
    "2（二）提升市民文明素养",
    "1.深化志愿服务",
    "全年组织志愿服务活动不少于300场，注册志愿者人数增长10%。年内新建",
    "第2页 共4页",
    _TITLE,
    "3个新时代文明实践站，实现街道全覆盖。",
    "2.推行文明积分",
    "对参与志愿服务的市民给予积分奖励，积分可兑换公共服务，",
    "第3页 共4页",
    _TITLE,
    "2026年底前实现社区全覆盖。",
    "第4页 共4页",
]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "site-copy.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_page_number_glued_to_the_next_pages_first_line_is_the_folio(parser, tmp_path) -> None:
    """"2（二）提升市民文明素养" after "第1页 共4页" is the heading "（二）", not an unnumbered "2（二）…"; the "1"
    after the page's last full stop goes too. Both are kept in `removed` with their reason."""
    result = parser.parse(_write(tmp_path, _LINES))
    doc = result.documents[0]
    tasks = doc.sections[1]
    assert [(c.number, c.heading) for c in tasks.children] == [("（一）", "整治市容环境"), ("（二）", "提升市民文明素养")]
    assert tasks.children[0].paragraphs == ["对全区主次干道实行网格化管理，每月开展一次占道经营集中整治。"]
    assert sorted(r.text for r in result.removed_reasons if "glued to the page's text" in r.reason) == ["1", "2"]


def test_a_figure_or_a_year_opening_the_next_page_keeps_its_digits(parser, tmp_path) -> None:
    """"…年内新建" | "第2页 共4页" | "3个新时代文明实践站…": the 3 is the next page's number, yet a unit (个) goes on
    after it — the figure the break cut, not a folio — so the sentence reads "新建3个…" across the break; a number
    that is not the next page's ("2026年底前…" on page 4) is the text's."""
    doc = parser.parse(_write(tmp_path, _LINES)).documents[0]
    volunteers, points = doc.sections[1].children[1].children
    assert (volunteers.heading, points.heading) == ("深化志愿服务", "推行文明积分")
    assert volunteers.paragraphs == ["全年组织志愿服务活动不少于300场，注册志愿者人数增长10%。年内新建3个新时代文明实践站，实现街道全覆盖。"]
    assert points.paragraphs == ["对参与志愿服务的市民给予积分奖励，积分可兑换公共服务，2026年底前实现社区全覆盖。"]


_OPEN_AT_BREAK = [
    "石门县2026年基层医疗服务能力提升工作要点",
    "为提升基层医疗卫生服务能力，现提出如下工作要点。",
    "一、工作目标",
    "高血压患者基层规范管理率达到62%，",
    "第1页 共3页",
    "2型糖尿病患者基层规范管理率达到60%。全镇",
    "第2页 共3页",
    "3家卫生院达到服务能力推荐标准，全县",
    "第3页 共3页",
    "4星级村卫生室占比提高到30%。",
]


def test_a_digit_opening_the_next_page_under_an_open_line_is_the_sentences(parser, tmp_path) -> None:
    """"…管理率达到62%，" | "第1页 共3页" | "2型糖尿病…": the page's last line stops inside its sentence, so the 2 that
    opens the next page is the sentence's (a figure's kind, "2型"), however it matches the next page's number; so is
    "…全镇" | folio | "3家…" and "…全县" | folio | "4星级…". Nothing of the text is set aside."""
    result = parser.parse(_write(tmp_path, _OPEN_AT_BREAK))
    goals = result.documents[0].sections[0]
    assert goals.paragraphs == ["高血压患者基层规范管理率达到62%，2型糖尿病患者基层规范管理率达到60%。全镇3家卫生院达到"
                                "服务能力推荐标准，全县4星级村卫生室占比提高到30%。"]
    assert not [r for r in result.removed_reasons if "glued to the page's text" in r.reason]


def test_a_figures_kind_after_a_closed_page_keeps_its_digit(parser, tmp_path) -> None:
    """After a closed line a figure's kind or grade still tells the figure from a folio ("。" | folio | "2级以上
    医院…", "3区2县…"): numbering.FIGURE_WORD names them, for decimal labels and page breaks alike."""
    lines = ["石门县2026年医疗工作要点", "一、工作目标", "全县基层首诊率稳步提高。", "第1页 共3页",
             "2级以上医院全部接入区域平台。", "第2页 共3页", "3区2县实现检查结果互认。", "第3页 共3页"]
    goals = parser.parse(_write(tmp_path, lines)).documents[0].sections[0]
    assert goals.paragraphs == ["全县基层首诊率稳步提高。", "2级以上医院全部接入区域平台。", "3区2县实现检查结果互认。"]
