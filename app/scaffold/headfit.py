"""The home page's heading or subtitle set to words typed to the request's end: "change the heading
to: proper tablet, made the way my gran made it", "change the big heading to say: no experience.
no excuses. just axes.".

The model copied such words up to their first comma or full stop ("Proper tablet"), and the
copy is the user's: after "to:", "to say" or "to read" the words run to the end of the request,
so they are taken whole, exact by construction.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold import notefit, openerfit, prose
from app.scaffold.plan import Plan, SetText
from app.scaffold.site import Site, norm_words

_OPEN = r"^\W*(?:(?:ok|okay|now|next|also|and|then|so|please|pls|can you|could you)[,.]?\s+){0,3}"
_WHICH = (r"(?:the\s+|my\s+|our\s+)?(?:(?:big|main|top|first|large|home\s*page|front\s*page|hero)\s+){0,2}"
          r"(?P<GROUP>heading|headline|title|sub-?heading|subtitle|sub-?title|tagline)"
          r"(?:\s+(?:on|of)\s+(?:the\s+)?(?:home|front)(?:\s*page)?)?")
# "change the heading to: ...", "make the big heading say ...", "set the tagline to read: ...",
# "the heading should say: ..."; "to" alone only before a colon (else "to something warmer" is a wish).
_SET = re.compile(rf"{_OPEN}(?:(?:change|set|update|make|switch|reword)\s+{_WHICH.replace('GROUP', 'target')}\s+(?:(?:to\s+)?(?:say|read)\b(?:\s+exactly)?|to\s*(?=:)"
                  r"|to\s+(?=[\"“‘']|(?-i:[A-Z])(?!(?:something|anything)\b)))"  # "change headline to Grab a tub. Get wet."
                  rf"|{_WHICH.replace('GROUP', 'target2')}\s+(?:should|could|needs?\s+to|to)\s+(?:say|read)\b(?:\s+exactly)?"
                  # "hero text: Clear ice. Sharp lines. Gone by morning."
                  r"|(?:the\s+)?(?:(?:hero|main|big|top)\s+)?(?P<target3>hero\s+text|heading|headline|tagline|subtitle)(?:\s+(?:change|update))?\s*(?=:))"
                  r"\s*:?\s*(?P<words>\S.*)$",
                  re.IGNORECASE | re.DOTALL)
# Words that ask for more than the words themselves: "... and make it blue".
_MORE = re.compile(r"\b(?:and|then)\s+(?:make|change|put|add|set|remove|use|move)\b|\b(?:colou?r|font|nav|menu|page)\b|"
                   r"\b(?:sub-?title|tagline|button|heading|headline|title|cta)\s*:",
                   re.IGNORECASE)
# What the request says to the app after the words: "change the heading to Welcome, thanks".
_THANKS_AFTER = re.compile(r"\s*[,.!]?\s*(?:thanks|thank\s+you|cheers|please|pls|ta)\W*$", re.IGNORECASE)
_TARGETS = {"heading": "title", "headline": "title", "title": "title", "hero text": "title"}
# The user's own words for the line they gave the hero; "heading" is the big text itself, and "under the
# headline" a place, not the line.
_HEADLINE_WORDS = re.compile(r"\b(?:head\s?lines?|slogan|tag\s?line|strap\s?line)\b", re.IGNORECASE)
_NAME_WORDS = re.compile(r"\b(?:title|name|big|main|top|under|underneath|below|beneath)\b", re.IGNORECASE)


def under_the_name(request: str, site: Site | None) -> bool:
    """Whether the headline the request speaks of is the home page's subtitle: where the hero's heading is
    the site's name, an opening prompt's headline went under it (``openerfit``), and "change the headline
    to ..." means those words, not the name (set as the heading, the name went and the old words stayed)."""
    home = site.page("/") if site is not None else None
    hero = next((s for s in home.sections if s.kind == "hero"), None) if home is not None else None
    return hero is not None and site is not None and norm_words(hero.heading) == norm_words(site.name) \
        and bool(_HEADLINE_WORDS.search(request)) and not _NAME_WORDS.search(request) \
        and norm_words(site.name) not in norm_words(request)


# "Headline: "Clear writing, accepted first time." Sub-headline: "Academic editing ..."", "Can the big headline say
# "Walk with the ghosts of Carrickfergus" and underneath "Not for the faint-hearted"?": the heading's words in
# quotes, then the line under it in quotes, and nothing after but the end of the request.
MAX_LEAD_WORDS = 10  # "On the front page can the big heading say ..."
_Q = r"(?:\"(?P<{0}a>[^\"]{{2,120}})\"|“(?P<{0}b>[^”]{{2,120}})”|(?<!\w)'(?P<{0}c>[^']{{2,120}})'(?!\w))"
_PAIR = re.compile(r"\b(?:heading|headline|title)\b[^\"“'\n]{0,40}?" + _Q.format("h") +
                   r"[^\"“'\n]{0,40}?\b(?:sub-?head(?:ing|line)?|sub-?title|tag\s?line|underneath|under\s+(?:it|that)|"
                   r"below(?:\s+(?:it|that))?|beneath(?:\s+(?:it|that))?)\b[^\"“'\n]{0,20}?" + _Q.format("s") +
                   r"[\s.?!]*(?:thanks?(?:\s+you)?|please|pls|cheers)?[\s.?!]*$", re.IGNORECASE)


def _pair(request: str) -> Plan | None:
    """The heading and the subtitle a request types in quotes, one after the other (``_PAIR``)."""
    found = _PAIR.search(request.strip())
    if found is None:
        return None
    said_before = re.split(r"(?<=[.!?])\s+", request.strip()[:found.start()].strip())
    if len(said_before[-1].split()) > MAX_LEAD_WORDS or any(len(s.split()) > notefit.MAX_ASIDE_WORDS for s in said_before[:-1]):
        return None  # "New site: Reel North Film Club. We screen ... Heading: '...'. Subtitle: '...'": an opener's
    heading, under = (next(found.group(f"{k}{v}") for v in "abc" if found.group(f"{k}{v}") is not None) for k in "hs")
    try:
        return Plan(ops=[SetText(op="set_text", route="/", target="title", text=heading.strip()),
                         SetText(op="set_text", route="/", target="subtitle", text=under.strip())])
    except ValidationError:
        return None


def read(request: str, site: Site | None) -> Plan | None:
    """The home page's heading or subtitle set to the words the request types to its end, or both
    typed in quotes (``_pair``); None when it sets neither so."""
    pair = _pair(request)
    if pair is not None:
        return pair
    found = _SET.match(request.strip())
    if found is None:
        return None
    words = found.group("words").strip()
    if words[-1:] == "." and prose.unquoted(words[:-1]) != words[:-1]:
        words = words[:-1]  # '"Seasonal flowers for unforgettable days".': the full stop is the request's
    words = prose.unquoted(_THANKS_AFTER.sub("", words))
    if not words or _MORE.search(words):
        return None
    words = words[:1].upper() + words[1:] if words.split(" ", 1)[0].isalpha() else words  # typed all in lower case
    said = found.group("target") or found.group("target2") or found.group("target3")
    target = _TARGETS.get(said.lower().replace("-", ""), "subtitle")
    if target == "title" and under_the_name(request, site):
        target = "subtitle"
    try:
        return Plan(ops=[SetText(op="set_text", route="/", target=target, text=words)])  # type: ignore[arg-type]
    except ValidationError:
        return None  # longer than a heading holds: the model's to place


# What says a line goes under the heading: "underneath put a short line", "Below heading the text:", "Text under it".
_UNDER = re.compile(r"\b(?:under(?:neath)?|below|beneath|sub-?title|sub-?heading|second\s+line|tag\s?line)\b", re.IGNORECASE)
_A_BUTTON = re.compile(r"\b(?:buttons?|cta|call\s+to\s+action)\b", re.IGNORECASE)


def second_line(plan: Plan, request: str) -> Plan:
    """``plan`` with the home page's second line as its subtitle, where the model wrote it as a second
    heading (the two then touched the same place and the turn was refused: "heading 'Room 14 - Year 5'
    and text 'Welcome to ...'"), or as a button the request never named where it puts a line under
    the heading."""
    titles = [op for op in plan.ops if isinstance(op, SetText) and op.route == "/" and op.target == "title"]
    if any(isinstance(op, SetText) and op.route == "/" and op.target == "subtitle" for op in plan.ops):
        return plan
    second: SetText | None = titles[-1] if len(titles) >= 2 else None
    if second is None and _UNDER.search(request) and not _A_BUTTON.search(request):
        second = next((op for op in plan.ops if isinstance(op, SetText) and op.route == "/" and op.target == "button"), None)
    if second is None:
        return plan
    typed = openerfit.subtitle(request)  # the whole line as typed, where the model cut it at a comma
    text = typed if typed.casefold().startswith(second.text.casefold()) and len(typed) <= MAX_SUBTITLE else second.text
    return Plan(ops=[op.model_copy(update={"target": "subtitle", "text": text}) if op is second else op for op in plan.ops])


MAX_SUBTITLE = 200
