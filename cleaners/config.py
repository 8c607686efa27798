"""Every cleaning threshold in one frozen object, with the bench set that chose it.

Defaults were tuned on ``shared/bench/cleaning`` (the dev split) and checked on
``shared/bench/extraction``; never on the unit tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """trafilatura options, reachable from the crawl config ([clean.extract])."""

    # bench/extraction dev: favor_precision raised token F1 0.936 -> 0.950 at the same speed.
    favor_precision: bool = True
    favor_recall: bool = False
    include_comments: bool = False
    include_tables: bool = True
    include_formatting: bool = False
    target_language: str | None = None


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Thresholds of every cleaning stage (see README, "Cleaning thresholds")."""

    extract: ExtractConfig = field(default_factory=ExtractConfig)

    # repeated_headline (bench/cleaning): similarity of a paragraph to the title,
    # after case, punctuation and " | Site" suffixes are normalised away.
    headline_min_similarity: float = 0.85
    # A truncated copy of the title counts when it holds this share of the title.
    headline_min_prefix_share: float = 0.6
    # Longest site suffix (in words) dropped after a " | ", " - " or " — " separator.
    headline_max_suffix_words: int = 5

    # duplicate_paragraph (bench/cleaning): character shingle size and the
    # MinHash Jaccard estimate above which a later paragraph is a copy.
    duplicate_shingle_chars: int = 5
    duplicate_num_perm: int = 64
    duplicate_min_jaccard: float = 0.6

    # boilerplate (bench/cleaning): furniture lines are short.
    boilerplate_max_words: int = 14
    # Share of a line's words that must be furniture vocabulary, numbers or dates.
    boilerplate_min_furniture_share: float = 0.5

    # site_boilerplate: a paragraph repeated on this many distinct pages of one host.
    site_boilerplate_min_pages: int = 5

    # off_topic (bench/cleaning): rarity-weighted share of a paragraph's content
    # words found elsewhere in the article, below which it is off topic ...
    off_topic_max_support: float = 0.2
    # ... provided it has at least this much rare-word evidence (sum of weights).
    off_topic_min_evidence: float = 12.0

    # near_duplicate documents (bench/cleaning crossdoc pairs).
    dedup_threshold: float = 0.5
    dedup_num_perm: int = 128
    dedup_shingle_words: int = 3

    def replace(self, **changes: object) -> CleanConfig:
        """A copy with some fields changed (unknown names raise TypeError)."""
        import dataclasses

        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def field_names(cls: type) -> list[str]:
    """Names of a config dataclass's fields, for validating user input."""
    return [f.name for f in fields(cls)]
