"""Entity rules over jieba's tokens: time nodes, organisations, quantities and money.

The rules are token patterns (a token class per slot, some slots optional) and phrases
(festivals, recurring periods). Each distinct token string is classified once per run and
kept, so a document costs a dictionary look-up per token, not a regex per token and rule.
Overlaps resolve as spaCy's EntityRuler does: the longest span wins, then the earliest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jihua.pipeline.rules.lexicon import ORG_BODIES
from jihua.pipeline.rules.targets import SCALES, UNITS

# the units a target is counted in, as a token stands alone ("次", "万元"): with or without a scale
_COUNTED = [u for u in UNITS if u not in ("%", "％", "‰")]
UNIT_TOKENS = frozenset(_COUNTED) | {scale + u for scale in SCALES for u in _COUNTED}
_UNIT_ALT = "(?:" + "|".join(SCALES) + ")?(?:" + "|".join(re.escape(u) for u in _COUNTED) + ")"
ORG_HEAD = re.compile(rf"^[\u4e00-\u9fff]*({ORG_BODIES})$")

# token classes (bit flags)
PLACE, NAME, HEAD, NUM, UNIT, NUM_UNIT, MONTH_DAY, DAY, SMALL_NUM, YUAN, NUM_YUAN = (1 << i for i in range(11))
_CLASSES: list[tuple[int, Callable[[str], bool]]] = [
    (PLACE, frozenset(("县", "市", "区", "镇", "乡", "省", "街道", "社区")).__contains__),
    (NAME, lambda t: re.search(r"^[\u4e00-\u9fff]{2,6}$", t) is not None),
    (HEAD, lambda t: ORG_HEAD.search(t) is not None),
    (NUM, lambda t: re.search(r"^\d+(\.\d+)?$", t) is not None),
    (UNIT, UNIT_TOKENS.__contains__),
    (NUM_UNIT, lambda t: re.search(r"^\d+(\.\d+)?(" + _UNIT_ALT + r"|%)$", t) is not None),
    (MONTH_DAY, lambda t: re.search(r"^\d{1,2}月(\d{1,2}日)?$", t) is not None),
    (DAY, lambda t: re.search(r"^\d{1,2}日$", t) is not None),
    (SMALL_NUM, lambda t: re.search(r"^\d{1,2}$", t) is not None),
    (YUAN, lambda t: re.search(r"^(万|亿)?元$", t) is not None),
    (NUM_YUAN, lambda t: re.search(r"^\d+(\.\d+)?(万|亿)?元$", t) is not None),
]
# Equal spans under two labels ("50元" is money and a quantity) keep the order spaCy's
# EntityRuler gave them, so outputs stay what they were: it ordered a set of (label symbol id,
# start, end) tuples, and these are spaCy's symbol ids of the four labels.
LABEL_IDS = {"ORG": 383, "TIME": 392, "MONEY": 394, "QUANTITY": 395}
_LABEL_OF = {v: k for k, v in LABEL_IDS.items()}

Span = tuple[str, int, int]


class EntityRules:
    """Token-pattern and phrase rules; token classes are cached per distinct string."""

    def __init__(self, phrases: Iterable[list[str]], cache_limit: int = 200_000) -> None:
        self._phrases: dict[str, list[tuple[str, ...]]] = {}
        for words in phrases:
            if words:
                self._phrases.setdefault(words[0], []).append(tuple(words))
        self._cache: dict[str, int] = {}
        self._limit = cache_limit

    def classes(self, token: str) -> int:
        flags = self._cache.get(token)
        if flags is None:
            flags = 0
            for bit, test in _CLASSES:
                if test(token):
                    flags |= bit
            if len(self._cache) >= self._limit:
                self._cache.clear()
            self._cache[token] = flags
        return flags

    def matches(self, tokens: list[str]) -> set[Span]:
        """Every (label, start, end) a rule matches, optional slots taken and skipped."""
        cls = [self.classes(t) for t in tokens]
        n = len(tokens)
        found: set[Span] = set()

        def at(i: int) -> int:
            return cls[i] if i < n else 0

        for i, c in enumerate(cls):
            if c & HEAD:
                found.add(("ORG", i, i + 1))
                if i >= 1 and cls[i - 1] & (PLACE | NAME):
                    found.add(("ORG", i - 1, i + 1))
                if i >= 2 and cls[i - 2] & PLACE and cls[i - 1] & NAME:
                    found.add(("ORG", i - 2, i + 1))
            if c & NUM_UNIT:
                found.add(("QUANTITY", i, i + 1))
            if c & NUM and at(i + 1) & UNIT:
                found.add(("QUANTITY", i, i + 2))
            if c & NUM_YUAN:
                found.add(("MONEY", i, i + 1))
            if c & NUM and at(i + 1) & YUAN:
                found.add(("MONEY", i, i + 2))
            if c & MONTH_DAY:
                found.add(("TIME", i, i + 1))
                if at(i + 1) & DAY:
                    found.add(("TIME", i, i + 2))
            if c & SMALL_NUM and i + 1 < n and tokens[i + 1] == "月":
                found.add(("TIME", i, i + 2))
                day_num = at(i + 2) & SMALL_NUM
                if day_num:
                    found.add(("TIME", i, i + 3))
                if i + 2 < n and tokens[i + 2] == "日":
                    found.add(("TIME", i, i + 3))
                if day_num and i + 3 < n and tokens[i + 3] == "日":
                    found.add(("TIME", i, i + 4))
            for phrase in self._phrases.get(tokens[i], ()):
                if tuple(tokens[i:i + len(phrase)]) == phrase:
                    found.add(("TIME", i, i + len(phrase)))
        return found

    def spans(self, tokens: list[str]) -> list[Span]:
        """Non-overlapping entities in reading order: longest first, then earliest."""
        keyed = {(LABEL_IDS[label], start, end) for label, start, end in self.matches(tokens)}
        ranked = sorted(keyed, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        taken: set[int] = set()
        kept: list[Span] = []
        for label_id, start, end in ranked:
            if start in taken or end - 1 in taken:
                continue
            kept.append((_LABEL_OF[label_id], start, end))
            taken.update(range(start, end))
        return sorted(kept, key=lambda m: m[1])
