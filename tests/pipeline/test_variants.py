"""The robustness suite on a sample: each variant of each authored source parses like its clean copy.

The full run is `python -m corpus.variants` (its rate is in the README); CI checks every 9th.
"""

from __future__ import annotations

from corpus.source import all_sources
from corpus.variants import SHAPES, all_variants, check, clean_copy, variants


def test_generator_makes_several_hundred_distinct_variants() -> None:
    every = all_variants()
    assert len(every) >= 300
    assert len({v.data for v in every}) == len(every)
    shapes_used = {name for v in every for name in v.name.split("+")}
    assert set(SHAPES) <= shapes_used and {"crlf", "gb18030"} <= shapes_used


def test_shapes_change_the_bytes_but_not_the_words() -> None:
    source = next(s for s in all_sources() if s.id == "qinghe-2024-plan")
    clean = clean_copy(source).decode("utf-8")
    glued = next(v for v in variants(source) if v.name == "glue+utf-8").data.decode("utf-8")
    assert glued != clean and len(glued.splitlines()) < len(clean.splitlines())
    assert glued.replace(" ", "").replace("\n", "") == clean.replace(" ", "").replace("\n", "")


def test_sampled_variants_keep_outline_types_metadata_and_body(parser) -> None:
    sample = all_variants()[::9]
    results = check(parser, sample)
    failed = [(v.source, v.name, problems) for v, problems in results if problems]
    lost = [f for f in failed if any("lost" in p for p in f[2])]
    assert lost == []
    assert len(failed) <= 0.05 * len(results), failed[:5]
