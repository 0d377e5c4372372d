"""Blind held-out plan cases, set 5: 340 requests, 34 per op.

Written blind: while writing it the author read only ``app/scaffold/plan.py`` (the
plan schema), ``app/scaffold/site.py`` (the site model) and ``bench/plans/run.py``
(how cases are scored, and ``site_for``: "/" holds a hero, a page whose route contains
"pricing" a pricing section, every other page a text section). No training data,
generators, tests, other case sets, results or sessions were opened; every request,
page, brand, text, URL and phrasing here was invented for this set.

``expected`` holds the op and only the slots of the first op that a careful reader can
pin down from the request. ``routes`` holds the pages the request refers to plus a few
filler pages (chosen with a local ``random.Random(SEED)`` so the set is deterministic,
and never sharing a word with the request, so no two pages can be confused).
"""

from __future__ import annotations

import random
import re

from bench.plans.heldout import Case

SEED = 50517
TAGS = ("blind5",)

# Filler pages: none contains "pricing" (that would add a pricing section) and none is "/".
_FILLER = (
    "/about", "/contact", "/blog", "/services", "/menu", "/gallery", "/team", "/careers",
    "/docs/intro", "/events", "/shop", "/press", "/locations", "/journal", "/recipes",
    "/portfolio", "/workshops", "/partners", "/volunteer", "/donate", "/sponsors", "/stories",
    "/resources/guides", "/help/returns", "/legal/privacy", "/legal/terms", "/case-studies",
    "/catering", "/classes/yoga", "/rooms", "/membership", "/reviews", "/news", "/downloads",
    "/changelog", "/community", "/merch", "/tours", "/studio", "/menu/brunch", "/projects",
    "/support", "/history", "/newsletter", "/awards", "/wholesale",
)

# (request, pages the request refers to, expected slots without "op")
ADD_PAGE: list[tuple[str, list[str], dict[str, object]]] = [
    ("add a page called Meet the Crew", [], {"title": "Meet the Crew"}),
    ("New page: Opening Hours, with a contact section", [], {"title": "Opening Hours", "sections": ["contact"]}),
    ("Could you create a Wedding Packages page at /weddings with pricing and an FAQ?", [],
     {"title": "Wedding Packages", "route": "/weddings", "sections": ["pricing", "faq"]}),
    ("pls make a page 'Our Suppliers'", [], {"title": "Our Suppliers"}),
    ("I need a new page for our volunteers so people can sign up. Call it Get Involved and put it at "
     "/volunteer-signup.", [], {"title": "Get Involved", "route": "/volunteer-signup"}),
    ("Create page /docs/getting-started titled Getting Started, with a text section", ["/docs/intro"],
     {"title": "Getting Started", "route": "/docs/getting-started", "sections": ["text"]}),
    ("Hey! Can we get a 'Frequently Asked Questions' page? faq section obviously", [],
     {"title": "Frequently Asked Questions", "sections": ["faq"]}),
    ("make new page Tapas & Wine at /tapas-wine", [], {"title": "Tapas & Wine", "route": "/tapas-wine"}),
    ("Please add a page titled Spring Menu 2025 with a hero and a features section", [],
     {"title": "Spring Menu 2025", "sections": ["hero", "features"]}),
    ("we want a page called Case Studies with testimonials on it, because clients keep asking for proof", [],
     {"title": "Case Studies", "sections": ["testimonials"]}),
    ("Add page 'Book a Table' (route /book), contact form section", [],
     {"title": "Book a Table", "route": "/book", "sections": ["contact"]}),
    ("create a new page named Kids' Classes", [], {"title": "Kids' Classes"}),
    ("I'd like to add an API Reference page under /docs/api-reference", [],
     {"title": "API Reference", "route": "/docs/api-reference"}),
    ("add pagee called Press Kit with image and text section", [], {"title": "Press Kit", "sections": ["image_text"]}),
    ("Can you please set up a page for the summer camp? Title: Summer Camp 2025, URL /camp", [],
     {"title": "Summer Camp 2025", "route": "/camp"}),
    ("new page -> Gift Cards, add pricing section + cta", [], {"title": "Gift Cards", "sections": ["pricing", "cta"]}),
    ("Add a page named Privacy Policy at /legal/privacy with just a text section", [],
     {"title": "Privacy Policy", "route": "/legal/privacy", "sections": ["text"]}),
    ("We're launching a podcast. Add a page called The Slow Roast Podcast.", [], {"title": "The Slow Roast Podcast"}),
    ("Add one more page: Trade Accounts. Put features and a contact section on it.", [],
     {"title": "Trade Accounts", "sections": ["features", "contact"]}),
    ("pleas create page 'Rooms & Suites' at /rooms", [], {"title": "Rooms & Suites", "route": "/rooms"}),
    ("Make a new partners page at /partners/become-one, title it Become a Partner", [],
     {"title": "Become a Partner", "route": "/partners/become-one"}),
    ("add a page 'Support' with faq and contact sections", [], {"title": "Support", "sections": ["faq", "contact"]}),
    ("Can I get a page called How It Works? Give it a hero, features and a call to action.", [],
     {"title": "How It Works", "sections": ["hero", "features", "cta"]}),
    ("Add a page for the team offsite at /offsite-2025, named Offsite 2025", [],
     {"title": "Offsite 2025", "route": "/offsite-2025"}),
    ("new page called 'Shipping & Returns'", [], {"title": "Shipping & Returns"}),
    ("We need a landing page for the Black Friday sale. Call it Black Friday Deals, pricing section please", [],
     {"title": "Black Friday Deals", "sections": ["pricing"]}),
    ("add a page, title 'Our Story', with an image-text section and testimonials", [],
     {"title": "Our Story", "sections": ["image_text", "testimonials"]}),
    ("Please create a Changelog page at /docs/changelog", ["/docs/intro"],
     {"title": "Changelog", "route": "/docs/changelog"}),
    ("I want to add a page where people can see upcoming gigs. Name: Live Dates. Route: /gigs", [],
     {"title": "Live Dates", "route": "/gigs"}),
    ("add a page called Dinner Menu with a text section and a cta", [],
     {"title": "Dinner Menu", "sections": ["text", "cta"]}),
    ("Add a page called Testimonials Wall, and then put a link to it in the nav", [], {"title": "Testimonials Wall"}),
    ("create a page named Workshops at /learn/workshops and make the accent colour teal", [],
     {"title": "Workshops", "route": "/learn/workshops"}),
    ("please you can make one page with name Contact Us Now, it need contact section", [],
     {"title": "Contact Us Now", "sections": ["contact"]}),
    ("Add a page for customer stories with a testimonials section and a call to action at the end", [],
     {"sections": ["testimonials", "cta"]}),
]

ADD_SECTION: list[tuple[str, list[str], dict[str, object]]] = [
    ("add a testimonials section to the homepage", ["/"], {"route": "/", "kind": "testimonials"}),
    ("Put an FAQ on /support", ["/support"], {"route": "/support", "kind": "faq"}),
    ("Add a pricing table to /plans with the heading 'Pick your plan'", ["/plans"],
     {"route": "/plans", "kind": "pricing", "heading": "Pick your plan"}),
    ("On /about, add an image and text section titled Where It All Began", ["/about"],
     {"route": "/about", "kind": "image_text", "heading": "Where It All Began"}),
    ("can u add contact section on /visit", ["/visit"], {"route": "/visit", "kind": "contact"}),
    ("The homepage needs a call to action at the bottom, heading: Ready when you are", ["/"],
     {"route": "/", "kind": "cta", "heading": "Ready when you are"}),
    ("Add a features section to /product/overview", ["/product/overview"],
     {"route": "/product/overview", "kind": "features"}),
    ("I'd like a hero section on /summer-sale with the heading 'Up to 40% off'", ["/summer-sale"],
     {"route": "/summer-sale", "kind": "hero", "heading": "Up to 40% off"}),
    ("please add faq section to /docs/install, heading Common install problems", ["/docs/install"],
     {"route": "/docs/install", "kind": "faq", "heading": "Common install problems"}),
    ("Add customer testimonials to /case-studies so visitors see real feedback", ["/case-studies"],
     {"route": "/case-studies", "kind": "testimonials"}),
    ("add text block to /legal/terms", ["/legal/terms"], {"route": "/legal/terms", "kind": "text"}),
    ("Insert a CTA section into /events/open-day titled 'Save your spot'", ["/events/open-day"],
     {"route": "/events/open-day", "kind": "cta", "heading": "Save your spot"}),
    ("Could you add a section with pricing on /catering? Heading should be 'Packages & Prices'", ["/catering"],
     {"route": "/catering", "kind": "pricing", "heading": "Packages & Prices"}),
    ("add a contact section to the home page with heading Say hello", ["/"],
     {"route": "/", "kind": "contact", "heading": "Say hello"}),
    ("need a features grid on /why-us", ["/why-us"], {"route": "/why-us", "kind": "features"}),
    ("Add an image/text section to /studio", ["/studio"], {"route": "/studio", "kind": "image_text"}),
    ("Hi, on the /membership page add an FAQ section, heading 'Membership FAQ'", ["/membership"],
     {"route": "/membership", "kind": "faq", "heading": "Membership FAQ"}),
    ("add hero to /gallery", ["/gallery"], {"route": "/gallery", "kind": "hero"}),
    ("Add a testimonials section called What Our Guests Say to /stay", ["/stay"],
     {"route": "/stay", "kind": "testimonials", "heading": "What Our Guests Say"}),
    ("Add a plain text section on /press with the heading 'For journalists'", ["/press"],
     {"route": "/press", "kind": "text", "heading": "For journalists"}),
    ("Put a call-to-action on /services/repairs with the heading Book a repair today", ["/services/repairs"],
     {"route": "/services/repairs", "kind": "cta", "heading": "Book a repair today"}),
    ("We get lots of questions about delivery. Add a FAQ to /delivery.", ["/delivery"],
     {"route": "/delivery", "kind": "faq"}),
    ("add pricing section /coaching", ["/coaching"], {"route": "/coaching", "kind": "pricing"}),
    ("Add features to /app with the heading 'Built for teams of 5 to 50'", ["/app"],
     {"route": "/app", "kind": "features", "heading": "Built for teams of 5 to 50"}),
    ("can you add a contact form to /wholesale", ["/wholesale"], {"route": "/wholesale", "kind": "contact"}),
    ("On the homepage, add an image-with-text section headed 'Baked fresh since 1987'", ["/"],
     {"route": "/", "kind": "image_text", "heading": "Baked fresh since 1987"}),
    ("Add a hero section to /docs/intro", ["/docs/intro"], {"route": "/docs/intro", "kind": "hero"}),
    ("please add a section of testimonials to /tours/walking", ["/tours/walking"],
     {"route": "/tours/walking", "kind": "testimonials"}),
    ("add a CTA to /blog, heading 'Get the newsletter'", ["/blog"],
     {"route": "/blog", "kind": "cta", "heading": "Get the newsletter"}),
    ("I want a features section on /integrations, heading: Works with your stack", ["/integrations"],
     {"route": "/integrations", "kind": "features", "heading": "Works with your stack"}),
    ("Add FAQ section in /returns", ["/returns"], {"route": "/returns", "kind": "faq"}),
    ("add a pricing section to /memberships and change the font to serif", ["/memberships"],
     {"route": "/memberships", "kind": "pricing"}),
    ("add an image and text section to /team, call the heading Who we are", ["/team"],
     {"route": "/team", "kind": "image_text", "heading": "Who we are"}),
    ("add a text section on /accessibility with the heading Our commitment to you", ["/accessibility"],
     {"route": "/accessibility", "kind": "text", "heading": "Our commitment to you"}),
]

REMOVE_SECTION: list[tuple[str, list[str], dict[str, object]]] = [
    ("remove the hero from the homepage", ["/"], {"route": "/", "kind": "hero"}),
    ("delete the pricing section on /pricing", ["/pricing"], {"route": "/pricing", "kind": "pricing"}),
    ("Get rid of the text block on /about", ["/about"], {"route": "/about", "kind": "text"}),
    ("Please take the pricing table off /shop/pricing, we're not ready to show prices", ["/shop/pricing"],
     {"route": "/shop/pricing", "kind": "pricing"}),
    ("remove text section from /legal/cookies", ["/legal/cookies"], {"route": "/legal/cookies", "kind": "text"}),
    ("The hero section on the home page looks dated, just remove it", ["/"], {"route": "/", "kind": "hero"}),
    ("Can you drop the pricing section from /pricing-plans?", ["/pricing-plans"],
     {"route": "/pricing-plans", "kind": "pricing"}),
    ("rmove the text section on /careers", ["/careers"], {"route": "/careers", "kind": "text"}),
    ("I don't want the hero banner on the front page anymore, please remove that section", ["/"],
     {"route": "/", "kind": "hero"}),
    ("delete pricing section from /services/pricing", ["/services/pricing"],
     {"route": "/services/pricing", "kind": "pricing"}),
    ("On /docs/intro, remove the text section.", ["/docs/intro"], {"route": "/docs/intro", "kind": "text"}),
    ("remove the text section from /history", ["/history"], {"route": "/history", "kind": "text"}),
    ("Kill the pricing section on /team-pricing", ["/team-pricing"], {"route": "/team-pricing", "kind": "pricing"}),
    ("Could you please remove the hero section from the home page?", ["/"], {"route": "/", "kind": "hero"}),
    ("take out the text section on /volunteer", ["/volunteer"], {"route": "/volunteer", "kind": "text"}),
    ("/pricing: remove the pricing section, we moved our prices to a PDF", ["/pricing"],
     {"route": "/pricing", "kind": "pricing"}),
    ("Remove the text section on /events/archive", ["/events/archive"],
     {"route": "/events/archive", "kind": "text"}),
    ("get rid of the pricing block on /pricing/enterprise", ["/pricing/enterprise"],
     {"route": "/pricing/enterprise", "kind": "pricing"}),
    ("no more hero section on the homepage please", ["/"], {"route": "/", "kind": "hero"}),
    ("Remove the text section from /faq", ["/faq"], {"route": "/faq", "kind": "text"}),
    ("delete text section /press-kit", ["/press-kit"], {"route": "/press-kit", "kind": "text"}),
    ("remove the prices section from /pricing", ["/pricing"], {"route": "/pricing", "kind": "pricing"}),
    ("I'd like the text block on /mission removed", ["/mission"], {"route": "/mission", "kind": "text"}),
    ("please remove hero section on home", ["/"], {"route": "/", "kind": "hero"}),
    ("Strip the pricing section out of /coaching-pricing", ["/coaching-pricing"],
     {"route": "/coaching-pricing", "kind": "pricing"}),
    ("Remove the text section on /recipes/sourdough", ["/recipes/sourdough"],
     {"route": "/recipes/sourdough", "kind": "text"}),
    ("the pricing section on /pricing is outdated, remove it for now", ["/pricing"],
     {"route": "/pricing", "kind": "pricing"}),
    ("remove the intro text section from /about-us", ["/about-us"], {"route": "/about-us", "kind": "text"}),
    ("can you delete the hero at the top of the homepage, it pushes everything down", ["/"],
     {"route": "/", "kind": "hero"}),
    ("Remove section 'text' from /downloads", ["/downloads"], {"route": "/downloads", "kind": "text"}),
    ("delete the pricing table on /rates-and-pricing", ["/rates-and-pricing"],
     {"route": "/rates-and-pricing", "kind": "pricing"}),
    ("remove the text section on /story and add a testimonials section there instead", ["/story"],
     {"route": "/story", "kind": "text"}),
    ("remove the hero from the homepage, then add a cta there", ["/"], {"route": "/", "kind": "hero"}),
    ("Remove the text section from the /partners page", ["/partners"], {"route": "/partners", "kind": "text"}),
]

SET_TEXT: list[tuple[str, list[str], dict[str, object]]] = [
    ("change the homepage title to Fresh Bread Daily", ["/"],
     {"route": "/", "target": "title", "text": "Fresh Bread Daily"}),
    ("Set the subtitle on the home page to 'Open 7am-3pm, every day'", ["/"],
     {"route": "/", "target": "subtitle", "text": "Open 7am-3pm, every day"}),
    ("Make the homepage button say Book now", ["/"], {"route": "/", "target": "button", "text": "Book now"}),
    ("rename the site to Bloom & Barley", [], {"target": "site_name", "text": "Bloom & Barley"}),
    ("Change the title of /about to 'Who we are'", ["/about"],
     {"route": "/about", "target": "title", "text": "Who we are"}),
    ("The heading of the pricing section on /pricing should read: Simple, honest prices", ["/pricing"],
     {"route": "/pricing", "target": "heading", "section": "pricing", "text": "Simple, honest prices"}),
    ("set subtitle of the homepage to Hand-made furniture from Oslo", ["/"],
     {"route": "/", "target": "subtitle", "text": "Hand-made furniture from Oslo"}),
    ("can you change the button text on the homepage to 'Get a free quote'", ["/"],
     {"route": "/", "target": "button", "text": "Get a free quote"}),
    ("Site name should be 'Maple & Moss Studio'", [], {"target": "site_name", "text": "Maple & Moss Studio"}),
    ("On /docs/intro change the title to Getting started with v2.4", ["/docs/intro"],
     {"route": "/docs/intro", "target": "title", "text": "Getting started with v2.4"}),
    ("Update the homepage subtitle: We're open late on Fridays", ["/"],
     {"route": "/", "target": "subtitle", "text": "We're open late on Fridays"}),
    ("change the heading of the text section on /careers to 'Join a team that's growing'", ["/careers"],
     {"route": "/careers", "target": "heading", "section": "text", "text": "Join a team that's growing"}),
    ("button on home page -> Order for pickup", ["/"], {"route": "/", "target": "button", "text": "Order for pickup"}),
    ("Please change the site name to Kettle and Crumb", [], {"target": "site_name", "text": "Kettle and Crumb"}),
    ('set the title on the home page to "Repairs done right, done fast"', ["/"],
     {"route": "/", "target": "title", "text": "Repairs done right, done fast"}),
    ("Change the heading of the pricing section on /pricing to Plans from $12/month", ["/pricing"],
     {"route": "/pricing", "target": "heading", "section": "pricing", "text": "Plans from $12/month"}),
    ("make the subtitle on /services say 'Same-day service across the city'", ["/services"],
     {"route": "/services", "target": "subtitle", "text": "Same-day service across the city"}),
    ("the homepage title has a typo, it should be Harbour View B&B", ["/"],
     {"route": "/", "target": "title", "text": "Harbour View B&B"}),
    ("Change homepage button to 'Start your 14-day trial'", ["/"],
     {"route": "/", "target": "button", "text": "Start your 14-day trial"}),
    ("Could you set the title of /events to 'Live Music on Thursdays'?", ["/events"],
     {"route": "/events", "target": "title", "text": "Live Music on Thursdays"}),
    ("new site name: The Green Fork", [], {"target": "site_name", "text": "The Green Fork"}),
    ("chnage subtitle on homepage to Tickets from £15, kids go free", ["/"],
     {"route": "/", "target": "subtitle", "text": "Tickets from £15, kids go free"}),
    ("I want the heading of the text section on /about-us to be Our story so far", ["/about-us"],
     {"route": "/about-us", "target": "heading", "section": "text", "text": "Our story so far"}),
    ("set button label on the home page to Call 555-0142", ["/"],
     {"route": "/", "target": "button", "text": "Call 555-0142"}),
    ("Please update the title on /menu to 'Lunch served 12-3pm'", ["/menu"],
     {"route": "/menu", "target": "title", "text": "Lunch served 12-3pm"}),
    ("homepage subtitle should say: Trusted by 2,000+ local families", ["/"],
     {"route": "/", "target": "subtitle", "text": "Trusted by 2,000+ local families"}),
    ("Change the heading on the /pricing-plans pricing section to 'Pay monthly or save 20% yearly'",
     ["/pricing-plans"],
     {"route": "/pricing-plans", "target": "heading", "section": "pricing", "text": "Pay monthly or save 20% yearly"}),
    ("rename our site to Nordlys Yoga", [], {"target": "site_name", "text": "Nordlys Yoga"}),
    ("title of /docs/setup: Installing the CLI on macOS & Linux", ["/docs/setup"],
     {"route": "/docs/setup", "target": "title", "text": "Installing the CLI on macOS & Linux"}),
    ("change the button on the homepage so it says Reserve a table for two", ["/"],
     {"route": "/", "target": "button", "text": "Reserve a table for two"}),
    ("The subtitle on the homepage is too long. Replace it with 'Coffee, cake and good company'", ["/"],
     {"route": "/", "target": "subtitle", "text": "Coffee, cake and good company"}),
    ("pls set homepage title to Don't miss our autumn sale", ["/"],
     {"route": "/", "target": "title", "text": "Don't miss our autumn sale"}),
    ("change the homepage title to 'Now booking for 2026' and make the primary colour navy", ["/"],
     {"route": "/", "target": "title", "text": "Now booking for 2026"}),
    ("Set the heading of the text section on /contact to 'Visit us at 12 Main St'", ["/contact"],
     {"route": "/contact", "target": "heading", "section": "text", "text": "Visit us at 12 Main St"}),
]

SET_THEME: list[tuple[str, list[str], dict[str, object]]] = [
    ("make the primary colour navy", [], {"primary": "navy"}),
    ("Switch the font to serif", [], {"font": "serif"}),
    ("change the background to black and the text colour to white", [], {"background": "black", "foreground": "white"}),
    ("accent colour: gold", [], {"accent": "gold"}),
    ("Use #0f766e as the primary color", [], {"primary": "#0f766e"}),
    ("can the whole site use a monospace font? it's a dev tool", [], {"font": "mono"}),
    ("I'd like a rounded font, feels friendlier", [], {"font": "rounded"}),
    ("make the primary colour green", [], {"primary": "green"}),
    ("set background to #fdf6e3", [], {"background": "#fdf6e3"}),
    ("Text colour should be gray", [], {"foreground": "gray"}),
    ("change accent to pink and primary to purple", [], {"accent": "pink", "primary": "purple"}),
    ("Primary brand colour red please", [], {"primary": "red"}),
    ("use a sans font instead of the serif one", [], {"font": "sans"}),
    ("primary #1d4ed8, accent #f59e0b", [], {"primary": "#1d4ed8", "accent": "#f59e0b"}),
    ("Make the background white and the font serif", [], {"background": "white", "font": "serif"}),
    ("The accent color should be orange to match our logo", [], {"accent": "orange"}),
    ("set the foreground colour to #222222", [], {"foreground": "#222222"}),
    ("Change the theme's primary color to teal", [], {"primary": "teal"}),
    ("please use grey for the text colour", [], {"foreground": "gray"}),
    ("primary colour -> brown, font -> serif", [], {"primary": "brown", "font": "serif"}),
    ("Can we try a yellow accent colour?", [], {"accent": "yellow"}),
    ("Use the mono font everywhere", [], {"font": "mono"}),
    ("Dark mode-ish: background #111111, foreground #f5f5f5", [], {"background": "#111111", "foreground": "#f5f5f5"}),
    ("change the primary color to blue", [], {"primary": "blue"}),
    ("set accent colour to #e11d48", [], {"accent": "#e11d48"}),
    ("i want font rounded and primary color pink", [], {"font": "rounded", "primary": "pink"}),
    ("Please change the primary colour from the current orange to navy", [], {"primary": "navy"}),
    ("background colour: #fafaf9", [], {"background": "#fafaf9"}),
    ("Use a serif typeface for a more classic look", [], {"font": "serif"}),
    ("make the accent color black", [], {"accent": "black"}),
    ("primary colour should be #7c2d12 (our brand rust)", [], {"primary": "#7c2d12"}),
    ("Swap the font to sans-serif", [], {"font": "sans"}),
    ("make the primary colour purple and add a pricing page", [], {"primary": "purple"}),
    ("text colour navy, background white", [], {"foreground": "navy", "background": "white"}),
]

ADD_NAV_LINK: list[tuple[str, list[str], dict[str, object]]] = [
    ("add a nav link to /blog labelled Blog", ["/blog"], {"label": "Blog", "href": "/blog"}),
    ("Put 'Book now' in the menu, pointing to /booking", ["/booking"], {"label": "Book now", "href": "/booking"}),
    ("add link in navigation: Instagram -> https://instagram.com/bloomandbarley", [],
     {"label": "Instagram", "href": "https://instagram.com/bloomandbarley"}),
    ("Can you add our Etsy shop to the nav? Label it Shop, URL https://www.etsy.com/shop/KettleCrumb", [],
     {"label": "Shop", "href": "https://www.etsy.com/shop/KettleCrumb"}),
    ("Add a navigation link called Docs that goes to /docs/intro", ["/docs/intro"],
     {"label": "Docs", "href": "/docs/intro"}),
    ("nav link 'Careers' -> /careers", ["/careers"], {"label": "Careers", "href": "/careers"}),
    ("Add 'Contact us' to the top menu, linking /contact", ["/contact"], {"label": "Contact us", "href": "/contact"}),
    ("I'd like a nav item 'Our Menu' linking to /menu", ["/menu"], {"label": "Our Menu", "href": "/menu"}),
    ("please add link to github https://github.com/nordlys/cli in the nav, label GitHub", [],
     {"label": "GitHub", "href": "https://github.com/nordlys/cli"}),
    ("Add nav item Pricing for /pricing", ["/pricing"], {"label": "Pricing", "href": "/pricing"}),
    ("add a link in the header to /events/2025 called What's On", ["/events/2025"],
     {"label": "What's On", "href": "/events/2025"}),
    ("Could you add a 'Donate' link to the nav that goes to https://donate.example.org/riverside", [],
     {"label": "Donate", "href": "https://donate.example.org/riverside"}),
    ("The nav is missing the FAQ page. Add it as FAQ, /faq.", ["/faq"], {"label": "FAQ", "href": "/faq"}),
    ("add menu link 'Order online' https://order.kettlecrumb.com", [],
     {"label": "Order online", "href": "https://order.kettlecrumb.com"}),
    ("add nav link: label=Help Center, href=/help/center", ["/help/center"],
     {"label": "Help Center", "href": "/help/center"}),
    ("add link to the navigation bar for /team, text should be Meet the Team", ["/team"],
     {"label": "Meet the Team", "href": "/team"}),
    ("Put a YouTube link in the nav: https://youtube.com/@maplemoss, label YouTube", [],
     {"label": "YouTube", "href": "https://youtube.com/@maplemoss"}),
    ("add a nav link for the gallery (/gallery), call it Photos", ["/gallery"], {"label": "Photos", "href": "/gallery"}),
    ("I need the nav menu to include 'Gift Cards' pointing at /gift-cards", ["/gift-cards"],
     {"label": "Gift Cards", "href": "/gift-cards"}),
    ("Add 'Status' to the nav, linking to https://status.nordlys.dev", [],
     {"label": "Status", "href": "https://status.nordlys.dev"}),
    ("nav: add Reviews -> /reviews", ["/reviews"], {"label": "Reviews", "href": "/reviews"}),
    ("Add a nav link called 'Book a Tour' to /tours/book", ["/tours/book"], {"label": "Book a Tour", "href": "/tours/book"}),
    ("please add in nav menu one link, name is Location, go to /find-us", ["/find-us"],
     {"label": "Location", "href": "/find-us"}),
    ("add a navigation link 'Sign up for classes' to /classes/signup", ["/classes/signup"],
     {"label": "Sign up for classes", "href": "/classes/signup"}),
    ("add nav link to https://linkedin.com/company/harbourview named LinkedIn", [],
     {"label": "LinkedIn", "href": "https://linkedin.com/company/harbourview"}),
    ("Could the header nav link to our press page? Label: Press, route /press", ["/press"],
     {"label": "Press", "href": "/press"}),
    ("link 'Menu & Prices' in the navbar to /menu-prices", ["/menu-prices"],
     {"label": "Menu & Prices", "href": "/menu-prices"}),
    ("Add a link to the nav for /docs/changelog, labelled What's new", ["/docs/changelog"],
     {"label": "What's new", "href": "/docs/changelog"}),
    ("Add 'Shop' to the navigation. It should go to https://shop.greenfork.co", [],
     {"label": "Shop", "href": "https://shop.greenfork.co"}),
    ("Add nav link Home Delivery, href /delivery", ["/delivery"], {"label": "Home Delivery", "href": "/delivery"}),
    ("add an external link in the nav to https://calendly.com/maple-moss/intro labelled Book a call", [],
     {"label": "Book a call", "href": "https://calendly.com/maple-moss/intro"}),
    ("we have a new /volunteer page, please add it to the nav as Get Involved", ["/volunteer"],
     {"label": "Get Involved", "href": "/volunteer"}),
    ("add a nav link 'Blog' to /journal and change the font to serif", ["/journal"], {"label": "Blog", "href": "/journal"}),
    ("Add a navigation link to /about with the label About Us", ["/about"], {"label": "About Us", "href": "/about"}),
]

REMOVE_PAGE: list[tuple[str, list[str], dict[str, object]]] = [
    ("delete the /old-menu page", ["/old-menu"], {"route": "/old-menu"}),
    ("Remove the careers page, we're not hiring", ["/careers"], {"route": "/careers"}),
    ("please remove /events/2023", ["/events/2023"], {"route": "/events/2023"}),
    ("get rid of the /test page", ["/test"], {"route": "/test"}),
    ("Can you delete the page at /promo/summer-2024?", ["/promo/summer-2024"], {"route": "/promo/summer-2024"}),
    ("remove page /docs/legacy-api", ["/docs/legacy-api"], {"route": "/docs/legacy-api"}),
    ("We closed the Oslo shop. Delete the /locations/oslo page.", ["/locations/oslo"], {"route": "/locations/oslo"}),
    ("delete the temp page /tmp-landing", ["/tmp-landing"], {"route": "/tmp-landing"}),
    ("I don't need the /blog page anymore, remove it", ["/blog"], {"route": "/blog"}),
    ("take down the /black-friday page", ["/black-friday"], {"route": "/black-friday"}),
    ("rmeove the /draft page", ["/draft"], {"route": "/draft"}),
    ("The /team page is outdated; please delete it entirely", ["/team"], {"route": "/team"}),
    ("Delete page: /pricing-old", ["/pricing-old"], {"route": "/pricing-old"}),
    ("remove the coming soon page at /coming-soon", ["/coming-soon"], {"route": "/coming-soon"}),
    ("kill the /beta-signup page", ["/beta-signup"], {"route": "/beta-signup"}),
    ("please delete the /faq page, we moved everything to /support", ["/faq", "/support"], {"route": "/faq"}),
    ("can u delete /hiring page", ["/hiring"], {"route": "/hiring"}),
    ("Remove the page /docs/v1/quickstart", ["/docs/v1/quickstart"], {"route": "/docs/v1/quickstart"}),
    ("delete the /christmas-menu page, season is over", ["/christmas-menu"], {"route": "/christmas-menu"}),
    ("Get rid of the gallery page (/gallery)", ["/gallery"], {"route": "/gallery"}),
    ("Remove the /newsletter-archive page from the site", ["/newsletter-archive"], {"route": "/newsletter-archive"}),
    ("Please remove the /podcast page and its nav link", ["/podcast"], {"route": "/podcast"}),
    ("delete /about-old, the new about page is at /about", ["/about-old", "/about"], {"route": "/about-old"}),
    ("remove the test page at /sandbox", ["/sandbox"], {"route": "/sandbox"}),
    ("page /launch-party should be deleted", ["/launch-party"], {"route": "/launch-party"}),
    ("delete the workshop page /workshops/pottery-101", ["/workshops/pottery-101"], {"route": "/workshops/pottery-101"}),
    ("we don't sell gift cards anymore, delete the /gift-cards page", ["/gift-cards"], {"route": "/gift-cards"}),
    ("Remove the /press page from the site please", ["/press"], {"route": "/press"}),
    ("trash the /landing-v2 page", ["/landing-v2"], {"route": "/landing-v2"}),
    ("Delete the page at /recipes/pumpkin-soup", ["/recipes/pumpkin-soup"], {"route": "/recipes/pumpkin-soup"}),
    ("can you remove the /covid-info page? it's been years", ["/covid-info"], {"route": "/covid-info"}),
    ("delete the /old-home page and add a link to /shop in the nav", ["/old-home", "/shop"], {"route": "/old-home"}),
    ("Remove the /internal/roadmap page before we launch", ["/internal/roadmap"], {"route": "/internal/roadmap"}),
    ("Please delete the Testimonials page (/testimonials)", ["/testimonials"], {"route": "/testimonials"}),
]

RENAME_PAGE: list[tuple[str, list[str], dict[str, object]]] = [
    ("move /about to /our-story", ["/about"], {"route": "/about", "new_route": "/our-story"}),
    ("rename /team to /people and call it Our People", ["/team"],
     {"route": "/team", "new_route": "/people", "title": "Our People"}),
    ("Change the URL of the blog from /blog to /journal", ["/blog"], {"route": "/blog", "new_route": "/journal"}),
    ("can you change the /services route to /what-we-do", ["/services"],
     {"route": "/services", "new_route": "/what-we-do"}),
    ("Rename the page /docs/intro to /docs/introduction", ["/docs/intro"],
     {"route": "/docs/intro", "new_route": "/docs/introduction"}),
    ("/contact should move to /get-in-touch, title Get in Touch", ["/contact"],
     {"route": "/contact", "new_route": "/get-in-touch", "title": "Get in Touch"}),
    ("move the careers page to /jobs", ["/careers"], {"route": "/careers", "new_route": "/jobs"}),
    ("rename /events-2025 to /events, title 'Events'", ["/events-2025"],
     {"route": "/events-2025", "new_route": "/events", "title": "Events"}),
    ("change the address of /menu to /food-and-drink", ["/menu"], {"route": "/menu", "new_route": "/food-and-drink"}),
    ("Please move /pricing to /plans", ["/pricing"], {"route": "/pricing", "new_route": "/plans"}),
    ("rename page /faq to /help", ["/faq"], {"route": "/faq", "new_route": "/help"}),
    ("could you rename /gallery to /portfolio and retitle it Selected Work", ["/gallery"],
     {"route": "/gallery", "new_route": "/portfolio", "title": "Selected Work"}),
    ("Move /shop to /store/all", ["/shop"], {"route": "/shop", "new_route": "/store/all"}),
    ("the /prices url is ugly, change it to /rates", ["/prices"], {"route": "/prices", "new_route": "/rates"}),
    ("rename /workshops to /classes", ["/workshops"], {"route": "/workshops", "new_route": "/classes"}),
    ("change /about-us to /about", ["/about-us"], {"route": "/about-us", "new_route": "/about"}),
    ("Move /docs/setup to /docs/install and rename the page Installation", ["/docs/setup"],
     {"route": "/docs/setup", "new_route": "/docs/install", "title": "Installation"}),
    ("url change: /locations -> /visit", ["/locations"], {"route": "/locations", "new_route": "/visit"}),
    ("Rename the /recipes page to /kitchen, new title: From Our Kitchen", ["/recipes"],
     {"route": "/recipes", "new_route": "/kitchen", "title": "From Our Kitchen"}),
    ("Please change the route of the testimonials page from /testimonials to /reviews", ["/testimonials"],
     {"route": "/testimonials", "new_route": "/reviews"}),
    ("move page /news to /updates", ["/news"], {"route": "/news", "new_route": "/updates"}),
    ("I want /partners to live at /partner-program instead", ["/partners"],
     {"route": "/partners", "new_route": "/partner-program"}),
    ("rename /team-2024 to /team", ["/team-2024"], {"route": "/team-2024", "new_route": "/team"}),
    ("move /help/returns to /returns-policy", ["/help/returns"], {"route": "/help/returns", "new_route": "/returns-policy"}),
    ("Can you rename /book to /reservations and title it Reservations?", ["/book"],
     {"route": "/book", "new_route": "/reservations", "title": "Reservations"}),
    ("Chnage the /tours route to /walking-tours", ["/tours"], {"route": "/tours", "new_route": "/walking-tours"}),
    ("rename the route /sale to /offers", ["/sale"], {"route": "/sale", "new_route": "/offers"}),
    ("/donate -> /support-us please, keep the same title", ["/donate"], {"route": "/donate", "new_route": "/support-us"}),
    ("Please move /downloads to /resources/downloads", ["/downloads"],
     {"route": "/downloads", "new_route": "/resources/downloads"}),
    ("rename /classes/yoga to /classes/yoga-flow, title Yoga Flow", ["/classes/yoga"],
     {"route": "/classes/yoga", "new_route": "/classes/yoga-flow", "title": "Yoga Flow"}),
    ("change the url /catering to /events-catering", ["/catering"], {"route": "/catering", "new_route": "/events-catering"}),
    ("move /about to /company and add an faq section to it", ["/about"], {"route": "/about", "new_route": "/company"}),
    ("The /membership page should be at /join from now on", ["/membership"],
     {"route": "/membership", "new_route": "/join"}),
    ("rename /studio to /the-studio with the title The Studio", ["/studio"],
     {"route": "/studio", "new_route": "/the-studio", "title": "The Studio"}),
]

ADD_API_ROUTE: list[tuple[str, list[str], dict[str, object]]] = [
    ('add a GET endpoint /api/health that returns {"status": "ok"}', [],
     {"route": "/api/health", "method": "GET", "json": {"status": "ok"}}),
    ("I need an API route /api/version that returns JSON with version set to 2.3.1", [],
     {"route": "/api/version", "json": {"version": "2.3.1"}}),
    ("Create a POST route at /api/contact", ["/contact"], {"route": "/api/contact", "method": "POST"}),
    ("add api endpoint /api/newsletter/subscribe (POST)", [], {"route": "/api/newsletter/subscribe", "method": "POST"}),
    ("make an api route /api/hours that returns open: 8 and close: 18", [],
     {"route": "/api/hours", "json": {"open": 8, "close": 18}}),
    ('Add an endpoint at /api/menu/today that returns {"soup": "tomato", "price": 4.5}', [],
     {"route": "/api/menu/today", "json": {"soup": "tomato", "price": 4.5}}),
    ('add GET /api/ping returning {"pong": true}', [], {"route": "/api/ping", "method": "GET", "json": {"pong": True}}),
    ("please add api route /api/status, return ok true and uptime 99.9", [],
     {"route": "/api/status", "json": {"ok": True, "uptime": 99.9}}),
    ("Create a POST endpoint /api/bookings for the booking form", [], {"route": "/api/bookings", "method": "POST"}),
    ('add a simple GET api at /api/config with {"theme": "dark", "beta": false}', [],
     {"route": "/api/config", "method": "GET", "json": {"theme": "dark", "beta": False}}),
    ("We need an api route /api/feedback that accepts POST requests from the form", [],
     {"route": "/api/feedback", "method": "POST"}),
    ('Add an API route at /api/stock/count that returns {"count": 42}', [],
     {"route": "/api/stock/count", "json": {"count": 42}}),
    ("api route /api/site-info returning name = Bloom & Barley and city = Leeds", [],
     {"route": "/api/site-info", "json": {"name": "Bloom & Barley", "city": "Leeds"}}),
    ("add an endpoint /api/v1/users (GET)", [], {"route": "/api/v1/users", "method": "GET"}),
    ("Please add a POST api route at /api/orders/new", [], {"route": "/api/orders/new", "method": "POST"}),
    ('add api route /api/open-now that returns {"open": true}', [], {"route": "/api/open-now", "json": {"open": True}}),
    ("I want a JSON endpoint /api/prices with basic: 9 and pro: 29", [],
     {"route": "/api/prices", "json": {"basic": 9, "pro": 29}}),
    ('Create GET /api/time-slots returning {"first": "09:00", "last": "17:30"}', [],
     {"route": "/api/time-slots", "method": "GET", "json": {"first": "09:00", "last": "17:30"}}),
    ("make an api route /api/waitlist that takes POST", [], {"route": "/api/waitlist", "method": "POST"}),
    ('add an /api/build-info endpoint returning {"commit": "a1b2c3d", "env": "production"}', [],
     {"route": "/api/build-info", "json": {"commit": "a1b2c3d", "env": "production"}}),
    ('add a get route /api/weather/today with {"temp": 21, "unit": "C"}', [],
     {"route": "/api/weather/today", "method": "GET", "json": {"temp": 21, "unit": "C"}}),
    ("can you make an endpoint at /api/rsvp? it should be POST", [], {"route": "/api/rsvp", "method": "POST"}),
    ('Add an API endpoint /api/app-version that returns {"version": "4.0.0-beta"}', [],
     {"route": "/api/app-version", "json": {"version": "4.0.0-beta"}}),
    ("add api /api/quote, method POST", [], {"route": "/api/quote", "method": "POST"}),
    ("Add GET /api/team/count returning count: 12", [], {"route": "/api/team/count", "method": "GET", "json": {"count": 12}}),
    ('new endpoint /api/discount returning {"code": "SPRING25", "percent": 25}', [],
     {"route": "/api/discount", "json": {"code": "SPRING25", "percent": 25}}),
    ("Create an endpoint /api/healthz", [], {"route": "/api/healthz"}),
    ('please add an api route /api/contact-form that accepts POST and responds with {"received": true}', [],
     {"route": "/api/contact-form", "method": "POST", "json": {"received": True}}),
    ('add endpoint /api/shipping/rates returning {"uk": 4.99, "eu": 9.99}', [],
     {"route": "/api/shipping/rates", "json": {"uk": 4.99, "eu": 9.99}}),
    ('api: GET /api/flags -> {"newCheckout": true}', [], {"route": "/api/flags", "method": "GET", "json": {"newCheckout": True}}),
    ("Add an api route at /api/locations/list", [], {"route": "/api/locations/list"}),
    ("I need a POST /api/upload endpoint for the form", [], {"route": "/api/upload", "method": "POST"}),
    ("add a GET endpoint /api/menu and a page called Menu", [], {"route": "/api/menu", "method": "GET"}),
    ('add endpont /api/maintenance returning {"maintenance": false, "eta": "2h"}', [],
     {"route": "/api/maintenance", "json": {"maintenance": False, "eta": "2h"}}),
]

# (request, pages the request refers to, the last error shown to the user)
REPAIR: list[tuple[str, list[str], str]] = [
    ("fix it", [], "Build failed: app/page.tsx:12:5 Unexpected token. Did you mean `{'>'}` or `&gt;`?"),
    ("I edited the about page by hand and now the build is broken, can you repair it?", ["/about"],
     "Type error: app/about/page.tsx:18:7 Property 'heading' is missing in type '{}' but required in type "
     "'SectionProps'."),
    ("something is wrong with the layout file, please regenerate it", [],
     "SyntaxError: app/layout.tsx: Unterminated JSX contents. (41:10)"),
    ("npm run build fails now. help?", [], "Module not found: Can't resolve '@/components/Nav' in '/home/dev/site/app'"),
    ("I messed up the nav component while trying to add a link. restore it please", [],
     "Error: components/Nav.tsx:7:1 Expected '}', got '<eof>'"),
    ("Fix the error please", ["/pricing"], "./app/pricing/page.tsx:33:14 Type error: Cannot find name 'tiers'."),
    ("the homepage shows a blank screen and this error, can you fix the file?", [],
     "Error: Element type is invalid: expected a string (for built-in components) or a class/function but got: "
     "undefined. Check the render method of `Home` in app/page.tsx."),
    ("repair the css file", [], "CssSyntaxError: app/globals.css:22:3: Unknown word"),
    ("pls repair, dev server crashed", ["/blog"],
     "Failed to compile ./app/blog/page.tsx Error: Expected ',', got 'className' at line 27"),
    ("Can you regenerate the broken file? I think my hand edit did this.", ["/docs/intro"],
     "Type error: app/docs/intro/page.tsx:9:3 'Section' refers to a value, but is being used as a type here."),
    ("it says there's an error, fix", [], "Error: app/layout.tsx: the name `metadata` is exported more than once"),
    ("The site won't build after I pasted some code into the contact page. Please put it back the way it was.",
     ["/contact"], 'SyntaxError: app/contact/page.tsx: Unexpected token, expected "jsx closing tag" (54:3)'),
    ("restore the generated page file, it's gone", ["/team"],
     "ENOENT: no such file or directory, open 'app/team/page.tsx'"),
    ("fix the build error", [],
     "Type error: Type 'string | undefined' is not assignable to type 'string'. app/page.tsx:21:9"),
    ("Reparir the broken page pls", ["/events"], "./app/events/page.tsx Error: Unexpected eof (88:0)"),
    ("hmm the deploy failed, can you sort it out?", [],
     "Error occurred prerendering page \"/\". TypeError: Cannot read properties of undefined (reading 'map') "
     "at app/page.tsx:40:22"),
    ("please rewrite the file that's causing this", ["/menu"],
     "./app/menu/page.tsx:12:1 Parsing error: Identifier 'Menu' has already been declared"),
    ("I broke the footer, fix it", [],
     "SyntaxError: components/Footer.tsx: Adjacent JSX elements must be wrapped in an enclosing tag. (16:4)"),
    ("build is red again. repair whatever file is broken", ["/shop"],
     "Type error: app/shop/page.tsx:5:10 Module '\"@/lib/site\"' has no exported member 'products'."),
    ("My editor auto-formatted the layout and now it fails, can you regenerate it?", [],
     "Error: app/layout.tsx:3:1 The \"use client\" directive must be placed before other expressions."),
    ("fix this error plz", ["/gallery"], "./app/gallery/page.tsx:19:30 Error: Unterminated string constant"),
    ("Could you repair the hero component? I changed something and now it's broken.", [],
     "TypeError: components/sections/Hero.tsx:11:18 Cannot destructure property 'heading' of 'props' as it is "
     "undefined."),
    ("the error below keeps coming up, please fix the file", ["/docs/api"],
     "Type error: app/docs/api/page.tsx:44:1 Declaration or statement expected."),
    ("repair it", [], "Failed to compile. app/globals.css: Unclosed block (58:1)"),
    ("Hi, I tried to change the pricing page myself and now nothing builds. Can you undo my damage?", ["/pricing"],
     "SyntaxError: app/pricing/page.tsx: Missing semicolon. (12:18)"),
    ("fix broken file", [], "Error: components/Nav.tsx:22:5 JSX element 'ul' has no corresponding closing tag."),
    ("can you fix the compile error on the about us page", ["/about-us"],
     "./app/about-us/page.tsx:30:12 Type error: Expected 1 arguments, but got 0."),
    ("please regenerate the faq page, it's corrupted", ["/faq"], "SyntaxError: app/faq/page.tsx: Invalid character. (1:1)"),
    ("help! site down. error below", [], "Error: Cannot find module './page.module.css' imported from app/page.tsx"),
    ("regenerate the layout please, the build log says this", [],
     "Type error: app/layout.tsx:14:17 Cannot find name 'Nav'. Did you mean 'nav'?"),
    ("the careers page file is messed up, fix it", ["/careers"],
     "./app/careers/page.tsx:7:22 Error: Expected '</', got 'jsx text'"),
    ("Fix whatever I broke, thanks", [], "SyntaxError: app/page.tsx: 'return' outside of function. (48:2)"),
    ("Repair the broken file and then change the theme to green", [],
     "Type error: app/page.tsx:3:8 Module '\"@/components/sections\"' has no exported member 'Hero'."),
    ("yo the build is failing on the services page, can u repair it", ["/services"],
     "./app/services/page.tsx:61:1 Error: Unexpected token `}`. Expected jsx identifier"),
]


def _words(*texts: str) -> set[str]:
    return {w for t in texts for w in re.findall(r"[a-z0-9]+", t.lower())}


def _routes(rng: random.Random, needed: list[str], avoid_text: list[str]) -> list[str]:
    """"/" first, then the pages the request names and 0-4 filler pages sharing no word with it."""
    taken = _words(*needed, *avoid_text)
    pool = [r for r in _FILLER if r not in needed and not (_words(r) & taken)]
    filler = rng.sample(pool, rng.randint(0, 4))
    rest = [r for r in needed if r != "/"] + filler
    rng.shuffle(rest)
    return ["/"] + rest


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(k) for k in value] + [str(v) for v in value.values()]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def generate() -> list[Case]:
    rng = random.Random(SEED)
    cases: list[Case] = []
    groups: list[tuple[str, list[tuple[str, list[str], dict[str, object]]]]] = [
        ("add_page", ADD_PAGE), ("add_section", ADD_SECTION), ("remove_section", REMOVE_SECTION),
        ("set_text", SET_TEXT), ("set_theme", SET_THEME), ("add_nav_link", ADD_NAV_LINK),
        ("remove_page", REMOVE_PAGE), ("rename_page", RENAME_PAGE), ("add_api_route", ADD_API_ROUTE),
    ]
    for op, rows in groups:
        for request, needed, slots in rows:
            avoid = [request] + [s for v in slots.values() for s in _strings(v)]
            cases.append(Case(request=request, routes=_routes(rng, needed, avoid),
                              expected={"op": op, **slots}, tags=TAGS))
    for request, needed, error in REPAIR:
        cases.append(Case(request=request, routes=_routes(rng, needed, [request, error]),
                          expected={"op": "repair"}, error=error, tags=TAGS))
    rng.shuffle(cases)
    return cases


# Placeholders for the required slots a case leaves open, so a fragment can be validated.
_FILL: dict[str, dict[str, object]] = {
    "add_page": {"title": "Placeholder"},
    "add_section": {"route": "/", "kind": "text"},
    "remove_section": {"route": "/", "kind": "hero"},
    "set_text": {"route": "/", "target": "title", "text": "Placeholder"},
    "set_theme": {},
    "add_nav_link": {"label": "Placeholder", "href": "/"},
    "remove_page": {"route": "/"},
    "rename_page": {"route": "/", "new_route": "/placeholder"},
    "add_api_route": {"route": "/api/placeholder"},
    "repair": {"path": "app/page.tsx"},
}


def check(cases: list[Case]) -> None:
    """Counts, determinism, schema validity, and that each pinned slot is really in the request."""
    import collections
    import json

    from app.scaffold.plan import parse_plan

    assert len(cases) == 340, len(cases)
    counts = collections.Counter(str(c.expected["op"]) for c in cases)
    assert set(counts.values()) == {34} and len(counts) == 10, counts
    assert cases == generate(), "generate() is not deterministic"
    assert len({c.request for c in cases}) == 340, "duplicate requests"

    def section_on(route: str) -> str:  # what run.site_for puts on an existing page
        return "hero" if route == "/" else ("pricing" if "pricing" in route else "text")

    for c in cases:
        e = dict(c.expected)
        op = str(e["op"])
        parse_plan(json.dumps({"ops": [{**_FILL[op], **e}]}))
        assert c.routes[0] == "/" and len(set(c.routes)) == len(c.routes), c
        assert (c.error is not None) == (op == "repair"), c
        req = c.request
        if op in ("add_section", "remove_section", "set_text", "remove_page", "rename_page") and "route" in e:
            assert e["route"] in c.routes, c
        if op == "add_page":
            assert e.get("route", "/" + str(e.get("title", "x")).lower()) not in c.routes, c
            for key in ("title", "route"):
                assert key not in e or str(e[key]) in req, (key, c)
        if op == "rename_page":
            assert e["new_route"] not in c.routes and str(e["new_route"]) in req, c
            assert str(e["route"]).strip("/") in req.lower(), c
            assert "title" not in e or str(e["title"]) in req, c
        if op == "remove_section":
            assert e["kind"] == section_on(str(e["route"])), c
        if op == "set_text":
            text = str(e["text"])
            assert text in req and 2 <= len(text.split()) <= 9, c
            if e["target"] == "heading":
                assert e["section"] == section_on(str(e["route"])), c
            else:
                assert "section" not in e, c
        if op == "add_section" and "heading" in e:
            assert str(e["heading"]) in req, c
        if op == "add_nav_link":
            assert str(e["label"]) in req and str(e["href"]) in req, c
            if str(e["href"]).startswith("/"):
                assert e["href"] in c.routes, c
        if op == "add_api_route":
            assert str(e["route"]) in req, c
            body = e.get("json", {})
            assert isinstance(body, dict), c
            for k, v in body.items():
                assert k in req and str(v).lower() in req.lower(), (k, v, c)


if __name__ == "__main__":
    import collections

    all_cases = generate()
    check(all_cases)
    print(len(all_cases), dict(collections.Counter(str(c.expected["op"]) for c in all_cases)))
