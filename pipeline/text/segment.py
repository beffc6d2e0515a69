"""Chinese word segmentation: one jieba tokenizer with the domain dictionary, for every layer.

The tokenizer is jieba's own `Tokenizer` (not its module-level singleton), loaded from the
installed dictionary and `pipeline/rules/userdict.txt`; nothing is downloaded.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any


def load_jieba() -> Any:
    """A jieba tokenizer of our own with the domain dictionary (loaded lazily on first cut)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    userdict = resources.files("jihua.pipeline.rules").joinpath("userdict.txt")
    with resources.as_file(userdict) as path:
        tokenizer.load_userdict(str(path))
    return tokenizer
