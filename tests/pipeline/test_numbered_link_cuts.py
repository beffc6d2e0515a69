"""A text copy of a web page sets a link's text on a line of its own; when the link stood in a numbered part's line,
the part's line is cut before it ("（一）加快建设乡村" | "供水管网" | "。新建…") and its words' rest sits under the
link's line. The three lines are one line again before the outline reads the heading (pipeline/linkbreaks.py).
Every text here is written for these tests."""

from __future__ import annotations

from pathlib import Path

_CUT = """柳河县2026年农村供水保障工作方案
为巩固农村供水成果，提升农村供水保障水平，结合我县实际，制定本方案。
一、工作目标到2026年底，全县农村自来水普及率达到96%以上，规模化供水工程覆盖农村人口比例达到85%。
二、工作原则
节水优先
统筹推进
三、重点任务
（一）加快建设乡村
供水管网
。新建和改造农村供水管网120公里，年内完成8个乡镇管网联通。
（二）强化
水质监测
。每季度对集中供水工程开展一次水质抽检，水质达标率达到95%以上。
（三）推广节水器具
。农村家庭节水器具普及率达到60%以上。
四、实施步骤
第一阶段：摸清底数（2026年1—3月）各乡镇全面排查供水工程运行情况，建立问题台账。
第二阶段：整改提升（2026年4—11月）县
供水工程
管护中心组织逐项整改，按月通报进展。
五、保障措施县水利局统筹安排
供水工程
维修养护资金800万元，确保工程长效运行。
六、组织实施
（一）组织领导
成立县农村供水工作专班，统筹推进各项任务。
（二）督查考核
县水利局每半年通报一次工作进展。
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_numbered_line_a_link_cut_is_one_line_again(parser, tmp_path) -> None:
    """"（一）加快建设乡村" | "供水管网" | "。新建…": the line after the link's opens with a full stop, so the heading
    is "加快建设乡村供水管网" (a link at the line's end: "（三）推广节水器具" | "。农村家庭…" is one line too). Where the copy's parts of a family run their bodies in on the heading's line ("一、工作
    目标到2026年底…", "第一阶段：…（…）各乡镇…"), a numbered line cut before a link joins its rest too: "四、保障措施
    县水利局统筹安排" | "供水工程" | "维修养护资金…。" is the heading "保障措施" over "县水利局…"; no link's text is
    left standing as a heading of its own."""
    doc = parser.parse(_write(tmp_path, _CUT)).documents[0]
    assert [s.heading for s in doc.sections] == ["工作目标", "工作原则", "重点任务", "实施步骤", "保障措施", "组织实施"]
    tasks, steps, safeguards = doc.sections[2], doc.sections[3], doc.sections[4]
    assert [c.heading for c in tasks.children] == ["加快建设乡村供水管网", "强化水质监测", "推广节水器具"]
    assert tasks.children[2].paragraphs == ["农村家庭节水器具普及率达到60%以上。"]
    assert tasks.children[0].paragraphs == ["新建和改造农村供水管网120公里，年内完成8个乡镇管网联通。"]
    assert [c.heading for c in steps.children] == ["第一阶段：摸清底数（2026年1—3月）", "第二阶段：整改提升（2026年4—11月）"]
    assert [c.children for c in steps.children] == [[], []]
    assert steps.children[1].paragraphs == ["县供水工程管护中心组织逐项整改，按月通报进展。"]
    assert safeguards.paragraphs == ["县水利局统筹安排供水工程维修养护资金800万元，确保工程长效运行。"]


def test_a_short_heading_alone_and_a_list_of_short_lines_stay_apart(parser, tmp_path) -> None:
    """In the same copy, whose parts run in, a part's heading standing alone over its body ("（一）组织领导" |
    "成立…。") or over a list of short lines ("二、工作原则" | "节水优先" | "统筹推进") is no line a link cut, and
    the link-cut lines around them are mended (the outline reads six parts, not a stray link's heading)."""
    doc = parser.parse(_write(tmp_path, _CUT)).documents[0]
    assert [s.heading for s in doc.sections] == ["工作目标", "工作原则", "重点任务", "实施步骤", "保障措施", "组织实施"]
    assert doc.sections[1].paragraphs == ["节水优先", "统筹推进"]
    assert [(c.heading, c.paragraphs) for c in doc.sections[5].children] == [
        ("组织领导", ["成立县农村供水工作专班，统筹推进各项任务。"]), ("督查考核", ["县水利局每半年通报一次工作进展。"])]


_SUB_HEADING = """桐溪镇2026年集镇风貌提升工作方案
为加快集镇风貌提升，结合本镇实际，制定本方案。
一、总体安排
（一）提升沿街立面。完成沿街立面改造80栋。
（二）主要任务
年度任务
到2026年10月底，集镇主街道立面改造全部完工，绿化覆盖率达到40%。
二、保障措施
（一）落实资金保障。镇财政安排专项资金。
"""


def test_a_whole_name_under_a_numbered_line_is_its_sub_heading(parser, tmp_path) -> None:
    """Where a family's parts run in ("（一）提升沿街立面。完成…"), a short whole name under a numbered line that
    names its part whole ("（二）主要任务" | "年度任务" | "到2026年…。") heads a sub-part: the three are no line a
    link cut, and the body keeps its own words."""
    doc = parser.parse(_write(tmp_path, _SUB_HEADING)).documents[0]
    parts = doc.sections[0].children
    assert [c.heading for c in parts] == ["提升沿街立面", "主要任务"]
    assert [(c.heading, c.paragraphs) for c in parts[1].children] == [
        ("年度任务", ["到2026年10月底，集镇主街道立面改造全部完工，绿化覆盖率达到40%。"])]
