"""The layout keeps its promises: one import namespace, every package installed, no import
against the data flow (extract → clean → split → meta → outline → classify → enrich → schema →
compare/report/archive → command line)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"extractors": "jihua.extractors", "pipeline": "jihua.pipeline", "schemas": "jihua.schemas"}

# Rank of each module group in the flow: a module may import only groups of a rank at most its
# own. Longest prefix wins. Stages are ordered as the runner applies them; `headings` serves
# `outline` and `targets` serves `enrich`, so each sits just below the stage it serves.
RANKS: dict[str, float] = {
    "jihua.schemas": 0,
    "jihua.extractors": 1,
    "jihua.extractors.html_text": 1,  # an HTML element's printed lines and non-link length, for html and html_tables
    "jihua.extractors.html_tables": 1,  # a page's layout tables told from its data tables, and a table's grid, for html
    "jihua.extractors.html_look": 1,  # a page line set apart by its look (centred, bold, larger), for html
    "jihua.extractors.html_forms": 1,  # an OA form page's read-only controls and its form of fields around the text, for html
    "jihua.extractors.pdf_notes": 1,  # a PDF's end notes after its last part ("注：1. …") told as notes, for pdf
    "jihua.pipeline.config": 2,
    "jihua.pipeline.rules": 2,
    "jihua.pipeline.rules.compare_words": 2,  # what comparison and trace read a summary's figures against a plan's with
    "jihua.pipeline.text": 2,
    "jihua.pipeline.model": 3,
    "jihua.pipeline.reflow": 4.04,  # a hard-wrapped text's lines joined back into paragraphs, for clean
    "jihua.pipeline.linklist": 4.043,  # a browser's text export: its closing address list aside, its link markers out, for webcopy
    "jihua.pipeline.pagebreaks": 4.045,  # a text copy of a PDF: folios and running headers aside, page breaks mended, for webcopy
    "jihua.pipeline.unglue": 4.05,  # numbered parts a web copy glued into one line, cut apart for clean
    "jihua.pipeline.site_banner": 4.05,  # a site's banner told from a title's first line ending in a site's name, for webcopy and title_joins
    "jihua.pipeline.pageparts": 4.07,  # a web page's menu, link lists and tail around the article, for webcopy
    "jihua.pipeline.sitepages": 4.075,  # a document site's page labels (1、 2、) set aside and the text they cut joined, for webcopy
    "jihua.pipeline.pagetop": 4.078,  # the lines above a web copy's text: headline stamp, 原标题, an account's teaser and byline, for webcopy
    "jihua.pipeline.linkbreaks": 4.079,  # a link's text a copy put on its own line, and the sentence it cut, joined again, for webcopy
    "jihua.pipeline.webcopy": 4.08,  # a web copy's chrome out and its broken text mended, for clean
    "jihua.pipeline.converted": 4.082,  # a DOCX converted from a PDF: printed lines joined, page furniture aside, for clean
    "jihua.pipeline.title_lines": 4.09,  # a title as printed and how title-like a line is, for clean's contents, covers and split
    "jihua.pipeline.captions": 4.085,  # a figure's caption set aside in every format, for clean
    "jihua.pipeline.clean": 4.1,
    "jihua.pipeline.annex": 4.15,  # annexes after a plan's text, cut off for split and outlined apart
    # the lines between a title and its body (date, occasion, bylines), for split and for covers (a news lead's
    # cue stands over the report's title block)
    "jihua.pipeline.title_block": 4.17,
    "jihua.pipeline.covers": 4.18,  # a cover notice, a preface, a 版记 around a document, set aside for split
    "jihua.pipeline.title_joins": 4.19,  # a title or an occasion line a wrap cut in two, joined back for split
    "jihua.pipeline.page_front": 4.195,  # what a web page prints around its article naming and dating it, for split
    "jihua.pipeline.split": 4.2,
    "jihua.pipeline.text_year": 4.25,  # the year a document's text speaks of, for meta when its title names none
    "jihua.pipeline.doc_kind": 4.28,  # a document's kind (plan, summary, summary_plan) from its title and parts, for meta
    "jihua.pipeline.meta": 4.3,
    "jihua.pipeline.run_in": 4.35,  # where a heading run in with its body ends, for headings
    "jihua.pipeline.headings": 4.4,
    "jihua.pipeline.heading_joins": 4.45,  # headings read as one (wrapped, repeated, continued), for outline
    "jihua.pipeline.sibling_titles": 4.47,  # a numbered list's lines read as titles together, for outline
    "jihua.pipeline.named_parts": 4.45,  # a plan parted by run-in names alone ("工作目标：…", "保障措施：…"), for outline
    "jihua.pipeline.outline": 4.5,
    "jihua.pipeline.part_names": 4.55,  # what part a heading names (指导思想, 保障措施, 存在问题), for classify
    "jihua.pipeline.classify": 4.6,
    "jihua.pipeline.duties": 4.64,  # the body a plan assigns a task to (牵头单位), for target_tables and target_collect
    "jihua.pipeline.target_tables": 4.65,  # indicator tables read as the clauses they abbreviate
    "jihua.pipeline.coordination": 4.66,  # what the conjuncts of a listed quantity share, for targets
    "jihua.pipeline.tiers": 4.67,  # two figures set for one metric (确保…、力争…), for targets
    "jihua.pipeline.stance": 4.68,  # whether a figure read is set for the year or reported as done
    "jihua.pipeline.figure_text": 4.69,  # a figure as printed and the name of what it measures, for targets and target_collect
    "jihua.pipeline.figure_scope": 4.695,  # the whole a count names, not a figure set, for targets
    "jihua.pipeline.not_targets": 4.698,  # what a number read is not (an ordinal, a name, a size, a description), for targets
    "jihua.pipeline.targets": 4.7,
    "jihua.pipeline.target_collect": 4.75,  # a document walked part by part, its figures filed as targets or achievements
    "jihua.pipeline.enrich": 4.8,
    "jihua.pipeline.ids": 4.9,
    "jihua.pipeline.assemble": 4.95,
    "jihua.pipeline.runner": 5,
    "jihua.pipeline.progress": 5,
    "jihua.pipeline.batch": 5.1,
    "jihua.pipeline.compare": 6,
    "jihua.pipeline.compare.pieces": 6,  # sentences split or merged between years, for compare.diff
    "jihua.pipeline.compare.trace_rows": 6,  # a plan's table rows as the trace reads them, for compare.trace
    "jihua.pipeline.compare.trace_figures": 6,  # what a summary's figures say (a result, not a restated goal), for compare.trace
    "jihua.pipeline.compare.trace_match": 6,  # how a plan's text is found in a summary passage, for compare.trace
    "jihua.pipeline.report": 7,
    "jihua.pipeline.archive": 8,
    "jihua.pipeline.scale": 8.5,  # a parse engine that writes run folders the archive reads
    "jihua.pipeline.web": 9,
    "jihua.pipeline.cli": 10,
    "jihua": 11,  # the namespace root and `python -m jihua`
}
# What comes after the schema (comparison, reports, archive, web) reads the schema models and the
# text layer, never a stage's internals (the parse state model and the stage modules).
AFTER_SCHEMA, INTERNALS = 6, (3, 5)


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT)
    if rel.parts[0] == "jihua":
        parts = ["jihua", *rel.with_suffix("").parts[1:]]
    else:
        parts = [FOLDERS[rel.parts[0]], *rel.with_suffix("").parts[1:]]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _rank(module: str) -> float:
    best = ""
    for prefix in RANKS:
        if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
            best = prefix
    if not best:
        raise AssertionError(f"{module} has no place in the flow: add it to RANKS in tests/test_layout.py")
    return RANKS[best]


def _imports(path: Path, module: str) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out.append((node.lineno, base))
            out += [(node.lineno, f"{base}.{a.name}") for a in node.names if base in ("jihua", "jihua.pipeline")]
    return out


def _project_files() -> list[Path]:
    files = [p for folder in (*FOLDERS, "jihua") for p in (ROOT / folder).rglob("*.py")]
    return sorted(p for p in files if "__pycache__" not in p.parts)


def test_no_import_runs_against_the_flow() -> None:
    back_edges = []
    for path in _project_files():
        module = _module_name(path)
        own = _rank(module)
        for line, target in _imports(path, module):
            if not target.startswith("jihua.") or target in ("jihua.pipeline", "jihua.extractors", "jihua.schemas"):
                continue
            rank = _rank(target)
            if rank > own or (AFTER_SCHEMA <= own < RANKS["jihua.pipeline.cli"] and INTERNALS[0] <= rank < INTERNALS[1]):
                back_edges.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert not back_edges, "imports against the flow:\n" + "\n".join(back_edges)


def test_nothing_imports_the_bare_folder_names() -> None:
    """Installed code reaches its siblings through `jihua.` only, never a generic top-level name."""
    bare = []
    for path in _project_files():
        for line, target in _imports(path, _module_name(path)):
            if target.split(".")[0] in FOLDERS:
                bare.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert not bare, "\n".join(bare)


def test_every_package_folder_is_installed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {_module_name(init) for folder in (*FOLDERS, "jihua") for init in (ROOT / folder).rglob("__init__.py")}
    assert found == listed, f"missing from pyproject: {sorted(found - listed)}; stale: {sorted(listed - found)}"
    assert config["package-dir"] == {"jihua": "jihua", **{v: k for k, v in FOLDERS.items()}}


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("from jihua.pipeline.enrich import x\n", "jihua.pipeline.clean", "jihua.pipeline.enrich"),
        ("from .enrich import x\n", "jihua.pipeline.clean", "jihua.pipeline.enrich"),
        ("from ..extractors import x\n", "jihua.schemas.errors", "jihua.extractors"),
        ("from jihua.pipeline import enrich\n", "jihua.pipeline.clean", "jihua.pipeline.enrich"),
    ],
)
def test_the_walker_sees_back_edges(tmp_path: Path, source: str, module: str, expected: str) -> None:
    """The check itself: absolute, relative and `from package import module` forms are all seen."""
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    targets = [t for _, t in _imports(path, module)]
    assert expected in targets
    assert _rank(expected) > _rank(module)
