"""A new phone number or email for the one the site shows.

"new number 0427 118 904", "The hotline number has changed to 0429 118 999. Please update it
everywhere": the model read these as an edit of an item named by the number or by a word ("The"),
which the site does not list, and the turn said "I can't find" (u124, u127). Where the request types
one phone number (or one email address) the site does not show, says it is new or has changed, and
the site shows exactly one number (address) wherever it shows it, that one is replaced everywhere.
A second number the site should show as well ("also", "another") is an addition, not read here; a
site with two numbers leaves the choice to the user (nothing is read, the model's plan is fitted).
"""

from __future__ import annotations

import re

from app.scaffold.contactfit import label_of
from app.scaffold.coverage import HANDLE, typed_content
from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.site import CONTACT_PLACEHOLDERS, Site, shown_text

# What says the detail typed is the site's new one.
_CHANGED = re.compile(r"\b(?:new(?!\s+(?:[\w'’]+\s+){0,2}page\b)|changed?|changing|now|update[ds]?|instead|replace[ds]?|not|wrong|should\s+be|fix|correct\w*|typo|swapped|mistake|"
                      r"switched|moved)\b", re.IGNORECASE)
# What says it is one more: "also text 021 ...", "add my mobile too", "a second number"; not "the other one is the house"
# (what the old one was).
_ANOTHER = re.compile(r"\b(?:also|too|as well|another|second|other(?!\s+(?:one|number)\s+(?:is|was)\b)|extra|plus|both|add|under|below|beside|next to|missing|"
                      r"not showing|isn'?t showing)\b", re.IGNORECASE)
# A phone number as a page shows it: no time ("9:30"), no price ("$1 450"), no part of a longer word.
_PHONE_SHOWN = re.compile(r"(?<![\w$£€.,:/@-])\+?\(?\d[\d ().-]{5,}\d(?![\w:])")
_EMAIL_SHOWN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MIN_PHONE_DIGITS = 7
MIN_DOTTED_DIGITS = 9  # "9.30-12.30" is hours; "555.123.4567" a number


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phones(text: str) -> set[str]:
    """The phone numbers ``text`` shows, as it shows them (no time, price or part of a longer word)."""
    found = set()
    for match in _PHONE_SHOWN.finditer(text):
        shown = match.group(0).strip(" ().-") if match.group(0).count("(") != 1 else match.group(0).strip(" .-")
        digits = _digits(shown)
        if len(digits) >= MIN_PHONE_DIGITS and ("." not in shown or len(digits) >= MIN_DOTTED_DIGITS):
            found.add(shown)
    return found


def _shown(kind: str, text: str) -> set[str]:
    return phones(text) if kind == "Phone" else {m.group(0).rstrip(".") for m in _EMAIL_SHOWN.finditer(text)}


def _same(kind: str, a: str, b: str) -> bool:
    return _digits(a) == _digits(b) if kind == "Phone" else a.casefold() == b.casefold()


def _like(old: str, new: str) -> bool:
    """Whether two numbers have as many digits and the same first two (an area code, a mobile prefix)."""
    a, b = _digits(old), _digits(new)
    return len(a) == len(b) and a[:2] == b[:2]


def contact_change(request: str, site: Site) -> ReplaceText | None:
    """The site's one phone number (email address) replaced by the new one the request types; of two the
    site shows, the one the request names as the old ("now 021 448 903, not 021 448 930")."""
    if not _CHANGED.search(request) or _ANOTHER.search(request):
        return None
    typed = [(label_of(piece, request), piece) for piece in typed_content(request)]
    kinds = {kind for kind, _piece in typed if kind in ("Phone", "Email")}
    if not kinds:
        return _handle_change(request, site)
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    shown = _shown(kind, shown_text(site)) - CONTACT_PLACEHOLDERS  # no sign that a turn asked to change one
    pieces = [piece for k, piece in typed if k == kind]
    new = [piece for piece in pieces if not any(_same(kind, piece, old) for old in shown)]
    named = [old for old in shown if any(_same(kind, piece, old) for piece in pieces)]
    olds = named if named else sorted(shown)
    if len(new) == 1 and len(olds) > 1 and kind == "Phone":
        # of the site's numbers, the one written like the new one ("0429 118 530", not a bank account's "1088 4471")
        olds = [old for old in olds if _like(old, new[0])]
    if len(new) != 1 or len(olds) != 1:
        return None  # two new ones, or two old ones: which goes is the user's to say
    return _with_who(request, site, olds[0], new[0]) or replacing(olds[0], new[0])


# Whose number it is, said before it: "use Kemi on 0812 990 3345" of a site's "... to Funmi on 0803 456 7781".
_WHO = r"(?P<who>(?-i:[A-Z])[\w'’-]+)(?P<sep>\s+(?:on|at)\s+|:\s*)"


# ... or typed with a comma before it: "change the volunteer contact to Tama Ngata, 021 602 7745"
_WHO_BARE = r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?),\s*"
# ... whose name the site shows whole before its number: "contact Mrs Thandeka Mokoena on 082 431 5590"
_WHO_SHOWN = r"(?<![\w'’.-])(?!(?:Contact|Call|Ring|Text|Email|Phone|Message|Ask|Please|Or|And)\b)(?P<who>(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?-i:[A-Z])[\w'’-]+)(?P<sep>\s+(?:on|at)\s+|:\s*)"


def _with_who(request: str, site: Site, old: str, new: str) -> ReplaceText | None:
    """The number with the name said before it, where the request gives the new number someone else's."""
    typed = re.search(_WHO + re.escape(new), request)
    shown = re.search(_WHO + re.escape(old), shown_text(site))
    if typed is None:
        typed, shown = re.search(_WHO_BARE + re.escape(new), request), re.search(_WHO_SHOWN + re.escape(old), shown_text(site))
    if typed is None or shown is None or typed.group("who") == shown.group("who"):
        return None
    return replacing(shown.group(0), f"{typed.group('who')}{shown.group('sep')}{new}")


def _handle_change(request: str, site: Site) -> ReplaceText | None:
    """"change IG to @tundeadeyemi.studio", "the instagram is @wanjiru.shoots.ke not @wanjiru.shoots": the one
    handle the site shows (or the one the request names as the old) replaced by the one new handle typed."""
    typed = HANDLE.findall(request)
    shown = set(HANDLE.findall(shown_text(site)))
    new = [h for h in typed if h not in shown]
    named = [h for h in typed if h in shown]
    olds = named if named else sorted(shown)
    if len(new) != 1 or len(olds) != 1:
        return None
    return replacing(olds[0], new[0])
