"""What an opening prompt types for the home page besides its description: the headline it
gives in so many words, and the contact details it lists.

"Our headline should be "See the lake at your own pace"", "Headline: Fresh Bengali sweets, made
every morning", "Our motto is "Warm feet, warm hearts"", "Put 'Never too old to throw a punch' at
the top": the model put a clause of the description in the hero instead, or the site's name. "Phone
is 0427 118 903", "my contact details: 14 Hopetoun Road, South Queensferry, EH30 9RA, telephone ...,
email ...": the description keeps only the sentences about the site, not those said to the app.
Either left out, the turn declined the whole opening prompt (8 of the 20 in u74-u75), and every later
step of the session was judged on a site with no name. Here the headline is the hero's subtitle, as
typed, and the details are a contact section on the home page, each labelled.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import prose, scope, sitename
from app.scaffold.contactfit import STREET, label_of
from app.scaffold.coverage import plan_text, typed_content
from app.scaffold.openerfacts import with_told_facts
from app.scaffold.pagelist import listed_pages
from app.scaffold.plan import (MAX_OPS, AddItems, AddPage, AddSection, Decline, DescribeSite, Entry, Plan, SetText, SetTheme,
                                plan_to_json)
from app.scaffold.site import Site, norm_words, slug

# The words an opening prompt gives the hero, after what names them: in quotes to their end, or
# to the sentence's end ("Headline: Hail happens. We fix it without paint." keeps its first sentence).
_NAMED_AS = (r"\b(?:(?:big|main|hero)\s+)?(?:headline|heading|title|slogan|tagline|strapline|motto|tag\s*line)"
             r"(?:\s+(?:on|for|of|at)\s+the\s+(?:home|front|main|landing|first)\s*page)?"
             r"(?:\s+(?:i|we)\s*(?:'d|’d|would|want|wanted)(?:\s+(?:like|love))?(?:\s+(?:to\s+)?use)?)?"  # "The headline I would like is"
             # "Can the big heading say Math with Mrs. Chen?"
             r"(?:\s+(?:should|could|would|will|can)\s+(?:be|read|say)\s*:?|\s+(?:to\s+)?(?:be|is|reads|says|say)|\s+something\s+like|"
             r"\s*:|\s*[-–—=])?\s*")
_QUOTED = r"(?<!\w)[\"“‘'](?P<quoted>[^\"”’]{3,120}?)[\"”’'](?=[\s.,;:!?)]|$)"
# A bare phrase runs to its sentence's end, or to the next part of the hero named after a comma
# ("heading Fill Your Dancefloor, button Check Our Availability").
_BARE_END = (r"(?=(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?\n]|$|,\s*(?:and\s+)?(?:(?:a|the)\s+)?(?:button|sub-?title|sub-?heading|cta|tagline|heading)\b"
             r"|,?\s+and\s+(?:a\s+|the\s+)?(?:small(?:er)?\s+(?:text|line|words)|sub-?\s?line|text)\b"  # "title Cà Phê Mây and small text '...'"
             # "Could the big heading say The Woolly Ewe and the line underneath say Hand-dyed ..."
             r"|,?\s+and\s+(?:then\s+)?(?:a\s+|the\s+)?(?:line|text|words?|bit)\s+(?:underneath|under(?:\s+it)?|below)\b"
             r"|,?\s+and\s+(?:then\s+)?(?:underneath|under|below)(?:\s+it)?\s+(?:say|put|write)\b"  # "... and under it say ..."
             r"|,?\s+(?:and|but|so)\s+(?:we|i|i'd|we'd|also|then|please|pls|can|could)\b"  # "... Since 2004 and we need"
             r"|,?\s+(?:please|pls|thanks|thank\s+you)\W*(?:[.!?]|$))")  # "Could the top say Tiles, tea and good company please."
_BARE = r"(?P<bare>(?-i:[A-Z0-9])(?:[^.!?\n]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){2,120}?[?!]?)" + _BARE_END  # "Mrs. Chen" whole
_HEADLINE = re.compile(_NAMED_AS + r"(?:" + _QUOTED + r"|" + _BARE + r")", re.IGNORECASE)
# After its label and a colon a headline may be typed in lower case, as the rest of the message is
# ("... we just ask for a donation. tagline: dont bin it, mend it").
_LABELLED = re.compile(r"\b(?:headline|heading|slogan|tagline|strapline|motto|tag\s*line)\s*:\s*"
                       r"(?P<bare>(?-i:[a-z])[^.!?\n]{2,120}?[?!]?)" + _BARE_END, re.IGNORECASE)
_AT_THE_TOP = re.compile(r"(?:\bput\s+(?=[\"“‘'][^\"”’]{3,120}?[\"”’']\s+(?:at|on)\s+the\s+top\b)"
                         r"|\b(?:page|site)\s+(?:to\s+)?say\s+)" + _QUOTED, re.IGNORECASE)  # "the front page to say "...""
# The same, not in quotes: "want the front page to say Pure Ozark Sorghum Since 1952.", "Put Proper
# Potteries Oatcakes at the top in big letters."
_BARE_AT_THE_TOP = re.compile(r"\b(?:page|site|the\s+top)\s+(?:to|should|must|could|can|will)?\s*say\s+" + _BARE + r"|\bput\s+(?P<top>(?-i:[A-Z])[^.!?\n\"“]{2,80}?)"
                              r"\s+(?:at|on|across)\s+the\s+top\b", re.IGNORECASE)
# The hero's second line and its button, as an opening prompt names them: "Subtitle: '...'", "Under it:
# '...'", "a line underneath saying '...'"; "Button: '...'", "CTA: '...'", "the button saying '...'".
# "... and below write '...'", "Below heading the text: ...", "Text under it: ...".
_SUBTITLE = re.compile(r"\b(?:sub-?title|sub-?heading|sub-?\s?line|small(?:er)?\s+(?:text|line)|(?<=\band\s)text|"
                       r"(?P<under>(?:under(?:neath)?|below|beneath)(?:\s+(?:it|that|this|(?:the\s+)?(?:heading|title|name)))?))\b"
                       r"(?:[^\"“‘'.!?]{0,40}?" + _QUOTED
                       + r"|(?:(?:\s+(?:the\s+)?(?:text|line|words?))?\s*(?::|-|–|=)\s*|\s+(?:should\s+|to\s+|can\s+|could\s+)?say\s+"
                       # "sub line Everyone plays.", "under it Pan dulce fresh every morning": the line's own words after
                       r"|(?(under)(?:(?<=\sit)|(?<=\sthat)|(?<=\sthis))|)\s+(?=(?-i:[A-Z])))"
                       + _BARE + ")", re.IGNORECASE)  # "the line underneath say ..." too
# "The button can say See our menu.", "Button should say Join Us.", "the button to Meet our dogs".
_BUTTON = re.compile(r"\b(?:button|cta)\b(?:[^\"“‘'.!?]{0,30}?" + _QUOTED + r"|(?:\s*:|\s+saying|\s+(?:(?:can|should|could|will|must|"
                     r"needs?\s+to)\s+)?(?:say|read|be)\b|\s+to\b)?\s+" + _BARE + ")", re.IGNORECASE)
# What a quoted phrase of an opening prompt is when these come just before it: not the headline.
_NOT_HEADLINE = re.compile(r"\b(?:button|cta|sub-?title|sub-?heading|under(?:neath)?|below|name[ds]?|called|"
                           r"pages?|menu|nav\w*|link)\b(?=[^\"“‘'.!?]{0,30}$)", re.IGNORECASE)
_ANY_QUOTED = re.compile(_QUOTED)
# What names a quoted phrase the headline though a page is named before it ("The headline on the home
# page should be "..."", "Could the home page say "..." at the top?").
_HEADLINE_WORD = re.compile(r"\b(?:headline|heading|title|slogan|tagline|motto|top|say|says|saying|read|reads|line|put|use|"
                            r"banner|welcom\w*|like)\b(?=[^\"“‘'.!?]{0,40}$)", re.IGNORECASE)
# The short sentences that follow a bare headline's first and are part of it: "Headline: Wild picked.
# Slow cooked. Up North." (not "We fix it without paint.", a sentence of its own, nor "Pages: ...").
MAX_SLOGAN_WORDS = 3
_SHORT_SENTENCES = re.compile(r"(?:[.!](?:\s+(?!(?:We|I|Our|My|It|It's|This|They|You|Pages?|Please|Can|Could)\b)"
                              r"(?-i:[A-Z])[\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[.!](?=\s|$))+)?")
MIN_QUOTED_WORDS = 2  # a quoted word alone is a name or a term ("the 'Ferry'"), not a headline

# A street address: a number, capitalised words, a street word, then the town, region and postcode
# after commas ("212 Kellys Plains Road, Armidale NSW", "14 Hopetoun Road, South Queensferry, EH30 9RA").
_ADDRESS = re.compile(r"(?<![\w$£€])\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){1,4}" + STREET + r"\b\.?"
                      r"(?:,\s*(?:(?:St|Mt|Ft)\.\s)?(?:[A-Z][\w'’-]*|[A-Z0-9]{2,4}\s?[0-9][A-Z0-9]{2})"
                      r"(?:[ \t]+(?:\d{4,6}\b|[A-Z][\w'’-]*|[A-Z0-9]{2,4}))*){0,4}")  # "St. John's NL A1C 1G7"
_SAID_ADDRESS = re.compile(r"\b(?:address|adress)\s*(?:is\s+|:\s*)?(?P<a>(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+\d{1,5}[A-Za-z]?"
                           r"(?:,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}){0,2})(?=\s*(?:[.;!?]|$|,?\s+(?:and|phone|tel|email)\b))",
                           re.IGNORECASE)
# Opening hours: days, then times ("Tuesday to Saturday 10am to 5pm", "Monday to Saturday, 10am to 5pm",
# "Wednesday to Sunday 8am until sold out", "Wed-Sun 11am-8pm").
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)"
# ... or on a 24-hour clock: "mon-fri 7:30-17, sat 8-12" (the placeholder hours had stayed beside them)
_HOUR24 = r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?"
_HOURS = re.compile(rf"\b{_DAY}(?:\s*(?:-|–|to)\s*{_DAY})?,?\s+(?:from\s+)?(?:{_TIME}\s*(?:-|–|to|till|until)\s*(?:{_TIME}|sold out)"
                    rf"|{_HOUR24}\s*(?:-|–|to|till|until)\s*{_HOUR24}(?![\w:.]))", re.IGNORECASE)


_OPEN_AT = re.compile(r"\b(?:open|opening|hours|timings?)\b[^.!?\n]{0,30}?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h\b|uhr\b)?\s*(?:-|–|to|till|until)\s*\d",
                      re.IGNORECASE)


def _last(words: re.Pattern[str], before: str) -> int:
    """Where the last of ``words`` is in ``before``; -1 when none is."""
    return max((m.start() for m in words.finditer(before)), default=-1)


# Quoted words named the headline after them: ""Get on board, Exmouth!" as the big headline".
_AS_HEADLINE = re.compile(r"\s*(?:as|for)\s+(?:the\s+|our\s+|a\s+|my\s+)?(?:big\s+|main\s+|top\s+|front\s+)?"
                          r"(?:headline|heading|title|slogan|tagline)\b", re.IGNORECASE)


_THEN = re.compile(r"\s*,?\s*(?:and|then|and\s+then|with|plus)?\s*", re.IGNORECASE)


# A question asked of the app just before the headline: "Can the big heading say ...?".
_ASKED = re.compile(r"(?:^|[.!?]\s+)(?:can|could|would|will|may)\s+(?:the|my|our|you|u)\b[^.!?]*$", re.IGNORECASE)


def headline(request: str) -> str:
    """The words the request gives the hero in so many words, as typed; "" when it gives none. In
    an opening prompt, the first phrase of two words or more typed in quotes after words that put
    it on show ("say", "line", "put", "top") is the headline, unless they name it otherwise (a
    button, a subtitle, a name, a page): "Please use the line "Made to measure, made with pride"",
    "Could the top say something like "Get your ticket in a day"?"; not "get us 'on the internet'"."""
    found = _HEADLINE.search(request) or _LABELLED.search(request) or _AT_THE_TOP.search(request) \
        or _BARE_AT_THE_TOP.search(request)
    if found is not None:
        quoted = found.groupdict().get("quoted")
        if quoted:
            return quoted.strip()  # in quotes: as typed
        bare = found.groupdict().get("bare") or found.groupdict().get("top") or ""
        inner = _ANY_QUOTED.search(request, found.start(), found.end() + 120) if bare else None
        if inner is not None and (inner.start() < found.end() or _THEN.fullmatch(request[found.end():inner.start()])):
            # "should say KwikFix Mobile and 'Fast phone repairs. Fixed while you wait!'", "say Sudsy Pup and then '...'"
            return inner.group("quoted").strip()
        more = _SHORT_SENTENCES.match(request, found.end()) if found.groupdict().get("bare") else None
        if more and more.group(0).strip() and len(bare.split()) <= MAX_SLOGAN_WORDS:
            return (bare + more.group(0)).strip()  # "Three Throws. One Pudding. Eternal Glory."
        # the full stop that ends the whole message is the headline's as typed ("Headline: Old bikes, new miles.")
        ended = "." if request[found.end():].strip() == "." and found.groupdict().get("bare") else ""
        if bare.endswith("?") and _ASKED.search(request[:found.start()]):
            bare = bare[:-1]  # "Can the big heading say Math with Mrs. Chen?": the question's mark, not the heading's
        return bare.strip(" .,") + ended
    for quoted in _ANY_QUOTED.finditer(request):
        words = quoted.group("quoted").split()
        if len(words) >= MIN_QUOTED_WORDS and _AS_HEADLINE.match(request, quoted.end()):
            return quoted.group("quoted").strip()  # "with our name and "Get on board, Exmouth!" as the big headline"
        before = request[max(0, quoted.start() - 60):quoted.start()]
        shows, other = _last(_HEADLINE_WORD, before), _last(_NOT_HEADLINE, before)
        # the nearer word tells: "the company name, a short line like "..."", "a home page that says "...""
        # ("... on the home page with the line "...""), not the first
        if len(words) >= MIN_QUOTED_WORDS and shows >= 0 and shows > other:
            return quoted.group("quoted").strip()
    return ""


# The line named after its words: "... as the big heading and then 'A welcoming community' underneath".
_UNDER_AFTER = re.compile(r"\s+(?:underneath|below|beneath|under\s+(?:it|that))\b", re.IGNORECASE)


def subtitle(request: str) -> str:
    """The hero's second line, as the request names it ("Subtitle: '...'"); "" when it names none."""
    found = _SUBTITLE.search(request)
    if found is None:
        after = next((m for m in _ANY_QUOTED.finditer(request) if _UNDER_AFTER.match(request, m.end())), None)
        return after.group("quoted").strip() if after else ""
    if found.group("quoted"):
        return found.group("quoted").strip()
    bare = found.group("bare")
    more = _SHORT_SENTENCES.match(request, found.end())
    if more and more.group(0).strip() and len(bare.split()) <= MAX_SLOGAN_WORDS:
        return (bare + more.group(0)).strip()  # "Under it: Breathe. Move. Rest."
    return bare.strip()


def button(request: str) -> str:
    """The hero button's label, as the request names it ("Button: 'Book a flight'"); ""."""
    found = _BUTTON.search(request)
    return (found.group("quoted") or found.group("bare")).strip() if found else ""


# A name that signs the message off: "Many thanks, Moira Campbell", "Cheers, Dave Nolan": who to contact.
_SIGNED_OFF = re.compile(r"\b(?:many\s+thanks|thanks(?:\s+(?:so|very)\s+much)?|thank\s+you(?:\s+(?:kindly|so\s+much|very\s+much))?|"
                         r"cheers|regards|kind\s+regards|best\s+wishes|best|ta)\s*[,!.-]*\s+(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})"
                         r"\s*[.!]?\s*$", re.IGNORECASE)


def details(request: str) -> list[Entry]:
    """The contact details the request types, labelled: its street address, opening hours, phone
    numbers, emails, handles and web addresses (``contactfit.label_of``)."""
    out = [Entry(title="Contact", text=m.group("name")) for m in _SIGNED_OFF.finditer(request)]
    out += [Entry(title="Address", text=m.group(0).rstrip(" .,")) for m in _ADDRESS.finditer(request)]
    if not out or all(e.title != "Address" for e in out):
        # "and address Rua da República 212, Cidade Baixa": a street named before its number, said after its label
        out += [Entry(title="Address", text=m.group("a").rstrip(" .,")) for m in _SAID_ADDRESS.finditer(request)]
    out += [Entry(title="Hours", text=m.group(0)) for m in _HOURS.finditer(request)]
    for piece in typed_content(request):
        label = label_of(piece, request)
        if label is not None:
            out.append(Entry(title=label, text=piece))
    return out


_BIG_HEADING = re.compile(r"\b(?:big|main|large)\s+(?:heading|headline|title)\b", re.IGNORECASE)


def _hero(opener: DescribeSite, request: str) -> dict[str, str]:
    """The hero's words the request types: a headline alone is the subtitle under the name; with a
    subtitle beside it, the heading."""
    said, under = headline(request), subtitle(request)
    if said.casefold() == opener.name.casefold() or said == under:
        said = ""
    if said and under:
        return {"heading": said, "tagline": under}
    if not (said or under):
        return {}
    if said and _BIG_HEADING.search(request):
        # "Can the big heading say Math with Mrs. Chen?": the heading itself, not a line under the name; no line of the
        # model's under it ("not very good with computers" of the greeting)
        return {"heading": said, "tagline": ""}
    same = opener.heading.casefold() in (said.casefold(), under.casefold())
    return {"tagline": said or under, **({"heading": ""} if same else {})}  # not the same words twice


def completed(ops: list[Any], request: str, opening: bool = False) -> list[Any]:
    """``ops`` with an opening prompt's headline, subtitle and button as typed, and the contact
    details it types as the home page's contact section, in place of the placeholder ones: a
    placeholder contact section ("hello@example.com") or opening hours ("Monday to Friday 9am to
    5pm") beside the user's own would contradict them; and the facts no op places (``openerfacts``),
    where the request is an opening one (``opening``: the site is new)."""
    opener = next((op for op in ops if isinstance(op, DescribeSite)), None)
    if opener is None:
        return ops
    ops = _on_listed_pages(ops, opener, request)
    opener = next(op for op in ops if isinstance(op, DescribeSite))
    hero = _hero(opener, request)
    if hero:
        ops = [op.model_copy(update=hero) if op is opener else op for op in ops]
    label = button(request)
    if label:  # the button's label as typed, where the model wrote none or other words there
        ops = [*[op for op in ops if not (isinstance(op, SetText) and op.target == "button")],
               SetText(op="set_text", route="/", target="button", text=label)]
    typed = details(request)
    given = " | ".join(plan_text(op.model_dump_json()) for op in ops if not isinstance(op, DescribeSite)).casefold()
    own = [e for e in typed if e.text.casefold() not in given]  # not those another op places already
    # the placeholder list is opening hours ("Monday to Friday 9am to 5pm"): beside hours the user typed in any words
    # ("Open 7am to 11pm") it would contradict them
    hours = any(e.title == "Hours" for e in typed) or _OPEN_AT.search(request) is not None
    placeholders = ({"contact"} if own else set()) | ({"list"} if hours else set())
    ops = [op.model_copy(update={"sections": [k for k in op.sections if k not in placeholders]})
           if isinstance(op, DescribeSite) else op for op in ops]
    if own:
        ops = [*ops, AddItems(op="add_items", route="/", kind="contact", items=own[:8])]
    return with_told_facts(ops, request) if opening or prose.asks_for_a_site(request) else ops


_PRICE_PAGES = frozenset({"prices", "pricing", "rates", "fees", "price list", "prices and packages"})


def _on_listed_pages(ops: list[Any], opener: DescribeSite, request: str) -> list[Any]:
    """An opening prompt that types a listed page's content after the page's name ("prices: up to 3km €6, 3-7km
    €9 ... home page + prices page pls"): the content on that page, not in the home page's text."""
    from app.scaffold.contentfit import items_op, read_content  # here, not at the top: contentfit -> ... -> openerfit

    said = prose.sentences(request)
    out, told, moved = list(ops), [], set()
    for page in (op for op in ops if isinstance(op, AddPage)):
        route = page.route or "/" + slug(page.title)
        if any(getattr(op, "route", None) == route for op in ops if op is not page):
            continue  # the plan puts something there already
        lead = re.compile(rf"^\W*{re.escape(page.title)}\s*:\s*", re.IGNORECASE)
        found = next((s for s in said if lead.match(s)), None)
        kind, entries = read_content(lead.sub("", found).rstrip(" .")) if found else ("", [])
        items = items_op(route, kind, entries) if len(entries) >= 2 else None
        if found and items is not None:
            out.append(items)
            told.append(norm_words(found))
            # the home page's placeholder section of that kind would contradict it ("Basic $9/mo" beside "€6")
            moved |= {kind, "pricing"} if norm_words(page.title) in _PRICE_PAGES else {kind}
    if not told:
        return ops
    about = " ".join(s for s in prose.sentences(opener.about) if norm_words(s) not in told)
    update = {"about": about, "sections": [k for k in opener.sections if k not in moved]}
    return [op.model_copy(update=update) if op is opener else op for op in out]


def is_new(site: Site | None) -> bool:
    """Whether the site is as the template made it: a home page with its hero alone."""
    return site is None or (len(site.pages) == 1 and all(s.kind == "hero" for s in site.pages[0].sections))


# A page other than home named in a request ("Hire prices page - call it Prices", "a landing page for the
# Black Friday sale"): an edit, not a site.
_OTHER_PAGE = re.compile(r"\b(?!(?:home|front|main|first|web)\b)\w+\s+(?:page|pg)\b", re.IGNORECASE)
# A site asked for in so many words ("homepage" alone is a page of it: "The subtitle on the homepage ...").
_WEBSITE = re.compile(r"\bweb\s*si\w*|\bsite\b|\b(?:webiste|webstie|wesbite|wbsite)\b|\b(?:want|need)\s+(?:a\s+)?web\b", re.IGNORECASE)
_LANDING = re.compile(r"\blanding\s+page\b", re.IGNORECASE)  # "a landing page for the Black Friday sale": a page
# ... but a landing page for the writer's own app or a named product is the site: "Landing page for our app Driftly
# – a sleep sounds app", "Landing page for Moolah Jar — a pocket money app", "landing page for a SaaS called Ledgerly".
_LANDING_SITE = re.compile(r"\blanding\s+page\s+for\s+(?:(?:our|my)\b|me\b|an?\s+[\w-]+\s+(?:called|named)\b|(?-i:[A-Z]))",
                           re.IGNORECASE)
MIN_OPENER_WORDS = 10  # "rename the site to Kai's Kitchen" is an edit of the name, not the site described


def _no_look(_said: str) -> bool:
    return False


def _opens(request: str, names_site: bool, titled: bool = False) -> bool:
    """Whether a request to a new site opens it: it says something of the business (a description,
    a headline) and asks for a site, or names the business without naming a page ("The business is
    Weweantic Cranberry Bog Tours. I'd like the home page headline to be ..."); "i run Magic City
    Soul Kitchen" names it where the model gave the site a name too (``names_site``), not in "Could
    you also put the address on, it's Hollybrook Farm". A landing page for the writer's own app opens it
    where the model did not write the hero's heading already (``titled``: "Landing page for me. Heading: ...")."""
    if len(request.split()) < MIN_OPENER_WORDS \
            or not (prose.description(request, "", "", _no_look, opening=True) or headline(request)):
        return False
    if _WEBSITE.search(request) or listed_pages(request) or (_LANDING_SITE.search(request) and not titled):
        return True
    said = sitename.said_name(request, strong=not names_site)
    # not "a landing page for the Black Friday sale"; "I make iPhone app "Bentolog" ... Please make landing page." is its site
    landing_for_other = re.search(r"\blanding\s+page\s+for\b", request, re.IGNORECASE) and not _LANDING_SITE.search(request)
    if said and (prose.asks_for_a_site(request) or _LANDING.search(request)) and not landing_for_other:
        return True  # "Business is called Second Seasoning ... I'd love a homepage, a Services page, ..."
    return bool(said) and not _OTHER_PAGE.search(request)


def opened(plan: Plan, request: str, site: Site | None) -> Plan:
    """An opening prompt on a new site as its description, though the model wrote it as other ops:
    "Hello, I would like a website for my mobile veterinary practice, Kauri Coast Mobile Vet. ..."
    became a new site name and a contact section of mixed-up pairs; "... Business is Sawtooth Chainsaw
    Carving ..." the writer's name and a list; "... Ballinamore Drama Festival ..." a page called
    Facebook. Of 40 opening prompts in u82-u85, 7 were such plans, and each declined. The model's
    look and hero button stand, and the pages the request lists; the name is the request's
    (``sitename``), else the one the model gave the site; the rest is read from the request after
    (``prose.description``, ``completed``). Else ``plan``."""
    texts = {op.target: op.text for op in plan.ops if isinstance(op, SetText)}
    # a heading the model cut from the tagline typed in quotes ("Tagline: "Never buy the third jar of mustard again."") is the request's
    titled = "title" in texts and not any(norm_words(texts["title"]) in norm_words(q) for q in re.findall(r"[\"“]([^\"“”]{4,120})[\"”]", request))
    if any(isinstance(op, DescribeSite) for op in plan.ops) or not is_new(site) or not _opens(request, "site_name" in texts, titled):
        return plan
    if all(isinstance(op, Decline) for op in plan.ops) and scope.asks_for_feature(request):
        return plan  # "need a website with a booking calendar, name is ...": the decline is the answer
    # "I am Yusra Qadir, hand bookbinder in Lahore. ... need a portfolio website": the portfolio is hers
    name = sitename.site_name(request, texts.get("site_name", "")) or sitename.portfolio_name(request)
    if not name:
        return plan
    listed = {norm_words(title) for title in listed_pages(request)}
    pages = {op.route for op in plan.ops if isinstance(op, AddPage) and norm_words(op.title) in listed}
    kept = [op for op in plan.ops if isinstance(op, SetTheme) or (isinstance(op, SetText) and op.target == "button")
            or (isinstance(op, AddPage) and op.route in pages)
            or (isinstance(op, (AddItems, AddSection)) and op.route in pages)]
    # "change site name to X and the headline to Y": the hero's texts the model wrote, in the description
    opener = DescribeSite(op="describe_site", name=name, heading=texts.get("title", ""), tagline=texts.get("subtitle", ""))
    return Plan(ops=[opener, *kept])


# The site's title typed last, after a label: "Title: ¡Abuela Carmen cumple 80!".
_TITLE_LAST = re.compile(r"(?:^|[.!?]\s+)(?:title|site\s+name|name\s+of\s+the\s+site)\s*:\s*(?P<title>[^\n:]{2,60}?)\s*$", re.IGNORECASE)


def declined(plan: Plan, request: str, site: Site | None) -> Plan:
    """An opening prompt that names the site in so many words ("need a webiste. name is Riffle &
    Hackle") is that site's description, though the model declined it; else ``plan``."""
    # "I run Steam and Stories Walking Tours here in Hot Springs ... Can you whip me up a homepage?": said so, on a new site
    named = sitename.called_name(request) or (sitename.said_name(request) or sitename.portfolio_name(request) if is_new(site) else "")
    titled = _TITLE_LAST.search(request) if is_new(site) else None
    named = named or (titled.group("title").strip() if titled else "")  # "... Please make it look festive. Title: ¡Abuela Carmen cumple 80!"
    if not all(isinstance(op, Decline) for op in plan.ops) or not named or len(named) > sitename.SHORT \
            or not prose.asks_for_a_site(request) or scope.asks_for_feature(request) \
            or (site is not None and len(site.pages) > 1):
        return plan
    return Plan(ops=[DescribeSite(op="describe_site", name=named)])


# The words of asking for a site ("a simple site with a home"): a tagline of only these (and the
# pages the request lists) says nothing about the site, and the hero keeps its subtitle.
_ASKING_WORDS = frozenset("""
    a an the simple basic little small wee new nice site website web page pages home homepage with for my our me
    us please pls make build create need want like get can could you i we is it and
""".split())
_ASKS_IN_LINE = re.compile(r"\b(?:web\s*)?site\s*(?:,|$)|\bmy\s+name\s+is\b", re.IGNORECASE)  # not "a site for our Summer Fair"


def asks_only(line: str, listed: set[str]) -> bool:
    """Whether a heading or tagline the model wrote says nothing of the site: only the words of asking for one and
    the pages the request lists ("Annual Show"), or the ask itself ("a professional site, my name is")."""
    return set(norm_words(line).split()) <= _ASKING_WORDS | listed or _ASKS_IN_LINE.search(line) is not None
