"""An interactive timeline page: one self-contained HTML file, drawn by Vega-Lite (through Altair).

Zoom and pan with the mouse wheel and drag on the time axis; one lane per kind or per actor;
hovering a mark shows its dates, actors, how it was dated and the evidence sentence; a
click opens the document it comes from (its URL, or its text further down the page, with
the evidence marked); menus filter by actor, kind and event type, and two date fields set
the period. Ongoing events run open-ended to the right edge. Vega, Vega-Lite and
vega-embed are inlined (from the vl-convert package), so the page opens without a network.
"""
from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from ..errors import UsageError
from .plot import KIND_COLOURS, PLOT_EXTRA_HINT, colour_of, is_ongoing

EVIDENCE_CHARS = 320
# Each lane is as many rows as its marks need: a row is "<lane><separator><row>" on the y axis,
# labelled with the lane on its first row only.
SLOT_SEPARATOR = "\u2063"
LANE_ROW_PX = 16
# Documents' text embedded for the evidence links, at most this much in all (then only the
# evidence sentences of the rest).
EMBEDDED_TEXT_CHARS = 3_000_000


def page_records(events: list[dict], event_actors: list[dict], actors: list[dict], documents: list[dict],
                 event_mentions: list[dict], window: tuple[date, date], lanes: str = "kind",
                 sentences: list[dict] | None = None) -> list[dict]:
    """One record per mark: an event in one lane, with what the tooltip and the filters need.

    ``lanes``: "kind" (one lane per kind) or "actor" (one per actor; an event shows in each
    lane of its actors, and in "no actor" when it has none).
    """
    names = {a["actor_id"]: a["name"] for a in actors}
    actors_of: dict[str, list[str]] = {}
    for link in sorted(event_actors, key=lambda r: (r["event_id"], r["actor_id"])):
        if link["actor_id"] not in actors_of.setdefault(link["event_id"], []):
            actors_of[link["event_id"]].append(link["actor_id"])
    first_mention: dict[str, dict] = {}
    for m in sorted(event_mentions, key=lambda r: (r["event_id"], r["doc_id"], r["char_start"])):
        first_mention.setdefault(m["event_id"], m)
    docs = {d["doc_id"]: d for d in documents}
    bounds = _sentence_bounds(sentences or [])
    records = []
    for event in events:
        begin = event.get("date_begin")
        if begin is None:
            continue
        ongoing = is_ongoing(event)
        end = event.get("date_end") or (window[1] if ongoing else begin)
        if begin > window[1] or end < window[0]:
            continue
        ids = actors_of.get(event["event_id"], [])
        mention = first_mention.get(event["event_id"])
        document = docs.get(mention["doc_id"]) if mention else None
        base = {
            "event_id": event["event_id"], "name": event["name"], "kind": event["kind"],
            "event_type": event.get("event_type") or "",
            "begin": begin.isoformat(), "end": (end + timedelta(days=1)).isoformat(),  # bars cover the last day
            "shape": "ongoing" if ongoing else "interval" if end > begin else "day",
            "dates": _dates_text(event, ongoing),
            "dated_by": event["date_basis"] + (f": “{event['text_date']}”" if event.get("text_date") else ""),
            "actors": ", ".join(names.get(a, a) for a in ids) or "none",
            "actor_key": "|" + "|".join(ids) + "|",
            "evidence": _evidence(mention, document, bounds) if mention else "",
            "document": (document.get("title") or document["path"]) if document else "",
            "href": (document.get("url") or f"#doc-{document['doc_id']}") if document else "",
        }
        lane_values = ([names.get(a, a) for a in ids] or ["no actor"]) if lanes == "actor" else [event["kind"]]
        records += [{**base, "lane": lane} for lane in lane_values]
    _assign_rows(records)
    for r in records:
        r["slot"] = f"{r['lane']}{SLOT_SEPARATOR}{r['row']}"
    return sorted(records, key=lambda r: (r["lane"], r["row"], r["begin"], r["event_id"]))


def render_page(records: list[dict], out: Path, title: str, note: str, window: tuple[date, date],
                documents: list[dict], event_mentions: list[dict]) -> Path:
    """Write the page to ``out``; return ``out``."""
    if not records:
        raise UsageError("no dated event to draw in this period", hint="widen it with --since/--until, or "
                         "check the filters")
    try:
        import altair as alt
    except ImportError:
        raise UsageError("the interactive page needs Altair", hint=PLOT_EXTRA_HINT) from None
    chart = _chart(alt, records, title, note, window)
    try:
        import vl_convert  # noqa: F401 - Altair inlines its JavaScript from it
        page = chart.to_html(inline=True, embed_options={"renderer": "svg", "actions": False,
                                                          "loader": {"target": "_self"}})
    except ImportError:
        raise UsageError("the interactive page needs vl-convert-python (it inlines the JavaScript)",
                         hint=PLOT_EXTRA_HINT) from None
    appendix = _documents_section(records, documents, event_mentions)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    page = page.replace("</body>", f"{appendix}\n</body>", 1)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the page: {exc.strerror or exc}", path=str(out)) from None
    return out


def _chart(alt, records: list[dict], title: str, note: str, window: tuple[date, date]):
    kinds = sorted({r["kind"] for r in records})
    lanes = sorted({r["lane"] for r in records})
    slots = sorted({(r["lane"], r["row"]) for r in records})
    actors = sorted({a for r in records for a in r["actor_key"].strip("|").split("|") if a})
    actor_names = {}
    for r in records:
        for actor_id, name in zip(r["actor_key"].strip("|").split("|"), r["actors"].split(", ")):
            actor_names.setdefault(actor_id, name)
    types = sorted({r["event_type"] for r in records if r["event_type"]})

    def menu(name, options, labels):
        return alt.param(name=name, value=None,
                         bind=alt.binding_select(options=[None, *options], labels=["all", *labels], name=f"{name} "))

    actor = menu("actor", actors, [actor_names.get(a, a) for a in actors])
    kind = menu("kind", kinds, kinds)
    params = [actor, kind]
    test = ["(actor == null || indexof(datum.actor_key, '|' + actor + '|') >= 0)", "(kind == null || datum.kind == kind)"]
    if types:
        event_type = menu("event_type", types, types)
        params.append(event_type)
        test.append("(event_type == null || datum.event_type == event_type)")
    since = alt.param(name="since", value=window[0].isoformat(), bind=alt.binding(input="date", name="from "))
    until = alt.param(name="until", value=window[1].isoformat(), bind=alt.binding(input="date", name="to "))
    params += [since, until]
    # Vega-Lite has parsed begin and end into dates by now: compare times, not strings.
    test.append("(!since || time(datum.end) > toDate(since)) && (!until || time(datum.begin) <= toDate(until))")
    zoom = alt.selection_interval(bind="scales", encodings=["x"], name="zoom")

    colours = alt.Scale(domain=kinds, range=[colour_of(k, kinds) for k in kinds])
    x = alt.X("begin:T", title=None, scale=alt.Scale(domain=[window[0].isoformat(),
                                                              (window[1] + timedelta(days=1)).isoformat()]),
              axis=alt.Axis(orient="top", grid=True, labelFlush=False))
    first_rows = f"split(datum.label, '{SLOT_SEPARATOR}')"
    y = alt.Y("slot:N", title=None, sort=[f"{lane}{SLOT_SEPARATOR}{row}" for lane, row in slots],
              scale=alt.Scale(paddingInner=0.15),
              axis=alt.Axis(labelLimit=220, labelFontWeight="bold", ticks=False, domain=False,
                            labelExpr=f"{first_rows}[1] == '0' ? {first_rows}[0] : ''"))
    tooltip = [alt.Tooltip("name:N", title="event"), alt.Tooltip("dates:N"), alt.Tooltip("kind:N"),
               alt.Tooltip("actors:N"), alt.Tooltip("dated_by:N", title="dated by"),
               alt.Tooltip("evidence:N"), alt.Tooltip("document:N", title="document (click to open)")]
    if types:
        tooltip.insert(3, alt.Tooltip("event_type:N", title="event type"))
    base = alt.Chart(alt.Data(values=records)).transform_filter(" && ".join(test))
    common = dict(y=y, tooltip=tooltip, href="href:N", description="name:N",
                  color=alt.Color("kind:N", scale=colours, legend=alt.Legend(title="kind", orient="bottom", columns=9)))
    bars = base.transform_filter("datum.shape != 'day'").mark_bar(
        height={"band": 0.8}, stroke="#333333", strokeWidth=0.4, cornerRadius=2, clip=True).encode(
        x=x, x2="end:T", opacity=alt.condition("datum.shape == 'ongoing'", alt.value(0.6), alt.value(0.95)),
        strokeDash=alt.condition("datum.shape == 'ongoing'", alt.value([4, 2]), alt.value([1, 0])), **common)
    open_ends = base.transform_filter("datum.shape == 'ongoing'").mark_point(
        shape="triangle-right", filled=True, size=70, clip=True).encode(x=alt.X("end:T"), **common)
    days = base.transform_filter("datum.shape == 'day'").mark_point(
        shape="circle", filled=True, size=60, stroke="#333333", strokeWidth=0.5, clip=True).encode(x=x, **common)
    height = max(160, len(slots) * LANE_ROW_PX)
    return (alt.layer(bars, open_ends, days)
            .add_params(zoom, *params)
            .properties(width=1100, height=height,
                        title=alt.Title(title, subtitle=[note, "Scroll to zoom, drag to pan, hover for details, "
                                                         "click to open the document; double-click resets."],
                                        anchor="start"))
            .configure_view(strokeWidth=0))


def _assign_rows(records: list[dict]) -> None:
    """Pack each lane's marks into as few rows as keep them from overlapping (greedy, by begin)."""
    by_lane: dict[str, list[dict]] = {}
    for r in sorted(records, key=lambda r: (r["begin"], r["end"], r["event_id"])):
        by_lane.setdefault(r["lane"], []).append(r)
    for marks in by_lane.values():
        ends: list[str] = []  # the end of the last mark in each row
        for r in marks:
            # A one-day mark is drawn as a dot wider than its day: keep a little room after it.
            end = r["end"] if r["shape"] != "day" else (date.fromisoformat(r["end"]) + timedelta(days=1)).isoformat()
            for index, last in enumerate(ends):
                if last < r["begin"]:
                    ends[index] = end
                    r["row"] = index
                    break
            else:
                r["row"] = len(ends)
                ends.append(end)


def _dates_text(event: dict, ongoing: bool) -> str:
    begin, end = event["date_begin"], event.get("date_end")
    if ongoing:
        return f"since {begin.isoformat()} (ongoing)"
    if end and end != begin:
        return f"{begin.isoformat()} – {end.isoformat()}"
    return begin.isoformat() + ("" if end else " (end unknown)")


def _sentence_bounds(sentences: list[dict]) -> dict[str, list[tuple[int, int]]]:
    bounds: dict[str, list[tuple[int, int]]] = {}
    for s in sentences:
        bounds.setdefault(s["doc_id"], []).append((s["char_start"], s["char_end"]))
    for spans in bounds.values():
        spans.sort()
    return bounds


def _evidence(mention: dict, document: dict | None, bounds: dict) -> str:
    """The sentence holding the mention (or the mention itself), on one line."""
    text = mention["text"]
    if document and document.get("text"):
        for start, end in bounds.get(document["doc_id"], []):
            if start <= mention["char_start"] < end:
                text = document["text"][start:end]
                break
    flat = " ".join(str(text).split())
    return flat if len(flat) <= EVIDENCE_CHARS else flat[: EVIDENCE_CHARS - 1] + "…"


def _documents_section(records: list[dict], documents: list[dict], event_mentions: list[dict]) -> str:
    """The evidence documents' text, each with an anchor the marks link to, evidence marked."""
    wanted = {r["href"][5:] for r in records if r["href"].startswith("#doc-")}
    if not wanted:
        return ""
    shown = {r["event_id"] for r in records}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in event_mentions:
        if m["doc_id"] in wanted and m["event_id"] in shown:
            spans.setdefault(m["doc_id"], []).append((m["char_start"], m["char_end"]))
    budget = EMBEDDED_TEXT_CHARS
    parts = ['<section id="documents" style="font-family: sans-serif; max-width: 60em; margin: 2em 1em">',
             "<h2>Documents</h2>"]
    for document in sorted((d for d in documents if d["doc_id"] in wanted), key=lambda d: d["path"]):
        text = document.get("text") or ""
        body = _marked(text, sorted(spans.get(document["doc_id"], []))) if len(text) <= budget else \
            html.escape("(text not embedded: the page keeps under its size limit)")
        budget -= min(len(text), budget)
        meta = " · ".join(html.escape(str(v)) for v in (document["path"], document.get("dct"), document.get("url"))
                          if v)
        parts.append(f'<article id="doc-{html.escape(document["doc_id"])}"><h3>'
                     f'{html.escape(document.get("title") or document["path"])}</h3><p><small>{meta}</small></p>'
                     f'<div style="white-space: pre-wrap">{body}</div></article>')
    parts.append("</section>")
    return "\n".join(parts)


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    out, position = [], 0
    for start, end in spans:
        if start < position:
            continue
        out += [html.escape(text[position:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


__all__ = ["page_records", "render_page", "KIND_COLOURS"]
