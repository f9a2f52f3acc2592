"""A villager's first minutes with the number, read as the fake Cloud API received it: every service answers."""
from __future__ import annotations

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System

NEW = "919800000151"


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


async def test_a_message_the_cloud_api_cannot_pass_on_mid_booking_gets_the_steps_question_again(system: System):
    await system.say(NEW, "নমস্কার")
    await system.tap(NEW, "shell:lang:bn", "বাংলা")
    await system.tap(NEW, "tourism:book", "ঘর বুক করুন")
    asked = (await system.replies(NEW, 3))[-1]
    assert said(asked).startswith("কোন জেলায় থাকতে চান?")
    assert (await system.post(hooks.payload([msg.unsupported(NEW)]))).status == 200  # a poll, a view-once photo
    again = (await system.replies(NEW, 4))[-1]
    assert said(again).startswith("এখানে লেখা বা বোতামেই উত্তর দিন।\n\nকোন জেলায় থাকতে চান?")
    assert again["body"]["interactive"]["type"] == "list"
    await system.tap(NEW, "tourism:district:purulia", "পুরুলিয়া", kind="list")  # the booking goes on from there
    assert "পুরুলিয়া" in said((await system.replies(NEW, 5))[-1])


async def test_a_photo_sent_first_begins_a_complaint_that_is_lodged_with_it(system: System):
    photo = msg.media(NEW, "image", "MEDIA-ROAD-1", "image/jpeg", caption="স্কুলের সামনের রাস্তায় বড় গর্ত হয়েছে।")
    assert (await system.post(hooks.payload([photo]))).status == 200
    (begun,) = await system.replies(NEW, 1)  # no language question: the complaints service answers, in Bengali
    assert said(begun).startswith("আপনার পাঠানো ছবিটি একটি নতুন অভিযোগে যুক্ত করা হয়েছে।\nবিষয়: রাস্তা, আপনার লেখা থেকে")
    assert "সমস্যাটি কোথায়?" in said(begun)  # the caption says what it is about: the place is asked next
    await system.tap(NEW, "grievance:gp:703506", "কালচিনি", kind="list")
    summary = (await system.replies(NEW, 2))[-1]
    assert "স্কুলের সামনের রাস্তায় বড় গর্ত" in said(summary) and "সংযুক্তি: ১" in said(summary)
    assert "বিষয়: রাস্তা" in said(summary)
    submit = next(b["reply"]["id"] for b in summary["body"]["interactive"]["action"]["buttons"]
                  if b["reply"]["id"].startswith("grievance:submit:"))
    await system.tap(NEW, submit, "জমা দিন")
    assert "GRV-" in said((await system.replies(NEW, 3))[-1])


async def test_the_answer_to_a_photo_sent_first_says_in_the_other_language_how_to_change_it(system: System):
    await system.post(hooks.payload([msg.media(NEW, "image", "MEDIA-ROAD-2", "image/jpeg")]))
    (begun,) = await system.replies(NEW, 1)  # guessed Bengali, the default for West Bengal
    assert said(begun).startswith("আপনার পাঠানো ছবিটি") and said(begun).endswith("\nFor English, type *language*.")
    await system.tap(NEW, "grievance:cat:roads", "রাস্তা", kind="list")
    assert "language" not in said((await system.replies(NEW, 2))[-1])  # said once, on the first answer
    await system.say(NEW, "ভাষা")
    asked = (await system.replies(NEW, 3))[-1]
    assert [b["reply"]["id"] for b in asked["body"]["interactive"]["action"]["buttons"]] == [
        "shell:lang:bn", "shell:lang:en"]


async def test_the_answer_to_an_english_caption_sent_first_says_in_bengali_how_to_change_it(system: System):
    road = msg.media(NEW, "image", "MEDIA-ROAD-3", "image/jpeg", caption="The road near the school has a big hole")
    await system.post(hooks.payload([road]))
    (begun,) = await system.replies(NEW, 1)
    assert said(begun).endswith("\nবাংলায় পেতে *ভাষা* লিখুন।") and said(begun).count("ভাষা") == 1


def rows(message: dict) -> list[str]:
    return [r["id"] for s in message["body"]["interactive"]["action"]["sections"] for r in s["rows"]]


async def lodged_from_kept_words(system: System, wa_id: str, sent: int, *, gp: str = "703506") -> list[dict]:
    """Tap the menu's "Send my message", then the subject and the place, and submit: the replies from the tap on."""
    await system.tap(wa_id, "shell:unread", "Send my message", kind="list")
    await system.tap(wa_id, "grievance:cat:roads", "Roads", kind="list")  # asked, or taken from the words
    await system.tap(wa_id, f"grievance:gp:{gp}", "Kalchini", kind="list")
    summary = (await system.replies(wa_id, sent + 3))[-1]
    submit = next(b["reply"]["id"] for b in summary["body"]["interactive"]["action"]["buttons"]
                  if b["reply"]["id"].startswith("grievance:submit:"))
    await system.tap(wa_id, submit, "Submit")
    return (await system.replies(wa_id, sent + 4))[sent:]


async def test_a_first_timers_words_reach_a_lodged_complaint_without_being_typed_again(system: System):
    await system.say(NEW, "amar gram e school er samne ration dealer kom chal dey")
    (question,) = await system.replies(NEW, 1)
    assert "তবে রাখা আছে" in said(question) and "send it again" not in said(question)
    await system.tap(NEW, "shell:lang:bn", "বাংলা")
    menu = (await system.replies(NEW, 2))[-1]
    assert rows(menu)[0] == "shell:unread" and "আপনার বার্তাটি ৩০ মিনিট রাখা থাকবে" in said(menu)
    begun, _, summary, receipt = await lodged_from_kept_words(system, NEW, 2)
    assert said(begun).startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।")
    assert "বিবরণ: amar gram e school er samne ration dealer kom chal dey" in said(summary)
    assert "GRV-" in said(receipt)
    await system.tap(NEW, "shell:unread", "আমার বার্তা পাঠান", kind="list")  # a second tap: no second complaint
    again = (await system.replies(NEW, 7))[-1]
    assert said(again).startswith("আপনার বার্তাটি আর এখানে রাখা নেই") and "shell:unread" not in rows(again)


async def test_a_known_persons_words_reach_a_lodged_complaint_from_the_menu_in_english(system: System):
    known = "919800000152"
    await system.say(known, "hello")
    await system.tap(known, "shell:lang:en", "English")
    await system.say(known, "Nobody came to fix the broken culvert near the school")
    menu = (await system.replies(known, 3))[-1]
    assert said(menu).startswith("I could not tell which service your message is for.")
    assert rows(menu)[0] == "shell:unread"
    begun, _, summary, receipt = await lodged_from_kept_words(system, known, 3)
    assert said(begun).startswith("Your message is the start of a new complaint.")
    assert "Description: Nobody came to fix the broken culvert near the school" in said(summary)
    assert "GRV-" in said(receipt)
