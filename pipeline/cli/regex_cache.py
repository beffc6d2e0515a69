"""Compiled regular expressions kept between runs of the command line.

A cold `jihua parse` compiles about 700 patterns (jihua's rules and its libraries'), 70–100 ms of
a 250 ms start-up, measured with `benchmarks/speed.py` on a 2-core machine: the largest single cost
left in every command's start and in the serial part of every batch. The standard library keeps
compiled patterns only in memory, and no maintained library keeps them on disk, so this module
does: it keeps what `re`'s compiler produces for each pattern (the flags, the instruction list and
the group names, plain data `marshal` writes) and hands it straight to `_sre.compile`, the last
step of `re.compile`, skipping the pattern's parse and code generation.

Safe by construction:
- a pattern's entry is looked up by its exact text and flags, so a changed rule is a new entry;
- the file is named by the interpreter's version, the regex engine's `MAGIC` and the compiler's
  source files, so another Python (a bug-fix release too) never reads it;
- `_sre.compile` validates the instruction list (CPython refuses invalid code), and any failure
  to load, validate or save falls back to the standard compiler, silently;
- only the command line installs it (`install()`), never `import jihua`: a program that embeds
  jihua keeps its own `re` untouched.
"""

from __future__ import annotations

import _sre
import atexit
import binascii
import contextlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

_compiler: Any = getattr(re, "_compiler", None)  # Python 3.11+: the module `re.compile` ends in
_parser: Any = getattr(re, "_parser", None)

_MAX_ENTRIES = 3000  # more than this at save time: keep only what this run used (a cache never grows without end)
# flags, the instruction list as packed 32-bit words (bytes load ten times faster than a list of ints:
# 4 ms → 0.4 ms for the ~700 patterns of a parse), groups, group names both ways
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def cache_file() -> Path:
    """Where the compiled patterns live: the user's cache folder, one file per interpreter build and
    regex compiler (its version, the engine's MAGIC, the compiler's own source files), so a Python
    upgrade — even a bug-fix release changing what the compiler emits — starts a file of its own."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = sys.implementation.cache_tag or "python"
    build = [sys.version]
    for module in (_compiler, _parser):
        try:
            found = os.stat(module.__file__)
            build.append(f"{found.st_size}:{found.st_mtime_ns}")
        except (OSError, AttributeError, TypeError):
            build.append("?")
    digest = f"{binascii.crc32('|'.join(build).encode()):08x}"  # binascii is built in: no import cost
    return Path(base) / "jihua" / f"regex-{tag}-{_sre.MAGIC}-{digest}.marshal"


_RE_FOLDER = os.path.dirname(re.__file__) + os.sep


_HELPER_DEPTH = 3  # function frames between a module's body and the compile call: "_p(expr)", a generator


def _compiled_by_a_module() -> bool:
    """Whether the pattern being compiled is a module's own, compiled as it is imported (a rule, a
    library's constant): the same pattern at every start. That is a module body's compile call, or
    one in a helper the body calls while it is imported (a rule's `_p(...)` wrapper, a generator
    over the section cues: 60 of a parse's patterns, 50–80 ms of every start, measured). One built
    in a function at run time may be made from its input (an escaped title) or from a set in hash
    order (`tokenize`'s), new at each run, so it is compiled as usual and never stored: the cache
    stays the patterns of the code installed."""
    try:
        frame = sys._getframe(2)
    except ValueError:  # called from the top of the stack: no module is importing
        return False
    while frame is not None and frame.f_code.co_filename.startswith(_RE_FOLDER):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is not None and frame.f_code.co_name == "<module>":
        return True
    for _ in range(_HELPER_DEPTH):
        if frame is None:
            return False
        frame = frame.f_back  # type: ignore[assignment]
        if frame is not None and frame.f_code.co_name == "<module>":
            return _imported(frame)
    return False


def _imported(module_frame: Any) -> bool:
    """Whether a module body runs because it is being imported (not a script's or `-c`'s body, which
    calls the whole program's functions)."""
    caller = module_frame.f_back
    return caller is not None and caller.f_code.co_filename.startswith("<frozen importlib")


class _Cache:
    def __init__(self, path: Path, modules_only: bool = True) -> None:
        self.path = path
        self.modules_only = modules_only
        self.stored: dict[tuple[str | bytes, int], Entry] = self._load()
        self.used: set[tuple[str | bytes, int]] = set()
        self.new = 0
        self.standard = _compiler.compile

    def _load(self) -> dict[tuple[str | bytes, int], Entry]:
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return data if isinstance(data, dict) else {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`, answered from the cache when the pattern was compiled before."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return self.standard(pattern, flags)
        key = (pattern, int(flags))
        entry = self.stored.get(key)
        if entry is not None:
            try:
                flags_out, code, groups, names, index = entry
                compiled = _sre.compile(pattern, flags_out, array("I", code).tolist(), groups, names, index)
            except Exception:  # a damaged entry: compile it afresh and store that
                entry = None
            else:
                self.used.add(key)
                return compiled
        if self.modules_only and not _compiled_by_a_module():
            return self.standard(pattern, flags)
        try:  # re._compiler.compile's steps, as CPython 3.11–3.13 write them
            parsed = _parser.parse(pattern, key[1])
            code = _compiler._code(parsed, key[1])
            names = dict(parsed.state.groupdict)
            name_of_group: list[str | None] = [None] * parsed.state.groups
            for name, number in names.items():
                name_of_group[number] = name
            flags_out, groups = int(key[1] | parsed.state.flags), parsed.state.groups - 1
            compiled = _sre.compile(pattern, flags_out, code, groups, names, tuple(name_of_group))
        except re.error:
            raise
        except Exception:  # an interpreter whose compiler works otherwise: its own compiler, uncached
            return self.standard(pattern, flags)
        try:
            self.stored[key] = (flags_out, array("I", code).tobytes(), groups, names, tuple(name_of_group))
        except OverflowError:  # a word wider than 32 bits (never seen): this pattern goes uncached
            return compiled
        self.used.add(key)
        self.new += 1
        return compiled

    def save(self) -> None:
        """Write the cache back when this run compiled something new (atomically: batch runs and
        two commands at once never read half a file)."""
        if not self.new:
            return
        kept = self.stored if len(self.stored) <= _MAX_ENTRIES else {k: self.stored[k] for k in self.used}
        import tempfile  # only here: 3 ms of every start otherwise

        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-")
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump(kept, out)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise


_installed: _Cache | None = None


def install(path: Path | None = None) -> None:
    """Compile patterns through the cache from now on in this process, and save it at exit.
    `JIHUA_REGEX_CACHE=0` turns it off; an interpreter whose `re` has no `_compiler` keeps its own."""
    global _installed
    if _installed is not None or _compiler is None or _parser is None or os.environ.get("JIHUA_REGEX_CACHE") == "0":
        return
    if not hasattr(_compiler, "_code"):
        return
    _installed = _Cache(path or cache_file())
    _compiler.compile = _installed.compile
    atexit.register(_installed.save)
