"""What an opening prompt types for the home page besides its description: the headline it
gives in so many words, and the contact details it lists.

"Our headline should be "See the lake at your own pace"", "Headline: Fresh Bengali sweets, made
every morning", "Our motto is "Warm feet, warm hearts"", "Put 'Never too old to throw a punch' at
the top": the model put a clause of the description in the hero instead, or the site's name. "Phone
is 0427 118 903", "my contact details: 14 Hopetoun Road, South Queensferry, EH30 9RA, telephone ...,
email ...": the description keeps only the sentences about the site, not those said to the app.
Either left out, the turn declined the whole opening prompt (8 of the 20 in u74-u75), and every later
step of the session was judged on a site with no name. Here the headline is the hero's subtitle, as
typed, and the details are a contact section on the home page, each labelled.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.contactfit import label_of
from app.scaffold.coverage import plan_text, typed_content
from app.scaffold.plan import AddItems, DescribeSite, Entry

# The words an opening prompt gives the hero, after what names them: in quotes to their end, or
# to the sentence's end ("Headline: Hail happens. We fix it without paint." keeps its first sentence).
_NAMED_AS = (r"\b(?:headline|slogan|tagline|strapline|motto|tag\s*line)(?:\s+(?:should|could|would|will|can)\s+"
             r"(?:be|read|say)|\s+(?:is|reads|says)|\s+something\s+like|\s*:|\s*[-–—])?\s*")
_QUOTED = r"[\"“‘'](?P<quoted>[^\"”’]{3,120}?)[\"”’'](?=[\s.,;:!?)]|$)"
_HEADLINE = re.compile(_NAMED_AS + r"(?:" + _QUOTED + r"|(?P<bare>[A-Z][^.!?\n]{2,120}))", re.IGNORECASE)
_AT_THE_TOP = re.compile(r"(?:\bput\s+(?=[\"“‘'][^\"”’]{3,120}?[\"”’']\s+(?:at|on)\s+the\s+top\b)"
                         r"|\b(?:page|site)\s+(?:to\s+)?say\s+)" + _QUOTED, re.IGNORECASE)  # "the front page to say "...""
# A street address: a number, capitalised words, a street word, then the town, region and postcode
# after commas ("212 Kellys Plains Road, Armidale NSW", "14 Hopetoun Road, South Queensferry, EH30 9RA").
_STREET = (r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Place|Pl|Parade|Terrace|Tce|Crescent|Cres|Court|Ct|"
           r"Boulevard|Blvd|Highway|Hwy|Close|Row|Square|Sq|Quay|Wharf|Hill|Green|Gardens|Mews)")
_ADDRESS = re.compile(r"(?<![\w$£€])\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){1,4}" + _STREET + r"\b\.?"
                      r"(?:,\s*(?:(?:St|Mt|Ft)\.\s)?(?:[A-Z][\w'’-]*|[A-Z0-9]{2,4}\s?[0-9][A-Z0-9]{2})"
                      r"(?:[ \t]+(?:\d{4,6}\b|[A-Z][\w'’-]*|[A-Z0-9]{2,4}))*){0,4}")  # "St. John's NL A1C 1G7"
# Opening hours: days, then times ("Tuesday to Saturday 10am to 5pm", "Monday to Saturday, 10am to 5pm",
# "Wednesday to Sunday 8am until sold out", "Wed-Sun 11am-8pm").
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)"
_HOURS = re.compile(rf"\b{_DAY}(?:\s*(?:-|–|to)\s*{_DAY})?,?\s+(?:from\s+)?{_TIME}\s*(?:-|–|to|till|until)\s*(?:{_TIME}|sold out)",
                    re.IGNORECASE)


def headline(request: str) -> str:
    """The words the request gives the hero in so many words, as typed; "" when it gives none."""
    found = _HEADLINE.search(request) or _AT_THE_TOP.search(request)
    if found is None:
        return ""
    quoted = found.group("quoted")
    return quoted.strip() if quoted else (found.groupdict().get("bare") or "").strip(" .,")  # in quotes: as typed


def details(request: str) -> list[Entry]:
    """The contact details the request types, labelled: its street address, opening hours, phone
    numbers, emails, handles and web addresses (``contactfit.label_of``)."""
    out = [Entry(title="Address", text=m.group(0).rstrip(" .,")) for m in _ADDRESS.finditer(request)]
    out += [Entry(title="Hours", text=m.group(0)) for m in _HOURS.finditer(request)]
    for piece in typed_content(request):
        label = label_of(piece, request)
        if label is not None:
            out.append(Entry(title=label, text=piece))
    return out


def completed(ops: list[Any], request: str) -> list[Any]:
    """``ops`` with an opening prompt's headline as the hero's subtitle, and the contact details it
    types as the home page's contact section, in place of the placeholder ones: a placeholder
    contact section ("hello@example.com") or opening hours ("Monday to Friday 9am to 5pm") beside
    the user's own would contradict them."""
    opener = next((op for op in ops if isinstance(op, DescribeSite)), None)
    if opener is None:
        return ops
    said = headline(request)
    if said and said.casefold() != opener.name.casefold():
        ops = [op.model_copy(update={"tagline": said}) if op is opener else op for op in ops]
    typed = details(request)
    given = " | ".join(plan_text(op.model_dump_json()) for op in ops if not isinstance(op, DescribeSite)).casefold()
    own = [e for e in typed if e.text.casefold() not in given]  # not those another op places already
    if not own:
        return ops
    placeholders = {"contact", "list"} if any(e.title == "Hours" for e in typed) else {"contact"}
    ops = [op.model_copy(update={"sections": [k for k in op.sections if k not in placeholders]})
           if isinstance(op, DescribeSite) else op for op in ops]
    return [*ops, AddItems(op="add_items", route="/", kind="contact", items=own[:8])]
