"""A new price for something the site shows (``pricefit``)."""

from __future__ import annotations

import pytest

from app.scaffold import pricefit, pricetyped
from app.scaffold.plan import EditItem, ReplaceText
from app.scaffold.site import Item, Page, Section, Site, Tier

_COATS = [("Small (up to 35cm back length)", "£48"), ("Medium (36 to 50cm)", "£58"), ("Large (51 to 70cm)", "£72"),
          ("Extra-large, made to order", "£85")]
_TEXT = ("Quarter mutton bunny R85, half mutton R140. Quarter chicken R70, half chicken R115. "
         "Taster class (2 hours, weave your own small strip): GHS 350. Three-day course: GHS 2,400.")


def _site(items: list[tuple[str, str]] = _COATS, text: str = "") -> Site:
    section = Section(kind="list", items=[Item(title=t, text=d) for t, d in items], text=text)
    return Site(name="Tobermory Dog Coats", pages=[Page(route="/coats", title="Coats", sections=[section])])


@pytest.mark.parametrize(("typed", "found"), [
    ("$9", "$9"), ("NZ$45", "NZ$45"), ("£1,600,", "£1,600"), ("R90", "R90"), ("KSh 5,000", "KSh 5,000"),
    ("GHS 380", "GHS 380"), ("GHC 900", "GHC 900"), ("240 SEK", "240 SEK"), ("20p", "20p"), ("UGX 40,000", "UGX 40,000"),
    ("TTD 150", "TTD 150"),
])
def test_a_price_is_read_in_the_currencies_people_type(typed: str, found: str) -> None:
    assert pricetyped.PRICE.findall(f"it is {typed} now") == [found]


def test_no_price_in_words_and_numbers_that_are_not_one() -> None:
    assert pricetyped.PRICE.findall("Route R2D2 runs on the A40 at 7pm, 12 people, Ring 3") == []


def test_several_new_prices_each_for_the_item_whose_name_starts_with_what_is_said() -> None:
    request = "The Medium coat is now £62 and the Large is now £76. Everything else stays the same."
    assert pricefit.price_changes(request, _site()) == [
        EditItem(op="edit_item", item="Medium (36 to 50cm)", text="£62"),
        EditItem(op="edit_item", item="Large (51 to 70cm)", text="£76")]  # not "Extra-large"


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("Price update sorry: quarter mutton now R90", "Quarter mutton bunny R85", "Quarter mutton bunny R90"),
    ("the Taster class is now GHS 380", "Taster class (2 hours, weave your own small strip): GHS 350",
     "Taster class (2 hours, weave your own small strip): GHS 380"),  # the comma in brackets ends no piece
])
def test_a_new_price_of_a_piece_of_a_text(request_: str, old: str, new: str) -> None:
    assert pricefit.price_changes(request_, _site([], _TEXT)) == [ReplaceText(op="replace_text", old=old, new=new)]


def test_every_price_of_several_said_in_a_text_changes_or_none() -> None:
    site = _site([], _TEXT)
    both = pricefit.price_changes("quarter mutton now R90 and half mutton R150. Load shedding is killing us", site)
    assert [op.new for op in both if isinstance(op, ReplaceText)] == ["Quarter mutton bunny R90", "half mutton R150"]
    # one of two not found: neither is made (one done and one dropped would look done)
    assert pricefit.price_changes("the Taster class is now GHS 380, and the Weaving Week is now GHS 2,600", site) == []


@pytest.mark.parametrize("request_", ["It's $52 now, not $45.", "kitchen broom still says $45, should be $52",
                                      "standard price wrong its $52 not 45"])
def test_the_old_price_typed_is_replaced_where_the_site_shows_it_once(request_: str) -> None:
    site = _site([("Kitchen broom", "$45"), ("Hearth broom", "$32"), ("Whisk broom", "$14")])
    assert pricefit.price_changes(request_, site) in ([ReplaceText(op="replace_text", old="$45", new="$52")],
                                                      [EditItem(op="edit_item", item="Kitchen broom", text="$52")])


def test_an_old_price_the_site_shows_twice_is_no_place_to_change() -> None:
    site = _site([("Kitchen broom", "$45"), ("Hearth broom", "$45")])
    assert pricefit.price_changes("It's $52 now, not $45.", site) == []


def test_what_is_named_after_the_new_price_s_clause_is_not_what_it_prices() -> None:
    site = _site([("Canopy Management Morning (November)", "R850")], "Winter Pruning Day (July) - R1,450 incl. lunch.")
    request = "Ag, prices again. The Winter Pruning Day is now R1,600 and the Canopy morning moves to October."
    assert pricefit.price_changes(request, site) == [ReplaceText(
        op="replace_text", old="Winter Pruning Day (July) - R1,450 incl", new="Winter Pruning Day (July) - R1,600 incl")]


def test_a_price_said_to_stay_is_no_change_and_a_price_from_is_the_new_one() -> None:
    site = _site([], "The annual membership fee is £25. Juniors pay £10. Chimney rebuild $4500 and up.")
    said = "the membership fee went up this year. It should be £30, not £25. The under-18 fee stays at £10."
    assert pricefit.price_changes(said, site) == [ReplaceText(
        op="replace_text", old="The annual membership fee is £25", new="The annual membership fee is £30")]
    assert pricefit.price_changes("chimney rebuild is from $5200 now. material costs", site) == [ReplaceText(
        op="replace_text", old="Chimney rebuild $4500 and up", new="Chimney rebuild $5200 and up")]


def test_one_word_of_a_name_names_it_at_its_start_or_alone_at_its_end() -> None:
    site = _site([("Breakfast Ride 2 hrs with damper and billy tea", "$95"), ("kumara fries", "$7"),
                  ("Improver course (3 days)", "$700"), ("Beginner course", "$650")])
    assert pricefit.price_change("sorry Sunset Ride is $135 now", site) is None  # not the Breakfast Ride
    assert pricefit.price_change("fries r $8 now, spuds went up", site) == EditItem(
        op="edit_item", item="kumara fries", text="$8")
    assert pricefit.price_change("change the course price to $800", site) is None  # both are courses


def test_the_new_price_s_own_clause_names_what_it_prices() -> None:
    site = _site([("Chowder", "$9"), ("Littlenecks", "")])
    # the littlenecks show no price: not the chowder named before them
    assert pricefit.price_change("The page still shows the chowder. Take it off, and the littlenecks should be $32",
                                 site) is None


def test_one_word_inside_a_name_names_it_when_nothing_else_is_named() -> None:
    site = _site([("single swag", "$14 per night"), ("40L fridge with dual battery", "$28 per night")])
    assert pricefit.price_changes("The single swag is going up to $16 per night and the fridge to $32.", site) == [
        EditItem(op="edit_item", item="single swag", text="$16 per night"),
        EditItem(op="edit_item", item="40L fridge with dual battery", text="$32 per night")]


def test_a_price_of_something_new_is_no_new_price_of_a_paragraph() -> None:
    site = _site([], "Admission is £4 including tea and Welsh cakes.")
    said = "We have a special Christmas Tea Dance on Wednesday 17th December. Tickets are £10. Please put this on the home page."
    assert pricefit.price_changes(said, site) == []


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("Oh, the feta has gone up, it's $17 now.", "Marinated goat feta 250g jar $16", "Marinated goat feta 250g jar $17"),
    ("newsboy is €79 now", "Eight Panel Newsboy €75", "Eight Panel Newsboy €79"),  # every word it is named by
])
def test_a_piece_named_by_every_word_the_request_names_it_by(request_: str, old: str, new: str) -> None:
    site = _site([], "Marinated goat feta 250g jar $16, and Ash-rolled log 180g $14. Eight Panel Newsboy €75.")
    assert pricefit.price_changes(request_, site) == [ReplaceText(op="replace_text", old=old, new=new)]


def test_a_name_said_sentences_before_the_price_is_its_whole_name() -> None:
    site = _site([("Music for the Tudor Court, Wisteria Hall", "$12"), ("small dogs (under 10kg)", "$45")])
    said = "The Concerts page still says Bethesda Library for Dowland and Friends. It's at Wisteria Hall now, $15."
    assert pricefit.price_changes(said, site) == []
    assert pricefit.price_changes("prices page still says $45 for small dogs, its $50 now", site) == [
        EditItem(op="edit_item", item="small dogs (under 10kg)", text="$50")]


def test_two_names_and_one_price_each_are_both_priced() -> None:
    site = _site([("Blood Plum Jam 250g", "$9"), ("Chilli Tomato Relish 250g", "$9"), ("Lemon Myrtle Cordial 500ml", "$14")])
    said = "Sugar and jars both up. Blood Plum Jam and Chilli Tomato Relish now $10 each, cordial $15."
    assert pricefit.price_changes(said, site) == [
        EditItem(op="edit_item", item="Chilli Tomato Relish 250g", text="$10"),
        EditItem(op="edit_item", item="Blood Plum Jam 250g", text="$10"),
        EditItem(op="edit_item", item="Lemon Myrtle Cordial 500ml", text="$15")]
    # a clause that says more than a name is no name priced alike
    assert pricefit.price_changes("the blood plum jam price was wrong, and the cordial is $15 now, chilli $10", site) == [
        EditItem(op="edit_item", item="Lemon Myrtle Cordial 500ml", text="$15"),
        EditItem(op="edit_item", item="Chilli Tomato Relish 250g", text="$10")]


def test_a_word_the_site_shows_nowhere_and_a_plural_do_not_hide_what_is_named() -> None:
    site = _site([], "Kids party up to 16 kids £195 for 90 mins. Adult game £25.")
    assert pricefit.price_changes("actualy kids parties are £210 now, sorry", site) == [ReplaceText(
        op="replace_text", old="Kids party up to 16 kids £195 for 90 mins", new="Kids party up to 16 kids £210 for 90 mins")]


def test_an_old_price_said_alone_is_no_new_price() -> None:
    site = _site([], "Adult racer membership is $120 a year. Kids party up to 16 kids £195 for 90 mins.")
    assert pricefit.price_changes("Junior membership still says $30", site) == []
    assert pricefit.price_changes("Junior membership is $35 now", site) == []  # not the adult one


def test_a_name_of_three_letters_and_a_plural_piece_are_named() -> None:
    site = _site([("Sedan full tint", "$189"), ("SUV or truck", "$229")])
    assert pricefit.price_changes("sedan price went up to $199 and SUV to $239, sorry", site) == [
        EditItem(op="edit_item", item="Sedan full tint", text="$199"),
        EditItem(op="edit_item", item="SUV or truck", text="$239")]
    text = _site([], "Each viewing lasts about 2 hours. Adults $40, students $20, under 12 free.")
    assert pricefit.price_changes("Student price is changing to $25 for the coming season.", text) == [
        ReplaceText(op="replace_text", old="students $20", new="students $25")]


def test_a_price_typed_in_an_item_s_title_changes_there() -> None:
    site = _site([("Minster and Medieval Streets - 90 minutes, £18 per person", ""),
                  ("Riverside and Rowntree - 2 hours, £22 per person", "")])
    assert pricefit.price_changes("Price change: Riverside and Rowntree is now £24.", site) == [
        EditItem(op="edit_item", item="Riverside and Rowntree - 2 hours, £22 per person",
                 title="Riverside and Rowntree - 2 hours, £24 per person")]


def test_an_old_price_typed_is_the_named_item_s_or_no_change() -> None:
    site = _site([("Bridal saree draping", "Rs 2500"), ("please add Rs 500 extra", "")])
    # not "please add Rs 500 extra" (named by "Please"): the old price typed, where the site shows it once
    assert pricefit.price_changes("Still it is showing Rs 2500 for bridal. Please change to Rs 3000.", site) == [
        ReplaceText(op="replace_text", old="Rs 2500", new="Rs 3000")]


def test_new_prices_said_as_to_a_price_in_a_code_or_after_also_change_the_text() -> None:
    text = ("Whole fried tilapia (medium) KSh 650, Whole fried tilapia (large) KSh 900, Wet-fry tilapia in stew KSh 950. "
            "Full kit UGX 35,000. Dealer tables are $45 each.")
    site = _site([], text)
    assert [op.new for op in pricefit.price_changes(  # type: ignore[union-attr]
        "Please change the large tilapia to KSh 1,000 and the wet-fry to KSh 1,050. Everything else stays the same.", site)] \
        == ["Whole fried tilapia (large) KSh 1,000", "Wet-fry tilapia in stew KSh 1,050"]
    assert pricefit.price_changes("The kit price has changed to UGX 40,000.", site) == [
        ReplaceText(op="replace_text", old="Full kit UGX 35,000", new="Full kit UGX 40,000")]
    assert pricefit.price_changes("Also, dealer tables will now cost $50", site) == [
        ReplaceText(op="replace_text", old="Dealer tables are $45 each", new="Dealer tables are $50 each")]


def test_when_a_new_price_starts_names_nothing_and_gone_up_says_it_changed() -> None:
    site = _site([], "First visit free, after that $5 per session to cover paper. Entry R30 adults, R15 children.")
    assert pricefit.price_changes("session fee go up to $6 from March, paper more expensive now", site) == [
        ReplaceText(op="replace_text", old="after that $5 per session to cover paper",
                    new="after that $6 per session to cover paper")]
    assert pricefit.price_changes("Entry prices have gone up as of 1 March: R40 adults, R20 children.", site) == [
        ReplaceText(op="replace_text", old="Entry R30 adults", new="Entry R40 adults"),
        ReplaceText(op="replace_text", old="R15 children", new="R20 children")]


_WALKS = ("Mediterranean Steps Trek: 3.5 hours, strenuous, £45 per adult. Monkeys and Tunnels: 2 hours, easy, £30 per "
          "adult, £18 per child. Kreef Cottage – sleeps 2, one queen bed, R1200 per night. Bokkom Cottage – sleeps 4, "
          "R1850 per night.")


def test_a_piece_of_a_text_is_named_by_the_name_its_sentence_leads_with() -> None:
    site = _site([], _WALKS)
    assert pricefit.price_changes("Correction: Monkeys and Tunnels is now £32 per adult.", site) == [
        ReplaceText(op="replace_text", old="£30 per adult", new="£32 per adult")]
    # a lead the request names is no name for a piece of its sentence that says none of the request's words
    assert pricefit.price_changes("Monkeys and Tunnels is now £20 for children", site) == []


def test_new_prices_listed_after_what_says_they_are_new_are_each_made() -> None:
    site = _site([], _WALKS)
    assert pricefit.price_changes("Please update prices, the ones I gave were last year's: Kreef R1400, Bokkom R2100.",
                                  site) == [ReplaceText(op="replace_text", old="R1200 per night", new="R1400 per night"),
                                            ReplaceText(op="replace_text", old="R1850 per night", new="R2100 per night")]


def test_two_new_prices_for_one_old_one_are_neither() -> None:
    site = _site([], "Half day $1,150 per month. Full day $1,150 per month.")
    assert pricefit.price_changes("the half day is now $1,195 per month and the full day is $1,725 per month", site) \
        != [ReplaceText(op="replace_text", old="$1,150 per month", new="$1,195 per month"),
            ReplaceText(op="replace_text", old="$1,150 per month", new="$1,725 per month")]


def test_a_price_in_brackets_after_each_name_of_a_sentence_is_that_name_s() -> None:
    site = _site([], "There's three: The Nairn Trail (2 hours, £14), Factory Chimneys and Tenements (90 mins, £11) and "
                     "the Harbour walk (2.5 hours, £16).")
    changes = pricefit.price_changes("prices are going up from April. The Nairn Trail is now £15 and Factory Chimneys "
                                     "is £12. The harbour one stays the same.", site)
    assert [(c.old, c.new) for c in changes] == [  # type: ignore[union-attr]
        ("There's three: The Nairn Trail (2 hours, £14)", "There's three: The Nairn Trail (2 hours, £15)"),
        ("Factory Chimneys and Tenements (90 mins, £11)", "Factory Chimneys and Tenements (90 mins, £12)")]


def test_when_a_new_price_starts_names_nothing() -> None:
    site = _site([("The Wren 6m, sleeps 2", "from $89,000"), ("The Magpie 7.2m, sleeps 4", "from $112,000")])
    assert pricefit.price_changes("Magpie price up to $118,000 from 1 Jan, timber costs. Wren stays same", site) == [
        EditItem(op="edit_item", item="The Magpie 7.2m, sleeps 4", text="from $118,000")]


def test_prices_typed_bare_on_a_menu_that_shows_them_bare() -> None:
    """"oat latte is 6.20 now" of "Oat latte 5.90", "Flat White now 3,80", "flat white now 5.40, long black 5.00":
    the model edited "Oat Milk Prices", declined, or set a black-and-white theme."""
    titled = _site([("Flat white 5.20", ""), ("Oat latte 5.90", "")])
    assert pricefit.price_changes("oat latte is 6.20 now (oat milk prices 😭)", titled) == [
        EditItem(op="edit_item", item="Oat latte 5.90", title="Oat latte 6.20")]
    assert pricefit.price_changes("Flat White now 3,80", _site([("Espresso 2,20", ""), ("Flat White 3,60", "")])) == [
        EditItem(op="edit_item", item="Flat White 3,60", title="Flat White 3,80")]
    detailed = _site([("Flat white", "5.00"), ("Long black", "4.50")])
    assert pricefit.price_changes("flat white now 5.40, long black 5.00", detailed) == [
        EditItem(op="edit_item", item="Flat white", text="5.40"), EditItem(op="edit_item", item="Long black", text="5.00")]
    # a bare number where the site prices with a currency, or a time, is no price
    assert pricefit.price_changes("flat white now 5.40", _site([("Flat white", "$5.00")])) == []
    assert pricefit.price_changes("yoga now at 7.30", _site([("Yoga", "6.30pm")])) == []


def test_a_price_in_yen_said_after_the_amount_replaces_the_one_shown() -> None:
    site = _site([("Trial class 90 minutes 5,500 yen", ""), ("Regular class", "8,000 yen")])
    assert pricetyped.PRICE.findall("6,000 yen, ¥280,000") == ["6,000 yen", "¥280,000"]
    assert pricefit.price_changes("Trial class price change to 6,000 yen from April.", site) == [
        EditItem(op="edit_item", item="Trial class 90 minutes 5,500 yen", title="Trial class 90 minutes 6,000 yen")]


def test_a_tier_priced_in_its_name_takes_the_new_price_in_its_name() -> None:
    tiers = [Tier(name="Portrait session 1hr ¥25,000", price="—"), Tier(name="Wedding full day ¥280,000", price="—")]
    site = Site(name="Kenji", pages=[Page(route="/pricing", title="Pricing", sections=[Section(kind="pricing", tiers=tiers)])])
    assert pricefit.price_changes("wedding price goes up to ¥300,000 from next month, change it", site) == [
        EditItem(op="edit_item", item="Wedding full day ¥280,000", title="Wedding full day ¥300,000")]


def test_new_prices_typed_a_line_each_replace_those_of_a_list_typed_on_one_line() -> None:
    text = "Calamansi Bright Bar - ₱120 Guava Leaf Gentle Bar - ₱110 Lavender Sleep Bar - ₱150 Charcoal Detox Bar - ₱140"
    site = _site([], text=text)
    assert pricefit.price_changes("Price update po:\nCalamansi Bright Bar - ₱130\nLavender Sleep Bar - ₱160", site) == [
        ReplaceText(op="replace_text", old="Calamansi Bright Bar - ₱120", new="Calamansi Bright Bar - ₱130"),
        ReplaceText(op="replace_text", old="Lavender Sleep Bar - ₱150", new="Lavender Sleep Bar - ₱160")]


def test_the_prices_of_one_thing_that_has_several_are_replaced_in_turn() -> None:
    site = _site([], text="Free: 2 lists, 3 members. Pro: €2.99/month or €24/year, unlimited lists.")
    assert pricefit.price_changes("pro price changed: €3.49/month, €29/year", site) == [
        ReplaceText(op="replace_text", old="Pro: €2.99/month or €24/year,", new="Pro: €3.49/month or €29/year,")]
    # two prices for a thing the site prices once: not read
    assert pricefit.price_changes("Free price changed: €1/month, €9/year", site) == []


def test_bare_prices_with_one_decimal_on_a_menu_that_shows_them_so() -> None:
    site = _site([("Flat White 5.0", ""), ("Magic 5.5", ""), ("Big Brekkie 24", "")])
    assert pricefit.price_changes("prices went up sorry 😬 magic is 5.8 now and flat white 5.2", site) == [
        EditItem(op="edit_item", item="Magic 5.5", title="Magic 5.8"),
        EditItem(op="edit_item", item="Flat White 5.0", title="Flat White 5.2")]


def test_a_price_in_the_currency_typed_and_of_the_unit_typed() -> None:
    """"pro plan price change to ₹79/month": not the "$29/mo" of a placeholder's Pro; "pro yearly now ₹899/year": the
    yearly price of "₹149/month or ₹999/year", not the monthly one."""
    tiers = [Tier(name="Basic", price="$9/mo"), Tier(name="Pro", price="$29/mo")]
    site = Site(name="BudgetBee", pages=[
        Page(route="/", title="Home", sections=[Section(kind="pricing", tiers=tiers)]),
        Page(route="/pricing", title="Pricing", sections=[Section(kind="list", items=[
            Item(title="Pro", text="₹149/month or ₹999/year, unlimited habits")])])])
    assert pricefit.price_changes("pro plan price change to ₹79/month, launch offer", site) == [
        EditItem(op="edit_item", item="Pro", text="₹79/month or ₹999/year, unlimited habits")]
    assert pricefit.price_changes("pro yearly now ₹899/year (launch offer)", site) == [
        EditItem(op="edit_item", item="Pro", text="₹149/month or ₹899/year, unlimited habits")]


def test_prices_in_dong_and_dollars_typed_after_the_amount() -> None:
    assert pricetyped.PRICE.findall("30 min is 45$ now, coconut coffee 55.000đ") == ["45$", "55.000đ"]
    menu = _site([("Egg coffee 45.000đ", ""), ("Coconut coffee 50.000đ", "")])
    assert pricefit.price_changes("coconut coffee price now 55.000đ", menu) == [
        EditItem(op="edit_item", item="Coconut coffee 50.000đ", title="Coconut coffee 55.000đ")]
    lessons = _site([("30 min", "40$"), ("45 min", "55$"), ("60 min", "70$")])
    assert pricefit.price_changes("Prices change in september: 30 min is 45$ now and 60 min is 75$", lessons) == [
        EditItem(op="edit_item", item="30 min", text="45$"), EditItem(op="edit_item", item="60 min", text="75$")]


def test_a_whole_bare_price_on_a_menu_that_shows_them_so() -> None:
    menu = _site([("Flat White 5.0", ""), ("Smashed Avo on Sourdough 19", ""), ("Big Brekkie 24", "")])
    assert pricefit.price_changes("big brekkie is 26 now", menu) == [
        EditItem(op="edit_item", item="Big Brekkie 24", title="Big Brekkie 26")]
    # a site that shows no whole numbers last, or one: no price typed
    assert pricefit.price_changes("big brekkie is 26 now", _site([("Big Brekkie 24", ""), ("Flat White", "$5")])) == []
