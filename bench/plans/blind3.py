"""Blind held-out plan cases, third set (``blind3``).

Written blind: without reading the training-data generator (``build/``), the
other evaluation sets (``heldout``, ``blind``, ``blind2``, ``cases``), the
prompts or any session files. Every request, page name, brand, text and URL
here was made up for this file, from the plan schema (``app/scaffold/plan.py``)
and the site model (``app/scaffold/site.py``) alone.

It covers the ten structured ops, 33-34 cases each: add_page, add_section,
remove_section, set_text, set_theme, add_nav_link, remove_page, rename_page,
add_api_route and repair. Requests are written as different kinds of users
would type them (terse phone notes, developers, non-native speakers, people
who explain why, questions, the odd typo). ``expected`` holds only the slots
of the first op that a careful reader can pin down from the request. The page
lists mix fixed pages the request refers to with filler pages drawn from a
local ``random.Random(SEED)``, so ``generate()`` is deterministic.

    PYTHONPATH=. .venv/bin/python -m bench.plans.blind3   # self-check and counts
"""

from __future__ import annotations

import random
from typing import Any

from bench.plans.heldout import Case

SEED = 3_303_917
TAGS = ("blind3",)

# Filler pages: distinct ideas, so a request that names one page cannot be read as another.
FILLER = [
    "/about", "/contact", "/menu", "/blog", "/pricing", "/services", "/team", "/faq", "/gallery", "/shop",
    "/events", "/careers", "/guides/setup", "/docs/getting-started", "/our-story", "/case-studies",
    "/help/shipping", "/work/branding", "/portfolio", "/reviews", "/classes", "/locations", "/press",
    "/catering", "/workshops/pottery", "/news", "/book-a-table", "/privacy-policy", "/terms",
    "/blog/first-post", "/shop/gift-cards", "/wedding-cakes", "/volunteer", "/donate", "/rooms", "/kids-club",
    "/docs/api-keys", "/services/tax-returns",
]
# Pages a reader could mistake for one another: never both, unless the case needs both.
CONFLICTS = [
    {"/guides/setup", "/docs/getting-started"},
    {"/reviews", "/kind-words", "/testimonials"},
    {"/faq", "/help", "/help/shipping"},
    {"/book-a-table", "/book", "/reservations"},
    {"/kids-club", "/kids"},
    {"/careers", "/jobs"},
]

Spec = tuple[str, list[str], dict[str, Any]]  # request, pages it needs, expected (without "op")


def _last(route: str) -> str:
    return route.rstrip("/").rsplit("/", 1)[-1]


def _routes(rng: random.Random, must: list[str], avoid: tuple[str, ...] | list[str] = ()) -> list[str]:
    """ "/" first, then the pages the case needs and some filler, 3-7 pages in all, shuffled."""
    needed = [r for r in dict.fromkeys(must) if r != "/"]
    n = rng.randint(max(3, len(needed) + 1), 7)
    blocked = set(needed) | set(avoid)
    lasts = {_last(r) for r in blocked}
    for group in CONFLICTS:
        if group & blocked:
            lasts |= {_last(r) for r in group}
    pool = [r for r in FILLER if r not in blocked and _last(r) not in lasts
            and not any(r.startswith(b + "/") or b.startswith(r + "/") for b in avoid)]
    rng.shuffle(pool)
    rest = needed + pool[: n - 1 - len(needed)]
    rng.shuffle(rest)
    return ["/"] + rest


def _build(rng: random.Random, op: str, specs: list[Spec], avoid_key: tuple[str, ...] = ()) -> list[Case]:
    out = []
    for request, must, slots in specs:
        avoid = [str(slots[k]) for k in avoid_key if k in slots]
        out.append(Case(request=request, routes=_routes(rng, must, avoid), expected={"op": op, **slots}, tags=TAGS))
    return out


def _add_page() -> list[Spec]:
    return [
        ('Add a page called "Wedding Cakes"', [], {"route": "/wedding-cakes", "title": "Wedding Cakes"}),
        ("new page: Opening Hours", [], {"route": "/opening-hours", "title": "Opening Hours"}),
        ("can u add a page for our prices at /prices pls", [], {"route": "/prices"}),
        ('I\'d like a new page titled "Meet the Bakers" with a testimonials section and a contact form.', [],
         {"route": "/meet-the-bakers", "title": "Meet the Bakers", "sections": ["testimonials", "contact"]}),
        ('Please create a page at /guides/deployment called "Deploying to production".', ["/guides/setup"],
         {"route": "/guides/deployment", "title": "Deploying to production"}),
        ('add page "FAQ & Returns" with an faq section', [],
         {"route": "/faq-returns", "title": "FAQ & Returns", "sections": ["faq"]}),
        ('We\'re starting to run workshops, so I need a page for them. Title it "Weekend Workshops" and put a '
         "pricing section and a call to action on it.", [],
         {"route": "/weekend-workshops", "title": "Weekend Workshops", "sections": ["pricing", "cta"]}),
        ("create /team/alina - a profile page for our new stylist Alina", ["/team"], {"route": "/team/alina"}),
        ("hi, i need one more page, name is Gift Vouchers", [], {"route": "/gift-vouchers", "title": "Gift Vouchers"}),
        ('Add a "Press Kit" page at /press-kit with a text section.', [],
         {"route": "/press-kit", "title": "Press Kit", "sections": ["text"]}),
        ('Could you make a new page called "Careers at Northwind"? We are hiring two engineers.', [],
         {"route": "/careers-at-northwind", "title": "Careers at Northwind"}),
        ("New page at /events/summer-fair please, with a hero and an image with text block.", ["/events"],
         {"route": "/events/summer-fair", "sections": ["hero", "image_text"]}),
        ('page for the food: /menu, title "Our Menu", features section listing the dishes', [],
         {"route": "/menu", "title": "Our Menu", "sections": ["features"]}),
        ("add a Privacy Policy page", [], {"route": "/privacy-policy", "title": "Privacy Policy"}),
        ("Need a landing page for the spring sale. Path should be /spring-sale. Hero, pricing and a CTA.", [],
         {"route": "/spring-sale", "sections": ["hero", "pricing", "cta"]}),
        ('Please to add new page with name "How To Find Us", we have many guests who get lost', [],
         {"route": "/how-to-find-us", "title": "How To Find Us"}),
        ('docs: add /docs/webhooks titled "Webhooks"', ["/docs/getting-started"],
         {"route": "/docs/webhooks", "title": "Webhooks"}),
        ("add a page at /book with a contact section so people can request a booking", [],
         {"route": "/book", "sections": ["contact"]}),
        ('Make me a "Sustainability" page.', [], {"route": "/sustainability", "title": "Sustainability"}),
        ('Add a blog post page: /blog/our-new-oven, title "We Bought a New Oven!"', ["/blog"],
         {"route": "/blog/our-new-oven", "title": "We Bought a New Oven!"}),
        ("I'd like to add a page for reviews from customers. Can you put it at /kind-words and give it a "
         "testimonials section?", [], {"route": "/kind-words", "sections": ["testimonials"]}),
        ('new page "Rates 2025"', [], {"route": "/rates-2025", "title": "Rates 2025"}),
        ("Add a page named Student Discounts with a FAQ.", [],
         {"route": "/student-discounts", "title": "Student Discounts", "sections": ["faq"]}),
        ("create page /partners", [], {"route": "/partners"}),
        ('We now deliver to the suburbs too. Could you please add a page called "Delivery Areas" with a text '
         "section explaining it and a contact section at the bottom?", [],
         {"route": "/delivery-areas", "title": "Delivery Areas", "sections": ["text", "contact"]}),
        ('add a page "Q&A with the Chef"', [], {"route": "/q-a-with-the-chef", "title": "Q&A with the Chef"}),
        ("Put up a new page at /services/bookkeeping for our bookkeeping service, with features and pricing "
         "sections.", ["/services"], {"route": "/services/bookkeeping", "sections": ["features", "pricing"]}),
        ("pls add page Lunch Specials, hero + features", [],
         {"route": "/lunch-specials", "title": "Lunch Specials", "sections": ["hero", "features"]}),
        ('Add a new page. Title: "Volunteer With Us". URL: /get-involved.', [],
         {"route": "/get-involved", "title": "Volunteer With Us"}),
        ("Can we have a page for the kids' club at /kids?", [], {"route": "/kids"}),
        ('Create an "Accessibility Statement" page with just a text section.', [],
         {"route": "/accessibility-statement", "title": "Accessibility Statement", "sections": ["text"]}),
        ("add a new page at /rooms/garden-suite titled Garden Suite, with an image and text section and a "
         "booking call to action", ["/rooms"],
         {"route": "/rooms/garden-suite", "title": "Garden Suite", "sections": ["image_text", "cta"]}),
        ('I want visitors to be able to see our price list on a separate page. Call it "Price List".', [],
         {"route": "/price-list", "title": "Price List"}),
        ("add page /help/returns (same kind of page as the shipping one)", ["/help/shipping"],
         {"route": "/help/returns"}),
    ]


def _add_section() -> list[Spec]:
    return [
        ("add a testimonials section to the home page", [], {"route": "/", "kind": "testimonials"}),
        ("Put an FAQ on /pricing", ["/pricing"], {"route": "/pricing", "kind": "faq"}),
        ('homepage needs a call to action at the bottom, heading "Book your first lesson"', [],
         {"route": "/", "kind": "cta", "heading": "Book your first lesson"}),
        ('Could you add a contact section to the About page? Title it "Say hello".', ["/about"],
         {"route": "/about", "kind": "contact", "heading": "Say hello"}),
        ("add pricing to /services/tax-returns", ["/services/tax-returns"],
         {"route": "/services/tax-returns", "kind": "pricing"}),
        ('Add a features section on the main page with the heading "Why bake with us"', [],
         {"route": "/", "kind": "features", "heading": "Why bake with us"}),
        ("the gallery page is kinda empty, can you add an image with text section", ["/gallery"],
         {"route": "/gallery", "kind": "image_text"}),
        ('please add section of frequently asked questions to the shipping help page, heading must be '
         '"Before you order"', ["/help/shipping"],
         {"route": "/help/shipping", "kind": "faq", "heading": "Before you order"}),
        ("Add hero to /events", ["/events"], {"route": "/events", "kind": "hero"}),
        ("On the Team page I want a short text block under everything, no heading needed", ["/team"],
         {"route": "/team", "kind": "text"}),
        ('add testimonials on /classes titled "What our students say"', ["/classes"],
         {"route": "/classes", "kind": "testimonials", "heading": "What our students say"}),
        ("I'd like a pricing table on the homepage, thanks", [], {"route": "/", "kind": "pricing"}),
        ('blog page: add a call-to-action section, heading "Get the newsletter"', ["/blog"],
         {"route": "/blog", "kind": "cta", "heading": "Get the newsletter"}),
        ("Can you add a contact form to /catering so people can ask for quotes?", ["/catering"],
         {"route": "/catering", "kind": "contact"}),
        ('Add an image and text section to the Our Story page, with the heading "Meet the team"', ["/our-story"],
         {"route": "/our-story", "kind": "image_text", "heading": "Meet the team"}),
        ("home: add an FAQ", [], {"route": "/", "kind": "faq"}),
        ('The setup guide at /guides/setup should end with an FAQ section called "Troubleshooting".',
         ["/guides/setup"], {"route": "/guides/setup", "kind": "faq", "heading": "Troubleshooting"}),
        ("add features section to the portfolio page", ["/portfolio"], {"route": "/portfolio", "kind": "features"}),
        ("We get lots of questions about allergies. Please add a text section to the menu page with the heading "
         '"Allergy information".', ["/menu"], {"route": "/menu", "kind": "text", "heading": "Allergy information"}),
        ("add a hero at the top of /docs/getting-started", ["/docs/getting-started"],
         {"route": "/docs/getting-started", "kind": "hero"}),
        ("front page - add contact section", [], {"route": "/", "kind": "contact"}),
        ("can you put some customer reviews (testimonials) on the Rooms page", ["/rooms"],
         {"route": "/rooms", "kind": "testimonials"}),
        ("Add a CTA to the pricing page.", ["/pricing"], {"route": "/pricing", "kind": "cta"}),
        ('please add on the locations page a section image with text, heading "Our flagship store"', ["/locations"],
         {"route": "/locations", "kind": "image_text", "heading": "Our flagship store"}),
        ('Add a pricing section headed "Plans" to the homepage.', [],
         {"route": "/", "kind": "pricing", "heading": "Plans"}),
        ('add text section to /terms with heading "Changes to these terms"', ["/terms"],
         {"route": "/terms", "kind": "text", "heading": "Changes to these terms"}),
        ('Hey! Could the careers page get a features section showing our perks? Heading: "Perks & benefits"',
         ["/careers"], {"route": "/careers", "kind": "features", "heading": "Perks & benefits"}),
        ("add faq to the wedding cakes page", ["/wedding-cakes"], {"route": "/wedding-cakes", "kind": "faq"}),
        ('I want a call to action on the home page with "Start your free trial" as its heading.', [],
         {"route": "/", "kind": "cta", "heading": "Start your free trial"}),
        ("shop page -> testimonials section", ["/shop"], {"route": "/shop", "kind": "testimonials"}),
        ('Add a contact section to /work/branding with the heading "Start a project".', ["/work/branding"],
         {"route": "/work/branding", "kind": "contact", "heading": "Start a project"}),
        ("Add an image-and-text block to the landing page, the one at the root", [],
         {"route": "/", "kind": "image_text"}),
        ("please add a pricing section to the Workshops page (the pottery one)", ["/workshops/pottery"],
         {"route": "/workshops/pottery", "kind": "pricing"}),
        ('Add a features section right on the homepage, heading "Three reasons to switch"', [],
         {"route": "/", "kind": "features", "heading": "Three reasons to switch"}),
    ]


def _remove_section() -> list[Spec]:
    return [
        ("remove the testimonials from the home page", [], {"route": "/", "kind": "testimonials"}),
        ("delete the pricing section on /services", ["/services"], {"route": "/services", "kind": "pricing"}),
        ("Take the FAQ off the About page, we answer those questions by phone now.", ["/about"],
         {"route": "/about", "kind": "faq"}),
        ("homepage: get rid of the call to action", [], {"route": "/", "kind": "cta"}),
        ("pls remove contact form from /gallery", ["/gallery"], {"route": "/gallery", "kind": "contact"}),
        ("The hero on the blog page is too big, just remove it.", ["/blog"], {"route": "/blog", "kind": "hero"}),
        ("remove features section from /pricing", ["/pricing"], {"route": "/pricing", "kind": "features"}),
        ("Could you remove the image with text section from our story page?", ["/our-story"],
         {"route": "/our-story", "kind": "image_text"}),
        ("no more pricing on the home page please, prices change too often", [], {"route": "/", "kind": "pricing"}),
        ("on /reviews delete the text section", ["/reviews"], {"route": "/reviews", "kind": "text"}),
        ("remove the faq from the setup guide", ["/guides/setup"], {"route": "/guides/setup", "kind": "faq"}),
        ("Please remove the CTA section from the careers page.", ["/careers"], {"route": "/careers", "kind": "cta"}),
        ("I don't want the contact section on the homepage anymore.", [], {"route": "/", "kind": "contact"}),
        ("events page: remove hero", ["/events"], {"route": "/events", "kind": "hero"}),
        ("Take out the features block on /docs/getting-started.", ["/docs/getting-started"],
         {"route": "/docs/getting-started", "kind": "features"}),
        ("remove the text section on the front page", [], {"route": "/", "kind": "text"}),
        ("Can you delete the testimonials on the Classes page? Two of them are from people who asked to be "
         "taken off.", ["/classes"], {"route": "/classes", "kind": "testimonials"}),
        ("the pricing table at /catering must go", ["/catering"], {"route": "/catering", "kind": "pricing"}),
        ("Remove the image + text part from the homepage.", [], {"route": "/", "kind": "image_text"}),
        ("please delete section faq in page Shop", ["/shop"], {"route": "/shop", "kind": "faq"}),
        ("remove cta from /work/branding", ["/work/branding"], {"route": "/work/branding", "kind": "cta"}),
        ("Get rid of the hero section on Menu.", ["/menu"], {"route": "/menu", "kind": "hero"}),
        ("Remove the FAQ from the home page.", [], {"route": "/", "kind": "faq"}),
        ("The contact section on /locations repeats what is in the footer, please remove it.", ["/locations"],
         {"route": "/locations", "kind": "contact"}),
        ("remove testimonials section - team page", ["/team"], {"route": "/team", "kind": "testimonials"}),
        ("Kindly remove the features section from our home page.", [], {"route": "/", "kind": "features"}),
        ("delete pricing from the wedding cakes page, we quote each cake separately", ["/wedding-cakes"],
         {"route": "/wedding-cakes", "kind": "pricing"}),
        ("remove the hero from the homepage, I want the page to start with the features", [],
         {"route": "/", "kind": "hero"}),
        ("take the call-to-action off the /blog/first-post page", ["/blog/first-post"],
         {"route": "/blog/first-post", "kind": "cta"}),
        ("On the Privacy Policy page, remove the FAQ section.", ["/privacy-policy"],
         {"route": "/privacy-policy", "kind": "faq"}),
        ("remove the image_text section from /rooms", ["/rooms"], {"route": "/rooms", "kind": "image_text"}),
        ("no testimonials on the home page pls", [], {"route": "/", "kind": "testimonials"}),
        ("Please remove the contact section from the Kids Club page.", ["/kids-club"],
         {"route": "/kids-club", "kind": "contact"}),
        ("delete the features from /shop/gift-cards", ["/shop/gift-cards"],
         {"route": "/shop/gift-cards", "kind": "features"}),
    ]


def _set_text() -> list[Spec]:
    return [
        # title (the big headline of a page)
        ('Change the big headline on the home page to "Fresh bread, every single morning"', [],
         {"route": "/", "target": "title", "text": "Fresh bread, every single morning"}),
        ('about page title should be: "Who we are"', ["/about"],
         {"route": "/about", "target": "title", "text": "Who we are"}),
        ('set the title of /pricing to "Simple, honest pricing"', ["/pricing"],
         {"route": "/pricing", "target": "title", "text": "Simple, honest pricing"}),
        ('Can you change the main title at the top of the Careers page to "Come build with us"?', ["/careers"],
         {"route": "/careers", "target": "title", "text": "Come build with us"}),
        ("homepage title -> Handmade in Lisbon since 1987", [],
         {"route": "/", "target": "title", "text": "Handmade in Lisbon since 1987"}),
        ("Please change the page title of the gallery to 'Recent work'.", ["/gallery"],
         {"route": "/gallery", "target": "title", "text": "Recent work"}),
        ('new headline for /events/summer-fair: "Summer Fair: 12 July"', ["/events/summer-fair", "/events"],
         {"route": "/events/summer-fair", "target": "title", "text": "Summer Fair: 12 July"}),
        ('Title on the Menu page is wrong, it should say "Seasonal menu"', ["/menu"],
         {"route": "/menu", "target": "title", "text": "Seasonal menu"}),
        # subtitle (the line under the headline)
        ('change the subtitle on the homepage to "Small-batch coffee roasted in Leeds."', [],
         {"route": "/", "target": "subtitle", "text": "Small-batch coffee roasted in Leeds."}),
        ('the line under the title on /services should read "We handle the paperwork so you don\'t have to."',
         ["/services"], {"route": "/services", "target": "subtitle",
                         "text": "We handle the paperwork so you don't have to."}),
        ('Subtitle for the team page: "Eight people, one studio"', ["/team"],
         {"route": "/team", "target": "subtitle", "text": "Eight people, one studio"}),
        ('set the tagline under the main title on the home page to "Open every day from 7am"', [],
         {"route": "/", "target": "subtitle", "text": "Open every day from 7am"}),
        ('Can the text below the headline on our story page say "It started in a garage in 2009"?',
         ["/our-story"], {"route": "/our-story", "target": "subtitle", "text": "It started in a garage in 2009"}),
        ('subtitle /docs/getting-started = "Up and running in five minutes"', ["/docs/getting-started"],
         {"route": "/docs/getting-started", "target": "subtitle", "text": "Up and running in five minutes"}),
        ('please change subtitle of Classes page to "Beginners welcome, all year round"', ["/classes"],
         {"route": "/classes", "target": "subtitle", "text": "Beginners welcome, all year round"}),
        # button
        ('Change the button on the home page to say "Book a table"', [],
         {"route": "/", "target": "button", "text": "Book a table"}),
        ('button text on /pricing: "Start free trial"', ["/pricing"],
         {"route": "/pricing", "target": "button", "text": "Start free trial"}),
        ('The button on the contact page says Send, can it say "Send enquiry" instead?', ["/contact"],
         {"route": "/contact", "target": "button", "text": "Send enquiry"}),
        ('on the homepage make the button read "See the menu"', [],
         {"route": "/", "target": "button", "text": "See the menu"}),
        ('Rename the button on the pottery workshop page to "Reserve a spot"', ["/workshops/pottery"],
         {"route": "/workshops/pottery", "target": "button", "text": "Reserve a spot"}),
        ('change button label /catering -> "Request a quote"', ["/catering"],
         {"route": "/catering", "target": "button", "text": "Request a quote"}),
        # site_name
        ('Change the site name to "Marlow & Finch"', [],
         {"route": "/", "target": "site_name", "text": "Marlow & Finch"}),
        ("we rebranded, our business is now called Tidewater Surf School", [],
         {"route": "/", "target": "site_name", "text": "Tidewater Surf School"}),
        ("site name: Copper Kettle Café", [], {"route": "/", "target": "site_name", "text": "Copper Kettle Café"}),
        ('Please update the name of the website to "Northgate Physio".', [],
         {"route": "/", "target": "site_name", "text": "Northgate Physio"}),
        ("rename site to Bright Lane Studio", [], {"route": "/", "target": "site_name", "text": "Bright Lane Studio"}),
        ('The site name shown at the top of every page should be "Oak & Ember Bakery" now.', [],
         {"route": "/", "target": "site_name", "text": "Oak & Ember Bakery"}),
        # heading (of a named, non-hero section)
        ('change the heading of the FAQ section on the home page to "Good to know"', [],
         {"route": "/", "target": "heading", "section": "faq", "text": "Good to know"}),
        ('On /pricing, the pricing section heading should be "Plans for every team"', ["/pricing"],
         {"route": "/pricing", "target": "heading", "section": "pricing", "text": "Plans for every team"}),
        ('testimonials heading on about page -> "Kind words from clients"', ["/about"],
         {"route": "/about", "target": "heading", "section": "testimonials", "text": "Kind words from clients"}),
        ("Could you rename the contact section's heading on the Locations page to \"Visit or call us\"?",
         ["/locations"], {"route": "/locations", "target": "heading", "section": "contact",
                          "text": "Visit or call us"}),
        ('The features section on the homepage is headed "What we offer", please change that heading to '
         '"Why people choose us".', [],
         {"route": "/", "target": "heading", "section": "features", "text": "Why people choose us"}),
        ('heading of the call to action on /blog: "Never miss a post"', ["/blog"],
         {"route": "/blog", "target": "heading", "section": "cta", "text": "Never miss a post"}),
        ('In the setup guide, change the heading of the text section to "Before you begin"', ["/guides/setup"],
         {"route": "/guides/setup", "target": "heading", "section": "text", "text": "Before you begin"}),
    ]


def _set_theme() -> list[Spec]:
    return [
        ("make the main colour navy", [], {"primary": "navy"}),
        ("change the primary color to #0f766e", [], {"primary": "#0f766e"}),
        ("Could you use a serif font across the site?", [], {"font": "serif"}),
        ("accent colour: gold", [], {"accent": "gold"}),
        ("I'd like a black background", [], {"background": "black"}),
        ("text colour #222831 please", [], {"foreground": "#222831"}),
        ("switch font to mono, it's a dev tools site", [], {"font": "mono"}),
        ("Make the brand colour green.", [], {"primary": "green"}),
        ("Please change the accent color to #f59e0b.", [], {"accent": "#f59e0b"}),
        ("can we get a rounded font, something friendlier", [], {"font": "rounded"}),
        ("set background to #fdf6e3", [], {"background": "#fdf6e3"}),
        ("I want the primary colour to be purple, like our logo", [], {"primary": "purple"}),
        ("use a plain sans-serif font again, the serif looks dated", [], {"font": "sans"}),
        ("the text colour should be navy instead of black", [], {"foreground": "navy"}),
        ("accent -> pink", [], {"accent": "pink"}),
        ("Our brand colour is hex 1D4ED8, can you make that the primary colour?", [], {"primary": "#1d4ed8"}),
        ("change the theme's primary to red", [], {"primary": "red"}),
        ("make the page background gray", [], {"background": "gray"}),
        ("monospace font please, like a typewriter", [], {"font": "mono"}),
        ("set foreground to #1a1a2e", [], {"foreground": "#1a1a2e"}),
        ("Please make the accent colour teal.", [], {"accent": "teal"}),
        ("I'd love an orange primary colour.", [], {"primary": "orange"}),
        # two or three things at once
        ("primary blue, accent yellow", [], {"primary": "blue", "accent": "yellow"}),
        ("Let's go dark: black background, white text.", [], {"background": "black", "foreground": "white"}),
        ("Change the primary colour to brown and use a serif font, we want a cosy old-bookshop feel.", [],
         {"primary": "brown", "font": "serif"}),
        ("set primary #b91c1c, accent #fbbf24, font rounded", [],
         {"primary": "#b91c1c", "accent": "#fbbf24", "font": "rounded"}),
        ("Can you make the background #fffaf0 and the text colour #3b2f2f?", [],
         {"background": "#fffaf0", "foreground": "#3b2f2f"}),
        ("new look pls: teal main colour + mono font", [], {"primary": "teal", "font": "mono"}),
        ("accent gold and background navy", [], {"accent": "gold", "background": "navy"}),
        ("We're a kids' brand: pink primary, yellow accent and a rounded font.", [],
         {"primary": "pink", "accent": "yellow", "font": "rounded"}),
        ("Make the primary colour #2d6a4f and the accent #95d5b2.", [], {"primary": "#2d6a4f", "accent": "#95d5b2"}),
        ("I would like that the background is #f4f1ea and the font is serif please", [],
         {"background": "#f4f1ea", "font": "serif"}),
        ("primary=purple; foreground=#1f2937", [], {"primary": "purple", "foreground": "#1f2937"}),
        ("Switch to a sans font and make the accent red.", [], {"font": "sans", "accent": "red"}),
    ]


def _add_nav_link() -> list[Spec]:
    return [
        ('add a "Blog" link to the menu pointing at /blog', ["/blog"], {"label": "Blog", "href": "/blog"}),
        ("Put a link to the pricing page in the nav, label it Prices", ["/pricing"],
         {"label": "Prices", "href": "/pricing"}),
        ("nav link: Contact -> /contact", ["/contact"], {"label": "Contact", "href": "/contact"}),
        ('Can you add the FAQ page to the navigation? Call the link "Help".', ["/faq"],
         {"label": "Help", "href": "/faq"}),
        ('add menu item "Our Story" that goes to /our-story', ["/our-story"],
         {"label": "Our Story", "href": "/our-story"}),
        ('I need a navigation link labelled "Setup guide" to /guides/setup.', ["/guides/setup"],
         {"label": "Setup guide", "href": "/guides/setup"}),
        ('add link in top menu: text "Book now", goes to /book-a-table', ["/book-a-table"],
         {"label": "Book now", "href": "/book-a-table"}),
        ("please add Careers to the nav bar (link to the careers page)", ["/careers"],
         {"label": "Careers", "href": "/careers"}),
        ('header nav: add "Gift cards" linking /shop/gift-cards', ["/shop/gift-cards", "/shop"],
         {"label": "Gift cards", "href": "/shop/gift-cards"}),
        ("Add a nav link called Events that points to the events page.", ["/events"],
         {"label": "Events", "href": "/events"}),
        ('menu: "Docs" -> /docs/getting-started', ["/docs/getting-started"],
         {"label": "Docs", "href": "/docs/getting-started"}),
        ('Could you put a link to our team page in the navigation? The text should be "Meet us".', ["/team"],
         {"label": "Meet us", "href": "/team"}),
        ("add nav item Gallery /gallery", ["/gallery"], {"label": "Gallery", "href": "/gallery"}),
        ('Add "Rooms & Rates" to the navigation, linking to /rooms.', ["/rooms"],
         {"label": "Rooms & Rates", "href": "/rooms"}),
        ("nav: add link 'Pottery workshops' for /workshops/pottery", ["/workshops/pottery"],
         {"label": "Pottery workshops", "href": "/workshops/pottery"}),
        ('Add the privacy policy page to the menu as "Privacy"', ["/privacy-policy"],
         {"label": "Privacy", "href": "/privacy-policy"}),
        ('add a "Home" link to the nav going to /', [], {"label": "Home", "href": "/"}),
        ('Add a link to /case-studies in the navigation labelled "Our work".', ["/case-studies"],
         {"label": "Our work", "href": "/case-studies"}),
        ("nav link for the catering page please, just call it Catering", ["/catering"],
         {"label": "Catering", "href": "/catering"}),
        ("I want people to find the volunteering page easily, add it to the main menu with the label "
         '"Volunteer"', ["/volunteer"], {"label": "Volunteer", "href": "/volunteer"}),
        ('add nav link "News" /news', ["/news"], {"label": "News", "href": "/news"}),
        ('Can you add "Donate" to the nav bar, linking to our donation page at /donate?', ["/donate"],
         {"label": "Donate", "href": "/donate"}),
        # external
        ('add an "Instagram" link to the menu: https://instagram.com/saltandcrumb', [],
         {"label": "Instagram", "href": "https://instagram.com/saltandcrumb"}),
        ('Please add a nav link "Shop on Etsy" to https://www.etsy.com/shop/FernAndLoom', [],
         {"label": "Shop on Etsy", "href": "https://www.etsy.com/shop/FernAndLoom"}),
        ('Put a "Book online" link in the navigation that goes to https://book.lunasalon.co/online', [],
         {"label": "Book online", "href": "https://book.lunasalon.co/online"}),
        ("menu link: GitHub -> https://github.com/quillstack/quill", [],
         {"label": "GitHub", "href": "https://github.com/quillstack/quill"}),
        ('Add a link to our Facebook page in the nav, text "Facebook", url https://facebook.com/harborbikes', [],
         {"label": "Facebook", "href": "https://facebook.com/harborbikes"}),
        ('nav: "Status" https://status.pipewright.io', [], {"label": "Status", "href": "https://status.pipewright.io"}),
        ("we sell tickets on another site, please link it in the menu as Tickets: "
         "https://tickets.riverfolkfest.org/2025", [],
         {"label": "Tickets", "href": "https://tickets.riverfolkfest.org/2025"}),
        ('Add "Order online" to the navigation, pointing to https://order.mamasdumplings.com', [],
         {"label": "Order online", "href": "https://order.mamasdumplings.com"}),
        ('Could you add a navigation link titled "Docs" that points to https://docs.fernlabs.dev please?', [],
         {"label": "Docs", "href": "https://docs.fernlabs.dev"}),
        ("add nav link LinkedIn https://www.linkedin.com/company/brightlane-studio", [],
         {"label": "LinkedIn", "href": "https://www.linkedin.com/company/brightlane-studio"}),
        ('Add a link "Our podcast" in the menu to https://podcasts.apple.com/podcast/the-daily-loaf', [],
         {"label": "Our podcast", "href": "https://podcasts.apple.com/podcast/the-daily-loaf"}),
        ('add a menu link called "Job board" to https://jobs.lattice-coop.org', [],
         {"label": "Job board", "href": "https://jobs.lattice-coop.org"}),
    ]


def _remove_page() -> list[Spec]:
    return [
        ("delete the careers page", ["/careers"], {"route": "/careers"}),
        ("remove /old-promo", ["/old-promo"], {"route": "/old-promo"}),
        ("We stopped doing catering, please remove the catering page.", ["/catering"], {"route": "/catering"}),
        ("get rid of the blog post /blog/first-post", ["/blog/first-post", "/blog"], {"route": "/blog/first-post"}),
        ("Can you take down the Summer Fair page? The event is over.", ["/events/summer-fair", "/events"],
         {"route": "/events/summer-fair"}),
        ("remove page: press", ["/press"], {"route": "/press"}),
        ("Please delete the page at /docs/api-keys.", ["/docs/api-keys"], {"route": "/docs/api-keys"}),
        ("the gallery page isn't needed anymore, delete it", ["/gallery"], {"route": "/gallery"}),
        ("delete /team", ["/team"], {"route": "/team"}),
        ("Remove the Kids Club page please.", ["/kids-club"], {"route": "/kids-club"}),
        ("i closed the online shop part, remove the gift cards page", ["/shop/gift-cards"],
         {"route": "/shop/gift-cards"}),
        ("We no longer offer tax returns. Delete that service page (/services/tax-returns).",
         ["/services/tax-returns", "/services"], {"route": "/services/tax-returns"}),
        ("remove the wedding cakes page", ["/wedding-cakes"], {"route": "/wedding-cakes"}),
        ("Please remove the locations page, we only have one shop now.", ["/locations"], {"route": "/locations"}),
        ("drop the /beta-signup page", ["/beta-signup"], {"route": "/beta-signup"}),
        ("delete Volunteer page", ["/volunteer"], {"route": "/volunteer"}),
        ("Remove the pricing page - prices will be on request only.", ["/pricing"], {"route": "/pricing"}),
        ("delete the /kind-words page, we moved the reviews to the homepage", ["/kind-words"],
         {"route": "/kind-words"}),
        ("please remove pottery workshop page", ["/workshops/pottery"], {"route": "/workshops/pottery"}),
        ("Delete the FAQ page.", ["/faq"], {"route": "/faq"}),
        ("remove the news page and its link", ["/news"], {"route": "/news"}),
        ("could u delete /rooms/garden-suite, it's closed for renovation all year", ["/rooms/garden-suite", "/rooms"],
         {"route": "/rooms/garden-suite"}),
        ("The case studies page is outdated. Please delete it.", ["/case-studies"], {"route": "/case-studies"}),
        ("delete page /guides/legacy-install", ["/guides/legacy-install", "/guides/setup"],
         {"route": "/guides/legacy-install"}),
        ("remove the events page", ["/events"], {"route": "/events"}),
        ("Please get rid of the Terms page.", ["/terms"], {"route": "/terms"}),
        ("remove /classes, we're not teaching this year", ["/classes"], {"route": "/classes"}),
        ("Remove our story page", ["/our-story"], {"route": "/our-story"}),
        ("we don't do branding work anymore so delete the branding page", ["/work/branding"],
         {"route": "/work/branding"}),
        ("delete the page called portfolio", ["/portfolio"], {"route": "/portfolio"}),
        ("Hi, could you please remove the Donate page from the site?", ["/donate"], {"route": "/donate"}),
        ("remove /menu/brunch", ["/menu/brunch", "/menu"], {"route": "/menu/brunch"}),
        ("Please delete the reviews page", ["/reviews"], {"route": "/reviews"}),
        ("remove the privacy policy page, we link to the company one instead", ["/privacy-policy"],
         {"route": "/privacy-policy"}),
    ]


def _rename_page() -> list[Spec]:
    return [
        ("move /blog to /journal", ["/blog"], {"route": "/blog", "new_route": "/journal"}),
        ("rename the url of the team page to /people", ["/team"], {"route": "/team", "new_route": "/people"}),
        ("Can you change the address of the About page from /about to /about-us?", ["/about"],
         {"route": "/about", "new_route": "/about-us"}),
        ("The Our Story page should live at /story instead.", ["/our-story"],
         {"route": "/our-story", "new_route": "/story"}),
        ("change /services/tax-returns to /services/taxes", ["/services/tax-returns"],
         {"route": "/services/tax-returns", "new_route": "/services/taxes"}),
        ("rename /gallery -> /work", ["/gallery"], {"route": "/gallery", "new_route": "/work"}),
        ("Please move the pricing page to /plans.", ["/pricing"], {"route": "/pricing", "new_route": "/plans"}),
        ("url for the setup guide should be /guides/installation", ["/guides/setup"],
         {"route": "/guides/setup", "new_route": "/guides/installation"}),
        ("the case studies page: new path /clients", ["/case-studies"],
         {"route": "/case-studies", "new_route": "/clients"}),
        ("Rename the route /kids-club to /kids.", ["/kids-club"], {"route": "/kids-club", "new_route": "/kids"}),
        ("Could the Events page be at /whats-on? People search for that.", ["/events"],
         {"route": "/events", "new_route": "/whats-on"}),
        ("move shop page to /store", ["/shop"], {"route": "/shop", "new_route": "/store"}),
        ("change the link of the catering page to /private-events", ["/catering"],
         {"route": "/catering", "new_route": "/private-events"}),
        ("i want the contact page url to be /get-in-touch", ["/contact"],
         {"route": "/contact", "new_route": "/get-in-touch"}),
        ("rename page path /docs/getting-started => /docs/quickstart", ["/docs/getting-started"],
         {"route": "/docs/getting-started", "new_route": "/docs/quickstart"}),
        ("The careers page should be /jobs from now on.", ["/careers"], {"route": "/careers", "new_route": "/jobs"}),
        ("Please relocate /press to /media.", ["/press"], {"route": "/press", "new_route": "/media"}),
        ("move the pottery workshop page to /workshops/ceramics", ["/workshops/pottery"],
         {"route": "/workshops/pottery", "new_route": "/workshops/ceramics"}),
        ("Change the URL of the menu page to /food-and-drink", ["/menu"],
         {"route": "/menu", "new_route": "/food-and-drink"}),
        ("rename /faq to /help", ["/faq"], {"route": "/faq", "new_route": "/help"}),
        ("Our portfolio page URL: please change it from /portfolio to /projects.", ["/portfolio"],
         {"route": "/portfolio", "new_route": "/projects"}),
        ("rename the locations page route to /find-us", ["/locations"],
         {"route": "/locations", "new_route": "/find-us"}),
        ("/privacy-policy should become /privacy", ["/privacy-policy"],
         {"route": "/privacy-policy", "new_route": "/privacy"}),
        ("move the blog post at /blog/first-post to /blog/hello-world", ["/blog/first-post", "/blog"],
         {"route": "/blog/first-post", "new_route": "/blog/hello-world"}),
        ("can we change the wedding cakes page address to /cakes", ["/wedding-cakes"],
         {"route": "/wedding-cakes", "new_route": "/cakes"}),
        ("The volunteer page: please make the URL /get-involved.", ["/volunteer"],
         {"route": "/volunteer", "new_route": "/get-involved"}),
        ("rename /team to /about/team", ["/team", "/about"], {"route": "/team", "new_route": "/about/team"}),
        ("Change the path of the classes page to /courses.", ["/classes"],
         {"route": "/classes", "new_route": "/courses"}),
        ("news page url → /updates", ["/news"], {"route": "/news", "new_route": "/updates"}),
        ("Please change the route of the gift cards page to /gift-cards (out of the shop folder).",
         ["/shop/gift-cards", "/shop"], {"route": "/shop/gift-cards", "new_route": "/gift-cards"}),
        ("the reviews page should be at /testimonials", ["/reviews"],
         {"route": "/reviews", "new_route": "/testimonials"}),
        ("rename /book-a-table to /reservations", ["/book-a-table"],
         {"route": "/book-a-table", "new_route": "/reservations"}),
        ("I'd like the Terms page at /terms-of-service instead of /terms.", ["/terms"],
         {"route": "/terms", "new_route": "/terms-of-service"}),
        ("move /rooms to /stay", ["/rooms"], {"route": "/rooms", "new_route": "/stay"}),
    ]


def _add_api_route() -> list[Spec]:
    return [
        ('add an API route /api/health that returns {"ok": true}', [], {"route": "/api/health", "json": {"ok": True}}),
        ('create a GET endpoint at /api/status returning {"status": "up", "version": 3}', [],
         {"route": "/api/status", "json": {"status": "up", "version": 3}}),
        ("I need a POST endpoint /api/newsletter for the signup form, it should respond with "
         '{"subscribed": true}', [], {"route": "/api/newsletter", "method": "POST", "json": {"subscribed": True}}),
        ("add api route /api/opening-hours", [], {"route": "/api/opening-hours"}),
        ('Could you add an endpoint at /api/menu/today that returns JSON with a field "special" set to '
         '"mushroom risotto"?', [], {"route": "/api/menu/today", "json": {"special": "mushroom risotto"}}),
        ('POST /api/contact - returns {"received": true, "reply_within_hours": 24}', [],
         {"route": "/api/contact", "method": "POST", "json": {"received": True, "reply_within_hours": 24}}),
        ('new api: /api/ping -> {"pong": 1}', [], {"route": "/api/ping", "json": {"pong": 1}}),
        ('We need a small API for the mobile app: GET /api/v1/stores, just return {"count": 4}', [],
         {"route": "/api/v1/stores", "json": {"count": 4}}),
        ('add a webhook receiver: POST /api/webhooks/stripe, respond {"received": true}', [],
         {"route": "/api/webhooks/stripe", "method": "POST", "json": {"received": True}}),
        ('make an api route /api/version that returns {"version": "2.1.0", "beta": false}', [],
         {"route": "/api/version", "json": {"version": "2.1.0", "beta": False}}),
        ("Please add an API route at /api/bookings that accepts POST requests.", [],
         {"route": "/api/bookings", "method": "POST"}),
        ('endpoint /api/stock/bread returning {"in_stock": true, "loaves": 18, "updated": "07:30"}', [],
         {"route": "/api/stock/bread", "json": {"in_stock": True, "loaves": 18, "updated": "07:30"}}),
        ("Add an API route handler at /api/time.", [], {"route": "/api/time"}),
        ('can you add an api at /api/feedback for posting feedback (POST), response {"thanks": true}', [],
         {"route": "/api/feedback", "method": "POST", "json": {"thanks": True}}),
        ('GET /api/config should return {"currency": "EUR", "tax_rate": 0.23} - please add it', [],
         {"route": "/api/config", "json": {"currency": "EUR", "tax_rate": 0.23}}),
        ('I\'d like an endpoint /api/events/next that responds with {"title": "Open mic night", "day": "Friday"}',
         [], {"route": "/api/events/next", "json": {"title": "Open mic night", "day": "Friday"}}),
        ("add POST route /api/quote", [], {"route": "/api/quote", "method": "POST"}),
        ('new api route: /api/weather/lisbon, it returns json with "temp" 21 and "sunny" true', [],
         {"route": "/api/weather/lisbon", "json": {"temp": 21, "sunny": True}}),
        ('Add a GET API route /api/team-size returning {"members": 8}', [],
         {"route": "/api/team-size", "json": {"members": 8}}),
        ('please make an api endpoint /api/discount-code that gives back {"code": "SPRING10"}', [],
         {"route": "/api/discount-code", "json": {"code": "SPRING10"}}),
        ("add api endpoint /api/uptime", [], {"route": "/api/uptime"}),
        ("The booking widget posts to /api/reservations - please create that route (POST) and have it return "
         '{"ok": true, "table": 5}', [],
         {"route": "/api/reservations", "method": "POST", "json": {"ok": True, "table": 5}}),
        ('Create endpoint /api/search that returns an empty result for now: {"results": 0}', [],
         {"route": "/api/search", "json": {"results": 0}}),
        ('add a health check route for the load balancer at /api/healthz returning {"healthy": true}', [],
         {"route": "/api/healthz", "json": {"healthy": True}}),
        ("POST endpoint /api/orders/cancel please", [], {"route": "/api/orders/cancel", "method": "POST"}),
        ('make an API route /api/prices that returns {"small": 3.5, "large": 5}', [],
         {"route": "/api/prices", "json": {"small": 3.5, "large": 5}}),
        ('Add a route at /api/newsletter/unsubscribe that takes POST requests and answers {"unsubscribed": true}',
         [], {"route": "/api/newsletter/unsubscribe", "method": "POST", "json": {"unsubscribed": True}}),
        ('api route /api/site-info returning {"name": "Harbor Bikes", "open": true, "since": 2011}', [],
         {"route": "/api/site-info", "json": {"name": "Harbor Bikes", "open": True, "since": 2011}}),
        ("Hi! For our app we need an API route /api/classes/schedule (GET). Nothing special in the response yet.",
         [], {"route": "/api/classes/schedule"}),
        ('Add an endpoint /api/track (POST) that returns {"logged": true}', [],
         {"route": "/api/track", "method": "POST", "json": {"logged": True}}),
        ('add api route /api/random-quote returning {"quote": "Stay curious."}', [],
         {"route": "/api/random-quote", "json": {"quote": "Stay curious."}}),
        ("Can you set up an API route at /api/dev/seed? POST only.", [], {"route": "/api/dev/seed", "method": "POST"}),
        ('add endpoint /api/inventory/count that returns {"items": 120, "low": false}', [],
         {"route": "/api/inventory/count", "json": {"items": 120, "low": False}}),
        ('need GET /api/faq-count -> {"questions": 12}', [], {"route": "/api/faq-count", "json": {"questions": 12}}),
    ]


# request, pages it needs, error line, broken file
RepairSpec = tuple[str, list[str], str, str]


def _repair() -> list[RepairSpec]:
    return [
        ("the preview is broken, can you fix it?", [],
         "app/page.tsx:14:9: Unexpected token `div`. Expected jsx identifier", "app/page.tsx"),
        ("I edited the about page by hand and now nothing loads. Please repair it.", ["/about"],
         "app/about/page.tsx:22:5: Expected corresponding JSX closing tag for <section>", "app/about/page.tsx"),
        ("fix pls", [], "app/theme.css:8:3: Unknown word", "app/theme.css"),
        ("Something went wrong after I changed a colour by hand in the css, please put it back", [],
         "app/theme.css:12:1: Unclosed block", "app/theme.css"),
        ("site won't build", [], "lib/site.ts:4:38: ',' expected.", "lib/site.ts"),
        ("Preview shows an error, repair the broken file", ["/pricing"],
         "./app/pricing/page.tsx:31:7: Type error: Cannot find name 'Pricing'.", "app/pricing/page.tsx"),
        ("oops I broke the blog page", ["/blog"], "app/blog/page.tsx:9:1: Unterminated string constant.",
         "app/blog/page.tsx"),
        ("Can you repair the file that is causing this error?", ["/guides/setup"],
         "app/guides/setup/page.tsx:40:1: Unexpected eof", "app/guides/setup/page.tsx"),
        ("there's a red error screen, what happened? please fix", [],
         "lib/site.ts:11:3: Type error: Object literal may only specify known properties, and 'titel' does not "
         "exist in type 'NavLink'.", "lib/site.ts"),
        ("I tried to add a link myself and broke something. Repair please.", [],
         "lib/site.ts:7:21: Unterminated string literal.", "lib/site.ts"),
        ("the menu page crashes", ["/menu"],
         "app/menu/page.tsx:18:11: Type error: Property 'heading' does not exist on type 'string'.",
         "app/menu/page.tsx"),
        ("Home page doesn't compile since my edit, restore it from the site model", [],
         "app/page.tsx:3:8: Module not found: Can't resolve '../components/Hero'", "app/page.tsx"),
        ("fix the error", ["/shop/gift-cards", "/shop"],
         "app/shop/gift-cards/page.tsx:27:13: Unexpected token. Did you mean `{'}'}` or `&rbrace;`?",
         "app/shop/gift-cards/page.tsx"),
        ("preview died after I pasted some HTML into the team page", ["/team"],
         "app/team/page.tsx:16:9: Expected '</', got '<eof>'", "app/team/page.tsx"),
        ("Please fix whatever broke the styles", [], "app/theme.css:3:14: Missed semicolon", "app/theme.css"),
        ("build error, help", ["/contact"], "app/contact/page.tsx:12:22: ';' expected.", "app/contact/page.tsx"),
        ("The dev server keeps showing this error. Can you regenerate the broken file?", ["/docs/getting-started"],
         "app/docs/getting-started/page.tsx:44:3: Type error: JSX element 'main' has no corresponding closing tag.",
         "app/docs/getting-started/page.tsx"),
        ("i cant see my site anymore", [],
         "app/page.tsx:27:15: Type error: Cannot find name 'Linkk'. Did you mean 'Link'?", "app/page.tsx"),
        ("Repair the events page, I messed up the HTML.", ["/events"],
         "app/events/page.tsx:33:7: Unexpected token `)`. Expected jsx identifier", "app/events/page.tsx"),
        ("css broke after I added a gradient", [], "app/theme.css:21:5: CssSyntaxError: Unknown word",
         "app/theme.css"),
        ("Error in the preview, can you fix it please? I did not change anything, I think.",
         ["/services/tax-returns", "/services"],
         "app/services/tax-returns/page.tsx:8:10: Unterminated regexp literal", "app/services/tax-returns/page.tsx"),
        ("my colleague edited lib/site.ts and now it's broken", [],
         "lib/site.ts:2:1: Type error: Cannot redeclare block-scoped variable 'site'.", "lib/site.ts"),
        ("fix", ["/careers"], "app/careers/page.tsx:19:1: Unexpected token", "app/careers/page.tsx"),
        ("Something is wrong with the gallery, the whole preview is an error page.", ["/gallery"],
         "app/gallery/page.tsx:25:40: Type error: Type 'number' is not assignable to type 'string'.",
         "app/gallery/page.tsx"),
        ("please put back the working version of the home page", [], "app/page.tsx:41:1: Expected '}', got '<eof>'",
         "app/page.tsx"),
        ("The website shows 'Failed to compile'. Can you please repair?", ["/our-story"],
         "Failed to compile: app/our-story/page.tsx:12:5: Unexpected token", "app/our-story/page.tsx"),
        ("hey, preview broken again, same as last week", [], "app/theme.css:9:1: Unexpected }", "app/theme.css"),
        ("It's broken after I renamed something in the site config file", [],
         "lib/site.ts:15:10: Type error: Cannot find name 'nav'.", "lib/site.ts"),
        ("compile error on the pottery page, fix please", ["/workshops/pottery"],
         "app/workshops/pottery/page.tsx:37:9: Expected ',', got 'className'", "app/workshops/pottery/page.tsx"),
        ("Repair it", ["/faq"], "app/faq/page.tsx:5:1: Expression expected", "app/faq/page.tsx"),
        ("I think I deleted a bracket on the homepage by mistake.", [], "app/page.tsx:52:3: ')' expected.",
         "app/page.tsx"),
        ("Why is the preview showing an error? Please fix the file.", ["/rooms"],
         "app/rooms/page.tsx:2:22: Type error: Cannot find module '@/lib/sitee' or its corresponding type "
         "declarations.", "app/rooms/page.tsx"),
        ("fix the broken css", [], "app/theme.css:2:18: Unclosed string", "app/theme.css"),
        ("the blog post page crashes after my edit", ["/blog/first-post", "/blog"],
         "app/blog/first-post/page.tsx:10:3: Unexpected token `<`. Expected jsx identifier",
         "app/blog/first-post/page.tsx"),
    ]


def generate() -> list[Case]:
    rng = random.Random(SEED)
    cases: list[Case] = []
    cases += _build(rng, "add_page", _add_page(), avoid_key=("route",))
    cases += _build(rng, "add_section", _add_section())
    cases += _build(rng, "remove_section", _remove_section())
    cases += _build(rng, "set_text", _set_text())
    cases += _build(rng, "set_theme", _set_theme())
    cases += _build(rng, "add_nav_link", _add_nav_link())
    cases += _build(rng, "remove_page", _remove_page())
    cases += _build(rng, "rename_page", _rename_page(), avoid_key=("new_route",))
    cases += _build(rng, "add_api_route", _add_api_route())
    for request, must, error, path in _repair():
        cases.append(Case(request=request, routes=_routes(rng, must), expected={"op": "repair", "path": path},
                          error=error, tags=TAGS))
    seen = [(c.request, tuple(c.routes)) for c in cases]
    assert len(seen) == len(set(seen)), "duplicate (request, routes) pairs"
    return cases


def _page_file(route: str) -> str:
    return "app/page.tsx" if route == "/" else f"app{route}/page.tsx"


def _check(cases: list[Case]) -> list[str]:
    """Every problem found in ``cases`` (empty when all is well)."""
    import json
    import re

    from app.scaffold.plan import parse_plan
    from app.scaffold.site import ROUTE_RE, SECTION_KINDS

    problems: list[str] = []
    for c in cases:
        e = c.expected
        op = str(e["op"])

        def bad(msg: str, c: Case = c) -> None:
            problems.append(f"{c.request!r}: {msg}")

        if c.tags != TAGS:
            bad("tags")
        if not c.routes or c.routes[0] != "/" or len(set(c.routes)) != len(c.routes) or not 3 <= len(c.routes) <= 7:
            bad(f"routes {c.routes}")
        if any(not re.match(ROUTE_RE, r) for r in c.routes):
            bad(f"bad route in {c.routes}")
        full: dict[str, Any] = dict(e)
        if op == "add_page" and "title" not in full:
            full["title"] = "Placeholder"
        try:
            parse_plan(json.dumps({"ops": [full]}))
        except Exception as exc:  # noqa: BLE001 - report every kind of failure
            bad(f"invalid op: {exc}")
        if op in ("add_section", "remove_section", "set_text", "remove_page", "rename_page"):
            if e["route"] not in c.routes:
                bad(f"route {e['route']} not in {c.routes}")
        if op in ("remove_page", "rename_page") and e["route"] == "/":
            bad("home page cannot be removed or moved")
        if op == "add_page" and e["route"] in c.routes:
            bad("new page already exists")
        if op == "rename_page" and e["new_route"] in c.routes:
            bad("new_route already exists")
        if op == "set_text":
            if e["target"] == "site_name" and e["route"] != "/":
                bad("site_name must use /")
            if (e["target"] == "heading") != ("section" in e):
                bad("section goes with heading, and only with it")
            if not 1 <= len(str(e["text"])) <= 120:
                bad("text length")
            if str(e["text"]) not in c.request:
                bad("text is not copied from the request")
        for key in ("title", "heading", "label"):
            if key in e and not 1 <= len(str(e[key])) <= 60:
                bad(f"{key} length")
            if key in e and str(e[key]).lower() not in c.request.lower():
                bad(f"{key} is not copied from the request")
        if op == "add_page" and "/" + str(e["route"]).lstrip("/") not in c.request:
            from app.scaffold.site import slug

            if "title" not in e or e["route"] != "/" + slug(str(e["title"])):
                bad("route is neither given nor the slug of the title")
        if op == "add_nav_link":
            href = str(e["href"])
            if href.startswith("/") and href not in c.routes:
                bad(f"internal href {href} is not a page")
            if href.startswith("https://") and href.lower() not in c.request.lower():
                bad("external href is not in the request")
        if op in ("add_section", "remove_section") and e["kind"] not in SECTION_KINDS:
            bad("kind")
        if op == "add_api_route" and str(e["route"]) not in c.request:
            bad("api route is not in the request")
        if op == "repair":
            path = str(e["path"])
            if not c.error or path not in c.error:
                bad("error does not name the file")
            pages = {_page_file(r) for r in c.routes}
            if path not in pages | {"app/theme.css", "lib/site.ts"}:
                bad(f"{path} is not a generated file")
        elif c.error is not None:
            bad("error only for repair")
    return problems


if __name__ == "__main__":
    from collections import Counter

    all_cases = generate()
    again = generate()
    assert [(c.request, c.routes) for c in all_cases] == [(c.request, c.routes) for c in again], "not deterministic"
    counts = Counter(str(c.expected["op"]) for c in all_cases)
    for name, n in counts.items():
        print(f"{name:16s} {n}")
    print(f"{'total':16s} {len(all_cases)}")
    home = Counter(str(c.expected["op"]) for c in all_cases if c.expected.get("route") == "/")
    print("on /:", dict(home))
    multi = sum(1 for c in all_cases if c.expected["op"] == "set_theme" and len(c.expected) > 2)
    print("set_theme with 2-3 fields:", multi)
    found = _check(all_cases)
    for p in found:
        print("PROBLEM", p)
    raise SystemExit(1 if found else 0)
