"""The site view: what a turn knows of a project, read from its code (:mod:`app.scaffold.code.reader`).

Pages, their sections, the navigation and the theme, as the model's project summary and plan
fitting see them. Every section kind has typed props with defaults, so a small model only has
to pick a kind and maybe a heading. Earlier versions kept this in ``.nxr/site.json`` and rendered
the files from it; nothing reads that file now (:mod:`app.scaffold.source`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


SITE_FILE = ".nxr/site.json"  # the earlier versions' site model: removed by the next turn
ROUTE_RE = r"^/([a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*){0,3})?$"
COLOR_RE = r"^#[0-9a-fA-F]{6}$"

SectionKind = Literal[
    "hero", "features", "pricing", "testimonials", "faq", "contact", "image_text", "cta", "text", "list", "team"
]
SECTION_KINDS: tuple[str, ...] = SectionKind.__args__  # type: ignore[attr-defined]
# The words a request uses for each section kind ("reviews" for testimonials).
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "hero": ("hero", "banner"),
    "features": ("features", "feature"),
    "pricing": ("pricing", "prices", "price", "plans", "tiers"),
    "testimonials": ("testimonials", "testimonial", "reviews", "quotes"),
    "faq": ("faq", "faqs", "questions"),
    "contact": ("contact",),
    "image_text": ("image", "photo", "picture"),
    "cta": ("cta", "call to action", "call-to-action"),
    "text": (),
    "list": ("hours", "schedule", "timetable"),
    "team": ("team", "staff", "people"),
}
Font = Literal["sans", "serif", "mono", "rounded"]

SHORT_MAX = 120  # names, headings, labels: one line of text
Short = Annotated[str, Field(max_length=SHORT_MAX)]
Long = Annotated[str, Field(max_length=2000)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Item(_Model):
    title: Short = ""
    text: Long = ""


class Tier(_Model):
    name: Short
    price: Short
    features: list[Short] = Field(default_factory=list, max_length=8)
    highlighted: bool = False


MAX_ITEMS, MAX_TIERS = 12, 4  # what one section shows
UNLISTED_KINDS = ("hero", "cta", "text")  # sections whose component shows no items


class Section(_Model):
    """One block of a page. Which fields matter depends on ``kind``."""

    kind: SectionKind
    heading: Short = ""
    text: Long = ""
    button_label: Short = ""
    button_href: Short = ""
    items: list[Item] = Field(default_factory=list, max_length=MAX_ITEMS)
    tiers: list[Tier] = Field(default_factory=list, max_length=MAX_TIERS)


class Page(_Model):
    route: Annotated[str, Field(pattern=ROUTE_RE)]
    title: Short
    sections: list[Section] = Field(default_factory=list, max_length=20)


class NavLink(_Model):
    label: Short
    href: Short


class Theme(_Model):
    primary: Annotated[str, Field(pattern=COLOR_RE)] = "#b4532a"
    accent: Annotated[str, Field(pattern=COLOR_RE)] = "#e0a458"
    background: Annotated[str, Field(pattern=COLOR_RE)] = "#ffffff"
    foreground: Annotated[str, Field(pattern=COLOR_RE)] = "#1f1d1a"
    font: Font = "sans"
    heading_font: Font | None = None


FOOTER_LINES_MAX = 10  # the footer's lines of the user's words every page shows below, as the site holds them
FOOTER_LINE_MAX = 300


class Site(_Model):
    version: int = 1
    name: Short
    description: Long = ""
    theme: Theme = Field(default_factory=Theme)
    nav: list[NavLink] = Field(default_factory=list, max_length=12)
    pages: list[Page] = Field(default_factory=list, max_length=50)
    footer: list[Annotated[str, Field(max_length=FOOTER_LINE_MAX)]] = Field(default_factory=list, max_length=FOOTER_LINES_MAX)

    def page(self, route: str) -> Page | None:
        return next((p for p in self.pages if p.route == route), None)

    def summary(self, last_error: str | None = None) -> str:
        """The compact project description given to the model (not whole files)."""
        pages = "; ".join(
            f"{p.route} ({p.title}: {', '.join(s.kind for s in p.sections) or 'empty'})" for p in self.pages
        )
        text = f"Site: {self.name}. Pages: {pages or 'none'}. Theme: primary {self.theme.primary}, font {self.theme.font}."
        if last_error:
            text += f" Last error: {last_error[:300]}"
        return text


def shown_text(site: Site | None) -> str:
    """Every text the site's pages show (titles, headings, texts, buttons, items, tiers, the footer's lines), as one text."""
    if site is None:
        return ""
    return " | ".join(p for p in [site.name, *(link.label for link in site.nav), *map(page_text, site.pages), *site.footer] if p)


def page_text(page: Page) -> str:
    """Every text one page shows (its title, headings, texts, buttons, items, tiers), as one text."""
    parts = [page.title]
    for s in page.sections:
        parts += [s.heading, s.text, s.button_label, *(v for i in s.items for v in (i.title, i.text)),
                  *(v for t in s.tiers for v in (t.name, t.price))]
    return " | ".join(p for p in parts if p)


# Where a sentence of a section's text ends: not after a title ("Mrs. Horan (cake sale)" is one name).
# Words whose dot ends no sentence: a title before a name ("Dr. Ines"), "No." and "Regd." before a number, a currency's
# ("Rs. 1500"), an address's ("Opp. Bus Stand", "Hauptstr. 5", "USt-IdNr. DE312456789"); nor does an initial's ("R.S. Puram", "Karthik V. won").
_NO_END = ("Dr", "Mr", "Mrs", "Ms", "St", "Co", "Mt", "Jr", "Sr", "No", "Sgt", "Rev", "Revd", "Capt", "Prof", "Col", "Lt", "Cllr",
           "Fr", "Regd", "Reg", "Rs", "Gs", "Nr", "IdNr", "Str", "Tel", "Ph", "Apt", "Opp")
NOT_AFTER_NO_END = "".join(rf"(?<!\b{word})" for word in _NO_END) + r"(?<!\b[A-Z])"  # put before the dot of a sentence splitter
_NO_END_DOT = re.compile(rf"\b(?:{'|'.join(_NO_END)}|[A-Z])\.$")


def ends_with_no_end(text: str) -> bool:
    """Whether ``text`` ends with a dot that ends no sentence: "... Regd.", "Mrs."."""
    return bool(_NO_END_DOT.search(text.rstrip()))


_SENTENCE_END = re.compile(r"(?<=[.;!?])" + "".join(rf"(?<!\b{word}\.)" for word in _NO_END) + r"(?<!\b[A-Z]\.)\s+")


def shown_pieces(site: Site) -> list[tuple[str, str]]:
    """(what it is, a text the site shows) for each field of each item, by the item's title, and each
    sentence of a section's text, by itself: the places one date, time or name can be replaced in."""
    out: list[tuple[str, str]] = []
    for page in site.pages:
        for section in page.sections:
            # each field alone: a date or time is replaced within one ("open mat sat" / "10am-12pm" is no "sat 10am-12pm")
            out += [(i.title, field) for i in section.items for field in (i.title, i.text) if field]
            # a plan's name, price and features too ("rename family plan to 'Household'")
            out += [(t.name, field) for t in section.tiers for field in (t.name, t.price, *t.features) if field]
            out += [(s, s) for s in _SENTENCE_END.split(section.text or "") if s]
    return out


def shown_as(site: Site, words: str) -> set[str]:
    """``words`` as the site shows them, in the case it shows them, wherever it shows them as whole words."""
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE)  # "'Koala Kidnap'" shows it in quotes
    return {m.group(0) for _, text in shown_pieces(site) for m in pattern.finditer(text)}


def without_item_names(text: str, site: Site | None) -> str:
    """``text`` without the names of the items and tiers the site lists ("long black 4.70" of a menu with a
    "Long Black"): words of a thing's name, not of what the request asks (a colour, a look)."""
    names = {v for page in (site.pages if site else []) for s in page.sections
             for v in (*(i.title for i in s.items), *(t.name for t in s.tiers)) if len(v.split()) >= 2}
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


# An emoji (and its joiners), typed beside words: no part of a name, a price or a date.
EMOJI = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200d]+")
# An apostrophe, straight or curly: a name typed without it is the same name ("Monkeys Fist", "Monkey's Fist").
APOSTROPHE = re.compile(r"['’]")
# The words said around a thing's name that are not part of it: "the Team plan", "the Mono gig", "the wetsuit
# hire line", "the bike question" (the site shows "Wetsuit hire $20", "Can I bring my bike?").
AROUND_A_NAME = re.compile(r"^(?:the|our|my)\s+|\s+(?:plan|package|tier|gig|show|class|item|product|service|option|event|"
                           r"entry|one|dish|drink|page|link|section|line|bit|thing|part|question|listing)s?$", re.IGNORECASE)


def norm_words(text: str) -> str:
    """``text`` as its lower-case words and numbers, one space apart: for comparing wordings."""
    return " ".join(re.findall(r"[A-Za-z0-9]+", text.lower()))


def without_accents(text: str) -> str:
    """``text`` with each accent taken off its letter ("Itagüí" -> "Itagui")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    # An accent goes and its letter stays, an apostrophe joins its word ("Devenir bénévole" at
    # "/devenir-benevole", "Nana's Story" at "/nanas-story": the addresses people expect, not
    # "/devenir-b-n-vole" and "/nana-s-story"). Cut, then strip: a cut can end on "-", which no route may.
    plain = without_accents(text.lower())
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"(?<=\w)['’](?=\w)", "", plain)).strip("-")[:40].strip("-") or "page"


# Kinds whose placeholder heading guesses what the section holds ("Opening hours" for a list): when
# the user's own items fill a new one and give no heading, it has none (a price list was headed
# "Opening hours").
GUESSED_HEADINGS = frozenset({"list"})


def welcome(site_name: str) -> str:
    """The home page's placeholder line under the site's name ("Welcome to Harbor Cafe."; a name that ends with its own
    mark keeps it alone: "Welcome to ¡Abuela Carmen cumple 80!")."""
    return f"Welcome to {site_name}" + ("" if site_name[-1:] in ".!?" else ".")


def default_section(kind: str, site_name: str, heading: str = "") -> Section:
    """A complete, good-looking section of ``kind`` with sensible placeholder content."""
    if kind == "hero":
        return Section(kind="hero", heading=heading or site_name, text=welcome(site_name))
    if kind == "features":
        return Section(kind="features", heading=heading or "What we offer", items=[
            Item(title="Quality", text="Made with care, every single time."),
            Item(title="Speed", text="Fast service without cutting corners."),
            Item(title="Support", text="Friendly people who answer your questions."),
        ])
    if kind == "pricing":
        return Section(kind="pricing", heading=heading or "Pricing", tiers=[
            Tier(name="Basic", price="$9/mo", features=["The essentials", "Email support"]),
            Tier(name="Pro", price="$29/mo", features=["Everything in Basic", "Priority support"], highlighted=True),
            Tier(name="Business", price="$99/mo", features=["Everything in Pro", "A dedicated contact"]),
        ])
    if kind == "testimonials":
        return Section(kind="testimonials", heading=heading or "What people say", items=[
            Item(title="Alex P.", text=f"{site_name} exceeded every expectation."),
            Item(title="Sam R.", text="I recommend them to all my friends."),
        ])
    if kind == "faq":
        return Section(kind="faq", heading=heading or "Frequently asked questions", items=[
            Item(title="How do I get started?", text="Get in touch and we will take it from there."),
            Item(title="Where are you located?", text="Right in the middle of town."),
        ])
    if kind == "contact":
        # Ways to reach you, as placeholders the user's own details replace ("our email is …").
        return Section(kind="contact", heading=heading or "Contact us", text="We usually answer within a day.",
                       items=[Item(title="Email", text="hello@example.com"), Item(title="Phone", text="+1 555 0100")])
    if kind == "image_text":
        return Section(kind="image_text", heading=heading or f"About {site_name}",
                       text=f"{site_name} started with a simple idea and a lot of care.")
    if kind == "list":  # two columns: opening hours, a menu with prices, a timetable, dates and events
        return Section(kind="list", heading=heading or "Opening hours", items=[
            Item(title="Monday to Friday", text="9am to 5pm"),
            Item(title="Saturday", text="10am to 2pm"),
        ])
    if kind == "team":
        return Section(kind="team", heading=heading or "Meet the team", items=[
            Item(title="Jordan Lee", text="Founder"),
            Item(title="Casey Morgan", text="Operations"),
        ])
    if kind == "cta":
        return Section(kind="cta", heading=heading or "Ready to start?", text="It only takes a minute.",
                       button_label="Get in touch", button_href="/")
    return Section(kind="text", heading=heading, text="Write something here.")


# A new site's "hello@example.com": no detail of the user's.
CONTACT_PLACEHOLDERS = frozenset(item.text for item in default_section("contact", "").items)


def is_placeholder(section: Section, site_name: str) -> bool:
    """True while a section's items are still the defaults ``default_section`` gave it: content
    the user gives replaces placeholders, and is added to content the user gave before."""
    default = default_section(section.kind, site_name)
    return section.items == default.items and section.tiers == default.tiers


_HOME_NAME = re.compile(r"(?:the\s+)?(?:home|front|main|first|landing|index)(?:\s+page)?", re.IGNORECASE)


def names_of(site: Site, page: Page, plain: bool = False) -> set[str]:
    """The words ``page`` is known by: its title, its address's last part, its links' labels."""
    labels = [link.label for link in site.nav if link.href == page.route]
    names = (page.title, page.route.rsplit("/", 1)[-1], *labels)
    return {_plain_name(v) if plain else norm_words(v) for v in names}


def _plain_name(name: str) -> str:
    """``name``'s words without the words said around it and without apostrophes ("the Monkeys Fist page")."""
    return norm_words(APOSTROPHE.sub("", AROUND_A_NAME.sub("", name.strip())))


def page_named(site: Site, name: str, home: bool = False, last_words: bool = False) -> Page | None:
    """The one page the site has by the name ``name``: its title, its address's last part or its link's
    label, said with or without "the ... page" around it; None when none or several are. ``home``: the
    home page can be meant ("the front page", "Home"); ``last_words``: the longest run of the name's
    last words that names a page ("I think Visit Us" is Visit Us)."""
    name = re.sub(r"\s+page$", "", name.strip(), flags=re.IGNORECASE)
    if home and _HOME_NAME.fullmatch(name):
        return site.page("/")
    pages = [p for p in site.pages if home or p.route != "/"]
    words = name.split()
    for start in range(len(words) if last_words else min(1, len(words))):
        said = " ".join(words[start:])
        # as said first ("Our Members" beside "Members"), then without "the", "our" or apostrophes
        for plain in (False, True):
            wanted = (_plain_name if plain else norm_words)(said)
            found = [p for p in pages if wanted and wanted in names_of(site, p, plain)]
            if found:
                return found[0] if len(found) == 1 else None
    return None


def initial_site(name: str) -> Site:
    return Site(
        name=name,
        description=f"{name}, built with Avery NXR.",
        nav=[NavLink(label="Home", href="/")],
        pages=[Page(route="/", title="Home", sections=[default_section("hero", name)])],
    )


# A word that names a section only said as one: "our people", "a people section", not "people can Swish a donation".
_NAMING = {"people": r" (?:our|my|the) people | people (?:section|list) "}


def kinds_named(request: str, kinds: Sequence[str], own: str = "") -> list[str]:
    """The section kinds among ``kinds`` the request names, in the request's order; words
    that are also in ``own`` (a new page's title and route) do not count."""
    words, mine = f" {norm_words(request)} ", f" {norm_words(own)} "
    found = []
    for kind in kinds:
        # a count of them is no section of them ("maximum 8 people")
        hits = [m.start() for n in SECTION_WORDS[kind] if f" {norm_words(n)} " not in mine
                for m in re.finditer(_NAMING.get(n, rf"(?<!\d) {re.escape(norm_words(n))} "), words)]
        if hits:
            found.append((min(hits), kind))
    return [kind for _, kind in sorted(found)]
