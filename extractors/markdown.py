"""Markdown: headings, list items, tables and paragraphs from markdown-it's token stream."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from jihua.extractors.options import ExtractOptions
from jihua.extractors.text import read_text
from jihua.schemas.blocks import Block, BlockKind, Provenance
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


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Walk block-level tokens; inline content carries the text."""
    tokens = MarkdownIt("commonmark").enable("table").parse(read_text(path))
    index = 0
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
            yield Block(kind="table", text="", rows=rows, prov=Provenance(file=str(path), index=index, paragraph=line))
            index += 1
        elif tok.type == "inline" and tok.content.strip():
            for part in _plain(tok).split("\n"):
                if not part.strip():
                    continue
                if heading_level is not None:
                    kind: BlockKind = "title" if heading_level == 0 and index == 0 else "heading"
                    yield Block(kind=kind, text=part.strip(), outline_level=heading_level,
                                prov=Provenance(file=str(path), index=index, paragraph=line))
                else:
                    yield Block(kind="list_item" if in_list else "paragraph", text=part.strip(),
                                numbering=label, prov=Provenance(file=str(path), index=index, paragraph=line))
                    label = None
                index += 1
        i += 1
