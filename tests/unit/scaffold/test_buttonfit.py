"""The home page's button as the request types it (``buttonfit``), through the turn loop with the
model's plan as it was in the user sets: the label cut short ("Enquire" for "Enquire now"), the old
label on the button and the new one as the heading, and no slot for where the button goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import buttonfit
from app.scaffold.site import Page, Section, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

BUTTON = '{"ops":[{"op":"set_text","route":"/","target":"button","text":"%s"}]}'


def _home(root: Path) -> str:
    return (root / "app" / "page.tsx").read_text()


@pytest.mark.parametrize(("prompt", "model", "label"), [
    ("Kindly change button to Enquire now", BUTTON % "Enquire", "Enquire now"),
    ("home button should say RSVP now instead", BUTTON % "RSVP", "RSVP now"),
    ("And home button should say View Classes then", BUTTON % "View Classes", "View Classes"),
    ("Please change the button of home page to say:\nCome to play", BUTTON % "Come to play", "Come to play"),
    ("Last change: the home page button should say Buy tickets instead of See the line-up.",
     BUTTON % "Buy tickets instead of See the line-up", "Buy tickets"),
    ('Please change the home page button from "Join the club" to "Become a member".',
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Join the club"},'
     '{"op":"set_text","route":"/","target":"title","text":"Become a member"}]}', "Become a member"),
    ("put a button on the home page that says See the schedule", BUTTON % "Schedule", "See the schedule"),
    ("home page: add a button labeled See the schedule", BUTTON % "See the schedule labeled", "See the schedule"),
    ("The button on the home page: text must be View Works.", BUTTON % "Works", "View Works"),
    ("Can the button on home page say \"See our menu\"?", BUTTON % "Menu", "See our menu"),
    ("On the home page change the button text to exactly See our menu and when you click it nothing else",
     BUTTON % "When you click it", "See our menu"),
])
def test_the_label_is_the_one_typed(tmp_path: Path, prompt: str, model: str, label: str) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(BUTTON % "Join the club")).run("change the button to Join the club")
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert f">{label}</Link>" in home
    assert "<h1>Become a member</h1>" not in home


@pytest.mark.parametrize(("prompt", "model", "label", "href"), [
    ("button -> 'github' linking to https://github.com/lbrandt", BUTTON % "github", "github",
     "https://github.com/lbrandt"),
    ("make the button say Book a table and link it to opentable.com/r/bistro-nine", BUTTON % "Book a table",
     "Book a table", "https://opentable.com/r/bistro-nine"),
    ("Button on home should link to /projects.", '{"ops":[{"op":"add_nav_link","label":"Button","href":"/projects"}]}',
     "Join the club", "/projects"),
    ("Ok no worries!! Then just make the RSVP button email us at kayla@example.com", BUTTON % "kayla@example.com",
     "Join the club", "mailto:kayla@example.com"),
    ("ok then just make the button open an email to founders@example.in", '{"ops":[{"op":"decline"}]}',
     "Join the club", "mailto:founders@example.in"),
    ("home page button text 'Get early access', href /projects", BUTTON % "Projects", "Get early access", "/projects"),
    ("cta button -> 'Get early access', links to a /projects page", BUTTON % "Get early access", "Get early access",
     "/projects"),
])
def test_the_button_goes_where_the_request_says(tmp_path: Path, prompt: str, model: str, label: str, href: str) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(BUTTON % "Join the club")).run("change the button to Join the club")
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="{href}">{label}</Link>' in _home(root)
    assert any(href in line for line in result.summary), result.summary  # the turn says where it goes


def test_an_email_typed_to_show_is_no_link(tmp_path: Path) -> None:
    """"... to RSVP by email and add X below it": the email is a text to add, not the button's target."""
    request = "Change the home page button text to RSVP by email and add meianddaniel2027@gmail.com below it."
    assert buttonfit._href(request) == ""


def test_two_buttons_stay_the_models(tmp_path: Path) -> None:
    assert buttonfit.read("add two buttons: Book now and Call us", None) is None
    assert buttonfit._label("the buttons should say Book and Call") is None


def test_a_request_with_another_part_keeps_it(tmp_path: Path) -> None:
    """The heading the model set stays; only its button op takes the typed label."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Fresh bread daily"},'
             '{"op":"set_text","route":"/","target":"button","text":"Order"}]}')
    result = TurnRunner(root, FakeEngine(model)).run("change the heading to Fresh bread daily and the button to Order now")
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert "<h1>Fresh bread daily</h1>" in home
    assert ">Order now</Link>" in home


def test_a_button_sent_to_a_new_page_makes_it(tmp_path: Path) -> None:
    """"... and go to a new page called Our Breads": the page is made and the button goes there."""
    root = managed_project(tmp_path)
    model = BUTTON % "See our breads and go to a new page called Our Breads"
    result = TurnRunner(root, FakeEngine(model)).run(
        "The button on home page, please make it say See our breads and go to a new page called Our Breads.")
    assert result.outcome == "applied", result.message
    assert 'href="/our-breads">See our breads</Link>' in _home(root)
    assert (root / "app" / "our-breads" / "page.tsx").is_file()


def test_a_new_page_that_says_something_holds_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_page","title":"Please","route":"/","sections":["cta"]},'
             '{"op":"set_text","route":"/","target":"button","text":"RSVP"}]}')
    result = TurnRunner(root, FakeEngine(model)).run(
        "make the button say RSVP and link it to an RSVP page that just says Please reply by August 1st")
    assert result.outcome == "applied", result.message
    assert 'href="/rsvp">RSVP</Link>' in _home(root)
    assert "Please reply by August 1st" in (root / "app" / "rsvp" / "page.tsx").read_text()


def test_a_button_sent_to_a_page_the_site_has(tmp_path: Path) -> None:
    """The model put the button and a heading on the Adopt page; the request names the front page's button."""
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Adopt","route":"/adopt"}]}')).run("add a page Adopt")
    model = ('{"ops":[{"op":"set_text","route":"/adopt","target":"button","text":"Meet our dogs"},'
             '{"op":"set_text","route":"/adopt","target":"title","text":"Adopt"}]}')
    result = TurnRunner(root, FakeEngine(model)).run(
        "The button on the front page could it say Meet our dogs and bring you to the Adopt page please")
    assert result.outcome == "applied", result.message
    assert 'href="/adopt">Meet our dogs</Link>' in _home(root)
    assert "Meet our dogs" not in (root / "app" / "adopt" / "page.tsx").read_text()


@pytest.mark.parametrize(("prompt", "label"), [
    # the model declined each; a home page with no button gets one named after the page it goes to
    ("the button in home page must go to the menu page please", "Menu"),
    ("The button on home must go to the page /menu please.", "Menu"),
    ("The button on the home page should say Meet Our Animals and take people to the Menu page, please.",
     "Meet Our Animals"),
])
def test_a_button_said_to_go_to_a_page_by_its_name_or_path(tmp_path: Path, prompt: str, label: str) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Menu","route":"/menu"}]}')).run("add a page Menu")
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"decline"}]}')).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="/menu">{label}</Link>' in _home(root)


def test_a_new_page_named_before_what_it_is_for(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(BUTTON % "Voir nos produits")).run(
        "the button must say Voir nos produits and go to a page Products where i will put the breads")
    assert result.outcome == "applied", result.message
    assert 'href="/products">Voir nos produits</Link>' in _home(root)
    assert (root / "app" / "products" / "page.tsx").is_file()


def test_a_path_the_site_lacks_is_made_a_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(BUTTON % "Join the beta -> /beta page")).run("CTA button: Join the beta -> /beta page")
    assert result.outcome == "applied", result.message
    assert 'href="/beta">Join the beta</Link>' in _home(root)
    assert (root / "app" / "beta" / "page.tsx").is_file()


@pytest.mark.parametrize(("prompt", "model", "label", "href"), [
    ("the button should say Voir nos produits and go to a new page Products",
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Voir nos produits"},'
     '{"op":"set_text","route":"/","target":"title","text":"Go to a new page Products"}]}', "Voir nos produits", "/products"),
    ('Change the home button to say "See the schedule" and make it go to /schedule. Thank you!',
     '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Make it go"},'
     '{"op":"set_text","route":"/","target":"button","text":"See the schedule"}]}', "See the schedule", "/schedule"),
    ('Button on home should go to /contact, and change the text to "Book on WhatsApp"', '{"ops":[{"op":"decline"}]}',
     "Book on WhatsApp", "/contact"),
])
def test_a_request_about_the_button_sets_no_heading(tmp_path: Path, prompt: str, model: str, label: str, href: str) -> None:
    """The heading the model made of the request's other words ("Make it go") is no part of a button's change."""
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert f'href="{href}">{label}</Link>' in home
    assert "<h1>Test Site</h1>" in home


def test_an_email_typed_beside_the_button_is_no_link() -> None:
    """"button should say Message Me, and add my insta ... and email X": X is content to add."""
    assert buttonfit._href("button should say Message Me, and add my insta @happytails and email jess@example.com") == ""
    assert buttonfit._href("make the RSVP button email us at kayla@example.com") == "mailto:kayla@example.com"


@pytest.mark.parametrize(("prompt", "model", "label"), [
    # the model set the label and made a heading of the page's name; the button went nowhere ("/")
    ("the button say Ver la tienda and go to the Menu", BUTTON % "Ver la tienda", "Ver la tienda"),
    ("home button say 'Join us' and take people to menu", BUTTON % "Join us", "Join us"),
    ("Please change button on home to 'Book free trial' and it go to Menu page", BUTTON % "Book free trial",
     "Book free trial"),
    # the label between the button and where it goes; the model declined
    ("the button See our menu on home must go to the menu page please", '{"ops":[{"op":"decline"}]}', "See our menu"),
])
def test_a_page_the_site_has_named_without_the_word_page(tmp_path: Path, prompt: str, model: str, label: str) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Menu","route":"/menu"}]}')).run("add a page Menu")
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="/menu">{label}</Link>' in _home(root)


def test_a_name_the_site_has_no_page_for_makes_no_page() -> None:
    """"go to the Shop" where the site has no Shop page: no target read, and no page made of it."""
    assert buttonfit._target("the button say Ver la tienda and go to the Shop", None) == ("", [], [])


@pytest.mark.parametrize(("prompt", "label", "href"), [
    ("button -> Download on Google Play. link https://play.google.com/store/apps/details?id=com.pocketsplit.app",
     "Download on Google Play", "https://play.google.com/store/apps/details?id=com.pocketsplit.app"),
    ("cta button -> 'Get it on Google Play' linking https://play.google.com/store/apps/details?id=app.streakly",
     "Get it on Google Play", "https://play.google.com/store/apps/details?id=app.streakly"),
    ("button = Listen on Bandcamp, link eisenwald.bandcamp.com", "Listen on Bandcamp", "https://eisenwald.bandcamp.com"),
    ("button home write 'Find us on Facebook' link facebook.com/caphemay.hanoi", "Find us on Facebook",
     "https://facebook.com/caphemay.hanoi"),
    ("Set the home page button text to Download on the App Store with href https://apps.apple.com/app/koban/id6479001234",
     "Download on the App Store", "https://apps.apple.com/app/koban/id6479001234"),
    # a button that rings the number it is tapped for: a tel: link, the number typed placed
    ("button should say call now and ring 07700 900412", "call now 07700 900412", "tel:07700900412"),
    ("button shud say Ring Dave 07700 900461 and ring the number when u tap it on ur phone", "Ring Dave 07700 900461",
     "tel:07700900461"),
    # a WhatsApp chat to an international number typed, shown on the button
    ("The button should read 'Chat us on WhatsApp' and the number is +234 803 555 0142",
     "Chat us on WhatsApp +234 803 555 0142", "https://wa.me/2348035550142"),
])
def test_a_link_typed_without_to(tmp_path: Path, prompt: str, label: str, href: str) -> None:
    """The model set the label alone, and the address typed was left out: the turn declined."""
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(BUTTON % label)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="{href}">{label}</Link>' in _home(root)


@pytest.mark.parametrize(("prompt", "label", "route", "said"), [
    ("Please could you change the button on the home page to say 'RSVP by 1 May' and make it go to a new RSVP page? "
     "On the RSVP page just put: Please email us at sj2027@example.com with your name.", "RSVP by 1 May", "rsvp",
     "Please email us at sj2027@example.com with your name."),
    # the page's name and a colon; its email is no new address for the site's own
    ("The home page button should say 'Volunteer with us' and go to a new Volunteer page. On the Volunteer page: We need "
     "sorters on Tuesday mornings. Email our coordinator Janet Flett at volunteer@example.ca", "Volunteer with us",
     "volunteer", "Janet Flett at volunteer@example.ca"),
])
def test_an_email_in_the_new_pages_words_is_no_target(tmp_path: Path, prompt: str, label: str, route: str, said: str) -> None:
    """"... go to a new RSVP page? On the RSVP page just put: Please email us at X": the page holds X."""
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(BUTTON % label)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="/{route}">{label}</Link>' in _home(root)
    assert said in (root / "app" / route / "page.tsx").read_text()


def test_a_page_called_something_that_says_something(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(BUTTON % "RSVP Details")).run("change the button to RSVP Details")
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"replace_text","old":"September 19","new":"July 15"}]}')).run(
        'No worries at all! Instead, could the "RSVP Details" button go to a page called "RSVP" that says: '
        "Please RSVP by July 15, 2027 by emailing ana@example.com.")
    assert result.outcome == "applied", result.message
    assert 'href="/rsvp">RSVP Details</Link>' in _home(root)
    assert "Please RSVP by July 15, 2027 by emailing ana@example.com." in (root / "app" / "rsvp" / "page.tsx").read_text()


def test_a_button_said_to_be_a_look_gets_no_label() -> None:
    """"the button should be bigger", "button should be red": no label "bigger" or "red"; "should be Book now" is one."""
    assert buttonfit._label("the button should be bigger") is None
    assert buttonfit._label("button should be red") is None
    assert buttonfit._label("button should be Book now") == ("Book now", "")


@pytest.mark.parametrize(("prompt", "model", "label", "route"), [
    ('the button should say "See our bread" and go to new page Products', BUTTON % "See our bread", "See our bread", "/products"),
    # the model labelled the button with the page's name
    ("Please change the button to say Donate Food and have it go to a page called How to Help.",
     '{"ops":[{"op":"add_page","title":"How to Help","route":"/how-to-help"},'
     '{"op":"set_text","route":"/","target":"button","text":"How to Help"}]}', "Donate Food", "/how-to-help"),
    ("cta button 'Get the app' -> /download page",
     '{"ops":[{"op":"add_page","title":"Download","route":"/download"},'
     '{"op":"set_text","route":"/","target":"button","text":"Download"}]}', "Get the app", "/download"),
])
def test_a_new_page_said_without_an_article_and_a_label_before_an_arrow(tmp_path: Path, prompt: str, model: str, label: str,
                                                                        route: str) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="{route}">{label}</Link>' in _home(root)
    assert (root / "app" / route.strip("/") / "page.tsx").is_file()


@pytest.mark.parametrize(("prompt", "model", "label", "route"), [
    ("button -> Book a class 🙏 and can it go to a Classes page",
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Book a class"},{"op":"remove_item","item":"Classes"}]}',
     "Book a class 🙏", "/classes"),
    ('The button on home page now say "See the shop" and it go to a new page Shop, please.',
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"See the shop"},'
     '{"op":"set_text","route":"/","target":"title","text":"Shop, please"}]}', "See the shop", "/shop"),
    ("button -> 'Come run with us', linking to a Runs page",
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Come run with us"},'
     '{"op":"set_text","route":"/","target":"title","text":"Runs"}]}', "Come run with us", "/runs"),
])
def test_a_new_page_said_as_people_say_it(tmp_path: Path, prompt: str, model: str, label: str, route: str) -> None:
    """"and can it go to", "now say", "linking to a Runs page": the page made, the button sent there with its label."""
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="{route}">{label}</Link>' in _home(root)
    assert (root / "app" / route.strip("/") / "page.tsx").is_file()


@pytest.mark.parametrize(("prompt", "model", "label", "route", "words"), [
    # the new page's words after its name and a colon
    ("Home page button should say Book Free Trial and open the Contact page. Contact page: Lane 6, Koregaon Park, "
     "Pune 411001. Call or WhatsApp 98220 41177.",
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Book Free Trial"},'
     '{"op":"set_text","route":"/","target":"title","text":"Contact"}]}', "Book Free Trial", "/contact", "Call or WhatsApp 98220 41177."),
    # the button sent "there": to the page the same request makes
    ("ok no worries! make an RSVP page that just says Please RSVP by April 1, 2027 by texting Sam at (828) 555-0147 "
     "and make the home button say RSVP and link there",
     '{"ops":[{"op":"add_page","title":"RSVP","route":"/rsvp","sections":["cta"]}]}', "RSVP", "/rsvp",
     "texting Sam at (828) 555-0147"),
    # the model wrote the page and its list alone: the button beside them
    ("Thank you!! Could you change the button so it says See the details and takes you to a new page called Details? "
     "On Details please put:\nCeremony at 17:00 at Finca El Olivar\nDinner and dancing afterwards",
     '{"ops":[{"op":"add_page","title":"Details","route":"/details"},{"op":"add_items","route":"/details","kind":"list",'
     '"items":[{"title":"Ceremony at 17:00 at Finca El Olivar"},{"title":"Dinner and dancing afterwards"}]}]}',
     "See the details", "/details", "Finca El Olivar"),
])
def test_a_button_sent_to_a_new_page_with_its_words(tmp_path: Path, prompt: str, model: str, label: str, route: str,
                                                    words: str) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="{route}">{label}</Link>' in _home(root)
    page = (root / "app" / route.strip("/") / "page.tsx").read_text()
    assert words in page and "home button" not in page


def test_no_label_where_nothing_says_the_words_are_one() -> None:
    """"Button to automatic translate every page": no label; "change button to X", "button to say X" and a quoted label are."""
    assert buttonfit._label("Also Japanese version please. Button to automatic translate every page.") is None
    assert buttonfit._label("Kindly change button to Enquire now") == ("Enquire now", "")
    assert buttonfit._label('home button to "Book now" please') == ("Book now", "")
    assert buttonfit._label("The button on home page, please it must say See the menu and open the menu page") == ("See the menu", "")
    assert buttonfit._label("On home page the button must show Enquire Now and open the Contact page") == ("Enquire Now", "")


def test_words_under_the_button_are_no_label_and_a_mailto_link_keeps_the_label() -> None:
    assert buttonfit._label("add under the button: 24hr emergency line 07700 912 448") is None
    from app.scaffold.site import Page, Section, Site
    site = Site(name="BudgetBee", pages=[Page(route="/", title="Home", sections=[
        Section(kind="hero", heading="BudgetBee", button_label="Get Early Access")])])
    plan = buttonfit.read("ok make CTA just a mailto link to hello@budgetbee.app", site)
    assert plan is not None and [(op.text, op.href) for op in plan.ops] == [  # type: ignore[union-attr]
        ("Get Early Access", "mailto:hello@budgetbee.app")]


def test_a_line_under_the_button_is_a_line_not_the_label(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(BUTTON % "Call 0161 483 2290")).run("button should say Call 0161 483 2290")
    result = TurnRunner(root, FakeEngine(BUTTON % "24hr emergency line 07700 912 448")).run(
        "add under the button: 24hr emergency line 07700 912 448")
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert "Call 0161 483 2290" in home and "24hr emergency line 07700 912 448" in home


def test_another_button_asked_for_is_not_the_home_page_s_one() -> None:
    from app.scaffold.plan import AddItems, Entry
    from app.scaffold.site import Page, Section, Site
    site = Site(name="Plata Luna", pages=[Page(route="/", title="Home", sections=[Section(kind="hero", button_label="Shop")]),
                                          Page(route="/collection", title="Collection")])
    ops = [AddItems(op="add_items", route="/collection", kind="cta", items=[Entry(title="Pedir", text="WhatsApp")])]
    for request in ("On Collection page under every product add a button with text Pedir por WhatsApp that links to https://wa.me/5215512345678",
                    "add a button with text Get it on Google Play linking to https://play.google.com/store"):
        assert buttonfit.beside(list(ops), request, site) == ops, request


def test_ring_the_number_is_the_one_the_site_shows() -> None:
    site = Site(name="Dave Hollis Plumbing", pages=[Page(route="/", title="Home", sections=[
        Section(kind="hero", heading="Boiler broke?", button_label="Get a quote", button_href="/contact"),
        Section(kind="text", text="Call Dave on 07700 900461, 24 hours.")])])
    assert buttonfit._href("button = Call now, make it ring the number", site) == "tel:07700900461"
    assert buttonfit._href("button = Call now, make it ring the number", None) == ""  # no site, no number typed


def test_a_label_after_where_the_button_goes() -> None:
    """The arrow's page was read as the label ("Works page") and the turn declined."""
    assert buttonfit._label("home button → Works page, text See my works") == ("See my works", "")
