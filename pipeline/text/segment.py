"""Chinese word segmentation: one jieba tokenizer with the domain dictionary, for every layer.

The tokenizer is jieba's own `Tokenizer` (not its module-level singleton), loaded from the
installed dictionary and `pipeline/rules/userdict.txt`; nothing is downloaded.

Loading jieba's whole prefix dictionary (580,000 entries) takes half a second, most of a
short run. jieba only ever looks up fragments of the text it cuts, so the dictionary (with the
domain words added) is kept in the temp folder split by a word's first two characters
(`text.shards`), and a cut loads the parts for the characters and pairs it has not met yet:
the same look-ups, the same words, a fraction of the load.

The accurate cut itself (route and HMM) is computed by jieba-rs over the same parts as they load
(`fastcut`): the same tokens, about twenty times faster than jieba's Python.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from jihua.pipeline.text import fastcut, shards

_log = logging.getLogger(__name__)
_FORMAT = 4


def jieba_module() -> Any:
    """jieba, imported without `pkg_resources`.

    jieba's `_compat` imports pkg_resources only to open its own data files and opens them with
    plain `open()` when that import fails (as it does where setuptools is absent). The import of
    pkg_resources was 60 of jieba's 70 ms and more than half of a cold `jihua archive search`
    (`python -X importtime`), so it is refused for the length of jieba's import only.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    refuse = "pkg_resources" not in sys.modules
    if refuse:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import` raises ImportError
    try:
        import jieba
    finally:
        if refuse:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    return jieba


def jieba_data(*parts: str) -> Path:
    """A data file of the installed jieba (found without importing it)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).parent.joinpath(*parts)


# the domain words, installed as a file beside the rules (a plain path: importlib.resources
# cost 4 ms of a 100 ms cold search)
USERDICT = Path(__file__).resolve().parents[1] / "rules" / "userdict.txt"


def _userdict() -> bytes:
    return USERDICT.read_bytes()


def _full_tokenizer(userdict: bytes) -> Any:
    """jieba's tokenizer with the whole dictionary and the domain words (the reference)."""
    tokenizer = jieba_module().Tokenizer()
    tokenizer.load_userdict(str(USERDICT))
    return tokenizer


def _cache_path(userdict: bytes) -> Path:
    """Keyed on the domain words, the installed dictionary file and the shard format."""
    source = jieba_data("dict.txt")
    stat = source.stat()
    key = hashlib.sha1(userdict + f"{source}{stat.st_size}{stat.st_mtime_ns}{_FORMAT}".encode()).hexdigest()
    return Path(tempfile.gettempdir()) / f"jihua-jieba-{key[:16]}.shards"


def _lazy_class() -> type:
    jieba = jieba_module()

    class LazyTokenizer(jieba.Tokenizer):  # type: ignore[name-defined]  # jieba is imported at run time
        """jieba's tokenizer whose prefix dictionary arrives a part at a time, as texts need it;
        its accurate cut is computed by jieba-rs over the same words (`fastcut`) where installed."""

        def attach(self, stored: shards.Shards) -> None:
            self.total, self.user_word_tag_tab, force_split = stored.extra
            self._shards = stored
            self.FREQ: dict[str, int] = {}  # word -> count, as jieba's own, filled a shard at a time
            self.initialized = True
            for word in force_split:
                jieba.finalseg.add_force_split(word)
            # jieba-rs's HMM knows no force-split words (the domain dictionary has none)
            self._fast = None if force_split else fastcut.fast_cut(self.total)
            # a web server cuts from several threads: a part is marked met before its words are in,
            # and jieba-rs is given words while another thread may be cutting
            self._parts_lock = threading.Lock()

        def _fill(self, parts: list[dict[str, int]]) -> None:
            if self._fast is not None and parts:
                self._fast.add(parts)

        def cut(self, sentence: Any, cut_all: bool = False, HMM: bool = True, use_paddle: bool = False) -> Any:
            if not isinstance(sentence, str):
                self.initialize()
                return super().cut(sentence, cut_all, HMM, use_paddle)
            with self._parts_lock:
                self._fill(self._shards.fill(self.FREQ, shards.keys_of(sentence)))
                if self._fast is not None and not cut_all and self._fast.handles(sentence):
                    return self._fast.cut(sentence, bool(HMM), self.FREQ)
            return super().cut(sentence, cut_all, HMM, use_paddle)

        def initialize(self, dictionary: Any = None) -> None:
            """The whole dictionary (for callers that read FREQ directly)."""
            with self._parts_lock:
                self._fill(self._shards.fill_all(self.FREQ))

    return LazyTokenizer


def _build(userdict: bytes) -> tuple[dict[str, int], Any]:
    jieba = jieba_module()

    before = set(jieba.finalseg.Force_Split_Words)
    full = _full_tokenizer(userdict)
    force_split = sorted(set(jieba.finalseg.Force_Split_Words) - before)
    return full.FREQ, (full.total, full.user_word_tag_tab, force_split)


@functools.cache
def tokenizer() -> Any:
    """The process's one tokenizer (enrich, coordination, word-level diffs, the archive's index share it,
    and the parts of the dictionary it has loaded): load it once, before batch workers fork."""
    return load_jieba()


def load_jieba() -> Any:
    """A jieba tokenizer of our own with the domain dictionary (its dictionary loaded as texts need it)."""
    userdict = _userdict()
    stored = shards.open_or_build(_cache_path(userdict), lambda: _build(userdict))
    if stored is None:
        _log.debug("could not keep jieba's dictionary in the temp folder")
        return _full_tokenizer(userdict)
    tokenizer = _lazy_class()()
    tokenizer.attach(stored)
    return tokenizer
