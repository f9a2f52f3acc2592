"""How fast documents render and how big they are: ``python bench/documents.py [--seconds N] [--letters N]``.

Renders a one-page building-permission letter, a two-page annual salary statement and the demo's
guest-house voucher (one page, its refund rules a table) for a fixed time each and prints documents per
second, milliseconds per document and the PDF size. Rendering is CPU-bound and synchronous: a service that
renders on request runs it in a worker thread. ``--memory N`` renders N
letters to new people instead and prints the process's memory every ``--every`` letters.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.procstats import usage  # noqa: E402
from shared import heap  # noqa: E402
from shared.documents import (  # noqa: E402
    Column,
    Document,
    Office,
    Row,
    Signatory,
    Table,
    check_fonts,
    faces,
    new_code,
    render,
    verify_url,
)

OFFICE = Office("ফালাকাটা গ্রাম পঞ্চায়েত", "Falakata Gram Panchayat", "ফালাকাটা, আলিপুরদুয়ার", "Falakata, Alipurduar")
MONTHS = ("April", "May", "June", "July", "August", "September", "October", "November", "December", "January",
          "February", "March")


def letter() -> Document:
    code = new_code()
    return Document(
        title_bn="ভবন নির্মাণের অনুমতিপত্র", title_en="Building Permission Letter", office=OFFICE,
        verify_url=verify_url("https://panchayat.example.in", code), code=code, issued_on=date(2025, 1, 5),
        number="BP/2025/000123",
        rows=[Row("আবেদনকারী", "Applicant", "শ্রী রবীন্দ্রনাথ ক্ষেত্রপাল (Sri Rabindranath Kshetrapal)"),
              Row("দাগ নম্বর", "Plot", "Dag 1234, Khatian 56, মৌজা পঞ্চায়েত পাড়া"),
              Row("বৈধতা", "Valid until", "04-01-2026")],
        paragraphs=["এই অনুমতিপত্র পঞ্চায়েত প্রশাসন কর্তৃক প্রদত্ত।", "Construction must follow the sanctioned plan."],
        signatory=Signatory("শ্রীমতী অনিতা দাস", "প্রধান", "Pradhan, Falakata Gram Panchayat"))


def statement() -> Document:
    code = new_code()
    rows = [[f"{m} 2024", "32,100.00", "4,815.00", "2,568.00", "3,200.00", "32,147.00"] for m in MONTHS] * 2
    return Document(
        title_bn="বার্ষিক বেতন বিবরণী", title_en="Annual Salary Statement 2024-25", office=OFFICE,
        verify_url=verify_url("https://panchayat.example.in", code), code=code, issued_on=date(2025, 4, 2),
        number="PAY/2025/000042", rows=[Row("কর্মচারী", "Employee", "শ্রী সুব্রত মুখোপাধ্যায়")],
        tables=[Table([Column("মাস", "Month", 2), Column("মূল বেতন", "Basic", 1, "R"), Column("ভাতা", "DA", 1, "R"),
                       Column("বাড়িভাড়া", "HRA", 1, "R"), Column("কর্তন", "Deductions", 1, "R"),
                       Column("নিট", "Net", 1, "R")], rows, totals=["মোট / Total", "", "", "", "", "771,528.00"])])


def voucher() -> Document:
    """The voucher the tourism service draws for the demo's Ayodhya Hills double room, as a guest receives it."""
    from services.tourism import demo, voucher
    from services.tourism.domain import Booking, Policy
    prop, rooms = next((p, r) for p, r in demo.catalog() if p.id == "ayodhya-hills")
    room = next(r for r in rooms if r.id == "ayodhya-double")
    booking = Booking(number="PT-2026-000001", draft_id="bench", wa_id="919800000004", guest_name="Tapan Ghosh",
                      property_id=prop.id, room_type_id=room.id, check_in=date(2026, 12, 25), nights=2, guests=2,
                      rooms=1, tariff=1800, subtotal=360000, tax=18000, total=378000,
                      booked_at=datetime(2026, 12, 2, tzinfo=UTC), voucher_code=new_code())
    return voucher.voucher(booking, prop, room, Policy(), "https://panchayat.example.in")


def measure(name: str, build: Callable[[], Document], seconds: float) -> None:
    render(build())  # warm-up: imports and the font search
    count, size, started = 0, 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        size = len(render(build()))
        count += 1
    print(f"{name:<22} {count / elapsed:7.1f} PDFs/s  {1000 * elapsed / count:7.1f} ms/PDF  {size / 1024:6.1f} KiB")


def stranger(n: int) -> Document:
    """A letter whose applicant and plot no earlier letter had: their lines are widths not yet known."""
    document = letter()
    document.rows[0] = Row("আবেদনকারী", "Applicant", f"শ্রী অতিথি {n:07d} (Sri Atithi {n:07d})")
    document.rows[1] = Row("দাগ নম্বর", "Plot", f"Dag {n % 9973}, Khatian {n % 613}, মৌজা {n:07d}")
    return document


def memory(count: int, every: int) -> None:
    """Letters to new people, one after another in this process, as a PDF worker renders them: its resident
    memory and what the C allocator has in use, beside the widths remembered (at most two generations of
    faces.WIDTHS.kept)."""
    print(f"{'letters':>8} {'RSS MB':>8} {'in use MB':>10} {'widths':>8}")
    for n in range(count + 1):
        render(stranger(n))
        if n % every == 0 or n == count:
            in_use = heap.snapshot().malloc_in_use
            print(f"{n:>8} {usage(os.getpid()).rss_mb:>8.1f} "
                  f"{in_use / 2**20 if in_use is not None else float('nan'):>10.1f} {len(faces.WIDTHS):>8}",
                  flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time spent on each kind of document")
    parser.add_argument("--letters", type=int, metavar="N",
                        help="only render N letters and stop, for an instruction count that the machine's other "
                             "work does not change: run under valgrind --tool=callgrind with N = 1 and N = 4; "
                             "a third of the difference is one letter")
    parser.add_argument("--memory", type=int, metavar="N",
                        help="render N letters to new people and print the process's memory as it goes (does the "
                             "remembered widths' bound hold the memory?)")
    parser.add_argument("--every", type=int, default=250, help="letters between two lines of --memory")
    args = parser.parse_args()
    check_fonts()
    if args.memory is not None:
        memory(args.memory, args.every)
        return
    if args.letters is not None:
        for _ in range(args.letters):
            render(letter())
        return
    measure("letter (1 page)", letter, args.seconds)
    measure("statement (2 pages)", statement, args.seconds)
    measure("voucher (1 page)", voucher, args.seconds)


if __name__ == "__main__":
    main()
