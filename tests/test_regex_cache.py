"""The compiled-pattern cache of the command line: a pattern read back from it is the pattern the
standard compiler builds, a damaged or unwritable cache costs nothing but time, and a command's
output is the same with the cache as without it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from jihua.pipeline.cli import regex_cache

ROOT = Path(__file__).resolve().parents[1]

# patterns of the shapes the rules use: alternations of words, named groups, classes, lookarounds, flags
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|万元|亿元|个|次)(?P<cmp>以上|左右|以内)?", 0),
    (r"^[一二三四五六七八九十]+、(?P<heading>[^。；]{2,30})$", re.M),
    (r"(?<![\u4e00-\u9fff])(?:县|市|区)(?:委|政府|人大常委会)(?!办)", 0),
    (r"每(?:年|季度|月|周)(?:至少|不少于)?\s*\d+\s*次", 0),
    (r"plan|summary|report", re.I),
]
SAMPLES = ["全年举办培训不少于5次，每季度1次", "一、指导思想\n二、工作目标", "县委县政府",
           "增长5.5%左右，投入300万元以上", "Annual PLAN and Summary"]


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    return regex_cache._compiler.compile(pattern, flags) if regex_cache._installed is None \
        else regex_cache._installed.standard(pattern, flags)


def _behaviour(compiled: re.Pattern[str]) -> list[object]:
    return [compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex),
            *[[m.groupdict() or m.group(0) for m in compiled.finditer(s)] for s in SAMPLES]]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[regex_cache._Cache]:
    yield regex_cache._Cache(tmp_path / "jihua" / "regex.marshal", modules_only=False)


def test_patterns_from_a_saved_cache_match_like_the_standard_compiler(
        cache: regex_cache._Cache, monkeypatch: pytest.MonkeyPatch) -> None:
    first = [cache.compile(p, f) for p, f in PATTERNS]
    cache.save()
    assert cache.path.is_file()
    reread = regex_cache._Cache(cache.path, modules_only=False)
    parsed: list[str] = []
    standard_parse = regex_cache._parser.parse
    monkeypatch.setattr(regex_cache._parser, "parse", lambda p, f=0, *a: parsed.append(p) or standard_parse(p, f, *a))
    again = [reread.compile(p, f) for p, f in PATTERNS]
    assert parsed == []  # every pattern came from the file, none was parsed again
    for (pattern, flags), a, b in zip(PATTERNS, first, again, strict=True):
        assert _behaviour(a) == _behaviour(b) == _behaviour(_fresh(pattern, flags))


@pytest.mark.parametrize("damage", [b"", b"\x00garbage\xff" * 10, b"N"])
def test_a_damaged_cache_file_falls_back_to_compiling(cache: regex_cache._Cache, damage: bytes) -> None:
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(damage)
    reread = regex_cache._Cache(cache.path, modules_only=False)
    for pattern, flags in PATTERNS:
        assert _behaviour(reread.compile(pattern, flags)) == _behaviour(_fresh(pattern, flags))
    reread.save()
    assert len(regex_cache._Cache(cache.path).stored) == len(PATTERNS)  # rewritten whole


def test_an_entry_with_invalid_code_is_compiled_afresh(cache: regex_cache._Cache) -> None:
    pattern, flags = PATTERNS[0]
    cache.compile(pattern, flags)
    key = (pattern, flags)
    final_flags, code, groups, names, index = cache.stored[key]
    cache.stored[key] = (final_flags, b"\xff\xff\x0f\x00" + code[12:], groups, names, index)
    assert _behaviour(cache.compile(pattern, flags)) == _behaviour(_fresh(pattern, flags))
    assert cache.stored[key][1] == code  # the entry is mended


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    cache = regex_cache._Cache(blocker / "jihua" / "regex.marshal", modules_only=False)
    cache.compile(*PATTERNS[1])
    cache.save()  # nothing raised
    assert not (blocker / "jihua").exists()


def test_only_patterns_a_module_compiles_as_it_loads_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module's constant is the same at every start; a pattern built in a function from its input
    (an escaped title) would make the cache grow with every file read."""
    cache = regex_cache._Cache(tmp_path / "regex.marshal")
    monkeypatch.setattr(regex_cache._compiler, "compile", cache.compile)
    re.purge()
    module = compile("import re\nRULE = re.compile(r'(?P<year>20\\d{2})年工作要点')\n", "rules_of_a_module", "exec")
    exec(module, {})

    def from_input(title: str) -> re.Pattern[str]:
        return re.compile(re.escape(title) + r"\s*$")

    assert from_input("某县2025年工作要点").search("印发某县2025年工作要点")
    assert [k[0] for k in cache.stored] == [r"(?P<year>20\d{2})年工作要点"]


def test_a_helper_a_module_calls_as_it_loads_is_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule module's `_p(expr)` wrapper and a generator over its cues compile the module's constants;
    the same helper called later, at run time, may be given input and is left out."""
    cache = regex_cache._Cache(tmp_path / "regex.marshal")
    monkeypatch.setattr(regex_cache._compiler, "compile", cache.compile)
    monkeypatch.syspath_prepend(str(tmp_path))
    re.purge()
    (tmp_path / "rules_with_helpers.py").write_text(
        "import re\n"
        "def _p(expr):\n    return re.compile(r'^\\s*(?:' + expr + r')')\n"
        "LABEL = _p(r'[一二三四五六七八九十]+、')\n"
        "CUES = tuple(re.compile(w + r'(?:工作)?$') for w in ('保障措施', '工作目标'))\n", encoding="utf-8")
    import rules_with_helpers

    assert rules_with_helpers.LABEL.match("三、保障措施")
    assert rules_with_helpers._p(re.escape("某县2025年工作要点")).match("某县2025年工作要点")
    assert sorted(k[0] for k in cache.stored) == sorted(
        [r"^\s*(?:[一二三四五六七八九十]+、)", r"保障措施(?:工作)?$", r"工作目标(?:工作)?$"])
    sys.modules.pop("rules_with_helpers", None)


def _parse(env: dict[str, str], source: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jihua", "parse", str(source)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_command_output_is_the_same_with_and_without_the_cache(tmp_path: Path, corpus_files: Path) -> None:
    source = corpus_files / "qinghe-2024-plan.styled.docx"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    cold, warm = _parse(env, source), _parse(env, source)
    off = _parse({**env, "JIHUA_REGEX_CACHE": "0"}, source)
    saved = list((tmp_path / "jihua").glob("regex-*.marshal"))
    assert len(saved) == 1 and len(regex_cache._Cache(saved[0]).stored) > 300  # the rules' patterns are kept
    assert cold.returncode == warm.returncode == off.returncode == 0, cold.stderr + warm.stderr + off.stderr
    assert cold.stdout == warm.stdout == off.stdout and '"targets"' in warm.stdout
