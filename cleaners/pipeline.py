"""Stages composed in a list: ``Pipeline(stages).run(doc)``."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from cleaners.boilerplate import Boilerplate
from cleaners.borrowed import BorrowedParagraphs
from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.duplicates import DuplicateParagraph
from cleaners.headlines import RepeatedHeadline
from cleaners.off_topic import OffTopic
from cleaners.recurring_lines import RecurringLines


class Stage(Protocol):
    """A cleaning step: marks paragraphs removed with its reason, never deletes."""

    name: ClassVar[str]

    def apply(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class Pipeline:
    """Run stages in order; each sees the marks of the ones before it."""

    stages: Sequence[Stage]

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage.apply(doc)
        return doc


class BatchStage(Protocol):
    """A decision over documents cleaned together: marks paragraphs on cross-document evidence."""

    def apply_batch(self, docs: Sequence[Document]) -> list[Document]: ...


@dataclass(frozen=True)
class BatchPipeline:
    """Run batch stages in order over the documents of one batch (a ``clean`` input, a crawl window)."""

    stages: Sequence[BatchStage]

    def run(self, docs: Sequence[Document]) -> list[Document]:
        marked = list(docs)
        for stage in self.stages:
            marked = stage.apply_batch(marked)
        return marked


def batch_stages(config: CleanConfig) -> list[BatchStage]:
    """Paragraphs borrowed from another story of the batch (off topic), then lines that several of its
    stories print (boilerplate): a teaser's copies go first, so its home story keeps it."""
    return [BorrowedParagraphs.from_config(config), RecurringLines.from_config(config)]


def default_stages(config: CleanConfig) -> list[Stage]:
    """Headline, duplicates, boilerplate, then off-topic.

    The crawl runs ``page_stages`` in its worker processes, then site boilerplate
    (whose counts live in its state), then ``topic_stages``.
    """
    return page_stages(config) + topic_stages(config)


def page_stages(config: CleanConfig) -> list[Stage]:
    """The stages that judge a paragraph from its page alone: headline, duplicates, boilerplate."""
    return [
        RepeatedHeadline(
            min_similarity=config.headline_min_similarity,
            min_prefix_share=config.headline_min_prefix_share,
            max_suffix_words=config.headline_max_suffix_words,
        ),
        DuplicateParagraph(
            shingle_words=config.duplicate_shingle_words,
            num_perm=config.duplicate_num_perm,
            min_jaccard=config.duplicate_min_jaccard,
            min_word_similarity=config.duplicate_min_word_similarity,
            min_contained_share=config.duplicate_min_contained_share,
            min_contained_words=config.duplicate_min_contained_words,
        ),
        Boilerplate(
            max_words=config.boilerplate_max_words,
            max_other_words=config.boilerplate_max_other_words,
            min_furniture_share=config.boilerplate_min_furniture_share,
            min_narrative_furniture_share=config.boilerplate_min_narrative_furniture_share,
        ),
    ]


def topic_stages(config: CleanConfig) -> list[Stage]:
    """The stage that judges a paragraph against the rest of the article: off-topic."""
    return [
        OffTopic(
            max_similarity=config.off_topic_max_similarity,
            max_similarity_odd_typography=config.off_topic_max_similarity_odd_typography,
            min_novel_weight=config.off_topic_min_novel_weight,
            max_shared_weight=config.off_topic_max_shared_weight,
            max_teaser_similarity=config.off_topic_max_teaser_similarity,
            max_teaser_shared_share=config.off_topic_max_teaser_shared_share,
            min_cohesion=config.off_topic_min_cohesion,
            min_paragraphs_for_strays=config.off_topic_min_paragraphs_for_strays,
        ),
    ]


def default_pipeline(config: CleanConfig | None = None) -> Pipeline:
    return Pipeline(default_stages(config or CleanConfig()))
