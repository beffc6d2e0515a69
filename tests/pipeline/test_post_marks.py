"""What a post or a printed file adds around a plan: a WeChat article's date line with its clock time and
province, a portal's list of attached files opening on the 附件： line, a sign-off date run into a bare 附件
mark. Texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.targets import find_targets

_POST = """柳溪镇党委2024年党建工作总结
柳溪发布
原创 柳溪镇党建办 柳溪发布
2025年01月12日 18:05 湖南

2024年，镇党委坚持以党建引领基层治理，各项工作取得新成效。
01 强化政治引领
全年召开党委理论学习中心组学习会12次，开展专题研讨4次。
02 夯实基层基础
完成6个村级党群服务中心提质改造，发展党员15名。
03 锻造过硬队伍
举办村干部培训班3期，培训320人次。
下一步工作打算
2025年，镇党委将持续推进党建引领乡村振兴，完成2个软弱涣散村整顿。
"""


def test_a_posts_date_line_with_its_clock_time_and_province_is_the_pages(nlp_parser, tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(_POST, encoding="utf-8")
    result = nlp_parser.parse(path)
    [doc] = result.documents
    assert "2025年01月12日 18:05 湖南" in result.removed
    assert [(s.heading, s.level) for s in doc.sections[:3]] == [("强化政治引领", 1), ("夯实基层基础", 1), ("锻造过硬队伍", 1)]
    assert not any(t.value in (12, 6, 15, 320) for t in doc.targets)  # the year's work reported, not set


def test_a_portals_files_listed_from_the_attachment_line_on_are_links(parser, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "首页 > 信息公开 > 计划总结", "青川县水利局2025年工作要点",
        "一、加强水资源管理", "全年完成水资源论证报告审查10件以上。", "二、推进河湖长制", "开展河湖巡查不少于48次。",
        "附件：1.青川县2025年重点水利项目表.pdf", "2.青川县河湖长名单.xlsx", "【打印本页】【关闭窗口】"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert {"附件：1.青川县2025年重点水利项目表.pdf", "2.青川县河湖长名单.xlsx"} <= set(result.removed)
    assert doc.sections[-1].paragraphs == ["开展河湖巡查不少于48次。"]


def test_a_sign_off_date_run_into_a_bare_annex_mark_is_cut_apart(parser, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "青川县交通运输局2026年农村公路养护工作方案", "一、工作目标", "全年完成农村公路养护里程860公里以上。",
        "二、保障措施", "县交通运输局每季度开展一次养护质量抽查。", "青川县交通运输局", "2026年2月6日附件",
        "青川县2026年农村公路养护任务分解表", "序号 乡镇 养护里程 完成时限", "1 城关镇 120公里 11月底前"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.date == "2026年2月6日"
    annex = doc.sections[-1]
    assert (annex.heading, annex.level, annex.type) == ("附件 青川县2026年农村公路养护任务分解表", 1, "other")


def test_an_event_before_a_rate_is_counted_not_a_rates_base() -> None:
    [found] = find_targets("城区每月至少开展1次病媒生物密度监测。")
    assert (found.value, found.unit, found.comparator) == (1, "次", ">=")
    [rate] = find_targets("每十万人口肺结核发病率控制在40以下。")
    assert rate.value == 40


def test_an_attachment_line_over_the_annexs_own_text_stays(parser, tmp_path: Path) -> None:
    """"附件：….docx" with the annex's items under it is the document's annex, not a link to download."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "青川县2025年民生实事工作方案", "一、工作目标", "全年办好民生实事10件。", "二、保障措施", "加强组织领导，强化资金保障。",
        "附件：青川县2025年民生实事项目清单.docx", "1.新建城区幼儿园2所", "2.改造农村公路50公里"]), encoding="utf-8")
    result = parser.parse(path)
    assert "附件：青川县2025年民生实事项目清单.docx" not in result.removed


_PORTAL_PLAN = [
    "首页 > 政务公开 > 计划总结", "石岭区2026年工作计划", "发布时间：2026-02-12 来源：区政府办公室",
    "为做好2026年各项工作，制定本计划。", "一、主要目标", "地区生产总值增长6%左右。", "二、重点任务", "新建5G基站300个。",
    "石岭区人民政府办公室", "2026年2月10日",
]


@pytest.mark.parametrize("header", ["附件下载：", "相关附件：", "下载附件：", "附件："])
def test_a_portals_files_listed_on_one_line_are_links(parser, tmp_path: Path, header: str) -> None:
    """A portal's download box run into one line under its header: every entry a file's name with its type."""
    box = f"{header}1.石岭区2026年工作计划.docx 2.石岭区2026年重点任务分工表（定稿）.xlsx"
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*_PORTAL_PLAN, box, "【打印本页】【关闭窗口】"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert box in result.removed
    assert doc.sections[-1].paragraphs == ["新建5G基站300个。"]
    assert doc.closing == ["石岭区人民政府办公室", "2026年2月10日"]


def test_a_portals_box_of_files_on_one_line_of_a_web_page_is_links(parser, tmp_path: Path) -> None:
    page = ("<html><head><meta charset=\"utf-8\"><title>石湾区2026年生态环境保护工作计划</title></head><body>"
            "<h1>石湾区2026年生态环境保护工作计划</h1><p>为持续改善全区生态环境质量，结合工作实际，制定本计划。</p>"
            "<p>一、工作目标</p><p>全年空气质量优良天数比例达到88%以上。</p>"
            "<p>二、重点任务</p><p>完成12家重点企业挥发性有机物治理。</p><p>石湾区生态环境分局</p><p>2026年3月2日</p>"
            "<div class=\"fj\">附件下载：<a href=\"/f/1.docx\">1.石湾区2026年生态环境保护重点项目表.docx</a> "
            "<a href=\"/f/2.pdf\">2.石湾区大气污染防治责任清单.pdf</a></div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.sections[-1].paragraphs == ["完成12家重点企业挥发性有机物治理。"]
    assert any(line.startswith("附件下载：1.石湾区") for line in result.removed)


def test_a_plans_own_list_of_annexes_on_one_line_stays_text(parser, tmp_path: Path) -> None:
    """Annexes named without a file's type are the plan's own list of its annexes, not a page's links."""
    annexes = "附件：1．重点任务分工表 2．考核评分细则"
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*_PORTAL_PLAN[:8], annexes, *_PORTAL_PLAN[8:]]), encoding="utf-8")
    result = parser.parse(path)
    assert annexes not in result.removed
    assert annexes in "".join(p for s in result.documents[0].sections for p in s.paragraphs)


_ACCOUNT_POST = """云岭县妇联2026年巾帼建功行动计划
原创 云岭女性 云岭女性 2026-03-02 08:40 发表于某省
巾帼新征程，这份计划请收好👇

2026年，县妇联将团结引领全县妇女在乡村振兴中建功立业。
📌 一、强化思想引领
🔹（一）开展巾帼宣讲
全年组织巾帼宣讲进村（社区）活动80场以上。
🔹（二）选树先进典型
评选“最美家庭”30户。
📌 二、助力妇女增收
✅1.开展技能培训
培训农村妇女1500人次，其中电商直播培训不少于300人次。
✅2.扶持巾帼创业
新建巾帼创业示范基地6个，报名方式见下方👇
{end}
编辑：杨帆
审核：陈晓岚
阅读原文
"""


@pytest.mark.parametrize("end", ["— END —", "-END-", "END"])
def test_an_accounts_pictographs_teaser_and_end_mark_stay_out_of_the_plan(parser, tmp_path: Path, end: str) -> None:
    """A WeChat copy: the headings' pictographs (📌 🔹 ✅) are no part of their numbers or text, the teaser
    pointing down to the article and the end mark with what follows it are the account's, set aside with
    a reason — and a line of the text that points down keeps its place."""
    path = tmp_path / "post.txt"
    path.write_text(_ACCOUNT_POST.format(end=end), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.title == "云岭县妇联2026年巾帼建功行动计划"
    outline = [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]
    assert outline == [("一、", "强化思想引领", [("（一）", "开展巾帼宣讲"), ("（二）", "选树先进典型")]),
                       ("二、", "助力妇女增收", [("1.", "开展技能培训"), ("2.", "扶持巾帼创业")])]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert {"巾帼新征程，这份计划请收好👇", end, "编辑：杨帆", "审核：陈晓岚", "阅读原文"} <= set(reasons)
    assert all(reasons[line] for line in ("巾帼新征程，这份计划请收好👇", end))
    assert doc.sections[-1].children[-1].paragraphs == ["新建巾帼创业示范基地6个，报名方式见下方👇"]
    assert doc.paragraphs == ["2026年，县妇联将团结引领全县妇女在乡村振兴中建功立业。"]


def test_a_headline_pointing_down_is_the_title_not_a_teaser(parser, tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("\n".join(["青禾县团委2026年青年志愿服务工作要点来了👇", "一起来看⬇️", "一、壮大志愿队伍",
                               "新注册青年志愿者800名。", "二、打造服务品牌", "培育青年志愿服务项目20个。"]), encoding="utf-8")
    result = parser.parse(path)
    assert result.documents[0].title == "青禾县团委2026年青年志愿服务工作要点"
    assert "一起来看⬇️" in result.removed


@pytest.mark.parametrize(("line", "number", "rest"), [
    ("📌 一、坚持党建带团建", "一、", "坚持党建带团建"), ("🔹（二）深化青年学习", "（二）", "深化青年学习"),
    ("✅1.开展主题团日", "1.", "开展主题团日"), ("👉🏻 3、落实推优入党", "3、", "落实推优入党"),
    ("● 加强团干部培训", "●", "加强团干部培训"), ("㈡健全工作机制", "㈡", "健全工作机制")])
def test_a_label_behind_pictographs_is_the_lines_label(line: str, number: str, rest: str) -> None:
    from jihua.pipeline.rules.numbering import match_label

    found = match_label(line)
    assert found is not None and (found[0].text, found[1]) == (number, rest)


_PICTURED_POST = """点击蓝字关注我们
松川县供销合作社2026年上半年工作总结及下半年工作打算

{dateline}

{placeholder}
▲县社召开半年工作推进会

2026年上半年，县社围绕服务乡村振兴，推动各项工作取得新进展。现将有关情况报告如下。

一、上半年工作情况

全县新建村级综合服务社14个，农资销售额同比增长6.5%。

［视频］

二、下半年工作打算

力争全年农产品销售额达到3.2亿元。

【动图】
"""


@pytest.mark.parametrize("placeholder", ["[图片]", "［图片］", "【图片】", "[视频]", "[动图]", "[音频]", "[图片3]"])
@pytest.mark.parametrize("dateline", ["松川供销  2026年07月08日 19:45 松川", "松川供销 2026-07-08 19:45",
                                      "2026年07月08日 19:45 松川"])
def test_an_accounts_byline_and_media_placeholders_are_set_aside(parser, tmp_path: Path, placeholder: str,
                                                                  dateline: str) -> None:
    """A WeChat copy: the byline under the headline (account, date, clock time, place posted from) and the
    bracketed words where the page showed a picture or a video are the page's — never a heading, never the
    text's opening paragraph — and each is listed with its reason."""
    path = tmp_path / "post.txt"
    path.write_text(_PICTURED_POST.format(placeholder=placeholder, dateline=dateline), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert [s.heading for s in doc.sections] == ["上半年工作情况", "下半年工作打算"]
    assert doc.paragraphs == ["2026年上半年，县社围绕服务乡村振兴，推动各项工作取得新进展。现将有关情况报告如下。"]
    assert [s.paragraphs for s in doc.sections] == [["全县新建村级综合服务社14个，农资销售额同比增长6.5%。"],
                                                    ["力争全年农产品销售额达到3.2亿元。"]]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert {dateline, placeholder, "［视频］", "【动图】"} <= set(reasons)
    assert "byline" in reasons[dateline] and "placeholder" in reasons[placeholder]


def test_an_accounts_name_over_its_byline_goes_with_it(parser, tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("\n".join(["松川县林业局2026年森林防火工作方案", "松川林业", "2026年02月03日 08:12 松川",
                               "为做好全县森林防火工作，制定本方案。", "一、工作目标", "全年森林火灾受害率控制在0.9‰以内。",
                               "二、工作措施", "组建半专业扑火队伍12支。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert {"松川林业", "2026年02月03日 08:12 松川"} <= set(result.removed)
    assert doc.paragraphs == ["为做好全县森林防火工作，制定本方案。"]


def test_a_plans_own_dated_lines_stay(parser, tmp_path: Path) -> None:
    """A clock time in the body is the plan's programme, a date under the signature its own, a bracketed
    word with words of its own a heading: none of them is the page's."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "松川县2026年农民丰收节活动方案", "为办好农民丰收节，制定本方案。", "一、活动安排",
        "2026年9月23日 9:00 开幕式", "9月23日10:30在县文化广场举办农产品展销会，组织20家合作社参展。",
        "【图片展示】", "展出丰收主题摄影作品100幅。", "二、工作要求", "各乡镇于9月10日前报送参展名单。",
        "松川县农业农村局", "2026年8月20日"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    kept = [line for s in doc.sections for c in [s, *s.children] for line in [c.heading, *c.paragraphs]]
    assert "2026年9月23日 9:00 开幕式" in kept
    assert any(p.startswith("9月23日10:30在县文化广场") for p in kept)
    assert doc.date == "2026年8月20日"
    assert not {"2026年9月23日 9:00 开幕式", "【图片展示】", "2026年8月20日"} & set(result.removed)


@pytest.mark.parametrize(("line", "placeholder"), [
    ("[图片]", True), ("［图片］", True), ("【图片】", True), ("[视频]", True), ("[图片][图片]", True),
    ("[Image]", True), ("图片", False), ("【图片展示】", False), ("[图片]县社召开推进会", False)])
def test_media_placeholder_shape(line: str, placeholder: bool) -> None:
    from jihua.pipeline.rules.chrome import MEDIA_PLACEHOLDER

    assert (MEDIA_PLACEHOLDER.match(line) is not None) is placeholder


def _kept(doc) -> list[str]:
    return [*doc.paragraphs, *(line for s in doc.sections for c in [s, *s.children] for line in [c.heading, *c.paragraphs])]


def test_an_issuer_over_a_notices_dated_line_is_no_accounts(parser, tmp_path: Path) -> None:
    """A plan copied as plain text, no mark of a post in it: the office over a dated line with a clock time
    issued the notice ("县某办" / "2026年4月9日 14:30"); the line is the notice's time, not a post's byline."""
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(["关于召开2026年全区防汛抗旱工作推进会的方案", "区防指办", "2026年4月9日 14:30",
                               "一、会议内容", "部署汛前隐患排查工作。", "二、参会范围", "各街道分管负责人。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.org == "区防指办"
    assert "2026年4月9日 14:30" in _kept(doc)
    assert not any("account" in r.reason for r in result.removed_reasons)


@pytest.mark.parametrize("lines", [
    ["活动地点和时间", "2026年4月18日 8:00 西岭森林公园"],
    ["2026年9月6日 9:30 区全民健身中心"],
    ["集合时间 2026年5月20日 7:30 区政府北门"],
])
def test_a_plans_own_time_and_venue_above_its_text_stay(parser, tmp_path: Path, lines: list[str]) -> None:
    """A field's label over its value, or a time and a venue under the title: the plan's own text, though
    shaped like a byline (a date, a clock time, a place) — no account posted it."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(["桐岭区2026年全民徒步活动方案", *lines, "一、活动内容", "组织徒步爱好者800人参加。",
                               "二、工作要求", "各街道于5月10日前报送名单。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert not set(lines) & set(result.removed)
    assert lines[-1] in _kept(doc)


def test_an_offices_account_over_its_byline_goes_in_a_post(parser, tmp_path: Path) -> None:
    """With the post's marks in the copy (a call to follow, a picture's placeholder), an account named like an
    office ("某区融媒体中心") is the account over its byline."""
    path = tmp_path / "post.txt"
    path.write_text("\n".join(["点击蓝字关注我们", "桐岭区2026年全民徒步活动方案", "桐岭区融媒体中心",
                               "2026年4月2日 19:05 桐岭", "[图片]", "为丰富群众文体生活，制定本方案。", "一、活动内容",
                               "组织徒步爱好者800人参加。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert {"桐岭区融媒体中心", "2026年4月2日 19:05 桐岭"} <= set(result.removed)
    assert doc.paragraphs == ["为丰富群众文体生活，制定本方案。"]


@pytest.mark.parametrize(("name", "posted", "account"), [
    ("桐岭发布", False, True), ("区防指办", False, False), ("县应急管理局", False, False), ("区防指办", True, True),
    ("活动时间", True, False), ("地点", True, False), ("会议时间和地点", False, False)])
def test_account_name_shape(name: str, posted: bool, account: bool) -> None:
    from jihua.pipeline.pagetop import account_name

    assert account_name(name, posted) is account
