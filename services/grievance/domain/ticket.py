"""A complaint's life: who owns it, what was promised, and the only ways it may change.

Every change is a pure function from the ticket as stored to the ticket as it should be (a new copy), so
the repository can apply it with a conditional update and simply run it again on a fresher copy when
another change won the race. A change the rules forbid raises ``Refused`` with a text key and values, which
the chat shows in the person's language and the back office turns into a 422.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field

from services.grievance.domain.categories import Level
from services.grievance.domain.parts import (
    Assignment,
    Attachment,
    Booking,
    Note,
    Refused,
    Step,
    Utc,
)
from services.grievance.domain.show import INDIA, today_in_india
from shared.india import letters

Status = Literal["lodged", "acknowledged", "in_progress", "resolved", "rejected", "reopened", "closed"]
OPEN: tuple[str, ...] = ("lodged", "acknowledged", "in_progress", "reopened")
FINISHED: tuple[str, ...] = ("resolved", "rejected", "closed")
MOVES: dict[str, tuple[str, ...]] = {
    "lodged": ("acknowledged", "in_progress", "resolved", "rejected"),
    "acknowledged": ("in_progress", "resolved", "rejected"),
    "in_progress": ("resolved", "rejected"),
    "reopened": ("acknowledged", "in_progress", "resolved", "rejected"),
}
LEVELS: tuple[Level, ...] = ("gp", "block", "district")
REOPEN_DAYS = 15
REASON_LETTERS = 3  # a reason to reopen or to reject says something in words: 'ভুল', 'not fixed', never '...'
MEDIA_MAX = 5
ATR_CORRECTED = "atr_corrected:"  # a history note: the report was corrected after the person read it


def office_deadline(now: datetime, days: int) -> datetime:
    """When an office given ``days`` from ``now`` runs out of time: the end of that last day in India. A water
    complaint of 2 March (7 days) is promised for 9 March, and its office has the whole of 9 March."""
    last = today_in_india(now) + timedelta(days=days)
    return datetime.combine(last + timedelta(days=1), time(), tzinfo=INDIA).astimezone(UTC)


def last_day(deadline: datetime) -> date:
    """The last day in India an office has before ``deadline``: the day that ends there."""
    return today_in_india(deadline - timedelta(microseconds=1))


class Ticket(BaseModel):
    number: str
    origin: str  # what made it (a chat draft, a tourism event): making it twice finds the first
    wa_id: str | None
    person: str
    lang: Literal["bn", "en"] = "bn"
    category: str
    district: str
    district_name: str = ""  # said when the district is outside the directory (a stay elsewhere)
    block: str | None = None
    gp: str | None = None
    level: Level = "gp"
    description: str
    media: list[Attachment] = Field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    status: Status = "lodged"
    history: list[Step] = Field(default_factory=list)
    lodged_at: Utc
    due: date  # the promised resolution date, from the category's service level
    level_due: Utc  # when the current office's time runs out and the complaint moves up
    sla_days: int
    assigned_to: str | None = None
    assignments: list[Assignment] = Field(default_factory=list)  # who gave it to whom: the office's, not the person's
    notes: list[Note] = Field(default_factory=list)
    conversation: list[Note] = Field(default_factory=list)
    handoff_open: bool = False
    atr: str | None = None
    atr_by: str | None = None
    atr_photo: Attachment | None = None  # the office's photo of the work done, kept in the service's store
    atr_stale: bool = False  # the person reopened the complaint after reading the report: resolving needs a new one
    reason: str | None = None
    resolved_at: Utc | None = None
    rating: int | None = None
    reopened: int = 0
    booking: Booking | None = None
    applied: list[str] = Field(default_factory=list)  # ids of the messages whose changes are in (see repository)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def moved(self, status: str, *, by: str, now: datetime, note: str = "", **changes: Any) -> Ticket:
        step = Step(at=now, status=status, by=by, note=note)
        return self.model_copy(update={"status": status, "history": [*self.history, step], **changes})

    def change_status(self, status: str, *, by: str, now: datetime, reason: str = "", atr: str = "") -> Ticket:
        """An official's status change; resolving needs an action-taken report, rejecting a reason. Resolving a
        resolved complaint again is no new step: with the report the person read (or none) nothing changes, and a
        different report is a correction of it (``write_atr``)."""
        if status == self.status == "resolved":
            return self if not atr.strip() or atr.strip() == self.atr else self.write_atr(atr, by=by, now=now)
        if status not in MOVES.get(self.status, ()):
            raise Refused("status_not_allowed", current=self.status, wanted=status)
        if status == "resolved" and self.atr_stale and not atr.strip():
            raise Refused("atr_after_reopen", number=self.number)
        atr = atr.strip() or (self.atr or "")
        if status == "resolved" and not atr:
            raise Refused("atr_needed")
        if status == "rejected" and letters(reason) < REASON_LETTERS:
            raise Refused("reason_needed")
        extra: dict[str, Any] = {"reason": reason.strip() or None} if status == "rejected" else {}
        if status in ("resolved", "rejected"):  # a question asked of the official still waits for their answer
            extra |= {"resolved_at": now}
        if status == "resolved":
            extra |= {"atr": atr, "atr_by": self.atr_by if atr == self.atr else by, "atr_stale": False}
        return self.moved(status, by=by, now=now, note=reason.strip(), **extra)

    def write_atr(self, text: str, *, by: str, now: datetime) -> Ticket:
        """The action-taken report, written before resolving or corrected after: the person of a resolved
        complaint has read the first one, so a correction is a step of its history, whose note keeps the report
        it replaces for the office (``ATR_CORRECTED``), and the person is to be told."""
        if self.status not in OPEN and self.status != "resolved":
            raise Refused("atr_closed", number=self.number, status=self.status)
        if self.status == "resolved" and text.strip() != self.atr:
            return self.moved("resolved", by=by, now=now, note=ATR_CORRECTED + (self.atr or ""), atr=text.strip(),
                              atr_by=by)
        return self.model_copy(update={"atr": text.strip(), "atr_by": by, "atr_stale": False})

    def with_atr_photo(self, photo: Attachment) -> Ticket:
        """The photo of the work done, in place of an earlier one; allowed while the report may be written."""
        if self.status not in OPEN and self.status != "resolved":
            raise Refused("atr_closed", number=self.number, status=self.status)
        return self.model_copy(update={"atr_photo": photo})

    def corrected_atr_by(self, by: str, text: str) -> bool:
        """Whether the last step is ``by``'s correction of the action-taken report to ``text``."""
        last = self.history[-1] if self.history else None
        return last is not None and last.by == by and last.note.startswith(ATR_CORRECTED) and self.atr == text.strip()

    def rate(self, stars: int, *, now: datetime) -> Ticket:
        if self.rating is not None:
            raise Refused("already_rated", number=self.number, stars="★" * self.rating)
        if self.status != "resolved":
            raise Refused("rate_not_resolved", number=self.number)
        if not 1 <= stars <= 5:
            raise Refused("rating_range")
        return self.moved("closed", by="person", now=now, note=str(stars), rating=stars)

    def may_reopen(self, now: datetime) -> bool:
        """Resolved or rejected no more than ``REOPEN_DAYS`` ago: the person may still say it is not put right."""
        return self.status in ("resolved", "rejected") and self.resolved_at is not None \
            and now - self.resolved_at <= timedelta(days=REOPEN_DAYS)

    def reopen(self, reason: str, *, now: datetime, media: Attachment | None = None) -> Ticket:
        """Reopened with the person's reason in words, or with the voice note or photo that shows it (``media``,
        kept on the complaint)."""
        if self.status not in ("resolved", "rejected") or self.resolved_at is None:
            raise Refused("reopen_not_finished", number=self.number)
        if not self.may_reopen(now):
            raise Refused("reopen_too_late", number=self.number, days=REOPEN_DAYS)
        if media is None and letters(reason) < REASON_LETTERS:
            raise Refused("reopen_reason_short")  # eleven angry faces say how, not what is still wrong
        shown = self._media_with(media) if media is not None else self.media
        return self.moved("reopened", by="person", now=now, note=reason.strip(), reopened=self.reopened + 1,
                          resolved_at=None, level_due=office_deadline(now, self.sla_days), media=shown,
                          atr_stale=self.atr is not None)

    @property
    def higher_level(self) -> Level | None:
        """The office it moves up to when its office's time runs out: the block's, then the district's; None at the
        district's, the last."""
        return None if self.level == LEVELS[-1] else LEVELS[LEVELS.index(self.level) + 1]

    def escalate(self, now: datetime) -> Ticket | None:
        """One level up when the current office's time has run out; None when it is not due (or at the top)."""
        if not self.is_open or now < self.level_due or (higher := self.higher_level) is None:
            return None
        return self.model_copy(update={
            "level": higher, "level_due": office_deadline(now, self.sla_days), "assigned_to": None,
            "history": [*self.history, Step(at=now, status=self.status, by="system", note=f"escalated:{higher}")]})

    def ask_official(self, text: str, *, now: datetime, media: Attachment | None = None) -> Ticket:
        said = Note(at=now, by="person", text=text, person=True, media=media)
        return self.model_copy(update={"handoff_open": True, "conversation": [*self.conversation, said]})

    def attach(self, attachment: Attachment) -> Ticket:
        """A photo or voice note sent later, while the complaint is still being handled."""
        if not self.is_open:
            raise Refused("attach_closed", number=self.number)
        return self.model_copy(update={"media": self._media_with(attachment)})

    def _media_with(self, attachment: Attachment) -> list[Attachment]:
        if len(self.media) >= MEDIA_MAX:
            raise Refused("media_full", most=MEDIA_MAX)
        return [*self.media, attachment]

    def assign(self, official: str, *, by: str, now: datetime) -> Ticket:
        """Give the complaint to ``official``, recording who did; only while it is being handled (a finished
        complaint has nothing left to do, and a reopened one is open again). The same official again is no
        new assignment, so a retried request is recorded once; but after a reopening not yet taken up, it is:
        the complaint is taken up again, and the person told so."""
        if not self.is_open:
            raise Refused("assign_closed", number=self.number, status=self.status)
        if official == self.assigned_to and self.taken_up:
            return self
        done = Assignment(at=now, by=by, official=official)
        return self.model_copy(update={"assigned_to": official, "assignments": [*self.assignments, done]})

    @property
    def round_began(self) -> datetime:
        """When the complaint was lodged, or last reopened: what the office did before it is of an earlier round."""
        return max([s.at for s in self.history if s.status == "reopened"], default=self.lodged_at)

    @property
    def taken_up(self) -> bool:
        """Whether the office has taken the complaint up since it was lodged or last reopened: given it to an
        official or moved it to in progress (the person is told of the first of these, once)."""
        since = self.round_began
        return (any(a.at >= since for a in self.assignments)
                or any(s.status == "in_progress" and s.at >= since for s in self.history))

    def with_note(self, text: str, *, by: str, now: datetime) -> Ticket:
        """An internal note; the same official's same note right after it is the office sending it again (the
        first one's answer was lost), kept once."""
        last = self.notes[-1] if self.notes else None
        if last is not None and (last.by, last.text) == (by, text.strip()):
            return self
        return self.model_copy(update={"notes": [*self.notes, Note(at=now, by=by, text=text.strip())]})

    def answer_person(self, text: str, *, by: str, now: datetime) -> Ticket:
        """The official's answer, kept in the conversation; the same official's same answer right after it is
        the office sending it again (the first one's answer was lost), kept once and said with the same ids."""
        last = self.conversation[-1] if self.conversation else None
        if last is not None and not last.person and (last.by, last.text) == (by, text):
            return self
        return self.model_copy(update={"handoff_open": False,
                                       "conversation": [*self.conversation, Note(at=now, by=by, text=text)]})

    @property
    def attachments(self) -> list[Attachment]:
        """Every file the person sent with the complaint: with it or later, reopening it, or to an official; each
        once."""
        found: dict[str, Attachment] = {}
        for attachment in [*self.media, *(n.media for n in (*self.conversation, *self.notes) if n.media)]:
            found.setdefault(attachment.id, attachment)
        return list(found.values())

    @property
    def expected_by(self) -> date:
        """The date the person may expect an answer by: the one promised when the complaint was lodged, or the
        later deadline of the office holding it now (it moved up a level, or was reopened and given a new
        term), so an open complaint is not shown a date that has passed while its office still has time."""
        if not self.is_open:
            return self.due
        return max(self.due, last_day(self.level_due))

    def within_deadline(self) -> bool | None:
        if self.resolved_at is None:
            return None
        return today_in_india(self.resolved_at) <= self.due

