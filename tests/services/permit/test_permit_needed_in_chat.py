"""Inside the building permission chat, "amar bari banate permission lagbe", "আমার বাড়ি বানানোর অনুমতি লাগবে" or "I
need permission to build my house" showed the person's own applications ('No application is registered…'), though
the same words at the main menu are told how to apply. In the chat they are now told how to apply too, as "kivabe apply
korbo" and "কীভাবে আবেদন করব" are; the words asking after one applied for ("…kobe pabo") still show their own."""
from __future__ import annotations

from casework_kit import in_the_chat
from phone_kit import has, words

HOW = "To apply for building permission, make an application at your gram panchayat office"
NEEDED = ["amar bari banate permission lagbe", "আমার বাড়ি বানানোর অনুমতি লাগবে", "I need permission to build my house",
          "ghor banabo, onumoti chai", "barir permission kivabe pabo", "বাড়ি বানানোর অনুমতি কীভাবে পাব",
          "kivabe apply korbo", "কীভাবে আবেদন করব", "how do I apply"]


async def test_a_permission_needed_in_the_chat_is_told_how_to_apply(system):
    phone = await in_the_chat(system, "permit", "919812340111")
    for typed in NEEDED:
        said = words(await phone.say(typed, until=has("interactive")))
        assert HOW in said and "No application is registered" not in said, (typed, said)


async def test_asked_after_in_the_chat_it_is_ones_own_applications(system):
    phone = await in_the_chat(system, "permit", "919812340112")
    for typed in ("amar bari banate permission kobe pabo", "আমার বাড়ির অনুমতি কবে পাব"):
        said = words(await phone.say(typed, until=has("interactive")))
        assert "No application is registered" in said and HOW not in said, (typed, said)
