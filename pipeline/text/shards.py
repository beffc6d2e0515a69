"""A large word table kept on disk split by first character, and read a character at a time.

jieba's prefix dictionary and its IDF table hold hundreds of thousands of words; a document
meets a few thousand first characters. Reading only the parts those characters need keeps
start-up and memory small, and a look-up for a word whose first character has been met is
exact. The file lives in the temp folder (as jieba's own cache does) and is rebuilt when
missing or damaged.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

_HEADER = 8


def write(path: Path, table: dict[str, Any], extra: Any) -> None:
    """Store `table` split by first character, with `extra` (any marshal-able value) beside it."""
    parts: dict[str, dict[str, Any]] = {}
    for word, value in table.items():
        parts.setdefault(word[:1], {})[word] = value
    blobs, index, offset = [], {}, 0
    for first, part in parts.items():
        blob = marshal.dumps(part)
        index[first] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = marshal.dumps((extra, index))
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(len(header).to_bytes(_HEADER, "little") + header + b"".join(blobs))
    os.replace(partial, path)


class Shards:
    """The stored table, filling a plain dict with the parts for the characters asked for."""

    def __init__(self, data: bytes) -> None:
        size = int.from_bytes(data[:_HEADER], "little")
        self.extra, self._index = marshal.loads(data[_HEADER:_HEADER + size])
        self._data, self._base = data, _HEADER + size
        self._met: set[str] = set()

    def fill(self, target: dict[str, Any], chars: Iterable[str]) -> None:
        for ch in set(chars) - self._met:
            self._met.add(ch)
            place = self._index.get(ch)
            if place is not None:
                start = self._base + place[0]
                target.update(marshal.loads(self._data[start:start + place[1]]))

    def fill_all(self, target: dict[str, Any]) -> None:
        if len(self._met) < len(self._index):
            self.fill(target, self._index)


def open_or_build(path: Path, build: Callable[[], tuple[dict[str, Any], Any]]) -> Shards | None:
    """The stored table at `path`, built and stored first if missing or damaged; None if it cannot be stored."""
    for _ in range(2):
        try:
            return Shards(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
        try:
            path.unlink(missing_ok=True)
            table, extra = build()
            write(path, table, extra)
        except OSError:
            return None
    return None
