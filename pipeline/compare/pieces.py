"""Sentences split or merged between years: one sentence became two, or two became one.

Alignment pairs items one to one, so a sentence cut in two pairs with one half (reported changed, its tail
deleted) and the other half reads as added; two merged into one leave one of them "removed" though its words
stand in the merged sentence. Once items are paired, an unpaired sentence beside one half of a pair joins it
when it holds what the pair's other side says and the half does not: the two pieces together are then one
change (kind split or merged), shown joined on their side.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from jihua.pipeline.compare.views import Item, Part, lead_split
from rapidfuzz.distance import LCSseq

PIECE_MIN = 6  # characters the second piece must explain: a stock phrase (确保按时完成) joins nothing
PIECE_SHARE = 0.5  # of what the pair's other side says beyond the paired half, the share the piece must hold


@dataclass
class Joined:
    """A pair's side widened by its neighbour: `old` / `new` the items as reported, `kind` split or merged, and
    `piece` the neighbour taken in (no longer reported added or removed)."""

    old: Item
    new: Item
    kind: str
    piece: Item


def _body(item: Item, old_side: bool) -> str:
    """What a sentence says in compared form, its label and run-in lead aside (the year rolled forward, old side)."""
    if old_side and item.shifted:
        return lead_split(item.shifted_text)[1] if item.shifted_text else item.shifted
    return lead_split(item.text)[1]


def _unmatched(other: str, half: str) -> str:
    """What `other` says that `half` does not: its characters outside their common run, in order."""
    matcher = SequenceMatcher(None, other, half, autojunk=False)
    out, at = [], 0
    for block in matcher.get_matching_blocks():
        out.append(other[at: block.a])
        at = block.a + block.size
    return "".join(out)


def _explains(other: str, half: str, piece: str) -> bool:
    """The piece holds most of what `other` says beyond `half`: of the characters `half` leaves unmatched, the piece
    shares (in order) at least PIECE_MIN and PIECE_SHARE. "布局海外仓，拓展多元化国际市场" against "布局海外仓。" +
    "鼓励…建设独立站，拓展多元化国际市场。": the piece holds the whole tail; "组织企业参加展会20场次。" holds nothing of
    it. Order-free between the pieces: a merged sentence may interleave the clauses of its two sources."""
    left = _unmatched(other, half)
    gain = LCSseq.similarity(left, piece)
    return gain >= PIECE_MIN and gain >= PIECE_SHARE * len(left)


def _neighbour(part: Part, item: Item, free: set[int]) -> list[tuple[Item, bool]]:
    """The unpaired items (by id in `free`) standing just before or after `item` in its part, with whether it comes
    first."""
    items = part.items
    at = next(k for k, it in enumerate(items) if it is item)
    out = []
    if at + 1 < len(items) and id(items[at + 1]) in free:
        out.append((items[at + 1], False))
    if at > 0 and id(items[at - 1]) in free:
        out.append((items[at - 1], True))
    return out


def _joined(a: Item, b: Item) -> Item:
    """Two sentences of one part read as one (in their order), the year rolled forward kept on both."""
    shifted = (a.shifted or a.key) + (b.shifted or b.key) if a.shifted or b.shifted else ""
    shifted_text = (a.shifted_text or a.text) + (b.shifted_text or b.text) if shifted else ""
    return Item(a.text + b.text, a.key + b.key, a.section, shifted=shifted, shifted_text=shifted_text)


def split_or_merged(old: list[Part], new: list[Part], kept: list[tuple[Item, Item, float]],
                    unpaired: tuple[list[Item], list[Item]]) -> dict[int, Joined]:
    """Per index into `kept`: the pair widened by an unpaired neighbour it was split into or merged with. Only
    pairs that changed, and a neighbour in the same part as its half, directly beside it."""
    free_old, free_new = {id(o) for o in unpaired[0]}, {id(n) for n in unpaired[1]}
    out: dict[int, Joined] = {}
    for k, (o, n, _) in enumerate(kept):
        if o.key == n.key:
            continue
        body_o, body_n = _body(o, True), _body(n, False)
        for piece, first in _neighbour(new[n.section], n, free_new):
            if _explains(body_o, body_n, _body(piece, False)):
                out[k] = Joined(o, _joined(piece, n) if first else _joined(n, piece), "split", piece)
                free_new.discard(id(piece))
                break
        if k in out:
            continue
        for piece, first in _neighbour(old[o.section], o, free_old):
            if _explains(body_n, body_o, _body(piece, True)):
                out[k] = Joined(_joined(piece, o) if first else _joined(o, piece), n, "merged", piece)
                free_old.discard(id(piece))
                break
    return out
