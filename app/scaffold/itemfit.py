"""Item edits that name what the site does not have.

The model reads many requests as an edit of an item: "hours are Tue-Sat 10am-6pm" becomes an
edit of an item "Hours", "rename the Shows page to Productions" an edit of an item "Shows",
and a retry ("Jess's review is missing, add it") a removal. Against the site as it is read
from the code, each is fitted to what the request means:

- an edit of an item the site does not have, whose name is a page's or a nav link's, with a
  new name, is that page's rename (its route follows the new name);
- an edit of an item the site does not have goes when the plan's own ``add_items`` places the
  same content ("hours are ..." read as an edit of "Hours" and an addition of the hours); an
  edit of an item the site does not have is not turned into an addition (measured on u10:
  "the Seed Swap has moved to ..." would add a second entry), it says what it cannot find;
- a removal in a request that says something is missing is not a removal: beside other ops
  it goes; alone, the request's own content is placed if it reads whole, else it declines;
- "rename X to Y", where X is a page the site has, is that page's rename whatever the model
  wrote (it wrote the site's name or a heading for "rename coaches to Team" in u12).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from pydantic import ValidationError

from app.scaffold import contentfit, datemoved, editadds, entries, heldpiece, itemvalue, pairfit, removeparts, renamefit, saidgone, textfit
from app.scaffold.coverage import typed_content
from app.scaffold.pagename import could_be_a_name, named_page, new_title
from app.scaffold.plan import AddItems, Decline, EditItem, Plan, RemoveItem, RenamePage, ReplaceText
from app.scaffold.pricetyped import PRICE
from app.scaffold.scope import name_set
from app.scaffold.sentenceheld import MAX_SENTENCE, MIN_NAMED_CHARS, long_enough, pages_named, pieces_holding, plain, sentence_holding, unquoted_words
from app.scaffold.site import Site, norm_words, page_named, shown_text, slug

# A fact said as a correction of the site ("the foray is Sat 30 Oct now, not Sun 31 Oct"): an edit, not new content.
CORRECTS = re.compile(r",\s*not\b|\bnot\s+(?:[$£€\d]|correct|right|what)|\b(?:no longer|anymore|any more|moved|changed|shifted|postponed|rescheduled|now|"
                      r"wrong|incorrect|(?:going|gone|went|goes|is)\s+(?:up|down)|change\s+(?:that|it|this)|update)\b",
                      re.IGNORECASE)
_MISSING = re.compile(r"\b(?:missing|missin|not showing|isn'?t showing|not there|isn'?t there|didn'?t go|did not go|"
                      r"can'?t see|cannot see|don'?t see|do not see|not on the|forgot|left out)\b", re.IGNORECASE)
_RENAME_WORDS = re.compile(r"\b(?:rename|call|called|menu|nav|navigation|page|tab)\b", re.IGNORECASE)
# What asks for something to go: a removal read from a request with none of these is a misreading
# ("the about page isnt in the menu, add it" read as a removal of "About").
# ("drop" not of a "drop-in class", nor "take" of "take-away")
_REMOVES = re.compile(r"\b(?:remove|removed|delete|deleted|take(?![-\s]?(?:away|out\s+menu))|taken|get rid|rid|drop(?![-\s]in\b)|cut|"
                      r"lose|scrap|ditch|kill|clear|erase|without|(?<!-)off|no longer|anymore|any more|don'?t|stop|stopped|hide|"
                      r"sold|gone|not)\b", re.IGNORECASE)
MIN_SIMILARITY = 0.8
# "rename the Rates page to Pricing", "rename join to 'Play With Us' and keep it in the nav".
def _titled(site: Site, name: str) -> bool:
    """Whether an item or tier of the site is called ``name``, all of its title."""
    wanted = plain(name)
    return any(wanted == plain(title) for page in site.pages for section in page.sections
               for title in [*(i.title for i in section.items), *(t.name for t in section.tiers)])


def _words_out(site: Site, said: str) -> EditItem | None:
    """``removeparts.words_out``, but not of an item called just that ("take out pinjarra" of "Pinjarra: pinjarra is +$15
    travel"): that item goes whole."""
    return None if _titled(site, said) else removeparts.words_out(site, said)


def _has_item(site: Site, name: str) -> bool:
    """Whether any item or tier on the site is, or closely is, ``name`` (by title or text), or
    holds it as a word: loose on purpose, so only what is clearly absent is refitted."""
    wanted = plain(name)
    if not wanted:
        return True
    for page in site.pages:
        for section in page.sections:
            values = [v for i in section.items for v in (i.title, i.text)]
            values += [v for t in section.tiers for v in (t.name, t.price)]
            for value in (unquoted_words(v) for v in values if v):
                if value == wanted or f" {wanted} " in f" {value} " or \
                        SequenceMatcher(None, value, wanted).ratio() >= MIN_SIMILARITY:
                    return True
    return False


def _page_named(site: Site, name: str) -> str | None:
    page = page_named(site, name)
    return page.route if page else None


def _edit(op: EditItem, request: str, site: Site, ops: list[Any]) -> Any:
    page = _page_named(site, op.item)
    # "could the Donate a Dress page be renamed to Give a Dress": the page, though an item says its words
    said_page = page is not None and re.search(rf"\b{re.escape(op.item)}\s+page\b", request, re.IGNORECASE)
    if _has_item(site, op.item) and not said_page:
        # "Update the Bottle Top Mural - we've now collected 9,500 lids!" of the item "Bottle Top Mural - 6,000
        # plastic lids collected so far": the value in its place, where no item is called just that
        # an item called just that gets the model's text, unless the text is one new value: that replaces
        # the value in its place ("Yin Yoga is shifting to 7:00 PM" keeps "Tue & Thu")
        in_place = not _titled(site, op.item) or (itemvalue.only_a_value(op.text)
                                                   and itemvalue.said_with(request, op.item, op.text))
        return (itemvalue.value_in_text(op, request, site) or pairfit.said_pair(op, request, site) if in_place else None) or op
    if page is not None and op.title and _RENAME_WORDS.search(request) and could_be_a_name(op.title):
        try:
            return RenamePage(op="rename_page", route=page, new_route="/" + slug(op.title), title=op.title)
        except ValidationError:
            return op
    placed = " ".join(norm_words(f"{e.title} {e.text}") for o in ops if isinstance(o, AddItems) for e in o.items)
    if op.text and (typed_content(op.text) or len(norm_words(op.text).split()) >= 2) and norm_words(op.text) in placed:
        return None  # the plan's own add_items places that content: an edit of it, not there yet, would fail it
    return itemvalue.value_in_text(op, request, site) or pairfit.said_pair(op, request, site) or datemoved.date_moved(request, site) \
        or editadds.added(op, request, site, CORRECTS) or op


_NO_NAME = frozenset("not it its them this that these those him her one all any no yes".split())
# Words of the user speaking, not of a thing the site lists: "I'm afraid", "sadly", "we're sorry".
_SAID_TO_APP = re.compile(r"^(?:i|i'm|i’m|im|we|we're|we’re|sadly|unfortunately|sorry)\b", re.IGNORECASE)


def _remove(op: RemoveItem, request: str, site: Site, ops: list[Any]) -> Any:
    taken = plain(op.item)
    if len(taken) >= MIN_NAMED_CHARS and any(taken in plain(e.text) for e in entries.quotes(request)):
        return None  # "'Ray got rid of our roach problem ...' - Linda P.": a quote typed to add, not a thing to take off
    if not _REMOVES.search(request):
        # A removal nobody asked for is the model misreading the whole request: the request's own
        # content, read whole, stands in for it; else nothing of that reading is made (measured on
        # u53: the model's other ops beside it were a page "On" and an empty section).
        read = contentfit.read_plan(request, site) if len(ops) == 1 else None
        lists = [o for o in ops if isinstance(o, AddItems)]
        added = " ".join(f"{e.title} {e.text}" for o in lists for e in o.items)
        labelled = re.match(rf"\W*{re.escape(op.item)}\s*:", request, re.IGNORECASE) is not None and bool(lists)
        priced = PRICE.fullmatch(op.item.strip()) is not None and op.item.strip() in added
        # "fresh meat is €75 now, hall rent went up": beside edits of what the site shows, words of the reason
        reason = all(isinstance(o, (EditItem, ReplaceText, RemoveItem)) for o in ops) and any(isinstance(o, (EditItem, ReplaceText)) for o in ops)
        if read is None and not _MISSING.search(request) and (priced or labelled or reason):
            # "drop-in class 14€, ...": a price the same plan adds, taken off first; "Prices: drop-in 15€, ...": the
            # list's label beside the list (a name the plan adds too is no such slip: the turn declines)
            return None
        return read.ops if read is not None else Decline(op="decline")
    page = _page_named(site, op.item)
    if page is not None and len(ops) > 1 and re.search(rf"\b(?:off|from|on)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'’-]+\s+(?:and|&)\s+)?"
                                                      rf"{re.escape(op.item)}(?:\s+pages?)?\b", request, re.IGNORECASE):
        return None  # "take it off the shop page", "remove X from services and rates": the pages the item is on, not an item
    if _kept_on(op.item, request):
        return Decline(op="decline")  # "Remove her, and Magnus takes the whole summer": Magnus stays, with more
    if not _MISSING.search(request):
        named = _REMOVE_NAMED.search(request)
        out = _words_out(site, named.group("names")) if named is not None else None
        if out is not None:
            return out  # "delete the words shy at first after Maple": words of Maple's detail, not Maple
        if not _titled(site, op.item) and (piece := removeparts.piece_out(site, op.item)) is not None:
            return piece  # "take A Thousand Years off the repertoire": one piece of a list an item's detail holds
        if not _titled(site, op.item) and (led := _item_named(site, op.item)) is not None:
            return RemoveItem(op="remove_item", item=led)
        if _has_item(site, op.item):
            return op
        said = sentence_holding(site, op.item, request)
        # "take off the concessions thing": a sentence of a text, not an item; it goes, the rest stays
        if said and heldpiece.names_another(said, request):
            return Decline(op="decline")  # "take out Clare valley" of "..., cover Barossa and Clare valleys": Barossa stays
        if said:
            return ReplaceText(op="replace_text", old=said, new="")
        # "Oh good news, Biscuit has found a home ... Please take her off." read as a removal of "Oh good
        # news": the one item the request names by most of its words, else what the model named
        alone = len(ops) == 1 and not typed_content(request) and not _OTHER_ASK.search(request)
        meant = item_meant(request, site) if alone else None  # beside other asks, the words may name another's item
        # every word of its name said ("Biscuit"), not one of two ("Mondays" of "Monday to Friday"); or a person's
        # first name as the site shows it ("Krzysztof not working with us anymore" of "Krzysztof Wiśniewski")
        whole = meant is not None and (set(_item_words(meant)) <= set(_item_words(request)) or _first_name_said(meant, request))
        beside_a_removal = any(isinstance(o, RemoveItem) and o is not op and _has_item(site, o.item) for o in ops)
        if not (meant and whole) and len(ops) > 1 and (plain(op.item) in _NO_NAME
                                                       or (_SAID_TO_APP.search(op.item) and beside_a_removal)):
            # "... does not take place anymore, please delete it" read as a removal of "Not" beside the right one;
            # "the Spring Concert has been cancelled, I'm afraid, so please take it off" as one of "I'm afraid"
            return None
        if meant and whole:
            return RemoveItem(op="remove_item", item=meant)
        # "remove Mombasa match" of "14 Mar" / "vs Mombasa Deaf Sharks - away": the one entry that holds its name
        only = removeparts.one_named(site, op.item) if alone or len(ops) == 1 else None
        return RemoveItem(op="remove_item", item=only) if only else op
    if len(ops) > 1:
        return None  # the plan's other ops do what was asked; the removal is the misreading
    read = contentfit.read_plan(request, site)
    return read.ops if read is not None else Decline(op="decline")


def _first_name_said(title: str, request: str) -> bool:
    """Whether ``request`` types the first word of ``title``, a name of two or three capitalised words, as it is
    written there ("Krzysztof" of "Krzysztof Wiśniewski")."""
    words = title.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and len(words[0]) >= MIN_NAMED_CHARS \
        and re.search(rf"(?<![\w'’-]){re.escape(words[0])}(?![\w-])", request) is not None


def edits_what_is_not_there(ops: list[Any], request: str, site: Site | None) -> bool:
    """Whether an op edits an item the site does not have, or gives an item nothing new, in a request that corrects nothing
    ("Membership is £18 a year, £25 for a couple." read as an edit of "Membership"): the
    request's own content, read whole, stands in for it where it can (``turn.read_instead``)."""
    return site is not None and not CORRECTS.search(request) and not _MISSING.search(request) and \
        any(isinstance(op, EditItem) and (not _has_item(site, op.item) or not (op.title or op.text)) for op in ops)


def page_rename(request: str, site: Site | None) -> RenamePage | None:
    """The rename of a page the site has that the request asks for in so many words."""
    if site is None:
        return None
    # the first form whose old name is a page the site has ("... call the Committee page Who We Are
    # instead. Could you rename it and the menu link as well?": not "it and the menu link" "as well")
    # the page's name is the last words of the old one said ("The committee would prefer the Committee page be
    # called Who We Are": "the" opened the match at the sentence's start)
    named = ((page, m) for form in renamefit.PAGE_RENAMES for m in form.finditer(request)
             if (page := _page_named(site, m.group("old"))
                 or _page_named(site, re.split(r"\bthe\s+", m.group("old"), flags=re.IGNORECASE)[-1])
                 # "rename our Gallery page": "our" is the user's where no page is "Our Gallery"
                 or _page_named(site, re.sub(r"^our\s+", "", m.group("old"), flags=re.IGNORECASE))))
    page, found = next(named, (None, None))
    title = new_title(found.group("new")) if found is not None else ""
    if page is None or not title or not could_be_a_name(title):
        page, title = renamefit.rename(request, site) or (None, "")  # "Rename Learn to Ride to Lessons"
    if page is None or not title or not could_be_a_name(title):
        return None
    try:
        return RenamePage(op="rename_page", route=page, new_route="/" + slug(title), title=title)
    except ValidationError:
        return None


def fit_items(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with item edits and removals fitted to the site as it is (see the module docstring)."""
    if site is None:
        return ops
    renamed = page_rename(request, site)
    if renamed is not None and not any(isinstance(op, RenamePage) and op.route == renamed.route for op in ops):
        return [renamed]
    out: list[Any] = []
    removed: list[str] = []  # the names of removals fitted as edits (a piece of an item's detail taken out)
    for op in ops:
        if isinstance(op, EditItem):
            fitted = _edit(op, request, site, ops)
        elif isinstance(op, RemoveItem):
            fitted = _remove(op, request, site, ops)
            removed += [op.item] if isinstance(fitted, EditItem) else []
        else:
            fitted = op
        if isinstance(fitted, EditItem) and itemvalue.kind_swapped(fitted, site):
            continue  # a price over an item's time, or a time over its price: the value of something else
        if isinstance(fitted, list):
            out += [o for o in fitted if o not in out]
        elif fitted is not None:
            out.append(fitted)
    return removeparts.not_removed_twice(removeparts.not_added_back(out, removed), lambda name: _has_item(site, name))


# "scrap mulch delivery, not doing it anymore", "remove the Kumho and the Goodyear": what goes, named.
# What is named runs to the clause's end, or to where the request says where from or why ("Remove Juveniles
# from Teams pg - thats run separately now", "take off the mannish water we dont do it no more").
_REMOVE_NAMED = re.compile(r"\b(?:remove|delete|scrap|drop|ditch|take\s+(?:off|out)|get\s+rid\s+of)\s+(?:the\s+)?"
                           r"(?!(?:it|them|that|this|those|these|one|him|her)\b)"
                           # "remove the In-app video calls card and ...": what it is said after its name is none of it
                           r"(?P<names>[^,.;!?]{3,80}?)(?=(?:\s+(?:card|box|tile|entry))?(?:\s+(?:from|we|i|they|as|because|"
                           r"since|cos|coz|cause|thats|that's|it's|its|nobody|no\s+one|for\s+now|for\s+the\s+moment|for\s+a\s+while|until|till|temporarily)\b"
                           r"|\s+[-–—]\s|[,.;!?]|$))", re.IGNORECASE)
# "take the dogs go free bit off the Prices page", "take the raffle off the champs bit": what goes, between.
_TAKE_OFF = re.compile(r"\b(?:take|taking|takes)\s+(?:the\s+)?(?!(?:it|that|this|them|those|these|one)\b)(?P<names>[^,.;!?]{3,60}?)(?:\s+(?:bit|line|part|one|thing))?\s+(?:off|out)\b",
                       re.IGNORECASE)
# What goes, said as what the business stopped doing: "we no longer make the Moccasin", "we're dropping the
# potato bake from the Lekker Feast", "the fish fry is off", "the 2 ft bears sold out for the year".
_STOPPED = re.compile(r"\b(?:no\s+longer|not|don'?t|do\s+not|stopped|quit|won'?t\s+be)\s+(?:make|making|do|doing|offer|offering|"
                      r"sell|selling|stock|stocking|run|running|carry|carrying|teach|teaching|serve|serving|provide|providing|rent|renting)\s+"
                      r"(?:the\s+|our\s+|any\s+)?(?!(?:it|them|that|this|those|these|one)\b)(?P<names>[^,.;!?]{3,60}?)"
                      r"(?=\s+(?:any\s*more|from|at|on|this|for|so|altogether|completely|entirely|now)\b|[,.;!?]|$)"
                      r"|\b(?:dropping|dropped|discontinuing|discontinued|retiring)\s+(?:the\s+|our\s+)?(?P<dropped>[^,.;!?]{3,60}?)"
                      r"(?=\s+(?:from|off|at|on|this|for|so|altogether|completely|entirely|for\s+good|now)\b|[,.;!?]|$)"
                      r"|(?:^|[,.;!?]\s*)(?:the\s+|our\s+)?(?!(?:it|they|that|this|those|these|we|i)\b)(?P<gone>[^,.;!?]{3,40}?)"
                      # ... or said after it: "the fish fry is off", "Smoked trout no more, supplier cancel", "samosa pav finish. remove"
                      r"\s+(?:(?:is|are|'s|'re|has|have)\s+(?:off|gone(?!\s+(?:up|down))|"
                      r"finished|cancell?ed|discontinued|been\s+cancell?ed)|(?:is|are)\s+stopped|(?:gone|no\s+more|finish(?:ed)?)(?=\s*(?:[,.;!?]|$)))\b"
                      # "no more thursday sunrise class, not enough people", "we stopped avocado toast, supply problem"
                      r"|(?:^|[,.;!?]\s*)(?:(?:we|i)\s+(?:have\s+)?stopped|no\s+more)\s+(?!\w+ing\b)(?:the\s+|our\s+)?(?P<nomore>[^,.;!?]{3,40}?)"
                      r"(?=\s*(?:[,.;!?]|$))"
                      # "Pillow cover I don't sell anymore": what goes, said before who stopped
                      r"|(?:^|[,.;!?]\s*)(?:and\s+)?(?:the\s+|our\s+)?(?P<before>(?-i:[A-Z])[^,.;!?]{2,40}?|(?<![^\s])(?-i:[a-z])[^,.;!?]{2,40}?)\s+(?:i|we)\s+"
                      # "frappe we dont make more, machine is broke": in lower case too, where it opens the request
                      r"(?:don'?t|do\s+not|no\s+longer)\s+(?:sell|make|do|offer|stock|have|rent|teach|run|serve)\s+(?:it\s+|them\s+)?(?:any\s?more|more|now)\b",
                      re.IGNORECASE)  # "Prenatal batch is stopped"; not "we have stopped making ..." (what follows names it)
# What the user still sees and wants gone: "The Sock Clinic is still showing on the Classes page, could you
# remove it completely?", "road bike still there", "Duo still showing on Packages" (not "still says").
_STILL = re.compile(r"(?:^|[.!?,;]\s*)(?:the\s+|my\s+|our\s+|that\s+)?(?!(?:it|its|it's|they|he|she|that|this|there|which)\b)"
                    r"(?P<names>[^,.;!?]{2,50}?)\s+(?:is\s+|are\s+|'s\s+)?still\s+(?:showing|there|on\b|listed|up\b|in\b|"
                    r"mentioned|visible|appearing|here)", re.IGNORECASE)
# A day or a month named alone is when something is, not a thing to take out ("Saturday is still showing").
_WHEN = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|jan\w*|feb\w*|march|april|may|june|"
                   r"july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*", re.IGNORECASE)
# What keeps the thing, or asks for more than its going: "mark it as Sold out rather than removing it",
# "take it off the Trips page but leave a short note saying ...".
_KEPT_OR_MORE = re.compile(r"\b(?:mark|rather\s+than|instead|keep|leave|add|put|note|saying|replace|swap)\b|\bdon'?t\s+remove",
                           re.IGNORECASE)
_NOT_AN_ITEM = re.compile(r"\b(?:page|menu|nav|navigation|section|heading|title|footer|button|link|colou?r|font)s?\b",
                          re.IGNORECASE)


def _kept_on(name: str, request: str) -> bool:
    """Whether the request gives ``name`` something new to do or be rather than taking it off ("Magnus takes the whole
    summer"), and names it after no word of taking off."""
    said = re.escape(name.strip())
    return bool(name.strip()) and re.search(rf"\b{said}\s+(?:takes|gets|will|is\s+now|now|has\s+now)\b", request, re.IGNORECASE) is not None \
        and re.search(rf"\b(?:remove|delete|drop|take\s+(?:off|out))\s+(?:the\s+)?{said}\b", request, re.IGNORECASE) is None


def _led_by(site: Site, day: str) -> str:
    """The title or detail of the one entry of the site that opens with ``day`` ("wednesdays 4pm-6pm" of Hours, for "we
    stopped wednesdays"); "" where none or several do."""
    wanted = plain(day)
    led = [field for page in site.pages for section in page.sections for i in section.items
           for field in (i.title, i.text) if plain(field).startswith(wanted)]
    return led[0] if len(led) == 1 else ""


def _item_named(site: Site, said: str) -> str | None:
    """The title of the one item (or tier) the site has whose name ``said`` is, or holds whole."""
    words = f" {plain(said)} "
    titles = {v for page in site.pages for section in page.sections
              for v in [*(i.title for i in section.items), *(t.name for t in section.tiers)] if v}
    exact = {t for t in titles if plain(t) == words.strip()}
    held = {t for t in titles if len(plain(t)) >= MIN_NAMED_CHARS and f" {plain(t)} " in words}
    holding = {t for t in titles if long_enough(set(words.split())) and words in f" {plain(t)} "}  # "Kumho", "Pip"
    # every word said, in one title, before a title said inside it: "family yoga on saturday" is "Saturday 10:00
    # Family Yoga", not the opening hours' "Saturday"
    said_words = set(words.split()) - _LINKING
    covering = {t for t in titles if len(said_words) >= 2 and said_words <= set(plain(t).split())}
    if held and not exact and not covering and f" {words.strip()} " in f" {plain(shown_text(site))} ":
        held = set()  # "remove smoked paprika" of a text's "smoked paprika 100g 1500 Ft": not the item "Paprika"
    found = exact or covering or held or holding
    if not found and (kind := _KIND_SAID.search(said)) is not None:
        found = _named_with_kind(site, titles, plain(said[:kind.start()]))
        if not found and (bare := _OWNERS_KIND.search(said)) is not None:  # "toms review": Tom's, typed without its apostrophe
            found = _named_with_kind(site, titles, plain(said[:bare.start()]))
    if not found and long_enough(set(words.split())):
        # a concert listed by its date, its name leading the detail ("Saturday 14 March 2026" / "Spring Concert, ...")
        found = _detail_led(site, words.strip())
    if not found:  # "delete wednesday 15:00-20:00" of "wednesday" / "15:00-20:00": the entry named with its detail
        found = {i.title for page in site.pages for section in page.sections for i in section.items
                 if i.title and i.text and plain(f"{i.title} {i.text}") == words.strip()}
    return found.pop() if len(found) == 1 else None


_LINKING = frozenset({"on", "at", "in", "the", "of", "from", "for", "a", "an", "and"})
# What an entry is, said after its name: "Mo review", "Tom's quote", "the Home screen widgets card", "Class 8-9 batch".
_KIND_SAID = re.compile(r"(?:['’]s)?\s+(?:review|quote|testimonial|card|box|tile|entry|item|listing|one|batch|class|session|"
                        r"course|tour|walk|number|phone|contact|details)\s*$", re.IGNORECASE)


_OWNERS_KIND = re.compile(r"(?<=[a-z])s\s+(?:review|quote|testimonial)\s*$", re.IGNORECASE)


def _named_with_kind(site: Site, titles: set[str], name: str) -> set[str]:
    """The items ``name`` (said before what the entry is) names: all of a title or the name a title leads with ("Mo,
    Stockport", "Tom, age 16", "Class 8-9 Maths"), else a title that holds it, else the one item of a timetable whose
    detail starts with it ("Prenatal batch" of "Sat 8:00 AM" / "Prenatal Yoga")."""
    if not name:
        return set()
    led = {t for t in titles if plain(re.split(r",|\s[-–—]\s", t)[0]) == name or f"{plain(t)} ".startswith(f"{name} ")}
    held = {t for t in titles if f" {name} " in f" {plain(t)} "} if long_enough(set(name.split())) else set()
    return led or held or _detail_led(site, name)


def _detail_led(site: Site, name: str) -> set[str]:
    """The titles of the items whose detail starts with ``name`` (plain words): an entry listed by its date or time."""
    return {i.title for page in site.pages for section in page.sections for i in section.items
            if i.title and f"{plain(i.text)} ".startswith(f"{name} ")}


# A removal asked in so many words ("we dont do car parking anymore take it off pls", "no longer offering
# the private family trip ... remove it"), with no other request beside it ("... and add Mocha instead"):
# the verb has what goes after it ("We only cancel for storms" in an FAQ's answer asks for nothing).
_ASKS_REMOVAL = re.compile(r"\b(?:remove|delete|cancel|drop|scrap|ditch|get\s+rid\s+of)\s+(?:the|that|it|this|those|these|them"
                           r"|our|my|all)\b|\btake\b.{0,60}?\b(?:off|out)\b", re.IGNORECASE)
_OTHER_ASK = re.compile(r"\b(?:add|make|change|rename|put|update|set|move|replace|instead|swap|colou?rs?|fonts?|menu|nav"
                        r"|navigation|section|heading|headline|title|footer|header|button|link|logo|image|photo)\b"
                        r"|\b(?:remove|delete|rid\s+of|drop|scrap|ditch)\s+(?:the\s+|my\s+|our\s+)?(?:(?!(?:from|off|on)\b)[\w'’-]+\s+){0,3}page\b",
                        re.IGNORECASE)  # "get rid of the prices page": a page goes, no item
MAX_REMOVAL_WORDS = 40  # a removal is said in a sentence or two; a long request is content


def _item_words(text: str) -> list[str]:
    """The words that tell one item from another, in order: not a request's own ("take", "off",
    "page"), one form for a plural ("mounts" is "mount")."""
    words = [w for w in norm_words(text).split() if len(w) >= 3 and w not in name_set("not-item-words.txt")]
    return list(dict.fromkeys(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words))


def item_meant(request: str, site: Site) -> str | None:
    """The one item (or tier) the request names by most of its words, for a removal that does not
    type the item's name as the site shows it ("the sunset one" of "Sunset Cottesloe", "cutting mounts"
    of "Mount cutting only is"): its first word and at least half its words, or two, on the page the
    request names if it names one; a page's own name is no item's word ("remove it from the Trips
    page"). None when no item, or more than one, is named as much."""
    said = set(_item_words(request))
    named = pages_named(site, request)
    for page in named:
        said -= set(_item_words(page.title))
    scored: list[tuple[int, str]] = []
    for title in {v for page in (named or site.pages) for section in page.sections
                  for v in [*(i.title for i in section.items), *(t.name for t in section.tiers)] if v}:
        words = _item_words(title)
        hit = set(words) & said
        if words and words[0] in hit and max(len(w) for w in hit) >= MIN_NAMED_CHARS \
                and (len(hit) >= 2 or 2 * len(hit) >= len(words)):
            scored.append((len(hit), title))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _removed(site: Site, said: str, request: str = "", alone: bool = True) -> Plan | None:
    """The removal of the items ``said`` names, or of the one sentence of a text that holds it; None."""
    names = [n for n in re.split(r"\s*(?:,|\band\b|&)\s*(?:the\s+)?", said) if n.strip()]
    found = [_item_named(site, n) for n in names]
    if found and None not in found and len(set(found)) == len(found):
        return Plan(ops=[RemoveItem(op="remove_item", item=t) for t in found if t])
    # one name, or several said as one ("Remove stone steps and stiles." of "... Stone steps and stiles.")
    held = sentence_holding(site, said) if len(names) == 1 or not any(found) else None
    if held and alone and heldpiece.names_another(held, request or said):
        return Plan(ops=[Decline(op="decline")])  # "Clare valley" of "..., cover Barossa and Clare valleys": Barossa stays
    # "remove yard clean up, not doing it anymore" of a list of services and a list of prices: from each
    pieces = pieces_holding(site, said, request) if not held and alone and len(names) == 1 else []
    if any(heldpiece.names_another(piece, request or said) for piece in pieces):
        return None
    return Plan(ops=[ReplaceText(op="replace_text", old=piece, new="") for piece in ([held] if held else pieces)]) if held or pieces else None


# A removal of what was named before it: "take them off", "remove it".
_OFF_BY_PRONOUN = re.compile(r"\b(?:take|took)\s+(?:them|it|him|her)\s+(?:off|out)\b|\b(?:remove|delete)\s+(?:them|it|him|her)\b",
                             re.IGNORECASE)
PROPER_RUN = re.compile(r"(?-i:[A-Z][\w'’&-]*)(?:\s+(?:(?:do|da|de|del|di|la|le|of|the|van|von|y)\s+)?(?-i:[A-Z][\w'’&-]*))+")  # "Casa do Romezal"
_CAPITALISED = re.compile(r"\b[A-Z][\w'’&-]{2,}")


def _from_page(site: Site, after: str) -> Site:
    """``site`` with only the page said after what goes ("... from services", "from the Prices page"),
    where it has one of that name; else the whole site."""
    said = re.match(r"\s+(?:from|off|off\s+of)\s+(?:the\s+|my\s+|our\s+)?([\w'’&]+(?:\s+[\w'’&]+){0,3}?)(?:\s+(?:page|pg)\b|[,.;!?]|$)",
                    after, re.IGNORECASE)
    page = next((p for p in site.pages if said and norm_words(p.title) == norm_words(said.group(1))), None)
    return site.model_copy(update={"pages": [page]}) if page is not None else site


_REMOVE_QUOTED = re.compile(r"\b(?:remove|delete|take\s+(?:off|out|down))\s+(?:the\s+)?(?:review|quote|testimonial|question|"
                            r"line|entry|item)?\s*[\"“‘'](?P<q>[^\"“”‘’]{3,120})[\"”’']", re.IGNORECASE)


def _quoted_item(request: str, site: Site) -> str | None:
    """The title of the one item whose words the removal quotes ("delete the review "fair price, no mess" - Tom H.")."""
    found = _REMOVE_QUOTED.search(request)
    said = plain(found.group("q")) if found else ""
    named = {i.title for page in site.pages for section in page.sections for i in section.items
             if said and i.title and said in (plain(i.text), plain(i.title))}
    return named.pop() if len(named) == 1 else None


_SUBJECT = re.compile(r"^\W*(?:the|our|my)\s+(?P<subject>(?-i:[a-z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+"
                      r"(?:is|are|was|were|has|have|isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t)\b", re.IGNORECASE)


def removal(request: str, site: Site | None, alone: bool = True) -> Plan | None:
    """The removals of items the site lists that the request names ("scrap mulch delivery", "Remove
    Kumho.", "take the raffle off"), or of the one sentence of a text that holds the name, or of the
    one item it names by most of its words (``item_meant``); None when it names none, a page, a link
    or a section, or a name the site does not show. ``alone``: nothing is put in its place, so a piece of text that
    names another thing joined to it by "and" is no removal's (the turn declines)."""
    if site is None or _MISSING.search(request):
        return None
    if (quoted := _quoted_item(request, site)) is not None:
        return Plan(ops=[RemoveItem(op="remove_item", item=quoted)])
    # "strong mums still showing 5:30pm, its 10am now", "Machair still says £38": a correction, not a removal
    still = () if typed_content(request) and not _ASKS_REMOVAL.search(request) else (_STILL,)
    stopped = () if _KEPT_OR_MORE.search(request) else (_STOPPED, *still)
    for pattern in (_REMOVE_NAMED, _TAKE_OFF, *stopped):
        m = pattern.search(request)
        said = next((g for g in (m.groupdict().get(k) for k in ("names", "dropped", "gone", "nomore", "before")) if g), "") if m else ""
        if m is not None and said and pattern is _REMOVE_NAMED and (out := _words_out(site, said)) is not None:
            return Plan(ops=[out])  # "please take out shy at first" of Maple's "5 yr old shepherd mix, shy at first"
        if m is not None and said and _WHEN.fullmatch(said.strip()) and (led := _led_by(site, said)):
            return Plan(ops=[RemoveItem(op="remove_item", item=led)])  # "we stopped wednesdays": the one entry it opens
        if m is not None and said and not _NOT_AN_ITEM.search(said) and not _WHEN.fullmatch(said.strip()) \
                and (named := _removed(_from_page(site, request[m.end():]), said, request, alone)) is not None:
            if m.group("nomore") if "nomore" in pattern.groupindex else False:
                # said loosely ("no more X, ..."): an item the site lists, not words cut out of a text
                return named if all(isinstance(op, RemoveItem) for op in named.ops) else None
            return named
    back = _OFF_BY_PRONOUN.search(request)
    # "Lowburn Fruit Co pulled out this yr, take them off the Orchard Work page"; "Wonderful news, Biscuit has been
    # adopted! Please remove him": the last name said before that the site lists
    if back is not None:
        where = _from_page(site, request[back.end():])
        # (not who it was done by: "Gate banner is booked by Bose Electricals, remove it" takes the gate banner off)
        named_before = [m.group(0) for m in PROPER_RUN.finditer(request[:back.start()])
                        if not re.search(r"\b(?:by|from|with)\s+$", request[:m.start()], re.IGNORECASE)]
        if named_before and (named := _removed(where, named_before[-1], request, alone)) is not None:
            return named
        # "The savoury cabbage class is not popular, I am afraid. Please remove it altogether.": what the sentence is about
        subject = _SUBJECT.match(request[:back.start()])
        if subject and (named := _removed(where, subject.group("subject"), request, alone)) is not None:
            return named
        # one capitalised word that is all of an item's name: not a sentence that holds it ("Please" of "To adopt please ring")
        for name in reversed(_CAPITALISED.findall(request[:back.start()])):
            title = _item_named(where, name)
            if title is not None and plain(title).split()[:1] == [plain(name)]:  # "Pickle", "Pickle - 2 yr old terrier"
                return Plan(ops=[RemoveItem(op="remove_item", item=title)])
    # "postcard set sold out, pls remove", "Small Room we close this year, please remove it": what the sentence opens with
    if (bare := saidgone.asked(request)) is not None and (said := saidgone.subject(request)):
        where = _from_page(site, request[bare.end():])
        named = _removed(where, said, request, alone)
        if named is not None:
            return named
        if (meant := item_meant(said, where)) is not None:
            return Plan(ops=[RemoveItem(op="remove_item", item=meant)])
    asks = _ASKS_REMOVAL.search(request) and not _OTHER_ASK.search(request) and len(request.split()) <= MAX_REMOVAL_WORDS
    meant = item_meant(request, site) if asks else None
    return Plan(ops=[RemoveItem(op="remove_item", item=meant)]) if meant else None
