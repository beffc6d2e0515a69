"""Text decoded twice or in two encodings: lines pasted from a UTF-8 and a GBK copy into one file,
and mojibake saved into the text (UTF-8 once read as GBK, then saved again as UTF-8).

Both are told by one measure: the share of Han characters that are among the 3,755 common ones
(GB2312 level 1, lead bytes B0–D7). Running Chinese text is over 90 % common characters; UTF-8
read as GBK turns each character's lead byte E4–E9 into a GBK lead byte above D7, so mojibake
("涓銆佹讳綋瑕佹眰" for "一、总体要求") has almost none.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLEAN = 0.6  # a line of real Chinese: at least this share of common characters
_GARBLED = 0.4  # a mojibake line: at most this share


def common_share(text: str) -> tuple[float, int]:
    """(share of common characters among the Han characters, number of Han characters)."""
    han = _HAN.findall(text)
    if not han:
        return 1.0, 0
    common = 0
    for ch in han:
        try:
            common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(han), len(han)


def clean_line(text: str) -> bool:
    """A line that reads as Chinese: no control characters, and mostly common characters."""
    if any(ord(c) < 32 and c not in "\t\r" for c in text):
        return False
    share, han = common_share(text)
    return han < 2 or share >= _CLEAN


def mixed_lines(raw: bytes) -> tuple[str, int, int, int] | None:
    """(text, UTF-8 lines, GB18030 lines, bytes lost) of a file pasted from a UTF-8 and a GBK copy:
    each line valid as UTF-8 (with non-ASCII text) read so, the rest as GB18030. None unless both
    kinds occur and every line then reads as clean Chinese (a GBK file with a line that happens to
    be valid UTF-8 reads as gibberish there, so it stays with the whole-file decoder)."""
    out, utf8, gb, lost = [], 0, 0, 0
    decoded: list[str] = []  # the lines beyond ASCII, the ones weighed
    for line in raw.split(b"\n"):
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        try:
            text = line.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            text = line.decode("gb18030", errors="replace")
            lost += len(text) - len(line.decode("gb18030", errors="ignore"))
            gb += 1
        out.append(text)
        decoded.append(text)
    if not (utf8 and gb):  # one encoding throughout (every GBK file): no line need be weighed
        return None
    if not all(clean_line(text.replace("\ufffd", "")) for text in decoded):
        return None
    return "\n".join(out), utf8, gb, lost


def _undone(line: str) -> tuple[str, bool]:
    """The line's GB18030 bytes read as UTF-8; whether only the last character was lost (an editor
    drops a byte it cannot read, so a character cut at the line's end is the one loss we accept)."""
    data = line.replace("\ufffd", "").encode("gb18030")
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text.rstrip("\ufffd"), exc.start >= len(data) - 3 and "\ufffd" not in text.rstrip("\ufffd")


def garbled(line: str) -> tuple[str | None, bool]:
    """(repaired line or None, whether the line is mojibake). A line is mojibake when its Han
    characters are mostly uncommon and its bytes, read as UTF-8, are mostly common characters;
    it is repaired when nothing but its end was lost."""
    share, han = common_share(line)
    if han < 3 or share > _GARBLED:
        return None, False
    text, whole = _undone(line)
    fixed_share, fixed_han = common_share(text)
    if fixed_han < 2 or fixed_share < 0.8 or text.count("\ufffd") * 2 > fixed_han:
        return None, False
    return (text if whole else None), True
