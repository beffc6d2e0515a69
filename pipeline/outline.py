"""Outline: headings and their hierarchy, in one stack pass.

Signal precedence for a heading's level, highest first:
  1. explicit outline level the file states (Heading N style, w:outlineLvl, <hN>, # in MD);
  2. deck structure (PPT divider slide > slide title > bold line inside a slide);
  3. the numbering label's family, from resolved DOCX numbering or the text itself
     (第一章 > 一、 > （一） > 1. > （1） > ①), in the order the document first uses them;
  4. layout of unlabeled headings: larger font above smaller, bold and off-body fonts kept apart.
Each heading gets a family key; a family already open closes everything below it, a new
family opens one level deeper, and conventional ranks within one signal system close
deeper families first (a seen （一） closes an open 1.); a family seen for the first time under an
open label heading is its list, whatever its rank ("（一）…" | "I. …").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from jihua.pipeline.annex import annex_heading, defines_term, is_glossary
from jihua.pipeline.heading_joins import UNLABELLED_CUES, join_continued, join_wrapped, without_repeats
from jihua.pipeline.headings import (
    STRUCTURAL,
    Context,
    Decision,
    attach_label,
    attach_labels,
    context,
    decide,
    series_title,
)
from jihua.pipeline.model import Document, Section, Unit
from jihua.pipeline.named_parts import named_parts
from jihua.pipeline.rules.lexicon import (
    BOX_CAPTION,
    SECTION_CUES,
    SENTENCE_PUNCT,
    part_names_ending,
)
from jihua.pipeline.rules.numbering import BARE_LABEL, match_label, typed_bullet
from jihua.pipeline.sibling_titles import SENTENCE_END as _SENTENCE_END
from jihua.pipeline.sibling_titles import titles_in_series


@dataclass
class _Open:
    key: str
    system: str
    rank: float
    level: int
    unit: Unit
    ordinal: int | None = None


def _family(unit: Unit, ctx: Context) -> tuple[str, str, float]:
    """(key, signal system, rank) used by the stack pass; see the module docstring."""
    b = unit.block
    if b.outline_level is not None:
        return f"ol{b.outline_level}", "ol", float(b.outline_level)
    if b.role == "divider" and not _labelled_part(unit):
        return "divider", "deck", 0.0
    if b.role == "slide_title" and unit.label is None:
        return "slide_title", "deck", 1.0
    if unit.label is not None:
        fam = unit.label.family
        if fam == "pptnum":  # decks reuse 01, 02 at several depths: tell them apart by weight
            return f"pptnum|{'b' if b.bold else ''}", "label", 5.0
        return fam, "label", float(unit.label.rank)
    distinct = bool(ctx.body_font and b.font and b.font != ctx.body_font)
    size = b.font_size or 0.0
    part = _container_name(unit.body or unit.text)
    key = f"plain|{'b' if b.bold else ''}|{'f' if distinct else ''}|{size:.0f}{'|part' if part else ''}"
    return key, "plain", -size - (0.5 if part else 0.0)


def _labelled_part(unit: Unit) -> bool:
    """A divider whose part carries a numbering label ("一、履职情况", "第二部分"): it is one of that
    label's series, so later parts numbered alike on content slides ("二、…", "三、…") stand beside
    it. A deck's bare part number (01, 02) is no such series: decks reuse it at several depths."""
    label = unit.label
    return label is not None and label.family not in ("pptnum", "bullet")


def _dividers_stay_the_decks(headings: list[Unit]) -> bool:
    """Whether every divider keeps the deck's own family, in no label's series: a deck that leaves
    one divider unnumbered ("一、…", "二、…", then "下步打算") does not number its parts, and one whose
    slides restart a label's list under a labelled divider numbers a list inside the part."""
    dividers = [h for h in headings if h.block.role == "divider"]
    return not all(map(_labelled_part, dividers)) or _numbering_restarts_under_a_divider(headings)


def _numbering_restarts_under_a_divider(headings: list[Unit]) -> bool:
    """"一、工作回顾" on a divider, then "一、…", "二、…" as the titles of its slides: the slides number a
    list of their own inside the part, so the deck's dividers stay above them, in no label's series."""
    for i, divider in enumerate(headings):
        if divider.block.role != "divider" or divider.label is None or not _labelled_part(divider):
            continue
        for later in itertools.takewhile(lambda h: h.block.role != "divider", headings[i + 1:]):
            if later.label is not None and later.label.family == divider.label.family and later.label.ordinal == 1:
                return True
    return False


_CONTAINERS = frozenset({"goals", "measures", "safeguards", "schedule", "evaluation", "guiding_ideology"})


def _container_name(heading: str) -> bool:
    """An unlabeled heading that ends in the name of a part holding tasks ("20xx年军民共建工作目标",
    "组织领导保障"): set alike, the action headings after it ("加强舆论宣传,营造拥军氛围") are its
    children, not its siblings."""
    return any(section_type in _CONTAINERS for section_type, _ in part_names_ending(heading.strip()))


def _restarts_under(stack: list[_Open], key: str, ordinal: int | None) -> bool:
    """"四、…" then an unnumbered heading then "一、…": the numbering starts over under that heading,
    which is therefore a sibling of the earlier parts, not their child."""
    if ordinal != 1 or len(stack) < 2:
        return False
    top, below = stack[-1], stack[-2]
    return top.system == "plain" and below.key == key and (below.ordinal or 0) >= 2


_CLOSING_CUES = tuple((section_type, pattern) for section_type, pattern in SECTION_CUES
                      if section_type in ("problems", "outlook"))


def _closing_kinds(unit: Unit) -> set[str]:
    """The closing parts of a report a heading names: problems (不足), outlook (打算), or both."""
    text = (unit.body or unit.text).strip()
    return {section_type for section_type, pattern in _CLOSING_CUES if pattern.search(text)}


def _series_goes_on(stack: list[_Open], later: list[tuple[str, int | None]]) -> bool:
    """Whether the next heading of an open family goes on with its numbering ("二、" after "一、", "（三）"
    after an open "（二）"). The first later heading of each family decides: a new "（一）" starts a list of
    its own (the closing part's), and its "（三）" is no sequel to the part before."""
    open_at = {o.key: o.ordinal for o in stack}
    decided: set[str] = set()
    for key, ordinal in later:
        if key in open_at and key not in decided:
            before = open_at[key]
            if ordinal is None or before is None or ordinal == before + 1:
                return True
            decided.add(key)
    return False


def _closes_the_series(stack: list[_Open], headings: list[Unit], families: list[tuple[str, int | None]], at: int,
                       system: str) -> bool:
    """An unlabelled heading naming a report's closing part ("下一步工作打算", "存在的不足") after the
    last part of a numbered series (01, 02…; 一、二、…): the series has ended and it stands beside
    those parts, not under the last of them. It is the part's own where the part names the same
    closing part ("存在问题和下一步打算"), where the series goes on after it (`families`: family and
    ordinal of each heading), or where an earlier part had one of the same kind.
    A report's problems come before its plans: a part looking ahead may open on the problems it
    answers ("二、问题和打算" over "存在的问题"), a part on problems holds no 打算 of the whole report."""
    if system != "plain" or not stack or any(o.system != "label" for o in stack):
        return False
    unit = headings[at]
    text = (unit.body or unit.text).strip()
    kinds = _closing_kinds(unit)
    if len(text) > 16 or SENTENCE_PUNCT.search(text) or not kinds:
        return False
    if any(kinds & open_kinds or "outlook" in open_kinds for open_kinds in map(_closing_kinds, (o.unit for o in stack))) \
            or _series_goes_on(stack, families[at + 1:]):
        return False
    return not any(e.label is None and e.level > stack[0].level and kinds & _closing_kinds(e) for e in headings[:at])


def _body_under(units: list[Unit], i: int) -> list[Unit]:
    """The units between heading `i` and the next heading."""
    return list(itertools.takewhile(lambda x: x.role != "heading", units[i + 1:]))


def _complete_parts(units: list[Unit]) -> set[int]:
    """Unlabelled part-name headings that hold a body of their own before the next heading — a
    numbered list, or two paragraphs or more ("组织领导" over its 1、…4、): a part already whole."""
    complete: set[int] = set()
    for i, u in enumerate(units):
        if u.role != "heading" or u.label is not None or not _container_name(u.body or u.text):
            continue
        body = _body_under(units, i)
        if any(x.role == "item" and x.label is not None for x in body) or sum(x.role == "paragraph" for x in body) >= 2:
            complete.add(id(u))
    return complete


def _numbered_part_slide(unit: Unit) -> bool:
    """A slide's title or divider numbered in a label's series ("一、…"), not a deck's bare 01."""
    return unit.block.role in ("slide_title", "divider") and _labelled_part(unit)


def _table_slides(units: list[Unit]) -> set[int]:
    """Slide titles (by `id`) over a table and no text of their own: a slide that tabulates ("2026年主要指标一览")."""
    found: set[int] = set()
    for i, u in enumerate(units):
        if u.role == "heading" and u.block.role == "slide_title":
            body = _body_under(units, i)
            if body and all(x.role == "table" for x in body):
                found.add(id(u))
    return found


def _slides_beside_the_parts(headings: list[Unit], table_slides: set[int]) -> list[int]:
    """A deck of numbered parts ("一、…", "二、…") none of which holds an unnumbered slide: its
    unnumbered slide titles before the first part (a preface) are parts of the deck beside the
    numbered ones, and so is a slide after the last part that only tabulates (a table of the year's
    indicators); slides of text after the last part are that part's contents. Where a part does hold
    titled slides, or unnumbered dividers ("01", "工作回顾") make the deck's parts, the nesting stays."""
    numbered = [i for i, h in enumerate(headings) if _numbered_part_slide(h)]
    if len(numbered) < 2 or any(h.block.role == "divider" and not _labelled_part(h) for h in headings):
        return []
    unnumbered = [i for i, h in enumerate(headings) if h.block.role == "slide_title" and h.label is None]
    if any(numbered[0] < i < numbered[-1] for i in unnumbered):
        return []
    return [i for i in unnumbered if i < numbered[0] or id(headings[i]) in table_slides]


def _lone_lead(headings: list[Unit], ctx: Context) -> Unit | None:
    """An unnumbered line taken for a heading above the first numbered part that names no part and
    has no sibling set like it (an account's or a column's name left above the intro of a web copy,
    "青松三农"): it must not make every part its child."""
    if len(headings) < 2 or headings[0].label is not None or headings[1].label is None:
        return None
    lead = headings[0]
    text = (lead.body or lead.text).strip()
    if _container_name(text) or any(p.search(text) for _, p in SECTION_CUES) or headings[1].label.family not in STRUCTURAL:
        return None
    key = _family(lead, ctx)[0]
    return None if any(_family(h, ctx)[0] == key for h in headings[1:]) else lead


def _counted_on_from(stack: list[_Open], families: list[tuple[str, int | None]], at: int) -> _Open | None:
    """The open label heading whose count a heading of another family carries on, as its sibling: "（二）…",
    "3.…", "4.…", "（五）…" — 3 and 4 follow 二 and 五 follows them, one list typed in two styles. Only where the
    first family takes the count up again right after the stray run (its next heading is the run's last + 1);
    a run that starts over at 1 ("（二）" over "1." "2.") is a list of its own, a level deeper."""
    key, n = families[at]
    if n is None or any(o.key == key for o in stack):
        return None
    for depth in range(len(stack) - 1, -1, -1):
        host = stack[depth]
        if host.system == "label" and host.ordinal == n - 1:
            return host if _count_resumes(host, families[at:], {o.key for o in stack[:depth]}) else None
    return None


def _count_resumes(host: _Open, later: list[tuple[str, int | None]], above: set[str]) -> bool:
    """After a run of one family counting on from `host` (`later` opens with it), `host`'s family comes back
    with the next number, before any family above `host` does; headings of other families between are the
    run's own children."""
    run, count = later[0][0], later[0][1]
    for key, n in later[1:]:
        if key == host.key:
            return count is not None and n == count + 1
        if key in above:
            return False
        if key == run:
            if count is None or n != count + 1:
                return False
            count = n
    return False


def _first_below(key: str, rank: float, stack: list[_Open], seen: set[str]) -> bool:
    """A family seen for the first time under an open label heading of another family is that heading's list
    ("（一）深化…" | "I. 集体备课" | "II. …"): its conventional rank ranks it only beside families it has met, so
    it closes none of the open ones ranked below it (two of one rank stay siblings, "1." and "01"; a Roman numeral's rank above 一、 holds only where the document opens with it)."""
    return key not in seen and stack[-1].system == "label" and stack[-1].rank > rank


def assign_levels(headings: list[Unit], ctx: Context, complete: frozenset[int] | set[int] = frozenset(),
                  table_slides: frozenset[int] | set[int] = frozenset()) -> None:
    """Levels by the stack of open heading families. After a part name that is already whole
    (`complete`), the unlabelled headings set like it are parts beside it ("宣传教育", "走访慰问"
    after "组织领导" and its numbered list), not its children."""
    stack: list[_Open] = []
    styled: dict[str, tuple[str, str, float]] = {}  # a label family → the Word outline level it was given
    whole_parts = set(complete)  # and the parts beside them, which go on the series
    lone = _lone_lead(headings, ctx)
    signals = [_family(h, ctx) for h in headings]  # (the stack pass sets levels only: a heading's family stays)
    if _dividers_stay_the_decks(headings):
        signals = [("divider", "deck", 0.0) if h.block.role == "divider" else s for s, h in zip(signals, headings, strict=True)]
    for i in _slides_beside_the_parts(headings, set(table_slides)):  # they join the parts' series, at its first part's rank
        signals[i] = signals[next(j for j, h in enumerate(headings) if _numbered_part_slide(h))]
    families = [(signal[0], h.label.ordinal if h.label is not None else None) for signal, h in zip(signals, headings, strict=True)]
    seen: set[str] = set()  # the families the pass has opened so far
    for i, h in enumerate(headings):
        if lone is not None and stack and stack[-1].unit is lone and h is not lone:
            stack.pop()  # the lone line above 一、 outranks nothing: the parts stand beside it
        key, system, rank = signals[i]
        whole = next((o for o in stack if id(o.unit) in whole_parts), None)  # a whole part, still open
        if whole is not None and system == "plain" and f"{key}|part" == whole.key:
            key, rank = whole.key, whole.rank
            whole_parts.add(id(h))
        if h.label is not None and h.label.family != "bullet":
            if system == "ol":
                styled.setdefault(h.label.family, (key, system, rank))
            elif h.label.family in styled:  # "（二）" typed by hand beside a "（一）" set in Heading 2
                key, system, rank = styled[h.label.family]
        h.family = key
        ordinal = h.label.ordinal if h.label is not None else None
        if _closes_the_series(stack, headings, families, i, system):
            h.level = stack[0].level
            stack[:] = [_Open(key, system, rank, h.level, h, ordinal)]
            continue
        if _restarts_under(stack, key, ordinal):
            plain, earlier = stack.pop(), stack.pop()
            plain.level = plain.unit.level = earlier.level
            stack.append(plain)
            h.level = plain.level + 1
            stack.append(_Open(key, system, rank, h.level, h, ordinal))
            continue
        if system == "label" and (host := _counted_on_from(stack, families, i)) is not None:
            key, rank = host.key, host.rank  # "3." between "（二）" and "（五）": a sibling typed in another style
        if any(o.key == key for o in stack):
            while stack[-1].key != key:
                stack.pop()
            h.level = stack[-1].level
            stack[-1].unit, stack[-1].ordinal = h, ordinal
            continue
        # same signal system: a conventionally higher family closes deeper ones; two label
        # families of equal rank ("1." and "01") are siblings
        while stack and stack[-1].system == system and (
                stack[-1].rank > rank or (stack[-1].rank == rank and system == "label")) and not _first_below(key, rank, stack, seen):
            stack.pop()
        h.level = stack[-1].level + 1 if stack else 1
        stack.append(_Open(key, system, rank, h.level, h, ordinal))
        seen.add(key)


def _join_bare_labels(units: list[Unit]) -> list[Unit]:
    """"（二）" on a line of its own, its heading on the next: one labelled line, as printed."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if prev is not None and BARE_LABEL.match(prev.text) and unit.block.kind != "table" \
                and match_label(unit.text) is None and len(unit.text) <= 60:
            text = prev.text.strip() + unit.text.strip()
            out[-1] = Unit(text=text, block=unit.block.model_copy(update={"text": text}))
            continue
        out.append(unit)
    return out


def _expand(units: list[Unit], ctx: Context) -> tuple[list[Unit], list[Unit]]:
    """Decide every unit's role; a run-in heading becomes a heading unit plus a body unit.
    Returns the units kept and the lines that close a deck ("谢谢！"), kept apart."""
    out: list[Unit] = []
    closing: list[Unit] = []
    units = _join_bare_labels(units)
    for unit in units:
        unit.text = unit.text.replace("\n", "") if _SHORT_BROKEN.match(unit.text) else unit.text
    attach_labels(units)
    decisions = [decide(unit, units[i + 1] if i + 1 < len(units) else None, ctx) for i, unit in enumerate(units)]
    titles_in_series(units, decisions)
    named_parts(units, decisions)
    for run in _label_runs(units):
        _one_role_per_list(run, decisions, units)
    for i in range(1, len(units)):  # the last of a list of bullets is an entry like the others, not a title
        prev = units[i - 1].label
        if decisions[i].cue == _BULLET_TITLE and prev is not None and prev.family == "bullet":
            decisions[i] = Decision("item", cue="bullet entry")
    _boxes(units, decisions)
    _glossary_entries(units, decisions)
    for unit, d in zip(units, decisions, strict=True):
        if d.role == "drop":
            closing.append(unit)
            continue
        unit.role = d.role
        unit.heading_cue = d.cue
        if d.role != "heading":
            out.append(unit)
            continue
        unit.body = d.heading
        out.append(unit)
        if d.body:
            out.append(Unit(text=d.body, block=unit.block.model_copy(update={"kind": "paragraph"}),
                            body=d.body, role="paragraph"))
    return out, closing


def _boxes(units: list[Unit], decisions: list[Decision]) -> None:
    """A box (专栏) in a plan's part lists its projects: its title line and the numbered projects
    under it, up to the next part's heading, are the part's text — an entry each — not sub-parts
    ("专栏1 学前教育提升工程" over "（1）公办园扩容工程：新建城区幼儿园5所。")."""
    in_box = False
    for i, unit in enumerate(units):
        if not unit.block.outline_level and BOX_CAPTION.match(unit.text):
            decisions[i] = Decision("paragraph", cue="a box's title (专栏)")
            in_box = True
        elif in_box and decisions[i].role == "heading":
            if unit.label is None or unit.label.family in STRUCTURAL or unit.block.outline_level is not None:
                in_box = False  # the next part's heading closes the box
            else:
                decisions[i] = Decision("item", cue="a project listed in a box (专栏)")


def _glossary_entries(units: list[Unit], decisions: list[Decision]) -> None:
    """Under a glossary's name ("附件：名词解释", "术语解释") printed in the text, not cut off as an annex, a numbered
    line is a term and its definition ("1.“两链”融合：指产业链与创新链…"): an entry of the glossary, as an
    annex's glossary has them (`_annex_section`), never a sub-part of the plan — up to the next part's heading. A
    numbered line that defines a term ("①“高标准农田”：指…") is such an entry under any heading ("四、有关说明")."""
    in_glossary = False
    for i, unit in enumerate(units):
        d = decisions[i]
        if unit.block.kind != "table" and is_glossary(d.heading or unit.text):
            in_glossary = True  # (its name a heading, or a line of the text: "附件：名词解释" lists no annex here)
        elif d.role != "heading":
            continue
        elif unit.label is None or unit.label.family in STRUCTURAL or unit.block.outline_level is not None:
            in_glossary = False  # the next part's heading closes the glossary
        elif in_glossary:
            decisions[i] = Decision("item", cue="a term and its definition under a glossary (名词解释)")
        elif defines_term(unit.text.strip()[len(unit.label.text):]):  # "①“高标准农田”：指…" in a part of notes
            decisions[i] = Decision("item", cue="a term and its definition")


def _label_runs(units: list[Unit]) -> Iterator[list[int]]:
    """Entries of one numbered list ("1." "2." "3."): one family counting up, nothing labelled between."""
    run: list[int] = []
    for i, unit in enumerate(units):
        label = unit.label
        if label is None:
            continue
        last = units[run[-1]].label if run else None
        if last is not None and label.family == last.family and label.ordinal is not None \
                and last.ordinal is not None and label.ordinal == last.ordinal + 1:
            run.append(i)
            continue
        if len(run) > 1:
            yield run
        run = [i]
    if len(run) > 1:
        yield run


_SENTENCE_ENTRY = re.compile(r"[，,；;].*[。；;]\s*$")  # a clause break and a sentence end: a whole sentence


def _one_role_per_list(run: list[int], decisions: list[Decision], units: list[Unit]) -> None:
    """Entries of one list are all sub-parts or all entries: "1.健全救助体系。城乡低保…" read as a
    titled sub-part beside "2.加强动态监测，每季度…" read as an entry would nest the second entry
    under the first. Where run-in titles, or whole sentences taken for titles ("（三）加强扬尘管控，
    严格落实…要求。"), are no more than the plain entries, they are entries too."""
    _last_entry_of_items(run, decisions, units)
    # one entry right after another, nothing under any: a list of sentences, whatever each holds
    back_to_back = all(b == a + 1 for a, b in itertools.pairwise(run))

    def sentence_title(i: int) -> bool:
        d = decisions[i]
        shape = _SENTENCE_ENTRY if not back_to_back else _SENTENCE_END
        return d.role == "heading" and not d.body and bool(shape.search(units[i].text))

    run_in = [i for i in run if decisions[i].role == "heading"
              and (decisions[i].cue.startswith("run-in label") or sentence_title(i))]
    entries = [i for i in run if decisions[i].role == "item"]
    if _titled_alike(run, run_in, entries, decisions, units):
        return
    sentences_only = back_to_back and all(decisions[i].role == "item" or sentence_title(i) for i in run)
    if run_in and (len(entries) >= len(run_in) or sentences_only) and len(run_in) + len(entries) == len(run):
        for i in run_in:
            decisions[i] = Decision("item", cue="list entry (its list's other entries have no title)")


def _last_entry_of_items(run: list[int], decisions: list[Decision], units: list[Unit]) -> None:
    """A short labelled line read as a heading for the label of another family after it ("D. 不满意" over
    "（二）…") is one more entry where its siblings right above it, counting on to it, were read as entries
    ("A. 非常满意" "B. 满意" "C. 一般") and nothing of its own stands under it: a heading heads some text."""
    for a, b in itertools.pairwise(run):
        below = units[b + 1] if b + 1 < len(units) else None
        if (b == a + 1 and decisions[a].role == "item" and decisions[b].role == "heading"
                and decisions[b].cue.startswith("short label") and not units[b].block.bold
                and (below is None or below.label is not None)):
            decisions[b] = Decision("item", cue="list entry (its siblings above are entries, nothing under it)")


_SERIES_TITLE_CUE = "run-in label, its list's other entries titled too"


def _titled_alike(run: list[int], run_in: list[int], entries: list[int], decisions: list[Decision],
                  units: list[Unit]) -> bool:
    """A list whose run-in titles stand beside entries that each open with a lead a title could be
    (`series_title`: closed by 。, no clause break, no figure) but too long to be read as one alone
    ("（1）加强河湖管护。…" beside "（2）巩固拓展生态修复和水系治理攻坚成果。…"): all are titled sub-parts, so
    one long sibling neither stays an entry of the part before nor demotes the short ones."""
    titles = {i: series_title(units[i]) for i in entries}
    if not run_in or not entries or len(run_in) + len(entries) != len(run) or None in titles.values():
        return False
    for i, (head, body) in titles.items():
        decisions[i] = Decision("heading", head, body, cue=_SERIES_TITLE_CUE)
    return True


# a heading-length line Word broke with a manual line break: "一、加强组织\n领导"
_SHORT_BROKEN = re.compile(r"^[^\n。；！？]{1,30}\n[^\n。；！？]{1,30}$")

_BULLET_TITLE = "short bullet line titling the text under it"

# labels that name what they head rather than number it: a campaign's stage ("第一阶段：摸底排查（1—3月）")
# is called by its label, as a chapter's title is not, so the label stays in the heading (CONTRACT's
# numbering labels are 一、（二）3. 第一章 01) while its family still ranks the line
_NAMING_FAMILIES = frozenset({"stage"})


def _number_and_heading(u: Unit) -> tuple[str, str]:
    """A heading's `number` and text: its label apart, or, for a naming label, kept at the front."""
    if u.label is None:
        return "", u.body
    if u.label.family in _NAMING_FAMILIES:
        after = u.text.lstrip()[len(u.label.text):len(u.label.text) + 1]
        return "", f"{u.label.text}{' ' if after.isspace() else ''}{u.body}"  # the blank as printed
    return u.label.text, u.body


def _tree(units: list[Unit]) -> tuple[list[Unit], list[Section]]:
    preamble: list[Unit] = []
    roots: list[Section] = []
    stack: list[Section] = []
    for u in units:
        if u.role == "heading":
            number, heading = _number_and_heading(u)
            section = Section(number=number, heading=heading, level=u.level, unit=u)
            while stack and stack[-1].level >= u.level:
                stack.pop()
            (stack[-1].children if stack else roots).append(section)
            stack.append(section)
        elif stack:
            stack[-1].content.append(u)
        else:
            preamble.append(u)
    return preamble, roots


def _renumber_levels(sections: list[Section], depth: int = 1) -> None:
    """Levels count from 1 at the outermost heading, one per nesting step."""
    for s in sections:
        s.level = depth
        if s.unit is not None:
            s.unit.level = depth
        _renumber_levels(s.children, depth + 1)


def _titling_nothing(units: list[Unit]) -> None:
    """Unlabelled lines taken for headings that title nothing and name no part: above the first
    numbered part with a heading right under them ("关注", a post's lead-in "近日，…一起来看↓"),
    they would push the numbered parts a level down; between two numbered siblings ("一、活动主题"
    / "书香某地　共享阅读" / "二、活动时间"), they are the first one's text."""
    first = next((i for i, u in enumerate(units) if u.role == "heading" and u.label is not None
                  and u.label.family in STRUCTURAL), 0)  # (no numbered part: nothing stands above one)
    last: dict[str, int] = {}  # a label family → the ordinal it last stood at
    for i, u in enumerate(units[:-1]):
        nxt = units[i + 1]
        if u.role == "heading" and u.label is not None and u.label.ordinal is not None:
            last[u.label.family] = u.label.ordinal
        if not (u.role == "heading" and u.label is None and u.heading_cue in UNLABELLED_CUES
                and nxt.role == "heading" and not _container_name(u.body or u.text)):
            continue
        next_sibling = nxt.label is not None and nxt.label.ordinal is not None \
            and nxt.label.ordinal == last.get(nxt.label.family, -1) + 1
        if i < first or next_sibling:
            u.role, u.heading_cue = "paragraph", "unlabelled line titling nothing"


def _typed_bullets_apart(units: list[Unit]) -> None:
    """An entry's typed bullet ("• 新建村卫生室5个", "– 压实工作责任") is its label, as the bullet Word draws from its
    numbering is: the entry's text (its sentences, its targets) is the words after it, the glyph kept as its label.
    Only once the outline is done: until then the glyph marks where an entry starts (joins, reflow)."""
    for u in units:
        if u.role != "item" or u.label is None or u.label.family != "bullet" or u.block.numbering:
            continue
        found = typed_bullet(u.text)
        if found is not None and found[0] == u.label.text:
            u.text = found[1]
            u.block = u.block.model_copy(update={"numbering": found[0]})


def _outline(units: list[Unit], title: str | None, removed: list[tuple[str, str]]) -> tuple[list[Unit], list[Unit], list[Section], list[Unit]]:
    """(units with their roles, the text before the first heading, the section tree, closing lines);
    headings repeated go to `removed` (`title`: None when the document prints none)."""
    ctx = context(units)
    expanded, closing = _expand(units, ctx)
    units, repeats = without_repeats(join_wrapped(expanded), title)
    removed += repeats
    _titling_nothing(units)
    assign_levels([u for u in units if u.role == "heading"], ctx, _complete_parts(units), _table_slides(units))
    units = join_continued(units)
    _typed_bullets_apart(units)
    preamble, sections = _tree(units)
    return units, preamble, sections, closing


def _annex_section(annex: list[Unit], removed: list[tuple[str, str]]) -> tuple[list[Unit], Section, list[Unit]]:
    """An annex as a level-1 part "附件1 …" with its own outline under it (and its closing lines)."""
    number, heading, rest = annex_heading(annex)
    mark = annex[0]
    mark.role, mark.body, mark.label, mark.heading_cue = "heading", heading, None, "annex mark (附件)"
    if is_glossary(heading):  # "1．“三保”：指…" is an entry of the glossary, not a sub-part
        for u in rest:
            attach_label(u)
            u.role = "table" if u.block.kind == "table" else "item" if u.label is not None else "paragraph"
        sections: list[Section] = []  # a glossary's entries are items, no parts
        closing: list[Unit] = []
        units, preamble = rest, rest
    else:
        units, preamble, sections, closing = _outline(rest, heading, removed)
    section = Section(number=number, heading=heading, level=1, unit=mark, content=preamble, children=sections)
    return [mark, *units], section, closing


def run(doc: Document) -> Document:
    """Headings, their levels and the section tree of one document; its annexes as parts after it."""
    # a title the text does not print (the file's name in its place) is no line a heading can repeat
    doc.units, doc.preamble, doc.sections, closing = _outline(doc.units, doc.title if doc.titled else None, doc.removed)
    doc.closing += closing  # a deck's closing slide closes the document, as a 落款 does
    for annex in doc.annexes:
        units, section, annex_closing = _annex_section(annex, doc.removed)
        doc.units += units
        doc.sections.append(section)
        doc.closing += annex_closing
    _renumber_levels(doc.sections)
    return doc
