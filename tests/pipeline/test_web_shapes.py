"""Raw web copies: heading and body on one line, link-broken lines, captions, footers, title blocks.

Every text here is written for these tests, in the shapes copies from document sites take.
"""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.headings import space_split
from jihua.pipeline.webcopy import caption_reason, unspace
from jihua.schemas.plan import walk

_COPY = """青禾县2024年双拥工作实施方案 - 范文大全

时间：2024-02-18 10:21  来源：网友投稿

为深入贯彻落实全国双拥工作会议精神，进一步巩固和发展军政军民团结，结合我县实际，制定本方案。

一、加强组织领导,形成工作合力 各单位要高度重视双拥工作，把双拥工作纳入重要议事日程，形成层层抓落实的工作格局。

二、深化宣传教育,营造浓厚氛围 充分利用广播、电视、网络等媒体，广泛宣传
《中华人民共和国国防法》
和双拥政策法规，增强全民国防观念。

三、落实优抚政策,解决实际困难 认真落实各项优抚政策，及时足额发放优抚金，帮助军人军属解决实际困难。

四、严格督查考核,确保任务落实 县双拥办每半年对各单位双拥工作开展情况进行一次督查，督查结果纳入年度考核。

今年重点做好以下工作：
1、春节、八一期间开展走访慰问活动。
2、组织开展双拥政策法规宣传月活动。
3、举办军民联谊活动不少于2场。

图为县领导走访慰问驻地部队官兵

本文来源于网络，版权归原作者所有，如有侵权请联系删除。
上一篇：某镇双拥工作计划
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "copy.txt"
    path.write_bytes(text.encode("gb18030"))
    return path


def _page(parser, tmp_path: Path, html: str):  # type: ignore[no-untyped-def]
    """A saved page's parse and its one document."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    return result, doc


def test_one_line_parts_with_link_breaks_captions_and_footers(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _COPY))
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("青禾县2024年双拥工作实施方案", "青禾县", 2024, "plan")
    assert [(s.number, s.heading, s.level) for s in doc.sections] == [
        ("一、", "加强组织领导,形成工作合力", 1), ("二、", "深化宣传教育,营造浓厚氛围", 1),
        ("三、", "落实优抚政策,解决实际困难", 1), ("四、", "严格督查考核,确保任务落实", 1)]
    assert doc.sections[1].paragraphs == ["充分利用广播、电视、网络等媒体，广泛宣传《中华人民共和国国防法》和双拥政策法规，增强全民国防观念。"]
    assert doc.sections[3].paragraphs[-1] == "3、举办军民联谊活动不少于2场。"
    assert "图为县领导走访慰问驻地部队官兵" in result.removed
    assert any("本文来源于网络" in r for r in result.removed)
    assert not any("版权" in p or "图为" in p for s in doc.sections for p in s.paragraphs)


def test_space_split_needs_a_gap_between_han_characters() -> None:
    assert space_split("加强组织领导,形成工作合力 各单位要高度重视双拥工作，纳入议事日程。") == (
        "加强组织领导,形成工作合力", "各单位要高度重视双拥工作，纳入议事日程。")
    assert space_split("20xx 年 7—9 月 :在社区内出板报1期宣传双拥工作各项事迹")[1] is None
    assert space_split("加 强 组 织 领 导 各单位要高度重视双拥工作")[1] is None


def test_the_spacing_after_a_label_and_a_line_break_end_no_heading() -> None:
    """The blank after "（一）" is the label's; a heading is one line, so no heading runs across a break."""
    assert space_split("安全生产\n（一）\t压实企业主体责任，督促企业落实全员安全生产责任制") == (
        "安全生产\n（一）\t压实企业主体责任，督促企业落实全员安全生产责任制", None)
    assert space_split("（一）\t压实企业主体责任 督促企业落实全员安全生产责任制") == (
        "（一）\t压实企业主体责任", "督促企业落实全员安全生产责任制")


def test_captions_and_letter_spacing() -> None:
    assert caption_reason("3月5日，第一届某某代表大会第二次会议在青禾县开幕。县长某某作政府工作报告。")
    assert caption_reason("3月5日，组织开展学雷锋志愿服务活动。") is None
    assert caption_reason("（新华社记者 某某 摄）")
    for caption in ("青禾县城全景。（资料图片）", "大会现场。某某/摄", "▲1月10日，大会开幕现场。", "市民在湖畔休闲健身。通讯员　某某　供图"):
        assert caption_reason(caption), caption
    assert caption_reason("全年新增城镇就业3万人以上，开展技能培训供需对接。") is None
    assert unspace("一 、 加 强 组 织 领 导") == "一、加强组织领导"
    assert unspace("二、20xx 年 7—9 月") == "二、20xx 年 7—9 月"
    assert unspace("2 0 2 5 年 1 1 月 3 日") == "2025年11月3日", "a spaced date line has no Han pair to count"
    assert unspace("1 2 3 4") == "1 2 3 4"


def test_stand_alone_lead_lines_title_sub_parts(parser, tmp_path) -> None:
    text = "\n".join(["某镇2024年重点工作安排", "一、2024年重点工作任务", "一是夯实基层基础",
                      "全面推进网格化治理，年内实现网格员全覆盖。", "二是提升服务水平",
                      "优化便民服务流程，推行一窗通办。", "时间：3月上旬", "地点：镇便民服务中心"])
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    part = doc.sections[0]
    assert [c.heading for c in part.children] == ["夯实基层基础", "提升服务水平"]
    assert [c.type for c in part.children] == ["measures", "measures"]
    assert "时间：3月上旬" in part.children[1].paragraphs


_COMPILATION = """社区双拥工作总结范文（共3篇）.docx
  • 约6千字
  • 2024-01-05 发布于湖南
  • 举报
下载文档
社区双拥工作总结范文 共3篇
以下是小编整理的社区双拥工作总结范文，仅供参考，希望能够帮助到大家。
篇1：东岭社区2023年双拥工作总结
2023年，东岭社区在街道党工委的领导下，紧紧围绕双拥工作目标，扎实开展拥军优属、拥政爱民活动，取得了较好成效。
一、主要工作
（一）加强宣传教育。利用社区宣传栏、微信群广泛宣传双拥政策，全年开展国防教育活动6次，参与群众800余人次。
（二）落实优抚政策。春节、八一期间走访慰问辖区军属、烈属和退役军人42户，发放慰问金和慰问品，帮助解决
2、实际困难5件。
二、存在的不足
宣传形式还不够丰富，青年群众参与度不高。
篇2：南湖社区2023年双拥工作总结
今年以来，南湖社区认真贯彻落实上级双拥工作部署，双拥工作取得新进展。
一、主要做法
（一）健全组织。调整充实社区双拥工作领导小组，明确专人负责。
（二）开展活动。组织“八一”军民联谊会，邀请驻地官兵与居民同台演出。
二、下一步打算
继续深化军民共建，组织开展国防教育进校园活动。
篇3：西岭社区2023年双拥工作总结
一年来，西岭社区把双拥工作纳入社区重要议事日程，全年双拥工作成效明显。
一、工作成效
（一）双拥氛围日益浓厚。全年刊出双拥宣传板报12期。
（二）优抚工作扎实有效。优抚金发放率达到100%。
二、存在问题
部分居民国防意识还有待增强。
文档评论(0)
相关文档
温馨提示：
1. 本文档由用户上传，版权归属用户，如有侵权请联系客服。
2. 下载前请仔细阅读文档内容。
"""


def test_compilation_with_download_notices_and_a_page_split(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _COMPILATION))
    got = [(d.title, d.org, d.year, d.doc_type) for d in result.documents]
    assert got == [(f"{name}社区2023年双拥工作总结", f"{name}社区", 2023, "summary") for name in ("东岭", "南湖", "西岭")]
    first = result.documents[0].sections[0].children[1]
    assert first.paragraphs == ["春节、八一期间走访慰问辖区军属、烈属和退役军人42户，发放慰问金和慰问品，帮助解决实际困难5件。"]
    assert [s.type for s in result.documents[1].sections] == ["review", "outlook"]
    body = "".join(p for d in result.documents for s in d.sections for x in [s, *s.children] for p in x.paragraphs)
    assert not any(w in body for w in ("小编", "举报", "下载", "文档评论", "版权"))
    assert len(result.removed) >= 10


def test_unlabelled_action_headings_nest_under_a_named_part(parser, tmp_path) -> None:
    text = "\n".join(["某社区2024年双拥工作计划", "2024年双拥共建工作目标",
                      "立足社区实际，深化军民共建成果，争创双拥模范社区。", "加强舆论宣传,营造拥军氛围",
                      "利用宣传栏和微信群开展双拥宣传，全年不少于6期。", "深化军民共建,办好实事",
                      "与驻地部队结对共建，全年为部队办实事不少于5件。", "保障措施",
                      "社区双拥领导小组每季度研究一次双拥工作。"])
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    got = [(s.heading, s.level, s.type) for s in doc.sections for s in [s, *s.children]]
    assert got == [("2024年双拥共建工作目标", 1, "goals"), ("加强舆论宣传,营造拥军氛围", 2, "goals"),
                   ("深化军民共建,办好实事", 2, "goals"), ("保障措施", 1, "safeguards")]


_GOV_SITE_COPY = """关于印发《青禾县2025年农村人居环境整治提升实施方案》的通知
发布时间：2025-03-12 10:21  来源：青禾县人民政府办公室  浏览次数：1024  字号：大 中 小
青政办发〔2025〕8号

各乡镇人民政府，县直各有关单位：
《青禾县2025年农村人居环境整治提升实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。

青禾县人民政府办公室
2025年3月10日

青禾县2025年农村人居环境整治提升实施方案

为持续改善农村人居环境，结合我县实际，制定本方案。

一、工作目标
到2025年底，全县农村卫生厕所普及率达到90%以上，创建美丽乡村示范村10个。

二、重点任务
（一）扎实推进农村厕所革命。新改建农村户用卫生厕所3000户。
（二）加快推进农村生活污水治理。完成15个行政村生活污水治理。

三、保障措施
（一）加强组织领导。成立工作专班，每月召开一次调度会。
（二）严格考核督导。将整治工作纳入乡村振兴实绩考核。

附件：1.青禾县农村人居环境整治提升任务分解表
      2.各乡镇联系人名单

【打印本页】【关闭窗口】
主办单位：青禾县人民政府办公室  技术支持：青禾网络科技有限公司
"""


def test_a_government_site_copy_keeps_its_annex_list_and_drops_the_site_footer(parser, tmp_path) -> None:
    """The annex list is body text of the last part, not a part titled 附件; the print/close buttons
    and the 主办单位/技术支持 footer are the site's, set aside with their reasons."""
    result = parser.parse(_write(tmp_path, _GOV_SITE_COPY))
    doc = result.documents[0]
    assert (doc.title, doc.year, doc.doc_type) == ("青禾县2025年农村人居环境整治提升实施方案", 2025, "plan")
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务", "保障措施"]
    last = doc.sections[-1].children[-1]
    assert last.heading == "严格考核督导" and last.children == []
    assert last.paragraphs[-1] == "附件：1.青禾县农村人居环境整治提升任务分解表 2.各乡镇联系人名单"  # one list
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "site phrase" in reasons["【打印本页】【关闭窗口】"]
    assert "several site words" in reasons["主办单位：青禾县人民政府办公室  技术支持：青禾网络科技有限公司"]
    body = result.model_dump_json()
    assert "技术支持" not in body.split('"removed"')[0]


_GOV_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>青禾市民政局2025年工作要点_青禾市人民政府</title></head>
<body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 计划总结</div>
<div class="article">
<h1>青禾市民政局2025年工作要点</h1>
<div class="info">发布日期：2025-02-10 &nbsp; 来源：市民政局 &nbsp; 阅读次数：356 &nbsp; 【字体：大 中 小】</div>
<p>2025年全市民政工作的总体要求是：坚持以人民为中心，聚焦基本民生保障、基层社会治理等职责。</p>
<p><strong>一、兜牢基本民生保障底线</strong></p>
<p>1.健全分层分类社会救助体系。城乡低保标准分别提高到每人每月850元、650元。</p>
<p>2.加强困难群众动态监测，每季度开展一次排查。</p>
<p>3.做好临时救助工作，急难型救助审批时限压缩到3个工作日。</p>
<p><strong>二、提升养老服务水平</strong></p>
<p>1.新建社区养老服务中心15个。</p>
<p>2.全市养老机构护理型床位占比达到60%以上。</p>
</div>
<div class="footer"><p>网站标识码：1234000001 &nbsp; 皖ICP备12345678号</p></div>
</body></html>
"""


def test_a_list_whose_entries_are_mostly_untitled_stays_one_list(parser, tmp_path) -> None:
    """"1.健全…体系。城乡低保…" could be read as a titled sub-part, but "2." and "3." beside it are plain
    entries: all three stay entries of the part, none nested under another; the article's header
    line of fields (发布日期/来源/阅读次数) is the page's, not the plan's opening."""
    path = tmp_path / "page.html"
    path.write_text(_GOV_PAGE, encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    first = doc.sections[0]
    assert first.heading == "兜牢基本民生保障底线" and first.children == []
    assert [p[:2] for p in first.paragraphs] == ["1.", "2.", "3."]
    assert doc.paragraphs == ["2025年全市民政工作的总体要求是：坚持以人民为中心，聚焦基本民生保障、基层社会治理等职责。"]
    assert any(text.startswith("发布日期") for text in result.removed)


_GLUED_COPY = """青禾镇2025年防汛抗旱工作计划
为切实做好全镇防汛抗旱工作，保障人民群众生命财产安全，结合我镇实际，制定本计划。
一、工作目标确保汛期不发生因灾死亡事故，重点水利工程安全度汛率达到100%。
二、主要任务（一）压实防汛工作责任严格落实行政首长负责制，镇政府每月召开一次防汛工作会议。（二）深化隐患排查整治开展水库、山塘、河道等重点部位隐患排查，汛前完成排查不少于3轮。（三）加强应急队伍建设组织开展防汛应急演练，全年培训抢险队员150人次以上。
三、保障措施（一）加强组织领导成立由镇长任指挥长的防汛抗旱指挥部。（二）强化督查考核将防汛工作纳入村（社区）年度考核，实行一票否决。
"""


def test_numbered_parts_glued_into_lines_come_apart(parser, tmp_path) -> None:
    """A copy that lost its line breaks: sub-parts glued after their part's heading and after each
    other's sentences, and each heading glued to its body without punctuation."""
    doc = parser.parse(_write(tmp_path, _GLUED_COPY)).documents[0]
    outline = [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]
    assert outline == [
        ("一、", "工作目标", []),
        ("二、", "主要任务", [("（一）", "压实防汛工作责任"), ("（二）", "深化隐患排查整治"), ("（三）", "加强应急队伍建设")]),
        ("三、", "保障措施", [("（一）", "加强组织领导"), ("（二）", "强化督查考核")]),
    ]
    assert doc.sections[1].children[1].paragraphs == ["开展水库、山塘、河道等重点部位隐患排查，汛前完成排查不少于3轮。"]
    assert doc.sections[0].paragraphs == ["确保汛期不发生因灾死亡事故，重点水利工程安全度汛率达到100%。"]
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [
        (100, "%", "="), (1, "次", "="), (3, "轮", ">="), (150, "人次", ">=")]


def test_a_label_inside_a_sentence_is_no_glued_part() -> None:
    """A cross-reference or a count keeps its sentence; a list after a lead-in "：" comes apart."""
    from jihua.pipeline.unglue import _cut_points

    assert _cut_points("按照条例第三条（一）项的规定执行。（二）不得擅自变更。") == []
    assert _cut_points("获得一等奖1、二等奖2个。") == []
    assert _cut_points("全市共有三、四级医院10所。") == []
    text = "今年重点做好以下工作：1、走访慰问。2、宣传月活动。3、联谊活动。"
    assert [text[p:p + 2] for p in _cut_points(text)] == ["1、", "2、", "3、"]


def test_a_long_heading_with_a_comma_is_not_cut_at_its_second_verb() -> None:
    from jihua.pipeline.run_in import glued_split

    assert glued_split("坚持创新驱动发展，加快推进产业转型升级和结构优化调整") is None
    assert glued_split("统筹推进疫情防控和经济社会发展各项工作任务落实到位") is None
    assert glued_split("深化隐患排查整治开展水库、山塘等重点部位隐患排查，汛前完成") == (
        "深化隐患排查整治", "开展水库、山塘等重点部位隐患排查，汛前完成")


GLUED_REPORT = """政府工作报告
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议。
一、2022年工作回顾过去一年，全区地区生产总值增长5.4%，新增市场主体4100户。
二、2023年工作安排2023年是全面贯彻党的二十大精神的开局之年，也是“十四五”承上启下的关键一年。主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人以上。
（一）扩大有效投资。全年实施重点项目96个。
三、着力加强政府自身建设坚持过紧日子，一般性支出压减5%以上。
"""


def test_a_report_part_name_glued_to_a_stated_year_or_review_comes_apart(parser, tmp_path) -> None:
    """"2023年工作安排2023年是…": the part's name ends where the report's statement opens, and the part
    is typed by its name — a five-year plan named in its first sentence does not make it long-range."""
    path = tmp_path / "report.txt"
    path.write_text(GLUED_REPORT, encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert [(s.heading, s.type) for s in doc.sections] == [
        ("2022年工作回顾", "review"), ("2023年工作安排", "measures"), ("着力加强政府自身建设", "safeguards")]
    assert [t.value for t in doc.targets] == [6, 1.2, 96, 5]


LINKED_RUN_INS = """青禾县2024年重点工作安排
一、重点工作
（一）壮大特色产业
1.做优茶叶产业。依托
白岩茶业集团
建设标准化茶园，新增茶园面积3000亩。
2.发展林下经济。培育林下种植基地12个。
（二）推进基层治理
1.深化平安建设。推广
“村民说事”
，化解矛盾纠纷。
2.完善网格管理。配备专职网格员260名。
"""


def test_a_link_breaking_a_numbered_lines_run_in_body_is_joined_not_a_heading(parser, tmp_path) -> None:
    """"1.做优茶叶产业。依托" / "白岩茶业集团" / "建设…。": the body a run-in heading opened was broken at a
    link; the link's line is the sentence's, not a sub-part's title, and the next "2." keeps its place."""
    path = tmp_path / "copy.txt"
    path.write_text(LINKED_RUN_INS, encoding="utf-8")
    [doc] = parser.parse(path).documents
    parts = doc.sections[0].children
    assert [[c.heading for c in p.children] for p in parts] == [["做优茶叶产业", "发展林下经济"], ["深化平安建设", "完善网格管理"]]
    assert parts[0].children[0].paragraphs == ["依托白岩茶业集团建设标准化茶园，新增茶园面积3000亩。"]
    assert parts[1].children[0].paragraphs == ["推广“村民说事”，化解矛盾纠纷。"]


_BRACKETED_COPY = """2025年青禾县教育局工作要点
2025年是“十四五”规划收官之年。全县教育系统要坚持立德树人根本任务，加快建设教育强县。
【总体要求】
坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。
【重点任务】
■ 推进学前教育普惠发展
新建、改扩建公办幼儿园5所，新增学位900个，普惠性幼儿园覆盖率达到92%以上。
■ 促进义务教育优质均衡
完成薄弱学校改造12所，组建教育集团6个。
【保障措施】
加强经费保障，全年教育投入不低于8亿元。
■ 严格落实教育经费“两个只增不减”。
■ 按时足额发放教师工资。
"""


def test_bracketed_part_names_and_bullet_lines_titling_text(parser, tmp_path) -> None:
    """"【重点任务】" names a part (the brackets are not its name); a short bullet line with text
    under it titles a sub-part, while bullets that are sentences stay list entries."""
    doc = parser.parse(_write(tmp_path, _BRACKETED_COPY)).documents[0]
    outline = [(s.heading, s.type, [c.heading for c in s.children]) for s in doc.sections]
    assert outline == [("总体要求", "guiding_ideology", []),
                       ("重点任务", "measures", ["推进学前教育普惠发展", "促进义务教育优质均衡"]),
                       ("保障措施", "safeguards", [])]
    entries = [b for b in doc.sections[2].blocks if b.kind == "item"]
    assert [(b.label, b.text) for b in entries] == [("■", "严格落实教育经费“两个只增不减”。"), ("■", "按时足额发放教师工资。")]


_PDF_TEXT_COPY = """青禾县2025年退役军人服务保障工作计划
原标题：青禾县2025年退役军人服务保障工作计划
为做好全县退役军人服务保障工作，制定本计划。
一、工作目标
全年走访慰问重点优抚对象不少于500人次。
- 1 -
二、重点任务
（一）做好移交安置。确保年度安置任务完成率达到100%。
第 2 页 共 3 页
（二）推进就业创业。举办专场招聘会不少于4场。
—3—
编辑：张三    审核：李四
文章来源：青禾县退役军人事务局
"""


def test_a_copy_of_a_pdf_keeps_its_folios_aside_and_a_restated_title_is_the_sites(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _PDF_TEXT_COPY))
    doc = result.documents[0]
    assert doc.title == "青禾县2025年退役军人服务保障工作计划"
    assert [(f.text, f.kind) for f in result.furniture] == [
        ("- 1 -", "page_number"), ("第 2 页 共 3 页", "page_number"), ("—3—", "page_number")]
    assert doc.sections[0].paragraphs == ["全年走访慰问重点优抚对象不少于500人次。"]
    assert doc.sections[1].children[0].children == []
    assert {"原标题：青禾县2025年退役军人服务保障工作计划", "文章来源：青禾县退役军人事务局"} <= set(result.removed)


_DOC_SITE_COPY = """某某文档网
首页 > 行业资料 > 党政办公 > 计划总结
青禾社区2025年工作计划
VIP免费下载
上传人：li***66　上传时间：2024-12-28　浏览：1,356次　下载：98次
举报　|　收藏　|　分享
约3.1千字　|　5页
　　青禾社区2025年工作计划
　　2025年，青禾社区将坚持以党建为引领，以服务居民为宗旨，现将工作计划如下：
　　一、工作目标
　　全年居民满意度达到95%以上，网格员入户走访率达到100%。
　　二、主要工作
　　（一）加强基层党建。每月开展一次主题党日活动。
　　（二）深化平安建设。全年开展反诈宣传活动6场。
　　　　　　　　　　青禾社区居民委员会
　　　　　　　　　　2024年12月25日
温馨提示：
1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。
2. 下载文档前请自行甄别文档内容的完整性。
相关文档
社区2025年工作计划范文（精选5篇）
社区工作计划2025年最新
"""


def test_a_document_site_copy_with_its_title_twice_notes_and_related_links_is_one_plan(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _DOC_SITE_COPY))
    [doc] = result.documents
    assert (doc.title, doc.year, doc.date) == ("青禾社区2025年工作计划", 2025, "2024年12月25日")
    assert [s.heading for s in doc.sections] == ["工作目标", "主要工作"]
    assert doc.sections[1].children[-1].paragraphs == ["全年开展反诈宣传活动6场。"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert reasons["社区2025年工作计划范文（精选5篇）"].startswith("link in the site's list")
    assert reasons["1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。"].startswith("numbered note")
    assert "meta line shape" in reasons["上传人：li***66　上传时间：2024-12-28　浏览：1,356次　下载：98次"]
    assert "meta line shape" in reasons["约3.1千字　|　5页"]
    assert [t.value for t in doc.targets] == [95, 100, 1, 6]


_OLD_SITE_PAGE = """<html><head><meta charset="utf-8"><title>关于做好2025年汛期安全防范工作的通知</title></head>
<body><table width="1000"><tr><td><img src="banner.jpg"></td></tr>
<tr><td class="nav">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="#">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td><table width="100%"><tr><td align="center"><font size="5"><b>关于做好2025年汛期安全防范工作的通知</b></font></td></tr>
<tr><td align="center">作者：县应急局　　来源：本站原创　　点击数：215　　更新时间：2025-05-08</td></tr>
<tr><td><font size="3">　　各乡镇、县直有关单位：<br>
　　为切实做好2025年汛期安全防范工作，现将有关事项通知如下。<br>
　　一、工作目标<br>
　　确保不发生因灾死亡事故，重点水利工程安全度汛率达到100%。<br>
　　二、重点工作<br>
　　（一）强化隐患排查。汛前完成全县山塘水库隐患排查，整改率达到100%。<br>
　　（二）加强队伍建设。组建不少于120人的防汛抢险队伍，组织实战演练不少于2次。<br>
　　三、工作要求<br>
　　各单位要严格落实防汛责任制，发现险情立即报告。<br>
　　青禾县防汛抗旱指挥部办公室<br>
　　2025年5月6日</font></td></tr></table></td></tr>
<tr><td align="center">【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td align="center">版权所有：青禾县人民政府　技术支持：某某网络科技有限公司<br>ICP备案号：某ICP备09000000号</td></tr></table></body></html>
"""


def test_an_old_site_laid_out_in_tables_is_read_as_its_page(parser, tmp_path) -> None:
    """A cell of running text with <br> lines is the page's column, not a table of data; the
    breadcrumb, article fields, buttons and footer are the site's; a notice that lays out goals and
    tasks plans the work."""
    path = tmp_path / "old.html"
    path.write_text(_OLD_SITE_PAGE, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.doc_type, doc.date) == ("关于做好2025年汛期安全防范工作的通知", "plan", "2025年5月6日")
    assert [(s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("工作目标", []), ("重点工作", ["强化隐患排查", "加强队伍建设"]), ("工作要求", [])]
    assert doc.paragraphs == ["各乡镇、县直有关单位：", "为切实做好2025年汛期安全防范工作，现将有关事项通知如下。"]
    assert [t.value for t in doc.targets] == [100, 100, 120, 2]
    # the page's lines are set aside: removed with their reasons, or kept as the page's outside its article
    aside = [r[:4] for r in result.removed] + [f.text[:4] for f in result.furniture]
    assert {"作者：县", "【打印此", "版权所有", "ICP备"} <= set(aside)
    assert "您现在的位置" not in "".join(doc.paragraphs)


def test_a_portal_copy_sets_aside_its_menu_field_tables_share_bar_and_footer(parser, tmp_path) -> None:
    """A government portal saved as text: the site's name and menu above the title, the article's
    fields laid out in columns (read as tables), a share bar, a footer of 主办单位/备案号 columns.
    All of it is the page's, each line listed with its reason; the masthead is no part of the title."""
    text = "\n".join([
        "柳河县人民政府",
        "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流",
        "2025年柳河县人民政府工作报告",
        "信息来源：县政府办　　发布时间：2025-02-11 09:30　　阅读次数：861",
        "字号：大 中 小　　打印本页　　关闭窗口",
        "分享到：",
        "——2025年1月20日在柳河县第十七届人民代表大会第五次会议上",
        "　　各位代表：",
        "　　一、2024年工作回顾",
        "　　全县粮食总产量稳定在12万吨以上。",
        "　　二、2025年主要任务",
        "　　全年新建高标准农田1.5万亩，城镇新增就业2000人以上。",
        "主办单位：柳河县人民政府办公室　　承办单位：柳河县融媒体中心",
        "网站标识码：6204210001　　某ICP备12345678号",
    ])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.year) == ("2025年柳河县人民政府工作报告", "柳河县人民政府", 2025)
    assert [s.heading for s in doc.sections] == ["2024年工作回顾", "2025年主要任务"]
    assert doc.paragraphs == ["各位代表："] and not any(s.tables for s in doc.sections)
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "menu" in reasons["首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流"]
    assert "publication fields" in reasons["字号：大 中 小 | 打印本页 | 关闭窗口"]
    assert "分享到：" in reasons and any(t.startswith("主办单位") for t in reasons)


def test_a_portal_page_of_its_fields_table_above_the_text_is_one_plan(parser, tmp_path) -> None:
    page = tmp_path / "portal.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>青禾市2025年科技工作要点_青禾市科学技术局</title></head><body>
<table class="xxgk"><tr><td>索 引 号：</td><td>11620100/2025-00031</td><td>发布机构：</td><td>青禾市科学技术局</td></tr>
<tr><td>成文日期：</td><td>2025-02-20</td><td>主题分类：</td><td>科技、教育/其他</td></tr></table>
<h1>青禾市2025年科技工作要点</h1><div class="content">
<p>一、强化科技创新平台建设</p><p>新建省级重点实验室2家，新认定高新技术企业40家以上。</p>
<p>二、优化科技服务</p><p>每季度组织一次科技成果对接活动。</p></div></body></html>""", encoding="utf-8")
    result = parser.parse(page)
    assert [d.title for d in result.documents] == ["青禾市2025年科技工作要点"]
    assert any("publication fields" in r.reason and r.text.replace(" ", "").startswith("索引号") for r in result.removed_reasons)


def test_a_copy_that_lost_every_line_break_is_outlined_and_signed(parser, tmp_path) -> None:
    """The whole plan on one line, with words a site also uses (投诉, 举报, 付费) inside its sentences:
    it is the plan, never chrome; its labels after the title, after sentence ends and after a
    short heading start parts again; a standard part name glued to its body is cut off; the
    sign-off run into the last sentence closes the plan."""
    text = ("柳河县医疗保障局2025年工作计划 一、指导思想以人民健康为中心，推进医保治理现代化。"
            "二、工作目标城乡居民医保参保率稳定在95%以上。三、重点任务（一）深化支付方式改革"
            "1.推进按病组付费。按病组付费医疗机构覆盖率达到100%。2.畅通投诉举报渠道。每季度通报一次举报线索办理情况。"
            "（二）加强基金监管。全年开展飞行检查不少于4次。四、保障措施（一）强化组织领导。成立工作专班。"
            "柳河县医疗保障局 2025年3月2日")
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    outline = [(s.number, s.heading, [(c.number, c.heading, [g.heading for g in c.children]) for c in s.children])
               for s in doc.sections]
    assert outline == [
        ("一、", "指导思想", []), ("二、", "工作目标", []),
        ("三、", "重点任务", [("（一）", "深化支付方式改革", ["推进按病组付费", "畅通投诉举报渠道"]),
                           ("（二）", "加强基金监管", [])]),
        ("四、", "保障措施", [("（一）", "强化组织领导", [])])]
    assert doc.sections[1].paragraphs == ["城乡居民医保参保率稳定在95%以上。"]
    assert ([u for u in doc.closing], doc.date, doc.org) == (["柳河县医疗保障局", "2025年3月2日"], "2025年3月2日", "柳河县医疗保障局")


def test_a_hard_wrapped_copy_is_joined_back_by_its_wrap(parser, tmp_path) -> None:
    """Text pasted from a PDF keeps a break every line's width: inside numbers ("5." over "2万人"),
    inside a numbered heading. Wide lines that stop mid-sentence run on; a short line (a heading's
    end, a paragraph's end) and a numbered line stop the run. A bare genre line is the title."""
    lines = [
        "政府工作报告",
        "各位代表：",
        "一、过去一年工作回顾",
        "全区地区生产总值增长5.6%，社会消费品零售总额增长6.1%，城乡居民收",
        "入稳步增长，各项事业取得新进展。",
        "二、今年主要目标和重点工作",
        "今年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城",
        "镇新增就业1.2万人以上，居民人均可支配收入增长与经济增长基本同步，粮",
        "食产量稳定在12万吨以上，节能减排完成上级下达任务。",
        "（一）坚定不移推进产业转型升级，加快构建以先进制造业为骨干的现代化",
        "产业体系",
        "全年新增规模以上工业企业30家，数字经济核心产业增加值占比提高到8.",
        "5%，新建5G基站600个，推动传统产业智能化改造项目不少于40个。",
        "（二）持续保障和改善民生",
        "新建改扩建中小学和幼儿园8所，新增学位3600个，完成老旧小区改造45个。",
    ]
    doc = parser.parse(_write(tmp_path, "\n".join(lines))).documents[0]
    assert doc.title == "政府工作报告"
    second = doc.sections[1]
    assert second.paragraphs[0].endswith("城镇新增就业1.2万人以上，居民人均可支配收入增长与经济增长基本同步，"
                                         "粮食产量稳定在12万吨以上，节能减排完成上级下达任务。")
    assert [c.heading for c in second.children] == ["坚定不移推进产业转型升级，加快构建以先进制造业为骨干的现代化产业体系",
                                                    "持续保障和改善民生"]
    assert second.children[0].paragraphs[0].startswith("全年新增规模以上工业企业30家")
    figures = {(t.value, t.unit) for t in doc.targets}
    assert {(1.2, "万人"), (8.5, "%"), (600, "个")} <= figures and (5, "%") not in figures


def test_a_file_of_one_paragraph_a_line_is_not_reflowed() -> None:
    from jihua.pipeline.model import Unit
    from jihua.pipeline.reflow import reflow
    from jihua.schemas.blocks import Block, Provenance

    lines = ["一、工作目标", "全年组织志愿服务活动不少于12次，参与群众超过3000人次，实现社区全覆盖。",
             "二、主要任务", "深入开展邻里互助活动，每季度评选一次“最美邻里”，营造和谐氛围。",
             "加强社区志愿者队伍建设，新招募志愿者200名，开展培训4期，提升服务能力。",
             "完善志愿服务积分制度，积分可在社区超市兑换生活用品，激发参与热情。"]
    units = [Unit(text=t, block=Block(text=t, prov=Provenance(file="a.txt", index=i))) for i, t in enumerate(lines)]
    assert [u.text for u in reflow(units)] == lines


def test_a_wrap_that_opens_a_line_with_a_label_mid_paragraph_keeps_the_paragraph(parser, tmp_path) -> None:
    """A copy that indents each paragraph's first line, wrapped every 38 characters: the wrap opened
    unindented lines with 二是/三是 and ② after a full line's "；", and with "（二）" inside a clause
    ("…第（一）项、第" over "（二）项规定…"). Those lines run on; the flush-left headings, one
    after a full line that ends a sentence, stay headings."""
    lines = [
        "桐坪县商务局2024年工作总结和2025年工作打算",
        "\u3000\u30002024年，县商务局围绕稳外贸、促消费、优环境三项重点，扎实推进各项工作，全",
        "县商贸流通业保持平稳较快发展，较好完成了年度目标任务。现将有关情况报告如下。",
        "一、2024年工作成效",
        "（一）外贸稳中提质",
        "\u3000\u3000坚持市场多元化，全县外贸进出口总额完成48.6亿元、增长7.2%。一是跨境电商加",
        "快发展，新培育跨境电商企业15家，建成县级跨境电商产业园1个、合作海外仓12个；",
        "二是加工贸易提档升级，新引进加工贸易项目6个，加工贸易进出口9.3亿元、增长8%；",
        "三是出口品牌持续壮大，新增省级出口名牌4个，农产品出口额增长11.5%。",
        "（二）消费市场活跃",
        "\u3000\u3000落实各项促消费政策，对符合《桐坪县促进消费若干措施》第六条第（一）项、第",
        "（二）项规定条件的商贸企业给予一次性奖励，全年兑现奖励资金860万元，社会消费",
        "品零售总额完成126亿元、增长5.8%。",
        "二、2025年工作打算",
        "\u3000\u3000全年外贸进出口总额力争增长6%以上，社会消费品零售总额增长5.5%左右。为此，",
        "重点抓好以下工作：①培育外贸新业态，新增跨境电商企业18家，外贸企业达到120家；",
        "②提升县城商业体系，改造提升农贸市场3个。",
        "桐坪县商务局",
        "2025年1月8日",
    ]
    doc = parser.parse(_write(tmp_path, "\n".join(lines))).documents[0]

    def paragraph(first: int, last: int) -> str:
        return "".join(line.strip() for line in lines[first:last + 1])

    outline = [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]
    assert outline == [("一、", "2024年工作成效", [("（一）", "外贸稳中提质"), ("（二）", "消费市场活跃")]),
                       ("二、", "2025年工作打算", [])]
    assert doc.paragraphs == [paragraph(1, 2)]
    trade, consumption = doc.sections[0].children
    assert trade.paragraphs == [paragraph(5, 8)] and consumption.paragraphs == [paragraph(10, 12)]
    assert doc.sections[1].paragraphs == [paragraph(14, 16)]
    assert doc.closing == ["桐坪县商务局", "2025年1月8日"]


def test_an_old_portal_page_in_tables_with_its_menus_number_and_attachment_links(parser, tmp_path) -> None:
    """A page laid out in tables: an empty banner table, a side menu under 栏目导航, the 文号 under
    the title, the sign-off, then the site's 相关附件 list of files (numbered names with extensions).
    The menus and the links are the page's; the number is the title block's; the sign-off closes."""
    page = tmp_path / "old.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>青禾县2023年秸秆禁烧工作方案--青禾县农业农村局</title></head>
<body><table><tr><td><img src="banner.jpg"></td></tr></table>
<table><tr><td><table><tr><td>栏目导航</td></tr><tr><td><a href="#">工作动态</a></td></tr><tr><td><a href="#">通知公告</a></td></tr></table></td>
<td><table><tr><td align="center"><b>青禾县2023年秸秆禁烧工作方案</b></td></tr>
<tr><td>青农发〔2023〕8号<br><br>为切实做好秸秆禁烧工作，改善空气质量，制定本方案。<br><b>一、工作目标</b><br>
全县秸秆综合利用率达到93%以上，不发生因焚烧秸秆造成的重大污染事件。<br><b>二、工作措施</b><br>
各乡镇每周开展一次巡查，发现火点及时处置。<br>
<div align="right">青禾县农业农村局</div><div align="right">2023年5月8日</div></td></tr></table>
<p>相关附件：</p><p><a href="a.doc">1.秸秆禁烧责任分解表.doc</a></p><p><a href="b.xls">2.巡查情况统计表.xls</a></p>
</td></tr></table></body></html>""", encoding="utf-8")
    result = parser.parse(page)
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.date) == ("青禾县2023年秸秆禁烧工作方案", "青禾县农业农村局", "2023年5月8日")
    assert [s.heading for s in doc.sections] == ["工作目标", "工作措施"]
    assert doc.paragraphs == ["为切实做好秸秆禁烧工作，改善空气质量，制定本方案。"]
    body = doc.model_dump_json()
    assert not any(word in body for word in ("栏目导航", "工作动态", "相关附件", "巡查情况统计表.xls"))


def test_a_sites_related_list_and_attached_files_after_the_sign_off_are_its_own(parser, tmp_path) -> None:
    text = "\n".join([
        "青禾县档案馆2024年工作计划", "一、加强档案收集", "全年接收进馆档案不少于5000卷。", "二、推进档案利用",
        "每季度举办一次档案文化展览。", "青禾县档案馆", "2024年1月20日",
        "相关附件：", "1.进馆档案接收计划表.xlsx", "2.档案展览安排.docx",
        "相关推荐", "· 青禾县档案馆2023年工作总结", "· 某镇档案工作计划范文"])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert (doc.org, doc.date, doc.closing) == ("青禾县档案馆", "2024年1月20日", ["青禾县档案馆", "2024年1月20日"])
    assert [s.heading for s in doc.sections] == ["加强档案收集", "推进档案利用"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "attached files" in reasons["相关附件："] and "link" in reasons["2.档案展览安排.docx"]
    assert "link" in reasons["· 某镇档案工作计划范文"]


def test_a_page_break_after_an_open_bracket_or_quote_is_mended(parser, tmp_path) -> None:
    text = "\n".join([
        "青禾县团委2025年工作要点", "一、加强思想引领", "深入开展“青年大学习”行动，全年组织专题学习12期。",
        "二、服务青年发展", "（", "第 1 页 共 2 页", "青禾县团委2025年工作要点",
        "一）实施青年就业见习计划。提供见习岗位300个。", "（二）深化志愿服务。开展“青春", "第 2 页 共 2 页",
        "青禾县团委2025年工作要点", "暖冬”志愿服务活动不少于20场。"])
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    second = doc.sections[1]
    assert [(c.number, c.heading) for c in second.children] == [("（一）", "实施青年就业见习计划"), ("（二）", "深化志愿服务")]
    assert second.children[1].paragraphs == ["开展“青春暖冬”志愿服务活动不少于20场。"]


def test_lists_cut_short_of_their_full_stop_and_task_fields_are_not_a_wrap(parser, tmp_path) -> None:
    """Items typed one a line without a final 。, and a task list with 牵头单位/完成时限 lines, are not
    hard-wrapped: nothing is joined, no label is lost, the sign-off stays the closing."""
    items = "\n".join([
        "青禾县司法局2025年普法工作要点", "一、深入开展宪法宣传",
        "组织开展“宪法宣传周”活动，推动宪法进机关、进乡村、进社区、进学校、进企业",
        "深入开展民法典主题宣传，组织民法典宣讲报告会10场以上", "二、加强重点对象学法用法",
        "落实国家工作人员学法用法制度，组织年度学法考试，参考率达到100%",
        "推进青少年法治教育，配齐配强中小学法治副校长，开展法治进校园巡讲活动",
        "培育农村“法律明白人”1200名，创建省级民主法治示范村2个", "青禾县司法局", "2025年2月12日"])
    doc = parser.parse(_write(tmp_path, items)).documents[0]
    assert len(doc.sections[1].paragraphs) == 3 and doc.closing == ["青禾县司法局", "2025年2月12日"]
    tasks = ["青禾县2025年城市更新行动实施方案", "一、重点任务"]
    for n, (task, lead) in enumerate([("推进老旧小区改造，完成改造小区32个", "县住建局，配合单位：县财政局、各街道办事处"),
                                       ("实施城市道路提升工程，打通断头路5条", "县住建局，配合单位：县交通运输局、县公安局"),
                                       ("开展城市绿化提升行动，建设口袋公园8处", "县城管局，配合单位：县自然资源局、县林业局"),
                                       ("推进地下管网改造，消除易涝点6处", "县住建局，配合单位：县水利局、县城投公司")], start=1):
        tasks += [f"{n}.{task}", f"牵头单位：{lead}", f"完成时限：2025年{8 + n}月底前"]
    tasks += ["青禾县住房和城乡建设局", "2025年2月20日"]
    doc = parser.parse(_write(tmp_path, "\n".join(tasks))).documents[0]
    assert [c.number for c in doc.sections[0].children] == ["1.", "2.", "3.", "4."]
    assert doc.sections[0].children[1].paragraphs == ["牵头单位：县住建局，配合单位：县交通运输局、县公安局", "完成时限：2025年10月底前"]


def test_a_plans_own_list_of_documents_and_an_annexed_form_stay_in_the_plan(parser, tmp_path) -> None:
    page = tmp_path / "plan.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>青禾县2025年征文活动方案</title></head><body>
<h1>青禾县2025年征文活动方案</h1><div class="content"><p>为推进全民阅读，决定开展征文活动，现制定本方案。</p>
<p>一、征文要求</p><p>作品须为原创，字数不少于2000字，按照下列文件执行：</p><p>相关文件：</p>
<p>《青禾县全民阅读促进办法》</p><p>《青禾县征文活动管理细则》</p><p>二、评选办法</p><p>设一等奖3名、二等奖5名。</p>
<p>青禾县文化和旅游局</p><p>2025年3月20日</p><p>附件：作品信息表</p>
<table><tr><td>作品名称：</td><td></td><td>作者：</td><td></td></tr><tr><td>字数：</td><td></td><td>联系电话：</td><td></td></tr></table>
</div></body></html>""", encoding="utf-8")
    result = parser.parse(page)
    body = result.documents[0].model_dump_json()
    assert "相关文件" in body and "青禾县征文活动管理细则" in body and "作品名称" in body
    assert result.removed_reasons == []


def test_a_news_app_copy_keeps_the_plan_and_sets_its_feed_aside(parser, tmp_path) -> None:
    """A news app's article: the account's name over its byline, a follow button, a teaser pointing
    down to the numbered parts, a feed of other headlines with their counts, a disclaimer and the
    comments. The plan keeps its levels; the app's lines are set aside with reasons."""
    text = "\n".join([
        "青禾县交通运输局2025年农村公路建设工作要点", "青禾发布", "2025-03-02 10:20·青禾县融媒体中心官方账号", "关注",
        "近日，县交通运输局印发农村公路建设工作要点，一起来看↓↓↓",
        "一、工作目标", "全年新改建农村公路120公里，完成危桥改造8座。", "二、重点任务", "（一）推进路网提档升级",
        "实施县乡道改造工程，新建资源路产业路30公里。", "（二）深化管养体制改革", "每季度开展一次路况检测。",
        "相关推荐", "青禾这30条路要改造了，有你家门口的吗？", "1.5万阅读 · 62评论", "2025年起，农村客运补贴标准调整",
        "评论 18", "写下你的评论…", "网友阿亮：我们村的路什么时候修？"])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "工作目标"), (1, "重点任务")]
    assert [c.heading for c in doc.sections[1].children] == ["推进路网提档升级", "深化管养体制改革"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    # the app's short lead pointing down to the article is its teaser, not the plan's preamble
    assert doc.paragraphs == [] and "teaser" in reasons["近日，县交通运输局印发农村公路建设工作要点，一起来看↓↓↓"]
    assert reasons["青禾发布"] == "the account's name above its byline" and "关注" in reasons
    assert "网友阿亮：我们村的路什么时候修？" in reasons and "相关推荐" in reasons


def test_a_forwarded_mail_and_a_policy_reading_around_a_plan(parser, tmp_path) -> None:
    """The plan's title below a mail's header and note is the title (the note is set aside); a
    reading of the plan after its sign-off (《…》政策解读) is a document of its own, kind other."""
    text = "\n".join([
        "发件人：教务处 <jwc@example.cn>", "收件人：全体教师", "主题：转发：青禾小学2025年春季学期教学工作计划",
        "各位老师：请查收本学期教学工作计划。", "-------- 转发的邮件 --------",
        "青禾小学2025年春季学期教学工作计划", "一、工作目标", "学生学业质量合格率达到98%以上。", "二、主要工作",
        "每月开展一次教学常规检查。", "青禾小学", "2025年2月10日",
        "《青禾小学2025年春季学期教学工作计划》政策解读", "一、出台背景", "为规范本学期教学工作，制定本计划。"])
    docs = parser.parse(_write(tmp_path, text)).documents
    assert [(d.title, d.doc_type) for d in docs] == [("青禾小学2025年春季学期教学工作计划", "plan"),
                                                    ("《青禾小学2025年春季学期教学工作计划》政策解读", "other")]
    assert [s.heading for s in docs[0].sections] == ["工作目标", "主要工作"] and docs[0].org == "青禾小学"


def test_a_sites_links_heading_between_pieces_leaves_the_next_pieces_title(parser, tmp_path) -> None:
    text = "\n".join([
        "青禾县2024年部门工作计划汇编", "篇一：青禾县水利局2024年工作计划", "一、工作目标", "新建高效节水灌溉面积2万亩。",
        "相关文档", "举报", "篇二：青禾县林业局2024年工作计划", "一、工作目标", "完成人工造林1.2万亩。"])
    docs = parser.parse(_write(tmp_path, text)).documents
    assert [d.title for d in docs] == ["青禾县水利局2024年工作计划", "青禾县林业局2024年工作计划"]


def test_a_forwarded_mail_saved_as_a_page_is_the_plan_it_carries(parser, tmp_path) -> None:
    """A mail saved from a web client: its header table, the forwarding note between the subject
    (the page title, "转发：…") and the plan's own title, the client's footer. The plan keeps its
    title, levels and sign-off; the mail's parts are set aside."""
    page = tmp_path / "mail.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>转发：青禾中学2025年秋季学期德育工作计划</title></head><body>
<table><tr><td>发件人：</td><td>政教处</td></tr><tr><td>收件人：</td><td>全体班主任</td></tr></table>
<div><p>各位老师：</p><p>转发本学期德育工作计划，请认真组织落实。</p><p>政教处 王芳</p>
<p>-------- 转发的邮件 --------</p><p>发件人：校长办公室</p>
<p style="text-align:center"><b>青禾中学2025年秋季学期德育工作计划</b></p>
<p><strong>一、工作目标</strong></p><p>学生行为规范达标率达到98%。</p><p><strong>二、主要工作</strong></p>
<p>每月开展一次主题班会评比。</p><p>青禾中学</p><p>2025年8月30日</p><p>--</p><p>此邮件由网易邮箱大师发送</p></div></body></html>""",
                    encoding="utf-8")
    result = parser.parse(page)
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.date) == ("青禾中学2025年秋季学期德育工作计划", "青禾中学", "2025年8月30日")
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "工作目标"), (1, "主要工作")]
    assert doc.paragraphs == [] and "此邮件由网易邮箱大师发送" in result.removed


def test_a_short_plan_on_a_page_heavy_with_a_sites_boxes_is_read_alone_and_the_rest_kept_aside(parser, tmp_path) -> None:
    """A personal-library page: the plan is under 85% of the page's text (author box, counts, lists
    of other articles); the element holding every numbered part is the article, and every other
    line of the page is kept as the page's furniture."""
    page = tmp_path / "library.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>青禾县2024年农家书屋提质工作方案</title></head><body>
<div class="main"><h2>青禾县2024年农家书屋提质工作方案</h2><div class="info">阅书人 2024-03-02 | 88 阅读 | 2 转藏</div>
<div class="btns">大 中 小 ｜ 转藏 ｜ 分享 ｜ 献花(0)</div>
<div class="text"><p>为提升农家书屋使用效率，制定本方案。</p><p><b>一、工作目标</b></p>
<p>全年更新出版物3万册，书屋开放时间每周不少于20小时，群众借阅量比上年增长10%以上，打造示范书屋30个。</p>
<p><b>二、主要措施</b></p><p>每季度开展一次阅读推广活动，组织阅读推广人培训两期，推动书屋与村综合文化服务中心融合建设，
建立借阅登记和图书流转制度，鼓励乡贤和志愿者参与书屋管理，提升群众参与度和满意度。</p>
<p>各乡镇要明确专人负责书屋日常管理，县文旅局每半年开展一次督导检查，检查结果纳入年度考核。</p></div>
<div class="from">来自： 阅书人 &gt; 《工作方案》</div><div class="similar"><div>类似文章 更多</div><ul><li>农家书屋工作总结范文</li>
<li>关于开展全民阅读活动的通知</li><li>乡镇图书室管理办法</li><li>2023年读书月活动方案汇编</li></ul></div></div>
<div class="side"><div>阅书人</div><div>馆藏 3210 粉丝 12</div><div>TA的最新馆藏</div><ul><li>图书馆年度工作计划</li>
<li>阅读推广人培训方案</li><li>书香校园建设方案</li></ul></div></body></html>""", encoding="utf-8")
    result = parser.parse(page)
    doc = result.documents[0]
    assert doc.title == "青禾县2024年农家书屋提质工作方案"
    assert [s.heading for s in doc.sections] == ["工作目标", "主要措施"]
    assert doc.paragraphs == ["为提升农家书屋使用效率，制定本方案。"]
    aside = [f.text for f in result.furniture]
    assert "大 中 小 ｜ 转藏 ｜ 分享 ｜ 献花(0)" in aside and "类似文章 更多" in aside


def test_topic_headings_after_a_whole_part_name_are_its_siblings(parser, tmp_path) -> None:
    """"工作机制" already holds its numbered list: the short topic headings set like it after it are
    parts beside it; a part name with no body of its own ("重点任务") still takes the action
    headings under it as its children."""
    text = "\n".join([
        "某街道2025年新时代文明实践工作计划", "为扎实推进新时代文明实践工作，制定本计划。",
        "工作机制", "1、街道文明实践所每月召开一次工作调度会。", "2、各社区明确一名文明实践专干。",
        "理论宣讲", "1、组建“百姓名嘴”宣讲队，全年开展宣讲不少于40场。", "2、每季度举办一次道德讲堂。",
        "志愿服务", "1、新注册志愿者不少于800人。", "2、打造特色志愿服务项目3个。",
        "重点任务", "深化移风易俗,倡树文明新风", "各社区修订完善村规民约，全年开展主题活动不少于12次。",
        "办好惠民实事,提升服务温度", "为辖区老年人开展义诊服务不少于6次。",
    ])
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    got = [(s.heading, s.level) for s in walk(doc.sections)]
    assert got == [("工作机制", 1), ("理论宣讲", 1), ("志愿服务", 1), ("重点任务", 1),
                   ("深化移风易俗,倡树文明新风", 2), ("办好惠民实事,提升服务温度", 2)]


def test_a_portal_menu_one_item_a_line_is_the_sites_and_opens_no_document(parser, tmp_path) -> None:
    """A portal saved as text lays its menu out one item a line, then its 信息公开 fields in columns,
    then the title: the menu and the fields are the page's (listed with their reasons), and the
    page is one plan, not a bodiless "document" in front of it."""
    text = "\n".join([
        "石门县人民政府", "网站首页", "信息公开", "办事服务", "互动交流", "走进石门",
        "索引号：\t0083411/2024-00015\t主题分类：\t农业",
        "发布机构：\t石门县农业局\t成文日期：\t2024-04-02",
        "石门县2024年秸秆综合利用工作方案",
        "　　为推进秸秆综合利用，改善农村人居环境，制定本方案。",
        "　　一、工作目标",
        "　　全县秸秆综合利用率稳定在92%以上。",
        "　　二、工作措施",
        "　　各乡镇要落实秸秆禁烧属地责任，建立巡查制度。",
    ])
    result = parser.parse(_write(tmp_path, text))
    assert [d.title for d in result.documents] == ["石门县2024年秸秆综合利用工作方案"]
    assert [s.heading for s in result.documents[0].sections] == ["工作目标", "工作措施"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert all("menu" in reasons[item] for item in ("网站首页", "信息公开", "办事服务", "互动交流", "走进石门"))
    assert any("publication fields" in why for line, why in reasons.items() if line.startswith("索引号"))


def test_short_headings_of_a_plans_own_are_no_menu(parser, tmp_path) -> None:
    """Short unpunctuated lines in a row that are the plan's (no portal's items among them) stay."""
    text = "\n".join([
        "梅岭镇2025年政务公开工作要点",
        "　　为做好全年政务公开工作，提出如下要点。",
        "一、重点领域", "政务公开", "财政预算", "重大项目",
        "　　各村要在每季度末前公开一次财务收支情况。",
    ])
    result = parser.parse(_write(tmp_path, text))
    body = [p for s in walk(result.documents[0].sections) for p in [s.heading, *s.paragraphs]]
    assert "财政预算" in body and "重大项目" in body and "政务公开" in body


def test_a_page_that_prints_its_title_over_a_table_and_again_over_the_text_is_one_plan(parser, tmp_path) -> None:
    """A page's <title>, a table of its own (no field the chrome rules know), then the same title over
    the text: splitting there would leave a bodiless document that only repeats the next one's title."""
    page = tmp_path / "page.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>石门县2024年秸秆综合利用工作方案_石门县农业局</title></head>
<body><table><tr><td>签 发 人</td><td>王某</td><td>文件编号</td><td>石农〔2024〕3号</td></tr></table>
<h1>石门县2024年秸秆综合利用工作方案</h1>
<p>为推进秸秆综合利用，制定本方案。</p><p>一、工作目标</p><p>全县秸秆综合利用率稳定在92%以上。</p>
</body></html>""", encoding="utf-8")
    result = parser.parse(page)
    assert [d.title for d in result.documents] == ["石门县2024年秸秆综合利用工作方案"]
    assert result.documents[0].targets[0].value == 92


def test_a_news_page_ends_at_its_editors_line_and_its_dated_links_are_the_sites(parser, tmp_path) -> None:
    """A county news page: the plan, its sign-off, the editor's line, then a list of headlines with
    their dates under "相关报道" and the footer's links. The article ends at the editor's line: all
    after it is the page's (listed with reasons), and the sign-off stays last, naming the org."""
    text = "\n".join([
        "石门县农业局2024年秸秆综合利用工作方案",
        "　　为推进秸秆综合利用，改善农村人居环境，制定本方案。",
        "　　一、工作目标",
        "　　全县秸秆综合利用率稳定在92%以上。",
        "　　二、工作措施",
        "　　各乡镇要落实秸秆禁烧属地责任，建立巡查制度。",
        "石门县农业局",
        "2024年4月2日",
        "（编辑：林小禾　审核：赵一鸣）",
        "相关报道",
        "石门县召开2024年春耕生产现场推进会",
        "2024-03-18",
        "全县新建高标准农田3.5万亩通过验收",
        "2024-01-09",
        "网站地图 | 联系我们 | 隐私声明",
    ])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert doc.org == "石门县农业局" and [s.heading for s in doc.sections] == ["工作目标", "工作措施"]
    assert [t.value for t in doc.targets] == [92]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "dated links" in reasons["全县新建高标准农田3.5万亩通过验收"] and "dated links" in reasons["相关报道"]
    assert "editor" in reasons["（编辑：林小禾　审核：赵一鸣）"] and "网站地图 | 联系我们 | 隐私声明" in reasons


def test_a_headline_list_with_dates_glued_on_is_the_sites_and_text_after_an_editors_line_stays(parser, tmp_path) -> None:
    """Headlines with their dates glued on ("…推进会2024-03-18") under an unknown header are links; but
    when text of the plan follows an editor's line, nothing after it is set aside on that line's
    evidence."""
    text = "\n".join([
        "石门县2024年秸秆综合利用工作方案",
        "　　一、工作目标",
        "　　全县秸秆综合利用率稳定在92%以上。",
        "【责任编辑：林小禾】",
        "　　二、工作措施",
        "　　各乡镇要落实秸秆禁烧属地责任，建立巡查制度，全年开展督查不少于4次。",
        "最新动态",
        "石门县召开2024年春耕生产现场推进会2024-03-18",
        "全县新建高标准农田3.5万亩通过验收2024-01-09",
    ])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert [s.heading for s in doc.sections] == ["工作目标", "工作措施"]
    assert doc.sections[1].paragraphs == ["各乡镇要落实秸秆禁烧属地责任，建立巡查制度，全年开展督查不少于4次。"]
    assert sorted(t.value for t in doc.targets) == [4, 92]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "dated links" in reasons["最新动态"] and "dated links" in reasons["全县新建高标准农田3.5万亩通过验收2024-01-09"]


def test_page_fields_run_together_and_a_footer_of_who_runs_the_site(parser, tmp_path) -> None:
    """A copy that lost the gaps between the page's fields ("发布时间：…文章来源：…浏览次数：…") and its
    footer of 主办/承办 pairs: both are the page's; the source still names the publisher."""
    text = "\n".join([
        "石门县2024年秸秆综合利用工作方案",
        "发布时间：2024-04-02文章来源：石门县农业局浏览次数：57字体：[大中小]",
        "　　为推进秸秆综合利用，改善农村人居环境，制定本方案。",
        "　　一、工作目标",
        "　　全县秸秆综合利用率稳定在92%以上。",
        "　　二、工作措施",
        "　　各乡镇要落实秸秆禁烧属地责任，建立巡查制度。",
        "【打印本页】【关闭窗口】",
        "主办：石门县人民政府办公室承办：石门县信息中心",
    ])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert doc.paragraphs == ["为推进秸秆综合利用，改善农村人居环境，制定本方案。"]
    assert doc.sections[-1].paragraphs == ["各乡镇要落实秸秆禁烧属地责任，建立巡查制度。"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "meta line shape" in reasons["发布时间：2024-04-02文章来源：石门县农业局浏览次数：57字体：[大中小]"]
    assert "footer" in reasons["主办：石门县人民政府办公室承办：石门县信息中心"]


def test_an_activity_plans_own_organiser_fields_stay() -> None:
    """"主办单位：…承办单位：…" in an activity plan's text, not beside the page's chrome, is the plan's."""
    from jihua.pipeline.clean import run
    from jihua.pipeline.model import ParseState
    from jihua.schemas.blocks import Block, Provenance

    lines = ["青禾镇2025年全民健身运动会活动方案", "　　为丰富群众文化生活，举办本届运动会。",
             "主办：青禾镇人民政府承办：青禾镇文化站", "　　一、活动时间", "　　2025年5月10日至11日，共计比赛项目12个。",
             "　　二、活动地点", "　　镇中心学校运动场。", "　　三、参赛对象", "　　各村代表队。"]
    blocks = [Block(text=t, prov=Provenance(file="a.txt", index=i)) for i, t in enumerate(lines)]
    state = run(ParseState(path=Path("a.txt"), format="txt", blocks=blocks, sha256=""))
    assert "主办：青禾镇人民政府承办：青禾镇文化站" in [u.text for u in state.units]


def test_a_pdf_a_browser_printed_from_a_portal_is_cleaned_as_a_web_copy() -> None:
    """A browser's print of a page: its running footer is the page's address. The page's menu, fields
    and footer are printed in the body, and are set aside as a web copy's are; a PDF without such a
    footer is not read for web chrome."""
    from jihua.pipeline.clean import run
    from jihua.pipeline.model import ParseState
    from jihua.schemas.blocks import Block, Provenance

    lines = ["石门县人民政府首页政务公开政务服务", "石门县2024年秸秆综合利用工作方案",
             "发布日期：2024-04-02信息来源：石门县农业局访问量：57",
             "为推进秸秆综合利用，改善农村人居环境，制定本方案。", "一、工作目标",
             "全县秸秆综合利用率稳定在92%以上。", "【打印本页】【关闭窗口】"]

    def state(footer: str) -> ParseState:
        blocks = [Block(text=t, prov=Provenance(file="p.pdf", index=i, page=1)) for i, t in enumerate(lines)]
        blocks.append(Block(text=footer, furniture="footer", prov=Provenance(file="p.pdf", index=len(lines), page=1)))
        return run(ParseState(path=Path("p.pdf"), format="pdf", blocks=blocks, sha256=""))

    printed = state("https://www.shimen.gov.cn/art/2024/4/2/art_12_345.html 1/2")
    assert "【打印本页】【关闭窗口】" in printed.chrome and "发布日期：2024-04-02信息来源：石门县农业局访问量：57" in printed.chrome
    assert "全县秸秆综合利用率稳定在92%以上。" in [u.text for u in printed.units]
    assert not state("第 1 页").chrome
    # an office's own PDF printing its site's address in the footer is no browser's print of a page
    assert not state("石门县农业农村局  www.shimen.gov.cn  http://nyj.shimen.gov.cn").chrome


def _hard_wrap(paragraph: str, chars: int = 24) -> list[str]:
    """A paragraph as a copy pasted from a document site breaks it: every `chars` characters, the
    first line indented."""
    lines = [paragraph[i:i + chars] for i in range(0, len(paragraph), chars)]
    return ["　　" + lines[0], *lines[1:]]


def test_a_fold_marker_and_a_download_button_in_a_wrapped_copy_take_no_text(parser, tmp_path) -> None:
    """A document site folds the text ("展开阅读全文" between blank lines, mid-paragraph) and ends it
    with its buttons and counts. Those lines go before the wrap is joined: the paragraph the marker
    cut runs on after it, and the last paragraph keeps all its text. A full line that ends a
    sentence runs on into an unindented line too, in a file that indents its paragraphs."""
    first = ("全年新增城镇就业2800人，帮助困难人员实现就业350人，组织职业技能培训6000人次。"
             "重点围绕电子商务、养老护理、家政服务等工种开展订单式培训，推动培训与岗位有效衔接，"
             "培训合格率保持在90%以上。")
    second = ("各乡镇要建立就业工作台账，实行按月调度、按季通报，对进展滞后的单位督促整改，确保任务均按期完成。"
              "县人社局要会同财政部门加强资金监管，提高就业补助资金使用效益。")
    cut = _hard_wrap(first)
    fold = len(cut) // 2
    lead = "　　成立就业工作专班，由局主要负责同志任组长。"
    lines = ["石门县人社局2024年就业工作计划", "一、工作目标", *cut[:fold], "", "展开阅读全文", "", *cut[fold:],
             "二、保障措施", lead, *_hard_wrap(second), "下载文档", "文档评分：4.8　　已有2310人下载"]
    result = parser.parse(_write(tmp_path, "\n".join(lines)))
    doc = result.documents[0]
    assert doc.sections[0].paragraphs == [first] and doc.sections[1].paragraphs == [lead.strip(), second]
    assert {"展开阅读全文", "下载文档", "文档评分：4.8　　已有2310人下载"} <= set(result.removed)


def test_a_wrap_that_opens_a_line_like_a_field_mid_sentence_keeps_the_paragraph(parser, tmp_path) -> None:
    """The wrap cut a sentence before "总体要求是：…" (a line shaped as a field, "牵头单位：…"): in a
    copy that indents its paragraphs, under a full line stopped mid-clause, the sentence goes on.
    A real field line under a paragraph's last line stays a line of its own."""
    opening = ("按照县委经济工作会议部署，结合全县农业农村发展实际，今年农业农村工作的总"
               "体要求是：稳粮保供、强链增收、建设宜居宜业和美乡村，力争农村居民人均可支配收入增长6.5%以上。")
    cut = _hard_wrap(opening, 36)
    assert cut[1].startswith("体要求是：")  # the wrap opened a line with a field's shape
    duty = ("各乡镇要细化任务清单，明确责任人和完成时限，按月报送工作进展，县农业农村局会同有关部门按季度开展督导，"
            "对进度滞后的乡镇及时约谈提醒，确保全年粮食播种面积稳定在48万亩以上，新建高标准农田2.6万亩。")
    lines = ["平川县2025年农业农村工作要点", "一、总体要求", *cut, "二、重点任务", *_hard_wrap(duty, 36),
             "牵头单位：县农业农村局", "三、保障措施", *_hard_wrap(duty.replace("各乡镇", "县直各部门"), 36)]
    doc = parser.parse(_write(tmp_path, "\n".join(lines))).documents[0]
    assert [s.heading for s in doc.sections] == ["总体要求", "重点任务", "保障措施"]
    assert doc.sections[0].paragraphs == [opening]
    assert doc.sections[1].paragraphs == [duty, "牵头单位：县农业农村局"]


def test_a_part_heading_under_an_item_that_filled_the_wrap_without_its_stop_stays_a_heading(parser, tmp_path) -> None:
    """The last line of a task list filled the wrap and the item ended without its 。: the short
    "二、保障措施" under it is the next part, not the sentence going on."""
    duty = ("各乡镇要细化任务清单，明确责任人和完成时限，按月报送工作进展，县农业农村局会同有关部门按季度开展督导，"
            "对进度滞后的乡镇及时约谈提醒，确保全年粮食播种面积稳定在48万亩以上，新建高标准农田2.6万亩。")
    item = ("加快补齐农村寄递物流短板，新建村级寄递物流综合服务站二十六个，配齐配足分拣设备和冷链运输车辆，"
            "推动快递服务进村入户，打通农村物流配送的最后一公里")
    assert len(item) % 36 == 0  # its last line fills the wrap
    lines = ["平川县2025年农业农村工作要点", "一、重点任务", *_hard_wrap(duty, 36), *_hard_wrap(item, 36),
             "二、保障措施", *_hard_wrap(duty.replace("各乡镇", "县直各部门"), 36)]
    doc = parser.parse(_write(tmp_path, "\n".join(lines))).documents[0]
    assert [s.heading for s in doc.sections] == ["重点任务", "保障措施"]
    assert doc.sections[0].paragraphs == [duty, item]


def test_counts_of_readers_and_downloads_are_the_sites_but_a_plans_head_count_is_not() -> None:
    from jihua.pipeline.webcopy import is_chrome

    assert is_chrome("856人已阅读") and is_chrome("下载次数：12 | 浏览量：3.1万")
    assert not is_chrome("全县已有1283人参加培训") and not is_chrome("评分标准")


def test_a_portals_box_of_files_to_download_with_their_sizes_is_the_pages(parser, tmp_path) -> None:
    """Under the text a portal offers the annexes as files with their sizes ("….xls（18.6KB）") and
    its footer advises a screen size: the box and the footer are the page's (no heading "附件", no
    "2.4 MB" target); a file named with its size is a link wherever it stands."""
    page = tmp_path / "page.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>石门县2024年秸秆综合利用工作方案</title></head><body>
<h1>石门县2024年秸秆综合利用工作方案</h1>
<p>一、工作目标</p><p>全县秸秆综合利用率稳定在92%以上。</p>
<p>二、工作措施</p><p>各乡镇要落实秸秆禁烧属地责任，建立巡查制度。</p>
<div class="att"><p>附件：</p><p><a href="/down?id=81">1.秸秆综合利用任务清单.xls</a>（18.6KB）</p>
<p><a href="/down?id=82">2.秸秆收储点分布图.jpg</a>（2.4MB）</p></div>
<p>主办单位：石门县人民政府办公室　承办单位：石门县信息中心</p>
<p>联系我们　建议使用1366×768分辨率浏览本站</p></body></html>""", encoding="utf-8")
    result = parser.parse(page)
    doc = result.documents[0]
    assert [s.heading for s in doc.sections] == ["工作目标", "工作措施"]
    assert [t.value for t in doc.targets] == [92]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "attached files" in reasons["附件："] and "size" in reasons["2.秸秆收储点分布图.jpg（2.4MB）"]
    assert "footer" in reasons["主办单位：石门县人民政府办公室　承办单位：石门县信息中心"]


def test_a_timestamp_with_one_field_is_the_pages_byline(parser, tmp_path) -> None:
    """"2024-04-02 10:15　来源：石门农业" under the title of a short plan is the page's byline: set aside,
    not a heading over the whole text (the plan's parts stay at level 1)."""
    text = "\n".join([
        "石门县2024年秸秆综合利用工作方案", "2024-04-02 10:15　来源：石门农业",
        "　　为推进秸秆综合利用，制定本方案。", "　　一、工作目标", "　　全县秸秆综合利用率稳定在92%以上。",
        "　　二、保障措施", "　　严格考核问责。", "石门县农业局", "2024年4月2日"])
    result = parser.parse(_write(tmp_path, text))
    doc = result.documents[0]
    assert [(s.heading, s.level) for s in doc.sections] == [("工作目标", 1), ("保障措施", 1)]
    assert doc.paragraphs == ["为推进秸秆综合利用，制定本方案。"] and doc.org == "石门县农业局"
    assert "2024-04-02 10:15　来源：石门农业" in result.removed


def test_a_page_titled_only_in_its_breadcrumb_takes_the_last_crumb(parser, tmp_path) -> None:
    """No title line above the text: the breadcrumb's last crumb is the title (its kind 方案, not a
    made-up "工作计划"); the page's 来源 credits who posted it, never the issuer of a plan the place names."""
    text = "\n".join([
        "您现在的位置：首页 >> 政务公开 >> 规划计划 >> 石门县2024年秸秆综合利用工作方案",
        "发布时间：2024-04-02 10:15　　来源：县农业局",
        "　　为推进秸秆综合利用，制定本方案。", "　　一、工作目标", "　　全县秸秆综合利用率稳定在92%以上。",
        "　　二、保障措施", "　　严格考核问责。"])
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    assert (doc.title, doc.doc_type, doc.year) == ("石门县2024年秸秆综合利用工作方案", "plan", 2024)
    assert doc.org == "石门县"


def test_the_issuing_body_in_a_portals_fields_names_the_org_when_the_title_names_a_place(parser, tmp_path) -> None:
    """The title names only the county; the page's 信息公开 fields (a table set aside as the page's)
    name the body that issued it. Signed by a department, its seal names it first; by the county's own
    government, the place speaks and the fields' body stands."""
    text = "\n".join([
        "索引号：\t0083411/2024-00015\t主题分类：\t农业",
        "发文机关：\t石门县农业农村局\t成文日期：\t2024-04-02",
        "石门县2024年秸秆综合利用工作方案",
        "　　为推进秸秆综合利用，制定本方案。", "　　一、工作目标", "　　全县秸秆综合利用率稳定在92%以上。",
        "　　二、保障措施", "　　严格考核问责。"])
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    assert doc.org == "石门县农业农村局"
    signed = parser.parse(_write(tmp_path, text + "\n石门县林业局\n2024年4月2日")).documents[0]
    assert signed.org == "石门县林业局"
    signed = parser.parse(_write(tmp_path, text + "\n石门县人民政府办公室\n2024年4月2日")).documents[0]
    assert signed.org == "石门县农业农村局"


# a document site's reading page: its line over the shared file, then the text page by page, each page
# labelled "1、", "2、" and cut wherever it fell (here inside 慰问 and inside a sentence), parts run together
_PAGED = (
    "《白河县档案馆2024年档案接收工作总结.docx》由会员分享，可在线阅读，更多相关《白河县档案馆2024年档案接收工作总结.docx"
    "(3页珍藏版)》请在某某文库网上搜索。\n"
    "1、白河县档案馆2024年档案接收工作总结 2024年，我馆在县委办公室的领导下，围绕档案接收进馆任务，规范开展各项工作，"
    "现将全年工作总结如下。 一、接收到期档案。全年接收县直单位到期档案12600卷，接收电子档案3.2万件，进馆率达到98%。"
    "组织馆员深入乡镇开展档案业务指导，走访"
    "\n2、慰问退休档案员9人，完成档案整理验收16次。 二、推进档案数字化。完成馆藏档案数字化扫描85万页，建成目录数据库1套。"
    " 三、存在的问题。一是库房容量趋于饱和；二是专业人员"
    "\n3、数量不足。 四、2025年工作打算。一是完成新库房搬迁；二是全年接收档案不少于12000卷。\n"
)


def test_a_document_site_s_numbered_pages_are_page_numbers_and_its_parts_come_apart(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _PAGED))
    doc = result.documents[0]
    assert doc.title == "白河县档案馆2024年档案接收工作总结"
    assert doc.org == "白河县档案馆"
    headings = [s.heading for s in walk(doc.sections)]
    assert headings == ["接收到期档案", "推进档案数字化", "存在的问题", "2025年工作打算"]
    body = "".join(p for s in walk(doc.sections) for p in s.paragraphs)
    assert "走访慰问退休档案员9人" in body and "二是专业人员数量不足" in body
    assert [f.text for f in result.furniture if f.kind == "page_number"] == ["1、", "2、", "3、"]
    assert any("由会员分享" in r for r in result.removed)


_ONE_LINE_GLUED = (
    "白河县科协上半年科普工作总结XX年上半年，全县科普工作在县科协党组的领导下，在各乡镇科普协会的配合下，较好完成了半年"
    "工作任务，现总结如下：一、科普阵地建设1、新建社区科普活动室5个，全县累计建成41个。2、更新科普宣传栏30块。"
    "二、科普活动开展1、组织科技活动周活动12场，参与群众4500人次。2、开展青少年科学营1期。三、存在的问题一是科普人才"
    "队伍薄弱；二是农村科普设施老化。四、下半年工作打算1、新建科普活动室3个。2、举办科普讲座不少于6场。"
)


def test_a_title_glued_to_a_one_line_copy_and_a_part_name_glued_to_its_first_point(parser, tmp_path) -> None:
    doc = parser.parse(_write(tmp_path, _ONE_LINE_GLUED)).documents[0]
    assert doc.title == "白河县科协上半年科普工作总结"
    assert doc.year is None  # "XX年": the site blanked the year
    headings = [s.heading for s in walk(doc.sections)]
    assert headings == ["科普阵地建设", "科普活动开展", "存在的问题", "下半年工作打算"]
    problems = next(s for s in walk(doc.sections) if s.heading == "存在的问题")
    assert problems.paragraphs[0].startswith("一是科普人才队伍薄弱")


_PASTED_TWICE = """青川县林业局2025年森林防火工作方案

为切实做好森林防火工作，结合我县实际，制定本方案。
一、工作目标
全年森林火灾受害率控制在0.9‰以内，不发生重大森林火灾。
二、主要措施
（一）加强巡护。全县配备专职护林员210名，重点时段每日巡山不少于2次。
（二）完善设施。新建防火隔离带35公里，更新扑火机具120台套。
"""


def test_a_plan_pasted_twice_is_one_plan_and_its_copy_is_listed(parser, tmp_path) -> None:
    """The same title and text twice in one file (a page's print copy, a paste repeated): one
    document, every line of the copy listed as removed with its reason; a second plan of the same
    issuer with other text stays a document of its own."""
    result = parser.parse(_write(tmp_path, _PASTED_TWICE + "\n" + _PASTED_TWICE))
    assert [d.title for d in result.documents] == ["青川县林业局2025年森林防火工作方案"]
    assert len(result.documents[0].targets) == len(parser.parse(_write(tmp_path, _PASTED_TWICE)).documents[0].targets)
    copied = [r.text for r in result.removed_reasons if "copy" in r.reason]
    assert "（二）完善设施。新建防火隔离带35公里，更新扑火机具120台套。" in copied and len(copied) == 7
    other = _PASTED_TWICE.replace("2025", "2026").replace("210名", "230名")
    assert len(parser.parse(_write(tmp_path, _PASTED_TWICE + "\n" + other)).documents) == 2


_LONG_ITEMS = """石桥县林业局2025年工作计划

为做好全年林业工作，结合实际，制定本计划。

一、重点任务

1、抓好国土绿化。全年完成人工造林1.2万亩，封山育林3万亩。实施森林质量精准提升工程，改造低效林5000亩。加强苗木基地建设，培育优质苗木200万株。推进义务植树，组织全民义务植树活动不少于10场，提高群众参与度和林木成活率

2、加强森林防火。完善防火设施，新建防火通道20公里。

3、发展林下经济。新建林下种植基地3个。
"""


def test_long_list_items_are_no_document_site_pages_without_the_site(parser, tmp_path) -> None:
    """A long item that stops without its 。 and the next item: a plan's own list, not a site's pages
    (no document site's line over the file was set aside)."""
    doc = parser.parse(_write(tmp_path, _LONG_ITEMS)).documents[0]
    tasks = doc.sections[0]
    assert [c.number for c in tasks.children] == ["1、", "2、", "3、"]


def test_a_word_ending_in_one_is_no_glued_enumeration(parser, tmp_path) -> None:
    text = ("石桥县教育局2025年工作要点\n\n一、主要任务\n（一）加强师资建设\n全年培训教师800人次。\n"
            "（二）思想统一是前提\n全系统要形成合力，推动各项工作落地见效。\n")
    doc = parser.parse(_write(tmp_path, text)).documents[0]
    assert [c.heading for c in doc.sections[0].children] == ["加强师资建设", "思想统一是前提"]


_REPOST = """【地方动态】河西镇2025年农村饮水安全工作方案
2025年4月2日 星期三 | 某某资讯网 | 阅读 92

为保障农村群众饮水安全，结合我镇实际，制定本方案。
一、工作目标
全年完成供水管网改造18公里，农村自来水普及率达到98%。
二、工作措施
每季度开展一次水质抽检，发现问题立即整改。
河西镇人民政府
2025年3月28日

（本文转载自河西镇政府网站，内容以原文为准）
相关文章：多地部署2025年农村供水工作
本文(河西镇2025年农村饮水安全工作方案.docx)为本站会员主动上传，某某文库仅提供信息存储空间，对上载内容不做任何修改。若此文侵犯了您的版权，请联系客服，我们立即给予删除！
"""


def test_a_repost_s_column_tag_byline_source_note_and_site_notice_are_the_page_s(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _REPOST))
    doc = result.documents[0]
    assert doc.title == "河西镇2025年农村饮水安全工作方案"
    assert (doc.org, doc.date) == ("河西镇", "2025年3月28日")
    assert [s.heading for s in doc.sections] == ["工作目标", "工作措施"]
    removed = "\n".join(result.removed)
    for line in ("星期三 | 某某资讯网", "本文转载自", "相关文章：", "为本站会员主动上传"):
        assert line in removed


# the same kind of site, its copy run on into one line: "1、" before the glued title, then "2、" inside a word
# (修缮) and "3、" right before a real item "2、" of the plan's own list, whose "1、" "2、" "3、" must stay
_PAGED_RUN_ON = (
    "《青石镇2025年文物保护工作方案.docx》由会员分享，可在线阅读，更多相关《青石镇2025年文物保护工作方案"
    "(3页珍藏版)》请在某某文库网上搜索。\n"
    "1、青石镇2025年文物保护工作方案为加强全镇文物保护利用，结合我镇实际，制定本方案。一、工作目标全年完成不可移动文物"
    "巡查全覆盖，文物安全事故为零。二、重点任务（一）开展文物普查复核组织专业人员对全镇62处不可移动文物逐一复核，"
    "更新文物档案信息。（二）实施古建筑修2、缮完成清代祠堂等3处古建筑抢救性修缮，落实日常养护责任。三、保障措施"
    "1、健全工作机制。成立文物保护工作专班，每季度召开一次调度会。3、2、落实巡查责任。各村配备文物保护员1名，"
    "每月巡查不少于2次。3、加强经费保障。镇财政安排文物保护专项经费30万元。青石镇人民政府2025年2月20日\n"
)


def test_a_run_on_copy_from_a_page_labelling_site_loses_its_page_numbers(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _PAGED_RUN_ON))
    doc = result.documents[0]
    assert doc.title == "青石镇2025年文物保护工作方案" and doc.org is not None and doc.org.startswith("青石镇")
    assert [f.text for f in result.furniture if f.kind == "page_number"] == ["1、", "2、", "3、"]
    body = "".join(s.heading + "".join(s.paragraphs) for s in walk(doc.sections))
    assert "古建筑修缮完成清代祠堂" in body
    measures = next(s for s in doc.sections if s.heading == "保障措施")
    assert [c.number for c in measures.children] == ["1、", "2、", "3、"]
    assert measures.children[1].heading == "落实巡查责任"


def test_an_accounts_name_and_post_time_over_the_text_is_a_byline_not_a_heading(parser, tmp_path) -> None:
    """A mobile page prints the posting account and its time (and a follow button) under the title,
    with no 来源： label: a byline, set aside; the parts under it keep their own types."""
    page = ("<html><head><title>2026年青岭县人民政府工作报告</title></head><body><article>"
            "<h1>2026年青岭县人民政府工作报告</h1><div class='m-info'><span>青岭融媒</span> <span>2026-01-20 09:15</span>"
            " <a>+关注</a></div><div class='m-body'><p>各位代表：</p><p>一、2025年工作回顾</p>"
            "<p>过去一年，全县地区生产总值增长5.6%，新增城镇就业3200人。</p><p>二、2026年重点工作</p>"
            "<p>今年全县地区生产总值增长5.5%左右，新建农村公路40公里。</p><p>三、持续推进政府自身建设</p>"
            "<p>严格落实中央八项规定精神，一般性支出压减5%。</p></div></article>"
            "<section class='m-list'><h3>更多推荐</h3><ul><li>青岭县召开2026年经济工作会议部署全年任务<span>青岭融媒 · 2026-01-05</span></li>"
            "<li>图解：一图读懂青岭县2026年政府工作报告要点<span>青岭融媒 · 2026-01-21</span></li>"
            "<li>青岭县新材料产业园二期项目开工建设总投资12亿元<span>掌上青岭 · 2025-12-28</span></li></ul></section>"
            "</body></html>")
    result, doc = _page(parser, tmp_path, page)
    assert [(s.number, s.heading, s.level, s.type) for s in doc.sections] == [
        ("一、", "2025年工作回顾", 1, "review"), ("二、", "2026年重点工作", 1, "measures"),
        ("三、", "持续推进政府自身建设", 1, "safeguards")]
    assert "青岭融媒 2026-01-20 09:15 +关注" in result.removed


def test_a_posts_edit_time_and_place_ends_the_article(parser, tmp_path) -> None:
    """A platform post closes on its edit time and the place it was posted from; the topic tags, the
    "filed in these columns" box and the reading list after it are the page's, none a heading or body."""
    page = ("<html><head><title>白沙镇2026年农村供水保障工作方案 - 某问答社区</title></head><body><main><article>"
            "<h1>白沙镇2026年农村供水保障工作方案</h1><div class='RichText'>"
            "<p>为保障农村群众饮水安全，结合我镇实际，制定本方案。</p><h2>一、工作目标</h2>"
            "<p>全年新建改造供水管网18公里，农村自来水普及率达到96%。</p><h2>二、工作措施</h2>"
            "<p>每季度开展一次水质检测，年内完成3处水源地保护标志设置。</p></div>"
            "<div class='ContentItem-time'>编辑于 2026-03-02 17:45・IP 属地江西</div>"
            "<div class='TopicList'><span>农村供水</span><span>乡村振兴</span></div></article>"
            "<div class='Post-Sub'><h3>文章被以下专栏收录</h3><p>白沙民生 · 镇里的大事小情</p>"
            "<h3>推荐阅读</h3><ul><li>农村饮水工程怎么管</li><li>一张图看懂水费构成</li></ul></div></main></body></html>")
    result, doc = _page(parser, tmp_path, page)
    assert [(s.heading, s.paragraphs) for s in doc.sections] == [
        ("工作目标", ["全年新建改造供水管网18公里，农村自来水普及率达到96%。"]),
        ("工作措施", ["每季度开展一次水质检测，年内完成3处水源地保护标志设置。"])]
    assert "编辑于 2026-03-02 17:45・IP 属地江西" in result.removed
    kept = {p for s in doc.sections for p in [s.heading, *s.paragraphs]}
    assert not kept & {"农村供水乡村振兴", "文章被以下专栏收录", "白沙民生 · 镇里的大事小情", "推荐阅读"}


def test_a_copied_posts_closing_lines_are_the_pages(parser, tmp_path) -> None:
    """The same post copied as text: from its edit line on, the tags, the column box and the comments' count
    are the page's."""
    text = "\n".join([
        "白沙镇2026年农村供水保障工作方案", "为保障农村群众饮水安全，结合我镇实际，制定本方案。", "一、工作目标",
        "全年新建改造供水管网18公里，农村自来水普及率达到96%。", "二、工作措施",
        "每季度开展一次水质检测，年内完成3处水源地保护标志设置。", "编辑于 2026-03-02 17:45・IP 属地江西", "农村供水",
        "乡村振兴", "文章被以下专栏收录", "白沙民生", "镇里的大事小情"])
    result = parser.parse(_write(tmp_path, text))
    [doc] = result.documents
    assert [(s.heading, s.paragraphs) for s in doc.sections] == [
        ("工作目标", ["全年新建改造供水管网18公里，农村自来水普及率达到96%。"]),
        ("工作措施", ["每季度开展一次水质检测，年内完成3处水源地保护标志设置。"])]
    assert {"编辑于 2026-03-02 17:45・IP 属地江西", "文章被以下专栏收录", "镇里的大事小情"} <= set(result.removed)


def test_a_portals_phone_prompt_is_the_pages(parser, tmp_path) -> None:
    """"扫一扫在手机打开当前页" beside 【打印本页】 is the portal's, never the plan's last paragraph."""
    lines = ["当前位置：首页 > 信息公开 > 规划计划", "某县自然资源局2026年工作要点", "发布时间：2026-02-20  来源：某县自然资源局",
             "一、严守耕地红线", "全年完成耕地占补平衡项目3个，新增耕地600亩。", "二、优化用地保障",
             "批而未供土地处置率达到30%以上。", "扫描二维码在手机上阅读", "【打印本页】 【关闭窗口】"]
    result = parser.parse(_write(tmp_path, "\n".join(lines)))
    [doc] = result.documents
    assert doc.sections[-1].paragraphs == ["批而未供土地处置率达到30%以上。"]
    assert "扫描二维码在手机上阅读" in result.removed


def test_an_article_header_of_three_fields_under_the_title_is_the_pages_wherever_it_stands(parser, tmp_path) -> None:
    """"发布日期：… 来源：… 作者：… 浏览次数：…" right under the title of a select-all copy, the portal's menu above the
    title: three of a page's article fields on one line are its header, however much chrome stands above; an
    activity's 时间 and 地点 (two fields) stay the plan's."""
    body = [f"{n}、{task}" for n, task in zip("一二三四五", ("加强组织领导", "改善村容村貌", "推进厕所革命",
                                                          "治理生活污水", "健全长效机制"), strict=True)]
    lines = ["首页", "政务公开", "办事服务", "请输入关键字 搜索", "您所在的位置：首页 > 政务公开 > 计划总结",
             "西岭镇2024年农村人居环境整治工作方案", "发布日期：2024-03-12  来源：西岭镇  作者：党政办  浏览次数：316",
             "为持续改善农村人居环境，建设宜居宜业和美乡村，结合我镇实际，制定本方案。"]
    for heading in body:
        lines += [heading, "各村要对照任务清单逐项落实，镇里每月开展一次督查，全年完成整治村庄12个以上，户厕普及率达到95%。"]
    lines.append("时间：4月15日　地点：镇文化广场")
    path = tmp_path / "copy.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.title == "西岭镇2024年农村人居环境整治工作方案"
    assert doc.paragraphs == [lines[7]]
    assert lines[6] in [r.text for r in result.removed_reasons]
    assert "时间：4月15日　地点：镇文化广场" in doc.model_dump_json()
