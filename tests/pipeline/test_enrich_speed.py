"""NLP once: each text is cut once and its tokens serve keywords, entities and sentences."""

from __future__ import annotations

import subprocess
import sys

from jihua.pipeline.enrich import Words

TEXTS = ["一、加强组织领导", "县退役军人事务局牵头，每季度走访慰问不少于300人次，安排经费50万元。",
         "", "9月30日举行公祭；春节、“八一”期间开展慰问 。"]


def test_joined_tokens_equal_cutting_the_joined_text(nlp_parser) -> None:
    nlp = nlp_parser.nlp
    words = Words(nlp)
    assert words.joined(TEXTS) == nlp.cut("\n".join(TEXTS))
    text = TEXTS[1]
    second = text.index("安排")
    assert words.part(text, second, len(text)) == nlp.cut(text[second:])


def test_keywords_and_entities_from_given_tokens_equal_cutting_again(nlp_parser) -> None:
    nlp = nlp_parser.nlp
    text = "\n".join(TEXTS)
    tokens = Words(nlp).joined(TEXTS)
    assert nlp.keywords(text, words=tokens) == nlp.keywords(text)
    assert nlp.entities(text, tokens) == nlp.entities(text)
    ents = nlp.entities(text)
    assert ents["TIME"] == ["每季度", "9月30日", "春节", "八一"] and "县退役军人事务局" in ents["ORG"]


def test_entity_rules_classify_each_distinct_token_once(nlp_parser) -> None:
    rules = nlp_parser.nlp.rules
    tokens = ["县", "民政局", "和", "县", "民政局", "发放", "50", "元"]
    spans = rules.spans(tokens)
    assert [(label, "".join(tokens[s:e])) for label, s, e in spans] == [
        ("ORG", "县民政局"), ("ORG", "县民政局"), ("MONEY", "50元")]
    # two rules match "4900万元" on the same tokens: the more specific label, never the set's order
    assert [label for label, _, _ in rules.spans(["利润", "总额", "4900", "万元"])] == ["MONEY"]
    assert rules.classes("民政局") == rules.classes("民政局")


def test_help_schema_and_archive_load_no_document_libraries() -> None:
    code = ("import sys\nsys.argv = ['jihua', '--help']\nfrom jihua.pipeline.cli.main import app\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            "heavy = {'docx', 'pptx', 'pdfplumber', 'pypdfium2', 'spacy', 'jieba', 'rich', 'sqlite3',"
            " 'jihua.pipeline.archive.db'} & set(sys.modules)\n"
            "print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_archive_search_loads_no_parse_stage_or_document_library(corpus_archive) -> None:
    """A search segments the query (jieba) and reads the archive: nothing of the parse (not even the block
    model: building pydantic models costs a cold search 50 ms)."""
    code = (f"import sys\nsys.argv = ['jihua', 'archive', 'search', '慰问', '--db', {str(corpus_archive)!r}]\n"
            "from jihua.pipeline.cli.main import app\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            "heavy = {'docx', 'pptx', 'pdfplumber', 'pypdfium2', 'jihua.pipeline.runner', 'jihua.pipeline.batch',"
            " 'pyarrow', 'psycopg', 'ray', 'jihua.schemas.blocks'} & set(sys.modules)\n"
            "print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "慰问" in out and out.strip().splitlines()[-1] == "[]"


def test_idf_table_equals_jiebas_and_loads_again_from_its_cache() -> None:
    import jieba.analyse
    from jihua.pipeline.text.idf import Idf

    first, second = Idf(), Idf()  # the second reads the marshal cache the first wrote
    reference = jieba.analyse.TFIDF()
    assert first.idf_freq == second.idf_freq == reference.idf_freq
    assert first.median_idf == second.median_idf == reference.median_idf

