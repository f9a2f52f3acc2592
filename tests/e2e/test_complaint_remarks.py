"""Words typed while looking at one's own complaint, read as the fake Cloud API received the answers: kept and
offered to the official handling it, not "did not understand" and lost."""
from __future__ import annotations

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System

VILLAGER = "919800000173"


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


def buttons(message: dict) -> list[str]:
    return [b["reply"]["id"] for b in message["body"]["interactive"]["action"]["buttons"]]


async def test_words_typed_at_a_complaint_reach_its_office_once_the_person_says_send(system: System):
    road = msg.media(VILLAGER, "image", "ROAD-9", "image/jpeg", caption="স্কুলের সামনের রাস্তায় বড় গর্ত হয়েছে।")
    await system.post(hooks.payload([road]))
    await system.replies(VILLAGER, 1)
    await system.tap(VILLAGER, "grievance:gp:703506", "কালচিনি", kind="list")
    summary = (await system.replies(VILLAGER, 2))[-1]
    await system.tap(VILLAGER, next(b for b in buttons(summary) if b.startswith("grievance:submit:")), "জমা দিন")
    lodged = said((await system.replies(VILLAGER, 3))[-1])
    number = lodged[lodged.index("GRV-"):][:15]
    await system.tap(VILLAGER, f"grievance:view:{number}", "অবস্থা দেখুন")
    await system.replies(VILLAGER, 4)

    await system.say(VILLAGER, "ekhono gorto ache, aj o jol jomeche")
    asked = (await system.replies(VILLAGER, 5))[-1]
    assert "দুঃখিত" not in said(asked) and "“ekhono gorto ache, aj o jol jomeche”" in said(asked)
    assert f"অভিযোগ {number}-এর দায়িত্বে থাকা কালচিনি গ্রাম পঞ্চায়েত অফিস-এর আধিকারিককে পাঠাবেন?" in said(asked)
    assert buttons(asked) == [f"grievance:send:{number}", f"grievance:unsent:{number}"]
    await system.tap(VILLAGER, f"grievance:send:{number}", "পাঠান")
    sent = (await system.replies(VILLAGER, 6))[-1]
    assert said(sent).startswith("আপনার বার্তা কালচিনি গ্রাম পঞ্চায়েত অফিস-এ পৌঁছেছে।")
    assert f"অভিযোগ {number}" in said(sent)  # and the complaint's view again
