"""Language identification (py3langid) on short sentences in twelve languages written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_builder.ingest.language import detect_language, model_language, plainly_english

SAMPLES = [tuple(line.split("\t", 1)) for line in
           (Path(__file__).parent / "data" / "language_samples.tsv").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]


@pytest.mark.parametrize("language, text", SAMPLES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(SAMPLES)])
def test_short_sentences(language, text):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "2024-03-05", "12 345, 67.", "!!!", "7 " * 300 + "x y", "ab" + "-" * 2000 + "cdef"])
def test_text_without_words_gets_the_default(text):
    assert detect_language(text) == "en"
    assert detect_language(text, default="und") == "und"


def test_letters_after_the_first_200_characters_still_count():
    assert detect_language("7 " * 300 + "Der alte Hund schläft im Garten.", default="und") == "de"


def test_a_long_document_is_read_from_its_beginning():
    text = "Переговоры возобновятся в следующем месяце, заявил министр. " * 200 + "The end of the text is English."
    assert detect_language(text) == "ru"


ENGLISH_PARAGRAPH = ("The committee said on Monday that it would publish its report on the new rules for the"
                     " railways by the end of the year, and that the ministers who had asked for it were told"
                     " of the delay in a letter from its chairman. It was the second time that the report had"
                     " been put off since the election.")

# A match report: names make most of its words, so function words are under a fifth of them all
# (19 %) though 40 % of the rest; the shortcut decides it with the names set aside.
MATCH_REPORT = ("Rovers 2-1 Town\n\nJamie Noon scored twice as Rovers beat Town at Ewood Park on Saturday. Craig"
                " McMullen set up the opener for Noon after 12 minutes, and Simon Raiwalui headed against the bar"
                " before Noon struck again from close range. Town pulled one back through Leroy Lita, but Rovers"
                " held on to move up to third in the table, a point behind Wanderers, who play at home to City on"
                " Tuesday. Rovers: Kalman, Collier, Murphy, Payne, Jones, McGee, Dawson, Tait, Noon, McMullen,"
                " Raiwalui. Subs not used: Ibanez, Murray, Williams, Rigoglioso. Town: Lita, Makofo, Scott, Rhys,"
                " Hughes, Davies, Evans, Price, Morgan, Thomas, Powell. Referee: Mark Halsey. Attendance: 12,345.")


@pytest.mark.parametrize("text, decided", [
    (ENGLISH_PARAGRAPH, True),
    (MATCH_REPORT, True),
    ("Ajax 2-1 Feyenoord\n\nJan de Vries scoorde twee keer toen Ajax op zaterdag in Amsterdam won van Feyenoord."
     " Kees Smit gaf na twaalf minuten de assist voor het eerste doelpunt van De Vries, en Ruud Bakker kopte"
     " tegen de lat voordat De Vries opnieuw van dichtbij scoorde. Feyenoord kwam terug via Piet Jansen, maar"
     " Ajax hield stand en staat nu derde, een punt achter PSV, dat dinsdag thuis tegen Twente speelt. Ajax:"
     " Visser, Mulder, Bos, Dekker, Meijer, Kok, Vos, Peters, Hendriks, Smit, Bakker. Wissels niet gebruikt:"
     " Jacobs, Willems, Brouwer, Maas. Scheidsrechter: Danny Makkelie.", False),  # the same, in Dutch
    # its line-ups and first sentence: function words under a tenth of all words, too few others to decide
    (MATCH_REPORT[:MATCH_REPORT.index(" Craig")] + MATCH_REPORT[MATCH_REPORT.index(" Rovers:"):], False),
    ("The talks resumed.", False),  # too short to decide without the model
    ("Le comité a dit lundi qu'il publierait son rapport sur les nouvelles règles des chemins de fer"
     " avant la fin de l'année, et que les ministres qui l'avaient demandé ont été informés du retard"
     " par une lettre de son président. The report, the minister said, is late.", False),
    ("Der Ausschuss teilte am Montag mit, dass er seinen Bericht über die neuen Regeln für die Eisenbahn"
     " bis zum Ende des Jahres veröffentlichen werde und dass die Minister in einem Brief informiert"
     " wurden. Es war das zweite Mal, dass der Bericht verschoben wurde, seit der Wahl im Herbst.", False),
    (ENGLISH_PARAGRAPH.replace("railways", "железных дорог").replace("chairman", "председатель")
     .replace("committee", "комитет").replace("ministers", "министры"), False),  # over 1 % not ASCII
])
def test_plain_english_is_decided_without_the_model(text, decided):
    assert plainly_english(text) is decided
    assert detect_language(text) == model_language(text)  # the shortcut never changes the answer
