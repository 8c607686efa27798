"""The duplicate_paragraph stage: later exact and near copies are marked, the first copy stays."""
from __future__ import annotations

from cleaners.document import Document, Reason, Removal, paragraphs_from
from cleaners.duplicates import DuplicateParagraph

DEAL = (
    "The deal gives drivers a 5.5 percent rise backdated to April and a further 3 percent next year, "
    "along with a commitment that no driver will be made compulsorily redundant before 2027."
)
BAN = (
    "Southweald Water said the temporary use ban would cover about 1.2 million homes. Customers will not be "
    "allowed to use a hosepipe to water gardens, wash cars or fill paddling pools."
)
OTHER = "Services on Wednesday and Thursday will now run to the normal timetable."


def run(*texts: str) -> Document:
    return DuplicateParagraph().apply(Document(id="d", title="T", paragraphs=paragraphs_from(texts)))


def reasons(doc: Document) -> list[Reason | None]:
    return [p.removal.reason if p.removal else None for p in doc.paragraphs]


def test_an_exact_copy_is_marked_and_names_the_first() -> None:
    doc = run(DEAL, OTHER, DEAL)
    assert doc.paragraphs[2].removal == Removal(Reason.DUPLICATE_PARAGRAPH, "copy of paragraph 1")
    assert doc.kept_text() == f"{DEAL}\n\n{OTHER}"


def test_a_copy_differing_in_case_quotes_and_spacing_is_exact() -> None:
    first = "\u201cIt is a fair settlement,\u201d she said."
    doc = run(first, OTHER, '"it is a fair  settlement" she said')
    assert doc.paragraphs[2].removal == Removal(Reason.DUPLICATE_PARAGRAPH, "copy of paragraph 1")


def test_a_near_copy_with_a_word_dropped_is_marked() -> None:
    doc = run(BAN, OTHER, BAN.replace("temporary use ban", "temporary ban"))
    assert reasons(doc) == [None, None, Reason.DUPLICATE_PARAGRAPH]
    assert doc.paragraphs[2].removal is not None
    assert doc.paragraphs[2].removal.detail.endswith("similar to paragraph 1")


def test_a_copy_with_its_sentences_swapped_round_is_marked() -> None:
    first, second = BAN.split(". ", 1)
    doc = run(BAN, OTHER, f"{second} {first}.")
    assert doc.paragraphs[2].removal == Removal(Reason.DUPLICATE_PARAGRAPH, "the words of paragraph 1 in another order")
    assert doc.kept_text() == f"{BAN}\n\n{OTHER}"


def test_a_copy_with_html_entities_left_in_is_exact() -> None:
    first = "\u201cShe played the big points better than me,\u201d the Italian said."
    doc = run(first, OTHER, "&quot;She played the big points better than me,&quot; the Italian said.")
    assert doc.paragraphs[2].removal == Removal(Reason.DUPLICATE_PARAGRAPH, "copy of paragraph 1")


def test_sentences_built_on_one_template_are_not_copies() -> None:
    doc = run(
        "Purchase applications fell 5 percent last week, the Mortgage Bankers Association said on Wednesday.",
        "Refinance applications fell 7 percent last week, the Mortgage Bankers Association said on Wednesday.",
    )
    assert reasons(doc) == [None, None]


def test_distinct_paragraphs_are_all_kept() -> None:
    assert reasons(run(DEAL, BAN, OTHER)) == [None, None, None]


BAN_LONG = (
    f"{BAN} The company said reservoir levels had fallen to 54 percent of capacity after the driest spring "
    "since 1976, and that the ban would stay until levels recovered."
)


def test_a_later_cut_copy_of_a_paragraph_is_marked() -> None:
    doc = run(BAN_LONG, OTHER, BAN)
    assert doc.paragraphs[2].removal == Removal(Reason.DUPLICATE_PARAGRAPH, "a cut copy of paragraph 1")
    assert doc.kept_text() == f"{BAN_LONG}\n\n{OTHER}"


def test_a_summary_line_followed_by_the_full_paragraph_keeps_both() -> None:
    assert reasons(run(BAN, OTHER, BAN_LONG)) == [None, None, None]


def test_a_shorter_restatement_of_a_sentence_is_not_a_cut_copy() -> None:
    doc = run(
        "After raising the motion, the Senate resolved to observe a minute of silence in honour of the "
        "departed souls and to send a delegation to the funeral.",
        OTHER,
        "Observe a minute silence in honour of the departed souls at the funeral.",
    )
    assert reasons(doc) == [None, None, None]


def test_a_copy_hundreds_of_paragraphs_later_is_marked() -> None:
    # Paragraphs are compared tile by tile; the copy and its original lie in different tiles.
    filler = [f"Item {n}: the council approved grant number {n} for the {n}th street repairs." for n in range(300)]
    doc = run(BAN, *filler, BAN.replace("temporary use ban", "temporary ban"))
    assert reasons(doc)[-1] == Reason.DUPLICATE_PARAGRAPH
    assert doc.paragraphs[-1].removal is not None
    assert doc.paragraphs[-1].removal.detail.endswith("similar to paragraph 1")
    assert reasons(doc)[:-1] == [None] * 301
