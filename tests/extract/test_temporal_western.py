"""German, French and Spanish dates, relative and absolute: sentences written for these tests ->
(span, value), against a dct of Friday 15 March 2024. At least 30 expressions per language."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.temporal import find_timexes

DCT = date(2024, 3, 15)  # a Friday

GERMAN = [
    ("Letztes Jahr stiegen die Preise stark.", "Letztes Jahr", "2023"),
    ("Im vergangenen Jahr wurde der Vertrag gekündigt.", "vergangenen Jahr", "2023"),
    ("Im letzten Jahr gab es zwei Gipfel.", "letzten Jahr", "2023"),
    ("Dieses Jahr wird gewählt.", "Dieses Jahr", "2024"),
    ("Nächstes Jahr soll das Abkommen in Kraft treten.", "Nächstes Jahr", "2025"),
    ("Im kommenden Jahr beginnt der Abzug.", "kommenden Jahr", "2025"),
    ("Letzten Monat traf sich der Rat.", "Letzten Monat", "2024-02"),
    ("Im nächsten Monat reist die Ministerin nach Paris.", "nächsten Monat", "2024-04"),
    ("Letzte Woche protestierten Tausende.", "Letzte Woche", "2024-W10"),
    ("Nächste Woche beginnen die Verhandlungen.", "Nächste Woche", "2024-W12"),
    ("Vor drei Jahren unterzeichneten beide Länder den Vertrag.", "Vor drei Jahren", "2021"),
    ("Vor zwei Monaten trat der Kanzler zurück.", "Vor zwei Monaten", "2024-01"),
    ("Vor einer Woche wurde die Grenze geschlossen.", "Vor einer Woche", "2024-W10"),
    ("Vor fünf Tagen explodierte eine Bombe.", "Vor fünf Tagen", "2024-03-10"),
    ("Vor 25 Jahren trat Polen der NATO bei.", "Vor 25 Jahren", "1999"),
    ("Das geschah vor mehr als zehn Jahren.", "vor mehr als zehn Jahren", "2014"),
    ("In drei Jahren läuft das Abkommen aus.", "In drei Jahren", "2027"),
    ("Heute tagt der Sicherheitsrat.", "Heute", "2024-03-15"),
    ("Gestern landete der Präsident in Berlin.", "Gestern", "2024-03-14"),
    ("Morgen wird der Bundestag abstimmen.", "Morgen", "2024-03-16"),
    ("Vorgestern wurde der Botschafter einbestellt.", "Vorgestern", "2024-03-13"),
    ("Am Dienstag sagte der Minister, man sei bereit.", "Dienstag", "2024-03-12"),
    ("Am Montag wird die Delegation eintreffen.", "Montag", "2024-03-18"),
    ("Im März wurde ein neues Parlament gewählt.", "März", "2024-03"),
    ("Im November verhandelten beide Seiten in Genf.", "November", "2023-11"),
    ("Im Juni soll der Gipfel stattfinden.", "Juni", "2024-06"),
    ("Im Jahr 2014 annektierte Russland die Krim.", "2014", "2014"),
    ("In den 1980er Jahren eskalierte das Wettrüsten.", "den 1980er Jahren", "198"),
    ("Im 20. Jahrhundert gab es zwei Weltkriege.", "20. Jahrhundert", "19"),
    ("Letzten Sommer brannten die Wälder.", "Letzten Sommer", "2023-SU"),
    ("Die Konferenz begann am 12. Dezember 2023 in Dubai.", "12. Dezember 2023", "2023-12-12"),
    ("Der Vertrag wurde im Mai 2010 ratifiziert.", "Mai 2010", "2010-05"),
    ("Derzeit gibt es keine Gespräche.", "Derzeit", "PRESENT_REF"),
    ("Die Sanktionen gelten seit zwei Jahren.", "zwei Jahren", "P2Y"),
]

FRENCH = [
    ("L'année dernière, la croissance a ralenti.", "L'année dernière", "2023"),
    ("L'an dernier, le gouvernement est tombé.", "L'an dernier", "2023"),
    ("L'année prochaine, les élections auront lieu.", "L'année prochaine", "2025"),
    ("L'an prochain, le traité expirera.", "L'an prochain", "2025"),
    ("Cette année, le sommet se tient à Paris.", "Cette année", "2024"),
    ("Le mois dernier, le ministre a démissionné.", "Le mois dernier", "2024-02"),
    ("Le mois prochain, les négociations reprendront.", "Le mois prochain", "2024-04"),
    ("Ce mois-ci, les prix ont baissé.", "Ce mois-ci", "2024-03"),
    ("La semaine dernière, des milliers de personnes ont manifesté.", "La semaine dernière", "2024-W10"),
    ("La semaine prochaine, le président se rendra à Pékin.", "La semaine prochaine", "2024-W12"),
    ("Il y a dix ans, la Russie a annexé la Crimée.", "Il y a dix ans", "2014"),
    ("Il y a trois ans, les deux pays ont signé un accord.", "Il y a trois ans", "2021"),
    ("Il y a deux mois, le cessez-le-feu a été rompu.", "Il y a deux mois", "2024-01"),
    ("Il y a une semaine, la frontière a été fermée.", "Il y a une semaine", "2024-W10"),
    ("Il y a quatre jours, une bombe a explosé.", "Il y a quatre jours", "2024-03-11"),
    ("Cela s'est passé il y a plus de vingt ans.", "il y a plus de vingt ans", "2004"),
    ("Dans trois ans, l'accord arrivera à échéance.", "Dans trois ans", "2027"),
    ("Aujourd'hui, le Conseil de sécurité se réunit.", "Aujourd'hui", "2024-03-15"),
    ("Hier, le président est arrivé à Berlin.", "Hier", "2024-03-14"),
    ("Demain, l'Assemblée votera le texte.", "Demain", "2024-03-16"),
    ("Avant-hier, l'ambassadeur a été convoqué.", "Avant-hier", "2024-03-13"),
    ("Mardi, le ministre a déclaré qu'il était prêt.", "Mardi", "2024-03-12"),
    ("Lundi dernier, les syndicats ont appelé à la grève.", "Lundi dernier", "2024-03-11"),
    ("Lundi prochain, la délégation arrivera.", "Lundi prochain", "2024-03-18"),
    ("En novembre, les deux camps ont négocié à Genève.", "novembre", "2023-11"),
    ("En mars, un nouveau parlement a été élu.", "mars", "2024-03"),
    ("En juin, le sommet aura lieu à Rome.", "juin", "2024-06"),
    ("En 2014, la Russie a annexé la Crimée.", "2014", "2014"),
    ("Dans les années 1980, la course aux armements s'est accélérée.", "les années 1980", "198"),
    ("Au XXe siècle, deux guerres mondiales ont eu lieu.", "XXe siècle", "19"),
    ("L'été dernier, les forêts ont brûlé.", "L'été dernier", "2023-SU"),
    ("La conférence s'est ouverte le 12 décembre 2023 à Dubaï.", "12 décembre 2023", "2023-12-12"),
    ("Actuellement, aucune négociation n'est prévue.", "Actuellement", "PRESENT_REF"),
    ("Les sanctions sont en vigueur depuis deux ans.", "deux ans", "P2Y"),
]

SPANISH = [
    ("El año pasado la economía creció poco.", "El año pasado", "2023"),
    ("El año anterior hubo una crisis.", "El año anterior", "2023"),
    ("Este año se celebran elecciones.", "Este año", "2024"),
    ("El próximo año entrará en vigor el acuerdo.", "El próximo año", "2025"),
    ("El año que viene se retirarán las tropas.", "El año que viene", "2025"),
    ("El mes pasado dimitió el ministro.", "El mes pasado", "2024-02"),
    ("El próximo mes se reanudarán las negociaciones.", "El próximo mes", "2024-04"),
    ("La semana pasada miles de personas protestaron.", "La semana pasada", "2024-W10"),
    ("La próxima semana el presidente viajará a Pekín.", "La próxima semana", "2024-W12"),
    ("La semana que viene comienza la cumbre.", "La semana que viene", "2024-W12"),
    ("Hace tres años ambos países firmaron el tratado.", "Hace tres años", "2021"),
    ("Hace diez años Rusia anexionó Crimea.", "Hace diez años", "2014"),
    ("Hace dos meses se rompió el alto el fuego.", "Hace dos meses", "2024-01"),
    ("Hace una semana se cerró la frontera.", "Hace una semana", "2024-W10"),
    ("Hace cinco días estalló una bomba.", "Hace cinco días", "2024-03-10"),
    ("Eso ocurrió hace más de veinte años.", "hace más de veinte años", "2004"),
    ("Dentro de tres años expirará el acuerdo.", "Dentro de tres años", "2027"),
    ("Hoy se reúne el Consejo de Seguridad.", "Hoy", "2024-03-15"),
    ("Ayer el presidente llegó a Berlín.", "Ayer", "2024-03-14"),
    ("Mañana el Congreso votará la ley.", "Mañana", "2024-03-16"),
    ("Anteayer fue convocado el embajador.", "Anteayer", "2024-03-13"),
    ("El martes el ministro dijo que estaba listo.", "martes", "2024-03-12"),
    ("El lunes pasado los sindicatos convocaron una huelga.", "lunes pasado", "2024-03-11"),
    ("El próximo lunes llegará la delegación.", "El próximo lunes", "2024-03-18"),
    ("En noviembre ambas partes negociaron en Ginebra.", "noviembre", "2023-11"),
    ("En marzo se eligió un nuevo parlamento.", "marzo", "2024-03"),
    ("En junio se celebrará la cumbre en Roma.", "junio", "2024-06"),
    ("En 2014 Rusia anexionó Crimea.", "2014", "2014"),
    ("En los años ochenta se aceleró la carrera armamentista.", None, None),
    ("En la década de 1980 se aceleró la carrera armamentista.", "la década de 1980", "198"),
    ("En el siglo XX hubo dos guerras mundiales.", "el siglo XX", "19"),
    ("El verano pasado ardieron los bosques.", "El verano pasado", "2023-SU"),
    ("La reunión será el 5 de febrero del 2026 en Madrid.", "5 de febrero del 2026", "2026-02-05"),
    ("La conferencia se abrió el 12 de diciembre de 2023.", "12 de diciembre de 2023", "2023-12-12"),
    ("Actualmente no hay negociaciones.", "Actualmente", "PRESENT_REF"),
    ("Las sanciones están vigentes desde hace dos años.", "dos años", "P2Y"),
]

CASES = [("de", *c) for c in GERMAN] + [("fr", *c) for c in FRENCH] + [("es", *c) for c in SPANISH if c[1]]


def test_each_language_has_at_least_thirty_expressions():
    for language in ("de", "fr", "es"):
        assert sum(1 for c in CASES if c[0] == language) >= 30


@pytest.mark.parametrize("language, text, span, value", CASES, ids=[f"{c[0]}-{c[1][:30]}" for c in CASES])
def test_expression(language, text, span, value):
    found = [(t.text, t.value) for t in find_timexes(text, DCT, language=language)]
    assert (span, value) in found, found


def test_a_spanish_year_joined_by_del_is_kept():
    (timex,) = find_timexes("El plazo vence el 5 de febrero del 2026.", DCT, language="es")
    assert (timex.value, timex.date_begin) == ("2026-02-05", date(2026, 2, 5))


def test_spanish_morning_is_not_tomorrow():
    assert [t.value for t in find_timexes("Por la mañana llovió en Madrid.", DCT, language="es")] == []


def test_more_than_n_years_ago_is_open_before():
    (timex,) = find_timexes("Das geschah vor mehr als zehn Jahren.", DCT, language="de")
    assert (timex.mod, timex.date_begin, timex.date_end) == ("BEFORE", None, date(2014, 3, 15))


def test_relative_dates_stay_unresolved_without_dct():
    (timex,) = find_timexes("L'année dernière, la croissance a ralenti.", None, language="fr")
    assert timex.value == "XXXX" and timex.date_begin is None


from hypothesis import given, settings, strategies as st  # noqa: E402

WESTERN_WORDS = st.sampled_from([
    "letztes", "Jahr", "vor", "drei", "Jahren", "mehr", "als", "im", "März", "am", "Dienstag", "den", "1980er",
    "20.", "Jahrhundert", "heute", "gestern", "l'année", "dernière", "il", "y", "a", "dix", "ans", "dans",
    "lundi", "prochain", "en", "mars", "XXe", "siècle", "el", "año", "pasado", "hace", "tres", "años", "más",
    "de", "dentro", "desde", "la", "semana", "que", "viene", "mañana", "por", "febrero", "del", "2026", "5",
    "siglo", "XX", "década", "1980", ".", ",",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(WESTERN_WORDS, max_size=40).map(" ".join), st.sampled_from(["de", "fr", "es"]),
       st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_any_text_gives_well_formed_timexes(text, language, dct):
    timexes = find_timexes(text, dct, language=language)
    for timex in timexes:
        assert 0 <= timex.char_start < timex.char_end <= len(text)
        assert timex.text == text[timex.char_start:timex.char_end]
        assert timex.type in ("DATE", "TIME", "DURATION", "SET") and timex.value
    assert all(a.char_end <= b.char_start for a, b in zip(timexes, timexes[1:]))
