"""Actions a story reports in the present perfect are its news, dated by the dct (news_actions.py)."""
from __future__ import annotations

from datetime import date, timedelta

from timeline_builder.extract import registry
from timeline_builder.extract.events.news_actions import REACH_DAYS
import sys
from pathlib import Path

from timeline_builder.records import AnnotatedDocument, Document, Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors

DCT = date(2019, 6, 14)


def run(text: str, actors: dict[str, tuple[str, str]], timexes=()):
    """actors: id -> (surface, type)."""
    extraction = extraction_with_actors(text, actors, timexes)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    return registry.create("events")(AnnotatedDocument(doc, extraction))


def _news(result) -> list:
    return [e for e in result.events if e.date_end == DCT and e.date_begin == DCT - timedelta(days=REACH_DAYS)]


STATES = {"freedonia": ("Freedonia", "state"), "sylvania": ("Sylvania", "state")}


def test_each_action_sharing_one_auxiliary_is_an_event_of_the_weeks_before_the_story():
    text = ("Freedonia, accusing its neighbour of plotting a coup, has expelled two Sylvania diplomats, "
            "tested a cruise missile, and imposed a curfew on the border towns.")
    result = run(text, STATES)
    news = _news(result)
    assert len(news) == 3, [e.name for e in result.events]
    assert all(e.date_basis == "context" for e in news)
    spans = sorted(text[m.char_start:m.char_end] for m in result.event_mentions
                   if m.event_id in {e.event_id for e in news})
    assert spans == ["expelled two Sylvania diplomats", "imposed a curfew on the border towns",
                     "tested a cruise missile"]


def test_a_pronoun_subject_after_a_named_one_reports_news_too():
    text = "Sylvania has imposed sanctions on Freedonia. It has also suspended all flights."
    assert len(_news(run(text, STATES))) == 2


def test_the_perfect_of_experience_or_duration_is_no_news():
    for text in ("Freedonia has fought two wars with Sylvania since 1950.",
                 "Freedonia has often expelled diplomats.",
                 "Freedonia has never signed the treaty.",
                 "For decades Freedonia has imposed tariffs on grain.",
                 "Freedonia would have signed the deal.",
                 "Freedonia has created an opportunity to turn the page."):
        assert not _news(run(text, STATES)), text


def test_an_action_without_a_named_subject_or_with_its_own_date_is_not_dated_by_the_dct():
    assert not _news(run("We have signed many agreements.", STATES))
    text = "In recent months Freedonia has expelled two diplomats."
    start = text.index("In recent months")
    vague = Timex("d", start, start + 16, "In recent months", "DATE", "PAST_REF", None, None, None, None)
    assert not _news(run(text, STATES, [vague]))


def test_quoted_words_are_not_the_story_s_own_news():
    assert not _news(run('The minister said: "Freedonia has expelled two diplomats."', STATES))


def test_the_subject_of_a_news_action_is_its_agent_though_the_action_span_starts_at_the_verb():
    text = "Freedonia has sanctioned Sylvania and called its elections a fraud."
    result = run(text, STATES)
    news = _news(result)
    assert news, [e.name for e in result.events]
    for event in news:
        roles = {(l.actor_id, l.role) for l in result.event_actors if l.event_id == event.event_id}
        assert ("freedonia", "agent") in roles


def test_it_in_a_news_action_is_the_first_actor_of_the_sentence_before():
    text = ("Freedonia has expelled two Sylvania diplomats. "
            "But it has now called for talks to settle the row.")
    result = run(text, STATES)
    talks = [m.event_id for m in result.event_mentions if "called for talks" in text[m.char_start:m.char_end]]
    assert talks, [e.name for e in result.events]
    roles = {(l.actor_id, l.role) for l in result.event_actors if l.event_id == talks[0]}
    assert ("freedonia", "agent") in roles


def test_it_is_the_first_actor_of_the_sentence_before_and_names_the_action():
    text = "Freedonia protested again. Sylvania has imposed sanctions on Freedonia. But it has now called for talks."
    result = run(text, STATES)
    call = next(e for e in _news(result) if "Talks" in e.name)
    assert call.name == "Sylvania Calls for Talks"
    agents = {a.actor_id for a in result.event_actors if a.event_id == call.event_id and a.role == "agent"}
    assert agents == {"sylvania"}


# --- the quotation cover (news_actions._Cover): what ``any(s <= offset < e for s, e in spans)`` says -----

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline_builder.extract.events.news_actions import _Cover  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=8))
def test_the_cover_of_spans_in_any_order_nested_or_empty_is_a_pass_over_them(spans):
    cover = _Cover(spans)
    for offset in range(-1, 55):
        assert cover(offset) == any(s <= offset < e for s, e in spans), (spans, offset)


def test_an_action_inside_a_quotation_is_no_news_and_one_outside_it_is():
    text = ('"Sylvania has expelled our envoy," an aide said. Freedonia has expelled the Sylvanian ambassador.')
    found = _news(run(text, STATES))
    assert [e.name for e in found] == ["Freedonia Expels Sylvanian Ambassador"], [e.name for e in found]


def test_news_actions_are_the_same_whether_the_names_come_in_text_order_or_not():
    import re

    from timeline_builder.extract.events.news_actions import perfect_actions
    from timeline_builder.extract.events.phrases import Named
    from timeline_builder.extract.events.text import TextLayout
    from timeline_builder.knowledge.triggers import load_trigger_knowledge
    from timeline_builder.records import ActorMention

    text = ("Freedonia has expelled two Sylvanian diplomats. It has also threatened Sylvania. "
            "Sylvania has condemned the move. Freedonia has sanctioned Sylvania.")
    mentions = [ActorMention(a, "d", m.start(), m.end(), name) for a, name in
                (("freedonia", "Freedonia"), ("sylvania", "Sylvania")) for m in re.finditer(rf"\b{name}\b", text)]
    mentions.sort(key=lambda m: m.char_start)
    named = [Named(m.actor_id, m.text, m.char_start, m.char_end, "state") for m in mentions]
    types = {"freedonia": "state", "sylvania": "state"}
    layout = TextLayout(Document("d", "d.txt", text, "sha", dct=DCT))
    triggers = load_trigger_knowledge()

    def rows(names):
        return [(c.name, c.span, c.actors) for c in
                perfect_actions(layout, mentions, [], triggers, names, types, DCT, [])]

    in_order = rows(named)
    # "It" takes its agent from the sentence before; each action names only its own words' states
    assert [(name, actors[0][0]) for name, _, actors in in_order] == [
        ("Freedonia Expels Two Sylvanian Diplomats", "freedonia"), ("Freedonia Threatens Sylvania", "freedonia"),
        ("Sylvania Condemns Move", "sylvania"), ("Freedonia Sanctions Sylvania", "freedonia")], in_order
    assert rows(list(reversed(named))) == in_order
