"""An account's article carrying a plan or a summary: its column before a bar in the headline, the document's own
title printed at the top of the body, part labels in boxes of their own, the byline box under the headline, a
news app's toolbar and a note app's quoted source note. Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

_BODY = """<p>2026年，区妇联在区委的领导下，围绕全区中心工作，团结带领广大妇女建功立业。现将全年工作总结如下，并对2027年工作作出安排。</p>
<section><section><strong>第一部分</strong></section></section>
<section><p><strong>2026年工作回顾</strong></p></section>
<p>一是加强思想引领。全年举办巾帼宣讲活动36场，覆盖妇女群众2100余人次。</p>
<p>二是促进创业就业。举办妇女技能培训班5期，培训学员240人次。</p>
<section><section><strong>第二部分</strong></section></section>
<section><p><strong>存在的问题</strong></p></section>
<p>部分村妇联执委作用发挥不够充分，服务妇女儿童的阵地建设还有短板。</p>
<section><section><strong>第三部分</strong></section></section>
<section><p><strong>2027年工作安排</strong></p></section>
<p><strong>（一）深化巾帼建功行动</strong></p>
<p>组织开展巾帼建功竞赛，培育巾帼示范岗8个。</p>
<p><strong>（二）加强妇女儿童关爱服务</strong></p>
<p>新建儿童之家6个，开展关爱困境儿童活动不少于20场。</p>
"""


def _page(headline: str, body_title: str | None, author: str = "区妇联办公室") -> str:
    printed = f'<p style="text-align:center;"><strong>{body_title}</strong></p>\n' if body_title else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title></head><body>
<div id="js_article" class="rich_media"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{headline}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">{author}</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">南岭巾帼</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2027-01-12 19:40</em>
<em class="rich_media_meta rich_media_meta_text">湖南</em></div>
<div class="rich_media_content" id="js_content">
{printed}{_BODY}</div></div></div></body></html>"""


def _sections(sections):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s
        yield from _sections(s.children)


def _outline(doc) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [(s.level, s.number, s.heading) for s in _sections(doc.sections)]


_PARTS = [(1, "第一部分", "2026年工作回顾"), (1, "第二部分", "存在的问题"), (1, "第三部分", "2027年工作安排"),
          (2, "（一）", "深化巾帼建功行动"), (2, "（二）", "加强妇女儿童关爱服务")]
_TITLE = "南岭区妇女联合会2026年工作总结暨2027年工作安排"


@pytest.mark.parametrize("headline", ["巾帼风采｜" + _TITLE, "巾帼风采 | " + _TITLE])
def test_a_column_before_a_bar_is_neither_title_nor_org(parser, tmp_path: Path, headline: str) -> None:
    """"栏目｜标题": the part that dates itself and names a kind is the title; the column reaches no field, and the
    body's repeat of the title is the title block, no part of its own."""
    path = tmp_path / "article.html"
    path.write_text(_page(headline, _TITLE), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org, doc.year) == (_TITLE, "南岭区妇女联合会", 2026)
    assert _outline(doc) == _PARTS


def test_the_documents_title_under_an_article_headline_is_the_title(parser, tmp_path: Path) -> None:
    """The headline is the article's ("巾帼风采｜南岭区妇联2026年工作回眸": no kind word); the bold line opening the
    body names an org, a year and a kind: the document's title, not a part over all the real ones."""
    path = tmp_path / "article.html"
    path.write_text(_page("巾帼风采｜南岭区妇联2026年工作回眸", _TITLE), encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.doc_type) == (_TITLE, "南岭区妇女联合会", "summary_plan")
    assert _outline(doc) == _PARTS
    assert "巾帼风采｜南岭区妇联2026年工作回眸" in result.removed


def test_a_title_like_line_under_a_plan_titled_headline_is_no_title(parser, tmp_path: Path) -> None:
    """Under a headline that is a document's title itself, a bold line worded as a title is the body's: the rule
    above takes the document's title only from under an article's headline (guard: holds before and after)."""
    path = tmp_path / "article.html"
    path.write_text(_page(_TITLE, "南岭区妇联2027年重点工作安排"), encoding="utf-8")
    assert parser.parse(path).documents[0].title == _TITLE


@pytest.mark.parametrize("author", ["区妇联办公室", "宣传委员 李小满"])
def test_every_part_label_in_a_box_of_its_own_joins_its_heading(parser, tmp_path: Path, author: str) -> None:
    """"第二部分", "第三部分" alone in their boxes, each heading on the next line: every one is one labelled part,
    not only the first; the byline box under the headline is the page's, whatever its author reads."""
    path = tmp_path / "article.html"
    path.write_text(_page(_TITLE, None, author), encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert _outline(doc) == _PARTS
    text = " ".join(doc.paragraphs) + " ".join(p for s in _sections(doc.sections) for p in s.paragraphs)
    assert author not in text and "南岭巾帼" not in text
    assert any(author in f.text for f in result.furniture)


def test_a_news_apps_text_size_switch_and_print_button_are_chrome(parser, tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text("南岭区妇女联合会2027年工作要点\n\n2027-01-12 09:30 来源：南岭区妇联\n字号：大 中 小  打印本页\n\n"
                    "　　一、深化巾帼建功行动\n　　组织开展巾帼建功竞赛，培育巾帼示范岗8个。\n"
                    "　　二、加强关爱服务\n　　新建儿童之家6个，开展关爱困境儿童活动不少于20场。\n", encoding="utf-8")
    result = parser.parse(path)
    assert "字号：大 中 小  打印本页" in result.removed
    assert not result.documents[0].paragraphs


_NOTE = """# 南岭区妇女联合会2027年工作要点

{quote}

一、深化巾帼建功行动

组织开展巾帼建功竞赛，培育巾帼示范岗8个。

二、加强关爱服务

新建儿童之家6个，开展关爱困境儿童活动不少于20场。
"""


def test_a_note_apps_quoted_source_note_is_set_aside(parser, tmp_path: Path) -> None:
    """"> 原文链接：…" / "> 来源公众号：…｜date time" right under the title: where the copy came from, listed aside."""
    path = tmp_path / "note.md"
    quote = "> 原文链接：https://example.org/s/AbC123\n> 来源公众号：南岭巾帼｜2027-01-12 19:40"
    path.write_text(_NOTE.format(quote=quote), encoding="utf-8")
    result = parser.parse(path)
    assert {"原文链接：https://example.org/s/AbC123", "来源公众号：南岭巾帼｜2027-01-12 19:40"} <= set(result.removed)
    assert not result.documents[0].paragraphs


def test_a_quote_of_the_documents_own_stays(parser, tmp_path: Path) -> None:
    """A quote under the title that holds a sentence (words the plan cites) is the plan's text (guard)."""
    path = tmp_path / "note.md"
    quote = "> 总体要求：坚持围绕中心、服务大局，推动妇女工作高质量发展，2027年1月起实施。"
    path.write_text(_NOTE.format(quote=quote), encoding="utf-8")
    result = parser.parse(path)
    assert not any("坚持围绕中心" in r for r in result.removed)
    # (an unnumbered lead phrase is no heading: the quote is a paragraph of the plan)
    assert "坚持围绕中心" in result.documents[0].model_dump_json()


_PLAN_BODY = "\n\n一、总体要求\n\n坚持稳中求进，全年完成固定资产投资8.5亿元。\n\n二、重点任务\n\n新建城市道路6公里，改造老旧小区14个。\n"


@pytest.mark.parametrize(("printed", "title", "org"), [
    ("云溪县住房和城乡建设局｜2026年工作计划", "云溪县住房和城乡建设局2026年工作计划", "云溪县住房和城乡建设局"),
    ("云溪县人民政府 | 2026年工作要点", "云溪县人民政府2026年工作要点", "云溪县人民政府"),
    ("共青团云溪县委｜2025年工作总结", "共青团云溪县委2025年工作总结", "共青团云溪县委"),
    ("北塘镇｜2025年工作总结和2026年工作计划", "北塘镇2025年工作总结和2026年工作计划", "北塘镇"),
    ("云溪县发展和改革委员会｜2026年工作要点", "云溪县发展和改革委员会2026年工作要点", "云溪县发展和改革委员会"),
])
def test_an_issuer_before_a_bar_is_no_column(parser, tmp_path: Path, printed: str, title: str, org: str) -> None:
    """"某局｜2026年工作计划": the front names a body or a place, the title's own issuer set off by a bar — the
    sides are one title, the front its org; a column ("工作动态｜…") names neither and is cut away (above)."""
    path = tmp_path / "plan.md"
    path.write_text(f"# {printed}{_PLAN_BODY}", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org) == (title, org)


def test_a_place_before_a_bar_names_the_report_as_it_would_unbarred(parser, tmp_path: Path) -> None:
    """"云溪县｜2026年政府工作报告" is the report "云溪县2026年政府工作报告", its org what that title gives (never
    "云溪县|2026年政府")."""
    barred, plain = tmp_path / "barred.md", tmp_path / "plain.md"
    barred.write_text(f"# 云溪县｜2026年政府工作报告{_PLAN_BODY}", encoding="utf-8")
    plain.write_text(f"# 云溪县2026年政府工作报告{_PLAN_BODY}", encoding="utf-8")
    doc, unbarred = parser.parse(barred).documents[0], parser.parse(plain).documents[0]
    assert doc.title == "云溪县2026年政府工作报告"
    assert doc.org == unbarred.org and doc.org is not None and doc.org.startswith("云溪县")


_PIECE = """<p style="text-align:center;"><strong>{title}</strong></p>
<p>一、总体目标</p><p>{target}</p>
<p>二、主要措施</p><p>组织专项培训4期，培训业务骨干260人次。</p>
"""


def _compilation(headline: str, titles: list[str]) -> str:
    targets = ["全年新建公办幼儿园2所，新增学位900个。", "全县家庭医生签约率达到72%以上。"]
    pieces = "".join(_PIECE.format(title=t, target=x) for t, x in zip(titles, targets, strict=False))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title></head><body>
<div class="article"><h1>{headline}</h1>
{pieces}</div></body></html>"""


@pytest.mark.parametrize("headline", ["云溪县各部门2026年工作计划汇编", "云溪县各部门2026年工作计划一览"])
def test_a_compilations_first_piece_does_not_title_the_whole(parser, tmp_path: Path, headline: str) -> None:
    """A headline collecting plans ("…汇编") or a second piece's title further down: the first piece's title is
    no document's title over the lot, and the second piece is no part of the first."""
    path = tmp_path / "pieces.html"
    path.write_text(_compilation(headline, ["云溪县教育局2026年工作计划", "云溪县卫生健康局2026年工作计划"]),
                    encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.title == headline
    assert [s.heading for s in doc.sections] == ["云溪县教育局2026年工作计划", "云溪县卫生健康局2026年工作计划"]


def test_a_line_naming_another_body_does_not_title_the_article(parser, tmp_path: Path) -> None:
    """Under "云溪县教育局2026年工作回眸", a line titled for another body (the health bureau) is no title of it."""
    path = tmp_path / "piece.html"
    path.write_text(_compilation("云溪县教育局2026年工作回眸", ["云溪县卫生健康局2026年工作总结"]), encoding="utf-8")
    assert parser.parse(path).documents[0].title == "云溪县教育局2026年工作回眸"


def test_an_events_own_fields_quoted_under_its_title_stay(parser, tmp_path: Path) -> None:
    """"> 时间：… 9:00" / "> 地点：…" / "> 主办单位：…" under an event plan's title: the plan's own fields, a date
    and a clock time among them — no label of a note app's source note, so nothing is set aside."""
    path = tmp_path / "event.md"
    quote = "> 时间：2026年4月18日 9:00\n> 地点：云溪县全民健身中心\n> 主办单位：云溪县人民政府"
    path.write_text(_NOTE.format(quote=quote), encoding="utf-8")
    result = parser.parse(path)
    assert not any("云溪县全民健身中心" in r for r in result.removed)
    assert "地点：云溪县全民健身中心" in result.documents[0].paragraphs


def test_the_title_segment_a_heading_prints_is_the_title(parser, tmp_path: Path) -> None:
    """<title> "政务动态｜云溪县2026年工作要点" over an article headlined "云溪县2026年工作要点": the segment the
    headline prints is the title, the one before it the column the site files it under."""
    path = tmp_path / "article.html"
    path.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务动态｜云溪县2026年工作要点</title></head>
<body><div id="js_article" class="rich_media"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">云溪县2026年工作要点</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">云溪发布</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-01-09 18:20</em></div>
<div class="rich_media_content" id="js_content">
<p>一、总体要求</p><p>坚持稳中求进，全年完成固定资产投资8.5亿元。</p>
<p>二、重点任务</p><p>新建城市道路6公里，改造老旧小区14个。</p></div></div></div></body></html>""", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org) == ("云溪县2026年工作要点", "云溪县")
    assert [s.heading for s in doc.sections] == ["总体要求", "重点任务"]
