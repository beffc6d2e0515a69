"""PDF page layout: two-column pages read column by column; a printed web page's sidebar of links
set aside as chrome; footnotes set aside as notes, their reference marks out of the figures. PDFs
are rendered by LibreOffice from flat ODT, or by Chromium from HTML, we write here; every text is
our own."""

from __future__ import annotations

import shutil
import subprocess
from html import escape as html_escape
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from jihua.extractors.pdf_columns import split_columns
from jihua.extractors.pdf_lines import Char, drop_raised_marks, join_marks, text_lines

from jihua import extractors
from tests.fodt import paragraph as _p
from tests.fodt import render as _render


def _body(path: Path) -> list[str]:
    return [b.text for b in extractors.extract(path)[1] if b.furniture is None and b.kind != "table"]


_PARAS = [
    "一、总体目标",
    "全年新建农村公路四十二公里，改造危桥六座，建制村通客车率保持百分之百，城乡公交一体化发展水平达到四级以上。",
    "二、重点任务",
    "（一）完善路网结构。加快推进环湖公路二期工程建设，打通断头路五条，实施窄路加宽工程，提升群众出行便利程度。",
    "（二）提升养护水平。落实县乡村三级路长责任，建立日常巡查台账，优良中等路比例稳定在八成以上。",
    "（三）强化运输服务。优化镇村公交线路布局，新增候车亭十二处，推动客货邮融合发展，畅通农产品进城通道。",
    "（四）守牢安全底线。开展公路安全隐患排查整治，完善临水临崖路段防护设施，全年不发生较大以上道路运输事故。",
    "三、保障措施",
    "各乡镇、各有关部门要明确专人负责，加强资金统筹和项目调度，每季度通报一次工作进展，确保各项任务按期完成。",
]


@pytest.fixture(scope="module")
def two_column_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    body = _p("柳塘县交通运输局2024年农村公路工作计划", "Title")
    body += '<text:section text:style-name="Cols" text:name="正文">' + "".join(map(_p, _PARAS)) + "</text:section>"
    return _render(tmp_path_factory.mktemp("columns"), body)


def test_a_two_column_page_is_read_left_column_then_right(two_column_pdf: Path) -> None:
    assert _body(two_column_pdf) == ["柳塘县交通运输局2024年农村公路工作计划", *_PARAS]
    _, blocks = extractors.extract(two_column_pdf)
    right = next(b for b in blocks if b.text == _PARAS[-1])
    assert right.prov.bbox and right.prov.bbox[0] > 300, "the box stays where the right column is on the page"


def test_a_two_column_page_read_by_pdfplumber_reads_the_same(two_column_pdf: Path, monkeypatch) -> None:
    from jihua.extractors import pdf

    monkeypatch.setattr(pdf, "may_hold_table", lambda page: True)
    monkeypatch.setattr(pdf, "find_tables", lambda *args: None)  # as for a page PDFium cannot describe
    assert _body(two_column_pdf) == ["柳塘县交通运输局2024年农村公路工作计划", *_PARAS]


def test_the_same_text_in_one_column_reads_as_before(tmp_path: Path) -> None:
    pdf = _render(tmp_path, _p("柳塘县交通运输局2024年农村公路工作计划", "Title") + "".join(map(_p, _PARAS)))
    assert _body(pdf) == ["柳塘县交通运输局2024年农村公路工作计划", *_PARAS]


_SHORT = ["桐溪镇2024年秋冬季森林防火工作安排",
          "一、全镇各村要在十月底前完成防火隔离带清理，配齐扑火工具，组建半专业扑火队伍，落实二十四小时值班制度。",
          "二、镇应急办要加强火源管控和巡查检查，对野外违规用火行为依法处理，每月通报一次各村工作情况。"]


def test_two_columns_of_a_few_lines_each_are_read_column_by_column(tmp_path: Path) -> None:
    """Too few lines to be told by their count: lines on both sides of a gutter, sharing tops, full
    to their column's width, are still two columns (and a paragraph's lines still join)."""
    body = _p(_SHORT[0], "Title") + '<text:section text:style-name="Cols" text:name="正文">' \
        + "".join(map(_p, _SHORT[1:])) + "</text:section>"
    assert _body(_render(tmp_path, body)) == _SHORT


def test_a_few_label_and_value_rows_are_not_columns() -> None:
    rows = [_chars("联系人：" + name, 90, 100 + 20 * k) + _chars("联系电话：" + phone, 330, 100 + 20 * k)
            for k, (name, phone) in enumerate([("王立", "5821034"), ("李晓梅", "5821187"), ("赵强", "5821290")])]
    assert split_columns(text_lines([c for r in rows for c in r]), 612) is None


def test_a_borderless_table_of_tasks_and_units_between_body_lines_is_not_columns() -> None:
    """Cells side by side (a task, the units in charge) under and over one-column text: no clause
    in the cells, so the rows are read across, each task beside its units."""
    tasks = [("开展城区燃气管道隐患排查整治", "市住建局、市市场监管局"), ("完善应急避难场所标识标牌设置", "市应急管理局、各街道办"),
             ("推动老旧电梯更新改造试点工作", "市市场监管局、市财政局")]
    chars = _chars("各责任单位要细化工作措施，明确完成时限，按月报送推进情况。", 72, 60)
    for k, (task, units) in enumerate(tasks):
        chars += _chars(task, 72, 100 + 20 * k) + _chars(units, 340, 100 + 20 * k)
    chars += _chars("市政府督查室将适时开展专项督查，对工作滞后的单位予以通报。", 72, 180)
    assert split_columns(text_lines(chars), 612) is None
    # cells that do hold a clause still stop short wherever their text does: no column set full
    ragged = [("更新老旧电梯，年内完成试点", "市住建局牵头，各街道配合"), ("完善避难场所标识", "市应急管理局负责；"),
              ("排查燃气管道，整治隐患", "市市场监管局，市财政局")]
    chars = [c for k, (task, units) in enumerate(ragged) for c in _chars(task, 72, 100 + 20 * k) + _chars(units, 340, 100 + 20 * k)]
    assert split_columns(text_lines(chars), 612) is None


def _note(number: int, text: str) -> str:
    return (f'<text:note text:id="n{number}" text:note-class="footnote"><text:note-citation>{number}</text:note-citation>'
            f'<text:note-body>{_p(text, "Footnote")}</text:note-body></text:note>')


_WRAPPED_NOTE = ("增幅按可比口径计算，已剔除上年度一次性项目投资和跨年度结转资金的影响，"
                 "与镇统计站公布的数据口径保持一致，后续以年度统计公报为准。")


def test_footnotes_are_notes_and_their_marks_leave_the_figures(tmp_path: Path) -> None:
    filler = "".join(_p(f"第{k}项：组织开展农田水利设施巡查，登记问题清单，按月销号管理，做到问题不过夜。") for k in range(1, 12))
    long_para = ("全年共完成高标准农田建设三万二千亩，" * 6) + "新增节水灌溉面积一万亩，项目区粮食亩产平均提高五十公斤。"
    body = (_p("青柏镇2023年农业农村工作总结", "Title")
            + f'<text:p text:style-name="Standard">{escape("全年完成农业投资3.6亿元")}{_note(1, "数据来源：镇财政所年度决算。")}'
            f'{escape("，同比增长12.5%")}{_note(2, _WRAPPED_NOTE)}{escape("。")}</text:p>'
            + filler + _p(long_para) + _p("二、下一步打算"))
    pdf = _render(tmp_path, body, size=16)
    _, blocks = extractors.extract(pdf)
    texts = [b.text for b in blocks if b.furniture is None]
    assert "全年完成农业投资3.6亿元，同比增长12.5%。" in texts
    notes = [b.text for b in blocks if b.furniture == "notes"]
    assert any(n.endswith("数据来源：镇财政所年度决算。") for n in notes)
    assert "".join(notes).endswith(_WRAPPED_NOTE), "a note wrapping onto a second line is one note"
    assert not any("决算" in t or "可比口径" in t or "剔除" in t for t in texts)
    assert not [b for b in blocks if b.furniture == "page_number" and b.text.strip() in ("1", "2")]
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    second_page = document[1].get_textpage().get_text_range()
    document.close()
    assert "新增节水灌溉面积一万亩" in second_page and not second_page.lstrip().startswith("全年共完成")
    assert long_para in texts, "the paragraph runs on across the page foot and the notes under it"


def _chars(text: str, x0: float, top: float, size: float = 12.0, raised: dict[int, float] | None = None) -> list[Char]:
    """A line of characters, one em wide each; `raised` sets some small and lifted (index: size)."""
    out, x = [], x0
    for k, ch in enumerate(text):
        small = (raised or {}).get(k)
        s = small or size
        bottom = top + size - (0.4 * size if small else 0.0)
        width = s if not ch.isascii() else 0.55 * s
        out.append(Char(ch, x, x + width, bottom - s, bottom, s, "NotoSerifCJK"))
        x += width
    return out


def test_raised_small_reference_marks_are_dropped_but_units_stay() -> None:
    chars = _chars("投资6.8亿元1，增长", 90, 100, raised={7: 7.0})
    text = "".join(c.text for c in chars)
    assert drop_raised_marks(text, chars)[0] == "投资6.8亿元，增长"
    area = _chars("面积120m2以上", 90, 100, raised={6: 7.0})
    assert drop_raised_marks("面积120m2以上", area)[0] == "面积120m2以上"
    level = _chars("达到95%以上", 90, 100)
    assert drop_raised_marks("达到95%以上", level)[0] == "达到95%以上"


def test_a_note_number_on_the_notes_baseline_joins_its_note() -> None:
    number = _chars("3", 90, 700, size=16.0)
    note = _chars("指纳入名录的河流。", 100, 707, size=9.0)
    lines = text_lines([*number, *note])
    assert [t for t, _ in lines] == ["3", "指纳入名录的河流。"]
    assert [t for t, _ in join_marks(lines)] == ["3指纳入名录的河流。"]
    raised = [Char("4", 90, 93.5, 690, 696, 6.0, "NotoSerifCJK")]  # a small mark set high, as Word sets it
    note = _chars("以县统计局快报数为准。", 94, 696, size=9.0)
    lines = text_lines([*raised, *note])
    assert [t for t, _ in join_marks(lines)] == ["4以县统计局快报数为准。"] and len(lines) == 2
    body = text_lines([*_chars("全年完成投资", 90, 100), *_chars("5", 163, 95, size=6.0)])  # a mark after text
    assert [t for t, _ in join_marks(body)] == [t for t, _ in body]


def test_one_column_text_and_a_form_with_short_rows_are_not_split_into_columns() -> None:
    rows = [_chars("甲" * 30, 90, 100 + 20 * k) for k in range(20)]  # full lines across the page
    assert split_columns(text_lines([c for r in rows for c in r]), 612) is None
    form = [_chars("姓名：" if k % 2 else "单位：", 90, 100 + 20 * k) + _chars("签字", 400, 100 + 20 * k)
            for k in range(12)]  # short labels left, short entries right: no text reaches a gutter
    assert split_columns(text_lines([c for r in form for c in r]), 612) is None


_ARTICLE = [
    "石门县农业农村局2025年秸秆综合利用工作方案",
    "为推进秸秆资源化利用，减少露天焚烧，改善农村人居环境，结合我县实际，制定本方案。",
    "一、工作目标",
    "到2025年底，全县秸秆综合利用率稳定在92%以上，新建秸秆收储点8个，培育秸秆利用市场主体5家。",
    "二、重点任务",
    "（一）推进肥料化利用。推广秸秆机械粉碎还田和快速腐熟技术，完成还田面积12万亩。",
    "（二）拓展饲料化利用。支持养殖场发展青贮饲料，全年青贮秸秆3万吨。",
    "三、保障措施",
    "各乡镇要落实属地责任，加强督促检查，每月报送工作进展。",
]
_LINKS = ["栏目导航", "通知公告", "政策解读", "部门动态", "办事指南", "热点信息", "石门县召开春耕备耕工作推进会",
          "全县农机安全生产检查启动"]
_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:15px;line-height:1.9;margin:0}}
.wrap{{display:flex;flex-direction:{direction}}} .side{{width:150px;flex:none;padding:6px;font-size:12px;line-height:2.3}}
.main{{flex:1;padding:0 18px}} h1{{text-align:center;font-size:21px}} p{{margin:0 0 6px 0;text-indent:2em}}
</style></head><body><div class="wrap"><div class="side">{links}</div>
<div class="main"><h1>{title}</h1>{paras}</div></div></body></html>"""


def _print_page(tmp_path: Path, direction: str) -> Path:
    """A web page with a column of links beside the article, printed to PDF by Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("Chromium is not installed (CI installs it)")
    page, pdf = tmp_path / "page.html", tmp_path / "page.pdf"
    page.write_text(_PAGE.format(direction=direction, title=html_escape(_ARTICLE[0]),
                                 links="".join(f"<div>{html_escape(x)}</div>" for x in _LINKS),
                                 paras="".join(f"<p>{html_escape(x)}</p>" for x in _ARTICLE[1:])), encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    return pdf


@pytest.mark.parametrize("direction", ["row", "row-reverse"])
def test_a_sidebar_of_links_beside_the_article_is_set_aside_as_chrome(tmp_path: Path, direction: str) -> None:
    pdf = _print_page(tmp_path, direction)
    _, blocks = extractors.extract(pdf)
    assert _body(pdf) == _ARTICLE, "the article reads on its own, the links not glued into its lines"
    chrome = "".join(b.text for b in blocks if b.furniture == "chrome")
    assert chrome == "".join(_LINKS), "every link is kept, set aside as page chrome"


def test_labels_numbers_and_notes_beside_the_text_are_not_a_sidebar() -> None:
    """Hanging article numbers share their first line's top; a table's number column holds no
    words; a narrow column of sentences is text: none is set aside."""
    hanging, numbers, notes = [], [], []
    for k in range(8):
        top = 100 + 60 * k
        body = [*_chars("各成员单位按照职责分工抓好落实，定期报送进展情况", 180, top),
                *_chars("并对照任务清单逐项销号。", 180, top + 20)]
        hanging += _chars(f"第{'一二三四五六七八'[k]}条", 90, top) + body
        numbers += _chars(str(k + 1), 90, top + 12) + body
        notes += _chars("注：数据截至上月。" if k % 2 else "以上为初步统计。", 20, top + 35, size=9.0) + body
    for chars in (hanging, numbers, notes):
        columns = split_columns(text_lines(chars), 612)
        assert columns is None or not columns.aside
