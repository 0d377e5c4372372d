"""One thing taken off and another put in its place.

"take mia off, she left. add Priya Nair - coach", "remove Horchata, add Agua de Jamaica $3", "Pete
Hruska is retiring ... Please remove him, and add his daughter Marie Hruska on banjo instead", "Take
the Mint Choc Chip off, we've swapped it for Gooseberry Crumble", "Remove calamari, supplier issue. Add
Oyster Tempura R110 instead". In the user sets `u1`-`u99`, 54 of 59 such first tries failed: the model
took one off and put the other in a new section of the home page, did one of the two, or declined.
Here the thing the removal names (``itemfit.removal``) is edited into the new one where it is: an item
gets the new name and, where the request gives one, the new detail (a price, a role), else keeps its
own ("same price as the others"); a piece of a paragraph gets the new words.
"""

from __future__ import annotations

import re

from app.scaffold import itemfit
from app.scaffold.listfit import pieces
from app.scaffold.plan import EditItem, Plan, RemoveItem, ReplaceText, replacing
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Site

# What is put in the taken thing's place, to its sentence's end: "add Priya Nair - coach", "put Alison
# Croft as Treasurer instead", "we've swapped it for Gooseberry Crumble", "add a new one, Horopito Pear".
_ADDED = re.compile(r"(?:^|[.!?;,\U0001F300-\U0001FAFF]\s*|[:;]-?[()]\s+|\s(?:and|n|but|then)\s+|(?<=\bpage)\s+)(?:(?:please|pls|can\s+you|could\s+you|also|and|"
                    r"we'?ve|we\s+have|i'?ve|i\s+have|we'?re|we’re|we\s+are|i'?m|i’m|i\s+am)\s+)*"
                    r"(?:(?:instead\s+)?(?:add|put|write)(?:\s+instead)?|put\s+in|swap(?:ped|ping)?\s+(?:it|them|him|her)\s+(?:for|with)|"
                    # "Replace that card with: Voice notes – ..."
                    r"replac(?:e|ed|ing)\s+(?:(?:it|them|him|her|(?:that|this)(?:\s+(?:card|one|item|line|entry|bit|box))?)\s+)?with\s*:?|"
                    # "Fifita family pulled out, change it to Moala family - group song", "quit the Caja x12, now is
                    # Caja x6 surtida $7.500", "Thao left us, please remove her. New teacher is Quynh"
                    r"chang(?:e|ed)\s+(?:it|them|him|her)\s+(?:to|into|for)|now\s+is|"
                    # "I have sold the Nupp Rose shawl. Please remove it. Instead there is 'Sea Foam' shawl for 310 EUR."
                    r"instead\s+(?:there\s+is|there's|we\s+have|i\s+have)|"
                    # "New instructor: Lena Vogt, AIDA instructor", "Goalkeepers now with Coach Ndapewa Shikongo"
                    r"new\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s*(?:is|will\s+be|:)|(?:\w+\s+)?now\s+with)\s+"
                    r"(?:(?:a|an)\s+new\s+one\s*[,:-]?\s*|in\s+)?(?P<new>(?:[^.!?;]|\.(?=\d)|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.){2,120}?)\s*(?:(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.!?;](?!\d)|$|"
                    r"(?=\s+(?:and|but|then)\s+(?:take|remove|delete|drop|get\s+rid)\b))", re.IGNORECASE)  # "add Tokai and take out Wynberg"
# What an addition is not: a line, a note, contact details or a page of their own ("add a line on the
# home page: ...", "add our contact details at the bottom").
NOT_AN_ENTRY = re.compile(r"\b(?:line|note|bit|saying|says|page|section|contact|details|email|phone(?!\s+(?:mount|case|holder|stand|cover|charger|screen)s?\b)|menu|nav|footer|"
                           r"bottom|top|link|photo|picture|image)\b|[:\"“”]", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s*,?\s*\b(?:instead|insted|in\s+(?:its|their|his|her)\s+place|please|pls|"
                       r"thanks|to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:list|page|areas?|section|menu)|this\s+(?:year|season|time)|for\s+now)\b)+\s*$",
                       re.IGNORECASE)
# An addition beside what stays, not in place of what goes: "put Tom as comp squad coach as well".
_BESIDE = re.compile(r"\b(?:as\s+well|too|also|another|extra)\b", re.IGNORECASE)
_KIN = re.compile(r"^(?:(?:a|an)\s+|(?:his|her|their|our|my)\s+\w+\s+(?=[A-Z]))", re.IGNORECASE)  # "his daughter Marie"
# What says the one a pronoun stands for goes: "Please remove him", "take her off Our Team".
_GOES = re.compile(r"\b(?:remove|delete|take|drop)\s+(?:him|her|them|it)\b|"
                   # what says it goes without a removal's verb: "Kabaka Groove Band cancelled", "Ayumi moved on",
                   # "DJ Kofi Flex is not with us again", "quit the Caja x12"
                   r"\b(?:cancell?ed|cancel(?=\s*[,.;!]|\s*$)|moved\s+on|pulled\s+out|dropped\s+out|left(?:\s+us)?|not\s+with\s+us|is\s+out|"
                   r"stepped\s+down|no\s+longer\s+with\s+us|(?:is\s+)?leaving|retir(?:es|ed|ing)|mov(?:ed|ing)\s+(?:back\s+)?(?:to|away)|"
                   r"can(?:not|'t|’t)\s+(?:come|make\s+it|attend|be\s+there))\b"
                   r"|^\W*quit\s+(?:the\s+)?", re.IGNORECASE)
# The one who comes named before the words that say so: "Tomas Berg has stepped down, Linnea Haug takes over social."
_TAKES_OVER = re.compile(r"(?:^|[.!?;,]\s*|\s(?:and|but)\s+)(?P<new>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+"
                         r"(?:takes|will\s+take|is\s+taking)\s+over(?:\s+(?:as|from\s+(?:him|her|them)(?:\s+as)?))?"
                         r"(?P<role>\s+[^.!?;,]{2,40}?)?\s*(?:[.!?;,]|$)", re.IGNORECASE)
# Who goes, named just before what says so: "Brenda has left for studies".
_WHO_WENT = re.compile(r"(?-i:[A-Z])[\w'’-]+\.?(?:\s+(?-i:[A-Z])[\w'’-]+)?(?=\s+(?:has\s+|had\s+|is\s+)?(?:left|moved\s+(?:on|away)|retir\w+|out\b|"
                       r"stepped\s+down|quit|pulled\s+out|dropped\s+out)\b)")
_NEW_KIND = re.compile(r"^(?:a\s+)?new\s+(?!(?:item|one|line|entry|thing|section|page)\b)(?-i:[a-z])[\w'’-]*\s*:\s*(?=\S)", re.IGNORECASE)
_SAME = re.compile(r"\b(?:same|as before|as the others)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# The new thing's name and detail, the first form that fits: "Priya Nair - coach", "Hollow Tooth Comics
# (horror comics)", "Rachel Osei, Head of Operations", "Alison Croft as Treasurer", "Agua de Jamaica $3".
_FORMS = (
    # "a card Voice notes with text practice pronunciation async"
    re.compile(r"^(?:(?:card|item|entry|box|tile)\s+)?(?P<title>.+?)\s+with\s+(?:the\s+)?(?:text|detail|description)\s*:?\s+(?P<text>.+)$",
               re.IGNORECASE),
    re.compile(r"^(?P<title>.+?)\s+[-–—]\s+(?P<text>.+)$"),
    re.compile(r"^(?P<title>.+?)\s*\((?P<text>[^()]+)\)$"),
    re.compile(r"^(?P<title>.+?),\s+(?:who\s+)?(?P<text>.+)$"),
    re.compile(rf"^(?P<title>{_NAME})(?:\s+in)?\s+(?:as|on)\s+(?P<text>.+)$"),  # "put Jordan Pike in as Assistant Coach"
    re.compile(rf"^(?P<title>.+?)\s+(?P<text>(?:{PRICE.pattern}).*)$"),
    re.compile(r"^(?P<title>.+?)\s+(?P<text>\+?\d{1,4}\.\d{2})$"),  # "Ricotta Hotcakes 22.00": a menu's price
    # "thursday 16:00-19:30": a day and its hours
    re.compile(r"^(?P<title>(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*)\s+(?P<text>\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm)?\s*[-–].+)$",
               re.IGNORECASE),
)
MAX_TITLE = 80
_PARTED = re.compile(r"\s[-–—]\s|:\s")


def _entry(said: str) -> tuple[str, str]:
    """The new thing's name and detail ("" when it gives none, or says it is the same)."""
    said = _KIN.sub("", _TRAILING.sub("", said.strip(" ,"))).strip(" ,")
    for form in _FORMS:
        m = form.match(said)
        if m is not None:
            text = m.group("text").strip(" ,")
            return _TRAILING.sub("", m.group("title")).strip(" ,"), "" if _SAME.search(text) else text
    return said, ""


def read(request: str, site: Site | None) -> Plan | None:
    """The edit of the one thing the request takes off into the one it puts in its place; None when
    it does not say both, or the one taken off is not on the site."""
    if site is None:
        return None
    added = list(_ADDED.finditer(request))
    said = _TRAILING.sub("", added[0].group("new")) if len(added) == 1 else ""  # "Agua Fresca to the menu": where it goes
    span = added[0].span() if len(added) == 1 else (0, 0)
    taken = _TAKES_OVER.search(request) if not added else None
    if taken is not None:
        said, span = taken.group("new") + (f" - {taken.group('role').strip()}" if taken.group("role") else ""), taken.span()
    said = _NEW_KIND.sub("", said)  # "add new puppy: Kapik - female, 3 months": the puppy
    if not said or NOT_AN_ENTRY.search(said) or _BESIDE.search(said):
        return None
    if len(pieces(said)[0]) > 1 and all(PRICE.search(p) for p in pieces(said)[0]):
        return None  # "add Ricotta Hotcakes $22, Mocha $6": two new things, not one in the other's place
    title, text = _entry(said)
    if not title or len(title) > MAX_TITLE or PRICE.fullmatch(title):
        return None
    rest = request[:span[0]] + ". " + request[span[1]:]
    removed = itemfit.removal(rest, site, alone=False)  # the new words take its place: what else it names stays
    if removed is None and _GOES.search(rest):
        # "Pete Hruska is retiring ... Please remove him": the one item the request names by its words
        meant = itemfit.item_meant(rest, site)
        removed = Plan(ops=[RemoveItem(op="remove_item", item=meant)]) if meant else None
        who = _WHO_WENT.search(rest) if removed is None else None
        # "Brenda has left for studies, please remove her": Brenda, where the site shows her in a paragraph
        removed = itemfit.removal(f"remove {who.group(0)}", site, alone=False) if who else removed
    if removed is None or len(removed.ops) != 1:
        return None
    gone = removed.ops[0]
    if isinstance(gone, RemoveItem):
        return Plan(ops=[EditItem(op="edit_item", item=gone.item, title=title, text=text)])
    if isinstance(gone, ReplaceText) and not gone.new:
        piece = re.sub(r"^(?:and|or|&)\s+|\s+(?:and|or|&)$", "", gone.old.strip(" ,;."))  # "Mint Choc Chip and "
        piece = _the_part_named(piece, rest)
        kept = PRICE.search(piece)
        # name and detail parted as the old piece parts them ("In-app video calls – no phone number needed": "Voice
        # notes – practice pronunciation async"), with the old price where none is typed
        parted = _PARTED.search(piece) or re.search(r",\s", piece)  # "Giulia Ferri, instructor, yoga teacher"
        new = f"{title}{parted.group(0) if parted else ' '}{text}" if text else f"{title} {piece[kept.start():] if kept else ''}".strip()
        swap = replacing(piece, new)
        return Plan(ops=[swap]) if swap is not None else None
    return None


def _the_part_named(piece: str, said: str) -> str:
    """Of a piece that joins two things with ", and" ("Hampton Inn Stockton (...) $129/night, and Courtyard by Marriott
    $149/night"), the one part whose words the request says ("Hampton Inn is sold out"); the piece where it joins none or
    the request names both."""
    parts = re.split(r",\s+and\s+|;\s+", piece)
    words = {w for w in re.findall(r"[\w'’]{3,}", said.casefold())}
    named = [p for p in parts if words & {w for w in re.findall(r"[\w'’]{3,}", re.sub(r"\([^()]*\)", " ", p).casefold())}]
    return named[0] if len(parts) > 1 and len(named) == 1 else piece
