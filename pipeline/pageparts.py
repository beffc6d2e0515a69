"""The structures a web page builds around the article it holds: its menu, its box of files to
download, its lists of dated links, and whatever follows the article's end (the editor's line).

Each is read from the shape of several lines together — a run of a portal's menu items, headlines
alternating with dates, an editor's line closing the text — never from one word; every line they
take is listed with the structure that took it (see `webcopy`, which sets them aside).
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Unit
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.lexicon import SAMPLE_COUNT
from jihua.pipeline.rules.numbering import match_label, numbered_line
from jihua.pipeline.rules.titles import signs_off

FULL_SENTENCE = re.compile(r"[\u4e00-\u9fff].{6,}[。！？；!?;]\s*$")  # a line that ends a sentence of text
_SHORT = 24
_MENU_RUN = 3  # items in a row before short lines can be a menu
# a link's date: on a line of its own ("2025-01-27"), or after the headline ("…突破40万户2025-01-27")
_LINK_DATE = re.compile(r"^[\[（(]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\]）)]?$")
_TRAILING_DATE = re.compile(r"\s*[\[（(]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\]）)]?$")
_ANNEX = re.compile(r"^\s*附\s*件")  # an annex after the sign-off: the document goes on
AFTER_END = "after the article's end: the page's"
# how near the file's end an editor's line parted from its name by a gap alone ("编辑 王某") must stand to end the
# article: a body line of that shape ("编辑 汇编笔记" as a measure) stands higher, with the plan's parts under it
_LAST_LINES = 15
_HEADLINE = 8  # characters a headline has at least (a stage's name over its date is shorter)
_LIST_HEADER = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}[:：]?")  # "相关新闻", "热点信息", "最新动态"


def link_title(text: str) -> bool:
    """A related document's title as a site lists it: one short line, no sentence in it (an
    attached file's name may be numbered: "2.活动总结报表.xls")."""
    t = text.strip()
    # a headline may end in ？ or ！ ("这58个小区要改造了，有你家吗？"); a sentence inside it makes it text
    short = len(t) <= 40 and not re.search(r"[。；;]|[！？!?](?=.)", t)
    found = match_label(t)
    return short and (found is None or found[0].family == "bullet" or site.FILE_LINK.search(t) is not None)


# how a 范文 site lists another page: its count of samples ("（通用6篇）") or the day it was posted at the end ("03-14")
_LISTED = re.compile(rf"[（(]{SAMPLE_COUNT}[)）]|(?<![\d-])\d{{2}}-\d{{2}}$")


def listed_title(text: str) -> bool:
    """A link title as a 范文 site lists its other pages: short, no sentence, and marked as the site's by its count
    of samples or its posting day ("某街道养老服务工作总结（通用6篇）03-14", "某社区工作计划 02-27")."""
    return link_title(text) and _LISTED.search(text.strip()) is not None


def menu_line(text: str) -> bool:
    """A site's menu or footer links on one line, between bars ("首页 | 政务公开 | 政务服务 | 走进某县",
    "网站地图 | 联系我们 | 版权声明"): three or more short items, one of four or more (two of three)
    a portal's own — or two items, both a portal's own ("网站地图 | 联系我们")."""
    items = site.MENU_BAR.split(text.strip())
    if len(items) < 2 or not all(site.MENU_ITEM.fullmatch(t) for t in items):
        return False
    portal = sum(1 for t in items if site.PORTAL_ITEM.match(t))
    return portal >= (1 if len(items) > _MENU_RUN else 2) and (len(items) >= _MENU_RUN or portal == len(items))


def _menu_runs(units: list[Unit]) -> dict[int, str]:
    """A site's menu laid out one item a line ("首页", "政务公开", "政务服务", "走进某县"): a run of three
    or more short unpunctuated lines, most of them (and at least two) a portal's own items. Each
    line of the run from its first portal item on is the menu's, with the items that made it one as
    the reason."""
    runs: dict[int, str] = {}
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].block.kind != "table" and site.MENU_ITEM.fullmatch(units[j].text.strip()):
            j += 1
        while i < j and not site.PORTAL_ITEM.match(units[i].text.strip()):
            i += 1  # the site's name above its menu is no item (it may name the plan's org)
        items = [units[k].text.strip() for k in range(i, j)]
        portal = [t for t in items if site.PORTAL_ITEM.match(t)]
        if len(items) >= _MENU_RUN and len(portal) >= 2 and 2 * len(portal) >= len(items):
            why = f"the site's menu (a run of short portal items: {', '.join(portal[:3])})"
            runs.update(dict.fromkeys(range(i, j), why))
        i = max(j, i + 1)
    return runs


def _headline(text: str) -> bool:
    t = text.strip()
    return len(t) >= _HEADLINE and link_title(t) and match_label(t) is None


def _dated_entry(units: list[Unit], i: int) -> int:
    """How many lines the dated link at `i` takes: a headline over its date (2), a headline ending
    in its date (1), or none (0)."""
    text = units[i].text.strip() if units[i].block.kind != "table" else ""
    nxt = units[i + 1].text.strip() if i + 1 < len(units) and units[i + 1].block.kind != "table" else ""
    if _headline(text) and _LINK_DATE.match(nxt):
        return 2
    m = _TRAILING_DATE.search(text)
    return 1 if m and m.start() > 0 and _headline(text[: m.start()]) else 0


def _dated_links(units: list[Unit], text_from: int) -> dict[int, str]:
    """A list of links under the text, each headline with its date ("某市召开…会议" / "2025-02-14"):
    two entries or more in a row are the site's, and so is the short header line above them
    ("相关新闻", "热点信息")."""
    found: dict[int, str] = {}
    i = text_from
    while i < len(units):
        j, entries = i, 0
        while j < len(units) and (step := _dated_entry(units, j)):
            j, entries = j + step, entries + 1
        if entries >= 2:
            found.update(dict.fromkeys(range(i, j), "link in the site's list of dated links (a headline and its date)"))
            head = units[i - 1].text.strip() if i > text_from and units[i - 1].block.kind != "table" else ""
            if _LIST_HEADER.fullmatch(head) and match_label(head) is None:
                found[i - 1] = "heading of the site's list of dated links"
        i = max(j, i + 1)
    return found


_ANY_LINK_DATE = re.compile(r"\s*[\[（(]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\]）)]?")


def dated_headlines(text: str) -> bool:
    """A line of links each ending in its date, one or several run together: a PDF's reader joins a printed list's
    lines into one paragraph ("某县2024年工作总结2025-01-08关于做好春季开学工作的通知2025-02-10"). Every piece
    a headline (`_headline`), the line ending in a date."""
    pieces = _ANY_LINK_DATE.split(text.strip())
    return len(pieces) >= 2 and pieces[-1] == "" and all(_headline(p) for p in pieces[:-1])


def _trailer_item(text: str) -> str | None:
    """What a line under a trailer's label is, by its own shape, or None: a reader's comment, a dated link (or a
    run of them), an attached file's link."""
    t = text.strip()
    if site.COMMENT_LINE.match(t):
        return "a reader's comment (its number, name, time, a colon)"
    if dated_headlines(t):
        return "link with its date"
    if site.FILE_LINK.search(t) and link_title(t):
        return "link to an attached file"
    return None


def page_trailer(units: list[Unit]) -> dict[int, str]:
    """The lines an export or a printed page adds after the document's text, with why: a short label of a site's
    lists ("相关链接", "评论（3）", "附件下载", `site.RELATED_LIST`) under the text's last sentence, and under it to
    the end only lines of a site's shape (`_trailer_item`: "[1]某某2025-01-09 11:20：…", "某县工作总结2025-01-08").
    In any format: a cloud document's export prints its comments so, and an office file has no such lines. A line
    of any other kind under the label (a sentence, a part's heading) leaves it all the document's."""
    i = len(units) - 1
    while i > 0 and units[i].block.kind != "table" and _trailer_item(units[i].text) is not None:
        i -= 1
    label = units[i].text.strip() if units and units[i].block.kind != "table" else ""
    if i == len(units) - 1 or not site.RELATED_LIST.match(label) \
            or not any(u.block.kind != "table" and FULL_SENTENCE.search(u.text) for u in units[:i]):
        return {}
    found = {i: f"heading of the list under the text's end ('{label}'): links or comments the page adds"}
    found.update({j: f"{_trailer_item(units[j].text)}, under '{label}' after the text's end" for j in range(i + 1, len(units))})
    return found


def _dated_row(row: list[str]) -> bool:
    """A row of a list of links: a headline and its date, nothing else ("某县2025年春耕生产工作方案" | "2025-02-14")."""
    cells = [c.strip() for c in row if c and c.strip()]
    return len(cells) == 2 and _headline(cells[0]) and _LINK_DATE.match(cells[1]) is not None


def _under_end_marker(units: list[Unit], i: int) -> str | None:
    """The page's end marker above `i`, past short lines only ("【打印本页】【关闭窗口】" / "相关链接"), or None: its
    buttons, a list's heading, a preview's end, the editor's line. A sentence of text above stops the search."""
    for j in range(i - 1, -1, -1):
        unit, text = units[j], units[j].text.strip()
        if unit.block.kind == "table" or (FULL_SENTENCE.search(text) and len(text) > _SHORT):
            return None
        if site.PAGE_CONTROLS["buttons"].search(text) or site.RELATED_LIST.match(text) or site.READ_END.match(text) \
                or _end_reason(text):
            return text
    return None


def _dated_link_tables(units: list[Unit], text_from: int) -> dict[int, str]:
    """A select-all copy's list of links under the page's end marker: each link a row, its headline and date apart
    by a tab ("某县2024年工作总结\t2025-02-14"), which the reader takes for a table. Every row a headline and a
    date, under the marker ("【打印本页】【关闭窗口】", "相关链接"): the site's list, not a table of the plan (a plan's
    dated table stands under its own text, with no marker above it)."""
    found: dict[int, str] = {}
    for i in range(text_from, len(units)):
        rows = units[i].block.rows or []
        if units[i].block.kind != "table" or not rows or not all(map(_dated_row, rows)):
            continue
        marker = _under_end_marker(units, i)
        if marker is not None:
            found[i] = f"link in the site's list of dated links (a headline and its date a row) under its end marker '{marker}'"
    return found


def _signed_off(units: list[Unit], i: int) -> bool:
    """`i` is the date line of a sign-off: an org's name over it ("某县教育局" / "2021年2月26日")."""
    if i < 1 or units[i].block.kind == "table" or units[i - 1].block.kind == "table":
        return False
    return signs_off(units[i - 1].text, units[i].text)


def _article_ends(units: list[Unit], text_from: int) -> list[tuple[int, str | None, bool]]:
    """Where the article may end, in the order to try them: the editor's line or end mark ("— END —") and a post's
    closing line (its counts, its edit stamp) first, then each sign-off's date (a cover notice's own
    sign-off may stand above the plan it issues). Each: its line, the reason to set it aside (None:
    the line is the text's own), and whether the tail must hold no numbered line (an annex may follow
    a sign-off)."""
    closing: list[tuple[int, str | None, bool]] = []
    signed: list[tuple[int, str | None, bool]] = []
    for i in range(text_from, len(units)):
        if units[i].block.kind == "table":
            continue
        why = _end_reason(units[i].text.strip())
        if why:
            closing.append((i, why, not why.startswith("the editor's")))
        elif len(units) - i <= _LAST_LINES and site.ARTICLE_END_BARE.match(units[i].text.strip()):
            closing.append((i, "the editor's line (a name after a gap) among the page's last lines", True))
        elif _signed_off(units, i):
            signed.append((i, None, True))
    return closing + signed


def _article_tail(units: list[Unit], text_from: int) -> dict[int, str]:
    """After the line that closes the article (see `_article_ends`; the first whose tail qualifies) the
    rest is the page's (shares, counts, related posts, comments, the footer)."""
    for end, why_end, strict in _article_ends(units, text_from):
        found = _tail_after(units, end, strict)
        if found is not None:
            return found | ({end: why_end} if why_end else {})
    return {}


def _tail_after(units: list[Unit], end: int, strict: bool) -> dict[int, str] | None:
    """The page's lines after the article's `end`, or None when they are not all the page's: a sentence
    of text or a table follows — but a comment's under its byline ("新浪网友 2024-03-05 14:20") — or,
    after a post's closing or a sign-off (`strict`), a numbered line or an annex."""
    found: dict[int, str] = {}
    comment = False
    for i in range(end + 1, len(units)):
        u, text = units[i], units[i].text.strip()
        if u.block.kind == "table" or (strict and (numbered_line(text) or _ANNEX.match(text))):
            return None
        comment = comment or site.COMMENT_BYLINE.match(text) is not None
        if FULL_SENTENCE.search(text) and len(text) > _SHORT and not site.SITE_ONLY.search(text) and not comment:
            return None
        found[i] = "a comment under the post" if comment else _end_reason(text) or AFTER_END
    return found


def _end_reason(text: str) -> str | None:
    if site.ARTICLE_END.match(text):
        return "the editor's line that ends the article"
    if site.END_MARK.match(text):
        return "the editor's end mark under the article (END)"
    if site.POST_END.match(text):
        return "the post's closing line (its counts, its edit stamp) that ends the article"
    return None


def _ad_runs(units: list[Unit]) -> dict[int, str]:
    """An ad set into the article: its mark ("广告"), at most three short lines of pitch with no numbered
    part among them, and its button ("查看详情") — the mark and the button together, never one word."""
    found: dict[int, str] = {}
    for i, unit in enumerate(units):
        if unit.block.kind == "table" or not site.AD_MARK.match(unit.text):
            continue
        for j in range(i + 1, min(i + 5, len(units))):
            text = units[j].text.strip()
            if units[j].block.kind == "table" or numbered_line(text) or len(text) > 40:
                break
            if site.AD_BUTTON.match(text):
                found.update(dict.fromkeys(range(i, j + 1), "an ad in the page (its mark, its pitch, its button)"))
                break
    return found


def _page_own_after(units: list[Unit], j: int) -> bool:
    """Nothing at `j` but what is the page's own: its end, another file's name, its buttons and links (a
    document's "附件：….docx" over the annex's own text is the annex's heading)."""
    if j >= len(units):
        return True
    t = units[j].text.strip()
    return bool(site.FILE_LINK.search(t) or site.SITE_ONLY.search(t) or site.UI_ACTIONS.match(t)
                or site.CHROME_LINE.match(t) or site.RELATED_LIST.match(t))


def _file_entries(files: str) -> list[str]:
    """The files a box lists on one line, cut where a numbered entry follows a space ("1.某计划.docx
    2.某分工表.xlsx"); a space inside a name stays."""
    cuts = [m.start() for m in re.finditer(r"\s+", files) if match_label(files[m.end():]) is not None]
    return [files[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(files)], strict=True) if files[a:b].strip()]


def _all_file_names(files: str) -> bool:
    """Each entry is a file's name with its document extension, short as a link is (an annex's name
    without one, "1．重点任务分工表", is the document's own list of its annexes)."""
    entries = _file_entries(files)
    return bool(entries) and all(site.FILE_LINK.search(e) is not None and link_title(e) for e in entries)


def _file_links(units: list[Unit]) -> dict[int, str]:
    """A page's files to download: a file named with its size ("2.某分布图.pdf（1.8MB）") wherever it
    stands, and a "附件：" box whose lines under it are all file names with their extensions (its
    first files may stand on the "附件：" line itself, one or several)."""
    found: dict[int, str] = {}
    for i, unit in enumerate(units):
        text = unit.text.strip()
        if unit.block.kind != "table" and site.SIZED_FILE_LINK.search(text) and link_title(text):
            found[i] = "a link to download an attached file (its name, type and size)"
        if unit.block.kind == "table":
            continue
        on_line = site.ATTACHMENT_WITH_FILE.match(text)
        one_file = on_line is not None and _all_file_names(on_line.group("files"))
        if not one_file and not site.ATTACHMENT_HEADER.match(text):
            continue
        j = i + 1  # the box's file names under it
        while j < len(units) and units[j].block.kind != "table" and site.FILE_LINK.search(units[j].text) \
                and link_title(units[j].text):
            j += 1
        if one_file:
            if not _page_own_after(units, j):
                continue  # the annex's own text follows: the line lists the document's annexes
            found[i] = "a link to download an attached file (附件： with its names and types on one line)"
        if j > i + 1:
            found.setdefault(i, "heading of the page's box of attached files to download")
            found.update(dict.fromkeys(range(i + 1, j), "a link to download an attached file (its name and type)"))
    return found


def page_structures(units: list[Unit]) -> dict[int, str]:
    """Each line a page structure takes, with why: the menu anywhere; the lists of dated links and
    the article's tail only below the text's first sentence."""
    text_from = next((i for i, u in enumerate(units) if u.block.kind != "table" and FULL_SENTENCE.search(u.text)),
                     len(units))
    found = _menu_runs(units)
    found.update(_file_links(units))
    found.update(_ad_runs(units))
    found.update({i: why for i, why in _dated_links(units, text_from + 1).items() if i not in found})
    found.update({i: why for i, why in _dated_link_tables(units, text_from + 1).items() if i not in found})
    found.update({i: why for i, why in _article_tail(units, text_from + 1).items() if i not in found})
    return found


_PASTED_PAGE = 3  # lines of a page's controls around the text that make a file a pasted page (two may be a plan's own)
_CONTROL_KINDS = 2  # kinds of control among them: a plan's annex may list one kind (its site's 上一篇/下一篇 links)


def _control_kind(text: str, below: bool) -> str | None:
    """Which of a page's controls a line outside the text is ("【打印本页】" → buttons), or None: below the text
    the heading of its related links counts as one ("相关阅读："). A site's registration facts (ICP备, 公网安备,
    网站标识码) are none: a plan on a county's websites lists them too."""
    kind = next((k for k, p in site.PAGE_CONTROLS.items() if p.search(text)), None)
    if kind is None and below and site.RELATED_LIST.match(text):
        return "related links"
    return kind


def pasted_page(units: list[Unit]) -> list[str]:
    """The lines that prove a file of any format (a DOCX, a PDF) a web page pasted whole, or [] when fewer
    than three do or all are of one kind: each stands outside the text (above its first sentence or below its
    last), holds no sentence and no part's number, and is one of the page's controls ("扫一扫在手机打开当前页",
    "【打印本页】【关闭窗口】", "上一篇：…", "当前位置：首页 > …") or, below the text, the heading of its related
    links ("相关阅读："). A plan that names 网站, 微信公众号 or 打印 in its sentences, heads a part "（三）ICP备案管理"
    or lists its site's "ICP备案号：某ICP备12345678号" and "网站标识码：…" has none."""
    lines = [(i, u.text.strip()) for i, u in enumerate(units) if u.block.kind != "table"]
    said = [i for i, t in lines if FULL_SENTENCE.search(t)]
    if not said:
        return []
    first, last = said[0], said[-1]
    found: dict[str, str] = {}
    for i, t in lines:
        if first <= i <= last or FULL_SENTENCE.search(t) or numbered_line(t) or t in found:
            continue
        kind = _control_kind(t, i > last)
        if kind is not None:
            found[t] = kind
    enough = len(found) >= _PASTED_PAGE and len(set(found.values())) >= _CONTROL_KINDS
    return list(found) if enough else []
