"""The text layer every stage, comparison and the archive share."""

from __future__ import annotations

from jihua.pipeline.text.sentences import clauses, sentences


def test_a_closing_quote_stays_with_the_sentence_it_closes() -> None:
    text = "主任强调：“要把好事办实。”随后部署了下一步工作！是否落实？"
    assert sentences(text) == ["主任强调：“要把好事办实。”", "随后部署了下一步工作！", "是否落实？"]


def test_semicolons_end_a_sentence_only_when_asked() -> None:
    text = "走访慰问不少于5次；召开联席会议2次。"
    assert sentences(text) == [text]
    assert sentences(text, semicolons=True) == ["走访慰问不少于5次；", "召开联席会议2次。"]


def test_text_without_a_final_mark_is_one_sentence() -> None:
    assert sentences("  加强组织领导  ") == ["加强组织领导"]
    assert sentences("") == []


def test_clauses_carry_their_offsets() -> None:
    text = "全年组织活动不少于5次，每季度召开一次会议：按时报送"
    got = clauses(text)
    assert [c for _, _, c in got] == ["全年组织活动不少于5次", "每季度召开一次会议", "按时报送"]
    assert all(text[s:e] == c for s, e, c in got)
    assert [c for _, _, c in clauses(text, colons=False)][-1] == "每季度召开一次会议：按时报送"


def test_a_colon_between_digits_is_inside_a_figure() -> None:
    """"师生比1:350": a ratio (or a time) is one figure, not a lead-in and what follows it."""
    got = [c for _, _, c in clauses("实验员按生均比1:120配齐，目标：年底完成")]
    assert got == ["实验员按生均比1:120配齐", "目标", "年底完成"]
    # official text prints the ratio with the full-width colon, sometimes spaced: the same figure
    got = [c for _, _, c in clauses("村医与服务人口比保持在1：800以内，床医比达到1 ： 0.8，要求：按季报送")]
    assert got == ["村医与服务人口比保持在1：800以内", "床医比达到1 ： 0.8", "要求", "按季报送"]


def test_an_ascii_period_typed_as_a_full_stop_ends_a_sentence() -> None:
    """Half-width typing: "." between Han characters (or before the line's end) is a 。; a label's
    "一." or "（2）.", a decimal and a file name keep theirs."""
    text = "每季度开展消防演练不少于1次.组织“安全月”活动,参与居民达到2.5万人次.完善应急预案."
    assert sentences(text) == ["每季度开展消防演练不少于1次.", "组织“安全月”活动,参与居民达到2.5万人次.", "完善应急预案."]
    assert [c for _, _, c in clauses("修订制度3项.（详见附件方案.docx）")] == ["修订制度3项", "（详见附件方案.docx）"]
    assert sentences("二.工作措施") == ["二.工作措施"]
    assert sentences("（2）.强化督查\n十一.附则") == ["（2）.强化督查\n十一.附则"]
    assert sentences("覆盖率达到98%.推进“清单制”管理.") == ["覆盖率达到98%.", "推进“清单制”管理."]
    assert sentences("版本号为3.0.共2页") == ["版本号为3.0.共2页"]  # after a digit: no full stop
    assert sentences("站长强调:“要把服务做细.”随后布置了工作.") == ["站长强调:“要把服务做细.”", "随后布置了工作."]
    # a label indented, or run in after a sentence, keeps its "."
    assert sentences("\u3000\u3000三.保障措施") == ["三.保障措施"]
    assert sentences("全年完成改造120户.四.工作要求") == ["全年完成改造120户.", "四.工作要求"]


def test_in_a_half_width_text_a_period_before_a_figure_ends_a_sentence() -> None:
    """Typed with "," between Han characters, a text's "." after a Han character or "%" ends its sentence even where
    the next one opens with a figure (its year); a decimal, a domain, "No.3" and a file name stay whole."""
    text = "2026年,全区建成充电桩420个,快递进村率提高到96.5%.2027年,我委将登录www.fgw.example.cn,办理No.3号文."
    assert sentences(text) == ["2026年,全区建成充电桩420个,快递进村率提高到96.5%.",
                               "2027年,我委将登录www.fgw.example.cn,办理No.3号文."]
    assert sentences("全年新增绿地3.6万平方米,完成投资1.25亿元.2027年起每季度通报.") == [
        "全年新增绿地3.6万平方米,完成投资1.25亿元.", "2027年起每季度通报."]
    assert [c for _, _, c in clauses("请查阅方案.pdf,共计4.5页,请于3月前报送")] == ["请查阅方案.pdf", "共计4.5页", "请于3月前报送"]
    # a text in full-width punctuation keeps reading "%." before a figure as it did
    assert sentences("快递进村率提高到96.5%.2027年起通报。") == ["快递进村率提高到96.5%.2027年起通报。"]
