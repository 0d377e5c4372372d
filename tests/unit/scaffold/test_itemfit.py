"""Item edits and removals fitted to the site as it is (``itemfit``)."""

from __future__ import annotations

from app.scaffold.itemfit import fit_items, page_rename, removal
from app.scaffold.plan import AddItems, EditItem, Entry, Plan, RemoveItem, RenamePage, ReplaceText
from app.scaffold.site import Item, Page, Section, Site


def _site() -> Site:
    home = Page(route="/", title="Home", sections=[
        Section(kind="text", text="We lend out wheelchairs, walking frames and commodes to people coming out of hospital."),
        Section(kind="features", items=[Item(title="Donate a dress", text="Give your dress a second life.")])])
    lend = Page(route="/what-we-lend", title="What We Lend", sections=[
        Section(kind="text", text="Standard wheelchairs, Walking frames (two and four wheeled), Raised toilet seats, Commodes. "
                                  "Loans are for up to 12 weeks.")])
    donate = Page(route="/donate-a-dress", title="Donate a Dress")
    return Site(name="Second Wind", pages=[home, lend, donate])


def test_a_removal_of_words_two_pages_show_takes_them_off_the_page_the_request_names() -> None:
    request = "We no longer lend commodes, for hygiene reasons. Please remove them from the What We Lend page."
    assert fit_items([RemoveItem(op="remove_item", item="Commodes")], request, _site()) == \
        [ReplaceText(op="replace_text", old=", Commodes", new="")]
    # without a page named, the two sentences that hold it are no one place to take it from
    assert fit_items([RemoveItem(op="remove_item", item="Commodes")], "remove commodes", _site()) == \
        [RemoveItem(op="remove_item", item="Commodes")]


def test_a_page_named_as_a_page_is_renamed_though_an_item_says_its_words() -> None:
    request = "One last thing, could the Donate a Dress page be renamed to Give a Dress, please?"
    assert fit_items([EditItem(op="edit_item", item="Donate a Dress", title="Give a Dress")], request, _site()) == \
        [RenamePage(op="rename_page", route="/donate-a-dress", new_route="/give-a-dress", title="Give a Dress")]
    # an item's words said without "page" and no rename asked: the item's edit
    edit = EditItem(op="edit_item", item="Donate a dress", text="Bring it in on Thursdays.")
    assert fit_items([edit], "Donate a dress should say bring it in on Thursdays", _site()) == [edit]



def test_a_removal_names_what_goes_up_to_where_from_or_why() -> None:
    menu = Section(kind="list", items=[Item(title="fish supper", text="£9.50"), Item(title="haggis supper", text="£8")],
                   text="Mannish water small £4 large £6. Carrot juice £2.50.")
    teams = Section(kind="text", text="Training Tue & Thu 7pm at Garvey Park, Sat 10am. Juveniles (U8-U14) Sat 9am, coach "
                                      "Siobhan Tierney")
    site = Site(name="Gaels", pages=[Page(route="/", title="Home", sections=[menu]),
                                     Page(route="/teams", title="Teams", sections=[teams])])
    assert removal("and take off the mannish water we dont do it no more", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="Mannish water small £4 large £6.", new="")]
    assert removal("haggis supper gone, nobody buys it", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="haggis supper")]
    # the whole sentence goes: its second piece says more of the same thing, it lists nothing
    assert removal("Remove Juveniles from Teams pg - thats run separately now", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="Juveniles (U8-U14) Sat 9am, coach Siobhan Tierney", new="")]


def test_a_removal_by_a_pronoun_by_dropping_or_taking_off_and_of_a_plural() -> None:
    text = Section(kind="text", text="We work with 3 orchards: Kawarau Gold Cherries, Lowburn Fruit Co and Pisa Flats. "
                                     "Cot duvet £70. We rent canopies, plastic chairs, tables and generators for parties.")
    tours = Section(kind="list", items=[Item(title="Night Storm", text="$95"), Item(title="porridge", text="€4.50")])
    site = Site(name="Lodge", pages=[Page(route="/", title="Home", sections=[text, tours])])
    assert removal("Lowburn Fruit Co pulled out this yr, take them off the Orchard Work page.", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="Lowburn Fruit Co and ", new="")]
    assert removal("And we're dropping Night Storm completely, the insurance won't cover it", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="Night Storm")]
    assert removal("And we're taking the porridge off, nobody was having it", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="porridge")]
    assert removal("we have stopped making cot duvets, so please remove that line", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="Cot duvet £70.", new="")]
    # a list none of whose pieces holds the whole name is no one place to take it from
    assert fit_items([RemoveItem(op="remove_item", item="Rent Generator")], "remove it from everywhere", site) == \
        [RemoveItem(op="remove_item", item="Rent Generator")]


def test_a_sentence_that_is_one_thing_and_what_is_said_of_it_goes_whole() -> None:
    walks = Section(kind="text", text="Orchid Ramble – 3 hours, moderate, €38 per person. Full Day Burren Botany – 6 hours "
                                      "including a picnic lunch, €80 per person, June to August. Seekat Cottage – sleeps 6, "
                                      "three bedrooms, sea views, R2600 per night.")
    site = Site(name="Burren", pages=[Page(route="/walks", title="Walks", sections=[walks])])
    assert removal("I've decided not to offer the Full Day Burren Botany walk this year. Please remove it from the Walks "
                   "page.", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="Full Day Burren Botany – 6 hours including a picnic lunch, €80 per person, "
                                           "June to August.", new="")]
    assert removal("We sold Seekat Cottage please take it off the site everywhere", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="Seekat Cottage – sleeps 6, three bedrooms, sea views, R2600 per night.", new="")]


def test_a_removal_named_with_the_words_around_it_finds_the_one_sentence_that_says_it() -> None:
    site = Site(name="Rakiura Hull Works", pages=[Page(route="/", title="Home", sections=[
        Section(kind="text", text="Repairs, antifouling, outboard servicing. Based Halfmoon Bay."),
        Section(kind="text", text="Labour $85/hr. Wetsuit hire $20. Outboard service from $220")])])
    # "line" is no word of it
    assert fit_items([RemoveItem(op="remove_item", item="Wetsuit hire line")], "remove wetsuit hire line, its included now",
                     site) == [ReplaceText(op="replace_text", old="Wetsuit hire $20.", new="")]
    # the name as typed first: "outboard service", not "outboard servicing" (without "service" both say "outboard")
    assert fit_items([RemoveItem(op="remove_item", item="Outboard service")], "take out outboard service, not doing them",
                     site) == [ReplaceText(op="replace_text", old="Outboard service from $220", new="")]


def test_a_page_called_who_we_are_is_a_rename_whatever_the_model_wrote() -> None:
    site = Site(name="Tauranga Cactus Society", pages=[Page(route="/", title="Home"), Page(route="/committee", title="Committee")])
    request = "The committee would prefer the Committee page be called Who We Are."
    assert fit_items([EditItem(op="edit_item", item="Committee", title="Who We Are")], request, site) == \
        [RenamePage(op="rename_page", route="/committee", new_route="/who-we-are", title="Who We Are")]


def test_what_the_menu_still_says_changed_to_a_new_name_is_that_page_s_rename() -> None:
    site = Site(name="Nairn Driftwood", pages=[Page(route="/", title="Home"), Page(route="/products", title="Products")])
    for request in ("menu still says products. change to The Workshop",
                    "The menu still says Products, can you change it to The Workshop?"):
        assert page_rename(request, site) == \
            RenamePage(op="rename_page", route="/products", new_route="/the-workshop", title="The Workshop"), request
    assert page_rename("menu still says Gallery. change to The Workshop", site) is None  # no page of that name


def test_a_name_typed_without_its_apostrophe_names_the_item() -> None:
    site = Site(name="Bowline and Bight", pages=[Page(route="/", title="Home", sections=[Section(kind="list", items=[
        Item(title="Intro to Knots", text="2 hrs, $50"), Item(title="Make Your Own Monkey's Fist", text="2 hrs, $55")])])])
    plan = removal("Can you drop the Monkeys Fist class, I'm out of the good line till spring.", site)
    assert plan is not None and plan.ops == [RemoveItem(op="remove_item", item="Make Your Own Monkey's Fist")]


def test_an_item_given_by_its_name_and_a_colon_is_added_not_edited() -> None:
    site = Site(name="Prairie Eye", pages=[Page(route="/", title="Home")])
    request = "Hours: Mon-Sat 7am-6pm. Weather permitting. Home page."
    assert fit_items([EditItem(op="edit_item", item="Hours", text="Mon-Sat 7am-6pm")], request, site) == [AddItems(
        op="add_items", route="/", kind="list", items=[Entry(title="Hours", text="Mon-Sat 7am-6pm")])]
    # a correction of an item the site lacks stays the edit, which says what it cannot find
    edit = EditItem(op="edit_item", item="Hours", text="9am-6pm")
    assert fit_items([edit], "Hours: 9am-6pm now, not 8am", site) == [edit]


def test_names_said_as_one_are_the_sentence_that_holds_them() -> None:
    services = Section(kind="text", text="New field walls. Rebuilding fallen walls. Stone steps and stiles.")
    site = Site(name="Crug", pages=[Page(route="/", title="Home"), Page(route="/services", title="Services", sections=[services])])
    plan = removal("Remove stone steps and stiles.", site)
    assert plan is not None and plan.ops == [ReplaceText(op="replace_text", old="Stone steps and stiles.", new="")]


def test_a_page_named_with_the_is_renamed_and_the_page_name_said_first() -> None:
    site = Site(name="Walks", pages=[Page(route="/", title="Home"), Page(route="/the-walk", title="The Walk"),
                                     Page(route="/groups", title="Groups")])
    assert page_rename("rename The Walk page to The Route", site) == RenamePage(
        op="rename_page", route="/the-walk", new_route="/the-route", title="The Route")
    assert page_rename("Please change the page name Groups to Singers.", site) == RenamePage(
        op="rename_page", route="/groups", new_route="/singers", title="Singers")
    assert page_rename("The menu still says Groups. Could you change it to say Singers and Bands?", site) == RenamePage(
        op="rename_page", route="/groups", new_route="/singers-and-bands", title="Singers and Bands")


def test_a_new_value_of_an_item_named_by_part_of_its_title_goes_in_its_place() -> None:
    mural = Section(kind="list", items=[Item(title="Bottle Top Mural - 6,000 plastic lids collected so far", text="")])
    site = Site(name="Eco Club", pages=[Page(route="/", title="Home"), Page(route="/projects", title="Projects",
                                                                          sections=[mural])])
    ops = fit_items([EditItem(op="edit_item", item="Bottle Top Mural", text="9,500 lids")],
                    "Update the Bottle Top Mural - we've now collected 9,500 lids!", site)
    assert ops == [ReplaceText(op="replace_text", old="Bottle Top Mural - 6,000 plastic lids collected so far",
                               new="Bottle Top Mural - 9,500 plastic lids collected so far")]


def test_an_entry_of_a_list_kept_as_one_text_goes_alone_or_nothing_does() -> None:
    prices = Section(kind="text", text="Adult smock (plain) - GH₵ 350 Adult smock with embroidery - GH₵ 520 Kids smock - "
                                       "GH₵ 180 Cap - GH₵ 60 Group orders of 10 and above get 10% off.")
    people = Section(kind="text", text="Mia - gel extensions, loves chrome Jas - acrylics queen Tori - nail art")
    site = Site(name="Smocks", pages=[Page(route="/prices", title="Prices", sections=[prices]),
                                      Page(route="/artists", title="Artists", sections=[people])])
    assert fit_items([RemoveItem(op="remove_item", item="Kids smock")], "Kids smock is still on the prices page, remove it",
                     site) == [ReplaceText(op="replace_text", old="Kids smock - GH₵ 180", new="")]
    # an entry from each name before a dash: that one, not the whole run of them
    assert fit_items([RemoveItem(op="remove_item", item="Jas")], "remove Jas from the Artists page", site) \
        == [ReplaceText(op="replace_text", old="Jas - acrylics queen", new="")]
    tours = Section(kind="text", text="Tours we have: 1) Fort walk 2 hours - LKR 6,500 2) Turtle hatchery half day - "
                                      "LKR 12,000 3) Beach day, with lunch - LKR 9,000")
    site = Site(name="Tuk", pages=[Page(route="/tours", title="Tours", sections=[tours])])
    assert fit_items([RemoveItem(op="remove_item", item="Turtle hatchery")], "please delete the turtle hatchery tour",
                     site) == [ReplaceText(op="replace_text", old="2) Turtle hatchery half day - LKR 12,000", new="")]


def test_a_removal_names_an_entry_by_the_name_it_leads_with_or_before_a_pronoun() -> None:
    """"take Mo review off", "remove Tom's quote", "remove Split bills card": the model removed "Mo", "Tom's quote"
    and "Split bills card", none of which the site lists; "Biscuit has been adopted! Please remove him": "Wonderful news"."""
    said = Section(kind="testimonials", items=[Item(title="Karen, Didsbury", text="fixed our boiler"),
                                               Item(title="Mo, Stockport", text="tidy job"), Item(title="Tom, age 16", text="")])
    cards = Section(kind="features", items=[Item(title="Split bills with friends"), Item(title="Monthly budget alerts")])
    dogs = Section(kind="team", items=[Item(title="Biscuit", text="3 yr old beagle"), Item(title="Duke", text="lab")])
    site = Site(name="Hollis", pages=[Page(route="/", title="Home", sections=[said, cards]),
                                      Page(route="/adopt", title="Adopt", sections=[dogs])])
    assert removal("take Mo review off he never paid lol", site).ops == [RemoveItem(op="remove_item", item="Mo, Stockport")]  # type: ignore[union-attr]
    assert removal("Please remove Tom's quote, he asked me to take it down.", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="Tom, age 16")]
    assert removal("remove Split bills card, feature delayed", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="Split bills with friends")]
    assert removal("Wonderful news, Biscuit has been adopted! Please remove him from the Adopt page.", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="Biscuit")]
    assert removal("remove Sam's quote", site) is None  # a name the site does not lead an entry with


def test_a_removal_names_a_batch_by_the_words_its_entry_starts_with() -> None:
    """"Remove the Class 8-9 batch" of "Class 8-9 Maths"; "Prenatal batch is stopped" of a timetable's "Sat 8:00 AM" /
    "Prenatal Yoga": the model removed "Class 8-9" and "Prenatal batch", which the site does not list."""
    timetable = Section(kind="list", items=[Item(title="Mon/Wed/Fri 6:00 AM", text="Hatha Yoga"),
                                            Item(title="Sat 8:00 AM", text="Prenatal Yoga")])
    batches = Section(kind="list", items=[Item(title="Class 8-9 Maths", text="Mon, Wed"), Item(title="Class 10 Maths", text="Tue")])
    site = Site(name="Tutor", pages=[Page(route="/", title="Home", sections=[timetable, batches])])
    assert removal("Remove the Class 8-9 batch, I am not taking that this year.", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="Class 8-9 Maths")]
    assert removal("Prenatal batch is stopped, kindly remove it", site).ops == [  # type: ignore[union-attr]
        RemoveItem(op="remove_item", item="Sat 8:00 AM")]
    assert removal("Remove the Maths batch", site) is None  # two entries start with it


def test_a_page_renamed_with_renaming() -> None:
    site = Site(name="Priya & Arjun", pages=[Page(route="/", title="Home"), Page(route="/our-story", title="Our Story")])
    assert page_rename('Would you mind renaming the Our Story page to "How We Met"?', site) == \
        RenamePage(op="rename_page", route="/our-story", new_route="/how-we-met", title="How We Met")


def test_a_page_changed_to_be_called_something() -> None:
    site = Site(name="Gareth Plumbing", pages=[Page(route="/", title="Home"), Page(route="/reviews", title="Reviews")])
    assert page_rename("Please change Reviews to be called Testimonials, that is what my daughter says it should be.", site) == \
        RenamePage(op="rename_page", route="/reviews", new_route="/testimonials", title="Testimonials")


def test_one_person_of_a_run_of_names_goes_not_the_run() -> None:
    """"Joyce has moved to Florida ... take her name off the Members": the model's removal of "Joyce" had taken the
    whole sentence of the members' names."""
    text = "With our ladies names Brenda Kowalski Joyce Lindqvist Dot Ferraro Marlene Hughes Peggy Oyelaran"
    site = Site(name="Dayton Knitters", pages=[Page(route="/", title="Home"),
                                               Page(route="/members", title="Members", sections=[Section(kind="text", text=text)])])
    request = "Joyce has moved to Florida to be near her daughter so please take her name off the Members"
    assert fit_items([RemoveItem(op="remove_item", item="Joyce")], request, site) == \
        [ReplaceText(op="replace_text", old="Joyce Lindqvist", new="")]


def test_one_class_of_a_timetable_typed_on_one_line_goes() -> None:
    text = "Monday 18:30 Vinyasa Flow Wednesday 18:30 Hatha Basics Friday 07:00 Morning Yoga Saturday 10:00 Yin Yoga"
    site = Site(name="Yoga am Kanal", pages=[Page(route="/schedule", title="Schedule", sections=[Section(kind="text", text=text)])])
    assert removal("Wednesday class is cancelled from now. Remove it.", site) == \
        Plan(ops=[ReplaceText(op="replace_text", old="Wednesday 18:30 Hatha Basics", new="")])  # not the whole timetable


def test_a_page_renamed_as_people_say_it() -> None:
    site = Site(name="Wenham Choir", pages=[Page(route="/", title="Home"), Page(route="/our-conductor", title="Our Conductor"),
                                            Page(route="/about", title="About")])
    assert page_rename("Helen has asked that her page be called 'Our Musical Director' rather than 'Our Conductor'. "
                       "Would you kindly change that?", site) == \
        RenamePage(op="rename_page", route="/our-conductor", new_route="/our-musical-director", title="Our Musical Director")
    assert page_rename("Change page name 'About' to 'Profile'. In Japan this is more common.", site) == \
        RenamePage(op="rename_page", route="/about", new_route="/profile", title="Profile")


def test_a_removal_of_a_word_that_names_nothing_beside_the_right_one_goes() -> None:
    text = "Youth training Monday 17:00 - 19:00, Senior group Wednesday 15:00 - 17:00"
    site = Site(name="SK Rösrath", pages=[Page(route="/training-times", title="Training Times",
                                                sections=[Section(kind="text", text=text)])])
    ops = [RemoveItem(op="remove_item", item="Senior Group"), RemoveItem(op="remove_item", item="Not")]
    assert fit_items(ops, "The senior group on Wednesday does not take place anymore, please delete it.", site) == \
        [ReplaceText(op="replace_text", old=", Senior group Wednesday 15:00 - 17:00", new="")]


def test_what_is_no_more_goes_when_the_site_lists_it() -> None:
    site = Site(name="Kahawa", pages=[Page(route="/menu", title="Menu", sections=[
        Section(kind="list", items=[Item(title="Mandazi", text="80"), Item(title="Avocado toast", text="550")]),
        Section(kind="text", text="Espresso 200, Dawa (ginger, lemon, honey) 280 Chapati wrap 450")])])
    assert removal("we stopped avocado toast, supply problem", site) == Plan(ops=[RemoveItem(op="remove_item", item="Avocado toast")])
    assert removal("no more chapati wrap, sorry", site) is None  # words of a text: not cut out on so loose a reading


def test_words_taken_out_of_one_item_s_detail_leave_the_item() -> None:
    site = Site(name="Second Chance Paws", pages=[Page(route="/adoptable-dogs", title="Adoptable Dogs", sections=[
        Section(kind="list", items=[Item(title="Duke", text="7 yr old lab, very calm"),
                                    Item(title="Maple", text="5 yr old shepherd mix, shy at first")])])])
    want = Plan(ops=[EditItem(op="edit_item", item="Maple", text="5 yr old shepherd mix")])
    assert removal("Also Maple is doing better with people so please take out shy at first.", site) == want  # not Maple
    assert removal("and delete the words shy at first after Maple", site) == want
    assert fit_items([RemoveItem(op="remove_item", item="Maple")], "delete the words shy at first after Maple", site) == \
        list(want.ops)


def test_one_dog_of_a_run_of_names_each_before_a_dash_goes_and_is_not_added_back() -> None:
    text = ("Bramble – 4 year old brindle greyhound, gentle, fine with cats Pip – 2 year old lurcher, energetic, needs an "
            "experienced home Molly – 7 year old black greyhound, a real couch potato Duke – 5 year old racer")
    site = Site(name="Second Chance Hounds", pages=[Page(route="/dogs-for-adoption", title="Dogs for Adoption",
                                                         sections=[Section(kind="text", text=text)])])
    ops = [RemoveItem(op="remove_item", item="Molly"),
           AddItems(op="add_items", route="/dogs-for-adoption", kind="team", items=[Entry(title="Molly", text="adopted")])]
    assert fit_items(ops, "Good news – Molly has been adopted! Please remove her from the Dogs for Adoption page.", site) == [
        ReplaceText(op="replace_text", old="Molly – 7 year old black greyhound, a real couch potato", new="")]


def _timetable() -> Site:
    home = Page(route="/", title="Home", sections=[Section(kind="list", items=[Item(title="Saturday", text="9-14")])])
    times = Page(route="/timetable", title="Timetable", sections=[Section(kind="list", items=[
        Item(title="Wednesday 8:00 Vinyasa Flow"), Item(title="Saturday 10:00 Family Yoga")])])
    concerts = Page(route="/concerts", title="Concerts", sections=[Section(kind="list", items=[
        Item(title="Saturday 14 March 2026", text="Spring Concert, St Cuthbert's Church, 7.30pm"),
        Item(title="Sunday 28 June 2026", text="Summer Sing, South Park bandstand, 2pm")])])
    pricing = Page(route="/pricing", title="Pricing", sections=[
        Section(kind="text", text="Free: one house. Plus: $4/mo per house, unlimited roommates + bank sync.")])
    return Site(name="Studio", pages=[home, times, concerts, pricing, Page(route="/about", title="About"),
                                      Page(route="/contact", title="Contact")])


def test_every_word_said_names_the_entry_that_holds_them_all_not_one_said_inside_them() -> None:
    assert removal("no more family yoga on saturday, take it off", _timetable()) == \
        Plan(ops=[RemoveItem(op="remove_item", item="Saturday 10:00 Family Yoga")])


def test_an_entry_listed_by_its_date_is_named_by_the_name_its_detail_leads_with() -> None:
    request = "Also the Spring Concert has been cancelled, I'm afraid, so please take it off."
    ops = [RemoveItem(op="remove_item", item="The Spring Concert"), RemoveItem(op="remove_item", item="I'm afraid")]
    assert fit_items(ops, request, _timetable()) == [RemoveItem(op="remove_item", item="Saturday 14 March 2026")]


def test_words_joined_to_a_plan_s_detail_by_a_plus_go_alone() -> None:
    assert fit_items([RemoveItem(op="remove_item", item="bank sync")], "remove bank sync from plus, not shipping that at launch",
                     _timetable()) == [ReplaceText(op="replace_text", old=" + bank sync", new="")]


def test_a_drop_in_class_is_no_removal_and_an_entry_the_plan_adds_is_not_taken_off_first() -> None:
    request = "prices page pls: drop-in class 14€, 5 class card 60€"
    added = AddItems(op="add_items", route="/prices", kind="list", items=[Entry(title="drop-in class", text="14€"),
                                                                           Entry(title="5 class card", text="60€")])
    assert fit_items([RemoveItem(op="remove_item", item="14€"), added], request, _timetable()) == [added]


def test_a_page_renamed_by_the_name_of_it_or_said_first() -> None:
    assert page_rename("Change the name of About page to My Story", _timetable()) == \
        RenamePage(op="rename_page", route="/about", new_route="/my-story", title="My Story")
    assert page_rename("Last thing, the page Contact please rename it to 'Find Us'. Grazie mille!", _timetable()) == \
        RenamePage(op="rename_page", route="/contact", new_route="/find-us", title="Find Us")
    assert page_rename("change name of About page to Our Story", _timetable()) == \
        RenamePage(op="rename_page", route="/about", new_route="/our-story", title="Our Story")
    assert page_rename("change name of page About to Our Story", _timetable()) == \
        RenamePage(op="rename_page", route="/about", new_route="/our-story", title="Our Story")


def test_a_list_s_label_taken_off_beside_the_list_is_no_removal() -> None:
    request = "Prices: drop-in 15€, 5 class pack 65€, put on classes page too"
    added = AddItems(op="add_items", route="/classes", kind="list", items=[Entry(title="drop-in", text="15€"),
                                                                            Entry(title="5 class pack", text="65€")])
    assert fit_items([RemoveItem(op="remove_item", item="Prices"), added], request, _timetable()) == [added]
