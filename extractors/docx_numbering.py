"""Resolve Word automatic numbering (w:numPr) to the label the reader sees.

A heading typed as "指导思想" with a numbering of "%1、" in chineseCounting shows as
"一、指导思想" in Word, but python-docx's `paragraph.text` has no "一、". This module reads
numbering.xml (abstractNum levels, lvlText, numFmt, start, lvlOverride/startOverride,
lvlRestart, isLgl, numStyleLink) and keeps the counters Word keeps, one set per list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jihua.extractors.numfmt import render
from jihua.extractors.xml_numbers import whole
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
_LVL_REF = re.compile(r"%([1-9])")


def on(el: etree._Element | None) -> bool | None:
    """A Word on/off property: None when absent, else on unless its w:val says 0/false/off."""
    if el is None:
        return None
    return el.get(f"{{{W}}}val") not in ("0", "false", "off")


def _val(el: etree._Element | None, name: str = "val") -> str | None:
    return None if el is None else el.get(f"{{{W}}}{name}")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False


@dataclass
class ListDef:
    """One w:num: its abstract definition plus per-instance overrides."""

    abstract_id: str
    levels: dict[int, Level]
    start_overrides: dict[int, int] = field(default_factory=dict)


def _parse_level(lvl: etree._Element) -> Level:
    level = Level()
    start = _val(lvl.find("w:start", NS))
    if start is not None and start.lstrip("-").isdigit():
        level.start = int(start)
    level.fmt = _val(lvl.find("w:numFmt", NS)) or "decimal"
    text = lvl.find("w:lvlText", NS)
    level.text = (_val(text) or "") if text is not None else ""
    restart = _val(lvl.find("w:lvlRestart", NS))
    level.restart = int(restart) if restart and restart.isdigit() else None
    level.legal = lvl.find("w:isLgl", NS) is not None and _val(lvl.find("w:isLgl", NS)) not in ("0", "false")
    return level


class NumberingResolver:
    """Stateful per document: call `label()` for numbered paragraphs in body order."""

    def __init__(self, numbering_xml: etree._Element | None, style_num: dict[str, tuple[str, int]]) -> None:
        self._abstracts: dict[str, dict[int, Level]] = {}
        self._abstract_style_link: dict[str, str] = {}
        self._nums: dict[str, ListDef] = {}
        self._style_num = style_num
        # counters are kept per abstract list, as Word does for w:num sharing one abstractNum
        self._counters: dict[str, dict[int, int]] = {}
        self._started_nums: set[tuple[str, int]] = set()
        if numbering_xml is not None:
            self._load(numbering_xml)

    def _load(self, root: etree._Element) -> None:
        for absn in root.findall("w:abstractNum", NS):
            aid = _val(absn, "abstractNumId") or ""
            self._abstracts[aid] = {whole(_val(lvl, "ilvl"), 0): _parse_level(lvl) for lvl in absn.findall("w:lvl", NS)}
            link = _val(absn.find("w:numStyleLink", NS))
            if link:
                self._abstract_style_link[aid] = link
        for num in root.findall("w:num", NS):
            nid = _val(num, "numId") or ""
            aid = _val(num.find("w:abstractNumId", NS)) or ""
            levels = dict(self._abstracts.get(aid, {}))
            overrides: dict[int, int] = {}
            for ov in num.findall("w:lvlOverride", NS):
                ilvl = whole(_val(ov, "ilvl"), 0)
                so = _val(ov.find("w:startOverride", NS))
                if so is not None and so.lstrip("-").isdigit():
                    overrides[ilvl] = int(so)
                lvl = ov.find("w:lvl", NS)
                if lvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            self._nums[nid] = ListDef(aid, levels, overrides)

    def _resolve_links(self, list_def: ListDef) -> ListDef:
        """An abstractNum with numStyleLink takes its levels from the style's own list."""
        link = self._abstract_style_link.get(list_def.abstract_id)
        if link and not list_def.levels and link in self._style_num:
            target = self._nums.get(self._style_num[link][0])
            if target is not None:
                return ListDef(target.abstract_id, target.levels, list_def.start_overrides)
        return list_def

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter for (list, level) and return the rendered label."""
        if num_id in ("", "0") or num_id not in self._nums:
            return None
        list_def = self._resolve_links(self._nums[num_id])
        level = list_def.levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(list_def.abstract_id, {})
        key = (num_id, ilvl)
        if ilvl in list_def.start_overrides and key not in self._started_nums:
            self._started_nums.add(key)
            counters[ilvl] = list_def.start_overrides[ilvl] - 1
            for deeper in [k for k in counters if k > ilvl]:
                del counters[deeper]
        counters[ilvl] = counters.get(ilvl, self._start(list_def, ilvl) - 1) + 1
        self._reset_deeper(list_def, counters, ilvl)
        if level.fmt == "bullet":
            return level.text or "•"
        return self._format(list_def, counters, level)

    def _start(self, list_def: ListDef, ilvl: int) -> int:
        level = list_def.levels.get(ilvl)
        return level.start if level else 1

    @staticmethod
    def _reset_deeper(list_def: ListDef, counters: dict[int, int], ilvl: int) -> None:
        for deeper in [k for k in counters if k > ilvl]:
            lvl = list_def.levels.get(deeper)
            restart = lvl.restart if lvl else None
            if restart == 0:
                continue  # lvlRestart 0: this level never restarts
            if restart is None or restart - 1 >= ilvl:
                del counters[deeper]

    def _format(self, list_def: ListDef, counters: dict[int, int], level: Level) -> str:
        def sub(match: re.Match[str]) -> str:
            ref = int(match.group(1)) - 1
            ref_level = list_def.levels.get(ref, Level())
            value = counters.get(ref, self._start(list_def, ref))
            fmt = "decimal" if level.legal and ref_level.fmt != "none" else ref_level.fmt
            return render(fmt, value)

        return _lost_comma(_LVL_REF.sub(sub, level.text))


_CN_NUMERAL_MARK = re.compile(r"(?<=[零〇一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟])\?$")


def _lost_comma(label: str) -> str:
    """A Chinese numeral's "、" that a code-page conversion wrote as "?" (LibreOffice's RTF list template keeps
    "%1、" as "%1?"): a list label never ends in a question mark, so "三?" reads "三、"."""
    return _CN_NUMERAL_MARK.sub("、", label)
