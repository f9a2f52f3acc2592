"""One's PIN forgotten, locked or to be changed, said at the main menu ("amar PIN bhule gechi", "I forgot my PIN",
"পিন ভুলে গেছি", "pin lock hoye geche", "reset my pin"), was "I could not tell which service" and offered to be sent
to Complaints as a new complaint. It is payroll's *Forgot my PIN*: the office's payroll desk that resets it, with
its contact (with no PIN set, that a new one is chosen). A postal PIN code is still no one's PIN."""
from __future__ import annotations

import pytest
from phone_kit import Phone, has, words

from services.payroll.phrases import asked_for


@pytest.mark.parametrize("typed", [
    "amar PIN bhule gechi", "I forgot my PIN", "forgot pin", "পিন ভুলে গেছি", "pin mone nei", "reset my pin",
    "pin change korbo", "পিন বদলাতে চাই", "my pin is locked", "pin lock hoye geche"])
def test_a_pin_forgotten_or_locked_is_payrolls_forgot(typed: str):
    assert asked_for(typed) == "forgot", typed


@pytest.mark.parametrize("typed", ["amar pin code ki", "what is the pin code of purulia", "পিন কোড বদলে গেছে",
                                   "i forgot my complaint number"])
def test_a_postal_pin_code_or_another_number_forgotten_is_not(typed: str):
    assert asked_for(typed) != "forgot", typed


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "amar PIN bhule gechi", "Forgot your PIN? For your safety it cannot be changed from the chat."),
    ("bn", "পিন ভুলে গেছি", "পিন ভুলে গেছেন? নিরাপত্তার জন্য চ্যাট থেকে পিন বদলানো যায় না।"),
])
async def test_at_the_main_menu_the_employee_is_told_whom_to_ask(system, lang, typed, said):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")  # the demo's employee with a PIN
    await anima.start(lang)
    got = await anima.say(typed, until=has("interactive"))
    assert said in words(got) and "03252 255 014" in words(got), words(got)
    assert "Send my message" not in words(got) and "আমার বার্তা পাঠান" not in words(got)
