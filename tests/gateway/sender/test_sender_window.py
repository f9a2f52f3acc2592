"""The sender against the simulator's own 24-hour window (no injected 131047): a notice to someone who has not
written for a day goes as its template, one to someone who wrote lately as itself, and one with no template is
reported to its service as undeliverable (``wa.delivery.failed``)."""
from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web
from sender_kit import ACCESS_TOKEN, PHONE_NUMBER_ID, RECIPIENT, SenderStack, outbound

from simulator.app import Simulator, create_simulator

TEMPLATE = {"type": "template", "template": {"name": "grievance_status", "language": {"code": "bn"},
                                             "components": [{"type": "body", "parameters": [
                                                 {"type": "text", "text": "GR/2026/000007"}]}]}}
NOTICES = ["Action taken on your complaint GR/2026/000007: the tube well is repaired.",
           "আপনার অভিযোগ GR/2026/000007: নলকূপ সারানো হয়েছে।",
           "Apnar complaint GR/2026/000007: tube well thik kora hoyeche."]


class Clock:
    def __init__(self) -> None:
        self.now = 1_760_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, hours: float) -> None:
        self.now += hours * 3600


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def cloud(aiohttp_server: Any, clock: Clock) -> Simulator:
    sink = web.Application()
    sink.router.add_post("/webhook", lambda _: web.Response(text="ok"))
    webhook = await aiohttp_server(sink)
    return create_simulator(access_token=ACCESS_TOKEN, app_secret="test-secret", phone_number_id=PHONE_NUMBER_ID,
                            webhook_url=str(webhook.make_url("/webhook")), status_delay=0.0, clock=clock)


def notice(text: str, **overrides: Any) -> dict[str, Any]:
    return outbound(message={"type": "text", "text": {"body": text}}, service="grievance", notification=True,
                    session=False, **overrides)


@pytest.mark.parametrize("text", NOTICES)
async def test_a_notice_to_someone_who_never_wrote_goes_as_its_template(stack: SenderStack, text: str) -> None:
    envelope = await stack.publish(notice(text, template=TEMPLATE))
    [shown] = stack.sends
    assert shown["type"] == "template" and shown["template"]["name"] == "grievance_status"
    assert [r["code"] for r in stack.cloud.records.rejected] == [131047]  # the free-form try, refused by Meta
    assert (await stack.record(envelope.id))["outcome"] == "template"  # type: ignore[index]
    assert stack.failed == []


@pytest.mark.parametrize("text", NOTICES)
async def test_within_the_day_the_notice_goes_itself_and_a_day_later_its_template(
        stack: SenderStack, clock: Clock, text: str) -> None:
    assert (await stack.cloud.say(RECIPIENT, "amar complaint er ki holo?")).delivered
    clock.advance(hours=1)
    await stack.publish(notice(text, template=TEMPLATE))
    clock.advance(hours=24)
    await stack.publish(notice(text, template=TEMPLATE))
    assert [s["type"] for s in stack.sends] == ["text", "template"]
    assert stack.sends[0]["text"]["body"] == text
    assert stack.failed == []


async def test_past_the_window_a_notice_without_a_template_is_reported_failed(
        stack: SenderStack, clock: Clock) -> None:
    await stack.cloud.say(RECIPIENT, "hi")
    clock.advance(hours=25)
    envelope = await stack.publish(notice(NOTICES[0]))
    assert stack.sends == []
    [failed] = stack.failed
    assert failed.payload["outbound_id"] == envelope.id and failed.payload["code"] == 131047
    assert failed.payload["service"] == "grievance" and failed.payload["to"] == RECIPIENT
