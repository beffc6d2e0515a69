"""Enrich: Chinese segmentation, entities, keywords and targets for each document.

jieba segments with a domain dictionary (双拥, 优抚对象, 拥军优属 …) shipped in the package;
each text of a document is segmented once, and its tokens feed the keywords (TF-IDF over
jieba's IDF table, read once per run) and the entity rules (time nodes such as 春节, "八一",
每季度, 9月30日; organisations, quantities and money; see `entities`). Everything loads from
installed packages: nothing is downloaded. The resources are built once per run and passed
in, never kept in globals.
"""

from __future__ import annotations

import logging
import re
from types import ModuleType

from jihua.pipeline.model import Document, Section
from jihua.pipeline.rules.lexicon import ORG_BODIES, STOPWORDS, TIME_WORDS
from jihua.pipeline.text.entities import ORG_LEADING, EntityRules
from jihua.pipeline.text.idf import Idf
from jihua.pipeline.text.segment import tokenizer

_log = logging.getLogger(__name__)

_TIME = re.compile("|".join(sorted(map(re.escape, TIME_WORDS), key=len, reverse=True))
                   + r"|\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?")
_ORG = re.compile(
    r"(?:[省市县区镇乡]|街道|社区)?[\u4e00-\u9fff]{0,8}?"
    rf"(?:{ORG_BODIES}|局|委|办)"
)
# jieba.analyse's own stop words, which its TF-IDF keyword extraction leaves out
_TFIDF_STOP = frozenset(("the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as",
                         "on", "with", "can", "if", "from", "which", "you", "it", "this", "then", "at", "have",
                         "all", "not", "one", "has", "or"))


class Nlp:
    """jieba, its IDF table and the entity rules, built once per run from installed files only."""

    def __init__(self) -> None:
        self.jieba = tokenizer()
        self.tfidf = Idf()
        self.rules = EntityRules((self.cut(w) for w in TIME_WORDS), known=self.known)

    def cut(self, text: str) -> list[str]:
        return [w for w in self.jieba.cut(text, HMM=True) if w]

    def known(self, word: str) -> bool:
        """Whether jieba's dictionary holds the word (else its HMM found it: a name it has not met)."""
        return self.jieba.FREQ.get(word, 0) > 0

    def entities(self, text: str, words: list[str] | None = None) -> dict[str, list[str]]:
        """TIME, MONEY, QUANTITY and ORG names; `words` are the text's tokens when already cut."""
        tokens = self.cut(text) if words is None else words
        out: dict[str, list[str]] = {"TIME": [], "MONEY": [], "QUANTITY": [], "ORG": []}
        for label, start, end in self.rules.spans(tokens):
            name = "".join(tokens[start:end])
            if label == "ORG":  # "由市/双拥办": jieba glued a leading word to the place
                name = ORG_LEADING.sub("", "".join(tokens[start:end - 1])) + tokens[end - 1]
            if label != "ORG" or len(name) >= 3:
                out[label].append(name)
        out["ORG"] = _unique(out["ORG"])
        return out

    def keywords(self, text: str, top: int = 8, words: list[str] | None = None) -> list[str]:
        """TF-IDF keywords, computed as jieba.analyse's extract_tags does, from the tokens."""
        freq: dict[str, float] = {}
        for w in self.cut(text) if words is None else words:
            if len(w.strip()) < 2 or w.lower() in _TFIDF_STOP:
                continue
            freq[w] = freq.get(w, 0.0) + 1.0
        total = sum(freq.values())
        idf = self.tfidf
        for k in freq:
            freq[k] *= idf.get(k) / total
        tags = sorted(freq, key=freq.__getitem__, reverse=True)[:top * 2]
        return [t for t in tags if t not in STOPWORDS and not t.isdigit() and len(t) > 1][:top]


class Words:
    """One document's texts, each segmented once; joined texts and sentences reuse the tokens."""

    def __init__(self, nlp: Nlp) -> None:
        self.nlp = nlp
        self._memo: dict[str, list[str]] = {}
        self._bounds: dict[str, dict[int, int]] = {}

    def of(self, text: str) -> list[str]:
        tokens = self._memo.get(text)
        if tokens is None:
            tokens = self._memo[text] = self.nlp.cut(text)
        return tokens

    def joined(self, texts: list[str]) -> list[str]:
        """Tokens of "\n".join(texts): jieba never joins across a line break, so parts concatenate."""
        out: list[str] = []
        for i, text in enumerate(texts):
            if i:
                out.append("\n")
            out.extend(self.of(text))
        return out

    def inside(self, container: str, piece: str) -> list[str]:
        """Tokens of a piece of an already segmented text (a sentence or clause of a paragraph),
        sliced from the paragraph's when the piece starts and ends on its token boundaries, else
        cut on its own. jieba cuts the runs between punctuation apart, so a sentence is cut the
        same either way; a clause cut at 和/及 inside a run could in principle differ (on 500
        target clauses of the corpus and real reports it never did)."""
        start = container.find(piece) if piece else -1
        return self.part(container, start, start + len(piece)) if start >= 0 else self.of(piece)

    def part(self, text: str, start: int, end: int) -> list[str]:
        """Tokens of text[start:end] when both ends fall on token boundaries (a sentence's do)."""
        tokens = self.of(text)
        index = self._bounds.get(text)
        if index is None:  # character offset of each token boundary → token index
            index, offset = {0: 0}, 0
            for i, tok in enumerate(tokens, start=1):
                offset += len(tok)
                index[offset] = i
            self._bounds[text] = index
        if start in index and end in index:
            return tokens[index[start]:index[end]]
        return self.nlp.cut(text[start:end])


def time_nodes(text: str) -> list[str]:
    """Festivals, recurring periods and dates named in a sentence (without the NLP resources)."""
    return _unique(_TIME.findall(text))


def orgs(text: str) -> list[str]:
    """Organisation names named in a sentence, read on characters where there are no tokens
    (`--no-nlp`); with jieba's tokens, `EntityRules` reads them on word boundaries."""
    found = []
    for m in _ORG.finditer(text):
        name = ORG_LEADING.sub("", m.group(0))
        if len(name) >= 3 and name not in found:
            found.append(name)
    return found


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _plain_entities(text: str, within: str = "") -> dict[str, list[str]]:
    """Time nodes and orgs of a sentence without the NLP resources (`--no-nlp`)."""
    return {"TIME": time_nodes(text), "ORG": orgs(text)}


def _section_texts(section: Section) -> list[str]:
    return [section.heading] + [u.text for u in section.content if u.role != "table"]


def load_targets() -> ModuleType:
    """The target rules, imported when a parse first needs them, so commands that only segment
    stay light (a batch calls this before its workers fork, so they share one import)."""
    from jihua.pipeline import target_collect

    return target_collect


def run(doc: Document, nlp: Nlp | None) -> Document:
    """Targets and achievements (`target_collect.collect`), per-section keywords, document entities;
    each text is cut once."""
    collector = load_targets()

    words = Words(nlp) if nlp is not None else None
    if nlp is not None and words is not None:
        collector.collect(doc, lambda text, within: nlp.entities(text, words.inside(within, text)))
    else:
        collector.collect(doc, _plain_entities)
    all_text = [u.text for u in doc.preamble]
    for section in doc.all_sections():
        texts = _section_texts(section)
        all_text.extend(texts)
        if nlp is not None and words is not None:
            section.keywords = nlp.keywords("\n".join(texts), words=words.joined(texts))
    if nlp is not None and words is not None:
        ents = nlp.entities("\n".join(all_text), words.joined(all_text))
        doc.entities = {"orgs": _unique(ents.get("ORG", [])), "time_nodes": _unique(ents.get("TIME", [])),
                        "money": _unique(ents.get("MONEY", []))}
    return doc
