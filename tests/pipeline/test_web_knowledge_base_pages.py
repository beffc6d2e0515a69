"""A plan saved from a knowledge base as Markdown: its "# " line is the title; the page's quoted stamp
(column, edit date, read count), its editor's contents marker and the tags and export note under the
last rule are the page's chrome, set aside with their reasons — and none of their words (a column
named "方案总结") decides what kind of document it is.

The texts are written for these tests (fictional places, bodies and figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

_TITLE = "松岭县林业局2026年森林防火工作方案"
_BODY = ("为切实做好全县森林防火工作，制定本方案。\n\n## 一、工作目标\n\n全年森林火灾受害率控制在0.8‰以内。\n\n"
         "## 二、主要措施\n\n**（一）加强巡护。**全县配备专职护林员120名。\n\n"
         "**（二）完善设施。**新建瞭望塔3座。\n")


def _page(stamp: str, tail: str = "标签：`方案` `松岭县林业局`", marker: str = "[TOC]") -> str:
    return (f"# {_TITLE}\n\n> {stamp}\n\n{marker}\n\n{_BODY}\n---\n\n{tail}\n\n"
            "> 本文档由「松岭资料库」导出，仅供学习参考。\n")


def _parse(parser, tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return parser.parse(path)


def _reasons(result) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed_reasons}


@pytest.mark.parametrize("stamp", ["📂 松岭资料库 / 方案总结 ｜ 最后编辑：2026-01-09 08:15 ｜ 阅读 57",
                                   "方案总结 · 更新于 2026-01-09 · 阅读 57"])
def test_the_quoted_stamp_is_the_pages_and_the_hash_line_the_title(parser, tmp_path: Path, stamp: str) -> None:
    result = _parse(parser, tmp_path, _page(stamp))
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.doc_type) == (_TITLE, "松岭县林业局", "plan")
    assert "post's stamp" in _reasons(result)[stamp]
    assert [s.heading for s in doc.sections] == ["工作目标", "主要措施"]
    assert doc.paragraphs == ["为切实做好全县森林防火工作，制定本方案。"]
    assert {t.value for t in doc.targets} >= {120, 3}


def test_the_contents_marker_and_the_tags_under_the_last_rule_are_set_aside(parser, tmp_path: Path) -> None:
    result = _parse(parser, tmp_path, _page("松岭资料库 / 方案总结 ｜ 阅读 57", marker="[toc]"))
    reasons = _reasons(result)
    assert "contents marker" in reasons["[toc]"]
    assert "tags" in reasons["标签：方案 松岭县林业局"]
    last = result.documents[0].sections[-1].children[-1]
    assert last.paragraphs == ["新建瞭望塔3座。"]


def test_a_line_worded_as_a_glued_title_under_the_hash_title_is_no_second_title(parser, tmp_path: Path) -> None:
    """Under an explicit title a line of the body that opens with a kind word and a space ("…方案总结 …")
    is not cut into a title of its own."""
    text = f"# {_TITLE}\n\n松岭县各乡镇防火方案总结 各乡镇要结合实际细化措施，层层压实防火责任。\n\n{_BODY}"
    doc = _parse(parser, tmp_path, text).documents[0]
    assert (doc.title, doc.doc_type) == (_TITLE, "plan")


def test_a_plans_own_tags_line_in_its_body_stays_and_the_pages_goes(parser, tmp_path: Path) -> None:
    """"标签：" inside the text, far from the page's end, is the plan's (a labelling task); the page's under
    the last rule is set aside."""
    body = _BODY.replace("## 二、主要措施", "标签：防火 巡护\n\n## 二、主要措施")
    more = "".join(f"第{n}段说明文字，落实各项工作。\n\n" for n in "三四五六七八")
    result = _parse(parser, tmp_path, f"# {_TITLE}\n\n{body}\n{more}---\n\n标签：`方案` `防火`\n")
    reasons = _reasons(result)
    assert "标签：防火 巡护" not in reasons and "tags" in reasons["标签：方案 防火"]


def test_contents_markers() -> None:
    """An editor's marker alone on its line is the page's; a bracketed word or a line with text is not one."""
    from jihua.pipeline.rules.chrome import CONTENTS_MARKER

    assert all(CONTENTS_MARKER.match(line) for line in ["[TOC]", "[toc]", "[[toc]]", "[[_TOC_]]", "${toc}"])
    assert not any(CONTENTS_MARKER.match(line) for line in ["[目录]", "TOC检查清单", "[TOC] 一、工作目标"])
