"""Clean: set page furniture aside and, in a web copy, the page's chrome (see `webcopy`).

The web-copy rules are imported only for TXT, HTML and Markdown inputs, and for a DOCX or PDF whose
own lines prove it a pasted or printed page: another DOCX or PDF parse does not compile them
(measured: 10 ms of a cold one-file parse).
"""

from __future__ import annotations

import bisect
import logging
import re

from jihua.extractors.numfmt import chinese_number
from jihua.pipeline.captions import captions_aside
from jihua.pipeline.converted import unbreak_converted
from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.pageparts import page_trailer
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import (
    BARE_STOP,
    BOOK_PAREN,
    BY_NAME,
    LOOKALIKE_LABEL,
    PART_FAMILY,
    SUB_FAMILY,
    damaged_label,
    figure_gap_closed,
    fold_ocr_label,
    match_label,
)
from jihua.pipeline.rules.titles import fold_ocr_date
from jihua.pipeline.text.normalize import bare, repair
from jihua.pipeline.title_lines import lists_pieces
from jihua.schemas.blocks import TOC_TITLE, Block

WEB_COPIES = ("txt", "html", "md")
SLIDE_DECKS = ("pptx", "ppt", "odp")  # (a deck's closing slide credits its makers as a page does)
_log = logging.getLogger(__name__)
_LINED = ("txt",)  # formats whose blocks are the source's lines: a skipped line number is a blank line


def _unit(block: Block) -> Unit:
    """A block's text repaired; on a scan, a date line's OCR look-alikes read as digits ("2024年]月l5日"
    is 2024年1月15日) and a part label's misread bracket as "（" ("〈二)"): every later stage (a 落款, a
    title block's date, a bundle's sign-off, the outline) then reads what the page prints. Typed text
    is never re-read."""
    text = repair(block.text).strip()
    if block.ocr:
        read = fold_ocr_label(fold_ocr_date(text))
        if read != text:
            text, block = read, block.model_copy(update={"text": read})
    if block.kind == "table" and block.rows:
        rows = [[repair(c).strip() for c in row] for row in block.rows]
        block = block.model_copy(update={"rows": rows})
    return Unit(text=text, block=block)


_ITEM = "arabic"  # the "1." item labels OCR misreads as letters
_ITEM_RANK = 5  # a label ranked above an item's ("（三）", "二、") opens another part: the items' sequence ends
_SEQUENCE_REACH = 40  # units searched each way for the neighbouring item labels
_PART_RANK = 3  # a label ranked above a "一、" part's ("第二章", "第一部分") opens a new sequence of parts


def _neighbour_label(units: list[Unit], at: int, step: int, family: str, rank: int,
                     reach: int | None = None) -> int | None:
    """The ordinal of the nearest label of `family` from `at` in direction `step`, within the same run of
    such labels: a heading label ranked above `rank` between ends the search (None), as "（三）" ends a run of
    "1." items and "第二章" one of "一、" parts. `reach`: units searched at most (None: to the document's end),
    since an item's neighbours stand close by while parts may be pages apart."""
    stop = -1 if step < 0 else len(units)
    if reach is not None:
        stop = min(max(at + step * reach, -1), len(units))
    for near in range(at + step, stop, step):
        unit = units[near]
        found = match_label(unit.text) if unit.block.kind != "table" else None
        if found is None:
            continue
        label = found[0]
        if label.family == family:
            return label.ordinal
        if label.heading_capable and label.rank < rank:
            return None
    return None


def _sequenced_labels(units: list[Unit]) -> None:
    """An item label OCR misread ("1I.水厂改造", "l.宣传发动", "I0.…") read as the figure its neighbours'
    labels prove ("（三）…" above, "2.…" below: 1): no reading fits unless an item label of its part
    agrees on one side and none disagrees on the other. Read on typed copies too (a TXT pasted from a
    scan); a Roman "I." over "II." has no item neighbours and stays."""
    for at, unit in enumerate(units):
        if unit.block.kind == "table" or not LOOKALIKE_LABEL.match(unit.text) or match_label(unit.text):
            continue
        before = _neighbour_label(units, at, -1, _ITEM, _ITEM_RANK, _SEQUENCE_REACH)
        after = _neighbour_label(units, at, 1, _ITEM, _ITEM_RANK, _SEQUENCE_REACH)
        if before is None and after is None:
            continue

        def fits(n: int, before: int | None = before, after: int | None = after) -> bool:
            return before in (None, n - 1) and after in (None, n + 1)

        read = fold_ocr_label(unit.text, fits)
        if read != unit.text:
            unit.text, unit.block = read, unit.block.model_copy(update={"text": read})


def _closed(text: str) -> bool:
    """A line that ends its sentence or is a heading of its own: what a part's line may follow."""
    t = text.strip()
    return not t or t[-1] in "。！？；!?;" or match_label(t) is not None


def _restored_numerals(units: list[Unit]) -> None:
    """A line opening with a bare "、" where the running 一、二、三、 sequence has its next part ("三、…" before,
    "五、…" or none after): OCR dropped the numeral ("、从严加强党员队伍建设" is 四、). The numeral is restored from
    the sequence; with no part before it, or a next part that does not skip its place, the line stays as read.
    A typed line opens with "、" also where a text hard-wrapped at a width broke a list ("…推进文化" / "、旅游融合发展"):
    there, only after a line that ends a sentence or is a heading (print never starts a line with "、"; OCR may
    lose the line's end with the numeral, so a scan's line needs no such evidence). A scan's sub-part label
    whose bracket OCR read as a title mark ("《四)开展…") is restored the same way, by `_restored_bracket`."""
    for at, unit in enumerate(units):
        if unit.block.kind == "table" or _set_right(unit.block):
            continue
        if unit.block.ocr and BOOK_PAREN.match(unit.text):
            _restored_bracket(units, at)
        if unit.block.ocr:
            _restored_label(units, at)
        stop = BARE_STOP.match(unit.text)
        if stop is None or (not unit.block.ocr and at and not _closed(units[at - 1].text)):
            continue
        before = _neighbour_label(units, at, -1, PART_FAMILY, _PART_RANK)
        if before is None or _neighbour_label(units, at, 1, PART_FAMILY, _PART_RANK) not in (None, before + 2):
            continue
        read = f"{stop.group(1)}{chinese_number(before + 1)}{unit.text[stop.end(1):]}"
        unit.text, unit.block = read, unit.block.model_copy(update={"text": read})


def _restored_bracket(units: list[Unit], at: int) -> None:
    """"《四)开展…" read as "（四)开展…" where that label continues its part's sub-parts: "（三）" the one before
    and "（五）" or none after, or "（二）" after a "（一）" that opens the part; a book title "《四)…" a
    sentence cites, with no such neighbours, stays as read."""
    unit = units[at]
    read = BOOK_PAREN.sub(r"\1（", unit.text, count=1)
    found = match_label(read)
    if found is None or found[0].family != SUB_FAMILY:
        return
    if _due(units, at, SUB_FAMILY, found[0].ordinal) is None:
        return
    unit.text, unit.block = read, unit.block.model_copy(update={"text": read})


def _due(units: list[Unit], at: int, family: str, n: int | None) -> int | None:
    """The ordinal of `family` the sequence around `at` has its place for: `n` (or, unknown, the one after the label
    before) where the label before is n − 1 (none before a first) and the one after n + 1 or none; None where the
    labels around disagree or there are none."""
    rank = BY_NAME[family].rank
    before = _neighbour_label(units, at, -1, family, rank)
    after = _neighbour_label(units, at, 1, family, rank)
    if n is None:
        n = before + 1 if before is not None else (1 if after == 2 else None)
    if n is None or (before, after) == (None, None) or before != (n - 1 if n > 1 else None) or after not in (None, n + 1):
        return None
    return n


def due_between(units: list[Unit], at: int, family: str, n: int) -> bool:
    """`n` of `family` has its place at `at` with the sequence on both sides: n − 1 the label before, n + 1 the
    one after ("2.…" / ? / "4.…") — `_due` with the next label required, for a reading only its siblings decide."""
    return _due(units, at, family, n) == n and _neighbour_label(units, at, 1, family, BY_NAME[family].rank) == n + 1


# how a part label is printed, by family, for a label OCR damaged ("本)优化…" is "（二）优化…" in its place)
_SPELLED = {SUB_FAMILY: "（{}）", PART_FAMILY: "{}、", "part": "第{}"}


def _restored_label(units: list[Unit], at: int) -> None:
    """A scanned line opening with a label OCR damaged by one character ("本)" or "(人三)" for "（三）", ":四、" for
    "四、", "二部分" for "第二部分" after "第一部分") read as that label where the running sequence has its place
    (`_due`): the label before it is the one before, the next one after it or none. A line no sequence places
    stays as read ("甲)…" with no sub-parts around it)."""
    unit = units[at]
    found = damaged_label(unit.text)
    if found is None or (n := _due(units, at, found.family, found.ordinal)) is None:
        return
    read = _SPELLED[found.family].format(chinese_number(n)) + unit.text[found.end:].lstrip()
    unit.text, unit.block = read, unit.block.model_copy(update={"text": read})


_FAR_IN = 6  # ems in from the frame's left: a line starting there is set right (a sign-off), never a part's label


def _set_right(block: Block) -> bool:
    """A line set far in from the left ("青禾县某某街道办事处" over its date at the page's right): a sign-off's
    place, where no part's label is restored, whatever the sequence (its org line read as "、…" is no 五、)."""
    return (block.align != "center" and block.indent is not None and block.font_size is not None
            and block.indent > _FAR_IN * block.font_size)


# a table-of-contents entry: its text, then its leader — a tab, a run of dots or ellipses ("……", "⋯⋯", "·····",
# "．．．", "....."), one ellipsis character, or a wide gap — and the page it starts on
_DOT_LEADER = r"(?:[.．·…⋯]{2,}|[…⋯])"
_PAGE_REF = rf"(?:\t+|{_DOT_LEADER}\s*|\s{{2,}})\d{{1,3}}\s*$"
_TOC_ENTRY = re.compile(r"\S.{0,60}?" + _PAGE_REF)
_LEADER_PAGE = re.compile(rf"{_DOT_LEADER}\s*(\d{{1,3}})\s*")  # where an entry run into the next one ends
_PAGE_STEP = 10  # pages one contents entry may stand after the one before it
# a page number a PDF's text layer runs into its entry: the tab's gap is lost ("一、总体目标⇥1" read "一、总体目标1")
_GLUED_PAGE = re.compile(r"(?<=[\u4e00-\u9fff）)”》])\d{1,3}$")
_RUN_IN = re.compile(r"[。：:；;]")  # where a run-in heading's own words end
_TOC_SPAN = 40  # a contents list starts within the first lines, and lists fewer parts than this
_SUBTITLE = 12  # an entry's subtitle after its colon ("稳中求进") is at most this long and holds no sentence
_HEAD_SPAN = 64  # where a line's heading ends at the latest (its key is read from no further)


def _contents_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """A table of contents the document prints ahead of its text — a 目录 with page numbers
    ("一、强化企业创新主体地位⇥1"), or any early run of short entries that come back later, in order,
    as the document's own headings, under whatever label (目录, 汇报提纲, 主要内容, none): its label and
    entries are page furniture (kind `toc`); read as text, the entries would become a second outline
    the body then nests under. A compilation's list of titled pieces stays for split to cut at."""
    paged = _paged_contents(units)
    found = paged[:2] if paged else _shaped_contents(units)
    if found is None:
        return units
    start, end = found
    aside, rest = units[start:end], units[end:]
    if paged and paged[2]:  # the text the PDF ran on into the last entries ("…保障措施……2为推动…") stays
        last = aside[-1]
        cut = len(last.text) - len(paged[2])
        aside[-1] = Unit(text=last.text[:cut], block=last.block.model_copy(update={"text": last.text[:cut]}))
        rest = [Unit(text=paged[2], block=last.block.model_copy(update={"text": paged[2]})), *rest]
    state.furniture.extend(u.block.model_copy(update={"furniture": "toc"}) for u in aside)
    return units[:start] + rest


def _paged_contents(units: list[Unit]) -> tuple[int, int, str] | None:
    """A 目录 line over two entries or more, each ending in its page number, a line each or run together; with
    the text a PDF's text layer ran on into the last entries, if any ("二、保障措施……2为推动…"), which stays."""
    for i, unit in enumerate(units[:_TOC_SPAN]):
        if unit.block.kind == "table" or not TOC_TITLE.match(unit.text):
            continue
        end, entries, tail = i + 1, 0, ""
        while not tail and end < len(units) and units[end].block.kind != "table":
            found, at = _paged_entries(units[end].text)
            tail = units[end].text[at:].strip()
            if not found or (tail and found < 2):
                tail = ""
                break
            end, entries = end + 1, entries + found
        if entries >= 2:
            return i, end, tail
        end = _glued_entries_end(units, i + 1)
        if end - i > 2:
            return i, end, ""
    return None


def _paged_entries(text: str) -> tuple[int, int]:
    """How many contents entries a line opens with, and where they end: each a few words, its leader and its page,
    one ("一、总体要求⇥1", "二、重点任务……3"), or several a PDF's text layer ran into one paragraph, dots or
    ellipses marking where each ends ("一、总体要求……1（一）工作原则……1二、重点任务……2"); (0, 0) for a line
    that opens with none."""
    if _TOC_ENTRY.fullmatch(text) and len(_LEADER_PAGE.findall(text)) < 2:
        return 1, len(text)  # (a tab's or a wide gap's entry, a line of its own)
    pos = count = 0
    for m in _LEADER_PAGE.finditer(text):
        words = text[pos:m.start()]
        if not words.strip() or len(words) > 60 or SENTENCE_PUNCT.search(words):
            break
        pos, count = m.end(), count + 1
    if 0 < pos < len(text) and count >= 2:
        pos -= _body_digits(text, pos)
    return count, pos


def _body_digits(text: str, pos: int) -> int:
    """How many of the digits before `pos` (the last entry's page, the text run on after it) are the text's own:
    the page is the shortest digit string that keeps the pages going on in small steps ("…二、重点任务……2三、保障
    措施……31月以来，…": page 3, "1月以来" the text's; "……32024年，…": page 3)."""
    digits = re.search(r"(\d{1,3})\s*$", text[:pos])
    if digits is None:
        return 0
    pages = [int(m.group(1)) for m in _LEADER_PAGE.finditer(text[:digits.start()])]
    before = pages[-1] if pages else 0
    run = digits.group(1)
    for k in range(1, len(run) + 1):
        if before <= int(run[:k]) <= before + _PAGE_STEP:
            return len(text[:pos]) - digits.start() - k
    return 0


def _glued_entries_end(units: list[Unit], start: int) -> int:
    """Where a run of numbered entries from `start` ends, each a label and a few words with its page number run
    into its last word, the pages never going back ("一、总体目标1", "（一）加强队伍建设1", "二、保障措施2"): the
    shape of a 目录 a PDF's text layer read without the tab's gap. A 目录 line heads it (`_paged_contents`)."""
    end, last_page = start, 0
    while end < len(units) and units[end].block.kind != "table":
        text = units[end].text.strip()
        page = _GLUED_PAGE.search(text)
        label = match_label(text)
        if page is None or label is None or len(text) > 48 or SENTENCE_PUNCT.search(text) or int(page.group()) < last_page:
            break
        end, last_page = end + 1, int(page.group())
    return end


def _entry_key(unit: Unit, entry: bool = False) -> str | None:
    """What a contents entry and the heading it comes back as share: the words without the label, the
    page number or a run-in heading's body ("一、稳就业⇥3", "（一）稳就业。全年…" → 稳就业); None for a line
    that cannot be either (a table, a sentence, a long line). An `entry` has no body of its own: a
    run-in heading with its text ("（一）粮食生产。全年…") is a part, never a contents line."""
    if unit.block.kind == "table":
        return None
    text = re.sub(_PAGE_REF, "", unit.text).strip()
    text, *body = _RUN_IN.split(text, maxsplit=1)
    text = text.strip()
    if entry and body and (SENTENCE_PUNCT.search(body[0]) or len(body[0].strip()) > _SUBTITLE):
        return None  # ("一、总体思路：稳中求进" is an entry with its short subtitle)
    if len(text) > 48:
        return None
    label = match_label(text)
    words = label[1] if label else text
    if not words or len(words) > 40 or SENTENCE_PUNCT.search(words):
        return None
    return bare(words) or None


def _shaped_contents(units: list[Unit]) -> tuple[int, int] | None:
    """(start, end) of the first early run of entries that all come back later, in order, as headings
    with text between them (a document pasted twice returns its lines side by side: no contents),
    with the label line above it if there is one. Nothing but a title block comes before a contents
    list, unless a 目录 line labels it."""
    keys = [_entry_key(u, entry=True) for u in units[:2 * _TOC_SPAN]]
    glued = [_glued_key(key) for key in keys]
    at = _places(units, {key for key in keys + glued if key is not None})
    entries = [_unglued(key, bare_key, at, i) for i, (key, bare_key) in enumerate(zip(keys, glued, strict=True))]
    if entries == keys and not any(len(places) > 1 for places in at.values()):
        return None  # no entry's words come back: no contents list (most documents end here)
    body_seen = False
    for i in range(min(len(units), _TOC_SPAN)):
        if entries[i] is None:  # a run starts at an entry
            body_seen = True
            continue
        labelled = i > 0 and _contents_label(units[i - 1], first=i - 1 == 0)
        if (not body_seen or labelled) and not _compiled(units, i):
            length = _returning(entries, at, i)
            if labelled:
                length = max(length, _returning_in_any_order(entries, at, i))
            if length >= (2 if labelled else 3):
                return (i - 1 if labelled else i), i + length
    return None


def _glued_key(key: str | None) -> str | None:
    """An entry's key without a page number glued to its last word ("总体目标1" → 总体目标), None if it ends in none."""
    if key is None or not _GLUED_PAGE.search(key):
        return None
    return _GLUED_PAGE.sub("", key) or None


def _unglued(key: str | None, bare_key: str | None, at: dict[str, list[int]], i: int) -> str | None:
    """The entry at line `i` read without its glued page number when only those words come back later as a line
    of their own ("二、重点工作1" over a later "二、重点工作"); a part that ends in a figure ("三、实施十大工程2"
    heading its own part further on) keeps it."""
    if bare_key is None or key is None or any(j > i for j in at[key]):
        return key
    return bare_key if any(j > i for j in at[bare_key]) else key


def _places(units: list[Unit], wanted: set[str]) -> dict[str, list[int]]:
    """Where each wanted entry's words stand as a line's own (`_entry_key`), in order. A line's key is read
    only where its bare text holds one of them: reading every line's label cost a tenth of a PDF's stages."""
    at: dict[str, list[int]] = {key: [] for key in wanted}
    if not wanted:
        return at
    holds = re.compile("|".join(map(re.escape, sorted(wanted, key=len, reverse=True))))
    for j, unit in enumerate(units):
        if holds.search(bare(unit.text[:_HEAD_SPAN])) and (key := _entry_key(unit)) in at:
            at[key].append(j)
    return at


def _returning(entries: list[str | None], at: dict[str, list[int]], start: int) -> int:
    """How many entries from `start` on come back, in order, after the last of them, the returns
    spread over more lines than the entries themselves (0 if fewer than two)."""
    run = _entry_run(entries, start)
    for length in range(len(run), 1, -1):
        pos, returns = start + length - 1, []
        for key in run[:length]:
            later = at[key][bisect.bisect_right(at[key], pos):]
            if not later:
                break
            pos = later[0]
            returns.append(pos)
        if len(returns) == length and returns[-1] - returns[0] > length - 1:
            return length
    return 0


def _entry_run(entries: list[str | None], start: int) -> list[str]:
    """The entries from `start` up to the first line that is none, or one met before."""
    run: list[str] = []
    for key in entries[start:start + _TOC_SPAN]:
        if key is None or key in run:
            break
        run.append(key)
    return run


def _returning_in_any_order(entries: list[str | None], at: dict[str, list[int]], start: int) -> int:
    """Under a contents label: the run of three entries or more from `start` when each comes back after it, as a
    line of its own, in whatever order (a two-column 提纲 slide is read a column at a time: 一三五, then 二四六)."""
    run = _entry_run(entries, start)
    end = start + len(run) - 1
    firsts = [next((j for j in at[key] if j > end), None) for key in run]
    returns = {j for j in firsts if j is not None}
    if len(run) < 3 or len(returns) < len(run):  # each comes back, each at a line of its own
        return 0
    return len(run) if max(returns) - min(returns) > len(run) - 1 else 0


def _contents_label(unit: Unit, first: bool) -> bool:
    """The line that labels a contents list: 目录 / CONTENTS, or a name for an outline ("汇报提纲",
    "主要内容", "提纲") — not a part's own name ("工作目标" heads its part), and not the file's first
    line (its title)."""
    text = unit.text.strip()
    if unit.block.kind == "table":
        return False
    return TOC_TITLE.match(text) is not None or (not first and _OUTLINE_NAME.fullmatch(bare(text)) is not None)


# what a contents list is called where 目录 is not its name
_OUTLINE_NAME = re.compile(r"(?:汇报|报告|讲话|发言|本文|主要)?(?:提纲|大纲|内容|目录)")


def _compiled(units: list[Unit], start: int) -> bool:
    """The run from `start` lists a compilation's pieces by their titles: split cuts the file at their returns."""
    return lists_pieces([u.text for u in units[start:start + 6] if _entry_key(u) is not None])


# a browser's print footer: the page's address ("http://www.example.gov.cn/art/2023/1/12/art_1.html  1/3"),
# and what a browser prints beside it: the page count "1/3" and the time it printed "2023/1/12 10:05"
_PRINTED_URL = re.compile(r"https?://\S+")
_PRINTED_MARK = re.compile(r"(?<![\d/])\d{1,3}\s*/\s*\d{1,3}(?![\d/])|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\s*(?:[上下]午)?\s*\d{1,2}:\d{2}")


def _printed_web_page(blocks: list[Block]) -> bool:
    """A PDF a browser printed from a web page: its running header or footer is the page's address,
    and the running lines also carry a browser's other print marks (a page count, the time printed)
    — an office's PDF that prints its site's address in the footer is not one. Such a PDF carries
    the page's chrome (menu, fields, footer) as a web copy does."""
    running = [b.text for b in blocks if b.furniture in ("header", "footer")]
    return any(_PRINTED_URL.search(t) for t in running) and any(_PRINTED_MARK.search(_PRINTED_URL.sub(" ", t))
                                                                for t in running)


def _pasted_page(units: list[Unit]) -> bool:
    """A DOCX (or a PDF made from one) into which a whole web page was pasted: its own lines around the text
    are the page's interface, three or more ("扫一扫在手机打开当前页", "【打印本页】【关闭窗口】", "某ICP备…号").
    Its chrome is then judged as a web copy's is; a Word plan that only names 网站 or 打印 in its text is none."""
    from jihua.pipeline.pageparts import pasted_page

    found = pasted_page(units)
    if found:
        _log.info("a pasted web page: its interface lines %s", found)
    return bool(found)


def _line_spacing(units: list[Unit]) -> None:
    """A blank line after (nearly) every line of a hard-wrapped copy (CR CR LF line ends, a double-spaced
    copy) is the file's line spacing, not a paragraph break: the wrap decides where paragraphs end."""
    from jihua.pipeline.reflow import wrap_width

    spaced = sum(u.gap_before for u in units[1:])
    if len(units) > 3 and spaced >= 0.9 * (len(units) - 1) and wrap_width(units) is not None:
        for unit in units:
            unit.gap_before = False


# a note's mark left at a paragraph's end: its brackets with the number (or, the PDF reader having dropped a raised
# number as a note's, without): "…制定本计划。[1]", "…卫生村5个。[]". Empty, only after a sentence's end: after a
# word ("是[ ] 否[ ]", "有[] 无[]") the pair is a form's check box, its text
_END_MARK = re.compile(r"(?:(?<=[。；！？!?;])\s*[\[［〔]\s*[\]］〕]|(?<=\S)\s*[\[［〔]\s*(?P<n>\d{1,2})\s*[\]］〕])\s*$")


def _trailer_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """The list a page or an export adds under the text (`pageparts.page_trailer`: "相关链接", "评论（3）" and the
    links or comments under it) set aside, each line with its reason; then the notes' marks the text is left with."""
    found = page_trailer(units)
    for k in sorted(found):
        state.set_aside([units[k].text], found[k])
    kept = [u for k, u in enumerate(units) if k not in found]
    return _dangling_marks(kept)


def _dangling_marks(units: list[Unit]) -> list[Unit]:
    """A note's mark at a paragraph's end whose note the document no longer holds, out of the text: an empty "[]"
    (the number read as a raised mark and dropped) or "[2]" with no line of the text opening "[2]" (its note set
    aside as a comment, or not copied). "…本计划。[1]" over a kept "[1]指…" note stays."""
    opened = {m.group(1) for u in units if (m := re.match(r"\s*[\[［〔]\s*(\d{1,2})\s*[\]］〕]", u.text))}
    for unit in units:
        m = _END_MARK.search(unit.text) if unit.block.kind != "table" else None
        if m is not None and m.group("n") not in opened:
            unit.text = unit.text[:m.start()]
    return units


def run(state: ParseState) -> ParseState:
    """Furniture aside; in web copies chrome out (each with its reason) and page-split
    sentences rejoined."""
    units: list[Unit] = []
    last_line: int | None = None  # the source line the previous block ended on (plain text: blank lines count)
    for block in state.blocks:
        if block.furniture is not None:
            state.furniture.append(block)
            continue
        if block.kind != "table" and not block.text.strip():
            continue
        unit = _unit(block)
        if state.format == "pdf" and block.kind != "table":
            unit.text = figure_gap_closed(unit.text)  # "12 项重点工程": a figure's gap, kept only for a label's
        line = block.prov.paragraph
        unit.gap_before = state.format in _LINED and None not in (line, last_line) and line > last_line + 1  # type: ignore[operator]
        last_line = None if line is None else line + max(len(block.rows or []) - 1, 0)
        units.append(unit)
    _sequenced_labels(units)
    _restored_numerals(units)
    _line_spacing(units)
    units = unbreak_converted(units, state)  # a DOCX converted from a PDF: its printed lines joined, its pages' lines aside
    units = captions_aside(_contents_aside(units, state), state)
    state.web_copy = state.format in WEB_COPIES or _printed_web_page(state.blocks) or _pasted_page(units)
    if state.web_copy:  # office and PDF bodies carry no web chrome, unless a page was pasted or printed into one
        from jihua.pipeline.webcopy import clean_web_copy

        units = clean_web_copy(units, state, saved_page=state.format in WEB_COPIES)
    units = _trailer_aside(units, state)
    state.units = units
    return state
