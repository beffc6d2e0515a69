"""Targets: a metric with a figure — "国内生产总值增长6.5%左右" → metric 国内生产总值增长, 6.5 %, ≈.

Numbers are read on characters, not tokens, in Arabic and Chinese numerals, with the scale printed
(万/亿/万亿) kept in the unit and applied to a normalised value: that grammar, and the naming of what a
figure measures, are `figure_text`'s. A number with no unit is a figure only where a comparison word
governs it ("死亡率控制在0.9以内") or as a ratio's second term ("师生比1∶200"). What a figure is not — an
ordinal (第二轮), a counted name (八项规定, 一个中国原则), an anniversary, a date, a population described,
a difference printed beside its figure — is data in `rules/targets.py` and `rules/target_scope.py`; the whole a
count names rather than a figure set (全县12个乡镇, what a coverage goal spans) is `figure_scope`'s.

Whether a figure is *set* for the planned period or *reported* as done is `stance`'s to judge;
`target_collect` walks a document and files each figure as a target or an achievement by that verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jihua.pipeline.coordination import own_clause_part, share_verb, shared_frame
from jihua.pipeline.figure_scope import coverage_measure, coverage_scope, upkept, whole_scope
from jihua.pipeline.figure_text import (
    DASHES,
    NUMBER,
    NUMBER_WITH_UNIT,
    RANGE_BEFORE,
    blank_quoted,
    borrowed_metric,
    clean_metric,
    half_width_figures,
    respective_metrics,
    scope_alone,
    unit_kind,
    unit_of,
)
from jihua.pipeline.model import Figure
from jihua.pipeline.rules import target_scope as S
from jihua.pipeline.rules import targets as R
from jihua.pipeline.rules.numbering import SIGN_LIKE, SYMBOL_BULLETS, match_label
from jihua.pipeline.text.numerals import to_number
from jihua.pipeline.text.segment import tokenizer
from jihua.pipeline.text.sentences import clauses as split_clauses
from jihua.pipeline.tiers import mark_tiers

_MIN_METRIC = 3
# a piece's entities, given the paragraph it was taken from (whose tokens it may reuse)
Entities = Callable[[str, str], dict[str, list[str]]]


@dataclass(kw_only=True)
class Found(Figure):
    """A figure read from a clause, and where the clause's number starts in the sentence."""

    clause: str
    start: int


def beyond_whole(figure: Figure) -> bool:
    """A share of a whole above 100% ("达标率保持1009%"): no share can be; nor does a plan set any rate at
    1000% or more. Read off a scan, the figure is a misread (the % sign read as "9%" too); which figure was
    printed cannot be told, so it is no target. A rate that may pass 100% (到位率, 使用率) stays below 1000%."""
    if figure.unit != "%" or float(figure.value) <= 100 or R.UNBOUNDED_RATE.search(figure.metric) is not None:
        return False
    bounded = R.BOUNDED_SHARE.search(figure.metric) is not None
    return bounded or (float(figure.value) >= 1000 and R.ANY_RATE.search(figure.metric) is not None)


def _comparator(m: re.Match[str], before: str) -> str:
    after = m.group("after")
    if after:
        return R.AFTER_COMPARATOR[after]
    if m.group("more") or m.group("more2"):
        return ">="
    sign = R.SIGN_BEFORE.search(before)
    if sign:
        return R.SIGNS[sign.group(1)]
    if R.APPROX.search(before):
        return "≈"
    if R.AT_MOST.search(before):
        return "<="
    if R.AT_LEAST.search(before):
        return ">="
    return "="


def _floor_printed(m: re.Match[str], before: str) -> bool:
    """A floor the plan prints on the figure ("惠及居民500户以上", "受益群众不少于2万人"): a number it commits to, not
    the outcome of the figure before it described; "3000余人", "约3000人" only describe it."""
    return R.AFTER_COMPARATOR.get(m.group("after") or "") == ">=" or R.AT_LEAST.search(before) is not None


def _not_a_target(text: str, m: re.Match[str], before: str, sentence_before: str) -> bool:
    """Ordinals, counted names, anniversaries, described populations, differences, baselines."""
    following = text[m.end(): m.end() + 12]
    if _no_figure_read(text, m, before, sentence_before, following) \
            or _orders_or_names(text, m, before, sentence_before, following) \
            or _sizes_a_standard(text, m, before, sentence_before, following) \
            or _describes_or_compares(text, m, before, sentence_before, following):
        return True
    if not m.group("num")[0].isdigit() and not m.group("pre"):
        return _spelled_not_a_count(text, m, before, following)
    return False


def _no_figure_read(text: str, m: re.Match[str], before: str, sentence_before: str, following: str) -> bool:
    """A number read as no figure: ungoverned where it needs a governing word, a Latin spec naming a class,
    a rate's base, a named survey, a fraction that describes, a day of a month."""
    unit, scale = m.group("unit") or "", m.group("scale")
    if not unit and not m.group("pre") and not (scale and (m.group("after") or not following.strip()
                                                          or S.COUNTED_NOUN.match(following))) \
            and not _governed(text, m, before, sentence_before):
        return True
    if unit in R.GOVERNED_UNITS and not _governed(text, m, before, sentence_before):
        return True
    if unit[-1:].isascii() and unit[-1:].isalpha() and not _latin_governed(text, m, before):
        return True  # "推进6kV及以下线路改造", "推广5GA、F5G等网络": a spec naming a class, no figure set
    if unit not in R.PERCENT_UNITS and unit not in R.EVENT_UNITS and R.RATE_BASE_AFTER.match(text[m.end():]):
        return True  # "十万人生产安全事故死亡率": the base a rate is counted per (an event, "开展1次…密度监测", is none)
    if unit in R.PERCENT_UNITS and R.NAMED_SURVEY_AFTER.match(following):
        return True
    if m.group("pre") and unit:
        return True
    if m.group("denom") and not (m.group("after") or R.GOVERNS_BEFORE.search(before) or R.REACH_BEFORE.search(before)):
        return True  # "三分之一的时间用于…" describes; "达到三分之二以上" sets a share
    if unit == "日" and R.DAY_OF_MONTH_BEFORE.search(text[: m.start()]):
        return True  # "3月15日": a date
    return False


def _orders_or_names(text: str, m: re.Match[str], before: str, sentence_before: str, following: str) -> bool:
    """A count that orders or names: an ordinal, a title's words, what a body is made of, a frame of ideas, a
    phase, how work is divided, a clock time, the place or the whole a measure spans."""
    num, unit = m.group("num"), m.group("unit") or ""
    # (the second figure of a range takes the first's ordinal: "第1-2周", "第3至5批")
    if (R.NEW_ROUND.search(before) and unit in R.ROUND_UNITS) or R.ORDINAL_BEFORE.search(RANGE_BEFORE.sub("", before)) \
            or R.FESTIVALS.match(num) or R.SET_PHRASES.match(text[m.start():]) \
            or _first_pass(text, m, before):
        return True
    if sentence_before.rfind("《") > sentence_before.rfind("》"):
        return True  # "印发《关于…的二十条措施》": a title's words, no quantity
    if R.COMPOSED_OF_BEFORE.search(before) and R.COMPOSED_OF_AFTER.match(text[m.end():]):
        return True  # "成立由十二个部门组成的工作专班": what a body is made of
    if not num[0].isdigit() and (R.COUNTED_IDEAS.match(text[m.start():]) or _sums_up(before, num, text[m.end():])):
        return True  # "三条主线", "A、B、C三个重点领域": a frame described, no quantity committed to
    if R.PHASE.match(text[m.start():]) and _a_phase(before, text[m.end():]):
        return True
    if R.DIVIDED_BEFORE.search(before) and R.DIVIDED_AFTER.match(unit + text[m.end():]):
        return True  # "分两批进行": how the work is divided
    if (R.CLOCK_BEFORE.search(text[: m.start()]) and R.CLOCK_MINUTES.match(num)) \
            or (unit == "对" and not R.PAIRS_AFTER.match(following)):
        return True  # "9:00—17:30对游客开放": a time of day, and 对 the preposition
    if S.SUITED_TO_BEFORE.search(before) and S.SUITED_TO_AFTER.match(text[m.end():]):
        return True  # "结合我镇18个行政村实际": the place described
    if whole_scope(text, m, before) or upkept(text, m):
        return True  # "全县12个乡镇": the size of the whole a measure spans; "规范12个服务站运行": what exists
    return False


def _sizes_a_standard(text: str, m: re.Match[str], before: str, sentence_before: str, following: str) -> bool:
    """A figure that sizes a standard or a thing: the base or rate of a standard, a set of rules carried out,
    a session's ordinal, the size of what is built, a policy or a reach named by its figure."""
    unit = m.group("unit") or ""
    base = RANGE_BEFORE.sub("", before)
    if R.PER_BASE_BEFORE.search(base) or R.FIXED_SERVICE_BEFORE.search(before) or _paid_per_case(unit, base):
        # "按照每300户设置一个投放点", "每200至250张病床配备1名", "按每亩80元补助": the base or the rate of a standard
        return True
    if (R.IMPLEMENTED_SET.match(text[m.start():]) and R.IMPLEMENT_VERB.search(before)) \
            or (R.SESSION_BEFORE.search(before) and R.SESSION_AFTER.match(following)) \
            or (unit == "次" and R.SESSION_ORDINAL_BEFORE.search(before)):
        return True
    if unit in R.LENGTH_UNITS and R.SIZE_NOUN_AFTER.match(following) and (
            R.SIZE_BEFORE.search(before) or (R.DEPTH_BEFORE.search(before) and any(ch.isdigit() for ch in text[m.end():]))):
        return True  # "直径800毫米供水管网": the size of what is built
    if (R.NAMED_POLICY_AFTER.match(following) and _names_a_policy(unit, following) and not R.MOVED_BY_BEFORE.search(before)) \
            or R.NAMED_AFTER.match(following) or R.AREA_BEFORE.search(before) or (unit == "周" and following.startswith("年")) \
            or (unit == "个" and following.startswith("人")) or (unit == "字" and R.MOTTO_AFTER.match(following)) \
            or (unit.endswith("人") and following[:1] in ("的", "民") and not R.AT_LEAST.search(before)):
        return True
    return False


def _describes_or_compares(text: str, m: re.Match[str], before: str, sentence_before: str, following: str) -> bool:
    """A figure that describes or compares: a population, a difference, a baseline or the base of a change,
    whom a measure reaches, a gap to another figure, a qualifying threshold, an age, a change beside its figure."""
    unit = m.group("unit") or ""
    described = R.DESCRIPTIVE_BEFORE.search(before)
    # (a share of a population is a rate set for it: "持卡人数覆盖常住人口98%以上")
    if described and not (described.group(1) and (unit in R.SHARE_SIGN_UNITS or R.ACTS_ON_PEOPLE.search(text[: m.start()]))):
        return True
    if R.DIFFERENCE_BEFORE.search(before) or R.BASELINE_AFTER.match(following):
        return True
    if (R.BASE_BEFORE.search(before) and R.BASE_CHANGE_AFTER.match(following)) \
            or (R.BASE_FRAME_BEFORE.search(text[: m.start()]) and R.BASE_FRAME_AFTER.match(following)):
        return True  # "较上年的2.58亿元增长8.5%", "在上年3.6亿元的基础上": the base a change starts from
    if R.BENEFICIARIES_BEFORE.search(before) and NUMBER_WITH_UNIT.search(sentence_before) \
            and not _LISTED_NEXT.match(text[m.end():]) and not _floor_printed(m, before):
        return True  # (in a 、 list of measures and figures, "涉及居民2860户、建筑面积21.6万平方米", it is one of them)
    if unit in R.PERCENT_UNITS and _gap_to_another(text, m, before, following, sentence_before):
        return True  # "高于全市平均预期目标0.5个百分点": a gap to another figure, not one set
    if _qualifies_for(text, m, before, following):
        return True
    if unit not in R.SHARE_SIGN_UNITS and (m.group("after") in S.THRESHOLD_AFTER or S.OVER_BEFORE.search(before)) \
            and unit not in R.EVENT_UNITS | S.KIND_UNITS \
            and not S.PREDICATE_AFTER.match(following) and not _counts_named_noun(text, unit, before, text[m.end():]) \
            and not _counts_what_follows(text, m, following) \
            and (S.THRESHOLD_NOUN.match(following) or (S.REMOVE_CLASS.search(before) and S.CLASS_NOUN.match(following))
                 or (following.startswith("的") and S.MEASURED_ATTRIBUTE.search(S.OVER_BEFORE.sub("", before.rstrip())))):
        return True
    if unit in R.AGE_UNITS and not R.AGE_METRIC.search(before):
        return True
    if _a_difference(before, text[: m.start()], unit, sentence_before):
        return True
    return False


def _spelled_not_a_count(text: str, m: re.Match[str], before: str, following: str) -> bool:
    """A figure in Chinese numerals that counts nothing: a unit only digits count with, a numeral inside a word,
    or one no event, making, sum, bound or reach makes a quantity ("统一组织", "一核两翼")."""
    num, unit, scale = m.group("num"), m.group("unit") or "", m.group("scale")
    if unit in R.DIGITS_ONLY_UNITS or R.NUMERAL_IN_WORD.search(text[max(0, m.start() - 3): m.start()] + num[:1]) \
            or _opens_a_word(text, m):
        return True
    # Chinese numerals: events ("开展一次"), made things ("建立一个活动室"), sums with a scale or in
    # money ("投入资金三百五十万元"), or a figure held to a bound ("不少于十五个")
    if R.SPELLED_QUANTITY.match(num) or m.group("more") or m.group("more2") or unit.endswith("次"):
        return False
    if R.SPELLED_TENS.match(num) and _tens_counted(before, unit, following):
        return False
    return unit not in R.EVENT_UNITS and not R.MAKE_VERBS.search(before) and not scale \
        and not (unit in R.DOCUMENT_UNITS and R.WRITE_VERBS.search(before)) \
        and not unit.endswith("元") and not R.AT_LEAST.search(before) and not R.AT_MOST.search(before) \
        and not R.REACH_BEFORE.search(before)


def _tens_counted(before: str, unit: str, following: str) -> bool:
    """A spelled count of ten or more that counts things (`R.SPELLED_TENS`): a verb of doing governs it ("实施十件民生
    实事") or it closes its clause after the noun it counts ("修订应急预案十二个"), but no set of rules named by its
    count ("落实防汛新二十条")."""
    if R.DOING_VERBS.search(before):
        return True
    return unit not in R.NAMED_BY_COUNT_UNITS and not re.match(r"[\u4e00-\u9fff]", following)


def _gap_to_another(clause: str, m: re.Match[str], before: str, following: str, sentence_before: str = "") -> bool:
    """A share compared with another figure: the figure compared with ("低于7%左右的预期目标"), or a gap that
    explains a figure ("增长6.5%左右，高于全省平均0.5个百分点"). A gap in points whose clause opens on a measure of
    its own, no figure in it, sets that measure's lead ("农民收入增速快于城镇居民2个百分点以上": value 2, >=); a
    subject that is only a move word points back to the figure before it ("…增长6.5%左右，增速高于全省平均1.5个百分点")."""
    if R.COMPARAND_AFTER.match(following):
        return R.COMPARED_WITH.search(before) is not None
    points = (m.group("unit") or "") in R.POINT_UNITS
    compared = (R.POINTS_COMPARED_WITH if points else R.COMPARED_WITH).search(before)
    if compared is None or not compared.group("than"):
        return False
    if not points:
        return True
    subject = clause[: m.start() - len(before) + compared.start()]
    if R.MOVE_ONLY_SUBJECT.match(subject.strip(" ，,")) and NUMBER_WITH_UNIT.search(sentence_before):
        return True
    return len(clean_metric(subject)) < 2 or NUMBER_WITH_UNIT.search(subject) is not None


def _first_pass(clause: str, m: re.Match[str], before: str) -> bool:
    """一次 that begins a rate's name is "first pass" ("工程一次验收合格率100%"); after a verb ("通报一次目标完成率") or in a
    clause a period opens ("每月发布一次水质达标率") it counts the events."""
    return R.FIRST_PASS_RATE.match(clause[m.start():]) is not None and R.EVENT_CUE_BEFORE.search(before) is None \
        and R.PERIOD_OPENS_EVENT.match(clause[: m.start()].strip()) is None


def _latin_governed(text: str, m: re.Match[str], before: str) -> bool:
    """A Latin-letter unit ("GW", "Mbps") is a figure after a comparison verb ("装机达到1.5GW以上") or where it closes
    its clause ("新增储能装机80MWh"), not as a spec before a name ("330kV以上通道")."""
    return R.LATIN_GOVERNED.search(before) is not None or R.LATIN_CLAUSE_END.match(text[m.end():]) is not None


def _names_a_policy(unit: str, following: str) -> bool:
    """Whether a figure before 政策 is the policy's name ("加计扣除120%政策", "延长30天政策", "三项政策"): it is, unless
    it counts events or things handed out and 政策 only qualifies the noun after it ("开展1次政策宣传")."""
    return not (unit in R.COUNTED_ABOUT_POLICY_UNITS and R.POLICY_QUALIFIES_AFTER.match(following) is not None)


def _paid_per_case(unit: str, before: str) -> bool:
    """Money after 按每… of a case, not of a period ("按每头80元", not "按每年500万元"): a rate each case is paid."""
    rate = R.PER_CASE_RATE_BEFORE.search(before) if unit.endswith("元") else None
    return rate is not None and R.PER_CASE.search(rate.group(0)) is not None


def _qualifies_for(clause: str, m: re.Match[str], before: str, following: str) -> bool:
    """"对…面积达到100亩以上的主体给予补助", "对…缺席达到3次的成员进行约谈": in a clause opened on whom a measure is
    for, a measure bounded, or reached (达到/超过/满 right before it), and followed by 的 names the condition to
    qualify (whatever is named after it), not a figure set."""
    bounded = m.group("after") in S.THRESHOLD_AFTER or S.REACHED_BEFORE.search(before.rstrip()) is not None
    return bounded and following.startswith("的") \
        and S.CLASS_NOUN.match(following) is not None and S.CONDITION_OPENS.match(clause) is not None \
        and S.CONDITION_MEASURE_BEFORE.search(before.rstrip()) is not None


def _counts_named_noun(clause: str, unit: str, before: str, rest: str) -> bool:
    """"组织植保员60名以上巡回指导各村": the figure counts the noun named right before it (`rules.target_scope.COUNTED_BEFORE`),
    so the words after the bound say what they do, not which class it picks out — unless a class follows at once,
    with 的 or without ("…职工300人以上企业"), a count of what follows closes the clause ("培育成员100户以上…合作社10家":
    the first figure sizes the class the second counts), or the clause is one of who qualifies."""
    own_clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return unit in S.COUNTED_BEFORE_UNITS and S.COUNTED_BEFORE.search(before.rstrip()) is not None \
        and not rest.startswith("的") and S.CLASS_NOUN_NEXT.match(rest) is None and not _DIGIT.search(own_clause) \
        and S.REMOVE_CLASS.search(before) is None and S.CONDITION_OPENS.match(clause) is None


def _counts_what_follows(clause: str, m: re.Match[str], following: str) -> bool:
    """"督促30家以上重点企业安装监控": a floor on how many of the noun after it are acted on, its measure word that noun's
    counter (`rules.target_scope.COUNTED_NEXT`) — not a size picking out a class ("职工300人以上企业"). A ceiling ("10家以下")
    counts nothing so, and a clause opened on whom a measure is for ("对30家以上企业…") names a condition."""
    counted = S.COUNTED_NEXT.get(m.group("unit") or "")
    return counted is not None and m.group("after") not in ("以下", "及以下") \
        and counted.match(following) is not None and S.CONDITION_OPENS.match(clause) is None


_CLAUSE_END = re.compile(r"[，,；;。！？]")
_DIGIT = re.compile(r"\d")


def _opens_a_word(text: str, m: re.Match[str]) -> bool:
    """"一条龙服务", "一盘棋", "一揽子", "十周年": the numeral and its counter open a longer word of the dictionary, a
    fixed compound that counts nothing ("建成一条路" cuts 一条 | 路)."""
    counted = m.end("unit") if m.group("unit") else m.end("num")
    at = 0
    for word in tokenizer().cut(text, HMM=False):
        if at >= m.start():
            return at == m.start() and at + len(word) > counted
        at += len(word)
    return False


def _sums_up(before: str, num: str, following: str) -> bool:
    """"公共法律服务、基层社会治理两条主线": a count of the 、 list just before it, as many as it lists."""
    listed = R.LIST_SUMMED_BEFORE.search(before)
    return listed is not None and listed.group(0).count("、") + 1 == to_number(num) \
        and R.LIST_SUMMED_NOUN.match(following) is not None


def _governed(text: str, m: re.Match[str], before: str, sentence_before: str) -> bool:
    """A number with no unit, a score or a grade is a figure where a comparison word governs it: "死亡率控制在0.9以内",
    "满意度达到80分以上", "应用水平达到3级以上"; a ratio "师生比1∶200" always. An ordinal, a date or a bare count is none.
    `sentence_before`: the sentence up to the figure, whose opening may name the case a score is moved for."""
    if m.group("ratio") or m.group("per_one"):  # "1∶200", "2.2∶1"
        return not (R.TIME_OF_DAY_BEFORE.search(before) or R.MAP_SCALE_BEFORE.search(before)
                    or R.MAP_SCALE_AFTER.match(text[m.end():]))
    ends = re.match(r"\s*(?:[，,。；;）)]|$)", text[m.end():]) is not None
    bound = m.group("after") in ("以内", "之内", "以上", "及以上", "以下")
    governed = R.GOVERNS_BEFORE.search(before) is not None
    if m.group("unit"):  # 分, 级; a move by it too ("测评得分提高3分左右"), not a clock's minutes ("8时30分")
        return governed or (bound and ends) \
            or (R.MOVED_BY_BEFORE.search(before) is not None and not _scores_a_case(sentence_before))
    return governed and (bound or ends) and m.group("num")[0].isdigit()


def _scores_a_case(sentence_before: str) -> bool:
    """"获得市级表彰的，增加2分", "未按期完成的单位，考核得分降低3分", "每超出1个百分点，增加0.5分": a sentence opened on
    the case it marks (or a clause before of 每 a case: "位次每前移一位，加1分") is a rule of an assessment, so a score moved in it is no figure set ("测评得分提高2分" is one)."""
    opening = R.SCORED_PART_START.sub("", sentence_before, count=1)
    opens = (S.CONDITION_OPENS, R.CASE_OPENS, R.PER_CASE, R.UNMET_CASE_OPENS)
    cases = _CLAUSE_END.split(opening)[:-1]  # the clauses before the score's: "排名每前进一位，" is a case too
    return any(p.match(opening) for p in opens) \
        or any(R.CASE_CLOSE.search(c) or R.PER_CASE.search(c) for c in cases)


def _a_phase(before: str, following: str) -> bool:
    """"物流园二期" (a phase) or "举办两期" / "编印简报四期" (a count): see `rules.targets.PHASE`."""
    if R.PHASE_COUNTED_BY.search(before):
        return False
    return not (R.PHASE_ENDS_CLAUSE.match(following) and R.PHASE_COUNTED_AFTER.search(before))


# the next member of a 、 list of measures and figures: "、建筑面积21.6万平方米"
_LISTED_NEXT = re.compile(rf"\s*、[^，。；、\d]{{1,12}}?{NUMBER_WITH_UNIT.pattern}")


def _a_difference(before: str, clause_before: str, unit: str, sentence_before: str) -> bool:
    """A change against last year printed to explain a figure: beside that figure, or a change of a
    target against last year's target ("增长目标比上年调低0.5个百分点")."""
    d = R.DIFFERENCE_VERB.search(before)
    if d is None:
        return False
    subject = re.split(r"[，,；;：:]", before[: d.start()])[-1]
    if R.TARGET_NAMED.search(d.group("against")) or R.TARGET_NAMED_END.search(subject.strip()):
        return True
    return _beside_its_figure(clause_before, unit, sentence_before)


def _beside_its_figure(clause_before: str, unit: str, sentence_before: str) -> bool:
    """A difference ("比上年增加300亿元") printed beside the figure it changes: its clause names no metric
    of its own and an earlier figure of the sentence is in a like unit (亿元 and 亿元, % and 个百分点)."""
    d = R.DIFFERENCE_VERB.search(clause_before)
    if d is None or len(clean_metric(clause_before[: d.start()])) >= 2:
        return False
    kind = "%" if unit in R.PERCENT_UNITS else unit
    return any(("%" if u in R.PERCENT_UNITS else u) == kind
               for u in (m.group("unit") for m in NUMBER_WITH_UNIT.finditer(sentence_before)))


def _part_around(clause: str, pos: int) -> str:
    """The enumerated part ("、"-separated) of a clause that holds position `pos`."""
    begin = clause.rfind("、", 0, pos) + 1
    end = clause.find("、", pos)
    return clause[begin: end if end != -1 else len(clause)].strip()


def _cut_tail(clause: str, end: int) -> str:
    """"举行两期电脑培训和法律知识、…的讲座以及…" → the clause up to where a long list goes on. A 、 after the
    clause's only figure lists what it counts ("42家危险化学品生产、经营企业"): no cut there; nor where no list
    goes on after the 和 ("对15名领导干部和国有企业负责人开展经济责任审计": one object, then the verb)."""
    joint = re.compile(r"和|以及|及").search(clause, end)
    rest = clause[joint.end():] if joint else ""
    if joint and len(rest) > 15 and re.search(r"、|和|以及|及", rest):
        return clause[: joint.start()]
    return clause


def _accepted(masked: str, sentence_before: str) -> list[re.Match[str]]:
    hits: list[re.Match[str]] = []
    last = 0
    for m in NUMBER.finditer(masked):
        if not _not_a_target(masked, m, masked[last: m.start()], sentence_before + masked[:m.start()]):
            hits.append(m)
            last = m.end()
    # a range "5%—5.5%": its first figure belongs to the second
    hits = [m for m in hits if not re.match(rf"\s*[{DASHES}]\s*\d", masked[m.end():])]
    # "(上下半年各一次)" restates a figure given outside the brackets
    inside = [m for m in hits if _in_brackets(masked, m.start())]
    return [m for m in hits if m not in inside] if len(inside) < len(hits) else hits


def _in_brackets(text: str, pos: int) -> bool:
    opened = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
    closed = max(text.rfind("）", 0, pos), text.rfind(")", 0, pos))
    return opened > closed


def _found(clause: str, masked: str, m: re.Match[str], text: str, metric: str, before: str) -> Found | None:
    value = to_number(m.group("num"))
    if value is None:
        return None
    tenths = m.group("unit") == "成"  # 三成 is 30%, 七成五 75%
    if tenths:
        value = value * 10 + (to_number(m.group("tenth") or "") or 0)
    if m.group("denom"):  # "三分之二以上": a share, two thirds of them
        value = round(value * 100 / (to_number(m.group("denom")) or 100), 2)
    unit = unit_of(m)
    scale = R.SCALES.get(m.group("scale") or "", 1.0)
    low = high = None
    rng = RANGE_BEFORE.search(masked[: m.start()])
    if rng and rng.group("scale") not in (None, m.group("scale")):
        rng = None  # "8000万—1.2亿元": the bounds in two magnitudes, no range of printed figures
    if rng:
        low, high = to_number(rng.group(1)), value
        value = low if low is not None else value
    period = R.PERIODS.search(clause)
    begin = rng.start() if rng else m.start()
    comparator = _comparator(m, before)
    if rng and comparator == "=":  # "增长6%—6.5%": at least its lower bound, the value it is read as
        comparator = ">="
    if m.group("ratio"):  # "师生比不低于1∶200": a floor on the ratio is a ceiling on its second term
        comparator = {">=": "<=", "<=": ">="}.get(comparator, comparator)
    return Found(clause=text, value=value, unit=unit, comparator=comparator,
                 period=period.group(0) if period else None, start=m.start(), metric=metric,
                 value_text=clause[begin: m.end()].strip(), normalized=float(value) * scale,
                 base_unit="%" if tenths else (m.group("unit") or "").replace("％", "%") or (unit if m.group("pre") else ""),
                 low=low, high=high)


def _unlabelled(text: str) -> str:
    label = match_label(text)
    return label[1] if label and label[0].family not in ("part", "chapter", "section") else text


def _describe(clauses: list[tuple[int, str]], k: int, masked: str, m: re.Match[str],
              listed: list[re.Match[str]], previous_metric: str | None,
              clause_metric: str | None = None, clause_unit: str | None = None) -> tuple[str, str]:
    """(text, metric) of one figure: its clause, or its "、" part when the clause lists several (whether the
    figure follows its measure or opens the part); the whole clause only where the parts share an object after
    the last one ("完成3家水泥企业、2家焦化企业超低排放改造"), which no part names alone. A figure that says too
    little borrows the nearer measure: that of the figure before it in its clause ("6.5%左右、力争达到7%"), else the
    clause before it ("每个社区不少于1场"); a part that names nothing reads only in its whole clause. A staged clause that
    is only a year and its figure ("…覆盖率达到60%，2027年达到70%") takes the measure the clause before it was read for
    (`clause_metric`), that clause's own year no part of it — only where its unit is of the kind of the figure before
    (`clause_unit`; "…覆盖率达到60%，2027年新增5个" names another measure), nor a dated clause before it."""
    clause = clauses[k][1]
    several = len(listed) > 1
    framed = shared_frame(masked, m.span(), [h.span() for h in listed], tail_shared=not _deadlines(listed)) \
        if several else None
    if framed is not None:
        return _unlabelled(_part_around(clause, m.start()) if not framed[1] else clause), clean_metric(framed[0])
    part = own_clause_part(masked, m.span(), R.LEAD_VERBS) if not several else None
    if part is not None:
        begin, end = part
        text = clause[begin: end].strip()
    else:
        text = _unlabelled(_part_around(clause, m.start()) if several else _cut_tail(clause, m.end()))
        begin = masked.rfind("、", 0, m.start()) + 1 if several else 0
        end = masked.find("、", m.start()) if several else -1
        end = len(masked) if end == -1 else end
    metric = clean_metric(clause[begin: m.start()] + " " + clause[m.end(): end])
    year_alone = R.YEAR_ALONE.match(metric) is not None and unit_kind(m) == clause_unit
    moves = R.moves_only(metric)  # "…完成12.6亿元、增长5%": the move has no subject of its own, it borrows the one before
    says_too_little = len(metric) < _MIN_METRIC or scope_alone(metric) or year_alone or moves
    if year_alone and previous_metric is None and k > 0 and clause_metric:
        return text, R.STAGE_YEAR.sub("", clause_metric) or clause_metric
    if says_too_little and previous_metric is not None:  # "增长6.5%左右、力争达到7%", "分别提高到850元、650元"
        names_own = metric and not (scope_alone(metric) or moves or year_alone)
        if names_own:  # "新建幼儿园3所、小学2所", "改造公路50公里、桥梁3座": its own noun, the verb before lent to it
            money = (m.group("unit") or "").endswith("元")  # ("新建厂房5万平方米、投资2亿元": 投资 alone)
            return text, metric if money else share_verb([previous_metric, metric], R.LEAD_VERBS)[1]
        # a move keeps its own clause as text ("增长5%"): the measure it moves is its metric, borrowed
        return text if metric else clause, borrowed_metric(previous_metric, "" if year_alone else metric)
    if says_too_little and k > 0:
        previous, own = _unlabelled(clauses[k - 1][1]), metric
        metric = borrowed_metric(clean_metric(previous), "" if year_alone else metric)
        # a lead-in clause ("启动…计划，今年开工580万套"), not one with a figure of its own ("培训每季度一次"), nor a
        # standard of its own (`_own_standard`)
        if year_alone and R.YEAR.search(previous):  # "2026年实现全覆盖，2027年达到95%": that clause's own stage
            return text, own
        if not any(x.group("unit") for x in NUMBER.finditer(blank_quoted(previous))) and not _own_standard(clause, own):
            text = f"{previous}，{text}"
    return text, metric


def _deadlines(listed: list[re.Match[str]]) -> bool:
    """"2小时内响应、24小时内发布信息": every part a deadline (`rules.targets.DEADLINE_BOUNDS`), its own action after it."""
    return all(h.group("after") in R.DEADLINE_BOUNDS and h.group("unit") in R.TIME_SPANS for h in listed)


def _own_standard(clause: str, own: str) -> bool:
    """A clause opening with its own basis — a period (每日, 每学期) or a per-one (每人, 每户) — and naming its own action
    after it is a standard of its own ("…直通车，每日发车不少于30班次", "…，每户每年走访不少于4次"), though its metric
    borrows the measure before it; "…开设国防教育课，每学期不少于2课时" and "…，每户不少于1名" name none. (`own`: the
    clause's metric, its periods already left out.)"""
    if R.PERIODS.match(clause):
        return len(own) >= 2
    return S.PER_ONE.match(clause) is not None and len(S.PER_ONE.sub("", own)) >= 2


def _leading_period(clauses: list[tuple[int, str]]) -> re.Match[str] | None:
    """A period opening a sentence that scopes the clauses after it: a year's (全年, 年内) always; a
    recurring one (每月, 每季度) only as a lead-in clause of its own ("每季度，…召开一次…"): "每季度开展一次
    走访，建成示范点15个" counts the points once, not each quarter."""
    lead = R.PERIODS.match(clauses[0][1]) if clauses else None
    if lead is None or not lead.group(0).startswith("每"):
        return lead
    return lead if not NUMBER.search(blank_quoted(clauses[0][1])[lead.end():]) else None


def find_targets(sentence: str) -> Iterator[Found]:
    """Every figure in one sentence that can be a target (with a unit, or governed by a comparison word: a rate,
    a score, a ratio), with its clause and metric; two tiers of one metric (确保…、力争…) marked as such."""
    sentence = half_width_figures(sentence)
    found = list(_figures(sentence))
    mark_tiers(sentence, found)
    return iter(found)


# "——地区生产总值增长6%左右；——…", "• …"; a hyphen or star before a figure may be its sign
_LIST_MARK = re.compile(rf"^(?:——|—|－－|[{SYMBOL_BULLETS}])\s*(?=\S)|^(?:--|[{''.join(SIGN_LIKE)}])\s*(?=[^\s\d])")


def _unmarked(start: int, clause: str, blank: int) -> tuple[int, str]:
    """A clause without the dash or bullet a list opens each entry with: the mark is no part of the
    measure's name or its text."""
    mark = _LIST_MARK.match(clause)
    return (start + blank + mark.end(), clause[mark.end():]) if mark else (start, clause)


def _figures(sentence: str) -> Iterator[Found]:
    clauses = [_unmarked(start, text.strip(), len(text) - len(text.lstrip()))
               for start, _, text in split_clauses(sentence) if text.strip()]
    lead = _leading_period(clauses)
    cases = _case_conditions([clause for _, clause in clauses])
    last_metric: str | None = None  # the measure of the clause before's last figure, and that figure's kind
    last_kind: str | None = None
    out: list[Found] = []
    for k, (start, clause) in enumerate(clauses):
        if k in cases:
            last_metric = None
            continue
        dated = last_metric is not None and R.STAGE_YEAR.search(last_metric) is not None
        masked = blank_quoted(clause)
        hits = _accepted(masked, sentence[:start])
        scope = coverage_scope(clause, masked, hits)
        if scope:
            hits = []  # the clause's counts only count the whole it covers: no figure of its own
        names = respective_metrics(masked, hits)
        last = 0
        previous: str | None = None  # the metric of the clause's figure before
        listed = "="
        kind: str | None = last_kind  # the kind of the figure before (`unit_kind`)
        for n, m in enumerate(hits):
            before = masked[last: m.start()]
            last = m.end()
            text, metric = _describe(clauses, k, masked, m, hits if names is None else [], previous, last_metric,
                                     kind)
            if n == 0 and dated and last_metric and metric == R.STAGE_YEAR.sub("", last_metric):
                _undate(out, last_metric, metric)  # "大桥2025年完成投资3亿元，2026年完成5亿元": one measure
            previous = metric
            kind = unit_kind(m)
            found = _found(clause, masked, m, text, names[n] if names else metric, before)
            if found is None:
                continue
            if names and found.comparator == "=" and hits[-1].group("after"):  # "分别增长8%和8.5%左右"
                found.comparator = R.AFTER_COMPARATOR[hits[-1].group("after")]
            if names and n == 0 and not m.group("after"):  # "分别不少于5家、10家": the word before the first
                listed = found.comparator  # figure bounds every figure of the list
            elif names and found.comparator == "=" and not m.group("after") and listed != "=":
                found.comparator = listed
            if found.period is None and lead is not None and found.base_unit not in R.SHARE_SIGN_UNITS:
                found.period = lead.group(0)  # "每月开展一次抽查，…合格率不低于95%": a rate has no period
            found.start += start
            out.append(found)
        last_metric, last_kind = previous, (kind if hits else None)
        if not hits:
            covered = coverage_measure(clause, clauses[k - 1][1] if k else "", counted=scope)
            if covered is not None:  # no figure, but a stage after it goes on with its measure: "…全覆盖，2027年达到95%"
                last_metric, last_kind = covered, "%"
    yield from out


def _undate(found: list[Found], dated: str, metric: str) -> None:
    """The stage before a staged clause reads the measure that clause reads, its own year left out."""
    for f in found:
        if f.metric == dated:
            f.metric = metric


def _case_conditions(clauses: list[str]) -> set[int]:
    """The clauses (by index) that pick out a case the rest of the sentence provides for (`rules.targets.CASE_CLOSE`):
    a grading band or a threshold, no figure set."""
    picked: set[int] = set()
    for k, clause in enumerate(clauses[:-1]):
        if not R.CASE_CLOSE.search(clause):
            continue
        first = k
        while first > 0 and R.CASE_JOINED.match(clauses[first]):
            first -= 1
        picked.update(range(0 if R.CASE_OPENS.match(clauses[0]) else first, k + 1))
    return picked
