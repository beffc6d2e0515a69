"""Compare: last year's plan against this year's — sections, items and targets aligned.

Sections are matched on heading and body together, so a renamed part with the same body
is the same section, and a part that moved is "moved", not removed + added. Items (the
sentences and list entries inside sections) are aligned in order within matched
sections, then across sections for what moved. Targets are matched on their metric and wording
with the figures blanked, so 不少于5次 → 不少于8次 is one changed target, wherever the list moved it. Punctuation,
spacing, full-/half-width forms and re-numbering ("（三）" became "（四）") are not changes.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from jihua.pipeline.compare.align import (
    BodyIndex,
    compared_form,
    greedy_pairs,
    inline_ops,
    lone_gaps,
    masked,
    ordered_pairs,
    similarity,
    words,
)
from jihua.pipeline.compare.moves import ITEM_MOVE, moved_parts, reordered
from jihua.pipeline.compare.pick import pick_documents
from jihua.pipeline.compare.pieces import split_or_merged
from jihua.pipeline.compare.regroup import Regrouped, primaries, regroup_links, regrouped
from jihua.pipeline.compare.target_pairs import align_targets, measure_pairs
from jihua.pipeline.compare.views import FRAME, Item, Part, flatten, lead_split, side_of
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.text.sentences import clauses
from jihua.schemas import diff as d
from jihua.schemas import plan
from rapidfuzz import fuzz, process

SECTION_MATCH = 0.55
ITEM_MATCH = 0.55
BODY_MATCH = 0.3  # IDF-weighted cosine (length-scaled, mutual best) at which a reworded part pairs on its body alone
SIBLING_BOOST = 1.5  # under two parts already paired, less shared wording is enough
REWRITTEN = 0.5  # character similarity of paired bodies below which a part was rewritten, not edited


def _section_score(a: Part, b: Part) -> float:
    if a.id in FRAME or b.id in FRAME:
        return 1.0 if a.id == b.id else 0.0
    head = similarity(a.heading, b.heading)
    body = similarity(a.subtree, b.subtree) if a.subtree and b.subtree else head
    score = 0.55 * head + 0.45 * body
    if a.type == b.type:
        score += 0.05
    if a.level != b.level:
        score -= 0.1
    return score


ROLE_HEADING = 0.5  # heading similarity below which two first-level parts of different roles are not one part


def _other_roles(a: Part, b: Part) -> bool:
    """Two first-level parts typed for different roles (this year's requirements against the
    five-year goals of a 换届 report, the review against the tasks) whose headings share little:
    however alike their bodies (both state growth figures) or their places, they are not one part
    rewritten. A first-level part's type is its role in the report; below, a part's type is read
    from fewer words and often its parent's, so it decides nothing there."""
    kinds = {a.type, b.type}
    return (a.parent is None and b.parent is None and len(kinds) == 2 and not kinds & {"other", *FRAME}
            and similarity(a.heading, b.heading) < ROLE_HEADING)


@dataclass
class Aligned:
    pairs: dict[int, int]  # old part → new part
    scores: dict[int, float]
    moved: set[int]  # old parts that moved
    body: dict[int, float] = field(default_factory=dict)  # old part → IDF-weighted body similarity
    index: BodyIndex | None = None  # the bodies of both sides (old parts first), for any pairing's similarity
    olds: int = 0  # how many old parts: where the new side's bodies start in `index`

    def body_of(self, i: int, j: int) -> float:
        """IDF-weighted similarity of old part i's body and new part j's, paired or not (a merged part and
        the part it went into)."""
        return _unit(self.index.cosine(i, self.olds + j)) if self.index is not None else 0.0


def _unit(score: float) -> float:
    """A score reported as a similarity, held to 0..1 (a boosted 1.014 reads as 1)."""
    return max(0.0, min(1.0, score))


def _body_pairs(old: list[Part], new: list[Part], mapping: dict[int, int],
                index: BodyIndex) -> dict[int, tuple[int, float]]:
    """Parts whose headings were reworded, paired on their bodies (IDF-weighted bigrams), same level."""
    left_old = [i for i, p in enumerate(old) if i not in mapping and p.subtree and p.id not in FRAME]
    taken = set(mapping.values())
    left_new = [j for j, p in enumerate(new) if j not in taken and p.subtree and p.id not in FRAME]

    def score(i: int, j: int) -> float:
        """Cosine of the bodies, scaled down when one is much longer (a wrapper is not its part)."""
        parent_o, parent_n = old[i].parent, new[j].parent
        if parent_o is not None and parent_n is not None and mapping.get(parent_o, parent_n) != parent_n:
            return 0.0
        if _other_roles(old[i], new[j]):
            return 0.0
        a, b = len(old[i].subtree), len(new[j].subtree)
        siblings = parent_o is not None and mapping.get(parent_o) == parent_n  # under parts already paired
        return index.cosine(i, len(old) + j) * (0.5 + 0.5 * min(a, b) / max(a, b)) * (SIBLING_BOOST if siblings else 1)

    scores = {(i, j): score(i, j) for i in left_old for j in left_new}
    best_new = {j: max(left_old, key=lambda i: scores[i, j]) for j in left_new} if left_old else {}
    pairs = greedy_pairs(left_old, left_new, lambda i, j: scores[i, j] if best_new[j] == i else 0.0, BODY_MATCH)
    return {i: (j, s) for i, j, s in ((left_old[a], left_new[b], s) for a, b, s in pairs)}


GAP_MATCH = 0.25  # heading similarity at which the one part left on each side of a gap pairs
GAP_CLAUSE = 0.7  # similarity of one heading clause to one of the other's at which the headings alone pair a gap
GAP_BODY = 0.1  # IDF-weighted body cosine at which a gap's parts share their subject (unrelated siblings: ~0.05)


def _kept_clause(a: str, b: str) -> float:
    """How well the best-kept clause of one heading survives in the other ("深化改革开放，持续优化营商环境"
    → "着力深化改革开放，持续增强发展动力活力": 深化改革开放 kept, 0.86); a one-clause heading is its own clause."""
    return max((similarity(x, y) for _, _, x in clauses(a) for _, _, y in clauses(b)), default=0.0)


def _same_at_gap(a: Part, b: Part, body: float) -> bool:
    """Two parts left at the same place are one part rewritten when their headings share some wording
    AND either a heading clause is kept or their bodies share their subject. A project dropped and an
    unrelated one added at the same number share only the frame of their headings ("实施县级供养中心
    建设项目" → "实施社区助浴点建设项目") and their parent's vocabulary: removed and added, not one part."""
    if _other_roles(a, b) or similarity(a.heading, b.heading) < GAP_MATCH:
        return False
    return _kept_clause(a.heading, b.heading) >= GAP_CLAUSE or body >= GAP_BODY


def _gap_pairs(old: list[Part], new: list[Part], mapping: dict[int, int],
               index: BodyIndex) -> dict[int, tuple[int, float]]:
    """One part left unpaired on each side, between the same paired neighbours under paired parents,
    is the same part rewritten ("深化改革开放，持续优化营商环境" → "着力深化改革开放，持续增强发展动力活力")
    when `_same_at_gap` holds."""
    out: dict[int, tuple[int, float]] = {}
    for parent_o in {p.parent for p in old} | {None}:
        parent_n = None if parent_o is None else mapping.get(parent_o)
        if parent_o is not None and parent_n is None:
            continue
        olds = [i for i, p in enumerate(old) if p.parent == parent_o and p.id not in FRAME]
        news = [j for j, p in enumerate(new) if p.parent == parent_n and p.id not in FRAME]
        for i, j in lone_gaps(olds, news, mapping):
            if _same_at_gap(old[i], new[j], index.cosine(i, len(old) + j)):
                out[i] = (j, similarity(old[i].heading, new[j].heading))
    return out


def _role_pairs(old: list[Part], new: list[Part], mapping: dict[int, int]) -> dict[int, tuple[int, float]]:
    """A first-level part whose role is one part's on each side — the review ("2018年工作回顾" →
    "2019年和今年以来工作回顾"), the year's requirements, the tasks ("对今年政府工作的建议" → "2024年政府工作
    任务") — left unpaired on both: the same part, however each year words and dates it. Below the
    first level, and where a role has several parts, a part left over may be one split or merged."""
    def sole(parts: list[Part]) -> dict[str, int]:
        counts = Counter(p.type for p in parts if p.parent is None and p.id not in FRAME)
        return {p.type: k for k, p in enumerate(parts)
                if p.parent is None and p.id not in FRAME and counts[p.type] == 1 and p.type not in ("other", "preamble")}

    taken = set(mapping.values())
    olds, news = sole(old), sole(new)
    return {i: (news[kind], similarity(old[i].heading, new[news[kind]].heading))
            for kind, i in olds.items() if i not in mapping and kind in news and news[kind] not in taken}


def align_sections(old: list[Part], new: list[Part]) -> Aligned:
    pairs = greedy_pairs(old, new, _section_score, SECTION_MATCH)
    mapping = {i: j for i, j, _ in pairs}
    scores = {i: min(1.0, s) for i, _, s in pairs}
    index = BodyIndex([p.subtree for p in old] + [p.subtree for p in new])
    body = {i: index.cosine(i, len(old) + j) for i, j in mapping.items()}
    for _ in range(4):  # parents pair first; their reworded children pair in the next round
        found = _body_pairs(old, new, mapping, index)
        for i, (j, _) in found.items():  # reported as any pairing is: headings and bodies, not the boosted pairing score
            mapping[i], scores[i], body[i] = j, round(_unit(_section_score(old[i], new[j])), 3), index.cosine(i, len(old) + j)
        if not found:
            break
    for i, (j, sc) in _gap_pairs(old, new, mapping, index).items():
        mapping[i], scores[i], body[i] = j, round(sc, 3), index.cosine(i, len(old) + j)
    for i, (j, sc) in _role_pairs(old, new, mapping).items():
        mapping[i], scores[i], body[i] = j, round(sc, 3), index.cosine(i, len(old) + j)
    return Aligned(mapping, scores, moved_parts(old, new, mapping), body, index, len(old))


def repaired(old: list[Part], new: list[Part], aligned: Aligned, mapping: dict[int, int]) -> Aligned:
    """The alignment with some pairings changed (a merge's or split's primary part swapped): the new
    pairings scored as the section matcher scores them, what moved read again."""
    scores = {i: aligned.scores[i] if aligned.pairs.get(i) == j else round(min(1.0, _section_score(old[i], new[j])), 3)
              for i, j in mapping.items()}
    body = {i: aligned.body[i] if aligned.pairs.get(i) == j else aligned.body_of(i, j) for i, j in mapping.items()}
    return Aligned(mapping, scores, moved_parts(old, new, mapping), body, aligned.index, aligned.olds)


def _label_length(item: Item) -> int:
    """How long the item's own list label is ("■ ", "1、", "一是", a table row's "2 | "): numbering, not wording."""
    found = match_label(item.text)
    return len(item.label) or (len(item.text) - len(found[1]) if found else 0)


def _inline(o: Item, n: Item) -> list[d.InlineOp]:
    """Word-level edits, the old side read with its year rolled forward (2025年 → 2026年 is no edit);
    each step keeps the old side's own text. A list label on either side ("■ " in a deck, none in
    the Word file; "（三）" renumbered "（四）") is kept on its side as unchanged text, not marked."""
    seen, new = o.shifted_text if len(o.shifted_text) == len(o.text) else o.text, n.text
    at, cut = _label_length(o), _label_length(n)
    out = [d.InlineOp(op="equal", old=o.text[:at], new=new[:cut])] if at or cut else []
    for tag, a, b in inline_ops(seen[at:], new[cut:], words):
        out.append(d.InlineOp(op=tag, old=o.text[at: at + len(a)], new=b))
        at += len(a)
    return out


def lead_only(o: Item, n: Item) -> str:
    """"lead_added" or "lead_removed" when two entries differ only by a run-in lead one of them has and the other
    lacks ("1.举办培训班3期。" → "一是加强队伍建设。举办培训班3期。"): the lead titles the measure, the measure is
    kept. "" otherwise (no lead on either side, one on each, or the bodies differ)."""
    (lead_o, body_o), (lead_n, body_n) = lead_split(o.shifted_text or o.text), lead_split(n.text)
    if bool(lead_o) == bool(lead_n) or body_o != body_n:
        return ""
    return "lead_added" if lead_n else "lead_removed"


def _item_change(o: Item | None, n: Item | None, old: list[Part], new: list[Part], moved: bool = False,
                 score: float = 0.0) -> d.ItemChange:
    """A kept item is `same`, or `moved` when it changed part or its order in the part; a year rolled forward
    alone is kind year_shift; a run-in lead added or dropped alone is kind lead_added / lead_removed, the item kept."""
    if o is not None and n is not None:
        kinds = ["year_shift"] if o.key != n.key and o.shifted == n.key else []
        lead = lead_only(o, n) if o.key != n.key else ""
        kinds += [lead] if lead else []
        status: d.ItemStatus = ("moved" if moved else "same") if o.key == n.key or lead else "changed"
        return d.ItemChange(status=status, old=o.text, new=n.text, section=new[n.section].heading,
                            old_section=old[o.section].heading, new_section=new[n.section].heading, moved=moved,
                            similarity=round(score, 3), inline=_inline(o, n) if status == "changed" else [],
                            kinds=kinds)
    if o is not None:
        return d.ItemChange(status="removed", old=o.text, new=None, section=old[o.section].heading,
                            old_section=old[o.section].heading)
    assert n is not None
    return d.ItemChange(status="added", old=None, new=n.text, section=new[n.section].heading,
                        new_section=new[n.section].heading)


def _item_score(a: Item, b: Item) -> float:
    """Character similarity of what the two do (their assignment tags aside: `Item.task`), the old side also
    read with its year rolled forward. Kept word for word, tags included, is 1.0."""
    if a.key == b.key or a.compared == b.key or lead_only(a, b):
        return 1.0
    task = b.task(b.key)
    score = similarity(a.task(a.key), task)
    return max(score, similarity(a.task(a.compared), task)) if a.shifted else score


CLAUSE_MATCH = 80  # rapidfuzz ratio (0–100) at which two clauses read as the same clause
CLAUSE_MIN = 8  # characters a kept clause needs to pair its sentences: a stock phrase (确保按时完成) pairs none


# a clause of stance, not of a measure: two different measures may both close on "确保全年不发生较大以上安全事故".
# A manner word before the verb (全力推进…, 切实加强…, 坚决整治…) opens the measure itself, as 大力 and 着力 do.
_STANCE = re.compile(r"^(?:确保|力争|争取|努力|坚持|做到|务求|以确保)")


def _measure_clauses(item: Item) -> list[str]:
    """The clauses that say what is done, bare: the stance clauses that close many measures alike left out."""
    found = match_label(item.task_text)  # "（二）确保…": the label is no part of the first clause
    return [c for c in (compared_form(text) for _, _, text in clauses(found[1] if found else item.task_text))
            if c and not _STANCE.match(c)]


def _own_clauses(item: Item) -> list[str]:
    return [c for c in _measure_clauses(item) if len(c) >= CLAUSE_MIN]


def shared_clause_pairs(old: list[Item], new: list[Item], taken_old: set[int], taken_new: set[int]) -> list[tuple[int, int]]:
    """Sentences left unpaired that keep a clause: one measure rewritten around it ("完成古城墙
    东段修缮工程，举办展演" → "完成古城墙西段修缮工程，启动普查"). Clauses pair one to one, best
    first, so a sentence whose clauses went to two sentences (a part split in two) pairs with
    both, and two merged into one pair with it. A clause that more than one sentence of a side
    holds is stock wording and pairs nothing."""
    def clause_list(items: list[Item], taken: set[int]) -> list[tuple[int, str]]:
        found = {k: set(_own_clauses(it)) for k, it in enumerate(items) if k not in taken}
        seen = Counter(c for cs in found.values() for c in cs)
        return [(k, c) for k, cs in found.items() for c in sorted(cs) if seen[c] == 1]

    olds, news = clause_list(old, taken_old), clause_list(new, taken_new)
    choices = [c for _, c in news]
    scored = [(score, a, b) for a, (_, c) in enumerate(olds)
              for _, score, b in process.extract(c, choices, scorer=fuzz.ratio, score_cutoff=CLAUSE_MATCH, limit=None)]
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: dict[tuple[int, int], None] = {}
    for _, a, b in sorted(scored, key=lambda t: -t[0]):
        if a not in used_old and b not in used_new:
            used_old.add(a)
            used_new.add(b)
            pairs[olds[a][0], news[b][0]] = None
    return list(pairs)


Evidence = frozenset[tuple[int, str, int, str]]  # (old part, old key, new part, new key) of items known to pair


def _pair_items(a: list[Item], b: list[Item], threshold: float) -> list[tuple[int, int, float]]:
    """In order first, then what was reordered."""
    pairs = ordered_pairs(a, b, _item_score, threshold)
    return pairs + greedy_pairs(a, b, _item_score, threshold, {p[0] for p in pairs}, {p[1] for p in pairs})


def _verbatim(a: list[Item], b: list[Item]) -> list[tuple[int, int]]:
    """Items kept word for word (the old side also read with its year rolled forward), first to first."""
    waiting: dict[str, list[int]] = {}
    for y, n in enumerate(b):
        waiting.setdefault(n.key, []).append(y)
    out = []
    for x, o in enumerate(a):
        key = next((k for k in (o.key, o.compared) if waiting.get(k)), None)
        if key is not None:
            out.append((x, waiting[key].pop(0)))
    return out


def alignitems_of(old: list[Part], new: list[Part], sections: Aligned,
                  regroups: frozenset[tuple[int, int]] = frozenset(), evidence: Evidence = frozenset()) -> list[d.ItemChange]:
    """A sentence kept word for word pairs first, wherever it now stands: inside its part's
    counterpart (the part it was renamed to, or split into or merged into: `regroups`), then
    anywhere in the document (a move), before any similar sentence can claim it. What is left pairs
    at the within-part threshold inside a part and its counterpart, and where a target they state
    paired (`evidence`); then across parts only when nearly unchanged (a move). An item is moved
    only when its new part is not its old part's counterpart."""
    paired: set[int] = set()  # id() of the items already paired, on either side

    def left(parts: list[Part], k: int | None = None) -> list[Item]:
        return [it for p, part in enumerate(parts) if k in (None, p) for it in part.items if id(it) not in paired]

    def linked(i: int, j: int) -> bool:
        return sections.pairs.get(i) == j or (i, j) in regroups

    old_back, new_back = _looks_back(old), _looks_back(new)

    def one_tense(o: Item, n: Item) -> bool:
        """Outside counterpart parts, a sentence of a review pairs only with one of a review, and a planned
        one with a planned one: what this year's review reports of last year's plan ("建成茶叶加工厂1个" planned,
        then reported done) is the plan carried out — a trace — not a measure moved or rewritten."""
        return linked(o.section, n.section) or old_back[o.section] == new_back[n.section]

    partner: dict[int, Item] = {}  # id() of an old item → the new item it paired with

    kept: list[tuple[Item, Item, float]] = []  # the pairs, in the order they were taken

    def take(o: Item, n: Item, score: float) -> None:
        kept.append((o, n, score))
        paired.update((id(o), id(n)))
        partner[id(o)] = n

    links = [*sorted(sections.pairs.items()), *sorted(regroups)]
    for i, j in [*links, (None, None)]:  # verbatim in counterparts, then anywhere
        a, b = left(old, i), left(new, j)
        for x, y in _verbatim(a, b):
            if one_tense(a[x], b[y]):
                take(a[x], b[y], 1.0)
    for i, j in links:
        a, b = left(old, i), left(new, j)
        for x, y, s in _pair_items(a, b, ITEM_MATCH):
            take(a[x], b[y], s)
    a, b = left(old), left(new)
    for x, y, s in greedy_pairs(a, b, lambda o, n: _item_score(o, n) if (
            o.section, o.key, n.section, n.key) in evidence and one_tense(o, n) else 0.0, ITEM_MATCH):
        take(a[x], b[y], s)
    a, b = left(old), left(new)
    moves = greedy_pairs(a, b, lambda o, n: _item_score(o, n) if one_tense(o, n) else 0.0, ITEM_MOVE)
    clause = [(x, y) for x, y in shared_clause_pairs(a, b, {x for x, _, _ in moves}, {y for _, y, _ in moves})
              if one_tense(a[x], b[y])]
    for x, y, s in [*moves, *((x, y, _item_score(a[x], b[y])) for x, y in clause)]:
        take(a[x], b[y], s)  # a split sentence pairs in each pair: neither side is reported added or removed
    for i, j in sorted(sections.pairs.items()):
        for o, n in list(_rewritten(old[i].items, new[j].items, partner, paired)):
            take(o, n, _item_score(o, n))
    return _item_changes(old, new, sections, kept, linked, (left(old), left(new)))


def _item_changes(old: list[Part], new: list[Part], sections: Aligned, kept: list[tuple[Item, Item, float]],
                  linked: Callable[[int, int], bool], unpaired: tuple[list[Item], list[Item]]) -> list[d.ItemChange]:
    """The changes of the `kept` pairs (in the order they were taken), then of the `unpaired` items (old, new), in
    the new document's order: an item where its new part has it; a removal after the items of its matched part."""
    changes: list[tuple[tuple[int, float], d.ItemChange]] = []
    shuffled = reordered(old, new, kept, linked)
    joined = split_or_merged(old, new, [(o, n, s) for o, n, s in kept if linked(o.section, n.section)], unpaired)
    taken = {id(j.piece) for j in joined.values()}
    at = 0  # index among the linked pairs, as `joined` counts them
    for k, (o, n, score) in enumerate(kept):
        change = _item_change(o, n, old, new, not linked(o.section, n.section) or k in shuffled, score)
        if linked(o.section, n.section):
            if (wide := joined.get(at)) is not None:  # one sentence cut in two, or two made one: one change
                change = _item_change(wide.old, wide.new, old, new, k in shuffled,
                                      similarity(wide.old.compared, wide.new.key))
                change.kinds.append(wide.kind)
            at += 1
        if k in shuffled:
            change.kinds.append("reordered")  # moved inside its part: the report says so, not "A → A"
        changes.append(((n.section, new[n.section].items.index(n)), change))
    for n in unpaired[1]:
        if id(n) not in taken:
            changes.append(((n.section, new[n.section].items.index(n)), _item_change(None, n, old, new)))
    # removals go where they stood: after the items of their (matched) section, in their order
    for o in unpaired[0]:
        if id(o) in taken:
            continue
        anchor = sections.pairs.get(o.section)
        changes.append(((len(new), 0) if anchor is None else (anchor, math.inf), _item_change(o, None, old, new)))
    return [c for _, c in sorted(changes, key=lambda t: t[0])]


def _looks_back(parts: list[Part]) -> list[bool]:
    """Per part: whether its first-level part is a review (read once, not per candidate pair)."""
    out: list[bool] = []
    for part in parts:
        top = part
        while top.parent is not None:
            top = parts[top.parent]
        out.append(top.type == "review")
    return out


def _rewritten(olds: list[Item], news: list[Item], partner: dict[int, Item], paired: set[int]) -> Iterator[tuple[Item, Item]]:
    """The one sentence left on each side between the same paired sentences of a part (`olds`) and its counterpart
    (`news`), or at the list's end: the same measure rewritten, when what it does (its stance clauses aside:
    "确保全年不发生…" closes many) shares some wording. `partner`: the new item each old one paired with; `paired`:
    id() of the items paired on either side."""
    at = {id(n): y for y, n in enumerate(news)}
    mapping = {x: at[id(partner[id(o)])] for x, o in enumerate(olds)
               if id(o) in partner and id(partner[id(o)]) in at}
    within = set(mapping.values())
    xs = [x for x, o in enumerate(olds) if x in mapping or id(o) not in paired]
    ys = [y for y, n in enumerate(news) if y in within or id(n) not in paired]
    for x, y in lone_gaps(xs, ys, mapping):
        said = ["".join(_measure_clauses(it)) for it in (olds[x], news[y])]
        if all(said) and similarity(*said) >= GAP_MATCH:  # two pledges alone share no measure
            yield olds[x], news[y]


def _year_only(c: d.ItemChange) -> bool:
    return c.kinds == ["year_shift"] and not c.moved


_DATE_FIGURE = re.compile(r"\d+(?=\s*[年月日])")


def _dates(text: str) -> list[str]:
    """The figures of a heading's dates ("2025年4月—11月"): a changed date renames a stage; a changed figure
    of a target it states does not."""
    return _DATE_FIGURE.findall(text)


def section_changes(old: list[Part], new: list[Part], aligned: Aligned, items: list[d.ItemChange],
                    found: Regrouped, shift: Callable[[str], str] | None = None,
                    stating: frozenset[str] = frozenset()) -> list[d.SectionChange]:
    """A heading or sentence that differs only by the year rolled forward is kind year_shift, not renamed/content;
    a heading that states a target (`stating`: the new parts' ids) and differs only by its figures is content."""
    touched_old = {c.old_section for c in items if (c.status != "same" or c.moved) and not _year_only(c)}
    touched_new = {c.new_section for c in items if (c.status != "same" or c.moved) and not _year_only(c)}
    shifted_new = {c.new_section for c in items if _year_only(c)}
    out: list[tuple[int, d.SectionChange]] = []
    for i, j in aligned.pairs.items():
        o, n = old[i], new[j]
        if o.id in FRAME:
            continue
        kinds = []
        refigured = False  # a heading that states a target ("托位数达到3.0个" → "3.5个"): its figure changed, not its name
        if compared_form(o.heading) != compared_form(n.heading):
            if shift and compared_form(shift(o.heading)) == compared_form(n.heading):
                kinds.append("year_shift")
            elif n.id in stating and masked(o.heading) == masked(n.heading) \
                    and _dates(shift(o.heading) if shift else o.heading) == _dates(n.heading):
                refigured = True
            else:
                kinds.append("renamed")
        if i in aligned.moved:
            kinds.append("moved")
        if refigured or o.heading in touched_old or n.heading in touched_new:
            kinds.append("content")
        rewritten = bool(o.subtree and n.subtree) and similarity(o.subtree, n.subtree) < REWRITTEN
        if rewritten and "renamed" in kinds:
            kinds.append("rewritten")
        if n.heading in shifted_new and "year_shift" not in kinds:
            kinds.append("year_shift")
        status: d.SectionStatus = "moved" if "moved" in kinds else ("changed" if kinds else "same")
        out.append((j, d.SectionChange(status=status, old_heading=o.heading, new_heading=n.heading, old_number=o.number,
                                       new_number=n.number, type=n.type, similarity=round(aligned.scores[i], 3),
                                       kinds=kinds, old_id=o.id, new_id=n.id, level=n.level,
                                       body_similarity=round(aligned.body.get(i, 0.0), 3))))
    matched_new = set(aligned.pairs.values())
    merged, split = found
    for j, n in enumerate(new):
        if j in split:
            i, share = split[j]
            out.append((j, _regrouped_change(old[i], n, share, "split", n.level, aligned.body_of(i, j))))
        elif j not in matched_new and n.id not in FRAME:
            out.append((j, d.SectionChange(status="added", old_heading=None, new_heading=n.heading, new_number=n.number,
                                           type=n.type, similarity=0.0, new_id=n.id, level=n.level)))
    for i, o in enumerate(old):
        if i in merged:
            j, share = merged[i]
            out.append((j, _regrouped_change(o, new[j], share, "merged", o.level, aligned.body_of(i, j))))
        elif i not in aligned.pairs and o.id not in FRAME:
            anchor = max((j for k, j in aligned.pairs.items() if k < i), default=-1)
            out.append((anchor, d.SectionChange(status="removed", old_heading=o.heading, new_heading=None,
                                                old_number=o.number, type=o.type, similarity=0.0, old_id=o.id,
                                                level=o.level)))
    return [c for _, c in sorted(out, key=lambda t: t[0])]


def _regrouped_change(o: Part, n: Part, share: float, kind: str, level: int, body: float) -> d.SectionChange:
    """An old part merged into a new one, or a new part split from an old one, as a change; `body` is how
    alike their bodies are, computed as for any pairing (the part a merge went into holds more besides)."""
    return d.SectionChange(status="changed", old_heading=o.heading, new_heading=n.heading, old_number=o.number,
                           new_number=n.number, type=n.type, similarity=share, kinds=[kind], old_id=o.id,
                           new_id=n.id, level=level, body_similarity=round(body, 3))


def _stating(parts: list[Part], t: plan.Target) -> tuple[int, str] | None:
    """The item (part, key) whose sentence states a target."""
    clause = compared_form(t.text)
    for k, part in enumerate(parts):
        if part.id == t.section_id:
            return next(((k, it.key) for it in part.items if clause and clause in it.key), None)
    return None


def target_evidence(old_parts: list[Part], new_parts: list[Part], a: plan.Document, b: plan.Document,
                    pairs: list[tuple[int, int]]) -> Evidence:
    """Two sentences whose targets paired are one measure reworded, wherever it now stands."""
    out = set()
    for x, y in pairs:
        o, n = _stating(old_parts, a.targets[x]), _stating(new_parts, b.targets[y])
        if o and n:
            out.add((*o, *n))
    return frozenset(out)


def year_shift(old_year: int | None, new_year: int | None) -> Callable[[str], str] | None:
    """The old document's own year read as the new one's (2025年10月 → 2026年10月): a plan rolled
    forward a year changes that year everywhere, which is no change of content."""
    if not old_year or not new_year or old_year == new_year:
        return None
    own = re.compile(rf"(?<!\d){old_year}(?!\d)")
    return lambda text: own.sub(str(new_year), text)


def _counts(statuses: list[str]) -> d.Counts:
    counts = d.Counts()
    for status in statuses:
        setattr(counts, status, getattr(counts, status) + 1)
    return counts


def compare(old: plan.ParseResult, new: plan.ParseResult) -> d.DiffResult:
    """Align two parsed plans (any formats) and report what changed."""
    a, b, warnings = pick_documents(old, new)
    old_parts, new_parts = flatten(a, closing=True), flatten(b, closing=True)
    shift = year_shift(a.year, b.year)
    if shift:
        for part in old_parts:
            for it in part.items:
                it.shifted = shift(it.key) if shift(it.key) != it.key else ""
                it.shifted_text = shift(it.text) if it.shifted else ""
    aligned = align_sections(old_parts, new_parts)
    targets, target_pairs = align_targets(a, b)
    evidence = target_evidence(old_parts, new_parts, a, b, target_pairs)
    items = alignitems_of(old_parts, new_parts, aligned, evidence=evidence)
    found = regrouped(old_parts, new_parts, aligned.pairs, items)
    if (swapped := primaries(old_parts, new_parts, aligned.pairs, items, found)) is not None:
        aligned = repaired(old_parts, new_parts, aligned, swapped)
        found = regrouped(old_parts, new_parts, aligned.pairs, items)
    if regroup_links(found):  # a merge or split found: its items pair as a part's do, and are not moved
        items = alignitems_of(old_parts, new_parts, aligned, regroup_links(found), evidence)
        found = regrouped(old_parts, new_parts, aligned.pairs, items)
    targets = measure_pairs(targets, items)
    headings = {p.id: p.heading for p in new_parts}
    stating = frozenset(t.section_id for t in b.targets
                        if t.section_id and t.value_text and t.value_text in headings.get(t.section_id, ""))
    sections = section_changes(old_parts, new_parts, aligned, items, found, shift, stating)
    summary = d.Summary(
        sections=_counts([s.status for s in sections]),
        items=_counts([i.status for i in items] + ["moved" for i in items if i.moved and i.status != "moved"]),
        targets=_counts([t.status for t in targets]),
        targets_raised=sum(1 for t in targets if t.direction == "raised" and t.status == "changed"),
        targets_lowered=sum(1 for t in targets if t.direction == "lowered" and t.status == "changed"),
        sections_renamed=sum(1 for s in sections if "renamed" in s.kinds),
        sections_rewritten=sum(1 for s in sections if "rewritten" in s.kinds),
        year_shifts=sum(1 for s in sections if "year_shift" in s.kinds and compared_form(s.old_heading or "") != compared_form(
            s.new_heading or "")) + sum(1 for i in items if _year_only(i)),
    )
    whole = similarity("".join(p.body for p in old_parts), "".join(p.body for p in new_parts))
    return d.DiffResult(old=side_of(old, a), new=side_of(new, b), similarity=round(whole, 3), summary=summary,
                        sections=sections, items=items, targets=targets, warnings=warnings)
