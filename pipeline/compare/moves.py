"""What moved in a comparison: parts that left their parent's counterpart or their siblings' order, and sentences
that changed their order inside a part and its counterpart. Both read order the one way (`align.out_of_order`: what
is out of the longest common order moved, the rest kept its place); `diff` pairs first, then asks this."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from jihua.pipeline.compare.align import out_of_order
from jihua.pipeline.compare.views import Item, Part

ITEM_MOVE = 0.8  # item similarity at which a sentence paired across parts (or reordered in one) is nearly kept


def moved_parts(old: list[Part], new: list[Part], mapping: dict[int, int]) -> set[int]:
    """The old parts of `mapping` that moved: those now under a part that is not their old parent's
    counterpart, and, among the siblings that stayed together, those out of their common order
    (`out_of_order`). A sibling that left the part is no rank to keep: when "（五）" goes to another
    part, "（六）" — now "（五）" — still follows what it followed, and has not moved."""
    # a wrapper one side adds or drops ("第一部分" put around the same parts) regroups, it moves nothing:
    # parents are compared past the parts that have no counterpart
    paired_new = set(mapping.values())

    def kept_parent(parts: list[Part], k: int, paired: set[int] | dict[int, int]) -> int | None:
        parent = parts[k].parent
        while parent is not None and parent not in paired:
            parent = parts[parent].parent
        return parent

    moved: set[int] = set()
    for i, j in mapping.items():
        op, np = kept_parent(old, i, mapping), kept_parent(new, j, paired_new)
        if (op is None) != (np is None) or (op is not None and mapping.get(op) != np):
            moved.add(i)
    by_parent: dict[int | None, list[int]] = {}
    for i in sorted(mapping):
        if i not in moved:
            by_parent.setdefault(old[i].parent, []).append(i)
    for siblings in by_parent.values():
        moved.update(siblings[k] for k in out_of_order([mapping[i] for i in siblings]))
    return moved


def reordered(old: list[Part], new: list[Part], pairs: list[tuple[Item, Item, float]],
               linked: Callable[[int, int], bool]) -> set[int]:
    """Indexes of the `pairs` that moved inside their part: a part's sentences that stayed in its counterpart
    (the same part, renamed, split or merged), read in their old order, keep their new order except those
    out of the common order (`out_of_order`, as sibling parts are read). "1、…2、…3、…4、" → "1、4、2、3、":
    the fourth moved up, the others did not; a sentence dropped or added before them moves none.
    Only sentences nearly kept (`ITEM_MOVE`, as for a move between parts) are read: a loosely paired
    rewrite says little of where its sentence went. A sentence said twice in its part ("各位代表！") has
    no place of its own either."""
    at = {id(it): k for parts in (old, new) for part in parts for k, it in enumerate(part.items)}
    twice = {(side, p, key) for side, parts in enumerate((old, new)) for p, part in enumerate(parts)
             for key, k in Counter(it.key for it in part.items).items() if k > 1}
    groups: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for k, (o, n, score) in enumerate(pairs):
        if linked(o.section, n.section) and score >= ITEM_MOVE and (0, o.section, o.key) not in twice \
                and (1, n.section, n.key) not in twice:
            groups.setdefault((o.section, n.section), []).append((at[id(o)], at[id(n)], k))
    out: set[int] = set()
    for group in groups.values():
        group.sort()
        # two sentences merged into one (or one split in two) share a place: read in their old order
        rank = {at: r for r, at in enumerate(sorted(range(len(group)), key=lambda x: (group[x][1], x)))}
        out.update(group[x][2] for x in out_of_order([rank[x] for x in range(len(group))]))
    return out
