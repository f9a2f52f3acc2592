"""A payroll PIN said in words at the main menu ("my pin is 4821") was kept as words no service took, for one tap to
send it to Complaints: it is now taken to payroll's menu (which asks a PIN only after a choice), and never kept."""
from __future__ import annotations

from gateway_kit import RINA, Stack

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from simulator import webhooks as wa


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


async def test_a_pin_in_words_at_the_menu_is_not_kept_to_send_as_a_complaint(stack: Stack):
    await stack.announce_services()
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for("my pin is 4821") == "payroll:menu"
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "my pin is 4821"))
    (menu,) = stack.recorder.bodies()  # payroll has no queue here: the menu says it is unavailable
    assert "shell:unread" not in rows(menu) and "Send my message" not in menu["interactive"]["body"]["text"]
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None
