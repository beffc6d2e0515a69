"""Enrich: Chinese segmentation, entities, keywords and targets for each document.

jieba segments with a domain dictionary (双拥, 优抚对象, 拥军优属 …) shipped in the package;
a blank spaCy "zh" pipeline uses that segmenter and an EntityRuler for time nodes (春节,
"八一", 每季度, 9月30日), organisations, quantities and money. Everything loads from installed packages: nothing is
downloaded. The resources are built once per run and passed in, never kept in globals.
"""

from __future__ import annotations

import logging
import re
from importlib import resources
from typing import Any

from jihua.pipeline import targets
from jihua.pipeline.model import Document, Section
from jihua.pipeline.rules.lexicon import STOPWORDS, TARGET_UNITS, TIME_WORDS

_log = logging.getLogger(__name__)

_TIME = re.compile("|".join(sorted(map(re.escape, TIME_WORDS), key=len, reverse=True))
                   + r"|\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?")
_ORG_HEAD = (r"^[\u4e00-\u9fff]*(事务局|人社局|教育局|财政局|民政局|宣传部|组织部|武装部|人武部|办公室|委员会|领导小组|"
             r"服务中心|服务站|党委|党组|团委|妇联|工会|政府|双拥办)$")
_UNIT_TOKENS = [u for u in TARGET_UNITS if u not in ("%", "％")]
_ORG = re.compile(
    r"(?:[省市县区镇乡]|街道|社区)?[\u4e00-\u9fff]{0,8}?"
    r"(?:事务局|人社局|教育局|财政局|民政局|卫健局|宣传部|组织部|武装部|人武部|办公室|委员会|领导小组|服务中心|服务站|"
    r"融媒体中心|党委|党组|团委|妇联|总工会|工会|政府|双拥办|局|委|办)"
)
_ORG_LEADING = re.compile(r"^(由|和|与|及|会同|联合|配合|协调|组织|邀请|请|对|向|在|为|是|将|把|各|并|同|的)+")


def load_jieba() -> Any:
    """A jieba tokenizer of our own (not jieba's module-level one) with the domain dictionary."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    userdict = resources.files("jihua.pipeline.rules").joinpath("userdict.txt")
    with resources.as_file(userdict) as path:
        tokenizer.load_userdict(str(path))
    return tokenizer


class Nlp:
    """jieba + spaCy, built once per run from installed files only."""

    def __init__(self) -> None:
        import jieba.analyse
        import spacy
        from spacy.tokens import Doc

        self.jieba = load_jieba()
        self.tfidf = jieba.analyse.TFIDF()
        self.tfidf.tokenizer = self.jieba
        nlp = spacy.blank("zh")
        tokenizer = self.jieba

        def segment(text: str) -> Any:
            words = [w for w in tokenizer.cut(text, HMM=True) if w]
            return Doc(nlp.vocab, words=words, spaces=[False] * len(words))

        nlp.tokenizer = segment
        ruler: Any = nlp.add_pipe("entity_ruler")
        patterns: list[dict[str, Any]] = [{"label": "TIME", "pattern": w} for w in TIME_WORDS]
        patterns += [
            {"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^(县|市|区|镇|乡|省|街道|社区)$"}, "OP": "?"},
                                         {"TEXT": {"REGEX": r"^[\u4e00-\u9fff]{2,6}$"}, "OP": "?"},
                                         {"TEXT": {"REGEX": _ORG_HEAD}}]},
            {"label": "QUANTITY", "pattern": [{"TEXT": {"REGEX": r"^\d+(\.\d+)?$"}}, {"TEXT": {"IN": _UNIT_TOKENS}}]},
            {"label": "QUANTITY", "pattern": [{"TEXT": {"REGEX": r"^\d+(\.\d+)?(" + "|".join(_UNIT_TOKENS) + r"|%)$"}}]},
            {"label": "TIME", "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}月(\d{1,2}日)?$"}},
                                          {"TEXT": {"REGEX": r"^\d{1,2}日$"}, "OP": "?"}]},
            {"label": "TIME", "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}$"}}, {"TEXT": "月"},
                                          {"TEXT": {"REGEX": r"^\d{1,2}$"}, "OP": "?"}, {"TEXT": "日", "OP": "?"}]},
            {"label": "MONEY", "pattern": [{"TEXT": {"REGEX": r"^\d+(\.\d+)?$"}}, {"TEXT": {"REGEX": r"^(万|亿)?元$"}}]},
            {"label": "MONEY", "pattern": [{"TEXT": {"REGEX": r"^\d+(\.\d+)?(万|亿)?元$"}}]},
        ]
        ruler.add_patterns(patterns)
        self.spacy = nlp

    def entities(self, text: str) -> dict[str, list[str]]:
        doc = self.spacy(text)
        out: dict[str, list[str]] = {"TIME": [], "MONEY": [], "QUANTITY": [], "ORG": []}
        for ent in doc.ents:
            name = _ORG_LEADING.sub("", ent.text) if ent.label_ == "ORG" else ent.text
            if ent.label_ != "ORG" or len(name) >= 3:
                out.setdefault(ent.label_, []).append(name)
        out["ORG"] = _unique(out["ORG"] + orgs(text))  # the character rule catches names jieba split oddly
        return out

    def keywords(self, text: str, top: int = 8) -> list[str]:
        tags = self.tfidf.extract_tags(text, topK=top * 2)
        return [t for t in tags if t not in STOPWORDS and not t.isdigit() and len(t) > 1][:top]


def time_nodes(text: str) -> list[str]:
    """Festivals, recurring periods and dates named in a sentence (without the spaCy pipeline)."""
    return _unique(_TIME.findall(text))


def orgs(text: str) -> list[str]:
    """Organisation names named in a sentence ("县退役军人事务局", "市双拥办")."""
    found = []
    for m in _ORG.finditer(text):
        name = _ORG_LEADING.sub("", m.group(0))
        if len(name) >= 3 and name not in found:
            found.append(name)
    return found


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _plain_entities(text: str) -> dict[str, list[str]]:
    return {"TIME": time_nodes(text), "ORG": orgs(text)}


def _section_text(section: Section) -> str:
    return "\n".join([section.heading] + [u.text for u in section.content if u.role != "table"])


def run(doc: Document, nlp: Nlp | None) -> Document:
    """Targets with their section, per-section keywords, document entities."""
    targets.collect(doc, nlp.entities if nlp is not None else _plain_entities)
    all_text = [u.text for u in doc.preamble]
    for section in doc.all_sections():
        text = _section_text(section)
        all_text.append(text)
        if nlp is not None:
            section.keywords = nlp.keywords(text)
    if nlp is not None:
        ents = nlp.entities("\n".join(all_text))
        doc.entities = {"orgs": _unique(ents.get("ORG", [])), "time_nodes": _unique(ents.get("TIME", [])),
                        "money": _unique(ents.get("MONEY", []))}
    return doc
