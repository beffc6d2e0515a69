"""A raw web copy sets a link's text on a line of its own: the sentence around it breaks before and after.

The lines around the link tell it, not its words: the line before opens a sentence and leaves it
open, the line after goes on from it (flush, in a copy that indents its paragraphs, or opening with
a clause mark). Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.model import Unit
from jihua.schemas.blocks import Block, Provenance

_INDENTED = """柳溪县白沙镇人民政府
2024年工作计划
　　2023年，
白沙镇
在县委、县政府的领导下，全年完成财政收入1.18亿元，各项工作稳步推进。为做好今年工作，制定本计划。
　　一、重点任务
　　（一）抓好基层治理。全年召开村级治理联席会议不少于8次。
　　推进
“智慧食堂”
建设，实现中心校食堂明厨亮灶覆盖率达到100%。
　　每两月一次组织开展
“洁净河岸”
活动，河道保洁率达到96%以上。
　　（二）办好民生实事。
　　1、镇司法所每季度举办一次
普法讲座
活动，村民知晓率达到85%以上。
　　2、新增护河志愿者40名，每周开展一次
巡河行动
。
　　二、保障措施
组织保障
　　各村明确一名专职联络员，每月报送一次工作进展。
督查考核
　　镇党委每半年听取一次重点任务进展情况汇报。
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_links_line_between_an_open_line_and_its_flush_rest_is_the_sentences(parser, tmp_path) -> None:
    """"　　推进" | "“智慧食堂”" | "建设，…": in a copy that indents its paragraphs, a short flush line under an
    indented line left open, over a flush line, is a link's text — however short the line before, on
    the text's first line and inside a numbered item — and no heading. A short flush line over an
    indented paragraph is a heading printed flush; a title's lines stand flush over the text."""
    doc = parser.parse(_write(tmp_path, _INDENTED)).documents[0]
    assert doc.title == "柳溪县白沙镇人民政府2024年工作计划"
    assert [(s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("重点任务", ["抓好基层治理", "办好民生实事"]), ("保障措施", ["组织保障", "督查考核"])]
    assert doc.paragraphs == ["2023年，白沙镇在县委、县政府的领导下，全年完成财政收入1.18亿元，各项工作稳步推进。为做好今年工作，制定本计划。"]
    first, second = doc.sections[0].children
    assert first.paragraphs == ["全年召开村级治理联席会议不少于8次。",
                                "推进“智慧食堂”建设，实现中心校食堂明厨亮灶覆盖率达到100%。",
                                "每两月一次组织开展“洁净河岸”活动，河道保洁率达到96%以上。"]
    text = " ".join(second.paragraphs)
    assert "镇司法所每季度举办一次普法讲座活动，村民知晓率达到85%以上。" in text
    assert "每周开展一次巡河行动。" in text
    assert [c.heading for c in second.children] == []


_UNINDENTED = """柳溪县白沙镇2024年工作计划

为做好今年工作，结合全镇实际，制定本计划。
一、重点任务
全年新建农村公路12公里，改造危桥3座。
每两月一次组织开展
“洁净河岸”
，河道保洁率达到96%以上。
二、保障措施
镇党委每半年听取一次重点任务进展情况汇报。
"""


def test_without_indents_the_line_after_a_link_opening_with_a_clause_mark_shows_it(parser, tmp_path) -> None:
    """No indent to go by: a line opening with "，" after the link's line shows the break, however
    short the line before it ("每两月一次组织开展")."""
    doc = parser.parse(_write(tmp_path, _UNINDENTED)).documents[0]
    assert [s.heading for s in doc.sections] == ["重点任务", "保障措施"]
    assert doc.sections[0].paragraphs == ["全年新建农村公路12公里，改造危桥3座。",
                                          "每两月一次组织开展“洁净河岸”，河道保洁率达到96%以上。"]


_WRAPPED = """柳溪县白沙镇2023年工作总结

　　2023年，白沙镇坚持稳中求进工作总基调，聚焦产业发展、乡村振兴和民生保
障，较好完成了全年目标任务。现将全年工作总结如下：
　　一、主要成效
　　（一）产业发展稳中有进。全年完成地区生产总值21.4亿元，同比增长5.8
%；完成固定资产投资6.9亿元，同比增长7.5%；一般公共预算收入8830万
元，同比增长4.1%。
　　新签约项目9个，总投资18.2亿元，其中投资亿元以上项目3个；
白沙特色食品产业园
一期建成投产，新增规模以上工业企业2家。
　　（二）社会大局和谐稳定。全年排查化解矛盾纠纷265件，化解率97.9%，连续
4年获评全县
平安乡镇
。
　　二、存在问题
　　一是产业结构仍不够优，传统产业占比较高；二是项目储备不足，特别是大项目接
续乏力；三是部分村集体经济增收渠道单一，持续增收能力不强。
"""


def test_a_hard_wrapped_copys_link_lines_join_too(parser, tmp_path) -> None:
    """A hard-wrapped copy's short lines are its wrap's, so only lines the lines around them show to
    be a link's join: "…项目3个；" | "白沙特色食品产业园" | "一期建成投产，…" (a ； ends no paragraph)."""
    doc = parser.parse(_write(tmp_path, _WRAPPED)).documents[0]
    assert [s.heading for s in doc.sections] == ["主要成效", "存在问题"]
    first, second = doc.sections[0].children
    assert [c.heading for c in doc.sections[0].children] == ["产业发展稳中有进", "社会大局和谐稳定"]
    assert first.paragraphs[-1] == "新签约项目9个，总投资18.2亿元，其中投资亿元以上项目3个；白沙特色食品产业园一期建成投产，新增规模以上工业企业2家。"
    assert second.paragraphs == ["全年排查化解矛盾纠纷265件，化解率97.9%，连续4年获评全县平安乡镇。"]


_LISTS = """桐川县青石镇2029年安全生产工作方案

　　为压实安全生产责任，结合本镇实际，制定本方案。
　　一、组织机构
　　镇政府成立安全生产委员会，组成人员如下
主　任：周某某
副主任：吴某某
　　二、宣传标语
“平安青石”
安全生产，人人有责
　　三、工作口号
　　全镇统一使用以下口号
安全第一
预防为主
　　四、年度指标
指标名称　目标值
较大事故起数　0起
隐患整改率　100%
　　五、工作要求
　　各村每月定期上报
“隐患清单”
，确保问题整改到位。
"""


def test_flush_lines_under_a_heading_or_a_lead_in_are_a_lists_not_a_links(parser, tmp_path) -> None:
    """Flush short lines under a lead-in left open or a part's heading are a list's, a table's or
    slogans: a part's heading begins no sentence ("　　二、宣传标语" | "“平安青石”"), a field
    ("主　任：周某某") or a row of cells ("较大事故起数　0起") is no link's text, and a bare phrase over
    another ("安全第一" | "预防为主") is a list. A link after a line left open still joins."""
    doc = parser.parse(_write(tmp_path, _LISTS)).documents[0]
    assert [(s.heading, s.paragraphs) for s in doc.sections] == [
        ("组织机构", ["镇政府成立安全生产委员会，组成人员如下", "主　任：周某某", "副主任：吴某某"]),
        ("宣传标语", ["“平安青石”", "安全生产，人人有责"]),
        ("工作口号", ["全镇统一使用以下口号", "安全第一", "预防为主"]),
        ("年度指标", ["指标名称　目标值", "较大事故起数　0起", "隐患整改率　100%"]),
        ("工作要求", ["各村每月定期上报“隐患清单”，确保问题整改到位。"])]
    assert {(t.metric, t.value) for t in doc.targets} >= {("较大事故起数", 0), ("隐患整改率", 100)}


def _line(text: str) -> Unit:
    indent = len(text) - len(text.lstrip("　"))
    return Unit(text=text.strip(), block=Block(text=text.strip(), indent=float(indent) or None, prov=Provenance(file="t", index=0)))


@pytest.mark.parametrize(("before", "line", "after"), [
    ("　　一、活动主题", "“清洁家园”", "全民参与，共建美丽乡村"),  # under a part's heading
    ("　　联络人员如下", "联络员：郑某", "办公电话：0771-5550123"),  # a field
    ("　　主要指标如下", "森林覆盖率　63%", "说明：按省统计口径计算"),  # a table's row
    ("　　活动口号为", "绿水青山", "共建共享"),  # a list of bare phrases
], ids=["heading", "field", "row", "list"])
def test_a_list_line_is_no_links(before: str, line: str, after: str) -> None:
    from jihua.pipeline.linkbreaks import _link_line

    assert not _link_line(_line(before), _line(line), _line(after), indents=True)
    assert _link_line(_line("　　每月开展"), _line("“清洁家园”"), _line("活动，全民参与。"), indents=True)
