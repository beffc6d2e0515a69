"""A part named by a later clause of its heading, after a first clause that carries no cue of its own.

"（五）全力优服务强担当，扎实推进政府自身建设": the first clause says how (two short verb-object phrases), the second
what the part is about — the government's own building, a safeguard, as the heading naming only it is. Only the
body itself names a part so: a task going on to a function word ("推进产业转型，健全工作机制", "…，确保完成全年目标")
stays a task, and under a review (a 总结's parts, a report's look back) a safeguard names nothing. The documents are
our own.
"""

from __future__ import annotations

import pytest
from jihua.pipeline import classify
from jihua.pipeline.model import Document, Section
from jihua.pipeline.part_names import part_name

from tests.writers import write_txt


@pytest.mark.parametrize(("heading", "named"), [
    ("全力优服务强担当，扎实推进政府自身建设", ("safeguards", "自身建设")),
    ("抓作风促落实，建设群众满意政府", ("safeguards", "满意政府")),
    ("提效率优环境，全面提升政府公信力", ("safeguards", "政府公信力")),
    ("扎实推进政府自身建设", ("safeguards", "自身建设")),                  # one clause, as before
    ("推进产业转型，健全工作机制", None),                                 # a function word after a task
    ("扩大有效投资，确保完成全年目标", None),
    ("做优现代农业，强化考核评估", None),
    ("完善考核办法，扎实推进政府自身建设", None),                         # the first clause names its own part
])
def test_a_later_clause_names_the_body_itself_after_a_first_naming_none(heading: str, named: tuple | None) -> None:
    found = part_name(heading)
    assert (found[0], found[1][-len(named[1]):]) == named if named else found is None


def _part(number: str, heading: str, level: int, *children: Section) -> Section:
    return Section(number=number, heading=heading, level=level, unit=None, children=list(children))


def test_the_governments_own_building_in_a_second_clause_is_safeguards_among_the_years_tasks() -> None:
    doc = Document(title="青岗县2027年政府工作报告", units=[], doc_type="summary_plan", year=2027)
    doc.sections = [
        _part("一、", "2026年工作回顾", 1, _part("（一）", "深化放权改革，扎实推进政府自身建设", 2)),
        _part("二、", "2027年重点工作", 1, _part("（一）", "推进产业转型，健全工作机制", 2),
              _part("（二）", "全力优服务强担当，扎实推进政府自身建设", 2)),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("2026年工作回顾", "review"), ("深化放权改革，扎实推进政府自身建设", "review"),   # reported, as the review's
        ("2027年重点工作", "measures"), ("推进产业转型，健全工作机制", "measures"),
        ("全力优服务强担当，扎实推进政府自身建设", "safeguards")]


def test_a_summarys_part_on_the_governments_own_building_stays_reported_work() -> None:
    doc = Document(title="青岗县人民政府2026年工作总结", units=[], doc_type="summary", year=2026)
    doc.sections = [_part("一、", "主要工作", 1, _part("（一）", "深化放权改革，扎实推进政府自身建设", 2),
                          _part("（二）", "做优现代农业，壮大村级经济", 2))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["review", "review", "review"]


def test_a_reports_task_part_on_the_government_itself_is_safeguards(parser, tmp_path) -> None:
    lines = ["青岗县2027年政府工作报告", "各位代表：", "现在，我代表县人民政府向大会报告工作。",
             "一、2026年工作回顾", "过去一年，全县地区生产总值增长6.1%。",
             "二、2027年重点工作", "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
             "（一）做优现代农业，壮大村级经济", "新建高标准农田2万亩。",
             "（二）全力优服务强担当，扎实推进政府自身建设", "严格落实过紧日子要求，一般性支出压减5%以上。"]
    [doc] = parser.parse(write_txt(tmp_path / "report.txt", lines)).documents
    typed = {c.heading: c.type for s in doc.sections for c in [s, *s.children]}
    assert typed["做优现代农业，壮大村级经济"] == "measures"
    assert typed["全力优服务强担当，扎实推进政府自身建设"] == "safeguards"
