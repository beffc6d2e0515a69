"""Site chrome kept as text in web copies: a document site's read-on prompt at a page break and its stats,
a blog's tags, category and buttons, a footer's bar-separated related links, a knowledge base's breadcrumb
with its edit stamp and its tag line. Each set aside with its reason; the plan's own sentences that
mention 标签, 推荐 or 阅读 stay.

Every text here is written for these tests, in the shapes such copies take.
"""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.rules import chrome as site
from jihua.pipeline.webcopy import chrome_reason

from tests.writers import set_aside, write_txt


def _write(tmp_path: Path, lines: list[str], name: str = "copy.txt") -> Path:
    return write_txt(tmp_path / name, lines)


def _texts(doc) -> list[str]:
    out = [b.text for b in doc.preamble_blocks]

    def walk(sections) -> None:
        for s in sections:
            out.extend(s.paragraphs)
            walk(s.children)
    walk(doc.sections)
    return out


_WENKU = [
    "松川县农业农村局2026年工作总结 - 某某文库",
    "松川县农业农村局2026年工作总结",
    "1.8万阅读 | 4.2分 | 上传于2027-01-09",
    "",
    "2026年，县农业农村局围绕乡村振兴目标，扎实推进各项工作，现将情况总结如下。",
    "一、工作开展情况",
    "（一）粮食生产稳中有增",
    "全县粮食播种面积稳定在52万亩，新建高标准农田2.6万亩，完成病虫害统防统治面积",
    "- 1 -",
    "第 1 页 共 2 页",
    "还剩1页未读，继续阅读",
    "18万亩，粮食总产量达到23.4万吨。",
    "（二）农村改革持续深化",
    "完成农村承包地确权颁证扩面工作，新增家庭农场85家。",
    "二、2027年工作打算",
    "力争新建高标准农田3万亩，农村居民人均可支配收入增长7%。",
    "- 2 -",
    "第 2 页 共 2 页",
    "",
    "5下载券  ×",
    "阅读了该文档的用户还阅读了这些文档",
]


def test_a_read_on_prompt_at_a_page_break_is_set_aside_before_the_break_is_joined(parser, tmp_path) -> None:
    """The prompt is a page break of the preview: the fragment before it joins its continuation."""
    result = parser.parse(_write(tmp_path, _WENKU))
    doc = result.documents[0]
    texts = _texts(doc)
    assert "全县粮食播种面积稳定在52万亩，新建高标准农田2.6万亩，完成病虫害统防统治面积18万亩，粮食总产量达到23.4万吨。" in texts
    reasons = set_aside(result)
    assert "read on" in reasons["还剩1页未读，继续阅读"]
    for chrome in ("1.8万阅读 | 4.2分 | 上传于2027-01-09", "5下载券  ×", "阅读了该文档的用户还阅读了这些文档"):
        assert chrome in reasons and chrome not in texts


def test_a_plan_sentence_about_reading_stays() -> None:
    """Sentences that speak of reading, ratings or recommending are the plan's: no prompt, no stats row."""
    for line in ("组织开展全民阅读活动，引导群众继续阅读经典著作。", "继续阅读推广活动，全年举办读书会12场",
                 "全年阅读量达到5万次，群众满意度评分4.5分。", "85分 | 90分", "标签：要在全社会营造浓厚氛围，提高群众参与度。",
                 "相关推荐：要加强优秀案例的推荐，确保推荐质量。"):
        assert not site.READ_ON.match(line) and not site.DOC_STATS.match(line) and not site.TAG_LINE.match(line)
        assert chrome_reason(line, at_edge=False, beside_chrome=False) is None


_BLOG = [
    "松川县水务局2026年工作计划",
    "(2026-02-03 10:12:45)",
    "转载▼",
    "标签：",
    "工作计划",
    "2026",
    "水利",
    "分类： 工作资料",
    "",
    "为推进水务高质量发展，结合本县实际，制定2026年水务工作计划如下。",
    "一、工作目标",
    "全年新建供水管网30公里，农村自来水普及率达到98%。",
    "二、重点任务",
    "（一）推进水源工程建设",
    "开工建设东山水库扩容工程，年内完成投资8000万元。",
    "（二）加强河湖管护",
    "落实河长制，每月开展一次河道巡查。",
    "",
    "分享：",
    "喜欢",
    "0",
    "赠金笔",
    "阅读(86)┊ 评论 (2)┊ 收藏(0) ┊转载(1) ┊ 喜欢▼ ┊打印┊举报",
    "前一篇：松川县水务局2025年工作总结",
]


def test_a_blogs_tags_are_chrome_and_never_the_title(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _BLOG))
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.year) == ("松川县水务局2026年工作计划", "松川县水务局", 2026)
    reasons = set_aside(result)
    for line in ("标签：", "工作计划", "水利", "分类： 工作资料"):
        assert "tags" in reasons[line]
    for line in ("分享：", "喜欢", "赠金笔", "转载▼"):
        assert line in reasons
    texts = _texts(doc)
    assert not {"喜欢", "赠金笔", "分类： 工作资料", "转载▼"} & set(texts)
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务"]


def test_a_button_word_and_a_category_list_in_the_plans_body_stay(parser, tmp_path) -> None:
    """喜欢 alone, or 分类： over its kinds, in the text and far from any chrome: the plan's own lines."""
    lines = ["松川县城管局2026年垃圾分类工作方案", "", "为推进生活垃圾分类，制定本方案。", "一、分类标准", "分类：",
             "可回收物", "有害垃圾", "厨余垃圾", "二、宣传活动", "开展“我最喜欢的分类标语”评选，评选结果如下：", "喜欢",
             "各社区要组织居民参与投票，确保活动覆盖全部小区。"]
    result = parser.parse(_write(tmp_path, lines))
    texts = " ".join(_texts(result.documents[0]) + [s.heading for s in result.documents[0].sections])
    for line in ("分类：", "可回收物", "有害垃圾", "喜欢"):
        assert line in texts
        assert line not in set_aside(result)


def test_a_footers_related_links_between_bars_are_navigation(parser, tmp_path) -> None:
    lines = ["松川县文旅局2026年工作要点", "", "为推进文旅融合发展，制定本要点。", "一、重点工作",
             "新建城市书房3个，全年举办文化活动200场。", "二、保障措施", "加强组织领导，确保各项任务落到实处。",
             "上一篇：松川县文旅局2025年工作总结", "相关推荐：工作要点范文 | 工作计划范文 | 实施方案范文"]
    result = parser.parse(_write(tmp_path, lines))
    assert "相关推荐：工作要点范文 | 工作计划范文 | 实施方案范文" in set_aside(result)
    assert not any("范文" in t for t in _texts(result.documents[0]))


_KB = [
    "# 松川县人社局2026年工作要点",
    "",
    "> 资料库 / 公文范本 / 工作要点　·　最后编辑于 2026-02-11　·　阅读 58",
    "",
    "2026年全县人社工作的总体思路是：稳就业、保民生、促发展。",
    "",
    "## 一、总体要求",
    "",
    "坚持就业优先，着力提升公共就业服务水平。",
    "",
    "## 二、重点任务",
    "",
    "- （一）稳定就业大局",
    "  全年城镇新增就业5000人以上，城镇调查失业率控制在5.5%以内。",
    "",
    "- （二）完善社会保障",
    "  企业职工养老保险参保人数达到12万人。",
    "",
    "---",
    "",
    "**标签**：`工作要点` `人社` `2026`",
    "",
    "上一篇：[松川县人社局2025年工作总结](../2025.md)",
]


def test_a_knowledge_base_breadcrumb_with_its_stamp_is_page_metadata(parser, tmp_path) -> None:
    """The H1 names the document and is its title; the breadcrumb line with its edit date and count is no
    heading (the parts stay at level 1); the tag line under the last rule is the footer's."""
    result = parser.parse(_write(tmp_path, _KB, "kb.md"))
    doc = result.documents[0]
    assert (doc.title, doc.org) == ("松川县人社局2026年工作要点", "松川县人社局")
    assert [(s.heading, s.level) for s in doc.sections] == [("总体要求", 1), ("重点任务", 1)]
    reasons = set_aside(result)
    assert "breadcrumb" in reasons["资料库 / 公文范本 / 工作要点\u3000·\u3000最后编辑于 2026-02-11\u3000·\u3000阅读 58"]
    assert "tags" in reasons["标签：工作要点 人社 2026"]


def test_a_breadcrumb_needs_its_stamp() -> None:
    """A plan's slashes ("一季度 / 二季度") are no breadcrumb; only the page's stamp beside them makes one."""
    assert site.CRUMB_STAMP.match("资料库 / 公文范本　·　更新于 2026-02-11")
    assert not site.CRUMB_STAMP.match("一季度 / 二季度 / 三季度")
    assert not site.CRUMB_STAMP.match("一季度 / 二季度　·　完成投资的60%")


def test_a_bare_kind_word_under_the_title_never_wins_it(parser, tmp_path) -> None:
    lines = ["松川县水务局2027年工作计划", "工作计划", "", "为推进水务工作，结合本县实际，制定本计划。", "一、工作目标",
             "全年新建供水管网30公里。", "二、保障措施", "加强组织领导，确保各项任务落到实处。"]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    assert (doc.title, doc.org) == ("松川县水务局2027年工作计划", "松川县水务局")
