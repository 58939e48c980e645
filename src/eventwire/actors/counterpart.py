"""A domestic actor's country from the state it deals with, within one event.

Why: news names the state side of a domestic event and leaves the other side bare —
"opposition leader Juan Perez accused the Bolivian government of fraud", "Kenyan police
arrested protesters", "the Mozambique government accepted demands from rebels". A coder
reading the sentence codes the opposition, the protesters and the rebels as Bolivian,
Kenyan and Mozambican; CAMEO and PLOVER code rebels and protesters by the country they act
in. eventwire does the same, and only where nothing in the text points elsewhere:

* the bare side is a non-state actor (opposition, rebels, civilians, parties, clergy, press)
  whose phrase names no country; not a country, capital or international body, not a group
  the knowledge base holds without a country (those are transnational: "al-Qaeda"), and
  not people who are in a country without being of it ("refugees", "aid workers");
* the other side is a state institution (government, legislature, courts, police) with a
  country — not a country name or capital (protesters who denounce "the United States" or
  "Washington" are seldom American), not a diplomat or anyone "visiting", and not the
  military, whose counterparts are as often foreign fighters as domestic ones;
* the other way round, a bare state institution ("the government", "Interior Minister X")
  dealing with a non-state actor of a known country ("Sudanese rebels rejected the
  government's plan") is that country's, and one that arrests, bans, censors or imposes a
  curfew is the country's where it does so ("Interior Minister Ahmed Saleh ordered arrests
  in Cairo"), or else the country of the named person it arrests or convicts ("Obasanjo was
  arrested by security agents", "Judge Sergio Moro convicted Lula");
* every country the sentence mentions, and the document's dominant country if it has one, is
  that same country ("Putin condemned the rebels in Syria" is left alone).

Unknown stays null everywhere else.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Iterable

from eventwire.model import Actor, Event

if TYPE_CHECKING:  # pragma: no cover
    from eventwire.actors.resolve import DocActors

#: Sectors of actors that act inside their own country and are coded by it.
DOMESTIC_SECTORS = frozenset({"OPP", "REB", "CVL", "PTY", "REL", "MED"})
#: Sectors of the state side whose counterpart is taken to be domestic.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
#: Acts a state does only where it rules: its officials who arrest, ban, censor or impose a
#: curfew somewhere are that country's.
JURISDICTION_ACTS = frozenset({("COERCE", m) for m in ("arrest", "restrict", "censor", "curfew",
                                                       "martial-law", "seize")})
#: Kinds that are a whole country (or its capital) rather than an institution in it.
_COUNTRY_KINDS = frozenset({"country", "government", "igo", "place"})
#: Kinds of the bare side that are never given a country this way: the knowledge base's
#: own groups ("al-Qaeda", "Islamic State") have no country because they are transnational.
_NOT_BARE_KINDS = _COUNTRY_KINDS | {"group", "media", "ngo"}
#: People who are in a country without being of it ("refugees", "aid workers").
NOT_OF_IT = frozenset({"refugee", "refugees", "migrant", "migrants", "immigrant",
                        "immigrants", "asylum", "asylum-seekers", "foreigner", "foreigners",
                        "foreign", "tourist", "tourists", "expatriate", "expatriates",
                        "expats", "humanitarian", "relief", "aid", "international",
                        "visiting", "displaced", "exiled", "exiles", "diaspora", "overseas"})
#: Words that put the state side abroad ("the US embassy", "the visiting Iranian minister").
_ABROAD = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador",
                     "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "delegation",
                     "delegations", "mission", "visiting", "visit", "foreign", "consul",
                     "attache", "peacekeepers", "peacekeeping", "exiled", "exile"})


def _words(actor: Actor) -> set[str]:
    return {w.strip(".,'’\"()").lower() for w in actor.text.split()}


def not_of_it(actor: Actor) -> bool:
    """People who are in a place without being of it ("refugees", "foreign workers")."""
    return bool(_words(actor) & NOT_OF_IT)


def is_state(actor: Actor) -> bool:
    """A state institution at home: not a whole country, capital, diplomat or visitor."""
    return (actor.sector in STATE_SECTORS and actor.kind not in _COUNTRY_KINDS
            and not _words(actor) & _ABROAD)


def is_domestic(actor: Actor, bare: bool) -> bool:
    """A non-state actor of the country it is in (a bare one also not a KB group)."""
    return (actor.sector in DOMESTIC_SECTORS and not not_of_it(actor)
            and actor.kind not in (_NOT_BARE_KINDS if bare else _COUNTRY_KINDS))


def _only_country(code: str, event: Event, doc_actors: "DocActors | None") -> bool:
    """Every country the sentence names, and the document's dominant one, is ``code``."""
    named: set[str] = set()
    for actor in (event.source, event.target):
        if actor is not None and actor.country:
            named.add(actor.country)
    if event.location is not None and event.location.country:
        named.add(event.location.country)
    if doc_actors is not None:
        named.update(doc_actors.countries_between(*event.span))
        dominant = doc_actors.dominant_country
        if dominant is not None and dominant != code:
            return False
    return named <= {code}


#: Types in which a government meets or settles with rebels: its own, wherever they meet.
_TALKS = frozenset({"CONSULT", "AGREE"})


def _talks_with_rebels(bare: Actor, other: Actor | None, event: Event) -> bool:
    """"Representatives of the government and the Tamil Tigers met in Geneva under Norwegian
    mediation": a bare government talks with its own country's rebel group, so the venue and
    the mediators, named abroad, say nothing against it."""
    return (event.type in _TALKS and other is not None and other.kind == "group"
            and other.sector == "REB" and other.country is not None and is_state(bare))


def _country_for(bare: Actor, other: Actor | None, event: Event) -> str | None:
    """The country the other side (or, for an act of jurisdiction, the place) gives."""
    known = other is not None and other.country is not None
    if is_domestic(bare, bare=True) and known and is_state(other):
        return other.country
    if bare is event.target and known and (event.type, event.mode) in JURISDICTION_ACTS \
            and bare.kind not in _NOT_BARE_KINDS | {"person"} and not not_of_it(bare) \
            and bare.sector in (None, "CVL", "OPP", "MED", "REL", "PTY") and (
                is_state(other) or other.sector == "MIL" and event.location is not None
                and event.location.country == other.country):
        return other.country    # "security forces detained 200 young men": the state's own
    if bare is event.source and bare.sector == "MIL" and bare.kind == "role" and known and \
            (event.type, event.mode) in JURISDICTION_ACTS and other.kind == "person" and \
            other.sector == "GOV" and not _words(bare) & _ABROAD:
        return other.country    # "senior military commanders detained Chavez": a coup
    if is_state(bare):
        if known and is_domestic(other, bare=False):
            return other.country
        if (event.type, event.mode) in JURISDICTION_ACTS and bare is event.source and \
                event.location is not None and event.location.country:
            return event.location.country
        if (event.type, event.mode) == ("MOBILIZE", "police") and bare is event.source and \
                known and other.kind in ("place", "country"):
            return other.country    # "sent 500 extra police to the Basque country": police
                                    # are sent only where the sender rules
        if ((event.type, event.mode) in JURISDICTION_ACTS or
                (event.type, event.mode) == ("SANCTION", "convict")) and \
                bare is event.source and known and other.kind == "person" and \
                not not_of_it(other):
            return other.country    # "Obasanjo was arrested by security agents", "Judge
                                    # Sergio Moro convicted Lula": his own state's
    return None


def domestic_counterparts(events: Iterable[Event], doc_actors: "DocActors | None" = None
                          ) -> list[Event]:
    """The events, with a bare side given the country the module docstring's rules give
    (in place)."""
    out = list(events)
    for ev in out:
        for role, other_role in (("source", "target"), ("target", "source")):
            bare, other = getattr(ev, role), getattr(ev, other_role)
            if bare is None or bare.country is not None:
                continue
            code = _country_for(bare, other, ev)
            if code and (_only_country(code, ev, doc_actors)
                         or _talks_with_rebels(bare, other, ev)):
                setattr(ev, role, dataclasses.replace(bare, country=code))
    return out
