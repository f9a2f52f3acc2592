"""Photos sent in one go just after lodging a complaint, read as the fake Cloud API received the answers: the
person is asked once where they go, and told how many went there."""
from __future__ import annotations

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System

SENDER = "919800000161"


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


def buttons(message: dict) -> list[str]:
    return [b["reply"]["id"] for b in message["body"]["interactive"]["action"]["buttons"]]


async def test_three_photos_sent_at_once_after_lodging_are_asked_about_once_and_added_together(system: System):
    road = msg.media(SENDER, "image", "ROAD-0", "image/jpeg", caption="স্কুলের সামনের রাস্তায় বড় গর্ত হয়েছে।")
    await system.post(hooks.payload([road]))
    await system.replies(SENDER, 1)
    await system.tap(SENDER, "grievance:gp:703506", "কালচিনি", kind="list")
    summary = (await system.replies(SENDER, 2))[-1]
    submit = next(b for b in buttons(summary) if b.startswith("grievance:submit:"))
    await system.tap(SENDER, submit, "জমা দিন")
    lodged = said((await system.replies(SENDER, 3))[-1])
    number = lodged[lodged.index("GRV-"):][:15]

    album = [msg.media(SENDER, "image", f"ROAD-{n}", "image/jpeg") for n in (1, 2, 3)]
    assert (await system.post(hooks.payload(album))).status == 200
    await system.replies(SENDER, 4)
    answers = (await system.sim.wait_sent(6, to=SENDER, timeout=2))[3:]  # a question for each, were there more
    assert len(answers) == 1, [said(a) for a in answers]
    assert said(answers[0]).startswith(f"অভিযোগ {number} এইমাত্র জমা হয়েছে।")
    assert buttons(answers[0]) == [f"grievance:addto:{number}", "grievance:newwith"]

    await system.tap(SENDER, f"grievance:addto:{number}", "ওই অভিযোগে যোগ")
    added = said((await system.replies(SENDER, 5))[-1])
    assert added.startswith(f"অভিযোগ {number}-এ যোগ হয়েছে: ৩টি ছবি (এখন সংযুক্তি: ৪)।")
