"""Traditional-script copies (a big5 gateway's mirror of a government page, a Hong Kong or Taiwan
repost, a big5 text file) read through a simplified shadow, written back in their own characters.

Every rule of the pipeline (part names, cue words, units, comparators, chrome) is written in
simplified characters; on a traditional copy none of them fire (measured on a corpus plan turned
traditional: no title, no org, every section `measures`, no targets). Converting the blocks is
OpenCC's `t2s` (the maintained converter), applied to each distinct character rather than to the
running text: phrase-level conversion may change a string's length, and a character-for-character
shadow keeps every position, label and table cell where it was. After the parse, every string of
the result goes back through the file's own map (each simplified character → the traditional
character it most often stood for in this file), so headings, body text and targets are the
document's own characters; paths are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the archive's search folds queries here: it must not pay for the pydantic models
    from jihua.schemas.blocks import Block
    from pydantic import BaseModel

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Share of Han characters that change under t2s: a simplified document changes well under 1 %
# (variant forms, a quoted name), a traditional one 20–35 %; a simplified page quoting a
# traditional title stays simplified.
_TRADITIONAL_SHARE = 0.08
_KEEP_KEYS = frozenset({"path", "file"})  # where the file lives is no text of the file

M = TypeVar("M", bound="BaseModel")


@lru_cache(maxsize=1)
def _converter() -> Any:
    """OpenCC's traditional → simplified converter, loaded on first use (only a file that needs it pays)."""
    import opencc

    return opencc.OpenCC("t2s")


_SIMPLE: dict[str, str] = {}  # every Han character met so far → its simplified form (itself when it has none)


def _char_map(chars: Iterable[str]) -> dict[str, str]:
    """Each distinct Han character → its simplified form, where OpenCC gives a single other character."""
    distinct = list(dict.fromkeys(chars))
    new = [c for c in distinct if c not in _SIMPLE]
    if new:
        converted = _converter().convert("\n".join(new)).split("\n")
        if len(converted) != len(new):  # a character became two lines: convert one by one
            converted = [_converter().convert(c) for c in new]
        _SIMPLE.update((t, s if len(s) == 1 else t) for t, s in zip(new, converted, strict=True))
    return {c: _SIMPLE[c] for c in distinct if _SIMPLE[c] != c}


def folded(text: str) -> str:
    """The text in simplified characters, character for character (every position kept), for
    matching only: the archive indexes and queries through it, so a simplified query finds a
    traditional copy and the other way round."""
    han = _HAN.findall(text)
    if not han:
        return text
    table: dict[int, str] = str.maketrans(_char_map(han))  # typed apart: inside translate() mypy misreads its type
    return text.translate(table)


def _block_texts(blocks: Iterable[Block]) -> Iterable[str]:
    """Every string a block prints: its text, and a table's cells."""
    for block in blocks:
        yield block.text
        for row in block.rows or []:
            yield from row


class Restorer:
    """Turns a string of the simplified shadow back into the file's own characters.

    Most simplified characters stood for one traditional character in a file and go back by map.
    Where one stood for several (发: 發 and 髮; 干: 幹 and 乾), a string found in the shadow takes the
    original's characters at the same place; one the stages put together (a joined line, a label
    stripped) takes, per such character, what the file wrote beside the same neighbour, else its
    most frequent form."""

    def __init__(self, original: str, shadow: str, counts: Counter[tuple[str, str]]) -> None:
        self._original, self._shadow = original, shadow
        by_simple: dict[str, Counter[str]] = {}
        for (simp, trad), n in counts.items():
            by_simple.setdefault(simp, Counter())[trad] += n
        self._table = str.maketrans({s: c.most_common(1)[0][0] for s, c in by_simple.items()})
        self._ambiguous = frozenset(s for s, c in by_simple.items() if len(c) > 1)
        self._beside: dict[tuple[str, str, int], Counter[str]] = {}
        if self._ambiguous:
            for i, simp in enumerate(shadow):
                if simp in self._ambiguous:
                    for side, j in ((-1, i - 1), (1, i + 1)):
                        if 0 <= j < len(shadow):
                            self._beside.setdefault((simp, shadow[j], side), Counter())[original[i]] += 1
        self._done: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """The string in the file's own characters."""
        if not self._ambiguous or not any(c in self._ambiguous for c in text):
            return text.translate(self._table)
        if text not in self._done:
            at = self._shadow.find(text)
            self._done[text] = self._original[at:at + len(text)] if at >= 0 else self._by_neighbours(text)
        return self._done[text]

    def _by_neighbours(self, text: str) -> str:
        """A string not found whole in the shadow: each ambiguous character by what stood beside it."""
        chars = list(text.translate(self._table))
        for i, simp in enumerate(text):
            if simp not in self._ambiguous:
                continue
            seen: Counter[str] = Counter()
            for side, j in ((-1, i - 1), (1, i + 1)):
                if 0 <= j < len(text):
                    seen.update(self._beside.get((simp, text[j], side), Counter()))
            if seen:
                chars[i] = seen.most_common(1)[0][0]
        return "".join(chars)


def simplified(blocks: list[Block]) -> tuple[list[Block], Restorer | None]:
    """The blocks in simplified characters when the file is written in traditional ones, and what
    turns the parse's strings back; a simplified file comes back as it was, with None."""
    counts: Counter[str] = Counter()
    texts = list(_block_texts(blocks))
    for text in texts:
        counts.update(_HAN.findall(text))
    total = sum(counts.values())
    if not total:
        return blocks, None
    forward = _char_map(counts)
    if sum(counts[c] for c in forward) < _TRADITIONAL_SHARE * total:
        return blocks, None
    table = str.maketrans(forward)
    pairs: Counter[tuple[str, str]] = Counter()
    for trad, n in counts.items():
        pairs[(forward.get(trad, trad), trad)] += n
    shadow = [b.model_copy(update={"text": b.text.translate(table),
                                   "rows": [[c.translate(table) for c in row] for row in b.rows] if b.rows else b.rows})
              for b in blocks]
    original = "\n".join(texts)
    return shadow, Restorer(original, original.translate(table), pairs)


def _restore(value: Any, back: Restorer) -> Any:
    """Every string of a dumped model restored, keys and paths left alone."""
    if isinstance(value, str):
        return back(value)
    if isinstance(value, list):
        return [_restore(v, back) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in _KEEP_KEYS else _restore(v, back)) for k, v in value.items()}
    return value


def restored(model: M, back: Restorer | None) -> M:
    """The parse with its text back in the file's own (traditional) characters."""
    if back is None:
        return model
    return type(model).model_validate(_restore(model.model_dump(), back))
