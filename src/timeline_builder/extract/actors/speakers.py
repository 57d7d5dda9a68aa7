"""Who speaks in a transcript, and whom its first person refers to.

A transcript names its speakers in labels at the start of a line ("THE PRESIDENT:", "THE
PRESIDENT.", "SECRETARY RUSK:", "Q:") and may name the main speaker in a header line
("President: Barack Obama"). Labels are not mentions of anyone (the actor extractor skips
them); the text after a label, up to the next label, is that speaker's turn, and text before
any label belongs to the header's speaker. Inside a turn, "I", "me", "my", "we", "our" and
"my administration" refer to the speaker -- except inside quotation marks, where someone else
is being quoted.

Public API (for the events and link stages): :func:`speaker_turns` and
:func:`speaker_references`, which return :class:`SpeakerTurn` and :class:`ActorReference`
records with character offsets into the document text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from ...knowledge.actors import ActorKnowledge, normalise_role
from ...records import ActorReference, Document, slugify  # ActorReference: re-exported
from .context import surname_of

# A label: one to four upper-case words (or "Q") at the start of a line, then ":" or ".".
LABEL_RE = re.compile(r"^[ \t]*(?P<label>Q|(?:[A-Z][A-Z'’.-]*[A-Z]\.?)(?: [A-Z][A-Z'’.-]*\.?){0,3}?)[ \t]*[:.](?=\s)",
                      re.MULTILINE)
# A header naming the main speaker: "President: Barack Obama" on the first line.
HEADER_RE = re.compile(r"\A[ \t]*(?P<title>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*:[ \t]*"
                       r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4})[ \t]*$", re.MULTILINE)
FIRST_PERSON_RE = re.compile(r"\b(?:(?P<administration>(?:[Mm]y|[Oo]ur) administration)|"
                             r"(?P<singular>I|me|my|mine|myself|My|Me|Myself)|"
                             r"(?P<plural>we|us|our|ours|ourselves|We|Our|Ours|Us))\b")
QUOTE_PAIRS = (("“", "”"), ('"', '"'))
# Labels that name no one in particular.
ANONYMOUS = {"q", "question", "audience", "crowd", "participant", "participants", "voice", "voices", "moderator",
             "reporter", "questioner", "audience member", "unidentified", "applause"}


@dataclass(frozen=True, slots=True)
class SpeakerTurn:
    """A stretch of a transcript spoken by one speaker.

    ``actor_id`` is the speaker (None where the label names no one in particular, "Q:");
    ``label_start``/``label_end`` span the label ("THE PRESIDENT:"), empty for the header's
    speaker's unlabelled text; ``start``/``end`` span what they say.
    """

    actor_id: str | None
    label: str
    label_start: int
    label_end: int
    start: int
    end: int


def label_matches(text: str) -> list[re.Match]:
    """``LABEL_RE.finditer(text)``: a label stands at a line's start and ends on its line, so the
    pattern is tried at each line's start only (tried at every character it cost 2 % of the stage)."""
    found, start = [], 0
    while start >= 0:
        m = LABEL_RE.match(text, start)
        if m is not None:
            found.append(m)
        start = text.find("\n", start)
        if start >= 0:
            start += 1
    return found


def label_spans(text: str, knowledge: ActorKnowledge) -> list[tuple[int, int]]:
    """Character spans of the speaker labels and of the header's title ("President:")."""
    spans = [m.span("label") for m in label_matches(text) if _is_label(m.group("label"))]
    header = _header(text, knowledge)
    if header is not None:
        spans.append(header.span("title"))
    return sorted(spans)


def _header(text: str, knowledge: ActorKnowledge) -> re.Match | None:
    """"President: Barack Obama" names the speaker; "Profile: Gordon Brown" does not (the title
    must be a person's title)."""
    header = HEADER_RE.match(text)
    titles = knowledge.cues.get("person_titles", {})
    return header if header is not None and header.group("title").lower() in titles else None


def header_speaker(text: str, knowledge: ActorKnowledge) -> str | None:
    """The speaker a header line names ("President: Barack Obama"), if any."""
    header = _header(text, knowledge)
    return _person_named(header.group("name"), knowledge) if header is not None else None


def speaker_turns(document: Document, knowledge: ActorKnowledge) -> tuple[SpeakerTurn, ...]:
    """The turns of a transcript (none for a text with neither labels nor a speaker header)."""
    text = document.text
    header = _header(text, knowledge)
    main = _person_named(header.group("name"), knowledge) if header else None
    main_title = normalise_role(header.group("title")) if header else None
    labels = [m for m in label_matches(text) if _is_label(m.group("label"))]
    turns = []
    body_start = header.end() if header else 0
    first_label = labels[0].start("label") if labels else len(text)
    if main is not None and text[body_start:first_label].strip():
        turns.append(SpeakerTurn(main, "", body_start, body_start, body_start, first_label))
    for k, m in enumerate(labels):
        end = labels[k + 1].start("label") if k + 1 < len(labels) else len(text)
        speaker = _label_speaker(m.group("label"), main, main_title, knowledge, document.dct)
        turns.append(SpeakerTurn(speaker, m.group("label"), m.start("label"), m.end("label"), m.end(), end))
    return tuple(turns)


def speaker_references(document: Document, knowledge: ActorKnowledge) -> tuple[ActorReference, ...]:
    """Each first-person expression spoken by a known speaker, outside quotations."""
    text = document.text
    found = []
    for turn in speaker_turns(document, knowledge):
        if turn.actor_id is None:
            continue
        quoted = sorted(_quoted_spans(text, turn.start, turn.end))
        opening = [a for a, _ in quoted]
        for m in FIRST_PERSON_RE.finditer(text, turn.start, turn.end):
            k = bisect.bisect_right(opening, m.start()) - 1
            if k >= 0 and m.start() < quoted[k][1]:
                continue
            found.append(ActorReference(turn.actor_id, m.start(), m.end(), m.group(), m.lastgroup or "singular"))
    return tuple(found)


def _is_label(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    # At least three letters: "U.S. relations ..." or "II." opening a line is no label.
    return label == "Q" or (len(letters) >= 3 and all(c.isupper() for c in letters))


def _person_named(name: str, knowledge: ActorKnowledge) -> str | None:
    actor_id = knowledge.actor_for(name)
    if actor_id is not None and knowledge.actors[actor_id].type == "person":
        return actor_id
    return slugify(name)


def _label_speaker(label: str, main: str | None, main_title: str | None, knowledge: ActorKnowledge,
                   on: date | None) -> str | None:
    """"THE PRESIDENT" is the header's president; "SECRETARY RUSK" the one Rusk; "Q" no one."""
    words = label.replace(".", " ").split()
    if words and words[0] == "THE":
        words = words[1:]
    phrase = " ".join(words).lower()
    if not words or phrase in ANONYMOUS:
        return None
    role = normalise_role(phrase)
    if main is not None and role == main_title:
        return main
    if main is not None and on is not None and any(r.role == role and r.holds_on(on) for r in knowledge.roles_of(main)):
        return main
    people = list(_people_by_surname(knowledge).get(words[-1].capitalize(), ()))
    if on is not None and len(people) > 1:
        people = [a for a in people if any(r.holds_on(on) for r in knowledge.roles_of(a.actor_id))] or people
    if len(people) == 1:
        return people[0].actor_id
    return None


_SURNAMES: dict[int, tuple[ActorKnowledge, dict[str, list]]] = {}


def _people_by_surname(knowledge: ActorKnowledge) -> dict[str, list]:
    """The knowledge base's people by surname, built once per loaded knowledge base."""
    cached = _SURNAMES.get(id(knowledge))
    if cached is None or cached[0] is not knowledge:
        index: dict[str, list] = {}
        for actor in knowledge.actors.values():
            if actor.type == "person":
                index.setdefault(surname_of(actor.name), []).append(actor)
        cached = _SURNAMES[id(knowledge)] = (knowledge, index)
    return cached[1]


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for opening, closing in QUOTE_PAIRS:
        k = text.find(opening, start, end)
        while k != -1:
            close = text.find(closing, k + 1, end)
            if close == -1:
                break
            spans.append((k, close + 1))
            k = text.find(opening, close + 1, end)
    return spans
