"""A landscape PDF read as a deck or not, and a deck's slides read right: a typed report in large type
whose paragraphs run on over page breaks is no deck; two bulleted boxes side by side keep their bullets
at one level; a cover of small type mid-page (an issuer over a date) has no title. Every text is ours."""

from __future__ import annotations

from jihua.extractors.layout import BodyMetrics, Line, PageGeometry
from jihua.extractors.pdf_columns import split_columns
from jihua.extractors.pdf_lines import Char, text_lines
from jihua.extractors.pdf_slides import is_deck, read_deck

_WIDE = PageGeometry(842, 595)  # A4 landscape
_BODY = 20.0


def _body_line(page: int, k: int, text: str, indent: bool = False, top: float = 110.0) -> Line:
    """A body line of a typed page at 20 pt, set full to the frame's right edge (770) unless it is short."""
    x0 = 72.0 + (2 * _BODY if indent else 0)
    x1 = min(770.0, x0 + _BODY * len(text))
    return Line(page, x0, x1, top + 30 * k, top + 30 * k + _BODY, text, _BODY)


def _heading(page: int, text: str) -> Line:
    return Line(page, 72, 72 + 24 * len(text), 60, 84, text, 24.0, bold=True)


_FULL = "柳湾镇围绕农村人居环境整治，持续推进农村厕所革命和生活污水集中治理工作，"  # runs to the edge


def _report(run_on: bool) -> list[list[Line]]:
    """Four pages, each but the continued ones opening on a 24 pt heading; with `run_on` the second and
    fourth sections run over onto the next page mid-sentence, as a typed page breaks."""
    def section(page: int, head: str, lines: int, ends: str) -> list[Line]:
        body = [_body_line(page, 0, _FULL, indent=True)] + [_body_line(page, k, _FULL) for k in range(1, lines)]
        body.append(_body_line(page, lines, ends))
        return [_heading(page, head), *body]

    tail = _FULL if run_on else "确保群众满意。"
    pages = [section(1, "一、工作回顾", 6, tail)]
    if run_on:
        pages.append([_body_line(2, 0, "完成改厕八百户。", top=60), _body_line(2, 1, "各村建立长效管护机制。", indent=True, top=60)])
    pages.append(section(len(pages) + 1, "二、目标任务", 6, "全面完成。"))
    pages.append(section(len(pages) + 1, "三、保障措施", 6, tail))
    if run_on:
        pages.append([_body_line(len(pages) + 1, 0, "落实专项资金。", top=60)])
    return pages


def test_a_landscape_report_whose_paragraphs_run_over_page_breaks_is_no_deck() -> None:
    pages = _report(run_on=True)
    assert not is_deck(pages, [_WIDE] * len(pages))


def test_landscape_pages_each_opening_on_a_title_stay_a_deck() -> None:
    """A slide's last line may run full without a stop; the next slide opening on its title is no run-on."""
    pages = _report(run_on=False)
    assert is_deck(pages, [_WIDE] * len(pages))


def _chars(text: str, x0: float, top: float, size: float = 28.0) -> list[Char]:
    return [Char(ch, x0 + k * size, x0 + (k + 1) * size, top, top + size, size, "NotoSans") for k, ch in enumerate(text)]


def test_two_bulleted_boxes_side_by_side_keep_their_bullets_at_one_level() -> None:
    """The right box wraps each entry ("• 组织防汛抢险" over "应急演练两次。"): more wrapped lines than
    bullets, yet its bullets, not its wraps, are laid over the left box's bullets."""
    rows = [("• 新建堤防两公里。", "• 组织防汛抢险"), ("• 清淤河道五条。", "应急演练两次。"), ("• 加固山塘九座。", "• 储备编织袋五"),
            ("", "千条，砂石料三"), ("", "百立方米。")]
    chars: list[Char] = _chars("二〇二六年防汛工作安排", 238, 40, size=44)
    for k, (left, right) in enumerate(rows):
        top = 130 + 36 * k
        chars += _chars(left, 43, top) if left else []
        chars += (_chars(right, 490, top) if right.startswith("•") else _chars(right, 517, top)) if right else []
    columns = split_columns(text_lines(chars), 960, 540)
    assert columns is not None
    starts = {text: min(c[1] for c in line) - shift for (text, line), shift in zip(columns.lines, columns.shifts, strict=True)}
    bullets = {round(x) for text, x in starts.items() if text.startswith("•")}
    assert bullets == {43}, "both boxes' bullets stand at one edge: one level"


def _cover(*rows: tuple[str, float, float]) -> list[Line]:
    return [Line(1, 300, 300 + size * len(text), top, top + size, text, size) for text, top, size in rows]


def _slides(cover: list[Line]) -> list[tuple[str, dict]]:
    second = [Line(2, 60, 400, 40, 80, "主要任务", 40.0), Line(2, 60, 560, 140, 168, "• 完成河道清淤六公里。", 28.0)]
    metrics = BodyMetrics(left=60, right=900, size=28.0, gap=36.0, font=None)
    pieces = read_deck([cover, second], [PageGeometry(960, 540)] * 2, metrics)
    return [(p.lines[0].text if len(p.lines) == 1 else "".join(ln.text for ln in p.lines), fields) for p, fields in pieces]


def test_a_cover_of_small_type_mid_page_has_no_title() -> None:
    """"滨江街道办事处" over "2026年3月", 20 pt mid-page: an issuer and a date, no title."""
    pieces = _slides(_cover(("滨江街道办事处", 240, 20.0), ("2026年3月", 266, 20.0)))
    assert not [t for t, f in pieces if f.get("kind") == "title"]
    assert [t for t, _ in pieces[:2]] == ["滨江街道办事处", "2026年3月"], "both lines kept"


def test_a_date_under_a_cover_title_is_no_part_of_it() -> None:
    """A 32 pt cover title mid-page, the date under it in the same type: the title ends before the date."""
    pieces = _slides(_cover(("滨江街道2026年防汛工作安排", 200, 32.0), ("2026年3月", 240, 32.0)))
    assert pieces[0] == ("滨江街道2026年防汛工作安排", {"kind": "title", "role": "slide_title"})
    assert pieces[1][0] == "2026年3月"
