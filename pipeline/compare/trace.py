"""Trace: for each measure and target of a plan, does the year's summary report it?

The question a 双拥办 asks at year end. Wording differs between a plan ("春节、“八一”期间走访慰问
驻县部队…送去慰问金和慰问品") and its summary ("走访慰问驻县部队和重点优抚对象320人次"), so a
measure is judged by what was done: the plan's content words (jieba, IDF-weighted, folded
through a small synonym table; 慰问 is covered by 走访慰问) found in one summary passage, a short
measure's within a clause or two side by side (over the whole sentence when it states the measure's
count: "新建…12处") — the measure's own heading ("开展走访慰问") counts as its name, and a long measure is found by one
clause of it found nearly whole ("开展非法营运专项打击行动，对网约车平台…"), and a programme by its quoted
name ("推动“兵支书”队伍建设" by "新选任“兵支书”23名"). A target is met or not by metric and figure against
the figures the summary reports (its `achievements`), with recurring periods counted per year ("每季度一次"
is met by "全年4次"), people counted alike by any counter (200人 ~ 186名); a rate or share only against a
figure that measures the same (its head: a 权重 in a score is no 通过率, 比例 ~ 占比), a change only against
a change (较上年增长10% ~ 同比增长15.2%), and never by a figure whose sentence shares only the object.
A word most of the plan's items hold is its theme (体育 in a sports plan) and weighs little: a passage sharing
only it is no evidence. A timetable row is read whole and cell by cell with its row header; a sentence that
only introduces what follows ("具体安排如下。") is no measure. A cell's target, whose metric carries its row's name,
is met by a figure that omits the name, unless another row prints the same work: then only by one naming its row.
Evidence does the same kind of work (改造 reports no 新建, `making_kinds`) on what the metric counts, not only its
setting (社区 of 社区阅读活动, `Matcher.key_words`); a long measure not found whole is found by any one clause.
"""

from __future__ import annotations

import math
import re
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import Any, Literal, NamedTuple, Protocol

from jihua.pipeline.compare.trace_figures import (
    Figures,
    figure_of,
    in_unit_of,
    passage_figures,
    results,
    to_date,
)
from jihua.pipeline.compare.trace_rows import Compared, compared_by, names_row, row_cells, table_rows
from jihua.pipeline.compare.views import Part, flatten, side_of, target_side
from jihua.pipeline.rules.lexicon import (
    COMPARISON_WORDS,
    CONTACT_FIELD,
    CONTENT_WORD,
    INTRODUCES_WHAT_FOLLOWS,
    REPORT_TITLE,
    STOPWORDS,
    TIME_WORDS,
)
from jihua.pipeline.rules.periods import YEAR_PART, summed_months, year_part
from jihua.pipeline.rules.targets import (
    ACTION_LEAD,
    DIMENSION_WORDS,
    HELD,
    LAST_YEAR_BASIS,
    NEW_COUNT,
    PER_YEAR,
    PERCENT_UNITS,
    RATE_ENDING,
    SHARE,
    SHARE_WORD,
    STOCK,
    STOCK_TARGET,
    SYNONYMS,
    YEARS_SHARE,
    counted_alike,
    kinds_agree,
    making_kinds,
    per_year,
    states_change,
)
from jihua.pipeline.text.idf import Idf
from jihua.pipeline.text.script import folded
from jihua.pipeline.text.sentences import clauses
from jihua.schemas import plan
from jihua.schemas.trace import MeasureTrace, TargetTrace, TraceCounts, TraceResult

PLANNED = ("measures", "goals", "schedule", "safeguards", "evaluation", "outlook")
REPORTED_AT = 0.5
NAME_AT = 0.7  # a measure's heading ("做好退役士兵安置") found this fully names what was done
FIGURE_AT = 0.45  # a reported figure belongs to a target from this metric cover on
SHARED_WORDS = 0.5  # a reported figure's sentence holds at least this share of a target's metric words
CLAUSE_AT = 0.8  # a clause of a measure found this fully, nearly word for word, reports it
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
_LOOKING_AHEAD = ("outlook", "problems")
# a name in quotes or title marks ("“阳光安置”", "《档案工作动态》"): one word, whatever jieba would cut
_QUOTED = re.compile(r"[“\"「《]([^”\"」》]{2,20})[”\"」》]")
# a quoted name that names a day or a period ("“八一”", "“十四五”"), not a programme or a measure
_TIME_NAME = re.compile("|".join(map(re.escape, TIME_WORDS)) + r"|十[一二三四五六七八九]五")
_PLAN_TITLE = re.compile(r"计划|方案|要点|安排|打算")
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


def _passages(doc: plan.Document) -> tuple[list[tuple[str, str]], frozenset[int]]:
    """What the summary reports: its sentences, leaving out 问题 and 下一步打算; and which of them open
    the summary before its first part (when it has parts)."""
    parts = [p for p in flatten(doc) if p.type not in _LOOKING_AHEAD] or flatten(doc)
    passages = [(item.text, part.heading, part.type == "preamble") for part in parts for item in part.items]
    opening = frozenset(k for k, (_, _, lead) in enumerate(passages) if lead) if doc.sections else frozenset()
    return [(text, heading) for text, heading, _ in passages], opening


def _measures(p: plan.Document, matcher: Matcher) -> list[MeasureTrace]:
    rows = table_rows(p)
    # an indicator table's rows ("森林覆盖率 | 45% | 46%以上") set the targets read from them, each
    # traced by its figure among the targets: listed again as a measure, a row would be counted twice
    indicators = {row_cells(t.sentence) for t in p.targets if " | " in t.sentence}
    out = []
    for part in flatten(p):
        # the document's own tables (a 任务分解表 with no headings) plan as a part's do: of the opening text
        # only their rows, found among the tables' rows, are measures
        opening = part.type == "preamble"
        if part.type not in PLANNED and not opening:
            continue
        for item in part.items:
            if opening and item.text not in rows:
                continue
            readings = rows.get(item.text, (item.text,))
            if readings is None or (item.text in rows and row_cells(item.text) in indicators) \
                    or _lead_in(item.text, matcher) or _contact(item.text):
                continue
            own = frozenset(figure_of(t) for t in p.targets if t.unit and t.text and t.text in item.text)
            score, k = max((_measure_score(part, what, matcher, own) for what in readings), key=lambda f: f[0])
            hit = k is not None and score >= REPORTED_AT
            out.append(MeasureTrace(text=item.text, section=part.heading, similarity=round(score, 3),
                                    status="reported" if hit else "not_mentioned",
                                    match=matcher.passages[k][0] if hit and k is not None else None,
                                    match_section=matcher.passages[k][1] if hit and k is not None else None))
    return out


def _lead_in(text: str, matcher: Matcher) -> bool:
    """A sentence that only introduces what follows ("各项工作按月推进，具体安排如下。"): it ends on a lead-in
    and its other clauses name no action of their own (`CLAUSE_CONTENT`). One that sets a task first
    ("推动农村公路提档升级，新建港湾式停靠站40个，重点抓好以下工作：") is a measure."""
    if not INTRODUCES_WHAT_FOLLOWS.search(text):
        return False
    before = [c for _, _, c in clauses(text)][:-1]
    return matcher.content(matcher.words("，".join(before))) < CLAUSE_CONTENT


def _contact(text: str) -> bool:
    """A sentence of contact fields only ("服务站地址：东湖路12号，咨询电话0571-8801234。"): how to reach the body,
    no planned measure, whatever figures its numbers hold."""
    fields = [c.strip() for c in re.split(r"[，,；;。！!]", text) if c.strip()]
    return bool(fields) and all(CONTACT_FIELD.fullmatch(c) for c in fields)


def _measure_score(part: Part, text: str, matcher: Matcher, figures: Figures) -> tuple[float, int | None]:
    """The sentence's cover; for a sentence of several clauses not found whole, its best clause found
    nearly whole ("开展非法营运专项打击行动，对网约车平台…，督促平台…" by "开展非法营运专项打击行动，查处…"),
    scaled; for a part that is one measure whose sentence is not found, its heading's cover, scaled.
    Evidence comes from the summary's parts: its opening names the year's themes in the plan's own words
    ("提升档案利用服务水平") and reports no measure — only the year's overall outcome, so a clause of the
    plan's goals found nearly whole there ("全区未发生重大道路运输责任事故") is reported. Failing all these, any one
    clause found as a measure of its own (`Matcher.some_clause`) reports it."""
    score, k = matcher.best(text, in_parts=True, figures=figures, kinds=making_kinds(folded(text)))
    if score < REPORTED_AT:
        clause, ck = matcher.best_clause(text, in_parts=part.type != "goals")
        if clause >= CLAUSE_AT:
            return max(REPORTED_AT, clause * REPORTED_AT / NAME_AT), ck
    name = matcher.words(part.heading)
    if score < REPORTED_AT and len(part.items) <= 2 and sum(map(len, name)) >= 4:
        named, nk = matcher.best(part.heading, in_parts=True)
        if named >= NAME_AT and named > score and nk is not None and matcher.shares_subject(matcher.words(text), nk):
            return max(REPORTED_AT, named * REPORTED_AT / NAME_AT), nk
    if score < REPORTED_AT and (quoted := matcher.named(text))[1] is not None:
        return max(REPORTED_AT, quoted[0]), quoted[1]
    if score < REPORTED_AT and (one := matcher.some_clause(text))[1] is not None:
        return one
    return score, k


def _status(t: plan.Target, got: plan.Target, months: tuple[int, int] = (1, 12)) -> Literal["met", "not_met", "reported"]:
    """Met or not over the months the summary sums up (`summed_months`): a recurring target asks its count per period
    ("每季度一次": 4 of a year's summary, 2 of a 上半年总结); a count is met when reached. Short of it before the target
    is due, it is in progress (`reported`), not missed: a year's total in a 上半年总结 ("新增床位8张" against "新增
    床位5张"), a period longer than the months summed ("每年一次" in a 第一季度总结), a period begun and not ended
    ("每季度一次" in a 1—5月总结: one quarter due, a second under way)."""
    span = months[1] - months[0] + 1
    period = folded(t.period) if t.period else None
    value = float(t.normalized or t.value)
    want = per_year(value, period) * span / 12 if period in PER_YEAR else value
    got_period = folded(got.period) if got.period else None  # a traditional copy's 每季度 reads as the simplified
    have = float(got.normalized or got.value)
    if got_period in PER_YEAR:
        have = per_year(have, got_period) * span / 12
    if t.comparator == "<=":
        met = have <= want * (1 + 1e-9)
    else:
        met = have >= want * (0.95 if t.comparator == "≈" else 1 - 1e-9)
    if met:
        return "met"
    return "not_met" if _due(t, period, value, have, months) else "reported"


def _due(t: plan.Target, period: str | None, value: float, have: float, months: tuple[int, int]) -> bool:
    """Whether a target not met by the summary's figure is missed by the months it sums up: a recurring one when the
    figure falls short of its whole periods in them ("每月一次" in a 上半年总结: 6), one for a part of the year when that
    part has ended ("上半年完成…", "年底前…" in a year's summary), a cap on a count once passed (it only grows);
    a level held ("保持在95%以上") whenever it slips; a year's total or a rate to reach in a report on part of the year is
    still under way."""
    span = months[1] - months[0] + 1
    if period in PER_YEAR:
        whole = math.floor(span * PER_YEAR[period] / 12 + 1e-9)
        return have < value * whole * (1 - 1e-9) if t.comparator != "<=" else True
    part = YEAR_PART.search(period or "")
    if (year_part(part)[1] if part else 12) <= months[1] or HELD.search(t.text):
        return True
    return t.comparator == "<=" and (t.base_unit or t.unit) not in PERCENT_UNITS


class _Reported(NamedTuple):
    """A figure the summary reports, with what every target's comparison reads of it, read once."""

    target: plan.Target
    unit: str
    head: tuple[str, bool] | None
    metric_words: str  # joined for `Matcher.cover`
    sentence_words: str
    to_date: bool
    years_share: bool
    change: bool
    kinds: frozenset[str]  # the kinds of work its clause names (`making_kinds`)


def _reported(reported: list[plan.Target], matcher: Matcher, year: int | None) -> list[_Reported]:
    return [_one_reported(r, matcher, year) for r in reported]


def _one_reported(r: plan.Target, matcher: Matcher, year: int | None) -> _Reported:
    """A figure whose own clause names no more than what it measures ("发放率96.3%", "同比增长15.2%") measures
    what its sentence names before it ("累计发放优待证1.63万张，发放率96.3%"): its metric is the sentence's."""
    metric, sentence = matcher.words(r.metric or r.text), "|".join(matcher.words(r.sentence or r.text))
    return _Reported(r, counted_alike(folded(r.base_unit or r.unit)), matcher.head(r.metric or r.text),
                     sentence if len(metric) <= 1 else "|".join(metric), sentence, to_date(r, year),
                     bool(YEARS_SHARE.search(r.text)), states_change(r.text), making_kinds(folded(r.text)))


def _figure_for(t: plan.Target, reported: list[_Reported], matcher: Matcher,
                compared: Compared) -> tuple[tuple[float, plan.Target | None], tuple[float, plan.Target | None]]:
    """The summary's figure in the same unit (or one counting alike: 场 for 次) whose metric (and sentence) covers
    one of the target's metrics, and names its row if it must (`compared_by`) —
    the year's own figure, and apart from it the best running total ("累计建成36间"), which is
    evidence the work was reported but never the year's result. Of equal covers the one marked as
    the year's share ("其中今年新建8间") wins. A figure for another kind of work on the same object ("改造公墓5处"
    for "新建公墓4处") or whose sentence names none of the metric's `key_words` (only its setting: "社区消防检查"
    for "社区阅读活动") is none of the target's."""
    unit, change = counted_alike(folded(t.base_unit or t.unit)), states_change(t.text)
    kinds = making_kinds(folded(t.text))
    # ("今年累计发放…" is the year's running total, no stock)
    whole_stock = bool(STOCK_TARGET.search(t.text)) and not NEW_COUNT.search(t.text) and not YEARS_SHARE.search(t.text)
    best: dict[bool, tuple[float, bool, plan.Target | None]] = {False: (0.0, False, None), True: (0.0, False, None)}
    for metric in compared.metrics:
        want, head, named = matcher.words(metric), matcher.head(metric), matcher.key_words(metric)
        for r in reported:
            if r.unit != unit or r.change != change or not matcher.heads_agree(head, r.head, r.metric_words) \
                    or not matcher.agrees(want, r.sentence_words) or not matcher.holds(named, r.sentence_words) \
                    or not kinds_agree(kinds, r.kinds) \
                    or not names_row(compared, matcher, r.metric_words, r.sentence_words):
                continue
            if whole_stock and NEW_COUNT.search(r.target.text) and not STOCK.search(r.target.text):
                continue  # the year's additions are no count of the whole stock
            score = 0.5 * matcher.cover(want, r.metric_words) + 0.5 * matcher.cover(want, r.sentence_words)
            key = (score, r.years_share, r.target)
            if key[:2] > best[r.to_date][:2]:
                best[r.to_date] = key
    return (best[False][0], best[False][2]), (best[True][0], best[True][2])


def _targets(p: plan.Document, s: plan.Document, matcher: Matcher) -> list[TargetTrace]:
    headings = {sec.id: sec.heading for sec in plan.walk(p.sections)}
    # what the summary reports as done: not the figures its 问题 and 打算 parts name
    aside = {sec.id for sec in plan.walk(s.sections) if sec.type in _LOOKING_AHEAD}
    reported = _reported(results([a for a in s.achievements if a.section_id not in aside]), matcher, _year_reported(s))
    compared = compared_by(p, matcher)
    months = summed_months(s.title, _opening_text(s))
    out = []
    for t in p.targets:
        side, section = target_side(t), headings.get(t.section_id or "", "")
        (score, got), (total_score, total) = _figure_for(t, reported, matcher, compared[t.id])
        if got is not None and score >= FIGURE_AT:
            out.append(TargetTrace(target=side, section=section, status=_status(t, got, months),
                                   reported_value=in_unit_of(t, got), similarity=round(score, 3), match=got.sentence or got.text))
            continue
        if total is not None and total_score >= FIGURE_AT:  # only a total to date: reported, not the year's result
            out.append(TargetTrace(target=side, section=section, status="reported", similarity=round(total_score, 3),
                                   match=total.sentence or total.text))
            continue
        kinds = making_kinds(folded(t.text))
        score, k, metric = max(((*matcher.best(m, by_clause=True, kinds=kinds), m) for m in compared[t.id].metrics),
                               key=lambda f: f[0])
        hit = k is not None and score >= REPORTED_AT and matcher.shares_subject(matcher.words(metric), k) \
            and names_row(compared[t.id], matcher, matcher.joined[k])
        out.append(TargetTrace(target=side, section=section, status="reported" if hit else "not_mentioned",
                               similarity=round(score, 3), match=matcher.passages[k][0] if hit and k is not None else None))
    return out


def _opening_text(s: plan.Document) -> str:
    """The summary's opening paragraph, before its first part ("2026年1—8月，站里…"): where a report whose title names
    no period says which months it sums up."""
    parts = flatten(s)
    return parts[0].items[0].text if parts and parts[0].type == "preamble" and parts[0].items else ""


def _warnings(p: plan.Document, s: plan.Document) -> list[str]:
    """A summary given where the plan belongs (or the other way round) traces nothing useful."""
    plan_reports = bool(REPORT_TITLE.search(p.title)) and not _PLAN_TITLE.search(p.title)
    summary_plans = bool(_PLAN_TITLE.search(s.title)) and not REPORT_TITLE.search(s.title)
    figures_swapped = len(p.achievements) > len(p.targets) and len(s.targets) > len(s.achievements)
    if plan_reports or summary_plans or figures_swapped:
        return [f"'{p.title}' reads as a summary and '{s.title}' as a plan: were the files given in the "
                "wrong order? (jihua trace PLAN SUMMARY)"]
    reports_on = _year_reported(s)
    if p.year is not None and reports_on is not None and p.year != reports_on:
        return [f"the plan is for {p.year} and the summary reports on {reports_on}: a plan is traced against "
                "the summary of its own year"]
    return []


def _year_reported(s: plan.Document) -> int | None:
    """The year a summary reports on: the year its title dates it by ("2024年上半年工作总结",
    "2024年工作总结及2025年打算"); a report that plans without calling itself a summary
    ("2025年政府工作报告") looks back on the year before."""
    if s.year is None or s.doc_type != "summary_plan" or REPORT_TITLE.search(s.title):
        return s.year
    return s.year - 1


def _consistent(measures: list[MeasureTrace], targets: list[TargetTrace], matcher: Matcher) -> list[MeasureTrace]:
    """The two tables must not contradict each other: a measure whose own target the summary reports
    on ("举办招聘会30场" against "举办招聘会32场") is reported, whatever its other words; and a target
    that is its measure's only one, the measure reported ("建立学生心理健康档案，覆盖率100%" against
    "完成全体学生心理健康筛查并建档"), is reported at least, its figure not found — unless the passage
    names rates and none of them the target's ("密闭化改造率" against "备案登记率100%")."""
    owned = [(m, [t for t in targets if t.target.text and t.target.text in m.text]) for m in measures]
    for m, own in owned:
        if m.status == "not_mentioned":
            t = next((t for t in own if t.status != "not_mentioned" and t.match), None)
            if t is not None:
                m.status, m.match = "reported", t.match
    for m, own in owned:
        if m.status == "reported" and m.match and len(own) == 1 and own[0].status == "not_mentioned" \
                and _names_its_rate(own[0], m.match, matcher):
            own[0].status, own[0].match = "reported", m.match  # (a measure of several targets may report one)
    return measures


def _names_its_rate(t: TargetTrace, passage: str, matcher: Matcher) -> bool:
    """Whether a passage may speak of the target: it names no rate, or one that agrees with the target's."""
    heads, words = matcher.heads(passage), matcher.words(passage)
    head = matcher.head(t.target.metric or t.target.text)
    return not heads or any(matcher.heads_agree(head, h, words) for h in heads)


def trace(plan_result: plan.ParseResult, summary_result: plan.ParseResult, nlp: Nlp) -> TraceResult:
    p, s = plan_result.documents[0], summary_result.documents[0]
    passages, opening = _passages(s)
    planned = [item.text for part in flatten(p) for item in part.items]
    matcher = Matcher(nlp, passages, opening, passage_figures(passages, [*s.achievements, *s.targets]), planned)
    targets = _targets(p, s, matcher)
    measures = _consistent(_measures(p, matcher), targets, matcher)
    counts = TraceCounts(
        measures_reported=sum(m.status == "reported" for m in measures),
        measures_not_mentioned=sum(m.status == "not_mentioned" for m in measures),
        targets_met=sum(t.status == "met" for t in targets), targets_not_met=sum(t.status == "not_met" for t in targets),
        targets_reported=sum(t.status == "reported" for t in targets),
        targets_not_mentioned=sum(t.status == "not_mentioned" for t in targets),
    )
    return TraceResult(plan=side_of(plan_result, p), summary=side_of(summary_result, s), counts=counts,
                       measures=measures, targets=targets, warnings=_warnings(p, s))
