"""Markdown: headings, list items, tables and paragraphs from markdown-it's token stream.

What the file holds beside its text is set aside as furniture, with the markup as the evidence:
its front matter (see `frontmatter`), its images, and the links a knowledge base closes a page
with under a last rule ("---" / "相关条目：[某局2025年工作要点](./yaodian.md)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jihua.extractors.frontmatter import FrontMatter, read_front_matter
from jihua.extractors.options import ExtractOptions
from jihua.extractors.text import read_text
from jihua.schemas.blocks import RELATED_LABEL, Block, BlockKind, Provenance
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
_INLINE_MARKS = ("strong_open", "strong_close", "em_open", "em_close", "softbreak", "hardbreak")


def _only_links(tok: Token) -> bool:
    """An inline made only of links and the separators between them, a related-pages label before
    them allowed ("相关阅读：[某县2024年工作总结](../2024.md)"); a link inside a sentence is the text's."""
    inside, links, label_seen = False, 0, False
    for child in tok.children or []:
        if child.type == "link_open":
            inside, links = True, links + 1
        elif child.type == "link_close":
            inside = False
        elif inside or child.type in _INLINE_MARKS:
            continue
        elif child.type == "text" and _BETWEEN_LINKS.match(child.content):
            continue
        elif child.type == "text" and not links and not label_seen and _RELATED.match(child.content) \
                and _RELATED.sub("", child.content).strip() == "":
            label_seen = True
        else:
            return False
    return links > 0


def _closing_links(tokens: list[Token]) -> set[int]:
    """The inlines after the file's last rule that are a page's links, not its text: a line made only
    of links, or labelled as a list of related pages ("相关条目：…", a "相关阅读" line over a list of
    links). A signature and a date under the rule stay: they are no links."""
    last_rule = max((i for i, t in enumerate(tokens) if t.type == "hr"), default=None)
    if last_rule is None:
        return set()
    inlines = [i for i in range(last_rule + 1, len(tokens)) if tokens[i].type == "inline" and tokens[i].content.strip()]
    return {i for i in inlines if _only_links(tokens[i]) or _RELATED.match(_plain(tokens[i]))}


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
    in_list = 0
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
                                    numbering=label)
                    label = None
                first = False
        i += 1
