"""Copies of a portal's page: a browser's "save as text" export, with link markers after each link's text
and the page's addresses listed at the end (pipeline/linklist.py), and a portal's breadcrumb that speaks to
its reader. Every text here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from jihua.schemas.plan import walk

_EXPORT = """柳塘区人民政府 [1]

首页 [2] | 政务公开 [3] | 办事服务 [4] | 互动交流 [5]

当前位置：首页 [2] > 政务公开 [3] > 区水务局

柳塘区水务局2023年工作要点

   2023年，区水务局将统筹推进城乡供水一体化和河道综合治理，全力保障全区水安全。

一、推进供水提质

   完成《柳塘区城乡供水专项规划》 [6]编制，改造老旧供水管网35公里，城区供水水质综合合格率保持100%。

二、加强河道治理

   落实河长制 [7]巡河要求，清淤疏浚河道42公里，新建生态护岸8公里。

网站地图 [8] | 联系我们 [9]

References

[1] http://www.qxw.gov.cn/
[2] http://www.qxw.gov.cn/index.html
[3] http://www.qxw.gov.cn/zwgk/
[4] http://www.qxw.gov.cn/bsfw/
[5] http://www.qxw.gov.cn/hdjl/
[6] http://www.qxw.gov.cn/zwgk/ghjh/gsgh.html
[7] javascript:void(0)
[8] http://www.qxw.gov.cn/wzdt/
[9] http://www.qxw.gov.cn/lxwm/
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8-sig")
    return path


def _body(doc) -> list[str]:
    return [*doc.paragraphs, *(p for s in walk(doc.sections) for p in [s.heading, *s.paragraphs])]


def test_link_markers_leave_the_text_and_the_address_list_is_set_aside(parser, tmp_path) -> None:
    """The "[n] address" run closing the copy is the export's list: its heading and entries are set aside
    with their reason, the markers pointing into it leave the sentences, and the menu and footer lines
    they were on go as the page's chrome."""
    result = parser.parse(_write(tmp_path, _EXPORT))
    doc = result.documents[0]
    assert doc.title == "柳塘区水务局2023年工作要点"
    assert [s.heading for s in doc.sections] == ["推进供水提质", "加强河道治理"]
    assert doc.sections[0].paragraphs == ["完成《柳塘区城乡供水专项规划》编制，改造老旧供水管网35公里，城区供水水质综合合格率保持100%。"]
    assert doc.sections[1].paragraphs == ["落实河长制巡河要求，清淤疏浚河道42公里，新建生态护岸8公里。"]
    body = "\n".join(_body(doc))
    assert "[" not in body and "网站地图" not in body and "http" not in body
    listed = [r for r in result.removed_reasons if "list of link addresses" in r.reason]
    assert [r.text for r in listed][:2] == ["References", "[1] http://www.qxw.gov.cn/"] and len(listed) == 10


def test_bracketed_numbers_stay_without_a_closing_address_list(parser, tmp_path) -> None:
    """Without the list no "[n]" is a link marker: a plan's own note numbers, and a single address under
    its text, stay."""
    text = _EXPORT.split("网站地图")[0].replace("[7]", "[1]") + "[1] http://www.qxw.gov.cn/hzz/\n"
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    assert "落实河长制 [1]巡河要求" in "\n".join(_body(doc)) or "落实河长制[1]巡河要求" in "\n".join(_body(doc))


def test_a_breadcrumb_addressing_the_reader_is_the_pages_wherever_it_stands(parser, tmp_path) -> None:
    """"您现在的位置：" opens a portal's breadcrumb however long the trail and wherever the copy puts it."""
    text = ("\n".join(["·工作动态", "·政策文件", "·专项规划", "公众服务", "·水情查询", "·防汛常识", "·办事指南",
                       "您现在的位置：首页 >> 政务公开 >> 部门文件 >> 规划计划 >> 县水务局",
                       "柳塘区水务局2023年工作要点", "一、推进供水提质", "改造老旧供水管网35公里。",
                       "新建加压泵站2座，城区供水水质综合合格率保持100%。", "二、加强河道治理",
                       "清淤疏浚河道42公里。", "新建生态护岸8公里。", "三、强化节水管理", "创建节水型单位15家。",
                       "推进再生水利用。"]) + "\n")
    result = parser.parse(_write(tmp_path, text))
    assert any(r.text.startswith("您现在的位置") for r in result.removed_reasons)
    assert not any("位置" in t for t in _body(result.documents[0]))


def test_a_text_browsers_dump_drops_the_markers_before_its_links_and_keeps_them_apart(parser, tmp_path) -> None:
    """A text browser puts each marker before its link ("[2]首页 [3]政务公开") and numbers the list under
    "References" "1. address": the markers leave, the links stay apart, the list is set aside."""
    text = ("[1]柳塘区人民政府\n\n[2]首页 [3]政务公开 [4]办事服务 [5]互动交流\n\n柳塘区水务局2023年工作要点\n\n"
            "一、推进供水提质\n\n   完成[6]《柳塘区城乡供水专项规划》编制，改造老旧供水管网35公里。\n\n"
            "二、加强河道治理\n\n   清淤疏浚河道42公里，新建生态护岸8公里。\n\nReferences\n\n   Visible links\n"
            + "".join(f"   {n}. http://www.ltq.gov.cn/p{n}/\n" for n in range(1, 7)))
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert doc.sections[0].paragraphs == ["完成《柳塘区城乡供水专项规划》编制，改造老旧供水管网35公里。"]
    assert "首页 | 政务公开" not in result.removed and "首页 政务公开 办事服务 互动交流" in result.removed
    assert sum("list of link addresses" in r.reason for r in result.removed_reasons) == 8
