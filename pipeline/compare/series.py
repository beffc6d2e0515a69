"""Year-by-year view of a series: consecutive plans compared, targets followed through."""

from __future__ import annotations

import itertools

from jihua.pipeline.compare.align import compared_form, greedy_pairs, masked, similarity
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.views import flatten, target_side
from jihua.pipeline.rules.compare_words import moves_only
from jihua.schemas import plan
from jihua.schemas.diff import DiffResult, SectionChange, TargetSide
from jihua.schemas.series import SeriesView, Step, TargetTrack


def _order(results: list[plan.ParseResult]) -> list[plan.ParseResult]:
    """By year where known; files without a year keep their place at the end."""
    return sorted(results, key=lambda r: (r.documents[0].year is None, r.documents[0].year or 0))


# the parts whose sentences are measures; the opening (its 现将…印发如下 and lead-in) and a review are not
MEASURE_PARTS = ("measures", "goals", "schedule", "safeguards", "evaluation")


def _items(result: plan.ParseResult) -> list[str]:
    doc = result.documents[0]
    return [i.text for p in flatten(doc) for i in p.items if p.type in MEASURE_PARTS]


def _reports_achievement(text: str, doc: plan.Document) -> bool:
    """The sentence states a figure the document reports as achieved ("上年全县粮食产量完成5.2万吨")."""
    said = compared_form(text)
    return any((a := compared_form(t.text)) and a in said for t in doc.achievements)


def _states_target(text: str, doc: plan.Document) -> bool:
    """The sentence sets one of the document's own targets ("…今年力争新增城镇就业900人"): a measure, whatever
    it reports besides."""
    said = compared_form(text)
    return any((a := compared_form(t.text)) and a in said for t in doc.targets)


def _figures_only(chain: list[str]) -> bool:
    """Every year's sentence the same once its figures (years among them) are blanked."""
    return len({masked(t) for t in chain}) == 1 and len(set(chain)) > 1


def _persistent(results: list[plan.ParseResult]) -> list[str]:
    """Measures every year carries, each followed from one year to the next (a measure reworded a
    little each year is still one), in the latest year's wording: the figures it stands at now. A
    sentence reporting last year's results ("上年完成…亿元，增长…%") that only changes its figures each
    year is no measure carried on, and is left out — unless it also sets a target of its year
    ("上年新增城镇就业800人，今年力争新增900人" is the target carried on, its figures renewed)."""
    years = [_items(r) for r in results]
    chains = {i: [i] for i in range(len(years[0]))}  # first year's item → where it stands each year
    for before, after in itertools.pairwise(years):
        step = {i: j for i, j, _ in greedy_pairs(before, after, similarity, 0.8)}
        chains = {first: [*at, step[at[-1]]] for first, at in chains.items() if at[-1] in step}
    docs = [r.documents[0] for r in results]
    out = []
    for first in sorted(chains):
        chain = [years[k][at] for k, at in enumerate(chains[first])]
        said = list(zip(chain, docs, strict=True))
        if _figures_only(chain) and any(_reports_achievement(t, doc) for t, doc in said) \
                and not any(_states_target(t, doc) for t, doc in said):
            continue
        out.append(chain[-1])
    return out


def _tracks(docs: list[plan.Document], pairs: list[DiffResult]) -> list[TargetTrack]:
    """Follow each target (by metric, as diff pairs them) through the consecutive comparisons;
    a new one starts its own row."""
    first = docs[0]
    named = {_key(target_side(t)): label for doc in docs for k, t in enumerate(doc.targets)
             if (label := _moved_measure(doc.targets, k))}
    n = len(pairs) + 1
    rows: list[list[TargetSide | None]] = []
    open_rows: dict[str, int] = {}
    for t in first.targets:
        rows.append([target_side(t)] + [None] * (n - 1))
        open_rows[_key(rows[-1][0])] = len(rows) - 1
    for step, diff in enumerate(pairs, start=1):
        still_open: dict[str, int] = {}
        for change in diff.targets:
            if change.new is None:
                continue
            row = open_rows.get(_key(change.old)) if change.old is not None else None
            if row is not None and rows[row][step] is not None:  # one figure set as two tiers (确保…、力争…):
                rows.append(rows[row][:step] + [None] * (n - step))  # each tier carries the figure's history
                row = len(rows) - 1
            if row is None:
                rows.append([None] * n)
                row = len(rows) - 1
            rows[row][step] = change.new
            still_open[_key(change.new)] = row
        open_rows = still_open
    return [TargetTrack(label=named.get(_key(_latest(r))) or _label(_latest(r)), metric=_latest(r).metric, unit=_latest(r).unit, values=r)
            for r in rows]


def _moved_measure(targets: list[plan.Target], k: int) -> str:
    """What a change-only target moves, so two rows "同比增长" are told apart: the measure of the target
    before it in its sentence with the change ("存款余额达到80亿元，同比增长7%" → 存款余额达到同比增长), else
    its own clause; "" when its metric names something itself."""
    t = targets[k]
    if not moves_only(t.metric):
        return ""
    before = next((p.metric for p in reversed(targets[:k]) if p.sentence == t.sentence and p.metric
                   and not moves_only(p.metric)), "")
    return (before if t.metric in before else before + t.metric) if before else t.text


def _label(side: TargetSide) -> str:
    """What is measured ("新增城镇就业"), not one year's clause with its figure; the clause when no metric was read."""
    return side.metric if len(side.metric) >= 2 else side.text


def _key(side: TargetSide | None) -> str:
    return side.model_dump_json() if side is not None else ""


def _latest(row: list[TargetSide | None]) -> TargetSide:
    return next(v for v in reversed(row) if v is not None)


STRUCTURAL = frozenset({"moved", "merged", "split", "renamed"})  # a part's change in the outline, not its text


def _structural(diff: DiffResult) -> list[SectionChange]:
    """The parts a step moved, merged, split or renamed, as the pairwise diff found them."""
    return [s for s in diff.sections if STRUCTURAL & set(s.kinds)]


def series(results: list[plan.ParseResult]) -> SeriesView:
    ordered = _order(results)
    pairs = [compare(a, b) for a, b in itertools.pairwise(ordered)]
    # the first year is compared with nothing: it counts nothing, rather than every item as new
    steps = [Step(year=ordered[0].documents[0].year, title=ordered[0].documents[0].title, kept=None, added=None,
                  removed=None)]
    for r, diff in zip(ordered[1:], pairs, strict=True):
        doc = r.documents[0]
        added = [i.new for i in diff.items if i.status == "added" and i.new]
        removed = [i.old for i in diff.items if i.status == "removed" and i.old]
        kept = sum(1 for i in diff.items if i.status in ("same", "changed", "moved"))
        changed = sum(1 for i in diff.items if i.status == "changed" and "year_shift" not in i.kinds)  # a year rolled on is no edit
        steps.append(Step(year=doc.year, title=doc.title, kept=kept, added=len(added), removed=len(removed),
                          changed=changed, sections=_structural(diff), added_items=added, removed_items=removed))
    sides = [pairs[0].old] + [p.new for p in pairs] if pairs else []
    return SeriesView(documents=sides, steps=steps, targets=_tracks([r.documents[0] for r in ordered], pairs),
                      persistent=_persistent(ordered), pairs=pairs)
