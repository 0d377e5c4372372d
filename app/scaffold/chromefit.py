"""What a request asks of the parts every page shares, read from its own words: the footer's
words, and the navigation's links to the site's pages or to an address elsewhere.

The model has no op for a footer, links one page per plan, and wrote these requests as the
site's name, an item or a link labelled with the words ("Ringing in Elvet since 1887" -> /faq).
The footer's words are the request's, the linked pages are the site's own: a closed set.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold import prose
from app.scaffold.pagename import title_of
from app.scaffold.coverage import plan_text, typed_content
from app.scaffold.plan import AddItems, AddNavLink, AddPage, Decline, Entry, Plan, SetFooter, plan_to_json
from app.scaffold.scope import word_list
from app.scaffold.site import Site, ends_with_no_end, norm_words, slug

_FOOTER = re.compile(r"\bfooters?\b|\b(?:bottom|foot) (?:of )?(?:every|each|all(?: the)?) pages?\b|"
                     r"\b(?:bottom|foot) of (?:the )?(?:pages|site|website)\b|"
                     r"\b(?:on|at|to) (?:every|each|all(?: the)?) pages? (?:at|along) (?:the )?(?:very )?bottom\b|"
                     r"\b(?:in|on) (?:every|each|all(?: the)?) pages? (?:at the )?below\b", re.IGNORECASE)  # "at bottom", "put in all pages below"
# Contact details wanted on every page ("phone 087 412 9930 at top of every page"): the footer is what
# every page shows; a bar at the top is no op of a plan.
_EVERY_PAGE = re.compile(r"\b(?:every|each|all(?: the)?) pages?\b", re.IGNORECASE)
CONTACT_DETAIL = re.compile(r"@|\d{3}")  # what an email or a phone number has
_PRICE_OR_TIME = re.compile(r"[$£€]|\d\s?(?:am|pm)\b|^https?:", re.IGNORECASE)
# "And at the very bottom could it say ...": the footer, in a request that names no page ("on the home
# page at the bottom" is that page's)
_BOTTOM = re.compile(r"\b(?:at|along|for|on) the (?:very )?bottom\b(?!\s+of\b)", re.IGNORECASE)
_PAGE = re.compile(r"\b(?:page|homepage)\b", re.IGNORECASE)
# What the footer should say, after where: "at the very bottom could it say Workshop visits by ...".
_SAY_AFTER = re.compile(r"^\s*,?\s*(?:(?:could|can|would|should)\s+(?:it|you)\s+|(?:it\s+)?(?:should|must)\s+)?(?:please\s+)?"
                        r"(?:say|read|write|show)\s*:?\s+(?P<words>\S.*)$", re.IGNORECASE)  # "... every page write © 2026 X"
# "Our instagram is @x, put that in the footer": what the clause gives before it says where.
_GIVEN_BEFORE = re.compile(r"^(?P<given>.+?),\s*(?:please\s+)?(?:put|add|stick|pop)\s+(?:that|it|this|them)\s+(?:in|on|to|at)\b",
                           re.IGNORECASE)
_REPLACE = re.compile(r"\b(?:change|replace|should (?:say|read|be)|to say|to read|instead|update|reword)\b",
                      re.IGNORECASE)
# Where a clause ends: a sentence, a semicolon, a dash between words, ", and" / " and" before a verb.
_CLAUSES = re.compile(r"(?<=[.!?])\s+|;\s*|\s+[-–—]\s+|,?\s+and\s+(?=(?:then\s+)?(?:put|add|change|make|set|remove|"
                      r"delete|move|link|include|replace|update|write|say)\b)", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“]([^\"”]{2,300})[\"”]|(?:^|(?<=\s))[‘']([^'’]{2,300})['’](?=[\s.,;:!?)]|$)")
# What a sentence of content opens with and a footer line drops: "The address is ...".
_OPENS = re.compile(r"^(?:(?:the|our|my)\s+(?:\w+\s+){0,2}(?:is|are)\s+|(?:it's|its|it is)\s+)", re.IGNORECASE)
_POLITE = re.compile(r"^(?:oh,?\s+|and\s+|also,?\s+|finally,?\s+|please\s+|pls\s+|then\s+|(?:last|one more|another) thing,?\s+)+",
                     re.IGNORECASE)
_LINK_IT = re.compile(r"^\W*(?:please\s+|pls\s+|and\s+)*link\b", re.IGNORECASE)  # "Link it in the footer": the page's link, no words
MAX_WHERE_WORDS = 4  # "Contact in footer.": a clause that only says where the next one goes
_INSTRUCTION = re.compile(r"\b(?:put|add|remove|delete|make|change|create|link|move|set)\b", re.IGNORECASE)


# A handle, address or number typed after the footer's quoted words: "and my instagram @milongaroja.shoes", "and insta @x".
_AND_HANDLE = re.compile(r"^\s*(?:,|and|\+|&)\s*(?:(?:my|our|the)\s+)?(?:(?P<what>insta(?:gram)?|ig|facebook|fb|tiktok|e-?mail|"
                         r"phone|whats\s?app|website)\s*(?:handle|account|page|address|number)?\s*:?\s+)?"
                         r"(?P<at>@[\w.]*\w|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|\+?\d[\d -]{6,}\d)", re.IGNORECASE)
_SOCIAL = {"insta": "Instagram", "ig": "Instagram", "fb": "Facebook", "e-mail": "Email", "whatsapp": "WhatsApp", "whats app": "WhatsApp"}


def _clauses(request: str) -> list[str]:
    """The request cut where one thing it asks ends; never inside quoted words."""
    quoted = {m.start(): m.end() for m in _QUOTE.finditer(request)}
    out, start = [], 0
    for m in _CLAUSES.finditer(request):
        if any(a < m.start() < b for a, b in quoted.items()) or m.start() < start or ends_with_no_end(request[:m.start()]):
            continue
        out.append(request[start:m.start()])
        start = m.end()
    out.append(request[start:])
    return [c.strip() for c in out if c.strip()]


def _labelled(piece: str, said: str = "") -> str:
    """A typed email or phone number as a footer line says it ("Email a@b.org", "Phone 01328 710 442"); a number
    ``said`` to be a WhatsApp one as such ("a WhatsApp button on every page that opens a chat with 072 554 1908")."""
    if "@" in piece[1:]:
        return f"Email {piece}"
    if piece.startswith("@"):
        return piece  # a handle
    label = "WhatsApp" if re.search(r"whats\s?app", said, re.IGNORECASE) else "Phone"
    return piece if "http" in piece else f"{label} {piece}"


# A sentence at the end that only thanks or asks ("Thanks so much!", "Cheers").
_THANKS = re.compile(rf"(?:^|(?<=[.!?]))\s*(?:{prose.THANKING}|please)\b[^.!?]*[.!?]*\s*$",
                     re.IGNORECASE)


def _tidy(text: str) -> str:
    # "Thanks to MacKay Chandlery, Harbour Fish Bar and ...": the sponsors thanked are the footer's words, no sign-off
    text = text.strip() if re.match(r"thanks\s+to\s+(?-i:[A-Z])", text.strip(), re.IGNORECASE) else _THANKS.sub("", text.strip())
    text = _OPENS.sub("", _POLITE.sub("", text.strip())).strip().rstrip(" .,;") or text.strip()
    # "address is Omonoias 42, ...": the label, as a footer line writes it
    return _LABEL_IS.sub(lambda m: f"{m.group('label')[:1].upper()}{m.group('label')[1:]}: ", text)


_LABEL_IS = re.compile(r"^(?:(?:our|my|the)\s+)?(?P<label>address|phone|tel|telephone|email|e-mail|mobile|whatsapp)(?:\s+is|\s*:)\s+", re.IGNORECASE)
# An address given under its label, which may hold no digit: "address: Ashaiman Main Station, behind Total filling station".
_LABEL_COLON = re.compile(r"^\W*(?:(?:our|my|the)\s+)?(?:address|location)\s*:\s*\S", re.IGNORECASE)


def footer_text(request: str) -> str:
    """The words the request gives the footer; "" when it gives none."""
    clauses = _clauses(request)
    bottom = _BOTTOM if not _PAGE.search(request) else _FOOTER
    at = next((i for i, c in enumerate(clauses) if _FOOTER.search(c) or bottom.search(c)), None)
    every = _EVERY_PAGE.search(request)
    if at is None and every and (details := _details_after_colon(request, every.end())):
        return details  # "put our contacts on every page: phone/WhatsApp 0803 614 2279, ..., and the address Km 7 ..."
    if at is None and every and typed_content(request) \
            and all(CONTACT_DETAIL.search(p) and not _PRICE_OR_TIME.search(p) for p in typed_content(request)):
        return " · ".join(_labelled(p, request) for p in typed_content(request))
    if at is None and every and (told := _told_with_details(request)):
        return told  # "Our rescue line is 01983 617 402, 7am-9pm every day. Can the number be at the top of every page ...?"
    if at is None:
        return ""
    clause = clauses[at]
    quoted = _QUOTE.search(clause)
    if quoted:
        words = next(g for g in quoted.groups() if g).strip()
        handle = _AND_HANDLE.match(clause[quoted.end():])
        if handle is None:
            return " · ".join([*_details_before(request, words), words])
        # "put "Hecho a mano en Buenos Aires" and my instagram @milongaroja.shoes": both, as one footer line
        what = handle.group("what") or ""
        return f"{words} · {_SOCIAL.get(what.lower(), what.capitalize())} {handle.group('at').rstrip('.,;')}".replace("  ", " ")
    where = _FOOTER.search(request) or bottom.search(request)
    colon = request.find(":", where.end()) if where is not None else -1
    if where is not None and colon != -1 and not re.search(r"[.!?]\s", request[where.end():colon]):
        return _tidy(request[colon + 1:])  # "Footer: Not affiliated ...", "the hours in the footer: by appointment"
    after = request[where.end():].strip() if where is not None else ""
    after = re.sub(r"^(?:then|too|as\s+well|please|pls)\b\s*(?=,)", "", after, flags=re.IGNORECASE)  # "in the footer then, x.com/y"
    after = re.sub(r"^(?:of|on|for)\s+(?:every|each|all(?:\s+the)?)\s+pages?\b", "", after, flags=re.IGNORECASE)  # "Footer of all pages should show ..."
    says = _SAY_AFTER.match(after)
    if says and not _INSTRUCTION.search(says.group("words")):
        return _tidy(prose.unquoted(says.group("words")))
    link = re.match(r"^,\s*(?P<at>(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+|@[\w.]+)[\s.!]*$", after)
    named = _DETAILS.search(clause) if link else None
    if link and named:  # "Put our Facebook link in the footer, facebook.com/saltcoatsseaswimmers"
        return f"{named.group(0)[:1].upper()}{named.group(0)[1:]}: {link.group('at')}"
    if after.startswith(",") and typed_content(after) and not _INSTRUCTION.search(after):
        # "put our telephone on every page at the bottom, 01323 845 207, and the address ...": all of it
        return _tidy(re.sub(r"^,\s*", "", after))
    given = _GIVEN_BEFORE.match(clause)
    if given and not _INSTRUCTION.search(given.group("given")):
        return _tidy(given.group("given"))  # "Our instagram is @stroudstitchraiders, put that in the footer please"
    typed = typed_content(clause)
    if typed and not re.search(r"\baddress\b", clause, re.IGNORECASE):  # an address is typed content no pattern reads whole
        return " · ".join(_labelled(p, clause) for p in typed)  # "put my phone number 01328 710 442 in the footer"
    said = _FOOTER.search(clause) or bottom.search(clause)
    # "gas safe number 584213 put in footer": the words before where, without what says to put them there
    lead = re.sub(r"(?:\s+(?:please\s+)?(?:put|add|stick|pop)(?:\s+(?:it|this|that))?)?\s+(?:at|on|in|along|to)\s+(?:the\s+)?$", "",
                  clause[:said.start()]).strip(" ,:-") if said else ""
    # "put our phone 061 448 920 and the address Unit 4, Raheen Business Park, Limerick at the bottom of every page"
    lead = re.sub(r"^\W*(?:please\s+)?(?:put|add|stick|pop)\s+(?:our|my|the)?\s*", "", lead, flags=re.IGNORECASE)
    # (a page's address is no instruction to link: "facebook link facebook.com/kuyabenwatertagum at bottom of every page")
    if lead and re.search(r"\d|\w\.(?:com|org|net|co|io)\b", lead) and not _INSTRUCTION.search(_LINK_NOUN.sub("", lead)):
        # "license number TX M-41782 at bottom of every page": the words before where ("Facebook: facebook.com/...")
        return _tidy(_LINK_NOUN.sub(lambda m: m.group(0).split()[0].capitalize() + ":", lead))
    rest = " ".join(clauses[at + 1:])
    only_where = len(clause.split()) <= MAX_WHERE_WORDS or bool(_DETAILS.search(clause)) or _says_where_alone(clause)
    if only_where and typed_content(rest) and not _INSTRUCTION.search(rest):
        # "Contact in footer. Lowri 07812 550 394 or rockets.secretary@gmail.com.", "can u add our insta and
        # email at the bottom of every page. insta is @x and email y"
        return _tidy(rest)
    if at and _names_label(clause, clauses[at - 1]) and not _INSTRUCTION.search(clauses[at - 1]):
        return _tidy(clauses[at - 1])  # "Sponsors: A, B, C. Please show all sponsors at the bottom of every page."
    if (re.search(r"\b(?:it|that|this|them|these|those)\b", clause, re.IGNORECASE) or only_where
            or _BARE_WHERE.match(clause)) and len(clauses) > 1 and not _LINK_IT.match(clause):
        # "The address is Unit 4, 112 Kilmarnock Road. Please put it in the footer.", "contact details pls:
        # phone 98140 27365, email ctta.chd@gmail.com. put in footer of every page": the clause before
        if not at:
            return _said_before([clauses[at + 1]])
        # the clauses of content just before it, each a line: "My studio address is ul. Karmelicka 14/3, 31-128
        # Kraków. Phone +48 512 340 778. Put it on bottom of every page please."
        before = [clauses[at - 1]]
        for clause in reversed(clauses[:at - 1]):
            if _INSTRUCTION.search(clause) or not re.search(r"\d|@", clause):  # an email has no digit
                break
            before.insert(0, clause)
        return _said_before(before)
    return ""


_LINK_NOUN = re.compile(r"\b(?:facebook|fb|instagram|insta|tiktok|youtube|web(?:site)?|page)\s+link\b", re.IGNORECASE)
# The words a clause that only says where may hold besides where: "In the bottom of all pages.", "Put them at the bottom of
# every page too, please."
_WHERE_WORDS = re.compile(r"\b(?:in|on|at|to|the|and|also|too|as|well|please|pls|put|add|show|them|it|this|that|these|those|"
                          r"there|both|all|of|so|they|are|is|visible)\b", re.IGNORECASE)


def _says_where_alone(clause: str) -> bool:
    """Whether ``clause`` says only where the footer's words go (u388: "In the bottom of all pages." after the details)."""
    where = _FOOTER.search(clause)
    return where is not None and not _WHERE_WORDS.sub("", clause[:where.start()] + clause[where.end():]).strip(" .,!;:-")


def _told_with_details(request: str) -> str:
    """The one sentence that tells contact details and asks nothing ("Our rescue line is 01983 617 402, 7am-9pm every
    day."), where every typed piece is in it; ""."""
    told = [s for s in prose.sentences(request) if any(CONTACT_DETAIL.search(p) for p in typed_content(s))
            and not _INSTRUCTION.search(s) and not _EVERY_PAGE.search(s) and not s.rstrip().endswith("?")]
    typed = typed_content(request)
    return _tidy(told[0]) if len(told) == 1 and all(p in told[0] for p in typed) else ""


def _said_before(said_clauses: list[str]) -> str:
    """The footer's words from the clauses that say them before (or after) the one that says where."""
    lines = []
    for said in said_clauses:
        labelled = _LABEL_COLON.match(said)
        said = said.split(":", 1)[1] if ":" in said and typed_content(said.split(":", 1)[1]) else said
        typed = typed_content(said)
        if typed and _INSTRUCTION.search(said):  # "... i'd rather people just email a@b.uk - put that in the footer"
            lines.append(" · ".join(_labelled(p, said) for p in typed))
        elif not _INSTRUCTION.search(said) and (re.search(r"\d|@", said) or labelled):
            lines.append(_tidy(said))  # content of its own (an address, a number), not a remark about the site
    return " · ".join(lines)


def _names_label(clause: str, before: str) -> bool:
    """Whether ``clause`` names what the clause ``before`` lists under its label ("Sponsors: A, B, C." then
    "Please show all sponsors at the bottom of every page")."""
    label = re.match(r"^\W*(?:(?:our|my|the)\s+)?(?P<label>[a-z]{3,})\s*:", before, re.IGNORECASE)
    return bool(label and re.search(rf"\b{re.escape(label.group('label').lower().rstrip('s'))}s?\b", clause, re.IGNORECASE))


# What a clause that says where names as going there, typing none of it: "our insta and email", "contact bit".
_DETAILS = re.compile(r"\b(?:contacts?|contact details|details|insta(?:gram)?|facebook|socials?|e-?mail|phone|"
                      r"numbers?|mobile|tel|address)\b", re.IGNORECASE)
# A clause that only says where: "put in footer of every page", "put bottom of every page".
_BARE_WHERE = re.compile(r"^\W*(?:(?:please|pls|and|then)\s+)*(?:put|add|stick|pop)\s+(?:(?:it|them|that|those|these)\s+)?"
                         r"(?:in|on|at|to\b|(?=(?:the\s+)?(?:bottom|foot|footer)\b))", re.IGNORECASE)  # "put bottom of every page"


def _details_after_colon(request: str, at: int) -> str:
    """What a colon right after ``at`` gives, in its sentence, when it is contact details."""
    colon = request.find(":", at)
    if colon == -1 or re.search(r"[.!?]\s", request[at:colon]):
        return ""
    given = _tidy(request[colon + 1:])
    return given if any(CONTACT_DETAIL.search(p) for p in typed_content(given)) else ""


# An email or a web or social address: what a footer line typed beside a quote gives ("our email, x@y.com, and '...'").
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.]+\w|(?:https?://)?(?:www\.)?[\w-]+\.(?:com|org|net|co|io)(?:/\S*)?")


def _details_before(request: str, quote: str) -> list[str]:
    """The addresses the sentence that quotes the footer's words types before them: "please put our email,
    cmaa.secretary@outlook.com, and 'Plots are let to Kirklees residents only' at the bottom of every page"."""
    before = request[:request.find(quote)]
    sentence = re.split(r"[.!?]\s", before)[-1]
    return [m.group(0).rstrip(".") for m in _ADDRESS.finditer(sentence) if m.group(0) not in quote]


def footer(request: str) -> SetFooter | None:
    """The footer op the request asks for, or None."""
    text = footer_text(request)
    if not text:
        return None
    try:
        return SetFooter(op="set_footer", text=text, replace=bool(_REPLACE.search(request)))
    except ValidationError:
        return None


def _carries(op: Any, words: str) -> bool:
    """Whether ``op`` holds the footer's words (or they hold its words): the model's reading of them."""
    values = [norm_words(v) for v in plan_text(plan_to_json(Plan(ops=[op]))).split(" | ")][1:]  # not the op's name
    wanted = norm_words(words)
    return any(len(v) > 2 and (v in wanted or wanted in v) for v in values) \
        or any(norm_words(p) in v for p in typed_content(words) for v in values)


def _relabelled(op: AddNavLink, site: Site | None) -> AddNavLink:
    page = site.page(op.href) if site is not None else None
    return op.model_copy(update={"label": (page.title if page is not None else title_of(op.href)) or op.label})


def with_footer(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """The plan's ops with the footer the request asks for: ops that only carried its words go,
    a link labelled with them takes its page's name (a link to another site the footer shows goes, unless the
    request names the navigation)."""
    op = footer(request)
    if op is None:
        return ops
    kept: list[Any] = []
    for other in ops:
        if isinstance(other, Decline):
            continue
        if isinstance(other, AddNavLink) and _carries(other, op.text):
            # not an address the footer shows itself, asked there alone (where the footer holds only the link's words, the
            # link keeps the address)
            typed = other.href if other.href in request else other.href.split("//", 1)[-1]  # the address as the request types it
            if other.href.startswith("/") or _NAV.search(request) or typed not in op.text:
                kept.append(_relabelled(other, site))
        elif isinstance(other, AddItems) and _carries(other, op.text):
            items = [i for i in other.items if not _carries_entry(i, op.text)]
            if items:
                kept.append(other.model_copy(update={"items": items}))
        elif not _carries(other, op.text):
            kept.append(other)
    return [*kept, op]


def _carries_entry(item: Entry, words: str) -> bool:
    wanted = norm_words(words)
    said = [norm_words(item.title), norm_words(item.text)]
    return any(s and (s in wanted or any(norm_words(p) in s for p in typed_content(words))) for s in said)


# --- the navigation ---------------------------------------------------------------------------

_NAV = re.compile(r"\b(?:nav|navigation|nav ?bar|menu bar|top bar|top menu)\b", re.IGNORECASE)
_MENU = re.compile(r"\bmenu\b", re.IGNORECASE)  # the navigation, unless the site has a Menu page (a café's)
_NAV_VERB = re.compile(r"\b(?:add|put|link|include|show|list|need|want|have|make|should|can|could)\b", re.IGNORECASE)
_NOT_ADDING = re.compile(r"\b(?:remove|delete|take (?:out|off)|drop|hide|rename|reorder|order|move|first|last|"
                         r"before|after|next to|beside)\b", re.IGNORECASE)
# An address elsewhere: "instagram.com/bhseedlibrary", "https://etsy.com/shop/x" (not an email's domain).
_URL = re.compile(r"(?<![@\w.])(https?://)?(www\.)?([a-z0-9-]+)((?:\.[a-z0-9-]+)+)(/[^\s,;!?)\"']*)?",
                  re.IGNORECASE)


def _is_address_end(hosts: str) -> bool:
    """Whether ".mvrs.org" ends as a web address does ("forum.mvrs.org" typed bare)."""
    return hosts.rsplit(".", 1)[-1].lower() in word_list("web-endings.txt")


def _page_names(page: Any, site: Site) -> set[str]:
    labels = {norm_words(link.label) for link in site.nav if link.href == page.route}
    return {n for n in (norm_words(page.title), norm_words(page.route.rsplit("/", 1)[-1]), *labels) if n}


# A link the request spells out (a path, a full address, its label): the model's op, fitted by
# ``explicit``, is that link; reading page names would second-guess it.
_SPELLED = re.compile(r"(?<![\w.])/[a-z]|https?://|[\"“”‘’]|(?:^|\s)'|\b(?:call(?:ed)?|label(?:led|ed)?|named|name is|titled|"
                      r"text (?:should|is)|saying|says)\b|->|=", re.IGNORECASE)


def nav_clause(request: str, site: Site) -> str:
    """The part of the request that asks for links in the navigation ("" when none does): the
    clauses that speak of it, when they ask to add and not to remove, rename or reorder."""
    menu_page = any(n == "menu" for p in site.pages for n in _page_names(p, site))
    clauses = _clauses(request)
    said = [c for c in clauses if _NAV.search(c) or (not menu_page and _MENU.search(c))]
    rest = [c for c in clauses if not _FOOTER.search(c)]  # "The text should be 'Meet us'." after it
    if not said or any(_NOT_ADDING.search(c) or not _NAV_VERB.search(c) for c in said) \
            or any(_SPELLED.search(c) for c in rest):
        return ""
    return " ".join(said)


def nav_links(request: str, site: Site | None) -> list[AddNavLink]:
    """The links a request asks the navigation for: to each page of the site it names ("add
    Prices and FAQ to the menu"), and to each address elsewhere it types ("instagram.com/x")."""
    said = nav_clause(request, site) if site is not None else ""
    if site is None or not said:
        return []
    words = f" {norm_words(_MENU.sub(' ', _NAV.sub(' ', said)))} "  # "the menu bar" names no Menu page
    links: list[AddNavLink] = []
    for m in _URL.finditer(said):
        href = m.group(0).rstrip(".")
        if not (m.group(1) or m.group(2) or m.group(5) or _is_address_end(m.group(4).rstrip("."))):
            continue  # a bare word.word ("e.g", "St.Ives") is no address
        try:
            links.append(AddNavLink(op="add_nav_link", label=m.group(3).capitalize(),
                                    href=href if href.startswith("https://") else "https://" + href.split("://")[-1]))
        except ValidationError:
            continue
    if links:
        return links  # "link to my Etsy shop: etsy.com/shop/x": not the site's own Shop page
    for page in site.pages:
        if page.route != "/" and any(f" {n} " in words for n in _page_names(page, site)):
            links.append(AddNavLink(op="add_nav_link", label=page.title, href=page.route))
    return links


def with_nav_links(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """The plan's ops with the links the request asks for in place of the model's: its links, and
    items or pages that are only the linked pages' names, go."""
    links = nav_links(request, site)
    if not links:
        return ops
    names = {norm_words(link.label) for link in links} | {norm_words(link.href.rsplit("/", 1)[-1]) for link in links}
    kept = []
    for op in ops:
        if isinstance(op, (AddNavLink, Decline)):
            continue
        if isinstance(op, AddItems) and all(norm_words(i.title) in names or not i.title for i in op.items):
            continue
        if isinstance(op, AddPage) and "/" + slug(op.title) in {link.href for link in links}:
            continue
        kept.append(op)
    return [*kept, *links]
