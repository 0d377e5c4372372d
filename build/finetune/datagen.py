"""Synthetic fine-tuning data: (request, project pages[, last error]) -> edit plan.

Reproducible from a seed; the repository keeps this generator, not a data file.
Every plan is validated by the app's own plan models and serialised exactly as
the constrained decoder will let the model write it (schema key order, no
defaults), so the model learns the format the grammar allows.

The plan-accuracy eval (``bench/plans/data``) is written separately, with
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
for _p in (ROOT, ROOT / "build" / "finetune"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from app.scaffold.plan import NAMED_COLORS, parse_plan, plan_to_json  # noqa: E402
from app.scaffold.site import slug  # noqa: E402

import contentgen  # noqa: E402
from pools import (API_KEYS, API_NAMES, BUSINESS, COLOR_WORDS, CSS_TAILS, ERROR_TAILS, FONT_WORDS,  # noqa: E402
                   HOSTS, KIND_WORDS, NAMES, PAGES, PARENTS, PHRASES, PREFIXES, REPAIR_REQUESTS, TEXT_WORDS,
                   THEME_JOINERS, THEME_PARTS, WORDS)

__all__ = ["NAMES", "PHRASES", "Sample", "generate"]


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
    def __init__(self, seed: int, old_weight: float = 1.0) -> None:
        self.r = random.Random(seed)
        # >1 leans a warm start back towards the original ops, so new ops do not crowd them out.
        self.old_weight = old_weight

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return seq[self.r.randrange(len(seq))]

    # -- project and page references ------------------------------------------------
    def page_route(self) -> str:
        """An existing page: a common one, a made-up one, or a nested one, so the model learns to
        copy the route from the project's page list rather than to remember page names."""
        x = self.r.random()
        if x < 0.5:
            return "/" + self.pick(PAGES)[0]
        if x < 0.75:
            return "/" + "-".join(self.r.sample(WORDS, self.r.randint(1, 2)))
        child = self.pick(PAGES)[0] if self.r.random() < 0.5 else "-".join(self.r.sample(WORDS, self.r.randint(1, 2)))
        return f"/{self.pick(PARENTS)}/{child}"

    def routes(self, must: list[str] = (), avoid: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
        extra = [self.page_route() for _ in range(self.r.randint(0, 5))]
        for r in list(must):  # a neighbour with a shared word, so a near miss is a wrong answer
            if r != "/" and self.r.random() < 0.3:
                extra.append(r + "-" + self.pick(WORDS) if self.r.random() < 0.5 else r.rsplit("/", 1)[0] or "/")
        out = ["/"] + [r for r in list(must) + extra if r != "/" and r not in avoid]
        tail = out[1:]
        self.r.shuffle(tail)
        return list(dict.fromkeys(["/"] + tail))

    def new_page(self) -> tuple[str, str, str]:
        if self.r.random() < 0.3:
            words = self.r.sample(WORDS, self.r.randint(1, 2))
            title = " ".join(w.capitalize() for w in words)
            return slug(title), title, "text"
        return tuple(self.pick(PAGES))  # type: ignore[return-value]

    def page_name(self, route: str) -> str:
        return route.rsplit("/", 1)[-1].replace("-", " ")

    def ref(self, route: str) -> str:
        """How a user names a page."""
        if route == "/":
            return self.pick(["the home page", "the homepage", "the front page", "the landing page", "the main page",
                              "home", "/", "the start page", "the index page", "my home page"])
        name = self.page_name(route)
        return self.pick([f"the {name} page", f"{route}", f"the {route} page", f"the {name} page",
                          f"my {name} page", f"{name}", f"the {name} page ({route})", f"our {name} page"])

    def owner(self, route: str) -> str:
        """A page as an owner: "the home", "the about page's"."""
        if route == "/":
            return self.pick(["the home", "the homepage", "the home page", "the front page", "the main page's"])
        name = self.page_name(route)
        return self.pick([f"the {name}", f"the {name} page", f"the {name} page's", f"{route}'s"])

    def kind_ref(self, kind: str) -> str:
        return self.pick(KIND_WORDS[kind])

    def text(self, long: bool = False) -> str:
        x = self.r.random()
        if x < 0.22:
            return str(self.pick(NAMES))
        if x < 0.6:
            return self.composed(long)
        return str(self.pick(PHRASES))

    def composed(self, long: bool = False) -> str:
        """A 3-12 word text made up here, so the model learns to copy whole spans, not known phrases."""
        words = [self.pick(TEXT_WORDS) for _ in range(self.r.randint(3, 12 if long else 8))]
        if self.r.random() < 0.3:
            words.insert(self.r.randint(1, len(words) - 1), self.pick(["and", "&", "since", "for", "with", "in"]))
        if self.r.random() < 0.2:
            words.append(str(self.r.choice([7, 12, 24, 30, 1999, 2024])))
        limit = 90 if long else 44  # titles and headings stop at 60, other text at 120
        while len(" ".join(words)) > limit and len(words) > 3:
            words.pop(-2)
        if len(words) > 3 and self.r.random() < 0.2:
            # a comma inside: headings like "Questions, answered" are one span, not a list to stop at
            at = self.r.randint(1, len(words) - 2)
            words[at] += ","
        out = " ".join(words)
        return out[:1].upper() + out[1:]

    def quoted(self, text: str) -> str:
        q = self.r.random()
        if q < 0.2:
            return f'"{text}"'
        if q < 0.3:
            return f"'{text}'"
        if q < 0.35:
            return f"\u201c{text}\u201d"
        return text

    # -- one generator per op ---------------------------------------------------------
    def add_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        s, title, kind = self.new_page()
        route = "/" + s
        name = s.replace("-", " ")
        explicit_title = self.r.random() < 0.45
        if explicit_title:
            title = self.text() if self.r.random() < 0.6 else title
        sections = [kind]
        form = self.r.randrange(13)
        ttl = f" {self.pick(['titled', 'called', 'with the title', 'named'])} {self.quoted(title)}" if explicit_title else ""
        if form == 0:
            req = f"add a {name} page{ttl}"
        elif form == 1:
            req = f"create a page at {route}{ttl}"
        elif form == 2:
            req = f"one more page: {name}{',' if ttl else ''}{ttl}"
        elif form == 3:
            req = f"I need a {name} page{ttl}"
        elif form == 4:  # only a title: the route is its slug
            title = self.text() if self.r.random() < 0.7 else title
            route = "/" + slug(title)
            req = self.pick([f"make a page called {self.quoted(title)}", f"add a page titled {self.quoted(title)}",
                             f"new page with the title {self.quoted(title)}", f"a fresh page named {self.quoted(title)}",
                             f"set up another page; its title is {self.quoted(title)}",
                             f"create a page, title: {self.quoted(title)}"])
        elif form == 5:
            req = f"add a page whose path is {route}{', title ' + self.quoted(title) if explicit_title else ''}"
        elif form in (6, 7):  # with named sections
            ks = self.r.sample(["contact", "faq", "pricing", "features", "testimonials", "image_text", "cta", "hero"],
                               self.r.choice([1, 1, 1, 2]))
            sections = ks
            secs = " and ".join(f"a {self.kind_ref(k)}" for k in ks)
            where = self.pick([f"a {name} page", f"a page at {route}", f"a {name} page at {route}"])
            req = self.pick([f"add {where}{ttl} with {secs}", f"add {where} with {secs}{ttl}",
                             f"create {where}{ttl}, with {secs}", f"I want {where}{ttl} that has {secs}"])
        elif form == 8:
            req = f"build an {name} page" if name[0] in "aeiou" else f"build a {name} page"
            req += ttl
        elif form == 9:
            req = f"give me a {route} page{ttl}"
        elif form == 10:  # a name, a path that differs from it, and a title
            route = "/" + self.pick(WORDS) if self.r.random() < 0.5 else f"/{self.pick(PARENTS)}/{s}"
            title = self.text() if self.r.random() < 0.5 else f"{title} {self.pick(['With Us', 'Here', 'Today', 'Info'])}"
            req = self.pick([f"add a {name} page at {route} titled {self.quoted(title)}",
                             f"create a {name} page on {route} with the title {self.quoted(title)}",
                             f"{name} page at {route}, title {self.quoted(title)}"])
        elif form == 11:  # a nested path
            route = f"/{self.pick(PARENTS)}/{s}"
            title = self.page_name(route).title() if not explicit_title else title
            req = self.pick([f"add a {route} page{ttl}", f"create {route}{ttl}", f"new page at {route}{ttl}"])
        else:
            title = self.composed() if self.r.random() < 0.5 else title
            req = self.pick([f"add a page at {route} called {self.quoted(title)}",
                             f"I want a new page on {route}; its title is {self.quoted(title)}",
                             f"page {route} with title {self.quoted(title)}"])
        routes = self.routes(avoid={route})
        return req, routes, [{"op": "add_page", "title": title, "route": route, "sections": sections}]

    def existing(self) -> tuple[str, list[str]]:
        route = "/" if self.r.random() < 0.33 else self.page_route()
        return route, self.routes(must=[route])

    def heading(self) -> str | None:
        return self.text() if self.r.random() < 0.45 else None

    def add_section(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route, routes = self.existing()
        kind = self.pick(list(KIND_WORDS))
        heading = self.heading()
        k, p = self.kind_ref(kind), self.ref(route)
        hd = "" if heading is None else self.pick([
            f" headed {self.quoted(heading)}", f" titled {self.quoted(heading)}", f" with the heading {self.quoted(heading)}",
            f" called {self.quoted(heading)}", f". Give it the heading {self.quoted(heading)}",
            f", heading: {self.quoted(heading)}", f" that says {self.quoted(heading)} at the top"])
        form = self.r.randrange(8)
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
        elif form == 5:
            req = f"new section for {p}: {k}{hd}"
        elif form == 6:
            req = f"stick a {k} at the bottom of {p}{hd}"
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
                         f"hide the {k} section of {p}", f"{p}: remove the {k}",
                         f"delete just the {k} from {p}, keep the page"])
        return req, routes, [{"op": "remove_section", "route": route, "kind": kind}]

    def set_text(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route, routes = self.existing()
        target = self.pick(["title", "title", "subtitle", "subtitle", "button", "site_name", "site_name", "heading",
                            "heading"])
        text = self.text(long=target in ("subtitle", "button") and self.r.random() < 0.4)
        t, p, o = self.quoted(text), self.ref(route), self.owner(route)
        op: dict[str, Any] = {"op": "set_text", "route": route, "target": target, "text": text}
        if target == "title":
            w = self.pick(["title", "headline", "main heading", "big heading", "page title", "main title"])
            req = self.pick([f"change the {w} of {p} to {t}", f"set the {w} on {p} to {t}",
                             f"{p} {w} should say {t}", f"make the {w} on {p} read {t}",
                             f"retitle {p} {t}", f"change {o} {w} to {t}", f"{o} {w} -> {t}",
                             f"update the {w} of {p}. New {w}: {t}"])
        elif target == "subtitle":
            w = self.pick(["subtitle", "tagline", "subheading", "intro line", "line under the title", "hero subtitle",
                           "strapline", "tagline under the main title"])
            req = self.pick([f"change the {w} on {p} to {t}", f"set the {w} of {p} to {t}",
                             f"the {w} on {p} should read {t}", f"make the {w} of {p} say {t}",
                             f"set {o} {w} to {t}", f"{o} {w} -> {t}", f"update {o} {w}: {t}"])
        elif target == "button":
            w = self.pick(["button", "button text", "button label", "main button", "call to action button",
                           "hero button"])
            req = self.pick([f"change the {w} on {p} to {t}", f"the {w} on {p} should say {t}",
                             f"relabel the {w} of {p} {t}", f"make the {w} on {p} read {t}",
                             f"set {o} {w} to {t}"])
        elif target == "site_name":
            route = "/"
            routes = self.routes()
            op["route"] = "/"
            text = self.pick(NAMES) if self.r.random() < 0.6 else self.composed().title()
            op["text"] = text
            t = self.quoted(text)
            b = self.pick(BUSINESS)
            req = self.pick([f"rename the site to {t}", f"call the site {t}", f"name this site {t}",
                             f"set the site name to {t}", f"the business is called {t}",
                             f"change the brand name to {t}", f"our company name is {t}",
                             f"the site should be called {t}", f"the name of the site is {t}", f"call the {b} {t}",
                             f"the {b} is called {t}", f"our {b} is {t}, use that as the site name",
                             f"site name: {t}", f"we are {t}"])
        else:
            kind = self.pick(list(KIND_WORDS))
            op["section"] = kind
            k = self.kind_ref(kind)
            req = self.pick([f"rename the {k} heading on {p} to {t}", f"change the heading of the {k} on {p} to {t}",
                             f"the {k} on {p} should be headed {t}", f"set the {k} title on {p} to {t}",
                             f"change the {k} heading on {p} to {t}", f"retitle the {k} on {p}: {t}",
                             f"{o} {k} heading -> {t}", f"make the {k} on {p} say {t} at the top"])
        return req, routes, [op]

    def set_theme(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        routes = self.routes()
        op: dict[str, Any] = {"op": "set_theme"}
        n = self.r.choice([1, 1, 2, 2, 2, 3])
        fields = self.r.sample(["primary", "primary", "accent", "background", "foreground", "font"], n)
        fields = list(dict.fromkeys(fields))
        parts = []
        for fld in fields:
            if fld == "font":
                font = self.pick(list(FONT_WORDS))
                op["font"] = font
                parts.append(self.pick(THEME_PARTS["font"]).format(f=self.pick(FONT_WORDS[font])))
            else:
                color = self.pick(list(NAMED_COLORS))
                if self.r.random() < 0.06:
                    color = "#%06x" % self.r.randrange(1 << 24)
                    cw = color
                else:
                    cw = self.pick(COLOR_WORDS[color])
                op[fld] = color
                parts.append(self.pick(THEME_PARTS[fld]).format(c=cw))
        if fields == ["primary"] and self.r.random() < 0.5:  # the colour of the whole site
            cw = parts[0].split()[-1] if "#" in str(op["primary"]) else self.pick(COLOR_WORDS[str(op["primary"])])
            parts = [self.pick([f"make the site look {cw}", f"switch to a {cw} color scheme", f"{cw} theme please",
                                f"I want everything {cw}", f"make it more {cw}"])]
        text = parts[0]
        for part in parts[1:]:
            text += self.pick(THEME_JOINERS) + part
        req = self.pick(["{}", "{}", "theme: {}", "use {}", "restyle the site: {}", "for the look, {}",
                         "{} across the whole site"]).format(text)
        return req, routes, [op]  # sample() writes it in schema order

    def add_nav_link(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        routes = self.routes()
        if self.r.random() < 0.5:
            label = self.pick(["Shop", "Instagram", "GitHub", "Docs", "Store", "Tickets", "Blog", "Book Now",
                               "Careers", "Community", "Twitter", "Newsletter", "YouTube", "Discord", "LinkedIn",
                               "Schedule a call", "Status"])
            href = f"https://{self.pick(HOSTS)}"
        else:
            href = self.page_route() if self.r.random() < 0.5 else "/" + self.pick(PAGES)[0]
            label = self.page_name(href).title()
            if self.r.random() < 0.5:
                label = self.pick(["Get Started", "Visit Us", "Read More", "Find Us", "Pricing", "Our Work",
                                   "Sign Up", "Call Us"])
            elif self.r.random() < 0.5:
                # a label of several capitalised words the model has never seen, copied whole ("Order Ahead")
                label = " ".join(self.pick(TEXT_WORDS).title() for _ in range(self.r.randint(2, 3)))
        lb = self.quoted(label)
        req = self.pick([f"add a link to {href} in the menu labelled {lb}", f"add a menu link {lb} for {href}",
                         f"the nav should link {lb} to {href}", f"link {lb} to {href} in the header",
                         f"add a nav link {lb} pointing at {href}", f"the menu needs a {lb} link to {href}",
                         f"new menu entry: {lb} -> {href}", f"nav bar: add {lb}, pointing to {href}",
                         f"in the header, add a link called {lb} that opens {href}",
                         f"add a navigation item labelled {lb} for {href}", f"{lb} should be in the menu and open {href}",
                         f"add {lb} to the top menu with the link {href}",
                         f"I want a menu item called {lb} that links to {href}"])
        return req, routes, [{"op": "add_nav_link", "label": label, "href": href}]

    def remove_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route = self.page_route()
        routes = self.routes(must=[route])
        p = self.ref(route)
        req = self.pick([f"delete {p}", f"remove {p}", f"get rid of {p}", f"we don't need {p} anymore",
                         f"take down {p}", f"drop {p}", f"{p} can go", f"kill {p}", f"remove {p} from the site"])
        return req, routes, [{"op": "remove_page", "route": route}]

    def rename_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        route = self.page_route()
        new_slug, new_title, _ = self.new_page()
        if self.r.random() < 0.25:  # a longer form of the old path
            new_slug = route.rsplit("/", 1)[-1] + "-" + self.pick(WORDS)
        new_route = "/" + new_slug
        if new_route == route:
            new_route = route + "-new"
        routes = self.routes(must=[route], avoid={new_route})
        p, n = self.ref(route), new_route.rsplit("/", 1)[-1].replace("-", " ")
        req = self.pick([f"rename {p} to {n}", f"move {p} to {new_route}", f"change the url of {p} to {new_route}",
                         f"{p} should live at {new_route}", f"change the address of {p} to {new_route}",
                         f"rename {p} to {new_route}", f"change the path of {p} to {new_route}",
                         f"{p} becomes {new_route}", f"give {p} the address {new_route}",
                         f"serve {p} from {new_route} from now on", f"switch the route of {p} to {new_route}",
                         f"change the link for {p}, new url: {new_route}"])
        return req, routes, [{"op": "rename_page", "route": route, "new_route": new_route,
                              "title": " ".join(w.capitalize() for w in n.split())}]

    def api_value(self, key: str) -> tuple[Any, str]:
        """A JSON value and how a user would say it."""
        x = self.r.random()
        if key in ("ok", "online", "ready", "open", "active") or x < 0.15:
            v = self.r.random() < 0.75
            return v, str(v).lower()
        if x < 0.45:
            n = self.r.choice([0, 1, 3, 7, 12, 42, 99, 120, 250, 1000, 2048])
            return n, str(n)
        if x < 0.6:
            f = self.r.choice([0.5, 1.5, 3.14, 4.8, 9.99, 12.5, 98.6])
            return f, str(f)
        s = self.pick(["ok", "hello", "pong", "thanks", "1.0.0", "2.1.3", "up", "green", "eu-west", "closed",
                       "9:00", "beta", "Lisbon", "all good"])
        return s, s

    def add_api_route(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        routes = self.routes()
        name = self.pick(API_NAMES)
        if self.r.random() < 0.3:
            name += "-" + self.pick(["of-the-day", "count", "list", "new", "check", "request", "form"])
        if self.r.random() < 0.2:
            name = self.pick(["v1", "forms", "admin", "public", "shop"]) + "/" + name
        route = f"/api/{name}"
        method = "POST" if self.r.random() < 0.35 else "GET"
        keys = self.r.sample(API_KEYS, self.r.choice([0, 1, 1, 2, 2, 3]))
        body: dict[str, Any] = {}
        said = []
        for key in keys:
            v, sv = self.api_value(key)
            body[key] = v
            said.append(self.pick([f"{key} {sv}", f"{key} {sv}", f"{key} = {sv}", f"{key}: {sv}", f"{key} as {sv}"]))
        returns = ""
        if said:
            joined = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
            if self.r.random() < 0.15:
                joined = json.dumps(body)
            returns = self.pick([" returning ", " that returns ", " which responds with ", " with ", " giving "]) + joined
        if method == "POST":
            m = self.pick(["a POST endpoint at {r}", "an endpoint {r} accepting POST", "a POST route {r}",
                           "an api route {r} that handles post requests", "an endpoint at {r} that takes POSTed JSON",
                           "a backend route {r} the form will POST to", "an API route {r}, method POST",
                           "POST {r}, a new api route"]).format(r=route)
        else:
            m = self.pick(["an api route {r}", "a GET endpoint at {r}", "an endpoint {r}", "a JSON endpoint {r}",
                           "a backend route at {r}", "an API endpoint {r}", "a route {r} my app can fetch",
                           "api: {r} (GET)"]).format(r=route)
        req = self.pick([f"add {m}{returns}", f"create {m}{returns}", f"I need {m}{returns}", f"set up {m}{returns}"])
        op: dict[str, Any] = {"op": "add_api_route", "route": route}
        if method == "POST":
            op["method"] = "POST"
        if body:
            op["json"] = body
        return req, routes, [op]

    def repair(self) -> tuple[str, list[str], list[dict[str, Any]], str]:
        route, routes = self.existing()
        path = "app/page.tsx" if route == "/" else f"app{route}/page.tsx"
        tails = ERROR_TAILS
        if self.r.random() < 0.2:
            path = self.pick(["lib/site.ts", "app/layout.tsx", "app/theme.css", "app/theme.css"])
            tails = CSS_TAILS if path.endswith(".css") else ERROR_TAILS
        error = f"{path}:{self.r.randint(1, 80)}:{self.r.randint(1, 30)}: {self.pick(tails)}"
        req = self.pick(REPAIR_REQUESTS + [f"fix the error: {error}", f"fix {path}"])
        return req, routes, [{"op": "repair", "path": path}], error

    # -- the user's own content, the opening prompt and declines (contentgen) -----------------
    def describe_site(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.describe_site(self)

    def add_items(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.add_items(self)

    def edit_item(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.edit_item(self)

    def remove_item(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.remove_item(self)

    def decline(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.decline(self)

    def section_with_text(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.section_with_text(self)

    def hero_fields(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.hero_fields(self)

    def page_with_items(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.page_with_items(self)

    def swap_items(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.swap_items(self)

    def nav_to_page(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.nav_to_page(self)

    def dark_theme(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        return contentgen.dark_theme(self)

    def two_requests(self) -> tuple[str, list[str], list[dict[str, Any]]]:
        """Two short requests of different kinds in one prompt."""
        simple = [self.add_nav_link, self.set_text, self.add_section, self.set_theme, self.remove_item,
                  self.add_items, self.remove_section, self.nav_to_page, self.add_page]
        f1, f2 = self.r.sample(simple, 2)
        return contentgen.two_requests(self, f1(), f2())

    # -- assembly ------------------------------------------------------------------------
    def sample(self) -> Sample:
        kinds = [(self.add_page, 16), (self.add_section, 15), (self.remove_section, 8), (self.set_text, 18),
                 (self.set_theme, 12), (self.add_nav_link, 8), (self.remove_page, 6), (self.rename_page, 7),
                 (self.add_api_route, 10), (self.describe_site, 9), (self.add_items, 16), (self.edit_item, 5),
                 (self.remove_item, 4), (self.decline, 10), (self.section_with_text, 4), (self.hero_fields, 3),
                 (self.page_with_items, 4), (self.swap_items, 3), (self.nav_to_page, 4), (self.dark_theme, 2),
                 (self.two_requests, 6)]
        old = {self.add_page, self.add_section, self.remove_section, self.set_text, self.set_theme,
               self.add_nav_link, self.remove_page, self.rename_page, self.add_api_route}
        kinds = [(f, w * self.old_weight if f in old else w) for f, w in kinds]
        error = None
        x = self.r.random()
        if x < 0.08:
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
        return (f"call the site {name} and add a {self.kind_ref(kind)} to the home page", self.routes(),
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


def generate(n: int, seed: int = 1, old_weight: float = 1.0) -> list[Sample]:
    g = Gen(seed, old_weight)
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
