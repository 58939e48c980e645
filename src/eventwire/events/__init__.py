"""Events: ``lexicon`` (trigger words -> PLOVER type and mode), ``extract`` (a parsed clause ->
Event with source, target, modality, negation, date, place, counts and attribution) and
``cameo`` (CAMEO <-> PLOVER codes)."""
