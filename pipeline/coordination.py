"""Coordinated quantities: what the conjuncts of a list share.

"完成3家水泥企业、2家焦化企业超低排放改造" lists two figures under one verb (完成) and one object (超低排放改造);
"化学需氧量、氨氮、…、挥发性有机物重点工程减排量分别达到…" lists names that share the last one's head (重点工程减排量).
Each conjunct inherits what is shared, so its metric names the whole measure. Plain string work on the clause
the target stage reads (spans of its figures), with jieba's word boundaries to tell a conjunct from the head.
"""

from __future__ import annotations

import re
from itertools import accumulate

from jihua.pipeline.text.segment import tokenizer

Span = tuple[int, int]


def own_part(name: str, width: int, slack: int = 1) -> int | None:
    """Where the last of coordinated names ends its own part and the head the others share begins: the first word
    boundary at least `width` characters in (the longest other name) and at most `slack` more, before two
    characters or more."""
    cuts = accumulate(len(w) for w in tokenizer().cut(name))
    return next((b for b in cuts if width <= b <= width + slack and len(name) - b >= 2), None)


def share_head(names: list[str]) -> list[str]:
    """"城镇和农村常住居民人均可支配收入", "化学需氧量、氨氮、…、挥发性有机物重点工程减排量": the last name holds a head
    the others share (`own_part`), appended to each that does not end in it; without one, names stand as printed.
    Two names pair like words (城镇/农村: the last's own part as long as the first); a longer list varies a little."""
    last = names[-1]
    at = own_part(last, max(len(n) for n in names[:-1]), slack=1 if len(names) > 2 else 0)
    if at is None:
        return names
    head = last[at:]
    return [n if n.endswith(head[-2:]) else n + head for n in names[:-1]] + [last]


def _leading_verbs(words: list[str], verb: re.Pattern[str]) -> str:
    """The verbs a name opens with, each a word of two characters or more matched whole on `verb`: "建设改造农村公路",
    "新建改扩建中小学校" open with two, lent together."""
    run = []
    for w in words:
        if len(w) < 2 or not verb.fullmatch(w):
            break
        run.append(w)
    return "".join(run)


def share_verb(names: list[str], verb: re.Pattern[str]) -> list[str]:
    """"改造城镇老旧小区和棚户区分别…", "培育龙头企业和示范合作社分别…": a first name that opens with verbs
    (`_leading_verbs`) lends them to the names that open with none."""
    first = _leading_verbs(tokenizer().lcut(names[0]), verb)
    if not first or len(first) == len(names[0]):
        return names
    opens = [tokenizer().lcut(n)[:1] for n in names[1:]]
    return [names[0]] + [n if o and verb.fullmatch(o[0]) else first + n for n, o in zip(names[1:], opens, strict=True)]


def lend_verb(previous: str, name: str, verb: re.Pattern[str], own: re.Pattern[str]) -> str:
    """"新建城市公园4个、口袋公园12个": a 、 part that names only the thing it counts is the work of the verbs the part
    before it opens with (`share_verb`), however long its noun; a part with a verb of its own (`own`, matched whole on
    a word: "城镇新增就业3000人", "带动就业300人") measures its own work."""
    if any(len(w) >= 2 and own.fullmatch(w) for w in tokenizer().lcut(name)):
        return name
    return share_verb([previous, name], verb)[1]


def shared_frame(clause: str, figure: Span, figures: list[Span], tail_shared: bool = True) -> tuple[str, str] | None:
    """"完成3家水泥企业、2家焦化企业超低排放改造": when every 、 conjunct after the first opens with its figure, each
    shares the verb before the first figure and the object after the last conjunct's own noun (`own_part`, as
    long as the first's). The words of this figure's measure (完成焦化企业超低排放改造), to clean as a metric, and
    the object shared after the last conjunct ("超低排放改造"; "" when each conjunct ends on its own words, as in
    "实现1.8万人脱贫、38个村出列"); None for any other list, or when nothing is shared. `tail_shared` False: each
    conjunct ends on its own words whatever follows ("做到2小时内响应、24小时内发布权威信息": 权威信息 is only the last's)."""
    bounds = [(b.start(), b.end()) for b in re.finditer(r"[^、]+", clause)]
    firsts = [next((f for f in figures if b <= f[0] < e), None) for b, e in bounds]
    if len(bounds) < 2 or firsts[0] is None \
            or any(f is None or clause[b: f[0]].strip() for f, (b, _) in zip(firsts[1:], bounds[1:], strict=True)):
        return None
    own = next(i for i, (b, e) in enumerate(bounds) if b <= figure[0] < e)
    first, last_figure = firsts[0], firsts[-1]
    if first is None or last_figure is None or firsts[own] != figure:
        return None
    counted = clause[first[1]: bounds[0][1]].strip()
    if not counted:  # "完成造林1.5万亩、85个村通过验收": the first figure closes its measure, no noun for the rest to parallel
        return None
    verb, last = clause[bounds[0][0]: first[0]], clause[last_figure[1]: bounds[-1][1]].strip()
    at = own_part(last, len(counted)) if tail_shared else None
    tail = last[at:] if at is not None else ""
    if not verb.strip() and not tail:
        return None
    noun = clause[figure[1]: bounds[own][1]].strip()
    noun = noun[:at] if own == len(bounds) - 1 and at is not None else noun
    return verb + noun + tail, tail


def own_clause_part(clause: str, figure: Span, verb: re.Pattern[str]) -> Span | None:
    """"完成清产核资、120个村完成股份合作制改革": a figure opening a 、 part after the first, whose part goes on to a verb of
    its own (`verb`, two characters or more, matched on jieba's words), states a measure of its own: the part's span.
    None when the part has no verb ("改造老旧小区、3个棚户区": the verb before is shared)."""
    begin = clause.rfind("、", 0, figure[0]) + 1
    if begin == 0 or clause[begin: figure[0]].strip():
        return None
    end = clause.find("、", figure[1])
    end = len(clause) if end == -1 else end
    words = tokenizer().lcut(clause[figure[1]: end])
    return (begin, end) if any(len(w) >= 2 and verb.fullmatch(w) for w in words[1:]) else None
