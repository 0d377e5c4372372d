"""Fit the model's plan to the user's own words before it is applied.

The tuned 270M model picks the right op almost every time; what it gets wrong
is copy: it cuts a headline short ("Invoices that send themselves" ->
"Invoices"), respells a rare word ("sciense" -> "sensibility"), mangles a
name ("Rosie's" -> "Rosens's") or reads a version as a number ("1.4.0" ->
1.4). Respelling is impossible by construction: the grammar lets a copy slot
hold only the request's own spans (``spans``). What remains is fitted here:

- a value inside a quoted part of the request becomes the whole quote;
- a value cut short is extended to the end of its clause, but only when the
  words that follow carry no instruction (no "on", "and", "page", ...);
- a number that is the start of a version string becomes the string (an API's
  JSON body is not a copy slot).

A heading edit that names a section the page does not have takes the one
section kind the request names that the page has; a new page gets the section
kinds the request names. Paths, URLs, JSON bodies, methods and hex colours the
user typed out win over the model's reading (``explicit``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher  # a link to a page it almost names
from typing import Any

from pydantic import ValidationError

from app.scaffold import (backref, bothpages, buttonfit, cardsfit, chromefit, compound, contactfit, contentfit, explicit, headfit, itemfit, itemhome, misread, movefit, moveplus, namedsection, namelist, navfit, navorder, notefit, notelead, openerfit, pageblock, pagelead, pagename, peoplefit,
                          pagehad, pagelist, placefit, prose, quotedput, removefit, renamefit, scope, sitename, sizefit, soldout, spellfit, stepsfit, swapfit, textfit, themewords, typedroute, venuefit, wordfix)
from app.scaffold.contentfit import routes_of as _routes
from app.scaffold.pagename import named_page
from app.scaffold.sitename import names_the_site, renames_the_site
from app.scaffold.listfit import detail_whole, name_onward, name_to_price, name_whole, numbered, price_whole, time_whole, typed_list
from app.scaffold.plan import (MAX_OPS, NAMED_COLORS, AddApiRoute, AddItems, AddNavLink, AddPage, AddSection, Decline,
                               DescribeSite, EditItem, Entry, JsonScalar, Plan, RenamePage, ReplaceText, SetText,
                               SetTheme, plan_to_json)
from app.scaffold.pagelist import listed_pages
from app.scaffold.site import SECTION_WORDS, UNLISTED_KINDS, Site, kinds_named, norm_words, shown_text, slug, without_item_names

MAX_SPAN = 120  # the schema's bound on a text; titles, headings and labels have SHORT
SHORT = 60
MIN_ROUTE_SIMILARITY = 0.6
# Words that name a place in the site or start a new instruction: a tail holding one is not copy
# ("Welcome on the about page", "Blue Fern and make it green"); other little words are
# ("Free shipping on orders over $50", "Our story so far").
STOP_WORDS = frozenset("""
    page pages section sections heading headline title subtitle button link links nav navigation menu
    site website homepage route endpoint api url path please pls thanks make add change set remove delete
    put use move rename also then instead too it its there here should must will would can could
    now asap again anymore thanks thx
""".split())
# A quote in single quotes may hold an apostrophe inside a word ("'Seen a swarm? Don't panic.'").
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|(?:(?<=\s)|^)'((?:[^']|(?<=\w)'(?=\w))+)'(?=[\s.,;:!?)]|$)")
# Anything but words, spaces, in-word apostrophes and hyphens, "&", "$", "%" ends a clause.
_HARD_STOP = re.compile(r"[^\w\s'’&$%–-]|['’](?!\w)|(?<!\w)['’]|\s-|-\s")
_PLACES = re.compile(explicit.URL.pattern + r"|(?<![\w.])/[\w/-]*")
_WORD = re.compile(r"[A-Za-z0-9]+")
_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+)+(?![\w.]*\w)")


def _contains_words(haystack: str, needle: str) -> bool:
    n = norm_words(needle)
    return bool(n) and f" {n} " in f" {norm_words(haystack)} "


def _quotes(request: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(request)]


def _masked(request: str) -> str:
    """The request with its URLs and paths blanked out (they end a clause): "/press-kit" is a
    place, not copy."""
    return _PLACES.sub(lambda m: "|" * len(m.group(0)), request)


# What leads to a text that runs to the request's end, commas and all: "change the big title to ...".
_LEADS_TO_END = re.compile(r"(?:\bto|\bsays?|\bread|\breads|:)\s*$", re.IGNORECASE)


def _extended(value: str, request: str, to_the_end: bool = False) -> str:
    """``value`` run on to the end of its clause, when what follows it in the request is plain words;
    a "!" that ends the request belongs to the text ("Send it!").

    The last occurrence is taken: the copy comes after the instruction ("set the title to ...")."""
    at = request.lower().rfind(value.lower())
    end = at + len(value)
    if at < 0 or (at > 0 and request[at - 1].isalnum()) or (end < len(request) and request[end].isalnum()):
        return value  # not there as whole words
    rest = request[end:]
    stop = _HARD_STOP.search(rest)
    if to_the_end and stop is not None and rest[stop.start()] == "," and _LEADS_TO_END.search(request[:at]) \
            and not _HARD_STOP.search(rest.replace(",", " ").rstrip(".!")):
        stop = None  # "change the big title to No moles, no poison, no fuss": the copy runs to the end
    tail = rest[: stop.start() if stop else len(rest)]
    words = [w.lower() for w in _WORD.findall(tail)]
    if any(w in STOP_WORDS for w in words):
        return value
    # A tail that runs into a path or a URL ends before the little word that leads to it
    # ("Welcome to Pixel & Pine on /studio").
    tail = re.sub(r"(\s+(?:and|or|on|in|at|to|for|with|of|by|from|the|a|an|w))+\s*$", "", tail, flags=re.IGNORECASE)
    out = value + tail.rstrip()
    after = request[at + len(out):]
    if after[:1] == "!" and not after[1:].strip():
        out += "!"  # "Send it!"; a "?" that ends the request is the request's own
    return out


def fit_text(value: str, request: str, extend: bool = True, max_len: int = MAX_SPAN, to_the_end: bool = False) -> str:
    """The user's wording for one copy slot (see the module docstring); never longer than ``max_len``.
    ``to_the_end``: a text set "to" words that run to the request's end keeps its commas."""
    if not value.strip():
        return value
    fitted = _fit(value, request, extend, to_the_end)
    return fitted if len(fitted) <= max_len else value


def _fit(value: str, request: str, extend: bool, to_the_end: bool = False) -> str:
    for quoted in _quotes(request):
        # Part of a quote: the whole quote.
        if (value.lower() in quoted.lower() or _contains_words(quoted, value)) and value != quoted:
            return quoted
    words = _masked(request)
    if _contains_words(words, value) and extend:
        return _extended(value, words, to_the_end)
    return value


def fit_scalar(value: JsonScalar, request: str) -> JsonScalar:
    """An API body value: strings as copy, a number cut from a version string as that string."""
    if isinstance(value, str):
        return fit_text(value, request, extend=False)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        shown = repr(value)
        for match in _VERSION.finditer(request):
            version = match.group(0)
            if version != shown and version.startswith(shown + "."):
                return version
    return value


def _whole_words(route: str | None, title: str) -> str | None:
    """A new page's route cut off inside a word of its title ("/weekend-works" for "Weekend
    Workshops") becomes the title's slug; a route of whole words is the model's choice."""
    full = "/" + slug(title)
    if route and route != "/" and full.startswith(route) and route != full and full[len(route)] != "-":
        return full
    return route


def _closest_page(href: str, routes: Sequence[str]) -> str | None:
    scored = [(SequenceMatcher(None, href, r).ratio(), r) for r in routes if r != "/"]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= MIN_ROUTE_SIMILARITY else None


def _fit_set_text(op: SetText, request: str, site: Site | None) -> dict[str, Any]:
    text = textfit.new_words(fit_text(op.text, request, to_the_end=op.target in ("title", "subtitle")), request)
    # a heading, a name or a button's label is one line ("Maple Street Book Club\nWe meet in Dayton" was a name)
    update: dict[str, Any] = {"text": text.split("\n")[0].strip() if op.target != "subtitle" else text}
    if op.route == "/" and op.target == "title" and headfit.under_the_name(request, site) and not explicit.paths(request) \
            and named_page(request, _routes(site)) is None:  # not another page's headline
        update["target"] = "subtitle"
    page = site.page(op.route) if site is not None else None
    if page is not None and op.section is not None:
        kinds = [s.kind for s in page.sections]
        if op.section not in kinds:
            named = kinds_named(request, kinds)
            update["section"] = named[0] if len(named) == 1 else op.section
    return update


def _fit_add_page(op: AddPage, request: str, site: Site | None) -> dict[str, Any]:
    # a page's name is one line: "page called Term Dates\nTerm 1: 28 Jan - 11 Apr" is "Term Dates"
    called = pagename.called_after(request)  # "... Call the page Our Executive."
    update: dict[str, Any] = {"title": called or fit_text(op.title, request, extend=False, max_len=SHORT).split("\n")[0].strip()}
    typed_route = explicit.new_route(request, _routes(site))
    update["route"] = typed_route or ("/" + slug(called) if called else _whole_words(op.route, update["title"]))
    if typed_route and not set(slug(update["title"]).split("-")) & set(typed_route.strip("/").split("-")):
        update["title"] = pagename.named_by_route(request, typed_route) or update["title"]  # not "Create"
    title = norm_words(update["title"])
    typed = None if typed_route else pagename.typed_over(update["title"], request) or pagename.over_content(update["title"], request)
    if typed is not None and "/" + slug(typed) not in _routes(site):  # a page it has: pagehad's
        # "a page called Cakes with my prices", "need a contact page": the name, not the words around it;
        # "a page called Learn to Play" made "Play", "a Made from Tweed page" "Tweed": the name is all of it
        update["title"], update["route"] = typed, "/" + slug(typed)
    elif not typed_route and (update["route"] or "/") != "/" and pagename.names(request, update["title"]) \
            and "/" + slug(update["title"]) not in _routes(site):
        update["route"] = "/" + slug(update["title"])  # "Visiting Responsibly" at "/visiting-responsible", "Our Team" at "/team"
    elif not typed_route and "/" + slug(update["title"]) not in _routes(site) and re.search(
            rf"\bpage\s+(?:called\s+|named\s+)?['\"“‘]{re.escape(update['title'])}['\"”’]", request, re.IGNORECASE):
        update["route"] = "/" + slug(update["title"])  # "entry info page 'Enter'" at "/enter", not "/entry"
    elif not typed_route and (update["route"] or "").startswith("/" + slug(update["title"]) + "-"):
        update["route"] = "/" + slug(update["title"])  # "Events" at "/events-bookclub-first-friday-7pm"
    elif not typed_route and (update["route"] or "/") != "/" and f" {title} " in f" {norm_words(request)} " \
            and not set(norm_words(update["route"].rsplit("/", 1)[-1]).split()) & set(norm_words(request).split()):
        update["route"] = "/" + slug(update["title"])  # "a standings page" at "/standlers": the name it was asked by
    # "a Pricing page" is not "a pricing section": the page's own title and route do not count.
    own = f"{update['title']} {update['route'] or ''}"
    asked = [k for k in kinds_named(request, tuple(SECTION_WORDS), own) if k not in op.sections]
    if asked:
        merged = [*op.sections, *asked]
        update["sections"] = sorted(merged, key=lambda k: k != "hero")[:6]  # a hero goes first
    return update


def _fit_add_section(op: AddSection, request: str, site: Site | None) -> dict[str, Any]:
    update: dict[str, Any] = {}
    if op.heading:
        update["heading"] = fit_text(op.heading, request, max_len=SHORT)
    elif op.kind == "text" and (name := notefit.named_note(request)):
        update["heading"] = name  # "add a Halloween Special on the home page: ..."
    if op.text:
        update["text"] = fit_text(op.text, request, max_len=400)
        said = notefit.text_after(request) or notefit.after_named_section(request, op.heading)  # "... with the text: Call ..."
        if said and norm_words(update["text"]) in norm_words(said) and len(said) <= notefit.MAX_TEXT:
            update["text"] = said
    return update


def _fit_add_nav_link(op: AddNavLink, request: str, site: Site | None) -> dict[str, Any]:
    routes = _routes(site)
    target = explicit.link_target(request)
    if target is None and op.href.startswith("/") and op.href not in routes:
        target = _closest_page(op.href, routes)
    return {"label": fit_text(op.label, request, extend=False, max_len=SHORT), "href": target or op.href}


def _fit_rename_page(op: RenamePage, request: str, site: Site | None) -> dict[str, Any]:
    return {"new_route": explicit.new_route(request, _routes(site)) or op.new_route}


def _fit_add_api_route(op: AddApiRoute, request: str, site: Site | None) -> dict[str, Any]:
    typed = explicit.json_body(request)
    return {"route": explicit.api_route(request) or op.route, "method": explicit.method(request) or op.method,
            "json_body": typed if typed is not None else {k: fit_scalar(v, request) for k, v in op.json_body.items()}}


# Words of colour in general, named or not: "the colours", "darker", "a brighter theme".
_ANY_COLOUR = re.compile(r"\b(?:colou?rs?|colou?red|theme|palette|dark\w*|light\w*|bright\w*|pale\w*|warm\w*|cool\w*|"
                         r"contrast|shade|tone|hue)\b", re.IGNORECASE)


def _fit_set_theme(op: SetTheme, request: str, site: Site | None) -> dict[str, Any]:
    colour = explicit.hex_colour(request)
    slots = ("primary", "accent", "background", "foreground")
    # Only a colour name the user did not write gives way ("purple; foreground #1f2937" keeps purple).
    named = [k for k in slots if getattr(op, k) in NAMED_COLORS and not _contains_words(request, getattr(op, k))]
    if colour is not None and len(named) == 1 and colour not in [getattr(op, k) for k in slots]:
        return {named[0]: colour}
    theme = site.theme if site is not None else None
    # the words of a tagline typed in quotes are no colours ("Never buy the third jar of mustard again.")
    unquoted = re.sub(r"[\"“][^\"“”]{2,200}[\"”]", " ", request)
    said = themewords.read(without_item_names(unquoted, site), theme.background if theme else None,
                           theme.foreground if theme else None)
    # the slots as the colour words say them, none the request does not name; no colour word: the model's
    update = {} if said is None else {slot: colour for slot, colour in said.items() if colour != getattr(op, slot)}
    font = themewords.named_font(request)
    if said is None and font is not None and not _ANY_COLOUR.search(request):
        # "use a plain serif font, a little larger": a font asked for, no colour; the model's colours go
        update |= {slot: None for slot in slots if getattr(op, slot) is not None}
    return update | ({"font": font} if font is not None and font != op.font else {})


def _fit_entry(entry: Entry, request: str) -> Entry:
    title, text = price_whole(name_whole(fit_text(entry.title, request, extend=False, max_len=80), request),
                              fit_text(entry.text, request, extend=False, max_len=200) if entry.text else entry.text)
    title = name_onward(title, text, request)  # "Standing" / "₦5,000" of "add Standing fan ₦5,000"
    title, text = time_whole(title, detail_whole(title, text, request), request)  # "Sundays 11am" / "1pm" of "sundays 11am to 1pm"
    title, text = name_to_price(title, text, request)  # "Hopper" / "$2,800" of "hopper bottom silo sandblast and paint from $2,800"
    return entry if (title, text) == (entry.title, entry.text) else Entry(title=title, text=text)


def _split_like(entry: Entry, model: list[Entry]) -> Entry:
    """A typed entry with no detail of its own takes the model's split of it ("2 Mar Mono" ->
    "2 Mar" / "Mono") when the model wrote exactly that entry."""
    for e in model:
        if norm_words(f"{e.title} {e.text}") == norm_words(entry.title):
            return e
        if norm_words(e.title) == norm_words(entry.title):
            return Entry(title=entry.title, text=e.text)
    return entry


def _another_entry(entry: Entry, typed: list[Entry]) -> bool:
    """Whether the model's detail of ``entry`` is words of its own name ("Utrecht" / "Utrecht") or of another entry of the
    typed list: "El Son de la Negra" / "Cielito Lindo" of "El Son de la Negra, Cielito Lindo, ...", two songs (not
    "2 Mar" / "Mono" of "2 Mar Mono"); a detail of figures alone only where another entry starts with it ("4" of
    "4 duotangs"), not inside one ("10+" of "4-10")."""
    if _contains_words(entry.title, entry.text):
        return True
    own, said = norm_words(entry.title), norm_words(entry.text)
    others = [other for other in typed if not norm_words(other.title).startswith(own)]
    if re.search(r"[^\W\d_]", entry.text):
        return any(_contains_words(f"{other.title} {other.text}", entry.text) for other in others)
    return any(f"{norm_words(other.title)} ".startswith(f"{said} ") or norm_words(other.text) == said for other in others)


def _fit_add_items(op: AddItems, request: str, site: Site | None) -> dict[str, Any]:
    fitted = [_fit_entry(e, request) for e in op.items]
    listed = numbered(request)
    if listed and all(e.title.strip(".)").isdigit() for e in op.items):
        fitted = listed  # "1. Test your water every week. 2. ... 4. Quarantine new fish for 3 weeks.": each, whole, unnumbered
    typed = typed_list(request, fitted) if op.kind != "testimonials" and fitted is not listed else None
    if typed is not None:  # the user's list, whole and as written (see listfit)
        said = [e for e in fitted if e.text and _contains_words(request, e.text) and not _another_entry(e, typed)]
        fitted = [e if e.text else _split_like(e, said) for e in typed]
    update: dict[str, Any] = {"items": fitted}
    if op.kind in UNLISTED_KINDS and not re.search(r"\bbuttons\b", request, re.IGNORECASE) or fitted is listed and op.kind == "image_text":
        update["kind"] = "list"  # a hero, a call to action or a text shows no items: the entries as a list, shown
    if op.heading:
        update["heading"] = fit_text(op.heading, request, extend=False, max_len=SHORT)
    elif named := namedsection.name(request):
        update["heading"] = named[:SHORT]  # "add a Messages section on home where I'll put greetings: ..."
    return update


_DETAIL_ONLY = re.compile(r"^(?:[$£€]\s?\d[\d,.]*\S*|\d[\d,.]*\s?(?:€|am|pm)|\d{1,2}(?::\d{2})?\s?(?:am|pm)?"
                          r"(?:\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)?)?)$", re.IGNORECASE)


def _fit_edit_item(op: EditItem, request: str, site: Site | None) -> dict[str, Any]:
    update: dict[str, Any] = {"item": fit_text(op.item, request, extend=False, max_len=SHORT)}
    text, title = op.text, op.title
    if title and not text and _DETAIL_ONLY.match(title.strip()):
        text, title = title, ""  # "change Pro to $39": a price is the item's detail, not its new name
        update["title"] = ""
    if text:
        update["text"] = fit_text(text, request, extend=False, max_len=200)
    if title:
        update["title"] = fit_text(title, request, extend=False, max_len=80)
    return update


def _fit_describe_site(op: DescribeSite, request: str, site: Site | None) -> dict[str, Any]:
    # the model takes a place, a person or a greeting for the name ("Market Street", "Kia ora")
    update: dict[str, Any] = {"name": sitename.site_name(request, sitename.whole_name(fit_text(op.name, request, extend=False,
                                                                                               max_len=SHORT), request))}
    listed = set(norm_words(" ".join(listed_pages(request))).split())
    for slot in ("heading", "tagline"):
        if getattr(op, slot):
            update[slot] = fit_text(getattr(op, slot), request, max_len=160)
            if openerfit.asks_only(update[slot], listed):
                update[slot] = ""  # "Annual Show", one of the pages it lists, "a professional site, my name is": no headline
    return update


def _fit_replace_text(op: ReplaceText, request: str, site: Site | None) -> dict[str, Any]:
    return {"old": textfit.whole_old(op.old, op.new, request)}


Fitter = Callable[[Any, str, "Site | None"], dict[str, Any]]
# One row per op whose slots hold the user's words; ops without a row are applied as the model wrote them.
FITTERS: dict[str, Fitter] = {
    "set_text": _fit_set_text, "add_page": _fit_add_page, "add_section": _fit_add_section,
    "add_nav_link": _fit_add_nav_link, "rename_page": _fit_rename_page, "add_api_route": _fit_add_api_route,
    "set_theme": _fit_set_theme, "add_items": _fit_add_items, "edit_item": _fit_edit_item,
    "describe_site": _fit_describe_site, "replace_text": _fit_replace_text,
}


_PAGE_OPS = ("add_section", "remove_section", "set_text", "add_items")


def _updates(op: Any, request: str, site: Site | None) -> dict[str, Any]:
    fitter = FITTERS.get(op.op)
    update = fitter(op, request, site) if fitter is not None else {}
    if op.op in _PAGE_OPS and op.route == "/" and getattr(op, "target", "") != "site_name":
        # The model's default page is home; a request that names one other page means that page.
        update["route"] = named_page(request, _routes(site)) or op.route
    return {k: v for k, v in update.items() if getattr(op, k) != v}


def _refit(op: Any, changed: dict[str, Any]) -> Any:
    """``op`` with ``changed``, if the result still fits the schema; else the model's op."""
    try:
        return type(op).model_validate(op.model_copy(update=changed).model_dump(by_alias=True))
    except ValidationError:
        return op  # a value from the request that the schema refuses (a route too long, say)


def _redescribes(op: Any, site: Site | None) -> bool:
    """Whether ``op`` describes anew, under another name, a site that is set up already ("Club dive days:
    first Saturday of the month ... Home page." read as a site called "Club dive days")."""
    return isinstance(op, DescribeSite) and site is not None and not openerfit.is_new(site) \
        and norm_words(op.name) != norm_words(site.name)


_A_CORRECTION = re.compile(r"\s(?:not|instead\s+of)\s", re.IGNORECASE)  # "Licensed Not Licenced" is no site's name


def fit_plan(plan: Plan, request: str, site: Site | None = None) -> Plan:
    """``plan`` with each slot the user spelled out taken from the request; unchanged ops are kept."""
    # A link's place in the navigation ("put it after Prices") is read last, from the fitted plan's links.
    placed = moveplus.beside(navorder.placed(_fitted(plan, request, site), request, site), request, site)
    spread = bothpages.spread(list(placed.ops), request, site)  # "put it on home and prices page"
    placed = placed if spread == list(placed.ops) else Plan(ops=spread[:MAX_OPS])
    renamed = typedroute.kept(sitename.renamed_everywhere(list(placed.ops), request, site), request, site)
    placed = placed if renamed == list(placed.ops) else Plan(ops=renamed[:MAX_OPS])
    return Plan(ops=[Decline(op="decline")]) if notefit.echoes_a_correction(list(placed.ops), request) else placed


# Where a rename is said to be the menu's alone; "in the menu and the page title", "in the menu and page" is the page's too.
_IN_MENU = re.compile(r"\b(?:menu|nav|navigation|navbar)\b(?!\s+and\s+(?:the\s+|on\s+the\s+|its\s+)?page\b)", re.IGNORECASE)
_JOINED_NAME = re.compile(r"\s*(?:&|and)\s+(?:(?-i:[A-Z])[\w'’-]*\s*)+")  # "... & The Night Owls": a name's own words

def _fitted(plan: Plan, request: str, site: Site | None) -> Plan:
    if scope.asks_for_action(request) and not (openerfit.is_new(site) and prose.opens_a_site(request)
                                               and not scope.asks_visitors_to_act(request)):
        # a feature no edit plan builds, whatever the model wrote; not in the first prompt, which says what the
        # business does ("I do puppet and clay animation for music videos"): the site is set up all the same
        return Plan(ops=[Decline(op="decline")])
    if backref.points_back(request):
        return Plan(ops=[Decline(op="decline")])  # "faq page missing the rebate question": words not typed here
    # "heading says 'X' and underneath 'Y'" written as two headings; "Add 'Who we are' on home: ..." without its heading
    plan = headfit.under_a_heading(headfit.quoted_heading(headfit.second_line(plan, request), request), request, site)
    opened = openerfit.opened(plan, request, site)
    if opened is not plan:
        return _fitted_ops(opened, request, site)  # an opening prompt the model wrote as other ops: read as one
    if (sold := soldout.read(request, site)) is not None:
        return sold  # "write sold out instead of the price": the item's price, whatever else reads a swap in it
    if (note := notelead.read(request)) is not None:
        return note  # "on home write: my mother open this shop in 1989, ...": the user's text, whatever words it holds
    # "Meera can no longer be a bridesmaid ... add my cousin Anjali Rao as bridesmaid instead": the person's name replaced
    person = peoplefit.swap(request, site)
    swapped = swapfit.read(request, site) if person is None else None
    if swapped is not None:
        return swapped  # "take mia off, she left. add Priya Nair - coach": one edited into the other, in its place
    # not an opening prompt the model wrote as one ("Hi! I need a portfolio site. Heading: ... Button: ...")
    several = compound.read(request, site) if not any(isinstance(op, DescribeSite) for op in plan.ops) else None
    if several is not None:
        return several  # "rename the Meetings page to What Happens. oops the fee is $170 not 160": each read whole
    # "rename Meet the Crew to just Crew": a page's name, not words on it ("... in the menu": navfit's)
    renamed = itemfit.page_rename(request, site)
    if renamed is not None:
        same = [op for op in plan.ops if isinstance(op, RenamePage) and op.route == renamed.route]
        if not same and not _IN_MENU.search(request):  # (with a decline where another part asks more: "... and remove Mr. X")
            return Plan(ops=[renamed, *([Decline(op="decline")] if site is not None and compound.unread(request, site, [renamed]) else [])])
        # the model's rename of that page takes the name as typed ("Who We Are", not "Who We Are instead")
        plan = Plan(ops=[renamed if op in same and norm_words(op.title) != norm_words(renamed.title) else op
                         for op in plan.ops])
    swaps = compound.swaps(request, site) if site is not None else []
    # "make About page, story of grandma: ... every morning at 4am": a new page's content, no time changed (the page's
    # lead is read only where a swap was, not on every turn)
    new_page = bool(swaps) and _opens_new_page(request, site)  # (read once: the place readers below ask it too)
    swaps = [] if new_page else swaps
    # "Graham has stepped down ... the new Treasurer is Mere Hohaia": beside a moved date, too
    if person is not None:
        # the same swap read from part of the names ("replace Gerry with Pádraig") gives way to the whole names
        # (nor a replacement whose new words run on past the name: "Change Treasurer to Grace Villanueva, Liza went home"; but
        # "Kasia Wrona & The Night Owls" is the whole name of who comes)
        person = next((person.model_copy(update={"new": op.new}) for op in swaps
                       if getattr(op, "new", "").startswith(person.new) and _JOINED_NAME.fullmatch(op.new[len(person.new):])), person)
        # (a swap of the name with its number, "Mrs Thandeka Mokoena on 082 ..." -> "Mr Pieter Jacobs on 083 ...", holds it)
        shown = shown_text(site) if site is not None else ""  # read once, not once a swap
        if not any(op.old != person.old and person.old in op.old and person.new in op.new and op.old in shown
                   for op in swaps if isinstance(op, ReplaceText)):
            swaps = [op for op in swaps if not compound.said_before(op, [person]) and getattr(op, "old", "\0") not in person.old
                     and person.new not in getattr(op, "new", "")]
            swaps.append(person)
            # "... my cousin Joanne De Vries instead, (616) 555-0177": the number shown after who goes, theirs
            swaps += [op for op in peoplefit.swap_with_number(request, site)[1:] if not any(op.old in getattr(s, "old", "") for s in swaps)]
    if swaps:
        # "change 'X' to 'Y'" of words the site shows, new prices of what it lists: whatever the model
        # wrote; with another part that nothing here reads ("... take it off for now, and the
        # littlenecks should be $32"), nothing: one part done and the other dropped looks done
        left = compound.unread(request, site, swaps) if site is not None else []
        removed = compound.removed_left(request, site, left) if site is not None and left else []
        if removed and len(swaps) + len(removed) <= MAX_OPS:
            return Plan(ops=[*swaps, *removed])  # "... now 170 kr, and the dungarees are sold out ..., please remove them"
        return Plan(ops=[*swaps[:MAX_OPS - 1], Decline(op="decline")] if left else swaps[:MAX_OPS])
    # a new site asked for is no page's content ("... can u make a site for it. call it Quiz for Tayside")
    opening = openerfit.is_new(site) and prose.asks_for_a_site(request)
    # "... Put it on bottom of every page please": the footer's words, not a page called "Bottom of Every"
    footer = chromefit.footer(request) is not None
    block = movefit.read(request, site) or navfit.read(request, site) or buttonfit.read(request, site) \
        or headfit.read(request, site) or spellfit.read(request, site) or itemhome.announced(request, site) \
        or stepsfit.read(request, site) or cardsfit.read(request, site) or (None if footer else namelist.read(request, site)) \
        or (None if new_page or _opens_new_page(request, site) else venuefit.read(request, site) or placefit.read(request, site)) \
        or namedsection.read(request, site) \
        or (None if opening or footer else pageblock.read(request, site) or quotedput.read(request, site)) \
        or removefit.read(request, site) \
        or contactfit.address_alone(request, site) or peoplefit.does_now(request, site) \
        or wordfix.read_plan(request, site)  # "Four God Soup is wrong, change to Four Herb Soup": when nothing else reads
    if block is not None and len(block.ops) == 1 and isinstance(block.ops[0], RenamePage) and site is not None \
            and compound.unread(request, site, list(block.ops)):
        return Plan(ops=[*block.ops, Decline(op="decline")])  # "Rename Workshops to Classes and remove Mr. Arun Pillai ..."
    if block is not None:
        # "take About off the menu", "Services: Basic tune-up $65. ...": read whole from the words
        return block
    # not the model's decline beside its edits, of a reason the request gives ("..., the hall went up")
    plan = compound.without_a_spare_decline(plan, request, site)
    return _fitted_ops(openerfit.declined(plan, request, site), request, site)


def _opens_new_page(request: str, site: Site | None) -> bool:
    """Whether the request opens by asking for a page the site has not, whose text follows ("add a page about me. Wes
    Hoffstetter. ... moved to Tucson 2011 ..."): its words are that page's, not a place or venue moved."""
    lead = pagelead.where(request, site) if site is not None else None
    return lead is not None and bool(lead.title) and site is not None and site.page(lead.route) is None


def _fitted_ops(plan: Plan, request: str, site: Site | None) -> Plan:
    """``plan``'s ops each fitted to the request's words, then what the request types beside them."""
    filled = {op.route for op in plan.ops if isinstance(op, AddItems)}
    ops = []
    for op in plan.ops:
        changed = _updates(op, request, site)
        if isinstance(op, AddPage) and "sections" in changed and changed.get("route", op.route) in filled:
            # The content the same plan puts on the new page is the section the request named
            # ("a /pricing page. plans: ..."): a placeholder section of that kind would repeat it.
            del changed["sections"]
        ops.append(_refit(op, changed) if changed else op)
    ops = renamefit.without_echoes(ops)  # a page renamed "Team" is no site called "Team"
    # what the plan puts on a new page it moved to the typed path goes there too
    # (a page the model wrote without a route has none to move from: its ops name no route of it)
    moved = {a.route: b.route for a, b in zip(plan.ops, ops) if isinstance(a, AddPage) and isinstance(b, AddPage)
             and a.route is not None and a.route != b.route and a.route not in _routes(site)}
    ops = [op.model_copy(update={"route": moved[route]})
           if not isinstance(op, AddPage) and (route := getattr(op, "route", None)) in moved else op for op in ops]
    ops = themewords.one_theme(buttonfit.fitted(ops, request, site))  # the button as typed; one theme change
    if any(misread.renamed_to_words(op, request) for op in ops):
        # A page renamed to words of a correction ("prices page still says 195 for kids partys??" ->
        # a page "Still says 195 for kids"): beside other ops it goes, alone the turn declines.
        ops = [op for op in ops if not misread.renamed_to_words(op, request)] or [Decline(op="decline")]
    if any(misread.unasked_hero_removal(op, request) for op in ops):
        # "remove the harp hire section" read as the hero's removal: the page's heading goes, not what was named
        ops = [op for op in ops if not misread.unasked_hero_removal(op, request)] or [Decline(op="decline")]
    if not themewords.asks_for_a_look(notefit.without_labelled_content(without_item_names(request, site))) and any(isinstance(op, SetTheme) for op in ops):
        # A theme change nobody asked for: beside other ops it goes, alone the turn declines.
        ops = [op for op in ops if not isinstance(op, SetTheme)] or [notefit.labelled(request) or Decline(op="decline")]
    if any(isinstance(op, DescribeSite) for op in ops) and not prose.asks_for_a_site(request) \
            and named_page(request, _routes(site)) is not None:
        # "The Visit page should also say: ...": content for a page the site has, not a new site
        read = contentfit.read_plan(request, site)
        ops = [op for op in ops if not isinstance(op, DescribeSite)] or (list(read.ops) if read else [Decline(op="decline")])
    corrections = [op for op in ops if isinstance(op, SetText) and op.target == "site_name"
                   and (_A_CORRECTION.search(op.text) and _A_CORRECTION.search(request) and not re.search(r"\sNot\s", request)
                        or op.text.count("?") and len(op.text.split()) > 3)]  # not "Forget Me Not Florist"; a question is no name
    if corrections:
        # "I spelled her name wrong, it is Marjory Flint not Marjorie" as the site's name "Marjory Flint not Marjorie":
        # a correction no reading found on the site, which no name holds
        ops = [op for op in ops if op not in corrections] or [Decline(op="decline")]
    misnamed = [op for op in ops if renames_the_site(op) or _redescribes(op, site)]
    if names_the_site(request):  # once the site is set up, only a name the request says is the site's (``sitename.unasked``)
        misnamed = [] if openerfit.is_new(site) else sitename.unasked(misnamed, request, site)
    if misnamed:
        # A new site name nobody asked for (a phone number, a price, a review as the site's name):
        # beside other ops it goes; alone, the request's own content is placed, or the turn declines.
        read = contentfit.read_plan(request, site)
        ops = [op for op in ops if op not in misnamed] or (list(read.ops) if read else [Decline(op="decline")])
    ops = _with_description(contentfit.place(removefit.without_hedge(itemfit.fit_items(ops, request, site), request, site),
                                             request, site), request,
                            openerfit.is_new(site))
    # an opening prompt's headline and contact details, which the description does not hold
    ops = openerfit.completed(ops, request, openerfit.is_new(site))
    ops = pagehad.onto_pages_it_has(ops, request, site)  # "The Join Us page is missing ...": not a new page "Us"
    ops = pagehad.onto_the_new_page(ops, request)  # "add page prices. battery change 35rb, ...": not on home
    # "Also add Back glass replacement KSh 3,000 to prices": not on home; an address typed after its label, whole
    ops = contactfit.with_whole_addresses(itemhome.placed(ops, request, site), request)
    # What every page shares (its footer, its navigation's links) read from the request's words.
    ops = pagehad.without_pageless(chromefit.with_footer(chromefit.with_nav_links(ops, request, site), request, site), site)
    if scope.asks_for_feature(request) and ops and all(misread.only_echoes(op, request) for op in ops):
        # "put a map of the areas we cover on that page", "add a map showing where the workshop is": a
        # section of placeholders or of the request's own words is no map, and no "I can't"
        ops = [Decline(op="decline")]
    size = sizefit.read(request, site)
    if size is not None:
        # "the writing is too small": the size, with the colours or font the same request asks for
        ops = [*(op for op in ops if isinstance(op, SetTheme) and themewords.asks_for_a_look(request)), *size.ops]
    if not ops:  # every op was a misreading, and nothing read from the request stands in for them
        ops = [Decline(op="decline")]
    return plan if ops == list(plan.ops) else Plan(ops=ops[:MAX_OPS])


def _with_description(ops: list[Any], request: str, opening: bool) -> list[Any]:
    """An opening prompt's own sentences about the site (``prose.description``) as the text that
    follows the home page's hero: the subtitle holds one clause of them at most."""
    opener = next((op for op in ops if isinstance(op, DescribeSite)), None)
    if opener is None or any(isinstance(op, (Decline, AddSection)) for op in ops):
        return ops
    under = openerfit.subtitle(request)  # the line typed under the heading, which the model's tagline gives way to
    text = prose.description(request, opener.name, under or opener.tagline,
                             lambda said: themewords.wishes_for_a_look(said) or pagelist.names_pages(said), opening,
                             f"{openerfit.headline(request)} {under}")
    if not text:
        return ops
    return [op.model_copy(update={"about": text}) if op is opener else op for op in ops]
