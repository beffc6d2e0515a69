"""A site's list of other documents under the copied plan: its label names what it lists and how
("相关范文推荐", "热门范文", "精品资料下载"), and the titles under it are links, set aside with their reason.

Every text here is written for these tests, in the shapes such copies take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_PLAN = [
    "柳溪镇2024年防汛抗旱工作方案",
    "下载文档",
    "为做好全镇2024年防汛抗旱工作，最大限度减轻灾害损失，结合我镇实际，制定本方案。",
    "一、工作目标",
    "确保全镇9座小型水库安全度汛，山洪灾害危险区群众转移率达到100%。",
    "二、工作措施",
    "（一）落实防汛责任。镇村两级签订防汛责任书，每座水库明确行政、技术、巡查三个责任人。",
    "（二）储备防汛物资。汛前储备编织袋1.2万条、救生衣300件，由镇应急办统一管理。",
]
_LINKS = ["乡镇防汛工作方案范文（通用6篇）", "村级防汛抗旱工作总结", "2023年度防汛应急预案.doc"]


@pytest.mark.parametrize("label", ["相关范文推荐", "相关文档列表", "热门范文", "精品资料下载", "推荐文章列表"])
def test_the_links_under_a_sites_list_label_leave_the_plans_last_section(parser, tmp_path: Path, label: str) -> None:
    """A preview cut off with no sign-off: only the label tells the plan's last lines from the site's."""
    path = tmp_path / "copy.txt"
    path.write_bytes("\n".join([*_PLAN, "", label, *_LINKS, "©2024 某某文库 | 网站地图"]).encode("gb18030"))
    result = parser.parse(path)
    doc = result.documents[0]
    assert doc.sections[-1].children[-1].paragraphs == ["汛前储备编织袋1.2万条、救生衣300件，由镇应急办统一管理。"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert label in reasons
    assert all("list of related documents" in reasons[link] for link in _LINKS)


def test_a_list_of_links_opened_above_the_sign_off_ends_at_it(parser, tmp_path: Path) -> None:
    """A page that sets its list between the plan's body and its sign-off: the links under the label are the
    site's, the office's name over the date is the plan's — no link is a date line."""
    lines = [f"<p>{line}</p>" for line in _PLAN[:1] + _PLAN[2:]]
    links = [f'<p><a href="/doc/{k}">{title}</a></p>' for k, title in enumerate(_LINKS[:2])]
    page = (f"<html><head><meta charset=\"utf-8\"><title>{_PLAN[0]}</title></head><body>"
            + "".join(lines) + "<p>推荐资料</p>" + "".join(links)
            + "<p>柳溪镇人民政府办公室</p><p>2024年4月8日</p></body></html>")
    path = tmp_path / "copy.html"
    path.write_text(page, encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.org, doc.date, doc.closing) == ("柳溪镇", "2024年4月8日", ["柳溪镇人民政府办公室", "2024年4月8日"])
    assert doc.sections[-1].children[-1].paragraphs == ["汛前储备编织袋1.2万条、救生衣300件，由镇应急办统一管理。"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert all("list of related documents" in reasons[link] for link in _LINKS[:2])
