from __future__ import annotations

import json

import pytest

from app.scaffold import requestfit
from app.scaffold.plan import AddPage, Decline, DescribeSite, Plan, parse_plan, plan_to_json
from app.scaffold.requestfit import fit_plan, fit_scalar, fit_text
from app.scaffold.site import Item, NavLink, Page, Section, initial_site


@pytest.mark.parametrize(("value", "request_text", "fitted"), [
    # cut short: run on to the end of the clause when the rest is plain words
    ("Invoices", "Change the big headline on the home page to Invoices that send themselves",
     "Invoices that send themselves"),
    ("Fresh bread", "the subtitle should read Fresh bread every morning.", "Fresh bread every morning"),
    # (respelt copy is refused by the grammar: tests/unit/scaffold/test_spans.py)
    # part of a quote: the whole quote
    ("Hello", "make 'Hello world' the title", "Hello world"),
    ("Big", 'set the button to "Big Sale now" please', "Big Sale now"),
    ("Don't", "set the button to don't wait", "Don't wait"),  # an apostrophe is not a quote
])
def test_copy_takes_the_users_words(value: str, request_text: str, fitted: str) -> None:
    assert fit_text(value, request_text) == fitted


@pytest.mark.parametrize(("value", "request_text"), [
    ("About", "add an about page"),  # derived titles: not what the user typed, and not a respelling
    ("Our Team", "add a team page"),
    ("Contact Us", "add a contact page"),
    ("Garden Tours", "add a page at /garden-tours"),
    ("Welcome", "Set the title to Welcome on the about page"),  # the rest is an instruction
    ("Blue Fern", "rename the site to Blue Fern and make it green"),
    ("Quill API", "Set the site name to Quill API"),
    ("Frequently asked questions", "add an faq section to the pricing page"),
])
def test_other_values_are_left_alone(value: str, request_text: str) -> None:
    assert fit_text(value, request_text) == value


def test_a_fitted_value_never_outgrows_its_slot() -> None:
    long_tail = " ".join(["word"] * 30)
    assert fit_text("Hi", f"set the title to Hi {long_tail}", max_len=60) == "Hi"


def test_versions_stay_strings_and_numbers_stay_numbers() -> None:
    assert fit_scalar(1.4, "Add a GET endpoint at /api/version returning version 1.4.0") == "1.4.0"
    assert fit_scalar(2, "an endpoint /api/count returning count 2") == 2
    assert fit_scalar(2.5, "returning rating 2.5") == 2.5
    assert fit_scalar(True, "returning ok true") is True


def test_fit_plan_fixes_copy_and_the_section_the_request_names() -> None:
    site = initial_site("Rosie's")
    site.pages.append(Page(route="/menu", title="Menu", sections=[Section(kind="hero"), Section(kind="pricing")]))
    request = "Change the pricing heading on the menu page to Tasting menus"
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/menu","target":"heading","text":"Tasting",'
                      '"section":"features"}]}')
    fitted = fit_plan(plan, request, site)
    assert plan_to_json(fitted) == ('{"ops":[{"op":"set_text","route":"/menu","target":"heading",'
                                    '"text":"Tasting menus","section":"pricing"}]}')


def test_fit_plan_keeps_a_plan_that_already_fits() -> None:
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Documentation","route":"/docs","sections":["text"]},'
                      '{"op":"add_api_route","route":"/api/status","json":{"ok":true}}]}')
    assert fit_plan(plan, "Add a docs page at /docs titled Documentation and /api/status returning ok true") is plan


def _fit(plan: str, request: str, routes: tuple[str, ...] = ()) -> str:
    site = initial_site("Test")
    site.pages += [Page(route=r, title=r.strip("/").title()) for r in routes]
    return plan_to_json(fit_plan(parse_plan(plan), request, site))


def test_paths_the_user_typed_win() -> None:
    assert _fit('{"ops":[{"op":"rename_page","route":"/kids-club","new_route":"/kids-kids-kids"}]}',
                "Rename the route /kids-club to /kids.", ("/kids-club",)) == \
        '{"ops":[{"op":"rename_page","route":"/kids-club","new_route":"/kids"}]}'
    assert _fit('{"ops":[{"op":"add_api_route","route":"/api/health-z","json":{"healthy":true}}]}',
                'a health check at /api/healthz returning {"healthy": true}') == \
        '{"ops":[{"op":"add_api_route","route":"/api/healthz","json":{"healthy":true}}]}'
    # two new paths: the request does not say which is which, so the model's reading stands
    plan = '{"ops":[{"op":"add_page","title":"A","route":"/a"}]}'
    assert _fit(plan, "add pages /a and /b") == plan


def test_a_typed_json_body_and_method_win() -> None:
    got = _fit('{"ops":[{"op":"add_api_route","route":"/api/feedback","json":{"feedback":"POST"}}]}',
               'can you add an api at /api/feedback for posting feedback (POST), response {"thanks": true}')
    assert got == '{"ops":[{"op":"add_api_route","route":"/api/feedback","method":"POST","json":{"thanks":true}}]}'
    plan = '{"ops":[{"op":"add_api_route","route":"/api/posts","json":{"n":1}}]}'
    assert _fit(plan, "add /api/posts returning n 1 for the posts list") == plan  # "posts" is not a method


def test_links_take_the_typed_target_or_the_page_they_almost_name() -> None:
    assert '"href":"https://status.pipewright.io"' in _fit(
        '{"ops":[{"op":"add_nav_link","label":"Status","href":"https://status.io"}]}',
        'nav: "Status" https://status.pipewright.io.')
    assert '"href":"/privacy-policy"' in _fit('{"ops":[{"op":"add_nav_link","label":"Privacy","href":"/privacy"}]}',
                                              'Add the privacy policy page to the menu as "Privacy"',
                                              ("/privacy-policy", "/team"))


def test_a_new_page_gets_the_sections_the_request_names() -> None:
    got = _fit('{"ops":[{"op":"add_page","title":"Lunch Specials","route":"/lunch-specials","sections":["features"]}]}',
               "pls add page Lunch Specials, hero + features")
    assert '"sections":["hero","features"]' in got
    plan = '{"ops":[{"op":"add_page","title":"Pricing","route":"/pricing","sections":["text"]}]}'
    assert _fit(plan, "add a pricing page") == plan  # the page's own name is not a section


def test_a_typed_hex_colour_replaces_a_named_one() -> None:
    assert _fit('{"ops":[{"op":"set_theme","primary":"red"}]}',
                "Our brand colour is hex 1D4ED8, can you make that the primary colour?") == \
        '{"ops":[{"op":"set_theme","primary":"#1d4ed8"}]}'
    plan = '{"ops":[{"op":"set_theme","primary":"teal"}]}'
    assert _fit(plan, "a teal primary, like the facade") == plan  # "facade" is a word, not a colour


def test_a_value_the_schema_refuses_leaves_the_models_op() -> None:
    plan = '{"ops":[{"op":"rename_page","route":"/a","new_route":"/b"}]}'
    long_path = "/" + "x" * 70
    assert _fit(plan, f"move /a to {long_path}", ("/a",)) == plan


def test_a_route_cut_inside_a_word_of_the_title_is_completed() -> None:
    assert '"route":"/weekend-workshops"' in _fit(
        '{"ops":[{"op":"add_page","title":"Weekend Workshops","route":"/weekend-works"}]}',
        'I need a page. Title it "Weekend Workshops"')
    # The name the user gave the page is its route, as a visitor would guess it ("Visiting Responsibly" was
    # at "/visiting-responsible", "Our Team" at "/team"); a route the request does not name stays the model's.
    plan = '{"ops":[{"op":"add_page","title":"Careers at Northwind","route":"/careers"}]}'
    assert '"route":"/careers-at-northwind"' in _fit(plan, 'a new page called "Careers at Northwind"')
    assert _fit(plan, 'a new page for jobs') == plan
    plan = '{"ops":[{"op":"add_page","title":"Rosie\'s Bakes","route":"/","sections":["hero"]}]}'
    assert _fit(plan, "Create a home page called Rosie's Bakes") == plan  # "/" is a prefix of every route


def test_a_colour_name_the_user_wrote_stays() -> None:
    plan = '{"ops":[{"op":"set_theme","primary":"purple","foreground":"#1f2937"}]}'
    assert _fit(plan, "primary=purple; foreground=#1f2937") == plan


@pytest.mark.parametrize(("value", "request_text", "fitted"), [
    ("Free shipping", "Please change the subtitle on /shop to say Free shipping on orders over $50",
     "Free shipping on orders over $50"),  # little words inside a text are part of it
    ("Welcome to Pixel & Pine", "add a hero w/ heading Welcome to Pixel & Pine on /studio", "Welcome to Pixel & Pine"),
    ("Send it", "set button text on /contact to Send it!", "Send it!"),
    ("Getting Started", "Could you add a page at /docs titled Getting Started?", "Getting Started"),
    ("Peak Climbing", "We're called Peak Climbing now", "Peak Climbing"),
    ("Press", "add nav item Press to /press-kit", "Press"),  # paths are places, not copy
    ("Selected projects, 2019-2024", "for the title on /work write 'Selected projects, 2019–2024'",
     "Selected projects, 2019–2024"),
])
def test_clauses_end_at_places_and_instructions(value: str, request_text: str, fitted: str) -> None:
    assert fit_text(value, request_text) == fitted


def _site(*routes: str) -> object:
    site = initial_site("Test")
    site.pages += [Page(route=r, title=r.strip("/").title()) for r in routes]
    return site


@pytest.mark.parametrize(("request_text", "route"), [
    ("Our prices: Consultation £45, Nail clip £12. Could they go on a Prices page?", "/prices"),
    ("services page. flat fix $15, brake bleed $40", "/services"),
    ("add page FAQ: Q: open late? A: yes", "/faq"),  # the page the request names, after "add page"
    ("our director is Helen Okafor and our chair is David Lim, pls add them to an about page", "/about"),
])
def test_content_for_a_page_the_site_lacks_goes_on_that_new_page(request_text: str, route: str) -> None:
    plan = parse_plan('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"A","text":"1"}]}]}')
    ops = fit_plan(plan, request_text, _site("/contact")).ops  # type: ignore[arg-type]
    assert [op.op for op in ops] == ["add_page", "add_items"]
    assert ops[0].route == route and ops[1].route == route  # type: ignore[union-attr]


@pytest.mark.parametrize(("request_text", "sites_routes"), [
    ("put our hours on the home page, the contact page has the address", ("/contact",)),  # home named
    ("put them on the menu page", ("/menu",)),  # a page the site has: named_page's business
    ("add page FAQ: Q: open late? A: yes", ("/faq",)),  # "add page": a verb, not a name; FAQ a page it has
    ("put this on every page: open 9-5", ()),
    ("the about page and the team page both need it", ()),  # two pages: no guess
])
def test_no_new_page_is_guessed(request_text: str, sites_routes: tuple[str, ...]) -> None:
    plan = parse_plan('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"A","text":"1"}]}]}')
    assert all(op.op != "add_page" for op in fit_plan(plan, request_text, _site(*sites_routes)).ops)  # type: ignore[arg-type]


def test_a_new_page_gets_the_list_the_request_opens_with_a_colon() -> None:
    request_text = ("Can you add a Bouquets page with our prices: Seasonal Posy £25, Classic Hand-Tied £40, "
                    "Luxe Bouquet £65.")
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Bouquets","route":"/bouquets","sections":["pricing","cta"]}]}')
    fitted = fit_plan(plan, request_text, _site())  # type: ignore[arg-type]
    # the page holds what the user typed and no placeholder beside it (the model's "cta")
    assert plan_to_json(fitted) == (
        '{"ops":[{"op":"add_page","title":"Bouquets","route":"/bouquets"},'
        '{"op":"add_items","route":"/bouquets","kind":"list","items":[{"title":"Seasonal Posy","text":"£25"},'
        '{"title":"Classic Hand-Tied","text":"£40"},{"title":"Luxe Bouquet","text":"£65"}]}]}')


def test_content_the_model_put_in_a_heading_is_read_whole_onto_the_new_page() -> None:
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Menu","route":"/menu"},{"op":"add_section","route":"/",'
                      '"kind":"text","heading":"Taco"}]}')
    fitted = fit_plan(plan, "a Menu page: Taco $4, Fries $7", _site())  # type: ignore[arg-type]
    assert plan_to_json(fitted) == (
        '{"ops":[{"op":"add_page","title":"Menu","route":"/menu"},{"op":"add_items","route":"/menu","kind":"list",'
        '"items":[{"title":"Taco","text":"$4"},{"title":"Fries","text":"$7"}]}]}')


def test_lines_typed_after_a_page_named_by_call_it_are_its_list() -> None:
    request_text = ("We need a page for the dogs that need homes, call it Adopt. Here they are\n"
                    "Biscuit - 3 year old beagle, loves children\nDuke - 7 year old German shepherd, calm\n"
                    "Pepper - 1 year old terrier mix, very lively")
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Adopt","route":"/adopt","sections":["text"]}]}')
    ops = fit_plan(plan, request_text, _site()).ops  # type: ignore[arg-type]
    assert [op.op for op in ops] == ["add_page", "add_items"]
    assert [(e.title, e.text) for e in ops[1].items][:2] == [  # type: ignore[union-attr]
        ("Biscuit", "3 year old beagle, loves children"), ("Duke", "7 year old German shepherd, calm")]


def test_lines_typed_one_entry_a_line_after_a_lead_in_are_the_new_pages_list() -> None:
    request_text = ("Now I need a page for the dogs called Adoptable Dogs. Here they are\n"
                    "Biscuit - 3 yr old beagle mix, loves kids, $150 adoption fee\n"
                    "Duke - 7 yr old shepherd, calm, good with cats, $100\n"
                    "Rosie - 10 yr old lab, senior sweetheart, fee waived")
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Adoptable Dogs","route":"/adoptable-dogs",'
                      '"sections":["image_text","cta"]}]}')
    # a list of the dogs, not one paragraph of them after "Here they are", and no placeholder beside it
    assert plan_to_json(fit_plan(plan, request_text, _site())) == (  # type: ignore[arg-type]
        '{"ops":[{"op":"add_page","title":"Adoptable Dogs","route":"/adoptable-dogs"},'
        '{"op":"add_items","route":"/adoptable-dogs","kind":"list","items":['
        '{"title":"Biscuit","text":"3 yr old beagle mix, loves kids, $150 adoption fee"},'
        '{"title":"Duke","text":"7 yr old shepherd, calm, good with cats, $100"},'
        '{"title":"Rosie","text":"10 yr old lab, senior sweetheart, fee waived"}]}]}')


@pytest.mark.parametrize(("request_text", "plan_text"), [
    # prose after the colon is not a list
    ("add an about page, heres my bio: i've been practising for 12 years and trained in mysore, india.",
     '{"ops":[{"op":"add_page","title":"About","route":"/about"}]}'),
    # one entry is not a list; a URL's colon opens none
    ("add a Links page: our shop", '{"ops":[{"op":"add_page","title":"Links","route":"/links"}]}'),
    ("add a Links page with https://a.example, https://b.example",
     '{"ops":[{"op":"add_page","title":"Links","route":"/links"}]}'),
])
def test_a_new_page_gets_no_list_that_is_not_one(request_text: str, plan_text: str) -> None:
    plan = parse_plan(plan_text)
    fitted = fit_plan(plan, request_text, _site())  # type: ignore[arg-type]
    assert "add_items" not in [op.op for op in fitted.ops]


def test_a_new_page_gets_the_paragraph_its_request_gives() -> None:
    plan = parse_plan('{"ops":[{"op":"add_page","title":"About","route":"/about"}]}')
    ops = fit_plan(plan, "add an about page, heres my bio: i've been practising for 12 years and trained in mysore.",
                   _site()).ops  # type: ignore[arg-type]
    assert [(op.op, getattr(op, "text", None)) for op in ops] == [
        ("add_page", None), ("add_section", "i've been practising for 12 years and trained in mysore.")]


def test_each_page_an_opener_lists_is_added_beside_the_description() -> None:
    request_text = "Hiya! I run a van called Edge of Leith. Could you make me a simple site with a home page, " \
                   "a Prices page and a Contact page please?"
    plan = parse_plan('{"ops":[{"op":"describe_site","name":"Edge of Leith","tagline":"a simple site with a home"},'
                      '{"op":"add_items","route":"/","kind":"team","items":[{"title":"Prices"},{"title":"Contact"}]}]}')
    ops = fit_plan(plan, request_text, _site("/contact")).ops  # type: ignore[arg-type]
    # the page it has is not added again; the names read as items go; the tagline said nothing
    assert [(op.op, getattr(op, "route", None)) for op in ops] == [("describe_site", None), ("add_page", "/prices")]
    assert ops[0].tagline == "" and ops[1].title == "Prices"  # type: ignore[union-attr]
    assert ops[0].about == "I run a van called Edge of Leith."  # type: ignore[union-attr]  # its own words on home


def test_a_fitted_plan_holds_more_ops_than_the_model_writes() -> None:
    plan = parse_plan('{"ops":[{"op":"describe_site","name":"Dunmore Hardware"}]}')
    ops = fit_plan(plan, "Website for Dunmore Hardware. Pages: Home, Departments, Services, Contact, "
                         "Gift cards, Rentals, Careers.", _site()).ops  # type: ignore[arg-type]
    assert [getattr(op, "title", "") for op in ops[1:]] == ["Departments", "Services", "Contact", "Gift cards",
                                                           "Rentals", "Careers"]


@pytest.mark.parametrize(("request_text", "route", "title"), [
    ("rename coaches to Team", "/coaches", "Team"),
    ("Rename the Coaches page to Our Team please, and make sure the menu says it too", "/coaches", "Our Team"),
    ("rename coaches to 'Play With Us' everywhere", "/coaches", "Play With Us"),
    ("Let's rename coaches to just Crew", "/coaches", "Crew"),
    ("It's still called Coaches, can you change it to Crew?", "/coaches", "Crew"),
    ("I would prefer the Coaches page to be called Getting Started. Could you rename it?", "/coaches", "Getting Started"),
    ("change the name of the Coaches page to Coaches and Results", "/coaches", "Coaches and Results"),
])
def test_a_rename_of_a_page_the_site_has_is_that_page_s_rename(request_text: str, route: str, title: str) -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Team"}]}')
    ops = fit_plan(plan, request_text, _site("/coaches")).ops  # type: ignore[arg-type]
    assert [(op.op, op.route, op.title) for op in ops] == [("rename_page", route, title)]  # type: ignore[union-attr]


def test_a_rename_is_the_pages_whatever_words_on_it_the_model_would_replace() -> None:
    plan = parse_plan('{"ops":[{"op":"replace_text","old":"Crew","new":"just Crew"}]}')
    ops = fit_plan(plan, "Let's rename Meet the Crew to just Crew", _site("/meet-the-crew")).ops
    assert [(op.op, op.route, op.title) for op in ops] == [("rename_page", "/meet-the-crew", "Crew")]  # type: ignore[union-attr]


def test_a_rename_of_what_is_no_page_is_left_to_the_model() -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Bob"}]}')
    assert fit_plan(plan, "rename the site to Bob", _site("/coaches")) == plan  # type: ignore[arg-type]


@pytest.mark.parametrize(("request_text", "route"), [
    ("Rates: 90-minute private float $180, sunset float $220", "/rates"),
    ("how it works - 1. You send me measurements 2. I build the cart", "/how-it-works"),
])
def test_content_that_opens_with_a_page_s_name_goes_on_that_page(request_text: str, route: str) -> None:
    plan = parse_plan('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"A","text":"1"}]}]}')
    ops = fit_plan(plan, request_text, _site("/rates", "/how-it-works")).ops  # type: ignore[arg-type]
    assert ops[-1].route == route  # type: ignore[union-attr]


def test_pages_listed_for_the_navigation_are_each_linked() -> None:
    site = _site("/events", "/adopt", "/about")
    site.nav = [NavLink(label="About", href="/about")]  # type: ignore[attr-defined]
    plan = parse_plan('{"ops":[{"op":"add_nav_link","label":"Events","href":"/events"}]}')
    ops = fit_plan(plan, "Could the Events and Adopt pages be added to the navigation menu, please?", site).ops  # type: ignore[arg-type]
    assert [(op.op, op.href) for op in ops] == [("add_nav_link", "/events"), ("add_nav_link", "/adopt")]  # type: ignore[union-attr]


@pytest.mark.parametrize("request_text", ["scissors went up to $9", "Dolores stepped down. The new treasurer is Walter Finch."])
def test_a_new_site_name_nobody_asked_for_is_declined(request_text: str) -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"$9"}]}')
    assert [op.op for op in fit_plan(plan, request_text, _site()).ops] == ["decline"]  # type: ignore[arg-type]


@pytest.mark.parametrize("request_text", ["the business is called Edge of Leith, put that at the top", "rename the site to Bob"])
def test_a_site_name_the_request_speaks_of_stays(request_text: str) -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Bob"}]}')
    assert fit_plan(plan, request_text, _site("/about")).ops[0].op == "set_text"  # type: ignore[arg-type]
    # on a new site (its home page's hero alone), the name is the site's description, as an opener's
    if request_text.startswith("the business"):
        assert fit_plan(plan, request_text, _site()).ops == [DescribeSite(op="describe_site", name="Edge of Leith")]


@pytest.mark.parametrize(("request_text", "name", "kept"), [
    ("its spelt wrong, should be Agility", "Agility Club", True),  # the site's name respelt
    ("I think Volunteer Days sounds more welcoming than Work Days. Could you change the name of that page?",
     "Volunteer Days sounds more welcoming than Work Days", False),  # u407: a page's name
    ("Small mistake - my name is Juma Rashid Shee, put full name please.", "Juma Rashid Shee", False),  # u403: the owner's
])
def test_once_the_site_is_set_up_a_new_name_is_the_sites_where_it_corrects_it(request_text: str, name: str, kept: bool) -> None:
    site = initial_site("Agilty Club")
    site.pages += [Page(route="/about", title="About")]
    plan = parse_plan(f'{{"ops":[{{"op":"set_text","route":"/","target":"site_name","text":"{name}"}}]}}')
    renamed = [op for op in fit_plan(plan, request_text, site).ops if op.op in ("set_text", "replace_text")]
    assert bool(renamed) is kept, renamed  # kept as the site's name, or as the respelling of the word it corrects


def test_beside_other_ops_an_unasked_site_name_goes_and_an_empty_text_gets_the_paragraph() -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"I am Mira"},'
                      '{"op":"add_section","route":"/","kind":"text"}]}')
    ops = fit_plan(plan, "Then write on home page a text about me: 'I am Mira, I keep three tortoises.'",
                   _site()).ops  # type: ignore[arg-type]
    assert [(op.op, getattr(op, "text", "")) for op in ops] == [("add_section", "I am Mira, I keep three tortoises.")]


@pytest.mark.parametrize("request_text", [
    "I'd like a waiting list sign-up where people type in their email and it goes into a list I can look at.",
    "Add a Gallery page where members can post photos of their finished scopes themselves.",
    "make the header stay stuck to the top when you scroll down",
    "it would be lovely if the boat name in the header sort of drifted along slowly",
])
def test_a_request_for_something_the_site_would_do_is_declined_whatever_the_model_wrote(request_text: str) -> None:
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Gallery","route":"/gallery","sections":["image_text"]}]}')
    assert [op.op for op in fit_plan(plan, request_text, _site()).ops] == ["decline"]  # type: ignore[arg-type]


@pytest.mark.parametrize("request_text", [
    "ok then just put our email adopt@slinkyacres.org.uk on the adopt page and say email us to apply",
    "Add a call to action on the volunteer page with the heading Sign up today",
    "Please add a backend route, /api/orders, which people will POST the signup form to.",
    "website for my driving school. Kerb Appeal Driving, Leicester. manual and automatic lessons.",
    "Add an Online Classes page to the site, we get asked about the streamed classes all the time",
])
def test_such_words_beside_content_or_a_text_to_set_decline_nothing(request_text: str) -> None:
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Online Classes","route":"/online-classes"}]}')
    assert "decline" not in [op.op for op in fit_plan(plan, request_text, _site()).ops]  # type: ignore[arg-type]


def test_a_plan_of_misread_ops_only_is_a_decline_never_empty() -> None:
    # two removals in a "... is missing" retry: each goes beside the other, and then none is left
    plan = parse_plan('{"ops":[{"op":"remove_item","item":"15 March"},{"op":"remove_item","item":"Quins"}]}')
    assert [op.op for op in fit_plan(plan, "quote not showing. home page please", _site()).ops] == ["decline"]  # type: ignore[arg-type]


@pytest.mark.parametrize("request_text", ["add 'Pricing' to the navigation, linking to /pricing",
                                          "nav link 'Careers' -> /careers",
                                          "Could you change the colours to green? And add 'Seeds' to the menu."])
def test_quoted_words_beside_no_verb_of_change_are_no_replacement(request_text: str) -> None:
    site = _site("/pricing", "/careers", "/seeds")
    plan = parse_plan('{"ops":[{"op":"add_nav_link","label":"Pricing","href":"/pricing"}]}')
    assert "replace_text" not in [op.op for op in fit_plan(plan, request_text, site).ops]  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "request_text", "fitted"), [
    ("No moles, no poison", "change the big title to No moles, no poison, no fuss", "No moles, no poison, no fuss"),
    ("Tired hymnals", "Headline should read: Tired hymnals, mended properly.", "Tired hymnals, mended properly."),
    ("Seen a swarm", "Can you put a big line on the home page that says 'Seen a swarm? Don't panic, ring Maggie.'",
     "Seen a swarm? Don't panic, ring Maggie."),
    ("Fresh Bread", "set the title to Fresh Bread, and make it blue", "Fresh Bread"),  # an instruction follows
    ("Welcome", "change the heading to Welcome, thanks", "Welcome"),
])
def test_a_heading_set_to_words_that_run_to_the_end_keeps_them_all(value: str, request_text: str, fitted: str) -> None:
    plan = parse_plan(json.dumps({"ops": [{"op": "set_text", "route": "/", "target": "title", "text": value}]}))
    assert fit_plan(plan, request_text, _site()).ops[0].text == fitted  # type: ignore[arg-type,union-attr]


def test_a_site_name_never_runs_on_past_its_comma() -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"La Güera Tacos"}]}')
    fitted = fit_plan(plan, "make a fun bright website for La Güera Tacos, a taco truck in Austin, Texas", _site("/menu"))
    assert fitted.ops[0].text == "La Güera Tacos"  # type: ignore[union-attr]
    opened = fit_plan(plan, "make a fun bright website for La Güera Tacos, a taco truck in Austin, Texas", _site())
    assert opened.ops[0].name == "La Güera Tacos"  # type: ignore[union-attr]  # a new site's: its description


def test_a_feature_asked_for_as_a_bare_placeholder_section_is_declined() -> None:
    plan = parse_plan('{"ops":[{"op":"add_section","route":"/","kind":"image_text"}]}')
    assert [op.op for op in fit_plan(plan, "put a map of the areas we cover on that page", _site()).ops] == ["decline"]
    named = parse_plan('{"ops":[{"op":"add_section","route":"/","kind":"contact"}]}')
    assert [op.op for op in fit_plan(named, "can you add a contact form", _site()).ops] == ["add_section"]


@pytest.mark.parametrize(("request_text", "name"), [
    ("I tie trout flies and sell them out of my garage in Bozeman montana, need a webiste. name is Riffle & Hackle",
     "Riffle & Hackle"),
    ("Hi! I'm Tobias Rowe and I restore brass diving helmets. Could you make me a website called Deepwater "
     "Brassworks with a home page saying what I do?", "Deepwater Brassworks"),
])
def test_an_opener_that_names_the_site_describes_it_though_the_model_declined(request_text: str, name: str) -> None:
    fitted = fit_plan(Plan(ops=[Decline(op="decline")]), request_text, None)
    assert isinstance(fitted.ops[0], DescribeSite) and fitted.ops[0].name == name
    assert "webiste" not in fitted.ops[0].about  # the ask is not the site's description


def test_an_opener_asking_for_a_feature_stays_declined() -> None:
    request_text = "need a website with a booking calendar, name is Riffle & Hackle"
    assert fit_plan(Plan(ops=[Decline(op="decline")]), request_text, None).ops == [Decline(op="decline")]


@pytest.mark.parametrize(("request_text", "model"), [
    ("and add a map showing where the studio is in partick",
     '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Map","text":"Where the studio is"}]}'),
    ("Could we have a bookings calendar showing which weekends we're free, so schools can pick a date themselves?",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Schools","text":"pick a date"}]}]}'),
])
def test_a_feature_echoed_back_as_a_section_is_declined(request_text: str, model: str) -> None:
    assert fit_plan(parse_plan(model), request_text, None).ops == [Decline(op="decline")]


def test_the_page_an_item_is_taken_off_is_not_an_item() -> None:
    site = initial_site("Porch Light")
    site.pages.append(Page(route="/shop", title="Shop"))
    model = parse_plan('{"ops":[{"op":"remove_item","item":"Delta Dawn"},{"op":"remove_item","item":"Shop"}]}')
    assert plan_to_json(fit_plan(model, "sold out of delta dawn, take it off the shop page", site)) == \
        '{"ops":[{"op":"remove_item","item":"Delta Dawn"}]}'


@pytest.mark.parametrize(("model_title", "request_text", "title", "route"), [
    ("Play", "could you add a page called Learn to Play. we run a 4 week beginners course", "Learn to Play",
     "/learn-to-play"),
    ("How", "add a page called How to Ship. wrap the reel in bubble wrap", "How to Ship", "/how-to-ship"),
    ("Know", "new page called Good To Know. min age 12 to ride pillion", "Good To Know", "/good-to-know"),
])
def test_a_page_title_cut_to_part_of_its_typed_name_is_the_whole_name(model_title: str, request_text: str, title: str,
                                                                      route: str) -> None:
    slugged = model_title.lower()
    fitted = json.loads(_fit(f'{{"ops":[{{"op":"add_page","title":"{model_title}","route":"/{slugged}"}}]}}', request_text))
    assert (fitted["ops"][0]["title"], fitted["ops"][0]["route"]) == (title, route)


def test_an_faq_whose_answer_names_a_feature_is_content() -> None:
    request_text = ("add faq. do you take cards - yes, and cash. are dogs allowed - yes, on the terrace. can i book a "
                    "table - no, just walk in")
    plan = fit_plan(Plan(ops=[Decline(op="decline")]), request_text, _site("/menu"))
    assert [op.op for op in plan.ops] == ["decline"]  # the model's decline stands here; the turn reads it again
    from app.scaffold.contentfit import read_plan
    read = read_plan(request_text, _site("/menu"))
    assert read is not None and [e.title for e in read.ops[0].items] == [  # type: ignore[union-attr]
        "Do you take cards?", "Are dogs allowed?", "Can i book a table?"]
    assert read_plan("can people book a table online? add a booking form", _site("/menu")) is None


def test_a_phone_number_said_after_where_it_goes_is_the_footer_not_the_site_name() -> None:
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"$9"}]}')
    ops = fit_plan(plan, "phone number in the footer - 07700 900461", _site()).ops  # type: ignore[arg-type]
    assert [(op.op, getattr(op, "text", "")) for op in ops] == [("set_footer", "07700 900461")]


def test_a_story_that_mentions_a_cart_is_content_not_a_shop() -> None:
    from app.scaffold import contentfit
    from app.scaffold.scope import asks_to_take_money
    request = ("can u add a bit about us on the home page: my abuelita Chela started selling paletas from a cart on "
               "Blue Island Ave in 1987, we opened the shop in 2004.")
    assert not asks_to_take_money(request) and asks_to_take_money("can the site have a cart so people can order")
    plan = contentfit.read_plan(request, _site())  # type: ignore[arg-type]
    assert plan is not None and [(op.op, op.route) for op in plan.ops] == [("add_section", "/")]  # type: ignore[union-attr]
    assert contentfit.read_plan("add a booking calendar on the home page: we open at 9am", _site()) is None  # type: ignore[arg-type]


def test_a_name_is_not_read_from_what_a_sentence_opens_doing() -> None:
    from app.scaffold.namedcontent import names
    assert not any(name.startswith("Putting") for name in names("Putting Burning Love up to £320 and The Full Vegas is £450"))


def test_a_list_the_model_headed_with_the_new_page_s_name_is_read_from_the_request() -> None:
    request = "Page: For Sale. 1962 Malvern Star Oppy, green, $650. 1978 Speedwell Tourer, $420. 1985 Healing Roadster, $380."
    plan = parse_plan(json.dumps({"ops": [{"op": "add_items", "route": "/", "kind": "list", "items": [
        {"title": "For Sale", "text": "1962 Malvern Star Oppy, green, $650"},
        {"title": "Speedwell Tourer", "text": "$420. 1985 Healing Roadster, $380"}]}]}))
    fitted = fit_plan(plan, request, _site())
    assert [op.op for op in fitted.ops] == ["add_page", "add_items"]
    assert [(e.title, e.text) for e in fitted.ops[1].items] == [  # type: ignore[union-attr]
        ("1962 Malvern Star Oppy", "green, $650"), ("1978 Speedwell Tourer", "$420"), ("1985 Healing Roadster", "$380")]


def test_a_new_page_whose_paragraph_the_model_cut_into_some_items_gets_it_whole() -> None:
    request = ("Add a page called Where to Buy: our shed at 3 Station Road, Flookburgh, open Friday 9 till 1. Also Cartmel "
               "Village Shop, and Ulverston market on Thursdays.")
    plan = parse_plan(json.dumps({"ops": [
        {"op": "add_page", "title": "Where to Buy", "route": "/where-to-buy", "sections": ["features"]},
        {"op": "add_items", "route": "/where-to-buy", "kind": "list", "items": [
            {"title": "our shed at 3 Station Road"}, {"title": "Flookburgh"}, {"title": "open Friday", "text": "9 till 1"}]}]}))
    fitted = fit_plan(plan, request, _site())
    assert [op.op for op in fitted.ops] == ["add_page", "add_section"]
    assert fitted.ops[1].text == ("our shed at 3 Station Road, Flookburgh, open Friday 9 till 1. Also Cartmel Village Shop, "  # type: ignore[union-attr]
                                  "and Ulverston market on Thursdays.")


def test_a_site_set_up_already_is_not_described_anew_under_another_name() -> None:
    from app.scaffold.site import Page, Section, Site
    site = Site(name="Limestone Coast Cave Divers", pages=[Page(route="/", title="Home", sections=[
        Section(kind="hero", heading="Limestone Coast Cave Divers"), Section(kind="text", text="We dive sinkholes.")])])
    request = "Club dive days: first Saturday of the month, meet 8am at Cave Garden car park. Home page."
    plan = parse_plan(json.dumps({"ops": [{"op": "describe_site", "name": "Club dive days",
                                           "tagline": "meet 8am at Cave Garden car park"}]}))
    fitted = fit_plan(plan, request, site)
    assert [op.op for op in fitted.ops] == ["add_items"]
    assert "first Saturday of the month" in json.dumps(fitted.model_dump())


def test_a_new_page_whose_pieces_drop_a_part_of_its_paragraph_gets_it_whole() -> None:
    request = ("Add a page called Where to Buy: our shed at 3 Station Road, Yackandandah, open Friday 9 till 1. Also "
               "Beechworth market on Sundays.")
    plan = parse_plan(json.dumps({"ops": [
        {"op": "add_page", "title": "Where to Buy", "route": "/where-to-buy", "sections": ["features", "cta"]},
        {"op": "add_items", "route": "/where-to-buy", "kind": "list", "items": [
            {"title": "our shed at 3 Station Road"}, {"title": "Yackandandah"}, {"title": "open Friday", "text": "9 till 1"}]}]}))
    fitted = fit_plan(plan, request, _site())
    assert [op.op for op in fitted.ops] == ["add_page", "add_section"]
    assert "Beechworth market on Sundays" in fitted.ops[1].text  # type: ignore[union-attr]


def test_a_hero_removed_where_the_request_names_no_hero_is_no_edit() -> None:
    hero = parse_plan('{"ops":[{"op":"remove_section","route":"/","kind":"hero"}]}')
    said = "Please remove the harp hire section from the home page - I have sold my last hire harp."
    assert fit_plan(hero, said).ops == [Decline(op="decline")]
    # named, it goes
    assert plan_to_json(fit_plan(hero, "remove the big banner at the top of the home page")) == plan_to_json(hero)


def test_a_colour_in_the_name_of_a_thing_the_site_lists_asks_for_no_new_look() -> None:
    site = initial_site("Cafe")
    site.pages.append(Page(route="/menu", title="Menu", sections=[Section(kind="list", items=[
        Item(title="Flat White", text="5.00"), Item(title="Long Black", text="4.50")])]))
    theme = '{"op":"set_theme","primary":"black","background":"white"}'
    plan = parse_plan('{"ops":[{"op":"edit_item","item":"Flat White","text":"5.20"},%s]}' % theme)
    assert "set_theme" not in plan_to_json(fit_plan(plan, "flat white gone up to 5.20, long black 4.70", site))
    # the same colours asked of the site are a look
    assert "set_theme" in plan_to_json(fit_plan(parse_plan('{"ops":[%s]}' % theme), "make the site black and white", site))


@pytest.mark.parametrize(("request_text", "model", "title", "route"), [
    ("Add a page Visit us with our address Rua de São Miguel 14, 1100-544 Lisboa and the opening hours: Tuesday to "
     "Sunday 8:00 - 18:00, Monday closed", '{"op":"add_page","title":"Visit","route":"/visit"}', "Visit us", "/visit-us"),
    ("Page About me: My name is Guadalupe Hernández. I learn ceramica from my grandmother in Puebla.",
     '{"op":"add_page","title":"About","route":"/about"}', "About me", "/about-me"),
    # the typed path names the page, and what the plan put on the model's page goes there
    ("Create page About me at /about-me with text: My name is Guadalupe. I learned ceramics in Puebla.",
     '{"op":"add_page","title":"Create","route":"/create"},{"op":"add_section","route":"/create","kind":"text",'
     '"text":"My name is Guadalupe. I learned ceramics in Puebla."}', "About me", "/about-me"),
])
def test_a_pages_name_ends_with_the_lower_case_word_typed_in_it(request_text: str, model: str, title: str, route: str) -> None:
    ops = fit_plan(parse_plan('{"ops":[%s]}' % model), request_text, _site()).ops  # type: ignore[arg-type]
    assert (ops[0].title, ops[0].route) == (title, route)  # type: ignore[union-attr]
    assert all(getattr(op, "route", route) == route for op in ops)


def test_a_page_called_something_names_no_site() -> None:
    """"a page called Reviews with these three: ..." speaks of a page's name: the model's site name of a review goes."""
    from app.scaffold.sitename import names_the_site
    assert not names_the_site("I would like a page called Reviews with these three, if you would be so kind")
    assert names_the_site("the site should be called Reviews R Us")


def test_a_person_s_name_names_no_site() -> None:
    from app.scaffold.sitename import names_the_site
    assert not names_the_site("Joyce has moved to Florida to be near her daughter so please take her name off the Members")
    assert names_the_site("the name at the top is wrong")


def test_a_page_the_model_wrote_without_a_route_beside_an_op_with_none_is_no_crash() -> None:
    """The route typed for a new page written without one: the ops beside it that have no route stay (u274 crashed here)."""
    plan = parse_plan('{"ops":[{"op":"add_page","title":"Price"},{"op":"remove_item","item":"price list"}]}')
    fitted = requestfit._fitted_ops(plan, "can u make a page called Price List and move the prices there", initial_site("Lotus"))
    assert isinstance(fitted.ops[0], AddPage) and fitted.ops[0].route == "/price-list"
