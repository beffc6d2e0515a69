"""Select-all copies of posts (a personal library, a blog, a Q&A column): the headline run into the
page's stamp, the site's buttons above it, the counts, sign-off and comments below the text.

Every text here is written for these tests, in the shapes such copies take.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.webcopy import chrome_reason

_BODY = [
    "一、年度目标",
    "全区新增公共停车泊位1500个，改造背街小巷40条。",
    "二、重点工作",
    "（一）完善停车设施",
    "利用边角空地建设立体停车场，年底前全部投用。",
    "（二）整治背街小巷",
    "对路面破损、管线杂乱的街巷实施改造，提升居住环境。",
    "三、工作要求",
    "各街道要明确责任人，每月报送进度。",
]


def _write(tmp_path: Path, lines: list[str], name: str = "copy.txt") -> Path:
    path = tmp_path / name
    path.write_bytes("\n".join(lines).encode("gb18030"))
    return path


def _reasons(result) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed_reasons}


@pytest.mark.parametrize("headline, stamp", [
    ("枫桥区城管局2026年工作要点2026-01-20 16:05", "2026-01-20 16:05"),
    ("枫桥区城管局2026年工作要点(2026-01-22 08:40:12)转载▼", "(2026-01-22 08:40:12)转载▼"),
    ("枫桥区城管局2026年工作要点晚风拂柳88 收藏于 2026-02-03 | 阅 977 | 转藏 | 分享", "晚风拂柳88 收藏于 2026-02-03 | 阅 977 | 转藏 | 分享"),
])
def test_a_headline_glued_to_its_page_stamp_is_the_title(parser, tmp_path, headline: str, stamp: str) -> None:
    lines = [headline, "来自: 晚风拂柳88 > 《城市管理》", *_BODY]
    result = parser.parse(_write(tmp_path, lines, "zz_stem.txt"))
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.doc_type, doc.year) == ("枫桥区城管局2026年工作要点", "枫桥区城管局", "plan", 2026)
    assert [(s.number, s.level) for s in doc.sections] == [("一、", 1), ("二、", 1), ("三、", 1)]
    reasons = _reasons(result)
    assert "stamp" in reasons[stamp] and "来自: 晚风拂柳88 > 《城市管理》" in reasons
    assert doc.paragraphs == []


@pytest.mark.parametrize("shelf", [
    "来自：晚风拂柳88 > 《城市管理》 2026-02-03 | 56 阅读 | 3 转藏",
    "来自: 晚风拂柳88 › 《工作资料》 2026-02-03 21:14 | 1.2万 阅读",
])
def test_a_library_shelf_line_with_its_date_and_counts_is_the_pages(parser, tmp_path, shelf: str) -> None:
    """The collector and the folder a post sits in, then its date and counts: the site's line under the
    headline wherever it stands, never the plan's opening paragraph."""
    lines = ["枫桥区城管局2026年工作要点", "", "", "", "", "", "", shelf, *_BODY]  # (below the page's top lines)
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert doc.paragraphs == [] and [s.heading for s in doc.sections] == ["年度目标", "重点工作", "工作要求"]
    assert "stamp" in _reasons(result)[shelf]


def test_a_title_with_its_own_bracketed_date_keeps_it(parser, tmp_path) -> None:
    """"（2025年12月20日）" after a title is the document's date line, not a page's stamp."""
    result = parser.parse(_write(tmp_path, ["枫桥区城管局2026年工作要点（2025年12月28日）", *_BODY]))
    assert not any("stamp" in r.reason for r in result.removed_reasons)


def test_a_column_copy_sets_aside_the_sites_buttons_and_counts(parser, tmp_path) -> None:
    lines = ["问答社区", "首发于", "枫桥城管", "写文章", "登录/注册", "",
             "枫桥区城管局2026年工作要点2026-01-20 16:05", "枫桥城管", "+ 关注", "58 人赞同了该文章", "",
             "今年全区城市管理工作的总体要求是：精细管理，服务群众。", "", *_BODY, "",
             "编辑于 2026-01-21 09:30・IP 属地浙江", "赞同 58", "7 条评论", "文章被以下专栏收录", "枫桥城管"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert doc.title == "枫桥区城管局2026年工作要点"
    assert [(s.number, s.level) for s in doc.sections] == [("一、", 1), ("二、", 1), ("三、", 1)]
    assert sorted(t.value for t in doc.targets) == [40, 1500]  # no like or comment count
    assert doc.sections[-1].paragraphs == ["各街道要明确责任人，每月报送进度。"]
    reasons = _reasons(result)
    assert {"58 人赞同了该文章", "7 条评论", "赞同 58", "文章被以下专栏收录"} <= set(reasons)
    assert "closing" in reasons["编辑于 2026-01-21 09:30・IP 属地浙江"]


def test_the_sign_off_ends_a_library_copy(parser, tmp_path) -> None:
    """The sign-off closes the text: its date is the document's date, not a heading over the
    site's disclaimer, share bar and list of similar posts."""
    lines = ["某某图书馆", "搜索文章 搜索", "登录 注册", "", "枫桥区城管局2026年工作要点",
             "晚风拂柳88 收藏于 2026-02-03 | 阅 977 | 转藏 | 分享", "", *_BODY,
             "　　　　　　　　枫桥区城市管理局", "　　　　　　　　2026年1月15日", "",
             "本站是提供个人知识管理的网络存储空间，所有内容均由用户发布。",
             "转藏 分享 献花(0)", "类似文章 更多", "2026年街道城管工作计划", "2026-01-30 阅 210",
             "城管执法队年度总结", "2026-02-01 阅 96"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert [s.heading for s in doc.sections] == ["年度目标", "重点工作", "工作要求"]
    assert doc.date == "2026年1月15日" and doc.sections[-1].paragraphs == ["各街道要明确责任人，每月报送进度。"]
    reasons = _reasons(result)
    assert {"转藏 分享 献花(0)", "类似文章 更多", "城管执法队年度总结", "搜索文章 搜索"} <= set(reasons)


def test_an_annex_after_the_sign_off_stays_the_documents(parser, tmp_path) -> None:
    lines = ["枫桥区城管局2026年工作要点", *_BODY, "枫桥区城市管理局", "2026年1月15日",
             "附件：重点街巷改造清单", "1.东河路", "2.桂花巷", "转藏 分享 献花(0)"]
    reasons = _reasons(parser.parse(_write(tmp_path, lines)))
    assert not {"附件：重点街巷改造清单", "1.东河路", "2.桂花巷"} & set(reasons)  # a numbered line after it: no tail


def test_a_blog_copys_counts_line_and_comments_are_set_aside(parser, tmp_path) -> None:
    lines = ["枫桥区城管局2026年工作要点(2026-01-22 08:40:12)转载▼", "", *_BODY, "",
             "阅读(812)┊ 评论 (2)┊ 收藏(1) ┊转载(0) ┊ 喜欢▼ ┊打印┊举报", "前一篇：城管执法随笔（二）", "后一篇：雪后街巷巡查记",
             "评论", "过路的老周 2026-01-23 10:02", "写得很细，准备照着做一份。", "江南小雨 2026-01-24 19:45",
             "背街小巷改造确实是民生实事。", "发评论"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert [s.heading for s in doc.sections] == ["年度目标", "重点工作", "工作要求"]
    assert doc.sections[-1].paragraphs == ["各街道要明确责任人，每月报送进度。"]
    reasons = _reasons(result)
    assert "closing" in reasons["阅读(812)┊ 评论 (2)┊ 收藏(1) ┊转载(0) ┊ 喜欢▼ ┊打印┊举报"]
    assert "comment" in reasons["写得很细，准备照着做一份。"] and "comment" in reasons["江南小雨 2026-01-24 19:45"]
    assert "前一篇：城管执法随笔（二）" in reasons


def test_a_posts_counted_buttons_and_an_inline_list_of_links_are_the_pages(parser, tmp_path) -> None:
    lines = ["枫桥区城管局2026年工作要点", "", *_BODY, "", "分享到：微信 微博", "赞(27)\u3000\u3000收藏（4）", "",
             "上一篇：城管执法随笔（三）", "相关推荐：城管工作计划 街道城管工作总结 市容整治方案"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert [x.heading for s in doc.sections for x in [s, *s.children]] == ["年度目标", "重点工作", "完善停车设施", "整治背街小巷",
                                                                          "工作要求"]
    assert doc.sections[-1].paragraphs == ["各街道要明确责任人，每月报送进度。"]
    reasons = _reasons(result)
    assert "赞(27)\u3000\u3000收藏（4）" in reasons and "相关推荐：城管工作计划 街道城管工作总结 市容整治方案" in reasons


def test_a_blank_line_is_a_hard_break_and_an_ad_is_the_pages(parser, tmp_path) -> None:
    lines = ["枫桥区城管局2026年工作要点", "一、年度目标", "全区新增公共停车泊位1500个。", "二、重点工作",
             "（一）完善停车设施", "", "广告", "家用新能源充电桩 | 上门安装，限时优惠", "了解详情", "",
             "利用边角空地建设立体停车场，年底前全部投用。", "（二）整治背街小巷", "", "沿街风貌", "",
             "对路面破损、管线杂乱的街巷实施改造。"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    parts = doc.sections[1].children
    assert [c.heading for c in parts] == ["完善停车设施", "整治背街小巷"]
    assert parts[0].paragraphs == ["利用边角空地建设立体停车场，年底前全部投用。"]
    assert all("ad" in _reasons(result)[t] for t in ("广告", "家用新能源充电桩 | 上门安装，限时优惠", "了解详情"))


def test_a_lone_line_above_the_first_part_outranks_no_part(parser, tmp_path) -> None:
    """An account's name left above the intro (its title line lost) is no part holding 一、二、三、."""
    lines = ["枫桥城管", "", "今年全区城市管理工作的总体要求是：精细管理，服务群众。", "", *_BODY]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    assert [(s.number, s.level) for s in doc.sections if s.number] == [("一、", 1), ("二、", 1), ("三、", 1)]


def test_post_lines_are_chrome_on_their_own_evidence() -> None:
    for line in ("晚风拂柳88 收藏于 2026-02-03 | 阅 977 | 转藏 | 分享", "阅读(812)┊ 评论 (2)┊ 收藏(1)", "写文章",
                 "来自：晚风拂柳88 > 《城市管理》 2026-02-03 | 56 阅读 | 3 转藏",
                 "加好友 发纸条 写留言 加关注", "标签： 城市管理 工作要点\t分类： 工作资料", "1.3万 人赞同了该回答"):
        assert chrome_reason(line, at_edge=False, beside_chrome=False), line
    for line in ("全区新增公共停车泊位1500个", "注册志愿者", "关注群众诉求"):
        assert chrome_reason(line, at_edge=False, beside_chrome=False) is None, line


def test_a_bare_date_line_is_never_a_heading(parser, tmp_path) -> None:
    """The sign-off's date over a reader's long note (no page furniture to end the text on): the
    date stays a line of the last part, it titles no sub-part."""
    lines = ["枫桥区城管局2026年工作要点", *_BODY, "枫桥区城市管理局", "2026年1月15日",
             "这份要点条理清楚，我们社区准备参照它排出今年的整治计划，也请同行多提宝贵意见。"]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    assert [s.heading for s in doc.sections] == ["年度目标", "重点工作", "工作要求"] and not doc.sections[-1].children
    assert "2026年1月15日" in doc.sections[-1].paragraphs


def test_dated_links_above_the_title_are_no_headline(parser, tmp_path) -> None:
    """Several lines each ending in a date above the text are a list of the site's latest posts; none
    of them is the headline, and the plan's own title line stays its title."""
    lines = ["最新文章", "某街道2026年计生协工作计划2026-02-11", "某街道2026年关工委工作计划2026-02-10",
             "某街道2026年团工委工作计划2026-02-09", "某街道2026年城管工作计划",
             "为提升辖区市容环境，结合街道实际，制定本计划。", "一、工作目标",
             "全年整治占道经营点位不少于40处，背街小巷保洁覆盖率达到100%。", "二、工作措施",
             "落实网格化管理，每月开展一次联合执法检查。"]
    result = parser.parse(_write(tmp_path, lines))
    [doc] = result.documents
    assert doc.title == "某街道2026年城管工作计划"
    assert [s.heading for s in doc.sections] == ["工作目标", "工作措施"]
    assert "某街道2026年计生协工作计划2026-02-11" in result.removed


def test_a_posts_closing_line_outranks_a_cover_notices_sign_off_above_the_plan(parser, tmp_path) -> None:
    """A cover notice's own sign-off stands above the plan, numbered parts after it: that end's tail does
    not qualify, so the post's closing line below the text ends the article and the comment goes too."""
    comment = "内容很实在，我们街道也在做停车泊位，借鉴一下这里的思路和做法。"
    lines = ["枫桥区城管局关于印发2026年工作要点的通知", "", "各街道办事处：", "现将《枫桥区城管局2026年工作要点》印发给你们，请抓好落实。",
             "枫桥区城市管理局", "2026年1月15日", "枫桥区城管局2026年工作要点", *_BODY,
             "阅读(431)┊ 评论 (1)┊ 收藏(0) ┊转载(2) ┊打印┊举报", "桥头的阿明 2026-01-28 09:12", comment]
    result = parser.parse(_write(tmp_path, lines))
    plan = result.documents[-1]
    assert plan.sections[-1].paragraphs == ["各街道要明确责任人，每月报送进度。"]
    reasons = _reasons(result)
    assert "comment" in reasons[comment] and "comment" in reasons["桥头的阿明 2026-01-28 09:12"]
    assert "closing" in reasons["阅读(431)┊ 评论 (1)┊ 收藏(0) ┊转载(2) ┊打印┊举报"]
