"""A misspelling the user corrects: the site's words closest to the right ones, replaced by them.

"I spelled Wilmington wrong on the volunteer page, it should be Wilmington Pike" of a page that says
"PetSmart on Wilmingtn Pike"; "I spelled the hotel wrong, it should be the Felbridge Hotel, with a d".
The model read each as a new site name (a spelling word speaks of a name). Where the request says it
corrects a spelling or a mistake and gives the right words ("should be X", "is actually called X"), the
one run of the site's words that is nearly X (same number of words, spelled within a few letters) is
replaced by X. A correction that names the old words ("recomend should be recommend") replaces them
where the site shows them. The site's own name is left to the model's plan (it lives in the layout).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from app.scaffold.compound import clauses
from app.scaffold.plan import Decline, Plan, ReplaceText, replacing
from app.scaffold.pricetyped import KEPT
from app.scaffold.site import Site, norm_words, page_named, shown_text, without_accents

# Words that say something was written wrong; with the app's other cues for a correction.
_MISTAKE = r"spelt|spelled|spelling|typo|misspel\w*|wrong|mistake"
_CUE = re.compile(rf"\b(?:{_MISTAKE}|spell|actually|oops|correction)\b", re.IGNORECASE)
_STOP = r"(?=\s*(?:[,.;!?(]|$|\s+(?:with|not|and|please|pls|thanks?|thank|sorry|instead|on|in)\b))"
_NEW = re.compile(rf"\b(?:should|must)\s+(?:be|say|read)\s+(?:the\s+)?[\"'“‘]?(?P<new>[^\"'”’\n]+?)[\"'”’]?{_STOP}"
                  rf"|\bactually\s+(?:called\s+|named\s+|spelled\s+|spelt\s+)?(?:the\s+)?(?P<called>(?-i:[A-Z])[^\n]+?){_STOP}"
                  # "Giorgi name is wrong, is Giorgi Tsiklauri-Jorbenadze", "i wrote Marija Zec wrong, its Marija Žec":
                  # the right name said after "is" or "it's", capitalised as names are
                  rf"|\b(?:it'?s|it’s|its|it\s+is|is)\s+(?:spelled\s+|spelt\s+|spell\s+|called\s+)?(?P<is>(?-i:[A-Z])[^\n]+?){_STOP}",
                  re.IGNORECASE)
_SPELT_WRONG = re.compile(rf"\b(?:{_MISTAKE})\b", re.IGNORECASE)
# A bracket said with the right words: "it should be Race wax (fluor-free) with a dash".
_BRACKET = re.compile(r"\s*\([^()\n]{1,30}\)")
# "the instagram is @wanjiru.shoots.ke not @wanjiru.shoots", "should say PO Box 421, not PO Box 412"
_NOT = re.compile(r"\b(?:is|are|should\s+(?:be|say|read)|it'?s)\s+(?:now\s+)?(?:at\s+|in\s+|called\s+)?(?P<new>[^,;!?\n]+?),?"
                  r"\s+not\s+(?P<old>[^,;!?\n]+?)\s*(?:[.;!?,](?:\s|$)|$)", re.IGNORECASE)  # "..., we had a new lot sign up": why, after
# ... "instead of" the old: "kids free → change to under 12 instead of under 10".
_INSTEAD_OF = re.compile(r"\b(?:change|make|set|moved?|changed)\s+(?:it\s+)?to\s+(?P<new>[^,;!?\n]+?)\s+instead\s+of\s+(?P<old>[^,;!?\n]+?)\s*(?:[.;!?](?:\s|$)|$)",
                         re.IGNORECASE)
# ... the old first: "Delft library model was not 1:100 it was 1:200".
_NOT_FIRST = re.compile(r"\b(?:was|is|are|were)\s+not\s+(?P<old>[^\s,;!?]+(?:\s+[^\s,;!?]+)?)\s*,?\s+(?:it|they|but)\s+"
                        r"(?:was|is|were|are|'s)\s+(?P<new>[^,;!?\n]+?)\s*(?:[.;!?](?:\s|$)|$)", re.IGNORECASE)
# ... a sentence that opens with the wrong words: "Not Stavanger fjord ferry, it is a Hardanger fjord ferry."
_NOT_LEAD = re.compile(r"(?:^|[.!?]\s+)not\s+(?P<old>[^,;.!?\n]{2,60}?)\s*[,;]\s*(?:it|that|this)\s*(?:is|'s|’s|was)\s+(?:a\s+|an\s+)?"
                       r"(?P<new>[^,;.!?\n]{2,60}?)(?=\s*(?:[.!?,]|$))", re.IGNORECASE)
# ... a sentence of the right words, then the wrong ones no more: "The place changed!! Restaurante El Jíbaro, not Salón Los
# Flamboyanes anymore"
_NOT_ANYMORE = re.compile(r"(?:^|[.!?:]\s+)(?P<new>(?![^,;.!?\n]*\b(?:is|are|was|were|be)\b)[^,;.!?\n]{3,60}?),?\s+not\s+(?P<old>[^,;.!?\n]{3,60}?)\s+any\s?more\s*(?:[.;!?]|$)",
                          re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_QUOTES = "\"'“”‘’ "
_OLD_NEW = re.compile(r"(?P<old>[\w'’-]{3,})\s+should\s+(?:be|say)\s+(?P<new>(?!['’])[\w'’-]{3,})\b"  # not "'Church ..."
                      # "Linh is spell Lynh": a name and how it is spelt
                      r"|(?P<old2>(?-i:[A-Z])[\w'’-]{2,})\s+(?:is|are)\s+(?:spelt|spelled|spell|written)\s+(?P<new2>(?-i:[A-Z])[\w'’-]{2,})\b",
                      re.IGNORECASE)
MIN_LIKENESS = 0.8
MIN_CHARS = 4
MAX_WORDS = 6
# "Typo. wardorbes -> wardrobes.": the word shown wrong, an arrow, the right one
_ARROW = re.compile(r"(?<![\w'’-])(?P<old>[^\W\d_][\w'’-]{2,})\s*(?:->|→|=>)\s*(?P<new>[^\W\d_][\w'’-]{2,})(?![\w'’-])")
MIN_WORD = 5  # a word said right of one the site shows nearly: long enough that a letter apart is a typo


def _runs(text: str, size: int) -> list[str]:
    """Each run of ``size`` words of ``text``, as the site shows it."""
    words = list(re.finditer(r"\S+", text))
    return [_balanced(text[words[i].start():words[i + size - 1].end()].strip(",.;:!?")) for i in range(len(words) - size + 1)]


def _balanced(run: str) -> str:
    """``run`` without a bracket it does not close or open: "(fluor free)" keeps both, "fluor free)" loses one."""
    if run.startswith("(") and ")" not in run:
        run = run[1:]
    if run.endswith(")") and "(" not in run:
        run = run[:-1]
    return run


def _nearest(site: Site, new: str) -> str | None:
    """The one run of the site's words that is nearly ``new`` and not it."""
    # as many words as typed, or as the words a hyphen joins ("fluor-free" of "fluor free")
    sizes = {len(new.split()), len(new.replace("-", " ").split())}
    found = {}
    for shown in shown_text(site).split(" | "):  # headings and buttons too ("Join the club")
        for run in (run for size in sizes for run in _runs(shown, size)):
            likeness = SequenceMatcher(None, run.casefold(), new.casefold()).ratio()
            if _lengthened(run, new):
                likeness = max(likeness, MIN_LIKENESS)
            if likeness >= MIN_LIKENESS and run != new:  # "Join the club" for "Join the Club": a capital to fix
                found[run] = likeness
    best = sorted(found.items(), key=lambda kv: -kv[1])
    if not best or (len(best) > 1 and best[1][1] == best[0][1] and norm_words(best[1][0]) != norm_words(best[0][0])):
        return None
    return best[0][0]


def _lengthened(run: str, new: str) -> bool:
    """Whether ``new`` is ``run`` with a part joined on by a hyphen: "Giorgi Tsiklauri-Jorbenadze" of
    "Giorgi Tsiklauri" (two words or more, so a lone "Race" is no "Race-day")."""
    return len(run.split()) >= 2 and new.casefold().startswith(run.casefold() + "-")


def _instead(request: str, shown: str, site: Site) -> Plan | None:
    """"X, not Y" of words Y the site shows: Y replaced by X, the parallel part of it ("52" of "it is 52
    boreholes, not 48"); None where X is no like of Y (more words than Y and two more)."""
    m = _NOT.search(request) or _NOT_FIRST.search(request) or _INSTEAD_OF.search(request) or _NOT_LEAD.search(request) \
        or _NOT_ANYMORE.search(request)
    if m is None:
        return None
    new, old = m.group("new").strip(_QUOTES), m.group("old").strip(_QUOTES)
    whole = new[:-len(old)] + old if old.isdigit() and re.search(rf"(?<!\d)\d{{{len(old)}}}$", new) else ""
    if whole and whole != new and re.search(rf"(?<![\w+]){re.escape(whole)}(?!\d)", shown):
        op = replacing(whole, new)  # "it should be 07700 914 525 not 552" of "07700 914 552": the number whose end it was
        return Plan(ops=[op]) if op else None
    if _NUMBER.fullmatch(old):
        number = _NUMBER.search(new)
        unit = re.match(r"\s+([^\W\d_]+)", new[number.end():]) if number else None
        if number is not None and unit is not None and len(re.findall(rf"(?<![\w.]){re.escape(old)}\s+{re.escape(unit.group(1))}\b", shown, re.IGNORECASE)) == 1:
            # "Duke is 7 years old, not 8" of "German Shepherd, 8 years": the number with what it counts, where the site
            # shows that once (a bare "8" is in too many places to replace)
            old, new = f"{old} {unit.group(1)}", f"{number.group(0)} {unit.group(1)}"
        else:
            new = number.group(0) if number else ""
    elif len(old) < MIN_CHARS - 1 or len(new.split()) > len(old.split()) + 2:
        return None
    tail = " ".join(new.split()[len(old.split()):])  # "April 2027 not March" of "March 2027": the year the site shows too
    was = re.search(rf"(?<![\w.@-]){re.escape(old)}" + (rf"(?:\s+{re.escape(tail)})?" if tail else "") + r"(?![\w@-]|\.\w)",
                    shown, re.IGNORECASE)  # no tail: nothing after the old words (not the space before the next)
    near = shown[max(0, was.start() - 40):was.end() + 40] if was is not None else ""  # where the old words are: made right already
    if not new or was is None or new.casefold() in near.casefold() or was.group(0).casefold() in site.name.casefold() \
            or page_named(site, was.group(0)) is not None:
        return None  # (the site's name and a page's are the model's and the renames' to change: they live in the layout)
    op = replacing(was.group(0), new)
    return Plan(ops=[op]) if op else None


# A count of something: "12 grandkids", "7 horns"; not a price, a time or a date ("5 July" is whenfit's).
_COUNT = re.compile(r"(?<![\w.,:/$£€₹¥-])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})\s+(?P<what>[^\W\d_]{3,})\b")  # "52,300 trees" too
_NOT_COUNTED = re.compile(r"(?:for|per|and|the|with|each|from|off|or|min|mins|till|until|to|am|pm|numbers|figures|stats|statistics|results|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|"
                          r"aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)", re.IGNORECASE)
_NOW = re.compile(r"\b(?:now|update|updated)\b", re.IGNORECASE)  # "Update 2025 numbers, final: ..."
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.])")
_OTHER_ASK = re.compile(r"\b(?:add|make|create|remove|delete|take|drop|cancel|new|page)\b", re.IGNORECASE)
MAX_COUNT_WORDS = 30
_ON_A_PAGE = re.compile(r"\b(?:on|in)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'’-]+\s+){0,2}page\b", re.IGNORECASE)


def _recounted(request: str, shown: str) -> Plan | None:
    """"oops it's 12 grandkids now", "we have 7 horns now" of a site that shows "11 grandkids" or "6 horns" once:
    the count replaced. The one figure the request types, or none is read."""
    # (the page it is on asks nothing more: "..., update the number on home page")
    if not (_CUE.search(request) or _NOW.search(request)) or _OTHER_ASK.search(_ON_A_PAGE.sub(" ", request)) \
            or len(request.split()) > MAX_COUNT_WORDS \
            or KEPT.search(request):
        return None  # "the fee for students is 300 yen. Adults stay 500 yen.": the one shown stays  # "iphone 11 screen now GHC 900. add iphone 12 screen GHC 1100": more asked than a count
    counts = [c for c in _COUNT.finditer(request) if not _NOT_COUNTED.fullmatch(c.group("what"))]
    if len(counts) == 2 and len(re.findall(r"\d+", request)) == 2 and len({c.group("what").casefold() for c in counts}) == 1:
        # "it is not 22 years, it is 25 years", "not 9 grandkids it's 11 grandkids": the one the site shows goes
        held = [c for c in counts if len(re.findall(rf"(?<![\w.,:/$£€₹¥-]){re.escape(c.group(0))}\b", shown, re.IGNORECASE)) == 1]
        if len(held) == 1:
            new = next(c for c in counts if c is not held[0])
            op = _with_next_word(held[0].group(0), new.group(0), request[new.end():], shown)
            return Plan(ops=[op]) if op is not None else None
    # (a year said of them is no count: "Update 2025 numbers, final: 1,318 vaccinated, 402 sterilised")
    if len(counts) >= 2 and len(re.findall(r"\d+(?:[,.]\d+)*", _YEAR.sub(" ", request))) == len(counts):
        # "now 175 girls trained and 9 laptops" of "140 girls trained" and "6 laptops": each count replaced
        ops = [_recount(typed, shown) for typed in counts]
        return Plan(ops=[op for op in ops if op is not None]) if all(ops) else None
    for typed in _COUNT.finditer(request):
        if re.search(r"\d", request[:typed.start()] + request[typed.end():]):
            continue  # "rusty is now 1st with 44 pts, earl 2nd": other figures typed beside it, for more than the count
        what = typed.group("what")
        if _NOT_COUNTED.fullmatch(what) or f"{typed.group('n')} {what}".casefold() in shown.casefold():
            continue
        was = _shown_counts(what, typed.group("n"), shown)
        op = _with_next_word(was[0], f"{typed.group('n')} {was[0].split()[1]}", request[typed.end():], shown) if len(was) == 1 else None
        return Plan(ops=[op]) if op is not None else None
    return None


def _with_next_word(old: str, new: str, typed_after: str, shown: str) -> ReplaceText | None:
    """``old`` replaced by ``new``, each with the word after it where the request types the site's next word too, or its
    plural ("1 great grandkid" made "2 great grandkids", not "2 great grandkid")."""
    after = re.match(rf"{re.escape(old)}\s+([^\W\d_]+)", shown[shown.find(old):]) if old in shown else None
    said = re.match(r"\s+([^\W\d_]+)", typed_after)
    if after and said and said.group(1).casefold() in (after.group(1).casefold(), after.group(1).casefold() + "s"):
        return replacing(f"{old} {after.group(1)}", f"{new} {said.group(1)}")
    return replacing(old, new)


def _cased(new: str, shown: str) -> str:
    """``new`` capitalised as ``shown`` is ("Wardrobes" for "Wardorbes")."""
    return new[:1].upper() + new[1:] if shown[:1].isupper() and new[:1].islower() else new


# Where a request names the one word it says is written wrong, as it should be ("i spelt fences wrong", "beginners is
# spelled wrong") or as the site shows it ("I wrote beginers", "typo in recieve").
_WORD_NAMED = re.compile(r"\b(?:spelt|spelled|misspelt|misspelled|spelling\s+of)\s+(?:the\s+word\s+)?(?P<right>[^\W\d_]{%d,})\b"
                         r"|\b(?P<right2>[^\W\d_]{%d,})\s+(?:(?:is|was)\s+)?(?:spelt|spelled|spell|misspelt|misspelled|written)\s+wrong\b"
                         r"|\b(?:wrote|typo\s+in)\s+(?:the\s+word\s+)?[\"“‘']?(?P<wrong>[^\W\d_]{%d,})\b"
                         % (MIN_WORD, MIN_WORD, MIN_WORD), re.IGNORECASE)


def _near(one: str, other: str) -> bool:
    """Whether two words are a letter or two apart: the same first letter, alike, neither the other with an ending."""
    a, b = one.casefold(), other.casefold()
    return a != b and a[0] == b[0] and not (a.startswith(b) or b.startswith(a)) and SequenceMatcher(None, a, b).ratio() >= MIN_LIKENESS


def _word_said_right(request: str, site: Site) -> Plan | None:
    """"i spelt fences wrong on the home page", "beginners is spelled wrong, I wrote beginers", "Typo. wardorbes ->
    wardrobes": the word the request names, or the one the site shows nearly as it, replaced by the right one; None
    where no word is named so, or the site shows no such word, or several, or the site's name has it (the model's)."""
    shown = shown_text(site)
    arrow = _ARROW.search(request)
    if arrow is not None:
        old = re.search(rf"(?<![\w'’-]){re.escape(arrow.group('old'))}(?![\w'’-])", shown, re.IGNORECASE)
        op = replacing(old.group(0), _cased(arrow.group("new"), old.group(0))) if old is not None else None
        return Plan(ops=[op]) if op is not None and old is not None and old.group(0) != arrow.group("new") else None
    words = {w for w in re.findall(r"[^\W\d_][\w'’]*", shown) if len(w) >= MIN_CHARS}
    said = set(re.findall(r"[^\W\d_]{%d,}" % MIN_WORD, request))
    pairs = set()
    for named in _WORD_NAMED.finditer(request):
        if named.group("wrong"):  # "I wrote beginers": the site's words, the right one said beside them
            word = named.group("wrong")
            pairs |= {(w, right) for w in words if w.casefold() == word.casefold() for right in said if _near(right, word)}
        else:  # "i spelt fences wrong": the right one, the site's nearly it
            right = named.group("right") or named.group("right2")
            near = {(w, right) for w in words if _near(w, right)}
            # ... else the word as the site shows it, the right one said beside it: "experiance spell wrong. experience"
            pairs |= near or {(w, typed) for w in words if w.casefold() == right.casefold() for typed in said if _near(typed, right)}
    if len({w.casefold() for w, _ in pairs}) != 1 or len({right.casefold() for _, right in pairs}) != 1:
        return None
    old, new = sorted(pairs)[0]
    if old.casefold() in norm_words(site.name).split():
        return None
    op = replacing(old, _cased(new, old))
    return Plan(ops=[op]) if op is not None else None


def _shown_counts(what: str, number: str, shown: str) -> list[str]:
    """Each count of ``what`` the site shows with a number other than ``number`` ("140 girls" of "girls", "175")."""
    # (a word between them too: "1,240 dogs vaccinated" of "1,318 vaccinated")
    return [m.group(0) for m in re.finditer(rf"(?<![\w.,:/$£€₹¥-])(\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})\s+(?:[^\W\d_]+\s+)?{re.escape(what)}\b", shown,
                                            re.IGNORECASE) if m.group(1) != number]


def _recount(typed: re.Match[str], shown: str) -> ReplaceText | None:
    """The one count of the same thing the site shows with another number, made the typed one; None where the site
    shows none, or several."""
    was = set(_shown_counts(typed.group("what"), typed.group("n"), shown))
    return replacing(old, f"{typed.group('n')} {old.split(maxsplit=1)[1]}") if len(was) == 1 and (old := was.pop()) else None


# A clause that asks something more: "And add a note that all cookies are baked at home".
_ASKS_MORE = re.compile(r"^\W*(?:(?:and|also|then|please|pls|can\s+you|could\s+you)[,]?\s+)*(?:add|put|write|remove|delete|take|change|make|"
                        r"move|rename|replace|create|list|show)\b", re.IGNORECASE)


def read(request: str, site: Site | None) -> Plan | None:
    """The correction the request types, as a replacement of the site's nearly-right words, with a decline beside it
    where another of its clauses asks something more ("Juniper spelled chocolate wrong on the menu, can you fix that
    please? And add a note that ..."): one part done and the other dropped looks done; None else."""
    plan = _read(request, site)
    if plan is None:
        return plan
    said = [v.casefold() for op in plan.ops for v in (getattr(op, "new", ""), getattr(op, "old", "")) if v]
    # (not the clause the correction is read from: "Change the numbers: 436 bikes given now")
    more = any(_ASKS_MORE.match(c) and not _CUE.search(c) and not any(v in c.casefold() for v in said) for c in clauses(request))
    return Plan(ops=[*plan.ops, Decline(op="decline")]) if more else plan


# What says a word is written wrong or right: "error: is Itagüí with ü and í", "write Itagüí correct, not Itagui".
_ACCENT_CUE = re.compile(rf"\b(?:{_MISTAKE}|error|correct\w*|fix\w*|accents?|not)\b|\bwith\s+(?:an?\s+)?[^\x00-\x7f]", re.IGNORECASE)


def _accented(request: str, shown: str) -> Plan | None:
    """The words the request types with their accents where the site shows them without ("Itagüí" of "Itagui"), each
    replaced, where the request says they were written wrong; None else."""
    if not _ACCENT_CUE.search(request):
        return None
    ops: list[Any] = []
    for word in dict.fromkeys(re.findall(r"[^\W\d_]{3,}", request)):
        bare = without_accents(word)
        if bare == word or not re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", shown) \
                or re.search(rf"(?<!\w){re.escape(word)}(?!\w)", shown):
            continue
        op = replacing(bare, word)
        ops += [op] if op is not None else []
    return Plan(ops=ops) if ops else None


def _read(request: str, site: Site | None) -> Plan | None:
    """The correction the request types, as a replacement of the site's nearly-right words; None else."""
    if site is None:
        return None
    shown = shown_text(site)
    instead = _instead(request, shown, site)  # a correction by its form, whatever words come with it
    if instead is not None:
        return instead
    recounted = _recounted(request, shown)
    if recounted is not None:
        return recounted
    accented = _accented(request, shown)
    if accented is not None:
        return accented
    if not _CUE.search(request):
        return None
    named = _OLD_NEW.search(request)
    was, now = (named.group("old") or named.group("old2"), named.group("new") or named.group("new2")) if named else ("", "")
    if named and was in shown and was != now:
        op = replacing(was, now)  # "recomend should be recommend"
        return Plan(ops=[op]) if op else None
    # the first right words said that the site shows nearly ("my dog's name is Rusty with one s... no wait that is
    # right. The mistake is 35 years, it should be 33 years": not "Rusty with one s")
    for said in _NEW.finditer(request):
        if said.group("is") and not _SPELT_WRONG.search(request[:said.start()]):
            continue  # "birthday is March 15": a fact said, not the right spelling of something said wrong before it
        new = (said.group("new") or said.group("called") or said.group("is") or "").strip()
        bracket = _BRACKET.match(request, said.end()) if new else None
        if bracket is not None and (len(bracket.group(0).split()) > 2 or re.search(r"\d", bracket.group(0))):
            bracket = None  # "(ends in 9 not 8)": what the user says of the words, not words of them
        new += bracket.group(0) if bracket else ""
        if len(new) < MIN_CHARS or len(new.split()) > MAX_WORDS:  # "actually no": no word to respell
            continue
        old = _nearest(site, new)
        if old is None or norm_words(old) == norm_words(site.name):
            continue
        op = replacing(old, new)
        return Plan(ops=[op]) if op else None
    # (a name written wrong, said with a cue: "In Devin's quote I wrote "Vergil", but he spells it "Virgil"")
    return _word_said_right(request, site)
