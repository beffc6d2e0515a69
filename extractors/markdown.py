"""Markdown: headings, list items, tables and paragraphs from markdown-it's token stream.

What the file holds beside its text is set aside as furniture, with the markup as the evidence:
its front matter (see `frontmatter`), its images, and the links a knowledge base closes a page
with under a last rule ("---" / "相关条目：[某局2025年工作要点](./yaodian.md)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jihua.extractors.frontmatter import FrontMatter, read_front_matter
from jihua.extractors.options import ExtractOptions
from jihua.extractors.text import read_text
from jihua.schemas.blocks import ITEM_LABEL, RELATED_LABEL, Block, BlockKind, Provenance
from markdown_it import MarkdownIt
from markdown_it.token import Token


def _table_rows(tokens: list[Token], start: int) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    i = start
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "tr_open":
            rows.append([])
        elif tok.type == "inline" and rows:
            rows[-1].append(_plain(tok).strip())
        i += 1
    return rows, i


# CommonMark only closes "**" that is not punctuation-before and letter-after, so Chinese bold runs
# ending in full-width punctuation ("**1. 落实政策。**全面…") stay literal; the writer meant bold.
_LEFTOVER_STRONG = re.compile(r"\*\*([^*\n]+?)\*\*")


def _plain(tok: Token) -> str:
    """An inline token's text as read: emphasis marks (**100%**, also the pairs CommonMark leaves
    unparsed beside CJK punctuation), link syntax and code ticks dropped, line breaks kept."""
    return _LEFTOVER_STRONG.sub(r"\1", _joined(tok))


def _joined(tok: Token) -> str:
    if not tok.children:
        return tok.content
    out = []
    for child in tok.children:
        if child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
    return "".join(out)


# what may stand between the links of a line made only of links ("[甲](a.md)、[乙](b.md) | [丙](c.md)")
_BETWEEN_LINKS = re.compile(r"^[\s、，,；;|｜/·•]*$")
# a line's label naming a list of other pages ("相关条目：", "参考链接:"), alone or before the list
_RELATED = re.compile(rf"^\s*(?:{RELATED_LABEL})\s*(?:[:：]|$)")
# a line's label naming the plan's own annexes ("附件：", "附表2：", "附录"), alone or before them
_ANNEX = re.compile(r"^\s*附\s*[件表录]\s*[\d一二三四五六七八九十]{0,3}\s*(?:[:：]|$)")
# a link's text opening as an annex does ("附件1 某项目清单", "附表 某分工表")
_ANNEX_TEXT = re.compile(r"^\s*附\s*[件表录]")
# what a link to another page ends in: a knowledge base's notes, a site's pages (no ending at all: "./yaodian")
_PAGE_SUFFIXES = frozenset({"md", "markdown", "mdx", "html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp"})
_INLINE_MARKS = ("strong_open", "strong_close", "em_open", "em_close", "softbreak", "hardbreak")


@dataclass(frozen=True)
class _LinkLine:
    """An inline made only of links and the separators between them, and the label before them if any
    ("相关阅读：[某县2024年工作总结](../2024.md)" → label "相关阅读：")."""

    label: str
    links: list[tuple[str, str]]  # (address, text)


def _link_line(tok: Token) -> _LinkLine | None:
    """The inline as a line of links, or None when words of its own stand among them (a link inside a
    sentence is the text's); a related-pages or annex label may open it."""
    links: list[tuple[str, str]] = []
    label, inside, words = "", False, ""
    for child in tok.children or []:
        if child.type == "link_open":
            inside, words = True, ""
            links.append((str(child.attrs.get("href", "")), ""))
        elif child.type == "link_close":
            inside = False
            links[-1] = (links[-1][0], words)
        elif inside:
            words += child.content if child.type in ("text", "code_inline") else ""
        elif child.type in _INLINE_MARKS or (child.type == "text" and _BETWEEN_LINKS.match(child.content)):
            continue
        elif child.type == "text" and not links and not label and _label_only(child.content):
            label = child.content
        else:
            return None
    return _LinkLine(label, links) if links else None


def _label_only(text: str) -> bool:
    return any(rx.match(text) and rx.sub("", text).strip() == "" for rx in (_RELATED, _ANNEX))


def _to_a_page(href: str) -> bool:
    """A link to another page, not to a file: its path ends in no suffix or a page's ("../2024.md",
    "https://example.org/news/", "#top"); "附件2.xlsx", "规划.pdf" are files the plan attaches."""
    name = urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]
    suffix = name.rsplit(".", 1)[1].lower() if "." in name else ""
    return suffix in _PAGE_SUFFIXES or suffix == "" or name in (".", "..")


def _another_page(href: str, text: str) -> bool:
    """A link a page closes with: to another page, its text no item of the plan's ("1. 某项目清单",
    "（二）某分工表", "附件1 某名单" are the plan's own list, whatever they point to)."""
    return _to_a_page(href) and not ITEM_LABEL.match(text) and not _ANNEX_TEXT.match(text)


def _closing_links(tokens: list[Token]) -> set[int]:
    """The inlines after the file's last rule that are a page's links, not its text: a line of links to
    other pages, or a related-pages label ("相关条目：…", a "相关阅读" line over a list of links). The
    plan's own annexes stay: links to files, numbered entries, and any link line under an annex label
    ("附件：" over "[1. 某项目清单](附件1.xlsx)"). A signature and a date under the rule stay: no links."""
    last_rule = max((i for i, t in enumerate(tokens) if t.type == "hr"), default=None)
    if last_rule is None:
        return set()
    inlines = [i for i in range(last_rule + 1, len(tokens)) if tokens[i].type == "inline" and tokens[i].content.strip()]
    closing: set[int] = set()
    under_annex = False  # the link lines after an annex label are its entries
    for i in inlines:
        line = _link_line(tokens[i])
        if line is None:
            under_annex = bool(_ANNEX.match(_plain(tokens[i])))
            if _RELATED.match(_plain(tokens[i])):
                closing.add(i)
            continue
        if line.label:
            under_annex = bool(_ANNEX.match(line.label))
        if not under_annex and all(_another_page(href, text) for href, text in line.links):
            closing.add(i)
    return closing


def _images(tok: Token) -> list[str]:
    """The pictures of an inline, by their alt text or else their address (they are not its words)."""
    return [c.content.strip() or str(c.attrs.get("src", "")) for c in tok.children or [] if c.type == "image"]


class _Blocks:
    """Numbers the blocks it makes: provenance index in reading order."""

    def __init__(self, path: Path, offset: int) -> None:
        self.path, self.offset, self.index = path, offset, 0

    def make(self, line: int | None, **kw: Any) -> Block:  # Block's own fields, checked by pydantic
        paragraph = None if line is None else line + self.offset
        block = Block(prov=Provenance(file=str(self.path), index=self.index, paragraph=paragraph), **kw)
        self.index += 1
        return block


def _front_blocks(front: FrontMatter, make: _Blocks) -> list[Block]:
    return [make.make(n, text=line.strip(), furniture="metadata") for n, line in front.lines]


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Front matter aside, then the body's blocks; the front matter's title stands first when the
    body prints none of its own (a knowledge base keeps the title in `title:` only)."""
    text = read_text(path)
    front = read_front_matter(text)
    if front is None:
        yield from _body(text, _Blocks(path, 0))
        return
    make = _Blocks(path, 0)
    aside = _front_blocks(front, make)
    make.offset = front.end
    body = list(_body("\n".join(text.split("\n")[front.end:]), make))
    if front.title and not any(b.kind == "title" for b in [b for b in body if b.furniture is None][:3]):
        yield Block(kind="title", text=front.title, outline_level=0, role="page_title",
                    prov=Provenance(file=str(path), index=-1, paragraph=0))
    yield from aside
    yield from body


def _body(text: str, make: _Blocks) -> Iterator[Block]:
    """Walk block-level tokens; inline content carries the text."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    closing = _closing_links(tokens)
    first = True  # no text block yet: a level-1 heading here is the title
    heading_level: int | None = None
    in_list = in_quote = 0
    label: str | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = tok.map[0] if tok.map else None
        if tok.type == "heading_open":
            heading_level = int(tok.tag[1:]) - 1
        elif tok.type == "heading_close":
            heading_level = None
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif tok.type in ("blockquote_open", "blockquote_close"):  # "> …": quoted, as the file marks it
            in_quote += 1 if tok.type == "blockquote_open" else -1
        elif tok.type == "list_item_open":
            # "1." is list syntax to markdown-it, but a plan's numbering to us: keep it
            label = f"{tok.info}{tok.markup}" if tok.info else None
        elif tok.type == "table_open":
            rows, i = _table_rows(tokens, i)
            yield make.make(line, kind="table", text="", rows=rows)
            first = False
        elif tok.type == "inline" and tok.content.strip():
            for image in _images(tok):
                yield make.make(line, text=image, furniture="image")
            for part in _plain(tok).split("\n"):
                if not part.strip():
                    continue
                if i in closing:
                    yield make.make(line, text=part.strip(), furniture="chrome")
                elif heading_level is not None:
                    kind: BlockKind = "title" if heading_level == 0 and first else "heading"
                    yield make.make(line, kind=kind, text=part.strip(), outline_level=heading_level)
                else:
                    yield make.make(line, kind="list_item" if in_list else "paragraph", text=part.strip(),
                                    numbering=label, role="quote" if in_quote else None)
                    label = None
                first = False
        i += 1
