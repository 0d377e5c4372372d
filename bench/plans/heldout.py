"""Generated held-apart plan-accuracy cases (≥ 300), written apart from the training data.

The phrasings, page names, texts and brand names here were written for the
eval only; ``build/finetune/datagen.py`` (the training data) shares none of
its templates. Only the facts of the plan format are common (op names,
section kinds, colour names). The benchmark's session files are not used.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PAGES = ["about", "services", "jobs", "volunteers", "menu", "events", "photos", "shop", "team", "contact",
         "pricing", "support", "research", "alumni", "sponsorship", "calendar", "downloads", "community",
         "newsletter", "press-kit", "wholesale", "gift-cards", "our-farm", "faq", "location", "blog"]
TEXTS = ["Fresh flowers daily", "Trusted since 1999", "Code with confidence", "Lunch specials all week",
         "Doors open at 7", "Your neighbourhood vet", "Book your free consult", "See the menu", "Shop the sale",
         "Meet the makers", "Learn to paint", "Quiet rooms and fast wifi", "Built by climbers",
         "Everything you need to launch", "Hand roasted in small batches", "Call us any time",
         "Serving the valley since 1975", "Less admin, more teaching"]
BRANDS = ["Sierra Coffee", "Bluebird Bakery", "Lakeside Dental", "Orbit Analytics", "Fox & Fern", "Harvest Table",
          "Peak Climbing", "Juniper Legal", "Tidewater Kayaks", "Paper Lantern", "Mosaic Clinic", "Hilltop Vets"]
KINDS = {
    "hero": ["a big intro banner", "a splash header", "a hero area"],
    "features": ["a feature overview", "three feature boxes", "a features list"],
    "pricing": ["a price table", "subscription tiers", "a pricing block"],
    "testimonials": ["reviews from happy customers", "client quotes", "a testimonials strip"],
    "faq": ["common questions", "a questions section", "an FAQ block"],
    "contact": ["a contact us form", "an enquiry form", "a contact area"],
    "image_text": ["a photo with a description", "an image next to text", "a picture block with copy"],
    "cta": ["a sign up prompt", "a call-to-action", "a join-now banner"],
    "text": ["a paragraph of copy", "some text", "a text area"],
}
COLORS = ["red", "orange", "yellow", "green", "teal", "blue", "navy", "purple", "pink", "brown", "black", "gray"]
FONTS = {"serif": "a serif face", "mono": "a monospaced face", "rounded": "a rounded face", "sans": "a sans-serif face"}


@dataclass(frozen=True)
class Case:
    request: str
    routes: list[str]
    expected: dict[str, object]
    error: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


class _Maker:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq: list[str]) -> str:
        return seq[self.r.randrange(len(seq))]

    def site(self, must: tuple[str, ...] = (), avoid: tuple[str, ...] = ()) -> list[str]:
        pool = [f"/{p}" for p in PAGES if f"/{p}" not in must and f"/{p}" not in avoid]
        return ["/"] + [m for m in must if m != "/"] + self.r.sample(pool, self.r.randint(0, 3))

    def page_name(self, route: str) -> str:
        if route == "/":
            return self.pick(["the homepage", "the home page", "the front page"])
        return self.pick([f"the {route[1:].replace('-', ' ')} page", route])

    def existing(self) -> tuple[str, list[str]]:
        route = "/" if self.r.random() < 0.3 else "/" + self.pick(PAGES)
        return route, self.site(must=(route,))

    def add_page(self) -> Case:
        name = self.pick(PAGES)
        route = "/" + name
        title = self.pick(TEXTS[:6] + BRANDS[:4])
        human = name.replace("-", " ")
        forms = [
            (f"Could we get a page for {human}?", {}),
            (f"Set up a {human} page", {}),
            (f"Start a new {human} page", {}),
            (f"Add another page, {title}, at {route}", {"title": title}),
            (f"Create {route} with the heading {title}", {"title": title}),
            (f"We need a {human} page whose title is {title}", {"title": title}),
        ]
        req, extra = forms[self.r.randrange(len(forms))]
        return Case(req, self.site(avoid=(route,)), {"op": "add_page", "route": route, **extra})

    def add_section(self) -> Case:
        route, routes = self.existing()
        kind = self.pick(list(KINDS))
        k, p = self.pick(KINDS[kind]), self.page_name(route)
        forms = [f"Append {k} to {p}", f"Can {p} have {k}?", f"Stick {k} on {p}", f"Under the hero on {p}, add {k}"]
        return Case(self.pick(forms), routes, {"op": "add_section", "route": route, "kind": kind})

    def remove_section(self) -> Case:
        route, routes = self.existing()
        kind = self.pick(list(KINDS))
        words = self.pick(KINDS[kind]).split(" ")
        k = " ".join(words[1:] if words[0] in ("a", "an", "some", "three") else words)
        p = self.page_name(route)
        forms = [f"Lose the {k} on {p}", f"Strip the {k} out of {p}", f"No more {k} on {p}",
                 f"Please remove the {k} from {p}"]
        return Case(self.pick(forms), routes, {"op": "remove_section", "route": route, "kind": kind})

    def set_text(self) -> Case:
        route, routes = self.existing()
        text, p = self.pick(TEXTS), self.page_name(route)
        target = self.pick(["title", "subtitle", "button", "site_name"])
        if target == "title":
            req = self.pick([f"Update the title on {p} so it reads {text}", f"Replace the headline of {p} with {text}",
                             f"Headline for {p}: {text}"])
        elif target == "subtitle":
            req = self.pick([f"Put {text} as the subtitle on {p}", f"Update the tagline of {p} to {text}",
                             f"Change the text under the headline on {p} to {text}"])
        elif target == "button":
            req = self.pick([f"Update the button on {p} to read {text}", f"The button on {p} should be labelled {text}"])
        else:
            text = self.pick(BRANDS)
            req = self.pick([f"We're called {text} now", f"Site name: {text}", f"Rebrand the site as {text}",
                             f"Change the name of the website to {text}"])
            return Case(req, self.site(), {"op": "set_text", "target": "site_name", "text": text})
        return Case(req, routes, {"op": "set_text", "route": route, "target": target, "text": text})

    def set_theme(self) -> Case:
        color = self.pick(COLORS)
        x = self.r.randrange(4)
        if x == 0:
            font = self.pick(list(FONTS))
            return Case(self.pick([f"Switch the typeface to {FONTS[font]}", f"Fonts should be {FONTS[font]}"]),
                        self.site(), {"op": "set_theme", "font": font})
        if x == 1:
            return Case(f"Accent colour: {color}", self.site(), {"op": "set_theme", "accent": color})
        return Case(self.pick([f"Go {color}", f"Paint the site {color}", f"Primary colour: {color}",
                               f"Could the brand colour be {color}?"]), self.site(),
                    {"op": "set_theme", "primary": color})

    def add_nav_link(self) -> Case:
        if self.r.random() < 0.5:
            label, href = self.pick(["Forum", "Podcast", "Store", "Jobs Board"]), \
                self.pick(["https://forum.example.org", "https://pod.example.fm", "https://store.example.com"])
        else:
            name = self.pick(PAGES)
            label, href = name.replace("-", " ").title(), "/" + name
        req = self.pick([f"Add {label} ({href}) to the menu", f"Include a navigation entry {label} that goes to {href}",
                         f"Menu item {label} linking {href}"])
        return Case(req, self.site(), {"op": "add_nav_link", "href": href, "label": label})

    def remove_page(self) -> Case:
        route = "/" + self.pick(PAGES)
        req = self.pick([f"Scrap {self.page_name(route)}", f"Delete the page at {route}",
                         f"Remove the {route[1:].replace('-', ' ')} page, it's outdated", f"Please drop {route} from the site"])
        return Case(req, self.site(must=(route,)), {"op": "remove_page", "route": route})

    def rename_page(self) -> Case:
        route = "/" + self.pick(PAGES)
        new = self.pick(["info", "hello", "visit", "crew", "studio", "journal", "offers", "learn"])
        req = self.pick([f"Change {route} to /{new}", f"Rename the page {route} as {new}",
                         f"Make {self.page_name(route)} available at /{new} instead"])
        return Case(req, self.site(must=(route,), avoid=(f"/{new}",)),
                    {"op": "rename_page", "route": route, "new_route": f"/{new}"})

    def add_api_route(self) -> Case:
        name = self.pick(["uptime", "prices", "openings", "quote", "signup", "feedback", "count", "slots", "rates",
                          "tables", "availability", "newsletter", "votes", "orders"])
        post = self.r.random() < 0.3
        req = (f"Accept POST requests at /api/{name} and answer ok true" if post else
               self.pick([f"Expose /api/{name} that responds with status ok", f"Make an API at /api/{name} returning count 3"]))
        expected: dict[str, object] = {"op": "add_api_route", "route": f"/api/{name}"}
        if post:
            expected["method"] = "POST"
        return Case(req, self.site(), expected)

    def repair(self) -> Case:
        route, routes = self.existing()
        path = "app/page.tsx" if route == "/" else f"app{route}/page.tsx"
        error = f"{path}:{self.r.randint(2, 60)}:3: " + self.pick(["Unexpected token", "Expected '}', got '<eof>'",
                                                                  "Unterminated template"])
        req = self.pick(["Please fix this", "something's broken, repair it", "Can you fix the compile error?",
                         f"fix the error: {error}"])
        return Case(req, routes, {"op": "repair", "path": path}, error=error)


def generate(n: int = 320, seed: int = 2026) -> list[Case]:
    m = _Maker(seed)
    makers = [m.add_page, m.add_section, m.remove_section, m.set_text, m.set_theme, m.add_nav_link, m.remove_page,
              m.rename_page, m.add_api_route, m.repair]
    out: list[Case] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for _ in range(n * 50):
        if len(out) >= n:
            break
        case = makers[len(out) % len(makers)]()
        key = (case.request, tuple(case.routes))
        if key not in seen:
            seen.add(key)
            out.append(case)
    return out
