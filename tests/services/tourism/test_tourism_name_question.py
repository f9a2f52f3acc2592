"""A question typed where the guest's name is asked ("what ID do I need?", "ki ki kagoj lagbe?") is no name: before,
it was told "A name is written in letters only: no digits, emoji or symbols", as if the question were a name
mistyped, and left unanswered. It is said to be a question that is not answered here, with the caretaker's phone,
and the name is asked again; the name typed next makes the quote."""
from __future__ import annotations

import pytest
from test_tourism_guest_name import at_name


@pytest.mark.parametrize("lang, typed, said, asked, quoted", [
    ("en", "what ID do I need?", "That looks like a question, not a name", "In whose name shall we book?",
     "Name on the booking: Asha Das"),
    ("en", "ki ki kagoj lagbe?", "That looks like a question, not a name", "In whose name shall we book?",
     "Name on the booking: Asha Das"),
    ("bn", "কী কী কাগজ লাগবে?", "এটি প্রশ্ন মনে হচ্ছে, নাম নয়", "কার নামে বুক করব?", "বুকিং যাঁর নামে: Asha Das"),
])
async def test_a_question_at_the_name_is_told_who_answers_it_and_the_name_asked_again(
        make_guest, lang, typed, said, asked, quoted):
    guest = make_guest(lang, name="WhatsApp User")
    await at_name(guest)
    question = await guest.say(typed)
    assert said in question.text and "+91 94340 21101" in question.text, question.text
    assert asked in question.text and "letters only" not in question.text
    assert "অক্ষরে লিখুন" not in question.text
    quote = await guest.say("Asha Das")
    assert quoted in quote.text, quote.text
