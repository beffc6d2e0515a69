"""DOCX as offices circulate them: tables typed with tab stops, paragraph marks deleted under
tracked changes, soft breaks inside sentences, and 批注. The documents are our own."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from jihua import extractors

W = nsdecls("w")


def _para(doc: object, xml: str) -> None:
    body = doc.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{xml}</w:p>"))


def _tabbed(doc: object, cells: list[str]) -> None:
    _para(doc, "<w:r><w:tab/></w:r>".join(f"<w:r><w:t>{c}</w:t></w:r>" for c in cells))


def _blocks(doc: object, path: Path) -> list:
    """The block stream of the document saved at `path`."""
    doc.save(str(path))  # type: ignore[attr-defined]
    return extractors.extract(path)[1]


def test_paragraphs_of_tab_separated_cells_are_a_table(parser, tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("岭南镇2026年文化惠民活动方案").alignment = 1
    doc.add_paragraph("一、活动安排")
    for row in (["季度", "活动", "承办单位"], ["一季度", "迎春书画展", "镇文化站"], ["二季度", "广场舞展演", "镇文化站、各村"],
                ["三季度", "送戏下乡", "镇宣传办"]):
        _tabbed(doc, row)
    doc.add_paragraph("二、经费保障")
    _tabbed(doc, ["项目", "金额"])  # two rows only: no table, and no heading either
    _tabbed(doc, ["演出补贴", "12万元"])
    doc.add_paragraph("全年安排文化活动经费不少于20万元。")
    path = tmp_path / "tabs.docx"
    blocks = _blocks(doc, path)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows == [["季度", "活动", "承办单位"], ["一季度", "迎春书画展", "镇文化站"],
                          ["二季度", "广场舞展演", "镇文化站、各村"], ["三季度", "送戏下乡", "镇宣传办"]]
    plan = parser.parse(path).documents[0]
    assert [(s.heading, [c.heading for c in s.children]) for s in plan.sections] == [("活动安排", []), ("经费保障", [])]
    assert plan.sections[1].paragraphs[:2] == ["项目\t金额", "演出补贴\t12万元"]


def test_a_typed_contents_list_with_page_numbers_stays_lines(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("目录")
    for entry in (["一、总体要求", "1"], ["二、重点任务", "3"], ["三、保障措施", "6"]):
        _tabbed(doc, entry)
    blocks = _blocks(doc, tmp_path / "toc.docx")
    assert [b.kind for b in blocks] == ["paragraph"] * 4


_DEL_MARK = '<w:pPr><w:rPr><w:del w:id="{n}" w:author="审核人" w:date="2026-02-03T10:00:00Z"/></w:rPr></w:pPr>'


def test_a_deleted_paragraph_mark_joins_the_paragraph_with_the_next(tmp_path: Path) -> None:
    """Changes accepted: a deleted mark runs its paragraph into the next; a paragraph deleted with its
    mark leaves nothing (the next keeps its own formatting); a labelled heading stays over its body."""
    doc = docx.Document()
    _para(doc, _DEL_MARK.format(n=1) + "<w:r><w:t>全面推行河湖长制巡查，</w:t></w:r>")
    _para(doc, "<w:r><w:t>全年巡河不少于1200人次。</w:t></w:r>")
    _para(doc, '<w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:del w:id="2" w:author="审核人"/></w:rPr></w:pPr>'
               '<w:del w:id="3" w:author="审核人"><w:r><w:delText>（三）删去的小节</w:delText></w:r></w:del>')
    _para(doc, "<w:r><w:t>保留的正文段落。</w:t></w:r>")
    _para(doc, _DEL_MARK.format(n=4) + "<w:r><w:t>（四）加强水域保洁</w:t></w:r>")
    _para(doc, "<w:r><w:t>各乡镇落实保洁人员，做到日常巡查全覆盖。</w:t></w:r>")
    blocks = _blocks(doc, tmp_path / "marks.docx")
    assert [(b.text, b.kind) for b in blocks] == [
        ("全面推行河湖长制巡查，全年巡河不少于1200人次。", "paragraph"), ("保留的正文段落。", "paragraph"),
        ("（四）加强水域保洁", "paragraph"), ("各乡镇落实保洁人员，做到日常巡查全覆盖。", "paragraph")]


def _broken(doc: object, *lines: str) -> None:
    _para(doc, "<w:r><w:br/></w:r>".join(f"<w:r><w:t>{line}</w:t></w:r>" for line in lines))


def test_a_soft_break_inside_a_sentence_is_a_wrap(tmp_path: Path) -> None:
    """Shift+Enter mid-sentence joins with nothing between Chinese pieces (a space between Latin
    words); it stays before a list label, after a sentence's end, and in a sign-off."""
    doc = docx.Document()
    _broken(doc, "依托滨江步行街打造“江畔市集”夜间消费品牌，", "年内新增特色摊位80个。")
    _broken(doc, "推广使用", "ETC", "smart parking系统，覆盖主要商圈。")
    _broken(doc, "各单位报送的材料包括", "（1）年度工作总结；", "（2）统计报表。")
    _broken(doc, "完成摸底排查。", "启动整改工作，年底前全部销号。")
    _broken(doc, "东湖区商务局", "东湖区财政局")
    _broken(doc, "东湖区商务局", "2026年1月12日")
    blocks = _blocks(doc, tmp_path / "soft.docx")
    assert [b.text for b in blocks] == [
        "依托滨江步行街打造“江畔市集”夜间消费品牌，年内新增特色摊位80个。", "推广使用ETC smart parking系统，覆盖主要商圈。",
        "各单位报送的材料包括\n（1）年度工作总结；\n（2）统计报表。", "完成摸底排查。\n启动整改工作，年底前全部销号。",
        "东湖区商务局\n东湖区财政局", "东湖区商务局\n2026年1月12日"]


def test_comments_are_listed_as_furniture_with_their_author_never_body(parser, tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("南岗街道2026年社区养老服务工作要点").alignment = 1
    doc.add_paragraph("一、工作目标")
    target = doc.add_paragraph("全年新建社区助餐点6个，老年人助餐服务覆盖率达到80%。")
    doc.add_comment(target.runs, text="覆盖率口径请与民政办核对。", author="周文斌", initials="ZWB")
    path = tmp_path / "commented.docx"
    doc.save(str(path))
    result = parser.parse(path)
    assert [(f.kind, f.text) for f in result.furniture] == [("comment", "周文斌：覆盖率口径请与民政办核对。")]
    assert result.documents[0].sections[0].paragraphs == ["全年新建社区助餐点6个，老年人助餐服务覆盖率达到80%。"]


def test_a_soft_break_after_a_short_unlabelled_line_stays(tmp_path: Path) -> None:
    """A short line that may be a run-in heading ("优化营商环境" Shift+Enter its body) keeps its
    break for the later stages; a line too long for a heading, or stopping at ，, still wraps."""
    doc = docx.Document()
    _broken(doc, "优化营商环境", "全年新增市场主体不少于5000户，办结时限压缩30%。")
    _broken(doc, "持续推进老旧小区改造提升工程并同步完善周边配套设施建设，", "年内完成改造小区42个。")
    _broken(doc, "持续推进老旧小区改造提升工程并同步完善周边配套设施建设及管网更新", "年内完成改造小区42个。")
    blocks = _blocks(doc, tmp_path / "short.docx")
    assert [b.text for b in blocks] == [
        "优化营商环境\n全年新增市场主体不少于5000户，办结时限压缩30%。",
        "持续推进老旧小区改造提升工程并同步完善周边配套设施建设，年内完成改造小区42个。",
        "持续推进老旧小区改造提升工程并同步完善周边配套设施建设及管网更新年内完成改造小区42个。"]
