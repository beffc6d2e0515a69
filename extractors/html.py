"""HTML: the article only, with its structure (h1–h6, p, br, li, table) kept as hints.

Saved web copies wrap the plan in navigation, related links, comments and download
boxes. The article is found as the smallest element that still holds nearly all of the
page's non-link text (so a compilation's several pieces stay together), after dropping
elements that are chrome by tag or by class/id. What chrome survives inside the article
("发布时间…", "温馨提示") is left to the clean stage's lexicon.

trafilatura was measured first and dropped: on multi-document pages it discarded the
later pieces' headings, which is exactly the structure a plan needs.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
from jihua.extractors.docx_lines import names_document, titled_line
from jihua.extractors.html_forms import form_table, show_control_values
from jihua.extractors.html_frames import inline_frames
from jihua.extractors.html_hidden import StyleSheet, unshown
from jihua.extractors.html_look import is_bold, set_apart
from jihua.extractors.html_space import SPACE, collapsed
from jihua.extractors.html_tables import TABLE_CELLS, data_table, holds_sentences, layout_table, table_rows
from jihua.extractors.html_text import element_lines, lead_lines, text_len
from jihua.extractors.mht import is_web_archive, web_archive_page
from jihua.extractors.notemarks import drop_note_marks
from jihua.extractors.options import ExtractOptions
from jihua.extractors.text import decode_text
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.errors import InputError
from lxml import etree

_PARSER = lxml.html.HTMLParser(huge_tree=True)
_WRAPPERS = re.compile(r"</?(?:div|span|font|section|center|article|main|b|i|u|em|strong)\b[^>]*>", re.IGNORECASE)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "button",
              "select", "input", "svg", "canvas", "template", "object", "embed")
_CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|header|footer|side|sidebar|aside|comment|comments|related|recommend|share|"
    r"breadcrumb|crumb|download|ad|ads|advert|banner|copyright|hot|login|search|toolbar|tools|pager|"
    r"pagination|social|popup|modal|cookie|topbar|bottom|tool|tags|qr|qrcode)($|[\s_-])",
    re.IGNORECASE,
)
# an article's own byline box, whatever it holds: WeChat's meta list under the headline (<div id="meta_content"
# class="rich_media_meta_list">: 原创, the author, the account, the time, the IP's region) — no line of the document
_BYLINE_BOX = re.compile(r"(^|\s)(?:meta_content|rich_media_meta\w*)($|\s)")
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "section",
               "article", "ul", "ol", "dl", "dd", "dt", "center", "td", "th", "tr", "tbody", "thead"}


_CODE_TAGS = frozenset(("script", "style", "noscript", "iframe", "svg", "canvas", "template", "object", "embed"))


def _outermost(found: list[etree._Element]) -> list[etree._Element]:
    """The elements none of whose ancestors is among them."""
    marked = set(found)
    return [el for el in found if not any(a in marked for a in el.iterancestors())]


def _drop(found: list[etree._Element]) -> list[str]:
    """Drop the elements (the outermost of them) and return the text lines they held."""
    outer = _outermost(list(dict.fromkeys(found)))  # (an element chrome on two counts is dropped once)
    lines = [line for el in outer if el.tag not in _CODE_TAGS for line in _page_lines(el, whole=True)]
    for el in outer:
        el.drop_tree()
    return lines


def _unshown(root: etree._Element, sheet: StyleSheet) -> list[etree._Element]:
    """The elements the page does not show on screen (hidden, aria-hidden, display:none, hidden by
    its own stylesheet). Should what is hidden hold nearly all the page's text (an article a script
    unfolds: a saved WeChat page's body is `visibility: hidden` until then), the page's word is not
    taken: the text is the page's."""
    marked = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("body", "html")
              and unshown(el, sheet)]
    hidden_text = sum(text_len(el) for el in _outermost(marked))
    if marked and text_len(root) - hidden_text < 0.25 * hidden_text:
        return []
    return marked


def _clean_tree(root: etree._Element) -> tuple[list[str], list[str]]:
    """Drop what the page does not show on screen, and the elements that are chrome by tag (nav,
    footer, forms …) or by class/id (share, related, comment …); return the text lines each held,
    so they are kept aside and listed rather than lost (a sign-off in a div classed "bottom" is
    still on the record). Code and embedded objects (script, style, svg …) hold no text a reader saw."""
    hidden = _drop(_unshown(root, StyleSheet(root.getroottree().getroot())))
    by_tag: list[etree._Element] = []
    by_name: list[etree._Element] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "html"):
            continue
        attrs = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag in _DROP_TAGS:
            by_tag.append(el)
        elif el.tag == "form" or (attrs.strip() and _CHROME_ATTR.search(attrs)):  # (an OA page is one <form>)
            by_name.append(el)
        elif _BYLINE_BOX.search(attrs):  # (kept apart from `by_name`: the box never holds the article)
            by_tag.append(el)
    return _drop(by_tag + _script_controls(root) + _named_chrome(root, by_tag, by_name)), hidden


_CONTROL_TEXT = 8  # a control's label is a word or two ("打印本页", "关闭窗口", "大", "【纠错】")
_BETWEEN_CONTROLS = re.compile(r"[\s|｜/·•【】\[\]]*")  # (spaces, bars, the brackets of "【打印】【关闭】")


def _script_controls(root: etree._Element) -> list[etree._Element]:
    """The lines of the page's own controls: blocks holding two links or more that run a script
    (href="javascript:…": print, close, a font size) and nothing else but separators
    ("<div><a href="javascript:doPrint()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>").
    A link to a document or a part of the text goes somewhere; these only act on the page."""
    found: list[etree._Element] = []
    holders = (next((b for b in a.iterancestors() if b.tag in _BLOCK_TAGS), None) for a in root.iter("a") if _runs_script(a))
    for block in dict.fromkeys(b for b in holders if b is not None):  # (in page order: a set would shuffle them)
        links = [a for a in block.iter("a")]
        if len(links) < 2 or not all(_runs_script(a) for a in links) \
                or any(len(SPACE.sub("", a.text_content())) > _CONTROL_TEXT for a in links):
            continue
        rest = block.text_content()
        for a in links:
            rest = rest.replace(a.text_content(), "", 1)
        if _BETWEEN_CONTROLS.fullmatch(SPACE.sub(" ", rest)):
            found.append(block)
    return found


def _runs_script(a: etree._Element) -> bool:
    return (a.get("href") or "").strip().lower().startswith("javascript:")


def _named_chrome(root: etree._Element, by_tag: list[etree._Element],
                  by_name: list[etree._Element]) -> list[etree._Element]:
    """The elements chrome by class/id alone that may go: a name is weighed against what the element
    holds. A blog puts its post in `<div id="sina_keyword_ad_area2">` ("ad"): an element holding the
    article — the page's numbered parts, or most of its text where it has none — is kept unless the
    rest of the page still holds the article; then the chrome inside it is weighed in turn."""
    total, parts = text_len(root), _part_count(root)
    names = list(by_name)
    while True:
        outer = _outermost(by_tag + names)
        left_text = total - sum(text_len(el) for el in outer)
        left_parts = parts - sum(_part_count(el) for el in outer)
        named = set(names)
        held = {el for el in outer if el in named and _holds_the_article(el, total, left_text, left_parts, parts)}
        if not held:
            return names
        names = [el for el in names if el not in held]


def _holds_the_article(el: etree._Element, total: int, left_text: int, left_parts: int, parts: int) -> bool:
    """The page outside its chrome holds no numbered part and `el` holds most of the parts — or, on
    a page with none, most of the text, against which the rest is a mere frame."""
    if left_parts > 0:
        return False
    if parts:
        return 2 * _part_count(el) > parts
    own = text_len(el)
    return 2 * own > total and 4 * left_text < own


_PART_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部节]|附件)")


def _holds_a_part(el: etree._Element) -> bool:
    """A heading, a table of data or of sentences, or a numbered part's first line: the document goes on
    in here (a table an old site frames its footer or banner in — one cell a row of names, addresses
    and links, no sentence — is no part)."""
    if any(True for _ in el.iter("h1", "h2", "h3", "h4", "h5", "h6")) \
            or any(data_table(t) or holds_sentences(t) for t in el.iter("table")):
        return True
    return any(_PART_START.match(t) for t in el.itertext())


def find_article(body: etree._Element) -> etree._Element:
    """The deepest element holding at least 85% of the page's non-link text — unless a sibling it
    leaves behind goes on with the document (a part, a table, an annex in a <div> of its own).
    Then, on a page that prints its title in <title>, the deepest element below that holding every
    numbered part and most of the text: a short plan on a page heavy with a site's furniture (a
    personal library's author box, counts and lists of other articles) is under 85% of the page."""
    total = text_len(body)
    best = body
    while True:
        children = [c for c in best if isinstance(c.tag, str)]
        heavy = [c for c in children if text_len(c) >= 0.85 * total]
        if len(heavy) != 1:
            break
        rest = [c for c in children if c is not heavy[0] and text_len(c) >= 20 and _holds_a_part(c)]
        if rest:
            return best
        best = heavy[0]
    return _holding_the_parts(best) if (body.getroottree().getroot().findtext(".//title") or "").strip() else best


def _heading_above(body: etree._Element, article: etree._Element) -> str | None:
    """The article's title set apart just above it, named by the document's kind ("某新区2026年…实施方案" in a
    portal's "<div class=…title>" over its "<div class=…content>", a date and source line between): the nearest
    heading or title-class block above the article, one line of words (no menu's spaces, no "首页 > …") — never a
    link or a link list's ("最新公开" over "<li><a>某县2025年…报告</a>": other documents), nor another year's."""
    near = next((el for el in reversed(article.xpath("preceding::*")) if el.tag in _HEADING_TAGS
                 or "title" in (el.get("class") or "").lower() or _title_line(el)), None)
    if near is None or near.xpath("ancestor-or-self::*[self::a or self::li or self::ul or self::ol or self::nav]"
                                  " | .//a"):
        return None
    lines = element_lines(near)
    line = lines[0] if len(lines) == 1 else ""
    years, own = set(_YEAR.findall(line)), set(_YEAR.findall("".join(article.itertext())))
    return line if titled_line(line) and re.fullmatch(r"[\u4e00-\u9fff\d（）()《》“”〇—-]+", line) \
        and not (years and own and not years & own) else None


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _title_line(el: etree._Element) -> bool:
    """A line of its own the page sets apart by its look — centred, bold or larger (`set_apart`) — that names a
    document: how an OA form's page prints the title between the form and the text, and an old site laid out in
    tables prints it in the cell over the text's, where <title> names only the system or the office. A form's
    cell is a label or a field, no line of the page; a date or source line so set is passed over (the title may
    stand above it)."""
    if el.tag in ("td", "th"):
        table = next(el.iterancestors("table"), None)
        if table is None or not layout_table(table) or form_table(table) is not None:
            return False
    elif el.tag not in ("div", "p", "center"):
        return False
    return not _has_block_children(el) and titled_line(collapsed(el.text_content()).strip()) and set_apart(el)


def _heading_atop(article: etree._Element) -> str | None:
    """The heading or title line (`_title_line`) that opens the article, where it names a document ("<h2>某县2025年…
    方案</h2>", a bold line, atop the text of a page whose <title> is only its office's name, "某县水利局"): the
    title the page's <title> does not give."""
    first = next((el for el in article.iter() if el.tag in _HEADING_TAGS or _title_line(el)), None)
    lines = element_lines(first) if first is not None else []
    if len(lines) != 1 or not titled_line(lines[0]):
        return None
    text = "".join(article.itertext())
    return lines[0] if not SPACE.sub("", text[:text.find(lines[0])]).strip("\u3000") else None


def _beside(body: etree._Element, article: etree._Element, above: bool = False) -> list[str]:
    """The lines of the page outside its article, block by block (`above`: those above it only)."""
    if article is body:
        return []
    article.set("data-jihua-article", "1")
    page = copy.deepcopy(body)
    del article.attrib["data-jihua-article"]
    for el in page.iter():
        if isinstance(el.tag, str) and el.get("data-jihua-article"):
            for at in [el, *el.iterancestors()] if above else []:  # all that follows the article, at every level
                at.tail = None
                for later in list(at.itersiblings()):
                    at.getparent().remove(later)
            el.drop_tree()
            break
    return _page_lines(page)


def _around_form(article: etree._Element) -> etree._Element:
    """The article found in (or as) a form of fields holding the text (the <textarea> of its 正文 cell, most of the
    page's text): the form's box, read whole, so its fields come as a table of their own and its text as lines."""
    form = next((t for t in article.iterancestors("table") if form_table(t) is not None), None) \
        if article.tag != "table" or form_table(article) is None else article
    return article if form is None or form.getparent() is None else form.getparent()


def _fields(table: etree._Element) -> list[list[str]]:
    """A form's rows without the text it holds (`form_table`), read where `_walk` found it a form."""
    form = form_table(table)
    return form[0] if form else table_rows(table)


def _page_lines(el: etree._Element, whole: bool = False) -> list[str]:
    """The text lines of a piece of page, block by block (`whole`: the element's own text too, as
    for a dropped <footer> that holds its lines directly)."""
    lines: list[str] = []
    if whole and not _has_block_children(el) and el.tag != "table":
        return element_lines(el)
    if whole and el.text and el.text.strip():
        lines.append(el.text)
    for kind, child in _walk(el):
        if kind in ("loose", "tail"):
            lines.append((child.text if kind == "loose" else child.tail) or "")
        elif kind == "form":
            lines += [cell for row in _fields(child) for cell in row if cell]
        elif kind == "table":  # a cell at a time (a layout table's title and byline rows)
            lines += [line for cell in child.iter("td", "th") if cell.find(".//table") is None for line in element_lines(cell)]
        else:
            lines += element_lines(child)
    return [t for t in (collapsed(line).strip(" \u3000") for line in lines) if t]


def _part_count(el: etree._Element) -> int:
    return sum(1 for t in el.itertext() if _PART_START.match(t))


def _holding_the_parts(el: etree._Element) -> etree._Element:
    """The deepest element under `el` that holds all of its numbered parts (two or more) and at
    least 60% of its text."""
    parts, total = _part_count(el), text_len(el)
    if parts < 2:
        return el
    while True:
        holding = [c for c in el if isinstance(c.tag, str) and _part_count(c) == parts and text_len(c) >= 0.6 * total]
        if len(holding) != 1:
            return el
        el = holding[0]


def _has_block_children(el: etree._Element) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el)


_INLINE_TAGS = frozenset(("span", "font", "strong", "b", "a", "em", "i", "u"))


def _bold_run(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and el.tag.lower() in _INLINE_TAGS and not _has_block_children(el) and is_bold(el)


def _join_bold_runs(article: etree._Element) -> None:
    """Bold runs side by side with nothing between them are one run, as the screen shows it: an editor that
    cut a run-in heading into two runs ("<font><b>（一）落实属</b></font><font><b>地管理责任。</b></font>", each
    read as a line of its own where the article's lines are its runs and <br>s) prints one heading. The second
    run goes inside the first (its text then follows the first's), and is read with it."""
    for parent in [el for el in article.iter() if isinstance(el.tag, str) and len(el) > 1]:
        children = [c for c in parent if isinstance(c.tag, str) or c.tail]
        at = 0
        while at + 1 < len(children):
            first, second = children[at], children[at + 1]
            if (first.tail or "").strip() or not (_bold_run(first) and _bold_run(second)):
                at += 1
                continue
            if first.tail:  # a space between the runs stays between them
                second.text = first.tail + (second.text or "")
                first.tail = None
            first.append(second)  # (lxml moves it, with its tail, to the end of `first`)
            children.pop(at + 1)


def _walk(el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(kind, element) for each block in reading order. A stack, not recursion: a page nests its
    wrappers as deep as libxml2 keeps (thousands of <div>s), past Python's recursion limit."""
    stack: list[tuple[Iterator[etree._Element], etree._Element | None]] = [(iter(el), None)]
    while stack:
        child = next(stack[-1][0], None)
        if child is None:  # a wrapper read to its end: its tail follows it
            _, done = stack.pop()
            if done is not None and done.tail and done.tail.strip():
                yield "tail", done
            continue
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            yield "heading", child
        elif tag == "table" and (form := form_table(child)) is not None:
            yield "form", child  # its fields, then the text it holds
            for cell in form[1]:
                yield from _cell_blocks(cell)
        elif tag == "table" and layout_table(child):
            for cell in child.xpath(TABLE_CELLS):
                yield from _cell_blocks(cell)
        elif tag == "table":
            yield "table", child
        elif tag == "li" and not _has_block_children(child):
            yield "item", child
        elif _has_block_children(child):
            if child.text and child.text.strip():
                yield "loose", child
            stack.append((iter(child), child))
            continue
        elif tag in _BLOCK_TAGS or tag in ("span", "font", "strong", "b", "a"):
            yield "paragraph", child
        if child.tail and child.tail.strip():
            yield "tail", child


def _cell_blocks(cell: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """A layout cell read as the page it lays out: its blocks, or its <br>-separated lines."""
    if _has_block_children(cell):
        if cell.text and cell.text.strip():
            yield "loose", cell
        yield from _walk(cell)
    elif SPACE.sub("", cell.text_content()):
        yield "paragraph", cell


# a site's own name, as a <title> prints it before or after the page's title: a portal ("…网", "…门户网站",
# "…之窗"), a government's site named by the government ("某市人民政府"), or its address
_SITE_NAME = re.compile(r"(?:网|网站|门户|官网|之窗|人民政府|政府)$|^www\.|\.(?:cn|com|net|org)$", re.IGNORECASE)


# what a site puts between the page's own title and its names in <title>: "_", "|", a spaced dash, "--"; a bare
# "——" is a title's own ("团结奋进——2025年政府工作报告"), as is a dash between figures ("2024—2026年")
_TITLE_SEP = re.compile(r"\s*(?:[_|｜]|\s[-–—]{1,2}\s|-{2,})\s*")


def _page_title(root: etree._Element) -> str:
    """The page's own title in <title>: of the segments a site joins there, the first that is no site's
    name ("某县人民政府网--某县农业农村局2023年工作计划", "…工作计划_某市人民政府" and "…要点_博客名_新浪博客"
    all give the plan's title). A <title> that is only the site's name ("某县人民政府", "某市政府门户网站") gives
    none: the page names itself there, not what it holds."""
    full = collapsed(root.findtext(".//title") or "").strip()
    segments = [seg for seg in _TITLE_SEP.split(full) if seg.strip()]
    named = next((seg for seg in segments if not _SITE_NAME.search(seg)), segments[0] if segments else "")
    return "" if all(_site_only(seg) for seg in segments) else named


def _site_only(segment: str) -> bool:
    """A site's name and nothing more: short, no figure ("某县人民政府"; "某县人民政府2021年工作报告-某县人民政府"
    ends like one but is a title run into the name)."""
    return _SITE_NAME.search(segment) is not None and len(segment) <= 20 and not re.search(r"\d", segment)


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _masthead(body: etree._Element, root: etree._Element) -> tuple[etree._Element | None, list[etree._Element]]:
    """The heading the page's <title> begins with (its own title, whatever its rank: a blog's post
    title is an <h2>), and the headings above it that print a later segment of <title> — the site's
    or blog's name in an <h1> of the masthead ("题目_博客名_新浪博客"), no title of the document."""
    full = collapsed(root.findtext(".//title") or "").strip()
    if not full:
        return None, []
    headings = [el for el in body.iter(*_HEADING_TAGS)]
    texts = [collapsed(el.text_content()).strip() for el in headings]
    first = next((i for i, t in enumerate(texts) if len(t) >= 4 and full.startswith(t)
                  and (len(t) == len(full) or _TITLE_SEP.match(full, len(t)))), None)
    if first is None:
        return _segment_heading(full, headings, texts)
    m = _TITLE_SEP.match(full, len(texts[first]))
    later = {seg for seg in _TITLE_SEP.split(full[m.end():] if m else "") if seg}
    return headings[first], _names_above(headings, texts, first, later)


def _names_above(headings: list[etree._Element], texts: list[str], at: int,
                 later: set[str]) -> list[etree._Element]:
    """The headings above the title's that print a segment of <title> after it: the site's names."""
    return [el for el, t in zip(headings[:at], texts[:at], strict=True) if t in later and t != texts[at]]


def _segment_heading(full: str, headings: list[etree._Element],
                     texts: list[str]) -> tuple[etree._Element | None, list[etree._Element]]:
    """The heading that prints a later segment of <title>, whole: "工作动态｜某县2025年工作要点" over an <h1> of
    "某县2025年工作要点" — the article's own title, the first segment the column the site files it under (no
    site's name: the first non-site segment of `_page_title` would be the column). The headings above it that
    print a segment after it are the site's names, as in `_masthead`."""
    segments = [seg for seg in _TITLE_SEP.split(full) if seg]
    at = next((i for i, t in enumerate(texts) if len(t) >= 4 and t in segments[1:] and not _SITE_NAME.search(t)),
              None)
    if at is None:
        return None, []
    later = set(segments[segments.index(texts[at]) + 1:])
    return headings[at], _names_above(headings, texts, at, later)


def _parse(path: Path, markup: str) -> etree._Element:
    try:
        # huge_tree: past 256 levels of nesting libxml2 otherwise drops the rest of the page
        root = lxml.html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"unreadable web page ({exc})") from None
    inline_frames(root, lambda inner: lxml.html.document_fromstring(inner, parser=_PARSER))
    return root


def _markup(path: Path) -> str:
    """The page's markup; of a web archive (MHT), the page it holds."""
    raw = path.read_bytes()
    if is_web_archive(raw[:4096]):
        page = web_archive_page(raw)
        if page is None:
            raise InputError(path, "web archive (MHT) that holds no HTML page")
        raw = page
    return decode_text(raw, path, markup=True)


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Article blocks in reading order; the page title first when the article lacks one."""
    markup = _markup(path)
    blocks = _read(path, _parse(path, markup))
    if not blocks:  # nesting deeper than even huge_tree allows: drop the wrappers, keep the text
        blocks = _read(path, _parse(path, _WRAPPERS.sub("", markup)))
    if not blocks:
        raise InputError(path, "no article text found in the web page")
    yield from blocks


def _read(path: Path, root: etree._Element) -> list[Block]:
    title = _page_title(root)
    body = root.find("body")
    if body is None:
        body = root
    show_control_values(body)
    set_aside, hidden = _clean_tree(body)
    own_title, names = _masthead(body, root)
    set_aside += _drop(names)  # the site's name is no heading: a sibling holding it is no part of the text
    if own_title is not None:  # the page prints its <title> whole in a heading ("栏目｜某镇2024年工作回眸" in an <h1>):
        title = collapsed(own_title.text_content()).strip() or title  # one headline, not a title and a site's name
    if own_title is not None and names:
        own_title.set("data-jihua-title", "1")
    article = find_article(body)
    article = _around_form(article)
    if own_title is None and not names_document(title):
        # a <title> naming no document ("某新区管理委员会": the site's own name) gives way to the article's heading
        title = _heading_above(body, article) or _heading_atop(article) or title
    drop_note_marks(article)  # "“两重”<sup>②</sup>项目": the mark out, as a PDF's raised one
    _join_bold_runs(article)
    index = 0

    def block(**kw: Any) -> Block:  # Block's own fields, checked by pydantic
        nonlocal index
        b = Block(prov=Provenance(file=str(path), index=index), **kw)
        index += 1
        return b

    blocks: list[Block] = []
    for line in lead_lines(article):  # text directly inside the article element, before its first child
        blocks.append(block(text=line))
    for kind, el in _walk(article):
        if kind in ("table", "form"):  # (a form's rows without the text it holds)
            blocks.append(block(kind="table", text="", rows=_fields(el) if kind == "form" else table_rows(el)))
        elif kind == "heading":
            level = 0 if el.get("data-jihua-title") else int(el.tag[1]) - 1
            for line in element_lines(el):
                blocks.append(block(kind="title" if level == 0 else "heading", text=line, outline_level=level,
                                    style=el.tag))
        elif kind in ("loose", "tail"):
            text = (el.text if kind == "loose" else el.tail) or ""
            if text.strip():
                blocks.append(block(text=collapsed(text).strip(" \u3000")))
        else:
            bold = is_bold(el) or None
            for line in element_lines(el):
                blocks.append(block(kind="list_item" if kind == "item" else "paragraph", text=line, bold=bold))
    if not blocks:
        return blocks
    # what the page holds beside its article (an author box, counts, lists of other articles) is
    # kept aside as the page's, after the text, so nothing on the page is lost unseen
    for line in _beside(body, article) + set_aside:
        blocks.append(block(text=line, furniture="chrome"))
    blocks += [block(text=line, furniture="hidden") for line in hidden]  # on the page, never on screen
    if title and not any(b.kind == "title" for b in blocks[:3]):
        printed = next((i for i, b in enumerate(blocks[:6]) if b.kind == "paragraph" and b.furniture is None
                        and b.text.strip() == title), None)
        if printed is not None:  # the article prints the page's title in a bold line of its own
            blocks[printed] = blocks[printed].model_copy(update={"kind": "title", "outline_level": 0})
        elif title not in blocks[0].text:
            blocks.insert(0, Block(kind="title", text=title, outline_level=0, role="page_title",
                                   prov=Provenance(file=str(path), index=-1)))
    return blocks
