"""jieba's accurate cut computed by jieba-rs (the `rjieba` binding), fed jieba's own dictionary.

Cutting was the largest single cost of a warm parse: 15 % of the benchmark's text-PDF parse went
to jieba's route and HMM in Python, 1.45 µs a character after our own tuning. jieba-rs computes
the same route (the greatest summed log-frequency, a tie to the longer word) and the same HMM in
Rust, about twenty times faster on the gold set's texts. It is given exactly the words jieba's
dictionary parts hold as they load (`text.shards`), so the two never disagree on a word:

- the total jieba divides by is the whole dictionary's, not the sum of the words loaded so far:
  one word no text can hold (`_TOTAL`) carries the difference, so every log-frequency is jieba's;
- jieba splits a Latin run it has no word for at `-`, `_` or `.` ("10G-PON" → 10G, -, PON:
  its `finalseg` cuts non-Chinese runs with `re_skip`); jieba-rs keeps the run whole, so such a
  token is split here the same way (`jieba_splits`).

Checked against jieba's own tokenizer (the whole dictionary) on 20,597 texts of the gold sets and
audits and 60,000 random strings of Chinese, Latin, figures, punctuation and spaces, with and
without the HMM: the same tokens every time (`tests/pipeline/test_segment_lazy.py` keeps the check).

rjieba's package `__init__` builds a default tokenizer with jieba-rs's own dictionary as it is
imported (110–170 ms, more than half a cold `jihua parse`); only its extension module is loaded here,
so that dictionary is never built. Without the module (a platform with no wheel) jieba cuts alone.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

_TOTAL = "\U000f0000\U000f0001"  # a two-character word of private-use characters: no text holds it
_LATIN = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")  # jieba's finalseg.re_skip
# a character of jieba's blocks (re_han_default) besides letters and figures: a token holding one,
# other than a per cent sign at its end, may be a run jieba splits ("10G-PON", "a.txt", "1.2.3")
# characters jieba-rs reads as Chinese and jieba does not (its range ends at U+9FD5): CJK extension
# blocks and compatibility ideographs, rare in plans (a rare name); jieba cuts a text holding one
_BEYOND_JIEBA = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_JOINER = re.compile(r"[+#&._\-]|%[A-Za-z0-9+#&._%\-]")


def _extension() -> Any | None:
    """rjieba's compiled module, loaded without running its package's `__init__` (see above)."""
    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec("rjieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if path.is_file():
                found = importlib.util.spec_from_file_location("rjieba.rjieba", path)
                if found is None or found.loader is None:
                    return None
                module = importlib.util.module_from_spec(found)
                found.loader.exec_module(module)
                sys.modules["rjieba.rjieba"] = module  # a later `import rjieba` reuses it
                return module
    return None


class FastCut:
    """A jieba-rs tokenizer holding the words of jieba's dictionary loaded so far."""

    def __init__(self, module: Any, total: int) -> None:
        self._rust = module.Jieba.empty()
        self._total = total
        self._given = 0

    def add(self, parts: Iterable[dict[str, int]]) -> None:
        """Words of dictionary parts just loaded (jieba's prefix entries, count 0, are no words)."""
        add, given = self._rust.add_word, self._given
        for part in parts:
            for word, count in part.items():
                if count:
                    add(word, count, None)
                    given += count
        self._given = given
        add(_TOTAL, max(self._total - given, 1), None)  # the same word again: jieba-rs replaces its count

    @staticmethod
    def handles(text: str) -> bool:
        """Whether jieba-rs reads every character of `text` as jieba does (see `_BEYOND_JIEBA`)."""
        return not _BEYOND_JIEBA.search(text)

    def cut(self, text: str, hmm: bool, freq: dict[str, int]) -> Iterator[str]:
        return iter(jieba_splits(text, self._rust.cut(text, hmm), freq))


def jieba_splits(text: str, tokens: list[str], freq: dict[str, int]) -> list[str]:
    """jieba-rs's tokens of `text` as jieba gives them: a Latin run that is no dictionary word,
    holding characters besides letters and figures, split where jieba's `finalseg` splits it.
    Most texts hold no such character, and their tokens are returned as they came."""
    if not _JOINER.search(text):
        return tokens
    out: list[str] = []
    for token in tokens:
        if (len(token) > 1 and token.isascii() and not _LATIN.fullmatch(token)
                and not freq.get(token) and _LATIN.search(token)):
            out.extend(piece for piece in _LATIN.split(token) if piece)
        else:
            out.append(token)
    return out


def fast_cut(total: int) -> FastCut | None:
    """A jieba-rs tokenizer for a dictionary of this total count, or None where rjieba is missing."""
    try:
        module = _extension()
    except (ImportError, OSError):
        return None
    return FastCut(module, total) if module is not None else None
