"""Lines that several unrelated stories of a batch print are boilerplate, whatever their words."""
from __future__ import annotations

from pathlib import Path

from cleaners.config import CleanConfig
from cleaners.document import Document, Reason
from cleaners.pipeline import BatchPipeline, batch_stages
from cleaners.recurring_lines import RecurringLines, line_template
from cleaners.text import document_from_text

PLUG = "our free morning newsletter with the stories you need to know"


def load(samples_dir: Path, *names: str) -> list[Document]:
    return [
        document_from_text((samples_dir / "recurring" / f"{name}.txt").read_text(encoding="utf-8"), doc_id=name)
        for name in names
    ]


def removed(doc: Document) -> list[tuple[str, Reason, str]]:
    return [(p.text, p.removal.reason, p.removal.detail) for p in doc.paragraphs if p.removal is not None]


def test_a_plug_three_stories_print_with_their_own_site_names_is_boilerplate(samples_dir: Path) -> None:
    docs = load(samples_dir, "library-roof", "bus-lane", "school-meals")
    for before, after in zip(docs, RecurringLines().apply_batch(docs)):
        [(text, reason, detail)] = removed(after)
        assert PLUG in text
        assert reason == Reason.BOILERPLATE
        assert detail == "printed by 3 documents of the batch, 3 or more of them different stories"
        # Everything else stays, the stock sentence "Here is how it works." included.
        assert after.kept_text() == "\n\n".join(p.text for p in before.paragraphs if PLUG not in p.text)


def test_a_plug_two_stories_print_stays(samples_dir: Path) -> None:
    docs = load(samples_dir, "library-roof", "bus-lane")
    assert all(removed(doc) == [] for doc in RecurringLines().apply_batch(docs))


def test_copies_of_one_story_count_as_one_story(samples_dir: Path) -> None:
    docs = load(samples_dir, "library-roof", "bus-lane", "bus-lane-copy")
    assert all(removed(doc) == [] for doc in RecurringLines().apply_batch(docs))
    with_third_story = load(samples_dir, "library-roof", "bus-lane", "bus-lane-copy", "school-meals")
    details = [removed(doc)[0][2] for doc in RecurringLines().apply_batch(with_third_story)]
    assert details == ["printed by 4 documents of the batch, 3 or more of them different stories"] * 4


def test_stock_sentences_recurring_in_many_stories_stay(samples_dir: Path) -> None:
    stock = [
        "He declined to comment.",
        "Here is how it works.",
        "The answer was no, she said on Friday.",
        "Reuters could not independently verify the report.",
        "The White House did not immediately respond to a request for comment.",
        "A US State Department spokesperson did not immediately respond to a request for comment.",
        "Die Polizei sagte, sie habe die Ermittlungen aufgenommen, weitere Details seien nicht bekannt.",
    ]
    docs = [
        Document(id=doc.id, title=doc.title, paragraphs=doc.paragraphs + tuple(document_from_text(
            "\n\n".join(["T", *stock]), doc_id="s").paragraphs))
        for doc in load(samples_dir, "library-roof", "bus-lane", "school-meals")
    ]
    for doc in RecurringLines().apply_batch(docs):
        assert not any(text in stock for text, _, _ in removed(doc))


def test_a_template_masks_names_numbers_and_dates() -> None:
    amended = "This article was amended on 26 July 2025 to correct the spelling of a name."
    assert line_template(amended) == "this article was amended on # @ # to correct the spelling of a name"
    assert line_template("Sign up for KVRN 7 News Daily, our free newsletter, delivered before 7 a.m.") == (
        "sign up for @ # @ our free newsletter delivered before # a m"
    )
    site_names = ("Add The Meridian Star as a preferred source", "Add TMX as a preferred source",
                  "Add Le Courrier du Port as a preferred source", "Add westfieldnews.example as a preferred source")
    assert len({line_template(name) for name in site_names}) == 1
    assert line_template(site_names[0]) == line_template(site_names[1]) == "add @ as a preferred source"


def test_the_batch_pipeline_runs_the_recurring_lines_with_the_configured_threshold(samples_dir: Path) -> None:
    docs = load(samples_dir, "library-roof", "bus-lane", "school-meals")
    assert all(len(removed(d)) == 1 for d in BatchPipeline(batch_stages(CleanConfig())).run(docs))
    stricter = CleanConfig(recurring_min_stories=4)
    assert all(removed(d) == [] for d in BatchPipeline(batch_stages(stricter)).run(docs))


def test_one_line_pages_and_the_plug_under_them_do_not_hide_the_plug() -> None:
    """Three one-sentence stories share most of their words with the plug: the plug is left out of the
    comparison of stories, so they are still three stories."""
    def page(n: int, site: str, story: str) -> Document:
        plug = f"Sign up for {site} Daily, our free morning newsletter with the stories you need to know."
        return document_from_text(f"T{n}\n\n{story}\n\n{plug}", doc_id=str(n))

    docs = [
        page(0, "Kelmouth Gazette", "The library reading room closes on Monday for roof repairs lasting until April."),
        page(1, "Westbank Herald", "A new bus lane opens on the high street next week, the council announced."),
        page(2, "Harbour Times", "Pupils at three primary schools will get free hot meals from September onwards."),
    ]
    assert [len(removed(d)) for d in RecurringLines().apply_batch(docs)] == [1, 1, 1]
    # Copies of one page with hardly a word of its own are no stories at all.
    tiny = document_from_text("T\n\nGet the Harbour Times app for iOS 17", doc_id="tiny")
    assert all(removed(d) == [] for d in RecurringLines().apply_batch([tiny, tiny, tiny]))


def test_a_plug_on_one_storys_topic_goes_from_that_story_too(samples_dir: Path) -> None:
    """The borrowed stage runs first and calls the plug off topic where it fits worst; its home copy
    still counts, and goes as boilerplate."""
    plug = "Sign up for our free Library Weekly newsletter: reading room news and library openings in your inbox."
    docs = [
        Document(id=d.id, title=d.title, paragraphs=d.paragraphs + document_from_text(f"T\n\n{plug}", doc_id="p").paragraphs)
        for d in load(samples_dir, "library-roof", "bus-lane", "school-meals")
    ]
    for doc in BatchPipeline(batch_stages(CleanConfig())).run(docs):
        assert plug not in doc.kept_text()


def test_names_in_any_alphabet_are_masked() -> None:
    assert line_template("Zapisz się na newsletter Łódzkiego Kuriera") == line_template("Zapisz się na newsletter Gazety")
    assert line_template("Подпишитесь на рассылку Коммерсантъ") == "подпишитесь на рассылку @"


def test_an_appeal_to_the_reader_three_stories_print_goes(samples_dir: Path) -> None:
    """The rule's known cost, as the README states it: a line that talks to the reader is taken
    whatever it says, once three different stories print it."""
    forces = ("Harbour Police", "Westbank Constabulary", "Kelmouth Police")
    docs = [
        Document(id=d.id, title=d.title, paragraphs=d.paragraphs + document_from_text(
            f"T\n\nIf you have information about the incident, call {force} on 0800 555 0199.", doc_id="a").paragraphs)
        for d, force in zip(load(samples_dir, "library-roof", "bus-lane", "school-meals"), forces)
    ]
    for doc in RecurringLines().apply_batch(docs):
        assert [text for text, _, _ in removed(doc) if text.startswith("If you have information")] != []
