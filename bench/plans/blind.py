"""A blind held-out set of edit-plan requests, written apart from the training data.

Written without looking at the fine-tuning data, the few-shot examples, the
other held-out sets or any recorded session. The requests are phrased the way
different people talk to a website builder (questions, terse notes, long polite
sentences, a typo here and there); the page names, texts, brands and URLs are
this file's own. Each expected plan holds only the slots a careful reader could
pin down from the request alone: ``title`` for a new page only when the user
states one, ``heading`` only when stated, ``method`` only for POST.

    from bench.plans.blind import generate
    cases = generate()   # deterministic (fixed seed)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import TypeVar

from bench.plans.heldout import Case

SEED = 20240917
PER_OP = 32
TAGS = ("blind",)
T = TypeVar("T")

# Existing pages a project may have (besides "/"), with the words a user would call them by.
PAGES: dict[str, str] = {
    "/about": "about", "/pricing": "pricing", "/contact": "contact", "/blog": "blog", "/services": "services",
    "/team": "team", "/faq": "FAQ", "/menu": "menu", "/gallery": "gallery", "/our-story": "our story",
    "/careers": "careers", "/shop": "shop", "/events": "events", "/portfolio": "portfolio",
    "/locations": "locations", "/press": "press", "/support": "support", "/classes": "classes",
    "/rooms": "rooms", "/recipes": "recipes", "/workshops": "workshops", "/volunteer": "volunteer",
    "/donate": "donate", "/catering": "catering", "/membership": "membership", "/case-studies": "case studies",
    "/book-now": "book now", "/news": "news", "/partners": "partners", "/privacy": "privacy",
    "/terms": "terms", "/studio": "studio", "/journal": "journal", "/services/web-design": "web design",
    "/docs/getting-started": "getting started", "/wholesale": "wholesale", "/retreats": "retreats",
}
HOME_NAMES = ("homepage", "home page", "front page", "landing page", "main page")

KIND_PHRASES: dict[str, tuple[str, ...]] = {
    "hero": ("hero section", "hero banner", "big banner at the top", "hero"),
    "features": ("features section", "features grid", "list of features", "feature highlights block",
                 "section showing what we offer"),
    "pricing": ("pricing section", "pricing table", "block with pricing tiers", "price list section",
                "plans and prices block"),
    "testimonials": ("testimonials section", "customer testimonials block", "reviews section",
                     "customer stories section", "section of client quotes"),
    "faq": ("FAQ section", "FAQ", "frequently asked questions section", "Q&A block",
            "questions and answers section"),
    "contact": ("contact section", "contact form", "get in touch section", "contact block"),
    "image_text": ("image and text section", "image with text block", "picture next to a paragraph",
                   "image + text section", "photo with some text beside it"),
    "cta": ("call to action", "call-to-action section", "CTA banner", "CTA block", "call-to-action strip"),
    "text": ("text section", "plain text block", "paragraph of text", "simple text section", "text block"),
}
# How users refer to a section they want to change or remove ("the ... ").
KIND_REFS: dict[str, tuple[str, ...]] = {
    "hero": ("hero section", "hero banner", "big banner at the top"),
    "features": ("features section", "features grid", "feature list"),
    "pricing": ("pricing section", "pricing table", "pricing tiers"),
    "testimonials": ("testimonials section", "testimonials", "customer reviews section", "customer stories block"),
    "faq": ("FAQ section", "FAQ", "frequently asked questions", "Q&A block"),
    "contact": ("contact section", "contact form", "get in touch block"),
    "image_text": ("image and text section", "image-with-text block", "picture + paragraph section"),
    "cta": ("call to action", "CTA section", "call-to-action banner"),
    "text": ("text section", "plain text block", "text block"),
}


def _an(phrase: str) -> str:
    return ("an " if phrase[0].lower() in "aeio" or phrase.startswith("FAQ") else "a ") + phrase


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, seq: Iterable[T]) -> T:
        return self.rng.choice(list(seq))

    def routes(self, must: tuple[str, ...] = (), avoid: tuple[str, ...] = (), extra: tuple[int, int] = (1, 4)) -> list[str]:
        """ "/" plus the pages the case needs plus a few others, never one of ``avoid``."""
        pool = [r for r in PAGES if r not in must and r not in avoid and r != "/"]
        chosen = [r for r in must if r != "/"] + self.rng.sample(pool, self.rng.randint(*extra))
        out = ["/"] + sorted(set(chosen))
        return out

    def page_ref(self, route: str) -> str:
        if route == "/":
            return self.pick(("the " + n for n in HOME_NAMES)) if self.rng.random() < 0.85 else "/"
        name = PAGES[route]
        return self.pick((f"the {name} page", route, f"the {route} page", f"my {name} page", f"the {name} page"))

    def q(self, text: str) -> str:
        styles = ['"{}"', "\u201c{}\u201d"] + (["'{}'"] if "'" not in text else [])
        return self.pick(styles).format(text)


# ---------------------------------------------------------------- add_page

NEW_TITLES = (
    "Gift Cards", "Wedding Packages", "Press Kit", "Sustainability", "Meet the Team", "Opening Hours",
    "Artist Statement", "Student Discounts", "Behind the Scenes", "Summer Camp", "Room Rates",
    "Shipping and Returns", "Private Events", "Kids Classes", "Our Farmers", "Volunteer Stories",
    "Size Guide", "Trade Accounts", "Annual Report", "Community Garden", "Bike Repairs", "Sponsorship",
    "Wine List", "Puppy Training", "Photo Booth Hire", "Corporate Retreats", "Dog Grooming", "Alumni",
    "Speaking Engagements", "Care Instructions", "Brunch Menu", "Tour Dates", "Design Process",
    "Member Perks", "Refund Policy", "Loyalty Program", "Open Studio Days",
)
# Route given, title not (expected: route only).
NEW_ROUTES = (
    "/lookbook", "/testimonials", "/accessibility", "/downloads", "/reviews", "/newsletter", "/timetable",
    "/faq-for-parents", "/sitemap", "/thank-you", "/coming-soon", "/resources/guides", "/services/branding",
    "/services/photography", "/gallery/2023", "/workshops/pottery", "/locations/downtown", "/links",
)
# Route and a title that differs from the route.
ROUTE_AND_TITLE = (
    ("/crew", "Meet the Crew"), ("/story", "How It All Began"), ("/hours", "When We're Open"),
    ("/jobs", "Work With Us"), ("/kit", "Our Gear"), ("/visit", "Plan Your Visit"),
    ("/faq-shipping", "Shipping Questions"), ("/impact", "Our Impact in 2024"),
)


def add_page(g: _Gen) -> list[Case]:
    out: list[Case] = []
    titled = (
        lambda t: f"Add a page called {g.q(t)}",
        lambda t: f"Can you create a new page titled {g.q(t)}?",
        lambda t: f"new page, title: {t}",
        lambda t: f"please add a page named {g.q(t)} to the site",
        lambda t: f"I'd like another page on my site with the title {g.q(t)}.",
        lambda t: f"make a page and call it {g.q(t)}",
        lambda t: f"Hi! Could you set up a fresh page for me? The title should be {g.q(t)}. Thanks so much",
        lambda t: f"add pge titled {g.q(t)} pls",
        lambda t: f"We need a new page. Title it {g.q(t)}, you can leave it empty for now",
        lambda t: f"Create a {g.q(t)} page with an FAQ on it",
        lambda t: f"could you add a page - name it {g.q(t)}",
    )
    by_route = (
        lambda r: f"add an empty page at {r}",
        lambda r: f"I need a page at {r}, nothing on it yet",
        lambda r: f"Set up a new page under {r} please.",
        lambda r: f"could u add a {r} page",
        lambda r: f"New page: {r}",
        lambda r: f"Please create the page {r} - I'll fill it in later",
        lambda r: f"Is it possible to have a page living at {r}? Just add a blank one",
    )
    both = (
        lambda r, t: f"Add a page at {r} titled {g.q(t)}",
        lambda r, t: f"create a new page, url {r}, title {g.q(t)}",
        lambda r, t: f"I want a new page at {r} with the title {g.q(t)}",
        lambda r, t: f"Make a page called {g.q(t)} but put it at {r}",
    )
    titles = list(NEW_TITLES)
    g.rng.shuffle(titles)
    for i, t in enumerate(titles[:18]):
        route = "/" + _slug(t)
        out.append(Case(request=titled[i % len(titled)](t), routes=g.routes(avoid=(route,)),
                        expected={"op": "add_page", "route": route, "title": t}, error=None, tags=TAGS))
    routes = list(NEW_ROUTES)
    g.rng.shuffle(routes)
    for i, r in enumerate(routes[:9]):
        out.append(Case(request=by_route[i % len(by_route)](r), routes=g.routes(avoid=(r,)),
                        expected={"op": "add_page", "route": r}, error=None, tags=TAGS))
    for i, (r, t) in enumerate(ROUTE_AND_TITLE[:6]):
        out.append(Case(request=both[i % len(both)](r, t), routes=g.routes(avoid=(r, "/" + _slug(t))),
                        expected={"op": "add_page", "route": r, "title": t}, error=None, tags=TAGS))
    return out


def _slug(text: str) -> str:
    from app.scaffold.site import slug

    return slug(text)


# ---------------------------------------------------------------- add_section

HEADINGS: dict[str, tuple[str, ...]] = {
    "hero": ("Slow mornings, good coffee",), "features": ("What we do best", "Why people pick us"),
    "pricing": ("Simple, honest prices", "Plans for every team"), "testimonials": ("Kind words", "From our guests"),
    "faq": ("Good to know", "Still wondering?"), "contact": ("Say hello", "Drop us a line"),
    "image_text": ("A bit about the craft", "Our little corner"), "cta": ("Ready when you are", "Join the club"),
    "text": ("A note from the owner",),
}


def add_section(g: _Gen) -> list[Case]:
    out: list[Case] = []
    plain = (
        lambda k, p: f"add {_an(k)} to {p}",
        lambda k, p: f"Can you put {_an(k)} on {p}?",
        lambda k, p: f"stick {_an(k)} at the bottom of {p} please",
        lambda k, p: f"{p} needs {_an(k)}",
        lambda k, p: f"I'd like to add {_an(k)} to {p}, below what's already there.",
        lambda k, p: f"Please insert {_an(k)} into {p}",
        lambda k, p: f"could you ad {_an(k)} on {p}",
        lambda k, p: f"On {p}, add {_an(k)}.",
        lambda k, p: f"Hey, would it be possible to include {_an(k)} on {p}? Thank you!",
        lambda k, p: f"new section for {p}: {k}",
    )
    headed = (
        lambda k, p, h: f"add {_an(k)} to {p} with the heading {g.q(h)}",
        lambda k, p, h: f"Put {_an(k)} on {p}, headed {g.q(h)}",
        lambda k, p, h: f"I want {_an(k)} on {p}. Give it the heading {g.q(h)}.",
        lambda k, p, h: f"new {k} on {p} titled {g.q(h)} please",
    )
    kinds = list(KIND_PHRASES)
    headings = {k: list(v) for k, v in HEADINGS.items()}
    for i in range(PER_OP):
        kind = kinds[i % len(kinds)]
        route = "/" if (i % 4 == 0 and kind != "hero") else g.pick(r for r in PAGES if r != "/pricing" or kind != "pricing")
        phrase = g.pick(KIND_PHRASES[kind])
        ref = g.page_ref(route)
        if i % 4 == 3 and headings[kind]:
            h = headings[kind].pop()
            req = headed[(i // 4) % len(headed)](phrase, ref, h)
            exp: dict[str, object] = {"op": "add_section", "route": route, "kind": kind, "heading": h}
        else:
            req = plain[i % len(plain)](phrase, ref)
            exp = {"op": "add_section", "route": route, "kind": kind}
        out.append(Case(request=req, routes=g.routes(must=(route,)), expected=exp, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- remove_section

def remove_section(g: _Gen) -> list[Case]:
    out: list[Case] = []
    tpl = (
        lambda k, p: f"remove the {k} from {p}",
        lambda k, p: f"Delete the {k} on {p}.",
        lambda k, p: f"take the {k} off {p}, we don't need it",
        lambda k, p: f"I don't want the {k} on {p} anymore",
        lambda k, p: f"Could you get rid of the {k} on {p}? Keep the rest of the page as it is.",
        lambda k, p: f"{p}: drop the {k}",
        lambda k, p: f"pls remvoe the {k} from {p}, dont need it",
        lambda k, p: f"Please delete just the {k} from {p}, not the whole page",
        lambda k, p: f"The {k} on {p} looks bad, just remove it",
        lambda k, p: f"hide the {k} on {p}... actually no, just delete that section",
    )
    kinds = list(KIND_REFS)
    for i in range(PER_OP):
        kind = kinds[i % len(kinds)]
        if kind == "hero" or (kind != "pricing" and i % 3 == 0):
            route = "/"
        elif kind == "pricing" and i % 2 == 0:
            route = "/pricing"
        else:
            route = g.pick(PAGES)
        ref = g.page_ref(route)
        k = g.pick(KIND_REFS[kind])
        req = tpl[i % len(tpl)](k, ref)
        out.append(Case(request=req, routes=g.routes(must=(route,)),
                        expected={"op": "remove_section", "route": route, "kind": kind}, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- set_text

PAGE_TITLES = (
    "Fresh bread, every morning", "Who we are", "Tailoring that fits", "Adventures start here",
    "Small batch, big flavour", "Your neighbourhood vet", "Design that works", "Come stay with us",
    "Handmade in Lisbon", "Learn to code, gently",
)
SUBTITLES = (
    "Open daily from 7am, closed on Mondays", "Family-run since 1987 in the heart of Leeds",
    "We build fast, friendly websites for small businesses", "Sourdough, pastries and strong coffee",
    "Guided hikes for every fitness level", "Appointments available six days a week",
    "Free delivery on orders over $50", "Honest repairs at honest prices", "Yoga for stiff people",
    "Ethically sourced beans, roasted every Thursday",
)
BUTTONS = (
    "Book a table", "Start free trial", "Get a quote", "Shop the collection", "Reserve your spot",
    "Join the waitlist", "Order now", "See our menu", "Talk to us", "Download the app",
)
SITE_NAMES = (
    "Bramble & Co", "Northwind Bakery", "Lumen Studio", "Pixel Harbor", "Tidewater Yoga", "Oak and Ember",
    "Little Fern Florist", "Copperpot Kitchen", "Saltmarsh Surf School", "Quill Bookbinding",
)
SECTION_HEADINGS = (
    "Questions we hear a lot", "Plans that grow with you", "What our clients say", "Find us",
    "Everything included", "About the workshop", "Let's build something", "Straight answers",
    "Loved by 2,000 runners", "Visit the shop",
)


def set_text(g: _Gen) -> list[Case]:
    out: list[Case] = []
    title_t = (
        lambda p, x: f"change the main headline on {p} to {g.q(x)}",
        lambda p, x: f"Set the page title of {p} to {g.q(x)}",
        lambda p, x: f"The big title at the top of {p} should read {g.q(x)}",
        lambda p, x: f"can you make the title on {p} say {g.q(x)}?",
        lambda p, x: f"title for {p}: {x}",
        lambda p, x: f"Please update the headline of {p}. New headline: {g.q(x)}",
        lambda p, x: f"I'd like {p} to have the title {g.q(x)} instead of the current one",
    )
    sub_t = (
        lambda p, x: f"change the subtitle on {p} to {g.q(x)}",
        lambda p, x: f"Update the tagline under the main title on {p}: {g.q(x)}",
        lambda p, x: f"the small line under the big headline on {p} should say {g.q(x)}",
        lambda p, x: f"Can you set the subtitle of {p} to {g.q(x)}?",
        lambda p, x: f"subtitle on {p} -> {g.q(x)}",
        lambda p, x: f"Please replace the tagline on {p} with {g.q(x)}. Thanks!",
        lambda p, x: f"make teh subtitle of {p} read {g.q(x)}",
    )
    btn_t = (
        lambda p, x: f"change the button text on {p} to {g.q(x)}",
        lambda p, x: f"The main button on {p} should say {g.q(x)}",
        lambda p, x: f"relabel the button on {p}: {g.q(x)}",
        lambda p, x: f"Could the call-to-action button on {p} read {g.q(x)} instead?",
        lambda p, x: f"button label {g.q(x)} on {p} please",
        lambda p, x: f"I want the big button on {p} to say {g.q(x)}",
    )
    name_t = (
        lambda x: f"rename the website to {g.q(x)}",
        lambda x: f"Our business is now called {x}",
        lambda x: f"Change the site name to {g.q(x)} everywhere",
        lambda x: f"can you update the brand name shown in the header to {g.q(x)}?",
        lambda x: f"site name: {x}",
        lambda x: f"We rebranded! Please change the name of the site to {g.q(x)}.",
    )
    head_t = (
        lambda k, p, x: f"change the heading of the {k} on {p} to {g.q(x)}",
        lambda k, p, x: f"The {k} on {p} should be headed {g.q(x)}",
        lambda k, p, x: f"retitle the {k} on {p}: {g.q(x)}",
        lambda k, p, x: f"On {p}, set the {k} heading to {g.q(x)}",
        lambda k, p, x: f"Could you rename the heading of {p}'s {k} to {g.q(x)}?",
        lambda k, p, x: f"{k} heading on {p} -> {g.q(x)}",
        lambda k, p, x: f"pls change the headng above the {k} on {p} to {g.q(x)}",
    )

    def home_or(i: int) -> str:
        return "/" if i % 2 == 0 else g.pick(PAGES)

    for i, x in enumerate(PAGE_TITLES[:7]):
        r = home_or(i)
        out.append(Case(request=title_t[i](g.page_ref(r), x), routes=g.routes(must=(r,)),
                        expected={"op": "set_text", "route": r, "target": "title", "text": x}, error=None, tags=TAGS))
    for i, x in enumerate(SUBTITLES[:7]):
        r = home_or(i + 1)
        out.append(Case(request=sub_t[i](g.page_ref(r), x), routes=g.routes(must=(r,)),
                        expected={"op": "set_text", "route": r, "target": "subtitle", "text": x}, error=None, tags=TAGS))
    for i, x in enumerate(BUTTONS[:6]):
        r = "/" if i % 3 != 2 else g.pick(PAGES)
        out.append(Case(request=btn_t[i](g.page_ref(r), x), routes=g.routes(must=(r,)),
                        expected={"op": "set_text", "route": r, "target": "button", "text": x}, error=None, tags=TAGS))
    for i, x in enumerate(SITE_NAMES[:6]):
        out.append(Case(request=name_t[i](x), routes=g.routes(),
                        expected={"op": "set_text", "target": "site_name", "text": x}, error=None, tags=TAGS))
    kinds = ["faq", "pricing", "testimonials", "contact", "features", "image_text", "cta"]
    for i, x in enumerate(SECTION_HEADINGS[:7]):
        kind = kinds[i]
        r = "/pricing" if kind == "pricing" else g.pick(list(PAGES) + ["/"])
        k = g.pick(KIND_REFS[kind])
        out.append(Case(request=head_t[i](k, g.page_ref(r), x), routes=g.routes(must=(r,)),
                        expected={"op": "set_text", "route": r, "target": "heading", "section": kind, "text": x},
                        error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- set_theme

COLOR_WORDS = {
    "red": ("red",), "orange": ("orange",), "yellow": ("yellow",), "green": ("green",), "teal": ("teal",),
    "blue": ("blue",), "navy": ("navy", "navy blue"), "purple": ("purple",), "pink": ("pink",),
    "brown": ("brown",), "black": ("black",), "white": ("white",), "gray": ("gray", "grey"), "gold": ("gold",),
}
SLOT_PHRASES: dict[str, tuple[Callable[[str], str], ...]] = {
    "primary": (lambda c: f"make the primary color {c}", lambda c: f"set the main brand colour to {c}",
                lambda c: f"change the theme's primary colour to {c}", lambda c: f"use {c} as the primary color",
                lambda c: f"switch the primary to {c}"),
    "accent": (lambda c: f"make the accent color {c}", lambda c: f"use {c} for the accent colour",
               lambda c: f"set the accent to {c}", lambda c: f"switch the accent to {c}",
               lambda c: f"change the highlight (accent) colour to {c}"),
    "background": (lambda c: f"make the background {c}", lambda c: f"use a {c} page background",
                   lambda c: f"set the background colour to {c}", lambda c: f"change the background color to {c}"),
    "foreground": (lambda c: f"make the text colour {c}", lambda c: f"set the body text to {c}",
                   lambda c: f"set the foreground (text) color to {c}", lambda c: f"make all the text {c}"),
}
FONT_PHRASES = {
    "serif": ("use a serif font", "switch to a classic serif typeface", "change the font to serif",
              "go with a serif font"),
    "sans": ("use a clean sans-serif font", "switch the font to sans", "go back to a sans serif typeface"),
    "mono": ("use a monospace font", "switch to a mono, code-style font", "change the font to monospace"),
    "rounded": ("use a rounded font", "switch to a soft, rounded typeface", "make the font rounded"),
}


def set_theme(g: _Gen) -> list[Case]:
    out: list[Case] = []
    colors = list(COLOR_WORDS)
    fonts = list(FONT_PHRASES)
    slots = list(SLOT_PHRASES)
    shapes = (["color"] * 12) + (["font"] * 8) + (["color2"] * 6) + (["color_font"] * 4)
    openers = ("", "", "Hey, ", "Could you ", "please ", "I think we should ", "Theme change: ", "Quick one - ")
    closers = ("", "", "", " please", ".", "?", " thx", ", thanks!")
    extra = [  # a few written out whole
        ("Dark mode please: black background with white text",
         {"background": "black", "foreground": "white"}),
        ("Can the whole site use a white background and navy text? Looks more professional",
         {"background": "white", "foreground": "navy"}),
        ("Font should be monospace, like a terminal", {"font": "mono"}),
        ("our brand colour is teal - can the theme's primary colour match that?", {"primary": "teal"}),
    ]
    for i, shape in enumerate(shapes):
        exp: dict[str, object] = {"op": "set_theme"}
        parts: list[str] = []
        if shape in ("color", "color2", "color_font"):
            n = 2 if shape == "color2" else 1
            for slot in g.rng.sample(slots, n) if shape != "color" else [slots[i % 4]]:
                c = g.pick(c for c in colors if c not in exp.values())
                exp[slot] = c
                parts.append(g.pick(SLOT_PHRASES[slot])(g.pick(COLOR_WORDS[c])))
        if shape in ("font", "color_font"):
            f = fonts[i % 4]
            exp["font"] = f
            parts.append(g.pick(FONT_PHRASES[f]))
        body = " and ".join(parts)
        op = openers[i % len(openers)]
        if op == "Could you ":
            req = f"Could you {body}?"
        elif op == "I think we should ":
            req = f"I think we should {body}"
        else:
            req = (op + body) + closers[i % len(closers)]
        out.append(Case(request=req, routes=g.routes(), expected=exp, error=None, tags=TAGS))
    for req, slots_ in extra:
        out.append(Case(request=req, routes=g.routes(), expected={"op": "set_theme", **slots_}, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- add_nav_link

EXTERNAL_LINKS = (
    ("Instagram", "https://instagram.com/bramble.and.co"), ("Etsy Shop", "https://www.etsy.com/shop/QuillBindery"),
    ("GitHub", "https://github.com/pixel-harbor"), ("Book a call", "https://calendly.com/lumen-studio/intro"),
    ("Listen", "https://open.spotify.com/artist/4fZq8dw1Rk"), ("Donate", "https://www.gofundme.com/f/fern-garden"),
    ("Docs", "https://docs.tidewater.io"), ("Reservations", "https://www.opentable.com/r/copperpot-kitchen"),
    ("YouTube", "https://youtube.com/@saltmarshsurf"), ("Newsletter", "https://northwind.substack.com"),
    ("Tickets", "https://www.eventbrite.com/e/spring-fair-2024"), ("Status", "https://status.pixelharbor.dev"),
    ("LinkedIn", "https://www.linkedin.com/company/oak-and-ember"), ("Merch", "https://shop.tidewater.io"),
    ("Find us", "https://maps.app.goo.gl/Xb7kQ2pLm9"), ("Podcast", "https://podcasts.apple.com/podcast/id1620045"),
)
INTERNAL_LABELS = {
    "/about": ("About us", "About"), "/pricing": ("Pricing", "Plans"), "/contact": ("Contact", "Get in touch"),
    "/blog": ("Blog", "Read"), "/menu": ("Our Menu", "Menu"), "/careers": ("Jobs", "Careers"),
    "/events": ("What's on", "Events"), "/book-now": ("Book a table", "Book now"), "/shop": ("Shop",),
    "/team": ("The team", "Team"), "/faq": ("Help", "FAQ"), "/gallery": ("Photos", "Gallery"),
    "/donate": ("Support us", "Donate"), "/our-story": ("Our story",),
}


def add_nav_link(g: _Gen) -> list[Case]:
    out: list[Case] = []
    tpl = (
        lambda l, h: f"add a link to {h} in the nav bar, label it {g.q(l)}",
        lambda l, h: f"Put {g.q(l)} in the header menu, pointing to {h}",
        lambda l, h: f"nav link: {l} -> {h}",
        lambda l, h: f"Could you add {g.q(l)} to the top menu? It should go to {h}",
        lambda l, h: f"I want a menu item called {g.q(l)} that links to {h}",
        lambda l, h: f"add {g.q(l)} ({h}) to the navigation",
        lambda l, h: f"Please add a navigation link labelled {g.q(l)} to {h}",
        lambda l, h: f"new item in the navbar: {g.q(l)}, link {h}",
        lambda l, h: f"can u link {h} from the menu at the top? call it {g.q(l)}",
        lambda l, h: f"In the site navigation, add a link {g.q(l)} that goes to {h}. Thanks!",
    )
    ext = list(EXTERNAL_LINKS)
    g.rng.shuffle(ext)
    internal = list(INTERNAL_LABELS.items())
    g.rng.shuffle(internal)
    for i in range(PER_OP):
        if i % 2 == 0 and ext:
            label, href = ext.pop()
            routes = g.routes()
        else:
            route, labels = internal[(i // 2) % len(internal)]
            label, href = labels[(i // 2) // len(internal) % len(labels)], route
            routes = g.routes(must=(route,))
        out.append(Case(request=tpl[i % len(tpl)](label, href), routes=routes,
                        expected={"op": "add_nav_link", "label": label, "href": href}, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- remove_page

def remove_page(g: _Gen) -> list[Case]:
    out: list[Case] = []
    tpl = (
        lambda p: f"delete {p}",
        lambda p: f"Remove {p} from the site.",
        lambda p: f"get rid of {p} completely",
        lambda p: f"We stopped doing this, please take down {p} entirely",
        lambda p: f"I don't need {p} anymore - delete the whole page",
        lambda p: f"Can you remove {p}? The entire page, not just a section.",
        lambda p: f"drop {p} pls",
        lambda p: f"please delte {p}, it's outdated",
        lambda p: f"{p} has to go. Delete it",
        lambda p: f"Would you mind deleting {p} for me? We won't be using it.",
    )
    routes = [r for r in PAGES]
    g.rng.shuffle(routes)
    for i in range(PER_OP):
        r = routes[i % len(routes)]
        name = PAGES[r]
        ref = g.pick((f"the {name} page", f"the page {r}", f"the {r} page", f"my {name} page"))
        out.append(Case(request=tpl[i % len(tpl)](ref), routes=g.routes(must=(r,)),
                        expected={"op": "remove_page", "route": r}, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- rename_page

RENAMES = (
    ("/blog", "/writing"), ("/about", "/about-us"), ("/team", "/people"), ("/services", "/what-we-do"),
    ("/contact", "/get-in-touch"), ("/shop", "/store"), ("/events", "/whats-on"), ("/gallery", "/photos"),
    ("/news", "/updates"), ("/menu", "/food"), ("/careers", "/jobs"), ("/faq", "/help"),
    ("/portfolio", "/work"), ("/classes", "/schedule"), ("/press", "/media"), ("/our-story", "/history"),
    ("/rooms", "/stay"), ("/recipes", "/cookbook"), ("/membership", "/join"), ("/donate", "/give"),
    ("/support", "/help-center"), ("/workshops", "/courses"), ("/case-studies", "/clients"),
    ("/partners", "/sponsors"), ("/book-now", "/reservations"), ("/terms", "/terms-of-service"),
    ("/privacy", "/privacy-policy"), ("/studio", "/the-studio"), ("/docs/getting-started", "/docs/quickstart"),
    ("/locations", "/find-us"), ("/journal", "/diary"), ("/wholesale", "/trade"),
)


def rename_page(g: _Gen) -> list[Case]:
    out: list[Case] = []
    tpl = (
        lambda p, o, n: f"rename {o} to {n}",
        lambda p, o, n: f"Change the URL of {p} to {n}",
        lambda p, o, n: f"move {p} to {n}",
        lambda p, o, n: f"Can {p} live at {n} instead?",
        lambda p, o, n: f"I want the address of {p} to be {n} from now on.",
        lambda p, o, n: f"switch the path {o} -> {n}",
        lambda p, o, n: f"Please change the slug of {p} so it's {n}",
        lambda p, o, n: f"{o} should be {n}, update the route pls",
        lambda p, o, n: f"could you chnage the link for {p}? new url: {n}",
        lambda p, o, n: f"For SEO reasons we'd like the {PAGES[o]} page to move from {o} to {n}. Can you do that?",
    )
    pairs = list(RENAMES)
    g.rng.shuffle(pairs)
    for i, (o, n) in enumerate(pairs[:PER_OP]):
        name = PAGES[o]
        ref = g.pick((f"the {name} page", f"my {name} page", o))
        out.append(Case(request=tpl[i % len(tpl)](ref, o, n), routes=g.routes(must=(o,), avoid=(n,)),
                        expected={"op": "rename_page", "route": o, "new_route": n}, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- add_api_route

API_GET = (
    "/api/menu", "/api/opening-hours", "/api/health", "/api/products", "/api/events/upcoming", "/api/team",
    "/api/stock", "/api/status", "/api/reviews", "/api/prices", "/api/v1/locations", "/api/classes/today",
    "/api/tides", "/api/quote-of-the-day", "/api/rooms/available", "/api/blog/latest",
)
API_POST = (
    "/api/newsletter", "/api/contact", "/api/rsvp", "/api/feedback", "/api/bookings", "/api/waitlist",
    "/api/orders", "/api/subscribe", "/api/quotes/request", "/api/donations", "/api/volunteer-signup",
    "/api/reviews/new", "/api/support/tickets", "/api/catering-enquiry", "/api/applications",
    "/api/forms/wholesale",
)


def add_api_route(g: _Gen) -> list[Case]:
    out: list[Case] = []
    get_t = (
        lambda r: f"add an api route {r} that returns JSON",
        lambda r: f"I need a JSON endpoint at {r}",
        lambda r: f"create GET {r}",
        lambda r: f"Could you expose {r} as an API endpoint? Just a simple GET that returns data.",
        lambda r: f"new endpoint {r} pls, read-only",
        lambda r: f"Set up a backend route at {r} so my app can fetch it",
        lambda r: f"api: {r} (GET)",
        lambda r: f"please add a server route {r} that my frontend can call to read the data",
    )
    post_t = (
        lambda r: f"add a POST endpoint at {r}",
        lambda r: f"I need {r} to accept POST requests from the form",
        lambda r: f"create an API route {r}, method POST",
        lambda r: f"POST {r} - new api route please",
        lambda r: f"Could you set up an endpoint at {r} that takes POSTed JSON submissions?",
        lambda r: f"new api route {r} that handles post requests",
        lambda r: f"Please add a backend route, {r}, which people will POST the signup form to.",
        lambda r: f"we need an endpoint {r} accepting POST",
    )
    for i, r in enumerate(API_GET):
        out.append(Case(request=get_t[i % len(get_t)](r), routes=g.routes(),
                        expected={"op": "add_api_route", "route": r}, error=None, tags=TAGS))
    for i, r in enumerate(API_POST):
        out.append(Case(request=post_t[i % len(post_t)](r), routes=g.routes(),
                        expected={"op": "add_api_route", "route": r, "method": "POST"}, error=None, tags=TAGS))
    return out


# ---------------------------------------------------------------- repair

ERRORS = (
    "Unexpected token", "Expected '}', got '<eof>'", "Unterminated string constant",
    "Expected corresponding JSX closing tag for <section>", "Unexpected token `div`. Expected jsx identifier",
    "';' expected", "Cannot find name 'Hero'", "Unexpected eof", "JSX expressions must have one parent element",
    "Identifier expected", "Expression expected",
)


def repair(g: _Gen) -> list[Case]:
    out: list[Case] = []
    generic = (
        "fix it",
        "The preview shows an error, can you repair it?",
        "it broke after I edited something by hand, please fix",
        "why is my site crashing?? fix pls",
        "Something went wrong with the build. Could you sort it out?",
        "repair the broken file",
        "preview is blank and there's a red error, help",
        "Can you put the file back the way it should be? It doesn't compile anymore.",
        "I think I messed up the code. Please fix the error.",
        "the build fails, fix the error please",
        "pls repiar whatever is broken",
        "Hi, the preview stopped working after my last change - can you fix that file?",
        "error in the preview again :( can you sort it",
        "Could you look at the error and repair the file that's causing it?",
        "compile error, please regenerate the broken file",
        "I was tinkering with the code and now nothing loads. Can you fix it?",
        "there's a syntax error somewhere, fix it for me",
        "hmm the page crashed. repair please",
        "Please fix the broken page so the preview works again.",
        "the preview says failed to compile - what happened? fix it",
    )
    named = (
        lambda p: f"I messed up the code of {p} by hand, can you regenerate it?",
        lambda p: f"{p} won't compile anymore, please fix it",
        lambda p: f"fix the error on {p}",
        lambda p: f"Can you repair {p}? It shows a syntax error.",
    )
    pages = [r for r in PAGES]
    g.rng.shuffle(pages)
    for i in range(PER_OP):
        if i < 26:
            route = "/" if i % 5 == 0 else pages[i % len(pages)]
            path = "app/page.tsx" if route == "/" else f"app{route}/page.tsx"
            routes = g.routes(must=(route,))
            msg = ERRORS[i % len(ERRORS)]
            if i % 3 == 2:
                req = named[i % len(named)](g.page_ref(route))
            else:
                req = generic[i % len(generic)]
        elif i < 29:
            path, msg = "app/theme.css", g.pick(("Unknown word", "Unclosed block", "Missed semicolon"))
            routes = g.routes()
            req = ("the colours are all gone and the preview says there's a css error, fix it",
                   "fix the stylesheet error", generic[i % len(generic)])[i - 26]
        else:
            path, msg = "lib/site.ts", g.pick(("Unterminated string literal", "',' expected", "Unexpected token"))
            routes = g.routes()
            req = ("the site config file is broken, can you regenerate it?", generic[(i + 3) % len(generic)],
                   "repair the site settings file please")[i - 29]
        error = f"{path}:{g.rng.randint(3, 140)}:{g.rng.randint(1, 40)}: {msg}"
        out.append(Case(request=req, routes=routes, expected={"op": "repair", "path": path}, error=error, tags=TAGS))
    return out


BUILDERS = (add_page, add_section, remove_section, set_text, set_theme, add_nav_link, remove_page, rename_page,
            add_api_route, repair)


def generate() -> list[Case]:
    """The blind cases, the same list on every call."""
    g = _Gen(random.Random(SEED))
    cases: list[Case] = []
    seen: set[tuple[str, str | None]] = set()
    for build in BUILDERS:
        for c in build(g):
            key = (c.request.lower(), c.error)
            if key in seen:
                continue
            seen.add(key)
            cases.append(c)
    return cases
