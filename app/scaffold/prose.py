"""The user's own sentences as a page's text: what an opening prompt says about the site
("Reptile sitting in Tucson AZ. We feed, mist and check on your snakes ..."), and a paragraph
given for a page ("a page called Learners with this: Your first few lessons are ...").

The model writes one clause of such prose at most (the hero's subtitle) and placeholders for
the rest: of 20 opening prompts in two user sets, 9 lost the place or the person they named.
These readers keep the user's sentences as typed; they drop only what is said to the app (a
greeting, "can you make us a website", the colours wanted), and never rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.scaffold.namedcontent import names
from app.scaffold.pagelist import names_pages
from app.scaffold.scope import word_list
from app.scaffold.site import EMOJI, NOT_AFTER_NO_END, norm_words

MAX_TEXT = 400  # a section's text (``AddSection.text``)
MAX_ABOUT = 1000  # an opening prompt's description (``DescribeSite.about``): all of a long first message
MIN_WORDS = 3  # fewer, once the ask is taken off, is what is left of the ask ("the club")
# A sentence ends at ".", "!" or "?" before a space and a capital or the end; not "Dr. Ines", "6.30".
_SENTENCE_END = re.compile(NOT_AFTER_NO_END + r"(?<=[^\s.])[.!?]+[\"”’']?(?=\s|$)|\n+")  # "... a second wind.' We're open"
_GREETING = re.compile(r"^(?:(?:well|oh|ok|okay)[,\s]+)?(?:hiya|hi+|hello|hey+|howdy|g'?day|morning|good (?:morning|afternoon|evening)|yo|"
                       r"dear\s+(?:sir\s+or\s+madam|sir\s*/\s*madam|\w+))\b(?:\s+(?:there|all|folks))?\s*[!,.]*\s*(?:" + EMOJI.pattern + r"\s*)?"
                       r"(?:(?:(?:it's\s+)?nice|pleased|glad)\s+to\s+meet\s+you\s*[!,.]*\s*)?", re.IGNORECASE)  # "hiii 👋", "Hello, nice to meet you."
# What asks the app for a site, at a sentence's start: "Create a website for", "Need a site:",
# "I'd like a website for my business,", "Site for".
# "website" as people mistype it ("need a webiste").
_SITE_TYPOS = "webiste|webstie|wesbite|wbsite"
_SITE_ASK = re.compile(
    r"^(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?:(?:i|we)(?:'d| would)?\s+(?:like|love|want|need)\s+|need\s+|want\s+|make\s+|build\s+|create\s+|set\s+up\s+"
    r"|(?:(?:i'?m|we'?re)\s+)?(?:look(?:ing|in'?)\s+for|setting\s+up)\s+)?"
    r"(?:(?:me|us)\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:web\s*site|web\s*sit|web\s*page|site|homepage|landing page|portfolio|"
    + _SITE_TYPOS + r")\s*"
    r"(?:for|4|called|named|about|:|-|–|—)\s*(?:(?:my|our)\s+(?:\w+\s+){0,2}?(?:business|buisness|bussiness|busness|biz|club|shop|company|group|"
    r"practice|studio|workshop|service|league|society|wedding|charity|band|team|choir|school|church)(?:,\s*|\.?$))?(?:(?:it|me|us)\b,?\s+)?(?:(?:my|our)\s+)?"
    r"(?:(?:business|buisness|bussiness|busness|biz)\s+(?=[A-Z]))?",  # "for my buisness Sun Dodger Window Tint"
    re.IGNORECASE)
# The same ask at a sentence's end: "..., Louisiana and i finally want a real website lol".
_TRAILING_ASK = re.compile(r"(?:,?\s+(?:and|so)\s+(?:i|we)\s+(?:\w+\s+){0,2}?(?:want|need|would like|'d like)|,\s*(?:i\s+|we\s+)?need)\s+(?:an?\s+)?"
                           r"(?:\w+\s+){0,2}?(?:web\s*site|site|" + _SITE_TYPOS + r")\b.*$", re.IGNORECASE)
# A sentence that still speaks to the app: about the site, its pages or its look, or a request.
_TO_THE_APP = re.compile(r"\b(?:web\s*si\w*|site|homepage|home page|pages?|colou?rs?|fonts?|typeface|background|"
                         r"theme|vibes?|look|feel|feels|feeling|style|please|pls|thanks?|thank you|cheers|heading|"
                         r"headline|subtitle|tagline|title|button|cta|hero|banner)\b|\?", re.IGNORECASE)
# A sentence that only asks the app for help: "I wonder if you could help me."
_ASKS_HELP = re.compile(r"^\W*(?:i\s+(?:wonder|was\s+wondering)\s+if\s+)?(?:you|u)\s+(?:could|can|might)\s+help\s+(?:me|us)\W*$", re.IGNORECASE)
# A sentence that is an opening prompt at all: it asks for a site ("websit", "websiet" as typed).
_ASKS_FOR_A_SITE = re.compile(r"\bweb\s*si\w*|\bsite\b|\bhomepage\b|\blanding page\b|\b(?:" + _SITE_TYPOS + r")\b"
                              r"|\b(?:make|build|create)\s+(?:(?:this|me|us)\s+)?(?:(?:my|our|a)\s+)?portfolio\b",
                              re.IGNORECASE)
# What gives the name ("Business name is", "it's called", "i call it"): with the name, it is not a description.
_NAMING = (r"^(?:(?:the|my|our)\s+)?(?:\w+\s+)?(?:name\s*(?:is|:)?|(?:is\s+)?called|it'?s(?:\s+called)?|(?:i\s+)?call it"
           r"|is(?:\s+called)?)\s*")  # "The business is Pier Head Tearooms.", "It's Bellarine Boat Licence School, down ..."
_IMPERATIVE = re.compile(r"^(?:keep|make|use|put|add|give|call|can|could|would|will|please|let|maybe|think|"
                         r"nothing|something)\b", re.IGNORECASE)
# What introduces a paragraph for a page: "with this:", "Text:", "saying:", "that says:".
_PROSE_LEAD = (r"(?:\b(?:with(?: this| the following| these words)?|text|saying|that says|which says|page{})['\"”’]?\s*"
               r"(?::|-|–|—)|(?<=[A-Za-z0-9]):|(?<=[A-Za-z]['\"”’]):)\s+")  # or the first colon after a word ("heres my bio: i've been ...", "for summer 2027: weeks ...")


_QUOTE_PAIRS = ("''", '""', "“”", "‘’")


# A sentence that opens by asking for a site of one's own: "I need a portfolio site.", "Could you make us a website
# for the choir". Not one about the site it has ("Can the site take a deposit?", "Please make the site also in
# Tatar"): those ask it to do something.
_OPENS = re.compile(r"^(?:(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|pls\s+)(?:make|build|create|set\s+up)\s+"
                    r"|(?:i|we)(?:'d|\s+would)?\s+(?:need|want|like|love)\s+|(?:i'?m|we'?re)\s+(?:looking\s+for|after)\s+|need\s+|want\s+"
                    r"|(?:make|build|create)\s+(?:me|us)\s+)(?:me\s+|us\s+)?(?:a|an|my|our)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:web\s*site|site|homepage|landing\s+page|portfolio|web\s*page)\b", re.IGNORECASE)


def opens_a_site(request: str) -> bool:
    """Whether a sentence of the request asks for a site of the user's own: an opening prompt, whatever
    else it says about the business ("I do puppet and clay animation for music videos")."""
    # "hiii ok so i do pixel art commissions and i need a site lol.": the ask in its sentence's last clause
    return any(_OPENS.match(said) or _SITE_ASK.match(said) for s in sentences(request)
               for said in (_GREETING.sub("", s), re.split(r"\s+and\s+(?=i\b|we\b)", s, flags=re.IGNORECASE)[-1]))


def asks_for_a_site(request: str) -> bool:
    """Whether the request asks for a site ("websit", "websiet" as typed): an opening prompt."""
    return bool(_ASKS_FOR_A_SITE.search(request))


def sentences(text: str) -> list[str]:
    """``text``'s sentences, each with its closing mark, as typed."""
    out, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        out.append(text[start:end.end()].strip())
        start = end.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


# What an opening prompt asks the site to say, in a sentence said to the app: "a short welcome saying
# that riders of all abilities are welcome, and that membership is £30 a year?"
_SAY_THAT = re.compile(r"\b(?:say|saying|says|mention|mentioning|explain|explaining|state|stating|tell\s+(?:people|visitors))"
                       r"\s+(?:that\s+|(?=(?:we|we're|we've|our|everyone|anyone|newcomers|beginners|people|folks)\s)"
                       # "On home page please say each chime is blown and painted by hand, and the address is ..."
                       r"|(?<=please say )(?=(?:each|every|all|the|it|its|it's|they|there|you)\s))"
                       r"(?P<said>.+?)[\s?.!]*$", re.IGNORECASE)  # "and say we train Tuesday and Thursday 7pm at Cae Ddol"


def _said_that(sentence: str) -> str:
    """What ``sentence`` asks the site to say after "saying that", as a sentence; ""."""
    found = _SAY_THAT.search(sentence)
    if found is None:
        return ""
    said = re.sub(r",?\s+and\s+that\s+", ", and ", found.group("said"))
    return capital(said) + "."


# What an opening prompt asks its home page to hold, said as what the page has: "The home page should say who we
# are (about 40 members, ...), that we meet Saturday mornings at 9:30 ...", "Main page with the dates, the venue (...)
# and a welcome from our matai, Tuiloma Sapolu."
_PAGE_HOLDS = re.compile(r"^(?:the\s+|a\s+|my\s+|our\s+)?(?:main|home|front|first|landing)\s*page\s+(?:with|should\s+(?:say|have|show|"
                         r"include|list|mention|tell|present|contain|display|give|feature)|must\s+(?:say|have|show)|needs\s+to\s+(?:say|have|show)|has|shows|says)\s+"
                         r"(?:(?:who|what)\s+(?:we|i)\s+(?:are|am|do)\b\s*)?(?P<held>\S.{10,})$", re.IGNORECASE | re.DOTALL)


# The parts such a sentence names by what they are: "the name, the phrase "Sidra natural ...", the address Calle Cabrales 41,
# 33201 Gijón, and the telephone 985 34 12 77".
_PART = re.compile(r"^(?:and\s+)?(?:the|our|my)\s+(?P<what>name|phrase|slogan|motto|tagline|saying|address|telephone|phone(?:\s+number)?|"
                   r"mobile|e-?mail|opening\s+hours|hours|website)\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE | re.DOTALL)


def _listed_parts(held: str) -> str:
    """The named parts of what a home page should hold, as its sentences ("Address: Calle Cabrales 41, 33201 Gijón."); ""
    where it is not such a list."""
    parts: list[str] = []
    named = False
    for piece in re.split(r",\s+(?=(?:and\s+)?(?:the|our|my|that|an?|some)\s)|\s+and\s+(?=(?:the|our|my|that)\s)", held.rstrip(" .")):
        found = _PART.match(piece.strip())
        if found is None and (that := re.match(r"^(?:and\s+)?that\s+(.{6,})$", piece.strip(), re.IGNORECASE)):
            parts.append(that.group(1))  # "and that new members are welcome"
            continue
        if found is None and _ONLY_ASKED_PART.match(piece.strip()):
            continue  # "a welcome text": what to write, not what it says
        if found is None:
            return ""  # "(about 40 members, ...), that we meet ...": sentences of its own, read as such
        named = True
        what, value = found.group("what").lower(), found.group("value").strip(" ,\"“”")
        if what == "name" or not value:
            continue  # the site's name, which the heading shows
        parts.append(value if what in ("phrase", "slogan", "motto", "tagline", "saying") else f"{what.capitalize()}: {value}")
    return ". ".join(capital(p) for p in parts) + "." if len(parts) > 1 and named else ""


_ONLY_ASKED_PART = re.compile(r"^(?:and\s+)?(?:an?|some)\s+(?:short\s+|little\s+|nice\s+|warm\s+|friendly\s+)?(?:welcome|intro|introduction|"
                              r"text|photos?|pictures?|gallery|map|bit\s+about\s+us)\b(?:\s+text)?$", re.IGNORECASE)
# "I would like a simple website with a welcome text, our address Zamenhofdreef 210, ...": what the site is asked to hold
_SITE_HOLDS = re.compile(r"^(?:(?:i|we)(?:'d|\s+would)?\s+(?:like|love|want|need)\s+)(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:web\s*site|site|home\s*page)\s+with\s+(?P<held>\S.{10,})$", re.IGNORECASE | re.DOTALL)


def _page_holds(sentence: str) -> str:
    """What ``sentence`` asks the home page to hold, as sentences of the site's ("" where it asks none)."""
    found = _PAGE_HOLDS.match(sentence.strip())
    if found is None:
        site_holds = _SITE_HOLDS.match(sentence.strip())
        return _listed_parts(site_holds.group("held")) if site_holds else ""
    held = found.group("held").strip()
    held = held.split(":", 1)[1].strip() if ":" in held[:60] else held  # "a short bit about us: we meet at ..."
    held = re.sub(r"^\((.*?)\)", r"\1", held)  # "(about 40 members, all ages, founded 1987)"
    if listed := _listed_parts(held):
        return listed
    held = re.sub(r",?\s+and\s+that\s+", ", and ", held)
    held = re.sub(r",\s+that\s+(\w)", lambda m: ". " + m.group(1).upper(), held)  # ", that we meet ...": a sentence of its own
    return capital(held.rstrip(" .")) + "."


def _described(sentence: str, name: str, looks: Callable[[str], bool]) -> str:
    """``sentence`` without what it says to the app; what it asks the site to say ("saying that
    ..."); "" when nothing else is left."""
    if said := _said_that(sentence) or _page_holds(sentence):
        return said
    sentence = _GREETING.sub("", sentence)
    sentence = _SITE_ASK.sub("", sentence, count=1).strip(" ,;:-–—")
    ended = sentence[-1:] if sentence[-1:] in ".!" else ""
    sentence = _TRAILING_ASK.sub(ended, sentence)
    if name:
        sentence = re.sub(_NAMING + r"[\"'“‘]?" + re.escape(name) + r"[\"'”’]?[,.!]?\s*", "", sentence, flags=re.IGNORECASE)
    words = set(norm_words(sentence).split())
    unnamed = re.sub(re.escape(name), " ", sentence, flags=re.IGNORECASE) if name else sentence
    if len(words) < MIN_WORDS or words <= set(norm_words(name).split()) or _TO_THE_APP.search(unnamed) \
            or _IMPERATIVE.match(sentence) or looks(unnamed):
        return ""
    return capital(sentence)


# Where a clause of a sentence ends: "I teach Highland dance in Antigonish, Nova Scotia, and I'd love a website".
_CLAUSE = re.compile(r",?\s+(?:and|but|so)\s+|,\s+|\s+\(")
_ASIDE = re.compile(r"^(?:right|so|ok|okay|well|ah|oh|um+|anyway)\b[,\s]+(?:so\s+)?", re.IGNORECASE)


def _names_in(text: str, name: str) -> set[str]:
    """The names ``text`` types (people, places) that are not the site's own name."""
    own = set(norm_words(name).split())
    return {n for n in names(text) if not set(norm_words(n).split()) <= own}


def _unnamed(text: str) -> str:
    """``text`` without the names it types, with a sentence's first word before one ("Green Bay WI.")."""
    for found in names(text):
        text = re.sub(r"(?:[A-Z][\w'’-]*\s+)?" + re.escape(found), " ", text)
    return text


def _salvaged(sentence: str, name: str, looks: Callable[[str], bool]) -> str:
    """The part of a sentence said to the app that says where or who the site is about, when it
    names a place or a person (u86-u99: "Keady Road Bowls Club in Co. Armagh and the committee has
    finally agreed we need a website", "a short bit about us: we meet at the Pukeatua Domain ...",
    "Green Bay WI."): what is said after its colon, its clauses before the ask, or the sentence
    without the ask; "" when none of these holds the names without speaking to the app."""
    wanted = _names_in(sentence, name)
    if not wanted:
        return ""
    sentence = _ASIDE.sub("", _GREETING.sub("", sentence)).strip()
    # what follows a colon or a dash ("put a short bit underneath about me - I'm Niamh Keane and ...")
    told = re.split(r":\s|\s[-–—]\s", sentence, maxsplit=1)
    after_colon = told[1] if len(told) == 2 else ""
    cuts = [m.start() for m in _CLAUSE.finditer(sentence)]
    ends = [*cuts[1:], len(sentence)]
    asking = [i for i, at in enumerate(cuts) if _TO_THE_APP.search(sentence[at:ends[i]])]
    before_ask = sentence[:cuts[asking[0]]] if asking else ""
    # the clauses after the last that speaks to the app ("Hi, I'd like a simple, calm website for my kintsugi
    # studio, Quiet Gold Kintsugi, in Bowral in the Southern Highlands.")
    after_ask = sentence[ends[asking[-1]]:] if asking else ""
    unasked = _SITE_ASK.sub("", sentence, count=1).rstrip("?")
    # "I want to make a little website for our family with my Tatik Siranush's recipes ...": who and what it is for
    for_whom = re.split(r"\b(?:web\s*site|site|homepage)\s+(?=for\s)", sentence, maxsplit=1, flags=re.IGNORECASE)
    after_site = for_whom[1] if len(for_whom) == 2 else ""
    for part in (after_colon, before_ask, after_ask, unasked, after_site, sentence):
        part = part.strip(" ,;:-–—")
        # a colour in a name is no look ("Green Bay WI.")
        if part and wanted <= _names_in(part, name) and not _TO_THE_APP.search(part) and not looks(_unnamed(part)) \
                and not _IMPERATIVE.match(part):
            return capital(part) + ("" if part[-1:] in ".!" else ".")
    return ""


_SAY_ANY = re.compile(r"(?:^|,?\s+and\s+)(?:please\s+)?(?:say|write|mention|state)\s+(?:that\s+)?(?P<said>[^.!?]{8,}[^.!?\s])", re.IGNORECASE)


def without_site_ask(sentence: str) -> str:
    """``sentence`` without the ask for a site it opens with ("Need a websiet for my gym ...")."""
    return _SITE_ASK.sub("", _GREETING.sub("", sentence), count=1).strip()


def told_part(sentence: str, name: str) -> tuple[str, bool]:
    """Of a sentence said to the app, what it gives the site to say, and whether in so many words:
    what follows its colon ("with short story: my grandfather ...") or "say that" (True); else its
    clauses that name a place or a person without speaking to the app (``_salvaged``; False)."""
    after = re.split(r":\s", sentence, maxsplit=1)
    if len(after) == 2 and after[1].strip() and not asks_app(after[1]):
        return after[1].strip(), True
    if said := _said_that(sentence):
        return said, True
    if found := _SAY_ANY.search(sentence):  # "and say this year's races are on Saturday 15 August, gates open 9am"
        return found.group("said"), True
    return _salvaged(sentence, name, lambda _said: False), False


def _fit(parts: list[str], most: int = MAX_TEXT) -> str:
    """The sentences that fit one section's text (``most`` characters), whole, in order."""
    text = ""
    for part in parts:
        if len(text) + len(part) + 1 > most:
            break
        text = f"{text} {part}".strip()
    return text


# A short label before what a sentence types: "Under it: ...", "Tagline: ...".
_LABEL = re.compile(r"^[^:.!?]{1,24}:\s*")


_FILLER = frozenset("a an is are we we re its it s in at of and".split())  # not "the": "The Gannet Chippy" names it otherwise


def _name_and_tagline(sentence: str, name: str, tagline: str) -> bool:
    """Whether ``sentence`` says the site's name and its tagline, each whole, and nothing else but small words."""
    said = f" {norm_words(sentence)} "
    for shown in (norm_words(name), norm_words(tagline)):
        if not shown or f" {shown} " not in said:
            return False
        said = said.replace(f" {shown} ", " ", 1)
    return set(said.split()) <= _FILLER


def description(request: str, name: str, tagline: str, looks: Callable[[str], bool], opening: bool = False,
                headline: str = "") -> str:
    """What an opening prompt says about the site, in its own sentences; "" when it says only
    its name, its tagline, or what it wants of the app (``looks``: a sentence about colours or fonts).
    ``opening``: the request is the site's first, though it does not say "website". ``headline``:
    the hero's words as typed (headline and the line under it), whose sentences ("Eternal Glory.") the
    hero shows already."""
    if not (opening or asks_for_a_site(request)):
        return ""  # not an opening prompt: a later request the model read as one
    shown = set(norm_words(headline).split())
    # a list of pages is said to the app, names and all; a sentence the hero shows already, after its
    # label or not ("Under it: Football for boys and girls aged 6 to 14."; "Tigist Bunna House, a small
    # coffee house in Bole, Addis Ababa." under that name and that subtitle), is no description
    kept = [d for d in (_described(s, name, looks) or ("" if names_pages(s) else _salvaged(s, name, looks))
                        for s in sentences(request) if not _ASKS_HELP.match(s))
            if d and not (shown and set(norm_words(_LABEL.sub("", d)).split()) <= shown) and not _name_and_tagline(d, name, tagline)]
    text = _fit(kept, MAX_ABOUT)
    said = set(norm_words(f"{name} {tagline}").split())
    return "" if set(norm_words(text).split()) <= said else text


# The new page's name said after its content: "... Secretary: myself, Marjorie Hollis. Call the page Our Executive."
CALL_THE_PAGE = re.compile(r"(?:^|[.!?]\s+)(?:please\s+)?(?:call|name|title)\s+(?:the|this|that|it's|its|the\s+new)\s+page\s+(?:as\s+)?"
                            r"[\"“‘']?(?P<name>(?-i:[A-Z])[\w'’&]*(?:[ \t]+[\w'’&]+){0,3}?)[\"”’']?[ \t]*(?:[.!]|please|$)", re.IGNORECASE)


def page_text(request: str, title: str) -> list[str]:
    """The paragraph a request gives for the page ``title`` after "with this:", "Text:", "page:",
    "TITLE:" and the like, or in the sentences after the one that asks for the page
    (``_told_after``), as section texts of at most ``MAX_TEXT`` characters; [] when it gives none."""
    lead = re.search(_PROSE_LEAD.format("|" + re.escape(title) if title else ""), request, re.IGNORECASE)
    rest = sentences(unquoted(request[lead.end():])) if lead is not None \
        else _told_after(request, title) or _said_asking(request, title)
    rest = [s for s in rest if not CALL_THE_PAGE.fullmatch(s.strip())]  # "Call the page Our Executive.": its name, said to the app
    if len(norm_words(" ".join(rest)).split()) < MIN_WORDS:
        return []
    return chunks(rest)


def _thanking() -> str:
    """A pattern of the words that thank (``resources/prompts/thanks-words.txt``), longest first; those after
    its "[alone]" line only before a comma, a full stop, "!" or the end."""
    lines = list(word_list("thanks-words.txt"))
    cut = lines.index("[alone]")
    words = [(w, False) for w in lines[:cut]] + [(w, True) for w in lines[cut + 1:]]
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) + (r"(?=\s*(?:[,.!…]|$))" if alone else "")
                            for w, alone in sorted(words, key=lambda pair: len(pair[0]), reverse=True)) + ")"


# A word that thanks, in any language of the user sets.
THANKING = _thanking()
# A sentence said to the app after the content: "Thank you so much.", "Cheers!", "Děkuji, thank you very much."
_THANKS = re.compile(rf"^\W*{THANKING}\b[^.!?]*[.!]*$", re.IGNORECASE)
# A sentence that asks the app for something, or about something: no paragraph for a page. "Please" asks
# the app when an edit's verb follows it; before another verb it is the user's word to their own visitors,
# content of the page ("Please press your top and backing well. Please do not pin the layers together.").
_ASKED_BARE = r"make|use|change|add|put|remove|delete|rename|move|set|give|include|show|list|let"
_ASKED_AFTER_PLEASE = (_ASKED_BARE + r"|mention|say|note|explain|state|thank|keep|update|fix|replace|swap|link|write|insert|"
                       r"upload|get|take|have|call|leave|tell|also|just|could|can|would|will|try|check|ensure|see")
_ASKS_APP = re.compile(rf"\?|^\W*(?:(?:and|also|oh|ok|okay|so|then|now)[,\s]+)*(?:(?:please|pls)\b(?=,?\s*(?:$|[.!]|"
                       rf"(?:do\s+(?:not\s+)?|don'?t\s+)?(?:{_ASKED_AFTER_PLEASE})\b))|(?:can|could|would|will|{_ASKED_BARE})\b)"
                       r"|\b(?:colou?rs?|fonts?|menu|navigation|nav|page|website|site)\b", re.IGNORECASE)


def thanks(sentence: str) -> bool:
    """Whether ``sentence`` only thanks ("Thank you so much.", "Cheers!")."""
    return _THANKS.match(sentence) is not None


def asks_app(sentence: str) -> bool:
    """Whether ``sentence`` asks the app for something, or asks about something."""
    return _ASKS_APP.search(sentence) is not None


# The sentence asks for a new page ("Please make one About Me page", "We need a Meet the Llamas page", "a
# page called What to Expect"), not about one the site has ("It still says 9 till 12 on the help page",
# "a couple of corrections on the Lessons page").
_ASKS_FOR_PAGE = re.compile(r"\b(?:add|make|create|have|get|need|want|start|build|do|like|put\s+up|set\s+up)\s+(?:me\s+|us\s+)?"
                            r"(?:a|an|one|new|another|separate)\b|\bpage\s+(?:called|named|titled)\b"
                            # "Please also a page "Pasta Classes".": the verb left out
                            r"|^\W*(?:please\s+|pls\s+|and\s+|also\s+)+(?:a|an|one)\s+(?:new\s+)?page\b", re.IGNORECASE)
_SAYS_WHAT_IS = re.compile(r"\b(?:still|says?|shows?|showing|missing|wrong|should|rename|correct\w*|change\w*)\b"
                           r"|\b(?:on|from|to|in)\s+(?:the|our|my)\s+(?:[\w'’&-]+\s+){0,4}page\b", re.IGNORECASE)
MAX_AFTER_PAGE = 6  # words the asking sentence may run on after the page's name ("... explaining what we accept?")


def _told_after(request: str, title: str) -> list[str]:
    """The sentences after the one that asks for the page ``title`` by name ("Please make one About
    Me page. I have been draping sarees for 15 years. ..."), when every one of them tells rather than
    asks (thanks at the end left off); [] otherwise."""
    if "," in title:
        return []  # "Wholesale, We Supply 3 Cafes": a title cut from the sentence, not a page's name
    said = sentences(request)
    at = next((i for i, s in enumerate(said[:2]) if title and re.search(rf"\b{re.escape(title)}\b", s, re.IGNORECASE)
               and re.search(r"\bpage\b", s, re.IGNORECASE) and _ASKS_FOR_PAGE.search(s) and not _SAYS_WHAT_IS.search(s)), None)
    if at is None:
        return []
    ends = [m.end() for m in re.finditer(rf"\b{re.escape(title)}\b|\bpage\b", said[at], re.IGNORECASE)]
    if len(said[at][ends[-1]:].split(",")[0].split()) > MAX_AFTER_PAGE:
        return []  # "a Contact page stating that I take ...": content in the sentence itself, read elsewhere
    rest = said[at + 1:]
    # "add an about us page, my gran Isla Grant started the bakery in 1968 ...": the asking sentence's own
    # content after the page, when it names someone or something or gives a number ("We need a Meet the
    # Llamas page, that's what everybody really wants" gives nothing)
    after = re.search(r"\bpage\b\s*[,:;–—-]\s*(?P<said>.+)$", said[at], re.IGNORECASE)
    if after and (names(after.group("said")) or re.search(r"\d", after.group("said"))):
        rest = [after.group("said"), *rest]
    while rest and _THANKS.match(rest[-1]):
        rest = rest[:-1]
    if not rest or any(_ASKS_APP.search(s) for s in rest):
        return []
    return rest


# What a new page is to say, in the sentence that asks for it: "a page called Join Us explaining that
# subscriptions are £60 a year", "a page called Sponsors thanking Harold Porter Pharmacy, ...".
_SAYING = r",?\s+(?:explaining|saying|stating|that\s+says|which\s+says|to\s+say|telling\s+people)\s+(?:that\s+)?|,?\s+(?=thanking\s)"
# What a later sentence asks the page to say: "Please say that we need the cup size", "Please also thank X".
_PLEASE_SAY = re.compile(r"^\W*(?:please\s+)?(?:(?:also|do)\s+)*(?:(?P<thank>thank)|say|mention|add|note|explain|state)\s+(?:that\s+)?",
                         re.IGNORECASE)


def _said_asking(request: str, title: str) -> list[str]:
    """The page's text said in the sentence that asks for it by name, after "explaining that",
    "saying", "thanking", then the sentences after it, each a fact or a "Please say that ..." (as
    the fact it asks for); [] when none or when a later sentence asks for something else."""
    said = sentences(request)
    found = next(((i, m) for i, s in enumerate(said) if title and _ASKS_FOR_PAGE.search(s) and not _SAYS_WHAT_IS.search(s)
                  and (m := re.search(rf"\b{re.escape(title)}['\"”’]?(?:\s+page)?{_SAYING}", s, re.IGNORECASE))), None)
    if found is None:
        return []
    at, m = found
    out = [_as_thanks(re.sub(r"\?$", ".", said[at][m.end():]))]  # "Could we have a page 'Support Us' explaining that ...?"
    for sentence in said[at + 1:]:
        asked = _PLEASE_SAY.match(sentence)
        if _THANKS.match(sentence):
            continue
        if asked is not None:
            sentence = ("Thank you to " if asked.group("thank") else "") + sentence[asked.end():]
        elif _ASKS_APP.search(sentence):
            return []
        out.append(capital(sentence))
    return out


def _as_thanks(text: str) -> str:
    """"thanking X for Y" as the page says it: "Thank you to X for Y"."""
    text = re.sub(r"^thanking\s+", "Thank you to ", text.strip(), flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def unquoted(text: str) -> str:
    """``text`` without the quotes it is typed in, if it is: they are not part of it."""
    text = text.strip()
    return text[1:-1].strip() if len(text) > 2 and text[0] + text[-1] in _QUOTE_PAIRS else text


def chunks(said: Sequence[str]) -> list[str]:
    """The sentences ``said``, whole and in order, as texts of at most ``MAX_TEXT`` characters; []
    when one sentence is longer than a text holds (it is not cut)."""
    texts: list[str] = []
    rest = list(said)
    while rest:
        text = _fit(rest)
        if not text:
            return []
        texts.append(text)
        rest = rest[len(sentences(text)):]
    return texts


def capital(text: str) -> str:
    """``text`` opening with a capital, but a word cased inside as typed ("iOS and Android", "eBay") as it is."""
    return text if re.match(r"\w+[A-Z]", text) else text[:1].upper() + text[1:]


MORE_THAN_A_PIECE = 6  # words a paragraph holds beyond the model's text: a sentence cut off, not "(put on home)"


def cut_from(text: str, paragraph: str) -> bool:
    """Whether ``paragraph`` is what the model's ``text`` stands for: no text at all (a placeholder), or its last words
    ("... My granddaughter Zsófia helps me with the English." written as "Zsófia helps me with the English")."""
    said, whole = norm_words(text), norm_words(paragraph)
    return not said or whole.endswith(said) and len(whole.split()) >= len(said.split()) + MORE_THAN_A_PIECE

