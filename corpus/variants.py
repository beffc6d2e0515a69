"""The same document in many shapes: the variants copying and converting create.

Each authored source (`sources/*.plan`) is rendered once as a clean text copy (title, one
line per heading, paragraph or item, closing lines) and then re-shaped the way document
sites, browsers and converters re-shape text: one line per part with the heading glued to
its body, blank lines added, CRLF, full-/half-width and Kangxi swaps, spaces between CJK
characters, site chrome before/between/after, a missing title, a title block (date subtitle,
byline), page-split markers mid-word, link-broken lines, GB18030. A variant *holds* when its
parse gives the clean parse's outline (numbers, headings, levels), section types and
metadata, and loses none of the clean parse's body text.

    python -m corpus.variants            # every variant; prints the share that holds
    python -m corpus.variants --sample 7 # every 7th variant
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from corpus.source import Source, SourceDoc, all_sources

if TYPE_CHECKING:  # the parser is imported when a check runs
    from jihua.pipeline.runner import Parser
    from jihua.schemas.plan import ParseResult, Section


@dataclass
class Line:
    kind: str  # title, piece, heading, paragraph, item, row, closing, chrome, block
    text: str
    level: int = 0


@dataclass
class Variant:
    source: str
    name: str
    data: bytes
    has_title: bool = True


def _doc_lines(sdoc: SourceDoc, meta: dict[str, str]) -> list[Line]:
    lines = [Line("piece" if sdoc.piece else "title", f"{sdoc.piece}：{sdoc.title}" if sdoc.piece else sdoc.title)]
    for e in sdoc.entries:
        if e.kind == "table":
            lines.extend(Line("row", "  ".join(row)) for row in e.rows)
        else:
            lines.append(Line(e.kind, e.full, e.level))
    if sdoc.date and sdoc.org:
        lines += [Line("closing", sdoc.org), Line("closing", sdoc.date)]
    return lines


def clean_lines(source: Source) -> list[Line]:
    """The clean text copy: what every variant is compared against."""
    lines = [Line("title", source.title)] if source.compilation else []
    for sdoc in source.documents:
        lines.extend(_doc_lines(sdoc, source.meta))
    return lines


# --- shapes ------------------------------------------------------------------------------
Shape = Callable[[list[Line], Source, random.Random], list[Line]]


def glue(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """One line per part: each heading runs into its first paragraph after a space."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "heading" and line.kind == "paragraph" and "|glued" not in prev.kind:
            out[-1] = Line("heading|glued", f"{prev.text} {line.text}", prev.level)
            continue
        out.append(line)
    return [Line(ln.kind.split("|")[0], ln.text, ln.level) for ln in out]


def blank_lines(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        out += [line, Line("blank", "")]
    return out


def some_blank_lines(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        out.append(line)
        if rnd.random() < 0.4:
            out.append(Line("blank", "  " if rnd.random() < 0.5 else ""))
    return out


_TO_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%"})
_TO_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def fullwidth(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    return [Line(ln.kind, ln.text.translate(_TO_FULL), ln.level) for ln in lines]


def halfwidth(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    return [Line(ln.kind, ln.text.translate(_TO_HALF), ln.level) for ln in lines]


_KANGXI = {"一": "\u2f00", "二": "\u2f06", "人": "\u2f08", "工": "\u2f2f", "日": "\u2f47", "月": "\u2f49",
           "大": "\u2f24", "十": "\u2f17", "年": "年"}


def kangxi(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """PDF converters emit Kangxi radicals for common characters."""
    table = str.maketrans(_KANGXI)
    return [Line(ln.kind, ln.text.translate(table), ln.level) for ln in lines]


def cjk_spaces(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """Letter-spaced titles and headings: "工 作 计 划"."""
    return [Line(ln.kind, " ".join(ln.text), ln.level) if ln.kind in ("title", "heading") and rnd.random() < 0.7 else ln
            for ln in lines]


_BEFORE = ["首页 > 范文大全 > 工作计划", "  • 约3千字", "  • 2024-03-02 发布于江西", "  • 举报"]
_BETWEEN = ["相关文档", "举报"]
_AFTER = ["文档评论(0)", "相关文档", "本文来源于网络，版权归原作者所有，如有侵权请联系删除。", "网站客服：400-000-0000"]


def chrome(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """Site chrome before the text, between pieces (or mid-text) and after it."""
    body = list(lines)
    starts = [i for i, ln in enumerate(body) if ln.kind == "piece"][1:]
    at = starts[0] if starts else next((i for i, ln in enumerate(body) if ln.kind == "heading" and i > len(body) // 2),
                                       len(body))
    mid = [Line("chrome", t) for t in _BETWEEN]
    return [*(Line("chrome", t) for t in _BEFORE), *body[:at], *mid, *body[at:], *(Line("chrome", t) for t in _AFTER)]


def no_title(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    return [ln for ln in lines if ln.kind != "title"]


def title_block(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """A date subtitle and a byline under the title ("——2024年1月10日在…", "某县县长 某某")."""
    sdoc = source.documents[0]
    date = sdoc.date or (f"{sdoc.year}年1月10日" if sdoc.year else "1月10日")
    subtitle = source.meta.get("subtitle") or f"——{date}在{sdoc.org or '全县'}工作会议上"
    byline = source.meta.get("byline") or (f"{sdoc.org}局长 张某某" if sdoc.org and sdoc.org.endswith("局") else "张某某")
    out: list[Line] = []
    for line in lines:
        out.append(line)
        if line.kind == "title" and len(out) == 1:
            out += [Line("block", subtitle), Line("block", byline)]
    return out


def page_split(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """A site cut a long paragraph at its page size and numbered the next page "2、"."""
    out = list(lines)
    for k, line in enumerate(out):
        if line.kind == "paragraph" and len(line.text) > 60:
            cut = len(line.text) // 2
            return [*out[:k], Line("paragraph", line.text[:cut]), Line("paragraph", "2、" + line.text[cut:]), *out[k + 1:]]
    return out


def link_break(lines: list[Line], source: Source, rnd: random.Random) -> list[Line]:
    """A link inside a sentence sat on its own line: the copy broke the sentence around it."""
    out: list[Line] = []
    done = 0
    for line in lines:
        text = line.text
        comma = text.find("，", 10)
        if line.kind == "paragraph" and done < 2 and comma > 0 and len(text) > comma + 16:
            a, b = comma + 3, comma + 9
            out += [Line("paragraph", text[:a]), Line("paragraph", text[a:b]), Line("paragraph", text[b:])]
            done += 1
            continue
        out.append(line)
    return out


SHAPES: dict[str, Shape] = {
    "glue": glue, "blank": blank_lines, "some_blank": some_blank_lines, "fullwidth": fullwidth,
    "halfwidth": halfwidth, "kangxi": kangxi, "cjk_spaces": cjk_spaces, "chrome": chrome, "no_title": no_title,
    "title_block": title_block, "page_split": page_split, "link_break": link_break,
}
ENCODINGS = ("utf-8", "gb18030")
# applied last, in this order, whatever order a combination names them in
_ORDER = list(SHAPES)


def _encode(lines: list[Line], crlf: bool, encoding: str) -> bytes:
    text = ("\r\n" if crlf else "\n").join(ln.text for ln in lines)
    return text.encode(encoding)


def variants(source: Source, per_source: int = 80, seed: int = 13) -> list[Variant]:
    """Each shape alone, every pair, then seeded combinations of three or four, each with a line
    ending and an encoding."""
    base = clean_lines(source)
    names = [n for n in _ORDER if not (source.compilation and n == "title_block")]
    fixed: list[tuple[str, ...]] = [(n,) for n in names] + list(itertools.combinations(names, 2))
    rnd = random.Random(f"{seed}-{source.id}")
    out: list[Variant] = []
    seen = {clean_copy(source)}
    for k in range(per_source * 3):  # identical results (a shape with nothing to change) are skipped
        if len(out) >= per_source:
            break
        combo = fixed[k] if k < len(fixed) else tuple(sorted(rnd.sample(names, rnd.choice((3, 4))), key=_ORDER.index))
        lines = list(base)
        for name in combo:
            lines = SHAPES[name](lines, source, random.Random(f"{seed}-{source.id}-{k}-{name}"))
        crlf, encoding = k % 2 == 1, ENCODINGS[(k // 2) % 2]
        data = _encode(lines, crlf, encoding)
        if data in seen:
            continue
        seen.add(data)
        label = "+".join(combo) + ("+crlf" if crlf else "") + f"+{encoding}"
        out.append(Variant(source.id, label, data, has_title="no_title" not in combo))
    return out


def clean_copy(source: Source) -> bytes:
    return _encode(clean_lines(source), crlf=False, encoding="utf-8")


def all_variants(per_source: int = 80) -> list[Variant]:
    return [v for s in all_sources() for v in variants(s, per_source)]


# --- checking ------------------------------------------------------------------------------
class DocSummary(TypedDict):
    """What one parsed document must keep across variants."""

    meta: tuple[object, ...]  # (title, org, year, doc_type), or (year, doc_type) when the variant has no title
    outline: list[tuple[str, str, int, str]]  # number, heading, level, type
    body: list[str]
    blob: str  # all the text run together, where body text is looked for


class Summary(TypedDict):
    docs: list[DocSummary]


def _flat(sections: list[Section]) -> Iterator[Section]:
    for s in sections:
        yield s
        yield from _flat(s.children)


def summary(result: ParseResult, has_title: bool = True) -> Summary:
    """What a variant must keep: per document the metadata, the outline with types, the body."""
    from jihua.pipeline.text.normalize import bare

    docs: list[DocSummary] = []
    for d in result.documents:
        sections = list(_flat(d.sections))
        meta = (bare(d.title), d.org, d.year, d.doc_type) if has_title else (d.year, d.doc_type)
        docs.append({
            "meta": meta,
            "outline": [(bare(s.number), bare(s.heading), s.level, s.type) for s in sections],
            "body": [bare(p) for p in d.paragraphs] + [bare(p) for s in sections for p in s.paragraphs],
            "blob": bare("".join(d.paragraphs) + "".join(s.number + s.heading + "".join(s.paragraphs) for s in sections)),
        })
    return {"docs": docs}


def compare(clean: Summary, got: Summary) -> list[str]:
    """Differences that make a variant fail; a 'lost' entry means body text went missing."""
    problems: list[str] = []
    want_docs, got_docs = clean["docs"], got["docs"]
    if len(want_docs) != len(got_docs):
        return [f"documents: {len(got_docs)} for {len(want_docs)}"]
    for k, (w, g) in enumerate(zip(want_docs, got_docs, strict=True)):
        if w["meta"] != g["meta"]:
            problems.append(f"doc {k} meta {g['meta']} for {w['meta']}")
        if w["outline"] != g["outline"]:
            diff = [(a, b) for a, b in itertools.zip_longest(w["outline"], g["outline"]) if a != b][:2]
            problems.append(f"doc {k} outline: {diff}")
        lost = [p for p in w["body"] if p and p not in g["blob"]]
        if lost:
            problems.append(f"doc {k} lost body text: {lost[:2]}")
    return problems


def _meta_only_when_titled(s: Summary) -> Summary:
    docs: list[DocSummary] = [{**d, "meta": d["meta"][2:] if len(d["meta"]) == 4 else d["meta"]} for d in s["docs"]]
    return {"docs": docs}


def check(parser: Parser, variant_list: list[Variant]) -> list[tuple[Variant, list[str]]]:
    """Parse every variant and its clean copy; (variant, problems) for each."""
    cleans: dict[str, Summary] = {}
    out: list[tuple[Variant, list[str]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, v in enumerate(variant_list):
            if v.source not in cleans:
                path = Path(tmp) / f"{v.source}.clean.txt"
                path.write_bytes(clean_copy(next(s for s in all_sources() if s.id == v.source)))
                cleans[v.source] = summary(parser.parse(path))
            path = Path(tmp) / f"v{k}.txt"
            path.write_bytes(v.data)
            try:
                got = summary(parser.parse(path), v.has_title)
            except Exception as exc:  # a variant that fails to parse fails the check
                out.append((v, [f"parse failed: {exc}"]))
                continue
            want = cleans[v.source] if v.has_title else _meta_only_when_titled(cleans[v.source])
            out.append((v, compare(want, got)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=1, help="check every Nth variant")
    ap.add_argument("--per-source", type=int, default=80)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    chosen = all_variants(args.per_source)[:: args.sample]
    results = check(Parser(Config(nlp=False)), chosen)
    held = sum(1 for _, p in results if not p)
    lost = sum(1 for _, p in results if any("lost" in x for x in p))
    for v, problems in results:
        if problems and args.verbose:
            print(f"FAIL {v.source} {v.name}: {'; '.join(problems)[:400]}")
    print(f"variants: {len(results)}  hold: {held} ({held / max(1, len(results)):.1%})  lose body text: {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
