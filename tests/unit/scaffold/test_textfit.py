"""Replacements asked for in plain words (``textfit.plain_replacement``), the name an opening
prompt gives after "called" (``sitename.called_name``), and the sentences after a list
(``contentfit._with_list_tail``)."""

from __future__ import annotations

import pytest

from app.scaffold import pricefit, textfit
from app.scaffold.contentfit import place
from app.scaffold.plan import AddItems, AddSection, Entry, ReplaceText
from app.scaffold.sitename import called_name
from app.scaffold.site import Item, NavLink, Page, Section, Site


def _site() -> Site:
    items = [Item(title="Tregothnan", text="our first boat"), Item(title="Sunday service", text="10.15am"),
             Item(title="The Rosy Footman", text="species of the month"), Item(title="Dr Hamish Gow", text="Director"),
             Item(title="Pro", text="$29"), Item(title="2:00pm Ceremony in the Orangery")]
    return Site(name="Porthgwarra Gig Club", pages=[Page(route="/", title="Home", sections=[Section(kind="list", items=items)]),
                                                    Page(route="/gigs", title="Gigs")],
                nav=[NavLink(label="Home", href="/"), NavLink(label="Gigs", href="/gigs")])


@pytest.mark.parametrize(("request_text", "old", "new"), [
    ("on the gigs page the boat Tregothnan should be called Tregeseal", "Tregothnan", "Tregeseal"),
    ("oops the first boat is Tregeseal not Tregothnan, sorry", "Tregothnan", "Tregeseal"),
    ("It still says 10.15am on the front page, it should be 10am.", "10.15am", "10am"),
    ("Oh dear, the Sunday time is wrong, sorry. It's 10am, not 10.15am.", "10.15am", "10am"),
    ("The Rosy Footman is still on there, please replace it with the Scarce Merveille du Jour.",
     "The Rosy Footman", "the Scarce Merveille du Jour"),
    ("Dr Hamish Gow's name is still on the Officers page. Please replace it with Ms Fiona Baird.",
     "Dr Hamish Gow", "Ms Fiona Baird"),
    ("Replace Dr Hamish Gow with Ms Fiona Baird on the officers page", "Dr Hamish Gow", "Ms Fiona Baird"),
    ("change 2:00pm Ceremony in the Orangery to 2:00pm Ceremony in the Temperate House. The word Orangery should go.",
     "2:00pm Ceremony in the Orangery", "2:00pm Ceremony in the Temperate House"),
])
def test_a_replacement_in_plain_words_of_words_the_site_shows(request_text: str, old: str, new: str) -> None:
    assert textfit.replacement(request_text, _site()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_text", [
    "change Pro to $39",  # a price: the item's edit
    "rename Gigs to Races",  # a page: its rename
    "change the colour to blue",  # "the" is no text to replace
    "Sunday service should be at 10am",  # "be" alone: which part is not said
    "change the big welcome text to say Welcome aboard",  # a text op names its part
    "can we change the gigs page address to /races",
    "Change Tregeseal to Tregothnan",  # the site does not show the old words
])
def test_no_replacement_where_the_words_do_not_say_one(request_text: str) -> None:
    assert textfit.replacement(request_text, _site()) is None


@pytest.mark.parametrize(("request_text", "name"), [
    ("hi, i run guided tide pool walks on chesterman beach. business is called low tide lantern walks. make me a site",
     "Low Tide Lantern Walks"),
    ("We're called the Lydford Tower Ringers and we ring a ring of six bells.", "Lydford Tower Ringers"),
    ("I teach kite workshops in Lincoln City Oregon, biz name is Driftwood Sky Kites. want a bright site",
     "Driftwood Sky Kites"),
    ("I run the North Northants Moth Group", ""),
])
def test_the_name_an_opening_prompt_gives_after_called(request_text: str, name: str) -> None:
    assert called_name(request_text) == name


def _list(*pairs: tuple[str, str]) -> AddItems:
    return AddItems(op="add_items", route="/acts", kind="pricing", items=[Entry(title=t, text=d) for t, d in pairs])


def test_a_sentence_after_a_list_is_a_text_below_it() -> None:
    request = "Add pricing under the acts: 1 performer 1 hour $275, each extra hour $150. Parades quoted separately."
    items = _list(("1 performer 1 hour", "$275"), ("each extra hour", "$150"))
    assert place([items], request, None) == [
        items, AddSection(op="add_section", route="/acts", kind="text", text="Parades quoted separately")]


def test_an_entry_the_list_stopped_short_of_joins_it() -> None:
    request = "products: Chanter reed £18. Drone reed set (3) £42. Reed seasoning kit £9.50"
    items = _list(("Chanter reed", "£18"), ("Drone reed set (3)", "£42"))
    [fitted] = place([items], request, None)
    assert isinstance(fitted, AddItems) and fitted.items[-1] == Entry(title="Reed seasoning kit", text="£9.50")


@pytest.mark.parametrize("request_text", [
    "The drop-in still shows 220 SEK on the Prices page. It should be 240 SEK.",  # a retry
    "Prices: 1 performer 1 hour $275, each extra hour $150. Can you make it look nice?",  # asks
    "Prices: 1 performer 1 hour $275, each extra hour $150. Please put these on the Acts page.",  # says where
])
def test_no_tail_where_the_sentences_after_a_list_are_no_content(request_text: str) -> None:
    items = _list(("1 performer 1 hour", "$275"), ("each extra hour", "$150"))
    assert place([items], request_text, None) == [items]


def test_a_new_price_for_an_item_named_by_a_part_of_its_name() -> None:
    from app.scaffold.plan import EditItem
    site = Site(name="Tussock Hill", pages=[Page(route="/", title="Home", sections=[Section(kind="list", items=[
        Item(title="Improver course (3 days)", text="$700"), Item(title="Beginner course", text="$650")])])])
    assert pricefit.price_change("change improver price to $750", site) == EditItem(
        op="edit_item", item="Improver course (3 days)", text="$750")
    assert pricefit.price_change("change the course price to $800", site) is None  # both are courses


def test_coverage_reads_a_time_with_a_dot_whole() -> None:
    from app.scaffold.coverage import typed_content
    assert typed_content("rehearsals Tuesday 7.30pm, Sunday 10am") == ["7.30pm", "10am"]


def test_a_number_with_a_dot_is_replaced_whole() -> None:
    site = Site(name="Prairie Skip", pages=[Page(route="/", title="Home", sections=[Section(kind="list", items=[
        Item(title="Weekly net", text="Tuesdays 8pm on 146.820")])])])
    want = ReplaceText(op="replace_text", old="146.820", new="146.850")
    assert textfit.replacement("oops the net is 146.850 not 146.820 fix that", site) == want
    assert textfit.replacement("its still showing 146.820 somewhere, change every one to 146.850", site) == want


def test_an_effect_on_hover_is_a_site_action() -> None:
    from app.scaffold.scope import asks_for_action
    assert asks_for_action("i want the gold text to shimmer when you hover")
    assert asks_for_action("can you make the room titles flicker like a broken neon sign when you hover over them?")
    assert not asks_for_action("no more hero section on the homepage please")


def test_an_edit_of_an_item_the_site_lacks_goes_when_the_plan_adds_its_words() -> None:
    from app.scaffold.itemfit import fit_items
    from app.scaffold.plan import EditItem
    site = Site(name="Whitby Dials", pages=[Page(route="/", title="Home")])
    adds = AddItems(op="add_items", route="/", kind="list", items=[Entry(title="tues-fri", text="10-4")])
    assert fit_items([EditItem(op="edit_item", item="hours", text="tues-fri 10-4"), adds], "hours: tues-fri 10-4", site) \
        == [adds]


@pytest.mark.parametrize(("request_text", "name"), [
    ("Hiya, I'm Orla. The business is called Wrack and Dulse. Could you build a site", "Wrack and Dulse"),
    ("My business is called Quire and Thread Bindery.", "Quire and Thread Bindery"),
])
def test_a_called_name_keeps_its_and(request_text: str, name: str) -> None:
    assert called_name(request_text) == name


def test_no_plain_replacement_of_a_common_word_or_beside_quoted_words() -> None:
    site = Site(name="W", pages=[Page(route="/", title="Home", sections=[Section(kind="list", items=[
        Item(title="Walks", text="every week at low tide")])])])
    assert textfit.replacement("walks go out at low tide so the times change every week - please add a line to the "
                               "walks page saying 'Check the tide times and pick a walk that suits'", site) is None
    assert textfit.replacement("change every week to every fortnight", site) is not None  # two words name it


def test_a_list_that_lost_part_of_an_entry_is_read_whole_with_no_tail() -> None:
    items = AddItems(op="add_items", route="/tours", kind="list", items=[
        Entry(title="The Walls Loop", text="90 mins"), Entry(title="£55pp"), Entry(title="Shambles", text="2 hours"),
        Entry(title="£70pp")])
    request = ("put these on a tours page: The Walls Loop – 90 mins – £55pp. Minster and Shambles – 2 hours – £70pp. "
               "Sunset Ride (summer only) – £80pp.")
    assert place([items], request, None) == [items.model_copy(update={"items": [
        Entry(title="The Walls Loop", text="90 mins – £55pp"), Entry(title="Minster and Shambles", text="2 hours – £70pp"),
        Entry(title="Sunset Ride (summer only)", text="£80pp")]})]


@pytest.mark.parametrize("request_text", ["change standard sweep to £60, fuel went up",
                                          "change grizedale night score to 8 feb"])
def test_a_name_is_never_replaced_by_a_price_or_a_date(request_text: str) -> None:
    from app.scaffold.site import Item, Section, initial_site
    site = initial_site("Sweeps")
    site.pages[0].sections.append(Section(kind="list", items=[Item(title="Standard sweep", text="£55"),
                                                              Item(title="Grizedale night score", text="9 feb")]))
    assert textfit.plain_replacement(request_text, site) is None


@pytest.mark.parametrize("request_text", ["prices went up sorry lol small dogs now $50 and large $80",
                                          "prices page still says $45 for small dogs, its $50 now. and large is $80"])
def test_several_new_prices_said_once_as_a_change_are_each_made(request_text: str) -> None:
    from app.scaffold.plan import EditItem
    site = Site(name="Mobile Dog Wash", pages=[Page(route="/prices", title="Prices", sections=[Section(kind="list", items=[
        Item(title="small dogs (under 10kg)", text="$45"), Item(title="medium", text="$60"), Item(title="large", text="$75")])])])
    assert pricefit.price_changes(request_text, site) == [
        EditItem(op="edit_item", item="small dogs (under 10kg)", text="$50"), EditItem(op="edit_item", item="large", text="$80")]


def test_a_second_pair_after_and_is_its_own_replacement() -> None:
    from app.scaffold.site import Page, Section, Site
    from app.scaffold.textfit import plain_replacements
    site = Site(name="Ekhaya", pages=[Page(route="/", title="Home", sections=[
        Section(kind="text", text="We have reached 41 schools and delivered 23,500 books.")])])
    assert plain_replacements("Please change 41 schools to 47 schools, and 23,500 books to 27,800 books.", site) == [
        ReplaceText(op="replace_text", old="41 schools", new="47 schools"),
        ReplaceText(op="replace_text", old="23,500 books", new="27,800 books")]


def _shows(*texts: str) -> Site:
    return Site(name="Warm Hub", pages=[Page(route="/", title="Home", sections=[Section(kind="text", text=t) for t in texts])])


@pytest.mark.parametrize(("request_text", "old", "new"), [
    ("The home page still says 3pm in one place. It should be 4pm everywhere now, please.", "3pm", "4pm"),
    ("The home page still mentions the Crescent Inn, it's the Flying Duck now", "the Crescent Inn", "the Flying Duck"),
    # a weekday the site shows before the date goes with it where the new date has its own
    ("The date still reads April 18. It should be Saturday, April 25.", "Saturday, April 18", "Saturday, April 25"),
    ("still shows 41 schools. It should be 47 schools and 27,800 books.", "41 schools", "47 schools and 27,800 books"),
])
def test_what_the_site_still_says_is_replaced_by_what_it_is_now(request_text: str, old: str, new: str) -> None:
    site = _shows("Open Monday to Friday 10am to 3pm at the Crescent Inn.", "Concert: Saturday, April 18.",
                  "We visit 41 schools.")
    assert textfit.plain_replacements(request_text, site) == [ReplaceText(op="replace_text", old=old, new=new)]


@pytest.mark.parametrize("request_text", [
    # two things said, the new words one of them: which it replaces is not read
    "the Sessions page still says Tuesday mornings for Little Acorns. It should be Thursday mornings now.",
    # cut at an abbreviation's dot
    "The home page still says Monday to Friday. It should be Thursday through Sunday, 10 a.m. to 3 p.m.",
])
def test_no_replacement_of_part_of_what_the_site_still_says(request_text: str) -> None:
    site = _shows("Little Acorns meet on Tuesday mornings.", "Open Monday to Friday.")
    assert textfit.plain_replacements(request_text, site) == []


def test_what_a_thing_should_say_not_what_it_says_replaces_what_it_says() -> None:
    site = Site(name="Bideford Rowing", pages=[Page(route="/sessions", title="Sessions", sections=[
        Section(kind="list", items=[Item(title="Thursday 6:30pm", text="Club Crews")])])])
    assert textfit.plain_replacements("Thursday 6:30pm should say Racing Squad, not Club Crews", site) == \
        [ReplaceText(op="replace_text", old="Club Crews", new="Racing Squad")]


def test_a_text_changed_from_one_thing_to_another_is_the_new_one() -> None:
    request = "Change the home page button text from Get early access to Join the waitlist"
    assert textfit.new_words("Get early access to Join the waitlist", request) == "Join the waitlist"
    assert textfit.new_words("Back to school", "change the heading to Back to school") == "Back to school"


def test_a_name_cut_short_is_replaced_whole() -> None:
    request = "change the business name everywhere from Heads Up Tinnie Hire to Heads Up Boat Hire"
    assert textfit.whole_old("Up Tinnie Hire", "Heads Up Boat Hire", request) == "Heads Up Tinnie Hire"
    request = "change the Kingston Beach movie night from sunday to saturday"
    assert textfit.whole_old("movie night", "saturday", request) == "movie night"  # the new words begin otherwise


def test_a_rename_typed_in_lower_case_or_with_the_new_name_quoted_replaces_the_site_s_words() -> None:
    """"rename platinum to 'Owambe Max' 🔥" of a paragraph's "Platinum ₦800k": the model renamed the site "Platinum"."""
    text = Section(kind="text", text="Silver ₦250k - 3hrs. Gold ₦500k - 5hrs. Platinum ₦800k - full day, 2 booths")
    site = Site(name="SnapBox", pages=[Page(route="/", title="Home"), Page(route="/packages", title="Packages", sections=[text])])
    assert textfit.plain_replacements("rename platinum to 'Owambe Max' 🔥", site) == [
        ReplaceText(op="replace_text", old="Platinum", new="Owambe Max")]
    assert textfit.plain_replacements("change Gold to Gold Plus 🙏", site) == [
        ReplaceText(op="replace_text", old="Gold", new="Gold Plus")]


def test_the_page_said_first_is_where_not_what() -> None:
    """"on /pricing replace ...", "in Gigs page change ...": a page named as the place is no part of the page (a
    route, a menu) that another op sets."""
    site = _site()
    site.pages[1].sections.append(Section(kind="list", items=[Item(title="iCloud sync", text="$2.99/mo or $19.99/yr")]))
    assert textfit.plain_replacement("on /gigs replace $19.99/yr with $14.99/yr", site) == \
        ReplaceText(op="replace_text", old="$19.99/yr", new="$14.99/yr")
    assert textfit.plain_replacement("in Gigs page change 10.15am to 10am", site) == \
        ReplaceText(op="replace_text", old="10.15am", new="10am")


def test_words_the_new_ones_start_with_go_with_the_old() -> None:
    site = Site(name="Koban", pages=[Page(route="/faq", title="FAQ", sections=[Section(kind="faq", items=[
        Item(title="Is Koban available on Android?", text="Not yet, planned for 2027.")])])])
    assert textfit.plain_replacement("Correction on FAQ: Android is planned for early 2028, not 2027.", site) == \
        ReplaceText(op="replace_text", old="planned for 2027", new="planned for early 2028")


def test_words_typed_around_the_old_ones_that_the_site_shows_apart_are_not_new() -> None:
    site = Site(name="Colibrí", pages=[Page(route="/menu", title="Menu", sections=[Section(kind="list", items=[
        Item(title="Capuchino", text="$65"), Item(title="Callout", text="£60")])])])
    assert textfit.plain_replacement("In Menu page change Capuchino $65 to Capuchino $70", site) == \
        ReplaceText(op="replace_text", old="$65", new="$70")  # not "Capuchino Capuchino $70"
    assert textfit.plain_replacement("change callout £60 to callout £70", site) == \
        ReplaceText(op="replace_text", old="£60", new="£70")
    # words the site does not show beside it are new words ("10+ people" of "10+ ppl"), and so are a name's
    assert textfit.plain_replacement("change callout £60 first hour to callout £70 first hour", site) == \
        ReplaceText(op="replace_text", old="£60", new="callout £70 first hour")


def test_an_arrow_between_the_old_words_and_the_new() -> None:
    site = Site(name="Seoul film", pages=[Page(route="/work", title="Work", sections=[Section(kind="list", items=[
        Item(title="My Grandmother House", text="last winter in Jeonju")])])])
    assert textfit.plain_replacement("Series name change: My Grandmother House -> Halmeoni House", site) == \
        ReplaceText(op="replace_text", old="My Grandmother House", new="Halmeoni House")


def test_a_name_spelt_again_a_little_otherwise_after_should_be() -> None:
    site = Site(name="Foto CDMX", pages=[Page(route="/gallery", title="Gallery", sections=[Section(kind="text", text=(
        "Boda en Coyoacán, Retrato de Ana, Café Tacuba menu"))])])
    assert textfit.plain_replacement("sorry there is a typo, Retrato de Ana should be Retrato de Anna", site) == \
        ReplaceText(op="replace_text", old="Retrato de Ana", new="Retrato de Anna")
    assert textfit.plain_replacement("Retrato de Ana should be first in the list", site) is None  # not a spelling
