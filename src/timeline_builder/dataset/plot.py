"""A timeline picture of a version's events, PNG or SVG through matplotlib (the ``[plot]`` extra).

One row per event, oldest at the top, on a shared time axis: a point for an event of one
day (or with no known end), a bar for an interval, an open-ended bar with an arrow for an
ongoing event, coloured by kind and labelled with its name and dates. Rows can be grouped
into lanes, one per actor, so that who did what when reads down each lane.

The time range is, unless given, the documents' own period plus the events they date
(:func:`time_range`), so background history from the knowledge base does not squeeze a
corpus of two years into the corner of a century. The interactive page is
:mod:`timeline_builder.dataset.timeline_page`.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..errors import UsageError

FORMATS = (".png", ".svg", ".html")
# Dated by the documents themselves (as opposed to the knowledge base's background dates).
DOCUMENT_BASES = ("text", "context")
# Shares of the documents' dates (and of their creation times) left out at each end of the default range.
DATED_TAIL = 0.10
DCT_TAIL = 0.05
PLOT_EXTRA_HINT = "install the plot extra: pip install -c constraints.txt -e \".[plot]\" (or timeline-builder[plot])"
# Fixed colours per kind, so a kind keeps its colour from one picture to the next.
KIND_COLOURS = {
    "war": "#d62728", "conflict": "#ff7f0e", "crisis": "#e377c2", "operation": "#8c564b",
    "treaty": "#1f77b4", "agreement": "#17becf", "law": "#2ca02c", "sanction": "#bcbd22",
    "policy": "#9467bd", "election": "#7f7f7f", "term": "#aec7e8", "appointment": "#98df8a",
    "meeting": "#ffbb78", "statement": "#c5b0d5", "publication": "#c49c94", "death": "#393b79",
    "founding": "#637939", "other": "#bdbdbd",
}
_FALLBACK_COLOURS = ("#843c39", "#7b4173", "#3182bd", "#31a354", "#756bb1", "#636363")
MAX_LABEL = 70
DEFAULT_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of the picture."""

    name: str
    kind: str
    begin: date
    end: date | None
    lane: str | None = None
    ongoing: bool = False  # no end yet: drawn open-ended, to the right edge of the range

    @property
    def is_interval(self) -> bool:
        return self.end is not None and self.end > self.begin

    def label(self) -> str:
        name = self.name if len(self.name) <= MAX_LABEL else self.name[: MAX_LABEL - 1] + "…"
        if self.ongoing:
            return f"{name}  (since {self.begin.isoformat()}, ongoing)"
        when = self.begin.isoformat() + (f" – {self.end.isoformat()}" if self.is_interval else "")
        return f"{name}  ({when})"


@dataclass(frozen=True, slots=True)
class Selection:
    """The rows to draw and what was left out: undated events, and those over the limit."""

    rows: list[Bar]
    undated: int = 0
    over_limit: int = 0
    outside: int = 0  # dated events wholly outside the time range
    window: tuple[date, date] | None = None

    def note(self) -> str:
        lanes = len({r.lane for r in self.rows}) if self.rows and self.rows[0].lane is not None else 0
        shown = len({(r.name, r.begin) for r in self.rows})
        by = "kind" if all(r.lane == r.kind for r in self.rows) else "actor"
        text = f"{shown} event(s)" + (f" in {lanes} {by} lane(s)" if lanes else "")
        if self.over_limit:
            text += f", the most mentioned; {self.over_limit} more not shown (raise --limit, or filter)"
        if self.undated:
            text += f"; {self.undated} undated event(s) not shown"
        if self.outside:
            text += f"; {self.outside} outside {self.window[0].isoformat()} – {self.window[1].isoformat()} " \
                    "(--since/--until)"
        return text


def is_ongoing(event: dict) -> bool:
    """An event that has begun and not ended when its documents were written ("the war since 2014")."""
    return event.get("date_begin") is not None and event.get("date_end") is None \
        and event.get("time_relation") == "current"


def time_range(events: list[dict], documents: list[dict], since: date | None = None,
               until: date | None = None) -> tuple[date, date] | None:
    """The period to draw: ``since``..``until`` where given; otherwise the documents' own period
    (their creation times) together with the events they date themselves (by text or context),
    not the knowledge base's background history. None when nothing is dated.

    Of the dates the documents give, the outer 10 % at each end are left out of the default,
    and of their creation times the outer 5 % (a news corpus mentioning "the 15th century" and
    "by 2100", or one document whose date was inferred from an old quotation, is still drawn
    over its years); the events outside are counted in the title, --since/--until bring them in.
    """
    # A dct inferred from the newest date in the text is a date the text gives, not a known one.
    dcts = sorted(d["dct"] for d in documents if d.get("dct") and d.get("dct_source") != "inferred")
    dated = sorted([x for e in events if e.get("date_basis") in DOCUMENT_BASES
                    for x in (e.get("date_begin"), e.get("date_end")) if x]
                   + [d["dct"] for d in documents if d.get("dct") and d.get("dct_source") == "inferred"])
    if not dated and not dcts:
        dated = sorted(x for e in events for x in (e.get("date_begin"), e.get("date_end")) if x)
    points = _central(dcts, DCT_TAIL) + _central(dated, DATED_TAIL)
    if not points and not (since and until):
        return None
    first, last = since or min(points), until or max(points)
    if first > last:
        raise UsageError(f"the range is empty: --since {first.isoformat()} is after --until {last.isoformat()}")
    return first, last


def _central(values: list[date], tail: float) -> list[date]:
    """The lowest and highest of sorted ``values`` once ``tail`` of them is dropped at each end."""
    if not values:
        return []
    n = len(values)
    return [values[int(tail * (n - 1))], values[n - 1 - int(tail * (n - 1))]]


def _overlaps(event: dict, window: tuple[date, date] | None) -> bool:
    if window is None:
        return True
    begin = event["date_begin"]
    end = event.get("date_end") or (window[1] if is_ongoing(event) else begin)
    return begin <= window[1] and end >= window[0]


def select_events(events: list[dict], event_actors: list[dict], actors: list[dict], *,
                  mentions: dict[str, int] | None = None, actor: str | None = None, kind: str | None = None,
                  lanes: bool | str = False, max_lanes: int = 8, limit: int | None = DEFAULT_LIMIT,
                  window: tuple[date, date] | None = None) -> Selection:
    """The events to draw, oldest first.

    Args:
        events, event_actors, actors: rows of those tables.
        mentions: number of mentions per event id; with more dated events than ``limit``,
            the most mentioned are kept (a picture of thousands of rows helps no one).
        actor: only events this actor id takes part in.
        kind: only events of this kind.
        lanes: True or "actor": one lane per actor (the ``max_lanes`` with most events), an event
            showing in each lane of its actors; "kind": one lane per kind.
        limit: at most this many events (None or 0: all).
        window: only events that overlap this period (see :func:`time_range`).
    """
    names = {a["actor_id"]: a["name"] for a in actors}
    by_event: dict[str, set[str]] = {}
    for link in event_actors:
        by_event.setdefault(link["event_id"], set()).add(link["actor_id"])
    if actor is not None and actor not in names and not any(actor in ids for ids in by_event.values()):
        raise UsageError(f"no actor {actor!r} in this version", hint="see: timeline query \"SELECT actor_id, "
                         "name FROM actors\"")
    chosen = [e for e in events
              if (kind is None or e["kind"] == kind) and (actor is None or actor in by_event.get(e["event_id"], ()))]
    undated = sum(1 for e in chosen if e.get("date_begin") is None)
    dated = [e for e in chosen if e.get("date_begin") is not None]
    inside = [e for e in dated if _overlaps(e, window)]
    outside, dated = len(dated) - len(inside), inside
    over_limit = 0
    if limit and len(dated) > limit:
        counts = mentions or {}
        ranked = sorted(dated, key=lambda e: (-counts.get(e["event_id"], 0), e["date_begin"], e["event_id"]))
        dated, over_limit = ranked[:limit], len(dated) - limit
    dated.sort(key=lambda e: (e["date_begin"], e.get("date_end") or e["date_begin"], e["name"], e["event_id"]))
    if not lanes:
        return Selection([Bar(e["name"], e["kind"], e["date_begin"], e.get("date_end"), ongoing=is_ongoing(e))
                          for e in dated], undated, over_limit, outside, window)
    if lanes == "kind":
        return Selection([Bar(e["name"], e["kind"], e["date_begin"], e.get("date_end"), e["kind"], is_ongoing(e))
                          for e in sorted(dated, key=lambda e: e["kind"])], undated, over_limit, outside, window)
    counts_by_actor: dict[str, int] = {}
    for e in dated:
        for actor_id in by_event.get(e["event_id"], ()):
            counts_by_actor[actor_id] = counts_by_actor.get(actor_id, 0) + 1
    top = sorted(counts_by_actor, key=lambda a: (-counts_by_actor[a], a))[:max_lanes]
    rows = []
    for actor_id in top:
        lane = names.get(actor_id, actor_id)
        rows += [Bar(e["name"], e["kind"], e["date_begin"], e.get("date_end"), lane, is_ongoing(e))
                 for e in dated if actor_id in by_event.get(e["event_id"], ())]
    return Selection(rows, undated, over_limit, outside, window)


def render(selection: Selection, out: Path, title: str) -> Path:
    """Draw ``selection`` into ``out`` (.png or .svg, by its suffix); return ``out``."""
    rows, undated = selection.rows, selection.undated
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(f"cannot write a {suffix or 'suffix-less'} picture; use .png, .svg or .html", path=str(out))
    if not rows:
        raise UsageError("no dated event to draw" + (f" ({undated} undated)" if undated else ""),
                         hint="check the filters, or build with the event extractor")
    try:
        import matplotlib  # noqa: F401 - only to say what to install when it is missing
    except ImportError:
        raise UsageError("a PNG or SVG picture needs matplotlib", hint=PLOT_EXTRA_HINT) from None
    figure = _figure(rows, title, selection.note(), selection.window)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".png":
            figure.savefig(out, dpi=110, metadata={"Software": None})
        else:
            buffer = io.StringIO()
            figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
            out.write_text(buffer.getvalue(), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the picture: {exc.strerror or exc}", path=str(out)) from None
    finally:
        import matplotlib.pyplot as plt

        plt.close(figure)
    return out


def colour_of(kind: str, kinds: list[str]) -> str:
    if kind in KIND_COLOURS:
        return KIND_COLOURS[kind]
    unknown = sorted(k for k in kinds if k not in KIND_COLOURS)
    return _FALLBACK_COLOURS[unknown.index(kind) % len(_FALLBACK_COLOURS)]


def _figure(rows: list[Bar], title: str, note: str, window: tuple[date, date] | None = None):
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "timeline-builder"  # stable ids in the SVG
    matplotlib.rcParams["svg.fonttype"] = "none"  # real <text>: searchable, selectable, smaller
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    first = window[0] if window else min(r.begin for r in rows)
    last = window[1] if window else max(r.end or r.begin for r in rows)
    span_days = max((last - first).days, 365)
    pad = timedelta(days=span_days * 0.015)
    left, right = mdates.date2num(first - pad), mdates.date2num(last + pad)
    min_width = span_days * 0.004  # a short interval still shows as a bar, not a hairline
    kinds = sorted({r.kind for r in rows})
    has_lanes = rows[0].lane is not None

    # Labels sit in their own column (the y tick labels), Gantt-style: they can never cover
    # a mark or run off the picture, however the events crowd on the time axis.
    ticks, labels, headers = [], [], []
    y = 0
    for index, row in enumerate(rows):
        if has_lanes and (index == 0 or row.lane != rows[index - 1].lane):
            if index:
                y += 0.6
            headers.append(len(ticks))
            ticks.append(y)
            labels.append(row.lane)
            y += 1
        ticks.append(y)
        labels.append(row.label())
        y += 1
    height = max(3.5, 0.24 * y + 2.0)
    figure, axes = plt.subplots(figsize=(16, height))
    row_positions = [t for i, t in enumerate(ticks) if i not in headers]
    for row, y in zip(rows, row_positions):
        colour = colour_of(row.kind, kinds)
        begin = mdates.date2num(row.begin)
        axes.axhline(y, color="#f2f2f2", linewidth=0.6, zorder=0)
        if row.ongoing:  # open-ended: to the right edge, with an arrow
            begin = max(begin, left)
            axes.barh(y, right - begin, left=begin, height=0.64, color=colour, edgecolor="#333333", linewidth=0.4,
                      linestyle="--", alpha=0.75, zorder=2)
            axes.plot(right, y, marker=">", markersize=7, color=colour, markeredgecolor="#333333",
                      markeredgewidth=0.5, zorder=3, clip_on=False)
        elif row.is_interval:
            begin = max(begin, left)
            width = max(min(mdates.date2num(row.end), right) - begin, min_width)
            axes.barh(y, width, left=begin, height=0.64, color=colour, edgecolor="#333333", linewidth=0.4,
                      zorder=2)
        else:
            axes.plot(begin, y, marker="o", markersize=6.5, color=colour, markeredgecolor="#333333",
                      markeredgewidth=0.5, zorder=3)
    for index in headers[1:]:
        axes.axhline(ticks[index] - 0.8, color="#888888", linewidth=0.8)
    axes.set_yticks(ticks)
    axes.set_yticklabels(labels, fontsize=8.5)
    for index in headers:
        label = axes.get_yticklabels()[index]
        label.set_fontweight("bold")
        label.set_fontsize(10)
    axes.tick_params(axis="y", length=0)
    axes.set_xlim(left, right)
    axes.set_ylim(ticks[-1] + 0.8, -0.8)
    years = (last.year - first.year) or 1
    step = 10 if years > 40 else 5 if years > 15 else 1
    axes.xaxis.set_major_locator(mdates.YearLocator(step))
    axes.xaxis.set_minor_locator(mdates.YearLocator(1) if step > 1 else mdates.MonthLocator())
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    axes.tick_params(axis="x", labeltop=True, top=True)
    axes.grid(axis="x", which="major", color="#c8c8c8", linewidth=0.7)
    axes.grid(axis="x", which="minor", color="#ececec", linewidth=0.4)
    axes.set_axisbelow(True)
    for side in ("left", "right"):
        axes.spines[side].set_visible(False)
    handles = [Patch(facecolor=colour_of(k, kinds), edgecolor="#333333", linewidth=0.4, label=k) for k in kinds]
    handles += [Line2D([], [], marker="o", linestyle="", color="#666666", label="one day / no end"),
                Patch(facecolor="#666666", label="interval"),
                Line2D([], [], marker=">", linestyle="--", color="#666666", label="ongoing")]
    figure.legend(handles=handles, loc="lower center", ncol=min(len(handles), 10), fontsize=8.5, frameon=False)
    axes.set_title(f"{title}\n{note}", fontsize=11, loc="left")
    legend_rows = -(-len(handles) // 10)
    figure.tight_layout(rect=(0, 0.25 * legend_rows / height + 0.1 / height, 1, 1))
    return figure
