"""Records that only guard against repeats, and what is kept about a person while they talk, are removed once older
than their keep, and only those: no role sweeps an official record."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gateway.sender.worker import Sender
from gateway.state import KEPT as GATEWAY_KEPT
from services import registry
from shared.retention import CHATS, INBOX, LANGUAGES, NOTIFIED, PROFILES, SEEN, STARTS, UNREAD, Keep, purge
from shared.store.sqlite import SqliteStore

NOW = datetime(2026, 12, 20, 5, 30, tzinfo=UTC)


async def test_only_what_is_older_than_the_keep_goes(tmp_path):
    store = SqliteStore(tmp_path / "s.sqlite3")
    await store.start([SEEN.index])
    seen = store.collection("seen")
    for days in (0, 3, 7.9, 8.1, 30, 400):
        await seen.insert({"_id": f"wamid.{days}", "at": (NOW - timedelta(days=days)).isoformat()})
    assert await purge(store, SEEN, NOW, batch=2) == 3  # batches smaller than the work still finish it
    assert sorted(d["_id"] for d in await seen.find({})) == ["wamid.0", "wamid.3", "wamid.7.9"]
    assert await purge(store, SEEN, NOW) == 0
    await store.close()


async def test_a_record_rewritten_between_the_sweeps_read_and_its_delete_is_kept(tmp_path):
    """The sweep reads a batch, then deletes: a person who writes in between keeps what they just wrote."""
    store = SqliteStore(tmp_path / "r.sqlite3")
    await store.start([CHATS.index])
    chats = store.collection("chats")
    old = (NOW - timedelta(days=CHATS.days + 1)).isoformat()
    for wa_id in ("919800000001", "919800000002"):
        await chats.insert({"_id": wa_id, "step": "home", "draft": {}, "at": old})
    found = chats.find

    async def written_meanwhile(*args, **kwargs):
        batch = await found(*args, **kwargs)
        for doc in batch:
            if doc["_id"] == "919800000001":
                await chats.update(doc["_id"], {"step": "nights", "at": NOW.isoformat()}, expected_version=doc["_v"])
        return batch

    chats.find = written_meanwhile  # type: ignore[method-assign]
    store.collection = lambda name: chats if name == "chats" else SqliteStore.collection(store, name)  # type: ignore[method-assign]
    assert await purge(store, CHATS, NOW) == 1
    assert (await chats.get("919800000001"))["step"] == "nights"  # type: ignore[index]
    assert await chats.get("919800000002") is None
    await store.close()


async def test_a_service_runtime_indexes_its_inbox_for_the_sweep(tmp_path):
    store = SqliteStore(tmp_path / "i.sqlite3")
    await store.start([INBOX.index])
    inbox = store.collection("_inbox")
    await inbox.insert({"_id": "old", "type": "t", "outputs": [], "at": (NOW - timedelta(days=31)).isoformat()})
    await inbox.insert({"_id": "new", "type": "t", "outputs": [], "at": (NOW - timedelta(days=29)).isoformat()})
    assert await purge(store, INBOX, NOW) == 1 and await inbox.get("new") is not None
    assert await purge(store, Keep("_inbox", "at", 0), NOW) == 1
    await store.close()


def ago(days: float) -> str:
    return (NOW - timedelta(days=days)).isoformat()


async def test_a_chat_goes_once_idle_past_its_keep_and_a_fresher_one_stays(tmp_path):
    store = SqliteStore(tmp_path / "c.sqlite3")
    await store.start([CHATS.index])
    chats = store.collection("chats")
    for days in (29, 31, 399, 401):
        await chats.insert({"_id": f"9198000{days:05d}", "step": "date", "draft": {"room": "r"}, "at": ago(days)})
    assert await purge(store, LANGUAGES, NOW) == 1  # permit, NOC, payroll: a year and a month
    assert await purge(store, CHATS, NOW) == 2  # tourism, grievance: a month
    assert [d["_id"] for d in await chats.find({})] == ["919800000029"]
    await store.close()


async def test_a_profile_goes_a_year_and_a_month_after_the_person_last_wrote_or_was_sent_a_notice(tmp_path):
    store = SqliteStore(tmp_path / "p.sqlite3")
    await store.start([PROFILES.index, NOTIFIED.index])
    profiles = store.collection("profiles")
    for _id, fields in {
        "wrote-401": {"lang": "bn", "last_inbound_at": ago(401), "session": None},
        "wrote-399": {"lang": "en", "last_inbound_at": ago(399), "session": None},
        "wrote-now-session-old": {"lang": "bn", "last_inbound_at": ago(0), "session": {"service": "t", "at": ago(500)}},
        "notified-401": {"lang": None, "session": {"service": "payroll", "at": ago(401)}},
        "notified-10": {"lang": None, "session": {"service": "payroll", "at": ago(10)}},
    }.items():
        await profiles.insert({"_id": _id, "opted_out": False, **fields})
    assert [await purge(store, keep, NOW) for keep in (PROFILES, NOTIFIED)] == [1, 1]
    assert sorted(d["_id"] for d in await profiles.find({})) == ["notified-10", "wrote-399", "wrote-now-session-old"]
    await store.close()


async def test_words_no_service_took_are_forgotten_within_the_hour_after_their_half_hour_and_the_profile_stays(
        tmp_path):
    """A person who sent words nobody read and never wrote again: their words leave the gateway's store at the
    hourly sweep after their 30 minutes, not with the profile a year later; everything else in it stays."""
    store = SqliteStore(tmp_path / "u.sqlite3")
    await store.start([UNREAD.index, *(keep.index for keep in GATEWAY_KEPT)])
    profiles = store.collection("profiles")
    at = {"old": NOW - timedelta(minutes=70), "new": NOW - timedelta(minutes=20)}
    for _id, when in at.items():
        await profiles.insert({"_id": _id, "lang": "bn", "opted_out": False, "last_inbound_at": when.isoformat(),
                               "unread": {"text": "amar gram e rasta kharap", "at": when.isoformat()}})
    await profiles.insert({"_id": "none", "lang": "en", "opted_out": False, "last_inbound_at": ago(1)})
    assert UNREAD in GATEWAY_KEPT
    assert await purge(store, UNREAD, NOW) == 1 and await purge(store, UNREAD, NOW) == 0
    kept = {d["_id"]: d for d in await profiles.find({})}
    assert set(kept) == {"old", "new", "none"} and kept["old"]["unread"] is None
    assert (kept["old"]["lang"], kept["old"]["last_inbound_at"]) == ("bn", at["old"].isoformat())
    assert kept["new"]["unread"]["text"] == "amar gram e rasta kharap" and "unread" not in kept["none"]
    await store.close()


async def test_a_start_goes_after_a_month_and_a_stop_never(tmp_path):
    store = SqliteStore(tmp_path / "o.sqlite3")
    await store.start([STARTS.index])
    optout = store.collection("optout")
    for _id, stop, days in (("stop-old", True, 4000), ("start-old", False, 31), ("start-new", False, 29)):
        await optout.insert({"_id": _id, "opted_out": stop, "at": ago(days)})
    assert await purge(store, STARTS, NOW) == 1
    assert sorted(d["_id"] for d in await optout.find({})) == ["start-new", "stop-old"]
    await store.close()


def test_every_service_people_talk_to_sweeps_its_chats_and_no_role_sweeps_an_official_record(tmp_path):
    """Bookings, complaints, applications, certificates, pay slips, employees and verifications have their own
    lawful keep: only the records of repeats, the working data about a person and the sender's record of where a
    number's messages went are named by a rule."""
    working = {"_inbox", "seen", "sent", "chats", "profiles", "optout", "moved"}
    for name in registry.names():
        spec = registry.load(name, load_demo=False)
        kept = {keep.collection for keep in spec.retention}
        assert kept == {"chats"}, name
    sender = Sender(None, SqliteStore(tmp_path / "sender.sqlite3"), doubt_wait=0, prefetch=2,  # type: ignore[arg-type]
                    late_resends=())
    assert {keep.collection for keep in (*GATEWAY_KEPT, *sender.spec().retention)} <= working
    assert dict(STARTS.only) == {"opted_out": False}  # a STOP is never swept
