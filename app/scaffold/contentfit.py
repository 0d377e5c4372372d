"""Where the content a request gives goes, and what it is: the steps of ``fit_plan`` that change
a plan's shape rather than one slot, and the plan a declined request's own content makes.

- Content for a page the site lacks goes on that page, added first ("put them on a Rooms page").
- A new page gets the content its request gives when the model wrote only the page.
- The user's content read from the request (``entries``: quotes and who said them, questions
  and their answers, a typed list) replaces the model's copy of it when it holds all of that
  copy and more of the request: the model tends to cut a list short, split a name from its
  price wrongly, or put a quote in a heading with its author lost.
- A note given after a colon for a page the site has stands in for a content op that kept a
  name and dropped the rest (``notefit``); sentences after a list that it leaves out are a text
  below it, or its last entries.
- ``read_plan``: when the model declines a request (or its plan leaves typed content out) and
  the request's content reads whole, that content is placed where the request says: a list, or
  a note for the page it names; never for a request that asks for a feature (``scope``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from app.scaffold import entries, entrypairs, explicit, listhead, notefit, pagelist, prose, sectionitems
from app.scaffold.scope import asks_for_action, asks_for_feature
from app.scaffold.kindwords import FAQ_WORDS, REVIEW_WORDS, TEAM_WORDS
from app.scaffold.noteplan import note_plan, note_words
from app.scaffold.coverage import list_lines, strip_bullet, typed_content, unused_content
from app.scaffold.listfit import entry_of, opened_list
from app.scaffold.namedcontent import unused_names
from app.scaffold.pagename import HOME_WORDS, named_page, new_page_named, title_for, typed_name
from app.scaffold.pricetyped import PRICE
from app.scaffold.plan import (AddItems, AddNavLink, AddPage, AddSection, Decline, EditItem, Entry, Plan, RemoveItem,
                               SetText)
from app.scaffold.site import SECTION_WORDS, Site, norm_words, slug

# Item kinds whose placeholder a new page would show next to the user's own list.
_LIST_PLACEHOLDERS = ("list", "pricing")
_NOT_A_PAGE = re.compile(r"\b(?:footer|header|nav|navigation|menu bar|sidebar)\b", re.IGNORECASE)
# A list's kind as the model chose it stays; a quote or a question read from the request sets it.
_LIST_KINDS = ("list", "pricing", "team", "features")


def routes_of(site: Site | None) -> list[str]:
    return [p.route for p in site.pages] if site is not None else []


def read_content(request: str, kind: str = "") -> tuple[str, list[Entry]]:
    """The content the request types out and the section kind it belongs in, or ("", [])."""
    if kind == "testimonials" or REVIEW_WORDS.search(request) or entries.quotes(request, signed=True) or entries.owned_quote(request):
        quoted = entries.quotes(request) or entries.unquoted(request) or entries.signed_lines(request) or entries.owned_quote(request)
        if quoted:
            return "testimonials", quoted
    if kind == "faq" or FAQ_WORDS.search(request):
        asked = entries.questions(request)
        if asked:
            return "faq", asked
    # a team typed one person a line ("Prof. Dr. Lena Hoffmann – Group leader") is read line by line, titles and all
    team = (entries.lined(request) or entries.people(request)) if kind in ("", "team") and TEAM_WORDS.search(request) else []
    if team:
        return "team", team
    listed = entries.listed(request)
    if not listed:
        return "", []
    if kind in _LIST_KINDS:
        return kind, listed
    return ("team" if TEAM_WORDS.search(request) else "list"), listed


def placed_text(items: Sequence[Entry]) -> str:
    """Entries as one text, for comparing the words they hold."""
    return " | ".join(f"{e.title} | {e.text}" for e in items)


def _request_words(request: str, placed: str) -> int:
    """How many of the request's distinct words ``placed`` holds."""
    have = set(norm_words(placed).split())
    return len(set(norm_words(request).split()) & have)


def _holds_words(request: str, read: Sequence[Entry], model: str, besides: frozenset[str] = frozenset()) -> bool:
    """Whether the read entries hold every word of the request that the model's copy (``model``) holds,
    ``besides`` (the name of the page they go on, which the model put in an item: "For Sale") and the words that join two
    entries ("Knapweed and Meadow cranesbill" read as two)."""
    mine = set(norm_words(model).split()) & set(norm_words(request).split()) - besides - {"and", "or"}
    return mine <= set(norm_words(placed_text(read)).split())


def holds_more(request: str, read: Sequence[Entry], model: str, besides: frozenset[str] = frozenset()) -> bool:
    """Whether the read entries place everything the model's copy (``model``, its text) places of
    the user's typed content and its words (``besides`` the page's name), and more of either."""
    left_read, left_model = set(unused_content(request, placed_text(read))), set(unused_content(request, model))
    if not left_read <= left_model or not _holds_words(request, read, model, besides):
        return False
    mine = set(norm_words(model).split()) & set(norm_words(request).split()) - besides
    return len(left_read) < len(left_model) or _request_words(request, placed_text(read)) > len(mine)


def _differs(read: Sequence[Entry], items: Sequence[Entry]) -> bool:
    return [(e.title, e.text) for e in read] != [(e.title, e.text) for e in items]


def items_op(route: str, kind: str, found: Sequence[Entry], heading: str = "") -> AddItems | None:
    """An ``add_items`` of (at most eight of) ``found``, or None when they do not validate."""
    # "Notary signature: $5 per signature": the colon that joined a name to its detail is not the name's
    found = [e.model_copy(update={"title": e.title.rstrip(" :")}) if e.text and e.title.endswith(":") else e for e in found]
    try:
        return AddItems(op="add_items", route=route, kind=kind, items=list(found[:8]), heading=heading)  # type: ignore[arg-type]
    except ValidationError:
        return None


MAX_LEAD_WORDS = 12  # "add a What To Bring list to the home page": an ask, not a sentence that tells ("My friend Pat ...")


def _read_into(op: Any, request: str) -> Any:
    """``op`` (an ``add_items`` or an ``add_section``) with the request's own content in it when
    that holds more of what the user typed (see ``holds_more``); else ``op``."""
    if isinstance(op, AddItems):
        kind, found = read_content(request, op.kind)
        if not found:
            return op
        # A quote and its author, a question and its answer, a person and their role are read exactly: they stand when they
        # hold every word of the request the model placed, however the model paired them ("Vice President Dr. Nirmala
        # Pillai" given "Secretary Tan Mei Ling" as her role).
        paired = kind in ("testimonials", "faq") or kind == "team" and entrypairs.roles_misplaced(op.items, found)
        garbled = entrypairs.garbled(op.items, found)
        exact = (paired or garbled) and _differs(found, op.items) and _holds_words(request, found, placed_text(op.items))
        kind = kind if paired or not garbled else op.kind  # names paired with each other: the model's kind, its entries as typed
        typed = typed_name(request)
        # nor the words of what asks for the list before its colon ("add 3 feature cards under hero: ...": the "3")
        lead, colon, _ = request.partition(":")
        if not colon:  # or the sentence before them ("on services page add prices. Call out fee $89. ...": "Prices")
            lead, colon, _ = request.partition(". ")
        lead = lead if colon and len(lead.split()) <= MAX_LEAD_WORDS else ""
        page_name = frozenset(norm_words(f"{op.route.rsplit('/', 1)[-1]} {typed[0] if typed else ''} {lead}").split())
        if exact or holds_more(request, found, placed_text(op.items), page_name):
            return items_op(op.route, kind, found, op.heading) or op
    elif isinstance(op, AddSection) and op.kind != "hero":
        kind, found = read_content(request, op.kind)
        said = f"{op.heading} | {op.text}"
        # A quote put in a section's heading, a list in its text: the section becomes the content.
        if found and (kind == op.kind or norm_words(said) in norm_words(placed_text(found))) \
                and holds_more(request, found, said):
            return items_op(op.route, kind, found) or op
        texts = prose.page_text(request, "") if op.kind in _TEXT_KINDS else []
        if len(texts) == 1 and norm_words(texts[0]) not in norm_words(op.heading) and prose.cut_from(op.text, texts[0]):
            return op.model_copy(update={"text": texts[0]})  # the paragraph it gives, not a placeholder nor its last words
    return op


def place(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """The plan's ops with the request's content read in and put on the page it names, and each
    page the request lists."""
    ops = _with_page_lists(_with_typed_pages([_read_into(op, request) for op in ops], request, site), request)
    ops = _with_whole_page_text(ops, request)
    ops = _with_list_tail(_with_listed_pages(_with_note(ops, request, site), request, site), request)
    # "I'm 26, based in Quezon City, ... clients: Anvil, Rappler, ..."; "add features section 👉 Offline maps, ..."
    return sectionitems.merged(listhead.with_head(ops, request), request)


def _with_whole_page_text(ops: list[Any], request: str) -> list[Any]:
    """A new page whose content the model cut short where the request gives the page a paragraph
    (``prose.page_text``) that holds everything it typed: the paragraph, whole, in its place. The model
    listed some pieces of it ("Add a page called Where to Buy: our shed at 3 Station Road, Flookburgh,
    open Friday 9 till 1. Also Cartmel Village Shop, ..." lost the shop), or copied it without its first
    words ("AAA: at least 20 grain lines per inch, ..." without "AAA:")."""
    pages = [op for op in ops if isinstance(op, AddPage)]
    if len(pages) != 1:
        return ops
    page = pages[0]
    route = page.route or "/" + slug(page.title)
    content = [op for op in ops if isinstance(op, (AddItems, AddSection)) and op.route == route]
    if not content or len(content) + 1 != len(ops) or _lines_listed(request, content):
        return ops
    texts = prose.page_text(request, page.title)
    whole = " ".join(texts)
    said = f"{page.title} | {whole}"
    # a feature's word in the page's name or paragraph asks for nothing ("Where to Buy")
    if not texts or asks_for_feature(_without(request, [page.title, *texts])) or unused_content(request, said) \
            or unused_names(request, said):
        return ops
    placed = " | ".join([page.title, *(placed_text(op.items) if isinstance(op, AddItems) else f"{op.heading} | {op.text}"
                                       for op in content)])
    cut = all(isinstance(op, AddSection) for op in content) and norm_words(placed) in norm_words(whole) \
        and len(norm_words(placed)) < len(norm_words(whole))
    # words of the user's own the pieces leave out ("Also Beechworth market on Sundays"), where the paragraph
    # holds every word the pieces do
    mine, told = (set(norm_words(t).split()) & set(norm_words(request).split()) for t in (placed, f"{page.title} {whole}"))
    dropped = {w for w in told - mine if len(w) > 2} - _WHERE_WORDS
    # (a plain list's pieces of a paragraph that asks the app nothing: not people, questions or quotes read; a
    # "team" of sentence pieces alone, "1st team plays in Verbandsliga Mittelrhein", is such a list)
    plain = all(isinstance(op, AddSection) or op.kind == "list" or op.kind == "team" and not any(e.text for e in op.items)
                for op in content) \
        and not any(prose.asks_app(sentence) for t in texts for sentence in prose.sentences(t))
    if not (cut or unused_content(request, placed) or unused_names(request, placed)
            or (plain and mine <= told and len(dropped) >= MIN_DROPPED_WORDS)):
        return ops
    sections = [AddSection(op="add_section", route=route, kind="text", text=t) for t in texts]
    return [page.model_copy(update={"route": route, "sections": _asked_sections(page, request)}), *sections]


def _lines_listed(request: str, content: Sequence[Any]) -> bool:
    """Whether the plan lists, an item each, the lines the request types one entry a line ("Here they are /
    Biscuit - 3 yr old beagle mix ... / Duke - ..."): a list, though words before it ("Here they are") are not in it."""
    lines = list_lines(request)
    placed = set(norm_words(placed_text([e for op in content if isinstance(op, AddItems) for e in op.items])).split())
    return len(lines) >= 2 and all(set(norm_words(line).split()) <= placed for line in lines)


def _without(request: str, texts: Sequence[str]) -> str:
    """``request`` without ``texts`` (the page's name, its paragraph, a note): what else it asks, where a
    word of them is a feature's ("... to pay for my brother's braces", "Where to Buy")."""
    rest = request
    for text in sorted(filter(None, texts), key=len, reverse=True):  # the paragraph before the page's name in it
        rest = re.sub(re.escape(text), " ", rest, flags=re.IGNORECASE)
    return rest


def _asked_sections(page: AddPage, request: str) -> list[Any]:
    """The sections of the model's new page that the request names ("Add page: How It Works (hero, features,
    faq)"); not its placeholders ("Alex P.", "How do I get started?" shown as facts nobody gave)."""
    said = f" {norm_words(request)} "
    return [k for k in page.sections if any(f" {norm_words(w)} " in said for w in (k, *SECTION_WORDS.get(k, ())))]


def _with_note(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """A note given after a colon for a page the site has ("Please add to the Trials page: Entries
    by post to Margaret Ibbotson, Low Garth, ...") in place of the model's one content op when the
    note holds all of that op's words and more: the model kept a name and dropped the address."""
    content = [op for op in ops if isinstance(op, (AddItems, AddSection))
               # "On home page write: COREN registered. 9 years in business. ...": a sentence of it set as the title
               or isinstance(op, SetText) and op.target in ("title", "subtitle") and not _NAMES_A_HEADING.search(request)]
    if len(ops) != 1 or len(content) != 1 or site is None:
        return ops
    # (with no colon, a note whose place is said in a sentence of its own: "... travel fee. Write on home")
    note = note_plan(request, routes_of(site), colon_only=":" in request)
    if note is None:
        return ops
    said = note_words(note)
    op = content[0]
    placed = placed_text(op.items) + f" | {op.heading}" if isinstance(op, AddItems) else \
        op.text if isinstance(op, SetText) else f"{op.heading} | {op.text}"
    mine = set(norm_words(placed).split()) & set(norm_words(request).split())
    # what the model left out: typed content, or three words of the user's own at least
    left = {w for w in said - mine if len(w) > 2} - _WHERE_WORDS
    lost = unused_content(request, placed)
    # the model's words besides the note's may be what the request says before it ("Takk fyri! Last thing: on the home
    # page, add that ..." made a list of "Takk" and "Last thing")
    text = " ".join(o.text for o in note.ops if isinstance(o, AddSection))
    at = request.casefold().find(text[:20].casefold()) if text else -1
    # (not where the words before hold a name the note would leave out: "Add a Grinding Days section to the Visit page ...")
    before = set(norm_words(request[:at]).split()) if at > 0 and not unused_names(request, text) else set()
    return list(note.ops) if (mine - _WHERE_WORDS) - said <= before \
        and (lost and not unused_content(request, " ".join(said)) or len(left) >= 3) else ops


_WHERE_WORDS = frozenset("the and for put add write please page home with this that".split())
# A request that speaks of the page's heading or changes a line of it sets that ("the heading on home: ...", "change the line
# to: ..."), not a paragraph ("add a line: ...", "below the date: ..." are paragraphs).
_NAMES_A_HEADING = re.compile(r"\b(?:head(?:ing|line)s?|title|sub-?title|tag\s?line|slogan|banner|hero|top|big\s+text|"
                              r"(?:change|replace|edit)\s+(?:the\s+|that\s+)?(?:\w+\s+)?(?:line|text|words))\b", re.IGNORECASE)  # "change the line to: ..."
MIN_DROPPED_WORDS = 3  # "also", "market", "sundays": a piece of the paragraph, not a word or two of its phrasing


_TEXT_KINDS = ("text", "image_text")
_NAV_WORDS = re.compile(r"\b(?:nav|navigation|menu|menu bar|navbar|top bar|header links)\b", re.IGNORECASE)
_HOME_NAMES = frozenset(("home", "homepage", "home page", "main", "front", "landing", "index", "start"))


def _with_listed_pages(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """Each page the request lists ("pages: home, classes, about") that neither the site nor the
    plan has yet, added after the plan's ops: the model writes the description of a site and
    drops the pages listed beside it."""
    listed = pagelist.listed_pages(request)
    if not listed or any(isinstance(op, Decline) for op in ops):
        return ops
    names = {norm_words(n) for n in listed}
    # Items that are mostly the listed pages' names are those pages read as content; a nav link
    # labelled with several of them ("Events and Adopt") is the list read as one page.
    ops = [op for op in ops if not (isinstance(op, AddItems)
                                    and 2 * sum(norm_words(i.title) in names for i in op.items) >= len(op.items))
           and not (isinstance(op, AddNavLink)
                    and sum(f" {n} " in f" {norm_words(op.label)} " for n in names) >= 2)]
    have = set(routes_of(site)) | {op.route or "/" + slug(op.title) for op in ops if isinstance(op, AddPage)}
    linked = {op.href for op in ops if isinstance(op, AddNavLink)}
    to_nav = bool(_NAV_WORDS.search(request))
    added: list[Any] = []
    for name in listed:
        route = "/" + slug(name)
        if norm_words(name) in _HOME_NAMES:
            continue
        if route not in have:
            have.add(route)
            added.append(AddPage(op="add_page", title=pagelist.as_title(name), route=route))
        elif to_nav and site is not None and (page := site.page(route)) is not None and route not in linked:
            # "Could the Events and Adopt pages be added to the navigation": pages it has, each
            # linked (one linked already says so: "The navigation already links to /events")
            linked.add(route)
            added.append(AddNavLink(op="add_nav_link", label=page.title, href=route))
    return [*ops, *added]


def _names_route(request: str, route: str) -> bool:
    if route == "/":
        return bool(HOME_WORDS.search(request))
    return f" {norm_words(route.rsplit('/', 1)[-1])} " in f" {norm_words(request)} "


def _with_typed_pages(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """Content at a path the user typed ("a /packages page: ..."), or on a page the request does
    not name when it names one page the site lacks ("put them on a Rooms page"), goes on that
    page, which the plan adds first (the model wrote only the content)."""
    if site is None:
        return ops
    have = {p.route for p in site.pages} | {op.route for op in ops if isinstance(op, AddPage)}
    typed = set(explicit.paths(request))
    # "add /about with team: ...": a page asked for by its path alone
    asked = [path for path in typed if path not in have and re.search(rf"\b(?:add|create|make|build|new)\s+(?:a\s+|an\s+)?(?:new\s+)?"
                                                                     rf"(?:page\s+)?(?:at\s+)?{re.escape(path)}(?![\w/-])", request, re.IGNORECASE)]
    named = new_page_named(request, routes_of(site)) or (asked[0] if len(asked) == 1 else None)
    out: list[Any] = []
    for op in ops:
        if isinstance(op, AddItems) and op.route not in have and (op.route in typed or op.route == named):
            out.append(AddPage(op="add_page", title=title_for(op.route, request), route=op.route))
            have.add(op.route)
        elif isinstance(op, AddItems) and named is not None and (not _names_route(request, op.route) or op.route not in have):
            # not on the page named, or on a part of its name ("/pricing" for "the Digs & Pricing page")
            if named not in have:
                out.append(AddPage(op="add_page", title=title_for(named, request), route=named))
                have.add(named)
            op = op.model_copy(update={"route": named})
        out.append(op)
    return out


def _with_page_lists(ops: list[Any], request: str) -> list[Any]:
    """A new page and content the request gives ("a Bouquets page with our prices: Posy £25,
    Hand-Tied £40"), with nothing in the plan that places it: the content goes on the page."""
    pages = [op for op in ops if isinstance(op, AddPage)]
    placed = any(isinstance(op, (AddItems, AddSection, SetText, EditItem, Decline)) for op in ops)
    if len(pages) != 1 or placed or len(ops) >= 4:
        return ops
    opened = opened_list(request) if not list_lines(request) else None  # one entry a line: read line by line
    kind, found = ("list", opened) if opened else read_content(request)
    page = pages[0]
    route = page.route or "/" + slug(page.title)
    if not found:
        return _with_page_text(ops, page, route, request)
    items = items_op(route, kind, found)
    if items is None:
        return ops
    # the sections the request names beside its content, not the model's placeholders ("Alex P.")
    kept = page.model_copy(update={"route": route, "sections": [k for k in _asked_sections(page, request)
                                                                  if k not in (*_LIST_PLACEHOLDERS, kind)]})
    notes = _beside_list(request, found)  # "Prices include takeaway cups." under a list typed one entry a line
    told = [AddSection(op="add_section", route=route, kind="text", text=notes[:prose.MAX_TEXT])] if notes else []
    at = ops.index(page)
    return [*ops[:at], kept, items, *told, *ops[at + 1:]]


def _with_page_text(ops: list[Any], page: AddPage, route: str, request: str) -> list[Any]:
    """A new page and the paragraph the request gives for it ("a page called Learners with this:
    Your first lessons are ..."): the paragraph, whole, is the page's text; the item edits beside
    it are the paragraph misread ("We never guarantee any mushroom" as a removal of "mushroom")."""
    texts = prose.page_text(request, page.title)
    # a feature asked beside the paragraph, not a word of it ("... started making brittle in 1987 to pay for my brother's
    # braces"); a paragraph read after a colon may hold an ask of its own ("... Also add a way to pay online.")
    told = [] if any(prose.asks_app(s) for t in texts for s in prose.sentences(t)) else texts
    if not texts or asks_for_feature(_without(request, told)):
        return ops
    kept = [op for op in ops if not isinstance(op, (EditItem, RemoveItem))]
    at = kept.index(page) + 1
    sections = [AddSection(op="add_section", route=route, kind="text", text=t) for t in texts]
    # the page holds what the user wrote for it and the sections the request names
    kept[at - 1] = page.model_copy(update={"route": route, "sections": _asked_sections(page, request)})
    return [*kept[:at], *sections, *kept[at:]]


# A sentence that asks or instructs ("Make it look nice.", "Can you ...?") rather than gives content.
_NOT_A_TAIL = re.compile(r"\?|^\W*(?:make|use|change|add|put|remove|delete|also|can|could|would|will|please|pls|i want|"
                         r"i'd like|we'd like|thanks|thank you|cheers|ok|okay)\b|\b(?:colou?rs?|fonts?|look|style|page)\b",
                         re.IGNORECASE)


def _with_list_tail(ops: list[Any], request: str) -> list[Any]:
    """The last sentences of a request after a list it reads whole that are content of their own
    ("all materials included", "Parades quoted separately.") as a text below the list: the list
    leaves them out. Never for a retry ("... is missing", "still shows"), which names what was."""
    lists = [op for op in ops if isinstance(op, AddItems)]
    if len(lists) != 1 or any(isinstance(op, (AddSection, Decline, SetText)) for op in ops) or _RETRY.search(request):
        return ops
    items = lists[0]
    placed = set(norm_words(f"{placed_text(items.items)} {items.heading}").split())
    said = entries.sentences(request)

    def read(sentence: str) -> bool:  # a sentence the list was read from
        words = set(norm_words(sentence).split())
        return bool(words) and 2 * len(words & placed) > len(words)

    def held(sentence: str) -> bool:  # the list holds (nearly) every word of it and all its typed content
        # (not its lead: "Services and price (in hryvnia): Chair reupholstery from 1800 UAH, ...")
        words = set(norm_words(re.sub(r"^[^:]{0,40}:\s", "", sentence)).split())
        return bool(words) and len(words - placed) <= len(words) // 5 and not unused_content(sentence, placed_text(items.items))

    def aside(sentence: str) -> bool:
        return bool(_WHERE.search(sentence) or _NOT_A_TAIL.search(sentence))

    last = max((i for i, sentence in enumerate(said) if read(sentence)), default=-1)
    before, tail = said[:last + 1], [t for t in said[last + 1:] if not aside(t)]
    # the list holds every sentence before the tail: a list read partly leaves its rest to the check
    if last < 0 or not all(held(b) or aside(b) for b in before) or not 1 <= len(tail) <= 2:
        return ops
    text = " ".join(tail).strip()
    # a feature asked for beside the list stays declined; a tail that says how to pay or book is the visitors' to read
    # ("... U16 $20 per season. pay at the clubhouse"), not one asked of the site ("pay online")
    if asks_for_feature(". ".join(before)) or asks_for_action(text):
        return ops
    if len(norm_words(text).split()) < 2 or len(text) > notefit.MAX_TEXT or unused_content(text, placed_text(items.items)) \
            != typed_content(text):
        return ops  # a tail that repeats the list's content is the list read again
    try:
        more = [Entry(title=n, text=d) for n, d in (entry_of(t) for t in tail)]
    except ValidationError:
        more = []
    if more and all(i.text for i in items.items) and all(e.text and typed_content(e.text) for e in more) \
            and len(items.items) + len(more) <= 8:
        # "... Reed seasoning kit £9.50": entries of the list the reading stopped short of
        return [items.model_copy(update={"items": [*items.items, *more]}) if op is items else op for op in ops]
    at = ops.index(items) + 1
    return [*ops[:at], AddSection(op="add_section", route=items.route, kind="text", text=text[:1].upper() + text[1:]),
            *ops[at:]]


_RETRY = re.compile(r"\b(?:missing|still|isn'?t|wasn'?t|not there|not showing|wrong|should be|didn'?t|don'?t see)\b",
                    re.IGNORECASE)


# A sentence beside a list that only says where it goes or asks politely ("Please put them on the home page.").
_WHERE = re.compile(r"\b(?:put|add|place|list|show|display|include|mention|go|goes|page|home|homepage|section|here|these|"
                    r"them|those|this|below|please|pls|thanks|thank)\b", re.IGNORECASE)


def _only_says_where(request: str, found: Sequence[Entry]) -> bool:
    """Whether every sentence of the request but the list's says only where it goes: a sentence
    of other content ("the reception is open 24 hours") would be left out."""
    placed = set(norm_words(placed_text(found)).split())
    said = entries.sentences(request)
    listed = max(said, key=lambda s: len(set(norm_words(s).split()) & placed))
    # A sentence the list is read from has (nearly) all its words placed; any other only says where.
    rest = [s for s in said if s is not listed and len(set(norm_words(s).split()) - placed) > 1]
    return all(_WHERE.search(s) for s in rest)


def _beside_list(request: str, found: Sequence[Entry]) -> str | None:
    """Where ``found`` are the request's list lines (``coverage.list_lines``): its other lines, but the
    first, that say more than where the list goes, as one text ("Rates are approximate, final rate after
    site inspection."); "" when none do; None when the list is not typed one entry a line."""
    listed = list_lines(request)
    if not listed or len(listed) != len(found):
        return None
    lines = [line.strip() for line in request.split("\n") if line.strip()]
    kept = set(listed)
    told = [line for line in lines[1:] if strip_bullet(line) not in kept and not _only_where(line)]
    return " ".join(told)



def _told_beside(request: str, found: Sequence[Entry]) -> str:
    """The sentences of a request that types its price list in a sentence, besides that one, that tell the visitors something
    ("services and prices: Basic tune $65, ... . all prices include callout within Hutt Valley"); ""."""
    listed = set(norm_words(placed_text(found)).split())
    told = []
    for sentence in prose.sentences(request):
        words = set(norm_words(sentence).split())
        if not words or len(words & listed) * 2 >= len(words) or prose.asks_app(sentence) or _only_where(sentence):
            continue
        told.append(sentence[:1].upper() + sentence[1:])
    return " ".join(told) if len(told) == 1 else ""


def _only_where(line: str) -> bool:
    return len(set(norm_words(line).split()) - _WHERE_WORDS) <= 1 or (bool(_WHERE.search(line)) and len(line.split()) <= 6)


# An entry that says a change, not a thing: "Festival pass goes up to" $65, "And add a student pass" $35, "pro price change",
# "2 days trek now" 420 GEL.
_SAYS_A_CHANGE = re.compile(r"\b(?:(?:goes|go|went|gone|going|is|are|has|have)\s+(?:up|down)|(?:has\s+|have\s+)?(?:increased|raised|"
                            r"reduced|lowered|dropped|drops|rises|rose))\s+to\s*$|\bprice\s+change\b|\bchang(?:e|es|ed)\s+to\b|\bnow\s*$|^\W*(?:and\s+)?add\s"
                            r"|^\W*(?:is\s+|are\s+|has\s+been\s+)?(?:moved|moving|postponed|rescheduled)\s+to\b|^\W*same\s+(?:time|day|place|price)\b",  # "moved to Saturday na, same time ..."
                            re.IGNORECASE)


def read_plan(request: str, site: Site | None, route: str | None = None) -> Plan | None:
    """The plan the request's own content makes: that content on the page the request names (a
    page it has, a new page it names, else ``route`` or home); None when the request asks for a
    feature, names a place that is not a page (a footer), or its content does not read whole."""
    kind, found = read_content(request)
    routes = routes_of(site) or ["/"]
    if asks_for_feature(request) and not _an_faq(kind, found):
        # not "add faq. ... can i book a table - no, just walk in": a feature's word in an answer; nor a
        # note's ("put on the trips page to book, text or call 07700 914 362"): no feature asked beside it
        note = note_plan(request, routes)
        said = " ".join(op.text for op in note.ops if isinstance(op, AddSection)) if note is not None else ""
        asked = any(prose.asks_app(clause) for clause in re.split(r",\s*|;\s*|\s+and\s+", said))  # "..., add a calendar"
        if note is not None and said and not asked and not asks_for_feature(_without(request, [said])) and not notefit.asks_app_first(said):
            return note
        return None if _NOT_A_PAGE.search(request) else _story(request, routes)
    if _NOT_A_PAGE.search(request):
        return None
    # not "Us" of "on the visit us page", a page the site has
    new = new_page_named(request, routes) if named_page(request, routes) is None else None
    if not found and new is not None:
        # "Add a Join page: Turn up on any Tuesday. ...": the page and its paragraph
        page = AddPage(op="add_page", title=title_for(new, request), route=new)
        placed = _with_page_text([page], page, new, request)
        return Plan(ops=placed) if len(placed) > 1 else None
    lists = {p.route for p in (site.pages if site else []) for sec in p.sections if sec.kind == "list" and sec.items}
    note = note_plan(request, routes, listed=lists.pop() if len(lists) == 1 else "")
    if note is not None and (not found or kind not in ("testimonials", "faq") and _note_holds(note, found)
                             and not _holds_note(found, note)):
        return note  # "Prices page: 'Book by SMS to ... Pay on arrival.'": a note, not a list of its pieces
    notes = _beside_list(request, found)
    if notes is None and found and kind == "list" and all(PRICE.search(f"{e.title} {e.text}") for e in found):
        notes = _told_beside(request, found) or None  # a price list typed in a sentence, and what it says of the prices
    if not found or (kind not in ("testimonials", "faq") and notes is None and not _only_says_where(request, found)) \
            or any(_SAYS_A_CHANGE.search(e.title) for e in found):
        return None
    target = named_page(request, routes) or new
    if target is None:
        target = "/" if HOME_WORDS.search(request) or route is None else route
    items = items_op(target, kind, found, notefit.heading(request))
    if items is None:
        return None
    ops: list[Any] = [items]
    if notes:
        ops.append(AddSection(op="add_section", route=target, kind="text", text=notes[:prose.MAX_TEXT]))
    if target not in routes:
        ops.insert(0, AddPage(op="add_page", title=title_for(target, request), route=target))
    return Plan(ops=ops)


def _story(request: str, routes: Sequence[str]) -> Plan | None:
    """The note a request gives a page where a feature's word is only in what the user tells of
    themselves ("a bit about us on the home page: my abuelita Chela started selling paletas from a cart
    ..."): content, not a feature asked for; None else."""
    note = note_plan(request, routes)
    text = next((op.text for op in note.ops if isinstance(op, AddSection)), "") if note is not None else ""
    if not notefit.told(text, request):
        return None
    start = notefit.told_at(text, request)
    rest = request[:start] + " " + request[start + len(text):]
    return note if not asks_for_feature(rest) else None


def _an_faq(kind: str, found: Sequence[Entry]) -> bool:
    """Whether the request's content read is questions with their answers, two or more."""
    return kind == "faq" and len(found) >= 2


def _holds_note(found: Sequence[Entry], note: Plan) -> bool:
    """Whether the entries read as a list hold (nearly) every word of the note read as text."""
    said = note_words(note)
    return len(said - set(norm_words(placed_text(found)).split())) <= len(said) // 5


def _note_holds(note: Plan, found: Sequence[Entry]) -> bool:
    """Whether the note read as text holds every word of the entries read as a list."""
    return set(norm_words(placed_text(found)).split()) <= note_words(note)
