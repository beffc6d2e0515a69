"""A site's banner told from the first line of a title: both may end in a site's name ("某县人民政府门户网站").

A portal prints its name atop a copied page ("某县政协网", "某县人大网 - 某县人大常委会办公室主办"); a plan about the
site prints the same words at the end of its title's first line ("关于进一步加强某县人民政府门户网站" / "信息内容
保障工作的实施方案", "2025年某县政协网" / "宣传工作计划"). A banner names neither a year nor a 关于 topic, and the
line under it is a title of its own or none — never a tail that ends the title and names nothing of its own.
Read by webcopy (which sets a banner aside) and title_joins (where a banner joins no title).
"""

from __future__ import annotations

from jihua.pipeline.pagebreaks import titled
from jihua.pipeline.rules.chrome import SITE_BANNER
from jihua.pipeline.rules.lexicon import YEAR
from jihua.pipeline.rules.titles import ABOUT, fold, org_from_title

_TAIL = 30  # characters past which a line is no tail of a title over it


def _opens_title(text: str) -> bool:
    """"关于…", "2025年某县…", "某县人民政府办公室关于…": a title's opening — a site's name carries no year, no 关于."""
    return YEAR.search(text) is not None or "关于" in text


def title_tail(text: str) -> bool:
    """"信息内容保障工作的实施方案", "宣传工作计划": the end of a title printed on two lines — a document kind at its end,
    and no org, year or 关于 of its own (with those it is a whole title)."""
    t = fold(text.strip())
    return (len(t) <= _TAIL and titled(t) and YEAR.search(t) is None and ABOUT.match(t) is None
            and org_from_title(t) is None)


def _site_named(text: str) -> bool:
    return SITE_BANNER.match(fold(text.strip())) is not None


def site_name_heads(first: str, second: str) -> bool:
    """"某县人大网" over "信息报送工作要点": a title's first line ending in the site it is about, over its tail."""
    return _site_named(first) and title_tail(second)


def site_banner(text: str, following: str | None) -> bool:
    """The site's banner (its name, who runs it), not a title's first line: banner-shaped, opening no title, and
    joining no title tail under it."""
    return (_site_named(text) and not _opens_title(fold(text))
            and not (following is not None and title_tail(following)))
