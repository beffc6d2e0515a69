"""PDF: running headers and page numbers set aside, CJK lines joined into paragraphs."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from jihua.extractors.cjk import join_fragments, tidy_spaces
from jihua.schemas.blocks import PAGE_NUMBER

from jihua import extractors


@pytest.fixture(scope="module")
def plan_blocks(corpus_files: Path):
    return extractors.extract(corpus_files / "qinghe-2023-plan.pdf")[1]


def test_running_header_and_page_numbers_are_furniture(plan_blocks) -> None:
    furniture = [(b.furniture, b.text) for b in plan_blocks if b.furniture]
    assert ("header", "青禾县双拥工作资料") in furniture
    assert ("page_number", "- 2 -") in furniture
    assert not any("青禾县双拥工作资料" in b.text for b in plan_blocks if b.furniture is None)


def test_wrapped_lines_join_without_spaces(plan_blocks) -> None:
    texts = [b.text for b in plan_blocks if b.furniture is None]
    # a paragraph wrapped over four lines, and one whose "300人次" moved to the next line whole
    assert "根据省、市双拥工作会议精神，结合我县实际，制定本计划。" in texts[1]
    assert any(t.startswith("全年走访慰问驻县部队和重点优抚对象不少于300人次，组织军民共建活动") for t in texts)
    assert not any(" " in t and not any(c.isascii() and c.isalpha() for c in t) for t in texts)


def test_title_over_two_centred_lines_is_one_block(plan_blocks) -> None:
    first = plan_blocks[0]
    assert first.text == "青禾县退役军人事务局2023年双拥工作计划"
    assert first.align == "center" and first.font_size and first.font_size > 20


def test_paragraph_continues_across_a_page_break(tmp_path: Path) -> None:
    """A paragraph that LibreOffice breaks over two pages comes back as one block."""
    import docx
    import pdfplumber
    from docx.shared import Pt

    from corpus.render import pdf_from_docx

    document = docx.Document()

    def paragraph(text: str) -> None:
        document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)

    acts = ["走访慰问", "政策宣讲", "就业培训", "医疗巡诊", "法律援助", "子女入学", "困难帮扶", "军地联谊", "国防教育", "志愿服务"]
    places = ["城关镇", "河口乡", "青山街道", "南湖社区", "县人武部", "驻县部队", "光荣院", "退役军人服务站"]
    for k in range(24):  # fill the first page so that the long paragraph starts near its foot
        paragraph(f"{places[k % 8]}在{k % 12 + 1}月组织{acts[k % 10]}，参加人员{20 + 7 * k}名，形成台账{k + 3}份。")
    long = ("春节、“八一”期间，县委、县政府主要领导带队走访慰问驻县部队官兵，送去慰问品和慰问金；各乡镇同步开展"
            "走访慰问重点优抚对象活动，逐户了解家庭困难和实际需求，建立台账、跟踪办理；县退役军人事务局会同财政局"
            "按时足额发放各类优抚资金，确保发放率达到百分之百；卫健部门组织医疗队为老复员军人、参战退役人员开展"
            "健康体检和上门巡诊；人社部门举办退役军人专场招聘会，提供岗位信息和职业技能培训，帮助其实现稳定就业；"
            "教育部门落实现役军人子女入学优待政策，协调解决就近入学问题；各级双拥组织广泛宣传拥军优属先进典型，"
            "营造全社会关心支持国防和军队建设的浓厚氛围。")
    paragraph(long)
    paragraph("五、保障措施")
    source, pdf = tmp_path / "long.docx", tmp_path / "long.pdf"
    document.save(str(source))
    pdf_from_docx(source, pdf)
    with pdfplumber.open(pdf) as opened:
        second_page = (opened.pages[1].extract_text() or "").replace("\n", "")
    assert second_page[:12] in long and not long.startswith(second_page[:12]), "the paragraph must straddle the break"
    blocks = [b for b in extractors.extract(pdf)[1] if b.furniture is None]
    assert [b.text for b in blocks if b.text == long] == [long]
    assert not any(b.text != long and b.text in long for b in blocks)



def test_heading_fonts_and_bold_are_reported(plan_blocks) -> None:
    by_text = {b.text: b for b in plan_blocks}
    assert by_text["1.开展集中宣传月活动"].bold is True
    body = next(b for b in plan_blocks if b.text.startswith("以习近平新时代"))
    assert by_text["一、指导思想"].font and body.font and by_text["一、指导思想"].font != body.font
    assert by_text["一、指导思想"].font_size == body.font_size == 16.0  # official style: 黑体 and 仿宋, both 三号
    assert by_text["一、指导思想"].prov.bbox is not None


def test_ruled_table_is_read_as_rows(corpus_files: Path) -> None:
    _, blocks = extractors.extract(corpus_files / "qinghe-2023-plan.pdf")
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and tables[0].rows[0] == ["时间", "主要工作", "责任单位"]
    assert ["7—9月", "双拥宣传月、“八一”走访慰问", "县双拥办"] in tables[0].rows


@pytest.mark.parametrize("text", ["- 3 -", "第3页", "第 3 页 共 10 页", "3/10", "— 12 —", "Page 4"])
def test_page_number_shapes(text: str) -> None:
    assert PAGE_NUMBER.match(text)


def test_cjk_joining() -> None:
    assert join_fragments(["退役军人", "事务局"]) == "退役军人事务局"
    assert join_fragments(["GB", "18030"]) == "GB 18030"
    assert tidy_spaces("2023 年 工作 计划 for Plan A") == "2023年工作计划for Plan A"


def _paragraph_sizes(right: int, rows: list[tuple[int, int, str] | tuple[int, int, str, str]]) -> list[int]:
    """Lines of 16-pt body text 28 pt apart, each (x0, x1, text[, font]), in a frame from x 90 to `right`:
    how many lines each paragraph the layout reads holds."""
    from jihua.extractors.layout import BodyMetrics, Line, paragraphs

    metrics = BodyMetrics(left=90, right=right, size=16, gap=28, font="NotoSansCJK")
    lines = [Line(1, x0, x1, 100 + 28 * i, 116 + 28 * i, text, 16, font=(rest[0] if rest else "NotoSansCJK"))
             for i, (x0, x1, text, *rest) in enumerate(rows)]
    return [len(p.lines) for p in paragraphs(lines, metrics)]


def test_a_figure_pushed_to_the_next_line_stays_in_its_paragraph() -> None:
    """LibreOffice keeps "到95%。" together and moves it down whole, set in the Latin fallback font:
    neither the short line above it nor the font of the digits starts a paragraph."""
    assert _paragraph_sizes(505, [
        (122, 505, "组建县域医共体2个，实现县乡检查检验结果互认"),
        (90, 499, "率达到国家标准，每月调度一次工作进展情况，县乡检查检验结果互认率达"),
        (90, 150, "到95%。", "DejaVuSans"),
        (122, 505, "制定细化方案，召开动员部署会议。"),
    ]) == [3, 1]


def test_a_figure_moved_down_from_an_open_clause_stays_in_its_paragraph_though_room_was_left() -> None:
    """"…安置任务完成率" stopped well short of the margin (a writer's own wrapping), and the next line
    opens with the figure its clause waits for: one paragraph. After a closed sentence, or at a list
    label, the short line still ends its paragraph."""
    assert _paragraph_sizes(522, [
        (122, 507, "全年召开联席会议不少于4次，走访慰问重点优抚对象不少于1200人"),
        (90, 441, "次；困难退役军人帮扶任务完成率"),
        (90, 511, "100%；“光荣之家”牌匾悬挂率达到98%以上。"),
        (122, 300, "各单位要加强协调配合。"),
        (90, 511, "2.开展双拥宣传教育活动，全年不少于6场。"),
    ]) == [3, 1, 1]


def test_a_line_opening_with_digits_under_a_short_heading_starts_a_paragraph() -> None:
    """A scan's heading line stops far short of the margin; the next line, set flush left, opens with
    digits: an item's label OCR read as "1，" (for "1．"), or a figure starting its own sentence. Neither
    was carried down from the heading. A figure under a line that ran most of the way across, its clause
    open, still continues it."""
    assert _paragraph_sizes(522, [
        (122, 330, "（二）加强护林员队伍管理"),
        (90, 522, "1，全面排查护林员在岗履职情况，建立一人一档的管理台"),
        (90, 300, "账，每季度通报一次。"),
        (122, 330, "（三）完善防火基础设施"),
        (90, 522, "2026年底前新建生物防火林带35公里，改造瞭望塔6座，"),
        (90, 490, "林区视频监控覆盖率提高到"),
        (90, 400, "85%以上。"),
    ]) == [1, 2, 1, 3]
    # a short line of running text (its clause open after a 。) carries its figure down, as a writer wrapped it
    assert _paragraph_sizes(522, [
        (122, 340, "（一）推进农村改厕。全年新改建卫生户厕"),
        (90, 470, "960户，其中水冲式厕所610户。"),
    ]) == [2]


def _rendered_16pt(stem: Path, title: str, paragraphs: list[tuple[str, float]],
                   start: str) -> tuple[float | None, list[str]]:
    """Render a title and 16-pt paragraphs (text, first-line indent in pt) from DOCX by LibreOffice.

    Returns how far the line above the first line opening with `start` stops short of the right
    margin (None when no line opens so), and the text of the blocks that are no page furniture."""
    import docx
    import pdfplumber
    from docx.shared import Pt

    from corpus.render import pdf_from_docx

    document = docx.Document()
    document.add_paragraph(title)
    for text, indent in paragraphs:
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(indent)
        p.add_run(text).font.size = Pt(16)
    source, pdf = stem.with_suffix(".docx"), stem.with_suffix(".pdf")
    document.save(str(source))
    pdf_from_docx(source, pdf)
    with pdfplumber.open(pdf) as opened:
        lines = opened.pages[0].extract_text_lines()
    right = max(ln["x1"] for ln in lines)
    moved = [above for above, ln in itertools.pairwise(lines) if ln["text"].startswith(start)]
    blocks = [b.text for b in extractors.extract(pdf)[1] if b.furniture is None]
    return (right - moved[0]["x1"] if moved else None), blocks


def test_an_opening_quote_moved_down_with_its_neighbours_keeps_its_paragraph(tmp_path: Path) -> None:
    """Rendered by LibreOffice: a line may not end on "“", so "制“有" goes down whole and the line
    above stops well short of the margin; the paragraph goes on. The short last line of that
    paragraph still ends it, though the next paragraph is set without an indent and opens with "“"."""
    wrapped = ("健全河湖长制，县级河长每季度巡河不少于1次，乡级河长每月巡河不少于2次，"
               "清理河道垃圾50吨，让河长制“有名有实”。")
    after = "“河长+警长”协作机制覆盖全部乡镇，非法采砂等案件查处率保持在100%。"
    short, blocks = _rendered_16pt(tmp_path / "quote", "某县水利局2026年河湖管护工作安排",
                                   [(wrapped, 32), (after, 0)], "制“")
    assert short is not None and short > 2 * 16, "the line above the quote must stop more than 2 em short"
    assert blocks[1:] == [wrapped, after]


def test_a_closing_book_title_mark_pulls_its_character_down_and_keeps_the_paragraph() -> None:
    """No line may start with "》" or "，": "则》，" went down whole and the line above ends 2.8 em short;
    the short line after it still ends the paragraph."""
    assert _paragraph_sizes(522, [
        (122, 522, "各乡镇要对照全市统一印发《农村生活污水治理设施运行维护"),
        (90, 477, "管理办法》和县级2025年出台的《河湖岸线保护利用实施细"),
        (90, 314, "则》，逐项建立管护责任清单。"),
        (90, 314, "“一河一策”方案年内完成修编。"),
    ]) == [3, 1]


def test_a_line_ending_its_sentence_short_ends_the_paragraph_though_the_next_opens_on_a_mark() -> None:
    """The line above ends on "。" 2.5 em short of the margin: its paragraph is over, and the next one
    (set flush left by a converter) opening "在“…" or "按《…" is no opening mark moved down with its
    neighbours."""
    assert _paragraph_sizes(522, [
        (122, 522, "全区建成社区嵌入式养老服务站14个，新增养老床位320张，护理"),
        (90, 482, "型床位占比提高到58%，老年助餐点覆盖所有街道和社区。"),
        (90, 522, "在“一老一小”整体解决方案框架下，统筹推进托育服务和养老服"),
        (90, 474, "务设施建设，年内新增普惠托位450个。"),
        (90, 522, "按《城市居住区规划设计标准》配建社区养老服务用房，新建住宅"),
        (90, 330, "小区配建达标率保持100%。"),
    ]) == [2, 2, 2]


def test_footnote_marks_and_notes_are_set_aside() -> None:
    """A raised mark (6 pt beside 16 pt text) splits no sentence, and the small notes at the page's
    foot are the page's apparatus, not the last part's text."""
    from jihua.extractors.layout import Line, mark_notes

    page = [
        Line(1, 90, 505, 100, 116, "全县单位地区生产总值能耗下降3.2%，能源消费总量控制在", 16),
        Line(1, 480, 486, 98, 104, "1", 6.4),
        Line(1, 90, 505, 128, 144, "180万吨标准煤以内，规模以上工业单位增加值能耗下降4%。", 16),
        Line(1, 90, 300, 700, 711, "1按2020年不变价计算，下同。", 11),
        Line(1, 90, 400, 715, 726, "注：能源消费总量不含可再生能源。", 11),
    ]
    mark_notes([page], 16)
    assert [ln.furniture for ln in page] == [None, "notes", None, "notes", "notes"]


def test_small_numbered_rows_high_on_a_page_are_not_footnotes() -> None:
    """An annex page: a full-size title over small-print numbered rows, in the page's upper half."""
    from jihua.extractors.layout import Line, mark_notes

    page = [Line(1, 90, 505, 80, 96, "附件：重点任务清单", 16),
            Line(1, 90, 505, 110, 121, "1 完善工作机制，明确责任分工。", 11),
            Line(1, 90, 505, 125, 136, "2 加强督查考核，定期通报进展。", 11)]
    mark_notes([page], 16, [842.0])
    assert [ln.furniture for ln in page] == [None, None, None]


def test_a_bold_run_in_heading_wrapping_into_its_plain_body_is_one_paragraph() -> None:
    """The first line opens bold and ends plain, the next goes on plain: the style where the two
    lines meet is unchanged, so no new paragraph, though the first line is mostly bold. A bold
    heading line over a plain body line still starts one."""
    from jihua.extractors.layout import BodyMetrics, Line, paragraphs

    metrics = BodyMetrics(left=90, right=505, size=16, gap=28, font="NotoSansCJK")
    bold, plain = "NotoSansCJK-Bold", "NotoSansCJK"
    lines = [
        Line(1, 122, 505, 100, 116, "（二）做好防汛备汛工作。汛前完成全区河道清", 16, bold=True, font=bold,
             head_font=bold, head_bold=True, tail_font=plain, tail_bold=False, bold_lead="（二）做好防汛备汛工作。"),
        Line(1, 90, 300, 128, 144, "障和堤防巡查，储备物资。", 16, font=plain),
        Line(1, 122, 300, 156, 172, "（三）强化值班值守", 16, bold=True, font=bold),
        Line(1, 122, 505, 184, 200, "落实24小时值班和领导带班制度，遇险情及时报告。", 16, font=plain),
    ]
    paras = paragraphs(lines, metrics)
    assert [len(p.lines) for p in paras] == [2, 1, 1]
    assert paras[0].bold_lead == "（二）做好防汛备汛工作。" and paras[1].bold_lead is None


def test_a_bold_run_in_heading_without_a_stop_splits_where_the_bold_ends(parser, tmp_path: Path) -> None:
    """Rendered by LibreOffice: the bold heading runs into its plain body with no 。 between and the
    line wraps mid-body; the paragraph stays whole and its heading is the bold words."""
    import docx
    from docx.shared import Pt

    from corpus.render import pdf_from_docx

    document = docx.Document()
    document.add_paragraph("某区水务局2026年工作要点")
    body = ("汛前完成全区河道清障和堤防巡查，储备防汛物资，组织防汛应急演练，"
            "对易涝点逐一落实责任人和抢险队伍，确保安全度汛。")
    for head in ("一、全力做好防汛备汛", "二、持续推进河湖治理"):
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        for text, is_bold in ((head, True), (body, False)):
            run = p.add_run(text)
            run.bold, run.font.size = is_bold, Pt(16)
    source, pdf = tmp_path / "runin.docx", tmp_path / "runin.pdf"
    document.save(str(source))
    pdf_from_docx(source, pdf)
    blocks = [b for b in extractors.extract(pdf)[1] if b.furniture is None]
    assert [b.text for b in blocks[1:]] == ["一、全力做好防汛备汛" + body, "二、持续推进河湖治理" + body]
    assert [b.bold_lead for b in blocks[1:]] == ["一、全力做好防汛备汛", "二、持续推进河湖治理"]
    sections = parser.parse(pdf).documents[0].sections
    assert [(s.heading, s.paragraphs) for s in sections] == [("全力做好防汛备汛", [body]), ("持续推进河湖治理", [body])]


def test_a_newspaper_page_strip_is_furniture_though_the_file_holds_one_page() -> None:
    """"某某日报 日期 星期 第N版 栏目 责任编辑：…" over a one-page clipping: no repeat tells it, its shape does."""
    from jihua.extractors.layout import Line, PageGeometry, mark_furniture

    page = [Line(1, 60, 540, 40, 49, "临江日报 2026年3月2日 星期一 第4版 民生 责任编辑：许文 美编：江岚", 9),
            Line(1, 150, 450, 80, 106, "临江区2026年民生实事项目计划", 26),
            Line(1, 60, 540, 130, 144, "今年，区政府将集中力量办好十件民生实事，新增公办幼儿园学位900个。", 14),
            Line(1, 60, 540, 150, 164, "第一版编辑部今年新增版面三个，报道民生实事进展。", 14)]
    mark_furniture([page], [PageGeometry(595.0, 842.0)])
    assert [ln.furniture for ln in page] == ["header", None, None, None]
    title = [Line(1, 120, 480, 60, 86, "临江区突发事件总体应急预案（2026年3月2日修订第2版）", 22)]
    mark_furniture([title], [PageGeometry(595.0, 842.0)])
    assert title[0].furniture is None


def test_a_figure_held_to_the_comma_before_it_goes_down_with_it_and_keeps_the_paragraph() -> None:
    """"设，2035" cannot be broken after the comma: it went down whole and the line above, half-width
    digits in it, ends 4 em short of the margin. A line that ends short on "；" or a closed sentence
    still ends its paragraph, the figure after it being a new start."""
    assert _paragraph_sizes(522, [
        (122, 458, "全面完成城区雨污分流改造，2027年建成海绵城市示范区建"),
        (90, 518, "设，2035年实现城市建成区雨水资源化利用率达到30%以上，"),
        (90, 250, "节水型城市全面建成。"),
        (90, 330, "全面完成城区雨污分流改造。"),
        (90, 518, "2、2028年完成老旧供水管网改造，漏损率控制在9%以内。"),
    ]) == [3, 1, 1]


def test_a_line_under_a_figure_held_to_its_comma_keeps_its_paragraph_as_rendered(tmp_path: Path) -> None:
    """Rendered by LibreOffice from a DOCX set flush left: no break between "，" and the year after it,
    so "…，2030年…" goes down whole with the character before the comma; one paragraph all the same."""
    wrapped = ("稳步推进城镇老旧小区改造和完整社区建设，年度监测评估同步开展，2029年全面完成全部既定改造任务建设，"
               "2031年开展总结评估，评估结果向社会公开。")
    short, blocks = _rendered_16pt(tmp_path / "comma", "某县住建局城市更新行动方案", [(wrapped, 32)], "设，2031")
    assert short is not None and short > 3 * 16, "the line above the figure must stop more than 3 em short"
    assert blocks[1:] == [wrapped]



def _measured_paragraphs(rows: list[tuple[int, int, str]]) -> list[str]:
    """Lines of 16-pt body text 28 pt apart, each (x0, x1, text), in a frame from x 90 to 506 whose metrics the
    lines themselves give (as a PDF's do): the texts of the paragraphs the layout reads."""
    from jihua.extractors.layout import Line, measure, paragraphs

    lines = [Line(1, x0, x1, 100 + 28 * i, 116 + 28 * i, text, 16, font="NotoSansCJK")
             for i, (x0, x1, text) in enumerate(rows)]
    return ["".join(ln.text for ln in p.lines) for p in paragraphs(lines, measure(lines))]


# a part's heading two characters in, over a paragraph opening so and going on at the margin
_NEXT_PART = [(122, 202, "二、重点任务"), (122, 506, "巡护队伍每月开展1次业务培训，林区防火通道达到"),
              (90, 250, "120公里。")]


@pytest.mark.parametrize("wrapped", ["三、四级林道改造里程达到40公里以上，护林员到岗", "二是加强古树名木保护，完成全县古树"])
def test_a_wrapped_line_opening_like_a_label_goes_on_with_its_paragraph(wrapped: str) -> None:
    """Paragraphs open two characters in: a line at the margin under a line run to the margin goes on with
    it, though the wrap put "三、" or "二是" first and the line above closed a clause with "；"."""
    rows = [(122, 506, "全年完成造林面积1.5万亩，森林覆盖率达到38%左"), (90, 504, "右；草原综合植被盖度稳定在60%以内；"),
            (90, 506, wrapped), (90, 200, "率达到100%。"), *_NEXT_PART]
    assert _measured_paragraphs(rows) == [
        "全年完成造林面积1.5万亩，森林覆盖率达到38%左右；草原综合植被盖度稳定在60%以内；" + wrapped + "率达到100%。",
        "二、重点任务", "巡护队伍每月开展1次业务培训，林区防火通道达到120公里。"]
    # a heading set at the margin under a full last line is short and closes nothing: a paragraph of its own; in a
    # text of unindented paragraphs a label after "；" still opens one
    rows = [(122, 506, "全年完成造林面积1.5万亩，森林覆盖率达到38%左"), (90, 506, "右；各乡镇要严格落实林长制，压实护林责任；"),
            (90, 170, "三、保障措施"), *_NEXT_PART[1:]]
    assert _measured_paragraphs(rows)[1:] == ["三、保障措施", "巡护队伍每月开展1次业务培训，林区防火通道达到120公里。"]
    flush = [(90, 506, "全年完成造林面积1.5万亩，森林覆盖率达到38%左右；"), (90, 506, "二是加强古树名木保护，完成全县古树"),
             (90, 300, "名木挂牌保护。"), (90, 506, "三是完善护林员管理，落实护林员网格化巡护，做到"), (90, 250, "林区全覆盖。")]
    assert len(_measured_paragraphs(flush)) == 3


def test_labelled_paragraphs_set_flush_left_under_indented_ones_keep_their_own(tmp_path: Path) -> None:
    """A Word file rendered by LibreOffice: paragraphs open two characters in, part headings and labelled items
    flush left ("二、重点任务" under a short line: the margin is where labelled paragraphs open). A labelled item
    under a paragraph whose last line happens to run to the margin is still its own paragraph, run-in heading or
    not; the paragraph above grows over enough lengths that its last line fills in some of them."""
    import docx
    import pdfplumber
    from docx.shared import Pt

    from corpus.render import pdf_from_docx

    document = docx.Document()

    def paragraph(text: str, indent: float) -> None:
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(indent)
        p.add_run(text).font.size = Pt(16)

    paragraph("一、总体目标", 0)
    paragraph("汛期城区主干道积水点动态清零，易涝片区排水能力提升至每小时40毫米。", 32)
    paragraph("二、重点任务", 0)
    items = ["（一）压实巡查责任。各街道落实片区包干巡查，暴雨期间每2小时上报1次险情。",
             "2.排水管网清疏全年不少于两轮，重点片区雨前必查、雨后必清，清疏淤泥一律登记。"]
    for k, item in itertools.product(range(28), items):  # one character more each time: over a line's width
        paragraph("为全面提升城区防汛排涝能力，推动雨污分流改造提速，加快补齐排水设施短板，守牢汛期" + "城" * k
                  + "区安全底线。", 32)  # …the text above fills its last line at some length
        paragraph(item, 0)
    source, pdf = tmp_path / "flush.docx", tmp_path / "flush.pdf"
    document.save(str(source))
    pdf_from_docx(source, pdf)
    with pdfplumber.open(pdf) as opened:
        lines = [ln for page in opened.pages for ln in page.extract_text_lines()]
    right = max(ln["x1"] for ln in lines)
    filled = {ln["text"][:2] for above, ln in itertools.pairwise(lines)
              if ln["text"][:2] in ("（一", "2.") and right - above["x1"] < 16}
    assert filled == {"（一", "2."}, "some item must stand under a last line run to the margin"
    texts = [b.text for b in extractors.extract(pdf)[1] if b.furniture is None]
    assert [t for t in texts if t in items] == items * 28
    assert not any(item in t and t != item for t in texts for item in items)


def test_a_run_in_heading_at_the_margin_opens_its_part_where_labels_open_indented() -> None:
    """Paragraphs and headings two characters in: "（二）加强队伍建设。…" at the margin under a line run to the
    margin names its part; an item "二是…" there runs on in its paragraph, though the line above closed its sentence."""
    head = [(122, 202, "二、重点任务"), (122, 506, "全年完成造林面积1.5万亩，森林覆盖率达到38%左"),
            (90, 250, "右，草原植被稳定。"), (122, 506, "各乡镇要压实护林责任，一是加强巡护，确保林区网"),
            (90, 506, "格化巡护全覆盖，重点时段每日巡查不少于2次。")]
    part = [(90, 506, "（二）加强队伍建设。巡护队伍每月开展1次业务培训，"), (90, 250, "年内轮训全覆盖。")]
    assert _measured_paragraphs(head + part)[-1] == "（二）加强队伍建设。巡护队伍每月开展1次业务培训，年内轮训全覆盖。"
    item = [(90, 506, "二是加强队伍建设。巡护队伍每月开展1次业务培训，"), (90, 250, "年内轮训全覆盖。")]
    assert _measured_paragraphs(head + item)[2:] == ["".join(row[2] for row in head[3:] + item)]
