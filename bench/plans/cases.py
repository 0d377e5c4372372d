"""Held-apart plan-accuracy cases: (request, project pages, expected op and key slots).

Written by hand, separately from the few-shot examples in resources/prompts and
from any benchmark session file.
"""

from __future__ import annotations

import importlib

from bench.plans.heldout import Case, generate

HOME = ["/"]
HOME_ABOUT = ["/", "/about"]
HOME_PRICING_TEAM = ["/", "/pricing", "/team"]

# (request, routes, expected: dict of slot -> value; "op" always present)
CASES: list[tuple[str, list[str], dict[str, object]]] = [
    ("add an about page", HOME, {"op": "add_page", "route": "/about"}),
    ("create a blog page titled Latest News", HOME, {"op": "add_page", "route": "/blog", "title": "Latest News"}),
    ("I need a services page", HOME_ABOUT, {"op": "add_page", "route": "/services"}),
    ("make a gallery page", HOME, {"op": "add_page", "route": "/gallery"}),
    ("new page: careers", HOME_ABOUT, {"op": "add_page", "route": "/careers"}),
    ("add a pricing page with plans", HOME, {"op": "add_page", "route": "/pricing"}),
    ("put testimonials on the home page", HOME_ABOUT, {"op": "add_section", "route": "/", "kind": "testimonials"}),
    ("add a contact form to the about page", HOME_ABOUT, {"op": "add_section", "route": "/about", "kind": "contact"}),
    ("add an FAQ section on the pricing page", HOME_PRICING_TEAM, {"op": "add_section", "route": "/pricing", "kind": "faq"}),
    ("show our features on the home page", HOME, {"op": "add_section", "route": "/", "kind": "features"}),
    ("add a call to action at the bottom of the home page", HOME, {"op": "add_section", "route": "/", "kind": "cta"}),
    ("change the headline to Bake Something Good", HOME, {"op": "set_text", "route": "/", "target": "title", "text": "Bake Something Good"}),
    ("set the home title to Hello World", HOME_ABOUT, {"op": "set_text", "route": "/", "target": "title", "text": "Hello World"}),
    ("the subtitle should read Open daily from 8", HOME, {"op": "set_text", "route": "/", "target": "subtitle", "text": "Open daily from 8"}),
    ("rename the site to Blue Fern", HOME, {"op": "set_text", "target": "site_name", "text": "Blue Fern"}),
    ("change the button text to Book now", HOME, {"op": "set_text", "route": "/", "target": "button", "text": "Book now"}),
    ("make the about page heading say Our Journey", HOME_ABOUT, {"op": "set_text", "route": "/about", "target": "title", "text": "Our Journey"}),
    ("switch to a purple color scheme", HOME, {"op": "set_theme", "primary": "purple"}),
    ("use a monospace font", HOME_ABOUT, {"op": "set_theme", "font": "mono"}),
    ("make the site red", HOME, {"op": "set_theme", "primary": "red"}),
    ("remove the team page", HOME_PRICING_TEAM, {"op": "remove_page", "route": "/team"}),
    ("delete the about page", HOME_ABOUT, {"op": "remove_page", "route": "/about"}),
    ("get rid of the pricing page", HOME_PRICING_TEAM, {"op": "remove_page", "route": "/pricing"}),
    ("rename the about page to story", HOME_ABOUT, {"op": "rename_page", "route": "/about", "new_route": "/story"}),
    ("move the team page to /crew", HOME_PRICING_TEAM, {"op": "rename_page", "route": "/team", "new_route": "/crew"}),
    ("add a link to our instagram https://instagram.com/bakery in the menu", HOME, {"op": "add_nav_link", "href": "https://instagram.com/bakery"}),
    ("add an api route /api/status returning ok true", HOME, {"op": "add_api_route", "route": "/api/status"}),
    ("remove the hero from the home page", HOME, {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("take the pricing section off the pricing page", HOME_PRICING_TEAM, {"op": "remove_section", "route": "/pricing", "kind": "pricing"}),
    ("add a page called Workshops", HOME_ABOUT, {"op": "add_page", "route": "/workshops", "title": "Workshops"}),
]


# Each blind set lives in its own module (bench/plans/<name>.py) with a ``generate()``.
BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5")
SETS = ("hand", "generated", "all", *BLIND_SETS)


def all_cases(which: str = "all") -> list[Case]:
    """``hand`` (the 30 above), ``generated`` (bench/plans/heldout.py, 320), ``all`` (both), or
    ``blind`` (bench/plans/blind.py, 324: written by someone who never saw the training generator), or
    ``blind2`` (bench/plans/blind2.py, 340: written the same way after run 3, to measure run 4 on unseen text),
    or ``blind3`` (bench/plans/blind3.py, 340: likewise after run 4, for run 5), or ``blind4``
    (bench/plans/blind4.py, 340: written after the app's request-fitting rules were drawn from blind3), or
    ``blind5`` (bench/plans/blind5.py, 340: written after those rules were refined on blind4's misses)."""
    if which in BLIND_SETS:
        cases: list[Case] = importlib.import_module(f"bench.plans.{which}").generate()
        return cases
    hand = [Case(r, routes, exp, tags=("hand",)) for r, routes, exp in CASES]
    gen = [Case(c.request, c.routes, c.expected, c.error, ("generated",)) for c in generate()]
    return {"hand": hand, "generated": gen, "all": hand + gen}[which]
