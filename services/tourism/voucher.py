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
    show_date,
    today_in_india,
)
from shared.chat import Document as Attachment
from shared.documents import Document, Office, Row, verify_url
from shared.documents.records import PublicRecord, issued, revoked
from shared.documents.workers import render_async
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
    both = lambda day: f"{show_date(day, 'bn')} / {show_date(day, 'en')}"
    tiers = sorted(policy.refunds, key=lambda t: -t.min_days)
    tiers_bn = local_digits("; ".join(f"{t.min_days}+ দিন: {t.percent}%" for t in tiers), "bn")
    tiers_en = "; ".join(f"{t.min_days}+ days: {t.percent}%" for t in tiers)
    return Document(
        title_bn="বুকিং ভাউচার", title_en="Booking Voucher", office=office_of(prop),
        verify_url=verify_url(public_url, booking.voucher_code), code=booking.voucher_code,
        issued_on=today_in_india(booking.booked_at), number=booking.number,
        rows=[
            Row("অতিথি", "Guest", holder(booking)),
            Row("থাকার জায়গা", "Property", f"{prop.name.bn} / {prop.name.en}"),
            Row("ঘরের ধরন", "Room type", f"{room.name.bn} / {room.name.en}"),
            Row("চেক-ইন", "Check-in", f"{both(booking.check_in)}, {prop.check_in_time}"),
            Row("চেক-আউট", "Check-out", f"{both(booking.check_out)}, {prop.check_out_time}"),
            Row("রাত · ঘর · অতিথি", "Nights · rooms · guests", f"{booking.nights} · {booking.rooms} · {booking.guests}"),
            Row("ভাড়া (প্রতি রাত প্রতি ঘর)", "Tariff (per room per night)", rupees(booking.tariff * 100)),
            Row("কর", f"Tax ({policy.tax_name})", rupees(booking.tax)),
            Row("মোট", "Total", rupees(booking.total)),
            Row("যোগাযোগ", "Caretaker", prop.contact),
        ],
        paragraphs=[
            "চেক-ইনের সময় এই ভাউচার ও একটি সচিত্র পরিচয়পত্র দেখান।",
            "Show this voucher and a photo identity card at check-in.",
            f"বাতিল করলে ফেরত (চেক-ইনের কত দিন আগে): {tiers_bn}। দপ্তর বাতিল করলে পুরো টাকা ফেরত।",
            f"Refund on cancellation (days before check-in): {tiers_en}. Cancelled by the office: full refund.",
        ])


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
