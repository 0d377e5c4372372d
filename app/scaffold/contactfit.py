"""Contact details typed to be added, read from the request's own words: "add the email for booking
showcase spots: laughs@gmail.com and our insta @laughtracktues", "please add the club email ...
and say people can contact Lucy on 027 318 6640", "add a Contact page with my phone number (403)
555-0187 and my email hello@...".

The model declined such requests or wrote the number as an item's name. Each email, phone number,
handle and web address is the user's, as typed: they become the entries of a contact section
(Email, Phone, Instagram ...) on the page the request names, home otherwise. Read only where the
model's plan declined the request or left its details out (``turn.read_instead``); a request that
types other content (a price, a time) or asks for a feature (a contact form) is not read here.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold.contentfit import named_page, routes_of
from app.scaffold.pagename import new_page_named, title_for
from app.scaffold.coverage import typed_content
from app.scaffold.plan import AddItems, AddPage, AddSection, Entry, Plan
from app.scaffold.scope import asks_for_feature
from app.scaffold.site import Site

_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE = re.compile(r"^[+(]?\d[\d\s().-]{5,}\d$")
_HANDLE = re.compile(r"^@\w")
# Which network a handle is on, said beside it.
_NETWORKS = (("Instagram", re.compile(r"\b(?:insta|instagram|ig)\b", re.IGNORECASE)),
             ("Facebook", re.compile(r"\b(?:facebook|fb)\b", re.IGNORECASE)),
             ("TikTok", re.compile(r"\btik ?tok\b", re.IGNORECASE)),
             ("X", re.compile(r"\b(?:twitter|x\.com)\b", re.IGNORECASE)))
# What a detail is for, not a feature asked for: "the email for booking showcase spots", "call to book".
_PURPOSE = re.compile(r"\b(?:for|to)\s+(?:make\s+a\s+)?book(?:ing|ings)?\b|\bbookings?\s+(?:enquiries|inquiries|email|line)\b",
                      re.IGNORECASE)
_ADDS = re.compile(r"\b(?:add|put|include|list|show|stick|pop|give|here'?s|here is|our|my)\b", re.IGNORECASE)
# Said of what is wrong or where the footer is: another reader's ("still", "missing", "footer").
_NOT_HERE = re.compile(r"\b(?:still|missing|not on|isn'?t|wrong|footer|bottom|top|every page|each page|all pages|"
                       r"remove|delete|change|replace|instead|nav|navigation|menu|link)\b", re.IGNORECASE)
# What the request asks the section to say beside the details: "and say drop offs are by appointment".
_SAY = re.compile(r"\b(?:say|saying|stating|mention)\s+(?:that\s+)?(?P<words>[^.!?]{3,300})", re.IGNORECASE)


# Where the details are, said as a sentence: "address is 14 Opal St Lightning Ridge".
_ADDRESS = re.compile(r"\b(?P<words>(?:our\s+|my\s+|the\s+)?address(?:\s+is\s+|\s*:\s*|\s+(?=\d))[^.!?]{4,120}"
                      r"|(?:we'?re|we are)\s+at\s+[^.!?]{4,120})", re.IGNORECASE)
# Words a request for contact details may hold beside them: asking, placing, naming the details.
_DETAIL_WORDS = frozenset("""
    add put include list show stick pop give here heres here's please pls thanks thank you cheers ta just also and or
    then finally lastly last one thing ok okay righto right so oh my our the a an on in to at of for with is are it
    its it's that this them page home homepage contact contacts details detail phone mobile cell number numbers tel
    telephone email e-mail address insta instagram facebook fb tiktok twitter handle website site can could would
    you me us we i i'm people them they customers folk folks fair enough booking bookings book
""".split())
_OTHER_WORDS_MAX = 3


def _other_words(request: str, typed: list[str], said: str) -> list[str]:
    """The words of ``request`` that are neither its details, nor what it says beside them, nor
    words that ask for or name the details ("please add my mobile ... on a Contact page")."""
    rest = request.replace(said, " ") if said else request
    for piece in typed:
        rest = rest.replace(piece, " ")
    return [w for w in re.findall(r"[a-z][a-z'’-]*", rest.lower()) if w not in _DETAIL_WORDS]


def label_of(piece: str, request: str) -> str | None:
    """What a piece of typed content is as a contact detail ("Email", "Phone", "Instagram", "Website"), or None."""
    if _EMAIL.match(piece):
        return "Email"
    if _HANDLE.match(piece):
        return next((name for name, said in _NETWORKS if said.search(request)), "Social")
    if piece.lower().startswith(("http://", "https://")):
        return "Website"
    if _PHONE.match(piece):
        return "Phone"
    return None  # a price, a time: not a contact detail


def read(request: str, site: Site | None) -> Plan | None:
    """The contact section the request's details make, on the page it names (a new one first), or
    home; None when it types anything else, asks for a feature, or says what is wrong."""
    typed = typed_content(request)
    labels = [label_of(p, request) for p in typed]
    if not typed or None in labels or asks_for_feature(_PURPOSE.sub(" ", request)) or _NOT_HERE.search(request) \
            or not _ADDS.search(request):
        return None
    routes = routes_of(site) or ["/"]
    new = new_page_named(request, routes)
    route = named_page(request, routes) or new or "/"
    ops: list[Any] = []
    if route not in routes:
        ops.append(AddPage(op="add_page", title=title_for(route, request), route=route))
    said = _SAY.search(request) or _ADDRESS.search(request)
    words = said.group("words").strip(" ,") if said else ""
    if _OTHER_WORDS_MAX < len(_other_words(request, typed, said.group(0) if said else "")):
        return None  # "No walk-ins, mobile only. Please include my commission number NM-20231147.": more than details
    try:
        ops.append(AddItems(op="add_items", route=route, kind="contact",
                            items=[Entry(title=label or "", text=piece) for label, piece in zip(labels, typed)]))
        if words and not typed_content(words):
            ops.append(AddSection(op="add_section", route=route, kind="text", text=words[:1].upper() + words[1:] + "."))
        return Plan(ops=ops)
    except ValidationError:
        return None
