"""The content a request gives, read from its own words: quotes with their authors, questions
with their answers, the one list it types out, and people with their roles.

The model picks what to do and where; what the user typed to see on the site (a review and
who said it, an FAQ, a price list, a timetable, a team) is read here, so it reaches the page
whole and as written. Each reader returns entries (``title`` the name part: an author, a
question, a product) or an empty list when the request holds no such content; none guesses.
"""

from __future__ import annotations

import re

from app.scaffold.coverage import list_lines
from app.scaffold.listfit import entry_of, pieces as split_entries
from app.scaffold.namedcontent import name_spans, request_word, role_words
from app.scaffold.plan import Entry
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import EMOJI, NOT_AFTER_NO_END, SECTION_WORDS, norm_words
from app.scaffold.textfit import DAY, MONTH

# A quote: in double quotes, curly quotes, or single quotes that open after a space (not "don't").
_QUOTE = re.compile(r"\"([^\"]{8,})\"|“([^”]{8,})”|‘([^’]{8,})’|(?:(?<=[\s:(])|^)'((?:[^']|'(?=\w))"
                    r"{8,}?)'(?=[\s.,;:!?)-]|$)")
# What joins a quote to its author: a dash, a comma, "by"/"from"/"says".
_AUTHOR_LEAD = re.compile(r"^\s*[.,]?\s*(?:[-–—~]+|,|by\b|from\b|says\b|said\b)\s*", re.IGNORECASE)
# An author ends before the next quote's "and", a new sentence, a slash between quotes ("— Hannah K., Melbourne /
# 'Marisol ...'"), the next quote opening ("- Taras K. 'Very careful work ...'") or an instruction.
# (the next quote, signed in turn, ends it after "St.": "- Kirsty, fiddle, Buchanan St. 'finally know ...' - Tam")
_AUTHOR_END = re.compile(r"\s+(?:and|&)\s+(?=[\"“‘'])|,\s*(?=[\"“‘'])|[\"“‘]|\s+[/|]\s+|\s+(?='(?-i:[A-Z]))|\s+(?='[^'\n]{3,200}'\s*[-–—])|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bRev)(?<!\bMrs)(?<!\bProf)(?<!\bCllr)"
                         r"\.\s|[;!?]"
                         r"|\s+(?:on|to|in)\s+the\s+"
                         r"|\s+(?:please|pls|thanks|thank you)\b", re.IGNORECASE)
MAX_AUTHOR_WORDS = 8  # "Marcus Lee, Head of Marketing, Loop Logistics"
# A quote signed with a dash and a capitalised name ("'...' - Earl Hupp"): someone's words.
_SIGNED = re.compile(r"^\s*[.,]?\s*[-–—~]+\s*(?=[A-Z])")
# Who said it, with nothing between: a capitalised name that ends the request ("'... came in.' Mr and
# Mrs Goldsmith, Herstmonceux"). The match is empty: the name is read as an author after a lead.
_NAME_ENDS = re.compile(r"\s+(?=[A-Z][\w.'’&-]*(?:[ ,]+[\w.'’&-]+){0,6}\s*[.!]?\s*$)")
# Who said it, named with nothing between, after a quote that ends its own sentence ("'... same way
# again.' Carla Simms, Overland Park. 'Worth every penny ...'"): a name of two capitalised words.
_BARE_NAME = re.compile(r"^\s+(?=[A-Z][\w'’-]*\.?\s+(?:(?:de|van|von|da|le|la|du)\s+)?[A-Z])")
# ... or a capitalised name that runs to the next quote, or to the end ("'Scariest and funnest thing I
# ever did' Kayla from Tulsa - 'Dwayne knows every hole on that river' Mike and Jerry, Dallas TX").
_NAME_TO_NEXT = re.compile(r"^\s+(?=[A-Z][\w'’.-]*(?:,?\s+(?:from|and|&|of|the|[A-Z][\w'’.-]*)){0,6}\s*[.,]?\s*"
                           r"(?:(?:[-–—]|and|&)\s*)?(?:[\"“‘']|$))")
_NOT_AN_AUTHOR = re.compile(r"^(?:thanks|thank you|thx|please|pls|cheers|ta)\b", re.IGNORECASE)

# A question: its words from a sentence's start (or a colon, a dash, "Q:") to its "?".
_QUESTION = re.compile(r"(?:^['\"“‘]?|(?<=[.!?:\n/])|(?<=\s[-–—])|(?<=\bQ:)|(?<=\s['\"“‘]))\s*"  # "'Can I export my data?' yes, ..."
                       r"((?:what|how|do|does|did|can|could|is|are|will|would|where|when|why|who|which|should"
                       r"|shall|may|have|has)\b[^?.!\n]{3,150}\?)", re.IGNORECASE)
# A question typed without its "?", its answer after a dash: "add faq. how long does it take - most
# driveways 2-3 days. can i drive on it - after 24 hrs."
_DASHED = re.compile(r"(?:^|(?<=[.!?:\n]))\s*((?:what|how|do|does|did|can|could|is|are|will|would|where|when|why|who|which"
                     r"|should|shall|may|have|has)\b[^?.!\n–—]{3,120}?)\s+[-–—]+\s+(?=\S)", re.IGNORECASE)
# What says the questions that follow are an FAQ: "FAQ page pls:", "Questions:".
_FAQ_LEAD = re.compile(r"^\W*(?:(?:add|make|put|create|new)\s+(?:an?\s+)?)?(?:faqs?|questions)\b[^:?\n]{0,30}:", re.IGNORECASE)
_SHORT_QUESTION = re.compile(r"(?:(?<=[.!?:\n/])|(?<=[.!?:\n/]\s))\s*((?-i:[A-Z])[^?.!:\n/]{2,60}\?)")
# A question to the app, not on the site: "Can we get a 'Frequently Asked Questions' page?"
_ASKS_US = re.compile(r"\b(?:page|section|site|website|faqs?|questions|add|put|make|create)\b", re.IGNORECASE)
_ANSWER_LEAD = re.compile(r"^\s*(?:[-–—:]+|A:|answer:)?\s*", re.IGNORECASE)
_Q_MARKERS = re.compile(r"\b(?:Q|A|question|answer)\s*:\s*", re.IGNORECASE)
# "Q: ... A: ..." (or "Question: ... Answer: ..."): the markers say where each part starts.
_MARKED = re.compile(r"\b(?:Q|question)\s*:\s*(.+?)\s*\b(?:A|answer)\s*:\s*(.+?)(?=\s*\b(?:Q|question)\s*:|$)",
                     re.IGNORECASE | re.DOTALL)
# "Q does it hurt? A no, ringers are trained. Q ...": capital markers without colons.
_MARKED_BARE = re.compile(r"\bQ\.?\s+([^?]{3,80}\?)\s*A\.?\s+(.+?)(?=\s*\bQ\.?\s|$)", re.DOTALL)

# A sentence ends at ".", "!" or "?" after a word or a price, not after a step's number ("1. Fill in").
_SENTENCE = re.compile(NOT_AFTER_NO_END + r"(?<!\bPs)(?<!\bBro)(?:(?<=[A-Za-z)£$€%+\"”’])|(?<=\d\d)|(?<=[^\d\s,(]\d))[.!?]+(?:\s+|$)|\n+")
# What opens a list inside its sentence: "Rentals:", "a teachers page -", "here's the menu:".
# What opens a list: a label and its colon, a dash or "is"; what the list is and where, without a colon ("hours on
# home Mon-Fri 8-20, Sat-Sun 9-21").
_LEAD = re.compile(r"^.{0,60}?(?<!\d):(?!\d)\s*|^[^,;]{0,80}?(?:\s[-–—]\s|\s(?:is|are)\s(?=\S+\s\S))\s*"
                   r"|^(?!(?:put|add|write|show|list|include|say|pop|stick|place|and|also|please|pls|can|could)\b)"
                   r"(?:[\w'’]+\s+){1,3}?(?:on|for)\s+(?:the\s+)?(?:home(?:\s*page)?|front\s+page|[\w'’]+\s+page)\s+(?![\"“‘'])",
                   re.IGNORECASE)
_PROSE = re.compile(r"^(?:i|i'm|i've|i'd|we|we're|we've|our|it|it's|they|this|that|there|please|can|could|would"
                    r"|will|and the|but|hey|hi|hello|ok|okay|also|instead|now|then|so|keep|remove|delete|change"
                    r"|add|make|create|put|show|let|allow|set|build|include|have|need|want)\b",
                    re.IGNORECASE)
# A correction or a report, not content: "should be 1:30pm to 4pm, not 2pm", "still shows the old times".
_NOT_CONTENT = re.compile(r"\b(?:should|still|shows?|showing|not|isn't|aren't|don't|doesn't|wrong|missing|again"
                          r"|instead|looks?|empty)\b|\?", re.IGNORECASE)
_VERB_TAIL = re.compile(r"\s+(?:is|are)$", re.IGNORECASE)
MAX_NAME_WORDS = 8
MAX_TITLE, MAX_TEXT = 80, 200  # ``plan.Entry``'s limits: a reading past them is no entry
_SECTION_NAMES = frozenset(norm_words(w) for kind, words in SECTION_WORDS.items() for w in (kind, *words))
_NAME_WORD = re.compile(r"\b(?!(?:am|pm)\b)[A-Za-z]{2,}")
_DETAIL = re.compile(r"[$£€]\s?\d|\d\s?(?:am|pm)\b|\d[:.]\d\d|\d\s?(?:-|–|to|till|until)\s?\d|\([^()]+\)\s*$",
                     re.IGNORECASE)


def quotes(request: str, signed: bool = False) -> list[Entry]:
    """Each quote that is followed by who said it ("'Best cake ever' - Jo, Leeds"): the author is
    the title, the quote the text; quotes with no author are not read here. ``signed``: only
    quotes signed with a dash, which are someone's words whatever the request calls them."""
    named_first = [] if signed else _named_first(request)
    if named_first:
        return named_first
    out = []
    for m in _QUOTE.finditer(request):
        text = next(g for g in m.groups() if g is not None).strip()
        rest = _STARS.sub("", request[m.end():], count=1)  # "'...' ⭐⭐⭐⭐⭐ - Tom from Leeds"
        lead = _SIGNED.match(rest) if signed else _AUTHOR_LEAD.match(rest) or _NAME_ENDS.match(rest) \
            or (_BARE_NAME.match(rest) if text[-1:] in ".!?" else None) or _NAME_TO_NEXT.match(rest)
        if lead is None or len(text.split()) < (2 if _SIGNED.match(rest) else 3):
            continue  # "'Scarily accurate' – Vogelbescherming blog": a press quote, signed
        tail = rest[lead.end():]
        end = _AUTHOR_END.search(tail)
        author = tail[:end.start() if end else len(tail)].strip(" ,-–—")
        if not re.search(r"\b[A-Z]\.$", author):  # "Marcus T." keeps its initial's full stop
            author = author.rstrip(" .")
        if _NOT_AN_AUTHOR.match(author):
            continue  # "change the title to 'Fresh bread daily' - thanks!"
        if author and len(author.split()) <= MAX_AUTHOR_WORDS and len(author) <= 80 and len(text) <= 200:
            out.append(Entry(title=author, text=text))
    said_first = _AUTHOR_FIRST.search(request) if not out and not signed else None
    if said_first is not None:
        out.append(Entry(title=said_first.group("author"), text=next(g for g in said_first.groups()[1:] if g).strip()))
    plain = _AUTHOR_FIRST_PLAIN.search(request) if not out and not signed else None
    if plain is not None:
        out.append(Entry(title=plain.group("author"), text=plain.group("text")[:1].upper() + plain.group("text")[1:]))
    return out


_STARS = re.compile(r"^\s*[⭐★☆🌟]+")
# Who said each quote, named before it and a colon: "From Sarah, London: 'The best coffee ...' From Yonas, Addis: '...'",
# "a testimonial from Jonah Reyes, Creative Director at Pebblekick Games: '...'".
_FROM_NAMED = re.compile(r"\b(?:from|by|of)\s+(?P<author>(?-i:[A-Z])[\w'’.-]*(?:,?\s+(?:(?:at|of|from|in|and|&)\s+)?(?-i:[A-Z])[\w'’.-]*){0,7}"
                         r"(?:,\s*\d{1,3}\s+(?:years?|yrs?)(?:\s+old)?)?)\s*:\s*$", re.IGNORECASE)  # "of Doña Juana, 58 years: '...'"


def _named_first(request: str) -> list[Entry]:
    """Each quote with its author named right before it (``_FROM_NAMED``), where every quote has one; else []."""
    found = list(_QUOTE.finditer(request))
    out = []
    for i, m in enumerate(found):
        before = request[found[i - 1].end() if i else 0:m.start()]
        named = _FROM_NAMED.search(before)
        text = next(g for g in m.groups() if g is not None).strip()
        if named is None or len(text) > MAX_TEXT or len(named.group("author")) > MAX_TITLE:
            return []
        out.append(Entry(title=named.group("author"), text=text))
    return out


# ... or before a colon and words in no quotes: "add review from Kevin O. (Makongeni): Shirts came back crisp, delivered same day".
_AUTHOR_FIRST_PLAIN = re.compile(r"\b(?:(?:testimonial|review|quote)\s+from|credited\s+to)\s+(?P<author>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
                                 r"(?:\s*\([^()]{2,30}\))?)\s*:\s*(?P<text>[^\"“‘'\s][^\"“”‘’]{8,200}?)\s*[.!]?\s*$", re.IGNORECASE)
# Who said it, named before the one quote: "Add testimonial from Tomas and Eglė: 'Our wedding guests still talk ...'".
# "testimonial from Guðrún at the bakery: "...": where they are from goes with the name; "quote from my sister Leela: "...""
_AUTHOR_FIRST = re.compile(r"\b(?:testimonial|review|quote)\s+from\s+(?:(?:my|our)\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s+)?(?P<author>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?:and|&)\s+)?(?-i:[A-Z])[\w'’.-]*){0,4}"
                           r"(?:\s+(?:at|of|from)\s+(?:the\s+)?(?-i:[a-zA-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}(?=\s*:)|\s*\([^()]{2,40}\))?)"
                           r"\s*[:,-]?\s*(?:\"([^\"]{8,200})\"|“([^”]{8,200})”|'((?:[^']|'(?=\w)){8,200}?)')\s*[.!]?\s*$", re.IGNORECASE)


# Who said it, named as the owner of the words before the one quote: "add Uncle Themba's words on the homepage: 'Come as you
# are, leave as family.'"
_OWNED_WORDS = re.compile(r"\b(?P<author>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})['’]s\s+(?:words|quote|saying|message|motto|advice)"
                          r"(?:\s+(?:on|for|to|in)\s+(?:the\s+)?[\w'’ -]{1,25}?)?\s*[:,-]?\s*"
                          r"(?:\"([^\"]{8,200})\"|“([^”]{8,200})”|'((?:[^']|'(?=\w)){8,200}?)')\s*[.!]?\s*$")


def owned_quote(request: str) -> list[Entry]:
    """The one quote a request gives as someone's words (``_OWNED_WORDS``), its author the title; [] otherwise."""
    found = _OWNED_WORDS.search(request)
    text = next((g for g in found.groups()[1:] if g), "") if found else ""
    return [Entry(title=found.group("author"), text=text.strip())] if found and len(text.split()) >= 3 else []


# "Testimonial on home: Wall went up in a week, sheep stayed in ever since. Gareth Lloyd, Llanfaes farm.": a
# review announced before a colon, in no quotes, its last sentence who said it (a capitalised name, then where from).
_UNQUOTED = re.compile(r"^\W*(?:(?:please\s+)?add\s+(?:a\s+|an?other\s+)?)?(?:testimonial|review|quote)(?:\s+(?:on|for|to|sa|in)\s+"
                       r"(?:the\s+)?[\w'’ -]{1,30}?)?\s*:\s*(?P<text>[^\"“‘']{8,200}?[.!?])\s+(?:[-–—]\s*)?(?P<author>(?-i:[A-Z])[\w'’.-]*"
                       r"(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}(?:,\s*[\w'’ .-]{2,40}?)?)[.!]?\s*$", re.IGNORECASE | re.DOTALL)


def unquoted(request: str) -> list[Entry]:
    """The one review a request types after "Testimonial:" in no quotes, signed by its last sentence
    (``_UNQUOTED``); [] otherwise."""
    found = _UNQUOTED.match(request)
    if found is None or len(found.group("text").split()) < 3:
        return []
    return [Entry(title=found.group("author").strip(), text=found.group("text").strip())]


# "Tidy, honest and on time. - Dafydd Price, Sketty": a review a line, signed after a dash by a capitalised name.
_SIGNED_BY = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
_SIGNED_LINE = re.compile(rf"^\s*(?P<text>[^\n\"“”]{{8,200}}?[.!?])\s*[-–—]\s*(?P<author>{_SIGNED_BY}(?:\s+(?:and|&)\s+{_SIGNED_BY})?"
                          r"(?:,\s*[\w'’ .-]{2,40}?)?)[.!]?\s*$")  # "- Sian and Rob, Gorseinon"


def signed_lines(request: str) -> list[Entry]:
    """The reviews a request types one a line, each signed after a dash; [] unless every line after the
    first that holds one is one."""
    lines = [line for line in request.splitlines()[1:] if line.strip()]
    found = [m for line in lines if (m := _SIGNED_LINE.match(line))]
    if not found or len(found) != len(lines):
        return []
    return [Entry(title=m.group("author").strip(), text=m.group("text").strip()) for m in found]


MIN_QUESTIONS = 2  # questions typed with their answers: an FAQ, not a question of the user's own


def questions(request: str) -> list[Entry]:
    """Each question the request types with its answer after it ("Do you deliver? Yes, within 5
    miles."), the answer running to the next question; a question with no answer is not read."""
    marked = [Entry(title=_capital(q.strip()), text=a.strip()) for q, a in
              (_MARKED.findall(request) or _MARKED_BARE.findall(request))
              if q.strip() and a.strip() and len(q.strip()) <= 80 and len(a.strip()) <= 200]
    if marked:
        return marked
    # "can u add a faq?? how far in advance should i book - at least 2 weeks. ...": the question to the app is none
    found = [m for m in _QUESTION.finditer(request) if not _ASKS_US.search(_Q_MARKERS.sub("", m.group(1)).strip())] \
        or list(_DASHED.finditer(request))
    if _FAQ_LEAD.match(request):
        # "FAQ page pls: Dress code? Summer formal. Kids welcome? Yes! Parking? Free at ...": short questions in no
        # question's words, after what says they are an FAQ
        short = list(_SHORT_QUESTION.finditer(request))
        found = short if len(short) > len(found) else found
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start(1) if i + 1 < len(found) else len(request)
        answer = _Q_MARKERS.sub("", request[m.end(1):end])
        # "'Do you ship outside Cebu? → yes via J&T ...' and 'Can i wash it? → ...'": an arrow before, a quote and "and" after
        answer = re.sub(r"['’\"”]\s*(?:,|and|&)?\s*['‘\"“]?\s*$", "", re.sub(r"^\s*(?:→|->|=>)\s*", "", answer))
        answer = _ANSWER_LEAD.sub("", answer).strip()
        answer = re.sub(r"\s*[-–—/]\s*$", "", answer).strip().strip("'\"“”‘’").strip()
        question = _Q_MARKERS.sub("", m.group(1)).strip()
        if not answer or len(question) > 80 or len(answer) > 200 or _ASKS_US.search(question):
            continue
        question = question if question.endswith("?") else question + "?"  # typed without it, before a dash
        out.append(Entry(title=_capital(question), text=answer))
    return out


def _capital(question: str) -> str:
    return question[:1].upper() + question[1:]


def sentences(request: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(request) if s and s.strip()]


# Where the list goes, said after it: "..., 10 class pack 120€ , put on classes page too".
_WHERE_LAST = re.compile(r"\s*,\s*(?:and\s+)?(?:please\s+|pls\s+)?(?:put|add|show|place|list)\s+(?:(?:it|them|this|these)\s+)?"
                         r"(?:on|to|in|onto)\s+(?:the\s+)?[\w'’ -]{0,30}?(?:page|home)\b[^,]*$", re.IGNORECASE)


def _as_list(sentence: str) -> list[Entry]:
    """``sentence`` (after what opens it) as 2-8 short entries, or [] when it is prose."""
    if _NOT_CONTENT.search(sentence):
        return []
    lead = _LEAD.match(sentence)
    if re.match(r"\s*\d{1,2}\s*[.)]\s", sentence[lead.end():] if lead else sentence):
        return []  # "...: 1. Cover your face - pillowcase, veil, anything": a numbered step, not a list
    body = _WHERE_LAST.sub("", sentence[lead.end():] if lead else sentence)
    parts, semicolons = split_entries(body)
    if not 2 <= len(parts) <= 8 or any(_PROSE.match(p) for p in parts):
        return []
    entries = [(_VERB_TAIL.sub("", n), d) for n, d in (entry_of(p, semicolons) for p in parts)]
    if any(not n or len(n.split()) > MAX_NAME_WORDS or len(n) > MAX_TITLE or len(d) > MAX_TEXT for n, d in entries):
        return []
    if all(norm_words(re.sub(r"^(?:a|an|the)\s+", "", n, flags=re.IGNORECASE)) in _SECTION_NAMES for n, _ in entries):
        return []  # "Hero, pricing and a CTA": the sections a page should have, not content
    if sum(1 for n, _ in entries if _NAME_WORD.search(n)) * 2 < len(entries):
        return []  # "9am, 11am, 2pm": times with no names are slots, not content
    with_detail = sum(1 for p in parts if _DETAIL.search(p))
    # A run of short names ("vanilla, lemon drizzle and biscoff") or entries most of which carry
    # a price, a time or a note in brackets; a sentence of clauses is neither.
    if with_detail * 2 >= len(parts) or (len(parts) >= 3 and all(len(EMOJI.sub(" ", n).split()) <= 4 for n, _ in entries)):
        return [Entry(title=n, text=d) for n, d in entries]
    return []


def _one_entry(sentence: str) -> Entry | None:
    """A sentence that is one entry with its price or time ("Trouser hem £12."), or None. With
    commas, its first piece is the name and the rest the detail, where one price ends it ("Eleko
    (cassava paste resist), 2 yards, ₦18,000.")."""
    if _PROSE.match(sentence) or _NOT_CONTENT.search(sentence):
        return None
    if re.search(r",\s(?![^()]*\))", sentence):  # not the comma of "$4,850", nor one in brackets
        return _priced_pieces(sentence) or _dated(sentence)
    dated = _dated(sentence)
    if dated is not None:
        return dated
    name, detail = entry_of(sentence)
    name = _VERB_TAIL.sub("", name)
    if not detail or not (_DETAIL.search(detail) or PRICE.search(detail)) or not _NAME_WORD.search(name) or PRICE.search(name) \
            or len(re.sub(r"\([^()]*\)", " ", name).split()) > MAX_PIECE_WORDS + (2 if re.search(r":\s", sentence) else 0) \
            or len(name) > MAX_TITLE or len(detail) > MAX_TEXT:
        return None  # "Tuesdays 4pm - €60 per term, ... drop in" (over 200 characters), "callout £75 first hour then": no one entry
    return Entry(title=name, text=detail)


def _priced_pieces(sentence: str) -> Entry | None:
    pieces = [p.strip() for p in re.split(r",\s+(?![^()]*\))", sentence)]
    prices = PRICE.findall(sentence)
    if len(prices) != 1 or not sentence.rstrip(" .").endswith(prices[0]) or not 2 <= len(pieces) <= MAX_PIECES \
            or any(len(p.split()) > MAX_PIECE_WORDS for p in pieces) or not _NAME_WORD.search(pieces[0]) \
            or PRICE.search(pieces[0]) or len(pieces[0]) > MAX_TITLE:
        return None
    return Entry(title=pieces[0], text=", ".join(pieces[1:]))


def _dated(sentence: str) -> Entry | None:
    """A sentence that is a date and what is on then ("Sat 14 March - Maesteg Rugby Club.")."""
    parts = re.split(r"\s+[-–—]\s+|\s*:\s+", sentence.strip(" ."), maxsplit=1)
    if len(parts) != 2 or not _DATED.fullmatch(parts[0]) or not _NAME_WORD.search(parts[1]) or len(parts[1]) > MAX_TEXT:
        return None
    return Entry(title=parts[0], text=parts[1])


# A date as people type one: "Sat 14 March", "Friday 3rd April 2026", "7 Jan", "March 14".
_DATED = re.compile(rf"(?:{DAY}\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?|{MONTH}\.?\s+\d{{1,2}}"
                    rf"(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?", re.IGNORECASE)
MAX_PIECES = 3  # "name, size, price": more pieces are a list of their own
MAX_PIECE_WORDS = 6


def _sentence_runs(said: list[str]) -> list[list[Entry]]:
    """Runs of two or more sentences in a row that are one priced or timed entry each."""
    runs: list[list[Entry]] = [[]]
    for at, sentence in enumerate(said):
        lead = _LEAD.match(sentence) if at == 0 and ":" in sentence else None
        entry = _one_entry(sentence[lead.end():] if lead else sentence)  # "Here are our main pieces: The Bitterroot $2,400."
        if entry is None:
            runs.append([])
        else:
            runs[-1].append(entry)
    return [run for run in runs if 2 <= len(run) <= 8]


def _mixed_runs(said: list[str]) -> list[list[Entry]]:
    """A sentence that lists entries with their details, with the sentences of one such entry each typed right after it
    ("small lawn $35, medium $50, big section $70+. hedge trimming from $45 an hour. green waste trailer load $60")."""
    runs = []
    for at, sentence in enumerate(said):
        listed = _as_list(sentence)
        if not listed or not all(e.text for e in listed):
            continue
        run = list(listed)
        for after in said[at + 1:]:
            # (not a note that says what a price is for, "Fee is €180 per term", nor a labelled list of its own)
            entry = _one_entry(after) if not re.search(r"[:;]|\s(?:is|are)\s", after) else None
            if entry is None:
                break
            run.append(entry)
        if len(listed) < len(run) <= 8:
            runs.append(run)
    return runs


_LINE_PARTS = re.compile(r"\s+[-–—]\s+|(?<!\d):\s+")


def _line_entry(line: str) -> tuple[str, str]:
    """A list line as (name, detail): at its first dash or colon ("Secretary: Ngozi Okafor (née Eze)", "Starter – ₹0
    – up to 5 staff"); a line that opens with its date or time names its event after it, so at its last
    ("Thu 4 Mar – The Cluny, Newcastle – £11": the gig is "The Cluny", its price the detail); else ``entry_of``."""
    cuts = list(_LINE_PARTS.finditer(line))
    if not cuts:
        return entry_of(line)
    first = line[:cuts[0].start()].strip()
    cut = cuts[-1] if len(cuts) >= 2 and (_DATED.fullmatch(first) or _CLOCK.fullmatch(first)) else cuts[0]
    return line[:cut.start()].strip(), line[cut.end():].strip()


_CLOCK = re.compile(r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?)(?:\s?(?:-|–|to)\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?)?", re.IGNORECASE)


def lined(request: str, lead: bool = True) -> list[Entry]:
    """A run of 2-8 list lines (``coverage.list_lines``), one entry each (``_line_entry``); [] else."""
    found = [_line_entry(line) for line in list_lines(request, lead)]
    if not 2 <= len(found) <= 8 or any(not n or len(n) > MAX_TITLE or len(d) > MAX_TEXT for n, d in found):
        return []
    return [Entry(title=n, text=d) for n, d in found]


def listed(request: str) -> list[Entry]:
    """The one list the request types out: the sentence that reads as the most entries with a
    price, a time or a note, or a run of sentences that are one such entry each ("Trouser hem
    £12. Zip replacement £15."); [] when none does or two do equally (then it is not clear)."""
    found = lined(request)
    if found:
        return found  # typed one entry a line: the surest reading of all
    said = sentences(request)
    scored = []
    for found in [_as_list(s) for s in said] + _sentence_runs(said) + _mixed_runs(said):
        if found:
            scored.append((sum(1 for e in found if e.text), len(found), found))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if not scored:
        return _dashed_run(said)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return []
    return scored[0][2]


# One entry a sentence, its name before a spaced dash and what it is after: "Receipt scanning - snap a receipt
# and items are added automatically. Expiry alerts - get nudged 2 days before food expires."
_DASHED_ENTRY = re.compile(r"^(?P<name>(?-i:[A-Z0-9])[^.!?:;,–—-]{1,50}?)\s+[-–—]\s+(?P<what>\S[^\n]{2,})$")


def _dashed_run(said: list[str]) -> list[Entry]:
    """The sentences of the request that are such an entry each, where they are two or more in a row and
    every sentence after the first is one (the first may open with what they are: "Features section with 3 cards:
    ..."); [] otherwise."""
    out: list[Entry] = []
    for at, sentence in enumerate(said):
        lead = _LEAD.match(sentence) if at == 0 and ":" in sentence else None
        found = _DASHED_ENTRY.match(sentence[lead.end():].strip() if lead else sentence.strip())
        if found is None or _PROSE.match(found.group("name")) or len(found.group("name").split()) > MAX_NAME_WORDS // 2:
            if at == 0:
                continue
            return []
        out.append(Entry(title=found.group("name").strip(), text=found.group("what").strip().rstrip(".")[:MAX_TEXT]))
    return out if 2 <= len(out) <= 8 and len(out) >= len(said) - 1 else []


# Who does what, each person named in full with their role beside them: "Gord Lefebvre is our
# commodore, Priya Sandhu is head mechanic", "President is Darren Ellery, Secretary is Marguerite
# Phan", "me, Lorraine Pattinson, chair; Debbie Nixon, secretary", "Treasurer Linda Barras".
_JOIN_AFTER = re.compile(r"^\s*(?:[,:(]|\s[-–—]|\s(?:is|was|as)\b|['’]s\b)\s*(?:(?:our|the|a|an|my|their)\s+)?",
                         re.IGNORECASE)
_DOES = re.compile(r"^\s+(?:runs|does|handles|looks after|teaches|coaches|leads|cooks|makes|manages|organises"
                   r"|organizes|drives|takes)\b", re.IGNORECASE)
_ROLE_END = re.compile(r"\s*[;,)]\s*|\s+and\s+(?=(?:our|the|my|their)\b)|\s+and\s+(?=[A-Z])", re.IGNORECASE)
_ROLE_BEFORE = re.compile(r"^(?:and\s+)?(?:(?:our|the|my|their|a|an)\s+)?(?P<role>.*?)(?:\s+(?:is|are|was)|\s*[:–—-])?\s*$",
                          re.IGNORECASE | re.DOTALL)
MAX_ROLE_WORDS = 12


def _join_end(gap: str) -> int | None:
    """Where a role typed after a name starts in ``gap`` (", head chef", " is our commodore", " runs
    the boats"), or None when nothing joins one to the name."""
    joined = _JOIN_AFTER.match(gap)
    if joined is not None:
        return joined.end()
    return len(gap) - len(gap.lstrip()) if _DOES.match(gap) else None


def _role_after(gap: str) -> tuple[str, str]:
    """The role typed after a name (``gap`` runs to the next name), and what is left for the next."""
    at = _join_end(gap)
    if at is None:
        return "", gap
    rest = gap[at:]
    end = _ROLE_END.search(rest)
    return (rest[:end.start()] if end else rest).strip(" .\"'"), (rest[end.end():] if end else "")


def _role_before(text: str, loose: bool = False) -> str:
    """The role typed before a name, in the last clause of ``text``: "Secretary is", "and our junior
    coach is", "Treasurer"; "" when that clause is no role ("I'm", "me,")."""
    said_is = re.search(r"(?:\s(?:is|are|was)|\s*[:–—-])\s*$", text)
    clause = re.split(r"[,;:]|\s[-–—]\s", text[:said_is.start()] if said_is else text)[-1].strip()
    m = _ROLE_BEFORE.match(clause)
    role = m.group("role").strip() if m else ""
    # ``loose``: in a list whose first role came before its name, any short clause is the next role
    # ("chairman Geordie Pattinson, ..., groundsman Kev Milburn").
    # (a numbered role is one: "1. Vorsitzende Gesine Wübbenhorst")
    return role if role and (said_is or role_words().match(re.sub(r"^\d\.\s*", "", role)) or loose and len(role.split()) <= 3
                             and not _PROSE.match(role)) else ""


_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Rev|Cllr)\.?\s+$")


def _after_role(sentence: str, start: int, end: int) -> int:
    """Where a name starts inside a run that opens with a role ("1st XI Captain Tom Booth"), or
    at the sentence's first word that ``namedcontent`` left out of it ("Big Mike Odom, ghost stories")."""
    roles = [m.end() for m in re.finditer(r"\S+\s+", sentence[start:end]) if role_words().fullmatch(m.group(0))]
    if roles:
        return start + roles[-1]
    first = re.fullmatch(r"\s*([A-Z][\w'’-]*)\s+", sentence[:start])
    if first and not request_word(first.group(1)) and not role_words().fullmatch(first.group(1) + " "):
        return first.start(1)
    return start


def _sentence_people(sentence: str) -> list[Entry] | None:
    """The people of one sentence with their roles; [] when it names none, None when it names
    someone whose role cannot be read."""
    # "Treasurer Linda Barras": the role is not a part of the name; "Junior Coach", "Fixtures
    # Secretary" (a role word last) are roles, not names.
    spans = [(_after_role(sentence, s, e), e) for s, e in name_spans(sentence)
             if not role_words().fullmatch(sentence[s:e].rsplit(None, 1)[-1] + " ")]
    gaps = [sentence[a:b] for a, b in zip([0, *(e for _, e in spans)], [*(s for s, _ in spans), len(sentence)])]
    befores = [_role_before(gap) for gap in gaps[:-1]]
    # "President is Darren Ellery, Secretary is ...": every role before its name (not "coaches: Dani
    # Ocampo, head coach, ...", whose second name has no role before it).
    if spans and befores[0] and (len(spans) == 1 or befores[1]):
        people = [(span, before or _role_before(gap, loose=True)) for span, before, gap in zip(spans, befores, gaps)]
    else:
        # A name with its role after it ("Gord Lefebvre is our commodore,"), or before it in a list
        # of such ("and our fixtures sec is Carol Dodds"); other names are words of a role.
        persons = [j for j in range(len(spans)) if _role_after(gaps[j + 1])[0] or befores[j]]
        people = []
        for k, j in enumerate(persons):
            upto = spans[persons[k + 1]][0] if k + 1 < len(persons) else len(sentence)
            segment = sentence[spans[j][1]:upto]
            if k + 1 < len(persons):  # the next person's lead ("and I'm", "; and our fixtures sec is") is theirs
                segment = re.split(r"[;,](?=[^;,]*$)", _TITLE.sub("", segment))[0]
            at = _join_end(segment)
            people.append((spans[j], (segment[at:].strip(" .;,\"'") if at is not None else "") or befores[j]))
    found = []
    for (start, end), role in people:
        title = _TITLE.search(sentence[:start])
        name = sentence[title.start() if title else start:end]
        # A role that runs over a ";" or a bracket it did not open ("Property Manager; Kasia Nowak,
        # ...", "founder)") holds another person's words: the sentence is not read as people.
        if not role or len(role.split()) > MAX_ROLE_WORDS or len(role) > MAX_TEXT or len(name) > MAX_TITLE \
                or ";" in role or role.count(")") != role.count("("):
            return None
        found.append(Entry(title=name, text=role))
    return found


def people(request: str) -> list[Entry]:
    """Two or more people typed with their roles, each as (name, role); [] when any name has no role
    or a role reads as more than a few words."""
    found: list[Entry] = []
    for sentence in sentences(request):
        said = _sentence_people(sentence)
        if said is None:
            return []
        found += said
    return found if len(found) >= 2 else []
