"""Paragraphs borrowed from another story of the batch are off topic where they fit worst."""
from __future__ import annotations

from pathlib import Path

from cleaners.borrowed import BorrowedParagraphs
from cleaners.document import Document, Reason, Removal, paragraphs_from
from cleaners.text import document_from_text

ORCHARD = "The town's allotment society has won a national prize for its community orchard"


def load(samples_dir: Path, *names: str) -> list[Document]:
    return [
        document_from_text((samples_dir / "batch" / f"{name}.txt").read_text(encoding="utf-8"), doc_id=name)
        for name in names
    ]


def test_a_teaser_of_another_story_is_marked_in_the_borrowing_article_only(samples_dir: Path) -> None:
    ferry, orchard = BorrowedParagraphs().apply_batch(load(samples_dir, "harbour-ferry", "allotment-prize"))
    marked = [p for p in ferry.paragraphs if p.removal is not None]
    assert [p.text[: len(ORCHARD)] for p in marked] == [ORCHARD]
    assert marked[0].removal is not None and marked[0].removal.reason == Reason.OFF_TOPIC
    assert "allotment-prize" in marked[0].removal.detail
    assert orchard.removed() == []
    assert ORCHARD in orchard.kept_text()


def test_versions_of_one_article_share_paragraphs_without_evidence(samples_dir: Path) -> None:
    docs = BorrowedParagraphs().apply_batch(load(samples_dir, "allotment-prize", "allotment-prize-copy"))
    assert all(doc.removed() == [] for doc in docs)


def test_a_lone_document_is_unchanged(samples_dir: Path) -> None:
    (ferry,) = load(samples_dir, "harbour-ferry")
    assert BorrowedParagraphs().apply_batch([ferry]) == [ferry]


def test_versions_of_the_stories_decide_where_a_shared_paragraph_belongs(samples_dir: Path) -> None:
    names = ("harbour-ferry", "harbour-ferry-update", "allotment-prize", "allotment-prize-copy")
    ferry, ferry_update, *orchard_versions = BorrowedParagraphs().apply_batch(load(samples_dir, *names))
    (marked,) = ferry.removed()
    assert marked.text.startswith(ORCHARD)
    assert marked.removal is not None and "more versions of allotment-prize" in marked.removal.detail
    assert ferry_update.removed() == []
    assert all(doc.removed() == [] and ORCHARD in doc.kept_text() for doc in orchard_versions)


def test_a_short_paragraph_borrowed_with_its_neighbour_goes_with_it(samples_dir: Path) -> None:
    ferry, orchard = BorrowedParagraphs().apply_batch(load(samples_dir, "harbour-ferry-block", "allotment-prize"))
    marked = [p for p in ferry.paragraphs if p.removal is not None]
    assert [p.text[: len(ORCHARD)] for p in marked] == [ORCHARD, "Eighty trees, three kinds of fruit."]
    assert marked[1].removal is not None
    assert "next to a paragraph borrowed from allotment-prize" in marked[1].removal.detail
    assert orchard.removed() == []


FOOTBALL = [
    "Haaland scored twice as Manchester City beat Arsenal in the Premier League title decider at the Etihad.",
    "Guardiola praised Haaland after City kept Arsenal quiet at the Etihad in the Premier League decider.",
    "City now lead the Premier League by four points over Arsenal after the Etihad win, with Haaland fit.",
    "Arteta said Arsenal had been careless against City and that Haaland punished every Premier League mistake.",
]
ELECTION = [
    "The senator won the Ohio primary election as Democratic voters in the suburban districts backed her campaign.",
    "Turnout among Democratic voters in the Ohio primary reached a record as the senator's campaign surged.",
    "The governor conceded the Ohio primary and urged Democratic voters to back the senator's campaign in November.",
    "Pollsters had predicted a narrow Ohio primary but the senator carried every suburban district.",
]


def doc(doc_id: str, texts: list[str]) -> Document:
    return Document(id=doc_id, title="", language="en", paragraphs=paragraphs_from(texts))


def test_two_stories_printing_each_others_lead_keep_their_own() -> None:
    football = doc("football", [FOOTBALL[0], ELECTION[0], *FOOTBALL[1:]])
    election = doc("election", [ELECTION[0], FOOTBALL[0], *ELECTION[1:]])
    marked_football, marked_election = BorrowedParagraphs().apply_batch([football, election])
    assert [p.text for p in marked_football.removed()] == [ELECTION[0]]
    assert [p.text for p in marked_election.removed()] == [FOOTBALL[0]]


def test_an_update_that_rewords_a_paragraph_is_still_a_version_that_prints_it() -> None:
    update = list(FOOTBALL)
    update[1] = update[1].replace("in the Premier League", "in Sunday's Premier League")
    quoting = doc("election", [*ELECTION[:3], FOOTBALL[1], ELECTION[3]])
    first, second, election = BorrowedParagraphs().apply_batch([doc("v1", FOOTBALL), doc("v2", update), quoting])
    assert first.removed() == [] and second.removed() == []
    assert [p.text for p in election.removed()] == [FOOTBALL[1]]


def test_a_paragraph_printed_by_many_documents_is_left_to_site_boilerplate() -> None:
    appeal = "Support our journalism with a monthly gift and help keep local reporting free for everyone in town."
    docs = [doc(f"d{n}", [f"{FOOTBALL[n % 4]} Match report {n}.", appeal, ELECTION[n % 4]]) for n in range(60)]
    assert all(marked.removed() == [] for marked in BorrowedParagraphs().apply_batch(docs))


def titled(doc_id: str, title: str, texts: list[str]) -> Document:
    return Document(id=doc_id, title=title, language="en", paragraphs=paragraphs_from(texts))


def test_another_storys_headline_is_a_teaser_even_numbered_or_time_stamped() -> None:
    election = titled("election", "Senator wins Ohio primary as suburbs swing", ELECTION)
    football = titled("football", "City beat Arsenal in title decider", [
        FOOTBALL[0], "1. Senator wins Ohio primary as suburbs swing", *FOOTBALL[1:3],
        "21:27 Senator wins Ohio primary as suburbs swing", FOOTBALL[3],
    ])
    marked_football, marked_election = BorrowedParagraphs().apply_batch([football, election])
    assert marked_football.kept_text() == "\n\n".join(FOOTBALL)
    assert {p.removal.detail for p in marked_football.removed() if p.removal} == {
        "the headline of election, another story"
    }
    assert marked_election.removed() == []


def test_a_teaser_headed_by_another_storys_headline_is_off_topic_however_close_its_topic() -> None:
    election = titled("election", "Senator wins Ohio primary as suburbs swing", ELECTION)
    runoff = titled("runoff", "Ohio governor concedes the primary to the senator", [
        "The governor conceded the Ohio primary on Wednesday morning in a short statement from Columbus.",
        "Senator wins Ohio primary as suburbs swing\nUpdated 13h ago",
        "The governor thanked Democratic volunteers and said the senator had run a disciplined campaign.",
        "Senator wins Ohio primary as suburbs swing\nThe senator carried every suburban district.",
        "Ohio Democrats will now turn to the November contest against the Republican nominee.",
    ])
    marked = BorrowedParagraphs().apply_batch([runoff, election])[0]
    assert [p.text.split("\n")[1] for p in marked.removed()] == [
        "Updated 13h ago", "The senator carried every suburban district."
    ]


def test_a_version_of_the_story_may_print_its_headline() -> None:
    update = titled("update", "City beat Arsenal in title decider", FOOTBALL)
    other = titled("v2", "Haaland double sinks Arsenal", ["City beat Arsenal in title decider", *FOOTBALL])
    assert all(d.removed() == [] for d in BorrowedParagraphs().apply_batch([update, other]))


def test_a_paragraph_the_page_prints_twice_is_its_own() -> None:
    """Its other copy went as a duplicate: removing this one too would lose it, so the batch leaves it."""
    page = doc("page", [ELECTION[0], FOOTBALL[1], *ELECTION[1:], FOOTBALL[1]])
    page = page.with_removals({5: Removal(Reason.DUPLICATE_PARAGRAPH, "copy of paragraph 2")})
    marked = BorrowedParagraphs().apply_batch([page, doc("football", FOOTBALL)])[0]
    assert marked.paragraphs[1].is_kept
    once = BorrowedParagraphs().apply_batch([doc("page", [ELECTION[0], FOOTBALL[1], *ELECTION[1:]]),
                                               doc("football", FOOTBALL)])[0]
    assert not once.paragraphs[1].is_kept  # printed once, it is borrowed
