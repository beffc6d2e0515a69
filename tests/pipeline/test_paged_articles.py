"""A news site's long article split over pages and copied as one file: each next page opens with the
site's head again — the title with the page's number, its publication line — which continues the
document, never opens a new one (pipeline/pagebreaks.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

_TITLE = "松岚市2027年政府工作报告"
_STAMP = "2027-02-03 09:12:40\u3000来源：晨江日报"
_PAGER = "上一页 1 2 3 下一页"
_FIRST = ["晨江新闻网 > 要闻 > 本地", "", _TITLE, "", _STAMP + "\u3000作者：记者 李立", "",
          "\u3000\u3000——2027年1月28日在松岚市第九届人民代表大会第六次会议上", "\u3000\u3000松岚市市长 赵同和",
          "\u3000\u3000各位代表：", "\u3000\u3000现在，我代表市人民政府，向大会报告工作，请予审议。",
          "\u3000\u3000一、2026年工作回顾",
          "\u3000\u3000过去一年，全市地区生产总值达到812亿元，增长5.2%；一般公共预算收入61亿元，增长2.8%。",
          "\u3000\u3000二、2027年重点工作", "\u3000\u3000今年要重点抓好以下五个方面工作。",
          "\u3000\u3000（一）坚持项目为王，持续扩大有效投资", "\u3000\u3000全年实施市重点项目140个，完成年度投资280亿元以上。"]
_PAGES = [[("二", "坚持创新驱动，培育壮大新兴产业", "新增高新技术企业60家，研发经费投入强度达到2.3%。"),
           ("三", "坚持改革开放，激发市场主体活力", "新设经营主体1.5万户，外贸进出口总额增长6%。")],
          [("四", "坚持城乡融合，推进乡村全面振兴", "新建高标准农田3万亩。"),
           ("五", "坚持民生优先，提升群众幸福指数", "城镇新增就业1.2万人。")]]
_PARTS = ["坚持项目为王，持续扩大有效投资", *(head for page in _PAGES for _, head, _ in page)]


def _paged_text(suffix: str) -> list[str]:
    """The article's pages one after another, each next page under the pager row and the site's head
    ("{n}" in `suffix` is the page's number; "" repeats the title as it stands)."""
    lines = list(_FIRST)
    for n, page in enumerate(_PAGES, start=2):
        lines += ["", _PAGER, "", _TITLE + suffix.format(n=n), _STAMP, ""]
        for num, head, text in page:
            lines += [f"\u3000\u3000（{num}）{head}", "\u3000\u3000" + text]
    return [*lines, "", _PAGER, "", "（责任编辑：周敏）"]


def _write(tmp_path: Path, lines: list[str], name: str = "paged.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _assert_one_report(result, repeated: list[str]) -> None:
    assert [d.title for d in result.documents] == [_TITLE]
    doc = result.documents[0]
    work = doc.sections[-1]
    # the outline goes on across the pages: （二）…（五） under the same part as （一）, of its type
    assert [c.heading for c in work.children] == _PARTS
    assert {(c.level, c.type) for c in work.children} == {(2, work.children[0].type)}
    reasons = {(r.text, r.reason) for r in result.removed_reasons}
    for line in repeated:
        assert any(text == line and "next page" in why for text, why in reasons), line
    assert sum(r.text == _STAMP and "next page" in r.reason for r in result.removed_reasons) == 2


@pytest.mark.parametrize("suffix", ["({n})", "（{n}）", "_{n}", "第{n}页", "（第{n}页）", ""])
def test_a_paginated_articles_next_pages_continue_one_document(parser, tmp_path, suffix) -> None:
    """"…报告(2)" and its publication line over page 2, under the pager row: the same document goes on —
    the lines set aside with their reason; a title repeated as it stands counts right after a pager."""
    result = parser.parse(_write(tmp_path, _paged_text(suffix)))
    _assert_one_report(result, [_TITLE + suffix.format(n=n) for n in (2, 3)] if suffix else [])


def test_a_page_numbered_title_continues_the_document_without_a_pager(parser, tmp_path) -> None:
    """The pager rows not copied: a line that is an earlier title with a next page's number is still
    the page's head, not a new document's title. A new document needs a new title: a summary and the
    next year's plan by one office stay two, though the plan's title has a number after it."""
    lines = [line for line in _paged_text("（{n}）") if line != _PAGER]
    result = parser.parse(_write(tmp_path, lines))
    _assert_one_report(result, [f"{_TITLE}（2）", f"{_TITLE}（3）"])
    lines = ["柏川县商务局2026年工作总结", "\u3000\u3000一、主要成效", "\u3000\u3000全年社会消费品零售总额增长5%。",
             "", "柏川县商务局2027年工作要点(2)", "\u3000\u3000一、重点任务", "\u3000\u3000全年新增限上商贸企业30家。"]
    result = parser.parse(_write(tmp_path, lines, "two.txt"))
    assert [d.title for d in result.documents] == ["柏川县商务局2026年工作总结", "柏川县商务局2027年工作要点(2)"]
    assert not any("next page" in r.reason for r in result.removed_reasons)


def test_a_paginated_html_article_with_its_pager_in_a_chrome_div(parser, tmp_path) -> None:
    """The HTML shape: each page's pager in a div the extractor sets aside, then the page's <h1> with
    its number and the publication line."""
    def p(line: str) -> str:
        return f"<p>{line.strip()}</p>" if line.strip() else ""

    body = [f"<h1>{_TITLE}</h1>", f"<div class='info'>{_STAMP}</div>", "<div class='article'>",
            *(p(line) for line in _FIRST[6:])]
    for n, page in enumerate(_PAGES, start=2):
        body += ["<div class='pager'><a href='#'>上一页</a> <a>1</a> <a>2</a> <a>3</a> <a>下一页</a></div>",
                 f"<h1>{_TITLE}({n})</h1>", f"<div class='info'>{_STAMP}</div>"]
        body += [p(f"（{num}）{head}") + p(text) for num, head, text in page]
    html = f"<html><head><title>{_TITLE}</title></head><body>{''.join(body)}</div></body></html>"
    result = parser.parse(_write(tmp_path, [html], "paged.html"))
    _assert_one_report(result, [f"{_TITLE}(2)", f"{_TITLE}(3)"])


def test_a_title_after_a_pager_row_that_names_another_document_is_kept() -> None:
    """Only a repeat counts: the line under a pager row that is no earlier title stays the text's."""
    from jihua.pipeline.model import Unit
    from jihua.pipeline.pagebreaks import next_page_heads
    from jihua.schemas.blocks import Block, Provenance

    def unit(text: str) -> Unit:
        return Unit(text=text, block=Block(text=text, prov=Provenance(file="x.txt", index=0)))

    units = [unit(t) for t in ("柏川县商务局2026年工作总结", "全年社会消费品零售总额增长5%。", _PAGER,
                               "柏川县商务局2027年工作计划", "全年新增限上商贸企业30家。", "柏川县商务局2026年工作总结_2",
                               _STAMP)]
    # the numbered repeat (its publication line under it) only, not the plan under the pager
    assert list(next_page_heads(units, {2})) == [5, 6]


def _two_pieces(title: str, second: str, second_labels: tuple[str, str]) -> list[str]:
    """A title, its two parts, then `second` (the title again with a number) over two more parts."""
    one, two = second_labels
    return [title, "\u3000\u3000一、总体目标", "\u3000\u3000全年推进重点工程45个，完成投资120亿元。",
            "\u3000\u3000二、保障措施", "\u3000\u3000建立领导包联机制，每月调度一次。", "",
            second, f"\u3000\u3000{one}新增工程", "\u3000\u3000新增储备工程20个，总投资60亿元。",
            f"\u3000\u3000{two}工作要求", "\u3000\u3000各责任单位于每月5日前报送进展。"]


@pytest.mark.parametrize("title", ["枫岭县2028年重点工程推进计划", "2028年街道工作总结"])
@pytest.mark.parametrize("suffix", ["（2）", "(2)"])
def test_a_numbered_repeat_whose_outline_starts_again_is_a_new_document(parser, tmp_path, title, suffix) -> None:
    """No pager row and no publication line over it: "…计划（2）" whose parts start again at 一、 is a
    compilation's next piece (a 范文 site's "…总结(2)"), a document of its own — while one whose parts go
    on (三、 after 二、) is the same article's next page."""
    result = parser.parse(_write(tmp_path, _two_pieces(title, title + suffix, ("一、", "二、"))))
    assert [d.title for d in result.documents] == [title, title + suffix]
    assert [[s.heading for s in d.sections] for d in result.documents] == [["总体目标", "保障措施"],
                                                                            ["新增工程", "工作要求"]]
    assert not any("next page" in r.reason for r in result.removed_reasons)
    result = parser.parse(_write(tmp_path, _two_pieces(title, title + suffix, ("三、", "四、")), "goes_on.txt"))
    assert [d.title for d in result.documents] == [title]
    assert [s.heading for s in result.documents[0].sections] == ["总体目标", "保障措施", "新增工程", "工作要求"]
    assert any(r.text == title + suffix and "next page" in r.reason for r in result.removed_reasons)


def test_a_numbered_repeat_over_a_continuing_sub_outline_is_the_next_page() -> None:
    """The outline carries on one level down ("（二）" after "（一）"): the next page, not a new piece; where it
    starts again ("（一）" after "（二）") it is one only right under a pager row — the pager is the page
    break's own evidence, and a page may open a part of its own numbering."""
    from jihua.pipeline.model import Unit
    from jihua.pipeline.pagebreaks import next_page_heads
    from jihua.schemas.blocks import Block, Provenance

    def unit(text: str) -> Unit:
        return Unit(text=text, block=Block(text=text, prov=Provenance(file="x.txt", index=0)))

    texts = ("溪口镇2027年人居环境整治方案", "一、整治内容", "（一）垃圾分类", "全镇建成分类投放点60个。",
             "溪口镇2027年人居环境整治方案(2)", "（二）污水治理", "完成管网改造12公里。",
             "溪口镇2027年人居环境整治方案(3)", "（一）组织保障", "成立工作专班。")
    units = [unit(t) for t in texts]
    assert list(next_page_heads(units, set())) == [4]
    units.insert(7, unit(_PAGER))
    assert list(next_page_heads(units, {7})) == [4, 8]
