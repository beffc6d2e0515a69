"""PDF text as a typesetter left it: note numbers set as superscripts inside a sentence, notes printed after the
last part ("注：1. …"), a line broken inside a figure's unit, and a figure's caption in the body's own type. PDFs
are rendered by LibreOffice from flat ODT we write here; every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from jihua import extractors
from tests.fodt import marked, render
from tests.fodt import paragraph as _p
from tests.writers import set_aside

_TITLE = "青溪县生态环境局2031年工作计划"
# a first line holds 34 characters (12 pt, two characters indented): the mark after the 34th opens line two
_OPEN = "全年全县空气质量优良天数比率稳定在百分之九十以上，重污染天气基本消除"
_GOES_ON = "，主要河流断面水质全部达到三类以上标准，县城集中式饮用水水源地水质达标率保持百分之百。"


def _body(path: Path) -> list[str]:
    return [b.text for b in extractors.extract(path)[1] if b.furniture is None and b.kind != "table"]


@pytest.fixture(scope="module")
def marked_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    body = _p(_TITLE, "Title")
    body += marked(_OPEN[:20], "ii", _OPEN[20:] + _GOES_ON)  # a roman note number mid-line
    body += marked(_OPEN, "2", _GOES_ON)  # a digit raised at the head of the wrapped line
    body += marked(_OPEN, "iii", _GOES_ON)  # a roman one there
    return render(tmp_path_factory.mktemp("marks"), body, name="marks")


def test_note_numbers_set_as_superscripts_stay_out_of_the_sentence(marked_pdf: Path) -> None:
    """"…百分之九十ⁱⁱ以上" and "…基本消除²，…" at a wrapped line's head: each paragraph whole, its figures clean — the
    raised number is a note's, roman or digit, wherever the line broke."""
    assert _body(marked_pdf) == [_TITLE, *[_OPEN + _GOES_ON] * 3]


def test_a_line_broken_inside_a_figures_unit_goes_on() -> None:
    """A line that stops on a figure or inside its unit ("…控制在30" | "微克/立方米以内，…"; "…不少于15" |
    "个，…"), however short, leaves its paragraph open: the next line carries the unit. A line that ends its
    sentence, or a next line opening a numbered part, still breaks."""
    from jihua.extractors.layout import BodyMetrics, Line, paragraphs

    metrics = BodyMetrics(left=90, right=522, size=12, gap=20, font="NotoSerifCJK")

    def sizes(rows: list[tuple[float, float, str]]) -> list[int]:
        lines = [Line(1, x0, x1, 100 + 20 * i, 112 + 20 * i, text, 12.0, font="NotoSerifCJK")
                 for i, (x0, x1, text) in enumerate(rows)]
        return [len(p.lines) for p in paragraphs(lines, metrics)]

    assert sizes([(114, 390, "全年细颗粒物平均浓度控制在30微"), (90, 400, "克/立方米以内，重污染天气基本消除。")]) == [2]
    assert sizes([(114, 330, "全年新建村级污水处理设施25"), (90, 400, "座，整治农村黑臭水体6处。")]) == [2]
    assert sizes([(114, 330, "全年新建村级污水处理设施25座。"), (90, 400, "整治农村黑臭水体6处。")]) == [1, 1]
    assert sizes([(114, 330, "全年新建村级污水处理设施25"), (90, 400, "2.整治农村黑臭水体6处。")]) == [1, 1]
    assert sizes([(90, 200, "工作目标 2"), (90, 200, "年度任务 4")]) == [1, 1]  # a contents page's entries


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An unstyled document (every line in the body's size) with a broken line, a caption and end notes."""
    body = _p(_TITLE, "Title")
    body += _p("一、总体目标", "Flush")
    body += ('<text:p text:style-name="Standard">全年全县空气质量优良天数比率稳定在百分之九十以上，细颗粒物平均浓度控制在30'
             '<text:line-break/>微克/立方米以内，重污染天气基本消除。</text:p>')
    body += _p("二、重点任务", "Flush")
    body += _p("持续推进大气污染防治，完成燃煤锅炉淘汰改造12台，重点道路机扫率达到90%以上。")
    body += _p("图1 全县大气监测站点布局示意图", "Flush")
    body += _p("深化水污染防治，全年新建村级污水处理设施25座，整治农村黑臭水体6处。")
    body += _p("三、保障措施", "Flush")
    body += _p("各乡镇、各有关部门要明确专人负责，加强资金统筹和项目调度，每季度通报一次工作进展，确保各项任务按期完成。")
    body += _p("注：1. 考核权重为20%，由县生态环境局会同县统计局核定。", "Flush")
    body += _p("2. 优良天数比率按国家监测站点数据计算，统计口径为365天。", "Flush")
    return render(tmp_path_factory.mktemp("plan"), body, name="plan")


def _sections(doc) -> list:
    out = []
    for s in doc.sections:
        out += [s, *s.children]
    return out


def test_a_figure_caption_in_body_type_is_no_heading(parser, plan_pdf: Path) -> None:
    """"图1 全县…示意图" on a line of its own, in the body's size: a caption, set aside with its reason."""
    result = parser.parse(plan_pdf)
    doc = result.documents[0]
    assert not any("示意图" in s.heading for s in _sections(doc))
    assert not any("示意图" in p for s in _sections(doc) for p in s.paragraphs)
    assert any("示意图" in text and "caption" in why for text, why in set_aside(result).items())


def test_end_notes_after_the_last_part_are_notes_not_its_body(parser, plan_pdf: Path) -> None:
    """"注：1. 考核权重为20%…" / "2. …" after the last part's text, to the end: the document's notes, kept aside,
    no body of 保障措施 and no target."""
    result = parser.parse(plan_pdf)
    doc = result.documents[0]
    last = doc.sections[-1]
    assert not any("考核权重" in p or "统计口径" in p for p in last.paragraphs)
    assert not any(t.value in (20, 365) for t in doc.targets)
    _, blocks = extractors.extract(plan_pdf)
    notes = [b.text for b in blocks if b.furniture == "notes"]
    assert any("考核权重为20%" in n for n in notes) and any("统计口径为365天" in n for n in notes)


def test_a_note_number_raised_onto_a_line_of_its_own_keeps_the_paragraph_whole() -> None:
    """A superscript raised so far that its glyphs cluster as a line of their own ("ii", or "2" at two thirds of the
    body's size, as Word sets one) between two lines of a paragraph: a note's mark, set aside, and the paragraph
    reads on across it."""
    from jihua.extractors.layout import BodyMetrics, Line, mark_notes, paragraphs

    metrics = BodyMetrics(left=90, right=522, size=12, gap=20, font="NotoSerifCJK")
    for mark, size in (("ii", 7.0), ("2", 8.0)):
        lines = [Line(1, 114, 522, 100, 112, _OPEN[:34], 12.0, font="NotoSerifCJK"),
                 Line(1, 300, 300 + 4 * len(mark), 95, 95 + size, mark, size, font="NotoSerifCJK"),
                 Line(1, 90, 400, 120, 132, _OPEN[34:] + _GOES_ON[:20], 12.0, font="NotoSerifCJK")]
        mark_notes([lines], 12.0, [842.0])
        assert [len(p.lines) for p in paragraphs(lines, metrics)] == [2]
        assert lines[1].furniture == "notes"
