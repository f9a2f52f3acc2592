"""Words longer than a complaint's description can be (2,000 characters), typed at a closed complaint and offered
as a *New complaint*, began it with "That is 2,5xx characters; the limit is 2,000 ... What you gave before is kept."
and the words were gone from the chat's keeping: the person had to type them all again. Now the question says
beforehand that they must be shortened, and *New complaint* sends them back whole to copy and shorten, saying so."""
from __future__ import annotations

from test_grievance_remarks import _resolve

LONG = " ".join(f"Line {n}: the pipe near the school gate is leaking again and the road is flooded." for n in
                range(1, 32))  # about 2,600 characters


async def test_long_words_at_a_closed_complaint_are_given_back_whole_to_shorten(office):
    assert 2_000 < len(LONG) < 4_096
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number)
    await person.tap(f"grievance:accept:{number}")
    await person.say("4")
    await person.tap(f"grievance:view:{number}")
    kept = await person.say(LONG)
    assert (f"It is {len(LONG):,} characters, more than a complaint's description holds (2,000), so you will be "
            "asked to shorten it.") in kept.text
    new = await person.tap(f"grievance:newsaid:{number}")
    assert (f"Your words are {len(LONG):,} characters, more than a complaint's description holds (2,000). They are "
            "sent back to you below: copy them, shorten them and send them as the description.") in new.text
    assert LONG in [r.message.get("text", {}).get("body") for r in new.replies]
    assert "Describe the problem in your own words (up to 2,000 characters)" in new.text
    onward = await person.say(LONG[:1_500])  # shortened: the complaint goes on, its subject read from the words
    assert "Where is the problem?" in onward.text
