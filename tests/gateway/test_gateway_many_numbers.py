"""More numbers in one message than a WhatsApp list holds (ten rows): the person is told which are in the list and
that the others are to be sent again, not that the list keeps them all."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from simulator import webhooks as wa


def offered(body: dict) -> list[str]:
    return [row["id"] for section in body["interactive"]["action"]["sections"] for row in section["rows"]]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "You sent 12 numbers; the list holds the first 10. Choose the one to see from it. These did not fit: "
           "send them again in another message: GRV-2026-000011, GRV-2026-000012"),
    ("bn", "আপনি ১২টি নম্বর পাঠিয়েছেন; তালিকায় প্রথম ১০টি আছে। কোনটি দেখবেন, তালিকা থেকে বেছে নিন। এগুলি "
           "তালিকায় ধরেনি, পরে আরেকটি বার্তায় আবার পাঠান: GRV-2026-000011, GRV-2026-000012"),
])
async def test_twelve_numbers_say_which_two_are_not_in_the_list(stack: Stack, lang: str, said: str):
    """Twelve numbers were 'You sent 12 numbers … the others stay in the same list for later' over ten rows: the
    last two were dropped without a word."""
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, " ".join(f"GRV-2026-{n:06d}" for n in range(1, 13))))
    (body,) = stack.recorder.bodies()
    assert body["interactive"]["body"]["text"] == said
    assert offered(body) == [f"grievance:view:GRV-2026-{n:06d}" for n in range(1, 11)]


async def test_ten_numbers_all_fit_and_are_said_as_before(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, " ".join(f"GRV-2026-{n:06d}" for n in range(1, 11))))
    (body,) = stack.recorder.bodies()
    assert body["interactive"]["body"]["text"].startswith("You sent 10 numbers. Choose the one to see from the list")
    assert len(offered(body)) == 10
