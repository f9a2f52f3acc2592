"""What a villager says at the view of their own complaint, read as the fake Cloud API received the answers: the
words under a photo, the ask for an officer, a long message; none of it lost or sent where it cannot go."""
from __future__ import annotations

from shared.auth import Tokens
from shared.wiring import make_store
from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


def buttons(message: dict) -> list[str]:
    return [b["reply"]["id"] for b in message["body"]["interactive"]["action"]["buttons"]]


async def lodged(system: System, villager: str) -> tuple[str, int]:
    """A complaint lodged from a photo with words under it, and its view opened: its number and replies so far."""
    road = msg.media(villager, "image", f"ROAD-{villager[-3:]}", "image/jpeg",
                     caption="স্কুলের সামনের রাস্তায় বড় গর্ত হয়েছে।")
    await system.post(hooks.payload([road]))
    await system.replies(villager, 1)
    await system.tap(villager, "grievance:gp:703506", "কালচিনি", kind="list")
    summary = (await system.replies(villager, 2))[-1]
    await system.tap(villager, next(b for b in buttons(summary) if b.startswith("grievance:submit:")), "জমা দিন")
    text = said((await system.replies(villager, 3))[-1])
    number = text[text.index("GRV-"):][:15]
    await system.tap(villager, f"grievance:view:{number}", "অবস্থা দেখুন")
    await system.replies(villager, 4)
    return number, 4


async def test_words_under_a_photo_sent_at_the_view_are_shown_back_as_kept(system: System):
    villager = "919800000281"
    number, seen = await lodged(system, villager)
    photo = msg.media(villager, "image", "STILL-281", "image/jpeg", caption="ekhono bhanga, kichu hoyni")
    await system.post(hooks.payload([photo]))
    added = said((await system.replies(villager, seen + 1))[-1])
    assert added.startswith(f"অভিযোগ {number}-এ অফিসের জন্য যোগ হয়েছে: একটি ছবি, সঙ্গে তার নিচে আপনার লেখা:\n"
                            "“ekhono bhanga, kichu hoyni”\n(এখন সংযুক্তি: ২)")


async def test_officer_typed_at_a_closed_complaint_is_told_it_is_closed_not_asked_for_a_message(system: System):
    villager = "919800000282"
    number, seen = await lodged(system, villager)
    token, _ = await Tokens(make_store(system.settings, "auth")).create("gp_official", scope={"gp": "Kalchini"})
    async with system.http.post(f"{system.url}/api/grievance/tickets/{number}/status",
                                headers={"Authorization": f"Bearer {token}"},
                                json={"status": "resolved", "atr": "The road was repaired."}) as resp:
        assert resp.status == 200, await resp.text()
    seen = len(await system.replies(villager, seen + 1))  # told it was resolved
    await system.tap(villager, f"grievance:accept:{number}", "গ্রহণ করুন")
    await system.replies(villager, seen + 1)
    await system.tap(villager, f"grievance:rate:{number}:5", "★★★★★", kind="list")
    await system.replies(villager, seen + 2)
    await system.tap(villager, f"grievance:view:{number}", "অবস্থা দেখুন")
    await system.replies(villager, seen + 3)
    await system.say(villager, "অফিসার")
    answer = (await system.replies(villager, seen + 4))[-1]
    assert said(answer).startswith(f"অভিযোগ {number} বন্ধ হয়ে গেছে, আর খোলা যাবে না")
    assert "বার্তা লিখুন" not in said(answer)
    assert buttons(answer) == ["grievance:mine", f"grievance:newfrom:{number}"]  # its subject and place proposed


async def test_a_long_message_typed_at_the_view_is_kept_and_goes_to_the_office_in_parts(system: System):
    villager = "919800000283"
    number, seen = await lodged(system, villager)
    long = ("ekhono rastay boro gorto ache, aj o jol jomeche, school er bachhara jete parche na. " * 15).strip()
    await system.say(villager, long)
    asked = (await system.replies(villager, seen + 2))[-2:]  # too long for buttons: the words, then the question
    assert "অক্ষর পর্যন্ত" not in said(asked[0]) and long in said(asked[0])
    assert "তাই পরপর ২টি বার্তায় যাবে; কিছুই বাদ যাবে না।" in said(asked[0])
    assert buttons(asked[1]) == [f"grievance:send:{number}", f"grievance:unsent:{number}"]
    await system.tap(villager, f"grievance:send:{number}", "পাঠান")
    sent = (await system.replies(villager, seen + 3))[-1]
    assert said(sent).startswith("আপনার বার্তা কালচিনি গ্রাম পঞ্চায়েত অফিস-এ পৌঁছেছে।")
