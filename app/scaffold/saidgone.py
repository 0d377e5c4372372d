"""What a removal asked without naming it is of: the thing the words before it are about.

"The Lemon amber earrings are sold out, please remove them", "postcard set sold out, pls remove",
"Small Room we close for renovation this year, please remove it", "Used cooking oil we cannot accept
anymore, the collector stopped coming. Please remove it.": the removal names nothing after its verb, and
the thing is neither capitalised words nor "the ... is" (``itemfit.removal`` reads those). Here it is the
words that open the sentence before the verb, up to what is said of them ("are sold out", "we close").
"""

from __future__ import annotations

import re

# The removal without its object: "remove them", "pls remove.", "remove then", "take it off".
_BARE = re.compile(r"\b(?:remove|delete)\b(?:\s+(?:it|them|that|this|him|her))?"
                   r"(?=\s*(?:then|too|also|now|please|pls|for\s+now)?\s*(?:from\b|[.,;!?]|$))"
                   r"|\btake\s+(?:it|them|that|this|him|her)\s+(?:off|out|down)\b", re.IGNORECASE)
# Words that ask, exclaim or say who, not what goes: "Oops, the ...", "We had ...", "... so please".
_LEAD = re.compile(r"^\W*(?:(?:oops|ok|okay|so|and|but|also|hi|hey|sadly|unfortunately|well|the|our|my|a|we|i|they|he|she|it)\b[\s,!]*)*",
                   re.IGNORECASE)
_TAIL = re.compile(r"(?:[\s,]*\b(?:so|and|also|then|please|pls|can\s+you|could\s+you|kindly)\b)+[\s,]*$", re.IGNORECASE)
# Where what is said of the thing begins.
_SAID_OF = re.compile(r"\s+(?:is|are|was|were|has|have|had|isn['’]?t|aren['’]?t|sold\s+out|finish(?:ed)?|gone|we|i|they|"
                      r"not|no\s+longer|only|went|got|cancell?ed|can['’]?t|cannot|doesn['’]?t|don['’]?t|won['’]?t)\b"
                      r"|\s*[,:;(–—]|\s+-\s", re.IGNORECASE)
MAX_WORDS = 5  # a thing's name; more is a sentence about something else


def asked(request: str) -> re.Match[str] | None:
    """The removal said without what it removes, or None."""
    return _BARE.search(request)


def subject(request: str) -> str:
    """The words the sentence before the bare removal opens with, up to what it says of them; "" where there is no
    bare removal or they are no name (longer than ``MAX_WORDS`` words)."""
    bare = asked(request)
    if bare is None:
        return ""
    before = _TAIL.sub("", request[:bare.start()]).strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", before) if re.search(r"\w", s)]
    if not sentences:
        return ""
    sentence = _LEAD.sub("", sentences[-1])
    cut = _SAID_OF.search(sentence)
    words = sentence[:cut.start() if cut is not None else None].split()  # "Seniors 10-card 80 € also remove then"
    return " ".join(words) if 0 < len(words) <= MAX_WORDS else ""
