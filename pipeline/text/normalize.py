"""Text normalisation for matching, with the printed text left as it was.

PDFs emit radicals for characters: Kangxi radicals ("⼀" U+2F00 for "一") and CJK Radicals
Supplement forms ("⺠" U+2EA0 for "民", "⻓" U+2ED3 for "长": a font's glyph for the character mapped
back to the radical's code point, as Chromium's printed pages are); those are extraction artefacts and
are repaired in the printed text too. Full-width/half-width variants are real typography:
they are kept in print and folded only in the matching form.
"""

from __future__ import annotations

import re
import unicodedata

_RADICALS = re.compile(r"[\u2e80-\u2fdf]")
# The CJK Radicals Supplement has no decomposition (NFKC leaves "⺠" as it is): its characters' unified
# ideographs from Unicode's EquivalentUnifiedIdeograph.txt (Unicode 14.0, read through Perl 5.36's
# Unicode::UCD `charprop(cp, "Equivalent_Unified_Ideograph")`), U+2E80–2EFF only: the Kangxi radicals
# (U+2F00–2FDF) are NFKC's. Radicals with no equivalent (⺀, ⺚) are left as printed.
_SUPPLEMENT = {
    0x2E81: "厂", 0x2E82: "乛", 0x2E83: "乚", 0x2E84: "乙", 0x2E85: "亻", 0x2E86: "冂", 0x2E87: "𠘨", 0x2E88: "刀",
    0x2E89: "刂", 0x2E8A: "卜", 0x2E8B: "㔾", 0x2E8C: "小", 0x2E8D: "小", 0x2E8E: "兀", 0x2E8F: "尣", 0x2E90: "尢",
    0x2E91: "𡯂", 0x2E92: "巳", 0x2E93: "幺", 0x2E94: "彑", 0x2E95: "彐", 0x2E96: "忄", 0x2E97: "心", 0x2E98: "扌",
    0x2E99: "攵", 0x2E9B: "旡", 0x2E9C: "日", 0x2E9D: "月", 0x2E9E: "歺", 0x2E9F: "母", 0x2EA0: "民", 0x2EA1: "氵",
    0x2EA2: "氺", 0x2EA3: "灬", 0x2EA4: "爫", 0x2EA5: "爫", 0x2EA6: "丬", 0x2EA7: "牛", 0x2EA8: "犭", 0x2EA9: "王",
    0x2EAA: "𤴔", 0x2EAB: "目", 0x2EAC: "示", 0x2EAD: "礻", 0x2EAE: "𥫗", 0x2EAF: "糹", 0x2EB0: "纟", 0x2EB1: "罓",
    0x2EB2: "罒", 0x2EB3: "㓁", 0x2EB4: "冗", 0x2EB5: "𦉫", 0x2EB6: "羊", 0x2EB7: "𦍌", 0x2EB8: "𦍋", 0x2EB9: "耂",
    0x2EBA: "肀", 0x2EBB: "聿", 0x2EBC: "肉", 0x2EBD: "𦥑", 0x2EBE: "艹", 0x2EBF: "艹", 0x2EC0: "艹", 0x2EC1: "虎",
    0x2EC2: "衤", 0x2EC3: "覀", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC7: "𧢲", 0x2EC8: "讠", 0x2EC9: "贝",
    0x2ECA: "𧾷", 0x2ECB: "车", 0x2ECC: "辶", 0x2ECD: "辶", 0x2ECE: "辶", 0x2ECF: "邑", 0x2ED0: "钅", 0x2ED1: "長",
    0x2ED2: "镸", 0x2ED3: "长", 0x2ED4: "门", 0x2ED5: "𨸏", 0x2ED6: "阝", 0x2ED7: "雨", 0x2ED8: "青", 0x2ED9: "韦",
    0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EDE: "𩙿", 0x2EDF: "飠", 0x2EE0: "饣", 0x2EE1: "𩠐",
    0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄",
    0x2EEA: "黾", 0x2EEB: "斉", 0x2EEC: "齐", 0x2EED: "歯", 0x2EEE: "齿", 0x2EEF: "竜", 0x2EF0: "龙", 0x2EF1: "龜",
    0x2EF2: "亀", 0x2EF3: "龟",
}
_SPACE = re.compile(r"[\s\u3000\u00a0]+")
# quotes of either script's style ("“四下”" in a simplified text, "「四下」" in its traditional copy) drop alike
_PUNCT = re.compile(r"[\s，,。.;；:：、!！?？“”「」『』\"'‘’《》<>（）()\[\]【】—\-·…*~～]+")


def repair(text: str) -> str:
    """Fix extraction artefacts in printed text: radicals for characters, stray control chars."""
    text = _RADICALS.sub(lambda m: _SUPPLEMENT.get(ord(m.group(0))) or unicodedata.normalize("NFKC", m.group(0)), text)
    if text.isprintable():  # no character of category C (a line without one is read once, at C speed)
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def fold(text: str) -> str:
    """Matching form: NFKC (full-width digits and punctuation folded), spaces collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def bare(text: str) -> str:
    """Matching form without punctuation or spaces: for comparing wording, not layout."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text or ""))


def in_order(short: str, full: str) -> bool:
    """Whether every character of `short` stands in `full`, in the same order (gaps allowed): how a
    shortened Chinese name keeps its full name's characters ("社零额", "污水处理率")."""
    rest = iter(full)
    return all(ch in rest for ch in short)
