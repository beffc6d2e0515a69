"""What a slide's text says, whatever drew it: a deck read from PowerPoint or printed to PDF.

A plan deck is a cover, a 目录 slide, section dividers ("PART 02" over a part title) and content
slides. The PowerPoint reader finds these in placeholders and text boxes, the PDF reader in the
printed lines of a page; both read the part number, the divider and the cover's short lines with
the rules here, so one deck reads alike in either format.
"""

from __future__ import annotations

import re

SLIDE_ASPECT = 1.25  # a slide is landscape: 4:3 is 1.33, 16:9 1.78 (a portrait page is no slide)
# a part's number drawn beside its title: "01", "PART 02", "第三部分"
PART_NUMBER = re.compile(r"^\s*(?:part\s*)?(\d{1,2})\s*$|^\s*第[一二三四五六七八九十]+部分\s*$", re.IGNORECASE)
# a bullet a slide's layout draws before an entry ("• 新建…", "– 其中…"), never before a figure ("–3.5%")
DRAWN_BULLET = re.compile(r"^[•–▪◦●○■□◆◇➢➤►▶✓√]\s*(?=\D)")
# a cover's date or presenter line under its title ("2026年1月", "汇报人：…", "汇报单位：…"): no words of the title,
# whether typed in the title placeholder or in a box of its own
COVER_FIELD = re.compile(r"^\s*(?:(?:19|20)\d{2}|[二][〇零○][〇零○一二三四五六七八九]{2})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
                         r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$|"
                         r"^\s*(?:汇报人|报告人|主讲人|主讲|汇报单位|报告单位|单位|部门|日期|时间)\s*[:：]")
# the words a talk or a deck ends on ("谢谢！", "敬请批评指正", "感谢聆听", "恳请各位领导批评指正", "THANK YOU"), spaces out
CLOSING = re.compile(r"^(谢谢|感谢|thank|敬请|恳请|欢迎(批评)?指(正|导)|the end)", re.IGNORECASE)
_CLOSING_BREAK = re.compile(r"[，,；;：:。]")  # a clause or a sentence after the thanks: text that says more
LATIN_ONLY = re.compile(r"^[\sA-Za-z0-9&'’.,:-]*$")  # an English echo of a title ("WORK REVIEW"), a page number


def divider_title(texts: list[str]) -> int | None:
    """A divider's text beside its one part number ("PART 02", "02"; the caller counts them, a page
    number at the foot aside): one short Chinese title, an English echo at most beside it; the
    index of the title among `texts`, or None."""
    rest = [k for k, t in enumerate(texts) if t.strip() and not PART_NUMBER.match(t) and not LATIN_ONLY.match(t)]
    if len(rest) != 1 or len(texts[rest[0]]) > 30 or "\n" in texts[rest[0]].strip():
        return None
    return rest[0]


def cover_line(text: str) -> bool:
    """A short line beside a cover's title (the issuing body, a date, "汇报单位：某街道") reads as the
    cover's subtitle; a sentence is body text."""
    return bool(text) and len(text) <= 30 and "。" not in text


def closing_phrase(text: str) -> bool:
    """A line a deck's closing slide holds and nothing more: thanks or a request for comments ("谢谢大家！",
    "恳请批评指正", "谢 谢 观 看"); "感谢各级领导的支持，全年完成…" goes on to say more and is text."""
    words = re.sub(r"\s+", "", text)
    return CLOSING.match(words) is not None and len(words) <= 20 and _CLOSING_BREAK.search(words.rstrip("。")) is None
