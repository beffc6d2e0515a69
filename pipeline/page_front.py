"""What a web page prints around the article that names and dates the document, for split: its title where
no title line opens the text (a 信息公开 field's 名称, the breadcrumb's last crumb), the title block and header
line it printed beside the article, and its header and fields as the title block's evidence.
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Document, ParseState, Unit
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.lexicon import BREADCRUMB, CRUMB_SEPARATOR, DATE_SUBTITLE, PAGE_DATE, PAGE_SOURCE
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT as _SENTENCE_PUNCT
from jihua.pipeline.title_block import title_block_line
from jihua.pipeline.title_lines import TITLE_END, YEARISH, clean_title
from jihua.schemas.blocks import Block


def _under_title_aside(state: ParseState, title: str, n: int) -> list[Block]:
    """The first `n` lines the page printed beside the article (set aside as chrome) under the document's title
    there; none when the title is not among them."""
    chrome = [b for b in state.furniture if b.furniture == "chrome"]
    at = next((i for i, b in enumerate(chrome) if clean_title(b.text) == title), None)
    return [] if at is None else chrome[at + 1:at + 1 + n]


def title_block_beside(state: ParseState, doc: Document) -> list[Unit]:
    """A web page may print the title block outside the article it holds the text in (an <h2>
    title, a "subtitle" and an "author" div above the content div): the extractor sets those
    lines aside as page chrome. The lines right under the document's own title there are still its
    title block ("——2020年1月7日在…会议上" dates the report), so they come back as such."""
    if any(DATE_SUBTITLE.match(u.text.strip()) for u in doc.front):
        return []
    taken: list[Block] = []
    for b in _under_title_aside(state, doc.title, 3):
        if not title_block_line(Unit(text=b.text.strip(), block=b), after_title=True):
            break
        taken.append(b)
    state.furniture = [b for b in state.furniture if all(b is not t for t in taken)]
    return [Unit(text=b.text.strip(), block=b.model_copy(update={"furniture": None})) for b in taken]


def _reads_as_title(text: str) -> bool:
    """A value a page's navigation or fields print that reads as a document's title: a title's length, no sentence, a
    document kind at its end ("某市2026年…方案", not "当前位置" or "详情")."""
    return 0 < len(text) <= 60 and not _SENTENCE_PUNCT.search(text) and TITLE_END.search(text) is not None


def breadcrumb_title(state: ParseState) -> str | None:
    """A page that prints its title only in its breadcrumb ("当前位置：首页 > … > 某市2026年…方案"): the
    last crumb is the title, when it reads as one (a document kind, and a year or some length)."""
    for text in state.chrome:
        if BREADCRUMB.match(text.strip()):
            last = clean_title(CRUMB_SEPARATOR.split(text.strip())[-1])
            if _reads_as_title(last) and (YEARISH.search(last) or len(last) >= 8):
                return last
    return None


def field_title(state: ParseState) -> str | None:
    """A page that prints its title only in its 信息公开 fields ("名　　称： | 某县某局2025年工作要点" among 索引号,
    发布机构, 成文日期): that row's value is the title, when it reads as one (a document kind, no sentence). The
    fields come set aside whole (a copy's rows, "索引号： | … | 主题分类： | …") or cell by cell (a page's label
    cells, "名　　称：" then its value) — one run of cells for both; other fields around it make it the page's."""
    cells = [cell for text in state.chrome + [b.text for b in state.furniture if b.furniture == "chrome"]
             for cell in site.MENU_BAR.split(text.strip()) if cell]
    if sum(1 for c in cells if site.PAGE_FIELD.match(re.sub(r"\s+", "", c))) < 3:
        return None
    for i, cell in enumerate(cells):
        if (m := site.TITLE_FIELD.match(cell)) is None:
            continue
        value = clean_title(cell[m.end():] or (cells[i + 1] if i + 1 < len(cells) else ""))
        if _reads_as_title(value):
            return value
    return None


def _header_beside(state: ParseState, title: str) -> str | None:
    """The page's header line printed under its title outside the article, among what the page holds beside
    it (a mobile page's "2025-03-07来源：某县某局" under its <h1>): the same line as a header in the text."""
    return next((text for text in (b.text.strip() for b in _under_title_aside(state, title, 2))
                 if site.publication_line(text) and (PAGE_DATE.search(text) or PAGE_SOURCE.search(text))), None)


def page_header(state: ParseState, title: str) -> list[Unit]:
    """A web page's own header line ("发布时间：2026-02-06　来源：某局") and the row of its 信息公开 fields
    that names the issuing body ("发文机关： | 某县农业农村局 | …") are chrome and stay listed as removed
    (or furniture, printed beside the article), but they date the page and name who published it: they join
    the title block as evidence (marked as chrome, so they are not set aside twice)."""
    header = next((text for text, why in state.chrome_reasons if why.startswith("meta line shape")
                   and (PAGE_DATE.search(text) or PAGE_SOURCE.search(text))), None) or _header_beside(state, title)
    fields = next((text for text, why in state.chrome_reasons if why.startswith("the page's table of publication fields")
                   and PAGE_SOURCE.search(text)), None)
    lines = [line.strip() for line in dict.fromkeys([header, fields]) if line is not None]
    if not lines or not state.blocks:
        return []
    blocks = [state.blocks[0].model_copy(update={"kind": "paragraph", "text": line, "rows": None, "furniture": "chrome"})
              for line in lines]
    return [Unit(text=b.text, block=b) for b in blocks]
