"""Inverse document frequencies of Chinese words (jieba's table), for keywords and for weighting
content words when passages are matched (trace, section bodies)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from jihua.pipeline.text import shards
from jihua.pipeline.text.segment import jieba_data


class Idf:
    """jieba's IDF table, parsed once and then read a part at a time as words need it.

    Parsed from jieba's idf.txt (importing jieba.analyse would build the table twice), then
    kept in the temp folder split by first two characters (`text.shards`), so a run loads only the
    parts its words need. `get` is exact; `idf_freq` gives the whole table.
    """

    def __init__(self) -> None:
        source = jieba_data("analyse", "idf.txt")
        stat = source.stat()
        path = Path(tempfile.gettempdir()) / f"jihua-idf-{stat.st_size}-{stat.st_mtime_ns}.pairs2"
        self._table: dict[str, float] = {}
        self._shards = shards.open_or_build(path, lambda: _parse_idf(source))
        if self._shards is None:
            self._table, self.median_idf = _parse_idf(source)
        else:
            self.median_idf = self._shards.extra

    def get(self, word: str) -> float:
        value = self._table.get(word)
        if value is None and self._shards is not None:  # a word met before needs no part read
            self._shards.fill(self._table, (word[:2],))
            value = self._table.get(word)
        return self.median_idf if value is None else value

    @property
    def idf_freq(self) -> dict[str, float]:
        if self._shards is not None:
            self._shards.fill_all(self._table)
        return self._table


def _parse_idf(source: Path) -> tuple[dict[str, float], float]:
    parts = source.read_text(encoding="utf-8").split()
    table = dict(zip(parts[0::2], map(float, parts[1::2]), strict=True))
    return table, sorted(table.values())[len(table) // 2]
