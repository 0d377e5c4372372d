"""The request's own content read into the model's list (``contentfit.place``)."""

from __future__ import annotations

from app.scaffold.contentfit import place
from app.scaffold.plan import AddItems, Entry


def test_words_of_what_asks_for_the_list_are_no_content_the_reading_must_keep() -> None:
    """The model put the "3" of "add 3 feature cards" in an entry; the entries as typed place all the rest."""
    request = ("add 3 feature cards under hero: Streaks (see your streak grow), Reminders (gentle nudges, never spam), "
               "Widgets (your habits on the home screen)")
    model = AddItems(op="add_items", route="/", kind="features", items=[
        Entry(title="Streaks", text="3"), Entry(title="Reminders", text="gentle nudges"), Entry(title="Widgets", text="your habits")])
    placed = place([model], request, None)
    assert isinstance(placed[0], AddItems)
    assert [(e.title, e.text) for e in placed[0].items] == [
        ("Streaks", "see your streak grow"), ("Reminders", "gentle nudges, never spam"),
        ("Widgets", "your habits on the home screen")]
