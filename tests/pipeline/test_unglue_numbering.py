"""Labels glued into a copy's lines read against the numbering in force over the lines before, and a
heading with clauses cut before the child label glued to it."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline import unglue


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _outline(doc) -> list[tuple[str | None, str | None, list[tuple[str | None, str | None]]]]:
    return [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]


# a copy whose paragraph breaks were lost in places: a lone "。（三）" in a line that opens with body
# text, a part label "。二、" in a line that opens with a sub-part, a part heading with a comma
# swallowing its first sub-part
_LOST_BREAKS = """柳川镇农业农村办公室2026年工作计划
为推动全镇农业农村工作提质增效，结合我镇实际，制定本计划。
一、夯实粮食生产，稳住农业基本盘（一）抓好春耕备耕。全年粮食播种面积稳定在3.2万亩以上。（二）推进高标准农田建设。新建高标准农田4000亩。
组织农技人员下村指导，推广绿色防控技术。（三）加强农机服务　　新增大中型农机具35台（套）。
（四）强化防灾减灾。每季度开展一次农业灾害隐患排查。二、壮大乡村产业一是培育特色种养基地，新建示范基地6个。二是发展农产品加工。
三、保障措施
（一）加强组织领导。镇党委每半年专题研究农业农村工作。
"""


def test_a_lone_label_continuing_the_numbering_in_force_starts_a_part(parser, tmp_path) -> None:
    """"。（三）" after "（一）（二）" starts the third sub-part though its own line counts to nothing; "。二、"
    in a line opened by "（四）" starts the next part; "一、…，…（一）" ends the part's heading."""
    doc = parser.parse(_write(tmp_path, _LOST_BREAKS)).documents[0]
    assert _outline(doc) == [
        ("一、", "夯实粮食生产，稳住农业基本盘", [("（一）", "抓好春耕备耕"), ("（二）", "推进高标准农田建设"),
                                                  ("（三）", "加强农机服务"), ("（四）", "强化防灾减灾")]),
        ("二、", "壮大乡村产业", []),
        ("三、", "保障措施", [("（一）", "加强组织领导")]),
    ]
    first = doc.sections[0].children
    assert first[1].paragraphs == ["新建高标准农田4000亩。", "组织农技人员下村指导，推广绿色防控技术。"]
    assert first[3].paragraphs == ["每季度开展一次农业灾害隐患排查。"]
    assert doc.sections[1].paragraphs == ["一是培育特色种养基地，新建示范基地6个。二是发展农产品加工。"]


def _in_force(*labels: tuple[str, int]) -> unglue.Numbering:
    numbering = unglue.Numbering()
    for family, ordinal in labels:
        numbering.take(family, ordinal)
    return numbering


def test_a_label_that_continues_no_open_count_stays_in_its_sentence() -> None:
    """The count in force is the evidence: without "（二）" before, a lone "。（三）" is a list or a citation;
    a cross-reference or an attachment's number inside a sentence is no part whatever the count."""
    text = "完成年度监测任务。（三）类样本另行抽检。"
    assert unglue._cut_points(text, unglue.Numbering()) == []
    assert unglue._cut_points(text, _in_force(("cn", 1), ("cn_paren", 1))) == []
    assert [text[p:p + 3] for p in unglue._cut_points(text, _in_force(("cn", 1), ("cn_paren", 2)))] == ["（三）"]
    after_two = _in_force(("cn", 1), ("cn_paren", 2))
    assert unglue._cut_points("按照细则第（三）项规定执行，详见附件（二）。", after_two) == []
    after_one = _in_force(("cn", 1))
    assert unglue._cut_points("全镇道路分为一、二、三等级分类养护。", after_one) == []
    assert unglue._cut_points("建设资金按一、二、三类地区分档补助。", after_one) == []


def test_an_outer_label_in_force_closes_the_counts_inside_it() -> None:
    """After "二、" the sub-parts count from "（一）" again: a "（三）" left over from part one no longer continues."""
    numbering = _in_force(("cn", 1), ("cn_paren", 2))
    text = "（二）开展巡查。每月巡查一次。二、加强宣传。印发手册。（三）加强考核。"
    assert [text[p:p + 2] for p in unglue._cut_points(text, numbering)] == ["二、"]
    assert numbering.last == {"cn": 2}


def test_a_heading_with_clauses_ends_before_its_first_child_label() -> None:
    """"一、X，Y（一）Z。" ends the heading before "（一）"; a comma right before the label, or a sentence end
    inside the words before it, leaves the line as it is."""
    text = "一、优化营商环境，激发市场活力（一）简化审批流程。压缩办理时限。"
    assert [text[p:p + 3] for p in unglue._cut_points(text)] == ["（一）"]
    shi = "三、深化校地合作，服务园区发展一是共建实训基地，新建基地4个。"
    assert [shi[p:p + 2] for p in unglue._cut_points(shi)] == ["一是"]
    assert unglue._cut_points("一、优化营商环境，（一）类事项当日办结。") == []
    assert unglue._cut_points("一、全年办结事项1200件。依法公开，（一）类信息全部上网。") == []


def test_a_stage_label_glued_after_its_parts_heading_comes_apart() -> None:
    """"四、进度安排第一阶段：…" and "。第二阶段：…" start stages; without its colon "第二阶段" is a sentence's subject."""
    text = "四、进度安排第一阶段：摸底排查（2026年1月—3月）。完成台账。第二阶段：集中整治。"
    assert [text[p:p + 5] for p in unglue._cut_points(text)] == ["第一阶段：", "第二阶段："]
    assert unglue._cut_points("完成摸底排查。第二阶段工作重点是集中整治。", _in_force(("stage", 1))) == []
