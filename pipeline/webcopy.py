"""Web copies (TXT, HTML, Markdown saved from sites): drop the page's chrome, mend text the copy broke.

Document sites wrap a copied plan in download notices, view counts, "温馨提示" boxes and
related links; PDFs carry running headers. None of that is the plan. Chrome is judged
line by line from a small lexicon of site vocabulary plus the shape of meta lines
(counts, dates, bullets with a number), and a notice block ("温馨提示" followed by its
numbered notes) goes as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jihua.pipeline import pageparts
from jihua.pipeline.linkbreaks import SPACED_GAP as _SPACED_GAP
from jihua.pipeline.linkbreaks import mend_link_breaks
from jihua.pipeline.linkbreaks import running as _running
from jihua.pipeline.linklist import link_list_aside
from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.pagebreaks import FULL_STOP as _FULL_STOP
from jihua.pipeline.pagebreaks import SENTENCE_END as _SENTENCE_END
from jihua.pipeline.pagebreaks import join_page_breaks, page_furniture_aside
from jihua.pipeline.pagebreaks import titled as _titled
from jihua.pipeline.pageparts import FULL_SENTENCE as _FULL_SENTENCE
from jihua.pipeline.pageparts import link_title, listed_title, menu_line, page_structures
from jihua.pipeline.pagetop import (
    account_name,
    datelines_aside,
    post_tags_aside,
    posted_copy,
    source_note_aside,
    teasers_aside,
    title_meta_apart,
)
from jihua.pipeline.reflow import Wrap, indents_paragraphs, reflow, wrap_width
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.chrome import page_fields
from jihua.pipeline.rules.lexicon import DATE_LINE, FIGURE_LABEL
from jihua.pipeline.rules.numbering import numbered_line
from jihua.pipeline.rules.titles import (
    fold,
    signs_off,
)
from jihua.pipeline.site_banner import site_banner
from jihua.pipeline.sitepages import mend_page_splits, run_on_pages_aside
from jihua.pipeline.text.segment import load_jieba
from jihua.pipeline.text.sentences import sentences
from jihua.pipeline.unglue import Numbering, unglue
from jihua.schemas.blocks import TOC_WORDS

_SIBLING_LINKS = site.PAGE_CONTROLS["sibling links"]
_NOTICE_ITEM = re.compile(r"^\s*\d{1,2}\s*[.、．]")
_BODY_RUN = 80  # characters past which a line of two sentences or more is the plan's text (a footer is shorter)
_SHORT = 24


def _site_only(text: str) -> bool:
    return site.SITE_ONLY.search(text) is not None


def chrome_evidence(text: str) -> list[str]:
    """The signals a line carries on its own (position and neighbours are added by the caller)."""
    t = text.strip()
    signals: list[str] = []
    phrase = site.SITE_ONLY.search(t)
    if phrase:
        signals.append(f"site phrase '{phrase.group(0)}'")
    strong = {m.group(0) for m in site.CHROME_STRONG.finditer(t)}
    if strong:
        signals.append(f"site word {'/'.join(sorted(strong))}")
    if len(strong) >= 2 or (strong and len(site.CHROME_WEAK.findall(t)) >= 2):
        signals.append("several site words")
    if site.STAMP_LINE.match(t) or site.POST_END.match(t) or site.POST_TAGS.match(t):
        signals.append("a post's stamp, counts or tags (收藏于/发布于 a date, 来自 a shelf, 阅读(N)┊评论(N), 编辑于 a time, "
                       "标签/分类)")
    elif site.DOC_STATS.match(t):
        signals.append("a post's stamp: a document site's counts, score and upload date (N万阅读 | N分 | 上传于 a date)")
    elif site.CRUMB_STAMP.match(t):
        signals.append("a post's stamp: the page's breadcrumb with its edit date and counts (知识库 / 栏目 · 编辑于 a date · "
                       "阅读 N), never a heading")
    elif site.SHARE_ROW.match(t):
        signals.append("meta line shape (the page's share bar: 分享到, 微信, 微博, QQ空间…)")
    elif site.CHROME_LINE.match(t) or page_fields(t) >= 2 or site.TIMESTAMP_BYLINE.match(t) or site.publication_line(t):
        signals.append("meta line shape (count, date, source)")
    if site.UI_ACTIONS.match(t):
        signals.append("meta line shape (the site's buttons)")
    if menu_line(t):
        signals.append("meta line shape (the site's menu)")
    if len(t) <= _SHORT and not _SENTENCE_END.search(t):
        signals.append("short line without a sentence")
    return signals


_HEADER_FIELDS = 3  # a page's article fields on one line that no line of a plan holds


def chrome_reason(text: str, at_edge: bool, beside_chrome: bool) -> str | None:
    """Why a line of a web copy is the page's, not the plan's — or None to keep it.

    Several signals must agree: a site phrase that plans never use (小编, 温馨提示, 相关文档)
    on a line that is no body sentence; or a site word / meta-line shape on a short line that
    also sits at the page's edge, beside other chrome, or carries a second site word. A
    lexicon word alone never removes a numbered line or a full sentence, and nothing removes a long
    line of several sentences (a copy that lost its line breaks holds the whole plan in one)."""
    t = text.strip()
    if not t:
        return "empty line"
    if site.MEDIA_PLACEHOLDER.match(t):
        return "a media placeholder: where the page showed a picture, video or sound ([图片], [视频])"
    if site.CONTENTS_MARKER.match(t):
        return "the editor's contents marker ([TOC]): where the page drew its table of contents"
    if site.EDITION_NOTE.match(t):
        return "the publisher's note on which text binds (此件为…全文，正式文本以…为准): the copy's, not the document's"
    if numbered_line(t):
        return None
    if site.EDITORS_NOTE.match(t) and len(t) <= site.EDITORS_NOTE_MAX:
        return "the editor's note (编者按) over a reprint: the paper's words, not the document's"
    if len(_FULL_STOP.findall(t)) >= 2 and len(t) > _BODY_RUN and not _site_throughout(t):
        return None  # a run of the plan's sentences: a one-line copy is never chrome
    signals = chrome_evidence(t)
    sentence = bool(_FULL_SENTENCE.search(t)) and len(t) > _SHORT
    site_only = _site_only(t)
    placed = at_edge or beside_chrome
    if site_only and (not sentence or placed or "several site words" in signals):
        return "; ".join(signals)
    if any(s.startswith("a post's stamp") for s in signals):
        return "; ".join(signals)
    if sentence:
        return None
    if page_fields(t) >= _HEADER_FIELDS:  # "发布日期：… 来源：… 作者：… 浏览次数：…": the article header, wherever it stands
        return "; ".join(signals)
    short = "short line without a sentence" in signals
    shaped = any(s.startswith("meta line shape") for s in signals)
    worded = any(s.startswith("site word") for s in signals)
    if shaped and (short or placed):
        return "; ".join(signals)
    several = "several site words" in signals
    if worded and not _titled(t) and ((short and (placed or several)) or (several and placed)):
        return "; ".join(signals + (["at the page's edge"] if at_edge else ["beside other chrome"] if beside_chrome else []))
    return None


def _site_throughout(text: str) -> bool:
    """Every sentence of the line speaks as the site (a site phrase in each: "本文…为本站会员主动上传…。
    若…侵犯了您的版权…请联系客服…！"): the site's notice, however many sentences it runs to."""
    return all(site.SITE_ONLY.search(s) for s in sentences(text) if s.strip())


def is_chrome(text: str) -> bool:
    """A line that belongs to the web page wherever it stands (its own evidence suffices)."""
    return chrome_reason(text, at_edge=False, beside_chrome=False) is not None


def _drop_chrome(units: list[Unit], chrome: list[str], reasons: list[tuple[str, str]], *, saved_page: bool) -> list[Unit]:
    """Drop chrome lines of a web copy, and the numbered notes under a chrome heading like 温馨提示.

    Two passes: the lines whose own evidence suffices, then short site-worded lines that sit at
    the page's edge or beside those. The site's banner atop the page only in a page saved as such
    (`saved_page`: a TXT or HTML copy): a Word or PDF file's first line is its own."""
    n = len(units)
    layout = page_structures(units)
    own, tables = _own_evidence(units, layout)
    buttons = _button_runs(units, own)
    out: list[Unit] = []
    in_notice = in_links = in_replies = dropped = False
    siblings = False  # under the page's 上一篇/下一篇 links, below the text: what a 范文 site lists next is its own
    for i, unit in enumerate(units):
        if unit.block.kind == "table":
            in_notice = in_links = False
            why = tables[i]
            if why is None:
                out.append(unit)
                continue
            _table_aside(unit, why, chrome, reasons)
            continue  # (an empty table leaves nothing to list)
        text = unit.text
        # a thread's replies follow its first post: from the first reply's header under the plan's
        # text on, every line is a reply (the header's floor, name and date are the evidence)
        in_replies = in_replies or (site.FORUM_FLOOR.match(text.strip()) is not None
                                    and any(_FULL_SENTENCE.search(u.text) for u in out))
        beside = (i > 0 and own[i - 1]) or (i + 1 < n and own[i + 1])
        own_why = chrome_reason(text, at_edge=i < site.PAGE_EDGE or i >= n - site.PAGE_EDGE, beside_chrome=beside)
        placed_why = layout.get(i)
        if placed_why == pageparts.AFTER_END:  # under the article's end: a line's own evidence names it better
            placed_why = own_why or placed_why
        why = "a reply in the forum thread under the post" if in_replies else placed_why or own_why
        if why is None and not out and saved_page and site_banner(text, units[i + 1].text if i + 1 < n else None):
            why = "the site's banner atop the page (its name, who runs it): the page's, not the document's"
        if why is None:
            why = _post_chrome(units, i, own, out, buttons, beside=beside, dropped=dropped)
        if why is None and in_notice and _NOTICE_ITEM.match(text) and (site.CHROME_WEAK.search(text) or _site_only(text)):
            why = "numbered note under a site notice"
        elif why is None and in_links and link_title(text) and not _closes_the_text(units, i):
            why = "link in the site's list of related documents"
        elif why is None and siblings and listed_title(text):
            why = "link in the site's list of other pages (a count of samples or a posting day), under its 上一篇/下一篇 links"
        if why is not None:
            chrome.append(text)
            reasons.append((text, why))
            if not why.startswith(("numbered note", "link in")):
                in_notice = text.rstrip().endswith((":", "：")) or len(text) <= 8
                # below the plan (not above its title): a site lists other documents after the text
                # (a feed's counts between its links keep the list open; other chrome ends it)
                counts = in_links and why.startswith("meta line shape")
                in_links = counts or (site.RELATED_LIST.search(text) is not None
                                      and any(_FULL_SENTENCE.search(u.text) for u in out))
                siblings = siblings or (_SIBLING_LINKS.search(text) is not None
                                        and any(_FULL_SENTENCE.search(u.text) for u in out))
            dropped = True
            continue
        in_notice = in_links = siblings = False
        unit.gap_before = unit.gap_before and not dropped  # the blank lines were the chrome's: no paragraph break
        dropped = False
        out.append(unit)
    return out


def _own_evidence(units: list[Unit], layout: dict[int, str]) -> tuple[list[bool], list[str | None]]:
    """Which lines are chrome on their own evidence (the page's layout, or their own words), and why each table is:
    `_drop_chrome`'s first pass, which the second reads as what stands beside a line."""
    own = [u.block.kind != "table" and (i in layout or is_chrome(u.text)) for i, u in enumerate(units)]
    # a table of the page's fields stands at the top: counted without the menu and chrome above it
    # (or a list of links laid out as one, which the page's layout names)
    tables = [table_chrome_reason(u.block.rows or [], at_top=i - sum(own[:i]) < site.PAGE_EDGE) or layout.get(i)
              if u.block.kind == "table" else None for i, u in enumerate(units)]
    own = [tables[i] is not None if u.block.kind == "table" else own[i] for i, u in enumerate(units)]
    return own, tables


def _table_aside(unit: Unit, why: str, chrome: list[str], reasons: list[tuple[str, str]]) -> None:
    """A chrome table's rows, each listed as one line (cells joined by " | ") with the table's reason."""
    for row in unit.block.rows or []:
        line = " | ".join(c.strip() for c in row if c and c.strip())
        if line:
            chrome.append(line)
            reasons.append((line, why))


def _post_chrome(units: list[Unit], i: int, own: list[bool], out: list[Unit], buttons: set[int], *,
                 beside: bool, dropped: bool) -> str | None:
    """Why line `i` is a post's or a site's chrome by what stands around it — a footer, an account's name over its
    byline, a related list's heading, action buttons, tags — or None: each needs the page's text above it or
    chrome beside it, since the same words inside a plan's text are the plan's."""
    text, n = units[i].text, len(units)
    # (an event's organisers in a plan's text are the plan's: only beside the page's chrome is it a footer)
    if site.FOOTER_FIELDS.match(text.strip()) and beside and any(_FULL_SENTENCE.search(u.text) for u in out):
        return "the site's footer (who runs it: 主办/承办 fields)"
    # (the byline's shape there — a province it was posted from, a follow button — is the post's evidence)
    if i + 1 < n and account_name(text, posted=True) and site.CHROME_LINE.match(units[i + 1].text.strip()):
        return "the account's name above its byline"
    if site.RELATED_LIST.search(text) and any(_FULL_SENTENCE.search(u.text) for u in out) \
            and _ends_the_page(units[i + 1:], own[i + 1:]):
        return "heading of the site's list of related documents or attached files"
    if i in buttons or (dropped and _button(text.strip())):  # (under a line just dropped too)
        return "a blog post's action buttons (喜欢, 赠金笔, 分享) beside the post's other chrome"
    # (the post's tags under its text, beside the page's links: "标签：工作要点 数据资源" over "上一篇：…", or
    # among the page's last lines, as a knowledge base closes a page: "---" / "标签：`计划` `某县某局`")
    if site.TAG_LINE.match(text.strip()) and any(_FULL_SENTENCE.search(u.text) for u in out):
        return ("the post's tags (标签) under its text, beside the page's chrome" if beside else
                "the post's tags (标签) under its text, among the page's last lines" if i >= n - site.PAGE_EDGE else None)
    return None


def _button_runs(units: list[Unit], own: list[bool]) -> set[int]:
    """The lines of runs of a blog's action buttons ("分享：" / "喜欢" / "赠金笔") that touch a line of the page's
    own chrome (the post's counts "阅读(120)┊评论(3)" under them): words a plan may print alone ("推荐", "收藏"),
    the page's only beside its chrome."""
    found: set[int] = set()
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].block.kind != "table" and _button(units[j].text.strip()):
            j += 1
        if j > i and ((i > 0 and own[i - 1]) or (j < len(units) and own[j]) or any(own[i:j])):
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def _button(text: str) -> bool:
    """A blog's button alone on its line, or its share bar's label ("喜欢", "赠金笔", "分享：")."""
    return site.POST_BUTTON.match(text) is not None or site.SHARE_ROW.match(text) is not None


def table_chrome_reason(rows: list[list[str]], at_top: bool) -> str | None:
    """Why a table of a web copy is the page's — its 信息公开 fields (索引号, 发布机构, 成文日期), the
    article header laid out in columns (来源 | 发布时间 | 浏览次数), the footer (主办单位 | 备案号), a
    menu of an old site laid out in tables — or None. No cell may hold a sentence of the plan; a
    phrase only a site uses, a menu, or two field labels above the text decide (a form annexed at
    the end — 作者, 字数 — is the plan's)."""
    cells = [re.sub(r"\s+", "", c) for row in rows for c in row if c and c.strip()]
    if not cells:
        return "an empty table (the page's layout: a banner, a menu of links)"
    if any(_FULL_SENTENCE.search(c) and len(c) > _SHORT for c in cells):
        return None
    fields = [c for c in cells if site.PAGE_FIELD.match(c)]
    only = [c for c in cells if _site_only(c)]
    if only:
        return f"the page's table: site phrase in '{only[0]}'"
    menu = [c for c in cells if site.NAV_HEADER.match(c) or menu_line(c)]
    if menu:
        return f"the page's menu ('{menu[0]}')"
    if len(fields) >= 2 and at_top:
        return "the page's table of publication fields (" + ", ".join(re.split("[:：]", c)[0] for c in fields[:4]) + ")"
    return None


def _closes_the_text(units: list[Unit], i: int) -> bool:
    """A date line, or an org's name over one: the text's sign-off, which ends a site's list of links put
    above it ("推荐资料", two titles, then "某县人民政府办公室" / "2024年3月1日") — no link is a date."""
    text = units[i].text.strip()
    return DATE_LINE.match(fold(text)) is not None or (i + 1 < len(units) and signs_off(text, units[i + 1].text.strip()))


def _ends_the_page(rest: list[Unit], chrome: list[bool]) -> bool:
    """Only links and chrome follow, to the page's end: the site's list, not the plan's own list of
    documents (the plan's text goes on after that)."""
    return all(is_chrome or link_title(u.text) or chrome_reason(u.text, at_edge=True, beside_chrome=True) is not None
               for u, is_chrome in zip(rest, chrome, strict=True))


# a photo caption: "图为…", "（新华社记者 某某 摄）", "3月5日，…在北京开幕。"
_CAPTION = re.compile(rf"^(?:图为|图片为|上图|下图|{FIGURE_LABEL}\s*[:：、.]).{{2,60}}$|"
                      r"(?:记者|摄影|通讯员)\s*[\u4e00-\u9fff ]{2,8}\s*摄\s*[)）]?\s*$|"
                      r"^[（(]?\s*(?:新华社|人民网|中新社).{0,20}摄\s*[)）]?$|"
                      r"^.{2,60}[（(]\s*(?:资料图片|资料图|图片来源[:：].{0,20}|供图)\s*[)）]\s*$|"  # "青山县城全景。（资料图片）"
                      r"^.{2,60}?[\u4e00-\u9fff]{2,4}\s*/\s*摄\s*$|^.{2,60}?(?:通讯员|记者)?\s*[\u4e00-\u9fff ]{2,8}\s*供图\s*$|"
                      r"^[▲△]\s*(?!.*(?:要|应|须|将|确保|力争))[^。；]{2,40}。?$")
_NEWS_DATELINE = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]")
_NEWS_EVENT = re.compile(r"开幕|闭幕|召开|举行|出席|会见|作.{0,12}报告|发表.{0,8}讲话|视察|考察")
_PLAN_MODAL = re.compile(r"要|将|计划|力争|确保|组织|开展|做好|安排")


def caption_reason(text: str) -> str | None:
    """Why a line is a photo caption on the web page, not the document's text (or None)."""
    t = text.strip()
    if _CAPTION.search(t):
        return "photo caption"
    if (_NEWS_DATELINE.match(t) and len(t) <= 90 and _NEWS_EVENT.search(t) and not _PLAN_MODAL.search(t)):
        return "photo caption: a dated news line reporting the event itself"
    return None


def _drop_captions(units: list[Unit], chrome: list[str], reasons: list[tuple[str, str]]) -> list[Unit]:
    out: list[Unit] = []
    for unit in units:
        why = caption_reason(unit.text) if _running(unit) else None
        if why is not None:
            chrome.append(unit.text)
            reasons.append((unit.text, why))
            continue
        out.append(unit)
    return out


def _cut_watermark(text: str, m: re.Match[str], is_word: Callable[[str], bool]) -> tuple[str, str]:
    """Where the stamp's name begins is ambiguous ("军文秘114" — is 军 part of it?): cut where the
    characters meeting at the junction make a word again (军 + 民共建 → 军民)."""
    after = text[m.end(): m.end() + 1]
    brand_len = len(re.match(r"[\u4e00-\u9fff]+", m.group(0)).group(0))  # type: ignore[union-attr]
    for drop in range(0, brand_len - 1):
        start = m.start() + drop
        before = text[start - 1: start] if start else ""
        if before and after and is_word(before + after):
            return text[:start] + text[m.end():], text[start: m.end()]
    return text[: m.start()] + text[m.end():], m.group(0)


def _strip_watermarks(units: list[Unit], chrome: list[str], reasons: list[tuple[str, str]]) -> None:
    """Document sites stamp their name and slogan into the middle of sentences: cut it out."""
    words: dict[str, int] | None = None
    for unit in units:
        m = site.WATERMARK.search(unit.text)
        while m:
            if words is None:  # rare: load the dictionary only when a stamp is found
                tokenizer = load_jieba()
                tokenizer.initialize()
                words = tokenizer.FREQ
            unit.text, cut = _cut_watermark(unit.text, m, words.__contains__)
            chrome.append(cut)
            reasons.append((cut, "a document site's name stamped into a sentence"))
            m = site.WATERMARK.search(unit.text)


_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
_HAN_PAIR = re.compile(r"(?=[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff])")


def unspace(text: str) -> str:
    """"加 强 组 织 领 导": a copy that set a space between every character. When most
    neighbouring Han characters are spaced apart, or (a short date line with few Han) nearly every
    character stands alone, the spaces are layout, not text."""
    tokens = text.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens) and not text.isascii():
        return _SPACED_GAP.sub(lambda m: "" if len(m.group(0)) == 1 else " ", text)  # "2 0 2 3 年 2 月"
    gaps = len(_HAN_GAP.findall(text))
    if gaps < 3:
        return text
    pairs = len(_HAN_PAIR.findall(text))
    return _SPACED_GAP.sub(lambda m: "" if len(m.group(0)) == 1 else " ", text) if gaps >= 0.6 * pairs else text


def _unspace_units(units: list[Unit]) -> None:
    for unit in units:
        if unit.block.kind != "table":
            unit.text = unspace(unit.text)


_TOC_MARK = re.compile(TOC_WORDS, re.IGNORECASE)
_AUTHOR = re.compile(r"(作者|制作人|汇报人)\s*[:：].*$")


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _toc_parts(toc: str, body: str) -> list[tuple[int, int, str]] | None:
    """Where "01引言", "02上年度…" start in the body, read against the 目录 entries run together."""
    parts: list[tuple[int, int, str]] = []
    pos, rest = 0, toc
    for k in range(1, 21):
        marker = f"{k:02d}"
        best: tuple[int, int] | None = None
        for m in re.finditer(marker, body[pos:]):
            at = pos + m.start()
            length = _common_prefix(body[at + 2:], rest)
            if length >= 2 and (best is None or length > best[1]):
                best = (at, length)
                break
        if best is None:
            break
        at, length = best
        parts.append((at, at + 2 + length, rest[:length]))
        pos, rest = at + 2 + length, rest[length:]
    return parts if len(parts) >= 2 else None


def unfold_run_on(unit: Unit) -> list[Unit] | None:
    """A slide deck copied from a document site arrives as one line with everything glued together:
    title, author, the 目录 entries, then "01引言…02上年度…". Cut it back into a title, the parts'
    headings and sentences, using the 目录 entries to see where each part's heading ends."""
    text = unit.text
    toc_mark = _TOC_MARK.search(text[:600]) if len(text) > 600 else None
    if toc_mark is None:
        return None
    head, body = text[: toc_mark.start()], text[toc_mark.end():]
    first = re.search(r"01", body)
    if first is None:
        return None
    entry_start = head.find(body[first.end(): first.end() + 2])
    if entry_start <= 0:
        return None
    parts = _toc_parts(head[entry_start:], body)
    if parts is None:
        return None
    title = _AUTHOR.sub("", head[:entry_start]).strip()
    out = [Unit(text=title, block=unit.block.model_copy(update={"kind": "title"}))] if title else []
    for k, (start, head_end, entry) in enumerate(parts):
        out.append(Unit(text=f"{body[start:start + 2]} {entry}", block=unit.block.model_copy(update={"kind": "paragraph"})))
        end = parts[k + 1][0] if k + 1 < len(parts) else len(body)
        for sentence in sentences(body[head_end:end]):
            if sentence:
                out.append(Unit(text=sentence, block=unit.block.model_copy(update={"kind": "paragraph"})))
    return out


def _unfold(units: list[Unit]) -> list[Unit]:
    """Run-on decks cut back into parts and sentences; numbered parts glued into a line apart, read
    against the numbering in force over the lines before ("（二）…" lines, then "…。（三）…")."""
    out: list[Unit] = []
    numbering = Numbering()
    for unit in units:
        for piece in unfold_run_on(unit) or [unit]:
            opening = not out  # the copy's first line: where a title glued to its text stands
            out.extend(unglue(piece, opening, numbering) or [piece] if piece.block.kind != "table" else [piece])
    return out


def _short_chrome_aside(units: list[Unit], wrap: Wrap, state: ParseState) -> list[Unit]:
    """In a hard-wrapped copy, the page's own short lines ("展开阅读全文", "下载文档") go before the wrap
    is joined: joined first, they would take the paragraph they cut with them. A line the wrap
    filled is never judged here (it is part of a paragraph until joined)."""
    out: list[Unit] = []
    dropped = False
    links = _related_titles(units, wrap)
    for i, unit in enumerate(units):
        if i in links:
            state.set_aside([unit.text], links[i])
            dropped = True
            continue
        if unit.block.kind != "table" and not wrap.wide(unit) and is_chrome(unit.text):
            state.set_aside([unit.text], chrome_reason(unit.text, at_edge=False, beside_chrome=False) or "")
            dropped = True
            continue
        unit.gap_before = unit.gap_before and not dropped  # the blank lines were the chrome's: no paragraph break
        dropped = False
        out.append(unit)
    return out


def _related_titles(units: list[Unit], wrap: Wrap) -> dict[int, str]:
    """The titles of other documents a site lists under the end of its preview, by line, with the reason: after its
    end marker ("全文阅读已结束…", "相关文档推荐", "猜你喜欢"), under the file's text, the lines to the page's end are
    short titles ("某县2025年工作计划范文（精选5篇）") and the page's chrome only. Read before the short chrome
    goes (the marker with it): a line holding a sentence, or one the wrap filled, keeps every line (the file's text
    goes on)."""
    text_seen = False
    for i, unit in enumerate(units):
        t = unit.text.strip()
        if text_seen and (site.READ_END.match(t) or site.RELATED_LIST.search(t)):
            rest = [(j, u.text.strip()) for j, u in enumerate(units[i + 1:], i + 1) if u.text.strip()]
            if any(u.block.kind == "table" or wrap.wide(u) for u in units[i + 1:]):
                return {}
            titles = {j: line for j, line in rest if chrome_reason(line, at_edge=True, beside_chrome=True) is None}
            if titles and all(link_title(line) for line in titles.values()):
                return dict.fromkeys(titles, f"a title in the site's list of related documents under its end marker '{t}'")
        text_seen = text_seen or (wrap.wide(unit) and _FULL_SENTENCE.search(unit.text) is not None) \
            or (_FULL_SENTENCE.search(unit.text) is not None and len(t) > _SHORT)
    return {}


def clean_web_copy(units: list[Unit], state: ParseState, *, saved_page: bool) -> list[Unit]:
    """A web copy's lines with the page's chrome out (each with its reason), page furniture
    aside, run-on decks and glued parts cut apart, and sentences a page or a link broke rejoined
    (a hard-wrapped text's lines are joined by its wrap instead: its breaks are no link's).
    `saved_page`: the file is the page itself (TXT, HTML), not a Word or PDF file a page went into."""
    posted = posted_copy(units)  # before any of the post's marks is set aside
    units = link_list_aside(units, state)  # the markers out first: the menu lines they were on read as a menu
    units, resumes = page_furniture_aside(units, state)  # before the wrap is joined: it would glue them in
    units = source_note_aside(units, state)  # before the page's top is read: its posting time reads as a byline's
    units = title_meta_apart(units, state)
    units = teasers_aside(units, state)
    units = post_tags_aside(units, state)  # before the title is chosen: a tag naming a kind ("工作计划") reads as one
    units = datelines_aside(units, state, posted)
    wrap = wrap_width(units) if state.format == "txt" else None
    wrapped = wrap is not None
    indents = state.format == "txt" and indents_paragraphs(units)  # a plain text's indent is its own; a page's is not measured
    units = reflow(_short_chrome_aside(units, wrap, state), wrap) if wrap is not None else units
    _unspace_units(units)
    if not wrapped:  # (a wrapped text's lines, across a page as within one, are joined by its wrap)
        units = join_page_breaks(units, resumes)
    units = _drop_chrome(units, state.chrome, state.chrome_reasons, saved_page=saved_page)
    units = _drop_captions(units, state.chrome, state.chrome_reasons)
    _strip_watermarks(units, state.chrome, state.chrome_reasons)
    run_on_pages_aside(units, state)
    units = _unfold(units)
    for _ in range(3):  # a page split and a link break may cut the same sentence: mend until stable
        before = len(units)
        units = mend_page_splits(mend_link_breaks(units, indents, links_only=wrapped), state)
        if len(units) == before:
            break
    return _unfold(units)  # pages joined again: the parts glued across their breaks come apart
