"""Through the real webhook: a row's number typed at a new complaint's subject (category) list or district list ("3",
"৩", "no 2") got "I could not find that name"; it now picks that row as the list's page shows it ("More…" counted as
the list shows it), and a number past the rows says how many there are, with the same page again.
"""
from __future__ import annotations


import pytest
from phone_kit import Phone, choices, words

NOT_FOUND = ("I could not find that name", "ওই নামটি খুঁজে পাইনি")


async def at_subject(http, base: str, wa_id: str, lang: str) -> tuple[Phone, list]:
    phone = Phone(http, base, wa_id, name="Mita Roy")
    await phone.start(lang)
    got = await phone.tap("grievance:menu", until=lambda m: "grievance:new" in choices(m) or "grievance:cat:water"
                          in choices(m))
    if "grievance:cat:water" not in choices(got):
        got = await phone.tap("grievance:new", until=lambda m: "grievance:cat:water" in choices(m))
    return phone, got


def _starting(messages, prefix: str) -> list[str]:
    return [c for c in choices(messages) if c.startswith(prefix)]


@pytest.mark.parametrize(("wa_id", "lang", "third", "second", "past", "rows_said"), [
    ("919800140101", "en", "3", "2", "7", "This list has 3 rows"),
    ("919800140102", "bn", "৩", "২", "১২৩", "এই তালিকায় ৩টি সারি আছে"),
    ("919800140103", "en", "no 3", "no 2", "১২৩", "This list has 3 rows"),
])
async def test_a_row_number_picks_the_row_at_the_subject_and_district_lists(system, wa_id, lang, third, second, past,
                                                                          rows_said):
    http, base = system
    phone, listed = await at_subject(http, base, wa_id, lang)
    subjects = _starting(listed, "grievance:cat:")
    districts = await phone.say(third, until=lambda m: bool(_starting(m, "grievance:dist:")))
    assert not any(said in words(districts) for said in NOT_FOUND), words(districts)
    got = await phone.say(past, until=lambda m: bool(_starting(m, "grievance:dist:")))
    assert rows_said in words(got), words(got)
    district = _starting(districts, "grievance:dist:")[1].split(":")[-1]
    blocks = await phone.say(second, until=lambda m: bool(_starting(m, "grievance:blk:")))
    assert not any(said in words(blocks) for said in NOT_FOUND), words(blocks)
    assert all(c.startswith(f"grievance:blk:{district}") for c in _starting(blocks, "grievance:blk:")), words(blocks)
    await phone.say("back", until=lambda m: bool(_starting(m, "grievance:dist:")))
    await phone.say("back", until=lambda m: bool(_starting(m, "grievance:cat:")))
    got = await phone.say("1", until=lambda m: bool(_starting(m, "grievance:dist:")))  # the subject, chosen again
    assert subjects[0] != subjects[2]
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    await phone.tap("grievance:gp:704402", until=bool)
    got = await phone.say("The tube well near the school is broken for a week.", until=lambda m: "grievance:submit"
                          in str(choices(m)))
    assert ("Drinking water" if lang == "en" else "পানীয় জল") in words(got), words(got)


async def test_a_number_at_the_subject_list_s_second_page_counts_that_page(system):
    http, base = system
    phone, first_page = await at_subject(http, base, "919800140104", "en")
    more = next(c for c in choices(first_page) if c.startswith("grievance:cats:"))
    assert choices(first_page).index(more) == 9
    second = await phone.say("10", until=lambda m: "grievance:cat:water" not in choices(m)
                             and bool(_starting(m, "grievance:cat:")))
    rows = len(choices(second))
    got = await phone.say(str(rows + 1), until=lambda m: bool(_starting(m, "grievance:cat:")))
    assert f"This list has {rows} rows" in words(got), words(got)
    assert "grievance:cat:water" not in choices(got)
    got = await phone.say("1", until=lambda m: bool(_starting(m, "grievance:dist:")))
    assert not any(said in words(got) for said in NOT_FOUND), words(got)
