""""obhijog korbo" typed at the subject question after a photo was sent first, through the real webhook and the fake
Cloud API: the person is told the complaint they began holds the photo and asked to carry on or start again, where
a fresh complaint began and the photo was dropped without a word."""
from __future__ import annotations

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System
from .test_complaint_photos import buttons, said

SENDER = "919800000181"


async def test_obhijog_korbo_after_a_photo_asks_and_carry_on_keeps_it(system: System):
    await system.post(hooks.payload([msg.media(SENDER, "image", "PIPE-1", "image/jpeg")]))
    await system.replies(SENDER, 1)
    await system.say(SENDER, "obhijog korbo")
    asked = (await system.replies(SENDER, 2))[-1]
    assert "*1 attached*" in said(asked) or "*১টি সংযুক্তি*" in said(asked), said(asked)
    assert buttons(asked)[0] == "grievance:resume" and buttons(asked)[1].startswith("grievance:anew:")
    await system.tap(SENDER, "grievance:resume", "Carry on")
    await system.replies(SENDER, 3)
    await system.tap(SENDER, "grievance:cat:water", "Drinking water", kind="list")
    await system.tap(SENDER, "grievance:gp:703506", "Kalchini", kind="list")
    await system.say(SENDER, "The tube well near the primary school has been dry for a week.")
    summary = said((await system.replies(SENDER, 6))[-1])
    assert "Attachments: 1" in summary or "সংযুক্তি: ১" in summary, summary
