"""Words the site shows said to be wrong, with the right ones: "change word balkon to balcony everywhere", "Four God Soup
is wrong, change to Four Herb Soup", "sory balkon i write wrong. correct is balcony", "the 14K can't use Escalera
Cienfuegos, it's under repair. change to Escalera Fischer", "i spelled Dooley Motors wrong on the sponsors, fix pls".

The model wrote these as the site's name, a theme or a decline. The right words are typed after "change to", "correct
is" or "should be" (or said to have been spelled wrong); the wrong ones are the words of the request the site shows that
are most like them (a word in common, or a spelling a letter or two apart), or, where only the right ones are typed, the
run of the site's words spelled most like them. One of each, or nothing is read.
"""

from __future__ import annotations

import difflib
import re

from app.scaffold.plan import Plan, ReplaceText, replacing
from app.scaffold.site import Site, shown_pieces

MIN_LIKE = 0.75  # how alike two spellings of a word are ("balkon", "balcony": 0.77; "Motrs", "Motors": 0.91)
MAX_WORDS = 5
_END = r"(?=\s*(?:,?\s*(?:everywhere|on\s+(?:all|every)\s+pages?|in\s+all\s+pages|please|pls|thanks?|thank\s+you)\b|[.!?;,]|$))"
_NEW = r"['\"“‘]?(?P<new>[^.!?;,'\"“”‘’]{2,60}?)['\"”’]?"
# The right words: "change to X", "change word A to X", "correct is X", "should be X".
_RIGHT = (
    re.compile(rf"\bchange\s+(?:(?:the\s+)?(?:word|name|spelling)\s+['\"“‘]?(?P<old>[^'\"“”‘’]{{2,40}}?)['\"”’]?\s+|(?:it|that|this|them)\s+)?"
               rf"to\s+{_NEW}{_END}", re.IGNORECASE),
    re.compile(rf"\bcorrect(?:\s+(?:word|one|spelling|name))?\s+is\s+{_NEW}{_END}", re.IGNORECASE),
    re.compile(rf"\bshould\s+(?:be|say|read)\s+{_NEW}{_END}", re.IGNORECASE),
)
# ... or said to have been spelled wrong: "i spelled Dooley Motors wrong".
_SPELLED = re.compile(r"\b(?:spelled|spelt|misspelled|misspelt|wrote|typed)\s+(?P<new>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+wrong",
                      re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’-]*")


def read_plan(request: str, site: Site | None) -> Plan | None:
    """``read`` as a plan."""
    op = read(request, site)
    return Plan(ops=[op]) if op is not None else None


def read(request: str, site: Site | None) -> ReplaceText | None:
    """The wrong words the site shows replaced by the right ones typed; None unless one of each reads."""
    if site is None:
        return None
    texts = [text for _, text in shown_pieces(site)] + list(site.footer)
    right = next((m for pattern in _RIGHT if (m := pattern.search(request))), None)
    if right is not None:
        new = re.sub(r"^(?:the|a|an)\s+", "", right.group("new").strip(), flags=re.IGNORECASE)
        old = right.groupdict().get("old") or _most_like(request[:right.start()] + " " + request[right.end():], new, texts)
    else:
        spelled = _SPELLED.search(request)
        if spelled is None:
            return None
        new = spelled.group("new").strip()
        old = _spelled_like(new, texts)
    if re.search(r"\d", f"{old}{new}"):
        return None  # a time, price or number: "sunday hours change to 10am-5pm" is no word spelled wrong
    shown = _shown(old, texts) if old and new and old.casefold() != new.casefold() and not _shown(new, texts) else None
    return replacing(shown, new) if shown is not None else None


def _shown(words: str, texts: list[str]) -> str | None:
    """``words`` as the site writes them ("Balkon" of "balkon"); None where it does not show them."""
    pattern = re.compile(rf"(?<![\w'’]){re.escape(words)}(?![\w'’])", re.IGNORECASE)
    return next((m.group(0) for text in texts if (m := pattern.search(text))), None)


def _alike(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= MIN_LIKE


def _like(words: list[str], new: list[str]) -> bool:
    """A word in common with the right words but not all, or as many words each spelled alike."""
    said, right = {w.casefold() for w in words}, {w.casefold() for w in new}
    if said & right and not said <= right:  # (not "hotel" of "Felbridge Hotel": words the right ones hold)
        return True
    return len(words) == len(new) and all(_alike(a, b) for a, b in zip(words, new)) and said != right


def _most_like(rest: str, new: str, texts: list[str]) -> str | None:
    """The longest run of the request's other words that the site shows and that is like ``new``; None where two are."""
    words, right = _WORD.findall(rest), _WORD.findall(new)
    runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + MAX_WORDS, len(words)) + 1)
            if _like(words[i:j], right)}
    shown = sorted((run for run in runs if _shown(run, texts) is not None), key=len, reverse=True)
    longest = [run for run in shown if len(run) == len(shown[0])] if shown else []
    # (the longest: "Four God Soup", not "Soup"; nor one inside it)
    return longest[0] if len({r.casefold() for r in longest}) == 1 else None


def _spelled_like(new: str, texts: list[str]) -> str | None:
    """The one run of the site's words, as many as ``new`` has, each spelled like its word and not all the same."""
    right = _WORD.findall(new)
    found = set()
    for text in texts:
        words = _WORD.findall(text)
        for i in range(len(words) - len(right) + 1):
            run = words[i:i + len(right)]
            if all(_alike(a, b) for a, b in zip(run, right)) and [w.casefold() for w in run] != [w.casefold() for w in right]:
                found.add(" ".join(run))
    return found.pop() if len(found) == 1 else None
