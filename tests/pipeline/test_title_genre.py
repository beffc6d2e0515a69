"""Title block and kind: a contents label or a generic part's name is never the title; a speech's or a
meeting's minutes' title makes it `other`; a comparison's base year dates nothing; an author's byline under
the title is the title block's in every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.rules.titles import org_from_title


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _toc_docx(path: Path, label: str) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for name in ("toc 1", "toc 2"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    title = document.add_paragraph("临江县水利局2026年工作总结暨2027年工作计划")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.add_run(label).bold = True
    for text, style in (("一、2026年工作总结\t1", "toc 1"), ("（一）水库除险加固有序推进\t1", "toc 2"),
                        ("二、2027年工作计划\t2", "toc 1")):
        document.add_paragraph(text, style=style)
    document.add_heading("一、2026年工作总结", level=1)
    document.add_heading("（一）水库除险加固有序推进", level=2)
    document.add_paragraph("全年完成小型水库除险加固14座，新增灌溉面积2.3万亩。")
    document.add_heading("二、2027年工作计划", level=1)
    document.add_paragraph("全年计划完成中小河流治理45公里，农村自来水普及率达到93%。")
    document.save(str(path))
    return path


@pytest.mark.parametrize("label", ["目  录", "目　次"])
def test_a_contents_label_over_a_toc_field_is_furniture_not_the_title(parser, tmp_path: Path, label: str) -> None:
    """A centred "目  录" between the title and a TOC field's entries is the contents list's label: furniture
    with the entries, and the line above it stays the title (its org, year and kind read from it)."""
    result = parser.parse(_toc_docx(tmp_path / "toc.docx", label))
    [doc] = result.documents
    assert (doc.title, doc.org, doc.doc_type) == ("临江县水利局2026年工作总结暨2027年工作计划", "临江县水利局", "summary_plan")
    assert label in [f.text for f in result.furniture if f.kind == "toc"]
    assert not any("标题" in r.reason or "title block before" in r.reason for r in result.removed_reasons)


def test_a_contents_label_over_text_is_not_set_aside(tmp_path: Path) -> None:
    """Only a label right above a TOC field's entries goes with them: a 目录 line over plain text is left as the
    extractor read it (the stages decide)."""
    import docx
    from jihua.extractors import extract

    document = docx.Document()
    document.add_paragraph("目录")
    document.add_paragraph("本办法所称项目目录由市发展改革委按年度发布。")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    _, blocks = extract(path)
    assert [b.furniture for b in blocks if b.text == "目录"] == [None]


def _cover_docx(path: Path) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    for text, size in (("临江县防汛抗旱指挥部2027 年防汛抗旱工作方案", 26), ("临江县防汛抗旱指挥部办公室", 20),
                       ("2027年3月", 20), ("前言", 20)):
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).font.size = Pt(size)
    for text in ("为扎实做好2027年防汛抗旱工作，确保人民群众生命财产安全，制定本方案。", "一、工作目标",
                 "全年不发生因洪涝灾害造成的人员死亡事故，水库安全度汛率达到100%。", "二、重点任务",
                 "汛前完成堤防隐患排查整治38处。"):
        document.add_paragraph(text).runs[0].font.size = Pt(14)
    document.save(str(path))
    return path


def test_a_generic_part_name_or_a_date_is_never_the_title(parser, tmp_path: Path) -> None:
    """A deck-like cover — title, issuer, "2027年3月", then "前言" set as large — keeps the line naming the plan
    as the title: a part any document may have, a date alone or the issuer under the title never win it."""
    [doc] = parser.parse(_cover_docx(tmp_path / "cover.docx")).documents
    assert doc.title.replace(" ", "") == "临江县防汛抗旱指挥部2027年防汛抗旱工作方案"
    assert (doc.org, doc.year, doc.doc_type) == ("临江县防汛抗旱指挥部", 2027, "plan")


_PLANS_NEXT_YEAR = ["一、回顾今年工作", "今年全县地区生产总值增长6.1%。", "二、明年的目标任务",
                    "明年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", "三、保障措施", "各级各部门要压实责任。"]


@pytest.mark.parametrize("title", ["在全市农业农村工作会议上的讲话", "桐溪县人民政府第十四次常务会议纪要",
                                   "在区委经济工作会议上的总结讲话提纲", "在新春团拜会上的致辞",
                                   "在全县安全生产工作会议上的表态发言"])
def test_a_speech_or_minutes_is_other_whatever_its_text_plans(parser, tmp_path: Path, title: str) -> None:
    result = parser.parse(_write(tmp_path, "speech.txt", "\n".join([title, *_PLANS_NEXT_YEAR])))
    assert result.documents[0].doc_type == "other"


def test_a_speech_named_by_its_subtitle_is_other(parser, tmp_path: Path) -> None:
    lines = ["凝心聚力抓落实　奋力开创新局面", "——在全市农业农村工作会议上的讲话", *_PLANS_NEXT_YEAR]
    assert parser.parse(_write(tmp_path, "speech.txt", "\n".join(lines))).documents[0].doc_type == "other"


@pytest.mark.parametrize("subtitle", ["——区长 孙某某 在全区招商引资推进会上的讲话（2027年2月6日）",
                                      "——2027年1月12日在桐溪县第十七届人民代表大会第三次会议上的致辞"])
def test_a_subtitle_delivering_a_speech_with_a_name_or_a_date_makes_it_other(parser, tmp_path: Path,
                                                                            subtitle: str) -> None:
    lines = ["凝心聚力抓落实　奋力开创新局面", subtitle, *_PLANS_NEXT_YEAR]
    assert parser.parse(_write(tmp_path, "speech.txt", "\n".join(lines))).documents[0].doc_type == "other"


@pytest.mark.parametrize("subtitle", ["——贯彻落实区委书记在全区乡村振兴推进会上的讲话",
                                      "——学习市长在全市文旅发展大会上的讲话"])
def test_a_plan_whose_subtitle_carries_out_a_speech_stays_a_plan(parser, tmp_path: Path, subtitle: str) -> None:
    lines = ["桐溪县2027年文旅融合发展工作方案", subtitle, "为推动文旅融合，制定本方案。", *_PLANS_NEXT_YEAR[2:]]
    assert parser.parse(_write(tmp_path, "plan.txt", "\n".join(lines))).documents[0].doc_type == "plan"


def test_a_plan_to_carry_out_a_speech_stays_a_plan(parser, tmp_path: Path) -> None:
    lines = ["桐溪县贯彻落实全市农业农村工作会议讲话精神工作方案", *_PLANS_NEXT_YEAR]
    assert parser.parse(_write(tmp_path, "plan.txt", "\n".join(lines))).documents[0].doc_type == "plan"


@pytest.mark.parametrize("title,org", [
    ("桐溪县人民政府第十四次常务会议纪要", "桐溪县人民政府"),
    ("临江市水利局第3次局务会议纪要", "临江市水利局"),
    # a congress named by its term is no issuer's name here (meta reads its congress elsewhere)
    ("某镇第十八届人民代表大会第五次会议关于政府工作报告的决议", None),
    ("临江县第二次全国污染源普查工作方案", None),
])
def test_an_ordinal_session_between_the_org_and_the_kind(title: str, org: str | None) -> None:
    assert org_from_title(title) == org


def test_a_comparison_base_year_dates_nothing(parser, tmp_path: Path) -> None:
    """"较2021年增长" measures against 2021; "截至2026年6月底" is when the figures stand: the report's year."""
    lines = ["关于桐溪县民宿产业发展情况的调研报告", "今年5月，调研组深入8个乡镇开展专题调研，形成本报告。", "一、基本情况",
             "截至2026年6月底，全县登记民宿412家，床位5300张，营业收入较2021年增长52.6%。",
             "2022年以来，累计投入奖补资金3800万元。", "二、对策建议", "建议完善民宿分级评定制度。"]
    assert parser.parse(_write(tmp_path, "survey.txt", "\n".join(lines))).documents[0].year == 2026


def test_a_period_since_a_year_still_dates_a_text_naming_no_other(parser, tmp_path: Path) -> None:
    lines = ["桐溪县民政局工作总结", "2025年以来，我局坚持以人民为中心，扎实做好民生兜底保障工作。", "一、主要工作",
             "全年发放城乡低保金4120万元，同比增长6%。", "二、存在的问题", "基层民政力量较为薄弱。"]
    assert parser.parse(_write(tmp_path, "summary.txt", "\n".join(lines))).documents[0].year == 2025


_PAGE = """<html><head><title>{title}</title></head><body><div class="article"><h1>{title}</h1>
<p style="text-align:center">{byline}</p>
<p style="text-indent:2em">今年4月至5月，调研组深入6个乡镇、30个村开展专题调研，形成本报告。</p>
<p style="text-indent:2em"><strong>一、基本情况</strong></p>
<p style="text-indent:2em">截至2026年6月底，全县登记民宿412家，床位5300张。</p>
<p style="text-indent:2em"><strong>二、对策建议</strong></p>
<p style="text-indent:2em">建议完善民宿分级评定制度，培育精品民宿集群。</p></div></body></html>"""


@pytest.mark.parametrize("byline", ["中共桐溪县委政策研究室调研组", "桐溪县文化和旅游局"])
def test_an_authors_byline_under_a_pages_title_is_no_heading(parser, tmp_path: Path, byline: str) -> None:
    """A body's name alone right under an HTML page's <h1>, over the opening paragraph: a byline, as the same
    line in a DOCX is — set aside with the title block, never a part of the report."""
    title = "关于桐溪县民宿产业发展情况的调研报告"
    result = parser.parse(_write(tmp_path, "page.html", _PAGE.format(title=title, byline=byline)))
    [doc] = result.documents
    assert [s.heading for s in doc.sections] == ["基本情况", "对策建议"]
    assert byline in result.removed
