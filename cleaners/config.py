"""Every cleaning threshold in one frozen object, with the bench set that chose it.

Defaults were tuned on ``shared/bench/cleaning`` (the dev split) and checked on
``shared/bench/extraction``; never on the unit tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field


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
    # The page title loses a trailing " | Site" part of at most this many words.
    title_max_suffix_words: int = 5


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Thresholds of every cleaning stage (see README, "Cleaning thresholds")."""

    extract: ExtractConfig = field(default_factory=ExtractConfig)

    # repeated_headline (bench/cleaning): similarity of a paragraph to the title,
    # after case, punctuation and " | Site" suffixes are normalised away.
    headline_min_similarity: float = 0.85
    # A truncated copy of the title counts when it holds this share of the title (0.6 of
    # it when the copy ends with an ellipsis); 0.5 rather than 0.6 changed nothing on
    # bench/cleaning, and with the ellipsis rule bench/copies_probe.py catches every title
    # cut at 60% of its words (0.21 before).
    headline_min_prefix_share: float = 0.5
    # Longest site suffix (in words) dropped after a " | ", " - " or " — " separator; also the
    # most words (numbers aside) around a whole title of 4+ words printed with a site or section
    # name before it, a date stamp or a link (holdout3 set: head_site_prefix / head_date / head_social
    # copies all caught, 2 documents kept decorated copies before).
    headline_max_suffix_words: int = 5

    # duplicate_paragraph (bench/cleaning): word shingle size and the
    # MinHash Jaccard estimate above which a later paragraph is a copy.
    duplicate_shingle_words: int = 2
    duplicate_num_perm: int = 64
    duplicate_min_jaccard: float = 0.5
    # ... confirmed by word-sequence similarity (difflib ratio), so template sentences stay.
    duplicate_min_word_similarity: float = 0.9
    # A later paragraph whose words (this share, in order; at least this many words) stand in
    # an earlier, longer one is a cut copy (bench/copies_probe.py: cut copies 0.11-0.37 -> 0.86-0.95
    # caught; bench/cleaning and bench/extraction unchanged).
    duplicate_min_contained_share: float = 0.9
    duplicate_min_contained_words: int = 8

    # boilerplate (bench/cleaning): furniture lines are short (holdout3 set: 14 -> 16 words
    # caught two app plugs at no cost on dev, stress or the phrase hold-outs; 18 cost two
    # article lines on dev).
    boilerplate_max_words: int = 16
    # Words on a furniture line that are neither furniture nor glue (a site name in a credit).
    boilerplate_max_other_words: int = 2
    # Share of a line's words that must be furniture vocabulary, numbers or dates.
    boilerplate_min_furniture_share: float = 0.6
    # ... and of a line telling a story ("she", "was", "said": second independent furniture
    # set, article lines removed 2/91 -> 0/91, no furniture lost).
    boilerplate_min_narrative_furniture_share: float = 0.8

    # site_boilerplate: a paragraph repeated on this many distinct pages of one host.
    site_boilerplate_min_pages: int = 5

    # off_topic (bench/cleaning): cosine of a paragraph's rarity-weighted stems
    # with the rest of the article, below which it may be a stray paragraph ...
    off_topic_max_similarity: float = 0.01
    # ... (looser when its quote marks differ from the rest of the article) ...
    off_topic_max_similarity_odd_typography: float = 0.03
    # ... if it has this much rare-word weight of its own (a topic of its own; 25 rather
    # than 20 halved the wrong removals on bench/cleaning for 1% off_topic recall) ...
    off_topic_min_novel_weight: float = 25.0
    # ... and shares at most this much with the article.
    off_topic_max_shared_weight: float = 10.0
    # Stray paragraphs are judged only in articles whose median paragraph is at least
    # this similar to the rest: in a diffuse article (an interview, a listicle) low
    # similarity is the norm (bench/cleaning: off_topic P 0.917 -> 0.927 for 1.7% recall;
    # bench/extraction: 17 -> 12 removals of reference text).
    off_topic_min_cohesion: float = 0.1
    # A teaser (headline line + lead) is removed below this similarity.
    off_topic_max_teaser_similarity: float = 0.15
    # A headline paragraph and its lead are a teaser when at most this share of
    # their rare-word weight is found in the article (bench/cleaning: 1 wrong pair).
    off_topic_max_teaser_shared_share: float = 0.15
    # Stray paragraphs, split teasers and one-line dash teasers are judged only in pages of
    # at least this many paragraphs: in three-paragraph pages every paragraph looks unrelated
    # to the rest (the first, three-paragraph version of bench/boilerplate_holdout.py lost 13
    # article paragraphs around furniture lines; 0 with this and the teaser guards;
    # bench/cleaning unchanged).
    off_topic_min_paragraphs_for_strays: int = 5
    # Batches (clean, url, crawl): a paragraph also printed in an unrelated document
    # of the batch is off topic where fewer of its story's versions print it
    # (bench/cleaning: off_topic R 0.803 -> 0.856, P 0.931 -> 0.960) or, with equal
    # support, where it fits this much worse than in the other one (0.05 kept
    # off_topic precision above 0.9) ...
    borrowed_min_margin: float = 0.05
    # ... two documents sharing this share of their paragraphs are versions of one article ...
    borrowed_min_shared_for_related: float = 0.5
    # ... and at least this many of them (two or three shared paragraphs are a borrowed
    # block, not a version: stress off_topic R 0.725 -> 0.752) ...
    borrowed_min_paragraphs_for_related: int = 3
    # ... and a version prints a paragraph when it has a copy this similar (an update rewords) ...
    borrowed_min_near_copy_similarity: float = 0.9
    # ... a paragraph printed by more documents than this is site furniture, left to
    # site_boilerplate (and judging it against every holder would cost n^2) ...
    borrowed_max_holders: int = 50
    # ... and shorter paragraphs are left to the boilerplate stages.
    borrowed_min_words: int = 8
    # A paragraph that is the headline of an unrelated document of the batch (alone,
    # numbered or time-stamped, or heading a teaser) is a teaser for it, when that headline
    # has at least this many words (holdout3 set: off_topic R 0.583 -> 0.783, P 0.958 ->
    # 0.968; teasers headed by it, holdout4: 0.788 -> 0.949; dev and stress unchanged).
    borrowed_min_headline_words: int = 4
    # A line (at most recurring_max_words words) whose template, names and numbers masked
    # ("sign up for @ our free morning newsletter ..."), this many different stories of the
    # batch print is boilerplate, whatever its words; documents sharing related_word_share
    # of their words are versions of one story and count once. Templates need a furniture word
    # and recurring_min_template_words unmasked words (sub-headings such as "Key figures"
    # recur); one of recurring_min_plain_template_words or more must talk to the reader or
    # about the page ("you", "this article"), a shorter one must have a name or number masked
    # and tell no story (stock sentences such as "Here is how it works." recur).
    recurring_min_stories: int = 3
    recurring_max_words: int = 40
    recurring_min_template_words: int = 4
    recurring_min_plain_template_words: int = 8
    recurring_related_word_share: float = 0.5

    # near_duplicate documents (bench/cleaning crossdoc pairs: P 1.00, R 1.00):
    # share of the smaller text's 5-word shingles found in the other (containment).
    dedup_threshold: float = 0.5
    dedup_num_perm: int = 128
    dedup_shingle_words: int = 5
    # A second signature of the first words catches abridged wire copies.
    dedup_lead_words: int = 100
    # LSH candidate threshold (lower than dedup_threshold: candidates are confirmed).
    dedup_lsh_threshold: float = 0.25
