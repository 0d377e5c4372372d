"""Words of the site replaced as the request gives them: quoted ("Change 'sing sea shanties
badly but loudly' to 'sing sea shanties with more enthusiasm than skill'", "'Two hour guided
walks' should say 'Relaxed two-hour guided walks'"), or a date moved ("the 30 August swap day has
moved to Saturday 6 September").

The model has no op for a sentence inside a paragraph, and it wrote such requests as the site's
name, a heading or an item edit that found nothing. When the request quotes words the site
shows, the plan is that replacement (``ReplaceText``), wherever the pages show them. New prices
are ``pricefit``'s.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Site, norm_words, shown_text, slug

_OPEN = "'\"“‘"
_CLOSE = "'\"”’"
# A verb of change, the quoted old words, "to"/"with" and the new words (quoted, or to the
# sentence's end); or the quoted words and "should say". Without the verb, "add 'Pricing' to
# the navigation" would read as a replacement.
_REPLACE = re.compile(
    r"(?:\b(?:change|replace|swap|switch|update|edit|correct|fix|reword|rename)\s+(?:the\s+(?:\w+\s+)?(?:text|words?|line|"
    r"bit|sentence|phrase|part)\s+)?"
    # "Replace the line '30 yrs experience' on the home page with: ...": where it is, said between
    rf"[{_OPEN}](?P<old>[^\n]{{2,200}}?)[{_CLOSE}]\s*,?(?:\s+(?:on|in)\s+(?:the\s+)?[\w'’ -]{{1,25}}?\s+page)?\s+(?:to|with|into|for|by)"
    rf"|[{_OPEN}](?P<old2>[^\n]{{2,200}}?)[{_CLOSE}]\s*,?\s+should\s+(?:be|say|read)"
    # "the shawl is not 'Chal tejido a mano', change to 'Chal tejido a telar'"
    rf"|\bnot\s+[{_OPEN}](?P<old3>[^\n]{{2,200}}?)[{_CLOSE}]\s*[,;.]?\s+(?:(?:please\s+)?change\s+(?:it\s+)?to|it'?s|it\s+is|should\s+be|but))\s*:?\s+"
    rf"(?:[{_OPEN}](?P<quoted>[^\n]{{1,200}}?)[{_CLOSE}](?=[\s.,!?;:]|$)|(?P<plain>[^.!?\n]{{1,200}}?)"
    r"(?=\s+(?:please|pls|everywhere|instead|on the|in the)\b|[.!?\n]|$))",
    re.IGNORECASE)


def shows(site: Site, words: str) -> bool:
    """Whether any page of the site shows ``words`` (its titles, headings, texts, items)."""
    wanted = " ".join(words.split()).casefold()
    return any(wanted in " ".join(page.model_dump_json().split()).casefold() for page in site.pages)


def replacement(request: str, site: Site | None, plain: bool = True) -> ReplaceText | None:
    """The replacement the request asks for, of words the site shows: quoted, else (``plain``) in
    plain words (``plain_replacement``); None when it asks for none."""
    found = _REPLACE.search(request)
    if site is None:
        return None
    if found is None:
        return plain_replacement(request, site) if plain else None
    old = (found.group("old") or found.group("old2") or found.group("old3")).strip()
    new = (found.group("quoted") or found.group("plain") or "").strip()
    if not new or old.casefold() == new.casefold() or not shows(site, old) or old.casefold() in _names(site):
        return None  # (a page's or the site's name: a rename, "rename 'Our Story' to 'About Us'")
    return replacing(old, new)


# The same in plain words: "replace X with Y", "X should be called Y", "change X to Y",
# "it's Y, not X", "... still on there, please replace it with Y". The old words are then only
# those the site shows (the longest run of the words typed), and never a page's or the site's
# name (a rename), nor an item whose new words are a price (a price edit).
_SPAN = r"(?:[^.!?]|\.(?=\d)|(?<=\bRs)\.)"  # words up to a sentence's end ("10.15am", "Rs. 300" are not one)
_END = r"(?=\s*(?:[!?;]|(?<!\bRs)\.(?!\d)|,\s*(?:sorry|thanks|please|pls|we|i|it|as|so)\b|\s+(?:please|pls|everywhere|instead|"\
    r"on (?:the|every|all)|in (?:the|every|all)|throughout|now|thanks)\b|$))"
_PLAIN = (
    re.compile(rf"\b(?:replace|swap)\s+(?P<old>{_SPAN}{{2,80}}?)\s+(?:with|for|by)\s*:?\s+(?P<new>{_SPAN}{{1,80}}?)" + _END,  # "with: ..." too
               re.IGNORECASE),
    # (not "thanks to a gift from ...": why, not what to)
    re.compile(rf"\b(?:change|rename|update|correct)\s+(?P<old>{_SPAN}{{2,80}}?)(?<!thanks)(?<!due)(?<!owing)\s+(?:to|into)\s+(?P<new>{_SPAN}{{1,80}}?)"
               + _END, re.IGNORECASE),
    re.compile(rf"(?P<old>{_SPAN}{{2,80}}?)\s+should\s+(?:be\s+(?:called|named|renamed)|say|read)\s+"
               rf"(?P<new>{_SPAN}{{1,80}}?)" + _END, re.IGNORECASE),
    # "It still says 10.15am on the front page, it should be 10am."
    re.compile(rf"\b(?:says|shows|reads)\s+(?P<old>{_SPAN}{{2,80}}?)\s*,?\s+(?:it|that|which)\s+should\s+(?:be|say|read)\s+"
               rf"(?P<new>{_SPAN}{{1,80}}?)" + _END, re.IGNORECASE),
    # "the hall is actually called St Paul's Memorial Hall, not Church Hall"
    re.compile(rf"\b(?:is|it's|its|it is|are|should be)\s+(?:(?:actually|really|in\s+fact)\s+)?(?:(?:called|named|spelt|spelled)\s+)?"
               rf"(?P<new>(?:[^,.!?]|\.(?=\d)){{1,60}}?)\s*,?\s+not\s+"
               r"(?P<old>[^,!?]{2,60}?)(?=\s*(?:[,!?;]|\.(?:\s|$)|$))", re.IGNORECASE),
    # "Mistake in Forestière, it is not walnuts, it's hazelnuts": the wrong words first, then the right ones
    re.compile(r"\b(?:it|that)\s+(?:is|was|'s)\s+not\s+(?P<old>[^,.!?]{2,40}?)\s*[,;]\s*(?:it['’]?s|it\s+is|but)\s+"
               r"(?P<new>[^,.!?]{2,40}?)(?=\s*(?:[,!?;]|\.(?:\s|$)|$))", re.IGNORECASE),
    # "the dog is not Frost, his name is Frosti (with i at the end)"
    re.compile(r"\bis\s+not\s+(?P<old>[^,.!?]{2,60}?)\s*[,;.]\s*(?:(?:his|her|its|their|the|our)\s+)?(?:real\s+|right\s+)?"
               r"(?:name|surname|spelling)\s+is\s+(?P<new>[^,.!?()]{1,60}?)(?=\s*(?:[,!?;(]|\.(?:\s|$)|$))", re.IGNORECASE),
    # "Series name change: My Grandmother House -> Halmeoni House"
    re.compile(rf"(?P<old>{_SPAN}{{2,80}}?)\s*(?:->|→|=>)\s*(?P<new>{_SPAN}{{1,80}}?)" + _END, re.IGNORECASE),
    # "its still showing 146.820 somewhere, change every one to 146.850"
    re.compile(rf"\b(?:says|shows|showing|reads|saying)\s+(?P<old>{_SPAN}{{2,80}}?)\s*,?\s+.{{0,30}}?\b(?:change|make)\s+"
               rf"(?:it|them|that|every ?one|all of them|each)\s+(?:to|into)\s+(?P<new>{_SPAN}{{1,80}}?)" + _END, re.IGNORECASE),
)
_IT = re.compile(r"\b(?:replace|swap)\s+(?:it|that|them|this)\s+(?:with|for|by)\s+(?P<new>[^.!?]{1,80}?)" + _END,
                 re.IGNORECASE)
_NOT_OLD = re.compile(r"^(?P<new>.+?)\s*,?\s+(?:and\s+)?not\s+(?P<old>.+)$", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"^(?:the|a|an|our|my|that|this|it|to)\s+", re.IGNORECASE)
_AROUND = " ,'\"“”‘’"  # spaces, commas and quotes around words typed
MIN_OLD = 3


_SMALL = frozenset("a an and the of on in at to for by with it its is are be our my your this that there "
                   "still now says say page site".split())


_QUOTED = re.compile(r"[\"“”]|(?:^|\s)['‘][^'’]{2,}['’]")
# New words that are still the request talking ("walks page saying ...", "please add ...").
_INSTRUCTED = re.compile(r"\b(?:saying|says|page|please|add|put)\b", re.IGNORECASE)


def _texts(site: Site) -> str:
    """Every text the site's pages show, one a line."""
    out: list[str] = []
    for page in site.pages:
        out.append(page.title)
        for section in page.sections:
            out += [section.heading, section.text]
            out += [v for i in section.items for v in (i.title, i.text)]
            out += [v for t in section.tiers for v in (t.name, t.price)]
    return "\n".join(v for v in out if v)


def _shown_run(texts: str, words: str, names: set[str]) -> str:
    """The longest run of ``words`` (whole words, as typed) that ``texts`` (the site's, ``_texts``)
    show as whole words, with a word of its own in it ("the" alone is no text to replace) and not
    one of ``names``; "" for none."""
    parts = re.sub(r"['’]s\b", "", words).split()  # "Dr Hamish Gow's name": Gow
    for size in range(len(parts), 0, -1):
        for start in reversed(range(len(parts) - size + 1)):  # the words nearest "should be": its subject
            run = " ".join(parts[start:start + size]).strip(" ,;:'\"“”‘’")
            if len(run) < MIN_OLD or all(w.casefold() in _SMALL for w in run.split()) or run.casefold() in names:
                continue
            shown = re.search(r"(?<!\w)" + re.escape(run) + r"(?!\w)", texts, re.IGNORECASE)
            if shown is not None:
                return shown.group(0)  # as the site writes it: "platinum" typed is the site's "Platinum"
    return ""


def _names(site: Site) -> set[str]:
    """What a rename names: the site's name, each page's title and nav label, and their words."""
    names = {site.name} | {p.title for p in site.pages} | {n.label for n in site.nav}
    return {n.casefold() for n in names} | {w.casefold() for n in names for w in n.split()}


# A request that names the part it changes (a button, a heading, a route, the nav): that op, not a replacement.
# (a card's title is its words: "change the feature card title Offline mode to Trip mode", "the project title ...")
_NAMES_A_PART = re.compile(r"\b(?:button|heading|headline|(?<!card\s)(?<!item\s)(?<!tile\s)(?<!entry\s)(?<!project\s)(?<!product\s)(?<!event\s)(?<!work\s)title|subtitle|tagline|route|url|path|address of|link|"
                           r"nav|navigation|menu|font|colou?rs?|section)\b|(?<![\w.])/[a-z]", re.IGNORECASE)


# New words quoted at the end of a plain request ("rename platinum to 'Owambe Max' 🔥"), and an emoji after them.
_NEW_QUOTED = re.compile(r"\s(?:to|into|with|as)\s+['\"“‘](?P<new>[^'\"“”‘’\n]{1,80})['\"”’][\s\W]*$")
_EMOJI_END = re.compile(r"[\s\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200d]+$")


def _without_place(request: str, site: Site) -> str:
    """The request without the page it names as where to change ("on /pricing replace ...", "in Menu page change
    ..."): a page named so is no part of it (``_NAMES_A_PART``)."""
    pages = "|".join(re.escape(name) for page in site.pages for name in (page.route, page.title) if page.route != "/")
    if not pages:
        return request
    return re.sub(rf"^\s*(?:on|in|at)\s+(?:the\s+)?(?:{pages})(?:\s+page)?\s*,?\s+", "", request, flags=re.IGNORECASE)


# Why, said after the new words: "Change Janelle to Kristine, Janelle is in Manila that week".
_REASON_TAIL = re.compile(r",\s+(?:(?:she|he|they|it|we|i)\s|(?:because|cos|since|as)\b|(?-i:[A-Z])[\w'’-]+\s+(?:is|are|was|has|"
                          r"can'?t|won'?t|will|moved)\b).*$", re.DOTALL)
_ADDS_A_LIST = re.compile(r"^\W*(?:(?:please|pls|and|also|now|ok)\s+)*add\s+[^:.!?]{0,40}:", re.IGNORECASE)


def plain_replacement(request: str, site: Site) -> ReplaceText | None:
    """A replacement asked for in plain words, of words the site shows; None when none reads."""
    request = _without_place(_EMOJI_END.sub("", request), site)
    quoted = _NEW_QUOTED.search(request)
    if quoted is not None and len(_QUOTED.findall(request[:quoted.start("new") - 1])) == 0:
        request = request[:quoted.start("new") - 1] + quoted.group("new")  # the new words, unquoted
    if _NAMES_A_PART.search(request) or _QUOTED.search(request) or _ADDS_A_LIST.match(request):
        return None  # a part named, words quoted, or things to add ("... Plant doctor (photo -> diagnosis)"): no replacement
    texts, names = _texts(site), _names(site)  # read once: a request may try every pattern
    m = _IT.search(request)
    if m is not None:  # "The Rosy Footman is still on there, please replace it with the Scarce Merveille du Jour"
        return _checked(_shown_run(texts, request[:m.start()], names), m.group("new").strip(_AROUND), names)
    for pattern in _PLAIN:
        m = pattern.search(request)
        if m is None:
            continue
        old, new = _shown_run(texts, m.group("old"), names), _REASON_TAIL.sub("", _new_whole(request, m)).strip(_AROUND)
        new = _without_typed_lead(m.group("old").strip(_AROUND), old, new, texts)
        instead = _NOT_OLD.match(new)
        if instead is not None and _shown_run(texts, instead.group("old"), names) == instead.group("old").strip():
            # "Thursday 6:30pm should say Racing Squad, not Club Crews": what goes is after "not"
            old, new = instead.group("old").strip(), instead.group("new")
        colon = request[m.end("old"):m.start("new")].rstrip().endswith(":")  # "replace No pets with: 1 dog welcome, € 35 ..."
        found = _times_of(old, new, texts) or _checked(_with_shared_lead(old, new, texts), _led_like(old, new), names, as_words=colon)
        if found is not None:
            return found
    return _still_says(request, texts, names) or _typo(request, texts, names)


# A clock time: "19h-20h30", "6:30pm", "10am".
_CLOCK = re.compile(r"(?<![\w.])\d{1,2}(?:[:.h]\d{2}|\s?(?:am|pm)\b|h\b)", re.IGNORECASE)


def _times_of(old: str, new: str, texts: str) -> ReplaceText | None:
    """"change Sub-14 to monday and wednesday 19h-20h30, gym is busy before" of the one line the site shows as "Sub-14
    monday and wednesday 18h30-20h": the times after the name replaced, the name kept (not a name traded for times)."""
    said = re.sub(r",\s+[^,\d]*$", "", new).strip()  # not why: ", gym is busy before"
    # days and times for days and times, after a name that is no day: not "Lunch 12:30 pm" (a time alone is ``whenfit``'s,
    # "at" kept), nor "Wednesdays 20:00"
    if not old or not _CLOCK.search(said) or _CLOCK.search(old) or _A_DAY.search(old) or not _A_DAY.match(said):
        return None
    shown = re.findall(rf"^{re.escape(old)}[ \t]+(.*\d.*)$", texts, re.MULTILINE)  # on its line: not a name and the detail below it
    ok = len(shown) == 1 and _A_DAY.match(shown[0]) and _CLOCK.search(shown[0]) and len(shown[0].split()) <= MAX_TIMES_WORDS
    return replacing(f"{old} {shown[0]}", f"{old} {said}") if ok else None


WEEKDAY = r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b"  # a weekday, short or whole; not "month", "sunset"
_A_DAY = re.compile(WEEKDAY, re.IGNORECASE)
MAX_TIMES_WORDS = 8


def _new_whole(request: str, m: re.Match[str]) -> str:
    """The new words, on past "in the" where the old ones have it too ("change 2:00pm Ceremony in the Orangery to
    2:00pm Ceremony in the Temperate House": not "2:00pm Ceremony", as "in the menu" would end them)."""
    rest = request[m.end("new"):]
    said = re.match(r"\s+(?:in|on)\s+(?:the|every|all)\b", rest)
    if said is None or f" {said.group(0).strip().casefold()} " not in f" {m.group('old').casefold()} ":
        return m.group("new")
    more = re.match(rf"{_SPAN}*?(?=\s*(?:[!?;,]|(?<!\bRs)\.(?!\d)|$))", rest)
    return m.group("new") + (more.group(0) if more else "")


# "Retrato de Ana should be Retrato de Anna": a name the site shows, spelt again a little otherwise.
_TYPO = re.compile(rf"(?P<old>{_SPAN}{{2,80}}?)\s+should\s+be\s+(?P<new>{_SPAN}{{1,80}}?)" + _END, re.IGNORECASE)
MIN_TYPO = 0.8  # how alike the two spellings are (difflib's ratio)


def _typo(request: str, texts: str, names: set[str]) -> ReplaceText | None:
    m = _TYPO.search(request)
    if m is None:
        return None
    said, new = m.group("old").strip(_AROUND), m.group("new").strip(_AROUND)
    old = _shown_run(texts, said, names)
    # spelt a little otherwise, or said in full ("Mena's ftira should be Mena's Ftira tal-Forn")
    if not old or not said.casefold().endswith(old.casefold()) or \
            SequenceMatcher(None, old.casefold(), new.casefold()).ratio() < MIN_TYPO and not new.casefold().startswith(old.casefold() + " "):
        return None
    return _checked(old, new, names)


def _without_typed_lead(typed: str, old: str, new: str, texts: str) -> str:
    """``new`` without the words typed around the old ones that it repeats, where the site shows them apart from
    them and what changes is a number ("change Capuchino $65 to Capuchino $70" of an item "Capuchino" priced
    "$65": "$70" for "$65"; not "Treasurer Brian Kiprop", nor "10 people" of a site's "10+ ppl")."""
    at = typed.casefold().find(old.casefold()) if old else -1
    if at < 0:
        return new
    lead, tail = typed[:at], typed[at + len(old):]
    around = [w for w in f"{lead} {tail}".split() if re.search(r"\w", w)]  # "Duke - 7 yr old lab": the dash is no word
    if not around or not new.casefold().startswith(lead.casefold()) or not new.casefold().endswith(tail.casefold()):
        return new
    bare = new[len(lead):len(new) - len(tail)].strip()
    shown = all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", texts, re.IGNORECASE) for w in around)
    once = texts.casefold().count(old.casefold()) == 1  # a replacement is made everywhere: "$65" of two items is neither's
    return bare if bare and shown and once and re.search(r"\d", bare) else new


def _with_shared_lead(old: str, new: str, texts: str) -> str:
    """``old`` with the words before it that the new words start with, where the site shows them so ("planned for
    2027" for "planned for early 2028"): the new words then replace them, not stand beside them."""
    words = new.split()
    for k in range(len(words) - 1, 0, -1):
        shown = re.search(rf"(?<!\w){re.escape(' '.join(words[:k]))}[ \t]+{re.escape(old)}(?!\w)", texts, re.IGNORECASE)
        if shown is not None:
            return shown.group(0)
    return old


# "The home page still says 3pm in one place. It should be 4pm everywhere now", "still mentions the Crescent
# Inn, it's the Flying Duck now": what the site still says, then what it is, in the next clause or sentence;
# the new words run to "now" or the sentence's end ("it's Bibs Please now": a team's name; "Saturday, April 25").
_STILL_SAYS = re.compile(rf"\bstill\s+(?:says|shows|reads|mentions|lists|has)\s+(?P<old>{_SPAN}{{2,80}}?)(?:\s+in\s+(?:one|some|"
                         rf"a\s+few)\s+places?|\s+(?:somewhere|there))?\s*[,.;]?\s+(?:it|that|this)\s*(?:should\s+(?:be|say|read)|is|"
                         rf"['’]s)\s+(?:now\s+)?(?P<new>{_SPAN}{{1,80}}?)(?=\s*(?:[!?;]|\.(?!\d)|,\s*(?:sorry|thanks|please|pls|we|i|"
                         r"it|as|so|because|cos)\b|\s+(?:now|everywhere|instead|throughout|on\s+(?:the|every|all)|in\s+(?:the|every|all))\b|$))",
                         re.IGNORECASE)


def _still_says(request: str, texts: str, names: set[str]) -> ReplaceText | None:
    """What the site still says, all of it as typed ("Tuesday mornings for Little Acorns" is two things,
    of which the new words replace one), replaced by what it is now; a weekday the site shows before a
    date goes with it where the new date has one of its own ("Saturday 20 June" -> "Sunday 21 June")."""
    m = _STILL_SAYS.search(request)
    if m is None:
        return None
    said = m.group("old").strip(_AROUND)
    old = _shown_run(texts, said, names)
    if old.casefold() not in (said.casefold(), _LEAD_WORDS.sub("", said).casefold()):
        return None
    new = _led_like(old, m.group("new").strip(_AROUND))
    if re.search(r"\b\w$", new) and m.end("new") < len(request) and request[m.end("new")] == ".":
        return None  # cut at an abbreviation's dot ("10 a.m. to 3 p.m."): not the new words whole
    dated = DATE_TYPED.fullmatch(old) and DAY_FIRST.match(new) and DATE_TYPED.match(new)
    return _checked((_shown_date(old, texts) or old) if dated else old, new, names)


def _led_like(old: str, new: str) -> str:
    """``new`` with a leading "the" where ``old`` has one too ("the Crescent Inn" -> "the Flying Duck"),
    else without ("change 41 schools to the 47 schools" -> "47 schools")."""
    return new if _LEAD_WORDS.match(old) and _LEAD_WORDS.match(new) else _LEAD_WORDS.sub("", new)


# A place something moves from and to: "yin class is moving from South Fremantle SLSC to the Moores Building, same time".
_MOVES_FROM = re.compile(rf"\b(?:mov(?:e|es|ed|ing)|relocat\w+|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?|chang(?:e|es|ed|ing))\s+from\s+(?:the\s+)?"
                         rf"(?P<old>{_SPAN}{{2,60}}?)\s+to\s+(?P<new>{_SPAN}{{2,60}}?)(?=\s*(?:[,;!?]|\.(?!\d)|$))", re.IGNORECASE)


# ... or to and from: "change the picnic to Saturday at Wadi el Arayesh instead of Berdawni": a capitalised place.
_AT_INSTEAD = re.compile(r"\b(?:at|in|to)\s+(?P<new>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:el|al|de|da|di|du|la|le|van|von|of|the|del|dos)\s+)?"
                         r"(?-i:[A-Z])[\w'’-]*){0,4})"
                         r"\s+instead\s+of\s+(?:the\s+)?(?P<old>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.IGNORECASE)


# ... or only to, said of a place the request names by its first word: "salon had a flood 😩 the party is now at
# Restaurante El Jíbaro" of "Salón Los Flamboyanes".
_CAPS = r"(?-i:[A-Z\u00c0-\u00de])[\w'’-]*(?:\s+(?:(?-i:el|la|los|las|de|del|da|do|dos|di|du|le|van|von|of|the|al)\s+)?(?-i:[A-Z\u00c0-\u00de])[\w'’-]*){0,4}"
_NOW_AT = re.compile(rf"\b(?:is|are|will\s+be)\s+now\s+(?:at|in)\s+(?:the\s+)?(?P<new>{_CAPS})", re.IGNORECASE)


def _named_place(request: str, site: Site) -> ReplaceText | None:
    """The one capitalised run the site shows whose first word the request says before "is now at X" ("salon" of
    "Salón Los Flamboyanes"), replaced by X; None else."""
    found = _NOW_AT.search(request)
    if found is None:
        return None
    said = {slug(w) for w in re.findall(r"[^\W\d_]{4,}", request[:found.start()])}
    runs = {m.group(0) for m in re.finditer(_CAPS, shown_text(site)) if len(m.group(0).split()) > 1 and slug(m.group(0).split()[0]) in said}
    return _checked(runs.pop(), found.group("new"), _names(site)) if len(runs) == 1 else None


def place_move(request: str, site: Site) -> ReplaceText | None:
    """The place the site shows replaced by the one the request moves to (see ``_MOVES_FROM``); None for a date or a
    time (``whenfit``'s), or a place the site does not show whole."""
    found = _MOVES_FROM.search(request) or _AT_INSTEAD.search(request)
    if found is None:
        return _named_place(request, site)
    if re.search(r"\d", found.group("old") + found.group("new")):
        return None
    said = found.group("old").strip(_AROUND)
    texts = _texts(site)
    if _shown_run(texts, said, _names(site)) != said:
        return None
    return _checked(said, _led_like(said, found.group("new").strip(_AROUND)), _names(site))


# "change 41 schools to 47 schools, and 23,500 books to 27,800 books": a second pair after the first's new words
_AND_PAIR = re.compile(r"^(?P<new>.+?),?\s+and\s+(?P<old>.+?)\s+(?:to|into|with|by)\s+(?P<new2>.+)$", re.IGNORECASE)


def plain_replacements(request: str, site: Site) -> list[ReplaceText]:
    """``plain_replacement``, with the second pair of a "change A to B, and C to D" ("replace A with B and C with D") as
    its own replacement of words the site shows; [] when none reads, or the second pair does not."""
    arrows = arrow_pairs(request, site)
    if arrows:
        return arrows
    first = plain_replacement(request, site)
    pair = _AND_PAIR.match(first.new) if first is not None else None
    if first is not None and (bare := _NOW_LEAD.sub("", first.new)) != first.new and first.old[:1].isdigit() and bare[:1].isdigit():
        first = replacing(first.old, bare)  # "the Mass is now 3:30 PM not 4:00": "3:30 PM", not "now 3:30 PM"
    if first is None or pair is None:
        return [_with_what_follows(first, _texts(site))] if first is not None else []
    names = _names(site)
    one = _checked(first.old, pair.group("new").strip(), names)
    new2 = pair.group("new2").strip(" .,'\"“”‘’")
    # a price for a price: "the $60 minimum with $75" is the "$60" of "(minimum $60)"
    price = PRICE.search(pair.group("old")) if PRICE.fullmatch(new2) else None
    two = _checked(_shown_run(_texts(site), price.group(0) if price else pair.group("old"), names), new2, names)
    # (not the first with the second pair in its new words: "NT$2.5 and US$0.14 with US$0.16" is no price)
    return [one, two] if one is not None and two is not None else []


# "Our Work page: 1,240 -> 1,318 and 386 -> 402", "Carnet -> Little Book, Récit -> Life Story": pairs, one arrow each
_ARROW = re.compile(r"\s*(?:->|→|=>)\s*")
_PAIRS_APART = re.compile(r",\s+|;\s*|\s+and\s+|\n+")


def arrow_pairs(request: str, site: Site) -> list[ReplaceText]:
    """Each "old -> new" of a request that types two or more, as a replacement of the words the site shows (of a price
    typed with its name, the price: "Carnet 2,900 € -> 3,100 €"); [] where any pair reads as none (the old words
    had swallowed the rest: "1,240" replaced by "1,318 and 386 -> 402")."""
    if len(_ARROW.findall(request)) < 2:
        return []
    lead, colon, rest = request.partition(":")
    body = rest if colon and not _ARROW.search(lead) else request
    pieces = [p.strip(" .!") for p in _PAIRS_APART.split(body) if p.strip(" .!")]
    if not pieces or any(len(_ARROW.findall(p)) != 1 for p in pieces):
        return []
    texts, names, out = _texts(site), _names(site), []
    for piece in pieces:
        said, now = (part.strip(_AROUND) for part in _ARROW.split(piece))
        price = PRICE.search(said)
        if price is not None and price.end() == len(said) and PRICE.fullmatch(now):
            said = price.group(0)  # "Carnet 2,900 €" -> "3,100 €": the price
        op = _checked(_shown_run(texts, said, names), now, names)
        if op is None:
            return []
        out.append(op)
    return out


_JOINING = frozenset("as for the so it reads read to with of in at on and is".split())
_NOW_LEAD = re.compile(r"^(?:now\s+)(?:(?:till|until|at|from)\s+)?", re.IGNORECASE)


def _with_what_follows(op: ReplaceText, texts: str) -> ReplaceText:
    """``op`` with the words the site shows after its old words, where the new words end with them ("it is Marjory
    Flint not Marjorie" of "Marjorie Flint": "Marjorie Flint" replaced, not "Marjory Flint Flint" made)."""
    words = op.new.split()
    if any(w.casefold() in _JOINING for w in words):
        return op  # "Walt Fischer as secretary", "1974 for the Castlemaine Market building": words of their own
    for k in range(len(words) - 1, 0, -1):
        tail = " ".join(words[-k:])
        if not op.old.endswith(tail) and re.search(rf"(?<!\w){re.escape(op.old)}\s+{re.escape(tail)}(?!\w)", texts):
            return replacing(f"{op.old} {tail}", op.new) or op
    return op


def _checked(old: str, new: str, names: set[str], as_words: bool = False) -> ReplaceText | None:
    # the old words name something: a capital, a digit or two words ("every" alone is no text to replace)
    named = bool(old) and (old != old.lower() or any(c.isdigit() for c in old) or len(old.split()) > 1)
    if not named or not new or old.casefold() == new.casefold() or old.casefold() in names \
            or _INSTRUCTED.search(new) \
            or re.match(r"(?:to\s+)?(?:say|read)\b", new, re.IGNORECASE) \
            or re.search(r"\s(?:and|or|but|so|will|would|can|could|does|do|did|is|are|was|were|should|may|might|must)$", new, re.IGNORECASE) \
            or re.match(r"(?:her|his|their|its)\s", new, re.IGNORECASE) and old[:1].isupper() \
            or not as_words and ((PRICE.search(new) and not PRICE.search(old))
                                 or (re.search(r"\d", new) and not re.search(r"\d", old) and not _shares_a_name(old, new))):
        # a name traded for a price or a date ("standard sweep to £60"): the item's detail, not its name; not a code
        # whose name stays ("Patel-Morgan wedding" -> "Patel-Morgan 2027"); nor a clause's words ("it is her recipe and
        # not Oma's": whose it is, not the site's words "Oma"); ``as_words``: the new words typed after a colon are words
        # whatever figures they hold ("replace No pets with: 1 dog welcome, € 35 per stay")
        return None
    return replacing(old, new)


def _shares_a_name(old: str, new: str) -> bool:
    """Whether ``new`` keeps a capitalised word of ``old`` ("Patel-Morgan")."""
    return len(old.split()) > 1 and bool({w for w in old.split() if w[:1].isupper()} & set(new.split()))


MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"  # a month's name as typed (also ``whenfit``)
DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"  # a weekday's
# A date as typed: "30 August", "Saturday 6 September", "6th Sept", "August 30".
DATE_TYPED = re.compile(rf"\b(?:{DAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
                   re.IGNORECASE)
DAY_FIRST = re.compile(rf"^{DAY},?\s+", re.IGNORECASE)
# What says a date moved, the new one after it: "has moved to", "is now", "changed to", "instead".
MOVED_WORDS = re.compile(r"\b(?:moved|move|moving|changed?|now|instead|postponed|brought forward|rescheduled|extended|pushed|until|to)\b",
                    re.IGNORECASE)


def date_change(request: str, site: Site | None) -> ReplaceText | None:
    """A date the site shows moved to a new one ("the 30 August swap day has moved to Saturday 6
    September"): the date as the site shows it (its weekday too) replaced by the new one; None when
    the request gives not exactly two dates, the first is not on the site, or nothing says it moved."""
    if site is None:
        return None
    dates = list(DATE_TYPED.finditer(request))
    if len(dates) != 2 or not MOVED_WORDS.search(request[dates[0].end():dates[1].start()]):
        return None
    shown = _shown_date(dates[0].group(0), shown_text(site))
    return replacing(shown, dates[1].group(0)) if shown is not None else None


# What the user says they wrote, then what it is: "i wrote cotten on the home page its cotton lol", "I wrote 'two years' at
# the radio station but it was actually three years".
_WROTE = re.compile(r"\b(?:i|we)\s+(?:only\s+|just\s+)?(?:wrote|typed|put|spelled|spelt)\s+['\"“‘]?(?P<old>(?:[^'\"”’,.!?]|(?<=\w)['’](?=\w)){2,40}?)['\"”’]?"
                    # (and an aside after it: "i wrote Hochzeiten on the startpage, thats german, should be Weddings")
                    r"(?:\s+(?:on|in|at|for|under|with)\s+[^,.!?]{0,40}?)?(?:,\s*[^,.!?\"“”]{1,30}?)?,?\s+(?:but\s+)?(?:it['’]?s|it\s+is|it\s+was|should\s+be|it\s+should\s+be|"
                    r"(?:i|we)\s+meant(?:\s+to\s+(?:say|write|put))?|"  # "I wrote westerns but I meant to say westerns AND crime fiction"
                    # "I wrote kena in lessons page, the correct is quena", "i wrote Bussiness with double s, fix to Business"
                    r"(?:the\s+)?(?:correct|right)(?:\s+(?:one|word|spelling|name))?\s+is|correct(?:ed)?\s+to|fix(?:ed)?\s+(?:it\s+)?to)\s+"
                    r"(?:actually\s+|really\s+|meant\s+to\s+be\s+)?['\"“‘]?(?P<new>(?:[^'\"”’,.!?()]|(?<=\w)['’](?=\w)){2,40}?)['\"”’]?"
                    r"(?=\s*(?:[,.!?(]|$|\s+(?:lol|haha\w*|fix|pls|please|sorry|now|not)\b))", re.IGNORECASE)


def wrote_wrong(request: str, site: Site | None) -> ReplaceText | None:
    """The words the user says they wrote, where the site shows them, replaced by what they say it is."""
    found = _WROTE.search(request)
    if site is None or found is None or norm_words(found.group("old")) == norm_words(found.group("new")):
        return None
    shown = {m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(found.group('old').strip())}(?!\w)", shown_text(site), re.IGNORECASE)}
    if len(shown) != 1:
        return None
    old, new = shown.pop(), re.sub(r"\b(?-i:AND|OR)\b", lambda m: m.group(0).lower(), found.group("new").strip())  # "sunhat AND sunscreen"
    # "i wrote Templeton ave its actually 88 Templeton Ct" of "88 Templeton ave": the number said again is the one shown
    # "I wrote Kopparbergsvägen 31 but it is 33": the number of the words written
    end = re.search(r"(?<=\s)\d+$", old) if re.fullmatch(r"\d+", new) else None
    new = old[:end.start()] + new if end is not None else new
    lead = re.match(r"(\S+)\s", new)
    if lead is not None and re.search(rf"(?<!\S){re.escape(lead.group(1))}\s+{re.escape(old)}", shown_text(site), re.IGNORECASE):
        old = f"{lead.group(1)} {old}"
    return replacing(old, new)


_COUNT_MOVED = re.compile(r"\bfrom\s+(?P<old>\d(?:[\d,]*\d)?)\s+to\s+(?P<new>\d(?:[\d,]*\d)?)(?![\d:/]|[.,]\d|\s?(?:am|pm|h|hrs?|%)\b)", re.IGNORECASE)


# "update the number of wheelchairs to 1,315", "the number of girls ... to 168 girls in 8 teams": what is counted, the new count
# and what the request says with it, to the clause's end.
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?P<what>[a-z][\w'’-]*)\b[^.!?;\d]{0,40}?\bto\s+(?P<new>\d(?:[\d,]*\d)?(?:\s+[a-z][\w'’-]*"
                        r"(?:\s+(?:in|across|and|on|at)\s+\d+\s+[a-z][\w'’-]*)?)?)(?=\s*(?:[.,!?;]|$))", re.IGNORECASE)
# "Change the volunteers number to 45": what is counted, said before "number"
_WHAT_NUMBER = re.compile(r"\b(?:the\s+|our\s+)?(?P<what>[a-z][\w'’-]*)\s+(?:number|count|total)(?:\s+(?:to|is\s+now|now)\s+|\s*:\s*(?:now\s+)?)"
                          r"(?P<new>\d(?:[\d,]*\d)?)(?:\s+now)?(?=\s*(?:[.,!?;](?!\d)|$))", re.IGNORECASE)  # "showers number: 12,150 now"
# "Update the number: now 1,585 kg": the count with what it counts, after a colon
_THE_NUMBER = re.compile(r"\bthe\s+(?:number|count|total|figure)\s*:\s*(?:(?:it\s+)?is\s+)?(?:now\s+)?"
                         r"(?P<new>\d(?:[\d,]*\d)?\s+[^\W\d_]{1,12})(?=\s*(?:[.,!?;]|$))", re.IGNORECASE)
_NUMBER = r"\d(?:[\d,]*\d)?"


def _number_of(request: str, site: Site) -> ReplaceText | None:
    """The one run of the site's words of the new count's shape ("140 girls in 7 teams" for "168 girls in 8 teams", "1,240
    wheelchairs" for "wheelchairs to 1,315"), with the new count."""
    found = _NUMBER_OF.search(request) or _WHAT_NUMBER.search(request) or _THE_NUMBER.search(request)
    if found is None:
        return None
    new = found.group("new")
    said = new if not re.fullmatch(_NUMBER, new) else f"{new} {found.group('what')}"
    shape = r"(?<![\w.,])" + re.sub(_NUMBER, lambda _m: _NUMBER, re.escape(said)).replace(r"\ ", r"\s+") + r"\b"
    shown = re.findall(shape, shown_text(site), re.IGNORECASE)
    return replacing(shown[0], said) if len(shown) == 1 and shown[0] != said else None


def count_change(request: str, site: Site | None) -> ReplaceText | None:
    """The one place the site shows the old count, with the new one; None when it shows it not once, or it is a time."""
    found = _COUNT_MOVED.search(request)
    if site is not None and found is None:
        return _number_of(request, site)
    if site is None or found is None:
        return None
    shown = re.findall(rf"(?<![\d.,:$£€]){re.escape(found.group('old'))}(?![\d.,:])", shown_text(site))
    return replacing(found.group("old"), found.group("new")) if len(shown) == 1 else None


def _shown_date(date: str, texts: str) -> str | None:
    """``date`` as the site's ``texts`` show it, with the weekday before it where they have one; None if not shown."""
    shown = re.search(rf"(?:\b{DAY},?\s+)?{re.escape(DAY_FIRST.sub('', date))}\b", texts, re.IGNORECASE)
    return shown.group(0) if shown is not None else None


def new_words(text: str, request: str) -> str:
    """The new words of a text the request changes "from X to Y", where the model copied both ("Get early
    access to Join the waitlist" for "change the button text from Get early access to Join the waitlist")."""
    both = re.match(r"(?P<old>.+?)\s+to\s+(?P<new>\S.*)$", text)
    if both and re.search(rf"\bfrom\s+\W?{re.escape(both.group('old'))}\W?\s+to\b", request, re.IGNORECASE):
        return both.group("new")
    return text


def whole_old(old: str, new: str, request: str) -> str:
    """``old`` with the words typed just before it that the new words begin with too: the model cut the
    name being changed ("Chikan House" of "Rename Rizvi Chikan House to Rizvi Chikankari House"), and the
    change then left its first words twice ("Rizvi Rizvi Chikankari House")."""
    at = request.casefold().find(old.casefold())
    before = request[:at].split()[-3:] if at > 0 else []
    for n in range(len(before), 0, -1):
        lead = " ".join(before[-n:])
        if re.fullmatch(r"[\w'’&.-]+(?:\s+[\w'’&.-]+)*", lead) and new.casefold().startswith(lead.casefold() + " "):
            return f"{lead} {old}"
    return old
