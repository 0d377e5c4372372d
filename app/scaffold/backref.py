"""A request that points back at words it does not type: "faq page missing the rebate question",
"reviews page only has one review, put both", "about page dont have what my wife wrote on it".

A turn reads only its own request, so what is missing cannot be known from it; the model then
made something up (an empty FAQ section, a page that was there, a heading "Only has one of the
questions"). In the user sets u1-u63, 35 such turns were applied and failed their checks against 1
that passed. They decline instead, saying to type the words (``turn.points_back_message``).
"""

from __future__ import annotations

import re

from app.scaffold import entries
from app.scaffold.coverage import typed_content
from app.scaffold.namedcontent import dates, names

_MISSING = re.compile(r"\b(?:missing|isn'?t (?:there|on|showing)|aren'?t (?:there|on|showing)|arent (?:there|on|showing)"
                      r"|(?:does|do)n'?t (?:have|show|say|mention)|dont (?:have|show|say|mention)|has no|have no"
                      r"|only (?:has|have|shows?)|not found|no sign of|can'?t see|cant see|(?:is|are) not (?:there|on|showing)"
                      r"|where'?s the|where are the|still (?:empty|blank)|is empty|is blank|nothing on)\b", re.IGNORECASE)
# ... or at words typed in an earlier turn: "Change all the prices in Menu to the new ones I wrote" (a page had been renamed
# "Not Valid" from the words that followed).
_EARLIER = re.compile(r"\b(?:the\s+(?:new\s+)?ones?|what|the\s+(?:prices|words|text|names|times|details))\s+(?:i|we)\s+"
                      r"(?:just\s+|already\s+)?(?:wrote|typed|gave|sent|said|told\s+you|put|listed)\b"
                      r"|\b(?:like|as)\s+(?:i|we)\s+(?:said|wrote|typed)\s+(?:before|earlier|above)\b", re.IGNORECASE)
# What another reading answers: the menu's links, a removal, typed words after a colon, numbers,
# paths, an answer after a question ("do you bring music? yes i bring my own speaker"), a section
# asked for by its kind ("... is missing social proof. Add a testimonials section.").
_OTHER = re.compile(r"\b(?:menu|nav|navigation|link|take|remove|delete|rid|off)\b|[:\d/]|\?\s*\w|(?-i:\bput\s+[A-Z])"
                    r"|\b(?:add|create|make)\s+(?:a|an|some)\s+(?:\w+\s+){0,2}(?:section|page|block)\b", re.IGNORECASE)
MAX_WORDS = 25


def points_back(request: str) -> bool:
    """Whether ``request`` says something is missing, or points at words of an earlier turn, without typing it: no
    content, name, date, question or quote of its own."""
    missing = bool(_MISSING.search(request)) and not _OTHER.search(request)
    return (missing or bool(_EARLIER.search(request))) and len(request.split()) <= MAX_WORDS \
        and not typed_content(request) and not names(request) and not dates(request) \
        and not entries.questions(request)
