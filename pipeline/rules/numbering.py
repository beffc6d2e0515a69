"""Chinese numbering grammar: which labels exist, how they rank, how to read their ordinals.

Official documents nest 第一章 > 一、 > （一） > 1. > （1） > ①; labels are matched on the
printed text (full- and half-width forms both), and `rank` orders families when the
document itself has not yet shown which contains which.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from jihua.pipeline.rules.lexicon import OCR_DIGIT_LOOKALIKES, OCR_PAREN_LOOKALIKES
from jihua.pipeline.rules.targets import SCALES, UNITS
from jihua.pipeline.text.numerals import cn_to_int, roman_to_int
from jihua.pipeline.text.sentences import ASCII_STOP
from jihua.pipeline.text.sentences import SENTENCE_PUNCT as _SENTENCE_PUNCT

_CN_NUM = "[一二三四五六七八九十百零〇两]+"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CN_PAREN_SIGNS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
ARABIC_PAREN_SIGNS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
ARABIC_STOP_SIGNS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
BULLETS = "•·●○■□◆◇▪▶►◎★☆✓√\\-–*"  # as a regex character class body
SIGN_LIKE = ("\\-", "–", "*")  # bullets that may also be a figure's sign or a footnote's star ("–5%", "*注")
SYMBOL_BULLETS = "".join(ch for ch in BULLETS.replace("\\-", "") if ch not in SIGN_LIKE)  # bullets and nothing else
_SIGNS = (CIRCLED, CN_PAREN_SIGNS, ARABIC_PAREN_SIGNS, ARABIC_STOP_SIGNS, ROMAN)  # each counts 1, 2, 3 …
# after a decimal outline label: a space, then a heading's first character — not a scale, unit
# or date word ("1.5 万元", "3 月份", "12 项任务" are figures spaced out); after a page's number glued to
# its first line, the same words tell a figure the page break cut ("…新建" | folio | "3个…") from the folio
# ("2梳理…", pipeline/pagebreaks)
_OUTLINE_HEAD = r"(?=[ \t\u3000]+[\u4e00-\u9fff“])"
# after a Latin letter's or an ASCII Roman numeral's stop, the words: blanks or none, then a Han character or a quote
_LETTER_HEAD = r"(?=[ \t\u3000]*[\u4e00-\u9fff“])"
# "II.", "IV、", "XII．" typed in ASCII letters, read as the full-width Ⅱ、 is; a lone "I." "V." "C." is a letter until its
# siblings show it Roman (headings.roman_or_letter), and a run no Roman numeral spells ("IIX.") is none (`_family_label`)
_ASCII_ROMAN = rf"([IVXLC]{{2,9}})[ \t\u3000]*[、.．]{_LETTER_HEAD}"
# (and a figure's kind, grade or count of places: "2型糖尿病", "2级以上医院", "5星级", "3县2区", "12层", "3档",
# "2季度"; "区域", "县域" are words: "1 区域协调发展" is a heading)
FIGURE_WORD = re.compile("|".join((*(re.escape(u) for u in sorted((*UNITS, *SCALES, "年", "月", "日", "号", "时", "届", "百"),
                                                                   key=len, reverse=True)),
                                   "季度", "型", "级", "区(?!域)", "县(?!域)", "层", "星", "档")))
# what goes on after a figure's digits and never after a label's: a figure word or an approximate or ranked count
# ("10 大民生实事", "3多个", "20余家"; "1 大力发展…" is a heading's verb). A decimal outline label is never one
# before these (`_family_label`), nor is a page's number glued to its page's first line (pipeline/pagebreaks)
FIGURE_FOLLOWS = re.compile(rf"(?:{FIGURE_WORD.pattern})|大(?![力幅胆])|多(?![元措])|余")
# a decimal number, the one blank a PDF line kept after it, and a Han character ("12 项重点工程", "1.2 工作目标")
_GAP_AFTER_NUMBER = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){0,3}) (?=[\u4e00-\u9fff“])")


# a "（一）" label whose opening bracket OCR misread: a look-alike, a Chinese numeral, a round closing bracket
_OCR_CN_PAREN = re.compile(rf"^([ \t\u3000]*)[{re.escape(OCR_PAREN_LOOKALIKES)}](?=[ \t\u3000]*[一二三四五六七八九十]+[ \t\u3000]*[)）])")


# a "1．" label whose stop OCR read as a comma, words after it ("1，新建…"; a figure goes on in digits: "1，200")
_OCR_ARABIC_STOP = re.compile(r"^([ \t\u3000]*\d{1,2})[，,](?=[\u4e00-\u9fff])")


# an item label OCR read with a letter or a bar for a digit, or a stray stroke beside one ("1I.", "l.", "I0."):
# up to three digits and look-alikes (a bracket or a Chinese zero is no item's figure), a stop, then words
_LABEL_LOOKALIKES = {k: v for k, v in OCR_DIGIT_LOOKALIKES.items() if k not in "[]〇○"}
LOOKALIKE_LABEL = re.compile(rf"^([ \t\u3000]*)([\d{re.escape(''.join(_LABEL_LOOKALIKES))}]{{1,3}})([.．、])(?=[\u4e00-\u9fff“])")


# a "四、" whose numeral OCR dropped, its stop left opening the line ("、从严加强党员队伍建设" after 一、二、三、): the
# numeral is restored only from the sequence of parts around it (clean._restored_numerals)
BARE_STOP = re.compile(r"^([ \t\u3000]*)、(?=[\u4e00-\u9fff“])")
PART_FAMILY = "cn"  # the family of a document's "一、二、三、" parts
# a "（四）" whose opening bracket OCR read as a title mark ("《四)开展…" after （一）（二）（三）): 《 is a real
# character, so it is read as "（" only from the sequence of labels around it, like a dropped numeral
BOOK_PAREN = re.compile(r"^([ \t\u3000]*)《(?=[ \t\u3000]*[一二三四五六七八九十]+[ \t\u3000]*[)）])")
SUB_FAMILY = "cn_paren"  # the family of a part's "（一）（二）" sub-parts


# a part label OCR damaged by one character, read as a label only from the sequence around it (clean._restored_labels):
# "（二）" with its bracket and numeral read as one character ("本)优化…": the ordinal is the sequence's next), a stray
# character inside its brackets ("(人三)"), a stray mark before a "四、" (":四、保障措施"), a "第二部分" without its 第
_NUMERAL = "[一二三四五六七八九十]"
_LOST_SUB = re.compile(rf"^[ \t\u3000]*[（(]?(?!{_NUMERAL})[\u4e00-\u9fff][)）](?=[ \t\u3000]*[\u4e00-\u9fff“])")
_STRAY_SUB = re.compile(rf"^[ \t\u3000]*[（(](?:[^\s\d)）（(]({_NUMERAL}+)|({_NUMERAL}+)[^\s\d)）（(])[)）]")
_STRAY_PART = re.compile(rf"^[ \t\u3000]*[:：;；,，.。·_\-~`'\"”’|!！]({_NUMERAL}+)、(?=[\u4e00-\u9fff“])")
_NO_DI = re.compile(rf"^[ \t\u3000]*({_NUMERAL}+)[ \t\u3000]*(?=部分)")


class DamagedLabel(NamedTuple):
    """A damaged label: its family, its ordinal (None: only the sequence can tell) and where it ends in the line
    ("部分" of a 第-less part label stays in the text: only 第 is missing)."""

    family: str
    ordinal: int | None
    end: int


def damaged_label(text: str) -> DamagedLabel | None:
    """A label OCR damaged by one character at the start of a line that has none ("本)优化…", "(人三)…", ":四、…",
    "二部分…"); what it was is for the sequence around the line to prove."""
    if match_label(text) is not None:
        return None
    if (lost := _LOST_SUB.match(text)) is not None:
        return DamagedLabel(SUB_FAMILY, None, lost.end())
    if (stray := _STRAY_SUB.match(text)) is not None:
        return DamagedLabel(SUB_FAMILY, cn_to_int(stray.group(1) or stray.group(2)), stray.end())
    if (stray := _STRAY_PART.match(text)) is not None:
        return DamagedLabel(PART_FAMILY, cn_to_int(stray.group(1)), stray.end())
    if (bare_part := _NO_DI.match(text)) is not None:
        return DamagedLabel("part", cn_to_int(bare_part.group(1)), bare_part.end())
    return None


def _digit_readings(token: str) -> list[int]:
    """What a look-alike label's figure can have been: every look-alike its digit ("I0" → 10), or one
    beside a digit a stray stroke ("1I" → 1); an ordinal 1–99 written without a leading zero."""
    if not any(c in _LABEL_LOOKALIKES for c in token):
        return []
    spellings = ["".join(_LABEL_LOOKALIKES.get(c, c) for c in token)]
    spellings += [token[:at] + token[at + 1:] for at, c in enumerate(token)
                  if c in _LABEL_LOOKALIKES and any(n.isdigit() for n in token[max(at - 1, 0):at + 2])]
    readings = ("".join(_LABEL_LOOKALIKES.get(c, c) for c in s) for s in spellings)
    return list(dict.fromkeys(int(r) for r in readings if r.isdigit() and r[0] != "0" and int(r) < 100))


def fold_ocr_label(text: str, fits: Callable[[int], bool] | None = None) -> str:
    """An OCR'd line's label read as printed ("〈二)集中整治" → "（二)集中整治", "1，新建" → "1．新建"), so it
    ranks with its siblings, not a level deeper or as a wrapped heading's second line; one character for
    one, so spans stay. A square-bracketed "【二】" (closed square, a heading's own brackets) is left.
    With `fits` (does an ordinal continue the item labels around the line?), an item label whose figure
    holds a look-alike ("1I.清淤" between a part's "（三）" and "2.") is read as the figure that fits the
    sequence ("1.清淤"; a stray stroke dropped, the one fold that shortens the line); without `fits` never."""
    text = _OCR_ARABIC_STOP.sub(r"\1．", _OCR_CN_PAREN.sub(r"\1（", text, count=1), count=1)
    found = LOOKALIKE_LABEL.match(text) if fits is not None else None
    if found is None or fits is None:
        return text
    fitting = [n for n in _digit_readings(found.group(2)) if fits(n)]
    if len(fitting) != 1:  # no reading continues the sequence, or two do: left as read
        return text
    return f"{found.group(1)}{fitting[0]}{found.group(3)}{text[found.end():]}"


@dataclass(frozen=True)
class Family:
    """A numbering style: its regex (group 1 = the ordinal) and its conventional rank."""

    name: str
    pattern: re.Pattern[str]
    rank: float
    heading_capable: bool = True


def _p(expr: str) -> re.Pattern[str]:
    return re.compile(r"^[ \t\u3000]*(?:" + expr + r")[ \t\u3000]*")


# Order matters: the first family whose pattern matches wins.
FAMILIES: tuple[Family, ...] = (
    Family("part", _p(rf"第\s*({_CN_NUM}|\d+)\s*(?:部分|篇)[、.．:：]?"), 0),
    Family("chapter", _p(rf"第\s*({_CN_NUM}|\d+)\s*章"), 1),
    Family("section", _p(rf"第\s*({_CN_NUM}|\d+)\s*节"), 2),
    Family("article", _p(rf"第\s*({_CN_NUM}|\d+)\s*条"), 9, heading_capable=False),
    # the stages of a campaign ("第一阶段：动员部署（3月1日—3月5日）")
    Family("stage", _p(rf"第\s*({_CN_NUM}|\d+)\s*阶段\s*[：:、.．]?"), 4),
    Family("shi", _p(rf"({_CN_NUM})\s*是(?=[\u4e00-\u9fff“])"), 9, heading_capable=False),
    # "五、六月份": two months named, not part five
    # (also "第一、": the same numbering with 第)
    Family("cn", _p(r"([一二三四五六七八九十]+)\s*[、.．,，](?![、.．])(?![一二三四五六七八九十]{1,2}月)|"
                    r"第\s*([一二三四五六七八九十]+)\s*、"), 3),
    # (also the one-character forms a font or a converter leaves: ㈠ ⑴ ⒈, and Roman Ⅰ、)
    Family("roman", _p(rf"([{ROMAN}])\s*[、.．]|{_ASCII_ROMAN}"), 2),
    Family("cn_paren", _p(rf"[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*[、.．]?|([{CN_PAREN_SIGNS}])\s*[、.．]?"), 4),
    Family("arabic_paren", _p(rf"[（(]\s*(\d{{1,2}})\s*[)）]\s*[、.．]?|(\d{{1,2}})\s*[)）](?!\s*[、.．]?\d)|"
                              rf"([{ARABIC_PAREN_SIGNS}])\s*[、.．]?"), 6),
    # decimal outline numbering ("1 总则", "1.1 编制目的", "1.1.1 …"): a space must follow, so a
    # figure ("1.5万人") or a date ("3 月") is never one
    # (three parts never write a figure: any heading follows, "4.2.1 Ⅳ级响应", "3.1.1 个人防护")
    Family("decimal3", _p(r"\d{1,2}[.．]\d{1,2}[.．](\d{1,2})(?=[ \t\u3000]+[^\s\d.．])"), 5),
    Family("decimal2", _p(rf"\d{{1,2}}[.．](\d{{1,2}}){_OUTLINE_HEAD}"), 4),
    Family("arabic", _p(rf"(\d{{1,2}})\s*(?:、|[.．](?!\d)|[.．](?=\d{{1,2}}月))|([{ARABIC_STOP_SIGNS}])"), 5),
    Family("circled", _p(f"([{CIRCLED}])"), 7),
    Family("pptnum", _p(r"(0[1-9])(?=[ \t\u3000]|[\u4e00-\u9fff])"), 5),
    Family("decimal1", _p(rf"([1-9]\d?){_OUTLINE_HEAD}"), 3),
    # a letter's stop before the words, blanks between or none ("A.强化…", "B. 办好…"): "A级景区", "V1.0版", "IT系统" have none
    Family("letter", _p(rf"([A-Z])[ \t\u3000]*[、.．)]{_LETTER_HEAD}"), 8),
    # a lower-case letter's list, bracketed or stopped ("(a)集体备课", "b. 课堂观摩"): each its own family, below "A."
    Family("letter_paren", _p(rf"[（(]([a-z])[)）]{_LETTER_HEAD}"), 8.6),
    Family("lower", _p(rf"([a-z])[ \t\u3000]*[、.．)]{_LETTER_HEAD}"), 8.3),
    # lower-case Roman numerals ("ii. 课堂观摩", "iv) 质量监测"); a lone "i." "v." "x." is a letter until its siblings
    # show it Roman (headings.roman_or_letter), as "I." is
    Family("lower_roman", _p(rf"([ivxlc]{{2,9}})[ \t\u3000]*[、.．)]{_LETTER_HEAD}"), 8.2),
    Family("bullet", re.compile(rf"^[ \t\u3000]*([{BULLETS}])[ \t\u3000]*(?=\S)"), 9, heading_capable=False),
)
BY_NAME = {f.name: f for f in FAMILIES}
# counts a sentence makes of its own items ("一是…；二是…", "①…②…"), not parts of the document: a
# line a wrap opened with one is still inside its paragraph
IN_SENTENCE = frozenset({"shi", "circled"})
# the characters any family's label can open with (after blanks): most paragraphs open with none,
# and one match instead of one per family took match_label from 15 failed matches to one
_OPENS_A_LABEL = re.compile(rf"[ \t\u3000]*[第一二三四五六七八九十百零〇两（(\dA-Za-z{ROMAN}{CN_PAREN_SIGNS}"
                            rf"{ARABIC_PAREN_SIGNS}{ARABIC_STOP_SIGNS}{CIRCLED}{BULLETS}]")


@dataclass(frozen=True)
class Label:
    """A numbering label found on a block: where it came from and what it counts."""

    text: str
    family: str
    ordinal: int | None

    @property
    def rank(self) -> float:
        return BY_NAME[self.family].rank if self.family in BY_NAME else 9

    @property
    def heading_capable(self) -> bool:
        return BY_NAME[self.family].heading_capable if self.family in BY_NAME else False


def ordinal(family: str, raw: str) -> int | None:
    signs = next((seq for seq in _SIGNS if len(raw) == 1 and raw in seq), None)
    if signs is not None:
        return signs.index(raw) + 1
    if family == "circled":
        return None
    if family == "letter":
        return ord(raw) - ord("A") + 1
    if family in ("letter_paren", "lower"):
        return ord(raw) - ord("a") + 1
    if family in ("roman", "lower_roman"):
        return roman_to_int(raw.upper())
    if family == "bullet":
        return None
    return cn_to_int(raw)


# the pictographs an account sets before a heading ("📌 一、…", "🔹（二）…", "✅1.…"): symbols (category So) and the
# emoji blocks, with the variation selector and the joiner that build an emoji of several code points
_EMOJI_BLOCKS = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF))
_EMOJI_JOINERS = "\ufe0f\u200d"


def _decorative(char: str) -> bool:
    return (char.isspace() or char in _EMOJI_JOINERS or unicodedata.category(char) == "So"
            or any(lo <= ord(char) <= hi for lo, hi in _EMOJI_BLOCKS))


def _past_decoration(text: str) -> int:
    """Where `text` goes on after its leading pictographs and blanks (0 when it opens with neither)."""
    at = 0
    while at < len(text) and _decorative(text[at]):
        at += 1
    return at if at < len(text) and text[:at].strip() else 0


# a part's or an item's label alone on its line, its heading on the next (a WeChat editor sets "第二部分" in a box
# of its own above "存在的不足"; a copy breaks "（二）" from its words): "第X部分", "第X篇", "第X章" are whole words
# ("部分" is two characters: no character class holds it)
BARE_LABEL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|"
                        r"第[一二三四五六七八九十\d]{1,3}(?:部分|篇|章|节|条))\s*$")


def match_label(text: str) -> tuple[Label, str] | None:
    """The label at the start of `text` and the text after it, or None."""
    return first_label(text) if _OPENS_A_LABEL.match(text) or _past_decoration(text) else None


# a bullet typed before an entry's words, a blank after it: "• 加强队伍建设", "▪ 新建站点3个"; a sign-like one only
# before words ("– 压实责任"; "– 5%" is a figure with its sign). Without its blank a glyph stays ("*注：…", "·12项")
_TYPED_BULLET = re.compile(rf"^([{SYMBOL_BULLETS}])[ \t\u3000\u00a0]+(?=\S)|"
                           rf"^([{''.join(SIGN_LIKE)}])[ \t\u3000\u00a0]+(?=[^\s\d])")


def typed_bullet(text: str) -> tuple[str, str] | None:
    """(glyph, words) of an entry that opens with a typed bullet and a blank ("• 加强队伍建设" → ("•", "加强队伍
    建设")), as Word draws its bullets apart from the words; None for any other line."""
    m = _TYPED_BULLET.match(text)
    return (m.group(1) or m.group(2), text[m.end():]) if m else None


def numbered_line(text: str) -> bool:
    """A line opening with a part's or an item's number ("（四）设立举报信箱", "3、做好志愿者注册工作"), not a
    bullet: the plan's own line, which no page's chrome or account's note carries."""
    found = match_label(text)
    return found is not None and found[0].family != "bullet"


def first_label(text: str) -> tuple[Label, str] | None:
    """`match_label` without its quick look at the first character. A label behind an account's
    pictographs ("📌 一、坚持…") is the line's label, the pictographs set aside; a symbol before no
    label ("● 加强…", "★ 落实…") is the line's bullet."""
    found = _family_label(text)
    if found is not None and found[0].family != "bullet":
        return found
    start = _past_decoration(text)
    behind = _family_label(text[start:]) if start else None
    return behind if behind is not None and behind[0].family != "bullet" else found


# the numeral a "N、" may run straight into ("二、三级医院", "三、四年级", "2、3季度")
_NEXT_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}|\d{1,2}")


def ordinal_pair(label: Label, rest: str) -> bool:
    """"二、三级医院…", "三、四年级…", "二、三季度…": two ordinals in a row, the second the next of the first and
    straight after the stop — a list of ranks, grades or quarters, not label 二 over "三级医院…" ("三、三大攻坚
    战", "四、十大工程" stay labels: a part's words may open on a numeral that counts on from nothing). Only a
    label glued inside a line is judged so (`unglue`): a line opening on "四、五水共治…" or "五、六稳六保…" is a
    part whose name opens on a numbered slogan, as a plan's part names often do."""
    if label.family not in ("cn", "arabic") or label.ordinal is None:
        return False
    nxt = _NEXT_NUMERAL.match(rest)
    return nxt is not None and cn_to_int(nxt.group(0)) == label.ordinal + 1


def _family_label(text: str) -> tuple[Label, str] | None:
    """The first family whose label opens `text`, every family tried in turn."""
    for fam in FAMILIES:
        m = fam.pattern.match(text)
        if not m:
            continue
        rest = text[m.end():]
        if not rest.strip() or (fam.name in ("decimal1", "decimal2") and FIGURE_FOLLOWS.match(rest)):
            continue
        raw = next((g for g in m.groups() if g), "")
        if fam.name in ("roman", "lower_roman") and ordinal(fam.name, raw) is None:  # "IIX.…", "vv.…": no numeral
            continue
        label_text = m.group(0).strip()
        return Label(label_text, fam.name, ordinal(fam.name, raw)), rest.strip()
    return None


def roman_reading(label: Label) -> Label | None:
    """A letter label that is also a Roman numeral ("I." "V." "X." "L." "C.", "i." "v.") read as that numeral (1, 5, …);
    None for any other label. Which reading holds only its siblings tell (headings.roman_or_letter)."""
    letter = label.text.rstrip("、.．) \t\u3000")
    value = roman_to_int(letter.upper()) if label.family in _ROMAN_OF_LETTERS else None
    return Label(label.text, _ROMAN_OF_LETTERS[label.family], value) if value is not None else None


_ROMAN_OF_LETTERS = {"letter": "roman", "lower": "lower_roman"}  # "V." may be Roman five, "v." lower-case Roman five


def label_from_numbering(numbering: str) -> Label | None:
    """Classify a label rendered from DOCX numbering or a PPT divider ("一、", "（二）", "01")."""
    found = match_label(numbering.strip() + " 甲")  # a heading character after the label, as in the text
    if found is None:
        if numbering.strip().isdigit():
            return Label(numbering.strip(), "pptnum", int(numbering.strip()))
        return Label(numbering.strip(), "bullet", None)
    label, _ = found
    return Label(numbering.strip(), label.family, label.ordinal)


# a decimal number, a space, then a heading's first character (Han, Roman, Latin, a quote) — not a date's
# 年/月/日 ("3 月底前…" is a date spaced out)
_DECIMAL_NUMBER = re.compile(rf"^[ \t\u3000]*(\d{{1,2}}(?:[.．]\d{{1,2}}){{0,2}})[ \t\u3000]+"
                             rf"(?=[\u4e00-\u9fff“A-Za-z{ROMAN}])(?![年月日号时])")
_DECIMALS = ("decimal1", "decimal2", "decimal3")
_CLAUSE_END = re.compile(r"[。；;！？!?]")


def outline_number(label: Label | None) -> tuple[int, ...] | None:
    """A decimal outline label's parts ("4.2" → (4, 2)); None for any other label."""
    if label is None or label.family not in _DECIMALS:
        return None
    return tuple(int(part) for part in re.findall(r"\d+", label.text))


def _successors(last: tuple[int, ...]) -> set[tuple[int, ...]]:
    """The numbers a decimal outline may go on with after `last`: its next sibling, its first child,
    or the next sibling of any part above it ("1.4" → 1.5, 1.4.1, 2)."""
    after = {(*last[:depth], last[depth] + 1) for depth in range(len(last))}
    return after | ({(*last, 1)} if len(last) < len(_DECIMALS) else set())


def next_outline_label(text: str, last: tuple[int, ...]) -> tuple[Label, str] | None:
    """"2 组织体系" after "1.4 工作原则": in a document numbered 1 / 1.1 / 1.1.1, a short line whose
    number is the next in that sequence is a heading whatever its first character — alone, "2组"
    would read as a quantity, which is why `match_label` declines it."""
    m = _DECIMAL_NUMBER.match(text)
    if m is None:
        return None
    number = tuple(int(part) for part in re.findall(r"\d+", m.group(1)))
    rest = text[m.end():].strip()
    if number not in _successors(last) or not rest or len(rest) > 30 or _CLAUSE_END.search(rest):
        return None
    return Label(m.group(1), _DECIMALS[len(number) - 1], number[-1]), rest


# After a label, a heading and its body on one line with a space between them, as a web copy sets
# them ("（二）加强组织领导 各单位要…"): the space stands where 。 would. Read by the outline (where the
# heading ends) and by the web-copy repairs (a body the copy broke at a link or a page).
_GAP = re.compile(r"(?<=[\u4e00-\u9fff）)”])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff“（(0-9０-９])")
_DATEISH_END = re.compile(r"[年月日第至到—\-~～]$")
_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]){4}")  # "加 强 组 织": every character spaced out
_HAS_HAN = re.compile(r"[\u4e00-\u9fff]")


def _label_spacing(text: str, at: int) -> bool:
    """The blank at `at` follows a label that opens its line ("（一）\t加强…"): the label's own
    spacing, as a typist's tab after "一、" is, never the place a heading ends (after pictographs too, "🔹（二）")."""
    line_start = text.rfind("\n", 0, at) + 1
    found = match_label(text[line_start:])
    before = text[line_start:at].strip()
    return found is not None and before.endswith(found[0].text) \
        and all(map(_decorative, before[: len(before) - len(found[0].text)]))


def _heading_gap(text: str, max_head: int = 40) -> re.Match[str] | None:
    """The space that parts a heading-length phrase from its body ("加强组织领导,形成工作合力 各单位要…"),
    or None. Only a gap between Han characters counts ("20xx 年 7—9 月" is no gap), before any
    sentence punctuation and any line break (a heading is one line), never the spacing after a
    label, and never in a line spaced out character by character."""
    m = next((g for g in _GAP.finditer(text) if not _label_spacing(text, g.start())), None)
    if m is None or m.start() < 4 or m.start() > max_head or _SENTENCE_PUNCT.search(text[: m.start()]):
        return None
    head, body = text[: m.start()].strip(), text[m.end():].strip()
    if body[:1].isdigit() and (len(_HAS_HAN.findall(head)) < 4 or _DATEISH_END.search(head)):
        return None  # "20xx 年 7—9 月": a date spaced out, not a heading and its body
    if "\n" in head or _SPACED.search(text):
        return None
    return m


def space_split(text: str, max_head: int = 40) -> tuple[str, str | None]:
    """"加强组织领导,形成工作合力 各单位要……": a web copy put the heading and its body on one line
    with a space between (see `_heading_gap`); a body under ten characters is no body yet."""
    m = _heading_gap(text, max_head)
    if m is None or len(text[m.end():].strip()) < 10:
        return text, None
    return text[: m.start()].strip(), text[m.end():].strip()


def spaced_body_open(text: str, following: str = "") -> bool:
    """A numbered line whose heading a space parts from a body begun and not yet ended
    ("（四）完善排水设施 年内改造"): the body is a sentence a copy broke (at a link, at a page),
    however short the line — as "（四）完善排水设施。年内改造" would be. A heading's second phrase
    ("…机制 维护社会稳定") is none, unless the `following` line goes on from it."""
    found = match_label(text)
    if found is None:
        return False
    m = _heading_gap(found[1])
    tail = found[1][m.end():].strip() if m is not None else ""
    # (a line that goes on with a figure or a clause mark, "筹集保障性租赁住房" | "800套，…", finishes its sentence)
    goes_on = _GOES_ON.match(following) is not None
    return m is not None and not _SENTENCE_PUNCT.search(tail) and (goes_on or not _SECOND_PHRASE.fullmatch(tail))


_GOES_ON = re.compile(r"\s*[\d，,、）)]")


# a heading's second phrase after a space ("健全矛盾纠纷化解机制 维护社会稳定"): a few characters that open no body —
# a body opens with its count (一是), its time (年内, 全年), whom it addresses (各…要) or a linking word
_SECOND_PHRASE = re.compile(r"(?![一二三四五六七八九十]是|首先|年内|全年|今年|当年|每年|各|要|将|应|需|通过|按照|根据|围绕|"
                            r"结合|依托|对|由|在)[\u4e00-\u9fff]{4,10}")


# where a heading run in with its body ends (`run_in`'s cut, `headings`' too): "指导思想。以…", "第一阶段：宣传发动"
RUN_IN = re.compile(rf"[。；;：:！？!?]|{ASCII_STOP}")
BRACKETS = r"[（(][^（）()]*[)）]"  # one bracketed aside: "（2024年3月1日—3月31日）"
BRACKET_TAIL = re.compile(rf"\s*{BRACKETS}\s*$")  # after a stage's name: "宣传发动阶段（3月）"
# a stage's name ("宣传发动阶段", "总结提升阶段")
STAGE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}阶段$")
# a sentence end and what follows it: where a stage listed in the same paragraph may open ("…宣传发动。|第二阶段…")
_AFTER_STOP = re.compile(rf"(?:[。；;！？!?]|{ASCII_STOP})\s*")


def stages_in_one_paragraph(label: Label, rest: str) -> bool:
    """A stage whose paragraph goes on, after a sentence end, to the next stage in the same shape
    ("第一阶段（2026年2月）：宣传发动。第二阶段（2026年3月至9月）：集中清理整治。…", "1.宣传发动阶段（2月）：…。2.集中
    整治阶段（3—9月）：…"): the schedule's stages listed in one paragraph, each as much a part as the others, so none
    is. `headings` makes no heading of the first over the rest, and `unglue` cuts none of them from the paragraph:
    one predicate, so a run is either all parts or all one paragraph."""
    staged = label.family == "stage" or STAGE_NAME.match(BRACKET_TAIL.sub("", RUN_IN.split(rest, 1)[0]).strip())
    if not staged or label.ordinal is None:
        return False
    for stop in _AFTER_STOP.finditer(rest):
        found = match_label(rest[stop.end(): stop.end() + 60])
        if found is not None and found[0].family == label.family and found[0].ordinal == label.ordinal + 1:
            return True
    return False


def figure_gap_closed(text: str) -> str:
    """A PDF line's kept gap after a number closed up where the number is no decimal outline label: the extractor
    keeps the gap a heading's line prints ("1.2 工作目标") and cannot tell a figure's ("12 项重点工程", "10 大民生
    实事", "2.5 万元以上项目"), which would reach the text and its targets spaced."""
    gap = _GAP_AFTER_NUMBER.match(text)
    if gap is None:
        return text
    found = match_label(text)
    if found is not None and found[0].family.startswith("decimal"):
        return text
    return gap.group(1) + text[gap.end():]
