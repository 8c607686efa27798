"""The pipeline: stages in order, the first mark wins, and the seed article cleaned as DESIGN.md says."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from cleaners.boilerplate import Boilerplate
from cleaners.borrowed import BorrowedParagraphs
from cleaners.clean import clean_text
from cleaners.config import CleanConfig
from cleaners.document import Document, Reason, paragraphs_from
from cleaners.headlines import RepeatedHeadline
from cleaners.pipeline import Pipeline, default_pipeline

SEED_TITLE = "Iraqi Forces Recapture More Territory from ISIS in Anbar"


def test_default_stage_order() -> None:
    assert [stage.name for stage in default_pipeline().stages] == [
        Reason.REPEATED_HEADLINE,
        Reason.DUPLICATE_PARAGRAPH,
        Reason.BOILERPLATE,
        Reason.OFF_TOPIC,
    ]


def test_each_stage_sees_the_marks_before_it_and_the_first_mark_wins() -> None:
    doc = Document(id="d", title="Latest news", paragraphs=paragraphs_from(["Latest news", "The body of the story."]))
    first = Pipeline([Boilerplate(), RepeatedHeadline()]).run(doc)
    assert first.paragraphs[0].removal is not None and first.paragraphs[0].removal.reason == Reason.BOILERPLATE
    second = Pipeline([RepeatedHeadline(), Boilerplate()]).run(doc)
    assert second.paragraphs[0].removal is not None
    assert second.paragraphs[0].removal.reason == Reason.REPEATED_HEADLINE
    assert first.kept_text() == second.kept_text() == "The body of the story."


def test_the_config_reaches_the_stages() -> None:
    text = "A title\n\nThe body of the story, long enough to be a paragraph.\n\nSubscribe to our newsletter"
    assert "Subscribe" not in clean_text(text, doc_id="d").kept_text()
    strict = dataclasses.replace(CleanConfig(), boilerplate_max_words=2)
    assert "Subscribe to our newsletter" in clean_text(text, doc_id="d", config=strict).kept_text()


def test_the_seed_keeps_the_title_once_and_every_al_qaim_paragraph(samples_dir: Path) -> None:
    doc = clean_text((samples_dir / "seed-alqaim.txt").read_text(encoding="utf-8"), doc_id="seed")
    assert doc.title == SEED_TITLE
    removed = [(p.removal.reason, p.text.split("\n")[0]) for p in doc.paragraphs if p.removal is not None]
    assert removed == [
        (Reason.REPEATED_HEADLINE, SEED_TITLE),
        (Reason.REPEATED_HEADLINE, SEED_TITLE),
        (Reason.OFF_TOPIC, "Catalan jailings are a serious mistake, says Puigdemont"),
        (Reason.BOILERPLATE, "Related news"),
    ]
    kept = doc.kept_text()
    assert SEED_TITLE not in kept
    assert "Puigdemont" not in kept and "Related news" not in kept
    assert len(doc.kept()) == 11
    assert kept.startswith('"The defeat of Daesh today')
    assert kept.endswith("clear the vast rural areas and desert in north of the Euphrates River.")
    assert "He estimated there were 1,500-2,500 fighters left in al-Qaim" in kept


def test_the_off_topic_boilerplate_and_batch_thresholds_reach_their_stages() -> None:
    config = CleanConfig(
        off_topic_min_paragraphs_for_strays=7,
        boilerplate_min_narrative_furniture_share=0.7,
        borrowed_min_paragraphs_for_related=4,
        borrowed_min_near_copy_similarity=0.8,
        borrowed_max_holders=9,
        borrowed_min_headline_words=6,
    )
    stages = {type(stage).__name__: stage for stage in default_pipeline(config).stages}
    assert stages["OffTopic"].min_paragraphs_for_strays == 7  # type: ignore[attr-defined]
    assert stages["Boilerplate"].min_narrative_furniture_share == 0.7  # type: ignore[attr-defined]
    borrowed = BorrowedParagraphs.from_config(config)
    assert (borrowed.min_paragraphs_for_related, borrowed.min_near_copy_similarity, borrowed.max_holders) == (4, 0.8, 9)
    assert borrowed.min_headline_words == 6
