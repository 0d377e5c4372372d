"""Blind held-out plan cases, set 4: 340 requests, 34 per op.

Written blind: the author read only ``app/scaffold/plan.py`` (the plan schema),
``app/scaffold/site.py`` (the site model) and ``bench/plans/run.py`` (how cases
are scored). Nothing under build/, resources/, tests/, bench/sessions/ or
bench/results/ was opened, no other file in bench/plans/ (other sets, the
case list, the training data) was read, and git history was not consulted.
Every request, page, brand, text, URL and phrasing was invented for this set.

``expected`` holds only the slots of the first op that a careful reader can pin
down from the request (and, for repair, the error shown to the user). Pages
that a request names are always in ``routes``; filler pages are drawn from a
local ``random.Random(SEED)`` and never share a word (or a close synonym) with
the request or its expected values.

    PYTHONPATH=. .venv/bin/python bench/plans/blind4.py   # self-check, prints counts
"""

from __future__ import annotations

import json
import random
import re

from bench.plans.heldout import Case

SEED = 412739
TAGS = ("blind4",)

# (request, pages the request refers to, expected first op)
_Row = tuple[str, list[str], dict[str, object]]

ADD_PAGE: list[_Row] = [
    ("add a Careers page", [], {"op": "add_page", "title": "Careers"}),
    ('Create a new page called "Our Story" at /about/story with a hero and an image with text block', [],
     {"op": "add_page", "title": "Our Story", "route": "/about/story", "sections": ["hero", "image_text"]}),
    ("new page: Pricing Plans, route /plans, include pricing + faq", [],
     {"op": "add_page", "title": "Pricing Plans", "route": "/plans", "sections": ["pricing", "faq"]}),
    ("pls creat a page for our upcoming events, call it Events 2025", [], {"op": "add_page", "title": "Events 2025"}),
    ("I need a page where people can reach us. Title it 'Get in Touch' and put a contact form on it.", [],
     {"op": "add_page", "title": "Get in Touch", "sections": ["contact"]}),
    ("Could you add a page at /docs/getting-started titled Getting Started?", [],
     {"op": "add_page", "title": "Getting Started", "route": "/docs/getting-started"}),
    ("add page /press", [], {"op": "add_page", "route": "/press"}),
    ("We're hiring! Please add a 'Join the Crew' page with a features section listing the perks and a call to "
     "action at the bottom.", [], {"op": "add_page", "title": "Join the Crew", "sections": ["features", "cta"]}),
    ("Make new page named Testimonials with customer reviews on it", [],
     {"op": "add_page", "title": "Testimonials", "sections": ["testimonials"]}),
    ("add a page 'Frequently Asked Questions' at /help/faq with an faq section", [],
     {"op": "add_page", "title": "Frequently Asked Questions", "route": "/help/faq", "sections": ["faq"]}),
    ('i want one more page, its name is "Menu & Drinks"', [], {"op": "add_page", "title": "Menu & Drinks"}),
    ("Add a page titled \"O'Malley's Night\" at /events/omalleys-night with a hero", [],
     {"op": "add_page", "title": "O'Malley's Night", "route": "/events/omalleys-night", "sections": ["hero"]}),
    ("create a privacy policy page, just a text section, at /legal/privacy", [],
     {"op": "add_page", "route": "/legal/privacy", "sections": ["text"]}),
    ("Add a page called Version 3.1 Release Notes", [], {"op": "add_page", "title": "Version 3.1 Release Notes"}),
    ("new page 'Meet the Team' w/ testimonials and image+text sections", [],
     {"op": "add_page", "title": "Meet the Team", "sections": ["testimonials", "image_text"]}),
    ("Hello, I am not so good with computers. Please I want a page with name Gallery.", [],
     {"op": "add_page", "title": "Gallery"}),
    ("Add a 'Book a Table' page at /reserve. It should have a contact section so guests can ask for a reservation.",
     [], {"op": "add_page", "title": "Book a Table", "route": "/reserve", "sections": ["contact"]}),
    ("we need a /status page", [], {"op": "add_page", "route": "/status"}),
    ('Add a page for our returns policy, title it exactly "Shipping & Returns", with a FAQ block', [],
     {"op": "add_page", "title": "Shipping & Returns", "sections": ["faq"]}),
    ('create page "Workshops" under /learn/workshops with hero, features, pricing and cta', [],
     {"op": "add_page", "title": "Workshops", "route": "/learn/workshops",
      "sections": ["hero", "features", "pricing", "cta"]}),
    ("Is it possible to add a new page? Title: Partners. Route: /partners.", [],
     {"op": "add_page", "title": "Partners", "route": "/partners"}),
    ("add a page, title 'Sustainability at GreenLeaf', with a text section and an image_text section", [],
     {"op": "add_page", "title": "Sustainability at GreenLeaf", "sections": ["text", "image_text"]}),
    ("Add a new page \u201cKids Club\u201d please", [], {"op": "add_page", "title": "Kids Club"}),
    ("make a page at /case-studies/acme-rebrand called 'Acme Rebrand'", [],
     {"op": "add_page", "title": "Acme Rebrand", "route": "/case-studies/acme-rebrand"}),
    ("add a blank page named Drafts", [], {"op": "add_page", "title": "Drafts"}),
    ("I'd like a page where we list the prices for our 3 plans \u2014 call it Plans & Pricing, route /pricing", [],
     {"op": "add_page", "title": "Plans & Pricing", "route": "/pricing", "sections": ["pricing"]}),
    ("Neue Seite bitte: 'Impressum' at /impressum", [], {"op": "add_page", "title": "Impressum", "route": "/impressum"}),
    ("add a page titled Q4 2024 Roadmap with a features section", [],
     {"op": "add_page", "title": "Q4 2024 Roadmap", "sections": ["features"]}),
    ("Add page: How It Works (hero, features, faq)", [],
     {"op": "add_page", "title": "How It Works", "sections": ["hero", "features", "faq"]}),
    ("Can you spin up a page for the podcast? Name: The Late Shift Podcast", [],
     {"op": "add_page", "title": "The Late Shift Podcast"}),
    ("add a new page at /contact-us", [], {"op": "add_page", "route": "/contact-us"}),
    ("Please create a new page 'Donate' with a call-to-action section that asks people to give", [],
     {"op": "add_page", "title": "Donate", "sections": ["cta"]}),
    ("add page 'Team Offsite 2025' at /internal/offsite-2025", [],
     {"op": "add_page", "title": "Team Offsite 2025", "route": "/internal/offsite-2025"}),
    ("create a 'Locations' page with a text section, then also add it to the menu", [],
     {"op": "add_page", "title": "Locations", "sections": ["text"]}),
]

ADD_SECTION: list[_Row] = [
    ("ad a faq sectoin to /help", ["/help"], {"op": "add_section", "route": "/help", "kind": "faq"}),
    ("Put a testimonials section on the home page with the heading 'Loved by 10,000 bakers'", [],
     {"op": "add_section", "route": "/", "kind": "testimonials", "heading": "Loved by 10,000 bakers"}),
    ("pricing table on /plans please", ["/plans"], {"op": "add_section", "route": "/plans", "kind": "pricing"}),
    ("Could you add a contact section to the about page?", ["/about"],
     {"op": "add_section", "route": "/about", "kind": "contact"}),
    ("add a call to action at the bottom of /services/cleaning, heading: Book your first clean today",
     ["/services/cleaning"],
     {"op": "add_section", "route": "/services/cleaning", "kind": "cta", "heading": "Book your first clean today"}),
    ("on the team page, add an image and text block", ["/team"],
     {"op": "add_section", "route": "/team", "kind": "image_text"}),
    ('i want features section in /product with title "Why teams switch to Loopa"', ["/product"],
     {"op": "add_section", "route": "/product", "kind": "features", "heading": "Why teams switch to Loopa"}),
    ("Add a hero to /events/summer-fest", ["/events/summer-fest"],
     {"op": "add_section", "route": "/events/summer-fest", "kind": "hero"}),
    ("add some customer quotes to /wall-of-love", ["/wall-of-love"],
     {"op": "add_section", "route": "/wall-of-love", "kind": "testimonials"}),
    ("The docs intro page needs a FAQ. Title it Common questions.", ["/docs/intro"],
     {"op": "add_section", "route": "/docs/intro", "kind": "faq", "heading": "Common questions"}),
    ("Add a text section to /blog/launch-day with heading 'What we shipped and why'", ["/blog/launch-day"],
     {"op": "add_section", "route": "/blog/launch-day", "kind": "text", "heading": "What we shipped and why"}),
    ("we need a contact form on /quote", ["/quote"], {"op": "add_section", "route": "/quote", "kind": "contact"}),
    ("add section: cta, page /pricing", ["/pricing"], {"op": "add_section", "route": "/pricing", "kind": "cta"}),
    ("Hi! On the menu page could you add a section with a picture and some text next to it about our chef?",
     ["/menu"], {"op": "add_section", "route": "/menu", "kind": "image_text"}),
    ("add a features grid to the home page titled 'Everything you need to ship'", [],
     {"op": "add_section", "route": "/", "kind": "features", "heading": "Everything you need to ship"}),
    ('Please add a pricing section to /courses/python-101 with the heading "Pick a plan that fits"',
     ["/courses/python-101"],
     {"op": "add_section", "route": "/courses/python-101", "kind": "pricing", "heading": "Pick a plan that fits"}),
    ("put a big hero banner at /landing/black-friday", ["/landing/black-friday"],
     {"op": "add_section", "route": "/landing/black-friday", "kind": "hero"}),
    ("add FAQ to /shipping", ["/shipping"], {"op": "add_section", "route": "/shipping", "kind": "faq"}),
    ("Add testimonials to /about-us, heading should say What our clients say", ["/about-us"],
     {"op": "add_section", "route": "/about-us", "kind": "testimonials", "heading": "What our clients say"}),
    ("can u add a paragraph section to /terms", ["/terms"], {"op": "add_section", "route": "/terms", "kind": "text"}),
    ("/careers: add a call-to-action section 'Ready to join us?'", ["/careers"],
     {"op": "add_section", "route": "/careers", "kind": "cta", "heading": "Ready to join us?"}),
    ("Add a contact section to /support with the heading Talk to a human", ["/support"],
     {"op": "add_section", "route": "/support", "kind": "contact", "heading": "Talk to a human"}),
    ("I want people on /workshops to see the prices, add a pricing block there", ["/workshops"],
     {"op": "add_section", "route": "/workshops", "kind": "pricing"}),
    ("add image_text section on /history heading 'From a garage in 1998 to 40 stores'", ["/history"],
     {"op": "add_section", "route": "/history", "kind": "image_text", "heading": "From a garage in 1998 to 40 stores"}),
    ("Our home page is missing social proof. Add a testimonials section.", [],
     {"op": "add_section", "route": "/", "kind": "testimonials"}),
    ("add a hero section w/ heading Welcome to Pixel & Pine on /studio", ["/studio"],
     {"op": "add_section", "route": "/studio", "kind": "hero", "heading": "Welcome to Pixel & Pine"}),
    ("Add a questions and answers section to /membership", ["/membership"],
     {"op": "add_section", "route": "/membership", "kind": "faq"}),
    ("insert a features section into /app/integrations", ["/app/integrations"],
     {"op": "add_section", "route": "/app/integrations", "kind": "features"}),
    ("please add to the page /volunteer a section for contact, title 'Sign up to help'", ["/volunteer"],
     {"op": "add_section", "route": "/volunteer", "kind": "contact", "heading": "Sign up to help"}),
    ("add a cta to the home page", [], {"op": "add_section", "route": "/", "kind": "cta"}),
    ("Add a section with text and an image to /our-farm, heading \"Grown with care since '86\"", ["/our-farm"],
     {"op": "add_section", "route": "/our-farm", "kind": "image_text", "heading": "Grown with care since '86"}),
    ("The /gallery page needs a short intro paragraph, add a text section", ["/gallery"],
     {"op": "add_section", "route": "/gallery", "kind": "text"}),
    ("add a features section to the Docs Overview page (/docs/overview) called Key concepts", ["/docs/overview"],
     {"op": "add_section", "route": "/docs/overview", "kind": "features", "heading": "Key concepts"}),
    ("can you add a pricing section to /enterprise and also a faq", ["/enterprise"],
     {"op": "add_section", "route": "/enterprise", "kind": "pricing"}),
]

# The bench's pages hold a hero ("/"), a pricing section (routes with "pricing") or a text section.
REMOVE_SECTION: list[_Row] = [
    ("remove the hero from the home page", [], {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("delete the pricing section on /pricing", ["/pricing"],
     {"op": "remove_section", "route": "/pricing", "kind": "pricing"}),
    ("get rid of the text block on /about", ["/about"], {"op": "remove_section", "route": "/about", "kind": "text"}),
    ("Take the text section off /team, it's placeholder junk", ["/team"],
     {"op": "remove_section", "route": "/team", "kind": "text"}),
    ("remove hero section from /", [], {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("The pricing table on /pricing/enterprise is wrong, just remove it for now", ["/pricing/enterprise"],
     {"op": "remove_section", "route": "/pricing/enterprise", "kind": "pricing"}),
    ("pls remove text section /legal/cookies", ["/legal/cookies"],
     {"op": "remove_section", "route": "/legal/cookies", "kind": "text"}),
    ("I don't want the big hero banner at the top of the homepage anymore", [],
     {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("Can you remove the 'Write something here' text section from /blog?", ["/blog"],
     {"op": "remove_section", "route": "/blog", "kind": "text"}),
    ("drop the pricing section from /pricing-old", ["/pricing-old"],
     {"op": "remove_section", "route": "/pricing-old", "kind": "pricing"}),
    ("Remove the text section on the contact page", ["/contact"],
     {"op": "remove_section", "route": "/contact", "kind": "text"}),
    ("delete /docs/intro's text section", ["/docs/intro"],
     {"op": "remove_section", "route": "/docs/intro", "kind": "text"}),
    ("remove the pricing block from the /team-pricing page", ["/team-pricing"],
     {"op": "remove_section", "route": "/team-pricing", "kind": "pricing"}),
    ("Hello, on the page /events there is a text section I don't need, please remove it", ["/events"],
     {"op": "remove_section", "route": "/events", "kind": "text"}),
    ("kill the hero on the home page", [], {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("Could you remove the plain text section from /faq?", ["/faq"],
     {"op": "remove_section", "route": "/faq", "kind": "text"}),
    ("remove section text from /services/web-design", ["/services/web-design"],
     {"op": "remove_section", "route": "/services/web-design", "kind": "text"}),
    ("no pricing section on /pricing please, take it out, we'll quote by email", ["/pricing"],
     {"op": "remove_section", "route": "/pricing", "kind": "pricing"}),
    ("The homepage hero looks dated \u2014 remove it.", [], {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("remve the text sectoin from /partners", ["/partners"],
     {"op": "remove_section", "route": "/partners", "kind": "text"}),
    ("remove the filler text section from /press-kit", ["/press-kit"],
     {"op": "remove_section", "route": "/press-kit", "kind": "text"}),
    ("please delete the hero section of the front page", [], {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("/pricing-2024: remove pricing section", ["/pricing-2024"],
     {"op": "remove_section", "route": "/pricing-2024", "kind": "pricing"}),
    ("take out the text section on /careers/engineering", ["/careers/engineering"],
     {"op": "remove_section", "route": "/careers/engineering", "kind": "text"}),
    ("I added a text section to /menu by mistake, remove it", ["/menu"],
     {"op": "remove_section", "route": "/menu", "kind": "text"}),
    ("Remove the pricing section from the pricing page, we're moving to custom quotes", ["/pricing"],
     {"op": "remove_section", "route": "/pricing", "kind": "pricing"}),
    ("remove the text section from /recipes/soups", ["/recipes/soups"],
     {"op": "remove_section", "route": "/recipes/soups", "kind": "text"}),
    ("delete hero /", [], {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("There's an empty-looking text section on /downloads. Can you delete it?", ["/downloads"],
     {"op": "remove_section", "route": "/downloads", "kind": "text"}),
    ("Quita la secci\u00f3n de texto de /nosotros please (remove the text section)", ["/nosotros"],
     {"op": "remove_section", "route": "/nosotros", "kind": "text"}),
    ("remove the pricing component from /pricing/students", ["/pricing/students"],
     {"op": "remove_section", "route": "/pricing/students", "kind": "pricing"}),
    ("Get rid of the hero section on the home page and don't replace it with anything", [],
     {"op": "remove_section", "route": "/", "kind": "hero"}),
    ("remove the text section on /history and add a features section there instead", ["/history"],
     {"op": "remove_section", "route": "/history", "kind": "text"}),
    ("delete the section of kind text on /shop/gift-cards", ["/shop/gift-cards"],
     {"op": "remove_section", "route": "/shop/gift-cards", "kind": "text"}),
]

SET_TEXT: list[_Row] = [
    ("chnage the site name to Bloom & Brew", [], {"op": "set_text", "target": "site_name", "text": "Bloom & Brew"}),
    ("make 'Fresh bread, every single morning' the subtitle on the home page", [],
     {"op": "set_text", "route": "/", "target": "subtitle", "text": "Fresh bread, every single morning"}),
    ("set the title of /about to About Us", ["/about"],
     {"op": "set_text", "route": "/about", "target": "title", "text": "About Us"}),
    ("Change the button on the home page to say Start your free trial", [],
     {"op": "set_text", "route": "/", "target": "button", "text": "Start your free trial"}),
    ("The heading of the pricing section on /pricing should read: Simple pricing for teams of any size", ["/pricing"],
     {"op": "set_text", "route": "/pricing", "target": "heading", "section": "pricing",
      "text": "Simple pricing for teams of any size"}),
    ("rename the site to Kai's Kitchen", [], {"op": "set_text", "target": "site_name", "text": "Kai's Kitchen"}),
    ("title on /team: The people behind the product", ["/team"],
     {"op": "set_text", "route": "/team", "target": "title", "text": "The people behind the product"}),
    ('Please update the subtitle on /services to "Design and development for brands that want to grow"',
     ["/services"], {"op": "set_text", "route": "/services", "target": "subtitle",
                     "text": "Design and development for brands that want to grow"}),
    ("home page title should be 'Welcome to NorthStar 2.0'", [],
     {"op": "set_text", "route": "/", "target": "title", "text": "Welcome to NorthStar 2.0"}),
    ("set button text on /contact to Send it!", ["/contact"],
     {"op": "set_text", "route": "/contact", "target": "button", "text": "Send it!"}),
    ("make the heading of the hero on the home page say Coffee worth waking up for", [],
     {"op": "set_text", "route": "/", "target": "heading", "section": "hero", "text": "Coffee worth waking up for"}),
    ("site name: ZENITH labs", [], {"op": "set_text", "target": "site_name", "text": "ZENITH labs"}),
    ("Can you change the subtitle of the docs intro page to 'Everything you need to get started with the CLI'?",
     ["/docs/intro"], {"op": "set_text", "route": "/docs/intro", "target": "subtitle",
                       "text": "Everything you need to get started with the CLI"}),
    ("on /events set the title to Summer Nights 2025", ["/events"],
     {"op": "set_text", "route": "/events", "target": "title", "text": "Summer Nights 2025"}),
    ("The text section heading on /about should be Our story so far", ["/about"],
     {"op": "set_text", "route": "/about", "target": "heading", "section": "text", "text": "Our story so far"}),
    ('change the button on the home page to "Get a quote"', [],
     {"op": "set_text", "route": "/", "target": "button", "text": "Get a quote"}),
    ("Hallo, I want the title of page /kontakt to be 'Kontakt & Anfahrt'", ["/kontakt"],
     {"op": "set_text", "route": "/kontakt", "target": "title", "text": "Kontakt & Anfahrt"}),
    ("'Notes on design, code and coffee' \u2014 use that as the subtitle for /blog", ["/blog"],
     {"op": "set_text", "route": "/blog", "target": "subtitle", "text": "Notes on design, code and coffee"}),
    ('Could you set the site\'s name to "The Nook Bookshop"?', [],
     {"op": "set_text", "target": "site_name", "text": "The Nook Bookshop"}),
    ("put 'Version 2.0.1 is here' as the title on /changelog", ["/changelog"],
     {"op": "set_text", "route": "/changelog", "target": "title", "text": "Version 2.0.1 is here"}),
    ("button on /pricing \u2192 Choose your plan", ["/pricing"],
     {"op": "set_text", "route": "/pricing", "target": "button", "text": "Choose your plan"}),
    ("change the pricing heading on /pricing/teams to 'Plans that scale with you'", ["/pricing/teams"],
     {"op": "set_text", "route": "/pricing/teams", "target": "heading", "section": "pricing",
      "text": "Plans that scale with you"}),
    ("make the subtitle on the home page read: Handmade ceramics from a tiny studio in Porto", [],
     {"op": "set_text", "route": "/", "target": "subtitle", "text": "Handmade ceramics from a tiny studio in Porto"}),
    ('I typed the title wrong on /menu, it should be "Today\'s Menu"', ["/menu"],
     {"op": "set_text", "route": "/menu", "target": "title", "text": "Today's Menu"}),
    ("set site name to hello-world.dev", [], {"op": "set_text", "target": "site_name", "text": "hello-world.dev"}),
    ("The home page hero heading: We build tools for people who build things", [],
     {"op": "set_text", "route": "/", "target": "heading", "section": "hero",
      "text": "We build tools for people who build things"}),
    ("change title of /faq to Questions? We've got answers.", ["/faq"],
     {"op": "set_text", "route": "/faq", "target": "title", "text": "Questions? We've got answers."}),
    ("Please change the subtitle on /shop to say Free shipping on orders over $50", ["/shop"],
     {"op": "set_text", "route": "/shop", "target": "subtitle", "text": "Free shipping on orders over $50"}),
    ("set the heading of the text section on /legal/terms to Terms and conditions of use", ["/legal/terms"],
     {"op": "set_text", "route": "/legal/terms", "target": "heading", "section": "text",
      "text": "Terms and conditions of use"}),
    ("Create my account should be the new button label on /signup", ["/signup"],
     {"op": "set_text", "route": "/signup", "target": "button", "text": "Create my account"}),
    ("Make the site name say Lumi\u00e8re Studio", [],
     {"op": "set_text", "target": "site_name", "text": "Lumi\u00e8re Studio"}),
    ("for the title on /work write 'Selected projects, 2019\u20132024'", ["/work"],
     {"op": "set_text", "route": "/work", "target": "title", "text": "Selected projects, 2019\u20132024"}),
    ("update the subtitle on /about-us: We are a small team with big ideas and bigger coffee cups", ["/about-us"],
     {"op": "set_text", "route": "/about-us", "target": "subtitle",
      "text": "We are a small team with big ideas and bigger coffee cups"}),
    ("home page title \u2192 Fix-It Felix Repairs; subtitle \u2192 Same-day repairs in Leeds", [],
     {"op": "set_text", "route": "/", "target": "title", "text": "Fix-It Felix Repairs"}),
]

SET_THEME: list[_Row] = [
    ("make teh primary color green", [], {"op": "set_theme", "primary": "green"}),
    ("switch the font to serif", [], {"op": "set_theme", "font": "serif"}),
    ("use #ff6600 as the primary colour", [], {"op": "set_theme", "primary": "#ff6600"}),
    ("dark mode pls: black background, white text", [],
     {"op": "set_theme", "background": "black", "foreground": "white"}),
    ("accent colour purple", [], {"op": "set_theme", "accent": "purple"}),
    ("Can we use a monospace font across the site? It's a developer tool.", [], {"op": "set_theme", "font": "mono"}),
    ("change the background to #FAF7F2", [], {"op": "set_theme", "background": "#FAF7F2"}),
    ("I want the main color to be navy and the accent gold", [],
     {"op": "set_theme", "primary": "navy", "accent": "gold"}),
    ("rounded font please", [], {"op": "set_theme", "font": "rounded"}),
    ("primary colour \u2192 pink", [], {"op": "set_theme", "primary": "pink"}),
    ("Text color should be #222222", [], {"op": "set_theme", "foreground": "#222222"}),
    ("theme: primary teal, font sans", [], {"op": "set_theme", "primary": "teal", "font": "sans"}),
    ("please make the website more orange (the main colour I mean)", [], {"op": "set_theme", "primary": "orange"}),
    ("use a sans-serif font instead", [], {"op": "set_theme", "font": "sans"}),
    ("Change the accent color to #E11D48", [], {"op": "set_theme", "accent": "#E11D48"}),
    ("our brand color is #0F766E, please apply it as primary", [], {"op": "set_theme", "primary": "#0F766E"}),
    ("set background white and foreground gray", [],
     {"op": "set_theme", "background": "white", "foreground": "gray"}),
    ("I'd like the whole site in a serif typeface, it feels more like a magazine that way", [],
     {"op": "set_theme", "font": "serif"}),
    ("primary: red", [], {"op": "set_theme", "primary": "red"}),
    ("could the accent be yellow?", [], {"op": "set_theme", "accent": "yellow"}),
    ("make the background color grey", [], {"op": "set_theme", "background": "gray"}),
    ("switch to blue as primary and mono font", [], {"op": "set_theme", "primary": "blue", "font": "mono"}),
    ("Change the colors: primary #1D4ED8, accent #F59E0B", [],
     {"op": "set_theme", "primary": "#1D4ED8", "accent": "#F59E0B"}),
    ("the site looks too plain, make the primary colour brown like coffee", [],
     {"op": "set_theme", "primary": "brown"}),
    ("foreground color: navy", [], {"op": "set_theme", "foreground": "navy"}),
    ("pls change font to rounded and background to #fffbeb", [],
     {"op": "set_theme", "font": "rounded", "background": "#fffbeb"}),
    ("Use purple for the primary color", [], {"op": "set_theme", "primary": "purple"}),
    ("make the accent teal", [], {"op": "set_theme", "accent": "teal"}),
    ("I want a black and white look: background white, text black, primary black", [],
     {"op": "set_theme", "background": "white", "foreground": "black", "primary": "black"}),
    ("Can you set the font to Mono?", [], {"op": "set_theme", "font": "mono"}),
    ("primary color = #7C3AED", [], {"op": "set_theme", "primary": "#7C3AED"}),
    ("change the accent to gold and the font to serif", [], {"op": "set_theme", "accent": "gold", "font": "serif"}),
    ("Mettez la couleur principale en rouge svp (primary colour red)", [], {"op": "set_theme", "primary": "red"}),
    ("background: #0B0B0F, foreground: #F5F5F5 \u2014 going for a dark theme", [],
     {"op": "set_theme", "background": "#0B0B0F", "foreground": "#F5F5F5"}),
]

ADD_NAV_LINK: list[_Row] = [
    ("add a link to /blog in the nav called Blog", ["/blog"], {"op": "add_nav_link", "label": "Blog", "href": "/blog"}),
    ("add a nav link labelled GitHub -> https://github.com/quillstack/quill", [],
     {"op": "add_nav_link", "label": "GitHub", "href": "https://github.com/quillstack/quill"}),
    ("add 'Pricing' to the navigation, linking to /pricing", ["/pricing"],
     {"op": "add_nav_link", "label": "Pricing", "href": "/pricing"}),
    ("nav link: Docs \u2192 /docs/intro", ["/docs/intro"], {"op": "add_nav_link", "label": "Docs", "href": "/docs/intro"}),
    ("Can you add a link in the header to our shop at https://shop.hazelcrumb-bakery.com with the text Shop", [],
     {"op": "add_nav_link", "label": "Shop", "href": "https://shop.hazelcrumb-bakery.com"}),
    ("Add a menu item 'Book now' that goes to /reserve", ["/reserve"],
     {"op": "add_nav_link", "label": "Book now", "href": "/reserve"}),
    ("Please add the Careers page to the top menu", ["/careers"],
     {"op": "add_nav_link", "label": "Careers", "href": "/careers"}),
    ("link to https://twitter.com/hollowpine in the navbar, label it 'Follow us'", [],
     {"op": "add_nav_link", "label": "Follow us", "href": "https://twitter.com/hollowpine"}),
    ("add nav link 'Status' pointing at https://status.orbitly.io", [],
     {"op": "add_nav_link", "label": "Status", "href": "https://status.orbitly.io"}),
    ("I want a link in the navigation called \u201cOur Team\u201d that goes to the team page", ["/team"],
     {"op": "add_nav_link", "label": "Our Team", "href": "/team"}),
    ("add a link to the docs in the nav", ["/docs"], {"op": "add_nav_link", "href": "/docs"}),
    ("add navigation entry FAQ for /help/faq", ["/help/faq"], {"op": "add_nav_link", "label": "FAQ", "href": "/help/faq"}),
    ("menu: add 'Log in' linking to https://app.tidyledger.com/login", [],
     {"op": "add_nav_link", "label": "Log in", "href": "https://app.tidyledger.com/login"}),
    ("Add a link called Events & Workshops to /events", ["/events"],
     {"op": "add_nav_link", "label": "Events & Workshops", "href": "/events"}),
    ("put a link in the nav to /about with the label About", ["/about"],
     {"op": "add_nav_link", "label": "About", "href": "/about"}),
    ("Please add a navigation link to our YouTube channel https://www.youtube.com/@marisolcooks, call it Videos", [],
     {"op": "add_nav_link", "label": "Videos", "href": "https://www.youtube.com/@marisolcooks"}),
    ("nav: Contact (/contact)", ["/contact"], {"op": "add_nav_link", "label": "Contact", "href": "/contact"}),
    ("add 'Changelog v2' to the nav bar linking /changelog", ["/changelog"],
     {"op": "add_nav_link", "label": "Changelog v2", "href": "/changelog"}),
    ("Hey can you link the menu page from the navigation? label it Menu", ["/menu"],
     {"op": "add_nav_link", "label": "Menu", "href": "/menu"}),
    ("add an external link to https://docs.rs/tinyjson labelled API docs", [],
     {"op": "add_nav_link", "label": "API docs", "href": "https://docs.rs/tinyjson"}),
    ("add a nav link for the team plans page (/pricing/teams), text: Team plans", ["/pricing/teams"],
     {"op": "add_nav_link", "label": "Team plans", "href": "/pricing/teams"}),
    ("in the header nav, add Donate \u2192 https://opencollective.com/fernpress", [],
     {"op": "add_nav_link", "label": "Donate", "href": "https://opencollective.com/fernpress"}),
    ("add a 'Start' link to the homepage in the nav", [], {"op": "add_nav_link", "label": "Start", "href": "/"}),
    ("Add the link Support to the navigation: https://help.brightcart.app", [],
     {"op": "add_nav_link", "label": "Support", "href": "https://help.brightcart.app"}),
    ("link /gallery in the menu as 'Photos'", ["/gallery"],
     {"op": "add_nav_link", "label": "Photos", "href": "/gallery"}),
    ("add nav item Press to /press-kit", ["/press-kit"], {"op": "add_nav_link", "label": "Press", "href": "/press-kit"}),
    ("I would like to add in the menu a link 'Wir \u00fcber uns' to the page /ueber-uns", ["/ueber-uns"],
     {"op": "add_nav_link", "label": "Wir \u00fcber uns", "href": "/ueber-uns"}),
    ("add a nav link to https://calendly.com/dr-ana-ruiz/30min called Book a call", [],
     {"op": "add_nav_link", "label": "Book a call", "href": "https://calendly.com/dr-ana-ruiz/30min"}),
    ("Add 'Jobs' link \u2192 /careers/open-roles", ["/careers/open-roles"],
     {"op": "add_nav_link", "label": "Jobs", "href": "/careers/open-roles"}),
    ("add a navigation link named Newsletter that points at /newsletter", ["/newsletter"],
     {"op": "add_nav_link", "label": "Newsletter", "href": "/newsletter"}),
    ("Add a link to our Discord (https://discord.gg/k7Qz9pLm) to the top bar with label Community", [],
     {"op": "add_nav_link", "label": "Community", "href": "https://discord.gg/k7Qz9pLm"}),
    ("the nav is missing the blog, add it please (label Journal, page /journal)", ["/journal"],
     {"op": "add_nav_link", "label": "Journal", "href": "/journal"}),
    ("create a link in nav: label=Roadmap href=/roadmap-2025", ["/roadmap-2025"],
     {"op": "add_nav_link", "label": "Roadmap", "href": "/roadmap-2025"}),
    ("add the Locations page to the nav as 'Find us'", ["/locations"],
     {"op": "add_nav_link", "label": "Find us", "href": "/locations"}),
]

REMOVE_PAGE: list[_Row] = [
    ("delete the /old-home page", ["/old-home"], {"op": "remove_page", "route": "/old-home"}),
    ("remove /promo-2023", ["/promo-2023"], {"op": "remove_page", "route": "/promo-2023"}),
    ("We don't do catering anymore, please remove the catering page", ["/catering"],
     {"op": "remove_page", "route": "/catering"}),
    ("get rid of /blog/draft-post", ["/blog/draft-post"], {"op": "remove_page", "route": "/blog/draft-post"}),
    ("Can you delete the testimonials page?", ["/testimonials"], {"op": "remove_page", "route": "/testimonials"}),
    ("remove page /docs/legacy-api", ["/docs/legacy-api"], {"op": "remove_page", "route": "/docs/legacy-api"}),
    ("pls delete the team page, everyone left lol", ["/team"], {"op": "remove_page", "route": "/team"}),
    ("The /coming-soon page can go now that we launched", ["/coming-soon"],
     {"op": "remove_page", "route": "/coming-soon"}),
    ("delete /test", ["/test"], {"op": "remove_page", "route": "/test"}),
    ("I made /temp by accident, remove it", ["/temp"], {"op": "remove_page", "route": "/temp"}),
    ("remove the events page", ["/events"], {"op": "remove_page", "route": "/events"}),
    ("Please the page /alt-angebote delete, it is not needed more", ["/alt-angebote"],
     {"op": "remove_page", "route": "/alt-angebote"}),
    ("delete page: /careers/internships", ["/careers/internships"],
     {"op": "remove_page", "route": "/careers/internships"}),
    ("Take down the Black Friday page", ["/black-friday"], {"op": "remove_page", "route": "/black-friday"}),
    ("remove /pricing-old, we have a new pricing page", ["/pricing-old", "/pricing"],
     {"op": "remove_page", "route": "/pricing-old"}),
    ("trash the /sandbox page", ["/sandbox"], {"op": "remove_page", "route": "/sandbox"}),
    ("Could you please remove the page at /summer-sale-2024? The sale ended.", ["/summer-sale-2024"],
     {"op": "remove_page", "route": "/summer-sale-2024"}),
    ("delete the FAQ page", ["/faq"], {"op": "remove_page", "route": "/faq"}),
    ("remove the /landing/v1 page", ["/landing/v1"], {"op": "remove_page", "route": "/landing/v1"}),
    ("no longer need /partners, delete it", ["/partners"], {"op": "remove_page", "route": "/partners"}),
    ("Deleet the /newsletter page", ["/newsletter"], {"op": "remove_page", "route": "/newsletter"}),
    ("remove the Press page", ["/press"], {"op": "remove_page", "route": "/press"}),
    ("drop /webinars/spring-series", ["/webinars/spring-series"],
     {"op": "remove_page", "route": "/webinars/spring-series"}),
    ("get rid of the gallery page and its link in the menu", ["/gallery"], {"op": "remove_page", "route": "/gallery"}),
    ("kill /beta-signup", ["/beta-signup"], {"op": "remove_page", "route": "/beta-signup"}),
    ("The /jobs page is a duplicate of /careers, remove /jobs", ["/jobs", "/careers"],
     {"op": "remove_page", "route": "/jobs"}),
    ("remove the page Our History (/our-history)", ["/our-history"], {"op": "remove_page", "route": "/our-history"}),
    ("delete /docs/v1/setup", ["/docs/v1/setup"], {"op": "remove_page", "route": "/docs/v1/setup"}),
    ("I think we should remove /holiday-hours since it's January now", ["/holiday-hours"],
     {"op": "remove_page", "route": "/holiday-hours"}),
    ("please remove the shop page entirely", ["/shop"], {"op": "remove_page", "route": "/shop"}),
    ("remove /404-test", ["/404-test"], {"op": "remove_page", "route": "/404-test"}),
    ("erase the /draft page", ["/draft"], {"op": "remove_page", "route": "/draft"}),
    ("Delete the menu page. We'll link to a PDF instead.", ["/menu"], {"op": "remove_page", "route": "/menu"}),
    ("remove the about page", ["/about"], {"op": "remove_page", "route": "/about"}),
]

RENAME_PAGE: list[_Row] = [
    ("move /blog to /journal", ["/blog"], {"op": "rename_page", "route": "/blog", "new_route": "/journal"}),
    ("rename /about to /about-us", ["/about"], {"op": "rename_page", "route": "/about", "new_route": "/about-us"}),
    ("Change the URL of the team page to /people", ["/team"],
     {"op": "rename_page", "route": "/team", "new_route": "/people"}),
    ("rename the /services page to /what-we-do and title it What We Do", ["/services"],
     {"op": "rename_page", "route": "/services", "new_route": "/what-we-do", "title": "What We Do"}),
    ("/docs/intro -> /docs/getting-started", ["/docs/intro"],
     {"op": "rename_page", "route": "/docs/intro", "new_route": "/docs/getting-started"}),
    ("Can you move the pricing page to /plans?", ["/pricing"],
     {"op": "rename_page", "route": "/pricing", "new_route": "/plans"}),
    ("rename page /contact to /get-in-touch, new title 'Get in Touch'", ["/contact"],
     {"op": "rename_page", "route": "/contact", "new_route": "/get-in-touch", "title": "Get in Touch"}),
    ("the careers page should live at /jobs", ["/careers"],
     {"op": "rename_page", "route": "/careers", "new_route": "/jobs"}),
    ("Rename /events-2024 to /events", ["/events-2024"],
     {"op": "rename_page", "route": "/events-2024", "new_route": "/events"}),
    ("please change route of /menu to /food-and-drinks", ["/menu"],
     {"op": "rename_page", "route": "/menu", "new_route": "/food-and-drinks"}),
    ("move /faq under help: /help/faq", ["/faq"], {"op": "rename_page", "route": "/faq", "new_route": "/help/faq"}),
    ("rename /shop to /store and call it The Store", ["/shop"],
     {"op": "rename_page", "route": "/shop", "new_route": "/store", "title": "The Store"}),
    ("I'd like the /gallery url to become /portfolio", ["/gallery"],
     {"op": "rename_page", "route": "/gallery", "new_route": "/portfolio"}),
    ("rename the about page to 'Our Story' at /our-story", ["/about"],
     {"op": "rename_page", "route": "/about", "new_route": "/our-story", "title": "Our Story"}),
    ("change /blog/hello-world to /blog/welcome", ["/blog/hello-world"],
     {"op": "rename_page", "route": "/blog/hello-world", "new_route": "/blog/welcome"}),
    ("move the press page to /newsroom", ["/press"], {"op": "rename_page", "route": "/press", "new_route": "/newsroom"}),
    ("rename route /kontakt to /contact", ["/kontakt"],
     {"op": "rename_page", "route": "/kontakt", "new_route": "/contact"}),
    ("/old-pricing should now be /pricing", ["/old-pricing"],
     {"op": "rename_page", "route": "/old-pricing", "new_route": "/pricing"}),
    ("Could you rename /testimonials to /reviews? Title: Reviews", ["/testimonials"],
     {"op": "rename_page", "route": "/testimonials", "new_route": "/reviews", "title": "Reviews"}),
    ("fix the typo in the url: /servcies should be /services", ["/servcies"],
     {"op": "rename_page", "route": "/servcies", "new_route": "/services"}),
    ("move /docs/api-v1 to /docs/api", ["/docs/api-v1"],
     {"op": "rename_page", "route": "/docs/api-v1", "new_route": "/docs/api"}),
    ("change the url of our history page from /history to /since-1987", ["/history"],
     {"op": "rename_page", "route": "/history", "new_route": "/since-1987"}),
    ("renmae /team to /crew, title 'The Crew'", ["/team"],
     {"op": "rename_page", "route": "/team", "new_route": "/crew", "title": "The Crew"}),
    ("/work \u2192 /case-studies", ["/work"], {"op": "rename_page", "route": "/work", "new_route": "/case-studies"}),
    ("Please rename the page /promo to /offers and give it the title Special Offers", ["/promo"],
     {"op": "rename_page", "route": "/promo", "new_route": "/offers", "title": "Special Offers"}),
    ("migrate /news to /updates", ["/news"], {"op": "rename_page", "route": "/news", "new_route": "/updates"}),
    ("I want the /faq page at /questions instead", ["/faq"],
     {"op": "rename_page", "route": "/faq", "new_route": "/questions"}),
    ("rename /location to /visit-us with title Visit Us", ["/location"],
     {"op": "rename_page", "route": "/location", "new_route": "/visit-us", "title": "Visit Us"}),
    ("move /legal/privacy-policy to /privacy", ["/legal/privacy-policy"],
     {"op": "rename_page", "route": "/legal/privacy-policy", "new_route": "/privacy"}),
    ("the page /recipes should be renamed to /cookbook", ["/recipes"],
     {"op": "rename_page", "route": "/recipes", "new_route": "/cookbook"}),
    ("rename /support to /help-center", ["/support"],
     {"op": "rename_page", "route": "/support", "new_route": "/help-center"}),
    ("Change /events/meetup-march to /events/meetup-april, title 'Meetup April'", ["/events/meetup-march"],
     {"op": "rename_page", "route": "/events/meetup-march", "new_route": "/events/meetup-april",
      "title": "Meetup April"}),
    ("Could the about page be at /company/about instead?", ["/about"],
     {"op": "rename_page", "route": "/about", "new_route": "/company/about"}),
    ("rename /products/v2 to /products/current", ["/products/v2"],
     {"op": "rename_page", "route": "/products/v2", "new_route": "/products/current"}),
]

ADD_API_ROUTE: list[_Row] = [
    ('add an API route /api/health that returns {"status": "ok"}', [],
     {"op": "add_api_route", "route": "/api/health", "json": {"status": "ok"}}),
    ("create a GET endpoint at /api/version returning version 2.0.1", [],
     {"op": "add_api_route", "route": "/api/version", "method": "GET", "json": {"version": "2.0.1"}}),
    ("I need a POST endpoint /api/contact for the form", [],
     {"op": "add_api_route", "route": "/api/contact", "method": "POST"}),
    ("add /api/ping", [], {"op": "add_api_route", "route": "/api/ping"}),
    ("make an api route /api/menu/today that returns JSON with dish: Ramen and price: 12", [],
     {"op": "add_api_route", "route": "/api/menu/today", "json": {"dish": "Ramen", "price": 12}}),
    ('Add a POST route at /api/newsletter/subscribe that responds with {"subscribed": true}', [],
     {"op": "add_api_route", "route": "/api/newsletter/subscribe", "method": "POST", "json": {"subscribed": True}}),
    ("new endpoint GET /api/status -> { ok: true, region: 'eu-west' }", [],
     {"op": "add_api_route", "route": "/api/status", "method": "GET", "json": {"ok": True, "region": "eu-west"}}),
    ('api route /api/hello returning message "Hello, world!"', [],
     {"op": "add_api_route", "route": "/api/hello", "json": {"message": "Hello, world!"}}),
    ("Could you add an endpoint at /api/feedback that accepts POST requests?", [],
     {"op": "add_api_route", "route": "/api/feedback", "method": "POST"}),
    ('add GET /api/config returning {"theme": "dark", "beta": false, "maxItems": 20}', [],
     {"op": "add_api_route", "route": "/api/config", "method": "GET",
      "json": {"theme": "dark", "beta": False, "maxItems": 20}}),
    ("create /api/opening-hours returning open: 08:00 and close: 18:00", [],
     {"op": "add_api_route", "route": "/api/opening-hours", "json": {"open": "08:00", "close": "18:00"}}),
    ("I want a webhook receiver at /api/webhooks/stripe (POST)", [],
     {"op": "add_api_route", "route": "/api/webhooks/stripe", "method": "POST"}),
    ("Add an API endpoint /api/team/count that returns count 7", [],
     {"op": "add_api_route", "route": "/api/team/count", "json": {"count": 7}}),
    ("add api route /api/v1/users GET", [], {"op": "add_api_route", "route": "/api/v1/users", "method": "GET"}),
    ('Hey, could you set up /api/quote as a POST endpoint that returns {"received": true, "eta": "24h"}?', [],
     {"op": "add_api_route", "route": "/api/quote", "method": "POST", "json": {"received": True, "eta": "24h"}}),
    ('endpoint /api/weather/today returning {"city": "Lisbon", "temp": 23.5}', [],
     {"op": "add_api_route", "route": "/api/weather/today", "json": {"city": "Lisbon", "temp": 23.5}}),
    ("add a route /api/build-info that gives back commit abc123f and branch main", [],
     {"op": "add_api_route", "route": "/api/build-info", "json": {"commit": "abc123f", "branch": "main"}}),
    ("POST /api/orders", [], {"op": "add_api_route", "route": "/api/orders", "method": "POST"}),
    ("make an API at /api/shop that returns the shop's name, name \"Kai's Kitchen\"", [],
     {"op": "add_api_route", "route": "/api/shop", "json": {"name": "Kai's Kitchen"}}),
    ("need a simple GET /api/time endpoint", [], {"op": "add_api_route", "route": "/api/time", "method": "GET"}),
    ("add /api/features/flags returning new_checkout true and dark_mode false", [],
     {"op": "add_api_route", "route": "/api/features/flags", "json": {"new_checkout": True, "dark_mode": False}}),
    ("api: /api/reservations, method POST, respond {status: 'pending'}", [],
     {"op": "add_api_route", "route": "/api/reservations", "method": "POST", "json": {"status": "pending"}}),
    ("Please add an endpoint /api/stats that returns visitors 1200 and signups 85", [],
     {"op": "add_api_route", "route": "/api/stats", "json": {"visitors": 1200, "signups": 85}}),
    ("create a GET api at /api/docs/search", [], {"op": "add_api_route", "route": "/api/docs/search", "method": "GET"}),
    ("add an api route called /api/echo that accepts post", [],
     {"op": "add_api_route", "route": "/api/echo", "method": "POST"}),
    ('Add /api/app-version -> {"version": "3.4.0-beta", "build": 412}', [],
     {"op": "add_api_route", "route": "/api/app-version", "json": {"version": "3.4.0-beta", "build": 412}}),
    ("I need an endpoint for the mobile app: GET /api/mobile/config returning minVersion 1.2.0", [],
     {"op": "add_api_route", "route": "/api/mobile/config", "method": "GET", "json": {"minVersion": "1.2.0"}}),
    ("add api route /api/ready returning ready: true", [],
     {"op": "add_api_route", "route": "/api/ready", "json": {"ready": True}}),
    ('Create a POST endpoint at /api/rsvp returning {"ok": true, "message": "See you there!"}', [],
     {"op": "add_api_route", "route": "/api/rsvp", "method": "POST", "json": {"ok": True, "message": "See you there!"}}),
    ('add GET endpoint /api/locations/count \u2192 {"count": 3}', [],
     {"op": "add_api_route", "route": "/api/locations/count", "method": "GET", "json": {"count": 3}}),
    ("set up an api route /api/support/tickets that takes POST", [],
     {"op": "add_api_route", "route": "/api/support/tickets", "method": "POST"}),
    ('could u make /api/random-quote return quote "Stay hungry" and author "Unknown"', [],
     {"op": "add_api_route", "route": "/api/random-quote", "json": {"quote": "Stay hungry", "author": "Unknown"}}),
    ('Add api endpoint /api/uptime returning {"uptime": "99.98%"}', [],
     {"op": "add_api_route", "route": "/api/uptime", "json": {"uptime": "99.98%"}}),
    ("add a health check endpoint at /api/healthz", [], {"op": "add_api_route", "route": "/api/healthz"}),
]

# (request, pages the request or error refers to, error shown to the user)
REPAIR: list[tuple[str, list[str], str]] = [
    ("fix it", [], "Failed to compile.\n./app/page.tsx:14:7\nType error: Cannot find name 'Hero'."),
    ("the build is broken, can you repair it?", ["/about"],
     "./app/about/page.tsx\nError: x Unexpected token `div`. Expected jsx identifier\n  ,-[12:1]"),
    ("I edited the about page by hand and now it won't compile. Please restore it.", ["/about"],
     "./app/about/page.tsx:9:3\nSyntax error: Unexpected token, expected \",\" (9:3)"),
    ("what happened? make it work again", [],
     "Module not found: Can't resolve '../components/Navbar' in '/home/dev/sites/fernpress/app'"),
    ("repair", ["/team"],
     "TypeError: Cannot read properties of undefined (reading 'map')\n    at TeamPage (./app/team/page.tsx:22:18)"),
    ("I messed up layout.tsx, regenerate it please", [],
     "./app/layout.tsx\nError: Unexpected token. Did you mean `{'>'}` or `&gt;`?"),
    ("site crashes on the team page, fix pls", ["/team"],
     "Error: The default export is not a React Component in page: \"/team\""),
    ("Something's wrong with the CSS after I tweaked it, put it back", [],
     "./app/globals.css:41:1\nSyntax error: Unclosed block"),
    ("please fix the error", ["/faq"],
     "ReferenceError: useState is not defined\n    at FaqPage (./app/faq/page.tsx:5:31)"),
    ("Hi, I get this error when I run npm run dev. Can you fix it?", [],
     "Error: You're importing a component that needs useEffect. It only works in a Client Component but none of "
     "its parents are marked with \"use client\".\n./app/page.tsx"),
    ("undo my manual edit to the home page file, it broke things", [],
     "./app/page.tsx:27:6\nSyntax error: Adjacent JSX elements must be wrapped in an enclosing tag."),
    ("it doesnt build anymore, plz fix", ["/services"],
     "npm run build exited with code 1\n./app/services/page.tsx:30:1\nParsing error: Unterminated string literal."),
    ("The contact page shows an error now. Regenerate the file from the site model.", ["/contact"],
     "./app/contact/page.tsx\n23:11  Error: 'form' is not defined.  react/jsx-no-undef"),
    ("fix the broken api route file", [],
     "./app/api/health/route.ts:1:10\nType error: Module '\"next/server\"' has no exported member 'NextResponce'."),
    ("can you rewrite the page file that's broken?", ["/events"],
     "./app/events/page.tsx:8:12\nType error: Type 'number' is not assignable to type 'string'."),
    ("Build failing after my change to page.tsx \u2014 restore the generated version", [],
     "Failed to compile.\n./app/page.tsx:3:18\nType error: Cannot find module '@/components/Hero' or its corresponding "
     "type declarations."),
    ("help, blank screen + error. repair it", [],
     "Error: Element type is invalid: expected a string (for built-in components) or a class/function but got: "
     "undefined. Check the render method of `RootLayout`. (./app/layout.tsx)"),
    ("Error again... fix please", ["/docs/intro"],
     "./app/docs/intro/page.tsx:17:3\nError: Unterminated regexp literal"),
    ("I think I deleted a bracket somewhere in the blog page. Can you regenerate it?", ["/blog"],
     "./app/blog/page.tsx:58:1\nError: Expected '}', got '<eof>'"),
    ("fix the build", ["/careers"],
     "./app/careers/page.tsx:4:14\nType error: Duplicate identifier 'metadata'."),
    ("this error keeps coming, please make the site work again", [],
     "./tailwind.config.ts:12:5\nType error: Object literal may only specify known properties, and 'colour' does "
     "not exist in type 'ThemeConfig'."),
    ("reset the shop page file, I broke it with a typo", ["/shop"],
     "./app/shop/page.tsx:45:9\nType error: Cannot find name 'pricee'. Did you mean 'price'?"),
    ("Please repair the file mentioned in the error.", ["/gallery"],
     "Error: ENOENT: no such file or directory, open '/home/dev/sites/lumiere/app/gallery/page.tsx'"),
    ("Vercel deploy failed with the error above, fix it", ["/pricing"],
     "Build error occurred\nError: Export encountered errors on following paths:\n\t/pricing/page: /pricing"),
    ("regenerate the broken file", ["/menu"],
     "[next] Failed to compile /menu in 312ms\n./app/menu/page.tsx:11:1\nExpected ';', '}' or <eof>"),
    ("My colleague hand-edited the layout and now nothing renders. Could you restore it?", [],
     "Error: Missing <html> and <body> tags in the root layout.\nRead more at https://nextjs.org/docs/messages/"
     "missing-root-layout-tags"),
    ("The build log says something about globals.css. Can you repair that?", [],
     "./app/globals.css:18:3\nCssSyntaxError: Unknown word colr"),
    ("fx the eror pls", ["/support"],
     "./app/support/page.tsx:6:1\nType error: 'Section' is declared but its value is never read."),
    ("restore the pricing page, I corrupted it", ["/pricing"],
     "./app/pricing/page.tsx\nError: Unexpected eof\n  ,-[88:1]"),
    ("Why is it failing? Repair whatever is broken.", ["/about"],
     "Error: Hydration failed because the initial UI does not match what was rendered on the server.\n"
     "    at AboutPage (./app/about/page.tsx:19:5)"),
    ("The nav is broken after my edit, please regenerate that file", [],
     "./app/layout.tsx:15:9\nType error: Property 'href' is missing in type '{ label: string; }' but required in "
     "type 'NavLinkProps'."),
    ("repair the docs intro page", ["/docs/intro"],
     "./app/docs/intro/page.tsx:2:1\nModule not found: Can't resolve 'next/lnk'"),
    ("I pasted some code into the events page and now it errors. Put the original back.", ["/events"],
     "./app/events/page.tsx:33:15\nType error: JSX element 'Calendar' has no corresponding closing tag."),
    ("tests pass locally but next build fails, see the error. fix?", ["/contact"],
     "Failed to compile.\n./app/api/contact/route.ts:7:3\nType error: Not all code paths return a value."),
]

# Filler pages: none holds "pricing" (the bench gives such pages a pricing section) or "home".
_FILLER = [
    "/about", "/blog", "/contact", "/services", "/team", "/faq", "/careers", "/gallery", "/events", "/menu",
    "/shop", "/docs/intro", "/press", "/partners", "/history", "/news", "/support", "/legal/terms",
    "/legal/privacy", "/locations", "/testimonials", "/recipes", "/work", "/donate", "/newsletter", "/changelog",
    "/roadmap", "/downloads", "/community", "/awards", "/sponsors", "/projects/alpha", "/resources/guides",
    "/case-studies", "/brand-assets", "/accessibility", "/security", "/integrations", "/podcast", "/wholesale",
    "/gift-cards", "/catering", "/trainers", "/classes/yoga", "/stockists", "/sustainability", "/membership",
    "/booking", "/faq/shipping", "/blog/first-post",
]

# Close synonyms: a filler is left out when any word of its group occurs in the case.
_GROUPS = [
    {"faq", "help", "questions", "support", "frequently", "answers", "shipping"},
    {"contact", "touch", "kontakt", "reach", "quote", "booking", "book", "reserve", "reservation", "rsvp"},
    {"careers", "jobs", "hiring", "join", "roles", "crew", "internships"},
    {"blog", "journal", "news", "updates", "newsroom", "stories", "post", "newsletter", "changelog", "notes"},
    {"team", "people", "crew", "about", "story", "history", "nosotros", "ueber", "company", "since"},
    {"press", "newsroom", "media", "brand", "assets"},
    {"shop", "store", "products", "gift", "cards", "wholesale", "stockists", "orders", "product"},
    {"testimonials", "reviews", "love", "clients", "quotes"},
    {"work", "case", "studies", "portfolio", "projects", "gallery", "photos", "alpha"},
    {"events", "meetup", "webinars", "workshops", "classes", "yoga", "courses", "trainers", "learn"},
    {"menu", "food", "drinks", "recipes", "cookbook", "catering", "kitchen", "chef"},
    {"legal", "privacy", "terms", "cookies", "impressum", "security", "accessibility"},
    {"docs", "guides", "resources", "api", "integrations", "downloads", "intro", "overview"},
    {"donate", "volunteer", "sponsors", "partners", "community", "membership"},
    {"locations", "visit", "location", "find"},
    {"roadmap", "status", "changelog", "release", "version"},
    {"podcast", "videos", "youtube"},
    {"sustainability", "greenleaf", "farm"},
    {"awards"},
]


def _values(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in ([str(k)] if k != "op" else []) + _values(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _values(v)]
    return [str(obj)]


def _words(route: str) -> list[str]:
    return [w for w in re.split(r"[/-]", route) if len(w) >= 3]


def _fillers(rng: random.Random, request: str, needed: list[str], expected: dict[str, object],
             error: str | None) -> list[str]:
    taboo = " ".join([request, error or "", *needed, *_values(expected)]).lower()
    allowed = []
    for cand in _FILLER:
        if cand in needed:
            continue
        words = _words(cand)
        if any(w in taboo for w in words):
            continue
        groups = [g for g in _GROUPS if any(w in g for w in words)]
        if any(m in taboo for g in groups for m in g):
            continue
        allowed.append(cand)
    return rng.sample(allowed, rng.randint(0, min(4, len(allowed))))


def _case(rng: random.Random, request: str, needed: list[str], expected: dict[str, object],
          error: str | None = None) -> Case:
    pages = [r for r in needed if r != "/"] + _fillers(rng, request, needed, expected, error)
    rng.shuffle(pages)
    return Case(request=request, routes=["/", *pages], expected=dict(expected), error=error, tags=TAGS)


def generate() -> list[Case]:
    rng = random.Random(SEED)
    cases: list[Case] = []
    for rows in (ADD_PAGE, ADD_SECTION, REMOVE_SECTION, SET_TEXT, SET_THEME, ADD_NAV_LINK, REMOVE_PAGE,
                 RENAME_PAGE, ADD_API_ROUTE):
        for request, needed, expected in rows:
            cases.append(_case(rng, request, needed, expected))
    for request, needed, error in REPAIR:
        cases.append(_case(rng, request, needed, {"op": "repair"}, error))
    rng.shuffle(cases)
    return cases


def _check(cases: list[Case]) -> None:
    """Every expected slot is valid for the schema, and every page a case names is (or is not yet) there."""
    from pydantic import TypeAdapter

    from app.scaffold.plan import Op

    adapter: TypeAdapter[object] = TypeAdapter(Op)
    dummy = {"add_page": {"title": "X"}, "add_section": {"route": "/", "kind": "text"},
             "remove_section": {"route": "/", "kind": "text"},
             "set_text": {"route": "/", "target": "title", "text": "X"}, "add_nav_link": {"label": "X", "href": "/"},
             "remove_page": {"route": "/"}, "rename_page": {"route": "/", "new_route": "/x"},
             "add_api_route": {"route": "/api/x"}, "repair": {"path": "app/page.tsx"}, "set_theme": {}}
    requests = set()
    for c in cases:
        op = str(c.expected["op"])
        adapter.validate_python({**dummy[op], **c.expected})
        assert c.routes[0] == "/" and len(set(c.routes)) == len(c.routes), c
        assert c.request not in requests, c.request
        requests.add(c.request)
        route = c.expected.get("route")
        if op in ("add_section", "remove_section", "set_text", "remove_page", "rename_page") and route:
            assert route in c.routes, c
        if op == "add_page" and route:
            assert route not in c.routes, c
        if op == "rename_page":
            assert c.expected["new_route"] not in c.routes, c
        if op == "add_nav_link" and str(c.expected.get("href", "")).startswith("/"):
            assert c.expected["href"] in c.routes, c
        if op == "remove_section":
            kind = c.expected["kind"]
            want = "hero" if route == "/" else ("pricing" if "pricing" in str(route) else "text")
            assert kind == want, c
        if op == "set_text" and c.expected.get("section"):
            assert op == "set_text" and c.expected["target"] == "heading", c
        assert (c.error is not None) == (op == "repair"), c


if __name__ == "__main__":
    import collections

    first = generate()
    assert first == generate(), "generate() is not deterministic"
    _check(first)
    counts = collections.Counter(str(c.expected["op"]) for c in first)
    print(len(first), "cases")
    for name, n in sorted(counts.items()):
        print(f"  {name:15} {n}")
    print("pages besides / per case:", collections.Counter(len(c.routes) - 1 for c in first))
    print(json.dumps([{"request": c.request, "routes": c.routes, "expected": c.expected} for c in first[:3]],
                     indent=1, ensure_ascii=False))
