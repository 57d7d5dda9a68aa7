"""Actor extractions written by hand, so event tests name exactly who the text mentions."""
from __future__ import annotations

from timeline_builder.records import Actor, ActorMention, Extraction


def extraction_with_actors(text: str, actors: dict[str, tuple[str, str]], timexes=()) -> Extraction:
    """actors: id -> (surface, type); every occurrence of the surface in the text is a mention."""
    mentions, found = [], []
    for actor_id, (name, kind) in actors.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(ActorMention(actor_id, "d", start, start + len(name), name))
            start = text.find(name, start + 1)
        found.append(Actor(actor_id, name, kind))
    return Extraction(actor_mentions=tuple(sorted(mentions, key=lambda m: m.char_start)), actors=tuple(found),
                      timexes=tuple(timexes))
