"""'menu' after only looking at a complaint said something half done was kept here for 30 minutes: the gateway
cannot tell. After a message that leaves nothing in progress (a complaint looked at) the service now says so
(``wa.session.settled``); while a complaint is being put together, it does not."""
from __future__ import annotations


async def test_looking_at_a_complaint_leaves_nothing_in_progress(make_person):
    person = make_person()
    number = await person.lodge()
    assert (await person.tap(f"grievance:view:{number}")).settled
    assert (await person.tap("grievance:mine")).settled


async def test_a_complaint_being_put_together_is_in_progress(make_person):
    person = make_person()
    assert not (await person.tap("grievance:cat:water")).settled
    assert not (await person.draft()).settled  # at its summary, not yet submitted


async def test_it_is_said_only_when_it_changes(make_person):
    """One event on the bus, and one write of the person's profile at the gateway, per change, not per message."""
    person = make_person()
    number = await person.lodge()
    assert (await person.tap(f"grievance:view:{number}")).told == []  # lodged: said then, nothing new
    assert (await person.tap("grievance:mine")).told == []
    assert (await person.tap("grievance:cat:water")).told == [False]  # a new complaint begun
    assert (await person.tap("grievance:cat:roads")).told == []
    looked = await person.tap(f"grievance:view:{number}")
    assert looked.told == [True] and looked.settled
