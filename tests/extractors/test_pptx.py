"""PPTX: reading order on the slide, deck structure (目录, dividers), furniture set aside."""

from __future__ import annotations

from pathlib import Path

from jihua.schemas.plan import walk
from pptx import Presentation
from pptx.util import Emu, Pt

from jihua import extractors


def _box(slide, left: int, top: int, text: str, width: int = 4_000_000, bold: bool = False) -> None:
    shape = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(600_000))
    run = shape.text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.bold = bold
    run.font.size = Pt(20)


def _deck(slide_title: str):
    """A title slide, then one "Title Only" slide to draw on."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "某县2024年双拥工作计划"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = slide_title
    return prs, slide


def test_side_by_side_boxes_read_left_then_right(tmp_path: Path) -> None:
    prs, slide = _deck("具体目标")
    # added right column first, and the right box starts slightly higher: still read left first
    _box(slide, 4_800_000, 1_480_000, "右栏：开展宣传活动不少于10次。")
    _box(slide, 400_000, 1_500_000, "左栏：组织共建活动不少于5次。")
    _box(slide, 400_000, 3_000_000, "下方：落实优抚政策。", width=8_000_000)
    path = tmp_path / "columns.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks[1:]] == ["具体目标", "左栏：组织共建活动不少于5次。", "右栏：开展宣传活动不少于10次。",
                                            "下方：落实优抚政策。"]
    assert blocks[0].kind == "title"
    assert blocks[1].role == "slide_title" and blocks[1].kind == "heading"


def test_grouped_shapes_are_opened_in_place(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _box(slide, 400_000, 400_000, "第一行")
    group = slide.shapes.add_group_shape()
    box = group.shapes.add_textbox(Emu(400_000), Emu(2_000_000), Emu(3_000_000), Emu(500_000))
    box.text_frame.text = "组内第二行"
    _box(slide, 400_000, 4_000_000, "第三行")
    path = tmp_path / "group.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["第一行", "组内第二行", "第三行"]


def test_corpus_deck_structure(corpus_files: Path) -> None:
    _, blocks = extractors.extract(corpus_files / "qinghe-2023-plan.pptx")
    body = [b for b in blocks if b.furniture is None]
    assert body[0].kind == "title" and body[0].text == "青禾县退役军人事务局2023年双拥工作计划"
    toc = [b for b in blocks if b.furniture == "toc"]
    assert any(b.text == "一、指导思想" for b in toc), "the 目录 slide is recognised and set aside"
    dividers = [b for b in body if b.role == "divider"]
    assert [b.text for b in dividers] == ["一、指导思想", "二、工作目标", "三、主要任务", "四、时间安排", "五、保障措施"]
    assert any(b.kind == "table" and b.rows and b.rows[0] == ["时间", "主要工作", "责任单位"] for b in body)


def test_slide_number_and_footer_placeholders_are_furniture(tmp_path: Path) -> None:
    prs, slide = _deck("工作要求")
    _box(slide, 400_000, 1_500_000, "各单位要明确专人负责。")
    # a page number box at the foot of the slide, as many templates draw it
    _box(slide, 8_000_000, int(prs.slide_height) - 400_000, "3", width=500_000)
    path = tmp_path / "furniture.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.furniture is None][1:] == ["工作要求", "各单位要明确专人负责。"]
    assert [b.furniture for b in blocks if b.furniture] == ["page_number"]


def test_a_divider_drawn_in_text_boxes_is_a_numbered_part(tmp_path: Path) -> None:
    """No title placeholder: "PART 02", the part's title and an English echo in boxes of their own."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "某公司2025年安全生产工作部署"
    divider = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    _box(divider, 400_000, 1_500_000, "PART 02")
    _box(divider, 400_000, 2_400_000, "2025年安全生产目标", bold=True)
    _box(divider, 400_000, 3_300_000, "SAFETY GOALS")
    path = tmp_path / "boxed.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.role, b.numbering, b.text) for b in blocks[1:]] == [
        ("heading", "divider", "PART 02", "2025年安全生产目标")]


def test_a_decks_bullets_and_closing_slide(parser, tmp_path: Path) -> None:
    """Short bullet lines on a content slide are entries, not sub-parts; "谢  谢" ending the deck goes."""
    prs, slide = _deck("工作回顾")
    body = slide.shapes.add_textbox(Emu(400_000), Emu(1_500_000), Emu(8_000_000), Emu(3_000_000)).text_frame
    body.text = "全年实现安全生产零事故目标"
    for line in ("排查整改各类隐患1286项，整改率99.6%", "组织应急演练58次"):
        body.add_paragraph().text = line
    prs.slides.add_slide(prs.slide_layouts[6])
    _box(prs.slides[-1], 3_000_000, 3_000_000, "谢  谢")
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    doc = parser.parse(path).documents[0]
    assert [(s.heading, s.children) for s in doc.sections] == [("工作回顾", [])]
    assert doc.sections[0].paragraphs == ["全年实现安全生产零事故目标", "排查整改各类隐患1286项，整改率99.6%", "组织应急演练58次"]


def _drawn(slide, top: int, lines: list[str], size: int, bold: bool = False, left: int = 400_000) -> None:
    """One text box, one paragraph per line, every run at one size."""
    frame = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(8_000_000), Emu(700_000)).text_frame
    for i, line in enumerate(lines):
        run = (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).add_run()
        run.text, run.font.size, run.font.bold = line, Pt(size), bold


def test_a_deck_drawn_in_text_boxes_keeps_its_cover_title_and_part_order(parser, tmp_path: Path) -> None:
    """No placeholders anywhere: the cover's largest line is the title, the top line set larger than
    the rest of a slide is its title, and a numbered divider holds the slide titles after it, also
    when a slide's text box holds several paragraphs."""
    prs = Presentation()
    blank = prs.slide_layouts[6]
    cover = prs.slides.add_slide(blank)
    _drawn(cover, 2_000_000, ["柳溪镇团委2026年工作要点"], 40, bold=True)
    _drawn(cover, 4_000_000, ["共青团柳溪镇委员会", "2026年2月"], 18)
    for number, part, slides in (("01", "加强青年思想引领", [("深化政治学习", ["持续开展主题团课，全年组织团课不少于40场。",
                                                                       "组建青年宣讲小分队。"])]),
                                 ("02", "服务青年成长发展", [("助力青年就业", ["举办招聘活动6场。"]),
                                                             ("关爱青少年健康", ["开展心理健康讲座12场。"])])):
        divider = prs.slides.add_slide(blank)
        _drawn(divider, 2_000_000, [number], 54, bold=True, left=600_000)
        _drawn(divider, 2_100_000, [part], 36, bold=True, left=2_400_000)
        for title, body in slides:
            slide = prs.slides.add_slide(blank)
            _drawn(slide, 300_000, [title], 28, bold=True)
            _drawn(slide, 1_300_000, body, 20)
            _drawn(slide, 6_300_000, [str(len(prs.slides))], 12, left=8_000_000)  # a page number at the foot
    path = tmp_path / "drawn.pptx"
    prs.save(str(path))
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.title, doc.doc_type, doc.year) == ("柳溪镇团委2026年工作要点", "plan", 2026)
    assert [(s.level, s.heading) for s in walk(doc.sections)] == [
        (1, "加强青年思想引领"), (2, "深化政治学习"), (1, "服务青年成长发展"), (2, "助力青年就业"), (2, "关爱青少年健康")]
    assert doc.sections[0].children[0].paragraphs == ["持续开展主题团课，全年组织团课不少于40场。", "组建青年宣讲小分队。"]
    assert {"共青团柳溪镇委员会", "2026年2月"} <= {r.text for r in result.removed_reasons}


def test_a_part_number_beside_a_slide_title_over_its_text_labels_that_title(parser, tmp_path: Path) -> None:
    """A cover printing only its title; a content slide with a big "01" box beside its drawn title and
    text under both: the number is the title's label (not a paragraph, not the document's title), and
    the part it opens is the sibling of the "02" divider after it."""
    prs = Presentation()
    blank = prs.slide_layouts[6]
    _drawn(prs.slides.add_slide(blank), 2_000_000, ["石桥乡2027年妇联工作要点"], 40, bold=True)
    first = prs.slides.add_slide(blank)
    _drawn(first, 1_400_000, ["01"], 72, bold=True, left=1_300_000)
    _drawn(first, 1_800_000, ["工作思路"], 40, bold=True, left=3_800_000)
    _drawn(first, 4_000_000, ["坚持围绕中心、服务大局，团结引领妇女建功新时代。"], 18, left=1_300_000)
    divider = prs.slides.add_slide(blank)
    _drawn(divider, 2_000_000, ["02"], 54, bold=True, left=600_000)
    _drawn(divider, 2_100_000, ["重点任务"], 36, bold=True, left=2_400_000)
    slide = prs.slides.add_slide(blank)
    _drawn(slide, 300_000, ["实施巾帼建功行动"], 28, bold=True)
    _drawn(slide, 1_300_000, ["全年举办妇女技能培训不少于8期。"], 20)
    path = tmp_path / "numbered.pptx"
    prs.save(str(path))
    doc = parser.parse(path).documents[0]
    assert doc.title == "石桥乡2027年妇联工作要点"
    assert [(s.level, s.number, s.heading) for s in walk(doc.sections)] == [
        (1, "01", "工作思路"), (1, "02", "重点任务"), (2, "", "实施巾帼建功行动")]
    assert doc.sections[0].paragraphs == ["坚持围绕中心、服务大局，团结引领妇女建功新时代。"]


def test_equal_sized_lines_on_a_drawn_slide_stay_body(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _drawn(slide, 100_000, ["03"], 48, bold=True)  # a decorative number set large beside the lines
    _drawn(slide, 300_000, ["落实河长巡河制度"], 20, bold=True)
    _drawn(slide, 1_300_000, ["每月巡河不少于2次。", "及时处置发现问题。"], 20)
    path = tmp_path / "flat.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.role) for b in blocks] == [("paragraph", None)] * 4


def _grouped_card(slide, left: int, head: str, body: str) -> None:
    """A heading box over its text box, grouped: one card of a row of cards."""
    group = slide.shapes.add_group_shape()
    for top, text in ((1_500_000, head), (2_200_000, body)):
        box = group.shapes.add_textbox(Emu(left), Emu(top), Emu(2_600_000), Emu(500_000))
        box.text_frame.text = text


def test_grouped_cards_side_by_side_read_card_by_card(parser, tmp_path: Path) -> None:
    prs, slide = _deck("一、重点任务")
    for n, (head, body) in enumerate((("（一）稳定粮食生产", "完成粮食播种面积61万亩。"),
                                      ("（二）壮大特色产业", "新增茶园面积2000亩。"),
                                      ("（三）改善人居环境", "完成农村改厕1200户。"))):
        _grouped_card(slide, 300_000 + n * 2_900_000, head, body)
    path = tmp_path / "cards.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks[2:]] == ["（一）稳定粮食生产", "完成粮食播种面积61万亩。", "（二）壮大特色产业",
                                            "新增茶园面积2000亩。", "（三）改善人居环境", "完成农村改厕1200户。"]
    doc = parser.parse(path).documents[0]
    firsts = [(c.heading, c.paragraphs) for c in doc.sections[0].children]
    assert firsts[0] == ("稳定粮食生产", ["完成粮食播种面积61万亩。"])


def _sized(slide, left: int, top: int, width: int, height: int, lines: list[str], size: int) -> None:
    """A text box at a given spot and size, one paragraph per line."""
    frame = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height)).text_frame
    for i, line in enumerate(lines):
        run = (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).add_run()
        run.text, run.font.size = line, Pt(size)


def _report_deck(path: Path) -> None:
    """A 工作汇报 deck drawn in text boxes: a small part tag in the top corner of each content slide,
    and a slide of figure cards (a big figure over its label, four side by side)."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12_192_000), Emu(6_858_000)
    blank = prs.slide_layouts[6]
    cover = prs.slides.add_slide(blank)
    _sized(cover, 900_000, 2_000_000, 10_000_000, 1_100_000, ["栖霞区水务局2025年工作汇报"], 40)
    _sized(cover, 4_000_000, 4_000_000, 4_000_000, 900_000, ["栖霞区水务局", "2025年12月"], 20)
    for number, part, slides in (("01", "2025年主要成绩", [("河湖治理成效明显", ["完成河道清淤42公里", "新建生态护岸8.6公里"]),
                                                           ("供水保障能力提升", ["改造老旧供水管网31公里"]), ("主要指标", None)]),
                                 ("02", "2026年工作思路", [("重点任务", ["新建城乡供水一体化工程2处"])])):
        divider = prs.slides.add_slide(blank)
        _sized(divider, 1_400_000, 2_400_000, 2_000_000, 1_400_000, [number], 72)
        _sized(divider, 3_800_000, 2_700_000, 7_300_000, 900_000, [part], 40)
        for title, bullets in slides:
            slide = prs.slides.add_slide(blank)
            _sized(slide, 550_000, 320_000, 9_100_000, 730_000, [title], 30)
            _sized(slide, 9_300_000, 90_000, 2_700_000, 360_000, [f"{number} {part}"], 11)  # the part tag
            _sized(slide, 11_400_000, 6_400_000, 550_000, 360_000, [str(len(prs.slides))], 11)
            if bullets:
                _sized(slide, 820_000, 1_370_000, 10_500_000, 4_500_000, bullets, 22)
                continue
            for k, (figure, label) in enumerate((("98.6%", ["城市污水集中处理率", "同比提高1.2个百分点"]),
                                                 ("42公里", ["河道清淤长度", "目标40公里"]),
                                                 ("0.35", ["农田灌溉水有效利用系数"]),
                                                 ("1.8万人", ["新增农村供水受益人口"]))):
                left = 640_000 + k * 2_830_000
                _sized(slide, left, 2_000_000, 2_650_000, 1_100_000, [figure], 44)
                _sized(slide, left, 3_200_000, 2_650_000, 1_370_000, label, 18)
    prs.save(str(path))


def test_a_part_tag_repeated_in_the_corner_is_set_aside_as_a_header(parser, tmp_path: Path) -> None:
    path = tmp_path / "report.pptx"
    _report_deck(path)
    _, blocks = extractors.extract(path)
    tags = [b for b in blocks if b.text in ("01 2025年主要成绩", "02 2026年工作思路")]
    # kept, as a page header is, also where the part has one slide only (the same spot as the others)
    assert [(b.text, b.furniture) for b in tags] == [("01 2025年主要成绩", "header")] * 3 + [("02 2026年工作思路", "header")]
    doc = parser.parse(path).documents[0]
    assert [(s.level, s.heading) for s in walk(doc.sections)] == [
        (1, "2025年主要成绩"), (2, "河湖治理成效明显"), (2, "供水保障能力提升"), (2, "主要指标"),
        (1, "2026年工作思路"), (2, "重点任务")]


def test_figure_cards_are_read_card_by_card_each_figure_with_its_label(parser, tmp_path: Path) -> None:
    path = tmp_path / "report.pptx"
    _report_deck(path)
    _, blocks = extractors.extract(path)
    cards = [b.text for b in blocks if b.prov.page == 5 and b.furniture is None and b.kind == "paragraph"]
    assert cards == ["98.6% 城市污水集中处理率 同比提高1.2个百分点", "42公里 河道清淤长度 目标40公里",
                     "0.35 农田灌溉水有效利用系数", "1.8万人 新增农村供水受益人口"]
    doc = parser.parse(path).documents[0]
    reported = {a.value_text: a.metric for a in doc.achievements}
    assert "污水集中处理率" in (reported.get("98.6%") or "")


def test_a_repeated_title_set_large_stays_a_title(tmp_path: Path) -> None:
    """The same title at the same spot on a slide and its continuation is no page header: it is the
    largest line there, not the smallest."""
    prs = Presentation()
    blank = prs.slide_layouts[6]
    for bullets in (["开展巡河1200次"], ["清理河道垃圾350吨"]):
        slide = prs.slides.add_slide(blank)
        _sized(slide, 500_000, 300_000, 8_000_000, 700_000, ["河长制工作"], 28)
        _sized(slide, 500_000, 1_300_000, 8_000_000, 3_000_000, bullets, 20)
    path = tmp_path / "repeat.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.text, b.furniture) for b in blocks if b.text == "河长制工作"] == [("河长制工作", None)] * 2


def test_a_number_column_beside_a_text_column_pairs_row_by_row(tmp_path: Path) -> None:
    """Stacked boxes side by side of unlike widths (a narrow number column, a wide text column) are no
    cards: each number is read with the text beside it."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for k, text in enumerate(["推进节水型社会建设", "实施水系连通工程", "强化水旱灾害防御"]):
        top = 1_500_000 + k * 900_000
        _sized(slide, 500_000, top, 700_000, 600_000, [f"0{k + 1}"], 28)
        _sized(slide, 1_400_000, top, 6_500_000, 600_000, [text], 20)
    path = tmp_path / "numbered.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["01", "推进节水型社会建设", "02", "实施水系连通工程", "03", "强化水旱灾害防御"]


def test_text_cards_side_by_side_read_card_by_card_each_box_its_own_block(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for k, (head, body) in enumerate((("防汛备汛", "汛前完成水库安全检查。"), ("抗旱保供", "新建应急水源工程3处。"))):
        left = 500_000 + k * 4_200_000
        _sized(slide, left, 1_500_000, 3_900_000, 600_000, [head], 24)
        _sized(slide, left, 2_200_000, 3_900_000, 1_200_000, [body], 18)
    path = tmp_path / "textcards.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["防汛备汛", "汛前完成水库安全检查。", "抗旱保供", "新建应急水源工程3处。"]


def test_figure_cards_in_two_groups_stay_apart(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for row, cards in enumerate(((("36所", "新建标准化考场"), ("2.4万人", "参加职业技能培训")),
                                 (("15项", "完成省级课题"), ("97%", "毕业生就业率")))):
        group = slide.shapes.add_group_shape()
        for k, (figure, label) in enumerate(cards):
            left, top = 500_000 + k * 4_200_000, 1_000_000 + row * 2_600_000
            for y, text, size in ((top, figure, 40), (top + 1_000_000, label, 18)):
                run = group.shapes.add_textbox(Emu(left), Emu(y), Emu(3_900_000), Emu(900_000)).text_frame.paragraphs[0].add_run()
                run.text, run.font.size = text, Pt(size)
    path = tmp_path / "groups.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["36所 新建标准化考场", "2.4万人 参加职业技能培训", "15项 完成省级课题", "97% 毕业生就业率"]


def test_a_part_tag_beside_template_placeholders_is_a_header(tmp_path: Path) -> None:
    """Title and text in the template's placeholders (their type set by the template, not the
    slide): the small tag repeated in the corner is still the page header."""
    prs = Presentation()
    for title, body in (("开展文明城市创建", "新建新时代文明实践站12个"), ("推进移风易俗", "修订村规民约86部")):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = body
        _sized(slide, 6_600_000, 60_000, 2_400_000, 300_000, ["02 精神文明建设"], 10)
    path = tmp_path / "template.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.text, b.furniture) for b in blocks if "精神文明" in b.text] == [("02 精神文明建设", "header")] * 2
    assert [b.text for b in blocks if b.role == "slide_title"] == ["开展文明城市创建", "推进移风易俗"]


def _table(slide, rows: list[list[str]], top: int = 1_400_000) -> None:
    frame = slide.shapes.add_table(len(rows), len(rows[0]), Emu(600_000), Emu(top), Emu(7_800_000), Emu(1_800_000))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            frame.table.cell(r, c).text = value


def test_a_slide_whose_body_is_a_table_is_a_content_slide_with_its_page_number_aside(parser, tmp_path: Path) -> None:
    """Drawn in text boxes: a title over a table and a small "4" at the foot. The slide is no part
    divider, the "4" is its page number (not the part's number), the table is the slide's own, and a
    later slide titled like a plan ("…安排") is still a slide of this deck."""
    prs = Presentation()
    blank = prs.slide_layouts[6]
    _drawn(prs.slides.add_slide(blank), 2_000_000, ["松岭镇2025年农村供水工作汇报"], 40, bold=True)
    for title, body, rows in (("供水设施建设", ["新建集中供水站3座，改造老旧管网26公里，惠及群众1.2万人"], None),
                              ("水质监测情况", [], [["监测项目", "2024年", "2025年"], ["水样合格率", "92%", "97%"]]),
                              ("下一步工作安排", ["完成剩余4个村的管网延伸，农村自来水普及率达到98%"], None)):
        slide = prs.slides.add_slide(blank)
        _drawn(slide, 300_000, [title], 28, bold=True)
        if rows:
            _table(slide, rows)
        else:
            _drawn(slide, 1_300_000, body, 20)
        _drawn(slide, int(prs.slide_height) - 450_000, [str(len(prs.slides))], 11, left=8_300_000)
    path = tmp_path / "table_slide.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    third = [(b.kind, b.role, b.numbering, b.furniture, b.text) for b in blocks if b.prov.page == 3]
    assert third == [("heading", "slide_title", None, None, "水质监测情况"), ("table", None, None, None, ""),
                     ("paragraph", None, None, "page_number", "3")]
    result = parser.parse(path)
    assert len(result.documents) == 1
    sections = result.documents[0].sections
    assert [(s.number, s.heading) for s in sections] == [("", "供水设施建设"), ("", "水质监测情况"), ("", "下一步工作安排")]
    assert [t.rows[1] for t in sections[1].tables] == [["水样合格率", "92%", "97%"]]
    assert not sections[0].tables


def test_a_divider_keeps_what_else_it_prints(tmp_path: Path) -> None:
    """A part divider in a section-header layout with a note under its title: the title opens the part
    and the note is kept as text, not dropped with the slide."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "东岙街道2026年平安建设工作要点"
    divider = prs.slides.add_slide(prs.slide_layouts[2])  # "Section Header"
    divider.shapes.title.text = "矛盾纠纷排查化解"
    divider.placeholders[1].text = "本部分由街道综治中心牵头落实。"
    path = tmp_path / "divider_note.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.role, b.text) for b in blocks[1:]] == [
        ("heading", "divider", "矛盾纠纷排查化解"), ("paragraph", None, "本部分由街道综治中心牵头落实。")]


def test_a_contents_slide_under_any_label_is_set_aside(parser, tmp_path: Path) -> None:
    """"汇报内容" over the parts the deck then walks through is its contents slide, as a 目录 slide is:
    its entries are no empty parts of their own before the real ones."""
    prs, slide = _deck("汇报内容")
    parts = ["一、2025年工作回顾", "二、2026年工作打算"]
    frame = slide.shapes.add_textbox(Emu(400_000), Emu(1_500_000), Emu(8_000_000), Emu(2_000_000)).text_frame
    frame.text = parts[0]
    frame.add_paragraph().text = parts[1]
    for part, line in zip(parts, ["全年走访慰问优抚对象1200人次", "全年开展双拥共建活动不少于10次"], strict=True):
        content = prs.slides.add_slide(prs.slide_layouts[5])
        content.shapes.title.text = part
        _box(content, 400_000, 1_500_000, line, width=8_000_000)
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    result = parser.parse(path)
    assert [(s.heading, s.paragraphs) for s in result.documents[0].sections] == [
        ("2025年工作回顾", ["全年走访慰问优抚对象1200人次"]), ("2026年工作打算", ["全年开展双拥共建活动不少于10次"])]
    assert [f.text for f in result.furniture if f.kind == "toc"] == ["汇报内容", *parts]


def test_a_title_typed_in_several_paragraphs_is_one_title(parser, tmp_path: Path) -> None:
    """A cover's title placeholder holding the issuer, the title's words and a kind word wrapped onto
    a line of its own (a paragraph each, a line break inside one): one title, the deck's; the
    subtitle placeholder under it stays apart, and a content slide's wrapped title is one heading."""
    prs = Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "青松县交通运输局\n2026年农村公路养护\v工作方案"
    cover.placeholders[1].text = "县公路养护中心\n2026年1月"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "一、养护\n目标"
    slide.placeholders[1].text = "全年完成农村公路养护里程不少于1200公里。"
    path = tmp_path / "cover.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.role, b.text) for b in blocks] == [
        ("title", "slide_title", "青松县交通运输局2026年农村公路养护工作方案"), ("paragraph", "subtitle", "县公路养护中心"),
        ("paragraph", "subtitle", "2026年1月"), ("heading", "slide_title", "一、养护目标"),
        ("paragraph", None, "全年完成农村公路养护里程不少于1200公里。")]
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.doc_type, doc.year) == ("青松县交通运输局2026年农村公路养护工作方案", "plan", 2026)
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "养护目标")]


def test_a_date_and_a_presenter_typed_under_the_title_in_its_box_are_no_part_of_it(tmp_path: Path) -> None:
    prs = Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "柳岸镇2025年工作总结\n汇报人：镇长 周立\n2026年1月"
    path = tmp_path / "cover_fields.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.role, b.text) for b in blocks] == [
        ("title", "slide_title", "柳岸镇2025年工作总结"), ("paragraph", "subtitle", "汇报人：镇长 周立"),
        ("paragraph", "subtitle", "2026年1月")]


def test_a_numbered_line_under_a_slides_title_is_its_own_heading_and_an_english_echo_is_set_aside(
        parser, tmp_path: Path) -> None:
    """"一、工作回顾" over "（一）基础教育" in one title box are a part and its first sub-part, as two
    paragraphs of the box always read; "WORK REVIEW" under a Chinese title is decoration, listed
    aside; a title all in English is still the slide's title."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "桃源县教育局2025年工作总结"
    first = prs.slides.add_slide(prs.slide_layouts[1])
    first.shapes.title.text = "一、工作回顾\nWORK REVIEW\n（一）基础教育"
    first.placeholders[1].text = "新建改扩建幼儿园6所，新增学位1800个。"
    second = prs.slides.add_slide(prs.slide_layouts[1])
    second.shapes.title.text = "Annual Figures"
    second.placeholders[1].text = "全县中小学教师培训覆盖率达到100%。"
    path = tmp_path / "echo.pptx"
    prs.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.text, b.furniture) for b in blocks if b.role == "slide_title" or b.furniture] == [
        ("title", "桃源县教育局2025年工作总结", None), ("heading", "一、工作回顾", None),
        ("paragraph", "WORK REVIEW", "chrome"), ("heading", "（一）基础教育", None), ("heading", "Annual Figures", None)]
    doc = parser.parse(path).documents[0]
    assert [(s.level, s.number, s.heading) for s in walk(doc.sections)][:2] == [(1, "一、", "工作回顾"), (2, "（一）", "基础教育")]


def test_a_year_or_a_part_number_on_a_line_of_the_title_box_stays_with_the_title(tmp_path: Path) -> None:
    """"2025" over the cover's words, "(2026)" under a plan's name, "01" over a part's name: numbers of
    the title, not an English echo to set aside nor a numbered heading of their own."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "2025\n澄江县教育局工作总结"
    part = prs.slides.add_slide(prs.slide_layouts[1])
    part.shapes.title.text = "01\n工作回顾"
    part.placeholders[1].text = "新建改扩建幼儿园6所，新增学位1800个。"
    plan = Presentation()
    plan.slides.add_slide(plan.slide_layouts[0]).shapes.title.text = "澄江县国民经济和社会发展计划\n(2026)"
    paths = [tmp_path / "year.pptx", tmp_path / "plan.pptx"]
    prs.save(str(paths[0]))
    plan.save(str(paths[1]))
    titled = [[(b.kind, b.text) for b in extractors.extract(p)[1] if b.role == "slide_title" or b.furniture] for p in paths]
    assert titled[0][0][1].replace(" ", "") == "2025澄江县教育局工作总结"
    assert [k for k, _ in titled[0]] == ["title", "heading"] and titled[0][1][1].replace(" ", "") == "01工作回顾"
    assert [(k, t.replace(" ", "")) for k, t in titled[1]] == [("title", "澄江县国民经济和社会发展计划(2026)")]
