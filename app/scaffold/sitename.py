"""The site's name as an opening prompt gives it.

"The business is Weweantic Cranberry Bog Tours", "a website for my mobile veterinary practice, Kauri
Coast Mobile Vet", "I am one of the volunteers at the Clontarf Community Garden": the model took a
greeting ("Kia ora"), the person writing ("Otis Granger", "Grace and I"), the headline or a place for
the name, or cut it short; of 40 opening prompts in u82-u85, 9 lost the name, and every later check of
the session looked for it. The name is read here from what says it is the name, in the request's own
words; the model's stands where the request says nothing of the kind.
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher
from typing import Any

from app.scaffold import prose
from app.scaffold.plan import ReplaceText, SetText, replacing
from app.scaffold.scope import word_list
from app.scaffold.site import Site, norm_words
from app.scaffold.textfit import MONTH, shows

SHORT = 60  # a name longer than this is a sentence, not a name
# A capitalised word of a name ("Co", "O'Brien", "Tūī", "4x4"); joined by "of", "and", "&", "de".
_CAP = r"(?-i:(?!I\b)[A-ZÀ-ÖØ-Þ0-9][\w'’&-]*)"  # not "... Hurleys and I make"
_JOIN_WORDS = ("of", "and", "the", "de", "la", "du", "des", "van", "von", "da", "di", "y")
_JOINS = r"(?:" + "|".join(_JOIN_WORDS) + r"|&)"
_PROPER = rf"(?P<name>{_CAP}(?:\s+(?:{_JOINS}\s+)*{_CAP}){{0,6}})"
_QUOTED = r"[\"“‘'](?P<quoted>[^\"”’\n]{2,60}?)[\"”’'](?!\w)"  # not the apostrophe of "Krystyna's Pierogi Kitchen"
_NAME = rf"(?:the\s+)?(?:{_QUOTED}|{_PROPER})"
# The name an opening prompt gives in so many words: "the business is called low tide lantern walks",
# "we're called the Lydford Tower Ringers", "biz name is Driftwood Sky Kites".
_CALLED_NAME = re.compile(r"\b(?:(?:is|are|were|we're|'re)\s+(?:called|named)|(?:business|biz|company|shop|club|"
                          r"group|band|studio|site|artist|stage|pen|brand|store|channel)(?:'s)?\s+name(?:\s+is|(?=\s+(?-i:[A-Z])))|"  # "my Thai dessert shop name Baan Khanom Som"
                          r"(?:name|called)\s*:|(?:^|(?<=[.!?]\s))name(?:\s+is|(?=\s+(?-i:[A-Z])[\w'’-]))|\bthe\s+name\s+is|"  # ". name Shree Ganesh ..." too (not "D. Hughes")
                          # "a small café in Galway called Harbour Bean", "tailoring shop in Pune named Deshmukh Tailors"
                          r"(?<=[a-zé])\s(?:called|named)(?=\s+(?-i:[A-Z]))|"
                          r"(?:web\s*site|webiste|site|business|shop|club|company|studio)\s+(?:called|named)|\bcall\s+it)\s+(?:the\s+)?[\"“]?"  # 'a website called "St Bega's Tower Teas"'
                          r"(?P<name>[^\s.,;:!?()\"“”]+(?:\s+(?:(?:and|&)\s+(?=[A-Z])(?!I\b))?(?!(?:and|but|we|i|it|its|it's|which|who|that|in|at|on|from)\b)"
                          r"(?![\u2600-\u27BF\U0001F300-\U0001FAFF])"  # "Sudsy Pup 🐶🛁 its a dog grooming studio": an emoji ends it
                          # "for", "with" before a capital are the name's ("call it Quiz for Tayside"), else what follows it
                          r"(?!(?:for|with)\s+(?-i:[^A-Z]))[^\s.,;:!?()\"“”]+){0,5})", re.IGNORECASE)
# What says the words after it are the name, strongest first: "Business is X", "name of the practice:
# X", "It's X, down in Queenscliff", "We run X, a cat cafe", "a website for my studio, the X".
_SAID = [re.compile(p + r"\s*" + _NAME, re.IGNORECASE) for p in (
    r"\b(?:business|biz|company|shop|club|practice|studio|charity|group|firm|school|band|bakery|caf[eé]|restaurant|salon|"
    r"gym|farm|brand|agency|clinic|store)(?:'s)?(?:\s+name)?\s+"
    # "business name 'Passerelle Traductions'", "small dog grooming salon "Pūkuotas""
    r"(?:is|:|(?=[\"“‘']))(?:\s+called)?",
    r"\bname\s+of\s+(?:the|my|our)\s+\w+\s*(?:is|:)",
    # "I make iPhone app "Bentolog"": a product named in quotes after what it is
    r"\b(?:app|game|podcast|newsletter|zine|album)\s+(?=[\"“])",
    # "Please build a home page with the title "Middlerun Daffodil Day"": a quoted title of the site asked for
    r"\b(?:site|page|homepage)\s+with\s+the\s+(?:title|name)(?=\s*[\"“‘'])",
    r"\b(?:it'?s|we'?re|we\s+are|we\s+(?:help\s+)?run|i\s+(?:help\s+)?run|i\s+own|we\s+own|welcome\s+to|this\s+is|set\s+this\s+up\s+for|"
    r"(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:organi[sz]ing|hosting|putting\s+on))"
    r"(?:\s+(?:called|named))?",
)]
# What says it less surely: "a website for my mobile veterinary practice, Kauri Coast Mobile Vet", "site
# for Boston Bay Kayak Fishing, Port Lincoln". Read only where the model's name is none of the site's.
_FOR = [re.compile(p + r"\s*" + _NAME, re.IGNORECASE) for p in (
    r"\b(?:web\s*sit\w*|site|webiste|wesbite)\s+for(?:\s+(?:my|our|the|a))?(?:\s+(?-i:[a-z][\w'-]*)){1,5},",
    r"\b(?:web\s*sit\w*|site|webiste|wesbite)\s+for",
    # "make websit for my shop Sharma Namkeen Bhandar, Sarafa bazar indore": what it is, then its name
    r"\b(?:web\s*sit\w*|site|webiste|wesbite)\s+for\s+(?:my|our|the|a)(?:\s+(?-i:[a-z][\w'-]*)){1,3}(?=\s+(?-i:[A-Z]))",
    # "the website for our Spring Fair": its name right after "our"
    r"\b(?:web\s*sit\w*|site|webiste|wesbite)\s+for\s+(?:my|our)(?=\s+(?-i:[A-Z]))",
)]
_ABBREVIATED = frozenset(("co", "ltd", "inc", "bros", "corp"))
# Words a name never opens with: a day, a month, a greeting's, the writer's own.
_NOT_FIRST = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december i im i'm we our my it its a an this that hi hello co
""".split())
# What says a name is the writer's own: "I'm Grace and I run ...", "My name is Otis Granger".
_GREETING = re.compile(r"(?:hi|hello|hiya|hey|howya|howdy|g'?day|kia ora|wah gwaan|alright|ey up|evening|morning|"
                       r"good (?:morning|afternoon|evening|day)|the secretary)", re.IGNORECASE)
_PERSON = r"(?:\bI'?m|\bI\s+am|\bmy\s+name\s+is|\bmi\s+name|\bname'?s|\bowner(?:\s+is)?:?|\brun\s+by|\bme\s*\()\s+(?:Dr\.?\s+)?"


@functools.cache
def _org_words() -> frozenset[str]:
    return frozenset(word_list("org-words.txt"))


# What "called X" names when it follows one of these: a part of the site, not the business ("a page called Prices").
# ... or a part, what it is for, then its name ("Page for pictures called Gallery")
_A_PART = re.compile(r"\b(?:page|pages|section|tab|heading|link|button|menu|item|line|list|bit|box|part|one)\s*$"
                     r"|\b(?:page|section|tab)\s+(?:for|about|of|with|on)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


def called_name(request: str) -> str:
    """The site's name as the request gives it after "called" / "name is", capitalised when typed
    all in lower case; "" when it gives none."""
    found = next((m for m in _CALLED_NAME.finditer(request) if not _A_PART.search(request[max(0, m.start() - 50):m.start() + 1])), None)
    if found is None:
        return ""
    name = found.group("name").strip(" -–—'’")
    if request[found.end():found.end() + 1] == "." and name.split()[-1].casefold() in _ABBREVIATED:
        name += "."  # "Lock Nine Paddle Co.": the dot is the name's
    return name.title() if name == name.lower() else name


def _named(found: re.Match[str]) -> str:
    name = (found.group("quoted") or found.group("name") or "").strip(" -–—'’")
    while name and norm_words(name.split()[-1]) in {*_JOIN_WORDS, ""}:
        name = name.rsplit(None, 1)[0] if " " in name else ""  # "Orwell Forklift Training Ltd, ... and"
    words = norm_words(name).split()
    if len(words) < (1 if found.group("quoted") else 2) or words[0] in _NOT_FIRST or len(name) > SHORT:
        return ""  # one word is a fact's ("we're Welsh", "We run 16mm scale trains"), not a name
    if re.match(r"\d", name) and re.search(rf"\b{MONTH}\b", name, re.IGNORECASE):
        return ""  # "This year it's 23-24 January 2027": a date, not a name
    return name


def _first(patterns: list[re.Pattern[str]], request: str) -> str:
    for pattern in patterns:
        for found in pattern.finditer(request):
            if (name := _named(found)) and not _a_person(name, request):
                return name
    return ""


@functools.cache
def _role_of() -> re.Pattern[str]:
    """A role in an organisation, then its name: "I'm the secretary of the Tayside Garden Railway
    Society", "one of the volunteers at the Clontarf Community Garden" (``role-words.txt``)."""
    roles = "|".join(re.escape(w) for w in (*word_list("role-words.txt"), "volunteers?", "committee", "members?"))
    return re.compile(rf"\b(?:{roles})\s+(?:of|at|for|with)\s+" + _NAME, re.IGNORECASE)


def said_name(request: str, strong: bool = False) -> str:
    """The name the request says is the site's ("called X", "Business is X", "We run X", "the
    secretary of X"); "" when it says none. ``strong``: only where it says so of the business
    ("called X", "Business is X", "name of the practice: X")."""
    called = called_name(request)
    if called and len(called) <= SHORT:
        return called
    return _first(_SAID[:2] if strong else [*_SAID, _role_of()], request) or ("" if strong else _event_name(request))


# "I'm organizing the Villarreal family reunion this summer": a family's event, its kind typed in lower case.
_EVENT = re.compile(r"\b(?:organi[sz]ing|hosting|planning|putting\s+on)\s+(?:the|our|a)\s+(?P<who>(?-i:[A-Z])[\w'’-]+)\s+"
                    r"(?P<what>family\s+reunion|reunion|wedding|anniversary|birthday\s+party|picnic|festival|tournament)\b",
                    re.IGNORECASE)


def _event_name(request: str) -> str:
    found = _EVENT.search(request)
    return f"{found.group('who')} {found.group('what').title()}" if found else ""


# A portfolio is its owner's: "can u make this my portfolio!! im Grace Villanueva, illustrator".
_PORTFOLIO = re.compile(r"\bportfolio\b", re.IGNORECASE)
_OWNER = re.compile(_PERSON + r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,2})\b", re.IGNORECASE)


def portfolio_name(request: str) -> str:
    """The writer's full name, where the request asks for their portfolio; ""."""
    owner = _OWNER.search(request) if _PORTFOLIO.search(request) else None
    return owner.group("name") if owner else ""


def _org_name(request: str) -> str:
    """The first organisation's name the request gives, by its last word ("the secretary of the
    Ashcombe Local History Society"); ""."""
    for found in re.finditer(_NAME, request):
        name = _named(found)
        if name and " " in name and norm_words(name).split()[-1] in _org_words() and not _a_person(name, request):
            return name
    return ""


def _a_person(name: str, request: str) -> bool:
    return re.search(_PERSON + re.escape(name), request, re.IGNORECASE) is not None


def _none_of_the_sites(name: str, request: str) -> bool:
    """Whether the model's name is no name of the site: not typed, a greeting ("Kia ora"), the ask ("Kia ora, building a
    site for the ..."), the writer ("Otis Granger", "Grace and I"), or words typed in quotes (the headline)."""
    typed = re.search(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", request, re.IGNORECASE)
    return not name.strip() or typed is None or bool(_GREETING.fullmatch(name.strip(" !,."))) \
        or bool(re.search(r"\b(?:web\s*site|site|homepage|building)\b", name, re.IGNORECASE)) \
        or _a_person(name, request) or bool(re.search(r"\band\s+I\b", name)) \
        or bool(re.search(r"[\"“‘']" + re.escape(name), request))


def _said_longer(model_name: str, said: str, request: str) -> bool:
    """Whether the model's name is the said one with more of its capitalised words, as typed
    ("The Magnolia Parlor Tea Room" for "Magnolia Parlor Tea Room"), not with a place after a comma."""
    found = re.search(r"(?:[Tt]he\s+)?" + re.escape(said) + r"(?:\s+" + _CAP + r")*", request)
    return found is not None and found.group(0).casefold() == model_name.casefold()


def _name_before(model_name: str, request: str) -> str:
    """The name typed just before the model's, a comma between, where the model took the place that
    follows a name ("Need a site. Yack Bike Barn, Yackandandah VIC." read as "Yackandandah VIC"); ""."""
    if not model_name.strip():
        return ""
    found = re.search(_NAME + r",\s+" + re.escape(model_name) + r"(?![\w'’])", request)
    name = _named(found) if found is not None else ""
    return name if name and not _a_person(name, request) else ""


def site_name(request: str, model_name: str) -> str:
    """The site's name: the one the request says it is; else the model's, unless that is none of
    the site's (then the request's first name for a site or an organisation). A model's name that
    holds the said one and is typed so ("The Magnolia Parlor Tea Room" for "Magnolia Parlor Tea
    Room") stands."""
    said = said_name(request)
    if said and not _said_longer(model_name, said, request):
        return said
    if not said and (before := _name_before(model_name, request)):
        return before
    if said or not _none_of_the_sites(model_name, request):
        return model_name
    return _first(_FOR, request) or _org_name(request) or model_name


# A name's next word when the name goes on: a capitalised word, or "&"/"of"/"and"/"the" before one.
_NAME_GOES_ON = re.compile(r"\s+((?:(?:&|of|and|the|de|la)\s+)?(?!I\b)[A-Z][\w'’-]*)")  # not "... Hospital and I repair"


def whole_name(name: str, request: str) -> str:
    """``name`` with the capitalised words that follow it in the request: the model cuts a name
    short ("The" for "The Bilge Pump Shanty Choir", "Breckland Night Moth" for "... Recorders")."""
    found = re.search(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", request)
    if found is None or not name[:1].isupper():
        return name
    end = found.end()
    while (more := _NAME_GOES_ON.match(request, end)) is not None and len(request[found.start():more.end()]) <= SHORT:
        end = more.end()
    return request[found.start():end]


# What says the new name goes wherever the old one shows: "We changed name, it is now X. Update everywhere".
_EVERYWHERE = re.compile(r"\b(?:everywhere|every\s?where|on\s+(?:all|every)\s+(?:the\s+)?pages?|all\s+over(?:\s+the\s+site)?|"
                         r"throughout(?:\s+the\s+site)?|across\s+the\s+(?:whole\s+)?site|whole\s+site)\b", re.IGNORECASE)
# An ask typed after the name, a sentence of its own: "... it is now Okonkwo Solar Energy Ltd. Update everywhere".
_ASK_AFTER = re.compile(r"\.\s+(?:(?:please|pls|and|also)\s+)?(?:update|change|fix|make|put|use|do|replace|thanks?|thank\s+you|"
                        r"cheers|ty)\b.*$", re.IGNORECASE | re.DOTALL)


_NAME_SAID = re.compile(r"\b(?:name|called)\b", re.IGNORECASE)


def renamed_everywhere(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with the new site name cut before an ask typed after it, and, where the request says the new name goes
    everywhere, the old name replaced by it wherever a page shows it (a rename alone changes the name in the menu)."""
    old_name = site.name if site is not None else ""
    out: list[Any] = []
    for op in ops:
        if isinstance(op, SetText) and op.target == "site_name":
            op = op.model_copy(update={"text": _ASK_AFTER.sub("", op.text).strip()}) if _ASK_AFTER.search(op.text) else op
            # "rename the app to DeskBuddy everywhere": where it goes, not the name
            cut = re.sub(rf"\s+(?:{_EVERYWHERE.pattern})\s*$", "", op.text, flags=re.IGNORECASE).strip()
            op = op.model_copy(update={"text": cut}) if cut and cut != op.text else op
            # a name said to go on every page ("... called X, please change it everywhere"), where a page shows the old one
            swap = replacing(old_name, op.text) if site is not None and old_name and _EVERYWHERE.search(request) \
                and (_NAME_SAID.search(request) or re.search(r"\brename\w*\b", request, re.IGNORECASE)) and not _EVERYWHERE.search(op.text) \
                and norm_words(old_name) != norm_words(op.text) and shows(site, old_name) else None
            out += [op, swap] if swap is not None and not any(isinstance(o, ReplaceText) for o in ops) else [op]
        else:
            out.append(op)
    return out


MIN_RESPELT = 0.8  # "agilty club"/"agility club" 0.96; "pierniczki jadwigi"/"jadwiga kowalczyk" 0.34

# The site's own name spoken of: "the restaurant name", "name of the website", "rename the site", "call it", "the logo",
# "at the top of the site". Not "page name", "menu name", a person's name ("her name is spelt ...").
_ITS_NAME = re.compile(r"\b(?:(?:site|website|web\s+site|webpage|app|business|biz|shop|store|company|brand|restaurant|caf[eé]|bakery|"
                       r"salon|studio|club|school|practice|clinic|farm|band|group|organi[sz]ation|charity|firm|society|association)(?:['’]s)?"
                       r"\s+(?:name|title)|(?:name|title)\s+of\s+(?:the|my|our|your)\s+(?:site|website|web\s+site|business|shop|store|"
                       r"company|brand|restaurant|club|school|practice|studio|band|group|organi[sz]ation|charity|firm|society)|"
                       r"rename\s+(?:(?:the|my|our)\s+)?(?:site|website|web\s+site|app|business|shop|company|brand)|call\s+(?:it|us|the\s+(?:web)?site)|"
                       r"(?:we|i)\s+(?:have\s+|'ve\s+)?changed\s+(?:our\s+|my\s+|the\s+)?name|our\s+new\s+name|"  # "We changed name, it is now ..."
                       r"logo|at\s+the\s+top|top\s+of\s+the\s+(?:page|site|website))\b", re.IGNORECASE)


def unasked(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """The ops of ``ops`` that give the site a name ``renamed_as_asked`` does not find asked for."""
    return [op for op in ops if isinstance(op, SetText) and not renamed_as_asked(op.text, request, site)]


def renamed_as_asked(name: str, request: str, site: Site | None) -> bool:
    """Whether a new site name ``name`` is asked for once the site is set up: the request speaks of the site's own name
    (``_ITS_NAME``) or says ``name`` is the site's, or ``name`` corrects the name it has: all of it and more ("it's
    Boatwerks Waterfront Restaurant" of "Boatwerks"), or all of it respelt. Of 39 site names set after the opening prompt
    in the user sets u376-u418, 31 failed their checks: a page's new name ("Rename the FAQ page to 'Questions'"), a
    person's ("her name is spelt Sara Achola"), a sentence of notes, a word of a typo's correction."""
    if site is None or _ITS_NAME.search(request) \
            or norm_words(name) in (norm_words(said_name(request)), norm_words(_first(_FOR, request))):  # "a website for La Güera Tacos"
        return True
    have, said = norm_words(site.name), norm_words(name)
    # all of it, and more ("Boatwerks Waterfront Restaurant" of "Boatwerks"), or all of it respelt ("Agility Club" of "Agilty Club")
    return set(have.split()) <= set(said.split()) or SequenceMatcher(None, have, said).ratio() >= MIN_RESPELT


# What speaks of the site's name: a change of it is asked for ("rename", "called", "spelt wrong").
# Not a page's own name ("a page called Reviews with these three: ..."), nor a person's ("take her name off").
_NAME_WORDS = re.compile(r"(?<!page )(?<!section )\b(?:named|called)\b|(?<!her )(?<!his )(?<!their )(?<!account )(?<!acct )(?<!user )(?<!file )\bnames?\b"
                         r"|(?<!under the )(?<!below the )(?<!after the )\btitle\b"  # "write this ... under the title": a place
                         # "Call the practice Harbor Dental": the site by what it is, then a name in capitals
                         r"|\bcall (?:the|our|my) (?!(?:page|pages|section|tab|link|menu|button|heading|headline|title|item|list|box|part)\b)[a-z]+ (?!(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?-i:[A-Z])"
                         r"|\b(?:call (?:it|us|the site)|rename\w*|brand\w*|logo|"
                         r"business is|spelt|spelled|spelling|typo|misspel\w*|at the top|top of the page)\b",
                         re.IGNORECASE)


def names_the_site(request: str) -> bool:
    """Whether the request speaks of a name at all, or asks for a site (an opening prompt gives
    the name it is for): a new site name in any other request is the model's misreading."""
    return bool(_NAME_WORDS.search(request) or prose.asks_for_a_site(request))


def renames_the_site(op: Any) -> bool:
    """Whether ``op`` gives the site a new name."""
    return isinstance(op, SetText) and op.target == "site_name"
