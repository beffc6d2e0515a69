"""Alignment primitives shared by compare, trace and the archive's history.

Similarity is computed on characters (rapidfuzz, on the punctuation-free NFKC form), never
on whitespace tokens: Chinese has no spaces, so a whitespace diff would see a whole
sentence deleted and re-inserted for a one-character edit.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, TypeVar

from jihua.pipeline.text.normalize import bare
from jihua.pipeline.text.script import folded
from jihua.pipeline.text.segment import tokenizer
from rapidfuzz import fuzz

if TYPE_CHECKING:  # annotation only: aligning texts loads no pydantic model
    from jihua.schemas.diff import EditOp

    Edit = tuple[EditOp, str, str]  # an edit step: its tag, the old side's text, the new side's

T = TypeVar("T")
U = TypeVar("U")
_DIGITS = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+(?=[次场期名个支篇件天户元所处家项批份条块人位轮届])")


@functools.lru_cache(maxsize=1 << 14)  # alignment compares each text with many: fold it once
def compared_form(text: str) -> str:
    """The form two texts are compared in: bare of punctuation, spaces and width variants, and in
    simplified characters, so a traditional copy of one year reads as the other year's simplified
    text (the script is folded character for character; only `bare` drops anything)."""
    return bare(folded(text))


def similarity(a: str, b: str) -> float:
    """0..1 character similarity of two texts, punctuation, spaces, width variants and script ignored."""
    x, y = compared_form(a), compared_form(b)
    if not x or not y:
        return 1.0 if x == y else 0.0
    if x == y:
        return 1.0
    return fuzz.ratio(x, y) / 100.0


def masked(text: str) -> str:
    """The wording with its figures blanked: "不少于5次" and "不少于8次" read the same."""
    return _DIGITS.sub("#", compared_form(text))


def ordered_pairs(old: Sequence[T], new: Sequence[U], score: Callable[[T, U], float],
                  threshold: float) -> list[tuple[int, int, float]]:
    """Order-preserving one-to-one alignment maximising total similarity (LCS on scores)."""
    n, m = len(old), len(new)
    sim = [[score(old[i], new[j]) for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, nxt = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            take = nxt[j + 1] + sim[i][j] if sim[i][j] >= threshold else -1.0
            row[j] = max(take, nxt[j], row[j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] >= threshold and best[i][j] == best[i + 1][j + 1] + sim[i][j]:
            pairs.append((i, j, sim[i][j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def greedy_pairs(old: Sequence[T], new: Sequence[U], score: Callable[[T, U], float], threshold: float,
                 taken_old: set[int] | None = None, taken_new: set[int] | None = None) -> list[tuple[int, int, float]]:
    """One-to-one matching in any order: best-scoring pairs first (for moves and reorders)."""
    taken_old = set(taken_old or ())
    taken_new = set(taken_new or ())
    scored = [(score(o, n), i, j) for i, o in enumerate(old) if i not in taken_old
              for j, n in enumerate(new) if j not in taken_new]
    pairs = []
    for s, i, j in sorted(scored, key=lambda t: -t[0]):
        if s < threshold:
            break
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        pairs.append((i, j, s))
    return pairs


def clear_pairs(n: int, m: int, score: Callable[[int, int], float], threshold: float,
                lead: float) -> list[tuple[int, int, float]]:
    """Pairs (by index) that are each other's best by at least `lead` over every other candidate left on
    either side: a measure named alike in both lists pairs wherever each list puts it, before order
    is consulted. Near ties are left out, for order to decide."""
    left_old, left_new = set(range(n)), set(range(m))
    pairs: list[tuple[int, int, float]] = []
    while True:
        found = []
        for i in sorted(left_old):
            row = sorted(((score(i, j), j) for j in left_new), reverse=True)
            if not row or row[0][0] < threshold or (len(row) > 1 and row[1][0] > row[0][0] - lead):
                continue
            s, j = row[0]
            if all(score(k, j) <= s - lead for k in left_old if k != i):
                found.append((i, j, s))
        if not found:
            return sorted(pairs)
        for i, j, s in found:
            left_old.discard(i)
            left_new.discard(j)
            pairs.append((i, j, s))


def best_then_ordered(n: int, m: int, score: Callable[[int, int], float], threshold: float,
                      lead: float) -> list[tuple[int, int, float]]:
    """One-to-one pairs (by index): clear best partners first (`clear_pairs`), then in order among the rest,
    then what is left in any order. Position only breaks near ties: two middling pairs in order do not
    outweigh one clearly better pair out of order."""
    pairs = clear_pairs(n, m, score, threshold, lead)
    taken_old, taken_new = {p[0] for p in pairs}, {p[1] for p in pairs}
    olds = [i for i in range(n) if i not in taken_old]
    news = [j for j in range(m) if j not in taken_new]
    pairs += [(olds[x], news[y], s) for x, y, s in ordered_pairs(olds, news, score, threshold)]
    return pairs + greedy_pairs(range(n), range(m), score, threshold, {p[0] for p in pairs}, {p[1] for p in pairs})


def lone_gaps(olds: Sequence[int], news: Sequence[int], mapping: Mapping[int, int]) -> Iterator[tuple[int, int]]:
    """(old, new) where exactly one entry is left unpaired on each side between the same two paired
    neighbours (or a list's end): the same entry rewritten beyond what similarity alone pairs, as a
    reader of two numbered lists takes the one left at the same place. `olds` and `news` are the
    entries in their order; `mapping` pairs old to new."""
    taken = set(mapping.values())
    gap_o: list[int] = []
    last_new = -1
    for i in [*olds, None]:
        if i is not None and i not in mapping:
            gap_o.append(i)
            continue
        bound = mapping[i] if i is not None else math.inf
        gap_n = [j for j in news if last_new < j < bound and j not in taken]
        if len(gap_o) == 1 and len(gap_n) == 1:
            yield gap_o[0], gap_n[0]
        gap_o = []
        if i is not None:
            last_new = max(last_new, mapping[i])


def out_of_order(positions: Sequence[int]) -> set[int]:
    """Indexes (into `positions`, the new places of parts in their old order) of the parts that moved:
    those outside every longest increasing run (what kept its order is the longest run). Where
    several runs are longest the order alone cannot say which part moved — two parts that swapped
    places, "一、二、三、四" → "一、二、四、三" — and each part of a tie that changed its rank among
    the kept parts moved (both of the swapped pair; the middle part of a three-part reversal, which
    keeps its rank, did not). Quadratic: a part's siblings are tens, not thousands."""
    n = len(positions)
    ending = [1] * n  # longest increasing run ending at k
    for k in range(n):
        ending[k] = 1 + max((ending[i] for i in range(k) if positions[i] < positions[k]), default=0)
    starting = [1] * n  # …and starting at k
    for k in reversed(range(n)):
        starting[k] = 1 + max((starting[j] for j in range(k + 1, n) if positions[j] > positions[k]), default=0)
    longest = max(ending, default=0)
    in_some = [ending[k] + starting[k] - 1 == longest for k in range(n)]
    at_step = Counter(ending[k] for k in range(n) if in_some[k])
    rank = {p: r for r, p in enumerate(sorted(positions))}
    return {k for k in range(n)
            if not in_some[k] or (at_step[ending[k]] > 1 and rank[positions[k]] != k)}


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[A-Za-z]+|\s+|.", re.S)
_QUOTES = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "‘": "'", "’": "'", "『": '"', "』": '"'})


def tokens(text: str) -> list[str]:
    """Characters, except that a number ("300", "2.5", "90%") or a Latin word stays whole."""
    return _TOKEN.findall(text)


@functools.lru_cache(maxsize=1 << 14)
def _fold_token(tok: str) -> str:
    return folded(unicodedata.normalize("NFKC", tok).translate(_QUOTES)).strip() or " "


def words(text: str) -> list[str]:
    """Words (jieba with the domain dictionary, the project's one tokenizer); a number ("2.5",
    "90%") or a Latin word stays whole, as in `tokens`."""
    out: list[str] = []
    for piece in re.split(r"(\d+(?:[.,]\d+)*%?|[A-Za-z]+)", text):
        if piece and (piece[0].isdigit() or (piece[0].isascii() and piece[0].isalpha())):
            out.append(piece)
        elif piece:
            out.extend(tokenizer().cut(piece, HMM=False))
    return out


def _is_word_char(text: str) -> bool:
    return len(text) == 1 and unicodedata.category(text)[0] in "LN"


def _folded(ops: list[Edit]) -> list[Edit]:
    """A one-character equal run between two edits goes into one replacement ("~~推~~进**动**" reads
    worse than "~~推进~~**推动**"), and edits side by side become one."""
    out: list[Edit] = []
    for k, (tag, a, b) in enumerate(ops):
        bridge = (tag == "equal" and _is_word_char(a) and 0 < k < len(ops) - 1 and out
                  and out[-1][0] != "equal" and ops[k + 1][0] != "equal")
        if bridge or (tag != "equal" and out and out[-1][0] != "equal"):
            prev = out.pop()
            joined = (prev[1] + a, prev[2] + b)
            out.append(("replace" if joined[0] and joined[1] else "delete" if joined[0] else "insert", *joined))
        else:
            out.append((tag, a, b))
    return out


def _segmented(text: str, segment: Callable[[str], list[str]]) -> list[str]:
    """The text's own characters cut where its simplified form cuts: jieba cuts a traditional copy
    apart from the simplified text it matches (走訪慰問 by character, 走访慰问 as words)."""
    simple = folded(text)
    pieces = segment(simple)
    if "".join(pieces) != simple:  # a segmenter that drops characters: cut the text itself
        return segment(text)
    out, at = [], 0
    for piece in pieces:
        out.append(text[at: at + len(piece)])
        at += len(piece)
    return out


def inline_ops(old: str, new: str, segment: Callable[[str], list[str]] = tokens) -> list[Edit]:
    """Edit script between two texts on characters/numbers (or words, given a segmenter: `words`).

    Tokens are compared in folded form, so "“八一”" against '"八一"' (or 雙擁 against 双拥) is not a change."""
    a, b = _segmented(old, segment), _segmented(new, segment)
    ops: list[Edit] = []
    matcher = SequenceMatcher(None, [_fold_token(t) for t in a], [_fold_token(t) for t in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if ops and ops[-1][0] == tag:
            prev = ops.pop()
            ops.append((tag, prev[1] + "".join(a[i1:i2]), prev[2] + "".join(b[j1:j2])))
        else:
            ops.append((tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    return _folded(ops)


_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _bigrams(text: str) -> list[str]:
    t = compared_form(text)
    return [t[i: i + 2] for i in range(len(t) - 1) if _CJK_PAIR.fullmatch(t[i: i + 2])]


class BodyIndex:
    """IDF-weighted character-bigram vectors of many bodies, for pairing parts that were rewritten.

    Bigrams stand in for content words (no segmenter needed, the same on both sides); a bigram
    common to most parts (发展, 推进) weighs little, one that names the subject (赤字, 棚改) much."""

    def __init__(self, texts: Sequence[str]) -> None:
        counts = [Counter(_bigrams(t)) for t in texts]
        df: Counter[str] = Counter()
        for c in counts:
            df.update(c.keys())
        n = len(texts)
        idf = {g: math.log((n + 1) / (d + 1)) + 1.0 for g, d in df.items()}
        self.vectors = []
        for c in counts:
            vec = {g: (1 + math.log(k)) * idf[g] for g, k in c.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.vectors.append({g: v / norm for g, v in vec.items()})

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(g, 0.0) for g, v in a.items())
