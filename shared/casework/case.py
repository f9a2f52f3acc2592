"""A case and its life, pure: the fields every application or certificate has, and the moves between
statuses an office may make.

submitted → under scrutiny → fee pending → approved, or rejected (with a reason) from any open status;
an approved case may be revoked (with a reason). A case is never changed in place: each move returns the
new case with the change appended to its history, so the history is the audit trail the citizen sees.
The office's note on a move to scrutiny or fee (``NOTED``) may be corrected: the same status sent again with
another note appends an entry of that status (``noted``), the only kind of entry that repeats its predecessor's
status; the holder reads the move once, with its latest note (``told_moves``).
An office's change of details (``amended``: a corrected mobile, a new fee) is not a move and stays out of
that history, whose length numbers the ids of what a move publishes; it goes to ``amendments``, read by
officials only: who, when, and each changed field's old and new value, phone numbers masked.
The WhatsApp number that sees a case and is told of it is its registered mobile, or the number abroad its
holder moved to from it (``moved_to``, ``shared.casework.moving``): ``held_by`` and ``holder``.
"Expired" is not stored: an approved case whose document is past its last valid day shows as expired.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.casework.case_parts import (
    NOTED,
    OPEN,
    Amendment,
    Changed,
    GramPanchayat,
    Issue,
    Mobile,
    Refused,
    Shown,
    Status,
    StatusChange,
    Text,
    Told,
    add_years,
    differences,
    masked_number,
)
from shared.casework.mobile import same_mobile
from shared.casework.wording import in_words
from shared.india import today_in_india

# the names importers have always found here
__all__ = ["FEE_MOST", "MANAGED", "MOVES", "NOTED", "OPEN", "Amendment", "Case", "Changed", "GramPanchayat", "Issue",
           "Refused", "Shown", "Status", "StatusChange", "Text", "Told", "add_years", "masked_number"]
FEE_MOST = 10_000_000  # rupees: a crore, far above any panchayat fee; more is a typing slip
# set by the office's moves or a holder's change of number, never by a create or update
MANAGED = ("status", "history", "reason", "issue", "amendments", "moved_to")
MOVES: dict[str, tuple[str, ...]] = {
    "submitted": ("under_scrutiny", "fee_pending", "rejected"),
    "under_scrutiny": ("fee_pending", "approved", "rejected"),
    "fee_pending": ("under_scrutiny", "approved", "rejected"),
    "approved": ("revoked",),
    "rejected": (),
    "revoked": (),
}


def _either(statuses: tuple[str, ...] | list[str]) -> str:
    """``under_scrutiny, fee_pending or rejected``: the back office's words for one of these statuses."""
    return " or ".join(filter(None, (", ".join(statuses[:-1]), statuses[-1])))


class Case(BaseModel):
    """What every case records; a service's model adds its own details (a plot, a trade)."""

    model_config = ConfigDict(extra="forbid")
    BOOKKEEPING: ClassVar[tuple[str, ...]] = ()  # a service's own fields that only its rules set (a reminder sent)

    number: str
    name_bn: Text = Field(description="The holder's name in Bengali")
    name_en: Text = Field(description="The holder's name in English")
    mobile: Mobile = Field(description="The registered mobile; only this WhatsApp number sees the details, unless "
                                       "its holder moved to a number abroad (moved_to)")
    gp: GramPanchayat
    fee: int = Field(ge=0, le=FEE_MOST, description="Whole rupees")
    lang: Literal["bn", "en"] = Field(default="bn", description="The language the holder is written to in")
    status: Status = "submitted"
    history: list[StatusChange] = Field(default_factory=list)
    reason: str = Field(default="", description="Why it was rejected or revoked")
    issue: Issue | None = None
    amendments: list[Amendment] = Field(
        default_factory=list, description="Officials only: who changed which details when, old and new "
                                          "values (phone numbers masked); never shown to the holder")
    moved_to: str = Field(default="", description="The WhatsApp number abroad (not an Indian mobile) the holder "
                                                  "moved to from the registered mobile: it, not the mobile, sees "
                                                  "the case and is told of it, until the office registers another "
                                                  "mobile")

    @property
    def holder(self) -> str:
        """The WhatsApp number the holder is told of the case at."""
        return self.moved_to or self.mobile

    def held_by(self, wa_id: str) -> bool:
        """Whether the WhatsApp number ``wa_id`` is the holder's: the number they moved to abroad exactly as
        WhatsApp gives it, else the registered mobile (``same_mobile``)."""
        return self.moved_to == wa_id if self.moved_to else same_mobile(self.mobile, wa_id)

    def shown_status(self, today: date) -> Shown:
        if self.status == "approved" and self.issue is not None and today > self.issue.valid_until:
            return "expired"
        return self.status

    def moved(self, to: Status, *, at: datetime, by: str, note: str = "") -> Case:
        """The case after a move to ``to``; a move to scrutiny or fee while the case is there already corrects
        the note of that move (``noted``)."""
        if to == self.status and to in NOTED:
            return self.noted(note, at=at, by=by)
        self._may_move(to)
        if to in ("rejected", "revoked") and not in_words(note):
            raise Refused("reason_needed", number=self.number)
        if to in NOTED and note.strip() and not in_words(note):
            raise Refused("note_in_words", number=self.number)
        reason = note.strip() if to in ("rejected", "revoked") else self.reason
        change = StatusChange(status=to, at=at, by=by, note=note.strip())
        return self.model_copy(update={"status": to, "reason": reason, "history": [*self.history, change]})

    def _may_move(self, to: Status) -> None:
        if to not in MOVES[self.status]:
            raise self._decided() or self._refused_move(to)

    def _refused_move(self, to: Status) -> Refused:
        """A move the rules do not allow from here, naming the statuses it can move to, and the one (or ones) to
        move it to first when ``to`` is reached through them."""
        allowed, via = MOVES[self.status], [s for s in MOVES[self.status] if to in MOVES.get(s, ())]
        values = {"number": self.number, "current": self.status, "wanted": to, "allowed": _either(allowed)}
        return Refused("move_refused_via", **values, via=_either(via)) if via else Refused("move_refused", **values)

    def _decided(self) -> Refused | None:
        """Why a decided case takes no move, in what it is: the document issued (its memo and dates: a memo is
        never corrected, a wrong one is revoked), or rejected or revoked (the day in India, the reason); None
        while it is open."""
        if self.status == "approved" and self.issue is not None:
            return Refused("already_issued", number=self.number, memo_no=self.issue.memo_no,
                           issued_on=self.issue.issued_on, valid_until=self.issue.valid_until)
        if self.status in ("rejected", "revoked") and self.history:
            return Refused(f"already_{self.status}", number=self.number, on=today_in_india(self.history[-1].at),
                           reason=self.reason, memo_no=self.issue.memo_no if self.issue else "")
        return None

    def noted(self, note: str, *, at: datetime, by: str) -> Case:
        """The office's word to the holder on the current move put right (a mistyped amount, wrong office
        hours): a new entry of the same status with the new note. The same note again changes nothing (a
        retry, or another desk sending the same word); no note at all is refused, since it would leave the holder
        with the mistaken word and nothing to go by."""
        note = note.strip()
        if note == self.history[-1].note:
            return self
        if not note:
            raise Refused("note_needed", number=self.number, status=self.status)
        if not in_words(note):
            raise Refused("note_in_words", number=self.number)
        change = StatusChange(status=self.status, at=at, by=by, note=note)
        return self.model_copy(update={"history": [*self.history, change]})

    def told_moves(self) -> list[Told]:
        """The moves as the holder reads them: each once, with the office's latest word on it."""
        moves: list[Told] = []
        for i, change in enumerate(self.history):
            if i and change.status == self.history[i - 1].status:
                earlier = moves[-1]
                moves[-1] = Told(earlier.move, change, bool(earlier.note.told) or earlier.corrected)
            else:
                moves.append(Told(change, change, False))
        return moves

    def approved(self, issue: Issue, *, at: datetime, by: str, longest: date | None = None) -> Case:
        """``longest``: the last day the service's term allows; an office may end a document sooner, not later."""
        self._may_move("approved")  # a decided case is said to be so before its new memo's dates are checked
        if issue.valid_until < issue.issued_on:
            raise Refused("validity_before_issue", number=self.number)
        if longest is not None and issue.valid_until > longest:
            raise Refused("validity_beyond_term", number=self.number, longest=longest)
        moved = self.moved("approved", at=at, by=by, note=issue.memo_no)
        return moved.model_copy(update={"issue": issue})

    @classmethod
    def not_the_offices(cls) -> frozenset[str]:
        """The fields no create or update of an office sets: the moves' (``MANAGED``) and the service's own
        (``BOOKKEEPING``)."""
        return frozenset((*MANAGED, *cls.BOOKKEEPING))

    def amended(self, changed: Case, *, at: datetime, by: str) -> Case:
        """``changed`` (this case with an office's new details) carrying the record of what differs; the
        same case when nothing does, so an update sent twice is recorded once."""
        kept = set(self.not_the_offices())
        fields = differences(self.model_dump(mode="json", exclude=kept), changed.model_dump(mode="json", exclude=kept))
        if not fields:
            return changed.model_copy(update={"amendments": self.amendments})
        moved_to = self.moved_to if changed.mobile == self.mobile else ""  # a new mobile is where the holder is
        if moved_to != self.moved_to:
            fields["moved_to"] = Changed(old=masked_number(self.moved_to), new="")
        amendments = [*self.amendments, Amendment(at=at, by=by, fields=fields)]
        return changed.model_copy(update={"amendments": amendments, "moved_to": moved_to})
