"""A new phone number or email for the one the site shows (``contactswap``)."""

from __future__ import annotations

import pytest

from app.scaffold.compound import swaps
from app.scaffold.contactswap import contact_change
from app.scaffold.plan import ReplaceText
from app.scaffold.site import Item, Page, Section, Site, default_section


def _site(*texts: str, contact: list[Item] | None = None) -> Site:
    sections = [Section(kind="text", text=text) for text in texts]
    if contact is not None:
        sections.append(Section(kind="contact", items=contact))
    return Site(name="Koala Carers", pages=[Page(route="/", title="Home", sections=sections)])


HOTLINE = _site("24-hour rescue hotline: 0429 118 530. If you find an injured koala, call us.",
                "Bank details: BSB 062-544, account 1088 4471.",
                contact=[Item(title="Phone", text="0429 118 530"), Item(title="Email", text="carers@koala.org.au")])


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("new number 0427 118 904", "0429 118 530", "0427 118 904"),
    ("The hotline number has changed to 0429 118 999. Please update it everywhere.", "0429 118 530", "0429 118 999"),
    ("change the phone to 0429 118 503 i typed it wrong b4", "0429 118 530", "0429 118 503"),
    ("our email is now rescue@koala.org.au", "carers@koala.org.au", "rescue@koala.org.au"),
])
def test_the_one_number_or_email_the_site_shows_is_replaced_everywhere(request_: str, old: str, new: str) -> None:
    assert contact_change(request_, HOTLINE) == ReplaceText(op="replace_text", old=old, new=new)


def test_of_two_numbers_the_one_the_request_names_as_old_goes() -> None:
    site = _site("Call 021 448 930 or the office on 09 555 1234.")
    assert contact_change("it's 021 448 903 now, not 021 448 930", site) == \
        ReplaceText(op="replace_text", old="021 448 930", new="021 448 903")


@pytest.mark.parametrize("request_", [
    "also text 021 448 2093 after hours",  # one more number, not a new one
    "The mobile number 027 318 4402 is not showing on the Contact page. Could you add it under the landline?",
    "Call or text 027 318 4402 to book.",  # nothing says it changed
    "new numbers: 027 318 4402 and 027 318 4403",  # which is which is the user's to say
])
def test_a_number_added_or_given_without_a_change_is_not_a_swap(request_: str) -> None:
    assert contact_change(request_, HOTLINE) is None


def test_two_numbers_on_the_site_written_alike_leave_the_choice_to_the_user() -> None:
    site = _site("Shop 0429 118 530, workshop 0429 118 531.")
    assert contact_change("new number 0427 118 904", site) is None


def test_a_new_sites_placeholder_details_are_no_old_number() -> None:
    site = Site(name="Tidewrack", pages=[Page(route="/", title="Home", sections=[default_section("contact", "Tidewrack")])])
    assert contact_change("Our new number is 07812 440 761", site) is None


def test_hours_and_a_price_are_no_phone_number() -> None:
    site = _site("Office open 9.30-12.30 weekdays, $1 450 a term. Phone 03 555 0123.")
    assert contact_change("phone changed to 03 555 0456", site) == \
        ReplaceText(op="replace_text", old="03 555 0123", new="03 555 0456")


def test_a_new_number_is_read_whatever_the_model_wrote() -> None:
    assert swaps("The hotline number has changed to 0429 118 999.", HOTLINE) == \
        [ReplaceText(op="replace_text", old="0429 118 530", new="0429 118 999")]


def test_the_one_handle_the_site_shows_is_replaced_by_the_new_one() -> None:
    """"change IG to @tundeadeyemi.studio": the model edited an item "IG" the site does not list."""
    text = Section(kind="text", text="WhatsApp +234 803 555 0192, email hello@tunde.ng, IG @tunde.shoots. Studio in Lagos")
    site = Site(name="Tunde", pages=[Page(route="/contact", title="Contact", sections=[text])])
    assert contact_change("change IG to @tundeadeyemi.studio", site) == \
        ReplaceText(op="replace_text", old="@tunde.shoots", new="@tundeadeyemi.studio")
    assert contact_change("the instagram is @tunde.shoots.ng not @tunde.shoots", site) == \
        ReplaceText(op="replace_text", old="@tunde.shoots", new="@tunde.shoots.ng")
    two = Section(kind="text", text="IG @tunde.shoots, TikTok @tunde.moves")
    assert contact_change("change it to @tunde.studio", Site(name="T", pages=[Page(route="/", title="Home", sections=[two])])) is None


def test_a_new_number_given_to_someone_else_takes_their_name_too() -> None:
    site = Site(name="Tolu & Segun", pages=[Page(route="/rsvp", title="RSVP", sections=[Section(kind="text", text=(
        "Please RSVP by 1 November 2027 to Funmi on 0803 456 7781 or by WhatsApp."))])])
    assert contact_change("Funmi is travelling, use Kemi on 0812 990 3345 instead for RSVP", site) == \
        ReplaceText(op="replace_text", old="Funmi on 0803 456 7781", new="Kemi on 0812 990 3345")
    assert contact_change("Funmi has a new number, 0812 990 3345", site) == \
        ReplaceText(op="replace_text", old="0803 456 7781", new="0812 990 3345")  # the same person's
