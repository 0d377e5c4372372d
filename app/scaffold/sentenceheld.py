"""Where the site's texts hold a name a request says: the sentence (or the piece of it between commas) that holds every word
of it, on the pages the request names, for a removal or an edit of something the site says in a paragraph rather than
lists ("Kids Swag $420" of "Single Drover $685, Double Drover $925, Kids Swag $420.")."""

from __future__ import annotations

import re

from app.scaffold import heldpiece, prose
from app.scaffold.plan import MAX_OPS
from app.scaffold.site import APOSTROPHE, AROUND_A_NAME, Page, Site, norm_words

MIN_NAMED_CHARS = 4  # "it", "the": no name of a sentence to take out
MAX_SENTENCE = 200  # ``ReplaceText.old``


def unquoted_words(text: str) -> str:
    """``text``'s words with no apostrophes: "Monkeys Fist" names "Make Your Own Monkey's Fist"."""
    return norm_words(APOSTROPHE.sub("", text))


def plain(name: str) -> str:
    """``name`` as words, without the quotes and brackets around it and its apostrophes."""
    return unquoted_words(AROUND_A_NAME.sub("", name.strip()))


# A name of three letters is one ("take Pip off the horses page", "Duo still showing") unless it is one
# of these words.
_NOT_SHORT_NAMES = frozenset("the and its him her his our off all one any too now yes not for you she they "
                             "pls can two six ten new old bit out".split())


def long_enough(words: set[str]) -> bool:
    """Whether ``words`` name something to take out: four letters, or a word of three not a request's."""
    return len("".join(words)) >= MIN_NAMED_CHARS or (len(words) == 1 and len(next(iter(words))) == 3
                                                      and not words & _NOT_SHORT_NAMES)


# Words that say what kind of thing is named, which a sentence listing it need not repeat.
_KIND_WORDS = frozenset("workshop workshops class classes course courses session sessions option item product service "
                        "package tour event activity".split())


def sentences_holding(site: Site, name: str, request: str = "") -> tuple[set[str], set[str]]:
    """The sentences of the site's section texts that hold every word of ``name``, and those words. Only the pages
    ``request`` names, where it names one ("remove them from the What We Lend page": not the home page's "we lend out
    wheelchairs ... and commodes")."""
    said_all = [said.strip() for page in (pages_named(site, request) or site.pages) for section in page.sections
                for said in prose.sentences(section.text or "") if MIN_NAMED_CHARS <= len(said.strip())]
    # the name as typed ("outboard service", not "outboard servicing"), then without the words around it ("the
    # wetsuit hire line"); each as said, else as a plural or not ("cot duvets" of "Cot duvet £70")
    named = {w for w in norm_words(name).split() if w not in ("the", "our", "my")}
    # last, without the word of its kind the user adds ("Tonbodama bead workshop" of "Tonbodama bead 20 minutes ¥2,200.")
    for wanted in (named, set(plain(name).split()), named - _KIND_WORDS if len(named - _KIND_WORDS) >= 2 else set()):
        if not wanted or not long_enough(wanted):
            continue
        found = {said for said in said_all if wanted <= set(norm_words(said).split())} \
            or {said for said in said_all if heldpiece.stems(wanted) <= heldpiece.stems(set(norm_words(said).split()))}
        if found:
            return found, wanted
    return set(), set()


def sentence_holding(site: Site, name: str, request: str = "") -> str | None:
    """The one sentence that holds every word of ``name`` (``sentences_holding``), or, where the sentence lists other
    things too, the one piece of it between commas that does, with its comma: "Kids Swag $420" of "Single Drover $685,
    Double Drover $925, Kids Swag $420."; None else."""
    found, wanted = sentences_holding(site, name, request)
    if len(found) != 1 or keeps_others(next(iter(found)), name, request):
        return None
    # a long sentence that lists things ("Solar panel bird mesh from £280 ..., guano clean up from £150"):
    # the piece that holds the name goes, within ``ReplaceText.old``'s length
    held = heldpiece.piece_holding(found.pop(), wanted)
    return held if held and len(held) <= MAX_SENTENCE else None


def pieces_holding(site: Site, name: str, request: str) -> list[str]:
    """The piece that names it of each of several sentences that list it among other things ("yard clean up" of
    "Services: lawn mowing, hedge trimming, yard clean up." and "... hedge trimming T$15 a hour, yard clean up T$60"):
    [] where one sentence holds it, or a sentence is all about it."""
    found, wanted = sentences_holding(site, name, request)
    pieces = [heldpiece.piece_holding(said, wanted) for said in sorted(found) if not keeps_others(said, name, request)]
    whole = [p for p, said in zip(pieces, sorted(found)) if not p or p.strip(" ,.") == said.strip(" ,.") or len(p) > MAX_SENTENCE]
    # the longest first: one piece may hold another ("yard clean up T$60" and "yard clean up")
    return sorted(pieces, key=len, reverse=True) if 2 <= len(found) <= MAX_OPS and len(pieces) == len(found) and not whole else []


def keeps_others(sentence: str, name: str, request: str) -> bool:
    """Whether the request says to keep other things the sentence names ("I dont deliver to Jaboatão anymore, only Recife and
    Olinda" of "Delivery in Recife, Olinda and Jaboatão for R$ 20."): the sentence is not all the removal's."""
    kept = set(re.findall(r"(?-i:[A-Z][\w'’-]{2,})", sentence)) - set(name.split())
    return bool(re.search(r"\b(?:only|keep)\b", request, re.IGNORECASE)) and any(w in request for w in kept)


def pages_named(site: Site, request: str) -> list[Page]:
    """The pages ``request`` names as pages ("... from the What We Lend page")."""
    words_said = f" {norm_words(request)} "
    return [page for page in site.pages if f" {norm_words(page.title)} page " in words_said]
