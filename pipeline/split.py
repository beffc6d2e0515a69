"""Split: one file, several documents, each with its own title.

Compilations copied from document sites number their pieces ("…篇一", "【篇二】", "第三篇")
or list them under "共3篇" / 目录 and then repeat each title; an office may also print a
summary and next year's plan in one file under separate titles. Whatever comes before
the first title (site tags, a "共11篇" header) is front matter, not a document.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterator

from jihua.pipeline.annex import end_notes, is_annex_mark, join_annex_list, split_annexes
from jihua.pipeline.clean import SLIDE_DECKS
from jihua.pipeline.covers import (
    after_full_text_cue,
    cover_text,
    credit_lines,
    distribution_note,
    filing_sheet,
    headline_over,
    issued_names,
    lead_under_headline,
    page_header_lines,
    passes_on,
    publication_notes,
    share_rows,
    unwrap_cover_notice,
)
from jihua.pipeline.model import Document, ParseState, Unit
from jihua.pipeline.page_front import breadcrumb_title, field_title, page_header, title_block_beside
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.lexicon import (
    DATE_SUBTITLE,
    DOC_KIND_WORDS,
    DOC_NUMBER,
    OCCASION,
    PAGE_SOURCE,
    PAGE_SUFFIX,
    TABLE_CAPTION,
)
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT as _SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.rules.tables import field_form
from jihua.pipeline.rules.titles import (
    ORG_AT_END,
    abbreviates,
    date_only,
    org_from_title,
    org_name_line,
    person_byline,
    signs_off,
)
from jihua.pipeline.text.normalize import bare
from jihua.pipeline.text.numerals import cn_to_int
from jihua.pipeline.title_block import author_byline, dated_issuer, org_byline, title_block_line, under_title
from jihua.pipeline.title_joins import join_broken_occasion, join_broken_title, whole_title
from jihua.pipeline.title_lines import (
    BARE_GENRE,
    COLLECTION,
    PIECE,
    TITLE_END,
    YEARISH,
    clean_title,
    headline_org,
    lists_pieces,
    part_numbered,
    sample_site,
    title_strength,
    without_sample_note,
)
from jihua.schemas.blocks import TOC_TITLE


def _body_size(units: list[Unit]) -> float | None:
    sizes = [u.block.font_size for u in units if u.block.font_size and len(u.text) > 20]
    return statistics.median(sizes) if sizes else None


def _piece_ordinal(text: str) -> int | None:
    m = PIECE.match(text.strip())
    if not m:
        return None
    raw = next((g for g in (m.group(1), m.group(2), m.group(5)) if g), None)
    return cn_to_int(raw) if raw else None


def _piece_starts(units: list[Unit]) -> list[int]:
    """Positions of numbered pieces, when at least two follow one another in order."""
    found = [(i, _piece_ordinal(u.text)) for i, u in enumerate(units) if u.block.kind != "table"]
    numbered = [(i, n) for i, n in found if n is not None and len(units[i].text) <= 50]
    if len(numbered) < 2:
        return []
    ordinals = [n for _, n in numbered]
    if ordinals[0] not in (1, 2) or any(b <= a for a, b in itertools.pairwise(ordinals)):
        return []
    return [i for i, _ in numbered]


def _toc_starts(units: list[Unit]) -> tuple[list[int], set[int]]:
    """A 目录 list whose entries come back later as titles: split at each return. Entries that are
    numbered parts ("一、…", "二、…") are one document's outline: never documents to split at."""
    toc_at = next((i for i, u in enumerate(units[:40]) if TOC_TITLE.match(u.text)), None)
    if toc_at is None:
        return [], set()
    entries: list[int] = []
    listed: set[str] = set()
    for j in range(toc_at + 1, min(len(units), toc_at + 40)):
        if len(units[j].text) > 40 or _SENTENCE_PUNCT.search(units[j].text) or bare(units[j].text) in listed:
            break  # (a line that repeats an entry is the first piece's title: the list has ended)
        listed.add(bare(units[j].text))
        entries.append(j)
    if not lists_pieces([units[j].text for j in entries]):
        return [], set()
    keys = {bare(units[j].text): j for j in entries}
    starts = [i for i in range(toc_at + 1 + len(entries), len(units)) if bare(units[i].text) in keys]
    if len(starts) < 2:
        return [], set()
    return starts, {toc_at, *entries}


def _part_name(text: str) -> str:
    """A part's name without its number, in matching form ("第四部分 明年工作打算", "04 明年工作打算" → 明年工作打算)."""
    labelled = match_label(text.strip())
    return bare(labelled[1] if labelled is not None else text)


def _deck_parts(state: ParseState) -> set[str]:
    """The parts a deck's 目录/CONTENTS slide lists (set aside as `toc` furniture): the deck's own outline.
    A divider or a big line naming one ("2026年工作打算" after "04  2026年工作打算" on the contents slide) is
    a part of that deck, never the title of a second document."""
    if state.format not in SLIDE_DECKS:
        return set()
    names = {_part_name(b.text) for b in state.furniture if b.furniture == "toc" and not TOC_TITLE.match(b.text)}
    return {name for name in names if len(name) >= 2 and not name.isascii()}


def _issuer(text: str) -> str | None:
    """The org a title starts with ("城南街道2025年双拥工作计划" → 城南街道), years set aside."""
    return org_from_title(text)


def _separate_titles(units: list[Unit], body_size: float | None) -> list[int]:
    """Further titles after body text: laid out as titles, or — in plain text — a titled line by
    the same issuer with its own year ("…2024年工作总结" then "…2025年工作计划"), or one over its
    own date line (a resolution appended to the report it approves), or one right under the
    sign-off of the plan before it (a compilation in plain text)."""
    starts = []
    seen_body = False
    first = next((u for u in units[:12] if title_strength(u, body_size)), None)
    issuer = _issuer(first.text) if first is not None else None
    for i, u in enumerate(units):
        strength = title_strength(u, body_size)
        same_issuer = (strength >= 1 and issuer is not None and YEARISH.search(u.text) is not None
                       and _issuer(u.text) == issuer)
        annexed = i > 0 and is_annex_mark(units[i - 1])  # "附件2" over its title: an annex, not a document
        # a title over its own date line ("…关于政府工作报告的决议" over "（…会议通过）"): a document appended
        dated = strength >= 1 and i + 1 < len(units) and DATE_SUBTITLE.match(units[i + 1].text.strip()) is not None \
            and _SESSION.search(units[i + 1].text) is not None  # (a stage's "（2025年3月）" dates no document)
        # a title right under the previous plan's sign-off ("某局" over "2024年1月25日"): the next plan
        signed = strength >= 1 and i >= 2 and signs_off(units[i - 2].text, units[i - 1].text)
        # the first title again with a number after it, left by pagebreaks as no next page's head: a
        # compilation's next piece ("2026年某社区工作总结(2)" under "2026年某社区工作总结")
        renumbered = strength >= 1 and first is not None and _renumbered(u.text, first.text)
        # a deck's slide title is the heading of its slide ("重点工作安排" over its bullets), not a new plan
        slide_heading = u.block.kind == "heading" and u.block.role in ("slide_title", "divider")
        if seen_body and (strength >= 2 or same_issuer or dated or signed or renumbered) and TITLE_END.search(u.text) \
                and i + 1 < len(units) and not annexed and not slide_heading and not _captions_table(units, i):
            starts.append(i)
            seen_body = False
            continue
        if len(u.text) > 40 or u.block.kind == "table" or _SENTENCE_PUNCT.search(u.text):
            seen_body = True
    return starts


def _issued_starts(units: list[Unit], issued: set[str]) -> list[int]:
    """Where each further document a cover notice issues begins: at the annex mark over its title, as the notice names
    it ("附件2" over "某区2026年…工作方案" under "关于印发《某区…实施方案》和《某区…工作方案》的通知"). Printed under its
    mark it is the notice's next document, not an annex of the one before; the mark goes with its title block."""
    return [i - 1 for i in range(2, len(units)) if is_annex_mark(units[i - 1])
            and bare(clean_title(units[i].text)) in issued]


def _with_issued(starts: list[int], issued: list[int]) -> list[int]:
    """The separate titles' starts and the issued documents' (a title found both ways starts at its mark)."""
    return sorted({*(i for i in starts if i - 1 not in issued), *issued})


def _renumbered(text: str, title: str) -> bool:
    """`text` is `title` with a number after it ("…工作总结(2)", "…工作总结_2" under "…工作总结")."""
    return PAGE_SUFFIX.search(text) is not None and bare(PAGE_SUFFIX.sub("", text)) == bare(title)


def _captions_table(units: list[Unit], i: int) -> bool:
    """"表1　某区2023年改造计划表" after a document's text: the caption of a table or form the document
    annexes (over a table block, or over rows typed with spaces in plain text), not the title of
    another document. A form's name opens a file (a 绩效目标表 on its own) but never a second one."""
    text = units[i].text.strip()
    return TABLE_CAPTION.match(text) is not None or text.endswith("表")


_RUN_IN_TITLE = re.compile(r"^(.{4,40}?(?:计划|方案|要点|安排|规划|总结|报告))\s*\d{0,2}\s+(\S.{19,})$")


def _split_run_in_title(units: list[Unit]) -> list[Unit]:
    """"某市双拥工作总结1 拥军优属……": a web copy glued the title to the first paragraph. Only where no line
    above is marked the title already (a Markdown page's "# 某县2025年工作计划"): under it, a line so worded is
    the page's or the body's ("> 知识库 / 计划总结 ｜ 阅读 12"), never a second title."""
    for i, u in enumerate(units[:8]):
        if u.block.kind == "title":
            break
        m = _RUN_IN_TITLE.match(u.text)
        if m and u.block.kind != "table":
            title = Unit(text=m.group(1).strip(), block=u.block.model_copy(update={"kind": "title"}))
            body = Unit(text=m.group(2).strip(), block=u.block)
            return [*units[:i], title, body, *units[i + 1:]]
        if len(u.text) > 60:
            break
    return units


def _occasion(title: Unit, unit: Unit) -> bool:
    """"——在某县…全体会议上的工作报告", "——2025年1月8日在某市…大会上": the session a speech or report
    was delivered at, printed right under its title (whatever that title's wording). Printed plain
    ("在…会议上的讲话"), it may be the speech's own title: then only a long line above (not a site's
    or a paper's name) is a main title over it."""
    text = unit.text.strip()
    if unit.block.kind == "table" or title.block.kind == "table":
        return False
    if OCCASION.match(text):
        return len(clean_title(title.text)) >= 10
    return DATE_SUBTITLE.match(text) is not None and _SESSION.search(text) is not None and _may_title(title.text)


_BRACKETED = re.compile(r"【[^】]*】|\[[^\]]*\]")


def _may_title(text: str) -> bool:
    """A line that can be the title over a date subtitle: words of its own (four characters or more
    outside brackets, or inside the one bracket it is: "【政府工作报告】"), not a label waiting for its
    value ("分享：") or a row of buttons ("【打印】【关闭】")."""
    one = re.fullmatch(r"【([^【】]+)】|\[([^\[\]]+)\]", text.strip())
    words = (one.group(1) or one.group(2)) if one else _BRACKETED.sub("", clean_title(text)).strip()
    return len(re.findall(r"[\u4e00-\u9fff]", words)) >= 4 and not words.endswith((":", "：")) \
        and not site.FIELD_LABEL_OPENS.match(words)


def _leading_title(units: list[Unit], body_size: float | None) -> int | None:
    """The title: the most title-like line before the body starts (later wins ties); a line a
    date subtitle or byline follows heads a title block, and so does any line the occasion follows
    ("坚定不移…　为…提供坚强保障" over "——在…全体会议上的工作报告")."""
    best, best_strength = None, 0
    for i, u in enumerate(units[:12]):
        if len(u.text) > 60 or _SENTENCE_PUNCT.search(clean_title(u.text)) or part_numbered(u.text):
            break
        if title_block_line(u, after_title=False) or (i > 0 and _occasion(units[i - 1], u)):
            continue
        strength = title_strength(u, body_size)
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is not None and ((TITLE_END.search(clean_title(u.text)) and title_block_line(nxt, after_title=False))
                                or _occasion(u, nxt) or (i == 0 and _delivered_by(u, nxt))):
            strength = max(strength, 2)
        if strength and strength >= best_strength and not (strength == best_strength and (
                _bare_kind(u.text) or _issuer_under(u, units[best] if best is not None else None))):
            best, best_strength = i, strength
        elif best is not None and nxt is not None and _printed_title_of(u, nxt, units[best]):
            best = i  # the body prints the report's own title block: its title, not the page's headline
        elif best is not None and strength and _titles_the_article(u, units[best], units[i + 1:]):
            best = i  # the body opens with the document's own title under an article's headline
    return best


def _titles_the_article(unit: Unit, headline: Unit, rest: list[Unit]) -> bool:
    """"某镇团委2024年工作总结暨2025年工作安排", set apart (bold, centred) at the top of an article headlined
    "栏目｜某镇团委2024年工作回眸": the headline names no document kind, the line names an org, a year and one —
    the document's title; the headline is the article's, and goes with the title block. Under a headline that
    is a document's title itself ("某县2025年工作计划"), a line so worded is the body's own. Nor is it the title
    of a compilation's first piece: under "某县各部门2025年工作计划汇编", or with another piece's title further
    down ("某县教育局…计划", then "某县卫生健康局…计划"), or naming another body than the headline names."""
    head, text = clean_title(headline.text), clean_title(unit.text)
    if TITLE_END.search(head) or COLLECTION.search(head) or not whole_title(text):
        return False
    named, own = headline_org(head), org_from_title(text)
    if named and own and not _same_body(named, own):
        return False
    return not any(_next_piece_title(u) for u in rest)


def _same_body(a: str, b: str) -> bool:
    """Two names of one body: the shorter is the longer's tail, or abbreviates it, with or without the place above
    ("溪口镇团委" / "某县溪口镇团委", "某区妇联" / "某市某区妇女联合会"); "某县教育局" / "某县卫生健康局" are two."""
    short, full = sorted((a, b), key=len)
    return any(full[at:] == short or abbreviates(short, full[at:]) for at in range(len(full)))


def _next_piece_title(unit: Unit) -> bool:
    """A line further down worded as a whole title ("某县卫生健康局2025年工作计划"): a compilation's next piece."""
    text = clean_title(unit.text)
    return (unit.block.kind != "table" and len(text) <= 60 and not _SENTENCE_PUNCT.search(text)
            and not part_numbered(text) and whole_title(text))


def _bare_kind(text: str) -> bool:
    """A document kind alone ("工作计划", "要点"): a tag's or a column's word under the title, which never wins
    over the line above it that names the org, the year and the kind ("某县某局2026年工作计划" / "工作计划")."""
    return DOC_KIND_WORDS.fullmatch(clean_title(text).strip()) is not None


def _issuer_under(unit: Unit, title: Unit | None) -> bool:
    """An org's name alone under a line that ends in a kind word, set as large ("某县防汛指挥部2026年…工作方案" over
    "某县防汛指挥部办公室" on a deck's cover): the issuer who presents the title, never a title over it."""
    return (title is not None and org_name_line(clean_title(unit.text))
            and TITLE_END.search(clean_title(title.text)) is not None)


def _delivered_by(unit: Unit, nxt: Unit) -> bool:
    """A short first line over a bracketed date ("（2025年3月2日）") or a post and a name ("县委副书记、县长　某某"):
    a speech's or an address's title block, whatever kind word its title ends on (or none)."""
    text = clean_title(unit.text)
    if unit.block.kind == "table" or nxt.block.kind == "table" or not 4 <= len(text) <= 40:
        return False
    line = nxt.text.strip()
    bracketed = line[:1] in "（(" and date_only(line)
    return bracketed or person_byline(line)


def _printed_title_of(unit: Unit, nxt: Unit, headline: Unit) -> bool:
    """"政府工作报告" over "——2022年1月20日在…会议上" (or a date, or "某省省长　某某") below a page's
    headline "2022年某省政府工作报告": the document's own title block, printed in its body. Its line
    repeats the headline (the headline holds it, or it is the headline's document kind) and heads a
    delivery line, a date or a byline, never a bare name — the README's gold rule: where a file
    prints the report's title block, that is the title."""
    text, above = clean_title(unit.text), clean_title(headline.text)
    if unit.block.kind == "table" or not TITLE_END.search(text) or not _heads_title_block(unit, nxt):
        return False
    printed, full = bare(text), bare(above)
    kind, kind_above = TITLE_END.search(printed), TITLE_END.search(full)
    return printed != full and (printed in full or printed in full.replace("人民", "") or bool(
        BARE_GENRE.fullmatch(printed) and kind and kind_above and kind.group(1) == kind_above.group(1)))


def _heads_title_block(unit: Unit, nxt: Unit) -> bool:
    """The line under `unit` is a title block's: its delivery line, its date or its byline."""
    return _occasion(unit, nxt) or under_title(nxt)


def _piece_title(text: str) -> str:
    """"篇一：城关社区2023年双拥工作计划" → the title itself; "…方案篇一" stays whole (it is the title)."""
    m = PIECE.match(text.strip())
    if m and m.group(3) and (m.group(1) or m.group(2)):
        return m.group(3).strip()
    return text.strip()


def _title_under_a_cover(units: list[Unit], body_size: float | None) -> int | None:
    """No title at the top: a forwarded mail's or a post's note above the plan ("各位老师：请查收…")
    and then the plan's own title (a year and a document kind, no sentence), before its first
    numbered part."""
    for i, u in enumerate(units[:40]):
        if part_numbered(u.text):
            return None
        if title_strength(u, body_size) and YEARISH.search(u.text) and TITLE_END.search(clean_title(u.text)) \
                and not _FIELD.match(u.text):
            return i
    return None


_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}\s*[:：]")  # "主题：…计划": a field naming the plan, not its title


def _cover_note(piece: list[Unit], body_size: float | None) -> bool:
    """What stands before the first titled document: a few lines with no title and no numbered
    part ("各位老师：请查收…", the sender's name) — a note about the plan, not a document."""
    return (len(piece) <= 6 and _leading_title(piece, body_size) is None and _title_under_a_cover(piece, body_size) is None
            and not any(match_label(u.text) for u in piece) and all(u.block.kind != "table" for u in piece))


def _document(units: list[Unit], body_size: float | None, fallback: str,
              headline: Unit | None = None) -> tuple[Document, list[Unit]]:
    at = _leading_title(units, body_size)
    if at is None:
        at = _title_under_a_cover(units, body_size)
    if at is None and headline is not None:  # no line looks a title: the page set its headline over its publication line
        at = next((i for i, u in enumerate(units) if u is headline), None)
    if at is None:
        return Document(title=fallback, units=units, titled=False), []
    title_unit = units[at]
    rest = units[at + 1:]
    front = units[:at]
    # a subtitle, date subtitle or byline right under the title belongs to the title block
    block: list[Unit] = []
    title = clean_title(_piece_title(title_unit.text)) or title_unit.text
    # (a web page prints its <title> again as the article's heading: that line is the title block's too;
    # a forwarded mail's note or a portal's link column may stand between the two — it goes with what
    # is set aside above the title)
    repeat = _title_again(rest, title)
    if repeat:
        front, rest = front + rest[:repeat], rest[repeat:]
    while rest and (rest[0].block.role == "subtitle" or title_block_line(rest[0], after_title=True)
                    or clean_title(rest[0].text) == title or dated_issuer(rest) or org_byline(rest)
                    or (not block and author_byline(rest))):
        block.append(rest.pop(0))
    return Document(title=title, units=rest, front=block), front


def _title_again(rest: list[Unit], title: str) -> int | None:
    """Where the lines under a title print it again (same text, bare of spaces and punctuation), before
    the first numbered part or table: the title over the document proper, no heading of its own."""
    key = bare(title)
    for j, u in enumerate(rest[:40]):
        label = match_label(u.text)
        if u.block.kind == "table" or (label and label[0].ordinal is not None):
            return None
        if key and bare(clean_title(u.text)) == key:
            return j
    return None


_SESSION = re.compile(r"会议|大会")  # the session a document was delivered at or adopted by


def _printed(units: list[Unit]) -> list[str]:
    """What these units print, to list where they are set aside: a table's rows as lines (its
    text is empty), so nothing before a title leaves the file unlisted."""
    return [line for u in units for line in ([" | ".join(c.strip() for c in row if c and c.strip()) for row in u.block.rows or []]
                                             if u.block.kind == "table" else [u.text]) if line]


# a run of running text: Han characters and in-sentence punctuation, no gap, no field's colon
_TEXT_RUN = re.compile(r"[\u4e00-\u9fff，、“”（）《》0-9]{25,}")


def _own_text(text: str) -> bool:
    """A line of text, not a header's: a sentence, or a long run of running text (a long line of
    fields, buttons or a site's address — "博客等级：12 博客积分：1862 …", "http://… [订阅]" — is none)."""
    return bool(_SENTENCE_PUNCT.search(text)) or (len(text) > 40 and _TEXT_RUN.search(text) is not None)


def _bodiless(piece: list[Unit], title: str | None, after: list[Unit], body_size: float | None) -> bool:
    """A piece with no text of its own (short lines, a table of fields) whose title is the next
    piece's, or that has no title: a page's header above the document, not a document."""
    if any(u.block.kind != "table" and _own_text(u.text) for u in piece):
        return False
    if title is None and _cover_note(piece, body_size):
        return False  # a mail's or a post's note above the plan: set aside as such
    nxt = _leading_title(after, body_size)
    return nxt is not None and (title is None or title == clean_title(_piece_title(after[nxt].text))
                                or any(_form(u) for u in piece) or _masthead_at_end(piece))


def _masthead_at_end(piece: list[Unit]) -> bool:
    """The piece ends on an issuer's name over its 文号 ("某县水利局" / "某水发〔2025〕4号"): the 发文机关标志 printed
    over the next title, which belongs to that document — never a document titled with the org."""
    if len(piece) < 2 or any(u.block.kind == "table" for u in piece[-2:]):
        return False
    return org_name_line(clean_title(piece[-2].text)) and DOC_NUMBER.match(piece[-1].text.strip()) is not None


def _form(unit: Unit) -> bool:
    """A table of labelled fields (an OA 发文稿纸, a 收文处理单: "签　　发 | 同意。某某", "来文单位 | 某局"): what comes
    with it above the next title — the form's own name ("某县某局发文稿纸") over it, a red header under it — is
    the next document's front matter, never a document of its own."""
    return unit.block.kind == "table" and field_form(unit.block.rows or [])


def _join_bodiless(units: list[Unit], bounds: list[int], body_size: float | None, first: int) -> list[int]:
    """No split leaves a document without a body that only repeats the next one's title (a page
    that prints its <title>, then its fields, then the same title over the text): the two pieces
    are one document, its front matter set aside with the title block."""
    kept = bounds[: first + 1]
    for k in range(first + 1, len(bounds)):
        begin, end = kept[-1], bounds[k]
        after = units[end: bounds[k + 1] if k + 1 < len(bounds) else len(units)]
        piece = units[begin:end]
        at = _leading_title(piece, body_size)
        if not _bodiless(piece, None if at is None else clean_title(_piece_title(piece[at].text)), after, body_size):
            kept.append(end)
    return kept


def _all_units(doc: Document) -> list[Unit]:
    """A document's units, its annexes' included."""
    return doc.units + [u for annex in doc.annexes for u in annex]


def _copies(documents: list[Document]) -> tuple[list[Document], list[Document]]:
    """A document whose title and text repeat one before it (a page's print copy of its article, a
    plan pasted twice) is a copy of that document, not another one."""
    kept: list[Document] = []
    copies: list[Document] = []
    seen: set[tuple[str, str]] = set()
    for doc in documents:
        text = bare("".join(u.all_text for u in _all_units(doc)))
        key = (bare(doc.title) if doc.titled else "", text)
        (copies if text and key in seen else kept).append(doc)
        seen.add(key)
    return kept, copies


def _cover_evidence(lines: list[Unit], passed: bool) -> list[Unit]:
    """The cover's lines and the page's header and fields (see page_front.page_header), read by meta as the plan's title
    block (its seal, its dates): all of them — but when the notice passes on another body's plan (`passed`:
    "《某县…方案》已经县人民政府同意，现印发给你们", 关于转发…), its seal and the page's "发文机关：某县人民政府办公室"
    / "来源：县政府办公室" name the notice's issuer only: left out, the plan's org is its own title's or its own
    signature's."""
    return [u for u in lines if not (ORG_AT_END.match(u.text.strip()) or PAGE_SOURCE.search(u.text))] if passed else lines


def _set_aside_page_notes(state: ParseState, units: list[Unit]) -> list[Unit]:
    """The lines around a document's text that are no part of it, each kept in `removed` with its reason: a preface
    up to its full-text cue, a news page's lead, the distribution and publication notes, a share bar, credits."""
    units, preface = after_full_text_cue(units)
    state.set_aside(_printed(preface), "preface before the document's full text (a reading's or an editor's "
                                       "note, up to its cue 附：…全文 / 全文如下)")
    units, lead = (units, []) if preface else lead_under_headline(units)
    state.set_aside(_printed(lead), "a news page's headline and lead before the document's own title block")
    units, sheet = filing_sheet(units)
    state.set_aside(_printed(sheet), "an archive's 卷内备考表 filed under the sign-off (档号, 本卷情况说明, 立卷人, "
                                     "检查人): filing furniture, not the document's text")
    units, note = distribution_note(units)
    state.set_aside([u.text for u in note], "distribution note (抄送, 印发) closing an official document")
    units, published = publication_notes(units)
    state.set_aside([u.text for u in published], "publication note (此件公开发布) of an official document, on a line of its own")
    units, shares = share_rows(units, web_copy=state.web_copy)
    state.set_aside([u.text for u in shares], "the page's share bar (分享到, 微信, 微博, QQ空间…), on a line of its own")
    units, credits = credit_lines(units, web_or_slides=state.web_copy or state.format in SLIDE_DECKS)
    state.set_aside([u.text for u in credits], "the publisher's production credits (来源, 制图, 监制, 编辑…), on a line of its own")
    return units


def _pieces(state: ParseState, units: list[Unit], body_size: float | None,
            issued: set[str]) -> Iterator[tuple[int, list[Unit]]]:
    """The pieces a unit stream is cut into, by index: numbered pieces, a contents list's entries or separate
    titles (and the further documents a cover notice issues, `issued` by their bare names). A compilation's header
    and a mail's cover note above the first piece are set aside, not yielded (lazily, so that what is set aside
    keeps its place among what each piece sets aside)."""
    starts = _piece_starts(units)
    dropped: set[int] = set()
    if not starts:
        starts, dropped = _toc_starts(units)
    compilation = bool(starts)  # what precedes the first piece is the compilation's header
    if not starts:
        parts = _deck_parts(state)
        titled = [i for i in _separate_titles(units, body_size) if _part_name(units[i].text) not in parts]
        starts = _with_issued(titled, _issued_starts(units, issued))
    bounds = [0, *starts] if starts and starts[0] != 0 else (starts or [0])
    bounds = _join_bodiless(units, bounds, body_size, first=1 if compilation else 0)
    for k, begin in enumerate(bounds):
        end = bounds[k + 1] if k + 1 < len(bounds) else len(units)
        piece = [u for j, u in enumerate(units[begin:end], start=begin) if j not in dropped]
        if k == 0 and compilation and begin != starts[0]:
            # text before the first numbered piece: a compilation header and its blurb
            state.set_aside(_printed(piece), "compilation header before its first piece")
            continue
        if not piece:
            continue
        if k == 0 and len(bounds) > 1 and _cover_note(piece, body_size):
            state.set_aside([u.text for u in piece], "cover note above the plan (a mail's or a post's)")
            continue
        yield k, piece


def _piece_document(state: ParseState, piece: list[Unit], body_size: float | None, headline: Unit | None, *,
                    first: bool, cover: list[Unit], preamble: list[Unit], passed: bool, evidence: list[Unit]) -> Document:
    """One piece as a document: its title and title block, its annexes; the first document also takes the page's
    title fields, the cover notice's evidence and the notice's preamble."""
    doc, front = _document(piece, body_size, state.path.stem, headline)
    if first and not doc.titled and (named := field_title(state) or breadcrumb_title(state)):
        doc.title, doc.titled = named, True  # no title line: the page's 名称 field, or its breadcrumb's last crumb
    if first:
        doc.front += title_block_beside(state, doc) + _cover_evidence(page_header(state, doc.title), passed)
    doc.units, doc.annexes = split_annexes(join_annex_list(doc.units))  # annexes after its sign-off
    doc.units, notes = end_notes(doc.units)  # the notes under its closing paragraph: its footnotes, as a Word file's
    state.furniture.extend(u.block for u in notes)
    if first:
        doc.units = preamble + doc.units
    state.set_aside(_printed([u for u in front if _form(u)]), "a form of labelled fields before the title (an OA "
                                                              "发文稿纸 or 收文处理单: 签发, 会签, 来文单位…)")
    state.set_aside(_printed([u for u in front if u.block.role != "subtitle" and not _form(u)]), "title block before the title")
    # a 发文机关 line above the title (in the cell beside it) still names the issuer: kept as evidence
    # (a page's headline "…工作报告-某县人民政府" ends in its site's name: a title, not an issuer)
    issuers = [u for u in front if u.block.kind != "table" and len(u.text.strip()) <= 30 and ORG_AT_END.match(u.text.strip())
               and not TITLE_END.search(clean_title(u.text))]
    doc.front = [u for u in front if u.block.role == "subtitle"] + doc.front + (evidence if first else []) + issuers
    state.set_aside([u.text for u in doc.front if u.block.role != "subtitle" and u not in cover and u not in issuers
                     and u.block.furniture is None],
                    "title block: byline, date line or issuing org")
    state.set_aside([u.text for u in doc.front if u.block.role == "subtitle"], "title block: subtitle")
    return doc


def run(state: ParseState) -> ParseState:
    """Cut the unit stream into documents and pick each one's title."""
    units, cover = unwrap_cover_notice(join_broken_title(join_broken_occasion(state.units)))
    preamble, cover = cover_text(cover)  # the notice's addressees and words: the first document's preamble
    state.set_aside(_printed(cover), "cover notice (关于印发…的通知) around the plan it issues")
    passed = passes_on(cover, preamble)
    evidence = _cover_evidence(cover, passed)
    lines = _set_aside_page_notes(state, units)
    units, header = page_header_lines(lines)
    headline = headline_over(lines, header)
    # ("meta line shape": the page's header, which dates it and names its source — see page_front.page_header)
    state.set_aside([u.text for u in header], "meta line shape (date, source, counts): the page's publication line "
                                              "in the title block")
    units = _split_run_in_title(units)
    body_size = _body_size(units)
    documents: list[Document] = []
    issued = {bare(name) for name in issued_names(cover + preamble)}
    for k, piece in _pieces(state, units, body_size, issued):
        documents.append(_piece_document(state, piece, body_size, headline if k == 0 else None, first=not documents,
                                         cover=cover, preamble=preamble, passed=passed, evidence=evidence))
    if not documents:
        documents = [Document(title=state.path.stem, units=units, titled=False)]
    documents, copies = _copies(documents)
    for copy in copies:
        state.set_aside([copy.title] * copy.titled + [u.all_text for u in _all_units(copy)],
                        "a second copy of the document before it (same title and text)")
    if sample_site(state.chrome):  # a 范文 site's "（最新版）", "（3篇）" after the title: the site's, not the title's
        for doc in documents:
            doc.title = without_sample_note(doc.title)
    state.documents = documents
    return state
