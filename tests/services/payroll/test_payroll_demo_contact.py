"""The demo's offices gave their contact in English ("Block payroll desk, Jhalda-I: 03252 255 014"), which Forgot
my PIN and the lock put in the middle of a Bengali answer; each now gives its telephone number, read in either."""
from __future__ import annotations

import re

from payroll_kit import Staff

from services.payroll import demo


async def test_forgot_my_pin_in_bengali_has_no_english_words_for_any_demo_employee(make_runtime, bus):
    runtime = await make_runtime(load_demo=True)
    for entry in demo.entries():
        person = entry["employee"]
        if entry.get("left") or "pin" not in entry:  # with no PIN set, there is none to forget
            continue
        got = await Staff(bus, runtime.store, person["mobile"], lang="bn").tap("payroll:forgot")
        assert person["office"]["name"]["bn"] in got.text, got.text
        assert re.search(r"[A-Za-z]", got.text.split("\n\n")[0]) is None, got.text
        assert re.search(r"\(\d[\d ]+\d\)", got.text), got.text  # the number to ring
