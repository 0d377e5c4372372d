"""Content for the new page a request names goes on that page, under the name as typed.

"Page Who brings what: Aunt Vesna - sarma, ...", "Add page Menu of the week: Monday soup ...", "Schedule: 9:00 boat
check-in, ... Make it its own page called Schedule". The model put such content on the home page, or added the page
under a part of its name ("What" of "What we need", "Menu", "Diary") with the content there. Either way the page the
user named did not exist, and each later step on it failed: 34 of the 200 failed first tries of u376-u385 asked
for a page that was not there. Here, when the request names one page the site lacks (``pagename.new_page_named``,
never where it says home), the plan's one new page takes that name where its own is a part of it, and the content the
plan puts on the home page goes on the new page, which the plan adds first where it has none.
"""

from __future__ import annotations

from typing import Any

from app.scaffold import pagename
from app.scaffold.plan import AddItems, AddNavLink, AddPage, AddSection
from app.scaffold.site import Site, norm_words, slug

_CONTENT = (AddItems, AddSection)


def _route(page: AddPage) -> str:
    return page.route or "/" + slug(page.title)


def _part_of(title: str, name: str, run_on: bool) -> bool:
    """Whether the model's title is the typed name cut short ("What" of "What we need", "Diary" of "Dates for the Diary")
    or, where ``run_on``, run on ("Clients and list" of "page Clients and list: ...")."""
    mine, said = set(norm_words(title).split()), set(norm_words(name).split())
    return bool(mine and said) and (mine < said or run_on and said < mine)


def _moved(op: Any, old: str, new: str, title: str) -> Any:
    if isinstance(op, AddPage) and _route(op) == old:
        return op.model_copy(update={"title": title, "route": new})
    if isinstance(op, AddNavLink) and op.href == old:
        return op.model_copy(update={"href": new, "label": title})
    if isinstance(op, _CONTENT) and op.route == old:
        return op.model_copy(update={"route": new})
    return op


def placed(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with the content meant for the page the request names on it, the page added or named as typed."""
    if site is None or not any(isinstance(op, _CONTENT) for op in ops):
        return ops
    typed = pagename.typed_name(request)
    route = pagename.new_page_named(request, [p.route for p in site.pages])
    pages = [op for op in ops if isinstance(op, AddPage)]
    if route is None or typed is None or not typed[1] or len(pages) > 1:
        return ops  # a name typed in lower case may be words of a sentence ("bikes for sale page: ..." is not "sale")
    title = pagename.title_for(route, request)
    if pages and _route(pages[0]) != route:
        # a page of its own the model added ("and a Gallery page") is not this one cut short; nor is its name run on
        # past a name read only in part ("Getting" of "add page Getting there.")
        if not _part_of(pages[0].title, title, run_on=pagename.colon_name(request) is not None):
            return ops
        old = _route(pages[0])
        ops = [_moved(op, old, route, title) for op in ops]
    on_home = [op for op in ops if isinstance(op, _CONTENT) and op.route == "/"]
    if not on_home:
        return ops
    moved = [_moved(op, "/", route, title) if op in on_home else op for op in ops]
    if pages:
        return moved
    first = next(i for i, op in enumerate(moved) if isinstance(op, _CONTENT) and op.route == route)
    return [*moved[:first], AddPage(op="add_page", title=title, route=route), *moved[first:]]
