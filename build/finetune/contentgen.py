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
        f"{tagline} site. name: {n}", f"I'm {tagline} and want a simple website. it's called {n}",
        f"make a site for my {kind} {n}, we are {tagline}",
    ]
    req = g.pick(templates)
    if g.r.random() < 0.15:  # a product: "a SaaS called X that does Y"; the tagline is what it does
        tagline = g.pick(["automates payroll for small shops", "tracks your team's holidays",
                          "turns meeting notes into tasks", "helps landlords collect rent",
                          "sends appointment reminders by text", "keeps your recipes in one place"])
        product = g.pick(["SaaS", "app", "tool", "startup", "web app", "platform", "B2B SaaS"])
        req = g.pick([f"landing page for a {product} called {n} that {tagline}",
                      f"a site for {n}, a {product} that {tagline}", f"{n} is a {product} that {tagline}. make the site",
                      f"homepage for my {product} {n}: it {tagline}"])
        sections = ["features", "pricing", "faq", "cta"]
    elif g.r.random() < 0.15:  # the kind and the place said apart from the name: that span is the tagline
        tagline = f"{kind} in {place}"
        req = g.pick([f"site for my {tagline} called {n}", f"website for my {kind}. {n}, in {place}",
                      f"a website for my {tagline}, it's called {n}"])
        if "in {place}" not in req and tagline not in req:
            tagline = kind
    if g.r.random() < 0.12:  # the user gives the headline too
        tagline = g.pick(["Good things take time", "We fix it right the first time", "Coffee, cake and conversation",
                          "Reliable code for real businesses", "Small classes, big progress"])
        req += g.pick([f". headline: {tagline}", f". tagline: {tagline}", f", headline '{tagline}'",
                       f". Slogan: {tagline}"])
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
        return "list", g.r.sample(PRICED, g.r.randint(2, 6)), ["menu", "prices", "price list", "drinks", "services and prices"], "priced"
    if x == 1:
        return "features", [(t, "") for t in g.r.sample(PLAIN_ITEMS, g.r.randint(2, 6))], ["features", "what we offer", "services", "highlights"], "plain"
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
        return "team", g.r.sample(PEOPLE, g.r.randint(2, 5)), ["team", "staff", "people", "team members"], "role"
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
                      f"show the {what}{where}, {content}", f"the {what}{where} are {content}",
                      f"Could you please put our {what}{where or ' on the home page'}? {content}",
                      f"Would you add our {what}{where}, please: {content}. Thank you!",
                      f"we need a list of {what}{where}: {content}"])
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
                  f"{heading.lower()} section{where} please. {text}",
                  f"{heading.lower()} bit{where or ' on the home page'}: {text}",
                  f"add a note{where}: {text}", f"add a short paragraph{where} telling our story: {text}"])
    return req, routes, [{"op": "add_section", "route": route, "kind": kind, "heading": heading, "text": text}]


# -- what no plan can do ---------------------------------------------------------------------
def decline(g: G) -> Sample:
    ask = g.pick(OUT_OF_SCOPE)
    if g.r.random() < 0.25:  # said about a page
        ask += g.pick([" on the contact page", " on the home page", " on every page", " for the shop"])
    req = g.pick(DECLINE_FRAMES).format(x=ask)
    if g.r.random() < 0.3:
        req += g.pick([", that would save me so much time", " so customers don't have to call", " like other sites have",
                       ", is that possible?", " - people keep asking for it", " before we launch"])
    return req, g.routes(), [{"op": "decline"}]


# -- several requests in one prompt ---------------------------------------------------------
def hero_fields(g: G) -> Sample:
    """ "hero heading: X. subtitle: Y. button: Z" — the fields of the top section, labelled."""
    route, routes = ("/", g.routes()) if g.r.random() < 0.7 else g.existing()
    fields = g.r.sample([("title", ["heading", "hero heading", "headline", "main heading", "title"]),
                         ("subtitle", ["subtitle", "subheading", "tagline", "sub"]),
                         ("button", ["button", "button text", "cta", "button label"])], g.r.choice([2, 3, 3]))
    texts = {"title": g.pick(["Get paid on time, every time", "Fresh bread, slow mornings", "Repairs done right",
                              "Learn to swim this summer", "Your garden, our passion", "Ship it on Friday"]),
             "subtitle": g.pick(["We handle the boring parts so you don't have to", "Open seven days a week",
                                 "Family run since 1998", "Friendly coaches for every level"]),
             "button": g.pick(["Start free trial", "Book a visit", "Get a quote", "Join today", "See the menu"])}
    parts = [f"{g.pick(words)}: {g.quoted(texts[t])}" for t, words in fields]
    lead = "" if route == "/" and g.r.random() < 0.6 else f"on {g.ref(route)}, "
    sep = g.pick([". ", ", ", "; ", " "])
    req = lead + g.pick(["", "hero ", "top section - "]) + sep.join(parts)
    ops = [{"op": "set_text", "route": route, "target": t, "text": texts[t]} for t, _ in fields]
    return req, routes, ops


def page_with_items(g: G) -> Sample:
    """A new page and the content that goes on it, in one prompt."""
    kind, entries, names, style = _entries(g)
    name = g.pick(["pricing", "menu", "team", "schedule", "services", "packages", "events", "classes", "faq",
                   "contact", "prices", "rates", "gigs", "volunteer", "projects"])
    route = "/" + name
    title = name.capitalize() if name != "faq" else "FAQ"
    content = _join([_say(e, style, g) for e in entries], g)
    req = g.pick([f"add a {route} page. {g.pick(names)}: {content}", f"{name} page at {route}: {content}",
                  f"add a {name} page listing {content}", f"create a page at {route} with {content}",
                  f"new page {route} with our {g.pick(names)}: {content}",
                  f"make a {name} page with {content}"])
    ops = [{"op": "add_page", "title": title, "route": route},
           {"op": "add_items", "route": route, "kind": kind, "items": _item_ops(entries, style)}]
    return req, g.routes(avoid={route}), ops


def swap_items(g: G) -> Sample:
    """ "remove X, add Y" — one item out, another in."""
    kind, entries, names, style = _entries(g)
    old, new = entries[0], entries[-1] if len(entries) > 1 else entries[0]
    if old == new:
        return remove_item(g)
    gone = g.pick([f"remove {old[0]}", f"take {old[0]} off", f"{old[0]} is gone", f"we dropped {old[0]}",
                   f"{old[0]} has left"])
    route, routes = ("/", g.routes()) if g.r.random() < 0.6 else g.existing()
    add = g.pick([f"add {_say(new, style, g)}", f"put {_say(new, style, g)} in instead",
                  f"add {_say(new, style, g)} to the {g.pick(names)}"])
    req = g.pick([f"{gone}, {add}", f"{gone} and {add}", f"{gone}. {add}"])
    ops = [{"op": "remove_item", "item": old[0]},
           {"op": "add_items", "route": route, "kind": kind, "items": _item_ops([new], style)}]
    return req, routes, ops


def nav_to_page(g: G) -> Sample:
    """ "add Pricing to the nav": the label names a page the site has."""
    route, routes = g.existing()
    if route == "/":
        route = "/" + g.pick(["pricing", "menu", "about", "schedule", "music", "volunteer", "homework", "blog"])
        routes = g.routes(must=[route])
    label = route.rsplit("/", 1)[-1].replace("-", " ")
    label = label.title() if g.r.random() < 0.6 else label
    req = g.pick([f"add {label} to the nav", f"put {label} in the nav menu", f"add {label} to the menu",
                  f"{label} in the navigation please", f"make sure {label} is in the top navigation",
                  f"link the {label} page in the header", f"add a {label} link to the menu"])
    return req, routes, [{"op": "add_nav_link", "label": label.title(), "href": route}]


def dark_theme(g: G) -> Sample:
    bg = g.pick(["black", "navy", "black", "brown"])
    accent = g.pick(["gold", "teal", "orange", "pink", "green", "purple"])
    req = g.pick(["dark theme", "make it dark", "dark mode look, light text on a dark background",
                  f"dark {bg} background with white text", f"go dark: {bg} background, {accent} accents",
                  f"a dark colour scheme with {accent}", f"make the site moodier, dark {bg} background"])
    op: dict[str, Any] = {"op": "set_theme", "background": bg, "foreground": "white"}
    if accent in req:
        op = {"op": "set_theme", "accent": accent, "background": bg, "foreground": "white"}
    return req, g.routes(), [op]


def two_requests(g: G, first: Sample, second: Sample) -> Sample:
    """Two requests said in one prompt do both: the plan has both ops."""
    a, ra, oa = first
    b, rb, ob = second
    joiner = g.pick([" and ", ". ", ", then ", ". also ", " + ", ", and "])
    return a + joiner + b, list(dict.fromkeys(ra + rb)), oa + ob
