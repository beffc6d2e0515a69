"""Chinese word segmentation: one jieba tokenizer with the domain dictionary, for every layer.

The tokenizer is jieba's own `Tokenizer` (not its module-level singleton), loaded from the
installed dictionary and `pipeline/rules/userdict.txt`; nothing is downloaded.

Loading jieba's whole prefix dictionary (580,000 entries) takes half a second, most of a
short run. jieba only ever looks up fragments that start at a character of the text it cuts,
so the dictionary (with the domain words added) is kept in the temp folder split by first
character, and a cut loads the parts for the characters it has not met yet: the same
look-ups, the same words, a fraction of the load.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

_log = logging.getLogger(__name__)
_FORMAT = 1


def _userdict() -> bytes:
    return resources.files("jihua.pipeline.rules").joinpath("userdict.txt").read_bytes()


def _full_tokenizer(userdict: bytes) -> Any:
    """jieba's tokenizer with the whole dictionary and the domain words (the reference)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with resources.as_file(resources.files("jihua.pipeline.rules").joinpath("userdict.txt")) as path:
        tokenizer.load_userdict(str(path))
    return tokenizer


def _cache_path(userdict: bytes) -> Path:
    import jieba

    source = Path(jieba.__file__).parent / "dict.txt"
    stat = source.stat()
    key = hashlib.sha1(userdict + f"{jieba.__version__}{stat.st_size}{stat.st_mtime_ns}{_FORMAT}".encode()).hexdigest()
    return Path(tempfile.gettempdir()) / f"jihua-jieba-{key[:16]}.shards"


def _write_shards(tokenizer: Any, path: Path, force_split: list[str]) -> None:
    shards: dict[str, dict[str, int]] = {}
    for word, freq in tokenizer.FREQ.items():
        shards.setdefault(word[:1], {})[word] = freq
    blobs, index, offset = [], {}, 0
    for first, shard in shards.items():
        blob = marshal.dumps(shard)
        index[first] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = marshal.dumps((_FORMAT, tokenizer.total, tokenizer.user_word_tag_tab, force_split, index))
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(len(header).to_bytes(8, "little") + header + b"".join(blobs))
    os.replace(partial, path)


def _lazy_class() -> type:
    import jieba

    class LazyTokenizer(jieba.Tokenizer):  # type: ignore[misc, name-defined]
        """jieba's tokenizer whose prefix dictionary arrives one first character at a time."""

        def attach(self, data: bytes) -> None:
            size = int.from_bytes(data[:8], "little")
            _, self.total, self.user_word_tag_tab, force_split, self._index = marshal.loads(data[8:8 + size])
            self._data, self._base, self._met = data, 8 + size, set()
            self.FREQ = {}
            self.initialized = True
            for word in force_split:
                jieba.finalseg.add_force_split(word)

        def _meet(self, text: str) -> None:
            for ch in set(text) - self._met:
                self._met.add(ch)
                place = self._index.get(ch)
                if place is not None:
                    self.FREQ.update(marshal.loads(self._data[self._base + place[0]:self._base + place[0] + place[1]]))

        def cut(self, sentence: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(sentence, str):
                self._meet(sentence)
            else:
                self.initialize()
            return super().cut(sentence, *args, **kwargs)

        def initialize(self, dictionary: Any = None) -> None:
            """The whole dictionary (for callers that read FREQ directly)."""
            if len(self._met) < len(self._index):
                self._meet("".join(self._index))

    return LazyTokenizer


def load_jieba() -> Any:
    """A jieba tokenizer of our own with the domain dictionary (its dictionary loaded as texts need it)."""
    userdict = _userdict()
    path = _cache_path(userdict)
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if not data:
        import jieba

        before = set(jieba.finalseg.Force_Split_Words)
        full = _full_tokenizer(userdict)
        try:
            _write_shards(full, path, sorted(set(jieba.finalseg.Force_Split_Words) - before))
            data = path.read_bytes()
        except OSError:
            _log.debug("could not keep jieba's dictionary in %s", path)
            return full
    tokenizer = _lazy_class()()
    try:
        tokenizer.attach(data)
    except (ValueError, EOFError, TypeError):  # a damaged cache: build it again
        path.unlink(missing_ok=True)
        return load_jieba()
    return tokenizer
