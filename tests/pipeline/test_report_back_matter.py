"""A report's back matter: end notes under its closing paragraph (a web copy's, where a Word file keeps its
footnotes apart), a trailing 注释 / 注解 / 附注 block (as 名词解释 is), an annexed table under "附表", and the
publisher's note on which text binds ("（此件为报告全文，正式文本以…为准）"). None of it is a part of the last
numbered part, and none of its figures is a target.

Every text here is written for these tests, in the shapes such reports take.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.plan import walk

from tests.writers import write_txt

_REPORT = [
    "政府工作报告",
    "——2027年1月8日在白沙县第九届人民代表大会第三次会议上",
    "白沙县县长　方启明",
    "各位代表：",
    "现在，我代表县人民政府，向大会报告政府工作，请予审议。",
    "一、2026年工作回顾",
    "全县地区生产总值增长5.8%，“三改”项目完成投资6.2亿元。",
    "二、2027年工作安排",
    "（一）抓好项目建设",
    "全年实施重点项目120个，完成投资85亿元以上。",
    "（二）加强政府自身建设",
    "坚持过紧日子，一般性支出压减5%以上。",
    "各位代表！让我们踔厉奋发、笃行不怠，为建设更加美好的白沙而努力奋斗！",
]
_NOTES = ["①“三改”：指改水、改厕、改厨，每户补助资金不少于3000元。",
          "②重点项目：指年度计划投资5000万元以上的项目。"]


def _parse(parser, tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    result = parser.parse(write_txt(tmp_path / "report.txt", lines))
    [doc] = result.documents
    return result, doc


@pytest.mark.parametrize("notes", [_NOTES, [n.replace("①", "1.").replace("②", "2.") for n in _NOTES],
                                   [n.replace("①", "注1：").replace("②", "注2：") for n in _NOTES]])
def test_end_notes_under_the_closing_paragraph_are_notes(parser, tmp_path: Path, notes: list[str]) -> None:
    """Term definitions numbered from 1 under the closing sentence: the report's notes, as a Word file's footnotes
    are (furniture of kind `notes`) — no headings, their figures no targets."""
    result, doc = _parse(parser, tmp_path, [*_REPORT, *notes])
    headings = [s.heading for s in walk(doc.sections)]
    assert not any("三改" in h or "重点项目" == h for h in headings), headings
    assert not any("3000" in t.text for t in doc.targets)
    assert [f.text for f in result.furniture if f.kind == "notes"] == [
        "“三改”：指改水、改厕、改厨，每户补助资金不少于3000元。", "重点项目：指年度计划投资5000万元以上的项目。"]


def test_definitions_under_a_heading_not_a_closing_sentence_stay_in_the_text(parser, tmp_path: Path) -> None:
    """A part of the plan that defines its words under its own heading is its text: only a closing sentence above
    the run makes it the notes."""
    lines = [*_REPORT[:-1], "（三）明确有关用语", *[n.replace("①", "1.").replace("②", "2.") for n in _NOTES]]
    result, doc = _parse(parser, tmp_path, lines)
    assert not [f for f in result.furniture if f.kind == "notes"]
    text = [p for s in walk(doc.sections) for p in s.paragraphs]
    assert any("改水、改厕、改厨" in p for p in text), text


@pytest.mark.parametrize("name", ["注释", "注解", "附注", "名词解释"])
def test_a_trailing_notes_block_is_a_level_one_part_as_a_glossary_is(parser, tmp_path: Path, name: str) -> None:
    """"注释" over numbered definitions, an annex after it: back matter of its own at level 1, type other — not a
    sub-part of the last numbered part typed from it."""
    entries = ["1.“三改”：指改水、改厕、改厨。", "2.重点项目：指年度计划投资5000万元以上的项目。"]
    annex = ["附件", "2027年白沙县主要预期目标", "指标\t单位\t目标", "地区生产总值增长\t%\t6左右"]
    _result, doc = _parse(parser, tmp_path, [*_REPORT, name, *entries, *annex])
    top = [(s.number, s.heading, s.type) for s in doc.sections]
    assert top[-2] == ("", name, "other"), top
    assert top[-1][1].startswith("附件"), top
    assert not any(c.heading == name for s in doc.sections for c in walk(s.children))


@pytest.mark.parametrize("mark", ["附表", "附表1"])
def test_an_annexed_table_under_its_mark_is_a_level_one_part(parser, tmp_path: Path, mark: str) -> None:
    """"附表" at the end, a caption, a table: a level-1 back-matter part as "附件" opens one — the mark no paragraph
    of the last part, the caption no child of it."""
    annex = [mark, "2027年白沙县主要预期目标", "指标\t单位\t2026年完成\t2027年目标",
             "地区生产总值增长\t%\t5.8\t6左右", "城镇新增就业\t人\t3100\t3000以上"]
    _result, doc = _parse(parser, tmp_path, [*_REPORT, *annex])
    last = doc.sections[-1]
    assert (last.level, last.heading) == (1, f"{mark} 2027年白沙县主要预期目标"), (last.level, last.heading)
    assert last.tables
    previous = doc.sections[-2]
    assert not any(mark in p for s in [previous, *walk(previous.children)] for p in s.paragraphs)


def test_the_note_on_which_text_binds_is_set_aside(parser, tmp_path: Path) -> None:
    """"（此件为报告全文，正式文本以大会审议通过的为准）" under the byline: the publisher's note, not the report's first
    paragraph; a plan's own note on its figures ("（数据以统计部门公布为准）") stays."""
    note = "（此件为报告全文，正式文本以大会审议通过的为准）"
    own = "（数据以统计部门最终公布为准）"
    lines = [*_REPORT[:3], note, *_REPORT[3:7], own, *_REPORT[7:]]
    result, doc = _parse(parser, tmp_path, lines)
    assert doc.paragraphs[0] == "各位代表：", doc.paragraphs
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "which text binds" in reasons[note]
    assert any(own in p for s in walk(doc.sections) for p in s.paragraphs)


def test_a_parts_own_numbered_definitions_under_a_plain_sentence_stay(parser, tmp_path: Path) -> None:
    """"四、统计口径" / "本方案所列指标口径如下。" / "1.…：指…。": the part's own text, no closing above it — not notes,
    and the part keeps its lines."""
    defs = ["四、统计口径", "本方案所列指标口径如下。", "1.新增就业岗位：指当年新开发的全日制就业岗位数量。",
            "2.技能培训人次：指参加县级以上认定培训的人员累计数。"]
    plan = ["白沙县2027年稳就业工作方案", "一、工作目标", "全年新增就业岗位2800个，开展技能培训4000人次。",
            "二、重点任务", "加大援企稳岗力度，落实一次性吸纳就业补贴政策。", *defs]
    result, doc = _parse(parser, tmp_path, plan)
    assert not [f for f in result.furniture if f.kind == "notes"]
    text = [p for s in walk(doc.sections) for p in [s.heading, *s.paragraphs]]
    assert any("全日制就业岗位" in t for t in text), text


def test_numbered_notes_that_set_figures_stay_in_the_text(parser, tmp_path: Path) -> None:
    """A numbered definition that also sets a figure ("…，年内新建15个") is a task of the plan, even under a closing
    call: its target is kept."""
    notes = ["1.幸福驿站：指为户外劳动者提供休息服务的站点，年内新建15个。",
             "2.口袋书屋：指设在社区的小型阅读空间，年内建成8个。"]
    result, doc = _parse(parser, tmp_path, [*_REPORT, *notes])
    assert not [f for f in result.furniture if f.kind == "notes"]
    assert any(t.value == 15 for t in doc.targets), [t.text for t in doc.targets]


def test_circled_notes_whose_marks_stand_in_the_text_are_notes_under_a_sign_off(parser, tmp_path: Path) -> None:
    """"①" set in the text ("“三改”①") and the note "①“三改”：指…" after the sign-off: the text's end note."""
    body = [*_REPORT[:6], "全县地区生产总值增长5.8%，“三改”①项目完成投资6.2亿元。", *_REPORT[7:-1],
            "白沙县人民政府", "2027年1月8日"]
    result, _doc = _parse(parser, tmp_path, [*body, _NOTES[0]])
    assert [f.text for f in result.furniture if f.kind == "notes"] == [_NOTES[0][1:]]
