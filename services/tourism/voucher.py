"""The booking voucher: a bilingual PDF the guest shows at check-in, with a QR code to the public page.

Everything about how it looks is ``shared.documents``'; this module only says what a voucher states.
The public record it announces (``tourism.document.issued``) holds the number, the guest's name, the
issuing office and the dates — nothing about the money or the phone number. Rendering is CPU work, so
it runs in a worker process and never stalls the other messages this copy is handling.
"""
from __future__ import annotations

import base64

from services.tourism.domain import (
    Booking,
    Policy,
    Property,
    RoomType,
    district_name,
    local_digits,
    rupees,
    today_in_india,
)
from shared.chat import Document as Attachment
from shared.documents import Column, Document, Office, Row, Table, verify_url
from shared.documents.records import PublicRecord, issued, revoked
from shared.documents.workers import render_async
from shared.india import both_days
from shared.logging import mask_phone_text

KIND = "booking_voucher"
GUEST_BN, GUEST_EN = "অতিথি", "Guest"


def office_of(prop: Property) -> Office:
    """Panchayat tourism properties are run under the zilla parishad of their district."""
    return Office(name_bn=f"{district_name(prop.district, 'bn')} জেলা পরিষদ · পঞ্চায়েত পর্যটন",
                  name_en=f"{district_name(prop.district, 'en')} Zilla Parishad · Panchayat Tourism",
                  address_bn=prop.address.bn, address_en=prop.address.en)


def holder(booking: Booking) -> str:
    return booking.guest_name.strip() or (GUEST_BN if booking.lang == "bn" else GUEST_EN)


def voucher(booking: Booking, prop: Property, room: RoomType, policy: Policy, public_url: str) -> Document:
    return Document(
        title_bn="বুকিং ভাউচার", title_en="Booking Voucher", office=office_of(prop),
        verify_url=verify_url(public_url, booking.voucher_code), code=booking.voucher_code,
        issued_on=today_in_india(booking.booked_at), number=booking.number,
        rows=[
            Row("অতিথি", "Guest", holder(booking)),
            Row("থাকার জায়গা", "Property", f"{prop.name.bn} / {prop.name.en}"),
            Row("ঘরের ধরন", "Room type", f"{room.name.bn} / {room.name.en}"),
            Row("চেক-ইন", "Check-in", f"{both_days(booking.check_in)}, {prop.check_in_time}"),
            Row("চেক-আউট", "Check-out", f"{both_days(booking.check_out)}, {prop.check_out_time}"),
            Row("রাত · ঘর · অতিথি", "Nights · rooms · guests", f"{booking.nights} · {booking.rooms} · {party(booking)}"),
            Row("ভাড়া (প্রতি রাত প্রতি ঘর)", "Tariff (per room per night)", rupees(booking.tariff * 100)),
            Row("কর", f"Tax ({policy.tax_name})", rupees(booking.tax)),
            Row("মোট", "Total", rupees(booking.total)),
            Row("যোগাযোগ", "Caretaker", prop.contact),
        ],
        tables=[refund_table(policy)],
        paragraphs=[
            "চেক-ইনের সময় এই ভাউচার ও একটি সচিত্র পরিচয়পত্র দেখান।",
            "Show this voucher and a photo identity card at check-in.",
        ])


def party(booking: Booking) -> str:
    """The guests, and, for a group given as adults and children, how many of each (in both languages, as the
    voucher's every value that is words): "5 (বড় 3, ছোট 2 / 3 adults, 2 children)"."""
    if not booking.children:
        return str(booking.guests)
    adults, children = booking.guests - booking.children, booking.children
    return (f"{booking.guests} (বড় {adults}, ছোট {children} / {adults} adult{'s' * (adults != 1)}, "
            f"{children} child{'ren' * (children != 1)})")


def refund_table(policy: Policy) -> Table:
    """The refund rules, each line in Bengali beside its English: short enough for the voucher's one page."""
    bn, en = refund_rules(policy, "bn").splitlines(), refund_rules(policy, "en").splitlines()
    rows = [(b.removeprefix("• "), e.removeprefix("• ")) for b, e in zip(bn[1:], en[1:], strict=True)]
    return Table(columns=(Column("বাংলা", "Bengali"), Column("ইংরেজি", "English")), rows=rows,
                 caption_bn="বাতিল করলে টাকা ফেরত", caption_en="Refund on cancellation", heading=False)


def _spans(policy: Policy) -> list[tuple[int, int | None, int]]:
    starts = sorted(t.min_days for t in policy.refunds)
    spans = [(0, starts[0] if starts else None, 0)] if not starts or starts[0] > 0 else []
    return spans + [(start, nxt, policy.refund_percent(start)) for start, nxt in zip(starts, [*starts[1:], None])]


def refund_rules(policy: Policy, lang: str) -> str:
    """The refund a guest gets for each span of days before check-in, as a person says it: ``2 to 6 days
    before check-in: 50% refund``, ``Less than 2 days before check-in: no refund``. Below the smallest
    tier nothing comes back (``Policy.refund_percent``), which is said too when no tier starts at 0 days. No line
    ends with a full stop: they are the rows of one list, the office's cancelling its last."""
    lines = [f"• {_days_before(first, end, lang)}: {_refund(percent, lang)}"
             for first, end, percent in reversed(_spans(policy))]
    if lang == "bn":
        return local_digits("\n".join(["আপনি বুকিং বাতিল করলে:", *lines, "দপ্তর বাতিল করলে: পুরো টাকা ফেরত"]), "bn")
    return "\n".join(["If you cancel:", *lines, "If the office cancels: full refund"])


def _days_before(first: int, end: int | None, lang: str) -> str:
    """Days ``first`` up to, not including, ``end`` before check-in (``None``: no end)."""
    bn = lang == "bn"
    if end is None:
        if first == 0:
            return "চেক-ইন পর্যন্ত যেকোনো সময়" if bn else "Any time up to check-in"
        return f"চেক-ইনের {first} দিন বা তার বেশি আগে" if bn else f"{_days(first)} or more before check-in"
    if first == 0:
        if end == 1:
            return "চেক-ইনের দিনে" if bn else "On the day of check-in"
        return f"চেক-ইনের {end} দিনের কম আগে" if bn else f"Less than {_days(end)} before check-in"
    if end == first + 1:
        return f"চেক-ইনের {first} দিন আগে" if bn else f"{_days(first)} before check-in"
    return f"চেক-ইনের {first} থেকে {end - 1} দিন আগে" if bn else f"{first} to {end - 1} days before check-in"


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _refund(percent: int, lang: str) -> str:
    if percent == 0:
        return "কোনো টাকা ফেরত নেই" if lang == "bn" else "no refund"
    if percent == 100:
        return "পুরো টাকা ফেরত" if lang == "bn" else "full refund"
    return f"{percent}% টাকা ফেরত" if lang == "bn" else f"{percent}% refund"


def public_record(booking: Booking, prop: Property) -> PublicRecord:
    """The guest's name is their WhatsApp profile name, into which people often write their number: the public
    page and the event other departments read show its last four digits, the paper in the guest's hand all."""
    office = office_of(prop)
    return PublicRecord(kind=KIND, number=booking.number, holder_name=mask_phone_text(holder(booking)),
                        office_en=office.name_en, office_bn=office.name_bn, issued_on=today_in_india(booking.booked_at),
                        valid_from=booking.check_in, valid_until=booking.check_out)


def issued_event(booking: Booking, prop: Property) -> tuple[str, dict[str, object]]:
    """``(type, payload)`` of ``tourism.document.issued`` for the gateway's verification page."""
    return issued("tourism", booking.voucher_code, public_record(booking, prop))


def revoked_event(booking: Booking) -> tuple[str, dict[str, object]]:
    return revoked("tourism", booking.voucher_code, "booking cancelled")


async def render_voucher(booking: Booking, prop: Property, room: RoomType, policy: Policy, public_url: str,
                         caption: str) -> Attachment:
    """The voucher as a WhatsApp document attachment (the sender uploads it)."""
    pdf = await render_async(voucher(booking, prop, room, policy, public_url))
    return Attachment(filename=f"{booking.number}.pdf", data_b64=base64.b64encode(pdf).decode(), caption=caption)
