"""Which series a stored document belongs to: its org and its title's topic, years taken out.

A series is one office's plan for one topic over the years. Offices rename the kind of a yearly
plan now and then (2023年双拥工作计划, 2024年双拥工作要点, 2025年双拥工作安排) without starting a new
series, so the kind word that ends a title is folded to its kind: the plan words to 工作计划, the
summary words to 工作总结 (the key stays readable: "某局|双拥工作计划"). Kinds that name another
document (实施方案, 规划, 工作报告) stay as printed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from jihua.pipeline.rules.lexicon import YEAR
from jihua.pipeline.text.normalize import bare

# 2017年度, 2017年, a bare "2017某县…" (年度 first: "2024年度" leaves no 度 behind)
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年度|" + YEAR.pattern + r"|(?<!\d)(?:19|20)\d{2}(?!\d)|年度|上半年|下半年")
_NOISE = re.compile(r"^关于|^印发|[（(【][^）)】]{0,10}[）)】]$|篇[一二三四五六七八九十\d]+$|^篇[一二三四五六七八九十\d]+[:：]")
_KINDS = ((re.compile(r"(?:工作)?的?(?:计划|要点|安排|思路|打算)$"), "工作计划"),
          (re.compile(r"(?:工作)?的?(?:总结|情况报告|情况汇报|汇报)$"), "工作总结"))


# an organ's full name and the short one titles use ("中国人民政治协商会议某县委员会" signs what "某县政协…要点"
# titles): one form for the key, so the same office's files key alike whichever name parse took
_ORG_FORMS = ((re.compile(r"中国人民政治协商会议(.+?)委员会"), r"\1政协"),
              (re.compile(r"(.+?)人民代表大会常务委员会"), r"\1人大常委会"),
              (re.compile(r"中国共产党(.+?)委员会"), r"中共\1委"),
              (re.compile(r"中国共产主义青年团(.+?)委员会"), r"共青团\1委"),
              (re.compile(r"人民政府"), "政府"),
              # the party's local committee and its departments sign with 中共 or without it
              # ("中共某县委组织部" / "某县委组织部", "中共某市纪委"): the bare form is the key's
              (re.compile(r"中共(?=[\u4e00-\u9fff]{1,16}?[省市县区州盟旗乡镇]纪?委)"), ""))


def _short_forms(text: str) -> str:
    for full, short in _ORG_FORMS:
        text = full.sub(short, text)
    return text


@lru_cache(maxsize=65536)
def org_form(org: str) -> str:
    """An org as the series key holds it: its short form, bare and lower-cased — the same office
    whichever of its names a file signs with (the search's org filter compares these too)."""
    return bare(_short_forms(org)).lower()


def series_key(title: str, org: str | None) -> str:
    """`org|topic`: the org as parse gave it (the archive never re-derives it; a full organ name in
    its short form) and the title without years, org, 关于/印发 and a trailing bracket, its kind
    word folded to its kind."""
    org = _short_forms(org or "")
    topic = _YEARISH.sub("", _short_forms(title))
    if org:
        topic = topic.replace(org, "")
    topic = _NOISE.sub("", topic)
    for kind, folded in _KINDS:
        topic = kind.sub(folded, topic, count=1)
    return f"{org_form(org)}|{bare(topic)}"


def rekey(conn: Any) -> None:
    """Migrations 6 and 7: every stored document's series under the key above (6: its kind word
    folded; 7: a party committee's 中共 optional)."""
    rows = conn.execute("SELECT id, title, org, series_key FROM documents").fetchall()
    conn.executemany("UPDATE documents SET series_key = ? WHERE id = ?",
                     [(key, row[0]) for row in rows if (key := series_key(row[1], row[2])) != row[3]])
