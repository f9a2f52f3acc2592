"""What services say of a person's session (``wa.session.claimed``, ``released``, ``settled``, ``home``), kept in their
profile for the shell (``gateway.shell``) to route their next words by."""
from __future__ import annotations

from datetime import timedelta

from gateway.normalise import SERVICE_NAME
from gateway.profiles import Profiles, session
from shared.envelope import Envelope
from shared.logging import get_logger

log = get_logger(__name__)

# A service that speaks first does not take the person's free text from a conversation they held with another
# service this recently (the session's time is refreshed at most once a minute while they talk).
CONVERSING = timedelta(minutes=10)


class Sessions:
    def __init__(self, profiles: Profiles):
        self._profiles = profiles

    async def claimed(self, envelope: Envelope) -> None:
        """A service spoke first (``wa.session.claimed``): the person's free-text answer goes to it, unless
        they have moved on to another service since, or are in the middle of a conversation with another
        service (they wrote to it within ``CONVERSING``): a reminder or a notice arriving mid-booking must not
        turn the booking's next answers into answers to the notice. Its buttons still reach its service."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        if profile.session_at is not None and profile.session_at >= envelope.occurred_at:
            return
        wrote = profile.last_inbound_at is not None and envelope.occurred_at - profile.last_inbound_at < CONVERSING
        busy_with = profile.speaking_with(envelope.occurred_at, idle=CONVERSING) if wrote else None
        if busy_with is not None and busy_with != service:  # a session an earlier notice set does not count
            log.info("gateway.session_claim_deferred", service=service, conversing_with=busy_with)
            return
        await self._profiles.change(wa_id, session=session(service, envelope.occurred_at))


    async def released(self, envelope: Envelope) -> None:
        """A service let the person go (``wa.session.released``: it has nothing for them): their session with
        it ends, so what they type next is met by the main menu. A session they began later, with it or
        another service, stays."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        if profile.session_service != service or (
                profile.session_at is not None and profile.session_at > envelope.occurred_at):
            return
        await self._profiles.change(wa_id, session=None)


    async def settled(self, envelope: Envelope) -> None:
        """A service said whether anything the person was doing there is in progress (``wa.session.settled``, sent
        when that changes): with nothing, the main menu asked for next does not say something is kept there. Said
        before that service's last word already heard (the two came in the other order), it is left alone."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        said = profile.settled_said(service, envelope.payload.get("settled") is not False, envelope.occurred_at)
        if said is not None:
            await self._profiles.change(wa_id, settled=said)


    async def home(self, envelope: Envelope) -> None:
        """A service's answer put the person at its own menu (``wa.session.home``): "back" next is the main menu.
        Their session with it since moved on (another service, or that menu left by a tap of its own) stays."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        if profile.session_service != service or profile.session_home or (
                profile.session_at is not None and profile.session_at > envelope.occurred_at):
            return
        await self._profiles.change(wa_id, session=session(service, envelope.occurred_at, home=True))


def _session_event(envelope: Envelope) -> tuple[str, str] | None:
    """The person and the service of a ``wa.session.claimed`` / ``released``; None, logged, when malformed."""
    wa_id, service = envelope.payload.get("wa_id"), envelope.payload.get("service")
    if not isinstance(wa_id, str) or not isinstance(service, str) or not SERVICE_NAME.fullmatch(service):
        log.warning("gateway.bad_session_event", type=envelope.type)
        return None
    return wa_id, service
