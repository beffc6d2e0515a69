"""jieba's dictionary loaded a part at a time (by a word's first two characters) cuts exactly as
the whole dictionary does."""

from __future__ import annotations

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
