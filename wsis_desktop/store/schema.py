"""What a knowledge pack may contain: kinds, statuses, relation types, versions.

Shared by the build (which writes packs) and the store (which reads them), so
the two cannot drift apart.
"""

from __future__ import annotations

from typing import NamedTuple

#: ``PRAGMA user_version`` of packs this code writes and reads.
SCHEMA_VERSION = 1
#: ``meta.app`` of every pack; a file without it is not ours.
APP_MARK = "wsis-desktop-pack"

KINDS: dict[str, str] = {
    "overview": "Overview",
    "section": "Section",
    "phase": "Summit phase",
    "action-line": "Action line",
    "mechanism": "Mechanism",
    "meeting": "Meeting",
    "review": "Review",
    "process": "Process",
    "body": "Body",
    "document": "Document",
    "concept": "Concept",
    "person": "Person",
    "term": "Glossary term",
}
#: Kinds made by the build from other files, never written in an entity file.
GENERATED_KINDS = frozenset({"document", "term"})

STATUSES: dict[str, str] = {
    "confirmed": "Confirmed",
    "partial": "Partly confirmed",
    "unconfirmed": "One source only, unconfirmed",
}


class RelationType(NamedTuple):
    """A typed link, with words for each end of it."""

    name: str
    inverse: str
    label: str  # read from the source: "ITU *facilitates* C2"
    inverse_label: str  # read from the target: "C2 *is facilitated by* ITU"


RELATION_TYPES: dict[str, RelationType] = {
    rt.name: rt
    for rt in (
        RelationType("facilitates", "facilitated_by", "Facilitates", "Facilitated by"),
        RelationType("co_facilitates", "co_facilitated_by", "Co-facilitates", "Co-facilitated by"),
        RelationType("established_by", "established", "Established by", "Established"),
        RelationType("renewed_by", "renewed", "Renewed by", "Renewed"),
        RelationType("reviews", "reviewed_by", "Reviews", "Reviewed by"),
        RelationType("feeds_into", "fed_by", "Feeds into", "Fed by"),
        RelationType("reports_to", "receives_reports_from", "Reports to", "Receives reports from"),
        RelationType("part_of", "has_part", "Part of", "Has part"),
        RelationType("adopted", "adopted_by", "Adopted", "Adopted by"),
        RelationType("adopted_at", "outcome", "Adopted at", "Outcome"),
        RelationType("mandates", "mandated_by", "Mandates", "Mandated by"),
        RelationType("chairs", "chaired_by", "Chairs", "Chaired by"),
        RelationType(
            "co_facilitated_review",
            "review_co_facilitated_by",
            "Co-facilitated",
            "Co-facilitated by",
        ),
        RelationType("hosts", "hosted_by", "Hosts", "Hosted by"),
        RelationType("organises", "organised_by", "Organises", "Organised by"),
        RelationType("member_of", "has_member", "Member of", "Has member"),
        RelationType("abbreviates", "abbreviated_as", "Acronym of", "Abbreviated as"),
        RelationType("related_to", "related_to", "Related to", "Related to"),
    )
}
#: Every name a source file may use, mapped to (stored type, reversed?).
RELATION_NAMES: dict[str, tuple[str, bool]] = {
    **{rt.inverse: (rt.name, True) for rt in RELATION_TYPES.values()},
    **{rt.name: (rt.name, False) for rt in RELATION_TYPES.values()},
}
