"""What a guest house has, asked with Banglish's "pawa jay" ("guest house e khabar pawa jay?", "room e gorom jol pawa
jabe", "hotel e parking pawa jay"), was the tourism menu or no service's: it is told what each guest house has, as
"khabar pabo?" and "খাবার পাওয়া যায়?" are. Said missing ("khabar pawa jay na") it is still no such question."""
from __future__ import annotations

import pytest
from test_tourism_facilities_asked import action, claimed


@pytest.mark.parametrize("typed", ["guest house e khabar pawa jay?", "room e gorom jol pawa jabe",
                                   "hotel e parking pawa jay", "homestay te breakfast paoa jai?"])
def test_pawa_jay_asks_what_a_guest_house_has(typed):
    assert action(typed) == "facilities", typed
    assert [c for c in claimed(typed) if not c.startswith("tourism:")] == [], claimed(typed)


@pytest.mark.parametrize("typed", ["guest house e khabar pawa jay na", "room e gorom jol pawa jacche na"])
def test_said_missing_it_is_not(typed):
    assert action(typed) != "facilities", typed
