"""Parts regrouped between years: an old part merged into a kept one, a new part split from one.

Read from where the parts' sentences went once items are aligned, so a part that kept few of its
sentences (or lost one) is still found; the parts a merge or split joins are then counterparts,
whose sentences pair as a part's do and are not moved.
"""

from __future__ import annotations

from collections import Counter

from jihua.pipeline.compare.align import compared_form, similarity
from jihua.pipeline.compare.views import FRAME, Part
from jihua.schemas import diff as d

HEADING_KEPT = 0.8  # heading similarity at which a part keeps its heading ("推进品牌建设" → "推进品牌建设工作")
SPLIT_MEASURES = 2  # measures of one kept part that make a new part beside it, with new ones, its split half

Regrouped = tuple[dict[int, tuple[int, float]], dict[int, tuple[int, float]]]
Flows = tuple[dict[int, Counter[int]], dict[int, Counter[int]]]


def flows(old: list[Part], new: list[Part], items: list[d.ItemChange]) -> Flows:
    """Where the paired sentences went: old part → new parts with how many of its sentences each holds
    (`went`), and new part → old parts it holds sentences of (`came`). Each sentence counts once: one
    sentence split in two (or two merged into one) is one measure."""
    old_at = {o.heading: i for i, o in reversed(list(enumerate(old)))}
    new_at = {n.heading: j for j, n in reversed(list(enumerate(new)))}
    links = {(i, j, c.old, c.new) for c in items if c.old_section is not None and c.new_section is not None
             and (i := old_at.get(c.old_section)) is not None and (j := new_at.get(c.new_section)) is not None}
    went: dict[int, Counter[int]] = {}
    came: dict[int, Counter[int]] = {}
    for i, j, _ in {(i, j, o) for i, j, o, _ in links}:
        went.setdefault(i, Counter())[j] += 1
    for i, j, _ in {(i, j, n) for i, j, _, n in links}:
        came.setdefault(j, Counter())[i] += 1
    return went, came


def regrouped(old: list[Part], new: list[Part], pairs: dict[int, int], items: list[d.ItemChange]) -> Regrouped:
    """Parts with no counterpart whose sentences went to (or came from) a kept part: an old part
    merged into a kept part, a new part split from one (old part → (new part, share of its
    sentences); new part → (old part, share)). Merged: at least half the old part's sentences
    survived and all of them (or more than half of the part) landed in the one part. Split: at
    least half the new part's sentences came from the one kept part (on a tie, the one whose
    counterpart stands nearest: a part splits off beside where it was) — or, when the half split
    off gained new measures, most of what came from anywhere, at least two of its measures, came
    from the one kept part whose counterpart it stands beside, however new its heading. A
    wrapper with no sentences of its own regroups nothing."""
    went, came = flows(old, new, items)
    paired_new = set(pairs.values())

    def merged_into(i: int, counts: Counter[int]) -> tuple[int, float] | None:
        where, k = counts.most_common(1)[0]
        total = len(old[i].items)
        whole = 2 * k > total or (len(counts) == 1 and 2 * k >= total)
        return (where, round(k / total, 3)) if where in paired_new and total and whole else None

    def beside(i: int, j: int) -> bool:
        """The new part stands among the kept part's counterpart's siblings."""
        parent = old[i].parent
        return new[j].parent == (None if parent is None else pairs.get(parent, -1))

    def split_from(j: int, counts: Counter[int]) -> tuple[int, float] | None:
        kept = {i: k for i, k in counts.items() if i in pairs}
        total = len(new[j].items)
        if not kept or not total:
            return None
        top = max(kept.values())
        where = min((i for i, k in kept.items() if k == top), key=lambda i: abs(pairs[i] - j))
        most = 2 * top >= total or (went[where][j] >= SPLIT_MEASURES and 2 * top > sum(counts.values())
                                    and beside(where, j))
        return (where, round(top / total, 3)) if most else None

    merged = {i: found for i, counts in went.items() if i not in pairs and old[i].id not in FRAME
              and (found := merged_into(i, counts))}
    split = {j: found for j, counts in came.items() if j not in paired_new and new[j].id not in FRAME
             and (found := split_from(j, counts))}
    return merged, split


def regroup_links(found: Regrouped) -> frozenset[tuple[int, int]]:
    """(old part, new part) joined by a merge or a split: their items pair as a part's do."""
    merged, split = found
    return frozenset({(i, j) for i, (j, _) in merged.items()} | {(i, j) for j, (i, _) in split.items()})


def _place(parts: list[Part], k: int) -> int:
    """Where a part stands among its siblings (0 for the first)."""
    return sum(1 for p in parts[:k] if p.parent == parts[k].parent and p.id not in FRAME)


def primaries(old: list[Part], new: list[Part], pairs: dict[int, int], items: list[d.ItemChange],
              found: Regrouped) -> dict[int, int] | None:
    """The pairing with each merge's and split's primary part the one sharing the most sentences with the
    part it joins (then the most kept word for word), then the one keeping its heading (word for word or
    near), then its number, then its place. "（四）发展电子商务" (3 sentences kept)
    and "（五）完善县域商业体系" (2) merged into "（四）发展电子商务，完善县域商业体系": the heading matcher may
    have paired （五）, but （四） is the part continued and （五） the one merged into it. A swap stands only
    when the part set aside still reads as merged (split) into the same part, and never pairs a part with one
    whose heading is another old part's word for word: "（一）甲" and "（二）乙" merged into "（一）乙" leave 乙
    paired with 乙, however 甲 kept its number. None when nothing changes."""
    went, came = flows(old, new, items)
    kept, _ = flows(old, new, [c for c in items if c.status in ("same", "moved")])  # word for word
    merged, split = found
    owner = {j: i for i, j in pairs.items()}
    out = dict(pairs)

    def rank(i: int, j: int, shared: int) -> tuple[int, int, bool, bool, int]:
        """Sentences shared, then those kept word for word, then the heading kept, then the number kept,
        then the place."""
        return (shared, kept.get(i, Counter())[j], similarity(old[i].heading, new[j].heading) >= HEADING_KEPT,
                old[i].number == new[j].number, -abs(_place(old, i) - _place(new, j)))

    def named_for_another(i: int, j: int) -> bool:
        """The new part bears word for word the heading of an old part other than `i`."""
        return any(k != i and compared_form(o.heading) == compared_form(new[j].heading) for k, o in enumerate(old))

    for i, (j, _) in merged.items():
        held = owner.get(j)
        if held is not None and out.get(held) == j and i not in out and not named_for_another(i, j) \
                and rank(i, j, went[i][j]) > rank(held, j, went.get(held, Counter())[j]):
            trial = {k: v for k, v in out.items() if k != held} | {i: j}
            if regrouped(old, new, trial, items)[0].get(held, (None,))[0] == j:
                out = trial
    for j, (i, _) in split.items():
        held = out.get(i)
        if held is not None and j not in out.values() and not named_for_another(i, j) \
                and rank(i, j, came[j][i]) > rank(i, held, came.get(held, Counter())[i]):
            trial = out | {i: j}
            if regrouped(old, new, trial, items)[1].get(held, (None,))[0] == i:
                out = trial
    return out if out != pairs else None
