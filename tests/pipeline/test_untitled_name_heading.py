"""A text with no title line opens on a heading that is also the file's name: the file's name stands
in for the title, but no line of the text repeats it, so the heading stays. What the outline does set
aside as a repeat (a title printed again as a heading) is listed in `removed` with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.runner import parse_file

BODY = "全镇今年计划新建高标准农田1200亩，完成农机补贴发放。\n各村要明确专人负责，按月报送进展。\n"


def test_a_heading_named_like_its_file_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "春耕备耕那些事.txt"
    path.write_text("春耕备耕那些事\n" + BODY, encoding="utf-8")
    doc = parse_file(path).documents[0]
    assert [s.heading for s in doc.sections] == ["春耕备耕那些事"]
    assert doc.sections[0].paragraphs[0].startswith("全镇今年计划")


def test_a_title_printed_again_as_a_heading_is_listed_in_removed(tmp_path: Path) -> None:
    """A content slide titled with the deck's title: the repeat goes, with its reason."""
    pptx = pytest.importorskip("pptx")
    prs = pptx.Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "西坪乡2032年人居环境整治工作要点"
    cover.placeholders[1].text = "西坪乡人民政府"
    for head, body in [("一、重点任务", "全年改造农村户厕600户，新建污水管网18公里，推进垃圾分类示范村建设。"),
                       ("西坪乡2032年人居环境整治工作要点", "全乡新建垃圾中转站2座，配备保洁员60名。"),
                       ("二、保障措施", "各村要落实专人负责，每月报送工作进展，乡里定期通报。")]:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = head
        slide.placeholders[1].text = body
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    result = parse_file(path)
    assert [s.heading for s in result.documents[0].sections] == ["重点任务", "保障措施"]
    assert any(r.text == "西坪乡2032年人居环境整治工作要点" and "title printed again" in r.reason for r in result.removed_reasons)
