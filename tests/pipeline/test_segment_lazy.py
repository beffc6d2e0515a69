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


def test_the_rust_cut_gives_every_corpus_text_as_jieba_does(corpus_files: Path) -> None:
    """jieba-rs (`fastcut`) computes the accurate cut: ties, unknown runs (the HMM), Latin runs
    with - _ . and figures must come out as jieba's own cut gives them, on every corpus text."""
    lazy = segment.load_jieba()
    assert lazy._fast is not None  # rjieba is a dependency: the fast cut is what runs
    full = segment._full_tokenizer(segment._userdict())
    sources = sorted((corpus_files.parent / "sources").glob("*.plan"))
    texts = [p.read_text(encoding="utf-8") for p in sources] + [
        "2025年GDP增长5.5%左右，新建5G基站1200个，PM2.5浓度下降到30微克/立方米",
        "张三丰和李四光在青石镇调研，马上就要开始了；研究生命起源",  # names and ties for the HMM and the route
        "建成10G-PON网络，见附件jihua_plan.v2.docx，执行GB 3095-2012标准，www.example.gov.cn",
    ]
    assert len(sources) >= 4
    for text in texts:
        for hmm in (True, False):
            assert lazy.lcut(text, HMM=hmm) == full.lcut(text, HMM=hmm)


def test_the_rust_cut_matches_jieba_on_random_mixed_strings() -> None:
    """Random runs of Chinese, Latin, figures, punctuation and spaces: where the two tokenizers
    treat a character class differently, short random strings find it."""
    lazy = segment.load_jieba()
    full = segment._full_tokenizer(segment._userdict())
    alphabet = list("推进双拥工作增长左右以上不少于每季度个百分点万亩吨青石镇鿖㐀") + list(
        "0123456789.%-_+#&/:'~=AGPObxz ,，。、（）()　\n\r\t·“”０Ａ％Ⅱ①ア😀")
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        hmm = rng.random() < 0.5
        assert lazy.lcut(text, HMM=hmm) == full.lcut(text, HMM=hmm), text


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


def test_the_rust_cut_breaks_ties_as_jieba_does() -> None:
    """Words of equal frequency give paths of equal weight; jieba then takes the longer word.
    Random small dictionaries make such ties on every sentence; jieba-rs is given each one
    (with jieba's total carried by `fastcut`'s extra word) and must cut as jieba does."""
    from jihua.pipeline.text import fastcut

    jieba = segment.jieba_module()
    rng = random.Random(7)
    for _ in range(300):
        freq: dict[str, int] = {}
        for _ in range(8):
            word = "".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 3)))
            freq[word] = rng.choice((1, 1, 2))
        for word in list(freq):  # jieba's prefix entries: every prefix is a key (0 when not a word)
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
        reference = jieba.Tokenizer()
        reference.FREQ, reference.total, reference.initialized = freq, sum(freq.values()) + 5, True
        fast = fastcut.fast_cut(reference.total)
        assert fast is not None
        fast.add([freq])
        sentence = "".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 9)))
        assert list(fast.cut(sentence, False, freq)) == reference.lcut(sentence, HMM=False), (freq, sentence)


def test_threads_cutting_at_once_get_jieba_s_tokens(corpus_files: Path) -> None:
    """A web server cuts from several threads while parts of the dictionary are still loading."""
    from concurrent.futures import ThreadPoolExecutor

    lazy = segment.load_jieba()
    full = segment._full_tokenizer(segment._userdict())
    sources = sorted((corpus_files.parent / "sources").glob("*.plan"))
    lines = [line for p in sources for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lazy.lcut, lines))
    assert got == [full.lcut(line) for line in lines]


def test_without_the_rust_module_jieba_cuts_alone(monkeypatch, corpus_files: Path) -> None:
    """A platform rjieba has no wheel for: the same tokens, from jieba's own cut."""
    from jihua.pipeline.text import fastcut

    monkeypatch.setattr(fastcut, "_extension", lambda: None)
    lazy = segment.load_jieba()
    assert lazy._fast is None
    full = segment._full_tokenizer(segment._userdict())
    text = (corpus_files / "qinghe-2023-plan.md").read_text(encoding="utf-8")
    assert lazy.lcut(text) == full.lcut(text) and lazy.lcut(text, HMM=False) == full.lcut(text, HMM=False)
