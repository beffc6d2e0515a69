"""HTML: the article found among site chrome; headings, paragraphs, <br> lines, tables kept."""

from __future__ import annotations

import base64
import os
import quopri
from email import message_from_bytes
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from jihua.pipeline.batch import expand
from jihua.schemas.blocks import Block
from jihua.schemas.errors import InputError

from jihua import extractors

PAGE = """<html><head><title>某社区2024年双拥工作计划 - 范文网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">工作计划</a><a href="/b">工作总结</a></div>
<div id="main"><div class="post">
<h1>某社区2024年双拥工作计划</h1>
<p>为弘扬拥军优属传统，制定本计划。</p>
<h2>一、工作目标</h2>
<p>走访慰问全覆盖。<br>开展主题活动不少于6次。</p>
<ul><li>1、春节走访慰问。</li><li>2、八一座谈。</li></ul>
<table><tr><td>时间</td><td>工作</td></tr><tr><td>1月</td><td>慰问</td></tr></table>
</div></div>
<div class="related"><h3>相关文档</h3><ul><li><a href="/1">民兵整组工作计划</a></li><li><a href="/2">征兵工作总结</a></li></ul></div>
<div class="footer">Copyright 范文网</div>
</body></html>"""


def test_article_blocks_without_site_chrome(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    _, blocks = extractors.extract(path)
    body = [b for b in blocks if b.furniture is None]
    assert [(b.kind, b.text) for b in body if b.kind != "table"] == [
        ("title", "某社区2024年双拥工作计划"), ("paragraph", "为弘扬拥军优属传统，制定本计划。"),
        ("heading", "一、工作目标"), ("paragraph", "走访慰问全覆盖。"), ("paragraph", "开展主题活动不少于6次。"),
        ("list_item", "1、春节走访慰问。"), ("list_item", "2、八一座谈。"),
    ]
    assert [b.rows for b in body if b.kind == "table"] == [[["时间", "工作"], ["1月", "慰问"]]]
    # the chrome the cleaner drops by class is kept aside and listed, not lost
    assert [b.text for b in blocks if b.furniture == "chrome"] == [
        "首页工作计划工作总结", "相关文档", "民兵整组工作计划", "征兵工作总结", "Copyright 范文网"]


def test_compilation_page_keeps_every_piece(corpus_files: Path) -> None:
    _, blocks = extractors.extract(corpus_files / "qinghe-compilation.html")
    titles = [b.text for b in blocks if b.kind == "title"]
    assert titles == ["篇一：城关社区2023年双拥工作计划", "篇二：南湖街道2023年双拥工作安排",
                      "篇三：东岭镇2023年国防教育工作方案"]
    assert sum(1 for b in blocks if b.kind == "heading") == 10
    assert not any("热门文档" in b.text or "Copyright" in b.text for b in blocks if b.furniture is None)


def test_article_of_br_separated_lines_keeps_its_first_line(tmp_path: Path) -> None:
    page = ('<html><head><title>某乡2024年双拥工作计划_范文网</title></head><body><div id="nav"><a href="/">首页</a></div>'
            '<div id="article">　　为做好2024年双拥工作，特制定本计划。<br/>　　一、指导思想<br/>　　以习近平新时代中国特色'
            '社会主义思想为指导，深入贯彻上级部署，推动双拥工作再上新台阶。</div></body></html>')
    path = tmp_path / "brs.html"
    path.write_bytes(page.encode("gbk"))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks][:3] == ["某乡2024年双拥工作计划", "为做好2024年双拥工作，特制定本计划。", "一、指导思想"]


def _read(tmp_path: Path, name: str, page: str) -> list[Block]:
    """The blocks of a page saved as a file of its own."""
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return extractors.extract(path)[1]


def test_a_part_in_a_sibling_container_is_not_left_behind(tmp_path: Path) -> None:
    """The main <div> holds most of the text; the indicators and safeguards sit in a <div> beside
    it. Both are the document: the title <h1> above them too."""
    body = "".join(f"<p>（{n}）重点任务第{n}项。全年开展专项检查不少于10次，确保各项任务落实到位，形成长效机制。</p>"
                   for n in "一二三四五六七八")
    page = (f"<html><head><title>石岭县人民政府门户网站</title></head><body><h1>石岭县2025年消防安全工作计划</h1>"
            f"<div class='main'><p>一、工作目标</p><p>全年火灾起数下降5%。</p><p>二、重点任务</p>{body}</div>"
            "<div class='fujian'><p>三、主要指标</p><table><tr><td>指标</td><td>2025年目标</td></tr>"
            "<tr><td>消防站覆盖率（%）</td><td>100</td></tr></table><p>四、保障措施</p><p>加强组织领导。</p></div>"
            "</body></html>")
    blocks = _read(tmp_path, "split.html", page)
    texts = [b.text for b in blocks]
    assert texts[0] == "石岭县2025年消防安全工作计划" and blocks[0].kind == "title"
    assert "三、主要指标" in texts and "四、保障措施" in texts and any(b.kind == "table" for b in blocks)


def test_merged_table_cells_keep_every_row_under_its_headers(tmp_path: Path) -> None:
    page = ("<html><body><h1>某县2025年生态环境保护工作要点</h1><p>一、主要指标</p><table>"
            "<tr><th rowspan='2'>指标名称</th><th colspan='2'>目标值</th></tr><tr><th>2024年</th><th>2025年</th></tr>"
            "<tr><td rowspan='2'>空气质量优良天数比率（%）</td><td>≥86</td><td>≥88</td></tr>"
            "<tr><td>≥87</td><td>≥89</td></tr></table></body></html>")
    rows = next(b.rows for b in _read(tmp_path, "merged.html", page) if b.kind == "table")
    assert rows == [["指标名称", "目标值", "目标值"], ["指标名称", "2024年", "2025年"],
                    ["空气质量优良天数比率（%）", "≥86", "≥88"], ["空气质量优良天数比率（%）", "≥87", "≥89"]]


def _web_archive(html: str, charset: str, transfer: str, codec: str = "") -> bytes:
    """A page saved as "网页，单个文件": a multipart/related message, the page beside a stylesheet
    (`codec`: the bytes' real encoding when the label says less, as GBK pages labelled gb2312)."""
    raw = html.encode(codec or charset)
    page = MIMENonMultipart("text", "html", charset=charset)
    page["Content-Transfer-Encoding"] = transfer
    page.set_payload((base64.encodebytes(raw) if transfer == "base64" else quopri.encodestring(raw)).decode("ascii"))
    archive = MIMEMultipart("related", type="text/html")
    archive["Subject"] = "saved page"
    archive.attach(page)
    archive.attach(MIMEText("p { margin: 0 }", "css", "us-ascii"))
    return archive.as_bytes()


_SAVED = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\">"
          "<title>青石镇人民政府2025年安全生产工作要点</title></head><body>"
          "<h1>青石镇人民政府2025年安全生产工作要点</h1><p>一、目标任务</p>"
          "<p>全年生产安全事故起数下降10%，隐患整改率达到100%。</p>"
          "<p>二、重点工作</p><p>（一）开展燃气安全专项整治，排查餐饮场所120家。</p></body></html>")


@pytest.mark.parametrize(("charset", "transfer", "name"),
                         [("gb2312", "quoted-printable", "要点.mht"), ("utf-8", "base64", "要点.mhtml"),
                          ("gb2312", "base64", "saved.txt")])
def test_a_web_archive_is_read_as_the_page_it_holds(tmp_path: Path, charset: str, transfer: str, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_web_archive(_SAVED.format(cs=charset), charset, transfer))
    kind, blocks = extractors.extract(path)
    texts = [b.text for b in blocks if b.furniture is None]
    assert kind == "html"
    assert texts[0] == "青石镇人民政府2025年安全生产工作要点"
    assert "全年生产安全事故起数下降10%，隐患整改率达到100%。" in texts
    assert "（一）开展燃气安全专项整治，排查餐饮场所120家。" in texts
    assert not any("margin" in t or "=" in t for t in texts)


def test_a_gbk_page_labelled_gb2312_keeps_its_characters(tmp_path: Path) -> None:
    html = _SAVED.format(cs="gb2312").replace("排查餐饮场所", "排查镕铸企业和餐饮场所")  # 镕 is GBK, not GB2312
    path = tmp_path / "page.mht"
    path.write_bytes(_web_archive(html, "gb2312", "quoted-printable", codec="gbk"))
    texts = [b.text for b in extractors.extract(path)[1]]
    assert "（一）开展燃气安全专项整治，排查镕铸企业和餐饮场所120家。" in texts


def test_a_folder_run_reads_web_archives(tmp_path: Path) -> None:
    (tmp_path / "要点.mht").write_bytes(_web_archive(_SAVED.format(cs="utf-8"), "utf-8", "base64"))
    (tmp_path / "台账.xlsx").write_bytes(b"PK\x03\x04")
    unread: list[Path] = []
    assert expand([tmp_path], unread) == [tmp_path / "要点.mht"]
    assert unread == [tmp_path / "台账.xlsx"]


def test_a_web_archive_without_a_page_names_the_reason(tmp_path: Path) -> None:
    archive = MIMEMultipart("related")
    archive.attach(MIMEText("p { margin: 0 }", "css", "us-ascii"))
    path = tmp_path / "empty.mht"
    path.write_bytes(archive.as_bytes())
    with pytest.raises(InputError, match="web archive"):
        extractors.extract(path)


def test_a_web_archive_with_its_photos_is_allowed_an_office_parts_size(tmp_path: Path) -> None:
    from email.mime.image import MIMEImage

    from jihua.extractors import guard
    from jihua.extractors.options import ExtractOptions

    archive = message_from_bytes(_web_archive(_SAVED.format(cs="utf-8"), "utf-8", "base64"))
    archive.attach(MIMEImage(os.urandom(3 * 1024 * 1024), "jpeg"))  # ~4 MB once base64
    path = tmp_path / "图文.mht"
    path.write_bytes(archive.as_bytes())
    kind, blocks = guard.read(path, ExtractOptions(max_text_mb=1, max_part_mb=8))
    assert kind == "html" and "全年生产安全事故起数下降10%，隐患整改率达到100%。" in [b.text for b in blocks]
    with pytest.raises(InputError, match=r"web archive \(MHT\) too large \(4 MB; limit 2 MB\)"):
        guard.read(path, ExtractOptions(max_text_mb=1, max_part_mb=2))


SAVED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚山区司法局2026年普法工作要点</title>
<style>
/* the site's print view: a plain copy of the article */
.pv-copy { display: none }
.tabpane { display:none } .tabpane.on { display:block }
@media print { .pv-copy { display: block } .scr { display: none } }
@media (max-width: 640px) { .wide-note { display: none } }
</style></head><body>
<div class="scr"><h1>岚山区司法局2026年普法工作要点</h1>
<div class="txt"><p>为推进“九五”普法规划实施，现提出如下要点。</p><p>一、深化法治宣传</p>
<p>全年开展“法律进社区”活动不少于60场。</p><p>二、加强队伍建设</p><p>培训普法讲师团成员80人次。</p>
<p class="wide-note">本要点由区普法办负责解释。</p>
<div class="tabpane on"><p>附：重点普法对象名单另行印发。</p></div><div class="tabpane"><p>历史版本：2025年要点</p></div></div>
<div hidden>标签：普法 要点</div><span aria-hidden="true">返回顶部</span>
<p style="display: none">统计代码说明</p></div>
<div class="pv-copy"><h1>岚山区司法局2026年普法工作要点</h1><p>为推进“九五”普法规划实施，现提出如下要点。</p>
<p>一、深化法治宣传</p><p>全年开展“法律进社区”活动不少于60场。</p><p>二、加强队伍建设</p><p>培训普法讲师团成员80人次。</p></div>
</body></html>"""


def test_what_the_page_hides_on_screen_is_set_aside_not_read(tmp_path: Path) -> None:
    """Saved "complete": the print-only copy the page's own <style> hides on screen, a <div hidden>, an
    aria-hidden icon label, an inline display:none and an inactive tab are no text of the page but kept
    aside as hidden; a rule for narrow screens or for print only hides nothing, an active tab shows."""
    path = tmp_path / "saved.html"
    path.write_text(SAVED, encoding="utf-8")
    _, blocks = extractors.extract(path)
    body = [b.text for b in blocks if b.furniture is None]
    assert body.count("全年开展“法律进社区”活动不少于60场。") == 1
    assert "本要点由区普法办负责解释。" in body and "附：重点普法对象名单另行印发。" in body
    hidden = [b.text for b in blocks if b.furniture == "hidden"]
    assert {"标签：普法 要点", "返回顶部", "历史版本：2025年要点", "统计代码说明", "培训普法讲师团成员80人次。"} <= set(hidden)
    assert not {"标签：普法 要点", "返回顶部", "历史版本：2025年要点", "统计代码说明"} & {b.text for b in blocks if b.furniture != "hidden"}


def test_an_article_the_stylesheet_hides_for_a_script_to_unfold_is_still_read(tmp_path: Path) -> None:
    """Nearly all the page's text under a class its stylesheet hides (a script unfolds it): still the text."""
    page = ("<html><head><style>.more{display:none}</style></head><body><p>点击展开全文</p><div class='more'>"
            "<h1>临江镇2026年河湖长制工作计划</h1><p>一、工作目标</p><p>全年完成河道清淤12公里，水质达标率保持100%。</p>"
            "<p>二、工作措施</p><p>落实镇村两级河长巡河制度，每月巡河不少于2次。</p></div></body></html>")
    blocks = _read(tmp_path, "unfold.html", page)
    assert "全年完成河道清淤12公里，水质达标率保持100%。" in [b.text for b in blocks if b.furniture is None]


def test_an_article_hidden_inline_until_a_script_shows_it_is_still_read(tmp_path: Path) -> None:
    """A saved account page keeps its body `visibility: hidden` for a script to reveal: still the text."""
    page = ("<html><body><h2>某某发布</h2><div id='content' style='visibility: hidden;'>"
            "<p>南溪镇2026年垃圾分类工作方案</p><p>一、工作目标</p><p>全年建成分类示范小区8个，分类覆盖率达到90%。</p>"
            "<p>二、工作措施</p><p>每季度开展一次入户宣传，组织志愿者督导不少于200人次。</p></div></body></html>")
    blocks = _read(tmp_path, "account.html", page)
    assert "全年建成分类示范小区8个，分类覆盖率达到90%。" in [b.text for b in blocks if b.furniture is None]


def test_a_post_whose_container_is_named_like_an_ad_box_is_still_read(tmp_path: Path) -> None:
    """A blog host names the post's <div> after its ad slots (id "post_ad_body"): the element holding
    every numbered part stays, and the ad box inside it and the sidebar "ad" beside it still go."""
    page = ("<html><head><title>青石镇2025年文化站工作计划_山居笔记</title></head><body>"
            "<div class='head'><h2>青石镇2025年文化站工作计划</h2></div>"
            "<div class='post' id='post_ad_body'><p>一、工作目标</p><p>全年举办群众文艺演出12场，图书借阅量达到3000册次。</p>"
            "<div class='ad'>夏季特惠 点击领取优惠券</div>"
            "<p>二、主要工作</p><p>办好农民读书月活动，组织书画培训班4期。</p><p>三、保障措施</p><p>落实专人管理。</p></div>"
            "<div class='side_ad'>本站广告位招租，联系电话：0000-1234567</div></body></html>")
    blocks = _read(tmp_path, "ad-named.html", page)
    body = [b.text for b in blocks if b.furniture is None]
    assert {"一、工作目标", "二、主要工作", "三、保障措施", "办好农民读书月活动，组织书画培训班4期。"} <= set(body)
    assert "全年举办群众文艺演出12场，图书借阅量达到3000册次。" in body
    chrome = [b.text for b in blocks if b.furniture == "chrome"]
    assert "夏季特惠 点击领取优惠券" in chrome and "本站广告位招租，联系电话：0000-1234567" in chrome


def test_an_ad_named_box_is_dropped_when_the_page_still_holds_the_parts(tmp_path: Path) -> None:
    """The same name on a box that quotes a numbered line, beside the article that holds the parts: the box goes."""
    page = ("<html><body><div class='main'><h1>柳湾村2024年人居环境整治方案</h1><p>一、工作目标</p>"
            "<p>全年改造户厕60座，村庄保洁覆盖率达到100%。</p><p>二、工作措施</p><p>每周开展一次环境卫生评比。</p></div>"
            "<div class='ad'><p>一、限时优惠</p><p>家用净水器包安装，扫码下单立减100元。</p></div></body></html>")
    blocks = _read(tmp_path, "ad-box.html", page)
    assert "家用净水器包安装，扫码下单立减100元。" in [b.text for b in blocks if b.furniture == "chrome"]
    assert "每周开展一次环境卫生评比。" in [b.text for b in blocks if b.furniture is None]


def test_the_heading_the_page_title_begins_with_is_the_title_not_the_blog_name(tmp_path: Path) -> None:
    """<title> reads "post title | blog name | host": the <h1> printing the blog's name is the site's
    masthead (set aside), and the <h2> the <title> begins with is the document's title."""
    page = ("<html><head><title>东坪街道2025年安全生产工作方案 | 晴川散记 | 某某博客</title></head><body>"
            "<div class='top'><h1>晴川散记</h1><p>记录基层工作点滴</p></div><div class='entry'>"
            "<h2>东坪街道2025年安全生产工作方案</h2><p>一、工作目标</p><p>全年生产安全事故起数下降10%，隐患整改率达到100%。</p>"
            "<p>二、工作措施</p><p>每月开展一次重点行业领域安全检查，全年培训企业负责人300人次。</p><p>三、保障措施</p>"
            "<p>各社区明确专人负责。</p></div></body></html>")
    blocks = _read(tmp_path, "blog.html", page)
    body = [b for b in blocks if b.furniture is None]
    assert (body[0].kind, body[0].text, body[0].outline_level) == ("title", "东坪街道2025年安全生产工作方案", 0)
    assert not any(b.text == "晴川散记" for b in body)
    assert "晴川散记" in [b.text for b in blocks if b.furniture == "chrome"]


@pytest.mark.parametrize(("title", "expected"), [
    ("云岭市人民政府网--云岭市水利局2024年防汛抗旱工作方案", "云岭市水利局2024年防汛抗旱工作方案"),
    ("云岭市水利局2024年防汛抗旱工作方案_云岭市人民政府", "云岭市水利局2024年防汛抗旱工作方案"),
    ("www.yunling.gov.cn | 云岭市城市更新行动方案（2024—2026年）", "云岭市城市更新行动方案（2024—2026年）"),
    # a title's own dash stays: between Chinese numerals, or before the title under a slogan
    ("云岭市海绵城市建设规划（二〇二五—二〇三〇年）_云岭市人民政府", "云岭市海绵城市建设规划（二〇二五—二〇三〇年）"),
    ("砥砺前行——2026年云岭市政府工作报告", "砥砺前行——2026年云岭市政府工作报告"),
    ("云岭市水利局2024年防汛抗旱工作方案_岭上听风_新浪博客", "云岭市水利局2024年防汛抗旱工作方案"),
])
def test_the_page_title_is_the_segment_of_title_that_names_no_site(tmp_path: Path, title: str, expected: str) -> None:
    """<title> joins the page's own title and its site's name ("…网", "…人民政府", an address) in either
    order: the title block the page gets is the segment naming no site (a dash inside a range splits nothing)."""
    page = (f"<html><head><title>{title}</title></head><body><div><p>一、工作目标</p>"
            "<p>全市水库安全度汛率达到100%，山洪灾害预警覆盖率达到98%。</p><p>二、主要措施</p>"
            "<p>汛前完成应急演练12场，新增储备编织袋5万条。</p></div></body></html>")
    blocks = _read(tmp_path, "titled.html", page)
    assert (blocks[0].kind, blocks[0].text) == ("title", expected)


def _portal(article: str, beside: str = "") -> str:
    """An old portal laid out in tables: a banner and menu table, a nav column beside the article's
    column, and a footer framed in a one-cell table of its own."""
    nav = "".join(f"·<a href='/l{i}'>{name}</a><br>" for i, name in enumerate(("工作动态", "政策文件", "专项规划", "人事任免")))
    return ("<HTML><HEAD><TITLE>桐溪县政府网--桐溪县水利局2024年工作要点</TITLE></HEAD><BODY>"
            "<TABLE width=960><TR><TD><a href='/'>首页</a> | <a href='/g'>政务公开</a> | <a href='/b'>办事服务</a></TD></TR></TABLE>"
            "<TABLE width=960><TR><TD width=190><TABLE><TR><TD><b>信息导航</b></TD></TR>"
            f"<TR><TD>{nav}</TD></TR><TR><TD><b>公众服务</b></TD></TR>"
            "<TR><TD>·<a href='/s1'>水情查询</a><br>·<a href='/s2'>防汛常识</a></TD></TR></TABLE></TD>"
            f"<TD width=770><TABLE><TR><TD>{article}</TD></TR></TABLE></TD></TR></TABLE>{beside}"
            "<TABLE width=960><TR><TD align=center>主办：桐溪县人民政府办公室　承办：桐溪县大数据中心<br>"
            "备案号：浙ICP备12003456号　地址：桐溪县府前路8号</TD></TR></TABLE></BODY></HTML>")


_ARTICLE = ("&nbsp;&nbsp;2024年，县水利局将全力做好防汛抗旱和水利工程建设各项工作。<br><br>"
            "&nbsp;&nbsp;一、加快水利工程建设<br><br>&nbsp;&nbsp;完成3座小型水库除险加固，新建堤防6.5公里，治理水土流失面积12平方公里。<br><br>"
            "&nbsp;&nbsp;二、提升防汛抗旱能力<br><br>&nbsp;&nbsp;修订完善防汛应急预案，汛前完成隐患排查整治，全年组织防汛演练不少于4次。"
            "完善山洪灾害监测预警系统，新建自动雨量站15处、水位站8处，实现重点山洪沟监测预警全覆盖。<br><br>"
            "&nbsp;&nbsp;三、强化河湖管理保护<br><br>&nbsp;&nbsp;全面落实河湖长制，县乡村三级河湖长巡河不少于1.2万人次。"
            "深入开展河湖“清四乱”专项行动，推进幸福河湖建设，全年建成县级美丽河湖3条，河道水质优良比例保持100%。"
            "<br><br>&nbsp;&nbsp;四、加强水资源节约保护<br><br>&nbsp;&nbsp;严格落实最严格水资源管理制度，全县用水总量控制在"
            "2.3亿立方米以内，万元地区生产总值用水量较上年下降3%。推进节水型社会建设，创建节水型机关12家、节水型企业6家、"
            "节水型小区5个。加强饮用水水源地保护，开展水源地安全保障达标建设，确保城乡居民饮水安全。强化取水许可和水资源"
            "论证管理，全面推行取水计量在线监测，规模以上取水口在线计量率达到95%以上。<br><br>"
            "&nbsp;&nbsp;五、深化水利改革<br><br>&nbsp;&nbsp;深化农业水价综合改革，新增改革面积3.5万亩。推进小型水利工程"
            "管理体制改革，落实工程管护主体和经费，实现小型水库专业化管护全覆盖。加强水利行业监管，开展水利工程建设质量"
            "和安全生产专项检查，对发现的问题建立台账、限期整改，确保全年不发生较大以上水利安全生产事故。")


def test_a_table_portals_nav_column_stays_out_when_its_footer_is_a_table_too(tmp_path: Path) -> None:
    """The footer framed in a table of its own is no part of the document the article's column would
    leave behind: the article's column is found, and the nav column beside it is the page's."""
    blocks = _read(tmp_path, "portal.html", _portal(_ARTICLE))
    body = [b.text for b in blocks if b.furniture is None]
    assert body[1:4] == ["2024年，县水利局将全力做好防汛抗旱和水利工程建设各项工作。", "一、加快水利工程建设",
                         "完成3座小型水库除险加固，新建堤防6.5公里，治理水土流失面积12平方公里。"]
    assert not any(t.startswith("·") or t in ("信息导航", "公众服务") or "ICP" in t for t in body)
    chrome = [b.text for b in blocks if b.furniture == "chrome"]
    assert "·工作动态" in chrome and "公众服务" in chrome and any("ICP" in t for t in chrome)


def test_a_data_table_in_a_table_of_its_own_beside_the_article_stays_the_documents(tmp_path: Path) -> None:
    """A table of figures after the article's column (rows and columns of data) goes on with the document."""
    figures = ("<TABLE><TR><TD>指标</TD><TD>2024年目标</TD></TR><TR><TD>新建堤防（公里）</TD><TD>6.5</TD></TR>"
               "<TR><TD>水土流失治理（平方公里）</TD><TD>12</TD></TR></TABLE>")
    blocks = _read(tmp_path, "portal_table.html", _portal(_ARTICLE, beside=figures))
    tables = [b.rows for b in blocks if b.kind == "table" and b.furniture is None]
    assert [["新建堤防（公里）", "6.5"]] == [r for t in tables for r in t if r[0].startswith("新建")]


def test_a_table_of_sentences_after_the_article_goes_on_with_the_document(parser, tmp_path: Path) -> None:
    """The closing paragraph and the sign-off laid out in a table after the article's <div> are the
    document's; the footer's names and addresses stay the page's."""
    parts = "".join(f"<p>（{n}）{task}，按季度报送进展，确保年度任务按时保质完成，群众满意度持续提升。</p>"
                    for n, task in zip("一二三四五六七八九十", ("扩大居家养老服务", "建设社区食堂", "培训养老护理员", "推进适老化改造",
                                                   "开展老年人体检", "发展老年教育", "组建志愿服务队", "推广智慧养老",
                                                   "落实高龄津贴", "加强养老机构监管"), strict=True))
    page = ("<html><head><title>某街道2025年养老服务工作方案</title></head><body>"
            f"<div><h1>某街道2025年养老服务工作方案</h1>{parts}</div>"
            "<table><tr><td>各社区要把为老服务摆上重要议事日程，细化任务分工，按月报送工作进展，确保各项措施落地见效。</td></tr>"
            "<tr><td>某街道办事处<br>2025年2月10日</td></tr></table>"
            "<div class='footer'>主办：某街道办事处　地址：某路8号　备案号：浙ICP备12003456号</div></body></html>")
    path = tmp_path / "closing.html"
    path.write_text(page, encoding="utf-8")
    [doc] = parser.parse(path).documents
    text = doc.model_dump_json()
    assert "按月报送工作进展" in text and "ICP" not in text


def test_a_one_cell_box_around_the_pages_fields_is_layout_not_a_table(parser, tmp_path: Path) -> None:
    """A portal boxes its 来源/发布时间 line in a one-cell table between the title and the date subtitle:
    the line is the page's, the subtitle still dates the report."""
    page = ("<html><head><title>青川县2026年政府工作报告</title></head><body><div class='article'>"
            "<h1>青川县2026年政府工作报告</h1>"
            "<table><tr><td>来源：青川县人民政府办公室　发布时间：2026-01-20　浏览次数：1864</td></tr></table>"
            "<p>——2026年1月12日在青川县第十八届人民代表大会第五次会议上</p><p>青川县代县长　周明远</p>"
            "<p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议。</p>"
            "<p>一、2025年工作回顾</p><p>全年地区生产总值增长5.6%，城乡居民收入稳步增长。</p>"
            "<p>二、2026年主要目标</p><p>地区生产总值增长5.5%左右，城镇新增就业3200人以上。</p>"
            "</div></body></html>")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.date == "2026年1月12日"
    assert not any(b.kind == "table" for b in doc.preamble_blocks)
    assert any("浏览次数" in r.text for r in result.removed_reasons)


def test_a_table_with_a_header_row_and_one_body_cell_is_a_table(tmp_path: Path) -> None:
    page = ("<html><body><h1>某县2026年工作要点</h1><p>一、主要目标</p><table><thead><tr><th>指标</th><th>2026年目标</th></tr>"
            "</thead><tbody><tr><td colspan='2'>地区生产总值增长6%左右</td></tr></tbody></table></body></html>")
    path = tmp_path / "goals.html"
    path.write_text(page, encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert [b.kind for b in blocks if b.furniture is None] == ["title", "paragraph", "table"]


def test_a_data_tables_note_in_its_footer_keeps_it_a_table_and_the_note_is_read(tmp_path: Path) -> None:
    note = "注：1.新建公园含口袋公园；<br>2.老旧小区以竣工验收为准；<br>3.学位按新增计；<br>4.数据截至年底。"
    page = ("<html><body><div class='article'><h1>某县2026年民生实事项目实施方案</h1>"
            "<p>为切实办好群众关心的民生实事，经县政府研究，确定2026年实施以下项目，各牵头单位要倒排工期、压实责任。</p>"
            "<table><thead><tr><th>项目</th><th>单位</th><th>目标</th></tr></thead>"
            "<tbody><tr><td>新建城市公园</td><td>个</td><td>4</td></tr><tr><td>改造老旧小区</td><td>个</td><td>90</td></tr></tbody>"
            f"<tfoot><tr><td colspan='3'>{note}</td></tr></tfoot></table>"
            "<p>各项目牵头单位每月25日前报送进度，县督查室按季度通报。</p></div></body></html>")
    path = tmp_path / "footnote.html"
    path.write_text(page, encoding="utf-8")
    _, blocks = extractors.extract(path)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows[1] == ["新建城市公园", "个", "4"] and "数据截至年底" in " ".join(table.rows[-1])


def test_a_one_column_box_of_the_pages_lines_is_layout(tmp_path: Path) -> None:
    page = ("<html><body><table><thead><tr><th>某县2026年重点工作安排</th></tr></thead><tbody><tr><td>"
            "来源：某县发改局 发布时间：2026-01-10</td></tr></tbody></table><p>一、扩大有效投资</p>"
            "<p>全年实施重点项目120个。</p></body></html>")
    path = tmp_path / "box.html"
    path.write_text(page, encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert not any(b.kind == "table" for b in blocks)
    assert any("发布时间" in b.text for b in blocks)


def test_a_source_line_break_inside_chinese_text_is_no_space(tmp_path: Path) -> None:
    """An editor wraps long source lines anywhere: a break between two CJK characters (or one and a figure) is
    dropped, as a browser shows it; between Latin words it stays one space."""
    path = tmp_path / "wrapped.html"
    path.write_text("<html><body><h1>某街道2027年普法工作计划</h1>\n<p>全年举办普法讲座不少于\n  18场，推动街道党工委中\n"
                    "心任务落地，\n覆盖居民\n2400人次。</p>\n<p>上线Smart\nCity平台，<b>5G\nCPE</b>终端\n120台。</p>"
                    "</body></html>", encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.kind == "paragraph"] == [
        "全年举办普法讲座不少于18场，推动街道党工委中心任务落地，覆盖居民2400人次。",
        "上线Smart City平台，5G CPE终端120台。"]


def _page_blocks(tmp_path: Path, article: str) -> list[Block]:
    path = tmp_path / "wrap.html"
    path.write_text(f"<html><head><title>梅岭镇2027年人居环境整治工作方案</title></head><body><div class=\"article\">"
                    f"<h1>梅岭镇2027年人居环境整治工作方案</h1>{article}</div></body></html>", encoding="utf-8")
    return [b for b in extractors.extract(path)[1] if b.furniture is None]


def test_preformatted_text_keeps_its_line_breaks_as_lines(tmp_path: Path) -> None:
    """In <pre>, <textarea> or an element styled white-space:pre-line a line break of the source is one the
    reader sees: "（一）清理村庄垃圾" and its body are two lines, not one glued at the CJK break."""
    blocks = _page_blocks(tmp_path, "<pre>一、工作任务\n（一）清理村庄垃圾\n全年清运垃圾不少于800吨。</pre>"
                                    "<div style=\"white-space: pre-line\">（二）改造农村厕所\n新改户厕260座。</div>"
                                    "<pre><span style=\"white-space:normal\">统筹推进农村人居\n环境整治，逐村验收。</span></pre>")
    assert [b.text for b in blocks[1:]] == ["一、工作任务", "（一）清理村庄垃圾", "全年清运垃圾不少于800吨。",
                                            "（二）改造农村厕所", "新改户厕260座。", "统筹推进农村人居环境整治，逐村验收。"]


def test_names_one_a_line_stay_apart_where_a_cut_sentence_joins(tmp_path: Path) -> None:
    """A cell or item listing names one a line ("县水务局\\n县林业局") keeps them apart with a space; running
    text the source broke mid-word joins with none ("保洁员队\\n伍建设，…")."""
    blocks = _page_blocks(tmp_path,
                          "<p>全面加强村庄保洁员队\n伍建设，每村配备保洁员不少于\n3名。</p>"
                          "<ul><li>镇农业服务中心\n镇环卫所</li></ul>"
                          "<p>刘春燕\n赵文博</p>"
                          "<table><tr><td>责任领导</td><td>周明远\n陈晓静</td></tr>"
                          "<tr><td>配合单位</td><td>县水务局\n县林业局</td></tr></table>")
    assert [b.text for b in blocks[1:4]] == ["全面加强村庄保洁员队伍建设，每村配备保洁员不少于3名。",
                                             "镇农业服务中心 镇环卫所", "刘春燕 赵文博"]
    assert blocks[4].rows == [["责任领导", "周明远 陈晓静"], ["配合单位", "县水务局 县林业局"]]


def _portal_page(site_title: str, above: str) -> str:
    text = "".join(f"　　（{n}）第{n}项任务。全年开展专项检查不少于10次，确保各项任务落实到位。<br><br>" for n in "一二三四")
    return (f"<html><head><title>{site_title}</title></head><body>"
            "<div id='top'>青坪新区管理委员会 | 今天是：2027年1月9日 | 设为首页</div>"
            "<div id='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/ghjh/'>规划计划</a></div>"
            f"<div class='art_title'>{above}</div><div class='art_info'>发布日期：2027-01-08　来源：新区财政局</div>"
            f"<div class='art_content'>　　一、工作目标<br><br>{text}　　二、保障措施<br><br>加强组织领导。</div>"
            "<div id='foot'>青坪新区管理委员会主办</div></body></html>")


def test_a_title_naming_no_document_gives_way_to_the_articles_heading(tmp_path: Path) -> None:
    """<title> prints the site's owner only ("…管理委员会", no document kind): the heading the portal sets apart
    above the article, which names one, is the title."""
    heading = "青坪新区2027年预算绩效管理改革实施方案"
    blocks = _read(tmp_path, "portal.html", _portal_page("青坪新区管理委员会", heading))
    assert (blocks[0].kind, blocks[0].text) == ("title", heading)
    # a <title> that names the document stands; a line above that names none (a date, a source) is no title
    blocks = _read(tmp_path, "portal.html", _portal_page(heading, "青坪新区2027年预算绩效管理改革"))
    assert (blocks[0].kind, blocks[0].text) == ("title", heading)
    blocks = _read(tmp_path, "portal.html", _portal_page("青坪新区管理委员会", "青坪新区新闻动态"))
    assert (blocks[0].kind, blocks[0].text) == ("title", "青坪新区管理委员会")


def test_a_superscript_note_mark_after_a_word_leaves_the_text(tmp_path: Path) -> None:
    """"“三改”<sup>②</sup>项目", "供水保障<sup>1</sup>水平": a footnote's mark, out of the sentence as a PDF's raised
    mark is (left in, "1" joins the figures); a unit's power after a Latin letter (m<sup>2</sup>) and a note's own
    number opening its paragraph stay."""
    blocks = _page_blocks(tmp_path, "<p>推进“三改”<sup>②</sup>项目，巩固供水保障<sup>1</sup>水平，新增<strong>“口袋公园”</strong>"
                                    "<sup>12</sup>8个。</p><p>改造人行道3.6万m<sup>2</sup>。</p>"
                                    "<p><sup>①</sup>“三改”：指改水、改厕、改厨。</p>")
    assert [b.text for b in blocks[1:]] == ["推进“三改”项目，巩固供水保障水平，新增“口袋公园”8个。",
                                            "改造人行道3.6万m2。", "①“三改”：指改水、改厕、改厨。"]


def test_a_power_after_a_length_unit_is_written_out_never_dropped(tmp_path: Path, parser) -> None:
    """"米<sup>2</sup>", "公里<sup>2</sup>", "万米<sup>3</sup>": the unit's power, read as 平方/立方 (an area, a volume), not
    a note's mark dropped (the figure then read as a length)."""
    blocks = _page_blocks(tmp_path, "<p>改造背街小巷路面1.8万米<sup>2</sup>，修复河道护坡3.5公里<sup>2</sup>，"
                                    "新建雨水调蓄池6000米<sup>3</sup>。</p>")
    assert blocks[1].text == "改造背街小巷路面1.8万平方米，修复河道护坡3.5平方公里，新建雨水调蓄池6000立方米。"
    page = tmp_path / "plan.html"
    page.write_text("<html><body><h1>青坪新区2027年城市更新工作方案</h1><p>一、工作目标</p>"
                    "<p>全年新建雨水调蓄池6000米<sup>3</sup>，改造人行道2.4万米<sup>2</sup>。</p></body></html>",
                    encoding="utf-8")
    units = {t.value: t.base_unit for t in parser.parse(page).documents[0].targets}
    assert units == {6000: "立方米", 2.4: "平方米"}, units


def _linked_page(box: str, heading: str = "") -> str:
    text = "".join(f"　　（{n}）第{n}项任务。2028年开展专项检查不少于10次，确保各项任务落实到位。<br><br>" for n in "一二三四")
    return ("<html><head><title>澄江县人民政府</title></head><body>"
            "<div id='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div>"
            f"{box}{heading}<div class='content'>　　一、工作目标<br><br>{text}　　二、保障措施<br><br>加强组织领导。</div>"
            "</body></html>")


@pytest.mark.parametrize("box", [
    # a related-links box above the article: its links name other documents, never this one's title
    "<div class='gkbox'><h3>最新公开</h3><ul><li><a href='/1'>澄江县2028年政府信息公开工作要点</a></li></ul></div>",
    "<div class='gkbox'><a class='news-title' href='/1'>澄江县2028年政府信息公开工作要点</a></div>",
    "<ul class='list'><li class='title'>澄江县2028年政府信息公开工作要点</li></ul>",
    # a heading above whose year is not the article's: another document's
    "<h2>澄江县2027年政务公开工作要点</h2>",
])
def test_no_link_nor_other_years_heading_above_the_article_titles_it(tmp_path: Path, box: str) -> None:
    blocks = _read(tmp_path, "portal.html", _linked_page(box))
    assert all(b.kind != "title" or b.text == "澄江县人民政府" for b in blocks)  # the site's own name, if any
    # the article's own heading, nearest above it, stands however many links come before
    blocks = _read(tmp_path, "portal.html", _linked_page(box, "<div class='art_title'>澄江县2028年农村人居环境整治工作方案</div>"))
    assert (blocks[0].kind, blocks[0].text) == ("title", "澄江县2028年农村人居环境整治工作方案")
