"""Samples for the ops that carry the user's own words: the opening description of a site
(``describe_site``), content for a section (``add_items``), edits and removals of one item,
a paragraph for a new section, and requests no plan can express (``decline``).

Each function takes the generator (``datagen.Gen``: its seeded random source and page
helpers) and returns (request, routes, ops).
"""

from __future__ import annotations

from typing import Any, Protocol

from contentpools import (CLASSES, CONTACT, DECLINE_FRAMES, DESCRIBERS, EVENTS, FEATURE_TEXTS, HOURS,
                          OUT_OF_SCOPE, PEOPLE, PLACES, PLAIN_ITEMS, PLANS, PRICED, QUESTIONS, QUOTES, SITE_KINDS,
                          SITE_NAMES)

Sample = tuple[str, list[str], list[dict[str, Any]]]


class G(Protocol):
    r: Any

    def pick(self, seq: Any) -> Any: ...
    def routes(self, must: list[str] = ..., avoid: set[str] = ...) -> list[str]: ...
    def existing(self) -> tuple[str, list[str]]: ...
    def ref(self, route: str) -> str: ...
    def quoted(self, text: str) -> str: ...


def _join(parts: list[str], g: G) -> str:
    if len(parts) == 1:
        return parts[0]
    style = g.r.randrange(4)
    if style == 0:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    if style == 1:
        return ", ".join(parts)
    if style == 2:
        return "; ".join(parts)
    return ", ".join(parts[:-1]) + ", " + parts[-1]


# -- the opening prompt --------------------------------------------------------------------------
def describe_site(g: G) -> Sample:
    name = g.pick(SITE_NAMES)
    kind, sections = g.pick(SITE_KINDS)
    place = g.pick(PLACES)
    desc = g.pick(DESCRIBERS)
    a = "an" if desc[0] in "aeiou" else "a"
    form = g.r.randrange(12)
    if form < 3:
        tagline = f"{a} {desc} {kind} in {place}"
    elif form < 6:
        tagline = f"{kind} in {place}"
    elif form < 8:
        tagline = f"{desc} {kind}"
    else:
        tagline = g.pick([f"{kind} for busy people", f"the best {kind} in {place}", f"{kind} since 2009",
                          f"{kind} that feels like home", f"{kind} for the whole family"])
    n = g.quoted(name)
    templates = [
        f"a site for {n}, {tagline}", f"make a website for my {kind} called {n}. We are {tagline}",
        f"{n} - {tagline}", f"website for {n}: {tagline}", f"landing page for {n}, {tagline}",
        f"I run {tagline} called {n}, build me a site", f"homepage for {n}. {tagline}",
        f"create a home page for {n}, {tagline}", f"my {kind} is called {n}, {tagline}. make me a site",
        f"new site: {n}, {tagline}", f"set up the site for {n} ({tagline})",
        f"build a website for {tagline}. the name is {n}", f"{tagline}. name: {n}",
        f"hi! can you make a site for {n}? we're {tagline}",
        f"portfolio site for {n}, {tagline}", f"start a site for {n} — {tagline}",
    ]
    req = g.pick(templates)
    chosen = sections if g.r.random() < 0.85 else []
    op: dict[str, Any] = {"op": "describe_site", "name": name, "tagline": tagline}
    if chosen:
        op["sections"] = chosen
    routes = ["/"] if g.r.random() < 0.8 else g.routes()
    return req, routes, [op]


# -- content for a section -----------------------------------------------------------------------
def _entries(g: G) -> tuple[str, list[tuple[str, str]], list[str], str]:
    """(kind, entries, how the user calls this content, how entries are written)."""
    x = g.r.randrange(11)
    if x == 0:
        return "list", g.r.sample(PRICED, g.r.randint(2, 5)), ["menu", "prices", "price list", "drinks", "services and prices"], "priced"
    if x == 1:
        return "features", [(t, "") for t in g.r.sample(PLAIN_ITEMS, g.r.randint(2, 4))], ["features", "what we offer", "services", "highlights"], "plain"
    if x == 2:
        picks = g.r.sample(PLAIN_ITEMS, g.r.randint(2, 3))
        return "features", [(t, g.pick(FEATURE_TEXTS)) for t in picks], ["features", "services", "perks"], "colon"
    if x == 3:
        return "list", g.r.sample(HOURS, g.r.randint(2, 3)), ["opening hours", "hours", "when we're open"], "hours"
    if x == 4:
        return "list", g.r.sample(CLASSES, g.r.randint(2, 4)), ["class times", "timetable", "schedule", "classes"], "colon"
    if x == 5:
        return "list", g.r.sample(EVENTS, g.r.randint(2, 3)), ["events", "upcoming dates", "what's on"], "colon"
    if x == 6:
        return "team", g.r.sample(PEOPLE, g.r.randint(2, 4)), ["team", "staff", "people", "team members"], "role"
    if x == 7:
        return "testimonials", g.r.sample(QUOTES, g.r.randint(1, 3)), ["testimonials", "reviews", "testimonial"], "quote"
    if x == 8:
        return "faq", g.r.sample(QUESTIONS, g.r.randint(1, 3)), ["FAQ", "questions", "faq section"], "qa"
    if x == 9:
        return "pricing", g.r.sample(PLANS, g.r.randint(2, 3)), ["pricing", "plans", "pricing plans", "membership options"], "priced"
    return "contact", g.r.sample(CONTACT, g.r.randint(1, 3)), ["contact details", "contact info", "how to reach us"], "colon"


def _say(entry: tuple[str, str], style: str, g: G) -> str:
    title, text = entry
    if style == "plain" or not text:
        return title
    if style == "priced":
        return g.pick([f"{title} {text}", f"{title} - {text}", f"{title} ({text})", f"{title}: {text}",
                       f"{title} at {text}", f"{title} {text}"])
    if style == "hours":
        return g.pick([f"{title} {text}", f"{title}: {text}", f"{title} {text}"]) if text != "closed" else \
            g.pick([f"closed {title}", f"{title} closed", f"{title}: closed"])
    if style == "role":
        return g.pick([f"{title} ({text})", f"{title} - {text}", f"{title}, {text}", f"{title}: {text}",
                       f"{title} who is our {text}"])
    if style == "quote":
        return g.pick([f'"{text}" - {title}', f"{text} ({title})", f"\u201c{text}\u201d by {title}",
                       f"{title} says {text}"])
    if style == "qa":
        return g.pick([f"{title} {text}", f"Q: {title} A: {text}", f"{title} - {text}"])
    return g.pick([f"{title}: {text}", f"{title} - {text}", f"{title} {text}"])


def _item_ops(entries: list[tuple[str, str]], style: str) -> list[dict[str, Any]]:
    out = []
    for title, text in entries:
        if style == "hours" and text == "closed":
            out.append({"title": title, "text": "closed"})
        else:
            out.append({"title": title, "text": text} if text else {"title": title})
    return out


def add_items(g: G) -> Sample:
    kind, entries, names, style = _entries(g)
    route, routes = g.existing() if g.r.random() < 0.6 else ("/", g.routes())
    content = _join([_say(e, style, g) for e in entries], g)
    what = g.pick(names)
    where = "" if route == "/" and g.r.random() < 0.5 else g.pick([f" on {g.ref(route)}", f" to {g.ref(route)}"])
    if style == "hours" and g.r.random() < 0.4:
        req = g.pick([f"we're open {content}{where}", f"our hours are {content}{where}",
                      f"opening hours{where}: {content}"])
    else:
        req = g.pick([f"add our {what}{where}: {content}", f"{what}{where}: {content}", f"put {content} in the {what}{where}",
                      f"add {what}{where} - {content}", f"list the {what}{where}: {content}",
                      f"here are the {what}: {content}. put them{where or ' on the home page'}",
                      f"{what} please{where}: {content}", f"add {content} to the {what}{where}",
                      f"show the {what}{where}, {content}", f"the {what}{where} are {content}"])
    op: dict[str, Any] = {"op": "add_items", "route": route, "kind": kind, "items": _item_ops(entries, style)}
    return req, routes, [op]


def edit_item(g: G) -> Sample:
    x = g.r.randrange(4)
    routes = g.routes()
    if x == 0:
        title, _ = g.pick(PRICED + PLANS)
        new = g.pick(["$39", "£5", "€11", "$7.50", "£55/month", "$0", "$24/mo", "£3.20", "free"])
        req = g.pick([f"change {title} to {new}", f"{title} now costs {new}", f"make the {title} price {new}",
                      f"update the price of {title} to {new}", f"{title} should be {new}",
                      f"the {title} plan is {new} now", f"raise {title} to {new}"])
        return req, routes, [{"op": "edit_item", "item": title, "text": new}]
    if x == 1:
        title, _ = g.pick(PEOPLE)
        role = g.pick(["Head chef", "Co-founder", "Practice manager", "Senior stylist", "Lead developer", "Coach"])
        req = g.pick([f"{title} is now {role}", f"change {title}'s role to {role}", f"update {title} to {role}",
                      f"{title}'s title should be {role}"])
        return req, routes, [{"op": "edit_item", "item": title, "text": role}]
    if x == 2:
        title, _ = g.pick(HOURS + CLASSES)
        new = g.pick(["9am to 3pm", "closed", "10-6", "7pm", "8:30am to 4pm", "noon"])
        req = g.pick([f"change {title} to {new}", f"{title} is {new} now", f"{title} hours: {new}",
                      f"update {title} to {new}"])
        return req, routes, [{"op": "edit_item", "item": title, "text": new}]
    old, _ = g.pick(PRICED + PEOPLE + PLANS)
    new_title = g.pick(["Oat flat white", "Dr. Maya Chen", "Premium", "Sourdough (large)", "Kids' cut", "Pro Plus"])
    req = g.pick([f"rename {old} to {new_title}", f"call {old} {new_title} instead", f"{old} should be called {new_title}"])
    return req, routes, [{"op": "edit_item", "item": old, "title": new_title}]


def remove_item(g: G) -> Sample:
    title, _ = g.pick(PRICED + PEOPLE + PLANS + QUESTIONS + HOURS[:4] + EVENTS)
    where = g.pick(["", "", " from the menu", " from the list", " from the page", " from the team", " from the site"])
    req = g.pick([f"remove {title}{where}", f"take {title} off{where or ' the page'}", f"we don't do {title} anymore",
                  f"delete {title}{where}", f"drop {title}{where}", f"get rid of {title}{where}",
                  f"{title} is gone, remove it"])
    return req, g.routes(), [{"op": "remove_item", "item": title}]


def section_with_text(g: G) -> Sample:
    mention = g.r.random() < 0.4
    route, routes = g.existing() if mention else ("/", g.routes())
    heading = g.pick(["About us", "Our story", "Where to find us", "Why us", "Our mission", "History"])
    text = g.pick(["We started baking in a tiny kitchen in 2011 and never stopped",
                   "Find us behind the old post office, next to the park",
                   "Every repair comes with a twelve month guarantee",
                   "Founded by two friends who love good coffee and slow mornings",
                   "We plant a tree for every order we ship",
                   "Our volunteers sort over two tonnes of food every week"])
    kind = g.pick(["text", "image_text"])
    where = f" to {g.ref(route)}" if mention else ""
    req = g.pick([f"add a section called {heading}{where}: {text}",
                  f"add a {heading.lower()} section{where} that says {text}",
                  f"write a paragraph{where} under the heading {heading}: {text}",
                  f"{heading.lower()} section{where} please. {text}"])
    return req, routes, [{"op": "add_section", "route": route, "kind": kind, "heading": heading, "text": text}]


# -- what no plan can do ---------------------------------------------------------------------
def decline(g: G) -> Sample:
    ask = g.pick(OUT_OF_SCOPE)
    if g.r.random() < 0.25:  # said about a page
        ask += g.pick([" on the contact page", " on the home page", " on every page", " for the shop"])
    return g.pick(DECLINE_FRAMES).format(x=ask), g.routes(), [{"op": "decline"}]
