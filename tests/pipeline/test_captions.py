"""A figure's caption is set aside in every format, with its reason; a table's caption stays over its table,
and a sentence that only opens with 图/表 ("图书馆…", "表彰…") stays text. Texts are our own."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from jihua.pipeline.runner import parse_file

PLAN = """某区水务局2026年工作计划
一、工作目标
全年新建雨水管网12公里。
图2　某区易涝点分布示意图（比例尺1:5000）
图书馆前广场积水点年内完成改造。
表彰一批防汛先进集体。
二、重点任务
完成8处易涝点整治。
"""


def _body(result: object) -> str:
    """The document as output (its text, outline and targets), without what was set aside."""
    return result.documents[0].model_dump_json()  # type: ignore[attr-defined,no-any-return]


def test_a_numbered_figure_caption_in_a_text_file_is_set_aside_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    result = parse_file(path)
    body = _body(result)
    assert "易涝点分布示意图" not in body
    assert "图书馆前广场积水点年内完成改造" in body and "表彰一批防汛先进集体" in body
    assert any(r.text.startswith("图2") and "caption" in r.reason for r in result.removed_reasons)
    assert [t.value for t in result.documents[0].targets] == [12, 8]  # the scale's 5000 is no target


def _picture_paragraph(doc: object) -> None:
    """A picture on a line of its own (the blip's image need not exist for the reader)."""
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "pic")}><w:drawing><wp:inline><wp:extent cx="100" cy="100"/>'
        '<wp:docPr id="7" name="pic"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill/><pic:spPr/></pic:pic>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))


def test_word_captions_are_set_aside_but_a_tables_caption_stays_over_its_table(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("某区水务局2026年工作计划")
    doc.add_paragraph("一、工作目标")
    doc.add_paragraph("全年新建雨水管网12公里，完成8处易涝点整治。")
    _picture_paragraph(doc)
    doc.add_paragraph("图为新建成的城东排涝泵站").alignment = 1  # centred, right under the picture
    doc.add_paragraph("图 1 2025年汛期城区积水情况", style="Caption")
    seq = doc.add_paragraph("图")
    seq._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" SEQ 图 \\* ARABIC "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
    seq.add_run(" 泵站机组检修现场")
    doc.add_paragraph("表1 主要指标", style="Caption")
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["指标", "目标值", "雨水管网", "12公里"], strict=True):
        cell.text = text
    doc.add_paragraph("二、重点任务")
    doc.add_paragraph("表彰一批防汛先进集体。").alignment = 1
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = parse_file(path)
    body = _body(result)
    for caption in ("城东排涝泵站", "积水情况", "机组检修现场"):
        assert caption not in body
        assert any(caption in r.text for r in result.removed_reasons)
    assert "表1 主要指标" not in [r.text for r in result.removed_reasons]
    assert "表彰一批防汛先进集体" in body  # centred, but under no picture


def test_a_centred_part_heading_or_note_under_a_picture_is_no_caption(tmp_path: Path) -> None:
    """Under a chart, only a caption's wording (图为…, 图N, …示意图/照片/现场) names the picture; a part's
    heading, a year's work or a note on the data stays text."""
    doc = docx.Document()
    doc.add_paragraph("某镇农业服务中心2027年工作方案").alignment = 1
    doc.add_paragraph("一、工作目标")
    doc.add_paragraph("全年推广水稻新品种1.5万亩。")
    for n, line in enumerate(("二、主要措施", "统计口径说明", "某镇育秧工厂现场", "2028年工作安排")):
        _picture_paragraph(doc)
        doc.add_paragraph(line).alignment = 1
        doc.add_paragraph(f"建成集中育秧点{n + 4}个。")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = parse_file(path)
    assert [r.text for r in result.removed_reasons] == ["某镇育秧工厂现场"]
    text = "".join(d.model_dump_json() for d in result.documents)
    assert all(line in text for line in ("主要措施", "统计口径说明", "2028年工作安排"))


def test_a_tables_numbered_caption_is_never_set_aside(tmp_path: Path) -> None:
    """"表N 名称" over a unit line and its table, or over prose in a text file, is the table's caption."""
    doc = docx.Document()
    doc.add_paragraph("某镇2027年农业生产计划").alignment = 1
    doc.add_paragraph("全年粮食播种面积稳定在8万亩以上。")
    doc.add_paragraph("表1 2027年农业生产指标").alignment = 1
    doc.add_paragraph("单位：万亩").alignment = 2
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["指标", "目标值", "粮食播种面积", "8"], strict=True):
        cell.text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    assert parse_file(path).removed_reasons == []
    text = tmp_path / "plan.txt"
    text.write_text("某镇2027年农业生产计划\n一、工作目标\n表3 分片区播种安排\n东片区播种水稻3万亩，西片区播种玉米2万亩。\n",
                    encoding="utf-8")
    result = parse_file(text)
    assert result.removed_reasons == [] and "分片区播种安排" in _body(result)
