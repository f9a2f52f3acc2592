"""Through the real webhook, four answers at the questions of a new complaint:

- a row's number typed at the block or gram panchayat list ("3", "৩", "no 3") got "I could not find that name"; it
  now picks that row as the list shows it, and a number past the rows ("১২৩") says how many there are;
- an angry face alone ("😡") at the district list got the cold "A name is needed here"; it now gets a short kind
  word and the same question;
- a description over the limit was refused whole ("Please send a shorter description"); its first part up to the
  limit is now kept, cut at a sentence's or word's end, shown, and the person asked to use it or send a shorter one;
- with no subject chosen yet, a description typed at the place list gave the subject and its words were dropped;
  they are now kept as the description, as they are once a subject was chosen.
"""
from __future__ import annotations


import pytest
from drafting_kit import at_description, at_district
from phone_kit import Phone, choices, words

from services.grievance.domain import DESCRIPTION_MAX


NOT_FOUND = ("I could not find that name", "ওই নামটি খুঁজে পাইনি")


@pytest.mark.parametrize(("wa_id", "lang", "third", "past", "rows_said"), [
    ("919800061001", "en", "3", "123", "This list has "),
    ("919800061002", "bn", "৩", "১২৩", "এই তালিকায় "),
    ("919800061003", "en", "no 3", "১২৩", "This list has "),
])
async def test_a_row_number_picks_the_row_at_the_block_and_panchayat_lists(system, wa_id, lang, third, past,
                                                                         rows_said):
    http, base = system
    phone = await at_district(http, base, wa_id, lang)
    blocks = await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    listed = choices(blocks)
    got = await phone.say(third, until=lambda m: any(c.startswith("grievance:gp:") for c in choices(m)))
    assert not any(said in words(got) for said in NOT_FOUND), words(got)
    block = listed[2].split(":")[-1]
    assert all(c.startswith(f"grievance:gp:{block}") or not c.startswith("grievance:gp:") for c in choices(got))
    got = await phone.say(past, until=lambda m: any(c.startswith("grievance:gp:") for c in choices(m)))
    rows = len([c for c in choices(got) if c.startswith("grievance:gp:")])
    assert rows_said in words(got) and (lang == "bn" or f"has {rows} rows" in words(got)), words(got)
    got = await phone.say(third, until=bool)
    assert not any(said in words(got) for said in NOT_FOUND), words(got)
    assert not any(c.startswith("grievance:gp:") for c in choices(got)), words(got)
    assert "Describe the problem" in words(got) or "নিজের ভাষায় সমস্যাটি লিখুন" in words(got), words(got)


async def test_a_number_on_a_later_page_counts_that_page_s_rows(system):
    http, base = system
    phone = await at_district(http, base, "919800061004", "en")
    await phone.tap("grievance:dist:703", until=lambda m: "grievance:blk:7031" in choices(m))
    await phone.tap("grievance:blk:7031", until=lambda m: "grievance:gp:703101" in choices(m))
    got = await phone.say("10", until=lambda m: "grievance:gp:703111" in choices(m))  # the More row
    got = await phone.say("5", until=lambda m: "grievance:gp:703111" in choices(m))
    assert "This list has 3 rows" in words(got), words(got)
    await phone.say("2", until=lambda m: "Describe the problem" in words(m))  # Vivekananda-II, the page's 2nd
    got = await phone.say("The drain near the school is blocked for a week.", until=bool)
    assert "Vivekananda-II" in words(got), words(got)


@pytest.mark.parametrize(("lang", "kind"), [("en", "Sorry this is frustrating"), ("bn", "অসুবিধার জন্য দুঃখিত")])
async def test_an_angry_face_at_the_district_gets_a_kind_word(system, lang, kind):
    http, base = system
    phone = await at_district(http, base, f"91980006102{lang == 'bn':d}", lang)
    got = await phone.say("😡", until=lambda m: "grievance:dist:704" in choices(m))
    assert kind in words(got), words(got)
    assert "A name is needed" not in words(got) and "এখানে একটি নাম লিখতে হবে" not in words(got)


LONG = {"en": "The drain near the school is blocked and the water stands on the road for days. ",
        "bn": "স্কুলের পাশের নালা বন্ধ হয়ে আছে, কয়েকদিন ধরে রাস্তায় জল দাঁড়িয়ে আছে। ",
        "banglish": "school er pase drain bondho, koyekdin dhore rastay jol dariye ache. "}


@pytest.mark.parametrize(("wa_id", "lang", "kind", "said"), [
    ("919800061031", "en", "en", "characters; the limit is 2,000"),
    ("919800061032", "bn", "bn", "সীমা ২,০০০"),
    ("919800061033", "en", "banglish", "characters; the limit is 2,000"),
])
async def test_a_description_over_the_limit_keeps_its_first_part(system, wa_id, lang, kind, said):
    http, base = system
    phone = await at_description(http, base, wa_id, lang)
    long = (LONG[kind] * (DESCRIPTION_MAX // len(LONG[kind]) + 6)).strip()
    assert len(long) > DESCRIPTION_MAX
    got = await phone.say(long, until=lambda m: "grievance:trim:use" in choices(m))
    assert said in words(got), words(got)
    assert "grievance:trim:shorter" in choices(got)
    kept = LONG[kind].strip()
    assert kept in words(got)
    got = await phone.tap("grievance:trim:use", until=lambda m: "grievance:submit" in str(choices(m)))
    assert kept in words(got), words(got)


async def test_send_a_shorter_one_asks_the_description_again(system):
    http, base = system
    phone = await at_description(http, base, "919800061034", "en")
    await phone.say((LONG["en"] * 30).strip(), until=lambda m: "grievance:trim:use" in choices(m))
    got = await phone.tap("grievance:trim:shorter", until=bool)
    assert "Describe the problem" in words(got) or "shorter" in words(got), words(got)
    got = await phone.say("The drain near the school is blocked for a week.", until=bool)
    assert "The drain near the school is blocked for a week." in words(got), words(got)


@pytest.mark.parametrize(("wa_id", "lang", "described", "kept"), [
    ("919800061041", "en", "The tube well near the primary school has been broken for three weeks, no drinking water",
     "Your words are kept as its description"),
    ("919800061042", "bn", "স্কুলের পাশের টিউবওয়েল তিন সপ্তাহ ধরে খারাপ, খাবার জল পাওয়া যাচ্ছে না",
     "আপনার লেখা এর বিবরণ হিসেবে রাখা হল"),
    ("919800061043", "en", "school er pase tubewell tin soptaho dhore kharap, khabar jol pawa jachhe na",
     "Your words are kept as its description"),
])
async def test_a_description_at_the_place_with_no_subject_yet_is_kept(system, wa_id, lang, described, kept):
    http, base = system
    phone = Phone(http, base, wa_id, name="Mita Roy")
    await phone.start(lang)
    await phone.tap("grievance:menu", until=bool)
    await phone.send({"location": {"latitude": 22.45, "longitude": 86.99}},  # placed, no subject yet
                     until=lambda m: "grievance:cat:water" in choices(m))
    await phone.tap("grievance:dists", until=lambda m: "grievance:dist:704" in choices(m))
    got = await phone.say(described, until=lambda m: "grievance:dist:704" in choices(m))
    assert kept in words(got), words(got)
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    got = await phone.tap("grievance:gp:704402", until=bool)
    assert described in words(got), words(got)
