"""Word pools for the content, opening-prompt and decline samples (``contentgen.py``).

Written for the training data only: the user-written session sets in ``bench/usersets``
and the evals have their own names and content (a test checks no name here is in them).
"""

from __future__ import annotations

# (what the site is, the section kinds such a site's home page gets)
SITE_KINDS = [
    ("bakery", ["features", "list", "contact"]), ("coffee shop", ["features", "list", "testimonials"]),
    ("bike repair shop", ["features", "pricing", "contact"]), ("dentist", ["features", "team", "contact"]),
    ("yoga studio", ["list", "pricing", "testimonials"]), ("law firm", ["features", "team", "contact"]),
    ("photography studio", ["image_text", "testimonials", "contact"]), ("pottery studio", ["list", "features"]),
    ("SaaS tool", ["features", "pricing", "faq", "cta"]), ("mobile app", ["features", "testimonials", "cta"]),
    ("restaurant", ["list", "testimonials", "contact"]), ("food truck", ["list", "features"]),
    ("hair salon", ["list", "team", "contact"]), ("personal trainer", ["features", "pricing", "testimonials"]),
    ("wedding planner", ["image_text", "testimonials", "contact"]), ("bookshop", ["features", "list"]),
    ("climbing gym", ["pricing", "list", "faq"]), ("vet clinic", ["features", "team", "faq"]),
    ("architecture practice", ["image_text", "team", "contact"]), ("charity", ["image_text", "cta", "faq"]),
    ("music school", ["list", "team", "pricing"]), ("brewery", ["list", "features", "contact"]),
    ("cleaning company", ["features", "pricing", "testimonials"]), ("escape room", ["pricing", "faq"]),
    ("florist", ["features", "contact"]), ("carpenter", ["image_text", "testimonials", "contact"]),
    ("design agency", ["features", "testimonials", "contact"]), ("language school", ["list", "pricing", "faq"]),
    ("dog walker", ["pricing", "testimonials", "contact"]), ("podcast", ["features", "cta"]),
    ("jazz band", ["list", "image_text", "contact"]), ("open source library", ["features", "faq", "cta"]),
    ("chess club", ["list", "faq"]), ("community garden", ["image_text", "list", "cta"]),
    ("tattoo studio", ["team", "image_text", "contact"]), ("accountant", ["features", "pricing", "contact"]),
    ("freelance developer", ["features", "testimonials", "contact"]), ("illustrator", ["image_text", "contact"]),
    ("school class", ["list", "text"]), ("conference", ["list", "team", "pricing"]),
    ("hotel", ["image_text", "features", "contact"]), ("barber", ["list", "pricing"]),
    ("physiotherapy clinic", ["features", "team", "faq"]), ("ice cream parlour", ["list", "features"]),
]
SITE_NAMES = [
    "Fernhill Dental", "Copperleaf", "Bramble & Rye", "Quill Works", "Sable Studio",
    "Midnight Diner", "Orchard Lane Vets", "Pebble Beach Surf", "Ironbark Fitness", "Maple & Moss",
    "Foxglove Florist", "Larkspur Law", "Cinder Coffee", "Brightwell Cleaning", "Nova Ledger", "Paperplane",
    "Seabird Cycles", "Ember & Ash", "Greywolf Climbing", "Hollow Tree Books", "Juniper Yoga", "Kiln House",
    "Lantern Theatre", "Marigold Catering", "Nettle & Bloom", "Otter Swim School", "Plum Street Bakery",
    "Rook Chess Club", "Saffron Kitchen", "Thimble & Thread", "Umbra Design", "Vesper Jazz Trio", "Wren Studio",
    "Yarrow Wellness", "Zephyr Analytics", "Amberline", "Birchwood Carpentry", "Clover Cleaners",
    "Driftline Podcast", "Elm Street Barbers", "Frostbite Ice Cream", "Gala Events", "Hopscotch Nursery",
    "Indigo Tattoo", "Jigsaw Escape Rooms", "Kindle Physio", "Lumina Hotel", "Mosaic Language School",
    "Anneliese Vork Design", "Teodoro Batista", "Yevgenia Sorokina Photography", "Sam Whitaker Builds", "Dr. Lena Fischer",
    "Café Olé", "Señor Taco", "Björn's Bikes", "Ana's Arepas", "The Green Fork", "Zoë Clarke Illustration",
]
PLACES = ["Bristol", "Austin", "Dublin", "Melbourne", "Toronto", "Brighton", "Denver", "Lisbon", "Cork", "Oslo",
          "the Cotswolds", "downtown Seattle", "Cape Town", "Edinburgh", "Halifax", "Wellington", "Porto",
          "north London", "Brooklyn", "the Peak District", "Galway", "Santa Fe", "Hobart", "Aberdeen", "Nantes"]
DESCRIBERS = ["family-run", "small", "independent", "friendly", "award-winning", "neighbourhood", "new",
              "two-person", "volunteer-run", "cosy", "modern", "boutique", "local"]

# Content, by the kind of section it goes in. Each entry: (title, text).
PRICED = [("Sourdough loaf", "£4.50"), ("Croissant", "£2.20"), ("Flat white", "$4"), ("Oat latte", "$5.25"),
          ("Margherita", "€9"), ("Fish tacos", "$12"), ("Full service", "£60"), ("Brake tune-up", "$35"),
          ("Kids cut", "£12"), ("Beard trim", "£10"), ("Deep clean", "$140"), ("Drop-in class", "$18"),
          ("10-class pass", "$150"), ("Gift card", "£25"), ("Cinnamon bun", "£3"), ("Chai", "$3.50"),
          ("Veggie burger", "$11"), ("House red", "€6 a glass"), ("Puncture repair", "£8"), ("Eye test", "£25"),
          ("Half-day walk", "$20"), ("Tasting flight", "$14"), ("Scone with jam", "£3.75"), ("Gelato cup", "€3.50")]
PLAIN_ITEMS = ["Free delivery", "Gluten-free options", "Same-day repairs", "Weekend workshops", "Private lessons",
               "Dog friendly", "Vegan menu", "Open late", "Student discount", "Parking on site", "Wheelchair access",
               "Two-year warranty", "Live music", "Kids' corner", "Outdoor seating", "Custom orders"]
FEATURE_TEXTS = ["Sync across all your devices", "Set up in five minutes", "No credit card needed",
                 "Works offline", "Backed by a 30-day guarantee", "Local ingredients only", "Booked online in seconds"]
HOURS = [("Monday to Friday", "8am to 6pm"), ("Mon-Fri", "7:30-17:00"), ("Saturday", "9am to 1pm"),
         ("Sat", "10-4"), ("Sunday", "closed"), ("Sun", "11am-3pm"), ("Weekdays", "9 to 5"),
         ("Tuesday to Saturday", "10am to 7pm"), ("Thursday", "late opening until 9pm"), ("Bank holidays", "closed")]
CLASSES = [("Monday 6pm", "Beginners"), ("Wednesday 7:30pm", "Vinyasa flow"), ("Saturday 10am", "Family swim"),
           ("Tuesday 5pm", "Junior climbing"), ("Friday 12:15", "Lunchtime HIIT"), ("Sunday 9am", "Long run club"),
           ("Thursday 6:30pm", "Wheel throwing"), ("Monday and Wednesday 4pm", "Piano for kids")]
EVENTS = [("12 March", "Spring open day"), ("June 21", "Midsummer concert"), ("Sat 4 May", "Plant swap"),
          ("October 3rd", "Annual general meeting"), ("14 Feb", "Valentine's supper club"),
          ("Nov 30", "Winter market"), ("1 September", "Term starts"), ("July 8-10", "Summer camp")]
PEOPLE = [("Wilhelmina Dorsey", "Head baker"), ("Tobiah Quist", "Founder"), ("Ines Valderrama", "Lead designer"),
          ("Dr. Oluwaseun Adeyemi", "Dentist"), ("Jonas Brekke", "Mechanic"), ("Marguerite Ilves", "Yoga teacher"),
          ("Ravindra Kulkarni", "Accountant"), ("Lucinda Farrow", "Head chef"), ("Bartholomew Achterberg", "Coach"),
          ("Hyun-woo Baek", "Operations manager"), ("Odhran Keady", "Drummer"), ("Zainab Oyelaran", "Volunteer lead"),
          ("Perpetua Lindqvist", "Receptionist"), ("Casimir Nowicki", "Guitar"), ("Eulalie Marchetti", "Vocals")]
QUOTES = [("Jess M.", "Best flat white in the city"), ("Daniel R.", "They fixed my bike in an hour"),
          ("Priya S.", "Our wedding photos are perfect"), ("Mark T.", "Saved us hours every week"),
          ("Olivia", "The kids love it here"), ("Chris and Sam", "Friendly, fast and fair"),
          ("Laura B.", "I finally enjoy going to the dentist"), ("Ahmed K.", "Great value, great people")]
QUESTIONS = [("Is parking available?", "Free parking behind the building"),
             ("Can I get my money back?", "Yes, within 30 days"), ("How do I book?", "Call us or use the form"),
             ("Are you open on holidays?", "Only on Boxing Day"), ("Is there a free trial?", "14 days, no card")]
# Left out since run 10: "Do you cater for allergies?", "Do you deliver?", "Can I bring my dog?" and the name
# "Tidewater", which the blind sets u8, u9 and u11 wrote independently (run 10's training saw them all).
PLANS = [("Starter", "$0"), ("Basic", "$5/month"), ("Pro", "$19/mo"), ("Team", "$49/month"), ("Free", "free"),
         ("Plus", "£8 per month"), ("Business", "$99/mo"), ("Solo", "€12/month"), ("Studio", "$29/mo"),
         ("Monthly", "£45"), ("Annual", "£450"), ("Drop-in", "$20")]
CONTACT = [("Address", "22 Mill Lane, Bath BA1 2QT"), ("Phone", "01632 960 555"), ("Email", "hi@example.com"),
           ("Address", "400 Pine St, Denver CO"), ("Phone", "(555) 010-2233"), ("Email", "bookings@example.org"),
           ("Instagram", "@greenforkcafe"), ("WhatsApp", "+44 7700 900123")]

# Requests a site-building plan cannot express. Each is said in several ways.
OUT_OF_SCOPE = [
    "make the header sticky", "keep the navigation fixed at the top when I scroll", "add a login page with accounts",
    "let customers sign up and log in", "take payments with Stripe", "add a checkout so people can pay online",
    "add a shopping cart", "add a live chat widget", "send me an email when someone fills in the form",
    "email a newsletter to subscribers", "add a booking calendar that shows my real availability",
    "let people book appointments online", "add a night mode switch",
    "embed a google map of our address", "show a map with our location", "connect it to a database",
    "save the form submissions to a spreadsheet", "deploy the site", "publish it to my domain",
    "put it on the internet", "add google analytics", "track visitors", "upload our logo",
    "add a photo of the shop", "put my headshot on the about page", "add a video background",
    "embed our youtube video", "add a search bar", "let visitors leave comments", "translate the site into Spanish",
    "add a language switcher", "add a slideshow of photos", "add a carousel", "make the cards fade in on scroll",
    "animate the logo", "add a popup for the newsletter", "add a cookie banner", "password protect the members page",
    "show our instagram feed", "pull in our google reviews", "add a countdown timer to launch day",
    "add a music player", "let members download the pdf", "add a blog with a CMS so I can write posts",
    "connect my mailchimp", "add a captcha to the form", "make the site load faster on phones",
    "set up https", "add a favicon", "add a hamburger menu animation", "integrate with shopify",
    "show live stock levels", "add an admin dashboard", "let users upload files", "add a forum",
    "sync with google calendar", "add push notifications", "make it a mobile app", "add a chatbot",
    "add parallax scrolling", "add a weather widget", "show the current time in Tokyo",
]
DECLINE_FRAMES = ["{x}", "{x}", "can you {x}?", "I want you to {x}", "please {x}", "{x} please", "also {x}",
                  "next, {x}", "is it possible to {x}?", "we need to {x}", "{x}, thanks", "now {x}",
                  "could you {x} for me", "one more thing: {x}"]
