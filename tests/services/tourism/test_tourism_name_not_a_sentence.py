"""Where the guest's name is asked, a sentence was taken as the name and went on the quote ("Name on the booking: ami
jani na", "I want to change the date", "complaint korte chai"), the name the guest house checks against a photo ID.
A sentence that holds no name is refused, saying a name is wanted; another service's business said there is that
service offered, *Stay here* asking the name again; "book it in my name" in a sentence ("amar naame kore din",
"আমার নামেই করুন") is the profile's name, as "in my name" alone is. Names that are also words ("Amar Das", "Jani
Begum", "Bhaban Das", "Md. Alam Din") stay names."""
from __future__ import annotations

import pytest
from test_tourism_guest_name import at_name

from services.tourism.domain import Refused
from services.tourism.domain.guest import guest_name

NOT_A_NAME = {"en": "That does not look like a name.", "bn": "এটি নাম মনে হচ্ছে না।"}


@pytest.mark.parametrize("typed", ["ami jani na", "I want to change the date", "naam pore dibo", "nam ki dite hobe",
                                   "নাম পরে দেব", "জানি না", "kon room ta bhalo"])
def test_a_sentence_is_no_name(typed):
    with pytest.raises(Refused) as refused:
        guest_name(typed)
    assert refused.value.key == "name_sentence"


@pytest.mark.parametrize("typed", ["amar naame kore din", "আমার নামেই করুন", "book it in my name", "in my name please"])
def test_in_my_name_in_a_sentence_is_who_is_meant(typed):
    with pytest.raises(Refused) as refused:
        guest_name(typed)
    assert refused.value.key == "name_self"


@pytest.mark.parametrize("typed", ["Amar Das", "Jani Begum", "Bhaban Das", "Md. Alam Din", "amar naam Rina Das",
                                   "আমার নাম রহিম শেখ", "Kobita Roy", "S. K. Das"])
def test_names_that_are_also_words_stay_names(typed):
    assert guest_name(typed)


@pytest.mark.parametrize(("lang", "typed"), [("en", "ami jani na"), ("bn", "নাম পরে দেব"),
                                             ("en", "I want to change the date")])
async def test_a_sentence_typed_for_the_name_asks_it_again(make_guest, lang, typed):
    guest = make_guest(lang)
    await at_name(guest)

    answer = await guest.say(typed)

    assert NOT_A_NAME[lang] in answer.text, answer
    assert not any(c.startswith("tourism:confirm:") for c in answer.choices), answer
    quote = await guest.say("Rina Das")
    assert "Rina Das" in quote.text and any(c.startswith("tourism:confirm:") for c in quote.choices), quote


async def test_another_services_business_at_the_name_offers_it_and_stay_asks_the_name(make_guest):
    guest = make_guest("en")
    await at_name(guest)

    answer = await guest.say("complaint korte chai")

    assert "That sounds like *Complaints*." in answer.text, answer
    assert "grievance:menu" in answer.choices and "tourism:resume" in answer.choices, answer
    again = await guest.tap("tourism:resume")
    assert "In whose name shall we book?" in again.text, again


async def test_in_my_name_in_a_sentence_takes_the_profile_name(make_guest):
    guest = make_guest("bn")
    await at_name(guest)

    quote = await guest.say("আমার নামেই করুন")

    assert "Rina Das" in quote.text and any(c.startswith("tourism:confirm:") for c in quote.choices), quote
