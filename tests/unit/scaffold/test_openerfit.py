"""An opening prompt's headline and contact details (``openerfit``), and the opening prompt that
declined for leaving them out, now set up whole through the turn loop."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold.openerfit import button, details, headline, subtitle
from app.scaffold.plan import DescribeSite, Entry, parse_plan
from app.session.turn import TurnRunner, fitted
from tests.unit.scaffold.helpers import managed_project


@pytest.mark.parametrize(("request_text", "said"), [
    ('Our headline should be "See the lake at your own pace". Could you keep it clean', "See the lake at your own pace"),
    ("Headline: Fresh Bengali sweets, made every morning", "Fresh Bengali sweets, made every morning"),
    ('Our motto is "Warm feet, warm hearts".', "Warm feet, warm hearts"),
    ("Can you knock me up a website? Put 'Never too old to throw a punch' at the top if you can.",
     "Never too old to throw a punch"),
    ("Headline: Hail happens. We fix it without paint.", "Hail happens"),
    ("I'd love a homepage with the tagline 'Heat up. Jump in. Repeat.' and a warm feel", "Heat up. Jump in. Repeat."),
    ('Could the home page say "Paint it, sip it, take it home" somewhere nice and big?', "Paint it, sip it, take it home"),
    ('Please use the line "Made to measure, made with pride". My shop is at Shop 12.', "Made to measure, made with pride"),
    ('Could the top say something like "Get your ticket in a day"? That\'s what everyone asks.', "Get your ticket in a day"),
    ('The headline on the home page should be "Cold water, warm welcome". Thank you.', "Cold water, warm welcome"),
    ('headline shoud be "Swing heavy. Live strong." were at 512 Baker Street', "Swing heavy. Live strong."),
    ("make the main heading Is your pool fence up to scratch?", "Is your pool fence up to scratch?"),
    ("Main heading: 'The Silliest Parties in Bristol!'", "The Silliest Parties in Bristol!"),
    ("a museum in the old keepers' cottages. We tell of the keepers' lives.", ""),  # apostrophes are no quotes
    ("the button 'See the Rooms', and a page called 'Our Rooms'", ""),  # a button's and a page's words
    ("A site for my bakery in Leeds, nothing fancy", ""),
    # named the headline after the quotes, beside the name
    ('something fun and beachy, with our name and "Get on board, Exmouth!" as the big headline', "Get on board, Exmouth!"),
    ("the heading on the about page is too long", ""),
    # in lower case after its label and a colon, as the rest of the message is typed
    ("hi can u make a site for chorlton repair cafe. we meet monthly. tagline: dont bin it, mend it", "dont bin it, mend it"),
    ("the heading: it is too long", "it is too long"),
    # the full stop that ends the message is typed as the headline's
    ("Need a site. Yack Bike Barn. Headline: Old bikes, new miles.", "Old bikes, new miles."),
    # unquoted after "the top say", without the "please" it is asked with
    ("We play Hong Kong style. Could the top say Tiles, tea and good company please.", "Tiles, tea and good company"),
    # asked as a question, with a title's full stop inside ("Mrs.")
    ("My name is Linda Chen and I tutor high school math in Toronto. Can the big heading say Math with Mrs. Chen?",
     "Math with Mrs. Chen"),
    # up to the line asked for under it
    ("Could the big heading say The Woolly Ewe and the line underneath say Hand-dyed Irish yarn from the west of Ireland",
     "The Woolly Ewe"),
    ("plumbing bussiness in San Antonio TX. heading Rodriguez Plumbing and under it say Licensed and Insured Since 1998",
     "Rodriguez Plumbing"),
])
def test_the_headline_an_opening_prompt_types(request_text: str, said: str) -> None:
    assert headline(request_text) == said


def test_the_subtitle_and_button_an_opening_prompt_names() -> None:
    request_text = ("New site: Reel North Film Club. Heading: 'Cinema Worth Talking About'. Subtitle: 'Films, then "
                    "conversation, then the pub.' Button: 'See what's on'")
    assert headline(request_text) == "Cinema Worth Talking About"
    assert subtitle(request_text) == "Films, then conversation, then the pub."
    assert button(request_text) == "See what's on"
    assert subtitle("heading 'Ring with us'") == "" and button("heading 'Ring with us'") == ""


def test_the_contact_details_an_opening_prompt_types() -> None:
    found = details("Please include my contact details: 14 Hopetoun Road, South Queensferry, EH30 9RA, telephone "
                    "0131 331 2874, email catriona@inchgarvieviolins.co.uk. My name is Catriona Gillespie.")
    assert [(e.title, e.text) for e in found] == [("Address", "14 Hopetoun Road, South Queensferry, EH30 9RA"),
                                                ("Phone", "0131 331 2874"), ("Email", "catriona@inchgarvieviolins.co.uk")]
    assert [e.text for e in details("mention we're at 212 Kellys Plains Road, Armidale NSW. Phone is 0427 118 903.")] \
        == ["212 Kellys Plains Road, Armidale NSW", "0427 118 903"]
    assert [(e.title, e.text) for e in details("our opening hours (Tuesday to Saturday 10am to 5pm, closed Sunday and "
                                                "Monday)")] == [("Hours", "Tuesday to Saturday 10am to 5pm")]
    assert [e.text for e in details("hours: Wednesday to Sunday 8am until sold out. Open Wed-Sun 11am-8pm.")] == [
        "Wednesday to Sunday 8am until sold out", "Wed-Sun 11am-8pm"]
    assert [(e.title, e.text) for e in details("phone (709) 555-0148, insta @saltboxsourdough")] == [
        ("Phone", "(709) 555-0148"), ("Instagram", "@saltboxsourdough")]  # labelled as contactfit labels them
    assert details("We make 40 sourdough loaves a day and open at 7am, $5 a loaf.") == []
    # a name that signs the message off is who to contact; a thanks alone names no one
    assert [(e.title, e.text) for e in details("Our charity number is SC041237. Many thanks, Moira Campbell")] == [
        ("Contact", "Moira Campbell")]
    assert details("Thank you so much! Best of luck") == []


def test_an_opening_prompt_with_a_headline_and_details_sets_up_the_home_page_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = ("Good morning. I would like a website for my workshop, Inchgarvie Violins. I make and restore violins, "
              "violas and cellos in South Queensferry, just under the Forth Bridge. The headline should read \"Made by "
              "hand beside the Forth\". Please include a short welcome on the home page and my contact details: 14 "
              "Hopetoun Road, South Queensferry, EH30 9RA, telephone 0131 331 2874, email "
              "catriona@inchgarvieviolins.co.uk. My name is Catriona Gillespie. Thank you.")
    # the model's plan: the name, a clause of the description as the subtitle, no details
    model = ('{"ops":[{"op":"describe_site","name":"Inchgarvie Violins","tagline":"make and restore violins, violas and '
             'cellos in South Queensferry","sections":["features","contact"]}]}')
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    for typed in ("Inchgarvie Violins", "Made by hand beside the Forth", "14 Hopetoun Road", "0131 331 2874",
                  "catriona@inchgarvieviolins.co.uk", "just under the Forth Bridge"):
        assert typed in page, typed
    assert "hello@example.com" not in page and page.count("<Contact") == 1  # no placeholder beside the user's details


def test_details_an_opening_prompt_types_replace_the_placeholder_contact_and_hours(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = ("hi, i need a website for my kayak hire business on the quay in Kinvara, its called Kinvara Kayak Hire. "
              "we're at 3 Quay Road, Kinvara, H91 X2P4, phone 091 638 2210, open Tuesday to Sunday 9am to 6pm")
    model = '{"ops":[{"op":"describe_site","name":"Kinvara Kayak Hire","sections":["list","contact"]}]}'
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    for typed in ("3 Quay Road, Kinvara, H91 X2P4", "091 638 2210", "Tuesday to Sunday 9am to 6pm"):
        assert typed in page, typed
    # the description holds the details too; the placeholders that would contradict them are not made
    assert "hello@example.com" not in page and "Monday to Friday" not in page


@pytest.mark.parametrize(("prompt", "model", "typed"), [
    # the model wrote a new site name and a contact section of mixed-up pairs
    ("Hello, I would like a website for my mobile veterinary practice, Kauri Coast Mobile Vet. I'm Dr Miriama "
     "Hetaraka and I visit farms around Dargaville. Please use the headline \"The vet comes to you\". Could you also "
     "include my phone number, 021 555 0182, on the home page? Thank you.",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Kauri Coast Mobile Vet"},{"op":"add_items",'
     '"route":"/","kind":"contact","items":[{"title":"Dr Miriama","text":"Kauri Coast Mobile Vet"}]}]}',
     ("Kauri Coast Mobile Vet", "The vet comes to you", "Miriama Hetaraka", "021 555 0182")),
    # no "website" in it: a first request that names the business; the headline taken for the name
    ("My family has grown cranberries in Wareham since 1921. The business is Weweantic Cranberry Bog Tours. I'd like "
     "the home page headline to be \"Four generations, one very red harvest\". Phone (508) 555-0176.",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Four generations, one very red"}]}',
     ("Weweantic Cranberry Bog Tours", "Four generations, one very red harvest", "(508) 555-0176", "since 1921")),
    # a heading, a subtitle and a button, each as typed
    ("site name: Skerra Ferry. heading 'Crossing to Skerra'. subtitle 'Passenger ferry, 25 minutes, all year'. "
     "button 'See times'",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Skerra Ferry"},{"op":"set_text","route":"/",'
     '"target":"title","text":"Crossing to Skerra"}]}',
     ("Skerra Ferry", "Crossing to Skerra", "Passenger ferry, 25 minutes, all year", "See times")),
])
def test_an_opening_prompt_the_model_wrote_as_other_ops_sets_up_the_home_page(tmp_path: Path, prompt: str, model: str,
                                                                             typed: tuple[str, ...]) -> None:
    root = managed_project(tmp_path)
    _shows_after(root, prompt, model, typed)
    assert [p.name for p in (root / "app").iterdir() if p.is_dir() and not p.name.startswith(("_", "api"))] == []


def _shows_after(root: Path, prompt: str, model: str, typed: tuple[str, ...]) -> str:
    """The home page and site file after the turn, which applied and shows each of ``typed``."""
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    shown = (root / "app" / "page.tsx").read_text() + (root / "lib" / "site.ts").read_text()
    for words in typed:
        assert words in shown, words
    return shown


def test_a_later_request_on_a_site_with_a_page_is_not_read_as_an_opening_prompt(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Prices","route":"/prices"}]}')).run("add a Prices page")
    model = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Harbour Oak Toys"}]}'
    result = TurnRunner(root, FakeEngine(model)).run("The business is Harbour Oak Toys, please change the site name")
    assert result.outcome == "applied" and "describe_site" not in result.plan


@pytest.mark.parametrize("request_text", [
    "rename the site to Kai's Kitchen",  # the name alone: an edit of it
    "The subtitle on the homepage is too long. Replace it with 'Coffee, cake and good company'",
    "We need a landing page for the Black Friday sale. Call it Black Friday Deals, pricing section with three tiers",
    "Please add a navigation link to our YouTube channel https://www.youtube.com/@marisolcooks, call it Videos",
])
def test_an_edit_asked_of_a_new_site_is_not_read_as_its_description(request_text: str) -> None:
    from app.scaffold.openerfit import opened
    from app.scaffold.plan import parse_plan
    from app.scaffold.site import initial_site
    plan = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Videos"}]}')
    assert opened(plan, request_text, initial_site("harbour")) is plan


@pytest.mark.parametrize(("request_text", "said"), [
    ('Please put a warm welcome on the home page with the line "Slow bread, good company" and make sure people can '
     "see the price.", "Slow bread, good company"),  # the nearest word before the quote tells, not the first
    ("Would love a website with a nice welcoming front page, something like 'Local food, local faces'.",
     "Local food, local faces"),
    ("want the front page to say Pure Ozark Sorghum Since 1952. my wife Darlene says make it look nice",
     "Pure Ozark Sorghum Since 1952"),
    ("Put Proper Potteries Oatcakes at the top in big letters.", "Proper Potteries Oatcakes"),
    ('The headline I would like is "Hand-cut from our own orchards since 1979". Could we have a Home page',
     "Hand-cut from our own orchards since 1979"),
    ("Headline: Wild picked. Slow cooked. Up North.", "Wild picked. Slow cooked. Up North."),  # short sentences, one slogan
    ("Headline: Hail happens. We fix it without paint.", "Hail happens"),  # a sentence of its own after it
    ("Home page should say Paddle Together Since 2004 and we need a page called Races.", "Paddle Together Since 2004"),
])
def test_a_headline_as_people_ask_for_it(request_text: str, said: str) -> None:
    assert headline(request_text) == said


def test_a_sign_off_with_thanks_is_who_to_contact() -> None:
    assert details("Thank you kindly, Marjorie MacLellan.") == [Entry(title="Contact", text="Marjorie MacLellan")]


@pytest.mark.parametrize(("prompt", "model", "typed"), [
    # a theme in quotes in a sentence of its own, which the model's description left out
    ("Hey! I'm putting together a website for our family reunion. The Holloway Family Reunion 2027, July 16-18, 2027 in "
     "Tuskegee, Alabama. Theme is \"Rooted in Love, Growing in Faith\". Everybody descended from Clarence and Odessa "
     "Holloway is invited!",
     '{"ops":[{"op":"describe_site","name":"Holloway Family Reunion 2027","tagline":"July 16-18, 2027 in Tuskegee"}]}',
     ("Rooted in Love, Growing in Faith", "Clarence and Odessa Holloway", "July 16-18, 2027")),
    # the details after the colon of a sentence said to the app; the quoted title the site's name
    ("Kia ora. I'm organising Middlerun Daffodil Day, a community festival in Carterton, Wairarapa. Please build a home "
     "page with the title \"Middlerun Daffodil Day\" and the details: Sunday 13 September 2026, 10am to 3pm, at "
     "Middlerun Farm, 188 Dakins Road.",
     '{"ops":[{"op":"describe_site","name":"Middlerun Farm","tagline":"a community festival in Carterton"}]}',
     ("Middlerun Daffodil Day", "Sunday 13 September 2026, 10am to 3pm", "188 Dakins Road")),
    # declined by the model: the name said with "I run", the headline with "oughta be"
    ("Well hey there. I run Steam and Stories Walking Tours here in Hot Springs, Arkansas. We walk folks up and down "
     "Bathhouse Row and tell 'em all the old gangster stories. Can you whip me up a homepage? Headline oughta be "
     "\"History you can smell the sulfur on\"",
     '{"ops":[{"op":"decline"}]}',
     ("Steam and Stories Walking Tours", "History you can smell the sulfur on", "Bathhouse Row")),
])
def test_an_opening_prompt_s_facts_no_op_places_go_in_its_description(tmp_path: Path, prompt: str, model: str,
                                                                     typed: tuple[str, ...]) -> None:
    shown = _shows_after(managed_project(tmp_path), prompt, model, typed)
    assert "Well hey there" not in shown and "Please build" not in shown


def test_the_big_heading_asked_for_is_the_heading_not_a_line_under_the_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"describe_site","name":"Linda Chen","tagline":"not very good with computers"}]}'
    result = TurnRunner(root, FakeEngine(model)).run(
        "Hello, I am not very good with computers. I want a website for my math tutoring. My name is Linda Chen and I "
        "tutor high school math in Toronto. Can the big heading say Math with Mrs. Chen?")
    assert result.outcome == "applied", result.message
    assert "home heading “Math with Mrs. Chen”" in " ".join(result.summary)
    assert "subtitle “not very good with computers”" not in " ".join(result.summary)


def test_the_line_under_the_heading_may_start_with_a_date() -> None:
    """"Under it: 12 September 2026 at Kew Gardens, London." had left the model's tagline under the heading (seen in
    this stop's screenshots)."""
    request_text = ("Hi there, setting up a site for our wedding, Priya & Tom, a garden wedding in Kew. Heading: Priya & Tom. "
                    "Under it: 12 September 2026 at Kew Gardens, London.")
    assert subtitle(request_text) == "12 September 2026 at Kew Gardens, London"


def test_the_description_keeps_what_only_the_model_s_tagline_said() -> None:
    """The model's tagline "a garden wedding in Kew" gives way to the line typed under the heading, so the description
    keeps those words (they had been left out as the tagline's)."""
    request_text = ("Hi there, setting up a site for our wedding, Priya & Tom, a garden wedding in Kew. Heading: Priya & Tom. "
                    "Under it: 12 September 2026 at Kew Gardens, London.")
    model = parse_plan('{"ops":[{"op":"describe_site","name":"Priya & Tom","tagline":"a garden wedding in Kew",'
                       '"sections":["image_text","cta"]}]}')
    opener = fitted(model, request_text, None)[0].ops[0]
    assert isinstance(opener, DescribeSite)
    assert (opener.tagline, opener.about) == ("12 September 2026 at Kew Gardens, London", "Priya & Tom, a garden wedding in Kew.")
