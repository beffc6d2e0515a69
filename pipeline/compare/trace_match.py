"""Trace: how a plan's text is found in a summary, the one matcher measures and targets share.

A plan and its summary word the same work differently, so a text is matched by its content words (jieba,
IDF-weighted, synonyms folded, a quoted name kept whole) within one summary passage: a short text within a
clause or two side by side, a rate only against a rate of the same head, a word most of the plan's items
hold (its theme) weighing little. Kept apart from `trace` so the verdicts (reported, met, not met) read
without the matching's word bookkeeping.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import Any, Protocol

from jihua.pipeline.compare.trace_figures import Figures
from jihua.pipeline.rules.compare_words import (
    DIMENSION_WORDS,
    LAST_YEAR_BASIS,
    RATE_ENDING,
    SHARE,
    SHARE_WORD,
    SYNONYMS,
    kinds_agree,
    making_kinds,
)
from jihua.pipeline.rules.lexicon import COMPARISON_WORDS, CONTENT_WORD, STOPWORDS, TIME_WORDS
from jihua.pipeline.rules.targets import ACTION_LEAD
from jihua.pipeline.text.idf import Idf
from jihua.pipeline.text.script import folded
from jihua.pipeline.text.sentences import clauses

REPORTED_AT = 0.5  # a text covered this fully by a summary passage is reported there

SHARED_WORDS = 0.5  # a reported figure's sentence holds at least this share of a target's metric words
# a clause of a measure names an action of its own from this much content on (IDF summed): five plain words
# ("开展非法营运专项打击行动" 35), not a few common ones ("深入推进各项工作" or "保持良好工作态势": ~20)
CLAUSE_CONTENT = 30.0
# a text of this many content words or fewer names one action ("新建乡镇污水处理站6座"): a report says it in
# one place, a clause or two side by side, so its words are looked for there, not across a whole sentence
# whose clauses each share a common word with it (新建 in one, 社区 in another, 养老 in a third)
FEW_WORDS = 6
# a word held by this many of the plan's items or fewer (or a sixth of a long plan's) names them; held by
# more, it is the plan's theme (体育 in a sports plan, 退役军人 in a veterans' one) and names none
FEW_ITEMS = 3
# a name in quotes or title marks ("“阳光安置”", "《档案工作动态》"): one word, whatever jieba would cut
_QUOTED = re.compile(r"[“\"「《]([^”\"」》]{2,20})[”\"」》]")
# a quoted name that names a day or a period ("“八一”", "“十四五”"), not a programme or a measure
_TIME_NAME = re.compile("|".join(map(re.escape, TIME_WORDS)) + r"|十[一二三四五六七八九]五")
# a metric that is a rate, degree or share: its last word says what it measures
_RATE_NAME = re.compile(r"(?:[率度]|占比|比重|比例|权重)$")
_RATE_WORD = re.compile(r"(?<=[\u4e00-\u9fff])(?:率|占比|比重|比例|权重)")
# the verbs the synonym table folds to ("召开" → 举行): a verb of doing, as `ACTION_LEAD`'s
_FOLDED_VERBS = frozenset(SYNONYMS.values())


class Nlp(Protocol):
    """What matching needs of the parse's NLP resources: a jieba tokenizer and the IDF table."""

    jieba: Any
    tfidf: Idf


class Matcher:
    """Finds the summary passage that best covers a plan text's content words."""

    def __init__(self, nlp: Nlp, passages: list[tuple[str, str]], opening: frozenset[int] = frozenset(),
                 figures: list[Figures] | None = None, planned: list[str] | None = None) -> None:
        self.nlp = nlp
        self.idf = nlp.tfidf.idf_freq
        self.median_idf = nlp.tfidf.median_idf
        # the plan's items, each as its words joined: how many hold a word says how generic it is here
        self.planned = ["|".join(self.words(text)) for text in planned or []]
        self._spread: dict[str, float] = {}
        self.passages = passages
        self.opening = opening  # the summary's opening paragraphs, before its parts: a general lead
        self.tokens = [self.words(text) for text, _ in passages]
        self.joined = ["|".join(words) for words in self.tokens]  # what `cover` searches, built once
        # each passage's clauses apart, with the rates they name: "培训420人次，考核通过率98%" reports a
        # 通过率, not a 考核权重
        self.clause_tokens = [[("|".join(self.words(c)), self.heads(c), making_kinds(folded(c))) for _, _, c in clauses(text)]
                              for text, _ in passages]
        # each passage's stretches of one clause or two side by side, with the kinds of work they name (`making_kinds`):
        # where a text of `FEW_WORDS` is found
        self.nearby = [[(c, kinds) for c, _, kinds in cs] + [(f"{a}|{b}", ka | kb) for (a, _, ka), (b, _, kb) in pairwise(cs)]
                       for cs in self.clause_tokens]
        self.figures = figures or [frozenset()] * len(passages)  # what each passage states with a unit

    def sequence(self, text: str) -> list[str]:
        """Content words in reading order, synonyms folded and a rate or degree to its stem (满意度, 满意率
        → 满意); a quoted name ("军民共建美丽乡村") stays one word and any name of a share is 比例. Read in
        simplified characters: jieba's dictionary and the IDF table know those words, not a traditional copy's."""
        text = folded(text)
        out = [m.group(1) for m in _QUOTED.finditer(text)]
        text = LAST_YEAR_BASIS.sub("，", _QUOTED.sub("，", text))  # 较上年, 同比: a basis, no content
        for piece in SHARE.split(text):
            out += [RATE_ENDING.sub("", SYNONYMS.get(w, w)) for w in self.nlp.jieba.cut(piece)
                    if CONTENT_WORD.fullmatch(w) and not _filler(w)]
            out.append(SHARE_WORD)
        return out[:-1]

    def words(self, text: str) -> set[str]:
        """The content words of `sequence`, as a set."""
        return set(self.sequence(text))

    def head(self, metric: str) -> tuple[str, bool] | None:
        """What a rate, share or weight measures — the word its name ends in (考核权重 → 权重, 考核通过率 →
        通过, 回收占比 → 比例), and whether it is a rate or share — or None for a count or a sum."""
        name = _QUOTED.sub("", folded(metric)).rstrip()
        if not (ending := _RATE_NAME.search(name)):
            return None
        words = self.sequence(name)
        return (words[-1], ending.group(0) != "权重") if words else None

    def heads(self, clause: str) -> list[tuple[str, bool]]:
        """The rates, shares and weights a clause names ("考核通过率98%" → 通过)."""
        clause = folded(clause)
        return [h for m in _RATE_WORD.finditer(clause) if (h := self.head(clause[:m.end()]))]

    def heads_agree(self, want: tuple[str, bool] | None, got: tuple[str, bool] | None,
                    got_words: set[str] | str) -> bool:
        """Two metrics measure alike unless both name what they measure and differ (考核权重 ≠ 考核通过率);
        a rate is a share of its whole, so a share agrees with any rate (覆盖率 ~ 占比)."""
        if want is None or got is None or self.cover({want[0]}, got_words) > 0:
            return True
        return want[1] and got[1] and SHARE_WORD in (want[0], got[0])

    def agrees(self, want: set[str], got: str) -> bool:
        """Whether a passage (its words joined by "|") holds at least half of a metric's words, each word
        one, rare or not: the object a summary speaks of throughout (退役军人) is one word of
        "帮助退役军人实现就业", not most of it, whatever its weight."""
        return sum(w in got for w in want) >= SHARED_WORDS * len(want)

    def cover(self, want: set[str], got: set[str] | str) -> float:
        """IDF-weighted share of `want` found in `got` (its words, or them joined by "|" once for many
        calls); a word inside a longer one counts (安置 ⊂ 安置任务)."""
        if not want:
            return 0.0
        within = got if isinstance(got, str) else "|".join(got)
        weight = {w: self.weight(w) for w in want}
        return sum(weight[w] for w in want if w in within) / sum(weight.values())

    def content(self, words: set[str]) -> float:
        """How much words say, their IDF summed (`CLAUSE_CONTENT`)."""
        return sum(self.idf.get(w, self.median_idf) for w in words)

    def shares_subject(self, want: set[str], k: int) -> bool:
        """Whether passage `k` holds a word of `want` that is no theme of the plan (`_spread`), when it has
        one: "推进客运站智能监控改造…" is not reported by a passage naming only its part's heading
        ("强化道路运输安全监管，坚持每月开展安全检查"), nor "体育公园3个" by one naming only 体育."""
        own = {w for w in want if self.spread(w) == 1.0} or want
        return any(w in self.joined[k] for w in own)

    def weight(self, word: str) -> float:
        """A word's weight: its IDF, scaled down when many of the plan's items hold it (`_spread`). In a
        sports plan 体育 is in most items (体育赛事, 体育指导员, 学校体育, 体育产业…) and names none of them:
        a summary sentence sharing only it ("扎实推进体育强县建设，各项工作取得新成效") reports no "体育公园3个"."""
        return self.idf.get(word, self.median_idf) * self.spread(word)

    def spread(self, word: str) -> float:
        """`_spread` of a word over the plan's items, counted once per word."""
        if (known := self._spread.get(word)) is None:
            known = self._spread[word] = _spread(sum(word in item for item in self.planned), len(self.planned))
        return known

    def best(self, text: str, in_parts: bool = False, by_clause: bool = False,
             figures: Figures = frozenset(), kinds: frozenset[str] = frozenset()) -> tuple[float, int | None]:
        """The passage that best covers `text`; `in_parts`: only one of the summary's parts, not its
        opening (which speaks of everything: "着力提升档案利用服务水平和安全保障能力"); `by_clause`: within
        one clause of a passage that names no other rate than `text`'s and its `key_words`, as a metric is named;
        else a text of a few words within a clause or two side by side, or over a passage stating one of its
        `figures` (`near_cover`). A clause doing another kind of work than `kinds` (改造 for 新建) is none."""
        want = self.words(text)
        head, key = (self.head(text), self.key_words(text)) if by_clause else (None, set())
        best, best_k = 0.0, None
        for k in range(len(self.passages)):
            if in_parts and k in self.opening:
                continue
            score = self.clause_cover(want, head, k, key, kinds) if by_clause else self.near_cover(want, k, figures, kinds)
            if score > best:
                best, best_k = score, k
        return best, best_k

    def clause_cover(self, want: set[str], head: tuple[str, bool] | None, k: int, key: AbstractSet[str] = frozenset(),
                     kinds: frozenset[str] = frozenset()) -> float:
        """The best cover of `want` by one clause of passage `k` naming no rate other than `head`, one of `key`
        (when given) and no other kind of work than `kinds`."""
        return max((self.cover(want, c) for c, heads, got in self.clause_tokens[k]
                    if (not heads or any(self.heads_agree(head, h, c) for h in heads))
                    and self.holds(key, c) and kinds_agree(kinds, got)), default=0.0)

    def near_cover(self, want: set[str], k: int, figures: Figures = frozenset(),
                   kinds: frozenset[str] = frozenset()) -> float:
        """The cover of `want` by passage `k`; of a text of `FEW_WORDS`, by the passage's best clause or two
        side by side ("对12个老旧小区实施改造，全部完成" reports "完成老旧小区改造") doing no other kind of work
        than `kinds` ("改造公墓5处" reports no "新建公墓4处") — unless the passage states one of the text's
        `figures` with its unit: a shared count ("新建调蓄池9座" ~ "…，建成调蓄池9座") ties the sentence to the
        measure, so its words are looked for over the whole sentence."""
        if len(want) > FEW_WORDS or figures & self.figures[k]:
            return self.cover(want, self.joined[k])
        return max((self.cover(want, c) for c, got in self.nearby[k] if kinds_agree(kinds, got)), default=0.0)

    def key_words(self, metric: str) -> set[str]:
        """What a metric counts, one of which a passage must name to report it: its words after a leading verb
        of doing and the first word, which qualifies the rest (a name is head-final: "社区阅读活动" is 阅读 in a
        社区, "改造农村户厕" 户厕 of 农村) — "开展社区消防检查" shares only the setting with "社区阅读活动"; a
        quoted name is its own key, and one word too; a word naming only the dimension ("军训时间": the unit says it,
        "军训7天") is none."""
        quoted = {m.group(1) for m in _QUOTED.finditer(folded(metric))}
        words = list(dict.fromkeys(w for w in self.sequence(metric) if w not in quoted and w not in DIMENSION_WORDS))
        while len(words) > 1 and (ACTION_LEAD.fullmatch(words[0]) or words[0] in _FOLDED_VERBS):
            words = words[1:]
        return quoted | set(words[1:] if len(words) > 1 else words)

    @staticmethod
    def holds(key: AbstractSet[str], got: str) -> bool:
        """Whether words joined by "|" name one of `key` (a word inside a longer one counts, as in `cover`); no key
        asks nothing."""
        return not key or any(w in got for w in key)

    def best_clause(self, text: str, in_parts: bool = True) -> tuple[float, int | None]:
        """The best cover of any one clause of a several-clause sentence that names an action of its own
        (`CLAUSE_CONTENT`); `in_parts` as for `best`. A list of examples in it is found by any of its
        members: "开展客运站、危险货物运输企业等…整治" finds "开展客运站、旅游包车、危险货物运输企业等…整治"."""
        parts = [c for _, _, c in clauses(text)]
        found: tuple[float, int | None] = (0.0, None)
        for clause in parts if len(parts) > 1 else []:
            want = self.words(clause)
            if self.content(want) < CLAUSE_CONTENT:
                continue
            members = self.listed(clause)
            for k, got in enumerate(self.joined):
                if in_parts and k in self.opening:
                    continue
                missing = [m for m in members if self.cover(m, got) == 0]
                unlisted = want - set().union(*missing) if len(missing) < len(members) else want
                found = max(found, (self.cover(unlisted, got), k), key=lambda f: f[0])
        return found

    def some_clause(self, text: str) -> tuple[float, int | None]:
        """The best match of any one clause of a several-clause measure sought as a measure of its own, in the
        summary's parts: "推进城乡环境整治一体化，实施…中转站标准化改造，…，加强垃圾分类督导" is reported by
        "全年开展垃圾分类督导检查280次" though the sentence as a whole is not. A clause counts with two words
        or more, two of them found side by side and one its `key_words` (no setting alone), doing the same kind
        of work (`making_kinds`), and one word that is no theme of the plan (`shares_subject`)."""
        parts = [c for _, _, c in clauses(text)]
        found: tuple[float, int | None] = (0.0, None)
        for clause in parts if len(parts) > 1 else []:
            want, key, kinds = self.words(clause), self.key_words(clause), making_kinds(folded(clause))
            if len(want) < 2:
                continue
            for k, stretches in enumerate(self.nearby):
                if k in self.opening:
                    continue
                reach = [self.joined[k]] if len(want) > FEW_WORDS else [c for c, got in stretches if kinds_agree(kinds, got)]
                for got in reach:
                    score = self.cover(want, got)
                    if score >= REPORTED_AT and score > found[0] and sum(w in got for w in want) >= 2 \
                            and self.holds(key, got) and self.shares_subject(want, k):
                        found = (score, k)
        return found

    def named(self, text: str) -> tuple[float, int | None]:
        """The summary part's passage that names one of `text`'s quoted names ("推动“兵支书”队伍建设" by
        "全县新选任“兵支书”23名"), the best covering of them: a programme's own name, found whole on both
        sides, is the measure however little else the report repeats of it."""
        names = {m.group(1) for m in _QUOTED.finditer(text) if not _TIME_NAME.fullmatch(m.group(1))}
        found: tuple[float, int | None] = (0.0, None)
        want = self.words(text)
        for k, (passage, _) in enumerate(self.passages):
            if k not in self.opening and any(name in passage for name in names):
                found = max(found, (self.cover(want, self.joined[k]), k), key=lambda f: f[0])
        return found

    def listed(self, clause: str) -> list[set[str]]:
        """The members of a 、 list in a clause, each as its content words: the whole of an inner item, the
        word next to the mark of the first and the last ("客运站", "旅游包车", "危险货物运输企业")."""
        items = clause.split("、")
        if len(items) < 2:
            return []
        first, last = self.sequence(items[0]), self.sequence(items[-1])
        inner = [self.words(item) for item in items[1:-1]]
        return [m for m in [set(first[-1:]), *inner, set(last[:1])] if m]


def _spread(holding: int, items: int) -> float:
    """How much a word names an item of a plan of `items` when `holding` items hold it: fully while a few
    hold it (a sixth of the items, at least `FEW_ITEMS`), then as few over holding — a word in 8 items of 30
    weighs 5/8 of its IDF."""
    few = max(FEW_ITEMS, items / 6)
    return min(1.0, few / holding) if holding else 1.0


def _filler(word: str) -> bool:
    """A word that names no content: a stopword, a comparator, or two stopwords jieba keeps as one
    ("深入开展", "积极推进")."""
    if word in STOPWORDS or word in COMPARISON_WORDS:
        return True
    return len(word) == 4 and word[:2] in STOPWORDS and word[2:] in STOPWORDS
