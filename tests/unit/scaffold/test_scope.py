"""Requests no edit plan can do, declined whatever the model wrote (``scope``)."""

from __future__ import annotations

import pytest

from app.scaffold.scope import asks_for_action, asks_for_feature, asks_to_take_money


@pytest.mark.parametrize("request_text", [
    "We also sell our House Blend tea in tins, $14 each. Could we have an online shop where people add them to a cart?",
    "add my insta feed that updates by itself from @braidsbynomsa",
    "Oh and could folk give us money through the site? Like a Donate button that takes cards and Apple Pay",
    "Could customers pay a deposit online through the site? Stripe would be ideal.",
])
def test_taking_money_or_a_feed_is_declined_with_content_beside_it(request_text: str) -> None:
    assert asks_to_take_money(request_text) and asks_for_action(request_text)


@pytest.mark.parametrize("request_text", [
    "Check in is 3pm, check out 10am. No dogs in Gwenllian please",
    "Q: do you take cards? A: yes, and cash",
    "Add a line: \"We take cards and Apple Pay\"",
    "Carriages page: The Woodland Cart, a plain oak dray for green burials, £900",
    "pink and white stripes would be lovely",
])
def test_the_same_words_as_content_are_not(request_text: str) -> None:
    assert not asks_to_take_money(request_text)


@pytest.mark.parametrize("request_text", ["I want a webhook receiver at /api/webhooks/stripe (POST)",
                                          "i closed the online shop part, remove the gift cards page",
                                          "take the apple pay line off the contact page"])
def test_a_path_an_api_or_a_removal_is_an_edit(request_text: str) -> None:
    assert not asks_to_take_money(request_text)


@pytest.mark.parametrize(("request_text", "action"), [
    ("make the photos fade in as you scroll", True),
    ("can it text me when someone books", True),
    # a barber's fades in a town, visitors texting the owner to order: content, not the site acting
    ("add the lads on the home page. Fionn (owner), Dara, and Kacper who does the best fades in Tipp", False),
    ("add a Gift Vouchers bit on the home page, vouchers for any amount, text me to order", False),
    # a switch between dark and light is the site acting; a dark site is a look
    ("could you add a dark mode switch in the corner", True),
    ("can u make the site switch to dark mode at night automatically", True),
    ("dark mode by default, accent #7C3AED", False),
    ("make the whole site dark mode black background gold text", False),
    # u428: visitors reserving on the site; a line that says how to reserve is content
    ("Would it be possible that members reserve a boat (skiff, double, four) via the website, with their member number?", True),
    ("Add a line: to reserve a boat call Koen, not via the website.", False),
    # u429: visitors sitting a test on the site; a question about it with its answer is content
    ("Can students do the theory exam simulation on our site, with 30 questions, and the school sees the score?", True),
    ("Add FAQ: Can I take the theory test on the site? No, at the IMT centre.", False),
])
def test_what_the_site_would_do_is_told_from_what_people_do(request_text: str, action: bool) -> None:
    assert asks_for_action(request_text) is action


@pytest.mark.parametrize("request_text", [
    "Also Japanese version please. Button to automatic translate every page.",
    "can students reserve there spot for a class and pay with mbway on the site?",
    "can the site be in catalan and spanish too, with a button to change language? 🙏",
    "i mean the full site translated to català and castellano with a switch button. if you cant do it tell me",
    "add page Gallery, i send photos from my phone to it",
    "can it pull my reviews off checkatrade automatic so they update",
])
def test_translating_and_paying_on_the_site_are_declined(request_text: str) -> None:
    """The model had made a button "automatic translate every page", and a site name "Students Reserve"."""
    assert asks_for_action(request_text)


@pytest.mark.parametrize("request_text", [
    # u429: the model had put the request on home as the site's tagline
    "My grandson asks can the website have a shop, so people buy the clocks online with payment and we send by courier.",
    "could the site have a store where they can buy the prints online",
])
def test_a_shop_on_the_site_is_declined(request_text: str) -> None:
    assert asks_for_feature(request_text)


@pytest.mark.parametrize("request_text", [
    "Our menu: Tortilla 5€, Gazpacho 4€",
    "I translated three novels from Japanese",
    "add a photo of the shop front to the home page",
])
def test_languages_and_photos_said_as_content_are_no_feature(request_text: str) -> None:
    assert not asks_for_action(request_text)
