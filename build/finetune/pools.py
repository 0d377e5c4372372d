"""Word pools for the fine-tuning data generator (``datagen.py``).

Names, texts and phrasings written for the training data only: the evals in
``bench/plans`` and the benchmark's session files have their own, and
``tests/unit/finetune`` checks that none of these names or texts appear in a
session file.
"""

from __future__ import annotations

from app.scaffold.plan import NAMED_COLORS

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
    ("legal", "Legal", "text"), ("jobs", "Jobs", "text"), ("tours", "Tours", "image_text"),
    ("lessons", "Lessons", "pricing"), ("community", "Community", "text"), ("awards", "Awards", "text"),
    ("kitchen", "Kitchen", "image_text"), ("garage", "Garage", "text"), ("photos", "Photos", "image_text"),
]
# Parents of nested pages (/docs/setup, /services/cleaning ...).
PARENTS = ["docs", "services", "blog", "shop", "events", "help", "work", "guides", "locations", "courses"]
WORDS = ["summer", "camp", "kids", "garden", "studio", "coffee", "yoga", "wedding", "travel", "music", "art",
         "local", "farm", "market", "open", "source", "design", "code", "club", "tours", "repair", "dental",
         "health", "pets", "books", "film", "night", "lab", "craft", "fresh", "green", "city", "river", "lunch",
         "setup", "install", "billing", "returns", "cleaning", "hiking", "pottery", "surf", "bikes", "winter",
         "spring", "students", "seniors", "family", "group", "gift", "cards", "policy", "terms", "partners"]
NAMES = ["Rosa's Oven", "Blue Fern", "Northwind", "Inkpot Cloud", "Bayside Smiles", "Pixel & Pine", "Tiny Forge",
         "Maple Street Cafe", "Atlas Tours", "Bright Path", "Lumen Labs", "Oak and Iron", "Sunny Side Yoga",
         "Copper Kettle", "Wild Thyme", "Nimbus", "Good Dog Grooming", "Stellar Events", "Red Barn Farm",
         "Cobalt Studio", "Little Owl Books", "Iron Gym", "Velvet Room", "Greenleaf", "Moonlight Jazz Club",
         "Driftwood Surf School", "Pepper & Salt", "Quarry Climbing", "Saltmarsh Kayaks", "Brassworks",
         "Kestrel Analytics", "Willow Vets", "Sprocket Cycles"]
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
              "launch", "faster", "learn", "piano", "online", "vintage", "records", "good", "food", "small", "batch",
              "hills", "harbour", "walks", "dogs", "cats", "baked", "roasted", "slow", "wild", "kind", "mountain"]
KIND_WORDS = {
    "hero": ["hero", "hero section", "big banner", "hero banner", "banner at the top", "header banner",
             "intro banner", "top banner"],
    "features": ["features", "features section", "feature grid", "list of features", "what we offer section",
                 "features block", "feature cards", "highlights section"],
    "pricing": ["pricing table", "prices", "pricing section", "price list", "pricing plans", "plans and prices",
                "pricing tiers", "price table"],
    "testimonials": ["testimonials", "customer reviews", "reviews section", "quotes from customers",
                     "testimonial section", "what clients say", "client testimonials", "review quotes"],
    "faq": ["FAQ", "faq section", "frequently asked questions", "questions and answers", "Q&A section", "faqs",
            "FAQ block", "common questions"],
    "contact": ["contact form", "contact section", "way to get in touch", "email form", "contact block",
                "message form", "enquiry form", "get-in-touch form"],
    "image_text": ["image with text", "picture with some text", "photo and text section", "image section",
                   "picture and caption", "image_text section", "photo next to text", "image and copy block"],
    "cta": ["call to action", "CTA", "cta section", "signup banner", "call-to-action block", "sign-up call to action",
            "call-to-action banner", "CTA strip"],
    "text": ["text section", "paragraph", "block of text", "text block", "plain text section", "short text",
             "paragraph section", "bit of text"],
}
COLOR_WORDS: dict[str, list[str]] = {c: [c] for c in NAMED_COLORS}
COLOR_WORDS.update({"gray": ["gray", "grey"], "purple": ["purple", "violet"], "navy": ["navy", "navy blue"],
                    "teal": ["teal", "turquoise"], "gold": ["gold", "golden"]})
FONT_WORDS = {"serif": ["serif", "classic serif", "Georgia-style", "bookish serif"],
              "mono": ["monospace", "mono", "code-style", "typewriter"],
              "rounded": ["rounded", "friendly rounded", "soft rounded", "round"],
              "sans": ["sans-serif", "sans", "clean sans", "plain sans serif"]}
# How each theme field is asked for on its own ({c} a colour word, {f} a font word).
THEME_PARTS = {
    "primary": ["make the primary colour {c}", "a {c} primary color", "{c} as the main colour", "primary {c}",
                "use {c} for the brand colour", "set the primary to {c}", "main color {c}", "a {c} theme"],
    "accent": ["make the accent colour {c}", "{c} accents", "accent colour {c}", "a {c} highlight colour",
               "set the accent to {c}", "use {c} for the accents", "secondary colour {c}"],
    "background": ["a {c} background", "make the background {c}", "background colour {c}", "{c} page background",
                   "set the background to {c}", "use {c} behind everything", "bg {c}"],
    "foreground": ["{c} text", "make the text {c}", "text colour {c}", "set the foreground to {c}",
                   "font colour {c}", "use {c} for the body text", "foreground {c}", "{c} lettering"],
    "font": ["a {f} font", "switch the font to {f}", "{f} typeface", "use a {f} type", "font: {f}",
             "set the typeface to {f}", "{f} lettering"],
}
THEME_JOINERS = [" and ", ", ", " with ", " plus ", "; ", ", and also "]
ERROR_TAILS = ["Expected '</', got ')'", "Unexpected token", "Expression expected", "Unterminated string constant",
               "Identifier expected", "Unexpected eof", "JSX element 'div' has no corresponding closing tag",
               "',' expected", "Cannot find name 'Hero'", "Unterminated regexp literal"]
CSS_TAILS = ["Unclosed block", "Unknown word", "CssSyntaxError: Missed semicolon", "Unexpected }"]
REPAIR_REQUESTS = [
    "fix it", "fix the error", "the preview is broken, fix it", "repair that file", "it does not compile, please fix",
    "something broke, can you fix it", "the page is blank now", "there is an error in the preview", "undo the breakage",
    "it won't build anymore", "help, it crashed", "make it compile again", "the site shows an error",
    "why is it red? please fix", "sort out the build error", "repair the page", "put it right please",
    "the build failed", "error again, fix please", "it's broken", "my edit broke the page, repair it",
    "clean up the error", "the css is broken", "the styles are broken, fix them", "can you make it work again?",
]
PREFIXES = ["", "", "", "", "please ", "can you ", "could you ", "I'd like to ", "hey, ", "now ", "ok, ", "let's ",
            "quick one: ", "I think we should ", "when you get a chance, "]
# Who the site is for, as in "call the studio Nimbus".
BUSINESS = ["company", "studio", "clinic", "cafe", "agency", "gym", "band", "school", "salon", "firm", "charity",
            "brewery", "project", "app", "startup", "team", "club", "store"]
API_NAMES = ["status", "health", "version", "hours", "echo", "ping", "menu", "stats", "time", "info", "subscribe",
             "items", "weather", "config", "orders", "signup", "feedback", "newsletter", "rsvp", "quotes",
             "inventory", "metrics", "search", "reviews", "leads", "bookings", "waitlist", "score", "prices"]
API_KEYS = ["ok", "status", "version", "message", "count", "total", "visitors", "orders", "rating", "price",
            "stock", "online", "ready", "members", "open", "temperature", "latency", "score", "name", "city",
            "limit", "remaining", "queue", "build", "region", "active"]
HOSTS = ["example.com", "shop.example.com", "uptime.example.io", "github.com/acme", "instagram.com/bakery",
         "tickets.example.org", "news.example.net", "www.linkedin.com/company/acme", "www.youtube.com/@RiverBand",
         "discord.gg/Brassworks", "store.example.co.uk/Spring-Sale", "saltandclay.bandcamp.com/album/First-Light",
         "calendly.com/kestrel/intro", "docs.example.dev/v2/Quickstart", "medium.com/@OakAndIron"]
