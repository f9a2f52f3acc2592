"""Meta's customer service window: free-form messages only to someone who wrote in the last 24 hours.

A person's message (any kind but Meta's own ``system`` notices) opens the window for 24 hours from when the
simulator delivered it; outside it only a template goes through, and anything else is refused with 131047, as
Meta refuses it. Read receipts and typing indicators are no messages and always pass. A person who hides their
number behind a username is known by their business-scoped id too, and the business may write to either.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

WINDOW_SECONDS = 24 * 3600
REFUSED = ("Message failed to send because more than 24 hours have passed since the customer last replied to "
           "this number.")


class Windows:
    def __init__(self, clock: Callable[[], float]):
        self._clock = clock
        self._last: dict[str, float] = {}  # a number or a business-scoped id: when they last wrote

    def heard(self, messages: Iterable[Mapping[str, Any]]) -> None:
        """The people who wrote ``messages`` (webhook ``value.messages`` entries) open their window now."""
        now = self._clock()
        for message in messages:
            if message.get("type") == "system":
                continue
            for key in ("from", "from_user_id"):
                if message.get(key):
                    self._last[str(message[key])] = now

    def heard_payload(self, payload: Mapping[str, Any]) -> None:
        """As ``heard``, for a whole webhook payload posted to the gateway on the simulator's behalf."""
        for entry in payload.get("entry") or ():
            for change in entry.get("changes") or ():
                self.heard((change.get("value") or {}).get("messages") or ())

    def refuses(self, body: Mapping[str, Any]) -> bool:
        """Whether Meta would refuse ``body`` (a send to ``to`` or ``recipient``) for a closed window."""
        if "status" in body or body.get("type") == "template":
            return False
        last = self._last.get(str(body.get("to") or body.get("recipient")))
        return last is None or self._clock() - last > WINDOW_SECONDS
