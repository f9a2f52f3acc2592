"""'copy', 'potro', 'কপি', 'NOC er copy' typed in the NOC chat were 'did not understand' or the number asked, though
the same words at the main menu ask for the certificate: the chat now reads them as the menu does. A photocopy or a
xerox asked for ("noc er photocopy lagbe", "জেরক্স লাগবে") asked for the number: the certificate is offered too."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN


@pytest.mark.parametrize("said", ["copy", "potro", "কপি", "NOC er copy", "certificate copy", "পত্র",
                                  # a photocopy or a xerox asked for: the certificate, to print (the number was asked)
                                  "noc er photocopy lagbe", "xerox copy chai", "NOC-র ফটোকপি দরকার", "জেরক্স লাগবে"])
async def test_the_copy_asked_for_offers_the_certificates_in_force(citizen, said):
    answer = await citizen(RINA).say(said)  # TNOC/2026/000045 and TNOC/2025/000310 in force
    assert {"noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"} <= set(answer.choices), said


@pytest.mark.parametrize("said", ["copy", "potro", "NOC er copy"])
async def test_with_ones_one_noc_not_in_force_it_says_why(citizen, said):
    answer = await citizen(TAPAN).say(said)  # rejected: why, no number asked
    assert "TNOC/2025/000190 is *Rejected*, so there is no certificate to send" in answer.text, said
    assert "Type your NOC certificate number" not in answer.text and "did not understand" not in answer.text, said


async def test_the_copy_with_its_number_sends_it(citizen):
    answer = await citizen(RINA).say("TNOC/2026/000045 er copy")
    assert len(answer.pdfs) == 1
