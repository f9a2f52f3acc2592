"""The sender's own Cloud API client works against the simulator: the two sides agree on Meta's shapes."""
from __future__ import annotations

import aiohttp
import pytest
from sim_kit import NUMBER_ID, PERSON, TOKEN, Stack

from gateway.outbound import Document, Text
from gateway.sender.client import ApiError, CloudApi
from gateway.sender.policy import Action, classify


async def test_send_upload_and_mark_read_through_the_sender_client(stack: Stack) -> None:
    base = str(stack.client.make_url("/graph/v23.0"))
    async with aiohttp.ClientSession() as session:
        api = CloudApi(base, TOKEN, NUMBER_ID, session)
        media_id = await api.upload_media(b"%PDF-1.7 letter", "application/pdf", "letter.pdf")
        wamid = await api.send(PERSON, Document(media_id=media_id, filename="letter.pdf").body())
        await api.mark_read("wamid.FROM-PERSON", typing=True)
        stack.sim.fail(131056, to=PERSON)
        with pytest.raises(ApiError) as refused:
            await api.send(PERSON, Text(text="again").body())
    assert stack.sim.sent(PERSON)[0]["id"] == wamid
    assert stack.sim.media.get(media_id) is not None
    assert stack.sim.records.reads[0]["typing_indicator"] == {"type": "text"}
    assert (refused.value.code, refused.value.http_status) == (131056, 400)
    assert classify(refused.value) is Action.PAIR
