"""Through the real webhook: "no" typed at a complaint's summary. Before, "না", "no", "na" or "cancel" there threw the
whole draft away at once ("The draft was discarded"), so one "no" to "Submit?" lost everything written. Now they ask
first: discard it, or change something in it, with buttons; the complaint is kept until Discard is tapped (or a
discarding word typed at that question). The summary's own *Discard* button still discards at once."""
from __future__ import annotations


import drafting_kit
import pytest
from phone_kit import Phone, choices, words

DESCRIPTION = {"en": "The tube well by the school has been dry for a week.",
               "bn": "স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।"}
SUMMARY = {"en": "Please check your complaint", "bn": "অভিযোগটি দেখে নিন"}
ASKED = {"en": "discard this complaint, or change something in it?", "bn": "বাতিল করবেন, নাকি এতে কিছু বদলাবেন?"}
DROPPED = {"en": "The draft was discarded", "bn": "খসড়াটি বাতিল হয়েছে"}


async def at_summary(http, base: str, wa_id: str, lang: str) -> Phone:
    return await drafting_kit.at_summary(http, base, wa_id, lang, DESCRIPTION[lang], located=True)


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", "no"), (2, "en", "cancel"), (3, "bn", "না"), (4, "bn", "na"), (5, "bn", "বাতিল"),
])
async def test_no_at_the_summary_asks_before_discarding(system, n, lang, typed):
    http, base = system
    phone = await at_summary(http, base, f"91980010{n + 100:04d}", lang)

    reply = await phone.say(typed)

    said = words(reply)
    assert ASKED[lang] in said and DROPPED[lang] not in said, said
    buttons = choices(reply)
    assert [b.split(":")[1] for b in buttons] == ["drop", "change", "summary"], buttons
    again = await phone.tap(next(b for b in buttons if b.startswith("grievance:summary:")),
                            until=lambda m: SUMMARY[lang] in words(m))
    assert DESCRIPTION[lang] in words(again)  # nothing lost


@pytest.mark.parametrize("n, lang, first, then", [
    (11, "en", "no", "discard"), (12, "bn", "না", "বাতিল করুন"), (13, "bn", "na", "batil"),
])
async def test_discard_tapped_or_typed_at_the_question_discards(system, n, lang, first, then):
    http, base = system
    phone = await at_summary(http, base, f"91980010{n + 100:04d}", lang)
    await phone.say(first, until=lambda m: ASKED[lang] in words(m))

    dropped = await phone.say(then, until=lambda m: DROPPED[lang] in words(m))

    assert "grievance:new" in choices(dropped)


async def test_discard_button_at_the_question_discards(system):
    http, base = system
    phone = await at_summary(http, base, "919800100121", "bn")
    asked = await phone.say("না", until=lambda m: ASKED["bn"] in words(m))
    drop = next(b for b in choices(asked) if b.startswith("grievance:drop:"))
    dropped = await phone.tap(drop, until=lambda m: DROPPED["bn"] in words(m))
    assert "grievance:new" in choices(dropped)


async def test_no_again_at_the_question_shows_the_summary_kept(system):
    http, base = system
    phone = await at_summary(http, base, "919800100122", "en")
    await phone.say("no", until=lambda m: ASKED["en"] in words(m))
    again = await phone.say("no", until=lambda m: SUMMARY["en"] in words(m))
    assert DESCRIPTION["en"] in words(again) and DROPPED["en"] not in words(again)


async def test_the_summarys_own_discard_button_still_discards_at_once(system):
    http, base = system
    phone = await at_summary(http, base, "919800100123", "en")
    await phone.say("no", until=lambda m: ASKED["en"] in words(m))
    summary = await phone.say("ok", until=lambda m: SUMMARY["en"] in words(m))
    drop = next(b for b in choices(summary) if b.startswith("grievance:drop:"))
    dropped = await phone.tap(drop, until=lambda m: DROPPED["en"] in words(m))
    assert "grievance:new" in choices(dropped)
