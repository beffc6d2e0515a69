"""The vocabulary of web chrome: the lines document sites, government sites and WeChat accounts
wrap around a copied plan. Read by the web-copy stage (pipeline/webcopy.py and its helpers); the share bar,
the production credits and the page's publication line also by covers (pipeline/covers.py), which finds them
in any file a page was saved to, and the publication line by title_lines (never a title) and pagebreaks (a
paginated copy's next page head)."""

from __future__ import annotations

import re

from jihua.pipeline.rules.lexicon import DOC_KIND_WORDS, SENTENCE_PUNCT, TIME_LABELS
from jihua.schemas.blocks import RELATED_LABEL

# a document site's line over a file its members share: the site that labels its pages "1、" "2、"
_SHARED_FILE = r"由会员分享|可在线阅读|页珍藏版|更多相关《"
SHARED_FILE = re.compile(_SHARED_FILE)
# lines at the start or end of a copied page where a site puts its own furniture (its first page's "1、" too)
PAGE_EDGE = 6
# lines at the top of a copied page that may hold its headline (a site's menu, login links, the poster's box above it)
OPENING = 20
# the page's own controls, which a portal prints around any article and a document never prints in its text, by
# kind: its breadcrumb ("当前位置：", "您现在的位置："), the links to the articles beside it (上一篇/下一篇), its
# bracketed buttons ("【打印本页】【关闭窗口】") and its phone prompt ("扫一扫在手机打开当前页", "扫描二维码在手机上阅读").
# Several lines of two kinds or more around a file's text prove the file a pasted page, whatever its format
# (pageparts.pasted_page)
PAGE_CONTROLS = {
    "breadcrumb": re.compile(r"当前位置|您(?:现在|当前|所在)?的?位置\s*[:：]"),
    # (a link line, "上一篇：…", "【下一篇】…", "下一篇 …" — never the words inside a sentence: "谱写…下一篇章")
    "sibling links": re.compile(r"(?:^|[\s|｜】\]])[【\[]?\s*(?:上一篇|下一篇)(?:文章)?\s*(?:[】\]][:：]?|[:：>›»]|\s|$)"),
    "buttons": re.compile(r"【\s*(?:打印|关闭|纠错|收藏|分享|返回|字体|字号|我要)[^】]{0,8}】"),
    "phone prompt": re.compile(r"(?:扫一扫|扫描二维码|手机扫码)\s*(?:在|用)?\s*手机(?:上)?\s*(?:打开|浏览|阅读|查看)"),
}
# what a site's footer says of the site itself: its registration numbers (ICP备, 公网安备, 网站标识码) and its advice on
# how to view it. A web copy's chrome, but no proof of a pasted page: a plan for a county's websites lists the same
# facts in its text or its annex ("ICP备案号：某ICP备12345678号", "网站标识码：4501000001")
_SITE_FACTS = (
    r"ICP备|公网安备|网站标识码|"
    r"建议(?:使用|采用)\s*\d{3,4}\s*[×xX*＊]\s*\d{3,4}\s*(?:的)?分辨率|建议使用.{0,16}浏览器(?:浏览|访问)"
)
_PAGE_INTERFACE = "|".join([*(p.pattern for p in PAGE_CONTROLS.values()), _SITE_FACTS])
# a document site's prompt where its preview stops a page ("还剩5页未读，继续阅读", "展开阅读全文 ∨", "点击阅读全文"):
# a page break of the copy — the sentence it cut goes on after it. One of its words only a site writes, in any line
# (`_UNFOLD_ALL`, a site-only phrase below); the others a plan may write in a sentence ("组织党员继续阅读…"), so they
# are the page's only alone on their line (READ_ON, CHROME_LINE)
_UNFOLD_ALL = "展开阅读全文"
_UNFOLD = rf"(?:{_UNFOLD_ALL}|展开全文)"
_READ_ON_WORDS = ("继续阅读", _UNFOLD_ALL, "阅读全文", "展开全文", "查看全文", "继续浏览")
_READ_MORE = r"(?:点击|点此)?\s*(?:" + "|".join(_READ_ON_WORDS) + ")"
READ_ON = re.compile(rf"^\s*(?:(?:还剩|剩余|剩下|余下)\s*\d{{1,4}}\s*页\s*未(?:阅)?读(?:[，,。.…\s]*{_READ_MORE})?|{_READ_MORE})"
                     r"\s*[>›»▼∨↓]*\s*$")
# phrases only a site uses (a document site's, a portal's interface, an account's): never in a plan's own text
_SITE_ONLY_PHRASES = (
    rf"{_PAGE_INTERFACE}|"
    r"温馨提示|文档评论|相关文档|推荐访问|热门文档|猜你喜欢|精品文档|VIP|下载文档|打印本文|本文来源|网友投稿|"
    # a document site's coupon price ("0下载券"), its list of what the file's readers also read
    r"下载券|(?:阅读|浏览|下载)了(?:该|这篇|本)文档的用户还|"
    r"小编|仅供参考|供大家参考|希望能够帮助|希望对你有所帮助|版权归|联系客服|网站客服|"
    r"Copyright|原创力文档|本文档由|本站|免费下载|立即下载|"
    rf"{_UNFOLD_ALL}|原标题\s*[:：]|"
    # a document site's line over a shared file ("《某.docx》由会员分享，可在线阅读，更多相关《某.docx(3页珍藏版)》…")
    rf"{_SHARED_FILE}|"
    r"责任编辑|转载请注明|版权所有|未经授权|本网站|本文来源于|如有侵权请|"
    # a repost's note on where it came from, its list of other articles ("（本文转载自…，内容以原文为准）")
    r"本文转载自|内容以原文为准|相关文章[:：]|"
    # a WeChat article's interface: calls to follow and share, the list of earlier posts
    r"点击(?:上方|下方)?\s*蓝字|蓝字\s*关注|往期推荐|往期回顾|往期精彩|分享\s*收藏\s*点赞\s*在看|点赞\s*在看|点亮\s*在看|"
    r"点个\s*在看|\[二维码\]|"
    # a forum's thread furniture, a portal's way back
    r"只看该作者|只看楼主|回复本楼|返回[\u4e00-\u9fff]{2,4}[，,]?\s*查看更多|"
    # a mail client's footer
    r"此邮件由.{0,12}发送|发自我的\s*(?:iPhone|iPad|手机|华为|小米)|网易邮箱大师|QQ邮箱\s*发送|"
    # a self-media platform's disclaimer under an account's post
    r"观点仅代表(?:该)?作者|仅代表(?:该)?作者(?:或机构)?(?:本人)?观点|平台仅提供信息存储(?:空间)?服务"
)
SITE_ONLY = re.compile(_SITE_ONLY_PHRASES, re.IGNORECASE)
# what only a document-sharing site (文库, 范文 sites) prints, of those: a page of its copy is numbered like a
# list item ("2."), which a portal's or an account's page never is
DOCUMENT_SITE = re.compile(r"文档评论|相关文档|热门文档|精品文档|VIP|下载文档|下载券|原创力文档|本文档由|免费下载|立即下载|"
                           rf"{_UNFOLD_ALL}|文库|由会员分享|页珍藏版|仅供参考|供大家参考|网友投稿|小编|{_SHARED_FILE}",
                           re.IGNORECASE)
# the heading of a site's list of other documents: the short lines under it are links, not the plan. A 范文 site may
# name the page it lists them for in brackets before the label ("【某县2025年工作计划(精选5篇)】相关文章："); a
# government page sets the label itself in brackets ("【相关链接】")
RELATED_LIST = re.compile(rf"^\s*(?:【[^【】]{{1,50}}】\s*)?[【\[]?\s*(?:{RELATED_LABEL}|"
                          r"往期推荐|往期回顾|往期精彩|精彩回顾|精彩推荐|相关附件|附件下载|相关链接|相关文件|相关信息|类似文章|"
                          r"相关新闻|相关报道|相关稿件|相关解读|更多新闻|"
                          r"(?:全部|热门|精彩|网友|最新)?评论(?:\s*[(（]?\d+[)）]?)?)\s*[】\]]?\s*[:：]?\s*$|"
                          # …or with its links on the same line: two or more short titles, no sentence among them
                          # ("相关推荐：某某工作要点 某某工作计划")
                          rf"^\s*(?:{RELATED_LABEL})\s*[:：]\s*"
                          # (or between bars: "相关推荐：某某工作计划范文 | 某某实施方案范文")
                          r"[^\s，。；,;！!？?|｜]{2,30}(?:(?:\s+|\s*[|｜]\s*)[^\s，。；,;！!？?|｜]{2,30})+\s*$")
# a reader's comment as a page or a shared document lists them under its "评论（3）": its number, the commenter,
# the day (and time) it was posted, a colon, the comment ("[1]某某2025-01-09 11:20：建议…", "2楼 某某 2025-01-09：…").
# Its number or its time, one of them at least: "第一阶段2025年3月1日：…" (a stage of the plan) has neither
_COMMENT_NO = r"[\[［【(（]\s*\d{1,3}\s*[\]］】)）]|\d{1,3}\s*(?:楼|#|、|\.)"
_POSTED_DAY = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
_POSTED_TIME = r"\s*\d{1,2}:\d{2}(?::\d{2})?"
COMMENT_LINE = re.compile(rf"^\s*(?:(?:{_COMMENT_NO})\s*[^\s:：，,。；;]{{1,16}}?\s*{_POSTED_DAY}(?:{_POSTED_TIME})?"
                          rf"|[^\s:：，,。；;]{{1,16}}?\s*{_POSTED_DAY}{_POSTED_TIME})\s*[:：]\s*\S")
# a document site's line where its preview of the file ends ("全文阅读已结束，如需下载本文档请点击“下载文档”"): like
# a list label (RELATED_LIST), what follows it to the page's end is the site's, not the file's
READ_END = re.compile(r"^\s*(?:(?:全文|本文|文档)(?:阅读|浏览|预览)已?|(?:阅读|浏览|预览)已)(?:结束|完毕)")
# the credit labels only a publisher prints: a plan's own fields may name its review steps and its staff
# ("初审：各乡镇　复审：县农业农村局　终审：县评审委员会", "策划：县委宣传部"), never where its text came from,
# who drew or photographed it or signed off its page (来源, 制图, 摄影, 监制, 责任编辑, 出品)
_PUBLISHER_LABELS = (r"(?:信息|稿件)?来源", "制图", "监制", "责编", "责任编辑", "摄影", r"出品(?:人)?")
# the credit labels a plan's own fields may carry too: its review steps, its staff
_STAFF_LABELS = ("设计", r"总?策划", "统筹", "编辑", "美编", "校对", "审核", "审校", "初审", "复审", "终审", "撰稿",
                 "文字", "文案", "制作", "排版", "作者", "记者", "通讯员")
# the labels of a page's or a deck's production credits: who wrote, drew, edited, checked and signed it off —
# the publisher's labels and the staff's, one list each, so a label added to the publisher's is a credit too
_CREDIT_LABEL = "(?:" + "|".join((*_PUBLISHER_LABELS, *_STAFF_LABELS)) + ")"
# what parts a credit's label from its value: a colon, a bar as an account writes it ("来源 | 某区民政局", "编辑丨某某"),
# or a gap alone ("编辑 某某"). One set for every credit pattern below, so the bar form ends a text as the colon
# form does
# a credit's separator that is a mark: a colon or a bar ("编辑：某某", "编辑 | 某某", "编辑丨某某")
_CREDIT_MARK = r"\s*[:：|｜丨]\s*"
CREDIT_SEP = rf"(?:{_CREDIT_MARK}|[ \u3000]+)"
# a credit's value: a name or two, an office ("王某", "记者 李某 陈某", "某区融媒体中心"), no sentence in it, no
# separator (the next field's bar)
_CREDIT_VALUE = r"[^\s:：，,。；;！？!?|｜丨]{1,24}(?:[\s　、]+[^\s:：，,。；;！？!?|｜丨]{1,24}){0,3}"
_CREDIT_FIELD = rf"{_CREDIT_LABEL}{CREDIT_SEP}{_CREDIT_VALUE}"
# a line made only of credit fields, two or more ("来源：某区人民政府　制图：某融媒体中心　监制：某某", "（编辑：某某
# 审核：某某）"): the publisher's, wherever it stands in a page or a deck, in any other file with a publisher's
# field among them (below) — a plan's own fields (责任单位：, 牵头单位：) are none of them
# (a PDF's text may lose the gaps between the fields: "来源：某区人民政府制图：某融媒体中心")
CREDIT_LINE = re.compile(rf"^[【\[（(]?\s*{_CREDIT_FIELD}(?:[\s　/|｜丨]*{_CREDIT_FIELD})+\s*[】\]）)]?$")
# a publisher's field: one of the credit labels only a publisher prints (see `_PUBLISHER_LABELS`)
_PUBLISHER_LABEL = "(?:" + "|".join(_PUBLISHER_LABELS) + ")"
PUBLISHER_FIELD = re.compile(rf"{_PUBLISHER_LABEL}{CREDIT_SEP}")
# one publisher's field alone on a line ("来源：某区人民政府"): its credit at the very end of a file only
PUBLISHER_FIELD_LINE = re.compile(rf"^[【\[（(]?\s*{_PUBLISHER_LABEL}{CREDIT_SEP}{_CREDIT_VALUE}\s*[】\]）)]?$")
# any short "X：value" line, no sentence in it ("统筹：县文化和旅游局", "联络人：县教育局"): a list's item when
# lines of its shape stand over it
FIELD_ITEM = re.compile(r"^[^\s:：，,。；;！？!?]{1,10}\s*[:：]\s*[^:：。；;！？!?]{1,40}$")
# where credits run on after the text's last sentence ("…新增养老床位300张。来源：某区人民政府…"): a PDF's lines joined
GLUED_CREDITS = re.compile(rf"(?<=[。！？])\s*(?=[【\[（(]?\s*{_CREDIT_LABEL}{CREDIT_SEP})")
# a gap alone parts a label from a person's name only: 2–4 characters, none of a task's words (汇编, 材料, 笔记…) —
# "编辑 汇编优秀读书笔记", "制作 宣传手册" are a plan's measures, 编辑/制作 there a verb
_TASK_WORDS = r"汇编|整理|编印|印发|制作|撰写|修订|收集|出版|笔记|材料|手册|简报|文稿|稿件|读本|教材|资料|信息|工作|方案|计划"
_GAP_NAME = rf"[ \u3000]+(?![\u4e00-\u9fff·]{{0,3}}(?:{_TASK_WORDS}))[\u4e00-\u9fff·]{{2,4}}(?![\u4e00-\u9fff·])"
_EDITOR = r"[【\[（(]?\s*(?:责任编辑|责编|编辑)"
_MORE_CREDITS = rf"[\s　]+{_CREDIT_LABEL}{CREDIT_SEP}[\u4e00-\u9fff·]{{2,8}}"
# the editor's line that closes a news page's article: "【责任编辑：某某】", "（编辑：某某　审核：某某）", "编辑 | 某某";
# with a gap alone only before a name and a second credit field ("编辑 王某　审核 李某"). One gap-parted field
# alone ("编辑 王某") is `ARTICLE_END_BARE`, an end among the file's last lines only
ARTICLE_END = re.compile(rf"^{_EDITOR}(?:{_CREDIT_MARK}[\u4e00-\u9fff·]{{2,8}}(?:{_MORE_CREDITS})*"
                         rf"|{_GAP_NAME}(?:{_MORE_CREDITS})+)\s*[】\]）)]?$")
ARTICLE_END_BARE = re.compile(rf"^{_EDITOR}{_GAP_NAME}\s*[】\]）)]?$")
# the mark an account sets under its article's last line ("— END —", "-END-", "END"): what follows is the account's
END_MARK = re.compile(r"^[\s\-—–－_=~～·•]*(?:THE\s+)?(?:END|End)[\s\-—–－_=~～·•]*$")
# an account's teaser above the article, a short line pointing down to it ("…这份计划请收好👇", "一起来看⬇️")
TEASER = re.compile(r"[👇⬇↓⤵]\ufe0f?(?:\s*[👇⬇↓⤵]\ufe0f?)*\s*$")
TEASER_MAX = 40  # characters: a longer line is text, whatever it ends in
# where a copy lost a picture, a video or a sound clip, a bracketed word alone on its line ("[图片]", "［视频］",
# "【动图】", "[图片2]"): what the page showed there, no text of the plan. A bare "图片" line is left alone (a
# plan may list 图片 among its materials); a bracketed word over text of its own ("【图片展示】") is a heading
MEDIA_PLACEHOLDER = re.compile(r"^(?:[\[［【〔]\s*(?:图片|图|照片|相片|视频|动图|动画|音频|语音|GIF|image|img|photo|picture|video)"
                               r"\s*\d{0,3}\s*[\]］】〕]\s*)+$", re.IGNORECASE)
# an editor's contents marker alone on its line ("[TOC]", "[toc]", "[[toc]]", "[[_TOC_]]", "${toc}"): where the page
# drew its generated table of contents — markup of the editor, no words of the plan
CONTENTS_MARKER = re.compile(r"^(?:\[\[?_?TOC_?\]?\]|\$\{toc\}|@\[toc\](?:\([^)]*\))?)$", re.IGNORECASE)
# a reprint's editor's note over the document it prints ("编者按：日前，某局印发…现将全文刊发。", "【编者按】…")
EDITORS_NOTE = re.compile(r"^[【\[（(]?\s*编者按\s*[】\]）)]?\s*[:：]?\s*\S")
# a publisher's note under a report's title on which text binds ("（此件为报告全文，正式文本以大会审议通过的为准）",
# "（本文为讲话全文，以正式印发文本为准）"): in brackets, alone on its line, naming the copy itself (此件, 全文, 正式
# 文本) and what prevails (以…为准). A plan's own note on its figures ("（数据以统计部门公布为准）") names no copy
EDITION_NOTE = re.compile(r"^[（(](?=[^（）()]*(?:此件|本件|本文|全文|正式文本|文字稿))(?=[^（）()]*以[^（）()]{1,30}为准)"
                          r"[^（）()]{4,60}[）)]$")
EDITORS_NOTE_MAX = 300  # characters: a longer line holds more than the note (a copy run into one line)
# a news page's note of the headline the document went out under ("原标题：某局2025年工作要点"): when it names a
# document by its kind, that is the document's own title, over the paper's headline
ORIGINAL_TITLE = re.compile(r"^[【\[（(]?\s*原标题\s*[:：]\s*[《“]?(?P<title>[^，,。；;！？!?《》“”]{2,50}?"
                            rf"(?:{DOC_KIND_WORDS.pattern})(?:[（(][^）)]{{1,16}}[）)])?)[》”]?\s*[】\]）)]?$")
# how often a page's article was read, as its fields, stats and counts label it: one list, every pattern below
# built from it ("阅读：356", "浏览 (12)", "1.1万阅读"). A document site counts its downloads beside them
# ("下载次数：86"), and the label may name the count ("浏览次数", "阅读量"). What else stands beside them differs
# by pattern (comments, likes, "查看", "点击"), and is spelled there
_READ_LABELS = ("阅读", "浏览")
_READ = "(?:" + "|".join(_READ_LABELS) + ")"
_READ_OR_DOWNLOAD = "(?:" + "|".join((*_READ_LABELS, "下载")) + ")"
_COUNT_NOUN = "(?:次数|量)"
# a post's counts: in brackets after the word ("阅读(356)", "评论 (2)") or the number first ("32 阅读", "1 转藏")
_COUNTED = rf"(?:{_READ}|评论|收藏|转载|转藏|喜欢|点赞|转发|赞同|分享|献花)"
_POST_COUNT = rf"(?:{_COUNTED}\s*[(（]\s*[\d.]+万?\s*[)）]|[\d.]+万?\s*{_COUNTED})"
# an ad a page sets into the article: its mark on a line of its own ("广告", "广告 ×"), a line or two of
# pitch, then its button ("查看详情", "了解更多", "立即购买")
AD_MARK = re.compile(r"^\s*(?:广告|推广|赞助内容|[Aa][Dd])\s*[×✕xX]?\s*$")
AD_BUTTON = re.compile(r"^\s*(?:查看详情|了解(?:详情|更多)|立即(?:购买|下载|咨询|抢购|领取|查看)|去看看|点击(?:查看|了解|购买))\s*[>›»]*\s*$")
# a paginated article's pager row: only its tokens ("上一页 第1页 第2页 第3页 下一页", "首页 上一页 1 2 3 下一页 尾页",
# "共3页"), with a step or a page count among them (a lone "首页" is a menu's item, a lone number a folio)
_PAGE_STEP = r"(?:上一|下一|前一|后一|上|下)页|尾页|末页|最后一页|第\s*[\d一二三四五六七八九十]{1,3}\s*页|共\s*\d{1,4}\s*页"
_PAGER_TOKEN = rf"(?:{_PAGE_STEP}|首页|[\[【]?\d{{1,3}}(?!\d)[\]】]?|…|\.{{3}}|[«‹»›<>]|[|｜])"  # "<<" is two "<": one way to read a run, no backtracking
PAGER = re.compile(rf"^(?:{_PAGER_TOKEN}\s*)*(?:{_PAGE_STEP})(?:\s*{_PAGER_TOKEN})*$")
_PAGER_LINE = rf"^(?:{_PAGER_TOKEN}\s*)*(?:{_PAGE_STEP}|首页)(?:\s*{_PAGER_TOKEN})*$"  # as chrome: a lone "首页" too
# a date in figures as a page stamps it ("2025-02-26")
_NUMERIC_DATE = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
# the line that closes a post on a blog, self-media or Q&A platform: its counts between bars ("阅读(356)┊ 评论 (2)┊
# 收藏(0) ┊转载(1) ┊打印┊举报"), its edit or post time with the place it was posted from ("编辑于 2025-02-19
# 08:00・IP 属地湖南", "发布于 昨天 14:20"), or the columns that file it ("文章被以下专栏收录", "收录于合集 #乡村振兴")
POST_END = re.compile(
    rf"^\s*{_POST_COUNT}(?:\s*[┊|｜·•]\s*(?:{_POST_COUNT}|[\u4e00-\u9fff]{{1,4}}\s*[▼▲]?))+\s*[┊|｜]?\s*$|"
    r"^(?:(?:编辑|发布|发表|更新)于\s*[:：]?\s*(?:" + _NUMERIC_DATE + r"|\d{1,2}[-/.]\d{1,2}|今天|昨天|前天|"
    r"\d{1,2}\s*(?:分钟|小时|天)前)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[・·•|｜]?\s*IP\s*属地\s*[:：]?\s*[\u4e00-\u9fff]{2,8})?|"
    r"(?:文章|本文|该文章)?被以下(?:专栏|话题|合集|收藏夹)收录.{0,6}|收录于(?:专栏|合集|话题)\s*.{0,30})\s*$")
# the header of a reply in a forum thread ("2楼  某网友  发表于 2025-2-19 08:11", "沙发 … 发表于 …")
FORUM_FLOOR = re.compile(r"^(?:沙发|板凳|地板|\d{1,4}\s*楼|#\d{1,4})\s*[:：]?\s+\S.{0,24}?\s*(?:发表于|发布于|回复于)\s*"
                         r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.{0,30}$")
# a link to an attached file, as a portal lists them under 相关附件 ("2.活动总结报表.xls")
# ("…分解表.xlsx（25.3KB）": a portal prints the file's size after it)
_FILE_SIZE = r"[（(\[]\s*[\d.]+\s*(?:[KMG]i?B?|B|字节)\s*[)）\]]"
FILE_LINK = re.compile(rf"\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|ofd|zip|rar|7z|txt|jpg|png)\s*(?:{_FILE_SIZE})?\s*$",
                       re.IGNORECASE)
# a file named with its size: a download link whatever stands around it
SIZED_FILE_LINK = re.compile(rf"\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|ofd|zip|rar|7z|txt|jpg|png)\s*{_FILE_SIZE}\s*$",
                             re.IGNORECASE)
# the heading of a page's box of files to download ("附件：" over "1.某表.xlsx（25.3KB）"; a portal's "附件下载",
# "相关附件")
_ATTACHMENT_LABEL = r"(?:附件|下载附件|附件下载|相关附件)"
ATTACHMENT_HEADER = re.compile(rf"^\s*{_ATTACHMENT_LABEL}\s*[:：]?\s*$")
# the same heading with its files on the line ("附件：某县民生实事项目表.doc", "附件下载：1.某表.docx 2.某清单.xlsx");
# what follows it is `files`
ATTACHMENT_WITH_FILE = re.compile(rf"^\s*{_ATTACHMENT_LABEL}\s*\d{{0,2}}\s*[:：]\s*(?P<files>\S.*)$")
# those, and site words a plan may also use (举报电话, 涉军侵权, 注册志愿者): evidence only with other signals
CHROME_STRONG = re.compile(
    _SITE_ONLY_PHRASES + r"|本文由|侵权|举报|发布于|发表于|关注我们|长按(?:识别|扫描)?\s*二维码|扫码关注|微信扫一扫|阅读原文|分享到|"
    rf"{_READ}\s*[:：]?\s*\d+\s*次|点击(下载|查看|收藏)|©|扫码|关注公众号|登录|注册|付费|预览|下载前|下载后|文库|加入收藏|返回首页|返回顶部|"
    r"技术支持\s*[:：].{0,30}(?:公司|中心)|访问量",
    re.IGNORECASE,
)
# a document site's counts of a file's readers and its rating ("文档评分：4.5　已有1283人下载", "856人已阅读")
_COUNT = (r"(?:文档|资料)?评分\s*[:：]?\s*[\d.]+\s*分?|"
          # a post's likes and comments ("126 人赞同了该文章", "12 条评论", "赞同 126", "阅读 356")
          r"[\d.]+万?\s*(?:人|个人)?\s*(?:赞同|点赞|喜欢)了?(?:该|这篇)?(?:文章|回答|内容)?|[\d.]+万?\s*条(?:评论|回复|留言)|"
          rf"(?:赞同|点赞|喜欢|评论|{_READ}|阅)\s*[\d.]+万?|(?:已有|共有)?\s*[\d.]+万?\s*人\s*(?:已)?(?:{_READ_OR_DOWNLOAD}|收藏|评价|点赞)(?:过)?|"
          rf"(?:{_READ_OR_DOWNLOAD}|收藏){_COUNT_NOUN}?\s*[:：]\s*[\d.]+万?\s*次?")
# a post's button, with the count a page may print beside it ("赞(36)", "收藏（12）")
_BUTTON = r"(?:分享|收藏|点赞|在看|赞|留言|写留言)(?:\s*[(（]\s*[\d.]+万?\s*[)）])?"
# the buttons a byline carries after its date
_BUTTONS = r"(?:\s*(?:\+\s*)?(?:关注|已关注|分享|订阅|收藏))+"
# a date as a page prints it, with its time of day
_DATE_PART = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_TIMESTAMP = rf"{_DATE_PART}(?:\s*{_CLOCK})?"
# a field of the source note a note app quotes over a saved article ("> 原文链接：https://…", "> 来源公众号：某某发布｜
# 2025-02-26 18:00"): a label and its value, no sentence; the note holds the article's address or the time it was posted
# — a field of where it came from, under a label of that note's own ("原文链接", "来源公众号", "作者", "发布时间",
# "编辑"), or any label before a bare link. An event plan's own fields quoted under its title ("> 时间：2025年5月10日
# 8:30", "> 地点：…", "> 主办单位：…") name the event, never the copy: no label of theirs is the note's
_SOURCE_NOTE_LABEL = (r"(?:原文(?:链接|地址|标题)?|阅读原文|(?:文章|信息|稿件)?来源(?:公众号|网站|链接)?|(?:微信)?公众号|出处|转载自?|"
                      r"作者|(?:发布|更新)(?:时间|日期|于)?|(?:责任)?编辑|责编|网址)")
SOURCE_NOTE_FIELD = re.compile(rf"^{_SOURCE_NOTE_LABEL}\s*[:：]\s*[^。；！？]{{1,100}}$|"
                               r"^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]\s*(?:https?://|www\.)\S+$")
SOURCE_NOTE_EVIDENCE = re.compile(rf"https?://|www\.|{_DATE_PART}\s*{_CLOCK}")
# a WeChat article's byline under its headline: the account's name (a copy may keep it on the line above), the
# date and clock time it was posted, the place it was posted from ("某某发布  2025年03月08日 18:30 四川",
# "2025-03-08 18:30 某市"). A plan's own date lines carry no clock time; this shape counts above the text only
# (a programme's "2025年3月8日 9:00 开幕式" in the body is the plan's), and a plan's notice may open with one
# too ("2025年3月8日 9:00 某县会议中心"): the shape is a byline only with evidence of a post (webcopy). The
# place a platform names is a province or a country, a short name ("四川", "内蒙古", "澳大利亚")
POST_DATELINE = re.compile(rf"^(?:(?P<account>[^\s，,。；;：:、]{{2,20}})\s+)?{_DATE_PART}\s*{_CLOCK}"
                           r"(?:\s+(?P<place>[\u4e00-\u9fff]{2,4}))?$")
# where a meeting or an event is held, not where a post was sent from ("县体育馆", "城南公园", "三楼会议室")
VENUE = re.compile(r"(?:中心|公园|广场|馆|场|厅|室|楼|院|校|园|宫|堂|基地|酒店|宾馆|大厦|山庄|会场)$")
# a date as a machine stamps it, month and day padded to two digits ("2025年03月08日 18:30", "2025-03-08 18:30"):
# a document writes its dates unpadded (GB/T 9704: 月、日不编虚位, "2025年3月8日"), a platform pads them
PADDED_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*(?:0\d\s*[-/.月]\s*\d{2}|\d{2}\s*[-/.月]\s*0\d)\s*日?\s*\d{1,2}:\d{2}")
# a plan's field of time or place, alone on its line over its value ("活动时间" / "2025年3月8日 9:00 某公园",
# "会议地点", "时间"): the label of the line under it, never an account's name. The time words are lexicon's
# (a timetable's column names its times by them too), with the spans and places only a field names
WHEN_WHERE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + "|".join((*TIME_LABELS, "时段", "期限", "地点", "地址", "场地"))
                              + r")(?:[和及与、]?(?:地点|时间|地址))?\s*[:：]?$")
# a WeChat article's own marks, alone on a line: its link to read on, its 原创 mark over the byline, the account
# named as a 公众号, its row of buttons ("阅读原文", "原创 某某", "公众号：某某发布", "分享 收藏 点赞 在看"); a bare
# "微信公众号" may be a plan's heading over its channels
POST_MARK = re.compile(r"^\s*(?:阅读原文|原创(?:\s+\S.{0,40})?|(?:微信)?公众号\s*[:：|｜]\s*\S{2,20}|"
                       r"(?:分享|收藏|点赞|在看|赞|留言|写留言)(?:\s+(?:分享|收藏|点赞|在看|赞|留言|写留言))+)\s*[>›»]*\s*$")
# a page's share bar: its label and the services it shares to ("分享到：", "分享到：微信 微博 QQ空间"), or those
# services' links alone, two or more, as a copy keeps them — glued or spaced ("微信微博QQ空间"); a plan names
# such services in a sentence or a list with 、 ("通过微信、微博发布"), never as a bare row of links
_SHARE_TARGET = r"(?:微信(?:好友|朋友圈)?|朋友圈|(?:新浪|腾讯)?微博|QQ(?:空间|好友)?|人人网|豆瓣|复制链接)"
_SHARE_LABEL = r"(?:一键)?分享(?:到|至)\s*[:：]?|分享\s*[:：]"
_SHARE_LABELLED = rf"^(?:{_SHARE_LABEL})\s*(?:{_SHARE_TARGET}[\s、|｜/]*)*$"
_SHARE_ROW = rf"{_SHARE_LABELLED}|^{_SHARE_TARGET}(?:[\s|｜/·]*{_SHARE_TARGET})+$"
SHARE_ROW = re.compile(_SHARE_ROW)
# the bar with its label ("分享到：微信 微博"): the page's in any file. Without it, a row of services is the page's
# in a web copy only, or beside the label or other page chrome — a Word plan may head a part "微信/微博"
SHARE_LABELLED = re.compile(_SHARE_LABELLED)
# the province-level places a platform names as where a post was sent from
_PROVINCE = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
             "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
CHROME_LINE = re.compile(
    rf"^(?:{_COUNT})(?:[\s　|｜·•/]+(?:{_COUNT}))*$|"
    # a WeChat article's byline ("原创 某某教育 2024-03-08 18:30 发表于某省"), its tags, its buttons and counts
    r"^(?:原创\s.{0,40}|.{0,40}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*(?:发表于|发布于|IP属地)\s*[:：]?.{0,16})$|^(?:#[^\s#，。]{1,20}\s*){1,6}$|"
    rf"^(?:{_BUTTON}|阅读\s*\d+(?:\.\d+)?万?\+?)(?:\s+{_BUTTON})*$|"
    # a feed's counts ("1.2万阅读 · 86评论"), a comment box
    rf"^[\d.]+万?\s*(?:{_READ}|评论|点赞|转发|收藏)(?:\s*[·•|｜]\s*[\d.]+万?\s*(?:{_READ}|评论|点赞|转发|收藏))*$|"
    r"^(?:写下你的评论|发表(?:你的)?评论|我要评论|说点什么).{0,10}$|"
    # a news app's follow button, its byline ("2025-02-26 09:14·某某官方账号", or the account first:
    # "某某发布 2025-02-26 09:14 +关注" — a clock time or a follow/share button, no plan's dated line), a pager
    r"^(?:\+\s*)?(?:关注|已关注)$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*[·•].{1,40}$|"
    rf"^[^\s，。；：:、]{{2,20}}\s*[·•|｜]?\s*(?:{_NUMERIC_DATE}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_BUTTONS})?|"
    rf"{_NUMERIC_DATE}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_BUTTONS})$|"
    rf"{_PAGER_LINE}|"
    # a post's count in brackets ("阅读 (1568)"), a platform's place of posting ("发布于：某省", "IP属地：某市")
    rf"^(?:{_READ}|评论|点赞|收藏|转发)\s*[(（]\s*[\d.]+万?\+?\s*[)）]$|^(?:发布于|IP属地)\s*[:：]?\s*[\u4e00-\u9fff]{{2,8}}$|"
    rf"^(?:查看|回复|{_READ})\s*[:：]\s*\d+(?:\s*[|｜]\s*(?:查看|回复|{_READ})\s*[:：]\s*\d+)+$|"
    # a blog post's stamp alone under its title, in brackets ("(2026-01-12 09:35:21)"): a machine's time, no plan's date
    rf"^[（(]\s*{_NUMERIC_DATE}\s+{_CLOCK}\s*[)）]$|"
    # a WeChat article's date line: its time of day and the province it was posted from ("2025年01月10日 17:32 四川")
    rf"^{_DATE_PART}\s*{_CLOCK}\s*(?:{_PROVINCE})$|"
    # a mail signature's separator
    r"^--\s*$|"
    # a repost's byline: its date (and weekday), then fields between bars ("2024年3月12日 星期二 | 某某网 | 阅读 186")
    rf"^{_TIMESTAMP}(?:\s*星期[一二三四五六日天])?(?:\s*[|｜]\s*[^|｜。，]{{1,30}}){{1,4}}$|"
    # a portal's footer: who runs the site and who built it ("主办单位：某县人大办公室　技术支持：某中心")
    r"^(?:主办|承办|主管)单位\s*[:：].{1,40}?\s(?:技术支持|网站标识码|ICP备案号)\s*[:：].{1,40}$|"
    # a forwarded mail's header lines and separator
    r"^(?:发件人|收件人|抄送人?|发送时间)\s*[:：].{0,80}$|^主题\s*[:：]\s*(?:转发|回复|Fw|Re)\s*[:：].{0,80}$|"
    r"^-{2,}\s*(?:转发的邮件|原始邮件|Forwarded message|Original Message)\s*-{2,}$|"
    # a breadcrumb of a forum or portal: "某论坛 › 民生热线 › …"
    r"^[^›»]{1,20}(?:\s*[›»]\s*[^›»]{1,60}){2,}$|"
    rf"{_SHARE_ROW}|"
    r"^(?:(?:首页|主页|网站首页)\s*(?:>>|[>＞»›/]).{0,80}|(?:您)?(?:当前|现在|所在|的)的?位置\s*[:：].{0,80})$|"
    r"^(?:约\s*[\d.]+\s*[千万]?\s*[字页]|\d{1,4}\s*页)(?:\s*[|｜/]\s*(?:约\s*[\d.]+\s*[千万]?\s*[字页]|\d{1,4}\s*页))+$|"
    r"^(?:[•·]\s*)?(?:约\s*[\d.]+\s*[千万]?\s*(字|页)|\d{1,6}|\d{4}-\d{2}-\d{2}.{0,12}|发布时间.{0,40}|"
    r"(?:文章|信息|稿件)?来源(?:" + _CREDIT_MARK + r".{0,40}|[ \u3000]+[^\s，,。；;！？!?]{2,24})|作者\s*[:：].{0,30}|(?:发布)?时间\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.{0,40}|更多(?:范文|文章|内容|精彩|资料|相关).{0,10}|"
    rf"{_UNFOLD}|收起|查看更多)$"
)
# a title-shaped phrase (ending in a document kind) with the page's meta glued on: a select-all copy
# runs the headline into its timestamp ("…工作要点2025-02-18 10:21", "…工作要点(2024-03-05 09:12:33)转载▼")
# or into the poster's name and a 收藏于/发布于 field ("…工作要点某某ab 收藏于 2023-03-02 | 阅 1234 | 转藏")
# (a page's stamp: a dashed date, or any date with its time of day — "（2023年12月20日）" under a title is its own)
_PAGE_STAMP = (r"(?:" + _NUMERIC_DATE + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|"
               r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}(?::\d{2})?)")
_GLUED_META_TAIL = (rf"[（(]\s*{_PAGE_STAMP}\s*[)）]|{_PAGE_STAMP}|"
                    rf"[^\s|｜，。；：:]{{0,16}}\s*(?:收藏于|发布于|发表于|转载于|更新于)\s*[:：]?\s*{_TIMESTAMP}")
_GLUED_META_AFTER = r"(?:\s*[|｜┊]\s*[^|｜┊。，；]{1,16})*\s*(?:转载|原创|置顶|转藏|分享|收藏)?\s*[▼▲]?"
TITLE_GLUED_META = re.compile(
    r"^(?P<title>[^\s，,。；;：:！？!?|｜]{4,50}(?:计划|方案|预案|要点|安排|规划|打算|总结|意见|措施|办法|细则|通知|报告|汇报|思路)"
    r"(?:[（(][^）)\d]{1,12}[）)])?)"
    rf"\s*(?P<meta>(?:{_GLUED_META_TAIL}){_GLUED_META_AFTER})\s*$")
# any headline run into a stamp with its time of day ("青松镇今年这样干2025-03-02 09:15"): the page's headline when it
# is the only such line above the text (a list of dated links has several)
HEADLINE_GLUED_STAMP = re.compile(
    r"^(?P<title>[^\s，,。；;：:！？!?|｜]{5,50}?[\u4e00-\u9fff》”）)])"
    r"\s*(?P<meta>[（(]?\s*" + _NUMERIC_DATE + r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*[)）]?"
    rf"{_GLUED_META_AFTER})\s*$")
# a line of a site's buttons and its own links, nothing else ("写文章", "搜索文章 搜索", "加好友 发纸条 写留言 加关注")
_UI_ACTION = (r"写文章|发文章|写回答|写想法|首发于|搜索(?:文章)?|登录|注册|退出|加关注|\+?\s*关注|加好友|发纸条|写留言|"
              r"订阅|\[订阅\]|手机订阅|\[手机订阅\]|博客首页|我的首页|博文目录|关于我|我的图书馆|阅览室|馆友|打开APP|下载APP|"
              r"分享到?\s*[:：]")  # (a share widget's label, its icons not copied)
# (or a page's text-size switch, bracketed or not: "【大】【中】【小】", "字号：大 中 小", "[默认] [大] [小]"; a
# size may name what it sizes, "大字号", "小字体", and then two of them make the switch: "小字号 大字号")
_SIZE_WORD = r"(?:特大|大|中|小|默认|标准)"
_TEXT_SIZE = rf"[【\[（(]?\s*{_SIZE_WORD}(?:字号|字体)?\s*[】\]）)]?"
_NAMED_TEXT_SIZE = rf"[【\[（(]?\s*{_SIZE_WORD}(?:字号|字体)\s*[】\]）)]?"
_SIZE_LABEL = r"(?:(?:字号|字体|文字)\s*[:：]?\s*)?"
# (the switch, which proves the row, may have the page's print and close buttons beside it: "字号：大 中 小  打印本页")
_PAGE_BUTTON = r"[【\[]?\s*(?:打印(?:本页|本文|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回顶部|纠错)\s*[】\]]?"
_BUTTONS_AFTER = rf"(?:[\s/|｜·]*{_PAGE_BUTTON})*"
# (or the page's tools alone, bracketed or not: a print view ends its text with "打印本页　关闭窗口", a page with
# "【打印】【关闭】" or "返回顶部" — the page's wherever the line stands)
_PAGE_TOOL = (r"[【\[]\s*(?:打印|关闭|收藏|返回|纠错|分享)[^】\]]{0,6}[】\]]|"
              r"打印(?:本页|本文|此页)|关闭(?:窗口|本页)|返回顶部|收藏本页|加入收藏")
UI_ACTIONS = re.compile(rf"^(?:{_UI_ACTION})(?:\s*[/|｜·\s]\s*(?:{_UI_ACTION}))*$|"
                        rf"^(?:{_PAGE_TOOL})(?:[\s/|｜·]*(?:{_PAGE_TOOL}|{_UI_ACTION}))*$|"
                        rf"^{_SIZE_LABEL}{_TEXT_SIZE}(?:[\s/|｜·]*{_TEXT_SIZE}){{2,3}}{_BUTTONS_AFTER}$|"
                        rf"^{_SIZE_LABEL}{_NAMED_TEXT_SIZE}(?:[\s/|｜·]*{_NAMED_TEXT_SIZE}){{1,3}}{_BUTTONS_AFTER}$")
# a poster's line under the title: who collected it when ("某某ab 收藏于 2023-03-02 | 阅 1234 | 转藏 | 分享"), or a
# personal library's shelf: who collected it into which folder, then the date and counts it may carry
# ("来自: 某某 > 《工作计划》", "来自：某某 > 《待分类》 2023-05-06 | 18 阅读 | 2 转藏")
STAMP_LINE = re.compile(rf"^[^\s|｜，。；：:]{{0,16}}\s*(?:收藏于|发布于|发表于|转载于|更新于)\s*[:：]?\s*{_TIMESTAMP}{_GLUED_META_AFTER}$|"
                        rf"^来自\s*[:：].{{1,30}}?[>＞›»]\s*《[^》]{{1,20}}》(?:\s*{_TIMESTAMP})?(?:\s*[|｜]\s*{_POST_COUNT})*$")
# the labels a blog files a post under: its tags ("标签：", an English page's "Tags:") and its category ("分类：").
# `TAGS_LABEL` is the one that proves a block of them (pagetop); a line of both spells the Chinese labels only
TAGS_LABEL = "标签"
_CATEGORY_LABEL = "分类"
_TAGS_LABELS = rf"(?:{TAGS_LABEL}|Tags?)"
# a blog post's tags and category under its title ("标签： 工作要点 乡村振兴　分类： 工作资料")
POST_TAGS = re.compile(rf"^{TAGS_LABEL}\s*[:：][^。；]{{1,60}}?\s{_CATEGORY_LABEL}\s*[:：]\s*[^。；\s]{{1,20}}$")
# a post's tags or category label, its values on the line or on the lines under it, one a line ("标签：" / "乡村振兴" /
# "文旅"; "分类： 工作资料"): how a blog files the post, never its text
TAG_LABEL = re.compile(rf"^(?P<label>{_TAGS_LABELS}|{_CATEGORY_LABEL})\s*[:：]\s*(?P<values>[^。；;！？!?]{{0,60}})$",
                       re.IGNORECASE)
# one tag's value alone on its line: a word or two, no punctuation, no clause ("工作计划", "2026", "文旅")
TAG_VALUE = re.compile(r"^[^\s，,。；;：:！？!?、（）()《》“”]{1,10}$")
# a tags line with its values (a knowledge base's "**标签**：`工作要点` `数据资源`" as its text reads): a few short
# words apart, no sentence among them ("标签：工作要点 数据资源 2026")
TAG_LINE = re.compile(rf"^{_TAGS_LABELS}\s*[:：]"
                      r"\s*[^\s，,。；;：:！？!?]{1,12}(?:[\s　,，、/|｜]+[^\s，,。；;：:！？!?]{1,12}){0,9}$", re.IGNORECASE)
# a blog post's action buttons, alone on a line, as a copy keeps them under the post ("喜欢", "赠金笔", "打赏", "转载▼"):
# words a plan may print alone too (a list's "推荐", a form's "收藏"), so the page's only beside its other chrome
POST_BUTTON = re.compile(r"^(?:喜欢|赠金笔|送金笔|送小红花|打赏|赞赏|点赞|赞|顶|踩|收藏|转载|转藏|分享|推荐|关注|举报|打印)"
                         r"\s*[▼▲]?\s*(?:[(（]\s*\d{1,6}\s*[)）])?$")
# a document site's stats under a file's title: its counts of readers and downloads, its score, when it was uploaded
# ("1.1万阅读 | 4.8分 | 上传于2025-03-07", "1280人已下载 · 12页"), two or more between bars or spaces, one a count of readers or
# downloads or the upload date (a row of scores alone, "85分 | 90分", may be a plan's table). A count may be grouped
# by thousands ("浏览量 3,052"), the pages counted in all ("共6页") and the date stand before its verb ("2023-11-05 上传")
_STAT_NUM = r"\d{1,3}(?:,\d{3})+|[\d.]+"
_STAT = (rf"(?:{_STAT_NUM})万?\s*(?:人|次)?\s*(?:已)?(?:{_READ_OR_DOWNLOAD}|收藏|评论)|"
         rf"{_READ_OR_DOWNLOAD}{_COUNT_NOUN}?\s*[:：]?\s*(?:{_STAT_NUM})万?\s*次?|"
         rf"(?:评分\s*[:：]?\s*)?[\d.]+\s*分|(?:上传|发布|更新|收录)于\s*[:：]?\s*{_TIMESTAMP}|"
         rf"{_TIMESTAMP}\s*(?:上传|发布|更新|收录)|共?\s*\d{{1,4}}\s*页")
DOC_STATS = re.compile(rf"^(?=.*(?:{_READ_OR_DOWNLOAD}|上传|发布于))(?:{_STAT})(?:(?:\s*[|｜·•]\s*|\s+)(?:{_STAT}))+$")
# a knowledge base's or a portal's breadcrumb with the page's stamp on the same line ("资料库 / 范本 / 工作计划 ·
# 更新于 2025-03-02 · 阅读 17", a column alone: "计划总结 ｜ 最后编辑：2025-02-18 ｜ 阅读 126"): the page's record of
# where it sits and when it was edited, never a heading — the segments alone (a plan's "一季度 / 二季度") are no
# breadcrumb without the stamp
_CRUMB = r"[^/>＞›»·•|｜，,。；;：:！？!?]{1,20}(?:\s*[/>＞›»]\s*[^/>＞›»·•|｜，,。；;：:！？!?]{1,20}){0,6}"
_PAGE_STAMP_FIELD = (rf"(?:最后)?(?:编辑|更新|修改|发布|发表)(?:于|时间\s*[:：]|\s*[:：])\s*{_TIMESTAMP}|"
                     rf"(?:{_READ}|查看)\s*[:：]?\s*[\d.]+万?\s*次?|[\d.]+万?\s*次?{_READ}|作者\s*[:：]\s*[^\s·•|｜]{{1,12}}")
CRUMB_STAMP = re.compile(rf"^{_CRUMB}(?:[\s　]*[·•|｜][\s　]*(?:{_PAGE_STAMP_FIELD}))+\s*$")
# a comment's byline under a post: the commenter and the time ("新浪网友 2024-03-05 14:20"), or the
# time and place under a comment ("2025-02-18・湖南")
COMMENT_BYLINE = re.compile(r"^[^\s，,。；;：:]{2,16}\s+" + _NUMERIC_DATE + r"\s+\d{1,2}:\d{2}(?::\d{2})?$|"
                            r"^" + _NUMERIC_DATE + r"(?:\s+\d{1,2}:\d{2})?\s*[・·]\s*[\u4e00-\u9fff]{2,4}$")
# the fields only a page prints about its article: where it came from, who posted it and when, its text size
# ("来源：", "作者：", "发布时间：", "字号："); a document's own dates (成文日期, 印发日期) and a form's fields
# (日期, 审核) are none of them. How often it was read is one too (`_READ_FIELD`)
_PAGE_ONLY_LABELS = (r"(?:信息|文章|稿件)?来源", "作者", r"(?:发布|更新|上传)(?:时间|日期)", r"发布(?:机构|者)",
                     r"上传(?:人|者)", "贡献者", "访问量", "字号", "字体", "责任编辑")
# the fields of a page's article header ("发布日期：… 来源：… 阅读次数：…"): two on one line are the page's. The
# page's own labels, and those a document or a form may print too (成文日期, 日期, 编辑, 审核, 页数); the counts
# of reads spelled narrower than `_READ_FIELD` ("浏览量：", not "浏览数："; "点击量：", not a bare "点击：")
META_FIELD = re.compile("|".join((*_PAGE_ONLY_LABELS, r"(?:成文|印发)?(?:时间|日期)", rf"{_READ_OR_DOWNLOAD}{_COUNT_NOUN}?",
                                  "页数", "字数", rf"点击(?:{_COUNT_NOUN}|数)", "编辑", "审核", "校对")))
META_FIELDS = re.compile(rf"(?:^|\s|【)(?:{META_FIELD.pattern})\s*[:：]")
# the same fields run together with no gap ("发布日期：2023-01-12信息来源：县应急管理局访问量：389"): a label
# right after the last field's value counts when the line opens with a field
META_FIELD_RUN = re.compile(rf"(?:{META_FIELD.pattern})\s*[:：]")
META_FIELD_OPENS = re.compile(rf"^\s*【?\s*(?:{META_FIELD.pattern})\s*[:：]")
# a page's byline: its timestamp, then one field or more ("2025-02-27 16:40　来源：某某发布")
TIMESTAMP_BYLINE = re.compile(rf"^{_TIMESTAMP}(?:[\s　]*(?:{META_FIELD.pattern})\s*[:：]\s*[^\s:：。；]{{1,30}})+\s*$")
# a field only a page prints about its article (see `_PAGE_ONLY_LABELS`), how often it was read among them
# ("浏览次数：", "阅读数：", "点击：")
_READ_FIELD = rf"(?:{_READ_OR_DOWNLOAD}|点击)(?:{_COUNT_NOUN}|数)?"
_PAGE_ONLY_FIELD = re.compile("(?:" + "|".join((*_PAGE_ONLY_LABELS, _READ_FIELD)) + r")\s*[:：]")
# a page's timestamp opening its publication line, the weekday it may add ("2027年1月18日 星期一 10:05")
_OPENING_STAMP = re.compile(rf"^{_DATE_PART}(?:\s*星期[一二三四五六日天])?(?:\s*{_CLOCK})?[\s　]*")
_PUBLICATION_LINE_MAX = 80  # a page's header line is short: a long line with fields is a form's or a table's row


def page_fields(text: str) -> int:
    """How many of a page's article fields (发布日期, 来源, 访问量…) the line holds: each after a gap, or
    — on a line that opens with one — each right after the last one's value."""
    if META_FIELD_OPENS.match(text):
        return len(META_FIELD_RUN.findall(text))
    return len(META_FIELDS.findall(text))


def publication_line(text: str) -> bool:
    """A line that is only a page's publication metadata, in whatever file the page was saved to: its timestamp
    over one field or more ("2027年1月18日10:05　来源：某日报"), or two fields or more from the first character on
    ("发布时间：2026-03-02　来源：某县政府办　浏览次数："), one of them a field only a page prints. Never a title,
    never the document's text; a plan's own date line ("2025年3月1日") and an official document's "印发日期："
    have no such field and are not one."""
    t = text.strip()
    if len(t) > _PUBLICATION_LINE_MAX or SENTENCE_PUNCT.search(t) or not _PAGE_ONLY_FIELD.search(t):
        return False
    stamp = _OPENING_STAMP.match(t)
    rest = t[stamp.end():] if stamp else t
    return META_FIELD_OPENS.match(rest) is not None and page_fields(rest) >= (1 if stamp else 2)
# a portal's footer of who runs the site, with no other field: "主办：某县政府办公室　承办：某县融媒体中心"
_HOST_FIELD = r"(?:主办|承办|主管|协办)(?:单位)?"
FOOTER_FIELDS = re.compile(rf"^(?:{_HOST_FIELD}\s*[:：]\s*[\u4e00-\u9fff（）()]{{2,30}}?\s*){{2,4}}$")
# any one field's label opening a line, over its value ("主办单位：某县人民政府", "编辑：县政府办公室")
FIELD_LABEL_OPENS = re.compile(rf"^\s*(?:{META_FIELD.pattern}|{_HOST_FIELD})\s*[:：]")
# a government portal's 信息公开 fields above the text ("索引号：… 发布机构：… 成文日期：… 主题分类：…"),
# as a table's label cells ("索引号：") or label-and-value cells ("发布时间：2024-01-30")
PAGE_FIELD = re.compile(rf"^(?:{META_FIELD.pattern}|索引号|主题分类|主题词|体裁分类|组配分类|服务对象|信息分类|公开方式|"
                        r"公开范围|公开时限|有效性|生效日期|废止日期|发文机关|发布机关|名称|标题|发件人|收件人|抄送人?|发送时间)[:：]")
# the row of those fields that names the document ("名称：某局2025年工作要点", "名　　称： | …", "标　　题：\t…"),
# label spaced or not: where the article prints no title line, that row is its title, the label off
TITLE_FIELD = re.compile(r"^\s*(?:文件|文章|信息)?(?:名\s*称|标\s*题)\s*[:：][\s|｜]*")
# a portal's own menu items ("首页", "政务公开", "走进某县") and its footer's links ("网站地图", "联系我们"):
# plans do not title their parts so
_PORTAL_ITEMS = (r"(?:网站)?首页|主页|(?:政务|政府信息|信息|部门信息)公开|政务服务|办事服务|网上办事|政民互动|互动交流|"
                 r"公众参与|新闻中心|新闻动态|要闻动态|通知公告|数据开放|专题专栏|机构概况|领导之窗|在线访谈|民意征集|"
                 r"[县市区镇]情概况|走进[\u4e00-\u9fff]{1,6}|魅力[\u4e00-\u9fff]{1,6}|"
                 r"网站地图|联系我们|关于我们|版权声明|免责声明|隐私(?:政策|声明)|网站声明|使用帮助|无障碍(?:浏览|阅读)?")
PORTAL_ITEM = re.compile(rf"^(?:{_PORTAL_ITEMS})$")
# one item of a menu: a short name, no punctuation
MENU_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}")
MENU_BAR = re.compile(r"\s*[|｜]\s*")  # what separates a menu's items on one line
# the heading of a site's side or top menu, or of its list of other sites
NAV_HEADER = re.compile(r"^(?:栏目导航|网站导航|快速导航|导航栏|栏目列表|相关栏目|友情链接|网站地图)[:：]?$")
# a site's name-with-number and slogan stamped into running text ("某某114,全国某某共同天地")
WATERMARK = re.compile(r"[\u4e00-\u9fff]{2,4}\d{2,4}[,，][\u4e00-\u9fff]{2,12}?(?:天地|之家|家园|网|在线|平台|文库)")
# a site's name, as its banner or a copy's "来源" prints it ("某县人民政府门户网站", "某市教育局网站", "中国某某网"):
# a site publishes, it never signs — no org, though "…站" ends like one (服务站, 工作站)
SITE_NAME_END = r"(?:门户网站|网站|(?:政府|政务|门户|新闻|人大|政协)网|门户)"
# a site's banner over a copied page: its name, alone or with who runs it ("某县人大网 - 某县人大常委会办公室主办",
# "某市政协网站"), or the host field alone ("主办单位：某县人民政府办公室"). Only atop the page (webcopy: nothing
# kept above it), where an event plan's own 主办单位 never stands
SITE_BANNER = re.compile(rf"^(?:[^\s，。；：:]{{2,24}}?(?:{SITE_NAME_END}|网)\s*[-—–|｜·]\s*[^，。；]{{2,40}}?主办|"
                         rf"[^\s，。；：:]{{2,24}}?{SITE_NAME_END}|"
                         r"主办(?:单位)?\s*[:：]\s*[^，。；\s]{2,40})$")
CHROME_WEAK = re.compile(r"下载|版权|客服|投诉|网站|文档|点击|收藏|上传|浏览|评论|页面|链接|网址|网络|付费|会员|主办单位|承办单位|主管单位")

