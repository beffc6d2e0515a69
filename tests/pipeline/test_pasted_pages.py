"""A web page pasted whole into a Word file: the page's chrome is judged as in a web copy.

A DOCX is no web copy by its format, but one whose own lines around the text are a portal's interface (its
phone prompt, its bracketed buttons, its 上一篇/下一篇 links, its breadcrumb, a 相关阅读 list; its ICP and 公网安备
numbers prove nothing) is a page: its chrome goes, each line with its reason, and the outline starts at the plan's own parts. A Word
plan that names 网站, 微信公众号 or 打印 in its text keeps every line. Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.model import Unit
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.plan import walk

_TITLE = "安平县鹤鸣镇人民政府2027年工作要点"
_TOP = ["安平县人民政府网", "首页　　新闻中心　　政务公开　　政民互动", "您现在的位置：首页 > 政务公开 > 工作计划", _TITLE,
        "发布日期：2027-02-09　　信息来源：鹤鸣镇人民政府　　浏览次数：", "扫描二维码在手机上阅读"]
_BODY = ["　　2026年，鹤鸣镇完成固定资产投资9.4亿元，增长6.2%。为做好2027年各项工作，制定本要点。",
         "　　一、发展目标",
         "　　全镇地区生产总值增长6%左右，农村居民人均可支配收入增长7%以上。",
         "　　二、重点任务",
         "　　（一）壮大特色产业。新建高标准茶园1500亩，培育市级龙头企业2家。",
         "　　（二）改善人居环境。完成农村户厕改造420户，新建污水管网18公里。",
         "　　三、工作要求",
         "　　各村、各站所要于2027年3月底前报送落实方案。"]
_BOTTOM = ["【打印本页】　【关闭本页】", "上一篇：鹤鸣镇召开春耕备耕工作会", "下一篇：鹤鸣镇开展防汛应急演练", "相关阅读：",
           "鹤鸣镇2026年工作总结", "鹤鸣镇茶产业发展情况通报", "主办：安平县人民政府办公室　承办：安平县数据资源局",
           "皖ICP备09876543号　皖公网安备34112202000456号"]
_CHROME = [_TOP[0], _TOP[1], _TOP[2], _TOP[4], _TOP[5], *_BOTTOM]


def _word(path: Path, lines: list[str]) -> Path:
    """Each line a paragraph in Normal style, as a paste into Word keeps them."""
    from docx import Document

    word = Document()
    for text in lines:
        word.add_paragraph(text)
    word.save(str(path))
    return path


def _kept(doc) -> list[str]:
    return [*doc.paragraphs, *(p for s in walk(doc.sections) for p in [s.number + s.heading, *s.paragraphs])]


def test_a_page_pasted_into_word_loses_its_chrome(parser, tmp_path: Path) -> None:
    result = parser.parse(_word(tmp_path / "page.docx", [*_TOP, *_BODY, *_BOTTOM]))
    doc = result.documents[0]
    assert doc.title == _TITLE
    assert [(s.level, s.number + s.heading) for s in walk(doc.sections)] == [
        (1, "一、发展目标"), (1, "二、重点任务"), (2, "（一）壮大特色产业"), (2, "（二）改善人居环境"), (1, "三、工作要求")]
    kept = "".join(_kept(doc))
    assert not any(line.strip() in kept for line in _CHROME)
    set_aside = {r.text for r in result.removed_reasons}
    assert all(line in set_aside for line in _CHROME)
    assert all(line.strip().split("。")[0] in kept for line in _BODY)  # the plan's every line is there


_PLAN = ["芦溪县融媒体中心2027年工作计划",
         "　　2026年，中心运营的县政府网站和“芦溪发布”微信公众号累计发稿6200篇，粉丝增长18%。",
         "　　一、网站和新媒体建设",
         "网站群集约化",
         "　　完成县政府网站改版，网站无障碍浏览覆盖率达到100%，微信公众号每日推送不少于3条。",
         "　　二、设备保障",
         "　　更新打印机和扫描仪12台，打印本页、关闭窗口等网页按钮的适老化改造年内完成。",
         "　　三、安全管理",
         "　　（一）ICP备案核查",
         "　　全面核查所属网站的ICP备案和公网安备信息，做到应备尽备。",
         "　　各部门要认真对照落实。",
         "芦溪县融媒体中心",
         "2027年1月20日"]


def test_a_word_plan_naming_its_website_keeps_every_line(parser, tmp_path: Path) -> None:
    result = parser.parse(_word(tmp_path / "plan.docx", _PLAN))
    doc = result.documents[0]
    assert doc.title == _PLAN[0]
    assert result.removed_reasons == []
    kept = "".join(_kept(doc))
    assert all(line.strip() in kept for line in _PLAN[1:-2])


def _units(lines: list[str]) -> list[Unit]:
    return [Unit(text=t.strip(), block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(lines)]


def test_a_pasted_page_takes_three_interface_lines_around_the_text() -> None:
    from jihua.pipeline.pageparts import pasted_page

    assert pasted_page(_units([*_TOP, *_BODY, *_BOTTOM]))
    # two are not enough: a plan's file may carry two such lines of its own
    assert pasted_page(_units([_TITLE, *_BODY, _BOTTOM[0], _BOTTOM[-1]])) == []
    # inside the text, between its sentences, such lines are the plan's (a part headed on its registrations)
    inside = [_TITLE, _BODY[0], "网站标识码管理", "当前位置标注", "上一篇下一篇导航", *_BODY[1:]]
    assert pasted_page(_units(inside)) == []


# a plan for a county's websites: its text and its annex list each site's registration facts, which a page's
# footer prints too; they describe a site and prove no page pasted
_SITES_PLAN = ["青岚县2028年政务网站管理工作要点",
               "　　一、落实备案要求",
               "　　各乡镇网站须办妥ICP备案，并在页面底部公示备案编号和网站标识码。",
               "　　二、加强日常巡检",
               "　　每季度开展一次链接可用性检查，错链率控制在0.5%以内。",
               "附件",
               "青岚县人民政府网基本情况",
               "ICP备案号：湘ICP备24681357号-2",
               "公安机关备案号：湘公网安备43052702000789号",
               "网站标识码：4305270007",
               "主办单位：青岚县人民政府办公室　承办单位：青岚县大数据中心"]


def test_a_plan_listing_its_sites_registrations_keeps_its_text(parser, tmp_path: Path) -> None:
    result = parser.parse(_word(tmp_path / "sites.docx", _SITES_PLAN))
    doc = result.documents[0]
    assert doc.title == _SITES_PLAN[0]
    assert result.removed_reasons == []
    kept = "".join(_kept(doc))
    assert all(line.strip() in kept for line in _SITES_PLAN[1:5])
    assert "湘公网安备43052702000789号" in kept


def test_a_pasted_page_takes_two_kinds_of_control() -> None:
    from jihua.pipeline.pageparts import pasted_page

    # registration lines are no control: with one kind of control (the links beside an article) there is no page
    links = ["上一篇：青岚县召开网站普查部署会", "下一篇：青岚县公布网站年度报表", "湘ICP备24681357号", "网站标识码：4305270007"]
    assert pasted_page(_units([_TITLE, *_BODY, *links])) == []
    # a breadcrumb above, the buttons and the links below: three lines of three kinds
    page = ["当前位置：首页 > 信息公开", _TITLE, *_BODY, "【打印本页】【关闭窗口】", *links[:2]]
    assert pasted_page(_units(page)) == [page[0], page[-3], *links[:2]]
