"""Copied text is exact by construction: the request's spans, as a constraint on the plan's copy slots.

The model copies the user's words into a plan (a site name, a title, an item and its price) and
sometimes respells them ("Harbor Cafe" -> "Harley Cafe", "£3.50" -> "$3,40"). Instead of fitting
such values back after the fact, the decoder may only write, in each copy slot, a *span* of the
request (``request_spans``): its words from the start of one word to the end of another, at most
``MAX_SPAN_WORDS`` of them, the last one with or without up to two of the marks that close a
sentence, a bracket or a quote ("anytime?", "(50 invoices)", "Send it!"), never with a comma. A span never starts with a quote or a bracket. Longer
copy comes whole: each quoted part, each sentence or clause. A path the request names also gives
its segments ("/docs/intro" -> "intro"), but not with spaces for hyphens: "a page Tapas & Wine at
/tapas-wine" must not let the title be "Tapas Wine".

``plan_json_schema(spans=...)`` turns the list into enums, one per slot length, with the case
variants a title takes (``case_variants``: "a pricing page" -> "Pricing", "customer stories" ->
"Customer Stories"). Measured with llguidance on the shipped tokenizer (bench/results/span-grammar.json):
the enums add 0-4 ms to the grammar's compile for a request of up to 20 words and 10-16 ms past
40 words, while the same spans as one ``pattern`` next to the slot's ``maxLength`` (a trie sharing
the words' suffixes, case-insensitive) took 10-600 ms, and a flat pattern of them 7-80 ms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.scaffold import explicit

MAX_SPAN_WORDS = 24
MAX_SPAN_CHARS = 400  # the longest copy slot (a section's text)
MAX_REQUEST_WORDS = 200  # the words after these give no spans (a request that long is pasted content)
# Punctuation that a span never starts with: quotes and brackets around the user's words.
_LEAD = "\"'“”‘’«»([{<*_`,.;:!?/–—-"
# Punctuation that ends a word; of it, a span may keep what closes a sentence, a bracket or a
# quote ("anytime?", "(50 invoices)", "Send it!"), never a comma, colon or dash ("Install,").
_TRAIL = "\"'“”‘’«»)]}>*_`,.;:!?/–—-"
_KEPT = "\"'“”‘’»)]}.!?"
_MAX_TRAIL = 2  # at most this many of a word's closing marks are kept
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|(?:(?<=\s)|^)'([^']+)'(?=[\s.,;:!?)]|$)")
_CLAUSE_END = re.compile(r"[.!?;:](?=\s|$)|\n")


@dataclass(frozen=True)
class _Word:
    start: int  # its first character after any opening marks
    core: int  # the end of the word without its closing marks
    end: int  # the end with the closing marks a span may keep (up to _MAX_TRAIL)


def _words(request: str) -> list[_Word]:
    out = []
    for m in re.finditer(r"[^\s=]+", request):  # "label=Help Center": "=" separates words too
        start, end = m.start(), m.end()
        while start < end and request[start] in _LEAD:
            start += 1
        core = end
        while core > start and request[core - 1] in _TRAIL:
            core -= 1
        if core > start:  # a word of punctuation only ("-", "…") joins spans but neither starts nor ends one
            kept = core
            while kept < min(end, core + _MAX_TRAIL) and request[kept] in _KEPT:
                kept += 1
            out.append(_Word(start, core, kept))
    return out[:MAX_REQUEST_WORDS]


def _trimmed(text: str) -> str:
    return text.strip().lstrip(_LEAD).rstrip(_TRAIL).strip()


def _wholes(request: str) -> list[str]:
    """The quoted parts, the sentences and clauses, and the paths' segments."""
    out = [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(request)]
    start = 0
    for m in [*_CLAUSE_END.finditer(request), None]:
        end = m.end() if m is not None else len(request)
        piece = request[start:end]
        whole = piece.strip().lstrip(_LEAD)
        out += [_trimmed(piece)] + ([whole] if whole[-1:] in _KEPT else [])  # "...?" keeps its mark, "...:" not
        start = end
    for path in explicit.paths(request):
        out += path.strip("/").split("/")  # "/docs/intro" -> "intro"; "our-story" stays one word
    return out


def request_spans(request: str, max_words: int = MAX_SPAN_WORDS, max_chars: int = MAX_SPAN_CHARS) -> list[str]:
    """The request's spans (see the module docstring), as typed, in the request's order, without
    repeats: a 15-word request has about 120, a 60-word one about 1,200."""
    words = _words(request)
    seen: dict[str, None] = {}
    for i, first in enumerate(words):
        for last in words[i:i + max_words]:
            if last.core - first.start > max_chars:
                break
            for stop in range(last.core, last.end + 1):
                seen.setdefault(request[first.start:stop])
    for text in _wholes(request):
        if text and len(text) <= max_chars:
            seen.setdefault(text)
    return list(seen)


def case_variants(span: str, title: bool) -> list[str]:
    """The span as typed and with a capital first letter; with ``title``, also every word's."""
    out = [span, span[:1].upper() + span[1:]]
    if title:
        out.append(" ".join(w[:1].upper() + w[1:] for w in span.split(" ")))
    return list(dict.fromkeys(out))
