"""Item edits and theme changes fitted to the site as the code has it (``itemfit``, ``requestfit``)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project, snapshot
from tests.unit.session.typed import run as _run


def test_an_item_edit_that_names_a_page_renames_the_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_page","title":"Shows","route":"/shows"}]}', "add a Shows page").applied
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Shows","title":"Productions"}]}',
                  "Please rename the Shows page to Productions.")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "productions" / "page.tsx").exists() and not (root / "app" / "shows").exists()
    assert "Productions" in (root / "lib" / "site.ts").read_text()


def test_an_edit_of_content_the_site_lacks_is_not_made_an_addition(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    # "The Seed Swap has moved": adding a second Seed Swap would be a wrong edit shown as done
    result = _run(root, '{"ops":[{"op":"edit_item","item":"The Seed Swap","text":"Saturday 28 March"}]}',
                  "The Seed Swap has been moved to Saturday 28 March")
    assert result.outcome == "rejected" and "can't find" in result.message and snapshot(root) == before
    # "hours are ...": an edit of "Hours" beside the addition of the same hours goes; the addition is made
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Hours","text":"Tue-Sat 10am-6pm"},{"op":"add_items",'
                        '"route":"/","kind":"list","items":[{"title":"Hours","text":"Tue-Sat 10am-6pm"}]}]}',
                  "Hours Tue-Sat 10am-6pm")
    home = (root / "app" / "page.tsx").read_text()
    assert result.outcome == "applied" and "Tue-Sat" in home and "10am-6pm" in home


def test_an_edit_of_an_item_the_site_has_stays_an_edit(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"pricing","items":[{"title":"Solo","text":"$5"},'
               '{"title":"Pro","text":"$20"}]}]}', "plans: Solo $5, Pro $20")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Pro","text":"$39"}]}', "change Pro to $39")
    page = (root / "app" / "page.tsx").read_text()
    assert result.outcome == "applied" and "$39" in page and "$20" not in page


def test_a_request_that_says_something_is_missing_removes_nothing(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Jess R.",'
               '"text":"Made me enjoy leg day"}]}]}', "add a review: 'Made me enjoy leg day' - Jess R.")
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Jess R."}]}', "jess's review is missing, add it")
    assert result.outcome == "declined" and snapshot(root) == before


def test_facts_read_as_an_edit_of_an_item_the_site_lacks_are_placed_as_typed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # the model read the facts as an edit of "Membership", which the site does not have: that would fail
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Membership","text":"£18 a year, £25 for a couple"}]}',
                  "Membership is £18 a year, £25 for a couple. Members get the newsletter Smokebox four times a year.")
    assert result.outcome == "applied", result.message
    assert "Members get the newsletter Smokebox four times a year." in (root / "app" / "page.tsx").read_text()
    # a correction of what the site shows is an edit, never an addition
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Caviar","text":"€65"}]}',
                  "the caviar is €65 not what you have there")
    assert result.outcome == "rejected" and snapshot(root) == before


def test_a_removal_in_a_request_that_asks_for_nothing_to_go_is_a_misreading(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_page","title":"Sponsors","route":"/sponsors"}]}', "add a Sponsors page").applied
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Sponsors"}]}', "Sponsors isn't in the menu yet, please add it.")
    assert result.outcome != "applied" and "can't find" not in result.message and snapshot(root) == before
    # beside it, the model's other ops of the same misreading are not made either
    result = _run(root, '{"ops":[{"op":"remove_item","item":"What\'s On"},{"op":"add_page","title":"On","route":"/on"}]}',
                  "I can't find the What's On page, is it there? It should have the three nights on it.")
    assert result.outcome == "declined" and snapshot(root) == before


def test_a_theme_change_the_request_does_not_ask_for_is_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    plan = '{"ops":[{"op":"set_theme","foreground":"red","font":"rounded"}]}'
    result = _run(root, plan, "Change hero text to: Alterations done properly, usually within a week.")
    assert result.outcome == "declined" and snapshot(root) == before
    assert result.message.startswith("I read that as a change of colours or fonts")
    assert _run(root, plan, "colours: red text and a rounder font please").outcome == "applied"
    # beside the edit that was asked for, the theme change nobody asked for goes
    both = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Sit & Stretch"},'
                      '{"op":"set_theme","primary":"black"}]}', "change the name at the top to Sit & Stretch")
    assert both.outcome == "applied" and "Sit & Stretch" in (root / "lib" / "site.ts").read_text()
    assert "black" not in both.plan


def test_a_decline_beside_other_ops_is_a_declined_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Shop","route":"/shop"},{"op":"decline"}]}',
                  "add a shop page with a basket and card payments")
    assert result.outcome == "declined" and result.message.startswith("I can't do that yet") and snapshot(root) == before


def test_a_new_site_name_the_request_does_not_ask_for_is_declined_and_says_so(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"$9"}]}',
                  "scissors went up to $9")
    assert result.outcome == "declined" and snapshot(root) == before
    assert result.message.startswith("I read that as a new name for the site")


def test_an_opening_prompt_that_lists_its_pages_makes_them_with_its_own_words_on_home(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"describe_site","name":"Edge of Leith","tagline":"a simple site with a home",'
                        '"sections":["features","pricing"]}]}',
                  "Hiya! I run a knife sharpening van called Edge of Leith, based in Leith, Edinburgh. Could you make "
                  "me a simple site with a home page, a Prices page and a Contact page please?")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "prices" / "page.tsx").exists() and (root / "app" / "contact" / "page.tsx").exists()
    home = (root / "app" / "page.tsx").read_text()
    assert "based in Leith, Edinburgh" in home and "a simple site with a home" not in home
    assert "Welcome to Edge of Leith." in home  # the placeholder subtitle follows the new name
    # the user's own words come first after the hero, before the placeholder sections
    assert home.index("based in Leith, Edinburgh") < min(home.index(k) for k in ("<Features", "<Pricing") if k in home)


def test_quoted_words_the_site_shows_are_replaced_wherever_they_are(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"describe_site","name":"Bilge Pump Choir"}]}',
                "Website for the Bilge Pump Choir, Whitstable. 18 of us sing sea shanties badly but loudly.").applied
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Gigs","text":"badly but loudly"}]}]}',
         "gigs: badly but loudly")
    # the model wrote the new words as the site's name; the request quotes words the site shows
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"with more enthusiasm"}]}',
                  "Change 'badly but loudly' to 'with more enthusiasm than skill'.")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "badly but loudly" not in page and page.count("with more enthusiasm than skill") == 2
    assert "Bilge Pump Choir" in (root / "lib" / "site.ts").read_text()


def test_quoted_words_the_site_does_not_show_are_left_to_the_model(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Two hour walks","text":"Relaxed walks"}]}',
                  "Change 'Two hour walks' to 'Relaxed walks'")
    assert result.outcome == "rejected" and "can't find" in result.message and snapshot(root) == before


def test_pages_listed_for_the_navigation_that_it_links_already_change_nothing_and_say_so(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for name in ("Officers", "Results"):
        assert _run(root, f'{{"ops":[{{"op":"add_page","title":"{name}","route":"/{name.lower()}"}}]}}',
                    f"add a {name} page").applied
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Officers and Results","href":"/officers-and-results"}]}',
                  "Please add the Officers and Results pages to the navigation.")
    assert result.outcome == "unchanged" and "already links to /officers" in result.message
    assert snapshot(root) == before


def test_a_new_price_for_an_item_the_site_lists_changes_that_price_and_keeps_the_rest(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Scissors","text":"$7"},'
               '{"title":"Knife weekend","text":"£325 (two days, lunch included)"}]}]}',
         "prices: Scissors $7, Knife weekend £325 (two days, lunch included)")
    # the model wrote the price as the site's name
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"$9"}]}',
                  "scissors went up to $9")
    page = (root / "app" / "page.tsx").read_text()
    assert result.outcome == "applied", result.message
    assert "$9" in page and "$7" not in page and "$9" not in (root / "lib" / "site.ts").read_text()
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"345"}]}',
                  "knife weekend now £345")
    page = (root / "app" / "page.tsx").read_text()
    assert result.outcome == "applied" and "£345 (two days, lunch included)" in page and "£325" not in page


def test_a_price_beside_an_addition_or_two_items_is_not_read_as_a_change() -> None:
    from app.scaffold.site import Item, Section, initial_site
    from app.scaffold.pricefit import price_change
    site = initial_site("Test")
    site.pages[0].sections.append(Section(kind="list", items=[Item(title="Pro", text="$29/mo"),
                                                               Item(title="Team", text="$79/mo")]))
    assert price_change("Pro is now $39", site) is not None
    assert price_change("Pro is now $39", site).text == "$39/mo"  # type: ignore[union-attr]
    assert price_change("add Mocha, it is $4", site) is None
    assert price_change("Pro is now $39 and Team is $89", site) is None
    assert price_change("put the Pro plan at $39", site) is None


def test_a_sentence_named_for_removal_goes_from_its_text_and_the_rest_stays(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Plots are £40 a year. '
                      'Concessions £20 for over 65s. The shop hut opens on Sundays."}]}', "plots: £40 a year").applied
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Concessions"}]}',
                  "take off the concessions thing, the committee hasnt agreed it yet")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Concessions" not in page and "Plots are £40 a year. The shop hut opens on Sundays." in page
    assert any("Took \u201cConcessions £20 for over 65s.\u201d out of /" in s for s in result.summary)


def test_new_prices_of_several_items_and_of_a_paragraph_are_made_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    text = "Notarization $5 per signature. Travel fee $35 within Charleston, $50 Mount Pleasant. Loan signings $150."
    assert _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"%s"}]}' % text, "Fees: " + text).applied
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Travel fee","text":"$40"}]}', "Travel fee within Charleston is $40 now.")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Travel fee $40 within Charleston, $50 Mount Pleasant" in page and "$35" not in page
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Adults","text":"£6.50"},'
               '{"title":"family ticket (2 adults 2 kids)","text":"£19"}]}]}', "Adults £6.50, family ticket (2 adults 2 kids) £19")
    # two items of one list, each with its new price: both are made, in one write of the list
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Adults","text":"£21"}]}',
                  "Actually adults is going up to £7 this year, sorry, and the family ticket is £21 now.")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "£7" in page and "£21" in page and "£6.50" not in page and "£19" not in page
    # the old price said beside the new one is the site's, not left out
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Adults","text":"£7.50"}]}',
                  "The home page still says £7 for adults, it should be £7.50 now.")
    assert result.outcome == "applied" and "£7.50" in (root / "app" / "page.tsx").read_text()


def test_a_date_the_site_shows_moved_to_a_new_one_is_replaced_with_its_weekday(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Saturday 12 July",'
                      '"text":"10am to 1pm"},{"title":"Saturday 30 August","text":"10am to 2pm"}]}]}',
                "Swap days: Saturday 12 July 10am to 1pm, Saturday 30 August 10am to 2pm").applied
    result = _run(root, '{"ops":[{"op":"edit_item","item":"30 August","text":"Saturday 6 September"}]}',
                  "Sorry, the 30 August swap day has moved to Saturday 6 September, same times.")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Saturday 6 September" in page and "30 August" not in page and "Saturday Saturday" not in page
    assert "Saturday 12 July" in page


def test_an_item_named_for_removal_goes_whatever_the_model_read(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Stump grinding",'
                      '"text":"from $90"},{"title":"Mulch delivery","text":"$45"},{"title":"Kumho tyres","text":"$120"}]}]}',
                "Services: Stump grinding from $90, Mulch delivery $45, Kumho tyres $120").applied
    result = _run(root, '{"ops":[{"op":"decline"}]}', "scrap mulch delivery, not doing it anymore")
    assert result.outcome == "applied", result.message
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Puncture"}]}', "Remove Kumho.")
    page = (root / "app" / "page.tsx").read_text()
    assert result.outcome == "applied" and "Mulch delivery" not in page and "Kumho" not in page
    assert "Stump grinding" in page
    # the page a request names is not an item of it
    assert _run(root, '{"ops":[{"op":"decline"}]}', "remove the stump grinding page").outcome != "applied"


def test_a_new_price_said_before_not_is_the_new_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Adults","text":"$8"},'
               '{"title":"Students","text":"$5"}]}]}', "prices: Adults $8, Students $5")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Student","text":"$6 not $5"}]}',
                  "Hmm, I made a mistake, the student price is actually $6 not $5. Sorry!")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "$6" in page and "$5" not in page


def test_what_is_taken_off_goes_whether_an_item_or_a_sentence(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Champs night is the last Friday. '
                      'Raffle tickets £2 on the door. Bring a dish."}]}', "champs bit: Champs night is the last Friday. "
                                                                           "Raffle tickets £2 on the door. Bring a dish.").applied
    result = _run(root, '{"ops":[{"op":"remove_section","route":"/","kind":"team"}]}',
                  "actually take the raffle off the champs bit, cant get a licence this yr")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Raffle" not in page and "Champs night is the last Friday. Bring a dish." in page


def test_a_thing_taken_off_a_list_typed_as_a_sentence_takes_only_its_piece(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    text = "Single Drover $685, Double Drover $925, Kids Swag $420. All made in Longreach."
    assert _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"%s"}]}' % text, "Swags: " + text).applied
    result = _run(root, '{"ops":[{"op":"decline"}]}', "take the kids swag off, not making them anymore")
    assert result.outcome == "applied", result.message
    assert "Single Drover $685, Double Drover $925. All made in Longreach." in (root / "app" / "page.tsx").read_text()
    assert result.summary == ["Took \u201cKids Swag $420\u201d out of /"]


def test_an_item_named_by_its_words_not_its_whole_name_goes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_page","title":"Tours","route":"/tours"},{"op":"add_items","route":"/tours",'
                      '"kind":"list","items":[{"title":"Freo Classic","text":"$95 pp"},{"title":"Sunset Cottesloe",'
                      '"text":"$130 pp"},{"title":"car/boat parking in the yard","text":"$20 a week"}]}]}',
                "tours page: Freo Classic $95 pp, Sunset Cottesloe $130 pp, car/boat parking in the yard $20 a week").applied
    page = root / "app" / "tours" / "page.tsx"
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Jess"}]}',
                  "actually cancel the sunset one for now, Jess is on maternity leave haha. take it off tours page")
    assert result.outcome == "applied", result.message
    assert "Sunset Cottesloe" not in page.read_text() and "Freo Classic" in page.read_text()
    result = _run(root, '{"ops":[{"op":"remove_item","item":"car parking"}]}', "we dont do car parking anymore take it off pls")
    assert result.outcome == "applied" and "parking" not in page.read_text() and "Freo Classic" in page.read_text()
    # a request whose words only touch an item removes nothing of it: an FAQ's answer that says "cancel",
    # a page to remove
    before = snapshot(root)
    for prompt in ("Add an FAQ. Q: What if it rains? A: We only cancel for storms, the Freo tours run anyway.",
                   "get rid of the tours page"):
        _run(root, '{"ops":[{"op":"decline"}]}', prompt)
        assert "Freo Classic" in page.read_text(), prompt
    assert snapshot(root) == before or "Freo Classic" in page.read_text()
    # a removal beside an addition in its place (``swapfit``): the one becomes the other, its price kept
    result = _run(root, '{"ops":[{"op":"decline"}]}', "take the Freo one off and add Coffee Crawl instead")
    assert result.outcome == "applied" and result.summary == ["Changed \u201cFreo Classic\u201d on /tours: now \u201cCoffee Crawl\u201d"]
    assert '{ title: "Coffee Crawl", text: "$95 pp" }' in page.read_text() and "Freo" not in page.read_text()


def test_a_page_typed_as_pg_is_the_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # the model's plan as recorded (u81): the content on the home page under a heading "What to bring pg"
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","heading":"What to bring pg","text":'
                        '"hat, sunnies, sunscreen, 2L water"}]}', "what to bring pg: hat, sunnies, sunscreen, 2L water")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "what-to-bring" / "page.tsx").read_text()
    assert "2L water" in page and "2L water" not in (root / "app" / "page.tsx").read_text()


def test_a_rename_the_model_read_takes_the_name_as_typed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_page","title":"Committee","route":"/committee"}]}', "add a Committee page").applied
    # the model's plan as recorded (u81): the rename, with "instead" in the name
    result = _run(root, '{"ops":[{"op":"rename_page","route":"/committee","new_route":"/who-we-are-instead",'
                        '"title":"Who We Are instead"}]}',
                  "The committee have asked if we could call the Committee page Who We Are instead. It sounds "
                  "friendlier. Could you rename it and the menu link as well?")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "who-we-are" / "page.tsx").exists() and "instead" not in (root / "lib" / "site.ts").read_text()


def test_a_new_price_beside_a_part_no_reading_reads_writes_nothing_and_says_which_part(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Chowder","text":"$9"},'
                      '{"title":"Littlenecks (50 count bag)","text":"$28"}]}]}',
                "Menu: Chowder $9, Littlenecks (50 count bag) $28").applied
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Littlenecks (50 count bag)","text":"$32"}]}',
                  "The page still shows the chowder. Please take it off for now, and the littlenecks should be $32.")
    assert result.outcome == "declined" and snapshot(root) == before
    assert result.message.startswith("I could do part of that (") and "“Please take it off for now”" in result.message
    assert "changed “Littlenecks (50 count bag)” on /: now “$32”" in result.message  # what could be done, as the edit says it


def test_a_correction_read_as_a_page_s_new_name_renames_nothing(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_page","title":"Prices","route":"/prices"}]}', "add a Prices page").applied
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Prices","text":"195 for kids","title":"Still says 195 for kids"}]}',
                  "prices page still says 195 for kids partys??")
    assert result.outcome != "applied" and snapshot(root) == before and (root / "app" / "prices" / "page.tsx").exists()


def test_a_site_name_and_a_theme_both_misread_are_both_named(tmp_path: Path) -> None:
    """"... her name is Maple, she is a 2 year old golden retriever mix ...": the model named the site "Maple" and set a
    theme; the decline named only the theme."""
    root = managed_project(tmp_path)
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Maple"},{"op":"set_theme","primary":"gold"}]}',
                  "We also got a new dog in this week, her name is Maple, she is a 2 year old golden retriever mix")
    assert result.outcome == "declined" and snapshot(root) == before
    assert result.message.startswith("I read that as a new name for the site and a change of colours or fonts")
