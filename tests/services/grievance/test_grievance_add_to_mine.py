"""Through the real webhook: a photo or more words to be added to one's complaint ("amar complaint e photo add korbo",
"complaint e aro kichu likhte chai", "I want to add a photo to my complaint", "অভিযোগে ছবি যোগ করতে চাই") began a NEW
complaint at the main menu ("Your message is the start of a new complaint"). One's complaints are listed, with how: the
complaint chosen, a photo sent goes onto it and words typed are asked about sending to its official. Another
complaint asked for ("aro ekta complaint korbo", "new complaint with photo") still begins one."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

from services.grievance.conversation.wants import adds_to

RINA = "919800000001"  # the demo's villager with complaints
HOW = {"en": "choose it below, then send the photo", "bn": "নিচে অভিযোগটি বেছে নিন, তারপর ছবি পাঠান"}


@pytest.mark.parametrize("typed", ["amar complaint e photo add korbo", "complaint e aro kichu likhte chai",
                                   "I want to add a photo to my complaint", "অভিযোগে ছবি যোগ করতে চাই",
                                   "abhijog e video pathabo", "আমার অভিযোগে আরও কিছু লিখতে চাই"])
def test_adding_to_ones_complaint_is_read(typed):
    assert adds_to(typed), typed


@pytest.mark.parametrize("typed", ["aro ekta complaint korbo", "new complaint with photo", "ami complaint korbo",
                                   "amar complaint er ki holo", "আরেকটা অভিযোগ করব", "rastay alo nei",
                                   "আমার অভিযোগের কী হল", "অভিযোগ করব"])  # অভিযোগ holds যোগ (added): not read so
def test_another_complaint_or_news_is_not(typed):
    assert not adds_to(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "amar complaint e photo add korbo"),
                                             ("bn", "অভিযোগে ছবি যোগ করতে চাই")])
async def test_at_the_main_menu_ones_complaints_are_listed_with_how(system, lang, typed):
    phone = await at_the_menu(system, RINA, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert HOW[lang] in words(got), words(got)
    assert any(c.startswith("grievance:view:") for c in choices(got)), choices(got)
    assert "grievance:cat:water" not in choices(got)  # no new complaint begun


async def test_in_the_complaints_chat_too(system):
    phone = await at_the_menu(system, RINA, "en")
    await phone.tap("grievance:menu", until=has("interactive"))
    got = await phone.say("complaint e aro kichu likhte chai", until=has("interactive"))
    assert HOW["en"] in words(got) and any(c.startswith("grievance:view:") for c in choices(got)), words(got)
