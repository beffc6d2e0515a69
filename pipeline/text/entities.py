"""Entity rules over jieba's tokens: time nodes, organisations, quantities and money.

The rules are token patterns (a token class per slot, some slots optional), phrases
(festivals, recurring periods) and organisation names read back from a word ending in an org
suffix to the place that opens them (`org_spans`). Each distinct token string is classified once per run and
kept, so a document costs a dictionary look-up per token, not a regex per token and rule.
Overlaps resolve as spaCy's EntityRuler does: the longest span wins, then the earliest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jihua.pipeline.rules.lexicon import ORG_BODIES
from jihua.pipeline.rules.targets import SCALES, SHARE_SIGN_UNITS, UNITS

# the units a target is counted in, as a token stands alone ("次", "万元"): with or without a scale
_COUNTED = [u for u in UNITS if u not in SHARE_SIGN_UNITS]
UNIT_TOKENS = frozenset(_COUNTED) | {scale + u for scale in SCALES for u in _COUNTED}
_UNIT_ALT = "(?:" + "|".join(SCALES) + ")?(?:" + "|".join(re.escape(u) for u in _COUNTED) + ")"
# a word (or the words jieba cut it into) ending in an org suffix: 办 of 办公用房 is no 办, 委 of 委托 no 委
_ORG_SUFFIXES = (*ORG_BODIES.split("|"), "常委会", "联合会", "协会", "局", "委", "办")  # plain names, no patterns
ORG_TAIL = re.compile(rf"(?:{'|'.join(_ORG_SUFFIXES)})$")
_ORG_LAST = frozenset(suffix[-1] for suffix in _ORG_SUFFIXES)  # a token ending otherwise ends no name
# common words that end in an org suffix character and name no body ("新发展格局", "一网通办")
NOT_BODIES = re.compile(r"(?:格局|布局|大局|开局|好局|全局|变局|举办|开办|督办|筹办|承办|主办|交办|通办|网办)$")
# words that lead up to a name ("由县民政局牵头", "会同县财政局")
ORG_LEADING = re.compile(r"^(由|和|与|及|会同|联合|配合|协调|组织|邀请|请|对|向|在|为|是|将|把|各|并|同|的)+")
ORG_SPAN = 16  # characters of the longest name read ("云溪县人民代表大会常务委员会" is 14)
_PLACE_CHARS = "省市县区州镇乡"
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")

# token classes (bit flags)
NUM, UNIT, NUM_UNIT, MONTH_DAY, DAY, SMALL_NUM, YUAN, NUM_YUAN = (1 << i for i in range(8))
# (compiled with the module: a pattern named inline is compiled by the first call of every process)
_TOKEN_SHAPES = (
    (NUM, r"^\d+(\.\d+)?$"), (NUM_UNIT, r"^\d+(\.\d+)?(" + _UNIT_ALT + r"|%)$"), (MONTH_DAY, r"^\d{1,2}月(\d{1,2}日)?$"),
    (DAY, r"^\d{1,2}日$"), (SMALL_NUM, r"^\d{1,2}$"), (YUAN, r"^(万|亿)?元$"), (NUM_YUAN, r"^\d+(\.\d+)?(万|亿)?元$"),
)
_CLASSES: list[tuple[int, Callable[[str], object]]] = [  # (a test's truth puts a token in the class)
    *((bit, re.compile(pattern).search) for bit, pattern in _TOKEN_SHAPES),
    (UNIT, UNIT_TOKENS.__contains__),
]
# Equal spans under two labels ("50元" is money and a quantity) keep the order spaCy's
# EntityRuler gave them, so outputs stay what they were: it ordered a set of (label symbol id,
# start, end) tuples, and these are spaCy's symbol ids of the four labels.
LABEL_IDS = {"ORG": 383, "TIME": 392, "MONEY": 394, "QUANTITY": 395}
_LABEL_OF = {v: k for k, v in LABEL_IDS.items()}
# which label a span takes when two rules match the same tokens ("4900万元" is money and a quantity): the
# more specific; without it the set's order, which string hashing varies from run to run, decided
_PRECEDENCE = {LABEL_IDS["MONEY"]: 3, LABEL_IDS["TIME"]: 2, LABEL_IDS["ORG"]: 1, LABEL_IDS["QUANTITY"]: 0}

Span = tuple[str, int, int]


class EntityRules:
    """Token-pattern and phrase rules; token classes are cached per distinct string."""

    def __init__(self, phrases: Iterable[list[str]], cache_limit: int = 200_000,
                 known: Callable[[str], bool] = lambda word: True) -> None:
        """`known`: whether jieba's dictionary holds a word (else its HMM found it: a name)."""
        self.known = known
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

        found.update(("ORG", start, end) for start, end in org_spans(tokens, self.known))
        for i, c in enumerate(cls):
            for phrase in self._phrases.get(tokens[i], ()):
                if tuple(tokens[i:i + len(phrase)]) == phrase:
                    found.add(("TIME", i, i + len(phrase)))
            if not c:  # most words are none of the classes
                continue
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
        return found

    def spans(self, tokens: list[str]) -> list[Span]:
        """Non-overlapping entities in reading order: longest first, then earliest, then the more specific label."""
        keyed = {(LABEL_IDS[label], start, end) for label, start, end in self.matches(tokens)}
        ranked = sorted(keyed, key=lambda m: (m[2] - m[1], -m[1], _PRECEDENCE[m[0]]), reverse=True)
        taken: set[int] = set()
        kept: list[Span] = []
        for label_id, start, end in ranked:
            if start in taken or end - 1 in taken:
                continue
            kept.append((_LABEL_OF[label_id], start, end))
            taken.update(range(start, end))
        return sorted(kept, key=lambda m: m[1])


def _placed(word: str) -> bool:
    """A word that names or opens a place ("县", "鹭州市", "县委", "乡村"): an org's name starts there."""
    return word[0] in _PLACE_CHARS or word[-1] in _PLACE_CHARS or word in ("街道", "社区")


def _name_start(tokens: list[str], k: int, known: Callable[[str], bool]) -> int | None:
    """Where the name whose suffix starts on tokens[k] starts: its first place word, read back over
    words of two or more characters, place characters and a 和 inside a name ("区/住房/和/城乡/
    建设局"). A one-character word such as 个, 报 or 按, or a word that leads up to a name (会同,
    配合), belongs to the clause and ends the search; so do 和 before a second place ("县委/和/
    县政府") and, once a place is found, the end of another name ("市/卫生局/安排/市/医学/协会").
    None: no place word, the name is its suffix words alone. jieba splits an unknown place name:
    a first character opening the clause ("鹭/州市") is the place's, and so is a word jieba does
    not know (found by its HMM) before a bare place character ("青禾/县", not "加强/县")."""
    start, size, at = k, len(tokens[k]), None
    while start > 0:
        prev, head = tokens[start - 1], tokens[start]
        if not _HAN.match(prev) or size + len(prev) > ORG_SPAN:
            break
        if (prev == "和" and head[0] in _PLACE_CHARS) or (len(prev) == 1 and prev not in _PLACE_CHARS + "和"):
            if len(prev) == 1 and at == start and len(head) > 1 and (start < 2 or not _HAN.match(tokens[start - 2])):
                at = start - 1  # "鹭/州市…" opening a clause
            break
        if (prev != "和" and ORG_LEADING.fullmatch(prev)) or (at is not None and ORG_TAIL.search(prev)):
            break
        start, size = start - 1, size + len(prev)
        if _placed(prev):
            at = start
    if at and len(tokens[at]) == 1 and len(tokens[at - 1]) > 1 and _HAN.match(tokens[at - 1]) and not known(tokens[at - 1]):
        at -= 1
    return at


def org_spans(tokens: list[str], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of organisation names: each ends on a word that ends in an org suffix and starts
    at a place word ("完成/县/统计局" → 县统计局), never inside a clause ("12/个/政府" is no org)."""
    spans = []
    for k, word in enumerate(tokens):
        if not word or word[-1] not in _ORG_LAST:  # most tokens: no join, no search
            continue
        tail = "".join(tokens[max(0, k - 3):k + 1])  # a suffix jieba cut apart ("县融/媒体/中心")
        suffix = ORG_TAIL.search(tail)
        if suffix is None or NOT_BODIES.search(tail):
            continue
        first, size = k, len(word)
        while size < len(suffix.group()):  # the words the suffix covers
            first, size = first - 1, size + len(tokens[first - 1])
        at = _name_start(tokens, first, known)
        spans.append((first if at is None else at, k + 1))
    return spans
