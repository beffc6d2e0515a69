"""Markdown: what a file holds beside its text (front matter, images, a knowledge base's closing
links) is set aside as furniture; the text's own lines stay."""

from __future__ import annotations

from pathlib import Path

from jihua.extractors.frontmatter import read_front_matter

from jihua import extractors

_BODY = ("为推进全镇农业农村现代化，制定本计划。\n\n**一、工作目标**\n\n全年新建高标准农田5000亩。\n\n"
         "**二、重点任务**\n\n### （一）稳定粮食生产\n\n落实粮食种植面积3.2万亩。\n")


def _write(tmp_path: Path, text: str, name: str = "plan.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_is_metadata_and_its_title_the_title(tmp_path: Path, parser) -> None:
    path = _write(tmp_path, "---\ntitle: \"柳溪镇2026年农业农村工作计划\"\ntags: [乡镇, 农业]\nauthor: 柳溪镇\n"
                            "categories:\n  - 计划\n---\n\n" + _BODY)
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.furniture == "metadata"] == [
        "title: \"柳溪镇2026年农业农村工作计划\"", "tags: [乡镇, 农业]", "author: 柳溪镇", "categories:", "- 计划"]
    body = [b for b in blocks if b.furniture is None]
    assert (body[0].kind, body[0].text) == ("title", "柳溪镇2026年农业农村工作计划")
    assert not any(":" in b.text for b in body)
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org) == ("柳溪镇2026年农业农村工作计划", "柳溪镇")
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务"]
    assert [c.heading for c in doc.sections[1].children] == ["稳定粮食生产"]


def test_front_matter_title_gives_way_to_the_body_s_own(tmp_path: Path) -> None:
    """The body prints its title too: one title, the body's (TOML front matter as well)."""
    path = _write(tmp_path, "+++\ntitle = '柳溪镇2026年农业农村工作计划'\ndraft = false\n+++\n\n"
                            "# 柳溪镇2026年农业农村工作计划\n\n" + _BODY)
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.kind == "title"] == ["柳溪镇2026年农业农村工作计划"]
    assert [b.text for b in blocks if b.furniture == "metadata"] == ["title = '柳溪镇2026年农业农村工作计划'", "draft = false"]


def test_a_rule_over_the_text_is_no_front_matter() -> None:
    """A plan opening with a rule, a paragraph and another rule: its lines are no fields."""
    assert read_front_matter("---\n柳溪镇2026年工作计划\n---\n\n正文。") is None
    assert read_front_matter("---\n时间：2026年3月\n---\n") is None  # a full-width colon is the text's
    assert read_front_matter("---\n\n正文第一段。\n\n---\n") is None
    found = read_front_matter("---\ntitle: 某镇计划\n...\n正文")
    assert found is not None and found.title == "某镇计划" and found.end == 3


def test_links_read_as_their_text_and_images_are_set_aside(tmp_path: Path) -> None:
    path = _write(tmp_path, "# 柳溪镇2026年工作计划\n\n## [一、工作目标](#goals)\n\n"
                            "按照[县委部署](https://example.org/a.html)，全年建成示范村3个。\n\n"
                            "![图1 示范村分布](img/map.png)\n\n如下图![](img/b.png)所示。\n")
    _, blocks = extractors.extract(path)
    body = [b.text for b in blocks if b.furniture is None]
    assert body == ["柳溪镇2026年工作计划", "一、工作目标", "按照县委部署，全年建成示范村3个。", "如下图所示。"]
    assert [b.text for b in blocks if b.furniture == "image"] == ["图1 示范村分布", "img/b.png"]


def test_closing_links_after_the_last_rule_are_the_page_s(tmp_path: Path) -> None:
    path = _write(tmp_path, "# 柳溪镇2026年工作计划\n\n全年建成示范村3个，详见[实施细则](./rules.md)。\n\n"
                            "[返回目录](../index.md)\n\n---\n\n一、工作目标\n\n完成造林1200亩。\n\n---\n\n"
                            "柳溪镇人民政府\n\n2026年1月8日\n\n相关条目：[柳溪镇2025年工作总结](./2025.md)\n\n"
                            "相关阅读：\n\n- [全县农业工作要点](a.md)\n- [乡村振兴规划](b.md)\n\n"
                            "[上一篇](./prev.md) | [下一篇](./next.md)\n")
    _, blocks = extractors.extract(path)
    body = [b.text for b in blocks if b.furniture is None]
    assert body == ["柳溪镇2026年工作计划", "全年建成示范村3个，详见实施细则。", "返回目录", "一、工作目标",
                    "完成造林1200亩。", "柳溪镇人民政府", "2026年1月8日"]
    assert [b.text for b in blocks if b.furniture == "chrome"] == [
        "相关条目：柳溪镇2025年工作总结", "相关阅读：", "全县农业工作要点", "乡村振兴规划", "上一篇 | 下一篇"]


def test_a_labelled_link_of_the_plan_s_own_stays(tmp_path: Path) -> None:
    """After the last rule, an annex line with its link is the plan's, not a list of other pages."""
    path = _write(tmp_path, "# 柳溪镇2026年工作计划\n\n完成造林1200亩。\n\n---\n\n附件：[重点项目清单](list.xlsx)\n")
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.furniture is None][-1] == "附件：重点项目清单"


def _closing(tmp_path: Path, tail: str) -> tuple[list[str], list[str]]:
    """The body's and the chrome's lines of a plan closing with `tail` under a last rule."""
    path = _write(tmp_path, "# 桐山县2026年水利建设计划\n\n一、工作目标\n\n新建小型水库2座。\n\n---\n\n" + tail)
    _, blocks = extractors.extract(path)
    return [b.text for b in blocks if b.furniture is None], [b.text for b in blocks if b.furniture == "chrome"]


def test_an_annex_list_of_files_under_the_last_rule_is_the_plan_s(tmp_path: Path) -> None:
    """"附件：" over numbered links to a spreadsheet and a Word file: the plan's annexes, not a footer."""
    body, chrome = _closing(tmp_path, "附件：\n\n[1. 2026年水库除险加固项目表](附件1.xlsx)\n\n"
                                      "[2. 水利项目包保责任表](附件2.docx)\n")
    assert body[-3:] == ["附件：", "1. 2026年水库除险加固项目表", "2. 水利项目包保责任表"]
    assert chrome == []


def test_links_to_files_numbered_links_and_an_annex_s_pages_stay(tmp_path: Path) -> None:
    """Each on its own keeps a link line: a file it points to, an item label in its text, an annex
    label over it (even over links to pages)."""
    body, chrome = _closing(tmp_path, "[灌区改造示意图](img/guanqu.pdf)、[资金测算](ce-suan.et)\n\n"
                                      "- [（一）堤防巡查办法](./xuncha.md)\n- [二、防汛值守安排](zhishou.html)\n\n"
                                      "附表：\n\n- [水源地名录](./shuiyuan.md)\n- [泵站台账](https://example.org/bengzhan)\n")
    assert body[-6:] == ["灌区改造示意图、资金测算", "（一）堤防巡查办法", "二、防汛值守安排", "附表：", "水源地名录",
                         "泵站台账"]
    assert chrome == []


def test_links_to_other_pages_after_an_annex_are_the_footer_again(tmp_path: Path) -> None:
    """An annex's entries stay; a related-pages label or a plain line of page links after them is the
    page's footer, whether the pages end in .md, .html, nothing, or are a site's."""
    body, chrome = _closing(tmp_path, "附件：\n\n[1. 小型水库名录](minglu.xlsx)\n\n推荐阅读：\n\n"
                                      "- [桐山县2025年水利工作总结](../2025/zongjie)\n- [河长制工作要点](https://example.org/news/hzz.html)\n\n"
                                      "[返回首页](https://example.org/) | [上一篇](prev.md)\n")
    assert body[-2:] == ["附件：", "1. 小型水库名录"]
    assert chrome == ["推荐阅读：", "桐山县2025年水利工作总结", "河长制工作要点", "返回首页 | 上一篇"]
