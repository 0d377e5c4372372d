"""The note a request gives a page: a paragraph the user types for the home page or a page the site has ("Add to home:
99% of rocks sent to us ...", "On home page write: COREN registered. ..."), as a text section there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import ValidationError

from app.scaffold import entries, notefit
from app.scaffold.kindwords import FAQ_WORDS, REVIEW_WORDS, TEAM_WORDS
from app.scaffold.pagename import HOME_WORDS, named_page
from app.scaffold.plan import AddSection, Plan
from app.scaffold.site import norm_words

_WE_ANSWER = re.compile(r"\b(?:I|we)\s+(?:will\s+|always\s+|usually\s+)?answer\b", re.IGNORECASE)


def note_plan(request: str, routes: Sequence[str], colon_only: bool = False, listed: str = "") -> Plan | None:
    """The note the request gives the home page or a page the site has (``notefit.note``), as a
    text section there; None when it gives none. ``listed``: the one page with a list ("underneath the list")."""
    def names_place(words: str) -> bool:
        return bool(HOME_WORDS.search(words)) or named_page(words, routes) is not None \
            or notefit.page_under(words, routes, listed) is not None

    # "I answer same day": the verb, no FAQ
    if (REVIEW_WORDS.search(request) and entries.quotes(request) or FAQ_WORDS.search(_WE_ANSWER.sub(" ", request))
            or TEAM_WORDS.search(request) and entries.people(request)) and not notefit.quoted_on(request, names_place):
        return None  # quotes, questions, people: kinds of their own, not a paragraph ("New players can come ...")
    given = notefit.note(request, names_place, colon_only)
    if given is None:
        return None
    heading, text = given
    lead = request.partition(":")[0] if ":" in request else request
    route = named_page(lead, routes) or (named_page(request, routes) if not HOME_WORDS.search(request) else None) \
        or notefit.page_under(request, routes, listed) or "/"
    try:
        return Plan(ops=[AddSection(op="add_section", route=route, kind="text", heading=heading, text=text)])
    except ValidationError:
        return None


def note_words(note: Plan) -> set[str]:
    """The words of a note's text (``note_plan``)."""
    return set(norm_words(" ".join(getattr(op, "text", "") for op in note.ops)).split())
