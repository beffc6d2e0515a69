"""What an export or a printed page adds after the document's text: a label of a site's lists ("评论（2）",
"相关链接") over readers' comments or dated links, set aside with its reason in any format; a note's mark left
at a paragraph's end with its note gone; radicals a PDF prints for characters.

Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.text.normalize import repair

from tests.writers import set_aside, write_docx

_PLAN = [
    "青禾县水利局2026年农田水利工作计划",
    "为加快补齐农田水利短板，保障粮食安全，结合我县实际，制定本计划。[1]",
    "一、工作目标",
    "全年新增高效节水灌溉面积1.8万亩，灌区渠系水利用系数提高到0.61。[2]",
    "二、重点任务",
    "（一）加快灌区改造。完成北干渠续建配套工程，衬砌渠道26公里，改造渠系建筑物140座。",
    "（二）强化工程管护。落实小型水利工程管护主体，全年开展汛前检查不少于3次。",
]
_COMMENTS = ["[1]周晓雨2026-01-12 10:05：建议写明上级文件名称。", "[2]韩东2026-01-12 16:40：0.61的口径请再核实。"]


def test_comments_under_a_count_label_leave_the_last_section(parser, tmp_path: Path) -> None:
    """A cloud document's export prints its readers' comments under "评论（2）": a DOCX or a PDF of it is no web
    copy, yet the label and the comments are the export's, set aside each with its reason."""
    path = write_docx(tmp_path / "export.docx", [*_PLAN, "评论（2）", *_COMMENTS])
    result = parser.parse(path)
    doc = result.documents[0]
    last = doc.sections[-1].children[-1]
    assert last.heading == "强化工程管护" and not last.children
    assert last.paragraphs == ["落实小型水利工程管护主体，全年开展汛前检查不少于3次。"]
    reasons = set_aside(result)
    assert "评论（2）" in reasons and all("comment" in reasons[c] for c in _COMMENTS)


def test_a_notes_mark_whose_note_is_gone_leaves_the_paragraphs_end(parser, tmp_path: Path) -> None:
    """The comments the marks point to set aside: "[1]" at a paragraph's end points at nothing in the text."""
    result = parser.parse(write_docx(tmp_path / "export.docx", [*_PLAN, "评论（2）", *_COMMENTS]))
    doc = result.documents[0]
    assert doc.paragraphs == ["为加快补齐农田水利短板，保障粮食安全，结合我县实际，制定本计划。"]
    assert doc.sections[0].paragraphs == ["全年新增高效节水灌溉面积1.8万亩，灌区渠系水利用系数提高到0.61。"]


def test_an_empty_mark_left_by_a_dropped_raised_number_goes(parser, tmp_path: Path) -> None:
    lines = [_PLAN[0], _PLAN[1].replace("[1]", "[]"), _PLAN[2], _PLAN[3].replace("[2]", "[]"), *_PLAN[4:]]
    doc = parser.parse(write_docx(tmp_path / "plan.docx", lines)).documents[0]
    assert doc.sections[0].paragraphs == ["全年新增高效节水灌溉面积1.8万亩，灌区渠系水利用系数提高到0.61。"]


def test_a_mark_whose_note_the_text_keeps_stays(parser, tmp_path: Path) -> None:
    """A plan that prints its own notes ("[2]渠系水利用系数：指…") keeps its marks: their notes are its text."""
    note = "[2]渠系水利用系数：指灌入田间的水量与渠首引进总水量的比值。"
    doc = parser.parse(write_docx(tmp_path / "plan.docx", [*_PLAN, note])).documents[0]
    assert doc.sections[0].paragraphs == [_PLAN[3]]


def test_dated_links_a_pdf_joined_into_one_line_leave_the_last_section(parser, tmp_path: Path) -> None:
    """A printed page's "相关链接" over its links, each a headline and its date, which a PDF's reader joined into
    one paragraph: the list, not a part of the plan."""
    links = "青禾县2025年水利工作总结2026-01-06青禾县冬春农田水利建设实施方案2025-11-20"
    path = write_docx(tmp_path / "page.docx", [*_PLAN, "相关链接", links])
    result = parser.parse(path)
    last = result.documents[0].sections[-1].children[-1]
    assert last.heading == "强化工程管护" and not last.children
    reasons = set_aside(result)
    assert "相关链接" in reasons and "date" in reasons[links]


def test_a_label_over_the_plans_own_sentences_stays(parser, tmp_path: Path) -> None:
    """Under "相关信息" a sentence of the plan, not a list's item: every line stays the plan's."""
    lines = [*_PLAN, "相关信息", "各乡镇要于2026年3月31日前报送工程进度，联系人：县水利局农水股。"]
    result = parser.parse(write_docx(tmp_path / "plan.docx", lines))
    assert "相关信息" not in set_aside(result)
    assert "各乡镇要于2026年3月31日前报送工程进度" in str(result.documents[0].model_dump())


def test_radicals_supplement_forms_read_as_their_characters() -> None:
    """"⺠" (U+2EA0) and "⻓" (U+2ED3), which NFKC leaves, read as 民 and 长, as the Kangxi "⼈" reads 人."""
    assert repair("便\u2ea0服务中心主任、站\u2ed3负责制，\u2f08口") == "便民服务中心主任、站长负责制，人口"
