"""Content typed for one page, read whole from the request (``pageblock``): where it goes, what
it becomes (items, texts), and the requests that are not such content."""

from __future__ import annotations

import json

import pytest

from app.scaffold import pageblock
from app.scaffold.coverage import typed_content
from app.scaffold.plan import AddItems, AddPage, AddSection, Plan
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import Page, Site, norm_words


def _site(*routes: str) -> Site:
    pages = [Page(route=r, title="Home" if r == "/" else r.strip("/").replace("-", " ").title()) for r in ("/", *routes)]
    return Site(name="Tuttle Creek Pecans", pages=pages)


def _shown(plan: Plan) -> str:
    out = []
    for op in plan.ops:
        if isinstance(op, AddItems):
            out += [f"{e.title} {e.text}" for e in op.items] + [op.heading]
        elif isinstance(op, AddSection):
            out.append(op.text)
        elif isinstance(op, AddPage):
            out.append(op.title)
    return " ".join(out)


@pytest.mark.parametrize(("request_text", "routes", "route", "new"), [
    ("Products: Shelled halves 1 lb $14. Shelled halves 5 lb $62. In-shell Desirables 3 lb $18.", ("/products",),
     "/products", False),
    ("Shipping: We ship Nov through March only. Flat rate $9 per order, free over $75.", (), "/shipping", True),
    ("For the ponies page: Pickle - 29 inches, loves peppermints. Waffles - the shy one, dapple grey.", (), "/ponies",
     True),
    ("add a prices page. Door cards pair £260. Mohair hood fitted from £890.", (), "/prices", True),
    ("Prices: Door cards pair £260. Mohair hood fitted from £890.", (), "/", False),  # no Prices page: home
    ("Our tours: Beginner Foray (3 hrs) $65, Full-Day Foray with lunch $140.", (), None, False),  # "our": not a page
    ("Add to home page: Current waiting list 6 weeks.", (), "/", False),
    ("Please add opening hours on top page: 15:00 - 24:00, last entry 23:30, closed Wednesday.", (), "/", False),  # home
    ("add notice: Hari Raya orders send fabric before 1 March", (), "/", False),  # a note for no page in particular
    ("page called Term Dates\nTerm 1: 28 Jan - 11 Apr\nTerm 2: 28 Apr - 4 Jul", (), "/term-dates", True),  # a name is one line
    ("about page, abt me: Im Chioma, a childrens nurse for 12 years at the Royal Hospital.", (), "/about", True),
    ("Team: Dennis Thorne, Ellie Thorne (NPTC hedgelaying champion 2023), Kit Marlow. Put on an About page.", (),
     "/about", True),
    ("Create a Commissions page with these starting prices: house sign in Welsh slate from £220; headstone from "
     "£1,850.", (), "/commissions", True),
    ("Please add a page titled 'Process' describing the work: cleaning of the gores, retouching in watercolour.", (),
     "/process", True),
    # the content right after "with", and "now" after "could you"
    ("add page Contact with adress 14 rue Mercière, 69002 Lyon and telephone 04 78 42 19 63", (), "/contact", True),
    ("Add the address of the workshop in Our Family page: Calle Benito Juárez 14, Oaxaca. Open Monday to Saturday 9:00 "
     "to 17:00.", ("/our-family",), "/our-family", False),  # "Our" is the page's name, not whose
    ("Thank you, that looks lovely. Could you now add a page called 'Rehearsals' which says that we rehearse every "
     "Tuesday from 7.30pm to 9.15pm in St Lawrence Church Hall.", (), "/rehearsals", True),
])
def test_the_content_goes_on_the_page_the_request_names(request_text: str, routes: tuple[str, ...],
                                                        route: str | None, new: bool) -> None:
    plan = pageblock.read(request_text, _site(*routes))
    if route is None:
        assert plan is None
        return
    assert plan is not None
    assert {op.route for op in plan.ops if isinstance(op, (AddItems, AddSection))} == {route}
    assert any(isinstance(op, AddPage) and op.route == route for op in plan.ops) == new
    for piece in typed_content(request_text):
        assert piece in _shown(plan)  # nothing typed is left out


def test_sentences_that_are_one_entry_each_are_a_list_and_the_rest_a_text_in_order() -> None:
    plan = pageblock.read("Services: Basic tune-up $65. Timing adjustment $90. Serger service $110. Vintage Singer "
                          "restoration, quote on request.", _site("/services"))
    assert plan is not None
    items, text = plan.ops
    assert isinstance(items, AddItems) and isinstance(text, AddSection)
    assert [(e.title, e.text) for e in items.items] == [("Basic tune-up", "$65"), ("Timing adjustment", "$90"),
                                                        ("Serger service", "$110")]
    assert text.text == "Vintage Singer restoration, quote on request."


@pytest.mark.parametrize(("request_text", "titles"), [
    ("rules page: 1. never pick a lock you don't own. 2. never pick a lock that's in use. 3. be nice to beginners.",
     ["never pick a lock you don't own", "never pick a lock that's in use", "be nice to beginners"]),
    ("meetings: dec 10 - intro to single pin picking, dec 24 - no meeting (holidays), jan 14 - security pins night",
     ["dec 10", "dec 24", "jan 14"]),
    ("Add FAQ page. Q: Do I need my own stones? A: No, the rink provides them. Q: Is it slippy? A: Yes, a bit.",
     ["Do I need my own stones?", "Is it slippy?"]),
])
def test_numbered_steps_dated_parts_and_questions_are_items(request_text: str, titles: list[str]) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None
    items = [op for op in plan.ops if isinstance(op, AddItems)]
    assert len(items) == 1 and [e.title for e in items[0].items] == titles


@pytest.mark.parametrize("request_text", [
    "Contact: 4410 FM 2987, Goliad TX 77963. (361) 555-0148. Farm stand open Fri-Sun 9-5 in season.",  # an address
    "Add an Events page. Listening night: Blue Note Classics, Thursday 4 December, 7pm, free.",  # one event's parts
    "About: I'm Ji-woo Park. I learned from my grandmother in Jeonju and have been teaching in Leeds since 2021.",
])
def test_prose_addresses_and_one_event_are_one_text_whole(request_text: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None
    texts = [op for op in plan.ops if isinstance(op, AddSection)]
    assert len(texts) == 1 and not any(isinstance(op, AddItems) for op in plan.ops)
    assert norm_words(texts[0].text) in norm_words(request_text)


@pytest.mark.parametrize("request_text", [
    "Footer: Open April to October, 10am to 4pm",
    "Change the title to: Fresh bread",
    "I should mention: we are closed on Mondays.",
    "headline on home: we drill, you fish.",
    "Remove the pricing page - prices will be on request only.",
    "menu: \"Docs\" -> /docs/getting-started",
    "Add a new page. Title: \"Volunteer With Us\". URL: /get-involved.",
    "could you add a page - name it 'Puppy Training'",
    "Add a page called Version 3.1 Release Notes",
    "my workshops page: drop the call-to-action banner",
    "Contact page: a booking calendar where people pick a slot",
    "prices page: the Pro plan is still missing",
])
def test_requests_that_are_not_content_for_a_page_are_not_read(request_text: str) -> None:
    assert pageblock.read(request_text, _site("/workshops")) is None


def test_the_block_stands_in_for_the_model_plan() -> None:
    model = Plan.model_validate({"ops": [{"op": "set_theme", "primary": "yellow", "font": "rounded"}]})
    fitted = fit_plan(model, "For the ponies page: Pickle - 29 inches, loves peppermints. Waffles - the shy one.",
                      _site("/ponies"))
    assert [op.op for op in fitted.ops] == ["add_items"]


@pytest.mark.parametrize(("request_text", "route", "text"), [
    ("ok no worries. instead put a line on the shop page saying to order email hello@ledgebackfarm.com or find us at "
     "the craftsbury farmers market saturdays 10-1", "/shop",
     "To order email hello@ledgebackfarm.com or find us at the craftsbury farmers market saturdays 10-1"),
    ("Gotcha. Then add a line under the classes that says 'Call Rusty at (806) 555-0147 to hold your spot.'",
     "/classes", "Call Rusty at (806) 555-0147 to hold your spot."),
    ("Add Wholesale to the nav going to a new Wholesale page: stores and restaurants call for bulk pricing, 25 lb "
     "minimum.", "/wholesale", "Stores and restaurants call for bulk pricing, 25 lb minimum."),
])
def test_a_line_for_a_page_after_a_short_aside_is_that_page_s_text(request_text: str, route: str, text: str) -> None:
    plan = pageblock.read(request_text, _site("/shop", "/classes"))
    assert plan is not None
    assert [(op.route, op.text) for op in plan.ops if isinstance(op, AddSection)] == [(route, text)]


def test_a_lead_that_holds_content_is_not_read() -> None:
    # "with Mon-Fri 8-5, Sat mornings by arrangment." would be the lead, and its hours lost
    assert pageblock.read("put a contact page with Mon-Fri 8-5, Sat mornings by arrangment. Unit 12 Cheetah Road Ind "
                          "Est, Coventry CV1 2HJ. 07700 914 552", _site()) is None


@pytest.mark.parametrize(("request_text", "route", "kinds"), [
    ("The show this year is Saturday 12th September at Dunmore Village Hall, doors open at 1pm, entry £3. Judging is in "
     "the morning. Could you put all that on the front page.", "/", ["add_section"]),
    ("membership page. adult £18/yr, junior £6/yr, family £30/yr. pay on the day at any event.", "/membership",
     ["add_page", "add_items", "add_section"]),
    ("Lastly could you add our record holders to the Classes page: Heaviest onion 8lb 4oz, grown by Alasdair Ropper in "
     "2019. Longest runner bean 31 inches, grown by Isla Fotheringham in 2022.", "/classes", ["add_section"]),
    ("Now our show classes, perhaps on their own page called Classes: Heaviest onion, Longest leek, Heaviest marrow, "
     "Longest runner bean.", "/classes", ["add_items"]),
    ("fine, just write it: Meet at Clatteringshaws Visitor Centre car park, 20 minutes before start. Put it on the "
     "tours page.", "/tours", ["add_page", "add_section"]),
])
def test_where_said_at_either_end_of_the_content(request_text: str, route: str, kinds: list[str]) -> None:
    plan = pageblock.read(request_text, _site("/classes"))
    assert plan is not None and [op.op for op in plan.ops] == kinds
    assert {getattr(op, "route", None) for op in plan.ops} == {route}
    assert "just write it" not in _shown(plan)


def test_an_address_split_at_its_commas_is_not_a_list() -> None:
    plan = pageblock.read("Rehearsals Tuesdays 7.30 to 9pm, Carmarthen Quins RFC clubhouse, Athletic Club Way. No "
                          "auditions. Put on a page called Rehearsals", _site())
    assert plan is not None and [op.op for op in plan.ops] == ["add_page", "add_section"]


def test_a_section_called_something_is_no_page() -> None:
    assert pageblock.read("Put a section on the home page called Meet the Crew: Rusty Delgado - founder; Tammy Ochoa - "
                          "coach.", _site()) is None


@pytest.mark.parametrize(("request_text", "route"), [
    ("Okay for Services can you list these: Basic strip and re-season $35, Full restoration with rust removal $60.",
     "/services"),
    ("Etiquette page, text: Step only on bare rock. Never pull an animal off a rock.", "/etiquette"),
    ("safety page should just say we follow the NAR safety code, and the RSO has final say on every flight", "/safety"),
    ("Please add a page called Arrangements, saying that we work alongside any funeral director.", "/arrangements"),
    ("For the Our Horses page: our horses are Ebony and Jet, and Moss, a Shire mare who pulls the Woodland Cart.",
     "/our-horses"),
])
def test_more_ways_of_saying_which_page(request_text: str, route: str) -> None:
    plan = pageblock.read(request_text, _site("/services"))
    assert plan is not None and {getattr(op, "route", None) for op in plan.ops} == {route}
    assert not any(w in _shown(plan).lower() for w in ("can you", "should just say", "saying that", "text:"))


def test_words_about_a_called_page_are_not_its_name() -> None:
    plan = pageblock.read("add a page called Meanings explaining the symbols: heart = love, keyhole = my house is "
                          "yours, horseshoe = good luck", _site())
    assert plan is not None and isinstance(plan.ops[0], AddPage) and plan.ops[0].route == "/meanings"


@pytest.mark.parametrize(("request_text", "route", "title", "text"), [
    ("Can you make a page called Ordering that explains you email me at ruth@example.co.uk with what you'd like",
     "/ordering", "Ordering", "You email me at ruth@example.co.uk with what you'd like"),
    ("add page Volunteer. work days every 2nd saturday 10am-4pm, depot on Quarry Lane. no experience needed",
     "/volunteer", "Volunteer", "Work days every 2nd saturday 10am-4pm, depot on Quarry Lane. no experience needed"),
    ("I show at Alnwick Fair and Glendale Show each summer. Could you put a page called Shows with those on. "
     "Bellingham is the last Saturday in August.", "/shows", "Shows",
     "I show at Alnwick Fair and Glendale Show each summer. Bellingham is the last Saturday in August."),
    ("ok fair. add a page Gigs with our two boats: Tregothnan built 1998, elm. Bucca built 2014, our fastest",
     "/gigs", "Gigs", "Tregothnan built 1998, elm. Bucca built 2014, our fastest"),
    ("Add a What to Bring page: just reading glasses and a thermos of coffee.", "/what-to-bring", "What to Bring",
     "Just reading glasses and a thermos of coffee."),
    ("could you add a page called Learn to Play. we run a 4 week beginners course, it costs $40",
     "/learn-to-play", "Learn to Play", "We run a 4 week beginners course, it costs $40"),
])
def test_a_new_page_named_anywhere_gets_the_rest_of_the_request(request_text: str, route: str, title: str,
                                                               text: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None and plan.ops[0] == AddPage(op="add_page", title=title, route=route)
    assert [op.text for op in plan.ops[1:] if isinstance(op, AddSection)] == [text]


@pytest.mark.parametrize("request_text", [
    "Add a page called Menu with our drinks and prices",  # what the page is for, not its content
    "add a FAQ page with 3 questions",
    "add a page called Shows and put it in the nav",
])
def test_words_about_a_new_page_alone_are_not_its_content(request_text: str) -> None:
    assert pageblock.read(request_text, _site()) is None


@pytest.mark.parametrize(("request_text", "text"), [
    ("Inscriptions are my favourite thing. Please add a bit that says: I can turn any name into a bobbin, "
     "up to 20 letters.", "I can turn any name into a bobbin, up to 20 letters."),
    ("Underneath put: Every stick is seasoned for at least a year.", "Every stick is seasoned for at least a year."),
    ("just put the adress then: 118 W Mendenhall St, Bozeman MT. Open Thurs-Sat 7am to noon",
     "118 W Mendenhall St, Bozeman MT. Open Thurs-Sat 7am to noon"),
    ("Membership is £12 a year. Meetings are on the first Thursday of each month at 7.30pm. Could this go on the "
     "home page please.", "Membership is £12 a year. Meetings are on the first Thursday of each month at 7.30pm."),
])
def test_a_line_for_no_page_in_particular_is_home_s(request_text: str, text: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None and plan.ops == [AddSection(op="add_section", route="/", kind="text", text=text)]


def test_a_one_word_sentence_before_a_list_is_its_heading() -> None:
    plan = pageblock.read("Committee. Chair - Dorothy Fenwick. Treasurer - Alan Scrase. Maps and publicity - "
                          "Priya Mottram. Put them on an About page.", _site())
    assert plan is not None and isinstance(plan.ops[1], AddItems)
    assert plan.ops[1].heading == "Committee" and plan.ops[1].kind == "team"  # "Maps" is an entry's word here
    assert [e.text for e in plan.ops[1].items] == ["Dorothy Fenwick", "Alan Scrase", "Priya Mottram"]


@pytest.mark.parametrize(("request_text", "heading"), [
    ("Last year results on home page. Supreme champion Seamus Gracey, Ford Dexta.", "Last year results"),
    ("Dates this year: Saturday 16 May to Monday 25 May 2026. Trail maps £3 from the Post Office.", "Dates this year"),
    ("The fridge is outside Lupe's Laundromat, 3417 Foothill Blvd. It's open 24/7.", ""),
    # a lower-case subject, and a feature's word that is one of the facts ("newsletter")
    ("Membership is £18 a year, £25 for a couple. Members get the newsletter Smokebox four times a year.", ""),
    ("training is thursdays 7.30-9.30pm and sundays 2-4pm. first session is free, then £4 a go", ""),
    # the part a bare name calls itself is not part of the heading
    ("Join Us bit: We rehearse every Tuesday and Thursday, 7pm till 9pm, in the vestry at Capel Soar.", "Join Us"),
])
def test_content_read_loosely_goes_home_under_its_name(request_text: str, heading: str) -> None:
    assert pageblock.read(request_text, _site()) is None  # not read before the model's plan
    plan = pageblock.read_loosely(request_text, _site())
    assert plan is not None and isinstance(plan.ops[0], (AddSection, AddItems))
    assert plan.ops[0].route == "/" and plan.ops[0].heading == heading


@pytest.mark.parametrize("request_text", [
    "we're 21+ only, can you add an age verification popup when people open the site",
    "the Puzzlewood Halloween foray is Sat 30 Oct now, not Sun 31 Oct",
    "our t-shirts are on sale for $25 each on the site",
    "mono gig is cancelled :( take it off",
    "Instead write this on 3 May: hello",
    "The prices are not correct, the Coptic one is 28€ and the journal is 42€",
    "our cakes are £3 each and people can order them online",
])
def test_asks_corrections_and_remarks_are_not_read_loosely(request_text: str) -> None:
    assert pageblock.read_loosely(request_text, _site()) is None


@pytest.mark.parametrize(("request_text", "route", "kinds"), [
    ("Training Tuesdays 8-9.30pm at Eastbourne Sports Complex. First 3 sessions free. On home page.", "/", ["text"]),
    ("Dispatch is Febuary to April only. Orders close 15th April. Put that on the home page so folk see it", "/",
     ["text"]),
    ("Dog walk dates: Sunday 8 February at Perry Wood, Sunday 8 March at Oare Marshes. Meet at 10.30am. "
     "Make a Walks page.", "/walks", ["text"]),
    ("Please add our volunteers on an About page: Carol Ashdown, kennel manager. Rajesh Bhatt, home checks. "
     "Lou Spiers, fundraising and the Facebook page.", "/about", ["team"]),
    ("can u put the class times on a classes page. Wednesday 6.30pm Beginners, Wednesday 7.45pm Improvers, "
     "Saturday 9am Puppy Sniffers", "/classes", ["text"]),
    ('Can you add a quote from one of our juniors on the home page: "I came for one session and now I play every '
     'week!" - Aisha, age 11', "/", ["testimonials"]),
    ("Pricing page. Custom sculpture from $450. Logo block (company logo frozen in clear ice) $225. Delivery free "
     "within 30 miles.", "/pricing", ["list", "text"]),  # "logo" in an entry is content
    ("Fair enough! Just add a Bookings page saying: Email the quaestor at bookings@legio.org.uk - six weeks' notice.",
     "/bookings", ["text"]),  # a page called Bookings is no booking feature
])
def test_more_ways_of_saying_where_content_goes(request_text: str, route: str, kinds: list[str]) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None
    assert [op.kind for op in plan.ops if isinstance(op, (AddItems, AddSection))] == kinds
    assert all(op.route == route for op in plan.ops if isinstance(op, (AddItems, AddSection)))


@pytest.mark.parametrize(("request_text", "heading", "kind"), [
    ("Safety note on home page: Goggles, gloves and leather pads provided. Wear long trousers.", "Safety note", "text"),
    ("about bit on the home page: started building these on my grandaddys porch in 2011.", "About", "text"),
])
def test_a_named_part_of_a_page_is_a_section_under_that_name(request_text: str, heading: str, kind: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None and len(plan.ops) == 1 and isinstance(plan.ops[0], AddSection)
    assert plan.ops[0].heading == heading and plan.ops[0].kind == kind


def test_a_booking_calendar_page_is_a_feature_not_a_page() -> None:
    assert pageblock.read("add a booking calendar page: pick a slot", _site()) is None


def test_where_the_facts_go_said_after_them_is_not_part_of_them() -> None:
    plan = pageblock.read_loosely("collection is saturday 9am till 12 from the side door, put that on the home page",
                                  _site())
    assert plan is not None and isinstance(plan.ops[0], AddSection)
    assert plan.ops[0].text == "Collection is saturday 9am till 12 from the side door"


def test_a_bare_name_with_its_part_goes_on_the_page_of_that_name() -> None:
    site = _site("/repairs")
    plan = pageblock.read("Repairs list: Heels €18. Full soles €55. Zips €25. Key cutting €4.", site)
    assert plan is not None and isinstance(plan.ops[0], AddItems) and plan.ops[0].route == "/repairs"
    assert [e.title for e in plan.ops[0].items] == ["Heels", "Full soles", "Zips", "Key cutting"]


@pytest.mark.parametrize(("request_text", "route", "text"), [
    ("add an About page, say I been playin harp 22 years and started fixin harps", "/about",
     "I been playin harp 22 years and started fixin harps"),
    ("Please add an About page that says I'm Marjorie Tullett and I've been caning chairs since 1987.", "/about",
     "I'm Marjorie Tullett and I've been caning chairs since 1987."),
    ("add a page caled Commissions, say i do custom orders for reenactors and film work", "/commissions",
     "I do custom orders for reenactors and film work"),
    ("Add a Directions page. From Route 30 take Monument Hill Rd 2 miles, farm is on the left.", "/directions",
     "From Route 30 take Monument Hill Rd 2 miles, farm is on the left."),  # a road, not a route of the site
    ("cn u add a note on the classes page that we provide the drums and bachi, just wear comfy clothes", "/classes",
     "We provide the drums and bachi, just wear comfy clothes"),
])
def test_a_page_and_what_it_says_joined_as_people_type_it(request_text: str, route: str, text: str) -> None:
    plan = pageblock.read(request_text, _site("/classes"))
    assert plan is not None and isinstance(plan.ops[-1], AddSection)
    assert plan.ops[-1].route == route and plan.ops[-1].text == text


@pytest.mark.parametrize(("request_text", "heading"), [
    ("add a rules section: No glass on the dance floor. Counter clockwise only!! Kids welcome til 9", "Rules"),
    ("Add a Getting Here bit: the bus from Kilbrannan runs hourly, parking in the school field £3.", "Getting Here"),
])
def test_a_named_part_of_home_is_a_section_under_that_name(request_text: str, heading: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None and isinstance(plan.ops[0], (AddSection, AddItems))
    assert plan.ops[0].route == "/" and plan.ops[0].heading == heading


@pytest.mark.parametrize(("request_text", "route", "first"), [
    ("Could you please add a page called Services and Fees? Notary signature: $5 per signature. Travel fee: $35.",
     "/services-and-fees", "Notary signature"),  # a name asked about, and no colon kept in an entry's name
    ("Grand. Now a page with the prices please. Adult hurley €65. Juvenile hurley €45. Camogie hurley €60.",
     "/prices", "Adult hurley"),
    ("add a page about me. name is Jono Pettigrew, played grade cricket for Kensington for 11 years", "/about-me",
     "Name is Jono Pettigrew"),
    ("Can you add a Rules page? Rules: 1. Conkers are supplied by the club. 2. Strings must be 25cm long.", "/rules",
     "Conkers are supplied by the club"),  # the page's name again is no content
])
def test_a_new_page_named_in_more_ways_gets_the_rest(request_text: str, route: str, first: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None and isinstance(plan.ops[0], AddPage) and plan.ops[0].route == route
    second = plan.ops[1]
    shown = second.items[0].title if isinstance(second, AddItems) else second.text  # type: ignore[union-attr]
    assert shown.startswith(first)


@pytest.mark.parametrize(("request_text", "route", "heading"), [
    ("add a drop off section on the home page. drop off at 14 Gumtree Lane, Norwood SA 5067. tues 4pm-7pm", "/",
     "Drop off"),
    ("Donation drop-off points, for the Donate page please: Penarth Library on Stanwell Road, and the Co-op.",
     "/donate", "Donation drop-off points"),
])
def test_a_named_part_for_a_page_is_read_with_its_name(request_text: str, route: str, heading: str) -> None:
    plan = pageblock.read(request_text, _site("/donate"))
    assert plan is not None and isinstance(plan.ops[0], (AddSection, AddItems))
    assert plan.ops[0].route == route and plan.ops[0].heading == heading


def test_a_page_the_site_has_named_bare_at_the_end_says_where() -> None:
    plan = pageblock.read("clubs get 10% off if they bring 5 or more bats. put that on prices", _site("/prices"))
    assert plan is not None and plan.ops[0].route == "/prices"  # type: ignore[union-attr]
    # a name the site has no page for says nothing of where
    assert pageblock.read("clubs get 10% off if they bring 5 or more bats. put that on gifts", _site()) is None
    # a question to the app before the content is not the content's
    plan = pageblock.read("wheres the truck schedule?? tue-fri 11am-3pm at International Blvd & 45th, sat 5pm-10pm at "
                          "Fruitvale night market. put it on home", _site())
    assert plan is not None and "schedule" not in json.dumps(plan.model_dump())


@pytest.mark.parametrize(("request_text", "route", "start"), [
    ("We're open Tuesday to Thursday 4pm to 11pm, Friday 4pm to 1am. Closed Mondays. Put the hours on the home page "
     "please.", "/", "We're open Tuesday"),  # what was said, named, goes where the last sentence says
    ("can u do a prices page. man and van £45 an hour, 2 men and van £65 an hour", "/prices", "man and van"),
    ("I'd like a page that says what I do. I'll call it Research Services. I search the parish registers, the civil "
     "records of births, marriages and deaths, the 1901 and 1911 census and the tithe applotment books.",
     "/research-services", "I search the parish"),  # not the sentence to the app
])
def test_where_content_goes_said_in_yet_more_ways(request_text: str, route: str, start: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None
    placed = plan.ops[-1]
    assert placed.route == route  # type: ignore[union-attr]
    shown = placed.items[0].title if isinstance(placed, AddItems) else placed.text  # type: ignore[union-attr]
    assert shown.startswith(start)


@pytest.mark.parametrize(("request_text", "route"), [
    ("Please add a page named Fees. Notarizing is $5 per signature. My travel fee is $25. After 7pm please add $15.",
     "/fees"),  # "please add $15" tells the customer, not the app
    ("Oh and a page for the regulars, call it Featured Poets. This month it's Alasdair Grieve from Peterhead, a retired "
     "trawlerman who writes about the boats.", "/featured-poets"),
    ("put the records up on a page called Records. mens record 42.7m by Dave Henare 2019, womens 38.1m by Kiri Walsh",
     "/records"),
    ("Never mind. Please add one more page called What to Bring: closed-toe shoes, a hat, and reading glasses.",
     "/what-to-bring"),
    ("ok list them then on a page called For Sale. Hayter Harrier 48 £180. Mountfield SP164 £95.", "/for-sale"),
    ("can we have a page for our champoins, call it Hall of Fame: Biscuit (owner Janine) - 2025 tunnel sprint champion."
     " Mr Nibbles (owner Terry) - longest tube run, 14 metres", "/hall-of-fame"),
])
def test_a_new_page_is_named_in_the_ways_people_type_it(request_text: str, route: str) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None and isinstance(plan.ops[0], AddPage) and plan.ops[0].route == route
    assert len(plan.ops) == 2 and plan.ops[1].route == route  # type: ignore[union-attr]


def test_a_called_page_keeps_its_the() -> None:
    plan = pageblock.read("Now I need a page for my hats and prices. Call it The Collection. Fascinators from $95. "
                          "Wide brim Derby hats from $275.", _site())
    assert plan is not None and plan.ops[0] == AddPage(op="add_page", title="The Collection", route="/the-collection")


# Asked for as users ask for a page (u86-u91): "can we have", a name in quotes, "page Learn to Ride.",
# "please -", "with these, and the prices:". Each was declined or put on a page at another route.
@pytest.mark.parametrize(("request_", "title", "words"), [
    ("Add a page 'Trade With Us'. Pitch fee €25 a Saturday, or €80 for the month. Ring me, Noreen, on 087 214 5590.",
     "Trade With Us", ["€25", "€80", "087 214 5590"]),
    ("Can we have a Membership page please? Junior rider (under 12) $180, Senior rider (12-17) $220. All fees due by 31 March.",
     "Membership", ["$180", "$220", "31 March"]),
    ('Please add a "Join Us" page explaining the process: come along to any Tuesday rehearsal as a guest. '
     "Membership is £22 per month.", "Join Us", ["Tuesday rehearsal", "£22"]),
    ("Can I get a Rates page? Local rides inside Decatur $25 one way, $40 round trip. Airport runs $85.",
     "Rates", ["$25", "$40", "$85"]),
    ("Opening Hours page please - Open Workshop Tuesday 5pm to 8pm and Saturday 10am to 3pm. Closed public holidays.",
     "Opening Hours", ["5pm to 8pm", "Closed public holidays"]),
    ("Add a page Learn to Ride. Lessons $30 for an hour, includes helmet and loan bike. Book by texting Hamish on 021 448 905.",
     "Learn to Ride", ["$30", "021 448 905"]),
    ("cn you put a price list page on, tattie scones 4 for £2.20, drop pancakes 6 for £2.80, oatcakes £3.50 a bag",
     "Price List", ["£2.20", "£2.80", "oatcakes"]),
    ("Add a page called Visiting Responsibly: stay 10 metres from penguins, never block their path to the sea. "
     "Evening viewing is from the hide only.", "Visiting Responsibly", ["10 metres", "path to the sea", "hide only"]),
])
def test_a_new_page_asked_for_as_people_ask_gets_all_its_content(request_: str, title: str, words: list[str]) -> None:
    plan = pageblock.read(request_, _site())
    assert plan is not None and isinstance(plan.ops[0], AddPage)
    assert (plan.ops[0].title, plan.ops[0].route) == (title, "/" + title.lower().replace(" ", "-"))
    assert all(w in _shown(plan) for w in words)


def test_a_page_for_something_named_later_is_not_named_by_its_purpose() -> None:
    plan = pageblock.read("add a page for comics signing up, call it Perform. sign up is in person at 7pm, "
                          "first come first served, 12 spots", _site())
    assert plan is None or plan.ops[0] == AddPage(op="add_page", title="Perform", route="/perform")


def test_a_page_s_name_as_typed_and_the_page_it_is_with_the_or_its_own() -> None:
    from app.scaffold import pagelead
    found = pagelead.where("Our Story page: my grandma Edna Koski started selling jam off her porch in 1962.", _site())
    assert found is not None and found.route == "/our-story"
    site = Site(name="Hurl", pages=[Page(route="/", title="Home"), Page(route="/the-rules", title="The Rules")])
    found = pagelead.where("Rules page: each thrower gets 3 black puddings.", site)
    assert found is not None and found.route == "/the-rules"
    plan = pageblock.read("we do catering too. min order 50 patties, £1.90 each for catering. put it on its own page "
                          "called Catering", _site())
    assert plan is not None and plan.ops[0].route == "/catering"  # type: ignore[union-attr]


def test_an_ask_before_a_named_page_keeps_what_it_says_after_like() -> None:
    plan = pageblock.read("can u add a bit about safety, like we check the tide and wind every morning and if its offshore "
                          "wind over 12mph we dont hire out. also everyone gets a leash. put it on its own page called Safety",
                          _site())
    assert plan is not None and "We check the tide and wind every morning" in _shown(plan)


@pytest.mark.parametrize(("request_text", "route", "titles"), [
    ("page Staff\nLucas_BR - owner\nxXgabiXx - admin\nPedrinho77 - mod", "/staff", ["Lucas_BR", "xXgabiXx", "Pedrinho77"]),
    ("ok\nmake page Rules\n1 no griefing\n2 no hacks or xray\n3 no spam in chat", "/rules",
     ["1 no griefing", "2 no hacks or xray", "3 no spam in chat"]),
    # "I need a page", and the euro after the amount
    ("Now I need a page Products with our prices:\nPão de Deus - 1,20 €\nPastel de Nata - 1,10 €\nBroa de Milho - 2,80 €",
     "/products", ["Pão de Deus", "Pastel de Nata", "Broa de Milho"]),
])
def test_a_new_page_named_on_its_own_line_keeps_its_lines_as_entries(request_text: str, route: str,
                                                                    titles: list[str]) -> None:
    plan = pageblock.read(request_text, _site())
    assert plan is not None
    items = [op for op in plan.ops if isinstance(op, AddItems)]
    assert len(items) == 1 and items[0].route == route and [e.title for e in items[0].items] == titles
