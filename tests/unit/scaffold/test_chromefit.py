"""The footer and the navigation's links read from the request's own words (``chromefit``), and
a note for a page the site has (``notefit`` through ``contentfit.read_plan``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import chromefit, contentfit
from app.scaffold.chromefit import footer_text
from app.scaffold.plan import AddItems, AddNavLink, AddSection, Plan, SetFooter, SetText
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import NavLink, Page, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project


def _site(*routes: str, nav: tuple[str, ...] = ("/",)) -> Site:
    pages = [Page(route=r, title="Home" if r == "/" else r.strip("/").replace("-", " ").title()) for r in ("/", *routes)]
    return Site(name="Elvet Ringers", pages=pages,
                nav=[NavLink(label=p.title, href=p.route) for p in pages if p.route in nav])


@pytest.mark.parametrize(("request_text", "text"), [
    ("Footer: Not affiliated with UNM or any museum.", "Not affiliated with UNM or any museum"),
    ("Oh, and please put the shop hours in the footer: by appointment only, Tues–Sat. Phone (740) 555-0182.",
     "by appointment only, Tues–Sat. Phone (740) 555-0182"),
    ("Put a link to the FAQ in the menu at the top and change the footer to say 'Ringing in Elvet since 1887'.",
     "Ringing in Elvet since 1887"),
    ("Finally, please add 'Private group walks available on request.' at the bottom of the Walks page, and put my "
     "phone number 01328 710 442 in the footer.", "Phone 01328 710 442"),
    ("put faq and services in the menu, and remove the contact page if there is one, i'd rather people just email "
     "tamsin@letterworks.co.uk — put that in the footer", "Email tamsin@letterworks.co.uk"),
    ("The address is Unit 4, 112 Kilmarnock Road, Glasgow G41 3NN. Please put it in the footer.",
     "Unit 4, 112 Kilmarnock Road, Glasgow G41 3NN"),
    ("put a disclaimer at the bottom of every page: never eat a wild mushroom unless an expert has checked it",
     "never eat a wild mushroom unless an expert has checked it"),
    ("Last thing, add our address to the footer: 4150 Westside Road, Healdsburg, CA 95448. Thanks so much!",
     "4150 Westside Road, Healdsburg, CA 95448"),
    # contact details wanted on every page: the footer is what every page shows
    ("phone 087 412 9930 at top of every page.", "Phone 087 412 9930"),
    ("Phone (843) 555-0162. Email denise@lowcountry.com. Top of every page.",
     "Phone (843) 555-0162 · Email denise@lowcountry.com"),
    ("add our phone 04 385 2291 and insta @rindandrumble at the bottom", "Phone 04 385 2291 · @rindandrumble"),
    ("Contact in footer. Lowri 07812 550 394 or rockets.secretary@gmail.com.",
     "Lowri 07812 550 394 or rockets.secretary@gmail.com"),  # where, then what
    # the words before where, typed with a number of their own
    ("license number TX M-41782 at bottom of every page", "license number TX M-41782"),
    ("gas safe reg number 512734 at bottom of every page", "gas safe reg number 512734"),
    ("and at the bottom of every page write © 2026 Padaria Sol Nascente", "© 2026 Padaria Sol Nascente"),
    ("gas safe number 584213 put in footer", "gas safe number 584213"),
])
def test_the_footer_takes_the_words_the_request_gives_it(request_text: str, text: str) -> None:
    assert chromefit.footer_text(request_text) == text


@pytest.mark.parametrize("request_text", [
    "The address only appears on the home page - it should be in the footer on every page.",  # no words of its own
    "Make the footer dark blue",
    "Put the address at the bottom of the home page: 3 Mill Lane",  # the home page's bottom, not the footer
    "Put the prices on every page: Adults £5, kids £3",  # not contact details
    "make the 3 buttons at the bottom of every page bigger",  # words about the site, with an instruction
])
def test_no_footer_words_no_footer(request_text: str) -> None:
    assert chromefit.footer(request_text) is None


def test_a_footer_request_replaces_the_models_misreadings_and_keeps_its_other_ops() -> None:
    site = _site("/faq", nav=("/", "/faq"))
    request = "Put a link to the FAQ in the menu at the top and change the footer to say 'Ringing in Elvet since 1887'."
    model = Plan(ops=[AddNavLink(op="add_nav_link", label="Ringing in Elvet since 1887", href="/faq")])
    assert fit_plan(model, request, site).ops == [
        AddNavLink(op="add_nav_link", label="Faq", href="/faq"),
        SetFooter(op="set_footer", text="Ringing in Elvet since 1887", replace=True)]
    request = "Footer: Not affiliated with UNM or any museum."
    model = Plan(ops=[SetText(op="set_text", route="/", target="site_name", text="Not affiliated with UNM or any museum")])
    assert fit_plan(model, request, site).ops == [SetFooter(op="set_footer", text="Not affiliated with UNM or any museum")]


@pytest.mark.parametrize(("request_text", "hrefs"), [
    ("add Prices and FAQ to the menu", ["/prices", "/faq"]),
    ("Put the History page and the Ringers page in the menu at the top please", ["/history", "/ringers"]),
    ("put Workshops and FAQ in the nav menu", ["/faq", "/workshops"]),
    ("can we have a instagram link in the nav, its instagram.com/bhseedlibrary", ["https://instagram.com/bhseedlibrary"]),
    ("In the menu put the link to my Etsy shop: etsy.com/shop/cadernotorto", ["https://etsy.com/shop/cadernotorto"]),
    ("add our forum to the nav, forum.mvrs.org", ["https://forum.mvrs.org"]),  # bare, with a web ending
    ("put St.Ives in the menu", []),  # a word.word with no web ending is no address
    ("Remove Prices from the menu", []),  # not an addition: the model's plan stands
    ("the Contact page is there but it's not in the nav, add it next to Tour", []),  # an order: no op says it
    ("Make the prices on the home page bigger", []),  # no navigation
])
def test_the_navigation_links_each_page_the_request_names(request_text: str, hrefs: list[str]) -> None:
    site = _site("/prices", "/faq", "/history", "/ringers", "/workshops", "/shop", "/tour", "/contact")
    assert sorted(link.href for link in chromefit.nav_links(request_text, site)) == sorted(hrefs)


def test_a_cafes_menu_page_is_not_the_navigation() -> None:
    site = _site("/menu", "/about")
    assert chromefit.nav_links("add Cortado and Mocha to the menu", site) == []
    assert [link.href for link in chromefit.nav_links("and add about to the menu bar at the top", site)] == ["/about"]


def test_links_stand_in_for_the_models_reading_of_page_names_as_items() -> None:
    site = _site("/history", "/ringers")
    model = Plan(ops=[AddItems(op="add_items", route="/ringers", kind="features",
                               items=[{"title": "History", "text": "The History"}, {"title": "Ringers"}])])  # type: ignore[list-item]
    fitted = fit_plan(model, "Put the History page and the Ringers page in the menu at the top please", site)
    assert fitted.ops == [AddNavLink(op="add_nav_link", label="History", href="/history"),
                          AddNavLink(op="add_nav_link", label="Ringers", href="/ringers")]


@pytest.mark.parametrize(("request_text", "route", "heading", "text"), [
    ("Add to home: 99% of rocks sent to us are not meteorites. We'll still tell you what it is.", "/", "",
     "99% of rocks sent to us are not meteorites. We'll still tell you what it is."),
    ("Season note on the home page: queens available October to March only, nucs from November.", "/", "",
     "Queens available October to March only, nucs from November."),
    ("ok. then just put on the adopt page: to apply email adopt@saguaroshell.org with ur name, city and a photo",
     "/adopt", "", "To apply email adopt@saguaroshell.org with ur name, city and a photo"),
    ("Lovely. Practice night is Thursday 7.30pm to 9pm, and we ring for Sunday service at 10.15am. Please put that "
     "on the home page under a heading 'When We Ring'.", "/", "When We Ring",
     "Practice night is Thursday 7.30pm to 9pm, and we ring for Sunday service at 10.15am."),
])
def test_a_note_for_a_page_the_site_has_is_a_text_section_there(request_text: str, route: str, heading: str,
                                                                text: str) -> None:
    plan = contentfit.read_plan(request_text, _site("/adopt", "/walks"))
    assert plan is not None and plan.ops == [AddSection(op="add_section", route=route, kind="text",
                                                        heading=heading, text=text)]


@pytest.mark.parametrize("request_text", [
    "On treatments page: remove Shockwave Therapy, add Dry Needling 30 minutes £40.",  # edits, not a note
    "Lovely. Now add some FAQs to the homepage: 'Do I need to know anything?' - Not a thing. 'Harmed?' - No.",
    "Put the prices on the home page",  # no words of its own
])
def test_no_note_where_the_request_gives_none(request_text: str) -> None:
    plan = contentfit.read_plan(request_text, _site("/treatments"))
    assert plan is None or not any(isinstance(op, AddSection) for op in plan.ops)


def test_content_for_a_page_the_request_names_gets_that_page_and_its_route_from_its_name() -> None:
    from app.scaffold.plan import AddPage, parse_plan
    site = _site()
    model = parse_plan('{"ops":[{"op":"add_items","route":"/tours","kind":"list","items":[{"title":"8pm","text":"9:30pm"}]}]}')
    fitted = fit_plan(model, "Tours run nightly at 8pm and 9:30pm. Put it on a Tours page.", site)
    assert fitted.ops[0] == AddPage(op="add_page", title="Tours", route="/tours")
    model = parse_plan('{"ops":[{"op":"add_page","title":"Standings","route":"/standlers"}]}')
    fitted = fit_plan(model, "add a standings page with this: 1. Earl Pruitt 42 pts, 2. Donna Kay Mertz 39 pts", site)
    assert fitted.ops[0] == AddPage(op="add_page", title="Standings", route="/standings")


def test_a_new_site_read_from_a_note_for_a_page_it_has_is_that_note() -> None:
    from app.scaffold.plan import parse_plan
    model = parse_plan('{"ops":[{"op":"describe_site","name":"The Visit","tagline":"the foghorn"}]}')
    request = "The Visit page should also say: The museum is a 20 minute walk from the pier. No cafe."
    assert fit_plan(model, request, _site("/visit")).ops == [AddSection(
        op="add_section", route="/visit", kind="text", text="The museum is a 20 minute walk from the pier. No cafe.")]


def test_a_note_stands_in_for_a_content_op_that_dropped_most_of_it() -> None:
    from app.scaffold.plan import parse_plan
    model = parse_plan('{"ops":[{"op":"add_items","route":"/trials","kind":"contact","items":'
                       '[{"title":"Margaret Ibbotson","text":"Entries by post"}]}]}')
    request = "Very well. Please add to the Trials page: Entries by post to Margaret Ibbotson, Low Garth, Starbotton."
    assert fit_plan(model, request, _site("/trials")).ops == [AddSection(
        op="add_section", route="/trials", kind="text",
        text="Entries by post to Margaret Ibbotson, Low Garth, Starbotton.")]


def test_a_short_sentence_that_only_says_where_makes_the_rest_a_note() -> None:
    plan = contentfit.read_plan("Season runs October to March. Put on home page.", _site())
    assert plan is not None and plan.ops == [AddSection(op="add_section", route="/", kind="text",
                                                        text="Season runs October to March.")]


@pytest.mark.parametrize(("request_text", "text"), [
    ("Our instagram is @stroudstitchraiders, put that in the footer please x", "@stroudstitchraiders"),
    ("the instagram handle isn't showing, put @fruitvalefridge in the footer", "@fruitvalefridge"),
    ("And at the very bottom could it say Workshop visits by appointment only, Tuesdays and Thursdays",
     "Workshop visits by appointment only, Tuesdays and Thursdays"),
    ("Please add to the bottom of every page: Kindly sponsored by Hingston's, Gunnislake.",
     "Kindly sponsored by Hingston's, Gunnislake"),
    ("Put my phone on the home page at the bottom: 087 555 3921", ""),  # that page's, not the footer
    ("Please put our telephone on every page at the bottom, 01323 845 207, and the address Little Puddles Farm, "
     "Cowbeech Road, Hailsham BN27 4HT", "01323 845 207, and the address Little Puddles Farm, Cowbeech Road, "
     "Hailsham BN27 4HT"),
    ("No wahala. Then just put our contacts on every page: phone/WhatsApp 0803 614 2279, email "
     "hello@highlandberryjos.ng, and the address Km 7 Rayfield Road, Jos.",
     "phone/WhatsApp 0803 614 2279, email hello@highlandberryjos.ng, and the address Km 7 Rayfield Road, Jos"),
    # what goes is named where it goes and typed in the sentences after
    ("can u add our insta and email at the bottom of every page. insta is @sandbarsup and email hi@sandbarsup.co.uk",
     "insta is @sandbarsup and email hi@sandbarsup.co.uk"),
    ("Contact bit at the bottom of every page please - 07700 914 562, dai@daipresley.co.uk",
     "07700 914 562, dai@daipresley.co.uk"),
    # ... or in the sentence before a bare "put in footer"
    ("contact details pls: phone 98140 27365, email ctta.chd@gmail.com. put in footer of every page",
     "phone 98140 27365, email ctta.chd@gmail.com"),
])
def test_the_footer_takes_what_the_request_gives_beside_where(request_text: str, text: str) -> None:
    assert chromefit.footer_text(request_text) == text


def test_the_bottom_of_the_pages_and_for_the_bottom_are_the_footer() -> None:
    from app.scaffold.chromefit import footer
    found = footer("oh n add our insta @portybeachvolley and email portybv@gmail.com at the bottom of the pages")
    assert found is not None and "portybv@gmail.com" in found.text and "@portybeachvolley" in found.text
    found = footer("Contact details for the bottom please: phone 0113 496 0725, email brenda@pudseyparrots.org.uk.")
    assert found is not None and found.text.startswith("phone 0113 496 0725")


def test_the_footer_takes_each_clause_of_content_before_the_one_that_says_where() -> None:
    request = "My studio address is ul. Karmelicka 14/3, 31-128 Kraków. Phone +48 512 340 778. Put it on bottom of every page please."
    assert footer_text(request) == "Karmelicka 14/3, 31-128 Kraków · Phone +48 512 340 778"


def test_the_bottom_of_every_page_is_the_footer_not_a_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    request = "My studio address is ul. Karmelicka 14/3, 31-128 Kraków. Phone +48 512 340 778. Put it on bottom of every page please."
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"decline"}]}')).run(request)
    assert result.outcome == "applied", result.message
    assert '"set_footer"' in result.plan and "bottom-of-every" not in result.plan


@pytest.mark.parametrize(("request_", "text"), [
    # u376-u388, as typed: no footer was read
    ("Add contact: email boulejoyeuse.arenes@gmail.com, telephone of Gérard 06 12 48 93 70. In the bottom of all pages.",
     "email boulejoyeuse.arenes@gmail.com, telephone of Gérard 06 12 48 93 70"),
    ("add to every page at the bottom: Shuswap Garlic Fest Society, PO Box 412, Salmon Arm BC V1E 4N6",
     "Shuswap Garlic Fest Society, PO Box 412, Salmon Arm BC V1E 4N6"),
    ("add facebook link facebook.com/kuyabenwatertagum at bottom of every page", "Facebook: facebook.com/kuyabenwatertagum"),
])
def test_the_footer_s_words_said_before_where_or_after_its_colon(request_: str, text: str) -> None:
    footer = chromefit.footer(request_)
    assert footer is not None and footer.text == text
