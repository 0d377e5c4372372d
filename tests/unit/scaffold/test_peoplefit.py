"""Who takes someone's place (``peoplefit``)."""

from __future__ import annotations

import pytest

from app.scaffold import peoplefit
from app.scaffold.plan import ReplaceText
from app.scaffold.site import Item, Page, Section, Site

_PEOPLE = [("Ben Castellano", "Assistant Coach"), ("Graham Pike", "Treasurer"), ("Carol Dunne", "Secretary"),
           ("Calum Rae", "guitar"), ("Alasdair Ross", "poet"), ("Sam Ngata", "treasurer"), ("Ravi Persad", "tenor pan")]


def _site() -> Site:
    team = Section(kind="team", items=[Item(title=n, text=r) for n, r in _PEOPLE],
                   text="Our Gymkhana is on 14 September.")
    return Site(name="Pukeatua Pony Club", pages=[Page(route="/", title="Home", sections=[team])])


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("Ben Castellano has left us. Please replace him with Assistant Coach Jordan Pike.", "Ben Castellano", "Jordan Pike"),
    ("Oops, the Gymkhana has moved, it's now 21 September not 14 September. Also Graham has stepped down "
     "(bless him, 11 years!) so the new Treasurer is Mere Hohaia.", "Graham Pike", "Mere Hohaia"),
    ("Carol is still on there, can you swap her for Janet Robson", "Carol Dunne", "Janet Robson"),
    ("Calum has left the band. Our new guitarist is Euan Hastings, who also sings.", "Calum Rae", "Euan Hastings"),
    ("Alasdair's had to pull out, so swap him for Irene Cowie fae Stonehaven", "Alasdair Ross", "Irene Cowie"),
    ("Sam's stepping down as treasurer, it's going to be Mei Lin Foster from now on.", "Sam Ngata", "Mei Lin Foster"),
    ("Ravi left the band, swap him for Danielle Forde on guitar pan", "Ravi Persad", "Danielle Forde"),
    # a role's new holder typed after "New <role> is" or a dash; who goes "has stopped", "is not ... anymore"
    ("Our treasurer Graham Pike has stopped. New treasurer is Sabine Kern.", "Graham Pike", "Sabine Kern"),
    ("Carol left the club.\nNew secretary - Paweł Kowalczyk", "Carol Dunne", "Paweł Kowalczyk"),
    ("Sam Ngata is not treasurer anymore. New treasurer is Ewa Kowalczyk.", "Sam Ngata", "Ewa Kowalczyk"),
])
def test_the_one_who_comes_takes_the_name_of_the_one_who_goes(request_: str, old: str, new: str) -> None:
    assert peoplefit.swap(request_, _site()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_", [
    "Records is still after Events in the nav, can you swap them?",  # pages, not people
    "swap Stalker for Mirror (1975), same date",  # no one the site shows
    "Dave has left, the new treasurer is Ann Lee",  # no Dave on the site
])
def test_no_swap_is_read_where_no_one_the_site_shows_goes(request_: str) -> None:
    assert peoplefit.swap(request_, _site()) is None


def test_who_comes_said_as_the_role_now_held_and_who_goes_typed_in_lower_case() -> None:

    site = Site(name="Club", pages=[Page(route="/", title="Home", sections=[Section(kind="team", items=[
        Item(title="treasurer Gus Menzies"), Item(title="Competition Officer", text="Mr Wong Kar Leong")])])])
    assert peoplefit.swap("gus has stepped down, treasurer is now Elspeth Cairns", site) == \
        ReplaceText(op="replace_text", old="Gus Menzies", new="Elspeth Cairns")
    assert peoplefit.swap("Mr Wong Kar Leong has stepped down. The post is now held by Mr Ravi Chandran.", site) == \
        ReplaceText(op="replace_text", old="Wong Kar Leong", new="Ravi Chandran")  # the site's "Mr" stays
    assert peoplefit.swap("he has stepped down, treasurer is now Elspeth Cairns", site) is None


def test_a_person_named_by_title_and_surname_is_the_one_the_site_shows_in_full() -> None:
    from app.scaffold.site import Page, Section, Site
    site = Site(name="Ekhaya Reading Trust", pages=[Page(route="/", title="Home", sections=[Section(
        kind="text", text="Mrs Sithembiso Moyo, Chairperson; Mr Tendai Ncube, Treasurer; Dr Nomvula Dube, Secretary.")])])
    assert peoplefit.swap("Mr Ncube has stepped down as Treasurer. Please replace him with Mrs Gugulethu Khumalo.", site) == \
        ReplaceText(op="replace_text", old="Mr Tendai Ncube", new="Mrs Gugulethu Khumalo")
    assert peoplefit.swap("Mr Dube has left. Please replace him with Mr Sipho Ndlovu.", site) is None  # no Mr Dube on the site


def test_who_can_no_longer_be_a_role_and_who_is_added_as_it_instead() -> None:
    party = Section(kind="list", items=[Item(title="Bridesmaid", text="Meera Pillai"), Item(title="Bridesmaid", text="Hannah Okoye"),
                                        Item(title="Assistant coach", text="Brian Otieno")])
    site = Site(name="Priya & Arjun", pages=[Page(route="/wedding-party", title="Wedding Party", sections=[party])])
    assert peoplefit.swap("Sadly Meera can no longer be a bridesmaid (she is moving to Singapore). Please remove her from the "
                          "Wedding Party page and add my cousin Anjali Rao as bridesmaid instead.", site) == \
        ReplaceText(op="replace_text", old="Meera Pillai", new="Anjali Rao")
    assert peoplefit.swap("Brian has left the club. Put Kevin Mwangi as assistant coach", site) == \
        ReplaceText(op="replace_text", old="Brian Otieno", new="Kevin Mwangi")


def test_a_first_name_shown_alone_beside_the_full_name_is_the_same_person() -> None:
    site = Site(name="Karura Hill Runners", pages=[
        Page(route="/coaches", title="Coaches", sections=[Section(kind="text", text="Head coach Wanjiru Kamau. Assistant coach Brian Otieno.")]),
        Page(route="/join", title="Join", sections=[Section(kind="text", text="WhatsApp Brian on +254 712 345 678 to be added.")])])
    assert peoplefit.swap("Brian has left the club. Put Kevin Mwangi as assistant coach", site) == \
        ReplaceText(op="replace_text", old="Brian Otieno", new="Kevin Mwangi")


def test_who_shifted_away_and_a_title_of_their_own_for_who_comes() -> None:
    site = Site(name="Pune Chess Circle", pages=[Page(route="/committee", title="Committee", sections=[Section(kind="team", items=[
        Item(title="President", text="Mr. Suresh Kulkarni"), Item(title="Treasurer", text="Mr. Rohan Joshi")])])])
    request = "Sorry to inform, Mr. Rohan Joshi has shifted to Bengaluru. The new treasurer is Ms. Priya Gokhale. Kindly update."
    assert peoplefit.swap(request, site) == ReplaceText(op="replace_text", old="Mr. Rohan Joshi", new="Ms. Priya Gokhale")
    assert peoplefit.swap("Rohan Joshi has left. The new treasurer is Mr. Anil Rao.", site) == \
        ReplaceText(op="replace_text", old="Rohan Joshi", new="Anil Rao")  # the site's "Mr." stays, once


def test_who_will_now_serve_in_the_role_and_a_vacancy_beside_it_is_not_read() -> None:
    site = Site(name="Dayton Chess Club", pages=[Page(route="/officers", title="Officers", sections=[Section(kind="team", items=[
        Item(title="Denise Coleman", text="Vice President"), Item(title="Ray Ellis", text="Treasurer")])])])
    assert peoplefit.swap("Denise Coleman has stepped down as Vice President. Luis Ortega will now serve as Vice President.",
                          site) == ReplaceText(op="replace_text", old="Denise Coleman", new="Luis Ortega")


def test_who_cannot_make_it_and_who_will_be_the_role_instead() -> None:
    site = Site(name="Priya & Tom", pages=[Page(route="/wedding-party", title="Wedding Party", sections=[Section(
        kind="list", items=[Item(title="Maid of Honour", text="Anjali Sharma"), Item(title="Best Man", text="George Whitfield")])])])
    assert peoplefit.swap("Sadly George can't make it any more 😢 Tom's brother Sam Whitfield will be Best Man instead.",
                          site) == ReplaceText(op="replace_text", old="George Whitfield", new="Sam Whitfield")


def _helpers() -> Site:
    helpers = Section(kind="list", items=[Item(title="Mrs Doherty", text="DJ and music"), Item(title="Mr Quinn", text="hot dogs"),
                                          Item(title="Ganbold", text="horse guide"), Item(title="Tomek Baran", text="surdo"),
                                          Item(title="Uncle Goran", text="rakija")])
    return Site(name="Leavers Disco", pages=[Page(route="/helpers", title="Helpers", sections=[helpers])])


@pytest.mark.parametrize(("request_", "old", "new"), [
    # u376-u385: who comes said in words ``_COMES`` does not list; the site says who goes, the one new name who comes
    ("Mr Quinn cant make it now, Paul McGarrigle is doing the hot dogs", "Mr Quinn", "Paul McGarrigle"),
    ("Ganbold moved to UB for work. new horse guide is Tumur, 20 years horseman", "Ganbold", "Tumur"),
    ("Tomek moved to Gdańsk :( remove him. surdo section now leads Marta Wójcik", "Tomek Baran", "Marta Wójcik"),
    ("Uncle Goran says he can't come this year 😢 so cousin Stefan is bringing the rakija instead", "Uncle Goran", "Stefan"),
])
def test_the_one_new_name_takes_the_place_of_the_one_the_site_shows_who_goes(request_: str, old: str, new: str) -> None:
    assert peoplefit.swap(request_, _helpers()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_", [
    "Mr Quinn cant make it now, Paul McGarrigle and Dara Kelly are splitting the hot dogs with Mrs Patel",  # two who come
    "Ganbold moved to Ulaanbaatar for work",  # a place, no one who comes
    "Mrs Doherty says the DJ set is 'Dancing Queen' first, and Mr Quinn can't stay late",  # quoted words: a text
    "Pete can't come this year, Sara Lind is bringing the bread",  # no Pete on the site
    # who goes is said just before the words that say so: "leaves" is the boat's (u382)
    "Mrs Doherty reminds me to mention the ferry: the Kviknes Hotel is close, and the boat leaves at 09:40",
])
def test_no_one_is_replaced_without_exactly_one_who_goes_and_one_who_comes(request_: str) -> None:
    assert peoplefit.swap(request_, _helpers()) is None
