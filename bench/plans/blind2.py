"""Held-out plan cases, second blind set ("blind2").

Written blind: without looking at the training-data generator, the other
evaluation sets (cases, heldout, blind) or any recorded session files. The
site profiles, page names, brand names, texts, URLs and phrasings here are
invented for this file only.

It covers the ten structured ops (add_page, add_section, remove_section,
set_text, set_theme, add_nav_link, remove_page, rename_page, add_api_route,
repair), 34 cases each, over a dozen small-business style projects with 3-7
pages (some nested, some hyphenated). Requests mix terse notes, polite long
sentences, questions, lowercase typos and requests that explain why. Pages
are referred to as home (about a third of the edits on existing pages), by
name, by path, or both. ``expected`` holds only the slots of the first op
that a careful reader can pin down from the request. Deterministic: a fixed
seed in a local ``random.Random``.
"""

from __future__ import annotations

import json
import random
from typing import Any

from app.scaffold.site import slug
from bench.plans.heldout import Case

SEED = 20240917
PER_OP = 34
TAGS = ("blind2",)

# --------------------------------------------------------------------------- site profiles
# Each page: (route, display name, an alternative route for rename_page, a nav label).
# "new" pages are ones the project does not have yet: (title, explicit path or None, short description).

PROFILES: list[dict[str, Any]] = [
    {
        "brand": "Crumb & Crust", "domain": "crumbandcrust",
        "pages": [("/menu", "menu", "/our-menu", "Menu"), ("/catering", "catering", "/events-catering", "Catering"),
                  ("/wholesale-orders", "wholesale orders", "/wholesale", "Wholesale"),
                  ("/our-story", "Our Story", "/about-us", "Our Story"), ("/visit", "visit", "/find-us", "Visit"),
                  ("/cakes/custom", "custom cakes", "/cakes/made-to-order", "Custom Cakes")],
        "new": [("Gift Cards", None, "gift cards"), ("Bread Subscriptions", None, "weekly bread boxes"),
                ("Allergen Info", "/allergens", "allergen information"), ("Wedding Cakes", "/cakes/wedding", "wedding cakes")],
        "headline": ["Sourdough baked before sunrise", "Real bread, no shortcuts"],
        "tagline": ["Open every day from 7am on Larch Street.", "Organic flour, long fermentation, and a lot of patience."],
        "button": ["Order for pickup", "See today's bakes"],
        "names": ["Crumb & Crust Bakehouse", "Larch Street Bakery"],
        "external": [("Instagram", "https://instagram.com/crumbandcrust"), ("Order online", "https://order.crumbandcrust.co")],
        "api": ["/api/todays-bakes", "/api/preorder", "/api/opening-hours"],
    },
    {
        "brand": "Stillwater Yoga", "domain": "stillwateryoga",
        "pages": [("/classes", "classes", "/class-types", "Classes"), ("/teachers", "teachers", "/instructors", "Teachers"),
                  ("/timetable", "timetable", "/schedule", "Timetable"), ("/retreats", "retreats", "/getaways", "Retreats"),
                  ("/retreats/portugal", "Portugal retreat", "/retreats/algarve", "Portugal Retreat"),
                  ("/first-visit", "first visit", "/new-here", "First Visit")],
        "new": [("Teacher Training", None, "our teacher training course"), ("Prenatal Yoga", None, "prenatal classes"),
                ("Gift Vouchers", "/vouchers", "gift vouchers"), ("Online Classes", "/classes/online", "the streamed classes")],
        "headline": ["Breathe in. Slow down.", "Yoga for every body"],
        "tagline": ["Small classes in a calm, light-filled studio by the canal.", "Your first class is on us."],
        "button": ["Book a class", "View the timetable"],
        "names": ["Stillwater Yoga Studio", "Stillwater Movement"],
        "external": [("Book on Mindbody", "https://clients.mindbodyonline.com/stillwater"), ("YouTube", "https://youtube.com/@stillwateryoga")],
        "api": ["/api/classes/today", "/api/waitlist", "/api/studio-status"],
    },
    {
        "brand": "Quillstack", "domain": "quillstack",
        "pages": [("/docs", "docs", "/documentation", "Docs"), ("/docs/install", "install docs", "/docs/installation", "Install"),
                  ("/docs/cli-reference", "CLI reference", "/docs/cli", "CLI"), ("/changelog", "changelog", "/releases", "Changelog"),
                  ("/pricing", "pricing", "/plans", "Pricing"), ("/blog", "blog", "/news", "Blog")],
        "new": [("Security", None, "our security practices"), ("Status", None, "service status"),
                ("Migration Guide", "/docs/migrate", "moving from v1 to v2"), ("Integrations", "/integrations", "the integrations list")],
        "headline": ["Ship docs as fast as you ship code", "Write once, publish everywhere"],
        "tagline": ["Quillstack turns your markdown into a searchable docs site in seconds.", "Free for open source projects."],
        "button": ["Start free trial", "Read the docs"],
        "names": ["Quillstack Docs", "Quillstack Cloud"],
        "external": [("GitHub", "https://github.com/quillstack/quillstack"), ("Discord", "https://discord.gg/quillstack")],
        "api": ["/api/version", "/api/feedback", "/api/v1/status"],
    },
    {
        "brand": "Dripfix Plumbing", "domain": "dripfix",
        "pages": [("/services", "services", "/what-we-do", "Services"),
                  ("/emergency-callout", "emergency callout", "/emergencies", "Emergencies"),
                  ("/areas-covered", "areas covered", "/service-area", "Areas"), ("/reviews", "reviews", "/testimonials", "Reviews"),
                  ("/quote", "quote", "/get-a-quote", "Get a Quote")],
        "new": [("Boiler Servicing", None, "boiler servicing"), ("Bathroom Fitting", None, "bathroom installs"),
                ("Careers", "/jobs", "jobs with us"), ("Drain Unblocking", "/services/drains", "drain work")],
        "headline": ["Leaks fixed today, not next week", "Local plumbers you can actually reach"],
        "tagline": ["24/7 callouts across the north side, no call-out fee before 8pm.", "Fixed prices, tidy work, 12-month guarantee."],
        "button": ["Call us now", "Get a free quote"],
        "names": ["Dripfix Plumbing & Heating", "Dripfix Ltd"],
        "external": [("Checkatrade", "https://www.checkatrade.com/trades/dripfix"), ("Facebook", "https://facebook.com/dripfixplumbing")],
        "api": ["/api/callout", "/api/availability", "/api/quote-request"],
    },
    {
        "brand": "Hollis Lane Photography", "domain": "hollislane",
        "pages": [("/portfolio", "portfolio", "/work", "Portfolio"),
                  ("/portfolio/weddings", "weddings portfolio", "/portfolio/wedding-stories", "Weddings"),
                  ("/portfolio/portraits", "portraits portfolio", "/portfolio/headshots", "Portraits"),
                  ("/booking", "booking", "/book", "Booking"), ("/prints", "prints", "/print-shop", "Prints")],
        "new": [("Mini Sessions", None, "short family sessions"), ("Pricing Guide", None, "package prices"),
                ("Elopements", "/portfolio/elopements", "elopement photos"), ("Client Login", "/clients", "client galleries")],
        "headline": ["Quiet, honest wedding photography", "Photos that feel like you"],
        "tagline": ["Based in Bristol, travelling anywhere you'll have me.", "Now booking 2026 weddings."],
        "button": ["Check my availability", "See full galleries"],
        "names": ["Hollis Lane Studio", "Hollis Lane Weddings"],
        "external": [("Instagram", "https://instagram.com/hollislane.photo"), ("Pinterest", "https://pinterest.com/hollislanephoto")],
        "api": ["/api/enquiry", "/api/dates/available", "/api/gallery-count"],
    },
    {
        "brand": "Spoke & Chain", "domain": "spokeandchain",
        "pages": [("/repairs", "repairs", "/workshop", "Repairs"), ("/bike-fitting", "bike fitting", "/fitting", "Bike Fitting"),
                  ("/rentals", "rentals", "/hire", "Rentals"), ("/opening-hours", "opening hours", "/hours", "Hours"),
                  ("/group-rides", "group rides", "/rides", "Group Rides")],
        "new": [("E-Bike Servicing", None, "e-bike servicing"), ("Used Bikes", None, "second-hand bikes for sale"),
                ("Kids Bikes", "/rentals/kids", "kids bike hire"), ("Route Maps", "/routes", "local ride routes")],
        "headline": ["Same-day repairs for commuters", "Keep rolling"],
        "tagline": ["Drop your bike off before 9 and ride home after work.", "Independent bike shop since 2009."],
        "button": ["Book a service", "Hire a bike"],
        "names": ["Spoke & Chain Cycles", "Spoke and Chain Bike Shop"],
        "external": [("Strava club", "https://www.strava.com/clubs/spokeandchain"), ("Shop", "https://shop.spokeandchain.cc")],
        "api": ["/api/repair-status", "/api/rentals/available", "/api/ride-signup"],
    },
    {
        "brand": "Marrow & Finch Solicitors", "domain": "marrowfinch",
        "pages": [("/practice-areas", "practice areas", "/expertise", "Practice Areas"),
                  ("/practice-areas/family-law", "family law", "/practice-areas/family", "Family Law"),
                  ("/practice-areas/immigration", "immigration", "/practice-areas/visas", "Immigration"),
                  ("/our-team", "Our Team", "/people", "Our Team"), ("/consultation", "consultation", "/free-consultation", "Consultation")],
        "new": [("Legal Aid", None, "legal aid eligibility"), ("Client Guides", None, "plain-English guides"),
                ("Employment Law", "/practice-areas/employment", "employment law"), ("Complaints", "/complaints-procedure", "our complaints procedure")],
        "headline": ["Clear legal advice, fixed fees", "On your side from the first call"],
        "tagline": ["Family and immigration specialists in Leeds for over 30 years.", "A free 20-minute consultation for new clients."],
        "button": ["Book a consultation", "Speak to a solicitor"],
        "names": ["Marrow & Finch LLP", "Marrow Finch Legal"],
        "external": [("SRA listing", "https://www.sra.org.uk/consumers/register/organisation/?sraNumber=612345"), ("LinkedIn", "https://www.linkedin.com/company/marrow-finch")],
        "api": ["/api/callback-request", "/api/office-hours", "/api/consultations/slots"],
    },
    {
        "brand": "The Velvet Moths", "domain": "velvetmoths",
        "pages": [("/tour", "tour", "/tour-dates", "Tour"), ("/merch", "merch", "/store", "Merch"),
                  ("/press-kit", "press kit", "/press", "Press Kit"), ("/discography", "discography", "/music", "Music"),
                  ("/mailing-list", "mailing list", "/newsletter", "Mailing List")],
        "new": [("Lyrics", None, "song lyrics"), ("Videos", None, "music videos"),
                ("Booking", "/booking-info", "booking the band"), ("Tour Diary", "/tour/diary", "notes from the road")],
        "headline": ["New album out Friday", "The Velvet Moths, live this autumn"],
        "tagline": ["Twelve songs recorded live in a church hall in Cork.", "Tickets for the winter tour are on sale now."],
        "button": ["Get tickets", "Listen now"],
        "names": ["Velvet Moths Official", "The Velvet Moths Band"],
        "external": [("Bandcamp", "https://velvetmoths.bandcamp.com"), ("Spotify", "https://open.spotify.com/artist/4xVmOths2b")],
        "api": ["/api/tour/next-show", "/api/newsletter/join", "/api/merch/stock"],
    },
    {
        "brand": "Brightside Dental", "domain": "brightsidedental",
        "pages": [("/treatments", "treatments", "/services", "Treatments"), ("/new-patients", "new patients", "/register", "New Patients"),
                  ("/fees", "fees", "/price-list", "Fees"), ("/emergency-dentist", "emergency dentist", "/urgent-care", "Emergencies"),
                  ("/treatments/implants", "implants", "/treatments/dental-implants", "Implants")],
        "new": [("Invisalign", None, "clear aligners"), ("Nervous Patients", None, "help for anxious patients"),
                ("Teeth Whitening", "/treatments/whitening", "whitening"), ("Payment Plans", "/finance", "spreading the cost")],
        "headline": ["Gentle dentistry for the whole family", "Smile more, worry less"],
        "tagline": ["Accepting new NHS and private patients this month.", "Evening appointments until 8pm, Monday to Thursday."],
        "button": ["Book an appointment", "Register as a patient"],
        "names": ["Brightside Dental Care", "Brightside Family Dentistry"],
        "external": [("Book online", "https://brightside.dentr.net"), ("Google reviews", "https://g.page/brightside-dental/review")],
        "api": ["/api/appointments/next-free", "/api/register-interest", "/api/clinic/open"],
    },
    {
        "brand": "Foundry Desk", "domain": "foundrydesk",
        "pages": [("/memberships", "memberships", "/plans", "Memberships"), ("/meeting-rooms", "meeting rooms", "/rooms", "Meeting Rooms"),
                  ("/events", "events", "/whats-on", "Events"), ("/community", "community", "/members", "Community"),
                  ("/day-pass", "day pass", "/drop-in", "Day Pass")],
        "new": [("Virtual Office", None, "mail handling and a business address"), ("Podcast Studio", None, "the podcast booth"),
                ("House Rules", "/community/rules", "the house rules"), ("Parking", "/getting-here", "parking and transport")],
        "headline": ["Desks, coffee and good company", "Work near home, not at home"],
        "tagline": ["Hot desks from 15 a day, fibre internet and proper chairs.", "Open 24/7 for members."],
        "button": ["Book a tour", "Grab a day pass"],
        "names": ["Foundry Desk Coworking", "The Foundry Workspace"],
        "external": [("Member portal", "https://foundrydesk.officernd.com"), ("Meetup", "https://www.meetup.com/foundry-desk")],
        "api": ["/api/desks/free", "/api/tour-request", "/api/wifi-status"],
    },
    {
        "brand": "Lingo Harbour", "domain": "lingoharbour",
        "pages": [("/courses", "courses", "/programmes", "Courses"), ("/courses/spanish", "Spanish course", "/courses/espanol", "Spanish"),
                  ("/courses/japanese", "Japanese course", "/courses/nihongo", "Japanese"),
                  ("/placement-test", "placement test", "/level-check", "Placement Test"), ("/homestay", "homestay", "/accommodation", "Homestay")],
        "new": [("Business English", None, "business English classes"), ("Exam Preparation", None, "exam prep"),
                ("Italian Course", "/courses/italian", "the new Italian course"), ("Student Visa Help", "/visas", "visa support")],
        "headline": ["Speak with confidence in 12 weeks", "Learn a language by the sea"],
        "tagline": ["Small groups of six, native-speaking teachers, real conversations.", "New courses start every Monday."],
        "button": ["Take the free test", "Find your course"],
        "names": ["Lingo Harbour Language School", "Lingo Harbour Academy"],
        "external": [("Student portal", "https://portal.lingoharbour.school"), ("WhatsApp", "https://wa.me/441632960123")],
        "api": ["/api/placement/score", "/api/course-dates", "/api/enrol"],
    },
    {
        "brand": "Riverbend Community Trust", "domain": "riverbendtrust",
        "pages": [("/volunteer", "volunteer", "/get-involved", "Volunteer"), ("/donate", "donate", "/give", "Donate"),
                  ("/annual-report", "annual report", "/impact-report", "Annual Report"),
                  ("/programs/youth-mentoring", "youth mentoring", "/programs/mentoring", "Youth Mentoring"),
                  ("/partners", "partners", "/supporters", "Partners")],
        "new": [("Food Bank", None, "the food bank"), ("Trustees", None, "our board of trustees"),
                ("Summer Camp", "/programs/summer-camp", "the summer camp"), ("Fundraise For Us", "/fundraise", "fundraising ideas")],
        "headline": ["Neighbours helping neighbours", "Every pound stays in Riverbend"],
        "tagline": ["Last year 340 volunteers gave over 9,000 hours to local families.", "A registered charity, number 1187654."],
        "button": ["Donate today", "Become a volunteer"],
        "names": ["Riverbend Trust", "Riverbend Community Foundation"],
        "external": [("JustGiving", "https://www.justgiving.com/riverbendtrust"), ("Volunteer form", "https://forms.gle/rvbVol2025")],
        "api": ["/api/donations/total", "/api/volunteer-signup", "/api/events/upcoming"],
    },
    {
        "brand": "Fernhollow Garden Centre", "domain": "fernhollow",
        "pages": [("/plants", "plants", "/plant-shop", "Plants"), ("/landscaping", "landscaping", "/garden-design", "Landscaping"),
                  ("/workshops", "workshops", "/courses", "Workshops"), ("/cafe", "cafe", "/tea-room", "Cafe"),
                  ("/delivery", "delivery", "/local-delivery", "Delivery")],
        "new": [("Christmas Trees", None, "christmas trees"), ("Plant Doctor", None, "the plant clinic"),
                ("Houseplants", "/plants/indoor", "indoor plants"), ("Loyalty Card", "/loyalty", "the loyalty scheme")],
        "headline": ["Grow something wonderful", "Spring bulbs have landed"],
        "tagline": ["Family-run nursery with a cafe, a play barn and free parking.", "Free local delivery on orders over 40 pounds."],
        "button": ["Shop plants", "Book a workshop"],
        "names": ["Fernhollow Nursery", "Fernhollow Garden & Cafe"],
        "external": [("Facebook", "https://facebook.com/fernhollowgardens"), ("Gift cards", "https://fernhollow.giftpro.co.uk")],
        "api": ["/api/stock/roses", "/api/delivery-slots", "/api/workshop-booking"],
    },
]

HOME_REFS = ["the home page", "the homepage", "the front page", "the main page", "the landing page", "my home page",
             "the index page", "the home page (/)", "our homepage", "the start page"]

KIND_PHRASES = {
    "hero": ["a hero section", "a hero banner", "a big hero block"],
    "features": ["a features section", "a features grid", "a section listing our features"],
    "pricing": ["a pricing section", "a pricing table", "a section with price tiers"],
    "testimonials": ["a testimonials section", "some customer testimonials", "a testimonials block"],
    "faq": ["an FAQ section", "a FAQ", "a frequently asked questions section", "a questions-and-answers (FAQ) section"],
    "contact": ["a contact section", "a contact form", "a contact form section"],
    "image_text": ["an image-and-text section", "a picture with some text next to it", "an image + text block"],
    "cta": ["a call-to-action section", "a CTA block", "a call to action banner"],
    "text": ["a plain text section", "a simple text block", "a section of plain text"],
}
KIND_NAMES = {  # used after "the ...", before "section"
    "hero": ["hero", "hero banner"], "features": ["features", "features grid"],
    "pricing": ["pricing", "pricing table"], "testimonials": ["testimonials", "customer testimonials"],
    "faq": ["FAQ", "frequently asked questions"], "contact": ["contact form", "contact"],
    "image_text": ["image and text", "image-with-text"], "cta": ["call-to-action", "CTA"],
    "text": ["plain text", "text block"],
}
HEADINGS = {
    "hero": ["Welcome in", "Made by hand, close to home"],
    "features": ["Why people choose us", "What's included", "Everything you need"],
    "pricing": ["Simple, honest prices", "Plans and prices", "What it costs"],
    "testimonials": ["Kind words", "Don't take our word for it", "What our clients say"],
    "faq": ["Good to know", "Questions we hear a lot", "Before you book"],
    "contact": ["Say hello", "Drop us a line", "Talk to a human"],
    "image_text": ["How it started", "Behind the scenes", "Meet the people"],
    "cta": ["Ready when you are", "Come and see us", "Start today"],
    "text": ["A note from the owner", "The small print", "Our promise"],
}

SECTION_SEP = ["", " please", "!", " thanks", ", cheers"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s and s[0].isalpha() else s


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _page_ref(rng: random.Random, page: tuple[str, str, str, str]) -> str:
    route, name = page[0], page[1]
    style = rng.randrange(5)
    if style == 0:
        return f"the {name} page"
    if style == 1:
        return route
    if style == 2:
        return f"the {name} page ({route})"
    if style == 3:
        return f"the {route} page"
    return f"the {name} page"


def _routes(rng: random.Random, prof: dict[str, Any], must: list[str], avoid: tuple[str, ...] = ()) -> list[str]:
    """'/' first, then the pages the request needs, filled up from the profile to 3-7 pages in all."""
    total = rng.randint(3, 7)
    others = [p[0] for p in prof["pages"] if p[0] not in must and p[0] not in avoid]
    rng.shuffle(others)
    body = [r for r in must if r != "/"]
    while len(body) + 1 < total and others:
        body.append(others.pop())
    order = {p[0]: i for i, p in enumerate(prof["pages"])}
    body.sort(key=lambda r: order.get(r, 99))
    return ["/"] + body


def _case(request: str, routes: list[str], expected: dict[str, Any], error: str | None = None) -> Case:
    return Case(request=request, routes=routes, expected=expected, error=error, tags=TAGS)


# --------------------------------------------------------------------------- add_page

def _add_page(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    title, path, desc = rng.choice(prof["new"])
    style = i % 6
    kinds: list[str] = []
    if style in (2, 5):
        kinds = rng.sample(list(KIND_PHRASES), rng.choice([1, 1, 2]))
    kp = " and ".join(rng.choice(KIND_PHRASES[k]) for k in kinds)
    expected: dict[str, Any] = {"op": "add_page"}
    if style == 0:  # title only, stated exactly
        req = rng.choice([
            f'Add a page called "{title}".',
            f"create a new page titled '{title}'",
            f"new page: {title}",
            f'Could you make a page named "{title}" for {desc}?',
            f"I'd like a new page on the site for {desc}. Call it \"{title}\".",
            f'pls add a page "{title}"',
        ])
        expected.update(route="/" + slug(title), title=title)
    elif style == 1:  # explicit path, no title
        p = path or "/" + slug(title)
        req = rng.choice([
            f"add a page at {p} about {desc}",
            f"We need a new page at {p} where we can explain {desc}.",
            f"make a new page under {p}",
            f"can you set up a page at the address {p}? it's for {desc}",
            f"new page {p} ({desc})",
        ])
        expected.update(route=p)
    elif style == 2:  # title + sections, no path
        req = rng.choice([
            f'add a page "{title}" with {kp}',
            f"Create {_a(title)} '{title}' page - it should have {kp}.",
            f'New page titled "{title}", containing {kp}, please.',
            f"i need a page called '{title}' with {kp} on it",
        ])
        expected.update(route="/" + slug(title), title=title, sections=kinds)
    elif style == 3:  # title + explicit path
        p = path or "/" + slug(title)
        req = rng.choice([
            f'Add a page titled "{title}" at {p}.',
            f"create {p} with the title '{title}'",
            f'I want a new page at {p}; the title should be "{title}".',
            f'page for {desc} please: path {p}, title "{title}"',
        ])
        expected.update(route=p, title=title)
    elif style == 4:  # plain name, no quotes: only the route is certain
        word = title
        req = rng.choice([
            f"we need {_a(word)} {word} page",
            f"Add {_a(word)} {word} page to the site, we get asked about {desc} all the time.",
            f"can u add {_a(word)} {word.lower()} page",
            f"Please create {_a(word)} {word} page.",
        ])
        expected.update(route="/" + slug(word))
    else:  # explicit path + sections
        p = path or "/" + slug(title)
        req = rng.choice([
            f"add a new page at {p} with {kp}",
            f"Could you build a page at {p} for {desc}? Put {kp} on it.",
            f"new page {p}: {kp}",
        ])
        expected.update(route=p, sections=kinds)
    return _case(req, _routes(rng, prof, [], avoid=(expected["route"],)), expected)


# --------------------------------------------------------------------------- add_section / remove_section

def _target_page(rng: random.Random, prof: dict[str, Any], i: int) -> tuple[str, str]:
    """(route, how the request refers to it); every third case is the home page."""
    if i % 3 == 0:
        return "/", rng.choice(HOME_REFS)
    page = rng.choice(prof["pages"])
    return page[0], _page_ref(rng, page)


def _add_section(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    route, ref = _target_page(rng, prof, i)
    kind = rng.choice(list(KIND_PHRASES))
    k = rng.choice(KIND_PHRASES[kind])
    expected: dict[str, Any] = {"op": "add_section", "route": route, "kind": kind}
    if i % 2 == 0:
        h = rng.choice(HEADINGS[kind])
        expected["heading"] = h
        req = rng.choice([
            f'add {k} to {ref} with the heading "{h}"',
            f'Put {k} on {ref}, titled "{h}".',
            f'On {ref}, add {k} called "{h}".',
            f'{_cap(ref)} should get {k}; heading it "{h}" please',
            f"could we have {k} on {ref}? heading: {h}",
            f'I\'d like to add {k} to {ref}. Use "{h}" as its heading.',
        ])
    else:
        req = rng.choice([
            f"add {k} to {ref}",
            f"Could you put {k} on {ref}? Customers keep asking.",
            f"{_cap(ref)} needs {k}.",
            f"pls add {k} at the bottom of {ref}",
            f"I'd like {k} on {ref}, somewhere below the intro.",
            f"can we get {k} on {ref}",
            f"Insert {k} into {ref}{rng.choice(SECTION_SEP)}",
            f"hey, {ref} looks a bit empty - add {k}?",
        ])
    return _case(req, _routes(rng, prof, [route]), expected)


def _remove_section(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    route, ref = _target_page(rng, prof, i)
    kind = rng.choice(list(KIND_NAMES))
    kn = rng.choice(KIND_NAMES[kind])
    expected = {"op": "remove_section", "route": route, "kind": kind}
    req = rng.choice([
        f"remove the {kn} section from {ref}",
        f"get rid of the {kn} section on {ref}",
        f"{_cap(ref)}: delete the {kn} section, it's outdated",
        f"Could you take the {kn} section off {ref}? We don't need it anymore.",
        f"drop the {kn} section from {ref}{rng.choice(SECTION_SEP)}",
        f"i dont want the {kn} section on {ref} any more",
        f"Why is there a {kn} section on {ref}? Please remove it.",
        f"Please delete the {kn} section on {ref} - we are redoing that content next month.",
        f"remvoe {kn} section from {ref}",
    ])
    return _case(req, _routes(rng, prof, [route]), expected)


# --------------------------------------------------------------------------- set_text

def _set_text(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    target = ["title", "subtitle", "button", "heading", "site_name", "title", "heading", "button", "subtitle",
              "site_name"][i % 10]
    if target == "site_name":
        t = rng.choice(prof["names"])
        req = rng.choice([
            f'rename the site to "{t}"',
            f"Our business name changed to {t} - please update the site name.",
            f"change the site name to '{t}'",
            f'The website should be called "{t}" from now on.',
            f"can the name of the site be {t} instead?",
            f"site name -> {t}",
        ])
        return _case(req, _routes(rng, prof, []), {"op": "set_text", "route": "/", "target": "site_name", "text": t})
    route, ref = _target_page(rng, prof, i)
    expected: dict[str, Any] = {"op": "set_text", "route": route, "target": target}
    if target == "title":
        t = rng.choice(prof["headline"])
        req = rng.choice([
            f'change the headline on {ref} to "{t}"',
            f'The big title at the top of {ref} should read "{t}".',
            f'make the title of {ref} say "{t}"',
            f'new headline for {ref}: "{t}"',
            f'Can you update the main title on {ref}? I want it to say "{t}" instead.',
        ])
    elif target == "subtitle":
        t = rng.choice(prof["tagline"])
        req = rng.choice([
            f'change the subtitle on {ref} to "{t}"',
            f'the line under the headline on {ref} should say "{t}"',
            f'update the tagline on {ref}: "{t}"',
            f'Could you replace the subtitle under the main title of {ref} with "{t}"?',
            f'subtitle of {ref} -> "{t}"',
        ])
    elif target == "button":
        t = rng.choice(prof["button"])
        req = rng.choice([
            f'change the button on {ref} to say "{t}"',
            f'relabel the main button on {ref} as "{t}"',
            f'The button text on {ref} should be "{t}" - the current wording confuses people.',
            f'button label on {ref}: "{t}"',
            f'can the button on {ref} read "{t}"?',
        ])
    else:
        kind = rng.choice([k for k in KIND_NAMES if k != "hero"])
        kn = rng.choice(KIND_NAMES[kind])
        t = rng.choice(HEADINGS[kind]) if rng.random() < 0.8 else rng.choice(HEADINGS["text"] + HEADINGS["cta"])
        expected["section"] = kind
        req = rng.choice([
            f'change the heading of the {kn} section on {ref} to "{t}"',
            f'rename the {kn} section heading on {ref} to "{t}"',
            f'On {ref}, the {kn} section\'s heading should be "{t}".',
            f'{ref} - {kn} section heading: "{t}"',
            f'Could the {kn} section on {ref} be headed "{t}" instead of what it says now?',
        ])
    expected["text"] = t
    return _case(_cap(req) if rng.random() < 0.5 else req, _routes(rng, prof, [route]), expected)


# --------------------------------------------------------------------------- set_theme

FIELD_WORDS = {
    "primary": ["primary colour", "primary color", "main colour", "brand colour", "main brand color"],
    "accent": ["accent colour", "accent color", "accent"],
    "background": ["background", "background colour", "page background", "background color"],
    "foreground": ["text colour", "text color", "body text colour", "foreground colour"],
}
FONT_WORDS = {
    "serif": ["a serif font", "serif", "a classic serif typeface"],
    "mono": ["a monospace font", "mono", "a typewriter-style monospace font"],
    "rounded": ["a rounded font", "rounded", "a soft rounded typeface"],
    "sans": ["a clean sans-serif font", "sans-serif", "a plain sans serif font"],
}
FONT_BARE = {"serif": ["serif", "a serif one"], "mono": ["monospace", "mono"], "rounded": ["rounded", "something rounded"],
             "sans": ["sans-serif", "sans"]}
COLORS_BY_FIELD = {
    "primary": ["red", "orange", "green", "teal", "blue", "navy", "purple", "pink", "brown", "gold",
                "#0f766e", "#9b2226", "#3a5a40", "#5b21b6", "#E76F51"],
    "accent": ["yellow", "gold", "orange", "pink", "teal", "red", "green", "#f4a261", "#84cc16", "#FFB703"],
    "background": ["white", "black", "gray", "navy", "#fdf6ec", "#f5f5f4", "#0b1020", "#FAF3E0", "#eef6f2"],
    "foreground": ["black", "white", "navy", "brown", "gray", "#1b1b1b", "#2d3142", "#f8f8f2"],
}


def _set_theme(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    routes = _routes(rng, prof, [])
    two = i % 3 == 0
    expected: dict[str, Any] = {"op": "set_theme"}
    if not two:
        field = ["primary", "accent", "background", "foreground", "font", "primary", "background"][i % 7]
        if field == "font":
            font = rng.choice(list(FONT_WORDS))
            fw = rng.choice(FONT_WORDS[font])
            fb = rng.choice(FONT_BARE[font])
            req = rng.choice([
                f"use {fw} across the site",
                f"Switch the whole site to {fw}, please.",
                f"can we change the font to {fb}?",
                f"font: {fb}",
                f"I think the lettering looks off. Could the site use {fw} instead?",
            ])
            expected["font"] = font
        else:
            c = rng.choice(COLORS_BY_FIELD[field])
            fw = rng.choice(FIELD_WORDS[field])
            req = rng.choice([
                f"make the {fw} {c}",
                f"change the {fw} to {c}",
                f"Can the {fw} be {c}?",
                f"switch the site's {fw} to {c} please, it matches our logo",
                f"{fw}: {c}",
                f"Please set the {fw} of the website to {c}.",
                f"i want the {fw} to be {c}",
            ])
            expected[field] = c
        return _case(_cap(req) if rng.random() < 0.3 else req, routes, expected)
    pair = [("background", "foreground"), ("primary", "font"), ("primary", "accent"), ("background", "font"),
            ("accent", "foreground"), ("background", "foreground")][(i // 3) % 6]
    f1, f2 = pair
    c1 = rng.choice(COLORS_BY_FIELD[f1])
    w1 = rng.choice(FIELD_WORDS[f1])
    if f2 == "font":
        font = rng.choice(list(FONT_WORDS))
        fw = rng.choice(FONT_WORDS[font])
        fb = rng.choice(FONT_BARE[font])
        req = rng.choice([
            f"change the {w1} to {c1} and use {fw}",
            f"Could you make the {w1} {c1}, and switch the font to {fb}?",
            f"{w1} {c1}, font {fb}",
            f"new look please: {fw} and a {c1} {w1}",
        ])
        expected.update({f1: c1, "font": font})
    else:
        c2 = rng.choice([c for c in COLORS_BY_FIELD[f2] if c != c1])
        w2 = rng.choice(FIELD_WORDS[f2])
        req = rng.choice([
            f"make the {w1} {c1} and the {w2} {c2}",
            f"{w1} {c1}, {w2} {c2}",
            f"I'd like the {w1} to be {c1} with the {w2} set to {c2}.",
            f"Can we go for a {c1} {w1} and {c2} for the {w2}? Going for more contrast.",
            f"set {w1} = {c1} and {w2} = {c2}",
        ])
        expected.update({f1: c1, f2: c2})
    return _case(_cap(req) if rng.random() < 0.3 else req, routes, expected)


# --------------------------------------------------------------------------- add_nav_link

def _add_nav_link(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    if i % 2 == 0:  # internal link to an existing page
        page = rng.choice(prof["pages"])
        href, label = page[0], page[3]
        req = rng.choice([
            f'add a link to {href} in the nav called "{label}"',
            f"put '{label}' in the menu, pointing at {href}",
            f"Could you add a navigation link labelled \"{label}\" that goes to {href}?",
            f"nav: {label} -> {href}",
            f'The header menu is missing the {page[1]} page. Add it as "{label}" linking to {href}.',
            f"add nav item '{label}' for {href} pls",
        ])
        routes = _routes(rng, prof, [href])
    else:
        label, href = rng.choice(prof["external"])
        req = rng.choice([
            f'add "{label}" to the nav bar linking to {href}',
            f"put a link in the menu to {href}, label it {label}",
            f"I want a menu item '{label}' that opens {href}",
            f'Can you add an external link to the navigation? Text: "{label}", URL: {href}',
            f"nav link {label}: {href}",
            f'Please add {href} to the top menu as "{label}" so visitors can find us there.',
        ])
        routes = _routes(rng, prof, [])
    return _case(req, routes, {"op": "add_nav_link", "label": label, "href": href})


# --------------------------------------------------------------------------- remove_page / rename_page

def _remove_page(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    page = rng.choice(prof["pages"])
    route, name = page[0], page[1]
    req = rng.choice([
        f"delete {_page_ref(rng, page)}",
        f"remove {route}",
        f"We no longer need the {name} page, please take it down.",
        f"Please remove the {name} page from the site entirely.",
        f"get rid of {route} - it's out of date",
        f"can you delete the page at {route}?",
        f"kill the {name} page",
        f"the {name} page ({route}) has to go, remove it",
        f"Remove the page {route}; nobody visits it.",
    ])
    return _case(req, _routes(rng, prof, [route]), {"op": "remove_page", "route": route})


def _rename_page(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    page = rng.choice(prof["pages"])
    route, name, new = page[0], page[1], page[2]
    req = rng.choice([
        f"move {_page_ref(rng, page)} to {new}",
        f"change the URL of the {name} page to {new}",
        f"rename the path {route} to {new}",
        f"I'd like {route} to live at {new} instead",
        f"Can the {name} page's address be {new}? It's easier to remember.",
        f"{route} -> {new} please (url change)",
        f"Please change the address of {route} to {new}, our printed flyers use that.",
        f"rename route {route} to {new}",
    ])
    return _case(req, _routes(rng, prof, [route], avoid=(new,)),
                 {"op": "rename_page", "route": route, "new_route": new})


# --------------------------------------------------------------------------- add_api_route

# Each API route: (whether it takes POST, bodies it could plausibly return).
API_ROUTES: dict[str, tuple[bool, list[dict[str, Any]]]] = {
    "/api/todays-bakes": (False, [{"loaves_left": 12, "croissants": True}, {"special": "rye", "sold_out": False}]),
    "/api/preorder": (True, [{"ok": True}, {"received": True, "pickup": "08:00"}]),
    "/api/opening-hours": (False, [{"open": True, "closes": "18:00"}, {"opens": "07:00", "closes": "16:30", "sunday": False}]),
    "/api/classes/today": (False, [{"classes": 5, "next": "vinyasa"}, {"count": 4}]),
    "/api/waitlist": (True, [{"joined": True, "position": 3}, {"ok": True}]),
    "/api/studio-status": (False, [{"open": True}, {"status": "open", "heated": True}]),
    "/api/version": (False, [{"version": "2.4.1"}, {"version": 3, "beta": False}]),
    "/api/feedback": (True, [{"ok": True}, {"thanks": True, "ticket": 0}]),
    "/api/v1/status": (False, [{"status": "up", "uptime": 99.9}, {"status": "ok"}]),
    "/api/callout": (True, [{"received": True, "eta_minutes": 45}, {"ok": True}]),
    "/api/availability": (False, [{"available": True, "next_slot": "tomorrow"}, {"slots": 2}]),
    "/api/quote-request": (True, [{"message": "thanks, we will call you back"}, {"ok": True, "reply_within_hours": 24}]),
    "/api/enquiry": (True, [{"sent": True}, {"ok": True, "reply_within_hours": 48}]),
    "/api/dates/available": (False, [{"dates_left": 7, "year": 2026}, {"available": True}]),
    "/api/gallery-count": (False, [{"galleries": 42}, {"count": 42, "private": 3}]),
    "/api/repair-status": (False, [{"status": "waiting for parts"}, {"ready": False, "days": 2}]),
    "/api/rentals/available": (False, [{"bikes": 6}, {"available": 4, "ebikes": 1}]),
    "/api/ride-signup": (True, [{"signed_up": True}, {"ok": True, "spots_left": 9}]),
    "/api/callback-request": (True, [{"ok": True}, {"queued": True, "within": "1 working day"}]),
    "/api/office-hours": (False, [{"open": "09:00", "close": "17:30"}, {"open_now": True}]),
    "/api/consultations/slots": (False, [{"free_slots": 3}, {"count": 0, "waitlist": True}]),
    "/api/tour/next-show": (False, [{"city": "Galway", "sold_out": False, "price": 15}, {"next": "friday"}]),
    "/api/newsletter/join": (True, [{"subscribed": True}, {"ok": True, "double_opt_in": True}]),
    "/api/merch/stock": (False, [{"shirts": 40, "vinyl": 0}, {"in_stock": True}]),
    "/api/appointments/next-free": (False, [{"next": "tuesday 9:15"}, {"date": "2025-03-04", "nhs": True}]),
    "/api/register-interest": (True, [{"registered": True}, {"ok": True, "position": 12}]),
    "/api/clinic/open": (False, [{"open": False}, {"open": True, "emergency_line": True}]),
    "/api/desks/free": (False, [{"free": 14}, {"desks": 14, "rooms": 2}]),
    "/api/tour-request": (True, [{"booked": True}, {"ok": True}]),
    "/api/wifi-status": (False, [{"up": True, "mbps": 900}, {"status": "ok"}]),
    "/api/placement/score": (True, [{"level": "B1"}, {"level": "A2", "score": 61, "passed": True}]),
    "/api/course-dates": (False, [{"next_start": "monday"}, {"weeks": 12, "places": 6}]),
    "/api/enrol": (True, [{"enrolled": True}, {"ok": True, "deposit": 50}]),
    "/api/donations/total": (False, [{"total": 18250}, {"raised": 18250, "goal": 25000}]),
    "/api/volunteer-signup": (True, [{"thanks": True}, {"ok": True, "induction": "saturday"}]),
    "/api/events/upcoming": (False, [{"count": 3}, {"next": "litter pick", "free": True}]),
    "/api/stock/roses": (False, [{"in_stock": True, "varieties": 8}, {"available": 4}]),
    "/api/delivery-slots": (False, [{"slots": 5}, {"next": "thursday", "free_over": 40}]),
    "/api/workshop-booking": (True, [{"booked": True}, {"ok": True, "seats_left": 2}]),
    "/api/health": (False, [{"status": "ok"}, {"ok": True}]),
    "/api/ping": (False, [{"pong": True}, {"alive": True}]),
}


def _body_text(rng: random.Random, body: dict[str, Any]) -> str:
    if rng.random() < 0.6:
        return json.dumps(body)
    parts = []
    for k, v in body.items():
        if isinstance(v, bool):
            parts.append(f"{k} set to {'true' if v else 'false'}")
        elif isinstance(v, (int, float)):
            parts.append(f"{k} set to {v}")
        else:
            parts.append(f'{k} set to "{v}"')
    return "a JSON object with " + " and ".join(parts) if len(parts) > 1 else "JSON with " + parts[0]


def _add_api_route(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    route = rng.choice(prof["api"]) if rng.random() < 0.85 else rng.choice(["/api/health", "/api/ping"])
    post, bodies = API_ROUTES[route]
    with_body = i % 4 != 3
    expected: dict[str, Any] = {"op": "add_api_route", "route": route}
    if post:
        expected["method"] = "POST"
    if with_body:
        body = rng.choice(bodies)
        bt = _body_text(rng, body)
        expected["json"] = body
        if post:
            req = rng.choice([
                f"I need a POST endpoint {route} that responds with {bt}",
                f"add a POST api route at {route} returning {bt}",
                f"Could you create {route} accepting POST requests? It should reply with {bt}.",
                f"post route {route} -> {bt}",
                f"our app will POST to {route}; make that endpoint and have it answer {bt}",
            ])
        else:
            req = rng.choice([
                f"add an API route at {route} that returns {bt}",
                f"make an endpoint at {route} returning {bt}",
                f"Could you set up {route} so our app can check it? It should return {bt}.",
                f"api: {route} returns {bt}",
                f"i need a GET endpoint {route} which gives back {bt}",
            ])
    else:
        if post:
            req = rng.choice([
                f"add a POST endpoint at {route}",
                f"Our form needs somewhere to send data: please create a POST API route at {route}.",
                f"new POST route {route}",
            ])
        else:
            req = rng.choice([
                f"create an api route {route}",
                f"Please add an API endpoint at {route}, we'll fill in the logic later.",
                f"can you stub out {route} for me",
            ])
    return _case(req, _routes(rng, prof, []), expected)


# --------------------------------------------------------------------------- repair

PAGE_ERRORS = [
    "{p}:{l}:{c}: Unexpected token. Did you mean `{{'}}'}}` or `&rbrace;`?",
    "{p}:{l}:{c}: Expected '</', got 'div'",
    "{p}:{l}:{c}: Type error: Cannot find name 'Secton'.",
    "{p}:{l}:{c}: Unterminated string constant.",
    "{p}:{l}:{c}: Expected ',', got 'className'",
    "{p}:{l}:{c}: Type error: Property 'heading' does not exist on type '{{ title: string; }}'.",
    "{p}:{l}:{c}: Unexpected eof",
    "{p}:{l}:{c}: Module not found: Can't resolve '@/components/Heroo'",
]
CSS_ERRORS = [
    "app/theme.css:{l}:{c}: CssSyntaxError: Unknown word",
    "app/theme.css:{l}:{c}: CssSyntaxError: Unclosed block",
    "app/theme.css:{l}:{c}: CssSyntaxError: Missed semicolon",
]
SITE_TS_ERRORS = [
    "lib/site.ts:{l}:{c}: Type error: Type 'number' is not assignable to type 'string'.",
    "lib/site.ts:{l}:{c}: Expected '}}', got '<eof>'",
    "lib/site.ts:{l}:{c}: Unexpected keyword 'export'",
    "lib/site.ts:{l}:{c}: Type error: ',' expected.",
]


def _repair(rng: random.Random, i: int) -> Case:
    prof = rng.choice(PROFILES)
    kind = ["home", "page", "page", "css", "home", "page", "site", "page", "page"][i % 9]
    l, c = rng.randint(2, 60), rng.randint(1, 30)
    page_name = ""
    if kind in ("home", "page"):
        if kind == "home":
            route, path = "/", "app/page.tsx"
        else:
            page = rng.choice(prof["pages"])
            route, path, page_name = page[0], f"app{page[0]}/page.tsx", page[1]
        err = rng.choice(PAGE_ERRORS).format(p=path, l=l, c=c)
        routes = _routes(rng, prof, [route])
    elif kind == "css":
        path, err = "app/theme.css", rng.choice(CSS_ERRORS).format(l=l, c=c)
        routes = _routes(rng, prof, [])
    else:
        path, err = "lib/site.ts", rng.choice(SITE_TS_ERRORS).format(l=l, c=c)
        routes = _routes(rng, prof, [])
    generic = [
        "fix it",
        "the preview is broken, can you fix it?",
        "Something broke after I edited a file by hand. Please repair it.",
        "it wont compile anymore",
        "preview shows an error :( help",
        "broken again. fix pls",
        "Could you repair the file that's causing the build error?",
        "The site stopped working - I think I messed up a file. Can you sort it out?",
        "error in the preview, please fix",
        "why is it red? make it work again",
        "repair the broken file",
        "the build is failing, fix the file",
        "Fix the error please.",
        "hmm the preview just shows a compile error now. can you fix that",
        "I was poking around in the code and now nothing renders. Sorry! Can you put it right?",
        "compile error, pls repair",
        "Can you fix whatever is broken? The preview has been red since this morning.",
        "the site is down in preview, fix",
        "it says there's a syntax error. fix it for me?",
        "Please regenerate the broken file so the site builds again.",
    ]
    specific = []
    if kind == "home":
        specific = ["the home page is broken, fix it", "My homepage won't load anymore - can you repair it?",
                    "front page crashed after my edit, fix please"]
    elif kind == "page":
        specific = [f"the {page_name} page is broken, fix it", f"{route} won't load, please repair it",
                    f"I edited the {page_name} page by hand and now it errors. Can you fix it?"]
    elif kind == "css":
        specific = ["I tweaked the theme css and now the preview fails. fix?", "the styles file is broken, repair it"]
    req = rng.choice(generic + specific * 2)
    return _case(req, routes, {"op": "repair", "path": path}, error=err)


# --------------------------------------------------------------------------- assembly

MAKERS = [
    ("add_page", _add_page), ("add_section", _add_section), ("remove_section", _remove_section),
    ("set_text", _set_text), ("set_theme", _set_theme), ("add_nav_link", _add_nav_link),
    ("remove_page", _remove_page), ("rename_page", _rename_page), ("add_api_route", _add_api_route),
    ("repair", _repair),
]


def generate() -> list[Case]:
    rng = random.Random(SEED)
    cases: list[Case] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    seen_req: dict[str, int] = {}
    for _name, make in MAKERS:
        made, tries = 0, 0
        while made < PER_OP:
            tries += 1
            if tries > PER_OP * 200:
                raise RuntimeError(f"could not make {PER_OP} distinct {_name} cases")
            case = make(rng, made)
            key = (case.request, tuple(case.routes))
            # Distinct requests within the set, not just distinct (request, routes) pairs, except
            # for the short generic repair requests (at most twice each), whose error lines differ.
            if key in seen or (case.request in seen_req and (_name != "repair" or seen_req[case.request] >= 2)):
                continue
            seen.add(key)
            seen_req[case.request] = seen_req.get(case.request, 0) + 1
            cases.append(case)
            made += 1
    assert len(set((c.request, tuple(c.routes)) for c in cases)) == len(cases)
    return cases


if __name__ == "__main__":
    import collections

    cs = generate()
    counts = collections.Counter(str(c.expected["op"]) for c in cs)
    for op, n in counts.items():
        print(f"{op:15} {n}")
    print("total", len(cs))
