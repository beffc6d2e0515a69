"""A short line over a line opening with one character and a mark: the tail of a word a PDF broke at its
margin ("…全覆盖检" | "查，…"), or the first item of an ordinary Chinese list ("镇、村两级…") under a
heading of its own. Texts are our own."""

from __future__ import annotations

from pathlib import Path

_PLAN = "柳溪镇2027年平安建设工作要点"
_PARTS = [("压实工作责任", "镇、村两级逐级签订目标责任书，每半年考核一次。"),
          ("加强队伍建设", "另，市、县组织的业务培训全员参加，全年培训不少于4次。")]


def _headings(parser, path: Path) -> list[str]:
    [doc] = parser.parse(path).documents
    return [c.heading for s in doc.sections for c in [s, *s.children]]


def test_a_one_character_list_item_under_a_short_line_leaves_it_a_heading(parser, tmp_path: Path) -> None:
    """"镇、村两级…" opens a list, no word the line above broke off: the line over it titles it."""
    path = tmp_path / "plain.txt"
    lines = [_PLAN, "一、工作措施", *(line for part in _PARTS for line in part)]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert _headings(parser, path) == ["工作措施", "压实工作责任", "加强队伍建设"]


def test_a_bold_docx_heading_is_no_line_a_margin_broke(parser, tmp_path: Path) -> None:
    """A DOCX paragraph ends where its writer ended it: "另，…" under a bold line goes on with nothing."""
    import docx

    document = docx.Document()
    document.add_paragraph(_PLAN).alignment = 1
    document.add_paragraph("一、工作措施")
    for head, body in _PARTS:
        document.add_paragraph().add_run(head).bold = True
        document.add_paragraph(body)
    path = tmp_path / "bold.docx"
    document.save(str(path))
    assert _headings(parser, path) == ["工作措施", "压实工作责任", "加强队伍建设"]


def _pdf(path: Path, rows: list[tuple[str, str]]) -> Path:
    """Rows of (text, where: "centre" / "indent" / "left") in 16 pt STSong, 26 characters to the line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595.3, 841.9))
    y = 780.0
    for text, where in rows:
        c.setFont("STSong-Light", 16)
        if where == "centre":
            c.drawCentredString(298.0, y, text)
        else:
            c.drawString(90.0 + (32.0 if where == "indent" else 0.0), y, text)
        y -= 27.0
    c.save()
    return path


def test_a_centred_pdf_line_is_no_line_a_margin_broke(parser, tmp_path: Path) -> None:
    """A centred short line stops where it was set, not at the margin: "另，…" under it goes on with
    nothing, and the line titles the body under it."""
    path = _pdf(tmp_path / "centred.pdf", [
        (_PLAN, "centre"), ("一、工作措施", "left"), ("加强队伍建设", "centre"),
        ("另，市、县组织的业务培训全员参加，全年培训不少于4次，", "indent"),
        ("参训率达到百分之百，考核合格率保持在九成五以上。", "left")])
    assert _headings(parser, path) == ["工作措施", "加强队伍建设"]
