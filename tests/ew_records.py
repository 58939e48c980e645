"""Hand-built documents and events for the store, export and query tests (no model needed)."""

from __future__ import annotations

from eventwire.model import (Actor, Attribution, DateRef, Document, Event, Place, Quantity)


def doc(text: str, ref: str, published: str | None = "2021-03-02", url: str | None = None) -> Document:
    return Document(text=text, doc_ref=ref, published=published, url=url, cleaned=True)


def event(d: Document, typ: str, sentence: str, *, mode: str | None = None,
          source: tuple[str, str | None, str | None] | None = None,
          target: tuple[str, str | None, str | None] | None = None,
          date: tuple[str, str] | None = None, place: tuple[str, str, float, float] | None = None,
          according_to: str | None = None, qty: tuple[float, str, str] | None = None) -> Event:
    start = d.text.index(sentence)
    return Event(
        doc_id=d.doc_id, doc_ref=d.doc_ref, type=typ, mode=mode, sentence=sentence,
        span=(start, start + len(sentence)),
        source=Actor(source[0], source[0], source[1], source[2]) if source else None,
        target=Actor(target[0], target[0], target[1], target[2]) if target else None,
        date=DateRef(date[0], date[1], "on that day") if date else None,
        location=Place(place[0], place[0], place[1], place[2], place[3]) if place else None,
        attribution=Attribution(f"{according_to} said", according_to) if according_to else None,
        quantities=[Quantity(qty[0], qty[1], qty[2])] if qty else [],
        modality="reported" if according_to else "asserted", confidence=0.8,
        trigger=typ.lower(), trigger_span=(start, start + 3))


def corpus() -> list[tuple[Document, list[Event]]]:
    """Three small invented reports: an air raid, a protest and a visit."""
    a = doc("Jets of the Freedonian air force bombed a depot near Mosul on Tuesday, the "
            "ministry said. Forty soldiers were moved to the border the same week.",
            "reports/raid.txt", url="https://news.example/raid")
    b = doc("Hundreds of students marched through Santiago demanding lower fares. "
            "Police in Chile used water cannon against them.", "reports/march.txt")
    c = doc("The Kenyan president visited Ethiopia to discuss the dam.", "reports/visit.txt",
            published="2019-11-20")
    return [
        (a, [event(a, "ASSAULT", a.text[:a.text.index(" Forty")], mode="aerial",
                   source=("Freedonian air force", None, "MIL"), target=None,
                   date=("2021-03-02", "day"), place=("Mosul", "IRQ", 36.34, 43.13),
                   according_to="the ministry"),
             event(a, "MOBILIZE", "Forty soldiers were moved to the border the same week.",
                   mode="troops", date=("2021-03", "month"), qty=(40, "soldiers", "Forty soldiers"))]),
        (b, [event(b, "PROTEST", b.text[:b.text.index(" Police")], mode="demo",
                   source=("students", "CHL", "CVL"), date=("2021-02-27", "day"),
                   place=("Santiago", "CHL", -33.45, -70.66)),
             event(b, "COERCE", "Police in Chile used water cannon against them.",
                   source=("Police", "CHL", "GOV"), target=("students", "CHL", "CVL"),
                   date=("2021-02-27", "day"))]),
        (c, [event(c, "CONSULT", c.text, mode="visit", source=("Kenyan president", "KEN", "GOV"),
                   target=("Ethiopia", "ETH", "GOV"), date=("2019", "year"))]),
    ]
