"""Simulated people: each a WhatsApp user in a realistic conversation, sent as signed Cloud API webhooks.

A person says hi, picks English, opens tourism from the menu, then books a room step by step (room type →
check-in → nights → guests: one, who takes one room unasked → the name to book in, answered with a quote); a
set share of people confirm and get the PDF voucher (rendering one costs about 0.2 s of CPU, so vouchers for
everyone would measure the PDF renderer alone). One step at a time, as a person does: the next message goes
once the answer to the last one reached the sink. So each of a person's answers belongs to the message before
it, and counting them per person tells losses from duplicates without any help from the system under test.

A refused webhook (anything but 200, or no answer) is sent again, unchanged, after a growing pause —
what the Cloud API does — so a broker restart shows up as retries and latency, never as a lost message.
"""
from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import aiohttp

from bench.sink import Sink
from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

NIGHTS = 330
RETRY_DELAYS = (0.25, 0.5, 1, 2, 4, 8, 8, 8, 8, 8, 8, 8)  # about a minute, as Meta keeps trying far longer


@dataclass
class Sent:
    """One inbound message: when it went, when the gateway acknowledged it, when its answer arrived."""

    person: str
    step: str
    began: float
    acked: float = 0.0
    answered: float = 0.0
    tries: int = 0
    status: int = 0
    wamid: str = ""


@dataclass
class Crowd:
    """Everything the run needs in one place: sink, webhook, signing secret, pacing and the record."""

    sink: Sink
    webhook: str
    secret: str
    http: aiohttp.ClientSession
    rooms: list[str]
    first_night: date
    answer_timeout: float = 30.0
    vouchers: float = 1.0  # share of people who confirm their booking (a PDF each: ~0.2 s of CPU)
    quiet: float = 1.0  # learning: an answer is complete once this long passes with nothing more
    think: float = 0.0  # seconds a person takes to read an answer and tap the next choice
    sent: list[Sent] = field(default_factory=list)
    expected: dict[str, int] = field(default_factory=dict)  # answers per step, learnt from the first person

    async def post(self, record: Sent, body: dict[str, Any]) -> None:
        raw = json.dumps(body).encode()
        headers = {hooks.SIGNATURE_HEADER: hooks.sign(self.secret, raw), "Content-Type": "application/json"}
        for delay in (*RETRY_DELAYS, None):
            record.tries += 1
            try:
                async with self.http.post(self.webhook, data=raw, headers=headers) as resp:
                    await resp.read()
                    record.status = resp.status
            except (aiohttp.ClientError, asyncio.TimeoutError):
                record.status = 0
            if record.status == 200 or delay is None:
                break
            await asyncio.sleep(delay)
        record.acked = time.monotonic()

    def booking(self, n: int) -> tuple[str, date]:
        """The n-th person's room type and night: every room type, then the next night, so none sells out
        (within the 330 nights after ``first_night``; the learner, n < 0, takes a night nobody else does)."""
        if n < 0:
            return self.rooms[0], self.first_night + timedelta(days=NIGHTS)
        return self.rooms[n % len(self.rooms)], self.first_night + timedelta(days=n // len(self.rooms) % NIGHTS)


class Person:
    def __init__(self, crowd: Crowd, n: int, prefix: str = "9197"):
        self.crowd, self.n, self.wa_id = crowd, n, f"{prefix}{max(n, 0):08d}"
        self.seen = 0

    def confirms(self) -> bool:
        """Whether this person confirms: spread evenly, ``vouchers`` of everyone."""
        share = self.crowd.vouchers
        return share > 0 and int((self.n + 1) * share) > int(self.n * share)

    async def say(self, step: str, message: dict[str, Any], *, learn: bool = False) -> list[dict[str, Any]]:
        crowd = self.crowd
        if self.seen and crowd.think:
            await asyncio.sleep(crowd.think)
        record = Sent(self.wa_id, step, time.monotonic(), wamid=str(message.get("id", "")))
        crowd.sent.append(record)
        await crowd.post(record, hooks.payload([message]))
        wanted = None if learn else self.seen + crowd.expected.get(step, 1)
        await self.wait(wanted)
        answers = crowd.sink.replies.get(self.wa_id, [])
        new = answers[self.seen:] if wanted is None else answers[self.seen:wanted]
        if new and (wanted is None or len(answers) >= wanted):
            record.answered = new[-1].at
        if learn:
            crowd.expected[step] = len(new)
        self.seen += len(new)
        return [a.body for a in new]

    async def wait(self, wanted: int | None) -> None:
        """Until ``wanted`` answers are in; when learning (None), until ``quiet`` s pass after an answer."""
        sink, event = self.crowd.sink, self.crowd.sink.waiters.setdefault(self.wa_id, asyncio.Event())
        deadline = time.monotonic() + self.crowd.answer_timeout
        while time.monotonic() < deadline:
            have = sink.count(self.wa_id)
            if wanted is not None and have >= wanted:
                return
            event.clear()
            try:
                await asyncio.wait_for(event.wait(), self.crowd.quiet if wanted is None and have > self.seen else
                                       deadline - time.monotonic())
            except asyncio.TimeoutError:
                if wanted is None and sink.count(self.wa_id) > self.seen:
                    return

    async def converse(self, *, learn: bool = False) -> None:
        room, night = self.crowd.booking(self.n)
        wa = self.wa_id
        await self.say("hi", msg.text(wa, "hi"), learn=learn)
        await self.say("language", msg.button_reply(wa, "shell:lang:en", "English"), learn=learn)
        await self.say("tourism", msg.list_reply(wa, "tourism:menu", "Tourism"), learn=learn)
        await self.say("room", msg.list_reply(wa, f"tourism:room:{room}", "Room"), learn=learn)
        await self.say("date", msg.list_reply(wa, f"tourism:date:{night.isoformat()}", "Date"), learn=learn)
        await self.say("nights", msg.list_reply(wa, "tourism:nights:1", "1 night"), learn=learn)
        await self.say("guests", msg.list_reply(wa, "tourism:guests:1", "1 guest"), learn=learn)
        quote = await self.say("name", msg.text(wa, "Asha Roy"), learn=learn)
        confirm = next((b["reply"]["id"] for m in quote if m.get("type") == "interactive"
                        for b in m["interactive"]["action"].get("buttons", [])
                        if b["reply"]["id"].startswith("tourism:confirm:")), None)
        if confirm and (learn or self.confirms()):
            await self.say("confirm", msg.button_reply(wa, confirm, "Confirm"), learn=learn)
