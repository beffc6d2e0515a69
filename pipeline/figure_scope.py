"""The whole a count names rather than a figure the plan sets: "全县12个乡镇要…" (how many there are), "实现全县186个
行政村…全覆盖" (what a coverage goal spans), "全县86个行政村集体收入全部达到8万元以上" (the whole a figure is set for),
"规范12个村服务站运行" (what exists, kept up), "整合9个站组建3个中心" (what exists, merged). Apart from `targets` (which reads a sentence's figures) as one subject:
a count is what it counts, not a commitment. The cue words are data in `rules/target_scope.py`.
"""

from __future__ import annotations

import re

from jihua.pipeline.figure_text import NUMBER_WITH_UNIT, clean_metric
from jihua.pipeline.rules import target_scope as S


def whole_scope(text: str, m: re.Match[str], before: str) -> bool:
    """How many divisions the whole has ("全县12个乡镇要…", "对全县186个行政村…检查"), not some of them chosen
    ("选取全县5个乡镇开展试点"); a coverage goal reads its own scope (`coverage_scope`). Any counted whole names the
    scope where its clause sets a figure of its own for every one of them ("全市40所学校食堂均不低于90分", "辖区内17所
    学校…达到90分以上"); "全市9家企业营业收入超过8亿元" sets how many are to pass the bar. A measure carried out on
    every one of them ("对全县7家企业开展全覆盖检查") has the count name the whole too."""
    whole = S.WHOLE_SCOPE_BEFORE.search(before)
    after = text[m.end():]
    unit = m.group("unit") or ""
    if whole is None or S.CHOSEN_FROM_BEFORE.search(before[:whole.start()]) or S.CHOSEN_AFTER.match(after):
        return False
    if S.ACTED_ON_ALL_BEFORE.search(before[:whole.start()]) and S.ACTED_ON_ALL_AFTER.match(after):
        return True  # "对全县7家企业开展全覆盖检查": the measure reaches every one there is
    if "覆盖" in after:
        return False
    if unit == "个" and S.DIVISIONS_AFTER.match(after) is not None:
        return True
    lead = text[: m.start() - len(before) + whole.start()]
    every_one = S.EVERY_ONE_AFTER.match(after) is not None \
        or (S.WHOLE_OF_ALL.match(whole.group(0)) is not None and S.OWN_FIGURE_AFTER.match(after) is not None)
    return unit in S.COVERAGE_SCOPE_UNITS and not m.group("after") and every_one and S.ACTED_ON_LEAD.search(lead) is None


def covers_the_whole(text: str, m: re.Match[str]) -> bool:
    """"项目覆盖全区7个社区卫生服务中心": what is covered is the whole (全区, 所有), so the count is how many there are —
    the coverage is the commitment, no figure set; "覆盖12个村" counts some, a target. Counted places, bodies or things
    only, with no bound ("覆盖全县20个以上村" sets a floor)."""
    if m.group("after") or (m.group("unit") or "") not in S.COVERAGE_SCOPE_UNITS:
        return False
    before = text[: m.start()]
    whole = S.WHOLE_SCOPE_BEFORE.search(before)
    return whole is not None and S.COVERS_WHOLE_BEFORE.search(before[: whole.start()]) is not None


def listed_with_whole(text: str, m: re.Match[str], counts: list[re.Match[str]]) -> bool:
    """"全县12个乡镇（街道）、43个县直部门和8家驻县单位", "覆盖全区7个中心、3个卫生院和46个村卫生室": a count listed after one
    that names the whole (`whole_scope`, `covers_the_whole`), nothing but its noun and 、/和 between
    (`S.LISTED_BETWEEN`), counts a part of that same whole — no figure set. `counts`: the numbers read in `text`."""
    if m.group("after") or (m.group("unit") or "") not in S.COVERAGE_SCOPE_UNITS:
        return False
    earlier = [n for n in counts if n.end() <= m.start()]
    end = m.start()
    for n in reversed(earlier):  # walk back the list, member by member, to its first count
        if n.group("after") or S.LISTED_BETWEEN.match(text[n.end(): end]) is None:
            return False
        if whole_scope(text, n, text[: n.start()]) or covers_the_whole(text, n):
            return True
        end = n.start()
    return False


def upkept(text: str, m: re.Match[str]) -> bool:
    """"规范镇服务中心和12个村服务站运行": things already there, named as what an upkeep verb works on (their running,
    their management) — a count of what exists, no figure set; "新建12个服务站", "规范建设12个服务站" set one."""
    return not m.group("after") and S.UPKEEP_BEFORE.search(text[: m.start()]) is not None \
        and S.UPKEEP_AFTER.match(text[m.end():]) is not None


def merged(text: str, m: re.Match[str], sentence_after: str = "") -> bool:
    """"整合9个街道文化站组建3个文化中心", "将9个文化站合并为3个": things already there, named as what is merged into a
    new body — a count of what exists; the body made is the figure set. Merged with nothing made ("撤并小学6所") is the
    work itself, counted; so is money merged ("整合涉农资金3000万元"). The body made may open the next clause
    (`sentence_after`, the sentence after `text`): "整合4个村，组建1个中心社区"."""
    if m.group("after") or (m.group("unit") or "") not in S.COVERAGE_SCOPE_UNITS:
        return False
    before, after = text[: m.start()], text[m.end():]
    if (goes_on := S.MERGE_GOES_ON.match(sentence_after)) is not None:
        after += sentence_after[goes_on.end():]
    return (S.MERGE_BEFORE.search(before) is not None and S.MERGED_INTO_AFTER.match(after) is not None) \
        or (S.MERGED_OBJECT_BEFORE.search(before) is not None and S.MERGED_AS_AFTER.match(after) is not None)


def merged_lead(clause: str, counts: list[re.Match[str]], start: int) -> int:
    """Where the text of a figure at `start` begins when a merged count (`merged`) stands before it in its clause: at
    the verb of what the merge makes ("整合9个文化站组建3个文化中心" → "组建3个文化中心"), the figure's own commitment;
    0 where none does. `counts`: the numbers read in the clause."""
    for n in counts:
        if n.end() <= start and merged(clause, n):
            made = S.MERGED_RESULT.search(clause, n.end(), start)
            if made is not None:
                return made.start()
    return 0


def coverage_scope(clause: str, masked: str, hits: list[re.Match[str]]) -> bool:
    """A coverage goal whose every figure counts the whole it spans ("实现全县186个行政村…全覆盖"): places, bodies or
    things after 全县/所有/全部 — a share ("80%以上企业"), money or land is a figure of its own."""
    return bool(hits) and _FULL_COVERAGE.search(clause) is not None and all(
        m.group("unit") in S.COVERAGE_SCOPE_UNITS and not m.group("scale") and not m.group("pre")
        and S.COVERAGE_SCOPE_BEFORE.search(masked[:m.start()]) for m in hits)


# "实现村级综合服务站全覆盖", "重点人群家庭医生签约服务全覆盖": a goal of every one of them, but no figure printed —
# no target (a plan's targets are the figures it prints; a share of 100% is one only where it is printed, "覆盖率达到
# 100%"), though a stage after it goes on with what it covers ("…全覆盖，2027年达到95%"). The clause must end on it
# ("全覆盖开展排查" only says how a measure is done). The same said verb first: "覆盖全部定点医疗机构", "覆盖全县各行政村".
_FULL_COVERAGE = re.compile(r"(?:实现|达到|做到|推动|推进|确保)?(?:基本)?全覆盖[。；;！!]?$|"
                            r"(?<=覆盖)(?:全[省市县区镇乡])?(?:全部|所有|每一?个|各[个类级]?)"
                            r"(?P<what>(?:(?!的)[\u4e00-\u9fff]){2,16})[。；;！!]?$")
_COVERAGE_VERB = re.compile(r"^(?:实现|达到|做到|推动|推进|确保|力争|争取)")
_NOT_YET = re.compile(r"(?:未|没有|不能|难以)能?(?:实现|达到|做到|覆盖)?(?:基本)?$")  # "尚未覆盖所有乡镇": a gap, no goal


def coverage_measure(clause: str, previous: str, counted: bool = False) -> str | None:
    """What a 全覆盖 (or 覆盖 all of them) clause covers: the clause before it (with what 覆盖全部 names), or — when the
    clause is only "实现全覆盖" — the clause before that ("…服务站规范化建设，实现全覆盖"). `counted`: the clause's
    figures only count the whole it spans ("实现全县186个行政村…全覆盖"), so they stand in its words."""
    m = _FULL_COVERAGE.search(clause)
    if m is None:
        return None
    if S.COUNTED_COVERAGE.search(clause[: m.start()]) or _NOT_YET.search(clause[: m.start()]):
        return None  # "推动实现四个全覆盖": four coverages named, no share stated; "尚未实现全覆盖": none set
    metric = _COVERAGE_VERB.sub("", clean_metric(clause[: m.start()] + (m.group("what") or "")))
    if len(metric) < 2:
        metric = _COVERAGE_VERB.sub("", clean_metric(previous))
    if len(metric) < 2 or (NUMBER_WITH_UNIT.search(clause) and not counted):
        return None
    return metric
