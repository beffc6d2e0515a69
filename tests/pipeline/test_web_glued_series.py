"""A hard-wrapped copy from a document site: one numbered heading glued to its body while its siblings stand on lines
of their own, and the titles of other documents the site lists under the end of its preview.

Every text here is written for these tests, in the shapes such copies take.
"""

from __future__ import annotations

from pathlib import Path

_WIDTH = 34  # characters a line of the copy holds


def _wrapped(paragraph: str) -> list[str]:
    text = "　　" + paragraph
    return [text[k: k + _WIDTH] for k in range(0, len(text), _WIDTH)]


_BODY = [
    "梅岭县妇女联合会2024年工作总结",
    "2024年，县妇联在县委的坚强领导下，团结带领全县各族各界妇女积极投身经济社会发展，各项工作取得新成效。现将全年工作总结如下。",
    "一、主要工作",
    "（一）强化思想引领，妇女群众凝聚力持续增强",
    "组建巾帼宣讲队18支，深入村社开展宣讲活动230场，覆盖妇女群众1.6万人次，引导广大妇女听党话、跟党走。",
    "（二）聚焦创业就业，妇女发展能力明显提升扎实开展“巾帼创业”行动，为全县870名农村妇女提供"
    "电商、家政等技能培训，推荐就业560人，扶持妇女创业项目42个。",
    "（三）关爱儿童成长，家庭教育指导更加深入",
    "建成县级家庭教育指导中心1个、乡镇家长学校15所，开展家庭教育公益讲座64场，惠及家庭5200户。",
    "（四）维护合法权益，妇女儿童发展环境不断优化",
    "受理妇女儿童来信来访96件，办结率100%。联合县法院设立婚姻家庭纠纷调解室，成功调解纠纷48起。",
    "二、2025年工作打算",
    "1.巩固思想引领阵地",
    "持续开展“巾帼心向党”主题宣讲，全年宣讲不少于200场，不断扩大妇女工作覆盖面。",
    "2.家庭文明建设深入推进广泛开展“最美家庭”寻访活动，年内评选县级最美家庭30户，推动家庭文明新风融入基层治理。",
    "3.妇女维权服务持续加强",
    "完善妇女儿童维权站点网络，全年培训维权志愿者不少于300人次，及时化解婚姻家庭矛盾纠纷。",
]
_RELATED = ["妇联工作总结范文（精选6篇）", "2025年乡镇妇联工作计划", "社区妇女儿童工作总结.docx"]
_PAGE_END = ["全文阅读已结束，如需下载本文档请点击“下载文档”", "下载文档", "", "相关文档推荐", *_RELATED, "",
             "©2025 某某文库　　关于我们　　用户协议"]


def _copy(tmp_path: Path) -> Path:
    lines = [_BODY[0], "本文档由用户上传，仅供学习交流使用。", ""]
    for paragraph in _BODY[1:]:
        lines.extend(_wrapped(paragraph))
    path = tmp_path / "copy.txt"
    path.write_text("\n".join([*lines, "", *_PAGE_END]) + "\n", encoding="utf-8")
    return path


def test_a_heading_glued_to_its_body_among_siblings_standing_alone_is_cut_where_theirs_end(parser, tmp_path) -> None:
    """（二）'s title runs into its body: it is the heading due in the count, its title as long as its siblings' ("X，Y"),
    cut where the body's first clause opens (扎实开展); "2." likewise among one-clause siblings (广泛开展)."""
    doc = parser.parse(_copy(tmp_path)).documents[0]
    outline = [(s.heading, [c.heading for c in s.children]) for s in doc.sections]
    assert outline == [
        ("主要工作", ["强化思想引领，妇女群众凝聚力持续增强", "聚焦创业就业，妇女发展能力明显提升",
                  "关爱儿童成长，家庭教育指导更加深入", "维护合法权益，妇女儿童发展环境不断优化"]),
        ("2025年工作打算", ["巩固思想引领阵地", "家庭文明建设深入推进", "妇女维权服务持续加强"]),
    ]
    assert doc.sections[0].children[1].paragraphs[0].startswith("扎实开展“巾帼创业”行动，为全县870名农村妇女")
    assert doc.sections[1].children[1].paragraphs[0].startswith("广泛开展“最美家庭”寻访活动，")


def test_the_titles_a_site_lists_under_its_end_marker_are_set_aside(parser, tmp_path) -> None:
    """The short title lines under "全文阅读已结束" / "相关文档推荐" are other documents, not the last section's text:
    set aside with the marker named in their reason."""
    result = parser.parse(_copy(tmp_path))
    last = result.documents[0].sections[-1].children[-1]
    assert last.paragraphs == ["完善妇女儿童维权站点网络，全年培训维权志愿者不少于300人次，及时化解婚姻家庭矛盾纠纷。"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert all("list of related documents under its end marker" in reasons[title] for title in _RELATED)


def test_sentences_under_an_end_marker_stay(parser, tmp_path) -> None:
    """A marker's evidence alone sets no sentence aside: a line holding one under it keeps every line."""
    lines = [_BODY[0], ""]
    for paragraph in _BODY[1:5]:
        lines.extend(_wrapped(paragraph))
    lines += ["", "全文阅读已结束", "附：2025年重点项目清单", "全年新建妇女儿童之家12个，由县妇联负责。"]
    path = tmp_path / "copy.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = parser.parse(path)
    kept = [p for s in result.documents[0].sections for c in s.children for p in c.paragraphs]
    assert "全年新建妇女儿童之家12个，由县妇联负责。" in " ".join(kept) + " ".join(
        p for s in result.documents[0].sections for p in s.paragraphs)
    assert not any("under its end marker" in r.reason for r in result.removed_reasons)


def test_numbered_entries_with_no_titled_siblings_stay_entries(parser, tmp_path) -> None:
    """"（一）…（二）…" entries of a part, none a title standing alone: no sibling sequence, so none is cut into one."""
    path = tmp_path / "plan.txt"
    path.write_text("青川镇妇联2025年工作计划\n一、重点任务\n全年重点做好以下工作。\n"
                    "（一）开展妇女技能培训，全年培训不少于500人次，组织手工编织培训班8期。\n"
                    "（二）推进巾帼家美积分超市建设，年内新建积分超市6个，覆盖全镇各村。\n"
                    "二、保障措施\n加强组织领导，明确责任分工，确保各项任务落到实处。\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(s.heading, s.children) for s in doc.sections] == [("重点任务", []), ("保障措施", [])]
    assert any(p.startswith("（二）推进巾帼家美积分超市建设") for p in doc.sections[0].paragraphs)


def test_series_split_reads_the_siblings_shape() -> None:
    from jihua.pipeline.run_in import series_split

    siblings = ["优化营商环境，市场主体活力持续释放", "强化要素保障，项目建设提速增效"]
    assert series_split("稳住农业基本盘，粮食综合产能稳步提高全面落实耕地保护制度，新建高标准农田2万亩。", siblings) == (
        "稳住农业基本盘，粮食综合产能稳步提高", "全面落实耕地保护制度，新建高标准农田2万亩。")
    # a stop within a heading's length ends it first
    assert series_split("壮大村级集体经济。全年培育示范村10个，带动农户增收。", siblings) == (
        "壮大村级集体经济", "全年培育示范村10个，带动农户增收。")


_LONE_LONG = [
    "溪口县交通运输局2025年道路运输安全工作方案",
    "一、总体要求",
    "全面落实安全生产责任，坚决防范遏制道路运输事故。",
    "二、重点任务",
    "（一）压实企业责任",
    "督促运输企业配齐安全管理人员，每月开展一次隐患自查。",
    "（二）严格路面管控",
    "联合交警部门开展夜间错时执法，严查超速超载行为。",
    "（三）突出源头治理，紧盯客运危运两类重点车辆，全面推进动态监控平台联网联控和闭环处置工作",
    "各运输企业要按照属地管理要求，抓好各项措施落实。",
]
_LONE_HEADING = "突出源头治理，紧盯客运危运两类重点车辆，全面推进动态监控平台联网联控和闭环处置工作"


def _lone_long_outline(parser, path: Path) -> list[tuple[str, list[str]]]:
    doc = parser.parse(path).documents[0]
    tasks = doc.sections[1]
    return [(c.heading, c.paragraphs) for c in tasks.children]


def test_a_long_heading_alone_on_its_line_is_never_cut_in_plain_text(parser, tmp_path) -> None:
    """A sub-part's heading far longer than its siblings', standing on its own line with its body on the next: it
    runs into no body of its own, so it is the whole heading as printed, not cut after its first clause."""
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_LONE_LONG) + "\n", encoding="utf-8")
    outline = _lone_long_outline(parser, path)
    assert outline[-1] == (_LONE_HEADING, ["各运输企业要按照属地管理要求，抓好各项措施落实。"])


def test_a_long_heading_alone_in_its_paragraph_is_never_cut_in_docx(parser, tmp_path) -> None:
    import docx

    d = docx.Document()
    for line in _LONE_LONG:
        d.add_paragraph(line)
    path = tmp_path / "plan.docx"
    d.save(str(path))
    outline = _lone_long_outline(parser, path)
    assert [h for h, _ in outline] == ["压实企业责任", "严格路面管控", _LONE_HEADING]
    assert outline[-1][1] == ["各运输企业要按照属地管理要求，抓好各项措施落实。"]


def test_a_long_heading_running_on_into_its_sentences_is_still_cut(parser, tmp_path) -> None:
    """The same part whose heading line goes on into its body's sentences (a copy that lost the break) is still a
    heading cut where its title ends, its sentences its body."""
    lines = [*_LONE_LONG[:8], "（三）突出源头治理全面推进动态监控平台联网联控，紧盯客运危运两类重点车辆加装智能终端。"
             "年内完成重点车辆智能监控终端安装320台，违规行为闭环处置率达到100%。"]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    outline = _lone_long_outline(parser, path)
    assert outline[-1][0] == "突出源头治理"
    assert outline[-1][1][0].startswith("全面推进动态监控平台联网联控，")
