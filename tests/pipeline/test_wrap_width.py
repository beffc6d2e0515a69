"""A hard-wrapped text copy measured by its body's lines: the wrap's width counts each paragraph's
indent, a page's byline wider than the wrap does not set it, and no paragraph ends inside a figure."""

from __future__ import annotations

from pathlib import Path

INDENT = "\u3000\u3000"


def _wrapped(paragraphs: list[str], width: int) -> list[str]:
    """Each paragraph indented and cut every `width` characters, the indent counted (as a site's
    text export does)."""
    lines: list[str] = []
    for text in paragraphs:
        text = INDENT + text
        lines.extend(text[i: i + width] for i in range(0, len(text), width))
    return lines


BODY = [
    "为丰富群众文化生活，推动基层文化繁荣发展，结合本镇实际，特制定柳溪镇文化站2026年工作计划。",
    "一、工作目标",
    "全年组织送戏下乡文艺演出不少于24场，农家书屋借阅人次达到常住人口的15%以上，"
    "群众文化活动参与率提高到85%，文化志愿者队伍人数稳定在120人以上，培育特色文艺团队10支。",
    "二、主要任务",
    "（一）丰富群众文化活动",
    "1.办好春节、元宵节系列群众文化活动，组织书法、剪纸、戏曲等传统文化展示，每个行政村至少开展一次。",
    "2.开展全民阅读推广活动，组织读书分享会不少于8场，全年新增馆藏图书达到2000册以上。",
    "三、保障措施",
    "镇文化站要加强与各村的协调配合，明确责任分工，定期通报工作进展，确保各项任务按期完成。",
]


def _portal_copy(tmp_path: Path) -> Path:
    lines = ["柳溪镇文化站2026年工作计划", "",
             "来源：柳溪镇人民政府门户网站　　发布时间：2026-01-16 10:20　　浏览次数：1288",
             "【字体：大 中 小】", "", *_wrapped(BODY, 36),
             " " * 30 + "柳溪镇文化站", " " * 30 + "2026年1月15日", "", "【打印本页】【关闭窗口】"]
    path = tmp_path / "portal.txt"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    return path


def test_a_portal_copy_wrapped_with_its_indent_under_a_wider_byline_joins_back(parser, tmp_path) -> None:
    """Each line holds 36 characters, the first line of a paragraph its "　　" indent among them; the
    page's byline is wider than any line of the text. The width is the body's: the paragraphs join
    back, "…稳定在12" | "0人以上，…" among them; the headings and the signing block stay lines of their own."""
    doc = parser.parse(_portal_copy(tmp_path)).documents[0]
    assert doc.paragraphs == [BODY[0]]
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "工作目标"), ("二、", "主要任务"), ("三、", "保障措施")]
    assert doc.sections[0].paragraphs == [BODY[2]]
    assert doc.sections[2].paragraphs == [BODY[8]]
    tasks = doc.sections[1].children[0]
    assert "".join(tasks.paragraphs + [c.heading for c in tasks.children] + [p for c in tasks.children for p in c.paragraphs]) \
        .count("每个行政村至少开展一次。") == 1
    assert (doc.org, doc.date) == ("柳溪镇文化站", "2026年1月15日")
    figures = {(t.value, t.unit) for t in doc.targets}
    assert {(15, "%"), (85, "%"), (120, "人"), (10, "支")} <= figures


def _units(path: Path) -> list:
    from jihua.extractors.options import ExtractOptions
    from jihua.extractors.text import extract
    from jihua.pipeline.model import Unit

    return [Unit(text=b.text, block=b) for b in extract(path, ExtractOptions(ocr=False))]


def test_the_wrap_is_the_width_the_body_lines_share(tmp_path) -> None:
    """The wrap is the width line after line fills, indent counted, not the widest line: a byline
    stands wider alone. Part headings of one width over paragraphs typed one a line, each of its own
    width, are no wrap (many lines stand wider than they)."""
    from jihua.pipeline.reflow import wrap_width

    wrap = wrap_width(_units(_portal_copy(tmp_path)))
    assert wrap is not None and (wrap.columns, wrap.chars, wrap.indents) == (72, 36, True)
    lines = ["（一）深化农村改革，激发乡村发展活力", "全面完成农村集体产权制度改革，盘活闲置宅基地120宗，村级集体经济收入全部达到10万元以上。",
             "（二）加强生态保护，建设美丽宜居乡村", "完成造林绿化3000亩，治理水土流失面积15平方公里，农村生活污水治理率达到60%，",
             "（三）提升公共服务，补齐民生领域短板", "新建村卫生室8个，改造农村公路45公里，实现20户以上自然村通硬化路，"
             "村级综合服务站全覆盖，群众满意度不断提高，",
             "（四）强化组织保障", "各乡镇要落实主体责任，明确时间表和路线图，按月调度，确保各项任务落地见效，"]
    typed = tmp_path / "typed.txt"
    typed.write_text("\n".join(lines), encoding="utf-8")
    assert wrap_width(_units(typed)) is None


def test_a_line_break_inside_a_figure_ends_no_paragraph(parser, tmp_path) -> None:
    """Too few lines to measure a wrap, but a break cut two figures ("…农户总数的1" | "5%以上，…",
    "…农民20" | "0人次…"): the lines join. A numbered item after a line ending on a figure and a date
    under a signing body stay lines of their own."""
    lines = ["白沙村2026年工作计划", "",
             INDENT + "全年新增农村电商经营户12户，村集体经营性收入达到全村农户总数的1",
             "5%以上，村民人均可支配收入增长7.5%左右，新增农民专业合作社3家，培训高素质农民20",
             "0人次，村级道路亮化率达到100%。",
             INDENT + "一、重点任务",
             INDENT + "1.完成道路硬化工程，全年新修村组道路共计3",
             INDENT + "2.新建文化广场1处。",
             "白沙村村民委员会", "2026年1月6日"]
    path = tmp_path / "village.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.paragraphs == ["全年新增农村电商经营户12户，村集体经营性收入达到全村农户总数的15%以上，村民人均可支配收入"
                              "增长7.5%左右，新增农民专业合作社3家，培训高素质农民200人次，村级道路亮化率达到100%。"]
    items = [c.heading + "".join(c.paragraphs) for c in doc.sections[0].children] or doc.sections[0].paragraphs
    assert len(items) == 2 and items[1].endswith("新建文化广场1处。")
    assert (doc.org, doc.date) == ("白沙村村民委员会", "2026年1月6日")
    assert {(15, "%"), (7.5, "%"), (200, "人次")} <= {(t.value, t.unit) for t in doc.targets}
