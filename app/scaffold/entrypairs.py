"""How the model paired a list's entries, against the entries the request types: one entry's name given to another as its
text ("Papatoetoe" / "Onehunga" of "areas we cover: Mangere, Otahuhu, Papatoetoe, Onehunga, Favona"), a role typed before a
name kept in the name ("Chairman Geoffrey Haigh"), or another person's name as someone's role. ``contentfit`` puts the
typed entries in place of such a pairing."""

from __future__ import annotations

from collections.abc import Sequence

from app.scaffold.plan import Entry
from app.scaffold.site import norm_words


def garbled(items: Sequence[Entry], read: Sequence[Entry]) -> bool:
    """Whether the model's entries give one the name of another as its text ("Papatoetoe" / "Onehunga" of "areas we cover:
    Mangere, Otahuhu, Papatoetoe, Onehunga, Favona"); its own name again is no other's ("Maple - 5 year old lab mix" twice)."""
    names = {norm_words(e.title) for e in read} | {norm_words(e.title) for e in items}
    return any(e.text and norm_words(e.text) in names - {norm_words(e.title)} for e in items)


def roles_misplaced(items: Sequence[Entry], people: Sequence[Entry]) -> bool:
    """Whether the model's team holds a name read with a role in another's place: a name with its role before it as the
    entry's name ("Chairman Geoffrey Haigh"), or another person's name in an entry's text ("Secretary Tan Mei Ling" as Dr.
    Pillai's role)."""
    names = {norm_words(p.title) for p in people}
    for item in items:
        title, text = norm_words(item.title), norm_words(item.text)
        if title not in names and any(f" {n} " in f" {title} " for n in names):
            return True
        if any(n != title and f" {n} " in f" {text} " for n in names):
            return True
    return False
