"""Raw web copies whose numbered headings lost the break before their body, with no punctuation between.

Every text here is written for these tests, in the shape a copy from a document site takes.
"""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.run_in import glued_split

_COPY = """松岭县图书馆2026年工作要点

来源：网友投稿　　发布时间：2026-01-20 15:02　　浏览 864
分享到：微信 微博

2026年，县图书馆将以提升公共文化服务效能为主线，推进全民阅读和总分馆制建设，为建设书香松岭提供有力支撑。
一、深化全民阅读，打造书香松岭品牌
（一）深化阅读推广活动以“书香松岭”读书节为抓手，全年举办各类阅读推广活动120场以上，开展亲子共读、经典诵读等特色活动。
（二）健全总分馆服务体系配合教育部门在中小学设立图书馆分馆5个，推动馆藏资源进校园、进课堂。
（三）全年新增馆藏纸质图书1.5万册、电子图书3万种，年接待读者达到20万人次以上。新书到馆后15个工作日内完成编目上架。
二、优化公共服务，提升场馆服务效能完善总分馆通借通还系统，全县12个乡镇分馆实现一卡通借通还。延长周末和节假日开放时间，方便群众借阅。
三、夯实古籍保护基础进一步落实古籍普查登记制度，完成馆藏古籍普查登记1200部，建立古籍保护档案。
四、强化人才支撑，提高馆员专业素养组织开展馆员业务培训4期，参训人员不少于80人次。选派业务骨干赴省馆跟班学习。
五、压实安全生产责任，推动各项防范措施全面落实
严格执行消防安全管理制度，每月开展一次安全检查，确保场馆和读者安全。

分享到：微信 微博
上一篇：某县文化馆2026年工作计划
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "library.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_headings_glued_to_their_bodies_come_apart(parser, tmp_path) -> None:
    """Each glued heading is cut where its body opens — at a preposition (以, 配合), after the second clause of a
    two-clause heading, before an adverb that belongs to the body (进一步落实), and in a long first sentence that
    states figures — and the text cut off is the section's first paragraph."""
    doc = parser.parse(_write(tmp_path, _COPY)).documents[0]
    outline = [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]
    assert outline == [
        ("一、", "深化全民阅读，打造书香松岭品牌", [("（一）", "深化阅读推广活动"), ("（二）", "健全总分馆服务体系")]),
        ("二、", "优化公共服务，提升场馆服务效能", []),
        ("三、", "夯实古籍保护基础", []),
        ("四、", "强化人才支撑，提高馆员专业素养", []),
        ("五、", "压实安全生产责任，推动各项防范措施全面落实", []),
    ]
    first = doc.sections[0].children
    assert first[0].paragraphs[0].startswith("以“书香松岭”读书节为抓手，")
    assert first[1].paragraphs[0].startswith("配合教育部门在中小学设立图书馆分馆5个，")
    assert doc.sections[1].paragraphs[0].startswith("完善总分馆通借通还系统，")
    assert doc.sections[2].paragraphs == ["进一步落实古籍普查登记制度，完成馆藏古籍普查登记1200部，建立古籍保护档案。"]
    assert doc.sections[3].paragraphs[0].startswith("组织开展馆员业务培训4期，参训人员不少于80人次。")
    # a numbered sentence stating figures is an entry, kept whole, not a heading over the sentence after it
    assert any(p.startswith("（三）全年新增馆藏纸质图书1.5万册") and p.endswith("完成编目上架。") for p in first[1].paragraphs)
    assert doc.sections[4].paragraphs == ["严格执行消防安全管理制度，每月开展一次安全检查，确保场馆和读者安全。"]


def test_a_verb_object_heading_is_not_cut_inside_itself() -> None:
    """A heading that ends in a verb phrase, or holds "党对…的领导", stands whole; a two-clause heading with a
    body after it, reaching a sentence end, is cut after its second clause."""
    assert glued_split("压实安全生产责任，推动各项防范措施全面落实") is None
    assert glued_split("加强和改进党对图书馆工作的领导，确保正确办馆方向") is None
    assert glued_split("加强对外交流合作，提升馆藏资源共享水平") is None
    assert glued_split("筑牢河湖安全底线持续开展河道“清四乱”整治，年内清理违建12处") == (
        "筑牢河湖安全底线", "持续开展河道“清四乱”整治，年内清理违建12处")
    assert glued_split("优化水资源配置，健全节水管理制度推动用水定额管理全覆盖，严控高耗水项目。") == (
        "优化水资源配置，健全节水管理制度", "推动用水定额管理全覆盖，严控高耗水项目。")
    # with no sentence end, the same words are a heading of three clauses
    assert glued_split("优化水资源配置，健全节水管理制度推动用水定额管理全覆盖，严控高耗水项目") is None


_REPORT = """青川镇2025年工作总结

一、抓实项目建设，全年开工重点项目45个、完成投资达83亿元，产业支撑不断增强。聚焦绿色食品产业开展上下游招商，一批项目落地。
（一）全面加强党委对宣传思想工作的领导，切实守好意识形态阵地。全年开展理论宣讲60场。
（二）发挥村级党组织对群众的组织动员作用，推动人居环境整治落地见效。全镇评选文明示范户300户。
（三）压实安全生产主体责任对标对表抓好隐患整改，推动各类风险隐患动态清零。全年整改隐患210处。
（四）深化农村集体产权改革以改革激活力，不断壮大村级集体经济。全镇村级集体经济收入全部超过10万元。
（五）健全干部实绩考核办法以考核促担当，树立重实干重实绩导向。年底排出各单位实绩名次。
（六）健全纪检监察协作机制以督促建以建促效，推动形成监督合力。全年开展警示教育12场。
二、下一步打算
（一）持续改善人居环境，深化农村污水治理推动垃圾分类提质扩面，全力建设美丽乡村
（二）巩固拓展脱贫成果，守牢不发生规模性返贫底线
"""


def test_headings_holding_prepositions_and_clauses_stand_whole(parser, tmp_path) -> None:
    """对 and 以 open phrases inside a heading ("党委对…的领导", "以改革激活力", "对标对表"); a heading of three
    clauses with no sentence end is a heading, not a heading and its body; a numbered first sentence stating
    figures over numbered lines of a lower rank is their part's heading."""
    doc = parser.parse(_write(tmp_path, _REPORT)).documents[0]
    outline = [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]
    assert outline == [
        ("一、", "抓实项目建设，全年开工重点项目45个、完成投资达83亿元，产业支撑不断增强", [
            ("（一）", "全面加强党委对宣传思想工作的领导，切实守好意识形态阵地"),
            ("（二）", "发挥村级党组织对群众的组织动员作用，推动人居环境整治落地见效"),
            ("（三）", "压实安全生产主体责任对标对表抓好隐患整改，推动各类风险隐患动态清零"),
            ("（四）", "深化农村集体产权改革以改革激活力，不断壮大村级集体经济"),
            ("（五）", "健全干部实绩考核办法以考核促担当，树立重实干重实绩导向"),
            ("（六）", "健全纪检监察协作机制以督促建以建促效，推动形成监督合力"),
        ]),
        ("二、", "下一步打算", [
            ("（一）", "持续改善人居环境，深化农村污水治理推动垃圾分类提质扩面，全力建设美丽乡村"),
            ("（二）", "巩固拓展脱贫成果，守牢不发生规模性返贫底线"),
        ]),
    ]
    assert doc.sections[0].paragraphs[0].startswith("聚焦绿色食品产业开展上下游招商，")
