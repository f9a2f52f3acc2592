"""Back at a service's row of the main menu: whether the chat is one to carry on, and how the offer is made."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.chat import Inbound
from shared.runtime.chats import Chat, Chats
from shared.runtime.resume import RESTART, RESUMABLE, RESUME, came_back, chosen, offer
from shared.runtime.turn import ChatTurn

NOW = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)


class Said:
    """Stands for the context: what the turn says, and the time."""

    def __init__(self) -> None:
        self.messages: list = []

    def now(self) -> datetime:
        return NOW

    def reply(self, inbound, message, *, document=None) -> None:
        self.messages.append(message.body())


def turn(reply_id: str | None, *, at: datetime | None, lang: str = "en") -> ChatTurn:
    inbound = Inbound(wa_id="919800000001", message_id="wamid.1", lang=lang, kind="reply" if reply_id else "text",
                      reply_id=reply_id, text=None if reply_id else "hello")
    return ChatTurn(inbound=inbound, ctx=Said(), chat=Chat("919800000001", step="nights", at=at), texts=None)


@pytest.mark.parametrize("reply_id, ago, expected", [
    ("tourism:menu", timedelta(minutes=5), True),
    ("tourism:menu", RESUMABLE - timedelta(seconds=1), True),
    ("tourism:menu", RESUMABLE, False),  # the conversation ran out: the service's start
    ("tourism:book", timedelta(minutes=5), False),  # another choice is no coming back
    (None, timedelta(minutes=5), False),  # nor are words typed to the step
])
def test_coming_back_is_the_services_row_tapped_while_the_conversation_lasts(reply_id, ago, expected):
    assert came_back(turn(reply_id, at=NOW - ago)) is expected


def test_a_chat_never_saved_is_no_coming_back():
    assert came_back(turn("tourism:menu", at=None)) is False


@pytest.mark.parametrize("lang, carry, again", [("en", "Carry on", "Start again"), ("bn", "চালিয়ে যান", "আবার শুরু করুন")])
def test_the_offer_says_what_was_left_and_offers_both_ways(lang, carry, again):
    back = turn("tourism:menu", at=NOW, lang=lang)
    offer(back, "tourism", "Booking a room: Lataguri")
    [message] = back.ctx.messages
    assert "*Booking a room: Lataguri*" in message["interactive"]["body"]["text"]
    assert [(b["reply"]["id"], b["reply"]["title"]) for b in message["interactive"]["action"]["buttons"]] == [
        ("tourism:resume", carry), ("tourism:restart", again)]


def typed_after(said: list, text: str) -> ChatTurn:
    """``text`` typed to a chat whose last answer was ``said`` (the chat keeps what it published)."""
    inbound = Inbound(wa_id="919800000001", message_id="wamid.2", lang="en", kind="text", text=text)
    chat = Chat("919800000001", step="nights", at=NOW,
                outputs=[{"type": "wa.outbound", "payload": {"message": body}} for body in said])
    return ChatTurn(inbound=inbound, ctx=Said(), chat=chat, texts=None)


def offered(service: str = "tourism") -> list:
    back = turn(f"{service}:menu", at=NOW)
    offer(back, service, "Booking a room: Lataguri")
    return back.ctx.messages


@pytest.mark.parametrize("text, expected", [
    ("Start again", RESTART), ("আবার শুরু করুন", RESTART), ("start over", RESTART), ("2", RESTART), ("২", RESTART),
    ("Carry on", RESUME), ("চালিয়ে যান", RESUME), ("continue", RESUME), ("1", RESUME), ("১", RESUME),
    ("3", None), ("0", None), ("2 nights", None), ("hello", None),
])
def test_the_offers_buttons_typed_at_it_are_its_choice(text, expected):
    assert chosen(typed_after(offered(), text), "tourism") == expected


@pytest.mark.parametrize("text", ["Start again", "Continue", "2", "১"])
def test_anywhere_else_they_are_the_steps_answer(text):
    assert chosen(typed_after([{"type": "text", "text": {"body": "How many nights?"}}], text), "tourism") is None
    assert chosen(typed_after([], text), "tourism") is None  # a chat that said nothing yet
    assert chosen(typed_after(offered("grievance"), text), "tourism") is None  # another service's offer


async def test_a_chat_read_knows_when_it_was_saved(make_store):
    store = make_store("chats")
    await store.start([])
    try:
        chats = Chats(store)
        assert (await chats.get("919800000001")).at is None
        chat = await chats.get("919800000001")
        chat.go("nights", room="lataguri-standard")
        await chats.save(chat, envelope_id="e1", outputs=[], now=NOW)
        assert chat.at == NOW and (await chats.get("919800000001")).at == NOW
    finally:
        await store.close()
