"""jieba's dictionary loaded a part at a time (by a word's first two characters) cuts exactly as
the whole dictionary does."""

from __future__ import annotations

import random
from pathlib import Path

from jihua.pipeline.text import segment


def test_lazy_dictionary_cuts_as_the_whole_one(corpus_files: Path) -> None:
    lazy = segment.load_jieba()
    full = segment._full_tokenizer(segment._userdict())
    text = (corpus_files / "qinghe-2023-plan.md").read_text(encoding="utf-8")
    assert lazy.lcut(text) == full.lcut(text)
    assert lazy.lcut(text, HMM=False) == full.lcut(text, HMM=False)
    assert lazy.lcut_for_search(text) == full.lcut_for_search(text)
    assert "拥军优属" in lazy.lcut("开展拥军优属活动") and lazy.total == full.total
    assert len(lazy.FREQ) < len(full.FREQ)  # only the parts this text needed


def test_the_faster_route_cuts_every_corpus_text_as_jieba_does(corpus_files: Path) -> None:
    """`best_route` replaces jieba's DAG and `calc`: ties, unknown runs (its HMM), Latin and
    figures must come out as jieba's own cut gives them, on every text the corpus holds."""
    lazy = segment.load_jieba()
    full = segment._full_tokenizer(segment._userdict())
    sources = sorted((corpus_files.parent / "sources").glob("*.plan"))
    texts = [p.read_text(encoding="utf-8") for p in sources] + [
        "2025年GDP增长5.5%左右，新建5G基站1200个，PM2.5浓度下降到30微克/立方米",
        "张三丰和李四光在青石镇调研，马上就要开始了；研究生命起源",  # names and ties for the HMM and the route
    ]
    assert len(sources) >= 4
    for text in texts:
        assert lazy.lcut(text) == full.lcut(text)


def test_initialize_loads_the_whole_dictionary_for_direct_readers() -> None:
    lazy = segment.load_jieba()
    lazy.initialize()
    assert lazy.FREQ == segment._full_tokenizer(segment._userdict()).FREQ


def test_an_unwritable_cache_falls_back_to_the_whole_dictionary(monkeypatch, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setattr(segment, "_cache_path", lambda userdict: blocked / "shards")
    tokenizer = segment.load_jieba()
    assert type(tokenizer).__name__ == "Tokenizer" and tokenizer.lcut("双拥工作") == ["双拥工作"]


def test_a_damaged_cache_is_rebuilt(monkeypatch, tmp_path: Path) -> None:
    cache = tmp_path / "shards"
    cache.write_bytes(b"\x05\x00\x00\x00\x00\x00\x00\x00junk")
    monkeypatch.setattr(segment, "_cache_path", lambda userdict: cache)
    assert segment.load_jieba().lcut("双拥工作") == ["双拥工作"]
    assert cache.stat().st_size > 1_000_000


def test_the_faster_route_breaks_ties_as_jieba_does() -> None:
    """Words of equal frequency give paths of equal weight; jieba's `max` over (weight, end)
    then takes the longer word. Random small dictionaries make such ties on every sentence."""
    jieba = segment.jieba_module()
    reference = jieba.Tokenizer()
    rng = random.Random(7)
    for _ in range(300):
        freq = {}
        for _ in range(8):
            word = "".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 3)))
            freq[word] = rng.choice((1, 1, 2))
        for word in list(freq):  # jieba's prefix entries: every prefix is a key (0 when not a word)
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
        reference.FREQ, reference.total, reference.initialized = freq, sum(freq.values()), True
        sentence = "".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 9)))
        route: dict[int, tuple[float, int]] = {}
        reference.calc(sentence, reference.get_DAG(sentence), route)
        expected = [route[k][1] + 1 for k in range(len(sentence))]
        assert segment.best_route(freq, reference.total, sentence) == expected, (freq, sentence)
