"""The title block of reports and speeches: main title, occasion line, delivery date, byline.

Reports to a congress, a 政协 session or a 纪委 plenary print under their title the occasion
("——在…全体会议上的工作报告", "——2024年1月9日在…会议上"), a bracketed date and the speaker.
Those lines are neither a heading nor the title; they date the report and help name its body.
The texts are written for these tests (fictional places and people).
"""

from __future__ import annotations

import pytest
from jihua.pipeline.meta import org_from_byline
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.titles import ORG_POST_NAME, PLACELESS, place_named
from jihua.pipeline.title_block import title_block_line
from jihua.schemas.blocks import Block, Provenance

_PLENARY_REPORT = [
    "守正创新抓落实　以清风正气护航青岩振兴",
    "——在中国共产党青岩县第九届纪律检查委员会第三次全体会议上的工作报告",
    "（2024年1月18日）",
    "郑明轩",
    "同志们：",
    "现在，我代表县纪委常委会向全会报告工作，请予审议。",
    "一、2023年工作回顾",
    "全年共处置问题线索341件，立案126件。",
    "二、2024年主要任务",
    "（一）强化政治监督",
    "开展专项监督检查6次，推动问题整改到位。",
]


def _sections(sections):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s
        yield from _sections(s.children)


def _body(doc) -> str:  # type: ignore[no-untyped-def]
    return "".join(doc.paragraphs) + "".join(p for s in _sections(doc.sections) for p in s.paragraphs)


def test_a_plenary_reports_title_block_in_plain_text(parser, tmp_path) -> None:
    """The line above the occasion is the title whatever its wording; the occasion, the bracketed
    date and the bare name are the title block; the committee in plenary is the issuing body."""
    path = tmp_path / "report.txt"
    path.write_bytes("\r\n".join(_PLENARY_REPORT).encode("gb18030"))
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year, doc.date) == (
        "守正创新抓落实　以清风正气护航青岩振兴", "中国共产党青岩县纪律检查委员会", 2024, "2024年1月18日")
    assert [(s.heading, s.level) for s in doc.sections] == [("2023年工作回顾", 1), ("2024年主要任务", 1)]
    assert doc.paragraphs == ["同志们：", "现在，我代表县纪委常委会向全会报告工作，请予审议。"]
    assert "郑明轩" not in _body(doc) and "郑明轩" in result.removed


def test_a_plenary_reports_occasion_on_a_web_page_heads_no_part(parser, tmp_path) -> None:
    """An <h3> occasion line under the <h1> title is the title block, not an unnumbered part over
    the whole report."""
    head, occasion, date, name, *body = _PLENARY_REPORT
    path = tmp_path / "report.html"
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>{head}-青岩廉政网</title></head><body><div class='article'>"
        f"<h1>{head}</h1><h3>{occasion}</h3><p style='text-align:center'>{date}</p>"
        f"<p style='text-align:center'>{name}</p><div class='text'>"
        + "".join(f"<p>{line}</p>" for line in body) + "</div></div></body></html>", encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert (doc.title, doc.org, doc.year, doc.date) == (head, "中国共产党青岩县纪律检查委员会", 2024, "2024年1月18日")
    assert [(s.heading, s.level) for s in doc.sections] == [("2023年工作回顾", 1), ("2024年主要任务", 1)]
    assert all(not s.heading.startswith("——") for s in _sections(doc.sections))
    assert "郑明轩" not in _body(doc)


def test_an_occasion_line_printed_outside_the_article_still_dates_the_report(parser, tmp_path) -> None:
    """A portal prints title, occasion and byline in divs of their own above the content div: they
    are set aside with the page, yet the occasion still gives the year and the date."""
    path = tmp_path / "report.html"
    page = ("<html><head><meta charset='gbk'><title>临溪县人民法院工作报告_临溪县人民法院</title></head><body>"
            "<div class='crumb'>首页 &gt;&gt; 审务公开 &gt;&gt; 工作报告</div>"
            "<div class='detail'><h2>临溪县人民法院工作报告</h2>"
            "<div class='subtitle'>——2021年1月6日在临溪县第十七届人民代表大会第五次会议上</div>"
            "<div class='author'>县人民法院院长　邵启航</div>"
            "<div class='content'><p>各位代表：</p><p>现在，我代表县人民法院向大会报告工作，请予审议。</p>"
            "<h3>一、过去一年的主要工作</h3><p>全年受理各类案件5210件，审结5087件。</p>"
            "<h3>二、今年的工作安排</h3><p>全年组织法官业务培训不少于3期。</p></div></div></body></html>")
    path.write_bytes(page.encode("gbk"))
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year, doc.date) == ("临溪县人民法院工作报告", "临溪县人民法院", 2021, "2021年1月6日")
    assert "——2021年1月6日在临溪县第十七届人民代表大会第五次会议上" in result.removed
    assert all("2021年1月6日" not in b.text for b in result.furniture)


def test_a_web_pages_date_and_source_line_dates_and_names_it_before_the_body(parser, tmp_path) -> None:
    """A reading of a plan posted on a portal: its title names no year, its text recalls when the work
    began ("于2023年启动"), and the page's header line prints its own date and source. That line is
    chrome (listed as removed, once) but the page's own evidence: year and org come from it."""
    path = tmp_path / "reading.html"
    page = ("<html><head><meta charset='utf-8'><title>《澄溪县水资源节约利用规划》解读</title></head><body>"
            "<div class='crumb'>当前位置：首页 &gt; 政策解读</div><h1>《澄溪县水资源节约利用规划》解读</h1>"
            "<div class='info'>发布日期：2025-11-17　来源：县水利局　浏览次数：86</div>"
            "<p><strong>一、起草过程</strong></p><p>规划起草工作于2023年启动，先后征求意见两轮，2023年底形成初稿。</p>"
            "<p><strong>二、主要内容</strong></p><p>规划明确了节水型社会建设的主要任务和保障措施。</p></body></html>")
    path.write_text(page, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.org, doc.year) == ("澄溪县水利局", 2025)
    header = "发布日期：2025-11-17　来源：县水利局　浏览次数：86"
    assert result.removed.count(header) == 1
    assert header not in _body(doc)


@pytest.mark.parametrize(("title", "byline", "org"), [
    ("梧桐县人民代表大会常务委员会工作报告", "县人大常委会主任　宋立群", "梧桐县人民代表大会常务委员会"),
    ("梧桐县人民代表大会常务委员会工作报告", "梧桐县人大常委会主任　宋立群", "梧桐县人民代表大会常务委员会"),
    ("梧桐县妇女联合会工作报告", "梧桐县妇联主席　苗晓燕", "梧桐县妇女联合会"),
    # the title's body holds the byline's as a part of it: the byline names its own body
    ("梧桐县妇女联合会执行委员会工作报告", "梧桐县妇联主席　苗晓燕", "梧桐县妇联"),
    ("政协安澜市委员会常务委员会工作报告", "市政协主席　柯文博", "政协安澜市委员会常务委员会"),
    ("关于梧桐县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "县发展和改革局局长　何静",
     "梧桐县发展和改革局"),
])
def test_an_org_a_byline_names_short_or_by_its_level_only_takes_the_titles_body_or_place(parser, tmp_path, title, byline, org) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join([title, "——2025年1月9日在梧桐县第十六届人民代表大会第四次会议上", byline, "各位代表：",
                               "一、2024年主要工作", "全年办理代表建议86件。", "二、2025年主要任务",
                               "全年开展执法检查3项。"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert (doc.title, doc.org, doc.year) == (title, org, 2025 if "关于" not in title else 2024)
    assert byline.split("　")[1] not in _body(doc)


@pytest.mark.parametrize(("org", "post"), [("临溪市人民检察院", "检察长"), ("临溪县人民武装部", "政治委员"),
                                         ("临溪县总工会", "常务副主席")])
def test_an_org_post_and_name_under_the_title_is_a_byline_whatever_the_post(parser, tmp_path, org, post) -> None:
    path = tmp_path / "report.txt"
    byline = f"{org}{post}　韩书远"
    path.write_text("\n".join([f"{org}工作报告", "——2023年1月11日在临溪市第八届人民代表大会第二次会议上", byline,
                               "各位代表：", "一、2022年主要工作", "全年办结群众来信来访2154件。", "二、2023年工作安排",
                               "群众来信来访按期办结率保持在95%以上。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert "韩书远" not in _body(doc) and byline in result.removed
    assert (doc.org, doc.date) == (org, "2023年1月11日")


def test_byline_and_place_shapes() -> None:
    assert org_from_byline("临溪县人民检察院代理检察长　钟远") == "临溪县人民检察院"
    assert org_from_byline("临溪市市长　韩书远") == "临溪市人民政府"
    assert ORG_POST_NAME.match("加强党委 领导班子") is None
    assert [bool(PLACELESS.match(o)) for o in ("县人大常委会", "市政协", "市场监督管理局", "区域合作办公室")] == [
        True, True, False, False]
    assert place_named("关于梧桐县2024年预算执行情况的报告", "县") == "梧桐县"
    assert place_named("关于加强城市管理的意见", "市") is None


@pytest.mark.parametrize(("line", "byline"), [
    ("青溪晚报记者 方若楠 沈知远", True), ("本报记者　方若楠　通讯员　沈知远　报道", True), ("（记者 方若楠）", True),
    ("澄江电视台记者朱一帆 摄", True), ("新华社记者 邵明川、简宁", True),
    # a plan's own lines about reporters and correspondents: titles and parts, no byline
    ("通讯员培训计划", False), ("加强通讯员队伍建设", False), ("组织记者采访活动", False), ("庆祝记者节座谈会", False),
    ("南溪县融媒体中心通讯员培训方案", False), ("青溪晚报社记者考核办法", False), ("江都网记者队伍建设工作要点", False),
])
def test_a_news_pages_byline_is_a_title_block_line(line: str, byline: bool) -> None:
    unit = Unit(text=line, block=Block(kind="paragraph", text=line, prov=Provenance(file="news.txt", index=0)))
    assert title_block_line(unit, after_title=True) is byline


def test_a_portal_footer_is_chrome_but_an_events_organisers_are_not(parser, tmp_path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "梧桐县2025年全民阅读活动方案", "一、活动目标", "全年举办阅读推广活动40场以上。", "二、活动安排",
        "主办单位：县委宣传部　承办单位：县图书馆", "各乡镇结合实际组织开展读书分享会。",
        "上一篇：县图书馆开展寒假阅读活动", "主办单位：梧桐县人民政府办公室　技术支持：梧桐县融媒体中心"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert "主办单位：县委宣传部　承办单位：县图书馆" in _body(doc)
    assert not any("技术支持" in p for p in _body(doc).split("。"))


def test_an_occasion_printed_plain_is_a_subtitle_under_a_title_and_a_title_on_its_own(parser, tmp_path) -> None:
    body = ["同志们：", "今天召开全市农业农村工作会议，总结2023年工作，部署2024年任务。", "一、2023年工作回顾",
            "全市粮食产量稳定在46万吨以上。", "二、2024年重点任务", "新建高标准农田3.2万亩。"]
    path = tmp_path / "speech.txt"
    path.write_text("\n".join(["稳产保供强基础　和美乡村展新颜", "在全市农业农村工作会议上的工作报告", "（2024年2月2日）",
                               "顾宁远", *body]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.date) == ("稳产保供强基础　和美乡村展新颜", "2024年2月2日")
    assert "在全市农业农村工作会议上的工作报告" in result.removed and "顾宁远" not in _body(doc)
    path.write_text("\n".join(["在全市农业农村工作会议上的工作报告", *body]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.title == "在全市农业农村工作会议上的工作报告"
    assert [s.heading for s in doc.sections] == ["2023年工作回顾", "2024年重点任务"]


@pytest.mark.parametrize("dated", ["（2026年3月2日）", "2026年3月2日"])
def test_an_issuer_and_its_date_under_the_title_are_the_title_block_not_a_part(parser, tmp_path, dated: str) -> None:
    """A 发文机关 line and the signing date printed under the title: the date is the document's, and
    the parts keep their level and their own types (任务 names measures)."""
    path = tmp_path / "dated.txt"
    path.write_text("\n".join(["松岭县统计局2026年统计工作要点", "松岭县统计局", dated, "",
                               "为做好全年统计工作，提出如下要点。", "一、总体要求", "坚持依法统计。",
                               "二、重点任务", "（一）做好经济普查", "完成普查数据审核1200份。"]), encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.date, doc.org) == ("2026年3月2日", "松岭县统计局")
    assert [(s.heading, s.level, s.type) for s in _sections(doc.sections)] == [
        ("总体要求", 1, "guiding_ideology"), ("重点任务", 1, "measures"), ("做好经济普查", 2, "measures")]
    assert {"松岭县统计局", dated} <= set(result.removed)


def _portal_report(headline: str, source: str, byline: str) -> str:
    """A portal's copy of a report: its <title>, a header line, then the report's own printed title
    block (bold centred title, delivery line, byline) in the article's body."""
    parts = [("一、2020年主要工作回顾", "全市地区生产总值增长4.1%，新增市场主体2.3万户。"),
             ("二、2021年经济社会发展总体要求和主要预期目标", "主要预期目标是：地区生产总值增长7%左右，城镇新增就业4.5万人。"),
             ("三、切实加强政府自身建设", "严控一般性支出，“三公”经费再压减8%。")]
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{headline}</title></head><body><div class='nav'><a>首页</a><a>政务公开</a></div>"
            f"<div class='info'>发布时间：2021-01-25　来源：{source}</div><div class='article'>"
            "<p style='text-align:center'><strong>政府工作报告</strong></p>"
            "<p style='text-align:center'>——2021年1月18日在溪山市第九届人民代表大会第五次会议上</p>"
            f"<p style='text-align:center'>{byline}</p><p>各位代表：</p>"
            + "".join(f"<p><strong>{h}</strong></p><p>{b}</p>" for h, b in parts) + "</div></body></html>")


@pytest.mark.parametrize(("headline", "source", "byline"), [
    ("2021年溪山市政府工作报告_溪山市人民政府门户网站", "溪山日报", "溪山市市长　韩卓远"),
    # the <title> names the kind only and ends in the site's name (an org) after a "-"; the byline names the post only
    ("溪山市人民政府2021年工作报告-溪山市人民政府", "溪山市人民政府办公室", "市长　韩卓远"),
])
def test_a_reports_title_block_printed_in_a_pages_body_is_its_title_block(parser, tmp_path, headline, source,
                                                                         byline) -> None:
    """The body's "政府工作报告" over its delivery line is the report's printed title (the title, not
    the page's headline), never a level-1 part over the whole report: the numbered parts stay
    level 1 and take their types from their own headings; the headline, the delivery line and the
    byline are listed as set aside; the congress names the government (not the page's publisher)."""
    path = tmp_path / "report.html"
    path.write_text(_portal_report(headline, source, byline), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year, doc.date) == ("政府工作报告", "溪山市人民政府", 2021, "2021年1月18日")
    assert [(s.heading, s.level, s.type) for s in _sections(doc.sections)] == [
        ("2020年主要工作回顾", 1, "review"), ("2021年经济社会发展总体要求和主要预期目标", 1, "guiding_ideology"),
        ("切实加强政府自身建设", 1, "safeguards")]
    assert "韩卓远" not in _body(doc) and "会议上" not in _body(doc)
    assert doc.paragraphs == ["各位代表："]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert "title block" in reasons["——2021年1月18日在溪山市第九届人民代表大会第五次会议上"]
    assert any(headline.startswith(text) and "title block" in why for text, why in reasons.items())  # the headline
    assert any(t.value == 8 for t in doc.targets)  # the last part's target is the report's, not lost


def test_a_pages_headline_stays_the_title_when_the_body_prints_no_title_block(parser, tmp_path) -> None:
    """A bold short line in the body that the headline holds but that no delivery line, date or
    byline follows is no printed title block: the headline stays the title."""
    path = tmp_path / "plan.html"
    path.write_text("<html><head><meta charset='utf-8'><title>枫林县2022年植树造林工作方案_枫林县林业局</title></head>"
                    "<body><div class='article'><p><strong>工作方案</strong></p><p>为推进国土绿化，制定本方案。</p>"
                    "<p><strong>一、工作目标</strong></p><p>全年完成植树造林1.2万亩。</p>"
                    "<p><strong>二、保障措施</strong></p><p>落实造林资金860万元。</p></div></body></html>", encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.title == "枫林县2022年植树造林工作方案"


@pytest.mark.parametrize("delivery", [
    ["——2023年1月6日在枫林县第十七届", "人民代表大会第三次会议上"],
    ["——2023年1月6日", "在枫林县第十七届人民代表大会第三次会议上"],
    ["——2023年1月6日在枫林县", "第十七届人民代表大会", "第三次会议上"],
])
def test_a_delivery_line_a_hard_wrap_cut_is_one_line_of_the_title_block(parser, tmp_path, delivery) -> None:
    """A copy from a PDF breaks the delivery line wherever the width ran out: its lines are joined
    before the title block is read, so neither its tail nor the byline under it is body text, and
    the byline names the government as it does on one line."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join(["政府工作报告", *delivery, "枫林县县长　祁文柏", "", "　　各位代表：",
                               "一、2022年工作回顾", "　　全县新增城镇就业3100人，粮食产量稳定在21万吨。",
                               "二、2023年重点工作", "　　新建农村公路58公里，改造老旧小区12个。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year, doc.date) == ("政府工作报告", "枫林县人民政府", 2023, "2023年1月6日")
    assert doc.paragraphs == ["各位代表："]
    assert "会议上" not in _body(doc) and "祁文柏" not in _body(doc)
    assert "——2023年1月6日在枫林县第十七届人民代表大会第三次会议上" in result.removed


@pytest.mark.parametrize(("title", "byline", "org"), [
    ("青峰高新技术产业开发区管委会2027年工作报告", "管委会主任　孟远航", "青峰高新技术产业开发区管委会"),
    ("青峰高新技术产业开发区管委会2027年工作报告", "党工委副书记、管委会主任　孟远航", "青峰高新技术产业开发区管委会"),
    ("望江街道2027年工作报告", "街道办事处主任　丁晓岚", "望江街道办事处"),
    ("望江街道2027年工作报告", "望江街道办事处主任　丁晓岚", "望江街道办事处"),
    ("望江街道2027年工作报告", "南河县委书记　丁晓岚", "望江街道"),
])
def test_a_bylines_office_relative_to_the_titles_body_never_replaces_it(parser, tmp_path, title, byline, org) -> None:
    """"管委会主任　某某" is a post and a person: the title names the body in full, the byline only
    relative to it; with the title naming a place alone, the byline's office completes it."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join([title, "——2027年2月20日在经济工作会议上", byline, "同志们：",
                               "一、2026年工作回顾", "全年完成固定资产投资86亿元。", "二、2027年重点任务",
                               "全年新增规上工业企业12家。"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.org == org
    assert org_from_byline("党工委副书记、管委会主任　孟远航") == "管委会"


_SPEECH_BODY = [
    "同志们：",
    "今天召开全市防汛抗旱工作会议，总结去年工作，安排今年任务。",
    "一、2025年防汛抗旱工作成效明显",
    "2025年，全市转移避险群众3200人次，修复水毁堤防18公里。",
    "二、全力做好2026年防汛抗旱工作",
    "全年开展防汛应急演练不少于20场次。",
    "谢谢大家！",
]


@pytest.mark.parametrize(("title", "block"), [
    ("在全市2026年防汛抗旱工作会议上的讲话", ["（2026年3月11日）", "岚江市人民政府副市长　孔令宇"]),
    ("在全市2026年防汛抗旱工作会议上的讲话提纲", ["岚江市人民政府副市长　孔令宇"]),
    ("2026年全市防汛抗旱工作情况通报", ["（2026年3月11日）"]),
    ("在防汛抗旱誓师大会上的表态发言", ["（2026年3月11日）"]),
    # no kind word at all: a short first line over its delivery date and speaker is still the title
    ("众志成城　确保安全度汛", ["（2026年3月11日）", "岚江市人民政府副市长　孔令宇"]),
])
def test_a_speech_or_notice_in_plain_text_keeps_its_title_block(parser, tmp_path, title, block) -> None:
    """A speech (讲话, 讲话提纲, 发言) or a 通报 titles its file as a plan does: the title is the
    first line, the bracketed date and the speaker's line are its title block, not body text."""
    path = tmp_path / "speech.txt"
    path.write_bytes("\r\n".join([title, *block, *_SPEECH_BODY]).encode("gb18030"))
    [doc] = parser.parse(path).documents
    assert doc.title == title
    assert doc.paragraphs[0] == "同志们：" and not any(line in _body(doc) for line in block)
    assert [s.heading for s in doc.sections] == ["2025年防汛抗旱工作成效明显", "全力做好2026年防汛抗旱工作"]
    if "岚江市人民政府副市长　孔令宇" in block:
        assert doc.org == "岚江市人民政府"


@pytest.mark.parametrize("title", ["在全市2026年防汛抗旱工作会议上的讲话", "在2026年全市防汛抗旱工作会议上的讲话",
                                   "孔副市长在全市2026年防汛抗旱工作会议上的讲话"])
def test_a_speech_titles_occasion_names_no_org(parser, tmp_path, title) -> None:
    """"在全市…会议上的讲话" says where the speech was given: no org is read off its opening; the
    speaker's line names the body, and without one there is none."""
    path = tmp_path / "speech.txt"
    path.write_bytes("\r\n".join([title, *_SPEECH_BODY]).encode("gb18030"))
    [doc] = parser.parse(path).documents
    assert (doc.title, doc.org) == (title, None)
    path.write_bytes("\r\n".join([title, "（2026年3月11日）", "岚江市人民政府副市长　孔令宇", *_SPEECH_BODY]).encode("gb18030"))
    [doc] = parser.parse(path).documents
    assert (doc.title, doc.org) == (title, "岚江市人民政府")


@pytest.mark.parametrize("title", ["青岩县2026年地质灾害防治应急预案", "青岩县突发环境事件应急预案（2026年修订）",
                                   "青岩县水利局2026年项目绩效目标表", "青岩县2026年民生实事任务分解表"])
def test_an_emergency_plan_or_a_targets_form_is_a_title_not_a_part(parser, tmp_path, title) -> None:
    """A 预案 and a form setting out the year's targets or tasks end a title as 方案 does: the first line
    is the title, not a level-1 part that pushes the numbered parts down."""
    path = tmp_path / "plan.txt"
    path.write_bytes("\r\n".join([title, "一、总则", "为做好全年工作，制定本文件。", "二、保障措施",
                                  "各单位要明确专人负责。"]).encode("gb18030"))
    [doc] = parser.parse(path).documents
    assert doc.title == title
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "总则"), (1, "保障措施")]


_PLAN_REPORT = [
    "关于临江县2025年计划执行情况和2026年计划草案的报告",
    "——2026年1月14日在临江县第十七届人民代表大会第五次会议上",
    "临江县发展和改革局",
    "各位代表：",
    "受县人民政府委托，现将全县计划执行情况和明年计划草案提请大会审议。",
    "一、2025年计划执行情况",
    "全县地区生产总值增长5.8%，固定资产投资增长6.1%。",
    "二、2026年主要目标和任务",
    "地区生产总值增长6%左右，城镇新增就业4200人。",
]


def test_an_issuing_bodys_byline_under_a_reports_title_is_the_title_block_and_its_org(parser, tmp_path) -> None:
    """The department printed alone under the occasion line delivers the report: it names the org (not
    the government whose congress hears it) and is no paragraph of the preamble."""
    path = tmp_path / "plan_report.txt"
    path.write_text("\n".join(_PLAN_REPORT), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.org, doc.date) == ("临江县发展和改革局", "2026年1月14日")
    assert doc.paragraphs == ["各位代表：", "受县人民政府委托，现将全县计划执行情况和明年计划草案提请大会审议。"]
    assert "临江县发展和改革局" in result.removed and "临江县发展和改革局" not in _body(doc)
    assert [s.heading for s in doc.sections] == ["2025年计划执行情况", "2026年主要目标和任务"]


def test_a_bulletins_two_issuing_bodies_and_date_are_its_title_block(parser, tmp_path) -> None:
    """A 统计公报 printed under two issuers and a date: the first issuer is its org, neither is body text."""
    path = tmp_path / "bulletin.txt"
    path.write_text("\n".join([
        "桐川市2025年国民经济和社会发展统计公报", "", "桐川市统计局", "国家统计局桐川调查队", "2026年3月6日", "",
        "　　2025年，全市经济运行稳中有进，民生保障持续加强。", "一、综合",
        "　　全年全市地区生产总值1738.2亿元，比上年增长5.3%。", "二、农业",
        "　　全年粮食总产量86.4万吨，增长0.8%。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.org, doc.date) == ("桐川市统计局", "2026年3月6日")
    assert doc.paragraphs == ["2025年，全市经济运行稳中有进，民生保障持续加强。"]
    assert {"桐川市统计局", "国家统计局桐川调查队"} <= set(result.removed)
    assert [s.heading for s in doc.sections] == ["综合", "农业"]


@pytest.mark.parametrize("lines", [
    # a list of responsible units and their tasks: the first unit under the title heads its tasks
    ["县委宣传部", "1. 负责创建工作的宣传动员，全年刊播公益广告不少于200条。", "2. 组织开展主题宣传活动12场。",
     "县文明办", "1. 负责测评指标的分解落实，每月开展实地督查1次。", "县住建局", "1. 完成背街小巷改造35条。"],
    # a unit's name over the sentence that gives its task
    ["县农业农村局", "全年新建高标准农田3.2万亩，粮食播种面积稳定在41万亩以上。",
     "县水利局", "完成小型水库除险加固9座。"],
    # the body opens right under the title
    ["为巩固创建成果，结合本县实际，制定本方案。", "一、工作目标", "全年新建高标准农田3.2万亩。"],
])
def test_an_org_named_line_that_opens_the_body_stays_body(parser, tmp_path, lines) -> None:
    """Under a plan's title, an org's name that heads its tasks (a list item, a sentence) is the body's:
    nothing of it goes to the title block and the title still names the org."""
    path = tmp_path / "tasks.txt"
    path.write_text("\n".join(["临江县2026年创建文明城市任务分工方案", *lines]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.org == "临江县" or doc.org.startswith("临江县")
    body = "".join(s.heading for s in _sections(doc.sections)) + _body(doc)
    assert all(line.rstrip("。")[-4:] in body for line in lines)
    assert lines[0] not in result.removed


@pytest.mark.parametrize(("byline", "org"), [
    ("青川市水务局党组书记、局长　韩立民", "青川市水务局"),
    ("石岭县人民医院党委副书记、院长  苏晓", "石岭县人民医院"),
    ("石岭县总工会党组书记、常务副主席　苏晓", "石岭县总工会"),
    ("青川市水务局党组书记　韩立民", "青川市水务局党组"),  # one post: the party group's own
])
def test_a_party_secretary_who_heads_the_body_speaks_for_the_body(byline, org) -> None:
    """"某局党组书记、局长": the second post heads the bureau the party group sits in, so the byline
    names the bureau; the secretary's post alone names the party group."""
    assert org_from_byline(byline) == org


_DUTY_REPORT = [
    "2026年度述职报告",
    "青川市水务局党组书记、局长  韩立民",
    "（2026年12月18日）",
    "",
    "　　按照市委统一部署，现将本人2026年度履行职责、推进重点工作和落实全面从严治党主体责任情况报告如下，请予评议。",
    "　　一、强化政治引领，提高履职本领",
    "　　全年主持召开党组会议24次，带头讲授专题党课4次，深入镇街、水厂和工程一线调研71次，"
    "推动解决群众反映的供水水压不足、排水管网淤堵等问题38个。",
    "　　二、聚焦主责主业，推动水务工作提质增效",
    "　　全年完成水利投资9.6亿元，新建改造供水管网126公里，城区污水集中收集率达到78.5%。",
    "　　三、2027年工作打算",
    "　　2027年，力争完成水利投资10亿元以上，城区污水集中收集率提高到80%以上。",
]


def test_a_duty_reports_byline_and_date_stay_apart_in_a_text_copy(parser, tmp_path) -> None:
    """A 述职报告 saved as GB18030 text, its title block unindented over an indented body: the byline's
    "、" looks mid-sentence and the bracketed date is as short as a link's text, yet neither joins the
    other — each is a title-block line, read for the org and the date, not left in the body."""
    path = tmp_path / "duty.txt"
    path.write_bytes("\r\n".join(_DUTY_REPORT).encode("gb18030"))
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.date) == ("2026年度述职报告", "青川市水务局", "2026年12月18日")
    assert "韩立民" not in _body(doc) and "12月18日" not in _body(doc)
    assert doc.paragraphs == [_DUTY_REPORT[4].strip()]
    assert [s.heading for s in doc.sections] == ["强化政治引领，提高履职本领", "聚焦主责主业，推动水务工作提质增效",
                                                 "2027年工作打算"]
