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
from typing import Annotated, Any, ClassVar, Literal, NamedTuple

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from shared.casework.mobile import mobile_key, same_mobile
from shared.casework.wording import in_words
from shared.india import today_in_india
from shared.logging import mask_phone_text

Status = Literal["submitted", "under_scrutiny", "fee_pending", "approved", "rejected", "revoked"]
Shown = Literal["submitted", "under_scrutiny", "fee_pending", "approved", "rejected", "revoked", "expired"]
OPEN: tuple[str, ...] = ("submitted", "under_scrutiny", "fee_pending")
NOTED: tuple[str, ...] = ("under_scrutiny", "fee_pending")  # moves whose note is the office's word to the holder
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


class Refused(Exception):
    """A move the rules do not allow; ``key`` names the text that explains it."""

    def __init__(self, key: str, **values: Any):
        super().__init__(key, values)
        self.key, self.values = key, values


def _either(statuses: tuple[str, ...] | list[str]) -> str:
    """``under_scrutiny, fee_pending or rejected``: the back office's words for one of these statuses."""
    return " or ".join(filter(None, (", ".join(statuses[:-1]), statuses[-1])))


def _mobile(value: str) -> str:
    key = mobile_key(value)
    if key is None:
        raise ValueError("not an Indian mobile number (10 digits starting with 6, 7, 8 or 9)")
    return key


Mobile = Annotated[str, AfterValidator(_mobile)]
Text = Annotated[str, Field(min_length=1, max_length=200)]


class GramPanchayat(BaseModel):
    """The issuing office; ``code`` is what a gp_official token's ``gp`` scope names."""

    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,40}$")]
    name_bn: Text
    name_en: Text
    block: Text
    district: Text


class StatusChange(BaseModel):
    """One move. ``note``: the reason of a rejection or revocation, the memo number of an approval, or what the
    office tells the holder with a move to scrutiny or fee (``NOTED``): what to pay and where, what is missing."""

    status: Status
    at: datetime
    by: str
    note: str = ""

    @property
    def told(self) -> str:
        """The office's word to the holder this move carries; empty when it carries none."""
        return self.note if self.status in NOTED else ""


class Told(NamedTuple):
    """A move as the holder reads it: ``note`` is the entry whose note stands (the move itself, or the latest
    correction of its note); ``corrected`` whether it put right an earlier word of the office, False when the
    standing note was the first."""

    move: StatusChange
    note: StatusChange
    corrected: bool


class Changed(BaseModel):
    old: Any = None
    new: Any = None


class Amendment(BaseModel):
    """One office change of a case's details, for officials' eyes: ``fields`` maps each changed field
    (nested ones dotted, ``plot.dag_no``) to its old and new value, phone numbers masked."""

    at: datetime
    by: str
    fields: dict[str, Changed]


class Issue(BaseModel):
    """The document an approval issues: its memo, dates and the code its QR points to."""

    code: str
    memo_no: str
    issued_on: date
    valid_until: date


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
        fields = _differences(self.model_dump(mode="json", exclude=kept), changed.model_dump(mode="json", exclude=kept))
        if not fields:
            return changed.model_copy(update={"amendments": self.amendments})
        moved_to = self.moved_to if changed.mobile == self.mobile else ""  # a new mobile is where the holder is
        if moved_to != self.moved_to:
            fields["moved_to"] = Changed(old=masked_number(self.moved_to), new="")
        amendments = [*self.amendments, Amendment(at=at, by=by, fields=fields)]
        return changed.model_copy(update={"amendments": amendments, "moved_to": moved_to})


def _differences(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> dict[str, Changed]:
    found: dict[str, Changed] = {}
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            found |= _differences(before, after, f"{prefix}{name}.")
        else:
            found[f"{prefix}{name}"] = Changed(old=_masked(before), new=_masked(after))
    return found


def _masked(value: Any) -> Any:
    """A value as the office's record of changes keeps it: a phone number anywhere in it shows only its last
    four digits, as in the logs (``shared.logging``)."""
    if isinstance(value, str):
        return mask_phone_text(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def masked_number(number: str) -> str:
    """A WhatsApp number as the record of changes keeps it: its last four digits (``919800000001`` →
    ``********0001``), whatever its country."""
    return "*" * (len(number) - 4) + number[-4:] if number else ""


def add_years(start: date, years: int) -> date:
    """The last valid day of a term of ``years`` starting on ``start`` (29 February falls back to the 28th)."""
    try:
        end = start.replace(year=start.year + years)
    except ValueError:
        end = start.replace(year=start.year + years, day=28)
    return date.fromordinal(end.toordinal() - 1)
