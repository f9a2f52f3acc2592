""""ফিরে" (back) at the question where a photo sent just after lodging goes, read as the fake Cloud API received
the answer: the person is told the photo was added nowhere and how to add it, not left to think it went in."""
from __future__ import annotations

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System
from .test_complaint_photos import buttons, said

SENDER = "919800000162"


async def test_back_at_where_the_photo_goes_says_it_was_not_added(system: System):
    road = msg.media(SENDER, "image", "BACK-0", "image/jpeg", caption="স্কুলের সামনের রাস্তায় বড় গর্ত হয়েছে।")
    await system.post(hooks.payload([road]))
    await system.replies(SENDER, 1)
    await system.tap(SENDER, "grievance:gp:703506", "কালচিনি", kind="list")
    summary = (await system.replies(SENDER, 2))[-1]
    submit = next(b for b in buttons(summary) if b.startswith("grievance:submit:"))
    await system.tap(SENDER, submit, "জমা দিন")
    lodged = said((await system.replies(SENDER, 3))[-1])
    number = lodged[lodged.index("GRV-"):][:15]

    await system.post(hooks.payload([msg.media(SENDER, "image", "BACK-1", "image/jpeg")]))
    assert buttons((await system.replies(SENDER, 4))[-1]) == [f"grievance:addto:{number}", "grievance:newwith"]
    await system.say(SENDER, "ফিরে")
    left = said((await system.replies(SENDER, 5))[-1])
    assert left.startswith(f"আপনার পাঠানো একটি ছবি অভিযোগ {number}-এ বা নতুন কোনো অভিযোগে যোগ করা হয়নি। "
                           "যোগ করতে চাইলে আবার পাঠান।")
