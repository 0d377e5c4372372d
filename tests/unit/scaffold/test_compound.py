"""A request of several clauses, each read whole (``compound``)."""

from __future__ import annotations

from app.scaffold import headfit
from app.scaffold.compound import clauses, read, swaps
from app.scaffold.plan import plan_to_json
from app.scaffold.site import Item, Page, Section, initial_site


def _site() -> object:
    site = initial_site("Stade Lane Smokery")
    site.pages.append(Page(route="/prices", title="Prices", sections=[Section(kind="list", items=[
        Item(title="Bloaters", text="£3 each"), Item(title="Kippers", text="£4.50 a pair"),
        Item(title="Smoked mackerel", text="£4")])]))
    site.pages.append(Page(route="/patterns", title="Patterns"))
    return site


def test_a_message_is_cut_into_its_requests() -> None:
    assert clauses("We've stopped doing bloaters, please take them off. And kippers have gone up to £5 a pair.") == \
        ["We've stopped doing bloaters, please take them off", "And kippers have gone up to £5 a pair"]
    assert clauses("rename the patterns page to free patterns pls and take the wexford wrap off") == \
        ["rename the patterns page to free patterns pls", "take the wexford wrap off"]
    assert clauses("take Humpty Doo and Howard Springs off service areas") == \
        ["take Humpty Doo and Howard Springs off service areas"]


def test_each_request_of_a_message_is_made() -> None:
    plan = read("We've stopped doing bloaters, please take them off. And kippers have gone up to £5 a pair.",
                _site())  # type: ignore[arg-type]
    assert plan is not None
    assert plan_to_json(plan) == ('{"ops":[{"op":"remove_item","item":"Bloaters"},'
                                  '{"op":"edit_item","item":"Kippers","text":"£5 a pair"}]}')
    # a rename and a new price, with a sentence that only says why
    plan = read("Please rename the Patterns page to Free Patterns. It sounds friendlier. Smoked mackerel is £4.50 now",
                _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["rename_page", "edit_item"]


def test_a_message_with_a_part_no_reading_reads_is_not_read_here() -> None:
    # "add a page for our events" is no whole reading's: one part done and the other dropped is a wrong edit
    assert read("Take the bloaters off. Also add a page for our events with the dates", _site()) is None  # type: ignore[arg-type]
    assert read("Take the bloaters off, they didn't sell", _site()) is None  # type: ignore[arg-type]  # one request


def test_what_the_business_stopped_doing_goes_beside_a_new_price() -> None:
    # "we no longer make X, so please take it off", "dropping X", "X is off", "X are gone": each a removal
    for said in ("And we no longer smoke bloaters, so please take it off the Prices page", "we're dropping the "
                 "bloaters this year", "Bloaters are off till spring", "the bloaters are gone"):
        plan = read(f"Kippers have gone up to £5 a pair. {said}", _site())  # type: ignore[arg-type]
        assert plan is not None, said
        assert plan_to_json(plan) == ('{"ops":[{"op":"edit_item","item":"Kippers","text":"£5 a pair"},'
                                      '{"op":"remove_item","item":"Bloaters"}]}'), said
    # a pronoun names nothing: "not doing it anymore" leaves the removal to the verb that names it
    plan = read("Kippers are £5 a pair now. And drop the bloaters, not doing it anymore", _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["edit_item", "remove_item"]


def test_what_is_still_showing_goes_unless_a_new_value_is_typed() -> None:
    from app.scaffold.itemfit import removal
    site = _site()
    for said in ("Bloaters still there", "the bloaters are still showing on the Prices page, could you remove them?"):
        plan = removal(said, site)  # type: ignore[arg-type]
        assert plan is not None and plan_to_json(plan) == '{"ops":[{"op":"remove_item","item":"Bloaters"}]}', said
    # a correction ("still says £4, it's £5 now") and a day are no removal
    assert removal("Bloaters still showing £3 each, its £3.50 now", site) is None  # type: ignore[arg-type]
    assert removal("Saturday is still showing on the Prices page", site) is None  # type: ignore[arg-type]


def test_what_the_business_stopped_after_a_comma_and_is_its_own_request() -> None:
    said = "Kippers went up to £5 a pair this year, and we've stopped doing the bloaters altogether."
    assert clauses(said) == ["Kippers went up to £5 a pair this year", "we've stopped doing the bloaters altogether"]
    plan = read(said, _site())  # type: ignore[arg-type]
    assert plan is not None and plan_to_json(plan) == ('{"ops":[{"op":"edit_item","item":"Kippers","text":"£5 a pair"},'
                                                       '{"op":"remove_item","item":"Bloaters"}]}')


def test_that_one_taken_off_is_what_the_request_named_not_an_item_holding_that() -> None:
    site = initial_site("Ozark Hollow Broom Makers")
    site.pages.append(Page(route="/brooms", title="Brooms", sections=[Section(kind="list", items=[
        Item(title="Hearth broom (that's the little short one)", text="$32"),
        Item(title="Cobweb broom with the extra long handle", text="$38")])]))
    plan = read("It's $52 now, not $32. And we're not making the cobweb broom anymore, so take that one off please.", site)
    assert plan is not None and plan_to_json(plan) == ('{"ops":[{"op":"replace_text","old":"$32","new":"$52"},'
                                                       '{"op":"remove_item","item":"Cobweb broom with the extra long handle"}]}')


def test_the_part_of_a_message_no_reading_reads_is_named() -> None:
    from app.scaffold.compound import swaps, unread
    site = _site()
    said = "The page still shows the kippers. Please take them off for now, and the bloaters should be £3.50."
    found = swaps(said, site)  # type: ignore[arg-type]
    assert found and unread(said, site, found) == ["Please take them off for now"]  # type: ignore[arg-type]
    # the clause a swap came from, and a clause that asks nothing, are not left undone
    said = "Sorry, I got a price wrong, the bloaters are £3.50 now, not £3. We put it up in January."
    found = swaps(said, site)  # type: ignore[arg-type]
    assert found and unread(said, site, found) == []  # type: ignore[arg-type]


def test_a_new_price_beside_a_part_no_reading_reads_is_not_made_alone() -> None:
    from app.scaffold.plan import Decline, Plan
    from app.scaffold.requestfit import fit_plan
    said = "The page still shows the kippers. Please take them off for now, and the bloaters should be £3.50."
    plan = fit_plan(Plan(ops=[Decline(op="decline")]), said, _site())  # type: ignore[arg-type]
    assert isinstance(plan.ops[-1], Decline) and plan.ops[0].op == "edit_item"


def test_a_move_beside_a_new_price_that_no_reading_reads_is_left_undone_not_dropped() -> None:
    from app.scaffold.compound import swaps, unread
    site = initial_site("Stellenbosch Vine School")
    site.pages.append(Page(route="/courses", title="Courses", sections=[Section(
        kind="list", text="Winter Pruning Day (July) - R1,450 incl. lunch.",
        items=[Item(title="Canopy Management Morning (November)", text="R850")])]))
    said = "Ag, prices again. The Winter Pruning Day is now R1,600 and the Canopy morning moves to October."
    found = swaps(said, site)
    assert [op.op for op in found] == ["replace_text"] and unread(said, site, found) == ["the Canopy morning moves to October"]


def test_a_new_price_for_something_named_in_its_own_clause_is_not_given_to_what_came_before() -> None:
    from app.scaffold.compound import swaps, unread
    from app.scaffold.plan import EditItem
    site = initial_site("Gaspereau Cider Press Rentals")
    site.pages.append(Page(route="/prices", title="Prices", sections=[Section(kind="list", items=[
        Item(title="the small press is a 12 litre basket press", text="$45 a day"),
        Item(title="the electric apple grinder is", text="$30 a day extra")])]))
    said = "oops the big press is 50 litre not 40. and make the grinder $35"
    found = swaps(said, site)
    assert found == [EditItem(op="edit_item", item="the electric apple grinder is", text="$35 a day extra")]
    assert unread(said, site, found) == ["oops the big press is 50 litre not 40"]  # a correction no reading reads


def test_the_old_price_after_a_new_one_is_part_of_its_change() -> None:
    from app.scaffold.compound import swaps, unread
    said = "sorry the kippers are £5 a pair now, not £4.50, fish went up"
    found = swaps(said, _site())  # type: ignore[arg-type]
    assert found and unread(said, _site(), found) == []  # type: ignore[arg-type]


def test_days_said_with_and_are_one_part() -> None:
    from app.scaffold.compound import unread
    from app.scaffold.plan import ReplaceText
    said = "sorry Juniors moved to Tue and Thu 4-6pm now, new school times"
    assert unread(said, _site(), [ReplaceText(op="replace_text", old="Thu 3:30-5:30pm", new="Thu 4-6pm")]) == []  # type: ignore[arg-type]


def test_the_footer_is_read_beside_another_edit() -> None:
    plan = read("Kippers are £5 a pair now. And could you put our contact details at the bottom of every page "
                "please: smokery@example.com, 01424 555 210.", _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["edit_item", "set_footer"]
    assert plan.ops[1].text == "smokery@example.com, 01424 555 210"  # type: ignore[union-attr]
    # a clause that only says where the edit goes asks nothing of its own
    plan = read("Smoked mackerel is going up from £4 to £5. Please update the Prices page, and add our email "
                "smokery@example.com at the bottom of every page.", _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["edit_item", "set_footer"]


def test_one_clause_read_beside_clauses_that_ask_nothing_is_made() -> None:
    site = initial_site("Kalahari Kitchen")
    site.pages.append(Page(route="/menus", title="Menus", sections=[Section(kind="text", text=(
        "Braai Package N$185 per head: boerewors, lamb chops and pap. Executive Lunch N$260 per head: beef fillet "
        "and salads. Traditional N$150 per head: oshifima and stew."))]))
    # the whole message reads as no new price (its first sentence runs into the price)
    plan = read("Prices went up with the cost of meat, sorry. Braai Package is now N$199. Traditional stays the same.",
                site)  # type: ignore[arg-type]
    assert plan is not None and [(op.old, op.new) for op in plan.ops] == [  # type: ignore[union-attr]
        ("Braai Package N$185 per head: boerewors", "Braai Package N$199 per head: boerewors")]
    # two new prices read whole (``pricenamed``): no clause of it is read alone
    two = "Prices went up with the cost of meat, sorry. Braai Package is now N$199 and Executive Lunch N$275. Traditional stays the same."
    assert read(two, site) is None
    assert sorted((op.old, op.new) for op in swaps(two, site)) == [("N$185", "N$199"), ("N$260", "N$275")]
    # not where another part asks what no reading reads, nor where the whole message reads whole
    assert read("Braai Package is now N$199. Oh and the tasting evening moved to October.", site) is None  # type: ignore[arg-type]
    assert read("Braai Package is now N$199. Sorry!", site) is None  # type: ignore[arg-type]
    # nor where another part speaks of a part of the site in a question
    assert read("Hey! Could the Menus page get a features section showing our perks? Braai Package is now N$199.",
                site) is None  # type: ignore[arg-type]


def test_a_button_said_beside_a_heading_and_its_line_is_not_dropped() -> None:
    """"Heading: X. Line below: Y. Button: See my work": the heading and its line read here, the button not; the
    button went without a word. And a question about a page is no part left undone ("Can you fix the Prices page?")."""
    request = "Heading: Wanjiru Kamau Photography. Line below: Weddings, portraits and brand stories. Button: See my work"
    assert read(request, _site()) is None  # type: ignore[arg-type]  # read whole, not cut at each full stop
    whole = headfit.read(request, _site())  # type: ignore[arg-type]
    assert whole is not None and [(op.target, op.text) for op in whole.ops] == [  # type: ignore[union-attr]
        ("title", "Wanjiru Kamau Photography"), ("subtitle", "Weddings, portraits and brand stories."), ("button", "See my work")]
    plan = read("landing page for my cli tool. heading: tidyfs. subline: A fast file organizer. button: View on GitHub",
                _site())  # type: ignore[arg-type]
    assert plan is not None and [(op.target, op.text) for op in plan.ops] == [  # type: ignore[union-attr]
        ("title", "Tidyfs"), ("subtitle", "A fast file organizer"), ("button", "View on GitHub")]
    # a part of the home page said that nothing here reads: the message is not read here, the button not dropped
    assert read("Heading: Wanjiru Kamau Photography. Line below: Weddings. The button should be bigger", _site()) is None  # type: ignore[arg-type]
    plan = read("Sorry, I got the prices wrong. Kippers went up to £5 a pair, and we've stopped doing bloaters "
                "altogether. Can you fix the Prices page?", _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["edit_item", "remove_item"]


def test_the_colours_beside_another_request_are_read_from_their_own_clause() -> None:
    """"Colours: green like our logo and white. And the Sat hours are now 10-15 Uhr": the model set the theme alone."""
    site = initial_site("Tierheim Glückspfote")
    site.pages.append(Page(route="/visit", title="Visit", sections=[Section(kind="text", text="Sat 10-14 Uhr.")]))
    plan = read("Colours: green like our logo and white. And the Sat hours are now 10-15 Uhr", site)
    assert plan is not None and [op.model_dump(exclude_none=True) for op in plan.ops] == [
        {"op": "set_theme", "primary": "green", "background": "white"},
        {"op": "replace_text", "old": "Sat 10-14 Uhr", "new": "Sat 10-15 Uhr"}]
    # a font named beside the colours: not read here
    assert read("Colours: green and white, serif font. And the Sat hours are now 10-15 Uhr", site) is None


def test_a_clause_that_only_asks_for_the_fix_says_nothing_of_its_own() -> None:
    site = initial_site("New Glarus Alphorn Ensemble")
    site.pages.append(Page(route="/performances", title="Performances", sections=[
        Section(kind="text", text="Coming up: Polkafest, Saturday May 24, noon, downtown New Glarus.")]))
    # (said "has been moved", the whole request reads as one moved date: ``swaps``, not here)
    plan = read("Oh no - Polkafest has changed to Saturday May 31 because of the parade permit. Same time, noon. Please fix!", site)
    assert plan is not None and plan_to_json(plan) == \
        '{"ops":[{"op":"replace_text","old":"Saturday May 24","new":"Saturday May 31"}]}'
