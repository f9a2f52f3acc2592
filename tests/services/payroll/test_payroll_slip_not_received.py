"""One's slip said not received ("slip pai ni", "স্লিপ পাইনি", "I did not get my slip") was no service's at the main
menu, the words kept for a tap on Complaints: the latest slip is what was missed, so it is sent as when asked for,
after the PIN. A bank's or a deposit's slip not received stays nobody's.

So is one's slip said not to open or download ("slip download hocche na", "স্লিপ খুলছে না", "my slip is not opening"),
which reached no service ("স্লিপটা ডাউনলোড হচ্ছে না" the permits' and NOCs' letters, the menu asking which of the two)."""
from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from phone_kit import Phone, has, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved
from services.payroll.phrases import asked_for
from shared.casework.said import DOCUMENT_AGAIN
from shared.india import plain


@pytest.mark.parametrize("typed", ["slip pai ni", "amar slip ta pai ni", "slip paini", "slip pacchi na",
                                   "স্লিপ পাইনি", "আমার স্লিপটা পাচ্ছি না", "I did not get my slip",
                                   "I haven't received my slip", "i didn't get the latest slip"])
def test_ones_slip_not_received_is_the_slip(typed: str):
    assert asked_for(typed) == "slip", typed


@pytest.mark.parametrize("typed", ["slip download hocche na", "amar slip ta khulche na", "স্লিপ খুলছে না",
                                   "স্লিপটা ডাউনলোড হচ্ছে না", "my slip is not opening", "slip won't download"])
def test_ones_slip_not_opening_is_the_slip_and_no_letter(typed: str):
    assert asked_for(typed) == "slip", typed
    assert re.search(DOCUMENT_AGAIN, plain(typed), re.IGNORECASE) is None, typed  # no permit's or NOC's letter


@pytest.mark.parametrize("typed", ["bank slip pai ni", "deposit slip pai ni", "I did not get my bank slip",
                                   "ration slip pai ni"])
def test_another_slip_not_received_is_not(typed: str):
    assert asked_for(typed) is None, typed


@pytest.mark.parametrize("lang, typed, asked", [("bn", "slip pai ni", "-এর বেতন বিবরণী"),
                                                ("bn", "স্লিপ খুলছে না", "-এর বেতন বিবরণী"),
                                                ("en", "I did not get my slip", "PIN to get your pay slip for ")])
async def test_at_the_main_menu_the_latest_slip_is_sent_after_the_pin(system, lang, typed, asked):
    http, base = system
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)  # the demo's latest month
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.say("hi", until=has("interactive"))
    await anima.tap(f"shell:lang:{lang}", until=has("interactive"))
    got = await anima.say(typed, until=lambda m: "পিন" in words(m) or "PIN" in words(m) or "could not" in words(m))
    assert asked in words(got) and month_name(last, lang) in words(got), words(got)
    assert "Complaints" not in words(got) and "অভিযোগ" not in words(got), words(got)
