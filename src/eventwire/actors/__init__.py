"""Actors: who did what to whom. ``tables`` holds the knowledge base (countries, demonyms,
capitals, institutions, groups, persons, role words); ``resolve`` turns argument phrases of a
parsed document into ``Actor`` records, resolving in-document aliases."""

from eventwire.actors.tables import ActorEntry, KnowledgeBase, knowledge_base

__all__ = ["ActorEntry", "KnowledgeBase", "knowledge_base", "DocActors"]


def __getattr__(name: str):
    # resolve.py imports spaCy types; load it only when asked for.
    if name == "DocActors":
        from eventwire.actors.resolve import DocActors

        return DocActors
    raise AttributeError(name)
