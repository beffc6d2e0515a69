"""Marks of a document's layout read as such: a 红头's rule drawn in characters, a stage heading's dates in
brackets after its colon, and a 提纲 slide read a column at a time. Texts are our own."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.run_in import split_run_in


def _masthead_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for text, size in (("松岭县农业农村局文件", 26), ("松农发〔2026〕4号", 16), ("━━━━━━━━━━━━━━━━━━━━", 12),
                       ("松岭县农业农村局2026年工作要点", 22)):
        paragraph = document.add_paragraph(text)
        paragraph.alignment = 1  # centred, as a 红头 sets all four
        paragraph.runs[0].font.size = docx.shared.Pt(size)
    for text in ("2026年，全县农业农村工作坚持稳中求进，全力推进乡村全面振兴。", "一、稳定粮食生产",
                 "全年粮食播种面积稳定在42万亩以上，总产量达到16.5万吨。", "二、发展特色产业",
                 "新建高标准茶园3000亩，培育市级以上龙头企业2家。", "松岭县农业农村局", "2026年1月20日"):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_a_rule_drawn_under_the_masthead_is_no_half_of_the_title(parser, tmp_path: Path) -> None:
    [doc] = parser.parse(_masthead_docx(tmp_path / "redhead.docx")).documents
    assert (doc.title, doc.org) == ("松岭县农业农村局2026年工作要点", "松岭县农业农村局")
    assert [s.heading for s in doc.sections] == ["稳定粮食生产", "发展特色产业"]


def test_a_stage_headings_dates_in_brackets_stay_in_the_heading() -> None:
    assert split_run_in("（二）第二阶段：集中整治（2026年4月1日—9月30日）") == \
        ("（二）第二阶段：集中整治（2026年4月1日—9月30日）", None)
    # a body after the colon still runs in, brackets or not
    assert split_run_in("（二）工作目标：年内完成全部12个小区的改造任务（含配套设施），居民满意率达到90%以上")[1] \
        == "年内完成全部12个小区的改造任务（含配套设施），居民满意率达到90%以上"


def test_a_stop_inside_brackets_ends_no_heading() -> None:
    # a stage held twice a year: its two date spans, split by "；", are one heading's brackets
    stage = "（一）体检初审阶段（3月1日至4月30日；8月15日至9月10日）"
    assert split_run_in(stage) == (stage, None)
    # the stop after the brackets still ends the heading
    assert split_run_in("（一）体检初审阶段（3月1日至4月30日；8月15日至9月10日）。由县医院组织体检")[1] == "由县医院组织体检"


def test_a_two_column_outline_slide_read_a_column_at_a_time_is_the_contents(parser, tmp_path: Path) -> None:
    parts = ["一、基本情况", "二、主要做法", "三、取得成效", "四、存在问题", "五、下步打算", "六、意见建议"]
    lines = ["枫桥街道2025年社区治理工作汇报", "汇报提纲", *parts[0::2], *parts[1::2]]
    for i, part in enumerate(parts, start=1):
        lines += [part, f"围绕这项工作，街道走访居民{i * 120}户，收集意见{i * 8}条，办结率达到95%以上。"]
    path = tmp_path / "deck.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert [s.heading for s in doc.sections] == [p[2:] for p in parts]
    assert {b.text for b in result.furniture if b.kind == "toc"} >= {"汇报提纲", *parts}
