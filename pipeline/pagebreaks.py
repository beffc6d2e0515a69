"""Page breaks in a text copy of a PDF: folios, running headers and footers, sentences cut in two
(and a paginated web article's pager rows, which break its text as a folio does, and the head its site
prints again over each next page).

A PDF pasted into a TXT (or copied onto a web page) keeps each page's furniture as lines of its
own: the folio ("— 2 —", "-3-", "第 2 页 共 5 页") and, beside it, the running header or footer
the PDF printed on every page (the title, the office's name). Left in, a repeated title starts a
new document per page, an office's name becomes a heading on each page, and the wrap is joined
through the folio ("…采购限额标准— 2 —"). So the breaks are found first, by their folios, the
lines that repeat beside them are set aside as furniture, and only then are wrapped lines joined —
across the break as if it were not there.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.lexicon import CLAUSE_BREAK, DOC_KIND_WORDS, PAGE_SUFFIX, SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import FIGURE_FOLLOWS, Label, match_label, spaced_body_open
from jihua.pipeline.rules.numbering import IN_SENTENCE as _COUNTS_IN_SENTENCE
from jihua.pipeline.rules.titles import ORG_AT_END, signs_off
from jihua.pipeline.text.sentences import ASCII_STOP
from jihua.schemas.blocks import PAGE_NUMBER

_RUNNING = 60  # characters: a running header or footer is one short line (a title at most)
_REACH = 2  # lines on either side of a folio a running header or footer may take (an office over a title)
_PAGE_LINES = 6  # lines a page holds at the least, folio to folio
_REPEATS = 2  # page edges at which the same line must stand before it counts as the pages' own
_TITLE_TAIL = 8  # characters: the title's tail a running header may print is a title's length, no stray word
SENTENCE_END = re.compile(rf"(?:[。！？；：!?;:…”」』）)]|{ASCII_STOP})\s*$")  # a line that ends its sentence (or its lead-in)
IN_SENTENCE = re.compile(rf"[，,、；;。]|{ASCII_STOP}")  # a line that holds a clause of running text
FULL_STOP = re.compile(rf"[。！？!?]|{ASCII_STOP}")  # a sentence's end: counted, several make a run of text
_CLAUSE = re.compile(r"[，,；;。！？!?]")
_OPENERS = ("（", "(", "“", "‘", "《", "「", "『", "【", "〔")
_RUN_IN_TEXT = re.compile(rf"(?:{SENTENCE_PUNCT.pattern})\s*\S")  # a sentence end inside the line: text runs in after it
_KIND_AT_END = re.compile(rf"(?:{DOC_KIND_WORDS.pattern})\s*$")
_ENDS_IN_FIGURE = re.compile(r"\d\s*$")
# what a figure cut short goes on with (a line that opens with a year of its own is no figure's rest: a title
# printed over the page, a dated line)
_FIGURE_GOES_ON = re.compile(r"(?!(?:19|20)\d{2}\s*年)(?:[\d.%％]|[年月日万亿])")


def titled(text: str) -> bool:
    """Ends in a document kind word (…工作计划, …实施方案) with no clause break before it: a title, never
    a fragment. The word at the end counts, not the first one found: "…2023年工作总结及2024年工作计划"
    names two kinds; "…进展情况，…报送工作总结和工作要点" is a sentence."""
    return _KIND_AT_END.search(text) is not None and not CLAUSE_BREAK.search(text)


def _key(unit: Unit) -> str | None:
    """What a running line is compared by (its spacing aside), or None for a line that cannot be one:
    a table, a folio, a long line, a sentence."""
    text = re.sub(r"\s+", "", unit.text)
    if unit.block.kind == "table" or not text or len(text) > _RUNNING or PAGE_NUMBER.match(unit.text):
        return None
    return None if re.search(r"[。；！？]$", text) else text


def _beside(units: list[Unit], folio: int, step: int) -> list[int]:
    """The lines next to a folio on one side (after it: step 1; before it: step -1), up to the reach."""
    out: list[int] = []
    i = folio + step
    while 0 <= i < len(units) and len(out) < _REACH and not PAGE_NUMBER.match(units[i].text):
        out.append(i)
        i += step
    return out


def _running_lines(units: list[Unit], folios: list[int]) -> dict[int, str]:
    """Index → "header"/"footer" for the lines that repeat beside the page breaks: the same short
    line at two page edges or more on the same side (the file's top is page 1's), or — after one
    break — the first page's title printed again (the title's first line is the document's, whatever
    stands beside it), whole or without the place in front of it (`_title_tail`).
    The lines are taken from the folio outwards and stop at the first that is no running line
    (the page's text begins there); a word a link cut off after the breaks is none (`_cut_words`)."""
    opening = _opening(units)
    titles: dict[str, int] = {}  # each title line and where it first stands
    for i, u in enumerate(units):
        if (k := _key(u)) and titled(k) and match_label(k) is None:
            titles.setdefault(k, i)
    first_page = max(opening, folios[0])
    first_title = next((k for k, i in titles.items() if i < first_page), None)
    repeats = _REPEATS if _pages(units, folios) else len(units) + 1  # (folios between rows: no line repeats by the page)
    found: dict[int, str] = {}
    for step, kind in ((1, "header"), (-1, "footer")):
        counts = _edge_counts(units, folios, step)
        cut = _cut_words(units, folios, counts) if step == 1 else set()
        for f in folios:
            for n, i in enumerate(_beside(units, f, step)):
                k = _key(units[i])
                # (the title's tail only where a header stands: the page's first line, after the first page)
                tail = step == 1 and n == 0 and i >= first_page and _title_tail(k, first_title)
                if k is None or i < opening or k in cut or _signs_off_at(units, i) or (not tail and (
                        i == titles.get(k) or (counts[k] < repeats and titles.get(k, first_page) >= first_page))):
                    break
                found[i] = kind
    return found


def _edge_counts(units: list[Unit], folios: list[int], step: int) -> Counter[str]:
    """How many page edges on one side each short line stands at: beside each break, and — for the
    header side — at the top of the file, page 1's own top (a banner or header the copy printed atop
    every page shows there, so one break inside the text already shows it twice)."""
    counts = Counter(k for f in folios for k in {_key(units[i]) for i in _beside(units, f, step)} if k)
    if step == 1:
        counts.update({k for u in units[:_REACH] if (k := _key(u))})
    return counts


def _signs_off_at(units: list[Unit], i: int) -> bool:
    """The office's name over a date line: the text's sign-off, even where a page break puts it atop the
    last page, where the same name heads the other pages — it is the text's, never furniture."""
    return i + 1 < len(units) and signs_off(units[i].text.strip(), units[i + 1].text.strip())


def _title_tail(key: str | None, first_title: str | None) -> bool:
    """A running header that prints the first page's title without the place or office in front of
    it ("某街道某社区…工作计划" over the pages as "某社区…工作计划"): the title's tail, a title itself,
    too long to be a stray word of the text, naming every kind the title names (a review-and-plan's
    second part, "2024年工作计划", is that part's heading, not the header)."""
    return (key is not None and first_title is not None and key != first_title and len(key) >= _TITLE_TAIL
            and first_title.endswith(key) and titled(key)
            and len(DOC_KIND_WORDS.findall(key)) == len(DOC_KIND_WORDS.findall(first_title)))


def _cut_words(units: list[Unit], folios: list[int], counts: Counter[str]) -> set[str]:
    """Short lines after page breaks that repeat, yet are the text's: a word a link cut off from the
    sentence the page left open ("…全面推行" | folio | "电子证照" | "，…"), the same word after two
    breaks. Such a line continues an open sentence wherever it stands (`cut_by_page`), ends none of
    its own, and stands beside half the breaks at most. A running header follows a finished line
    somewhere, or repeats on most pages — in a hard-wrapped copy nearly every break cuts a sentence —
    or names an office or a document (a header on every other page: "某县人民政府办公室", the title)."""
    opens: dict[str, bool] = {}
    for f in folios:
        for i in _beside(units, f, 1):
            if k := _key(units[i]):
                open_here = f > 0 and cut_by_page(units[f - 1], units[i]) and not FULL_STOP.search(k)
                opens[k] = opens.get(k, True) and open_here
    return {k for k, always in opens.items()
            if always and 2 * counts[k] <= len(folios) and not titled(k) and not ORG_AT_END.match(k)}


def _pages(units: list[Unit], folios: list[int]) -> bool:
    """The folios part pages, not rows: a folio drawn as one ("- 2 -", "第 2 页") does; bare numbers
    only when far apart (a page holds many lines; a table flattened one cell a line, its row
    numbers standing alone, holds a few between them)."""
    if any(not units[f].text.strip().isdigit() for f in folios):
        return True
    gaps = [b - a for a, b in zip([-1, *folios], folios, strict=False)]
    return statistics.median(gaps) > _PAGE_LINES


def _opening(units: list[Unit]) -> int:
    """Where the text begins: the first table, numbered line, line with a clause in it or line longer
    than a running one. Above it stands the first page's title block, which a running header
    repeats but which is no furniture."""
    return next((i for i, u in enumerate(units) if u.block.kind == "table" or match_label(u.text) is not None
                 or _CLAUSE.search(u.text) or len(u.text.strip()) > _RUNNING), len(units))


def page_furniture_aside(units: list[Unit], state: ParseState) -> tuple[list[Unit], set[int]]:
    """The folios and the running lines beside them set aside as page furniture, and a paginated
    article's pager rows ("上一页 第1页 第2页 下一页") as the page's chrome (before any wrap is joined:
    joined first, they would be glued into the text they cut). Both are page breaks. Returns the rest
    and the ids of the units each page's text resumes with (where a sentence may continue)."""
    folios = [i for i, u in enumerate(units) if u.block.kind != "table" and PAGE_NUMBER.match(u.text.strip())]
    pagers = {i for i, u in enumerate(units)
              if u.block.kind != "table" and i not in folios and site.PAGER.match(u.text.strip())}
    heads = next_page_heads(units, pagers)
    prompts = read_on_prompts(units)
    if not folios and not pagers and not heads and not prompts:
        return units, set()
    running = _running_lines(units, folios) if folios else {}
    breaks = set(folios)
    out: list[Unit] = []
    resumes: set[int] = set()
    broken = False
    page: int | None = None  # the number the last folio printed, while its break lasts
    for i, unit in enumerate(units):
        if i in pagers or i in heads or i in prompts:
            state.set_aside([unit.text], _READ_ON if i in prompts else heads.get(
                i, "the page's pager (a paginated article's page links): its next page begins here"))
            broken = True
            continue
        if i in breaks or i in running:
            kind = running.get(i, "page_number")
            if i in breaks:
                page = _folio_number(unit.text)
                if not broken and out and page is not None:
                    _trailing_folio_off(out[-1], page, state)
            state.furniture.append(unit.block.model_copy(update={"furniture": kind}))
            broken = True
            continue
        if broken and page is not None:
            _leading_folio_off(unit, page + 1, state, bool(out) and _left_open(out[-1]))
        page = None
        if broken and out:
            resumes.add(id(unit))
        unit.gap_before = unit.gap_before and not broken  # the blank lines were the page break's: no paragraph break
        broken = False
        out.append(unit)
    return out, resumes


def _folio_number(text: str) -> int | None:
    """The page number a folio line prints ("第2页 共5页" → 2, "— 3 —" → 3, "4/9" → 4), or None (a Roman one)."""
    found = re.search(r"\d{1,4}", text)
    return int(found.group(0)) if found else None


# a page's number glued to the first line of the page ("2梳理惠企政策清单…", "4（四）加强…"): the site printed it
# over the page and the copy ran it into the text; only before a word or a label's bracket, never a figure's digits
_LEADING_FOLIO = re.compile(r"^([ \t\u3000]*)(\d{1,4})(?=[\u4e00-\u9fff（(“《【〔])")
# a page's number glued after the page's last sentence, right over the folio line ("…覆盖率达到100%。1" | "第1页 共4页")
_TRAILING_FOLIO = re.compile(r"(?<=[。！？；])[ \t\u3000]*(\d{1,4})\s*$")
_FOLIO_GLUED = "page {}'s number, which the copy glued to the page's text beside its folio line: no word of the text"


def _left_open(unit: Unit) -> bool:
    """The page's last line stops inside its sentence ("…管理率达到60%，", "…全镇"): no sentence end closes it and it
    is no part's heading standing whole ("（一）整治市容环境"), so the next page's first line goes on with it."""
    if unit.block.kind == "table" or SENTENCE_END.search(unit.text) is not None:
        return False
    return match_label(unit.text) is None or IN_SENTENCE.search(unit.text) is not None


def _leading_folio_off(unit: Unit, number: int, state: ParseState, after_open: bool) -> None:
    """Take a page's number off the page's first line, before any label is read there: "2（二）强化保障" after
    "第1页 共3页" is "（二）强化保障". Only the next page's number counts (the folio said N, the page is N+1), glued
    to a word or a label's bracket; a figure the break cut ("…新建" | "3个…", "…全县" | "2级医院…") goes on with a
    unit and stays. While the page's last line is open (`after_open`: "…管理率达到60%，" | folio | "2型…") the
    digit is its sentence's, unless a label follows it ("2（二）…": no sentence goes on into a label)."""
    found = _LEADING_FOLIO.match(unit.text)
    if found is None or unit.block.kind == "table" or int(found.group(2)) != number:
        return
    rest = unit.text[found.end():]
    if FIGURE_FOLLOWS.match(rest) or len(rest.strip()) < 2:
        return
    if after_open and match_label(rest) is None:
        return
    state.set_aside([found.group(2)], _FOLIO_GLUED.format(number))
    unit.text = found.group(1) + rest


def _trailing_folio_off(unit: Unit, number: int, state: ParseState) -> None:
    """Take the page's number off the page's last line, glued after its sentence end: "…达到100%。1" over
    "第1页 共4页" is "…达到100%。"; no sentence goes on after its full stop with a bare digit."""
    found = _TRAILING_FOLIO.search(unit.text)
    if found is None or unit.block.kind == "table" or int(found.group(1)) != number:
        return
    state.set_aside([found.group(1)], _FOLIO_GLUED.format(number))
    unit.text = unit.text[:found.start()]


_READ_ON = ("a document site's prompt to read on where its preview broke the page (还剩N页未读，继续阅读): "
            "the sentence it cut goes on after it")


def read_on_prompts(units: list[Unit]) -> set[int]:
    """The lines of a document site's read-on prompt ("还剩4页未读，继续阅读", "展开阅读全文"): a page break, set
    aside with the folios before sentences are joined across it — left in, the fragment before it takes the
    prompt ("…新建泵站3还剩4页未读，继续阅读") and its continuation ("座，年底前…") stands as a paragraph."""
    return {i for i, u in enumerate(units) if u.block.kind != "table" and site.READ_ON.match(u.text.strip())}


_TITLE_AGAIN = "the article's title again over its next page (a paginated article's page 2, 3…): no new document"
_HEADER_AGAIN = "the page's publication line again over its next page (a paginated article's page 2, 3…)"


def next_page_heads(units: list[Unit], pagers: set[int]) -> dict[int, str]:
    """Index → reason for the head a paginated article's site prints again over each next page: the
    title with the page's number ("某市2027年政府工作报告(2)", "…报告_2", "…报告（第2页）") — or, right
    under the pager row, without it — and the publication line under it ("2027-02-03 09:12　来源：某日报").
    Left in, the repeated title opens a new document per page and the parts on it lose their outline.
    A line only counts when it repeats a title that stands earlier: a new document needs a new title.
    Without a pager row over it, a numbered repeat needs more: a compilation's next piece is titled so
    too ("某县2027年工作总结(2)" under "某县2027年工作总结"), and starts its outline again at 一、."""
    titles = _title_lines(units)
    heads: dict[int, str] = {}
    for i, unit in enumerate(units):
        opens_page = i - 1 in pagers
        if _title_again(unit, i, titles, opens_page) and (opens_page or _page_goes_on(units, i, titles)):
            heads[i] = _TITLE_AGAIN
        elif (opens_page or heads.get(i - 1) == _TITLE_AGAIN) and unit.block.kind != "table" \
                and site.publication_line(unit.text):
            heads[i] = _HEADER_AGAIN
    return heads


def _title_lines(units: list[Unit]) -> dict[str, int]:
    """Each title line's key (a document kind at its end, or laid out as a title) and where it first stands."""
    titles: dict[str, int] = {}
    for i, u in enumerate(units):
        k = _key(u)
        if k and match_label(k) is None and not PAGE_SUFFIX.search(k) and (titled(k) or u.block.kind == "title"):
            titles.setdefault(k, i)
    return titles


def _title_again(unit: Unit, at: int, titles: dict[str, int], opens_page: bool) -> bool:
    """The line repeats an earlier title, with a next page's number after it ("…报告(2)" under "…报告"),
    or as it stands where a pager row has just ended a page."""
    k = _key(unit)
    if k is None:
        return False
    numbered = PAGE_SUFFIX.search(k) is not None
    first = titles.get(PAGE_SUFFIX.sub("", k))
    return first is not None and first < at and (numbered or opens_page)


def _page_goes_on(units: list[Unit], at: int, titles: dict[str, int]) -> bool:
    """A numbered repeat with no pager row over it is the next page's head when what follows says so: the
    publication line under it, or the outline carrying on — the first label after it is the next one of
    the labels since the title ("（二）" after "（一）", "三、" after "二、"). A first label that starts again
    ("一、", "（一）", "1.") opens another document: "…总结(2)" over a compilation's second piece."""
    nxt = next((u for u in units[at + 1:] if u.text.strip()), None)
    if nxt is not None and nxt.block.kind != "table" and site.publication_line(nxt.text):
        return True
    first = _first_outline_label(units[at + 1:])
    if first is None or first.ordinal is None or first.ordinal < 2:
        return False
    since = titles.get(PAGE_SUFFIX.sub("", _key(units[at]) or ""), at)
    before = (_outline_label(u) for u in units[since:at])
    return any(b is not None and b.family == first.family and b.ordinal == first.ordinal - 1 for b in before)


def _outline_label(unit: Unit) -> Label | None:
    """The heading label a line opens with ("二、", "（三）", "4."), or None: a table, a bullet, a sentence's own
    count ("一是…", "①…")."""
    found = match_label(unit.text) if unit.block.kind != "table" else None
    label = found[0] if found is not None else None
    return label if label is not None and label.heading_capable and label.family not in _COUNTS_IN_SENTENCE else None


def _first_outline_label(units: list[Unit]) -> Label | None:
    """The first heading label in `units` (what a page or a piece opens its outline with)."""
    return next((label for u in units if (label := _outline_label(u)) is not None), None)


def join_page_breaks(units: list[Unit], resumes: set[int]) -> list[Unit]:
    """A sentence a page break cut ("…队伍建成率达到" | folio | "100%，…") is one sentence again."""
    out: list[Unit] = []
    for unit in units:
        if id(unit) in resumes and out and cut_by_page(out[-1], unit):
            out[-1].text += unit.text.strip()
            continue
        out.append(unit)
    return out


def cut_by_page(before: Unit, after: Unit) -> bool:
    """The page break fell inside a sentence: the text before it runs on (it holds a clause
    and stops without a sentence end; a numbered line only when its text runs in after a title,
    "2.加强队伍建设。乡镇…建成率达到" or, a web copy's space for the 。, "2.加强队伍建设 乡镇…达到" —
    "（一）加强国防教育，增强全民国防观念" is a heading) and the text after it opens no item of its own."""
    if before.block.kind == after.block.kind == "paragraph" and before.text.rstrip().endswith(_OPENERS):
        return True  # "推进“" | folio | "青年大学习”行动": a bracket or quote left open never ends a line
    if before.block.kind == after.block.kind == "paragraph" and _figure_cut(before.text, after):
        return True  # "三、2024" | folio | "年工作打算": a heading cut inside its figure, whatever the rest reads as
    spaced = spaced_body_open(before.text, after.text)  # "2.加强队伍建设 乡镇…建成率达到": open, no clause mark
    own_text = match_label(before.text) is None or _RUN_IN_TEXT.search(before.text) is not None or spaced
    return (before.block.kind == "paragraph" and after.block.kind == "paragraph" and own_text
            and (IN_SENTENCE.search(before.text) is not None or spaced) and not SENTENCE_END.search(before.text)
            and match_label(after.text) is None and not titled(after.text))


def _figure_cut(before: str, after: Unit) -> bool:
    """A fixed-size page cut a numbered line inside a figure ("三、2024" | "年工作打算", "（二）投资1" |
    "2亿元"): its text after the label ends in a digit, and the line after the break, not indented and
    not numbered, opens with what a figure is read with (a digit, 年/月/日, 万/亿, %). A heading never
    ends on a bare figure; the rest of it may well read as a title of its own (…工作打算)."""
    found = match_label(before)
    return (found is not None and found[0].family != "bullet" and _ENDS_IN_FIGURE.search(found[1]) is not None
            and not CLAUSE_BREAK.search(found[1])  # "2.咨询电话：0851-8123456" is a whole line
            and not after.block.indent and match_label(after.text) is None
            and _FIGURE_GOES_ON.match(after.text.strip()) is not None)
