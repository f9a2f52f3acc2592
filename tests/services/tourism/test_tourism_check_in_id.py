"""What the guest brings to check-in, asked ("check in e ki ki document lagbe", "what ID is needed at check in",
"চেক-ইনে কী কাগজ লাগবে"), was asked at the main menu whether it was building permission's or a trade NOC's missing
papers, or reached no service. It is the guest house's: the times are told with the photo ID the guest named on the
booking shows, as "check in er somoy ki lagbe" is. An application's papers stay the permit's and the NOC's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words

ID = {"en": "the guest named on the booking shows a photo ID", "bn": "ছবিসহ একটি পরিচয়পত্র দেখান"}


@pytest.mark.parametrize("typed", ["check in e ki ki document lagbe", "what ID is needed at check in",
                                   "চেক-ইনে কী কাগজ লাগবে", "check in er somoy ki lagbe", "checkin e aadhar lagbe?"])
def test_what_check_in_takes_is_the_guest_houses(typed):
    assert menu_claims(typed) == ["tourism:times"], typed


@pytest.mark.parametrize(("typed", "expected"), [("ki ki kagoj lagbe", ["noc:missing", "permit:missing"]),
                                                 ("guest house e ki kagoj lagbe", [])])
def test_an_applications_papers_stay_the_casework_services(typed, expected):
    assert [c for c in menu_claims(typed) if not c.startswith("tourism:")] == expected, typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "check in e ki ki document lagbe"), ("bn", "চেক-ইনে কী কাগজ লাগবে")])
async def test_at_the_main_menu_the_photo_id_is_told(system, lang, typed):
    phone = await at_the_menu(system, "919800390071" if lang == "en" else "919800390072", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert ID[lang] in words(got), words(got)
