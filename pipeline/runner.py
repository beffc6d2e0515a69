"""Runner: the ordered stages, applied plainly; a failure is wrapped with the stage's name.

extract → clean → split → (per document) meta → outline → kind → classify → ids → enrich
→ schema. Bad input surfaces as `InputError` (the user's to fix): reading a file goes through
`extractors.guard`, which turns any failure while reading bytes into one. Anything else raised
inside a stage is a bug and is reported as `StageError` naming the stage.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from jihua.extractors import guard, named_otherwise
from jihua.extractors.options import ProgressHook
from jihua.pipeline import assemble, classify, clean, enrich, ids, meta, outline, split
from jihua.pipeline.config import Config
from jihua.pipeline.model import Document, ParseState
from jihua.pipeline.text import script
from jihua.schemas.errors import InputError, JihuaError, NotAPlanError, StageError, reading_notes, shown
from jihua.schemas.plan import ParseResult

_log = logging.getLogger(__name__)
_HAN = re.compile(r"[\u4e00-\u9fff]")
T = TypeVar("T")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _stage(name: str, path: Path, fn: Callable[[], T]) -> T:
    try:
        return fn()
    except JihuaError:
        raise
    except Exception as exc:  # a bug, not bad input: name the stage that failed
        _log.debug("stage %s failed on %s", name, path, exc_info=True)
        raise StageError(name, str(path), exc) from exc


class Parser:
    """Holds what is costly to build (the NLP models) for a run over many files.

    `on_step(step, done, total)` hears what a long file is doing: the page or slide being read
    (from the extractor) and each stage after it, for a progress display.
    """

    def __init__(self, cfg: Config | None = None, on_step: ProgressHook | None = None) -> None:
        self.cfg = cfg or Config()
        self._nlp: enrich.Nlp | None = None
        self._extract = self.cfg.extract.model_copy(update={"progress": on_step}) if on_step else self.cfg.extract

    def _stage(self, name: str, path: Path, fn: Callable[[], T]) -> T:
        self._extract.tell(name)
        return _stage(name, path, fn)

    @property
    def nlp(self) -> enrich.Nlp | None:
        if self.cfg.nlp and self._nlp is None:
            self._nlp = enrich.Nlp()
        return self._nlp

    def preload(self) -> None:
        """Load now what a parse loads on first use (the models, the target rules): a batch calls
        this before its workers fork, so they share it instead of each loading its own."""
        _ = self.nlp
        enrich.load_targets()

    def _document(self, doc: Document, path: Path, sha: str, index: int) -> Document:
        steps: list[tuple[str, Callable[[Document], Document]]] = [
            ("meta", meta.run),
            ("outline", outline.run),
            ("kind", meta.finish),
            ("classify", classify.run),
            ("ids", lambda d: ids.run(d, sha, index)),
            ("enrich", lambda d: enrich.run(d, self.nlp)),
        ]
        for name, step in steps:
            doc = _stage(name, path, lambda step=step, doc=doc: step(doc))  # type: ignore[misc]
        return doc

    def state(self, path: Path) -> ParseState:
        """Extract and structure one file; the working state, before the schema."""
        path = Path(path)
        with reading_notes() as heard:  # what the reader repaired or left out
            kind, blocks = guard.read(path, self._extract)
        blocks, back = script.simplified(blocks)
        try:
            sha = sha256_of(path)
        except OSError as exc:
            raise InputError(path, f"cannot read the file ({exc.strerror or exc})") from None
        # the printable name from here on: a name that is not UTF-8 must not reach JSON or the archive
        state = ParseState(path=Path(shown(path)), format=kind, blocks=blocks, sha256=sha, script_back=back)
        state.warnings += heard
        if back is not None:
            state.warnings.append("written in traditional characters: read through a simplified copy, "
                                  "output in the file's own characters")
        state = self._stage("clean", path, lambda: clean.run(state))
        han = sum(len(_HAN.findall(u.all_text)) for u in state.units)
        if han < 20:
            raise NotAPlanError(path, f"not a plan: only {han} Chinese characters of text{named_otherwise(path, kind)}")
        state = self._stage("split", path, lambda: split.run(state))
        done = []
        for i, doc in enumerate(state.documents):
            self._extract.tell("structuring document", i + 1, len(state.documents))
            done.append(self._document(doc, path, state.sha256, i))
            for text, why in done[-1].removed:
                state.set_aside([text], why)
        state.documents = done
        if not any(d.sections or d.preamble for d in state.documents):
            raise NotAPlanError(path, "no plan text found (nothing but a title or page chrome)")
        return state

    def parse(self, path: Path) -> ParseResult:
        state = self.state(path)
        result = self._stage("schema", path, lambda: assemble.run(state))
        return script.restored(result, state.script_back)


def parse_file(path: Path, cfg: Config | None = None) -> ParseResult:
    """Parse one file with a fresh parser (convenient for single files and tests)."""
    return Parser(cfg).parse(Path(path))


__all__ = ["InputError", "Parser", "parse_file"]
