"""A 政务公开 page's 信息公开 fields (索引号, 发布机构, 成文日期, 名称…) name the document when the article prints
no title of its own; a <title> that is only the site's name names nothing. Every text here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.title_lines import clean_title

_BODY = ("为推进全区农业农村现代化，结合实际，制定本要点。\n"
         "一、稳定粮食生产\n全年粮食播种面积稳定在36万亩以上。\n"
         "二、发展特色产业\n新建高标准茶园1200亩。\n")
_FIELDS = ("索引号：\t00561234-X/2026-00017\t主题分类：\t农业、林业、水利\n"
           "发布机构：\t柳溪市南岸区农业农村局\t成文日期：\t2026-02-09\n"
           "名称：\t2026年全区农业农村工作要点\n有效性：\t有效\n\n")


def _doc(parser, tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [doc] = parser.parse(path).documents
    return doc


def test_a_copy_without_its_title_line_takes_the_title_from_its_name_field(parser, tmp_path: Path) -> None:
    doc = _doc(parser, tmp_path, "copy.txt", _FIELDS + _BODY)
    assert (doc.title, doc.year, doc.org) == ("2026年全区农业农村工作要点", 2026, "柳溪市南岸区农业农村局")


def test_a_printed_title_line_wins_over_the_name_field(parser, tmp_path: Path) -> None:
    doc = _doc(parser, tmp_path, "copy.txt", _FIELDS + "南岸区农业农村局2026年工作要点\n" + _BODY)
    assert doc.title == "南岸区农业农村局2026年工作要点"


def test_a_name_field_naming_no_document_is_no_title(parser, tmp_path: Path) -> None:
    """"名称：春耕物资" names no kind of document: the untitled copy keeps its genre's name."""
    doc = _doc(parser, tmp_path, "copy.txt", _FIELDS.replace("2026年全区农业农村工作要点", "春耕物资") + _BODY)
    assert doc.title != "春耕物资"


@pytest.mark.parametrize("line", ["名称：2026年全区农业农村工作要点", "标　　题：\t2026年全区农业农村工作要点",
                                  "名　称： 2026年全区农业农村工作要点"])
def test_a_title_line_copied_with_its_field_label_loses_the_label(parser, tmp_path: Path, line: str) -> None:
    doc = _doc(parser, tmp_path, "copy.txt", line + "\n\n" + _BODY)
    assert (doc.title, doc.year) == ("2026年全区农业农村工作要点", 2026)


def test_clean_title_keeps_a_bare_label_and_titles_that_only_mention_a_name() -> None:
    assert clean_title("名称：") == "名称："
    assert clean_title("关于规范企业名称登记的实施方案") == "关于规范企业名称登记的实施方案"


_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top">欢迎访问柳溪市南岸区人民政府网站</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门文件</div>
{fields}
<div class="article"><div class="content">
<p>为推进全区农业农村现代化，结合实际，制定本要点。</p>
<p>一、稳定粮食生产</p><p>全年粮食播种面积稳定在36万亩以上，粮食总产量稳定在14万吨以上。</p>
<p>二、发展特色产业</p><p>新建高标准茶园1200亩，培育区级以上龙头企业3家。</p>
</div></div>
<div class="foot">主办单位：柳溪市南岸区人民政府办公室　承办单位：南岸区大数据中心</div></body></html>"""
_TABLE = """<table class="xxgk"><tr><th>索 引 号：</th><td>00561234-X/2026-00017</td><th>主题分类：</th><td>农业、林业、水利</td></tr>
<tr><th>发布机构：</th><td>柳溪市南岸区农业农村局</td><th>成文日期：</th><td>2026-02-09</td></tr>
<tr><th>名　　称：</th><td colspan="3">2026年全区农业农村工作要点</td></tr></table>"""
_LIST = """<ul class="meta"><li>索引号：00561234-X/2026-00017</li><li>发布机构：柳溪市南岸区农业农村局</li>
<li>成文日期：2026-02-09</li><li>名称：2026年全区农业农村工作要点</li><li>有效性：有效</li></ul>"""


@pytest.mark.parametrize("fields", [_TABLE, _LIST])
@pytest.mark.parametrize("title", ["柳溪市南岸区人民政府", "南岸区人民政府门户网站"])
def test_a_page_with_no_heading_and_a_site_named_title_takes_its_name_field(parser, tmp_path: Path, fields: str,
                                                                          title: str) -> None:
    doc = _doc(parser, tmp_path, "page.html", _PAGE.format(title=title, fields=fields))
    assert (doc.title, doc.year) == ("2026年全区农业农村工作要点", 2026)


def test_a_page_with_no_fields_and_a_site_named_title_is_not_titled_by_the_site(parser, tmp_path: Path) -> None:
    doc = _doc(parser, tmp_path, "page.html", _PAGE.format(title="柳溪市南岸区人民政府", fields=""))
    assert doc.title != "柳溪市南岸区人民政府"


def test_a_titled_page_keeps_the_title_its_title_tag_gives(parser, tmp_path: Path) -> None:
    doc = _doc(parser, tmp_path, "page.html", _PAGE.format(title="南岸区2026年农业农村工作要点_柳溪市南岸区人民政府",
                                                           fields=""))
    assert doc.title == "南岸区2026年农业农村工作要点"


def test_a_mobile_pages_source_line_beside_the_article_names_the_org(parser, tmp_path: Path) -> None:
    """"2026-02-11来源：某局" under the <h1>, outside the text's own box: the page's header line, read as the
    portal's "发布日期：…　来源：…" line is."""
    page = """<html><head><meta charset="utf-8"><title>2026年全区农业农村工作要点_南岸区人民政府</title></head><body>
<header><span>南岸区人民政府</span><a href="/">首页</a></header>
<article><h1>2026年全区农业农村工作要点</h1>
<div class="info"><span>2026-02-11</span><span>来源：柳溪市南岸区农业农村局</span></div>
<div class="content"><p>为推进全区农业农村现代化，结合实际，制定本要点。</p>
<p>一、稳定粮食生产</p><p>全年粮食播种面积稳定在36万亩以上，粮食总产量稳定在14万吨以上。</p>
<p>二、发展特色产业</p><p>新建高标准茶园1200亩，培育区级以上龙头企业3家。</p></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></article></body></html>"""
    doc = _doc(parser, tmp_path, "m.html", page)
    assert (doc.title, doc.org) == ("2026年全区农业农村工作要点", "柳溪市南岸区农业农村局")
