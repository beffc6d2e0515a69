"""A document site's reading page that labels its pages like list items: "1、" before the title, "2、"
and "3、" where each page begins — on a line of its own or inside a run-on line, often mid-word. The
labels are page numbers (kept as page furniture) and the text they cut is one again; only a copy that
carries the site's line over the shared file ("…由会员分享，可在线阅读…页珍藏版") is read so, so a plan's
own "1、" "2、" items stay items. Part of the web-copy stage (pipeline/webcopy.py)."""

from __future__ import annotations

import re

from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.pagebreaks import FULL_STOP as _FULL_STOP
from jihua.pipeline.pagebreaks import IN_SENTENCE as _IN_SENTENCE
from jihua.pipeline.pagebreaks import SENTENCE_END as _SENTENCE_END
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.lexicon import DOC_KIND_WORDS
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.text.sentences import ASCII_STOP
from jihua.pipeline.unglue import HEAD_PREFIX

_PAGE_SPLIT = re.compile(r"^(\d{1,3})\s*[、.．]\s*(?=\S)")


def _labels_pages(state: ParseState) -> bool:
    """The copy comes from a site that shares files page by page and labels its pages like items: its
    line over the file was set aside."""
    return any(site.SHARED_FILE.search(line) for line in state.chrome)


def _from_a_document_site(state: ParseState) -> bool:
    """The copy came through a document-sharing site: a line only such a site prints ("文档评论",
    "相关文档", "下载文档") was set aside (a portal's breadcrumb or footer is no such evidence). Only there is a page numbered like a list item; a typed plan's "2." after a
    line that ends without a full stop and titles what follows is its own item."""
    return any(site.DOCUMENT_SITE.search(line) for line in state.chrome)


_HEADING_LINE = 30  # characters: an item's title on a line of its own is no longer


def _own_heading(rest: str) -> bool:
    """The text after "n、" reads as an item's own title: a short line that holds no clause."""
    return len(rest.strip()) <= _HEADING_LINE and _IN_SENTENCE.search(rest) is None


def mend_page_splits(units: list[Unit], state: ParseState) -> list[Unit]:
    """Rejoin a sentence a document site cut at a page break and restarted with "2、".

    The tell: the first part is running text (no label of its own) that stops mid-sentence,
    and the next "item" continues the same sentence instead of starting a new one — which a
    short unpunctuated "item" does only in a copy that shows the site's own lines. The "2、"
    is the page's number: it is kept as page furniture.
    """
    out: list[Unit] = []
    last_number = 0  # the last "n、" item seen: a "2、" with no "1、" before it numbers no list
    site_pages = _labels_pages(state)
    from_site = site_pages or _from_a_document_site(state)
    for unit in units:
        prev = out[-1] if out else None
        m = _PAGE_SPLIT.match(unit.text)
        if site_pages and m and _page_label_alone(unit.text[m.end():], int(m.group(1)), len(out)):
            state.furniture.append(unit.block.model_copy(update={"text": m.group(0).strip(), "furniture": "page_number"}))
            unit.text = unit.text[m.end():]
            m = _PAGE_SPLIT.match(unit.text)
        if (prev is not None and m and prev.block.kind == "paragraph" and unit.block.kind == "paragraph"
                and len(prev.text) >= 30 and not _SENTENCE_END.search(prev.text)
                and not prev.block.bold and not unit.block.bold):
            number = int(m.group(1))
            cut = (site_pages and _page_chunk(prev, number)) or _open_text(prev, number != last_number + 1)
            # with no site's line set aside, "2.抓好网格化管理" under a line typed without its full stop is an item
            if cut and (from_site or not _own_heading(unit.text[m.end():])):
                if number == 2 and site_pages:
                    _first_page_label_aside(out, state)
                prev.text = prev.text + unit.text[m.end():]
                state.furniture.append(unit.block.model_copy(update={"text": m.group(0).strip(), "furniture": "page_number"}))
                continue
        if m:
            last_number = int(m.group(1))
        elif match_label(unit.text) is not None:
            last_number = 0
        out.append(unit)
    return out


_PAGE_CHUNK = 150  # characters: a site's page of text, several sentences long (a list item's body is shorter)


def _page_chunk(unit: Unit, number: int) -> bool:
    """A document site's previous page, labelled like an item: numbered one below the page after
    it, a long run of several sentences that the break then cut mid-sentence (a list item that
    long ends its last sentence)."""
    m = _PAGE_SPLIT.match(unit.text)
    return (m is not None and int(m.group(1)) == number - 1 and len(unit.text) >= _PAGE_CHUNK
            and len(_FULL_STOP.findall(unit.text)) >= 2)


_TITLE_RUN = re.compile(rf"^[^，,。；;：:]{{4,40}}?(?:{DOC_KIND_WORDS.pattern})")


def _page_label_alone(rest: str, number: int, position: int) -> bool:
    """On a page-labelling site, an "n、" that no sentence was cut under: a label of the text's own
    follows it straight ("3、（二）强化…", "3、3、抓好…"), or the first page's "1、" stands before the title."""
    if match_label(rest) is not None:
        return True
    return number == 1 and position < site.PAGE_EDGE and _TITLE_RUN.match(rest) is not None


def _first_page_label_aside(units: list[Unit], state: ParseState) -> None:
    """Once "2、" is known for a page's number, the "1、" that opens the copy is the first page's."""
    for unit in units[:site.PAGE_EDGE]:
        m = _PAGE_SPLIT.match(unit.text)
        if m and int(m.group(1)) == 1:
            state.furniture.append(unit.block.model_copy(update={"text": m.group(0).strip(), "furniture": "page_number"}))
            unit.text = unit.text[m.end():]
            return


_PAGE_COUNT = re.compile(r"[（(](\d{1,3})页")  # "(3页珍藏版)": the pages the site's line announces
_RUN_ON = 200  # characters: a line this long, with parts glued in, holds a whole copy that lost its breaks
_INLINE_LABEL = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]|(?<![\d一二三四五六七八九十])[一二三四五六七八九十]{1,3}、"
                           r"|(?<![\d.．])(\d{1,2})、")
_ITEM_BREAK = re.compile(rf"[。；;！？!?：:]|{ASCII_STOP}")


def _since_break(text: str, at: int) -> str:
    """The text from the last sentence end or lead-in before `at` up to it."""
    return text[max((m.end() for m in _ITEM_BREAK.finditer(text, 0, at)), default=0): at]


def _opens_item(text: str, at: int) -> bool:
    """A label at `at` can open an item: right after a sentence end or a lead-in, or after a short
    unpunctuated heading that opens with its own label ("（一）落实安全责任1、…")."""
    tail = _since_break(text, at)
    own = match_label(tail) if tail else None
    return not tail or (own is not None and len(own[1]) <= HEAD_PREFIX and not re.search(r"[，,、]", own[1]))


def _inline_page_label(text: str, page: int) -> re.Match[str] | None:
    """Page `page`'s "n、" inside a run-on line: it cuts a sentence (no "n−1、" of an inline list
    before it in that sentence), or it opens an item out of step with its list or right before a
    label of the text's own ("3、2、强化…")."""
    last_item = 0  # the last "n、" that opened an item; outer labels start the count again
    for m in _INLINE_LABEL.finditer(text):
        opens = _opens_item(text, m.start())
        if m.group(1) is None:
            last_item = 0 if opens else last_item
            continue
        number = int(m.group(1))
        sentence = _since_break(text, m.start())
        inline = re.search(rf"(?<!\d){number - 1}、", sentence) is not None
        if number == page and not inline and (not opens or number != last_item + 1
                                              or match_label(text[m.end():]) is not None):
            return m
        last_item = number if opens else last_item
    return None


def run_on_pages_aside(units: list[Unit], state: ParseState) -> None:
    """A page-labelling site's copy that lost every break: the whole text on one line, "1、" before
    the title and each later page's "n、" wherever the page began. Those labels are the site's
    (kept as page furniture) and the text around each is joined, before the parts are cut apart."""
    if not _labels_pages(state):
        return
    announced = [int(m.group(1)) for line in state.chrome for m in _PAGE_COUNT.finditer(line)]
    last_page = max(announced, default=99)
    for unit in units:
        text = unit.text
        glued = sum(m.group(1) is None and _opens_item(text, m.start()) for m in _INLINE_LABEL.finditer(text))
        if unit.block.kind != "paragraph" or len(text) < _RUN_ON or glued < 2:
            continue
        labels: list[str] = []
        first = _PAGE_SPLIT.match(text)
        if first and int(first.group(1)) == 1 and _TITLE_RUN.match(text[first.end():]):
            labels.append(first.group(0).strip())
            text = text[first.end():]
        for page in range(2, last_page + 1):
            m = _inline_page_label(text, page)
            if m is None:
                break
            labels.append(m.group(0))
            text = text[: m.start()] + text[m.end():]
        unit.text = text
        state.furniture.extend(unit.block.model_copy(update={"text": label, "furniture": "page_number"})
                               for label in labels)


def _open_text(unit: Unit, out_of_sequence: bool) -> bool:
    """Running text a page break can cut: no label, or — when the "n、" after it is out of
    sequence — a labelled line whose run-in body ("（二）落实优抚政策。春节…帮助解决") runs on."""
    if match_label(unit.text) is None:
        return True
    return out_of_sequence and _IN_SENTENCE.search(unit.text) is not None
