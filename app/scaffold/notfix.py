"""A correction typed as the right words and then the wrong ones after "not" or "rather than": "'Little Fox
Postcards' was 2022, not 2023", "it should be Carretera de Ronda km 4.5, not km 4", "Big Stu was from Helmshore not
Haslingden", "the ceremony will now be in the Temperate House rather than the Orangery".

The model wrote these as an item's new detail ("2022, not 2023") or the site's name ("Carretera de Ronda km 4").
Here the words after "not" are the old ones, where the site shows them in one place, and the words just before
"not" of the same shape (a number for a number, "7 July" for "2 July") take their place.
"""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import EMOJI, Site, norm_words, shown_pieces, shown_text

_NOT = re.compile(r"(?P<new>(?:[^,.;:!?\"“”]|(?<=\d)[.,:](?=\d)){1,60}?)['\"”’]?\s*,?\s+(?:and\s+)?(?:not|rather\s+than)\s+['\"“‘]?"
                  r"(?P<old>\d(?=\.(?:\s|$))|(?:[^,;:!?\"“”]|(?<=\d),(?=\d{3}\b)|(?<=\d):(?=\d\d)){2,40}?)['\"”’]?\s*(?=[,;!?]|\.(?:\s|$)|$)", re.IGNORECASE)  # "1,240" whole
# The wrong words in brackets after the right ones: "address must be Carrer de Verdi 23, 08012 Barcelona (not 32)".
_BRACKETED = re.compile(r"(?P<new>[^()\n.!?]{1,80}?)\s*\(\s*(?:not|rather\s+than)\s+(?P<old>[^()\n]{1,40}?)\s*\)", re.IGNORECASE)
# Words said after the right ones that are none of them: "they're the Bibs Please now not the Netballistics".
_AFTER = re.compile(r"(?:\s+(?:now|anymore|any\s+more|instead|actually))+$", re.IGNORECASE)
# A name said last before "not": "Big Stu was from Helmshore", "we're on Gertrude St", "the Bibs Please".
_NAME_LAST = re.compile(r"(?<![\w'’&-])(?:(?-i:[A-Z])[\w'’&-]*\s+)*(?-i:[A-Z])[\w'’&-]*$")
# What is no correction: content to add ("Please park at the GAA pitch, not on Castlecomer Road"), the site's or
# a page's name ("name should be Membership, not Tariffs": a rename).
_NOT_A_FIX = re.compile(r"\b(?:add|names?(?!\s+(?:wrong|wrongly|incorrectly))|called|rename)\b", re.IGNORECASE)  # not "spelled her name wrong"
_NOW_AT = re.compile(r"\b(?:now|is|it's|its)\s+(?:at|in)\s+(?P<new>(?-i:[A-Z])[^.;!?\n]{2,60}?)\s*,?\s+(?:and\s+)?(?:not|rather\s+than)\s+['\"“‘]?$",
                     re.IGNORECASE)
MAX_OLD_WORDS = 4
MIN_OLD_CHARS = 2
_SMALL = frozenset("a an the of on in at to for and it its was is are be i we my our this that".split())


def _shape(words: list[str]) -> list[str]:
    return ["d" if re.search(r"\d", w) else "w" for w in words]


def _kind(word: str) -> str:
    return "time" if re.search(r"\d(?:am|pm|h)$|\d:\d\d", word, re.IGNORECASE) else "price" if re.search(r"[$£€¥₹]", word) else ""


def _aligned(before: list[str], old: list[str]) -> str:
    """The run of ``before``'s last words that stands for ``old``: of its shape (a number where a number is), the
    nearest the end with numbers as long as the old ones ("13" of "13 June 2027" for "14"), else the nearest."""
    k = len(old)
    runs = [before[i:i + k] for i in range(len(before) - k, -1, -1) if _shape(before[i:i + k]) == _shape(old)]
    # a time for a time, a price for a price ("gone up to £20 and now finishes at 3:30pm rather than 3pm")
    runs = [r for r in runs if [_kind(w) for w in r] == [_kind(w) for w in old]] or runs
    # a count in words for a count in words: "thirteen" of "thirteen years" for "twelve"
    runs = [r for r in runs if [bool(_NUMBER_WORD.fullmatch(w)) for w in r] == [bool(_NUMBER_WORD.fullmatch(w)) for w in old]] or runs
    same = [r for r in runs if [len(w) for w in r if re.search(r"\d", w)] == [len(w) for w in old if re.search(r"\d", w)]]
    found = (same or runs)[:1]
    return " ".join(found[0]).strip("'\"“”‘’") if found else ""


# A count said in words: "its twelve not eleven".
_NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)", re.IGNORECASE)


SPELT_WITH = re.compile(r"\s+with\s+(?:an?|one|two|double|a\s+double)\s+['\"]?[A-Za-z]{1,2}['\"]?(?:'?s)?(?=\s*,?\s*not\b)", re.IGNORECASE)


# The wrong words first: "the show is not 14h, it is 14h30 because ...", "it isn't Tuesday, it's Wednesday".
_WRONG_FIRST = re.compile(r"(?:\b(?:is|are|was)\s+not|['’]s\s+not|\b(?:isn|aren|wasn)['’]?t)\s+(?P<old>[^,.;:!?\"“”]{1,40}?)\s*[,;]\s*"
                          r"(?:but\s+)?(?:(?:it|that|they)\s+(?:is|are|was)|it['’]s|they['’]re|but)\s+(?P<new>[^,.;:!?\"“”]{1,40}?)"
                          r"(?=\s+(?:because|since|as|cos|coz)\b|[,.;!?]|$)", re.IGNORECASE)


def wrong_first(request: str) -> str:
    """``request`` with a correction typed wrong words first said right words first, as ``_NOT`` reads it:
    "the show is not 14h, it is 14h30 because ..." -> "the show is 14h30, not 14h. because ..."."""
    found = list(_WRONG_FIRST.finditer(request))
    if len(found) != 1:
        return request
    m = found[0]
    verb = re.sub(r"\s*not$|n['’]?t$", "", request[m.start():m.start("old")].rstrip())  # "is not" -> "is", "isn't" -> "is"
    return f"{request[:m.start()]}{verb} {m.group('new')}, not {m.group('old')}.{request[m.end():]}"


def correction(request: str, site: Site | None) -> ReplaceText | None:
    """The replacement of the words typed after "not" by those typed before it (see the module docstring), where
    the site shows the old ones once; None else (a price is ``pricefit``'s, a date or time ``whenfit``'s)."""
    request = wrong_first(SPELT_WITH.sub("", request))  # "it's Mr. Haugan with an A, not Haugen": the letter that tells them apart
    found = (list(_NOT.finditer(request)) or list(_BRACKETED.finditer(request))) \
        if site is not None and not _NOT_A_FIX.search(request) else []
    if site is None or len(found) != 1:
        return None
    old = re.sub(r"^the\s+", "", EMOJI.sub("", found[0].group("old")).strip(), flags=re.IGNORECASE)  # "23 not 32 😅"
    old = re.sub(r"\s+(?:lol|haha\w*|lmao|oops|sorry|pls|please|thanks|thx|lah|la|leh|lor|ya|yeah|ok|okay|mate|bro|right)$", "", old,
                 flags=re.IGNORECASE).strip("'‘’")  # "1968 lol", "60km lah", "'eletric' right?"
    texts = shown_text(site)  # read once: the ordinal, the half-day and the widening below hold the old words against it
    if not re.search(rf"(?<!\w){re.escape(old)}(?!\w)", texts, re.IGNORECASE):
        old = re.sub(r"^(\d{1,2})(?:st|nd|rd|th)$", r"\1", old)  # "not the 21st" of "Sunday 21 June"; "1st sunday" shown stays
    old = re.sub(r"^(?:just|only|simply)\s+", "", old, flags=re.IGNORECASE)  # "'Cannoli Siciliani', not just Cannoli"  # "on Sunday 28 June 2026, not the 21st": the day's number
    words = old.split()
    if re.search(r"\d", old) and re.search(r"\brather\s+than\b", found[0].group(0), re.IGNORECASE):
        return None  # "gone up to £20 and now finishes at 3:30pm rather than 3pm": a name's change only, not a number's
    # a name or a number, not words of a sentence ("if its not there", "every first and third thurs not second")
    quoted_old = request[found[0].start("old") - 1:found[0].start("old")] in ("'", "‘", '"', "“")  # "'electric' not 'eletric'"
    if not 0 < len(words) <= MAX_OLD_WORDS or PRICE.search(old) \
            or not (re.search(r"\d|[A-Z]", old) or _NUMBER_WORD.fullmatch(old) or quoted_old) \
            or len(old) < 3 and not old.isdigit():
        return None
    said = _AFTER.sub("", found[0].group("new"))
    closed = request[found[0].end("new"):found[0].end("new") + 1] in ("'", '"', "”", "’")
    quoted = re.search(r"['‘“\"](?P<q>[^'‘’“”\"]{2,60})$", said) if closed else None
    # "its 'ages 8 to 12' not 'ages 8-12'": the quoted words whole
    named = _NAME_LAST.search(said) if old[:1].isupper() else None  # a name for a name, however many words
    new = quoted.group("q").strip() if quoted else named.group(0) if named \
        else _aligned([w.strip(",;:") for w in said.split()], words)
    # a place said whole after "now at", commas and all: "It is now at Landmark Event Centre, Oniru, not Oriental Hotel"
    whole = _NOW_AT.search(request, 0, found[0].start("old")) if named else None
    if whole is not None and whole.end() == found[0].start("old") and ",".join(whole.group("new").split(",")[-1:]).strip() == new:
        new = whole.group("new").strip()
    if not new or new.casefold() == old.casefold():
        return None
    # "start time now 7am not 7:30" of a site showing "7:30am": the old time with the new one's am or pm
    half = re.search(r"(?:am|pm)$", new, re.IGNORECASE) if re.fullmatch(r"\d{1,2}(?::\d\d)?", old) else None
    if half and re.search(rf"(?<![\w:]){re.escape(old + half.group(0))}\b", texts, re.IGNORECASE):
        old += half.group(0)
    # not a price's amount ("30" of "$30 each per hour" for "32 years ..., not 30")
    pattern = re.compile(rf"(?<![\w.,$£€¥₹]){re.escape(old)}(?![\w]|[.,]\d)", re.IGNORECASE)
    shown = [(m.group(0), text) for _name, text in shown_pieces(site) for m in pattern.finditer(text)]
    if len(shown) > 1 and quoted_old and len({o for o, _text in shown}) == 1:
        return replacing(shown[0][0], new)  # a word quoted as wrong: wherever the site shows it ("fix in all site")
    if len(shown) > 1 and len(cased := [(o, text) for o, text in shown if o == old]) == 1:
        shown = cased  # the name as typed, capital and all ("Cannoli" of the menu, not "the cannoli are filled ...")
    if len(shown) > 1:  # of several, the one in a text that shares a word with the right ones ("years", "Northview")
        said_words = set(norm_words(said).split()) - set(norm_words(new).split())
        shown = [(o, text) for o, text in shown if said_words & set(norm_words(text).split()) - _SMALL]
    if len(shown) != 1:
        return None
    widened = _once(shown[0][0], new, shown[0][1], texts, pattern)
    return replacing(*widened) if widened else None


def _once(old: str, new: str, text: str, site_text: str, alone: re.Pattern[str]) -> tuple[str, str] | None:
    """``old`` and ``new`` with the word after (else before) ``old`` in its ``text``, where the site shows ``old``
    inside other words too ("30" of "for 30 years" and "$30 each": "30 years" -> "32 years"); a replacement is made
    everywhere the site shows its words, as the same thing shown twice should be ("4pm" on two pages). None where no
    such word makes it one place."""
    if site_text.count(old) <= len(alone.findall(site_text)) and len(old) >= MIN_OLD_CHARS:
        return old, new  # (a digit alone is too short to replace: "2" of "Milo, 2 year old" goes as "2 year")
    at = text.find(old)
    after = re.match(r"\s+[\w'’]+", text[at + len(old):]) if at >= 0 else None
    before = re.search(r"[\w'’]+\s+$", text[:at]) if at >= 0 else None
    for wider, wider_new in ((old + after.group(0), new + after.group(0)) if after else ("", ""),
                             (before.group(0) + old, before.group(0) + new) if before else ("", "")):
        if wider and site_text.count(wider) == 1:
            return wider, wider_new
    return None
