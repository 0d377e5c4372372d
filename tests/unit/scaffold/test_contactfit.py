"""Contact details typed to be added, read from the request's own words (``contactfit``)."""

from __future__ import annotations

import pytest

from app.scaffold import contactfit
from app.scaffold.plan import AddItems, AddPage, EditItem, Entry, Plan
from app.scaffold.site import Item, Page, Section, Site, default_section


def _site(*routes: str) -> Site:
    return Site(name="Test", pages=[Page(route=r, title=r.strip("/").title() or "Home") for r in ("/", *routes)])


def test_details_become_the_entries_of_a_contact_section_on_home() -> None:
    plan = contactfit.read("add the email for booking showcase spots: laughs@gmail.com and our insta @laughtracktues",
                           _site())
    assert plan is not None and isinstance(plan.ops[0], AddItems) and plan.ops[0].route == "/"
    assert [(e.title, e.text) for e in plan.ops[0].items] == [("Email", "laughs@gmail.com"),
                                                              ("Instagram", "@laughtracktues")]


def test_a_contact_page_the_request_names_is_made_with_them() -> None:
    plan = contactfit.read("please add a Contact page with my phone number (403) 555-0187 and my email hi@lv.ca", _site())
    assert plan is not None and isinstance(plan.ops[0], AddPage) and plan.ops[0].route == "/contact"
    assert isinstance(plan.ops[1], AddItems) and [e.text for e in plan.ops[1].items] == ["(403) 555-0187", "hi@lv.ca"]


@pytest.mark.parametrize("request_text", [
    "add a contact form that emails me at jo@example.com",  # a feature
    "the show is 8pm, call 0113 496 0123 to book",  # other content beside the number
    "the phone number 0113 496 0123 is still missing",  # a report
    "put my phone 0113 496 0123 in the footer",  # the footer's
    "Contact page: phone (505) 555-0194, email r@sandia.com. No walk-ins, mobile only. Please include my commission "
    "number NM-20231147.",  # more than details: read whole elsewhere, or left to the model
])
def test_what_is_not_only_details_to_add_is_not_read_here(request_text: str) -> None:
    assert contactfit.read(request_text, _site()) is None


def test_an_address_said_beside_the_details_is_kept_as_typed() -> None:
    plan = contactfit.read("righto. just put my mobile 0428 555 907 and email trev@ridgerough.com.au on a Contact page. "
                           "address is 14 Opal St Lightning Ridge", _site())
    assert plan is not None and [op.op for op in plan.ops] == ["add_page", "add_items", "add_section"]
    assert "14 Opal St Lightning Ridge" in plan.ops[2].text  # type: ignore[union-attr]


def test_a_block_of_details_is_one_entry_a_detail_labelled_as_typed_and_the_sentences_after() -> None:
    plan = contactfit.read_block("Contact details, please: Phone 04 237 9145 or mobile 027 318 4402. Email "
                                 "bookings@manacoast.co.nz. Postal address: PO Box 50213, Porirua 5240. Phone lines are "
                                 "answered Monday to Friday, 8.30am to 4.30pm.", _site("/contact"))
    assert plan is not None and isinstance(plan.ops[0], AddItems) and plan.ops[0].route == "/contact"
    assert [(e.title, e.text) for e in plan.ops[0].items] == [
        ("Phone", "04 237 9145"), ("Mobile", "027 318 4402"), ("Email", "bookings@manacoast.co.nz"),
        ("Postal address", "PO Box 50213, Porirua 5240")]
    assert plan.ops[1].text == "Phone lines are answered Monday to Friday, 8.30am to 4.30pm."  # type: ignore[union-attr]


def test_a_block_of_details_typed_in_lower_case_goes_where_it_says() -> None:
    plan = contactfit.read_block("put my address n number on the front page, 14 rochdale rd, todmorden OL14 7LA. tel "
                                 "01706 813 422. no email sorry dont do email", _site("/contact"))
    assert plan is not None and isinstance(plan.ops[0], AddItems) and plan.ops[0].route == "/"
    assert [(e.title, e.text) for e in plan.ops[0].items] == [("Address", "14 rochdale rd, todmorden OL14 7LA"),
                                                              ("Phone", "01706 813 422")]


@pytest.mark.parametrize("request_text", [
    "Contact page: phone (505) 555-0194, email r@sandia.com. No walk-ins. Please include my commission number NM-2023.",
    "One more matter. Noeline Boyd has stepped down as Treasurer. Please put my details on the home page: phone 03 308 "
    "5521, email sec@acbs.org.nz.",  # news before the details
    "take off the Sunday brunch one, and put my email a@gb.co.uk and my insta @auntieg on the Hire Me page",  # a removal
    "Phone 04 237 9145, email b@mc.co.nz. Please show the phone numbers large, so people can tap them.",  # a look
])
def test_a_block_is_not_read_where_the_request_says_more_than_the_details(request_text: str) -> None:
    assert contactfit.read_block(request_text, _site()) is None


def test_one_detail_typed_first_is_the_site_s_first_of_its_kind() -> None:
    placeholder = Site(name="Crug", pages=[Page(route="/", title="Home", sections=[default_section("contact", "Crug")])])
    plan = contactfit.read_block("Phone 07700 900 412. Welsh and English spoken.", placeholder)
    assert plan is not None and isinstance(plan.ops[0], AddItems)
    assert [(e.title, e.text) for e in plan.ops[0].items] == [("Phone", "07700 900 412")]
    # the site shows a number of the user's already: a correction, not read here
    own = Site(name="Crug", pages=[Page(route="/", title="Home", sections=[Section(kind="text", text="Call 07700 900 111")])])
    assert contactfit.read_block("Phone 07700 900 412. Welsh and English spoken.", own) is None


def test_where_an_address_goes_is_no_part_of_it_and_every_day_is_no_page() -> None:
    plan = contactfit.read_block("address 2210 E Speedway Blvd, Tucson, AZ 85719 on contact", _site())
    assert plan is not None and isinstance(plan.ops[-1], AddItems) and plan.ops[-1].route == "/contact"
    assert [(e.title, e.text) for e in plan.ops[-1].items] == [("Address", "2210 E Speedway Blvd, Tucson, AZ 85719")]
    plan = contactfit.read_block("We're at 3 Cimitiere Street, Launceston, open 9am to 5pm every day. Phone is 0400 318 572.",
                                 _site())
    assert plan is not None and [e.title for e in plan.ops[-1].items] == ["Address", "Phone"]


def test_an_address_typed_after_its_label_is_one_entry_whole() -> None:
    """The model split "Rua da Rosa 112, 1200-384 Lisboa" into a name and a detail, shown apart."""
    request = "please a Contact page with adress Rua da Rosa 112, 1200-384 Lisboa and phone +351 213 456 789"
    ops = [AddItems(op="add_items", route="/contact", kind="contact", items=[
        Entry(title="Rua da Rosa", text="112, 1200-384 Lisboa"), Entry(title="Phone", text="+351 213 456 789")])]
    fitted = contactfit.with_whole_addresses(ops, request)
    assert isinstance(fitted[0], AddItems)
    assert [(e.title, e.text) for e in fitted[0].items] == [("Address", "Rua da Rosa 112, 1200-384 Lisboa"),
                                                            ("Phone", "+351 213 456 789")]
    split_at_comma = [AddItems(op="add_items", route="/contact", kind="contact", items=[
        Entry(title="14 Kew Road", text="Richmond TW9 3AB")])]
    fitted = contactfit.with_whole_addresses(split_at_comma, "a Contact page with adress 14 Kew Road, Richmond TW9 3AB")
    assert isinstance(fitted[0], AddItems) and fitted[0].items == [Entry(title="Address", text="14 Kew Road, Richmond TW9 3AB")]


def test_an_address_alone_is_the_site_s_address() -> None:
    assert contactfit.address_alone("address ul. Grodzka 48, Kraków", _site()) == Plan(ops=[AddItems(
        op="add_items", route="/", kind="contact", items=[Entry(title="Address", text="ul. Grodzka 48, Kraków")])])
    had = Site(name="Test", pages=[Page(route="/", title="Home", sections=[
        Section(kind="contact", items=[Item(title="Address", text="Somewhere 1")])])])
    assert contactfit.address_alone("our address is now 5 Rue Haute.", had) == \
        Plan(ops=[EditItem(op="edit_item", item="Address", text="5 Rue Haute")])
    assert contactfit.address_alone("address is on the contact page", _site()) is None  # no number: no address


@pytest.mark.parametrize("request_text", [
    "address 2210 E Speedway Blvd, Tucson, AZ 85719 on contact",  # where it goes: the contact page's reading
    "address is 9120 Bellaire Blvd Suite 104, Houston TX 77036. phone (713) 555-0192. put it on every page at the bottom",
])
def test_an_address_with_more_said_is_not_the_address_alone(request_text: str) -> None:
    assert contactfit.address_alone(request_text, _site()) is None
