"""Every fact an opening prompt types reaches the home page.

An opening prompt is the site's whole brief: its name, where it is, since when, who runs it, what it
does. The description (``prose.description``) keeps the sentences about the site and the hero keeps
the name and headline; a fact typed elsewhere was dropped without a word. In the user sets' first
prompts (u1-u143, replayed offline) 49 of 1440 first tries lost a place or a year this way: "Name is
Shenoy Tile Roofing Works, Udupi." lost "Udupi", "Please make home page with short story: my
grandfather start making cheese here in 1962, ..." lost the story, "our address: 3-12-8 Tenjinbashi"
the address, "Lola Pacing has been cooking batchoy since 1979 💛 we want a simple website" the year.

Here the description also holds, in the request's order and words:
- each sentence not said to the app that types a fact no op places;
- of a sentence said to the app, what it gives the site to say: after its colon ("with short story:
  ..."), after "say that" / "write that", or its clauses about the site (``prose.told_part``);
- of the sentence that names the site, the rest of it ("Shenoy Tile Roofing Works, Udupi.").
A fact is a name or a date (``namedcontent``), typed content (``coverage``), a year or a capitalised
word past a sentence's first. What still does not fit is named by the turn, which then writes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import prose, scope
from app.scaffold.coverage import fold, plan_text, unused_content
from app.scaffold.namedcontent import unused_names
from app.scaffold.pagelist import listed_pages, names_pages
from app.scaffold.plan import MAX_OPS, DescribeSite, Plan, plan_to_json
from app.scaffold.site import norm_words

# An emoji then a space ends a sentence as a full stop does, in chat-style typing ("since 1979 💛 we want").
_EMOJI_END = re.compile(r"(?<=[\u2600-\u27BF\U0001F300-\U0001FAFF])\s+(?=\S)")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")
# A place or a person by its capitalised word where the text says so: "in Manchester", "near Moniaive",
# "based in Terenure", "Im Devon"; not a likeness ("a bit Nordic", "we're Welsh") nor a day ("Build it Monday").
_PLACED_AT = re.compile(r"\b(?:in|at|near|from|outside|around|I'm|I’m|Im|I am|name's)\s+(?P<word>(?-i:[A-Z])[\w'’-]*[a-z][\w'’-]*)")
# What names the site at a sentence's start: "Name is ...", "name: ...", "The business is called ...".
_NAMING = re.compile(r"^(?:(?:the|my|our)\s+)?(?:\w+\s+)?(?:name\s*(?:is|:)|(?:is\s+)?called|named)\s*", re.IGNORECASE)
_ENDS = ".!?\"”'’)"
# A sentence that speaks of the hero's parts speaks to the app: "The headline should read: ...".
_HERO = re.compile(r"\b(?:headline|heading|tagline|sub-?title|title|slogan|motto|button)s?\b", re.IGNORECASE)
_SIGNED_OFF = re.compile(r"^(?:many\s+thanks|thanks|thank\s+you|cheers|regards|kind\s+regards|best\s+wishes|best)\b", re.IGNORECASE)
_DEAR = re.compile(r"^dear\s+[\w/ ]{2,30},\s*", re.IGNORECASE)  # "Dear Sir/Madam, I am the secretary of ..."


_FILLER = frozenset("a an and the of with but not too bit little lot touch very quite really something nothing like".split())


def _a_look(part: str) -> bool:
    """Whether ``part`` is a look, not a fact: half its words or more, fillers aside, are colours,
    fonts or styles ("Colours: Ivory, navy and a touch of gold.", "Vibe is cozy, cedar, Nordic.")."""
    words = [w for w in norm_words(part).split() if w not in _FILLER]
    looks = len(scope.look_words().findall(part))
    return bool(words) and looks * 2 >= len(words)


# A sentence about the hero may go on to a fact of the event's: "Title 'Priya and Dev - 25 Years' and the date
# Saturday 14 August 2027". The fact is a part of its own, without the word that names it.
_AND_FACT = re.compile(r",?\s+and\s+(?:the\s+)?(?:date|day|time|venue|place|location|address)\s*(?:is\s+|:\s*)?(?=\S)",
                       re.IGNORECASE)


def _sentences(request: str) -> list[str]:
    return [piece for s in prose.sentences(request) for part in _EMOJI_END.split(s)
            for piece in (_AND_FACT.split(part) if _HERO.search(part) else [part]) if piece.strip()]


def _facts(request: str) -> list[str]:
    """The years, and the places and people said to be where or who (``_PLACED_AT``)."""
    out = []
    for sentence in _sentences(request):
        out += _YEAR.findall(sentence)
        out += [m.group("word") for m in _PLACED_AT.finditer(sentence)]
    return out


def facts_left(request: str, placed: str) -> list[str]:
    """The facts of ``request`` that ``placed`` (a plan's values) does not hold."""
    have = fold(placed)
    words = [w for w in _facts(request) if fold(w) not in have]
    return list(dict.fromkeys([*unused_content(request, placed), *unused_names(request, placed), *words]))


def _sentence(part: str) -> str:
    part = part.strip(" ,;:-–—")
    return part[:1].upper() + part[1:] + ("" if part[-1:] in _ENDS else ".") if part else ""


def _told(sentence: str, name: str) -> tuple[str, bool]:
    """What ``sentence`` gives the site, and whether it gives it in so many words (after a colon,
    "say that"), so that it is shown though it types no fact of its own."""
    sentence = _DEAR.sub("", sentence)
    if names_pages(sentence) or len(listed_pages(sentence)) >= 2:
        return "", False  # "Pages: Home, Courses, Contact.": said to the app
    if prose.thanks(sentence) or _SIGNED_OFF.match(sentence):
        return "", False  # "Many thanks, Gillian.": the contact section has the name
    if prose.asks_app(sentence) or _HERO.search(sentence):
        part, said = prose.told_part(sentence, name)
        return ("", False) if _HERO.search(part) else (_sentence(part), said)
    named = _NAMING.match(sentence)
    if named and name and sentence[named.end():].strip(" \"'“”‘’").startswith(name):
        rest = sentence[named.end():].strip()
        tail = rest.split(name, 1)[-1].strip(" \"'“”‘’,;-–—")
        if len(fold(tail)) < 2 or prose.asks_app(tail):
            return "", False  # "the business is called Edge of Leith, put that at the top": said to the app
        return _sentence(rest), True
    return _sentence(prose.without_site_ask(sentence)), False


# The kind of business and where it is, said around its name where the site is asked for: "website for my moving
# company Hermanos Vidal Mudanzas in Montevideo", "for my food kiosk Auntie Njoki's Pilau, near Eldoret bus stage"; or the
# name and where alone ("I'm organising the Mahlangu Family Reunion 2027 in Polokwane").
_KIND_NAME_WHERE = r"(?:\b(?:for|of)\s+(?:my|our|a|an|the)\s+(?P<kind>(?-i:[a-z])[\w'’ -]{{2,40}}?)\s+)?(?P<name>{name}),?\s+" \
                   r"(?P<where>(?:in|near|at|outside|around)\s+[^.!?\n]{{3,80}}?)\s*(?=[.!?\n]|,?\s+(?:and|we|i)\b|$)"


def _where_it_is(request: str, name: str) -> str:
    """"Moving company in Montevideo.": the kind and the place typed around the site's name; "" when not so typed."""
    if not name:
        return ""
    found = re.search(_KIND_NAME_WHERE.format(name=re.escape(name)), request, re.IGNORECASE)
    if found is None and re.search(r"\s(?:in|near|at)\s", name):
        # "... for Tumaini Women Honey Cooperative in Marigat, Baringo County Kenya.": the place is part of the name as
        # the model wrote it, and the rest of the place follows it
        more = re.search(re.escape(name) + r"(?P<rest>,\s+[^.!?\n]{3,80}?)\s*(?=[.!?\n]|$)", request, re.IGNORECASE)
        return _sentence(f"{name}{more.group('rest')}") if more else ""
    return _sentence(f"{found.group('kind') or found.group('name')} {found.group('where')}") if found else ""


def with_told_facts(ops: list[Any], request: str) -> list[Any]:
    """``ops`` whose description (the opening prompt's ``describe_site``) also holds the request's
    parts that type what no op places (see the module's docstring); ``ops`` when none do, or when
    they would not fit the description."""
    opener = next((op for op in ops if isinstance(op, DescribeSite)), None)
    if opener is None:
        return ops
    placed = plan_text(plan_to_json(Plan(ops=ops[:MAX_OPS])))
    left = [fold(f) for f in facts_left(request, placed)]
    told: list[str] = []
    for sentence in _sentences(request):
        part, said = _told(sentence, opener.name)
        if not part or prose.asks_app(part) or _a_look(part):
            continue
        shown = " ".join([placed, *told])
        text, have = fold(part), fold(shown)
        new_facts = [f for f in left if f and f in text and f not in have]
        if new_facts or (said and not set(norm_words(part).split()) <= set(norm_words(shown).split())):
            told.append(part)
    shown = fold(" ".join([placed, *told]))
    if any(f and f not in shown for f in left) and (where := _where_it_is(request, opener.name)) \
            and any(f and f in fold(where) and f not in shown for f in left):
        told.insert(0, where)
    # each part a sentence of its own ("... 10pm all day" then "Since 1987.": not "all day Since 1987.")
    about = " ".join(t if not t or t[-1] in _ENDS else f"{t}." for t in [opener.about, *told]).strip()
    if not told or len(about) > prose.MAX_ABOUT:
        return ops
    return [op.model_copy(update={"about": about}) if op is opener else op for op in ops]
