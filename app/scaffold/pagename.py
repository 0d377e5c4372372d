"""The name a request gives a page, read whole from its words: "a page called Learn to Play",
"add page About Us.", "add a page Rides to Do with 3 rides: ...", "a Made from Tweed page:",
"add Machines For Sale page.", "need a contact page.", and whether it is home.

The model's title for a new page is often part of the name ("About", "Tweed", "Sale") or runs on
past it ("prices called Prices", "Rides to Do with 3 rides", "Need a Contact"); either way the page
the user asked for is missing, and every later step on it fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.scaffold import explicit, prose
from app.scaffold.scope import name_set
from app.scaffold.site import norm_words, slug

# The home page as a place: "on the home page", "to home"; not "be home", "home visits" (content).
HOME_WORDS = re.compile(r"\b(?:home\s*page|homepage|front page|top page|landing page|main page|start\s?page)\b"
                        r"|\b(?:the|on|to|onto)\s+home\b(?!\s+(?:visits?|cleans?|made|cooked|grown|care)\b)"
                        r"|\btop\s+of\s+(?:the\s+)?home\b",  # "write on top of home: ..."
                        re.IGNORECASE)
_CALLED = re.compile(r"\bpage\s+(?:called|named|titled)\s+['\"“‘]?([A-Za-z][\w'’-]*(?:\s+(?!(?:with|for|and|to|that|"
                     r"where|which|listing|showing|explaining|about|on|in|at|of|please|pls)\b)[A-Za-z][\w'’-]*){0,2})",
                     re.IGNORECASE)
_SMALL = "to|the|of|and|&|a|an|for|in|on|at|from|our|your|my"


def _capitals(small: str, starts: str) -> str:
    """A capitalised name: its capitalised words and the small words between them, as typed ("Learn
    to Play", "Sell To Us", "The Huts", "Services and Fees"; "Guides introducing our team" is "Guides"), on
    one line ("Term Dates" of "page called Term Dates\nTerm 1: 28 Jan - 11 Apr")."""
    return rf"(?-i:[A-Z])[\w'’&-]*(?:[ \t]+(?:(?-i:{small})[ \t]+)*(?-i:[{starts}])[\w'’&-]*)*"


# After "called" a name may hold "with" and figures ("Dinner with Friends", "Top 10 Walks").
_CAPITALS = _capitals(_SMALL + "|with", "A-Z0-9")
_CALLED_CAPITALS = re.compile(rf"\bpage\s+(?:called|named|titled)\s+({_CAPITALS})", re.IGNORECASE)
_CALLED_QUOTED = re.compile(r"\bpage\s+(?:called|named|titled)\s+[\"“'‘]([^\"”'’]+)[\"”'’]", re.IGNORECASE)
# "a page for prices called Prices", "a safety page too, titled Safety First": the name after "called".
_PAGE_THEN_CALLED = re.compile(rf"\bpage\b[\w'’, ]{{0,30}}?\b(?:called|named|titled)\s+({_CAPITALS})", re.IGNORECASE)
# "add page About Us", "new page Meet the Guides:", "a page Rides to Do with 3 rides" (not "with" here:
# "with 3 rides" says what the page holds), "put in page Committee", "On page About the board: ..."
# ... and a year in it: "Summer 2027 Schedule"
_NAME = _capitals(_SMALL, "A-Z") + r"(?:[ \t]+(?:19|20)\d\d(?![\w'’])(?:[ \t]+(?-i:[A-Z])[\w'’&-]*)*)?"
CAPITALS = _NAME  # a page's name typed capitalised, for the readers of a new page's content (``pagelead``)
_PAGE_THEN_NAME = re.compile(r"\b(?:add|new|create|make|a|an|one|another|in|on|into|onto)\s+(?:(?:it|them)\s+)?(?:a\s+|an\s+)?(?:new\s+)?"
                             r"(?:(?:simple|basic|short|small|little|separate|seperate|extra|single)\s+)?page\s+(?!(?-i:called|named|titled|"
                             rf"for|about|with|on|to|that|which|where|listing|showing|and|of)\b)({_NAME})", re.IGNORECASE)
# "Page: For Sale. 1962 Malvern Star Oppy, green, $650. ...": a sentence of its own that names a new page.
_PAGE_COLON = re.compile(rf"(?:^|[.!?\n]\s*)(?:(?:a|an|another|one\s+more)\s+)?(?:new\s+)?page(?:\s+(?:please|pls))?\s*:\s*({_NAME})(?=\s*(?:[.!\n]|$))",
                         re.IGNORECASE)
# "Page Stalls: Ta' Rikardu cheeselets, ...", "Add page for sellers list (name Vendors): ...": the name before the
# colon, or in brackets after "name".
_PAGE_NAME_COLON = re.compile(rf"^\W*(?:new\s+)?page\s+({_NAME})\s*:", re.IGNORECASE)
# "Page Tournaments, list: 12/04 ...", "Page Safety. Write: ...", "Page for Trips with prices (per person): ...": a
# request that opens with "page" and a capitalised name names a new page, whatever follows it (u419, u422, u427).
_OPENS_WITH_PAGE = re.compile(rf"^\W*(?:new\s+)?page\s+(?:(?:for|(?-i:of))\s+)?({_NAME})(?=\s*(?:[,.:;!\n(]|$)|\s+(?-i:with)\b)", re.IGNORECASE)
# "For Sale page: Oak kredens ...": a capitalised "For" that opens a name typed at a sentence's start is of it.
_FOR_NAME_PAGE = re.compile(r"(?:^\W*|[.!?\n]\s*)(For[ \t]+(?-i:[A-Z])[\w'’&-]*)\s+page\b")
# "add our team page name Our Team: ...": the name after "page name", up to its colon
_NAME_COLON = re.compile(rf"\bpage\s+(?:name|title)\s+({_NAME})\s*(?::|[.!]?\s*$)", re.IGNORECASE)  # "... page name Board"
_BRACKET_NAME = re.compile(rf"\bpage\b[^(:.!?]{{0,40}}\(\s*(?:name|named|called|title|titled)\s*:?\s*({_NAME})\s*\)", re.IGNORECASE)
# "Now the Sailing Calendar for 2027, on its own page please": the capitalised words before it, without the year.
_OWN_PAGE = re.compile(rf"({_capitals(_SMALL, 'A-Z')})(?:\s+(?:for|of|in)\s+(?:19|20)\d\d)?,?\s+(?:on|in)\s+(?:its|their|a)\s+"
                       r"(?:own|separate|seperate)\s+page\b", re.IGNORECASE)
# "a Made from Tweed page", "add Machines For Sale page": the capitalised words just before "page".
_NAME_THEN_PAGE = re.compile(rf"({_NAME}(?:[ \t]+(?-i:me|us))?)\s+page\b", re.IGNORECASE)  # "add About me page"
# Words a capitalised run before "page" may open with that ask or place, not name ("Add Machines For Sale
# page", "On the Services page", "The FAQ page is missing ...", "Oh and a Contact page").
_LEADING = frozenset("""add please pls kindly also and new now then next ok okay so make create put need want would could can
    i we another last finally lastly hi hey yes great thanks awesome lovely perfect cool oh ooh oooh hmm
    the a an on for in to at from under onto into""".split())
# Words that end a page's name where a title goes on past it ("a page called Cakes with my prices").
_GOES_ON = frozenset("with for and to that where which listing showing explaining about on in at of".split())
# What a model's title may add to the typed name and still be that name run on: "prices called Prices",
# "Rides to Do with 3 rides", "Need a Contact"; not "The" ("The Huts" typed as "The Huts page").
_RUN_ON = (_LEADING - {"the"}) | frozenset("called named titled with page listing showing of".split())
_PAGE_NAME = re.compile(r"\b([A-Za-z][\w'’-]*)\s+page\b", re.IGNORECASE)
# Words before "page" that are not a page's name ("this page", "every page", "the home page").
_NOT_A_NAME = frozenset("""
    a an the this that same each every whole one new web single other next previous last first separate own
    your our my his her their its it them home front landing main start per
    add make create build put set change remove delete rename move use edit update
    and or of to in on for with at by from
""".split())


def not_a_name(words: str) -> bool:
    """Whether ``words`` before "page" say which page or where, not its name ("On page About ...", "every page")."""
    return words.strip().casefold() in _NOT_A_NAME


def page_called(request: str) -> str | None:
    """The name a request gives a page in words ("a page called Our Story"), as typed."""
    found = {m.group(1).strip() for m in _CALLED_QUOTED.finditer(request)} \
        or {m.group(1).strip() for m in _CALLED_CAPITALS.finditer(request)} \
        or {m.group(1).strip() for m in _CALLED.finditer(request)} \
        or {m.group(1).strip() for m in _PAGE_THEN_CALLED.finditer(request)}
    return found.pop() if len(found) == 1 else None


# "Add the Opening Hours to the Contact page": the page is what follows the last "to the".
_WHERE = re.compile(r"^.*\b(?:to|on|onto|in|at|for|from|under)\s+(?:the|our|my|your)\s+")
MAX_NAME_WORDS = 5


def _without_asking(name: str) -> str:
    words = _WHERE.sub("", name).split()
    while words and (words[0].casefold() in _LEADING or words[0].islower()):
        words.pop(0)
    return " ".join(words) if len(words) <= MAX_NAME_WORDS else ""


# "Add page 'Jam Etiquette': ...", "add a "Join Us" page": a name in quotes is whole.
_QUOTED_NAME = re.compile(r"\bpage\s+[\"“'‘]([A-Za-z][^\"”'’]{0,39})[\"”'’]|(?<![\w'’])[\"“'‘]([A-Za-z][^\"”'’]{0,39})[\"”'’]\s+page\b"
                          r"|\bpage\b[^.!?:]{0,40}\bcall\s+it\s+[\"“'‘]([A-Za-z][^\"”'’]{0,39})[\"”'’]"  # "a page for the team, call it 'Our Team'"
                          # "... please call it Our Team: President ...": capitalised up to its colon
                          r"|\bpage\b[^.!?:]{0,40}\bcall\s+it\s+((?-i:[A-Z])[\w'’&]*(?:\s+(?-i:[A-Z])[\w'’&]*){0,3})(?=\s*:)",
                          re.IGNORECASE)
# "a price list page", "an about us page", "add price list page po.": a name of two or three words typed in lower case, after what
# may describe the page rather than name it ("a simple contact page" is "contact").
_WORDS_PAGE = re.compile(r"\b(?:a|an|add|new|make|create)\s+((?:[a-z][\w'’-]*\s+){1,2}[a-z][\w'’-]*)\s+page\b")
# "add page price list" and its lines below: a name in lower case that ends its line.
_PAGE_THEN_LINE = re.compile(r"^\W*(?:(?:pls|please)\s+)?(?:add|new|create|make)\s+(?:a\s+|an\s+)?(?:new\s+)?page\s+([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,2})"
                             r"[ \t]*:?[ \t]*\n")
DESCRIBING = frozenset("""new simple basic short small little quick nice proper separate seperate dedicated extra whole single
    brief decent good proper main own""".split())


def _words_name(request: str) -> str | None:
    found = set()
    for m in _WORDS_PAGE.finditer(request):
        words = m.group(1).split()
        while words and (words[0] in DESCRIBING or words[0] in _NOT_A_NAME):
            words.pop(0)
        if len(words) >= 2 and not set(words) & _NOT_A_NAME:
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


# A name that asks or tells how, run on in small words to its sentence's end: "Add page How to get here.", "What to bring"
# (not "make page Horarios wiht my clases:", a name and the words after it).
_PAGE_THEN_PHRASE = re.compile(r"\b(?:add|new|create|make)\s+(?:a\s+|an\s+)?(?:new\s+)?page\s+((?-i:How|What|Where|When|Why|Who|Getting|Things|Ways)(?:[ \t]+(?!(?:with|and|for|about|please|pls|listing|showing|that|which|where|of|on|in)\b)"
                               r"(?-i:[a-z])[\w'’-]*){2,4})"
                               r"(?=[ \t]*(?:[.:!\n]|$))", re.IGNORECASE)


def name_to_the_end(sentence: str) -> tuple[str, int] | None:
    """The page's name that runs on in small words to the sentence's end ("Add page How to get here."), and where it
    ends; None for any other sentence."""
    found = _PAGE_THEN_PHRASE.search(sentence)
    return (found.group(1), found.end(1)) if found else None


# "Page Who brings what: Aunt Vesna - sarma, ...", "second one, page Cozonac: 1 kg flour, ...", "Page FAQ please: ...",
# "make a page What we need with the list: ...", "add a Dates for the Diary page: ...": the words between "page" and
# the colon that opens the page's content name it, whole and in any case; a note in brackets after them is not of the
# name ("page Ciorba de Perisoare (meatball soup): ..." is /ciorba-de-perisoare). In u376-u385 the capitalised readers
# above took "Who" of "Who brings what", "Menu" of "Menu of the week" and "Clients" and "list" of "Clients and list".
_BEFORE_COLON = re.compile(r"(?:^\W*|[.!?;,]\s*|\b(?:add|make|create|new|a|an|another|one|the|ng|ang|yung)\s+(?:a\s+|an\s+)?(?:new\s+)?)page\s+"
                           r"(?!(?-i:called|named|titled|for|about|on|to|with|name|title|is|has)\b)([^:.!?;,\n\"“”()]{1,48}?)"
                           r"(?:\s*\([^)]{0,40}\))?(?:,?\s+(?:please|pls))?\s*:(?!//)", re.IGNORECASE)
# ... and without "a" where the name is capitalised ("Add How it works page: 1. Message us ..."), not where the words say
# where ("Add to the Contact page:", "add opening hour in footer every page:")
_A_NAME_PAGE_COLON = re.compile(r"\b(?:add|make|create|want|need|have)\s+(?:(?:a|an)\s+(?:new\s+)?|(?=(?-i:[A-Z]))(?!(?:To|On|In|At|Onto|Into|"
                                r"Under|The|Our|My|Your|This|That|It|Them|New)\b))([^:.!?;,\n\"“”()]{1,40}?)\s+page\s*:", re.IGNORECASE)
# What the words before the colon say of the content, not of the name: "What we need with the list", "Services with
# this", "Board with people", "Papanasi with", "Clients and list", "Our Work and write".
# ... nor who it is for ("Shipping for the clients abroad"); "With" capitalised is of the name ("Volunteer With Us").
_SAYS_CONTENT = re.compile(r"\s+(?:(?:(?-i:with)|explaining|describing|listing|showing)(?:\s.*)?"
                           r"|for\s+(?:the|our|my|all|people|clients|customers|visitors|those|anyone)(?:\s+(?-i:[a-z])[\w'’-]*)*$"
                           r"|(?:and|that|which)\s+(?:(?:just|also|then)\s+)?"
                           r"(?:(?:the|this|these|our|my|a|an|following|list|write|put|add|says?|include|has|shows|lists)\b).*)$",
                           re.IGNORECASE)


def colon_name(request: str) -> str | None:
    """The one name typed for a page just before the colon that opens its content; None when none or several."""
    found = set()
    for pattern in (_BEFORE_COLON, _A_NAME_PAGE_COLON):
        for m in pattern.finditer(request):
            words = _SAYS_CONTENT.sub("", m.group(1).strip()).split()
            while words and (words[0].casefold() in DESCRIBING or words[0] == "of"):  # "Page of Hammocks with prices: ..."
                words.pop(0)
            name = " ".join(words)
            if name and len(words) <= MAX_NAME_WORDS and name.casefold() not in _NOT_A_NAME | {"please", "pls"} and not HOME_WORDS.search(name + " page"):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def typed_name(request: str) -> tuple[str, bool] | None:
    """The one name the request gives a new page, as typed, and whether it was typed capitalised
    (a capitalised name is whole; a lower-case one may be a word of a sentence); None when it names
    none or several."""
    quoted = {next(g for g in m.groups() if g).strip() for m in _QUOTED_NAME.finditer(request)}
    if len(quoted) == 1:
        return quoted.pop(), True
    before_colon = colon_name(request)
    if before_colon is not None:
        return before_colon, True
    called = page_called(request)
    if called:
        return called, called[:1].isupper()
    found = {m.group(1) for pattern in (_PAGE_THEN_NAME, _PAGE_COLON, _PAGE_NAME_COLON, _OPENS_WITH_PAGE, _BRACKET_NAME, _NAME_COLON)
             for m in pattern.finditer(request)}
    found |= {n for pattern in (_NAME_THEN_PAGE, _OWN_PAGE) for m in pattern.finditer(request) if (n := _without_asking(m.group(1)))}
    for m in _FOR_NAME_PAGE.finditer(request):  # "For Sale", not "Sale"
        found = {n for n in found if not m.group(1).endswith(" " + n)} | {m.group(1)}
    found = {n for n in found if n.casefold() not in _NOT_A_NAME and not HOME_WORDS.search(n + " page")}
    if (phrase := _PAGE_THEN_PHRASE.search(request)) is not None:  # "Add page How to get here.": not "How"
        found = {n for n in found if not phrase.group(1).startswith(n)} | {phrase.group(1)}
    if found:
        return (found.pop(), True) if len(found) == 1 else None
    words = _words_name(request) or next((n for m in _PAGE_THEN_LINE.finditer(request) if (n := m.group(1)) not in _NOT_A_NAME), None)
    if words is not None:
        return words, False
    plain = {m.group(1).casefold() for m in _PAGE_NAME.finditer(request)} - _NOT_A_NAME - DESCRIBING
    return (plain.pop(), False) if len(plain) == 1 else None


def names(request: str, title: str) -> bool:
    """Whether the one name the request gives a new page is ``title`` (case and spacing aside), and
    no other word names it as a page ("an about page titled Our Story" is the About page)."""
    typed = typed_name(request)
    if typed is None or norm_words(typed[0]) != norm_words(title):
        return False
    plain = {norm_words(m.group(1)) for m in _PAGE_NAME.finditer(request)} - _NOT_A_NAME
    return plain <= set(norm_words(title).split())


def new_page_named(request: str, routes: Sequence[str]) -> str | None:
    """The route of the one page the request names ("put them on a Rooms page", "services page.")
    that the site does not have yet; None when it names none, several, one it has, or home."""
    if HOME_WORDS.search(request):
        return None
    typed = typed_name(request)
    route = "/" + slug(typed[0]) if typed else "/"
    return None if route == "/" or route in routes else route


def title_of(route: str) -> str:
    """A page's title from its route ("/our-story" -> "Our Story")."""
    return route.rsplit("/", 1)[-1].replace("-", " ").title()


def title_for(route: str, request: str) -> str:
    """A new page's title: the name the request gives it, as typed, where that name is its route."""
    typed = typed_name(request)
    if typed is not None and "/" + slug(typed[0]) == route:
        return typed[0][:1].upper() + typed[0][1:]
    return title_of(route)


def typed_over(title: str, request: str) -> str | None:
    """The name the request typed for a new page where the model's ``title`` is a part of it ("About"
    for "About Us"; only a name typed capitalised is whole) or it a part of ``title`` with the words
    around it ("prices called Prices", "Need a Contact"); else None (the model's title stands)."""
    typed = typed_name(request)
    if typed is None:
        return None
    name, words = norm_words(typed[0]), norm_words(title)
    said, mine = set(name.split()), set(words.split())
    goes_on = words.startswith(name + " ") and words[len(name) + 1:].split()[0] in _GOES_ON  # "Cakes with my prices"
    if said and said < mine and (goes_on or all(w in _RUN_ON or w.isdigit() for w in mine - said)) or typed[1] and mine < said:
        return typed[0][:1].upper() + typed[0][1:]
    return None


def over_content(title: str, request: str) -> str | None:
    """The name the request types for a new page where the model named it after content typed after the colon
    ("Add page for sellers list (name Vendors): Kimono Hana - ..." named "Kimono Hana", "add a memories page where
    family wrote some: 'Grandpa taught me ...'" named after the quote); else None."""
    typed = typed_name(request)
    lead = request.partition(":")[0]
    if typed is None or norm_words(title) in norm_words(lead) or not (typed[1] or len(title.split()) > MAX_NAME_WORDS):
        return None
    return typed[0][:1].upper() + typed[0][1:]


# Words around a new name that are not part of it: "rename Meet the Crew to just Crew", "call the
# Committee page Who We Are instead", "rename it to Rates please".
_NOT_OF_THE_NAME = re.compile(r"^(?:just|simply)\s+|\s+(?:instead|please|pls|thanks|too|now|then|as well)$", re.IGNORECASE)


def called_after(request: str) -> str:
    """The new page's name a sentence of its own gives ("Call the page Our Executive."); ""."""
    found = prose.CALL_THE_PAGE.search(request)
    return found.group("name").strip() if found else ""


def new_title(typed: str) -> str:
    """A page's new name as typed in a rename, without the words around it."""
    return _NOT_OF_THE_NAME.sub("", _NOT_OF_THE_NAME.sub("", typed.strip())).strip()


# Words no page's name holds, that a correction holds: "still", "says", "should", "now", a number;
# ... nor an ask typed on after it in lower case ("Rename Workshops to Classes and remove Mr. Arun Pillai")
_NOT_A_PAGE_NAME = re.compile(r"\b(?:still|says?|should|shows?|showing|now|please|pls|wrong)\b|\d"
                              r"|\b(?-i:remove|delete|add|rename|change|replace|take\s+off)\b", re.IGNORECASE)
_VERB = re.compile(r"\b(?:is|are|was)\b", re.IGNORECASE)


YEAR_LAST = re.compile(r"\s+(?:19|20)\d\d$")  # "Club Open 2027": a name with its year


def could_be_a_name(title: str) -> bool:
    """Whether ``title`` could be a page's name, not words of a correction ("Still says 195 for kids"); "is"
    and "are" only in a name typed capitalised ("Who We Are", not "the price is wrong")."""
    title = YEAR_LAST.sub("", title)
    capitalised = all(w[:1].isupper() for w in title.split())
    return not _NOT_A_PAGE_NAME.search(title) and (capitalised or not _VERB.search(title))


def named_by_route(request: str, route: str) -> str | None:
    """The words of ``request`` that make the path it types ("About me" of "Create page About me at
    /about-me"): the page's name, where the model named it by another word ("Create")."""
    words = re.findall(r"[\w'’&]+", request)
    for size in range(1, 5):
        for at in range(len(words) - size + 1):
            said = " ".join(words[at:at + size])
            if "/" + slug(said) == route and not said.islower() or "/" + slug(said) == route and size > 1:
                return said[:1].upper() + said[1:]
    return None


# A request that opens with a name and a colon: "Rates: 90-minute float $180, ...".
_LEADING_NAME = re.compile(r"^\s*([A-Za-z][\w'’ &-]{0,40}?)\s*(?:page\s*)?(?::|\s[-–—]\s)")


def named_page(request: str, routes: Sequence[str]) -> str | None:
    """The one existing page (not home) the request names, by its path ("/work"), as "the work
    page", or as the name its content opens with ("concerts: Nov 14 at ..."); None when it names
    none, several, or also the home page."""
    if HOME_WORDS.search(request):
        return None
    typed = set(explicit.paths(request))
    words = f" {norm_words(request)} "
    lead = _LEADING_NAME.match(request)
    opens = norm_words(lead.group(1)) if lead else None
    more = _more_of(request)
    named = [r for r in routes if r != "/" and (r in typed or f" {norm_words(r.rsplit('/', 1)[-1])} page " in words
                                                 or f" on {norm_words(r.rsplit('/', 1)[-1])} say " in words  # "on race info say: ..."
                                                 or f" the page {norm_words(r.rsplit('/', 1)[-1])} " in words  # "on the page Our Story:"
                                                 or norm_words(r.rsplit("/", 1)[-1]) == opens
                                                 or norm_words(r.rsplit("/", 1)[-1]) in more
                                                 or _put_on(request, r.rsplit("/", 1)[-1]))]
    return named[0] if len(named) == 1 else None


def _put_on(request: str, name: str) -> bool:
    """Whether the request puts its content on the page by the page's name alone, said last or before a colon:
    "... from $45 installed put that on prices", "Add under all packages: extra hour 3.000 TL"."""
    words = r"[\s-]+".join(re.escape(w) for w in name.split("-"))
    return re.search(rf"\b(?:on|to|onto|under|in)\s+(?:the\s+|all\s+(?:the\s+)?|our\s+|my\s+)?{words}"
                     rf"\s*(?::|[.!]*\s*$|,?\s+(?:please|pls|too|as\s+well)\b)", request, re.IGNORECASE) is not None


# "Add another memory: ..." on a site with a Memories page: one more of what that page lists.
_ANOTHER = re.compile(r"\b(?:another|one\s+more|a\s+new)\s+([a-z]{3,})\b", re.IGNORECASE)


def _more_of(request: str) -> set[str]:
    """The names a page listing what the request adds one more of may have ("memories", "events")."""
    said = _ANOTHER.search(request)
    word = said.group(1).lower() if said else ""
    return {word, word + "s", word + "es", word[:-1] + "ies"} if word else set()


MIN_RESPELT = 6


def respelt(title: str) -> str | None:
    """The page name of a small site (``page-names.txt``, ``home-names.txt``) a one-word title is with a letter dropped inside it
    ("Pricng" for "Pricing", "Contct" for "Contact") or two letters swapped inside it ("Servcies"), capitalised as typed; None
    for any other title. Not the
    last letter ("Event" is a name of its own beside "Events"), nor one of a double ("Clases" is Spanish, not "Classes")."""
    word = title.strip()
    names = name_set("page-names.txt") | name_set("home-names.txt")
    if not word.isalpha() or len(word) < MIN_RESPELT or word.casefold() in names:  # "Tips" is a word of its own, not "Trips"
        return None
    low = word.casefold()
    found = {name for name in names if " " not in name and len(name) == len(low) + 1
             and any(name[:i] + name[i + 1:] == low and name[i] not in (name[i - 1:i] + name[i + 1:i + 2]) for i in range(len(name) - 1))}
    # two letters typed the wrong way round inside it ("servcies page" of u387, "Gallrey"): not the first nor the last
    found |= {name for name in names if " " not in name and len(name) == len(low) and name != low
              and any(low == name[:i] + name[i + 1] + name[i] + name[i + 2:] for i in range(1, len(name) - 2))}
    if len(found) != 1:
        return None
    name = found.pop()
    return name.capitalize() if word[:1].isupper() else name
