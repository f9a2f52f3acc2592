"""A lone number typed at the main menu picks its row, as people pick from a numbered menu on a feature phone; inside
a conversation a number is its service's answer."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.state import GATEWAY
from shared.chat import Inbound
from shared.envelope import Envelope
from simulator import webhooks as wa


def routed(stack: Stack) -> list[tuple[str, str | None]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload).reply_id) for e in stack.recorder.envelopes
            if e.type.startswith("wa.inbound.")]


async def chosen(stack: Stack, lang: str = "en") -> list[str]:
    """The person chose ``lang``; the ids of the rows of the menu they were shown."""
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    (menu,) = stack.recorder.bodies()
    stack.recorder.clear()
    return [row["id"] for section in menu["interactive"]["action"]["sections"] for row in section["rows"]]


@pytest.mark.parametrize(("typed", "row"), [("1", 0), ("2", 1), ("২", 1), (" 3. ", 2), ("4️⃣", 3), ("5)", 4)])
async def test_a_number_at_the_menu_is_the_tap_of_that_row(stack: Stack, typed: str, row: int):
    rows = await chosen(stack)
    assert rows[:2] == ["grievance:menu", "tourism:menu"]
    await stack.say(wa.text(RINA, typed))
    service = rows[row].split(":")[0]
    if service in ("grievance", "tourism"):  # a queue here: the tap reaches the service, nothing said by the gateway
        assert routed(stack) == [(service, rows[row])] and stack.recorder.bodies() == []
    else:  # no queue for it here: the menu says it is unavailable, as for the tap itself
        assert routed(stack) == []
        assert text_of(stack.recorder.bodies()[-1]).startswith("Sorry, that service is not available right now")


async def test_a_number_past_the_rows_is_told_how_many_and_one_that_is_no_lone_number_is_not_understood(
        stack: Stack):
    rows = await chosen(stack, "bn")
    for typed in (str(len(rows) + 1), "১০"):  # how many rows there are (before: "Sorry, I did not follow that")
        await stack.say(wa.text(RINA, typed))
        assert routed(stack) == [], typed
        assert text_of(stack.recorder.bodies()[-1]).startswith("তালিকায় "), typed
        stack.recorder.clear()
    for typed in ("12", "1 2", "2 guests"):
        await stack.say(wa.text(RINA, typed))
        assert routed(stack) == [], typed
        assert text_of(stack.recorder.bodies()[-1]).startswith("দুঃখিত, বুঝতে পারিনি"), typed
        stack.recorder.clear()


async def test_with_words_kept_the_first_row_sends_them(stack: Stack):
    await chosen(stack)
    await stack.say(wa.text(RINA, "The ration shop behind the school is closed"))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["action"]["sections"][0]["rows"][0]["id"] == "shell:unread"
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "1"))
    (sent,) = stack.recorder.of("wa.inbound.grievance")
    assert (sent.payload["text"], sent.payload["unasked"]) == ("The ration shop behind the school is closed", True)


async def test_inside_a_conversation_a_number_is_the_services_answer(stack: Stack):
    await chosen(stack)
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Tourism"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "2"))
    (answer,) = stack.recorder.of("wa.inbound.tourism")
    assert answer.payload["text"] == "2" and answer.payload["kind"] == "text"


@pytest.mark.parametrize("typed", ["1", "3", "৪"])
async def test_a_number_answering_a_conversation_left_idle_is_no_pick_of_the_menu(stack: Stack, typed: str):
    """Asked "How many guests?" (or a notice's question), the person answers after the session ran out: the number
    was that conversation's, so it opens no other service; the menu says it did not follow, as before, and a number
    typed at that menu then picks its row."""
    rows = await chosen(stack)
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Tourism"))
    stack.clock.advance(minutes=40)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, typed))
    assert routed(stack) == []
    assert text_of(stack.recorder.bodies()[-1]).startswith("Sorry, I did not follow that")
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "1"))
    assert routed(stack) == [("grievance", rows[0])]


async def test_a_number_with_leading_zeros_is_no_pick_of_the_menu(stack: Stack):
    await chosen(stack)
    for typed in ("01", "0002", "০৩"):  # a PIN, a code: nobody picks the second row as 0002
        await stack.say(wa.text(RINA, typed))
        assert routed(stack) == [], typed
        stack.recorder.clear()


async def test_with_words_kept_for_a_service_no_longer_on_the_menu_the_first_row_is_the_first_service(stack: Stack):
    await chosen(stack)
    await stack.say(wa.text(RINA, "The ration shop behind the school is closed"))
    stack.recorder.clear()
    withdrawn = Envelope(type="ops.service.announced", source="grievance", payload={"service": "grievance"})
    await stack.client.app[GATEWAY].menu.record(withdrawn)  # complaints left the menu: no "Send my message" row
    await stack.say(wa.text(RINA, "1"))
    assert routed(stack) == [("tourism", "tourism:menu")]  # the first row shown, not the hidden one
