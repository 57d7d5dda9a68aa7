"""The actor knowledge base: packaged data, validation with file and line, user overrides, roles in time."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pycountry
import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge import build_states
from timeline_builder.knowledge.actors import ACTOR_TYPES, load_actor_knowledge, resolve_role
from timeline_builder.knowledge.files import PACKAGE_DIR

HEADER = "id\tname\ttype\tcountry\taliases\twikidata\tdescription\n"
ROLES_HEADER = "actor_id\trole\torganization\tdate_begin\tdate_end\n"


@pytest.fixture(scope="module")
def knowledge():
    return load_actor_knowledge()


def test_packaged_knowledge_is_cached(knowledge):
    assert load_actor_knowledge() is knowledge


def test_every_iso_country_and_the_historical_states_are_present(knowledge):
    codes = {a.country for a in knowledge.actors.values() if a.type == "state"}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    for actor_id, code in [("soviet-union", "SUN"), ("yugoslavia", "YUG"), ("east-germany", "DDR"),
                           ("west-germany", "DEU"), ("czechoslovakia", "CSK")]:
        assert knowledge.actors[actor_id].country == code


def test_states_file_is_what_the_build_script_generates():
    """states.tsv is generated data: regenerating it must give the committed file (edit the script, not the file)."""
    committed = (PACKAGE_DIR / "actors" / "states.tsv").read_text(encoding="utf-8").splitlines()
    data = [line for line in committed if line and not line.startswith("#")][1:]
    assert data == ["\t".join(row) for row in build_states.build_rows()]


@pytest.mark.parametrize("actor_id", ["united-states", "russia", "soviet-union", "china", "united-kingdom", "nato",
                                      "united-nations", "us-congress", "us-department-of-state",
                                      "russian-ministry-of-foreign-affairs", "john-f-kennedy", "nikita-khrushchev",
                                      "donald-trump", "joe-biden", "vladimir-putin", "the-west", "republicans"])
def test_ids_follow_the_shared_conventions(knowledge, actor_id):
    assert actor_id in knowledge.actors
    assert knowledge.actors[actor_id].type in ACTOR_TYPES


def test_states_exist_in_their_periods(knowledge):
    assert knowledge.actors["soviet-union"].exists_on(date(1962, 10, 20))
    assert not knowledge.actors["soviet-union"].exists_on(date(1992, 1, 1))
    assert not knowledge.actors["germany"].exists_on(date(1987, 6, 12))
    assert knowledge.actors["france"].exists_on(date(1800, 1, 1))


def test_metonyms_and_demonyms_are_data(knowledge):
    russia = knowledge.actors["russia"]
    assert {"Moscow", "Kremlin"} <= set(russia.metonyms)
    assert "Russian" in russia.demonyms
    assert {"Kiev", "Kyiv"} <= set(knowledge.actors["ukraine"].metonyms)


@pytest.mark.parametrize("role, where, on, expected", [
    ("president", "USA", date(1962, 10, 20), "john-f-kennedy"),
    ("the President", "US", date(2025, 2, 18), "donald-trump"),
    ("president", "united-states", date(2022, 6, 1), "joe-biden"),
    ("president", "United States", date(2017, 1, 20), "donald-trump"),  # inauguration day: the incoming one
    ("leader", "soviet-union", date(1962, 10, 20), "nikita-khrushchev"),
    ("general secretary", "SUN", date(1987, 12, 8), "mikhail-gorbachev"),
    ("prime minister", "soviet-union", date(1970, 1, 1), "alexei-kosygin"),
    ("secretary of state", "USA", date(1962, 10, 20), "dean-rusk"),
    ("Defense Secretary", "USA", date(1962, 10, 20), "robert-mcnamara"),
    ("minister of foreign affairs", "russia", date(2025, 2, 18), "sergey-lavrov"),
    ("foreign minister", "soviet-union", date(1962, 10, 20), "andrei-gromyko"),
    ("chancellor", "west-germany", date(1962, 10, 20), "konrad-adenauer"),
    ("secretary-general", "nato", date(2025, 2, 18), "mark-rutte"),
    ("secretary general", "United Nations", date(1962, 10, 20), "u-thant"),
    ("president", "USA", date(1800, 1, 1), None),
    ("president", "Atlantis", date(2000, 1, 1), None),
    # UK offices of state and party leaders; "the Chancellor" of the UK is its Chancellor of the Exchequer.
    ("foreign secretary", "GBR", date(1975, 6, 1), "james-callaghan"),
    ("home secretary", "united-kingdom", date(1968, 6, 1), "james-callaghan"),
    ("chancellor of the exchequer", "UK", date(1965, 6, 1), "james-callaghan"),
    ("chancellor", "united-kingdom", date(1985, 6, 1), "nigel-lawson"),
    ("defence secretary", "united-kingdom", date(1990, 6, 1), "tom-king"),
    ("leader", "labour-party", date(1993, 6, 1), "john-smith"),
    ("party leader", "conservative-party", date(2002, 6, 1), "iain-duncan-smith"),
    ("party leader", "liberal-democrats", date(2010, 6, 1), "nick-clegg"),
    ("president of the european commission", "european-union", date(1990, 6, 1), "jacques-delors"),
    ("secretary of defense", "USA", date(2019, 3, 1), "patrick-shanahan"),
    ("speaker of the house", "USA", date(1996, 6, 1), "newt-gingrich"),
    ("CIA director", "USA", date(1985, 6, 1), "william-casey"),
    ("treasury secretary", "USA", date(2008, 9, 15), "henry-paulson"),
    ("attorney general", "USA", date(2005, 6, 1), "alberto-gonzales"),
    ("UN ambassador", "USA", date(1976, 1, 1), "daniel-patrick-moynihan"),
    ("external affairs minister", "india", date(2021, 6, 1), "subrahmanyam-jaishankar"),
    ("high representative", "european-union", date(2016, 6, 1), "federica-mogherini"),
    ("president", "european-council", date(2017, 6, 1), "donald-tusk"),
    ("king", "saudi-arabia", date(1990, 6, 1), "fahd-bin-abdulaziz"),
    ("prime minister", "israel", date(2000, 6, 1), "ehud-barak"),
    # Rulers named by the state they ruled ("Amin's Uganda"): a military ruler, a party leader, a
    # monarch, a state renamed under its ruler (the Congo became Zaire in 1971).
    ("president", "uganda", date(1975, 6, 1), "idi-amin"),
    ("president", "uganda", date(1990, 6, 1), "yoweri-museveni"),
    ("leader", "libya", date(1986, 4, 15), "muammar-gaddafi"),
    ("leader", "chile", date(1980, 6, 1), "augusto-pinochet"),
    ("president", "zaire", date(1985, 6, 1), "mobutu-sese-seko"),
    ("president", "democratic-republic-of-the-congo", date(1968, 6, 1), "mobutu-sese-seko"),
    ("president", "democratic-republic-of-the-congo", date(2005, 6, 1), "joseph-kabila"),
    ("leader", "romania", date(1980, 6, 1), "nicolae-ceausescu"),
    ("king", "iran", date(1970, 6, 1), "mohammad-reza-pahlavi"),
    ("president", "philippines", date(1980, 6, 1), "ferdinand-marcos"),
    ("president", "philippines", date(2023, 6, 1), "ferdinand-marcos-jr"),
    ("president", "zimbabwe", date(2000, 6, 1), "robert-mugabe"),
])
def test_resolve_role_at_a_date(role, where, on, expected):
    assert resolve_role(role, where, on) == expected


@pytest.mark.parametrize("role, organization, since, longest_gap", [
    # Gaps are acting holders left out ("acting Labour leader Harriet Harman", 2010 and 2015)
    # and handovers; a missing holder would leave years.
    ("foreign minister", "united-kingdom", date(1945, 7, 27), 3),
    ("home secretary", "united-kingdom", date(1945, 8, 3), 3),
    ("chancellor of the exchequer", "united-kingdom", date(1945, 7, 27), 6),
    ("secretary of defense", "united-kingdom", date(1964, 4, 1), 2),
    ("prime minister", "united-kingdom", date(1940, 5, 10), 2),
    ("party leader", "labour-party", date(1935, 10, 1), 140),
    ("party leader", "conservative-party", date(1940, 10, 9), 50),
    ("party leader", "liberal-democrats", date(1988, 7, 28), 260),
    ("president", "united-states", date(1933, 3, 4), 1),
    ("secretary of state", "united-states", date(1944, 12, 1), 30),
    ("secretary of defense", "united-states", date(1947, 9, 17), 60),
    ("secretary-general", "nato", date(1952, 4, 4), 80),
    ("secretary-general", "united-nations", date(1946, 2, 2), 155),
    ("president of the european commission", "european-union", date(1958, 1, 7), 190),
    ("director of the cia", "united-states", date(1947, 5, 1), 200),
    ("secretary of the treasury", "united-states", date(1945, 7, 1), 40),
    ("attorney general", "united-states", date(1961, 1, 1), 160),
    ("ambassador to the united nations", "united-states", date(1947, 1, 1), 400),
    ("prime minister", "japan", date(1945, 8, 17), 35),  # Ito acted 1980-06-12 .. 07-17 (left out)
    ("prime minister", "india", date(1947, 8, 15), 0),
    ("prime minister", "israel", date(1948, 5, 14), 19),  # Allon acted 1969-02-26 .. 03-17 (left out)
    ("prime minister", "canada", date(1935, 10, 23), 0),
    ("prime minister", "australia", date(1941, 10, 7), 1),
    ("premier", "china", date(1949, 10, 1), 27),  # Zhou died 1976-01-08, Hua acting from 02-04
    ("president", "china", date(1983, 6, 18), 0),
    ("foreign minister", "china", date(1988, 4, 9), 0),
    ("president", "germany", date(1990, 10, 3), 43),  # Koehler resigned 2010-05-31, Wulff 06-30
    ("president", "pakistan", date(1971, 12, 20), 1900),  # Zia ruled under martial law 1977-1978
    ("president", "indonesia", date(1945, 8, 18), 0),
    ("president", "turkey", date(1989, 11, 9), 30),  # Ozal died 1993-04-17, Demirel elected 05-16
    ("king", "saudi-arabia", date(1953, 11, 9), 0),
    ("president", "iran", date(1989, 8, 3), 70),  # Mokhber acted after Raisi died, 2024-05-19
    ("foreign minister", "iran", date(2005, 8, 24), 94),  # Bagheri Kani acted after 2024-05-19
    ("high representative", "european-union", date(1999, 10, 18), 1),
    ("president", "european-council", date(2009, 12, 1), 1),
    ("director general", "international-atomic-energy-agency", date(1997, 12, 1), 138),  # Amano died 2019-07-18
    ("foreign minister", "india", date(2006, 10, 24), 0),
    ("foreign minister", "turkey", date(2003, 3, 14), 88),  # Sinirlioglu acted 2015-08-28 .. 11-24
    ("prime minister", "italy", date(1992, 6, 28), 0),
    ("prime minister", "spain", date(1976, 7, 3), 0),
    ("king", "spain", date(1975, 11, 22), 0),
    ("prime minister", "france", date(1959, 1, 8), 0),
    ("president", "brazil", date(1990, 3, 15), 0),
    ("president", "south-korea", date(1948, 7, 24), 109),  # 1960: Rhee resigned 04-26, Yun elected 08-13
    ("president", "mexico", date(1988, 12, 1), 1),
    ("president", "south-africa", date(1989, 9, 20), 1),
    ("foreign minister", "germany", date(1990, 10, 3), 0),
    ("foreign minister", "france", date(1993, 3, 30), 0),
    ("chairman", "senate-foreign-relations-committee", date(1941, 7, 1), 1),
    ("majority leader", "us-senate", date(1937, 7, 22), 4),  # Taft died 1953-07-31, Knowland chosen 08-04
    ("prime minister", "ukraine", date(2010, 3, 11), 0),
    ("president", "ukraine", date(1991, 12, 5), 1),
    ("prime minister", "iraq", date(2004, 6, 28), 0),
    ("president", "iraq", date(1979, 7, 16), 447),  # the occupation authority governed 2003-2004
])
def test_major_offices_list_every_holder(knowledge, role, organization, since, longest_gap):
    """Tenures follow one another without a gap longer than an interregnum: the list is complete."""
    tenures = sorted((r.date_begin, r.date_end or date(2100, 1, 1))
                     for r in knowledge.roles if r.role == role and r.organization == organization)
    assert tenures[0][0] == since
    covered = tenures[0][1]
    for begin, end in tenures[1:]:
        assert (begin - covered).days <= longest_gap, (role, organization, covered, begin)
        covered = max(covered, end)


def test_roles_are_bounded_in_time(knowledge):
    kennedy = knowledge.roles_of("john-f-kennedy")
    assert [(r.role, r.date_begin, r.date_end) for r in kennedy if r.role == "president"] == [
        ("president", date(1961, 1, 20), date(1963, 11, 22))]
    dobrynin = [r for r in knowledge.roles_of("anatoly-dobrynin")][0]
    assert (dobrynin.date_begin, dobrynin.date_end) == (date(1962, 1, 1), date(1986, 12, 31))  # year precision


def _user_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "mine"
    (folder / "actors").mkdir(parents=True)
    for name, content in files.items():
        (folder / "actors" / name).write_text(content, encoding="utf-8")
    return folder


@pytest.mark.parametrize("files, line, message", [
    ({"people.tsv": HEADER + "ann-smith\tAnn Smith\tperson\tUSA\n" + "bob\tBob\tpirate\tUSA\n"}, 3, "unknown type"),
    ({"people.tsv": HEADER + "bob\tBob\tperson\tXYZ\n"}, 2, "country 'XYZ'"),
    ({"people.tsv": HEADER + "bob\tBob\tperson\n# a comment\nbob\tRobert\tperson\n"}, 4, "duplicate id 'bob'"),
    ({"people.tsv": HEADER + "Bob Smith\tBob\tperson\n"}, 2, "not a lower-case slug"),
    ({"people.tsv": HEADER + "bob\tBob\tperson\t\t\tQ12x\n"}, 2, "not a Q-id"),
    ({"people.tsv": HEADER + "bob\t\tperson\n"}, 2, "'name' is empty"),
    ({"people.tsv": HEADER + "bob\tBob\tperson\n", "roles.tsv": ROLES_HEADER + "bob\tmayor\tunited-states\t2020-13-01\t\n"},
     2, "not a calendar date"),
    ({"people.tsv": HEADER + "bob\tBob\tperson\n", "roles.tsv": ROLES_HEADER + "bob\tmayor\tunited-states\tsoon\t\n"},
     2, "not YYYY"),
    ({"roles.tsv": ROLES_HEADER + "\n" + "nobody-here\tmayor\tunited-states\t2020\t\n"}, 3, "unknown actor id"),
    ({"roles.tsv": ROLES_HEADER + "john-f-kennedy\tmayor\tatlantis\t2020\t\n"}, 2, "unknown organization"),
    ({"roles.tsv": ROLES_HEADER + "john-f-kennedy\tmayor\tunited-states\t2020\t2019\n"}, 2, "before date_begin"),
    ({"roles.tsv": ROLES_HEADER.rstrip("\n") + "\tannounced\n" + "john-f-kennedy\tmayor\tunited-states\t2020-01\t\t2020-02-03\n"},
     2, "announced 2020-02-03 is after date_begin"),
    ({"roles.tsv": ROLES_HEADER.rstrip("\n") + "\tannounced\n" + "john-f-kennedy\tmayor\tunited-states\t2020\t\tsoon\n"},
     2, "announced 'soon' is not YYYY"),
    ({"people.tsv": "id\tname\ttype\tborn\tdied\nbob\tBob\tperson\t1950-02-30\t\n"}, 2, "not a calendar date"),
    ({"people.tsv": "id\tname\ttype\tborn\tdied\nbob\tBob\tperson\t1950\t1949\n"}, 2, "died 1949 is before born"),
    ({"people.tsv": "id\tname\ttype\tborn\nbobco\tBobco\torganization\t1950\n"}, 2, "only people have them"),
    ({"people.tsv": "id\tname\n"}, 1, "header lacks column(s) type"),
    ({"states.tsv": "id\tname\ttype\tcountry\tperiod\nnew-land\tNew Land\tstate\tNLD\t2001\n"}, 2, "not BEGIN..END"),
    ({"states.tsv": "id\tname\ttype\tcountry\tperiod\nnew-land\tNew Land\tstate\tNLD\t2001-02-30..\n"}, 2,
     "not a calendar date"),
])
def test_a_bad_user_line_is_reported_with_file_and_line(tmp_path, files, line, message):
    folder = _user_folder(tmp_path, files)
    with pytest.raises(KnowledgeError) as caught:
        load_actor_knowledge((folder,))
    error = caught.value
    assert error.line == line
    assert error.path is not None and Path(error.path).parent == folder / "actors"
    assert message in str(error)
    assert f"line {line}" in str(error)


def test_user_entries_override_and_extend(tmp_path):
    folder = _user_folder(tmp_path, {
        "people.tsv": HEADER + "vladimir-putin\tVladimir V. Putin\tperson\tRUS\tVVP\n"
                      "ann-smith\tAnn Smith\tperson\tGBR\tSmith\t\tmayor of Springfield\n",
        "roles.tsv": ROLES_HEADER + "ann-smith\tmayor\tunited-kingdom\t2024-05\t\n",
    })
    mine = load_actor_knowledge((folder,))
    assert mine.actors["vladimir-putin"].name == "Vladimir V. Putin"
    assert mine.actors["vladimir-putin"].aliases == ("VVP",)
    assert mine.resolve_role("mayor", "GBR", date(2024, 6, 1)) == "ann-smith"
    assert mine.resolve_role("mayor", "GBR", date(2024, 4, 30)) is None
    assert load_actor_knowledge().actors["vladimir-putin"].name == "Vladimir Putin"


def test_a_historic_iso_code_no_state_has_is_a_valid_country(tmp_path):
    # RHO (Southern Rhodesia) is in ISO 3166-3 but no row of states.tsv carries it
    folder = _user_folder(tmp_path, {"people.tsv": HEADER + "joan-ward\tJoan Ward\tperson\tRHO\n"})
    assert load_actor_knowledge((folder,)).actors["joan-ward"].country == "RHO"


def test_the_packaged_knowledge_loads_without_the_iso_tables():
    """Every packaged country is a state's code: pycountry (slow to import) is not needed for them."""
    code = ("import sys; from timeline_builder.knowledge.actors import load_actor_knowledge; "
            "load_actor_knowledge(); print('pycountry' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_missing_user_folder_is_an_error(tmp_path):
    with pytest.raises(KnowledgeError):
        load_actor_knowledge((tmp_path / "absent",))


@pytest.mark.parametrize("actor_id, role, organization, begin, end", [
    # Heads of research institutes and think tanks: general facts, year precision where the month is unsure.
    ("georgy-arbatov", "director", "institute-for-us-and-canadian-studies", date(1967, 1, 1), date(1995, 12, 31)),
    ("sergey-rogov", "director", "institute-for-us-and-canadian-studies", date(1995, 1, 1), date(2015, 12, 31)),
    ("yevgeny-primakov", "director", "imemo", date(1985, 1, 1), date(1989, 12, 31)),
    ("fred-fleitz", "chief of staff", "us-national-security-council", date(2018, 5, 1), date(2018, 10, 31)),
    ("strobe-talbott", "president", "brookings-institution", date(2002, 1, 1), date(2017, 12, 31)),
])
def test_institute_and_think_tank_heads_have_dated_roles(knowledge, actor_id, role, organization, begin, end):
    assert (role, organization, begin, end) in {(r.role, r.organization, r.date_begin, r.date_end)
                                                for r in knowledge.roles_of(actor_id)}


def test_an_announced_appointment_keeps_its_day(knowledge):
    (envoy,) = [r for r in knowledge.roles_of("keith-kellogg") if r.role.startswith("special envoy")]
    assert envoy.announced == date(2024, 11, 27) and envoy.date_begin == date(2025, 1, 1)
    assert all(r.announced is None for r in knowledge.roles_of("john-f-kennedy"))


def test_heads_of_state_and_government_have_their_lifespans(knowledge):
    """People's ``born``/``died`` (people.tsv): read as days, a year alone as its first day."""
    reagan = knowledge.actors["ronald-reagan"]
    assert (reagan.born, reagan.died) == (date(1911, 2, 6), date(2004, 6, 5))
    assert knowledge.actors["vladimir-putin"].died is None
    assert knowledge.actors["russia"].born is None
    # Every post-war US president, British prime minister and Soviet/Russian leader has a birth day.
    for organization, role, since in (("united-states", "president", 1945), ("united-kingdom", "prime minister", 1945),
                                      ("soviet-union", "general secretary", 1945), ("russia", "president", 1991)):
        holders = {r.actor_id for r in knowledge.roles if r.organization == organization and r.role == role
                   and r.date_begin and r.date_begin.year >= since}
        assert holders and all(knowledge.actors[h].born for h in holders), organization


def test_no_one_holds_a_role_before_birth_or_after_death(knowledge):
    """A data check across roles.tsv and people.tsv: each role lies within its holder's life
    (a role may begin in childhood only as a monarch, so adults are not checked further)."""
    wrong = []
    for role in knowledge.roles:
        person = knowledge.actors.get(role.actor_id)
        if person is None or person.type != "person":
            continue
        if person.born and role.date_begin and role.date_begin < person.born:
            wrong.append((role.actor_id, role.role, "begins before birth"))
        if person.died and role.date_begin and role.date_begin > person.died:
            wrong.append((role.actor_id, role.role, "begins after death"))
        if person.died and role.date_end and role.date_end > person.died:
            wrong.append((role.actor_id, role.role, f"ends {role.date_end} after death {person.died}"))
    assert not wrong
