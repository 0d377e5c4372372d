"""Synthetic fine-tuning data: (request, project pages[, last error]) -> edit plan.

Reproducible from a seed; the repository keeps this generator, not a data file.
Every plan is validated by the app's own plan models and serialised exactly as
the constrained decoder will let the model write it (schema key order, no
defaults), so the model learns the format the grammar allows.

The plan-accuracy eval (``bench/plans/cases.py``) is written separately, with
its own phrasings, and the benchmark's session files are never read here.

    .venv/bin/python build/finetune/datagen.py --n 2000 --seed 1 --out data.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.scaffold.plan import NAMED_COLORS, parse_plan, plan_to_json  # noqa: E402
from app.scaffold.site import slug  # noqa: E402

# (slug, title, section kind a new page of that name starts with)
PAGES = [
    ("about", "About Us", "text"), ("services", "Services", "features"), ("pricing", "Pricing", "pricing"),
    ("team", "Our Team", "text"), ("blog", "Blog", "text"), ("contact", "Contact", "contact"),
    ("menu", "Menu", "text"), ("gallery", "Gallery", "image_text"), ("faq", "FAQ", "faq"),
    ("careers", "Careers", "text"), ("events", "Events", "text"), ("shop", "Shop", "features"),
    ("news", "News", "text"), ("docs", "Documentation", "text"), ("portfolio", "Portfolio", "image_text"),
    ("story", "Our Story", "text"), ("locations", "Locations", "text"), ("help", "Help", "faq"),
    ("press", "Press", "text"), ("partners", "Partners", "text"), ("projects", "Projects", "image_text"),
    ("products", "Products", "features"), ("reviews", "Reviews", "testimonials"), ("classes", "Classes", "text"),
    ("schedule", "Schedule", "text"), ("donate", "Donate", "cta"), ("volunteer", "Volunteer", "text"),
    ("speakers", "Speakers", "text"), ("tickets", "Tickets", "pricing"), ("work", "Work", "image_text"),
    ("resources", "Resources", "text"), ("support", "Support", "faq"), ("booking", "Booking", "contact"),
    ("recipes", "Recipes", "text"), ("catering", "Catering", "text"), ("history", "History", "text"),
    ("mission", "Our Mission", "text"), ("features", "Features", "features"), ("changelog", "Changelog", "text"),
    ("membership", "Membership", "pricing"), ("courses", "Courses", "features"), ("clients", "Clients", "text"),
    ("sponsors", "Sponsors", "text"), ("workshops", "Workshops", "text"), ("rooms", "Rooms", "image_text"),
    ("doctors", "Our Doctors", "text"), ("programs", "Programs", "features"), ("venue", "Venue", "image_text"),
    ("agenda", "Agenda", "text"), ("stories", "Stories", "testimonials"), ("plans", "Plans", "pricing"),
    ("integrations", "Integrations", "features"), ("wine-list", "Wine List", "text"),
    ("opening-hours", "Opening Hours", "text"), ("case-studies", "Case Studies", "image_text"),
    ("meet-the-team", "Meet the Team", "text"), ("private-events", "Private Events", "text"),
]
WORDS = ["summer", "camp", "kids", "garden", "studio", "coffee", "yoga", "wedding", "travel", "music", "art",
         "local", "farm", "market", "open", "source", "design", "code", "club", "tours", "repair", "dental",
         "health", "pets", "books", "film", "night", "lab", "craft", "fresh", "green", "city", "river", "lunch"]
NAMES = ["Rosa's Oven", "Blue Fern", "Northwind", "Inkpot Cloud", "Bayside Smiles", "Pixel & Pine", "Tiny Forge",
         "Maple Street Cafe", "Atlas Tours", "Bright Path", "Lumen Labs", "Oak and Iron", "Sunny Side Yoga",
         "Copper Kettle", "Wild Thyme", "Nimbus", "Good Dog Grooming", "Stellar Events", "Red Barn Farm",
         "Cobalt Studio", "Little Owl Books", "Iron Gym", "Velvet Room", "Greenleaf", "Moonlight Jazz Club"]
PHRASES = ["Fresh bread every morning", "Since 1987", "Book a table tonight", "Built for busy teams",
           "Open daily from 8", "We fix what others cannot", "Handmade with love", "Your city, your gym",
           "Small team, big ideas", "Learn something new every week", "Start your free trial",
           "Coffee worth waking up for", "Smiles for the whole family", "Ship faster with less code",
           "Adventures start here", "Order online", "Get a quote", "Join the club", "Welcome home",
           "Music every Friday night", "The best pizza in town", "Plans for every budget",
           "Made in Portland", "Care you can trust", "Read the docs", "Hello World",
           "Our Journey", "New this week", "What we do", "Good to know", "Questions and answers",
           "Meet our chefs", "Tickets on sale now", "Grow with us", "Try it free for 30 days", "Join us this spring"]
TEXT_WORDS = ["quiet", "bright", "coffee", "rooms", "fast", "wifi", "friendly", "local", "daily", "fresh", "bikes",
              "repairs", "lessons", "your", "our", "family", "garden", "tools", "open", "late", "weekends", "free",
              "delivery", "every", "morning", "simple", "pricing", "honest", "work", "trusted", "by", "teams",
              "the", "best", "tacos", "north", "side", "handmade", "soap", "candles", "clean", "energy", "homes",
              "launch", "faster", "learn", "piano", "online", "vintage", "records", "good", "food", "small", "batch"]
KIND_WORDS = {
    "hero": ["hero", "hero section", "big banner", "hero banner", "banner at the top", "header banner"],
    "features": ["features", "features section", "feature grid", "list of features", "what we offer section",
                 "features block"],
    "pricing": ["pricing table", "prices", "pricing section", "price list", "pricing plans", "plans and prices"],
    "testimonials": ["testimonials", "customer reviews", "reviews section", "quotes from customers",
                     "testimonial section", "what clients say"],
    "faq": ["FAQ", "faq section", "frequently asked questions", "questions and answers", "Q&A section", "faqs"],
    "contact": ["contact form", "contact section", "way to get in touch", "email form", "contact block",
                "message form"],
    "image_text": ["image with text", "picture with some text", "photo and text section", "image section",
                   "picture and caption", "image_text section"],
    "cta": ["call to action", "CTA", "cta section", "signup banner", "call-to-action block", "sign-up call to action"],
    "text": ["text section", "paragraph", "block of text", "text block", "plain text section", "short text"],
}
COLOR_WORDS = {c: [c] for c in NAMED_COLORS}
COLOR_WORDS.update({"gray": ["gray", "grey"], "purple": ["purple", "violet"], "navy": ["navy", "navy blue"],
                    "teal": ["teal", "turquoise"], "gold": ["gold", "golden"]})
FONT_WORDS = {"serif": ["serif", "classic serif", "Georgia-style", "bookish serif"],
              "mono": ["monospace", "mono", "code-style", "typewriter"],
              "rounded": ["rounded", "friendly rounded", "soft rounded", "round"],
              "sans": ["sans-serif", "sans", "clean sans", "plain sans serif"]}
ERROR_TAILS = ["Expected '</', got ')'", "Unexpected token", "Expression expected", "Unterminated string constant",
               "Identifier expected", "Unexpected eof", "JSX element 'div' has no corresponding closing tag",
               "',' expected", "Cannot find name 'Hero'", "Unterminated regexp literal"]
PREFIXES = ["", "", "", "", "please ", "can you ", "could you ", "I'd like to ", "hey, ", "now ", "ok, ", "let's "]


@dataclass(frozen=True)
class Sample:
    request: str
    routes: list[str]
    plan: str  # compact JSON, as the decoder writes it
    error: str | None = None

    def to_json(self) -> str:
        return json.dumps({"request": self.request, "routes": self.routes, "error": self.error,
                           "plan": json.loads(self.plan)})


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return seq[self.r.randrange(len(seq))]

    # -- project and page references ------------------------------------------------
    def routes(self, must: list[str] = (), avoid: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
        pool = [f"/{s}" for s, _, _ in PAGES if f"/{s}" not in avoid and f"/{s}" not in must]
        extra = self.r.sample(pool, self.r.randint(0, 4))
        out = ["/"] + [r for r in list(must) + extra if r != "/"]
        self.r.shuffle(out[1:])
        return list(dict.fromkeys(out))

    def new_page(self) -> tuple[str, str, str]:
        if self.r.random() < 0.25:
            words = self.r.sample(WORDS, self.r.randint(1, 2))
            title = " ".join(w.capitalize() for w in words)
            return slug(title), title, "text"
        return tuple(self.pick(PAGES))  # type: ignore[return-value]

    def ref(self, route: str) -> str:
        """How a user names a page."""
        if route == "/":
            return self.pick(["the home page", "the homepage", "the front page", "the landing page", "the main page",
                              "home", "/", "the start page"])
        name = route.strip("/").replace("-", " ")
        return self.pick([f"the {name} page", f"{route}", f"the {route} page", f"the {name} page",
                          f"my {name} page", f"{name}"])

    def kind_ref(self, kind: str) -> str:
        return self.pick(KIND_WORDS[kind])

    def text(self) -> str:
        x = self.r.random()
        if x < 0.25:
            return str(self.pick(NAMES))
        if x < 0.55:
            return self.composed()
        return str(self.pick(PHRASES))

    def composed(self) -> str:
        """A 3-8 word text made up here, so the model learns to copy whole spans, not known phrases."""
        words = [self.pick(TEXT_WORDS) for _ in range(self.r.randint(3, 8))]
        if self.r.random() < 0.3:
            words.insert(self.r.randint(1, len(words) - 1), self.pick(["and", "&", "since", "for", "with", "in"]))
        if self.r.random() < 0.2:
            words.append(str(self.r.choice([7, 12, 24, 30, 1999, 2024])))
        while len(" ".join(words)) > 44 and len(words) > 3:  # titles and headings stop at 60
            words.pop(-2)
        out = " ".join(words)
        return out[:1].upper() + out[1:]

    def quoted(self, text: str) -> str:
        q = self.r.random()
        return f'"{text}"' if q < 0.2 else (f"'{text}'" if q < 0.3 else text)

    # -- one generator per op ---------------------------------------------------------
    def add_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        s, title, kind = self.new_page()
        route = "/" + s
        routes = self.routes(avoid={route})
        name = s.replace("-", " ")
        explicit_title = self.r.random() < 0.4
        if explicit_title:
            title = self.text() if self.r.random() < 0.6 else title
        sections = [kind]
        form = self.r.randrange(10)
        ttl = f" titled {self.quoted(title)}" if explicit_title else ""
        if form == 0:
            req = f"add a {name} page{ttl}"
        elif form == 1:
            req = f"create a page at {route}{ttl}"
        elif form == 2:
            req = f"one more page: {name}{',' if ttl else ''}{ttl}"
        elif form == 3:
            req = f"I need a {name} page{ttl}"
        elif form == 4:
            req = f"make a page for {name}{ttl}" if ttl else f"make a page called {title}"
            if not ttl:
                route = "/" + slug(title)
        elif form == 5:
            req = f"add a page whose path is {route}{', title ' + self.quoted(title) if explicit_title else ''}"
        elif form == 6:
            k = self.pick(["contact", "faq", "pricing", "features", "testimonials", "image_text", "cta"])
            sections = [k]
            req = f"add a {name} page with a {self.kind_ref(k)}{ttl}"
        elif form == 7:
            req = f"build an {name} page" if name[0] in "aeiou" else f"build a {name} page"
            req += ttl
        elif form == 8:
            req = f"give me a {route} page{ttl}"
        else:
            title = self.composed() if self.r.random() < 0.5 else title
            req = self.pick([f"add a page at {route} called {self.quoted(title)}",
                             f"I want a new page on {route}; its title is {self.quoted(title)}",
                             f"page {route} with title {self.quoted(title)}"])
        return req, routes, [{"op": "add_page", "title": title, "route": route, "sections": sections}]

    def existing(self, routes_extra: int = 1) -> tuple[str, list[str]]:
        route = "/" if self.r.random() < 0.35 else "/" + self.pick(PAGES)[0]
        return route, self.routes(must=[route])

    def heading(self) -> str | None:
        return self.text() if self.r.random() < 0.45 else None

    def add_section(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route, routes = self.existing()
        kind = self.pick(list(KIND_WORDS))
        heading = self.heading()
        k, p = self.kind_ref(kind), self.ref(route)
        hd = "" if heading is None else self.pick([f" headed {self.quoted(heading)}", f" titled {self.quoted(heading)}",
                                                    f" with the heading {self.quoted(heading)}",
                                                    f" called {self.quoted(heading)}"])
        form = self.r.randrange(6)
        if form == 0:
            req = f"add a {k}{hd} to {p}"
        elif form == 1:
            req = f"put a {k} on {p}{hd}"
        elif form == 2:
            req = f"{p} needs a {k}{hd}"
        elif form == 3:
            req = f"show a {k}{hd} on {p}"
        elif form == 4:
            req = f"on {p}, add a {k}{hd}"
        else:
            req = f"insert a {k} section into {p}{hd}"
        op: dict[str, Any] = {"op": "add_section", "route": route, "kind": kind}
        if heading:
            op["heading"] = heading
        return req, routes, [op]

    def remove_section(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route, routes = self.existing()
        kind = self.pick(list(KIND_WORDS))
        k, p = self.kind_ref(kind), self.ref(route)
        req = self.pick([f"remove the {k} from {p}", f"take the {k} off {p}", f"delete the {k} on {p}",
                         f"get rid of the {k} on {p}", f"drop the {k} from {p}",
                         f"I don't want the {k} on {p} anymore", f"{p} should not have a {k}",
                         f"hide the {k} section of {p}"])
        return req, routes, [{"op": "remove_section", "route": route, "kind": kind}]

    def set_text(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route, routes = self.existing()
        text = self.text()
        t, p = self.quoted(text), self.ref(route)
        target = self.pick(["title", "title", "subtitle", "subtitle", "button", "site_name", "site_name", "heading"])
        op: dict[str, Any] = {"op": "set_text", "route": route, "target": target, "text": text}
        if target == "title":
            w = self.pick(["title", "headline", "main heading", "heading", "big heading", "page title"])
            req = self.pick([f"change the {w} of {p} to {t}", f"set the {w} on {p} to {t}",
                             f"{p} {w} should say {t}", f"make the {w} on {p} read {t}",
                             f"retitle {p} {t}", f"change {p}'s {w} to {t}"])
        elif target == "subtitle":
            w = self.pick(["subtitle", "tagline", "subheading", "intro line", "line under the title"])
            req = self.pick([f"change the {w} on {p} to {t}", f"set the {w} of {p} to {t}",
                             f"the {w} on {p} should read {t}", f"make the {w} of {p} say {t}"])
        elif target == "button":
            w = self.pick(["button", "button text", "button label", "main button", "call to action button"])
            req = self.pick([f"change the {w} on {p} to {t}", f"the {w} on {p} should say {t}",
                             f"relabel the {w} of {p} {t}", f"make the {w} on {p} read {t}"])
        elif target == "site_name":
            route = "/"
            routes = self.routes()
            op["route"] = "/"
            text = self.pick(NAMES) if self.r.random() < 0.7 else text
            op["text"] = text
            t = self.quoted(text)
            req = self.pick([f"rename the site to {t}", f"call the site {t}", f"name this site {t}",
                             f"set the site name to {t}", f"the business is called {t}",
                             f"change the brand name to {t}", f"our company name is {t}",
                             f"make a website for {t}", f"the name of the site is {t}"])
        else:
            kind = self.pick(list(KIND_WORDS))
            op["section"] = kind
            k = self.kind_ref(kind)
            req = self.pick([f"rename the {k} heading on {p} to {t}", f"change the heading of the {k} on {p} to {t}",
                             f"the {k} on {p} should be headed {t}", f"set the {k} title on {p} to {t}"])
        return req, routes, [op]

    def set_theme(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        routes = self.routes()
        color = self.pick(list(NAMED_COLORS))
        c = self.pick(COLOR_WORDS[color])
        op: dict[str, Any] = {"op": "set_theme"}
        form = self.r.randrange(8)
        if form <= 2:
            op["primary"] = color
            req = self.pick([f"make the site look {c}", f"switch to a {c} color scheme", f"use {c} as the main colour",
                             f"{c} theme please", f"change the primary color to {c}", f"I want everything {c}",
                             f"make it more {c}"])
        elif form == 3:
            op["accent"] = color
            req = self.pick([f"use {c} as the accent colour", f"set the accent color to {c}", f"{c} accents",
                             f"accent {c}", f"the secondary colour should be {c}", f"highlight colour: {c}",
                             f"make the accents {c}"])
        elif form == 4:
            op["background"] = color
            req = self.pick([f"make the background {c}", f"set the background colour to {c}", f"{c} background"])
        elif form == 5:
            op["foreground"] = color
            req = self.pick([f"make the text {c}", f"set the text colour to {c}", f"use {c} for the text"])
        elif form == 6:
            font = self.pick(list(FONT_WORDS))
            f = self.pick(FONT_WORDS[font])
            op["font"] = font
            req = self.pick([f"use a {f} font on the site", f"switch the font to {f}", f"change the typeface to a {f} one",
                             f"{f} font please", f"make the text {f}" if font != "sans" else f"use a {f} typeface",
                             f"the font family should be {f}", f"lettering: {f}", f"set all text in a {f} type"])
        else:
            font = self.pick(list(FONT_WORDS))
            op["primary"], op["font"] = color, font
            req = f"{self.pick(['use a', 'go with a', 'switch to a'])} {c} theme with a {self.pick(FONT_WORDS[font])} font"
        if "#" not in req and self.r.random() < 0.1 and "primary" in op and "font" not in op:
            hexc = "#%06x" % self.r.randrange(1 << 24)
            op["primary"] = hexc
            req = self.pick([f"set the primary color to {hexc}", f"use {hexc} as the main colour"])
        return req, routes, [op]

    def add_nav_link(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        routes = self.routes()
        if self.r.random() < 0.5:
            label = self.pick(["Shop", "Instagram", "GitHub", "Docs", "Store", "Tickets", "Blog",
                               "Book Now", "Careers", "Community", "Twitter", "Newsletter"])
            host = self.pick(["example.com", "shop.example.com", "uptime.example.io", "github.com/acme",
                              "instagram.com/bakery", "tickets.example.org", "news.example.net"])
            href = f"https://{host}"
        else:
            s, label, _ = self.pick(PAGES)
            href = "/" + s
            if self.r.random() < 0.5:
                label = self.pick(["Order Ahead", "Book a Table", "Get Started", "Visit Us", "Read More"])
        lb = self.quoted(label)
        req = self.pick([f"add a link to {href} in the menu labelled {lb}", f"add a menu link {lb} for {href}",
                         f"the nav should link {lb} to {href}", f"link {lb} to {href} in the header",
                         f"add a nav link {lb} pointing at {href}", f"the menu needs a {lb} link to {href}",
                         f"new menu entry: {lb} -> {href}", f"nav bar: add {lb}, pointing to {href}",
                         f"in the header, add a link called {lb} that opens {href}",
                         f"add a navigation item labelled {lb} for {href}", f"{lb} should be in the menu and open {href}",
                         f"add {lb} to the top menu with the link {href}"])
        return req, routes, [{"op": "add_nav_link", "label": label, "href": href}]

    def remove_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route = "/" + self.pick(PAGES)[0]
        routes = self.routes(must=[route])
        p = self.ref(route)
        req = self.pick([f"delete {p}", f"remove {p}", f"get rid of {p}", f"we don't need {p} anymore",
                         f"take down {p}", f"drop {p}", f"{p} can go", f"kill {p}"])
        return req, routes, [{"op": "remove_page", "route": route}]

    def rename_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route = "/" + self.pick(PAGES)[0]
        new_slug, new_title, _ = self.new_page()
        new_route = "/" + new_slug
        if new_route == route:
            new_route, new_title = route + "-new", new_title + " New"
        routes = self.routes(must=[route], avoid={new_route})
        p, n = self.ref(route), new_slug.replace("-", " ")
        req = self.pick([f"rename {p} to {n}", f"move {p} to {new_route}", f"change the url of {p} to {new_route}",
                         f"{p} should live at {new_route}", f"change the address of {p} to {new_route}",
                         f"rename {p} to {new_route}", f"change the path of {p} to {new_route}",
                         f"{p} becomes {new_route}", f"give {p} the address {new_route}",
                         f"serve {p} from {new_route} from now on", f"switch the route of {p} to {new_route}"])
        return req, routes, [{"op": "rename_page", "route": route, "new_route": new_route,
                              "title": " ".join(w.capitalize() for w in n.split())}]

    def add_api_route(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        routes = self.routes()
        name = self.pick(["status", "health", "version", "hours", "echo", "ping", "menu", "stats", "time", "info",
                          "subscribe", "contact", "items", "weather", "config"])
        route = f"/api/{name}"
        method = "POST" if self.r.random() < 0.25 else "GET"
        kv = self.pick([("ok", True), ("status", "ok"), ("version", self.pick(["1.0.0", "1.4.0", "2.1.3"])),
                        ("message", self.pick(["hello", "pong", "thanks"])), ("open", "9:00"), ("count", 42)])
        body = {kv[0]: kv[1]}
        v = "true" if kv[1] is True else str(kv[1])
        m = "" if method == "GET" and self.r.random() < 0.5 else method + " "
        req = self.pick([f"add an api route {route} returning {kv[0]} {v}", f"create a {m}endpoint at {route} that returns {kv[0]} {v}",
                         f"add a {m}api endpoint {route} which responds with {kv[0]} {v}",
                         f"I need {route} to return {kv[0]} {v}"])
        if method == "POST" and "POST" not in req:
            req += " (POST)"
        return req, routes, [{"op": "add_api_route", "route": route, "method": method, "json": body}]

    def repair(self) -> tuple[str, list[str], list[dict[str, Any]], str]:
        route, routes = self.existing()
        path = "app/page.tsx" if route == "/" else f"app{route}/page.tsx"
        if self.r.random() < 0.15:
            path = self.pick(["lib/site.ts", "app/layout.tsx", "app/theme.css"])
        error = f"{path}:{self.r.randint(1, 80)}:{self.r.randint(1, 30)}: {self.pick(ERROR_TAILS)}"
        req = self.pick([f"fix the error: {error}", "fix it", "fix the error", "the preview is broken, fix it",
                         "repair that file", "it does not compile, please fix", f"fix {path}"])
        return req, routes, [{"op": "repair", "path": path}], error

    # -- assembly ------------------------------------------------------------------------
    def sample(self) -> Sample:
        kinds = [(self.add_page, 16), (self.add_section, 16), (self.remove_section, 8), (self.set_text, 18),
                 (self.set_theme, 10), (self.add_nav_link, 9), (self.remove_page, 7), (self.rename_page, 8),
                 (self.add_api_route, 6)]
        error = None
        x = self.r.random()
        if x < 0.06:
            req, routes, ops, error = self.repair()
        elif x < 0.16:
            req, routes, ops = self.combo()
        else:
            fn = self.r.choices([f for f, _ in kinds], weights=[w for _, w in kinds])[0]
            req, routes, ops = fn()
            if self.r.random() < 0.05:  # an old error in context must not hijack an unrelated request
                error = f"app/page.tsx:{self.r.randint(1, 40)}:2: {self.pick(ERROR_TAILS)}"
        req = self.noise(self.pick(PREFIXES) + req)
        plan = plan_to_json(parse_plan(json.dumps({"ops": ops})))
        return Sample(req, routes, plan, error)

    def combo(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        a = self.r.randrange(3)
        if a == 0:
            name, color = self.pick(NAMES), self.pick(list(NAMED_COLORS))
            return (f"call the site {name} and make it {color}", self.routes(),
                    [{"op": "set_text", "route": "/", "target": "site_name", "text": name},
                     {"op": "set_theme", "primary": color}])
        if a == 1:
            route, routes = self.existing()
            t1, t2 = self.pick(PHRASES), self.pick(PHRASES)
            return (f"set the title of {self.ref(route)} to {t1} and the subtitle to {t2}", routes,
                    [{"op": "set_text", "route": route, "target": "title", "text": t1},
                     {"op": "set_text", "route": route, "target": "subtitle", "text": t2}])
        name = self.pick(NAMES)
        kind = self.pick(["hero", "features", "testimonials", "contact"])
        return (f"make a website for {name} with a {self.kind_ref(kind)} on the home page", self.routes(),
                [{"op": "set_text", "route": "/", "target": "site_name", "text": name},
                 {"op": "add_section", "route": "/", "kind": kind}])

    def noise(self, req: str) -> str:
        """Casing, punctuation and the odd typo outside of quoted slot values."""
        x = self.r.random()
        if x < 0.35:
            req = req[:1].upper() + req[1:]
        if self.r.random() < 0.15:
            req += self.pick([".", "!", " please", " thanks", ".", " now", " from now on"])
        if self.r.random() < 0.08:
            words = req.split(" ")
            i = self.r.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha() and w.islower():
                j = self.r.randrange(1, len(w) - 1)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                req = " ".join(words)
        return req


def generate(n: int, seed: int = 1) -> list[Sample]:
    g = Gen(seed)
    out: list[Sample] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    while len(out) < n:
        s = g.sample()
        key = (s.request.lower(), tuple(s.routes))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    lines = [s.to_json() for s in generate(args.n, args.seed)]
    if args.out == "-":
        print("\n".join(lines))
    else:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
