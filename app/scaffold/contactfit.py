"""Contact details typed to be added, read from the request's own words: "add the email for booking
showcase spots: laughs@gmail.com and our insta @laughtracktues", "please add the club email ...
and say people can contact Lucy on 027 318 6640", "add a Contact page with my phone number (403)
555-0187 and my email hello@...".

The model declined such requests or wrote the number as an item's name. Each email, phone number,
handle and web address is the user's, as typed: they become the entries of a contact section
(Email, Phone, Instagram ...) on the page the request names, home otherwise. Read only where the
model's plan declined the request or left its details out (``turn.read_instead``); a request that
types other content (a price, a time) or asks for a feature (a contact form) is not read here.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold import prose
from app.scaffold.contentfit import routes_of
from app.scaffold.pagename import named_page
from app.scaffold.pagename import HOME_WORDS, new_page_named, title_for
from app.scaffold.coverage import typed_content
from app.scaffold.plan import AddItems, AddPage, AddSection, EditItem, Entry, Plan
from app.scaffold.scope import asks_for_feature
from app.scaffold.site import CONTACT_PLACEHOLDERS, Site, norm_words, shown_text

# A street address's street word ("Road", "Rd", "Parade", "Mews").
STREET = (r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Place|Pl|Parade|Terrace|Tce|Crescent|Cres|Court|Ct|"
           r"Boulevard|Blvd|Highway|Hwy|Close|Row|Square|Sq|Quay|Wharf|Hill|Green|Gardens|Mews)")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE = re.compile(r"^[+(]?\d[\d\s().-]{5,}\d$")
_HANDLE = re.compile(r"^@\w")
# Which network a handle is on, said beside it.
_NETWORKS = (("Instagram", re.compile(r"\b(?:insta|instagram|ig)\b", re.IGNORECASE)),
             ("Facebook", re.compile(r"\b(?:facebook|fb)\b", re.IGNORECASE)),
             ("TikTok", re.compile(r"\btik ?tok\b", re.IGNORECASE)),
             ("X", re.compile(r"\b(?:twitter|x\.com)\b", re.IGNORECASE)))
# What a detail is for, not a feature asked for: "the email for booking showcase spots", "call to book".
_PURPOSE = re.compile(r"\b(?:for|to)\s+(?:make\s+a\s+)?book(?:ing|ings)?\b|\bbookings?\s+(?:enquiries|inquiries|email|line)\b",
                      re.IGNORECASE)
_ADDS = re.compile(r"\b(?:add|put|include|list|show|stick|pop|give|here'?s|here is|our|my)\b", re.IGNORECASE)
# Said of what is wrong or where the footer is: another reader's ("still", "missing", "footer").
# ("at the bottom of home" is home's: a new section goes last)
_NOT_HERE = re.compile(r"\b(?:still|missing|not on|isn'?t|wrong|footer|top|bottom(?!\s+of\s+(?:the\s+)?(?:home|homepage|front|main)\b)|every page|each page|all pages|"
                       r"remove|delete|change|replace|instead|nav|navigation|menu|link)\b", re.IGNORECASE)
# What the request asks the section to say beside the details: "and say drop offs are by appointment".
_SAY = re.compile(r"\b(?:say|saying|stating|mention)\s+(?:that\s+)?(?P<words>[^.!?]{3,300})", re.IGNORECASE)


# Where the details are, said as a sentence: "address is 14 Opal St Lightning Ridge".
_ADDRESS = re.compile(r"\b(?P<words>(?:our\s+|my\s+|the\s+)?address(?:\s+is\s+|\s*:\s*|\s+(?=\d))[^.!?]{4,120}"
                      # "put whatsapp number 013-987 4521 and address Jalan Losong Haji Su, 21000 Kuala Terengganu"
                      r"|address\s+(?-i:(?=[A-Z]))[^.!?]{4,120}?(?=\s+and\s+(?:whats\s?app|phone|mobile|email|call|tel)\b|[.!?]|$)"
                      r"|(?:we'?re|we are)\s+at\s+[^.!?]{4,120})", re.IGNORECASE)
# Words a request for contact details may hold beside them: asking, placing, naming the details.
_DETAIL_WORDS = frozenset("""
    add put include list show stick pop give here heres here's please pls thanks thank you cheers ta just also and or
    then finally lastly last one thing ok okay righto right so oh my our the a an on in to at of for with is are it
    its it's that this them page home homepage contact contacts details detail phone mobile cell number numbers tel
    telephone email e-mail address insta instagram facebook fb tiktok twitter handle website site can could would
    you me us we i i'm people them they customers folk folks fair enough booking bookings book whatsapp
""".split())
_OTHER_WORDS_MAX = 3


def _other_words(request: str, typed: list[str], said: str) -> list[str]:
    """The words of ``request`` that are neither its details, nor what it says beside them, nor
    words that ask for or name the details ("please add my mobile ... on a Contact page")."""
    rest = request.replace(said, " ") if said else request
    for piece in typed:
        rest = rest.replace(piece, " ")
    return [w for w in re.findall(r"[a-z][a-z'’-]*", rest.lower()) if w not in _DETAIL_WORDS]


def label_of(piece: str, request: str) -> str | None:
    """What a piece of typed content is as a contact detail ("Email", "Phone", "Instagram", "Website"), or None."""
    if _EMAIL.match(piece):
        return "Email"
    if _HANDLE.match(piece):
        return next((name for name, said in _NETWORKS if said.search(request)), "Social")
    if piece.lower().startswith(("http://", "https://")):
        return "Website"
    if _PHONE.match(piece):
        return "Phone"
    return None  # a price, a time: not a contact detail


def read(request: str, site: Site | None) -> Plan | None:
    """The contact section the request's details make, on the page it names (a new one first), or
    home; None when it types anything else, asks for a feature, or says what is wrong."""
    typed = typed_content(request)
    labels = [label_of(p, request) for p in typed]
    if not typed or None in labels or asks_for_feature(_PURPOSE.sub(" ", request)) or _NOT_HERE.search(request) \
            or not _ADDS.search(request):
        return None
    routes = routes_of(site) or ["/"]
    new = new_page_named(request, routes)
    route = named_page(request, routes) or new or "/"
    ops: list[Any] = []
    if route not in routes:
        ops.append(AddPage(op="add_page", title=title_for(route, request), route=route))
    said = _SAY.search(request) or _ADDRESS.search(request)
    words = said.group("words").strip(" ,") if said else ""
    if _OTHER_WORDS_MAX < len(_other_words(request, typed, said.group(0) if said else "")):
        return None  # "No walk-ins, mobile only. Please include my commission number NM-20231147.": more than details
    try:
        ops.append(AddItems(op="add_items", route=route, kind="contact",
                            items=[Entry(title=(label == "Phone" and _who_before(request, piece)) or _whatsapp(label, request, labels) or "",
                                         text=piece)
                                   for label, piece in zip(labels, typed)]))
        if words and not typed_content(words):
            ops.append(AddSection(op="add_section", route=route, kind="text", text=words[:1].upper() + words[1:] + "."))
        return Plan(ops=ops)
    except ValidationError:
        return None


# Who answers a number, named just before it: "call Lukas 0664 218 5530 or my mom Renate 0676 904 1122", "Anjali
# (Hamish's sister) 07700 918 244".
_WHO = re.compile(r"(?:^|[\s:,(])(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?(?:\s*\([^()]{2,30}\))?)\s*[:,–-]?\s*$")
_NOT_WHO = frozenset(norm_words("phone tel telephone mobile cell whatsapp call ring text questions contact info sms viber "
                                "line wechat telegram signal landline office hotline").split())


def _who_before(request: str, piece: str) -> str:
    """The name said just before a phone number (not a word that says it is one, "Phone", "WhatsApp"); ""."""
    at = request.find(piece)
    found = _WHO.search(request[:at]) if at > 0 else None
    who = found.group("who").strip() if found else ""
    return "" if not who or norm_words(who.split("(")[0]).split()[0] in _NOT_WHO else who


def _whatsapp(label: str | None, request: str, labels: list[str | None]) -> str | None:
    """"WhatsApp" for the one phone number of a request that says it is one ("put whatsapp number 013-987 4521")."""
    said = label == "Phone" and labels.count("Phone") == 1 and re.search(r"\bwhats\s?app\b", request, re.IGNORECASE)
    return "WhatsApp" if said else label


# A block of contact details in sentences of their own: "Contact details, please: Phone 04 237 9145 or
# mobile 027 318 4402. Email bookings@... Postal address: PO Box 50213, Porirua 5240.", "put my address n
# number on the front page, 14 rochdale rd, todmorden OL14 7LA. tel 01706 813 422." The model declined
# such messages (108 of the 171 first tries with a phone number or an email that failed in u1-u113).
# A street address in any case, or a post box.
ADDRESS = re.compile(r"(?<![\w$£€.,])\d{1,5}[A-Za-z]?\s+(?:[A-Za-z][\w'’.-]*\s+){1,4}" + STREET + r"\b\.?"
                     r"(?:(?:\s+[A-Za-z][\w'’-]*){1,3}\s+(?:[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}|\d{4,5})\b)?"  # "glasgow g2 1hj"
                     r"(?:,\s*(?!(?:by|and|open|call|from|near|next|opposite|behind|for|at|with|we|i)\b)[A-Za-z0-9][\w'’ -]*?(?=\s*(?:[,;!?]|\.(?:\s|$)|$)|\s+(?:tel|ph|phone|email|mob|mobile)\b)){0,3}"
                     r"|\bP\.?\s?O\.?\s+Box\s+\d+(?:,\s*[A-Za-z][\w'’ -]*?\d{0,6}(?=\s*(?:[,;!?]|\.(?:\s|$)|$)))?", re.IGNORECASE)
# The word for an address, as typed ("adress" too).
_ADDRESS_WORD = r"address|adress|addr"
# A detail's label, said before it: the first of these in its clause.
_LABELS = (("Postal address", r"postal\s+address"), ("Address", _ADDRESS_WORD), ("Mobile", r"mobile|mob|cell"),
           ("WhatsApp", r"whats\s?app"), ("Phone", r"phone|ph|tel|telephone|landline|call|ring|text"),
           ("Email", r"e-?mail"), ("Website", r"web\s?site|web"))
_LABEL = re.compile(r"\b(?:" + "|".join(f"(?P<l{i}>{p})" for i, (_, p) in enumerate(_LABELS)) + r")\b", re.IGNORECASE)
# Where a sentence of details splits into one clause a detail: "or", ";", a comma before a label.
_CLAUSE_END = re.compile(r",?\s+or\s+|;\s*|,\s+(?=(?:and\s+)?(?:" + "|".join(p for _, p in _LABELS) + r"|insta\w*|fb|facebook)\b)",
                         re.IGNORECASE)
# What opens a sentence of details and is said to the app: "Contact details, please:", "put my address
# n number on the front page,".
_ASKING_LEAD = re.compile(r"^[^:.!?]{0,60}:\s*|^(?:(?:ok|okay|and|also|oh|so|then)[,\s]+)*(?:please\s+|pls\s+)?"
                          r"(?:put|add|include|list|show|stick|pop|here'?s|here\s+are)\b[^,:.!?]{0,60}?(?:,|:|\s[-–—])\s*",
                          re.IGNORECASE)
# What a block of details is not: an edit, a place every page shows, a look.
_NOT_A_BLOCK = re.compile(r"\b(?:still|missing|wrong|instead|remove|delete|change|replace|footer|bottom|top|header|hero|"
                          r"take\s+(?:off|out|down)|cancel\w*|get\s+rid|drop|scrap|no\s+longer|stepped\s+down|moved|"
                          r"banner|every\s+(?:single\s+)?page|everywhere|each\s+page|all\s+(?:the\s+)?pages|nav|navigation|menu|link|button|big|"
                          r"bigger|large|bold|colou?r)\b",
                          re.IGNORECASE)
_TO_CONTACT = re.compile(r"\b(?:to|on|onto|in)\s+(?:the\s+)?contact\b(?!\s+(?:details|info|number))", re.IGNORECASE)
# A sentence about the asking, not the business: "Shame, we forgot to say how to contact us!"
_ABOUT_ASKING = re.compile(r"\b(?:forgot|forget|forgotten|sorry|oops|whoops)\b", re.IGNORECASE)
_NAMING_WORDS_MAX = 2  # words an asking sentence may hold besides naming the details and where they go


# Where an address goes, said after it: "2210 E Speedway Blvd, Tucson, AZ 85719 on contact".
_WHERE_AFTER = re.compile(r"\s+(?:on|to|onto|in)\s+(?:the\s+|my\s+|our\s+)?(?:contact|home|homepage|front|footer|[\w'’-]+\s+page)\b.*$",
                          re.IGNORECASE | re.DOTALL)


# An address typed after its label with the house number after the street, as much of the world writes it: "the
# address Calle Templeman 312, Cerro Alegre and whatsapp ...".
_NUMBER_AFTER = re.compile(r"\b(?:address|adress|addr)\s*(?:is\s+|:\s*)?(?P<a>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s+\d{1,5}[A-Za-z]?\b"
                           r"(?:,\s*(?!(?:and|tel|phone|whats\w*|email|mob\w*)\b)[A-Za-zÀ-ÿ0-9][\w'’ -]*?(?=\s+and\b|\s*[.;!?,]|$)){0,3})",
                           re.IGNORECASE)


# Any address typed after its label, with a number in it, to its sentence's end or the next detail's label:
# "Address 2-8-14 Hakataekimae, Hakata-ku, Fukuoka. Tel ...".
_LABELLED = re.compile(r"\b(?:address|adress|addr)\s*(?:is\s+|:\s*)?(?P<a>(?=[^.!?\n]{0,40}\d)[^\s.!?\n,][^.!?\n]{3,100}?)"
                       r"(?=\s*(?:\.(?:\s|$)|[!?\n]|$)|\s+(?:and\s+)?(?:tel|phone|whats\w*|e-?mail|mob\w*|call)\b)", re.IGNORECASE)


def _pieces_in(text: str) -> list[tuple[int, int]]:
    """Where ``text`` types a contact detail: addresses first, then emails, numbers, handles, addresses on the web."""
    spans = [(m.start(), m.start() + len(_WHERE_AFTER.sub("", m.group(0)))) for m in ADDRESS.finditer(text)]
    spans += [m.span("a") for m in _NUMBER_AFTER.finditer(text) if not any(s <= m.start("a") < e for s, e in spans)]
    spans += [m.span("a") for m in _LABELLED.finditer(text) if not any(s <= m.start("a") < e or m.start("a") <= s < m.end("a")
                                                                       for s, e in spans)]
    for piece in typed_content(text):
        at = text.find(piece)
        if at >= 0 and label_of(piece, text) and not any(s <= at < e for s, e in spans):
            spans.append((at, at + len(piece)))
    return sorted(spans)


def _label(clause: str, piece: str) -> str:
    found = _LABEL.search(clause)
    if found is not None:
        return next(_LABELS[int(k[1:])][0] for k, v in found.groupdict().items() if v)
    return label_of(piece, clause) or "Address"


def _entries(body: str) -> list[Entry]:
    """The details of a sentence's ``body``, one entry each: the detail alone where its clause is only
    its label and it ("Phone 04 237 9145", "Postal address: PO Box ..."), else the clause as typed
    ("Phone or WhatsApp Thandeka on 072 418 9930")."""
    spans = _pieces_in(body)
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(body)
                  if not any(s < m.start() < e for s, e in spans)] + [len(body)]
    out: list[Entry] = []
    pending = ""
    for start, end in zip(cuts, cuts[1:]):
        clause = pending + body[start:end]
        inside = [(s, e) for s, e in spans if start <= s < end]
        if not inside:
            pending = clause  # "Phone or": its words go with the next clause's detail
            continue
        pending = ""
        text = clause.strip(" ,;.")
        text = _WHERE_AFTER.sub("", re.sub(r",?\s+or$", "", text))
        for s, e in inside:
            piece = body[s:e].rstrip(" .,")
            label = _label(clause if len(inside) == 1 else body[max(start, s - 20):s], piece)
            bare = len(inside) > 1 or re.fullmatch(r"(?:(?:and|or|our|my|the)\s+)*(?:[\w-]+\s*){0,2}?(?:\bis\b|:|-|\bon\b|\bat\b)?"
                                                   r"\s*" + re.escape(piece) + r"[ .,]*", text, re.IGNORECASE)
            who = _who_before(body[:e], piece) if label == "Phone" else ""
            out.append(Entry(title=who or label, text=piece if bare or who else text[:1].upper() + text[1:]))
    return out


def _first_of_its_kind(entry: Entry, request: str, site: Site | None) -> bool:
    """Whether a detail typed alone ("Phone 07700 900 412. Welsh and English spoken.") opens the message and
    the site shows no detail of its kind but a placeholder: a first one to show, not a correction of the one it has."""
    shown = {label_of(piece, "") for piece in typed_content(shown_text(site)) if piece not in CONTACT_PLACEHOLDERS} - {None}
    # the kind of the detail itself ("Phone" of "Phone and whatsapp +233 24 551 8873"), not of the words around it
    mine = next((kind for piece in typed_content(entry.text) if (kind := label_of(piece, ""))), None) \
        or (entry.title if entry.title in ("Address", "Postal address") else None)  # an address: no typed piece
    return request.lstrip().lower().startswith(entry.title.lower()) and mine is not None and mine not in shown


def _sentences(request: str, spans: list[tuple[int, int]]) -> list[str]:
    """The request's sentences, a detail (``spans``, where ``_pieces_in`` found them) whole in one ("address Av. San
    Martín 1450, Mendoza." is not cut at "Av.")."""
    out: list[tuple[int, int]] = []
    at = 0
    for sentence in prose.sentences(request):
        start = request.find(sentence, at)
        at = end = start + len(sentence)
        if out and any(s < start and e > out[-1][1] for s, e in spans):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [request[s:e] for s, e in out]


def read_block(request: str, site: Site | None, meant: str | None = None) -> Plan | None:
    """A message of contact details (``ADDRESS``, emails, numbers, handles), with sentences about
    them, as a contact section of one entry a detail and a text of the sentences after them, on the
    page the request names, the page the model meant (``meant``, one the site has), the Contact page
    the site has, or home; None when a sentence asks for more than putting them there, says
    something else before them, or the request edits, removes, moves or styles them."""
    unmarked = request
    spans = _pieces_in(request)
    for start, end in reversed(spans):
        unmarked = unmarked[:start] + " " + unmarked[end:]  # "bookings@..." asks for no bookings
    unmarked = re.sub(r"\b(?:[A-Z][\w'’-]*\s+){1,3}page\b", " ", unmarked)  # nor does "the Bookings page"
    if _NOT_A_BLOCK.search(request) or asks_for_feature(_PURPOSE.sub(" ", unmarked)):
        return None
    items: list[Entry] = []
    notes: list[str] = []
    for sentence in _sentences(request, spans):
        lead = _ASKING_LEAD.match(sentence)
        if lead is not None and _LABEL.fullmatch(re.sub(r"^(?:our|my|the)\s+|\s*:\s*$", "", lead.group(0).strip())):
            lead = None  # "Postal address: PO Box ...": the lead is the detail's label
        if lead is not None and any(s < lead.end() < e for s, e in _pieces_in(sentence)):
            lead = None  # "put the address Calle Templeman 312, Cerro Alegre and ...": the lead ends inside the address
        after_lead = _pieces_in(sentence[lead.end():]) if lead is not None else []
        body = sentence[lead.end():] if lead is not None and after_lead else sentence
        if after_lead or _pieces_in(body):
            items += _entries(body)
            said = sentence[:len(sentence) - len(body)]
            if said and len(_other_words(said, [], "")) > _NAMING_WORDS_MAX:
                return None
        elif prose.thanks(sentence):
            continue
        elif prose.asks_app(sentence):
            if len(_other_words(sentence, [], "")) > _NAMING_WORDS_MAX or re.search(r"\d", sentence):
                return None  # "Please show the phone numbers large": more than placing them; "include my number NM-2023"
        elif _ABOUT_ASKING.search(sentence):
            continue
        elif not items:
            return None  # "Noeline Boyd has stepped down as Treasurer ...": news before the details, not about them
        else:
            notes.append(sentence[:1].upper() + sentence[1:])
    if len(items) < 2 and not (items and _first_of_its_kind(items[0], request, site)):
        return None  # one number alone is ``read``'s, or an item's
    routes = routes_of(site) or ["/"]
    to_contact = "/contact" in routes or _TO_CONTACT.search(request)  # "add our address to contact, ..."
    route = named_page(request, routes) or new_page_named(request, routes) or (meant if meant in routes else None) \
        or ("/contact" if to_contact and not HOME_WORDS.search(request) else "/")
    ops: list[Any] = []
    if route not in routes:
        ops.append(AddPage(op="add_page", title=title_for(route, request), route=route))
    try:
        ops.append(AddItems(op="add_items", route=route, kind="contact", items=items[:8]))
        if notes:
            ops.append(AddSection(op="add_section", route=route, kind="text", text=" ".join(notes)))
        return Plan(ops=ops)
    except ValidationError:
        return None


# The label an address is typed after: "with adress Rua da Rosa 112, 1200-384 Lisboa".
_ADDRESS_SAID = re.compile(rf"\b(?:{_ADDRESS_WORD})\b\s*(?:is\s+|:\s*)?$", re.IGNORECASE)


def with_whole_addresses(ops: list[Any], request: str) -> list[Any]:
    """``ops`` whose contact entries show an address typed after its label whole: the model split "Rua da Rosa 112,
    1200-384 Lisboa" into a name "Rua da Rosa" and a detail "112, 1200-384 Lisboa", shown apart."""
    def whole(entry: Entry) -> Entry:
        if not entry.title or not entry.text or _LABEL.fullmatch(entry.title):
            return entry
        for typed in (f"{entry.title} {entry.text}", f"{entry.title}, {entry.text}"):  # "14 Kew Road, Richmond TW9 3AB"
            at = request.find(typed)
            if at >= 0 and _ADDRESS_SAID.search(request[max(0, at - 20):at].rstrip() + " "):
                return Entry(title="Address", text=typed)
        return entry

    return [op.model_copy(update={"items": [whole(e) for e in op.items]}) if isinstance(op, AddItems) and op.kind == "contact"
            else op for op in ops]


# A request that is an address and nothing else: "address ul. Grodzka 48, Kraków", "our address is now 5 Rue X".
_ONLY_ADDRESS = re.compile(rf"^\W*(?:(?:and|also|plus|ok|okay)[,\s]+)?(?:(?:our|my|the)\s+)?(?:new\s+)?(?:{_ADDRESS_WORD})\s*(?:is\s+(?:now\s+)?|:\s*|[-–]\s*)?"
                           r"(?P<address>[^\n!?:]{6,120}?)[\s.!]*$", re.IGNORECASE)
# A sentence's end inside: after a word or a number, not an abbreviation's dot ("ul. Grodzka", "St. Mary's Rd").
_SENTENCE_END = re.compile(r"(?:\w{4,}|\d)\.\s")
# Where the address goes, said after it, or what is wrong with it: then it is not the address alone ("... on contact",
# "put it on every page", "The address is missing from the Visit page - ...").
_PLACED = re.compile(r"\b(?:on|to|in|at|from)\s+(?:the\s+|a\s+|every\s+)?(?:contact|home|footer|bottom|top|page|pages|site)\b"
                     r"|\b(?:page|missing|wrong|still|should)\b", re.IGNORECASE)

# A sentence after an address that says how to find it: "8 min walk from Shukuin station", "Opposite the church."
_HOW_TO_FIND = re.compile(r"(?:\d+\s*(?:min|mins|minutes?)\s+(?:walk|drive|by\s+\w+)|(?:a\s+)?(?:short\s+)?(?:walk|drive)|near|next\s+to|"
                          r"opposite|behind|across\s+from|close\s+to|entrance|enter)\b[^.!?]{0,60}[.!]?", re.IGNORECASE)


def address_alone(request: str, site: Site | None) -> Plan | None:
    """The site's address as typed, where the request is that alone: the item called Address where the site has
    one, else a contact entry on the contact page or home; None for any other request, or words with no number."""
    found = _ONLY_ADDRESS.match(request)
    address = found.group("address").strip(" ,") if found else ""
    ended = _SENTENCE_END.search(address)
    if ended and _HOW_TO_FIND.fullmatch(address[ended.end():].strip()):
        ended = None  # "2-5-8 Shukuin-cho, Sakai-ku, Sakai. 8 min walk from Shukuin station": how to find it, the address's own
    if site is None or not re.search(r"\d", address) or _PLACED.search(address) or ended:
        return None  # no number, a place said for it, or more said after it: not the address alone
    had = any(i.title.casefold() == "address" for page in site.pages for section in page.sections for i in section.items)
    if had:
        return Plan(ops=[EditItem(op="edit_item", item="Address", text=address)])
    route = "/contact" if "/contact" in routes_of(site) else "/"
    return Plan(ops=[AddItems(op="add_items", route=route, kind="contact", items=[Entry(title="Address", text=address)])])
