"""The off_topic stage: teasers and stray paragraphs go; on-topic paragraphs with few shared words stay."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaners.document import Document, Reason, paragraphs_from
from cleaners.off_topic import OffTopic, dash_teaser_parts, is_teaser_shape, stem
from cleaners.text import split_paragraphs

HOSPITAL_TITLE = "Hospital waiting lists fall for a third month running"
HOSPITAL = [
    "The number of patients waiting for planned hospital treatment at Northmoor General has fallen for the third "
    "month in a row, according to figures published on Thursday.",
    "The hospital trust said 38,400 people were on its waiting list at the end of September, down from 41,100 in "
    "June. The longest waits, for hip and knee replacements, have fallen from more than a year to about nine months.",
    "Waiting times in the emergency department have not improved in the same way. Only 61 percent of patients were "
    "seen within four hours in September, against a national target of 78 percent.",
    "Patients who have waited more than eighteen months are being offered treatment at partner hospitals.",
]
TEASER_HEADLINE = "Wanderers sign Portuguese striker on loan until the end of the season"
TEASER_LEAD = (
    "Northmoor Wanderers have completed the loan signing of the Benfica forward Tiago Rebelo, who scored eleven "
    "goals for the Lisbon club\u2019s reserve side last season, manager Stuart Keogh confirmed on Friday."
)


def run(title: str, texts: list[str], language: str | None = "en") -> Document:
    doc = Document(id="d", title=title, language=language, paragraphs=paragraphs_from(texts))
    return OffTopic().apply(doc)


def reasons(doc: Document) -> list[Reason | None]:
    return [p.removal.reason if p.removal else None for p in doc.paragraphs]


def test_teaser_shape_is_a_headline_line_followed_by_a_lead() -> None:
    assert is_teaser_shape(f"{TEASER_HEADLINE}\n{TEASER_LEAD}")
    assert not is_teaser_shape(TEASER_LEAD)
    assert not is_teaser_shape(f"{TEASER_LEAD}\n{TEASER_LEAD}")  # first line ends a sentence
    assert not is_teaser_shape(f"Wanderers win\n{TEASER_LEAD}")  # too short for a headline
    assert is_teaser_shape(f"Can the Wanderers stay up without a striker?\n{TEASER_LEAD}")  # a question headline


def test_stem_drops_plurals_and_possessives() -> None:
    assert stem("troops") == stem("troop") == "troop"
    assert stem("puigdemont's") == "puigde"


def test_a_teaser_in_one_paragraph_is_off_topic() -> None:
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], f"{TEASER_HEADLINE}\n{TEASER_LEAD}", *HOSPITAL[2:]])
    assert reasons(doc) == [None, None, Reason.OFF_TOPIC, None, None]
    assert doc.paragraphs[2].removal is not None
    assert doc.paragraphs[2].removal.detail.startswith("teaser for another story")


def test_a_teaser_with_a_question_headline_is_off_topic() -> None:
    teaser = f"Can the Wanderers stay up without a striker?\n{TEASER_LEAD}"
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], teaser, *HOSPITAL[2:]])
    assert reasons(doc) == [None, None, Reason.OFF_TOPIC, None, None]


@pytest.mark.parametrize("separator", [" \u2014 ", " | ", " \u00bb ", " \u2022 ", ": "])
def test_a_one_line_teaser_with_a_dash_or_other_separator_is_off_topic(separator: str) -> None:
    teaser = f"Wanderers sign Portuguese striker on loan{separator}{TEASER_LEAD}"
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], teaser, *HOSPITAL[2:]])
    assert reasons(doc) == [None, None, Reason.OFF_TOPIC, None, None]


@pytest.mark.parametrize(
    "caption",
    [
        "Tiago Rebelo celebrates his late winner in front of the north stand. Photo: Jane Doe",
        "Traders watch screens on the dealing floor of a Lisbon bank. (Capital Wire)",
        "Supporters wave flags outside the Benfica ground. \u2014 Kofi Bello/Lisbon Evening Post",
        "Pictured: Tiago Rebelo signs his loan forms at the Lisbon training ground.",
    ],
)
def test_a_caption_of_another_storys_picture_is_off_topic(caption: str) -> None:
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], caption, *HOSPITAL[2:]])
    assert reasons(doc) == [None, None, Reason.OFF_TOPIC, None, None]
    assert doc.paragraphs[2].removal is not None
    assert doc.paragraphs[2].removal.detail.startswith("caption of another story's picture")


def test_a_caption_of_the_articles_own_picture_stays() -> None:
    caption = "Patients wait for hip and knee replacements at Northmoor General. Photo: Jane Doe"
    assert reasons(run(HOSPITAL_TITLE, [*HOSPITAL[:2], caption, *HOSPITAL[2:]])) == [None] * 5


def test_a_title_of_a_work_before_a_colon_is_not_a_teaser_headline() -> None:
    sentence = "Star Wars Jedi: Fallen Order is a game that is many things to different Star Wars players."
    assert dash_teaser_parts(sentence) is None
    teaser = f"Wanderers sign Portuguese striker on loan: {TEASER_LEAD}"
    assert dash_teaser_parts(teaser) == ("Wanderers sign Portuguese striker on loan", TEASER_LEAD)


def test_a_sentence_with_a_dash_clause_stays() -> None:
    sentence = (
        "Patients who have waited longest were offered treatment first \u2014 a change the trust says has "
        "cut the longest waits for hip replacements to nine months."
    )
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], sentence, *HOSPITAL[2:]])
    assert reasons(doc) == [None] * 5


def test_an_interview_question_and_its_on_topic_answer_stay() -> None:
    question = "Why have the longest waits for hip and knee replacements fallen?\n" + HOSPITAL[3]
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:3], question])
    assert reasons(doc) == [None, None, None, None]


def test_a_teaser_as_two_paragraphs_is_off_topic() -> None:
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], TEASER_HEADLINE, TEASER_LEAD, *HOSPITAL[2:]])
    assert reasons(doc) == [None, None, Reason.OFF_TOPIC, Reason.OFF_TOPIC, None, None]
    assert "Wanderers" not in doc.kept_text()


def test_the_seed_keeps_the_short_euphrates_paragraph(samples_dir: Path) -> None:
    title, *texts = split_paragraphs((samples_dir / "seed-alqaim.txt").read_text(encoding="utf-8"))
    texts = [t for t in texts if t not in (title, "Related news")]
    doc = run(title, texts)
    removed = [p.text for p in doc.removed()]
    assert len(removed) == 1 and removed[0].startswith("Catalan jailings")
    assert "north of the Euphrates River" in doc.kept_text()


def test_an_on_topic_quote_naming_a_new_person_stays() -> None:
    title = "Hosepipe ban announced for three counties as reservoirs fall"
    texts = [
        "A hosepipe ban will come into force across three counties next Friday after the driest July on record "
        "left reservoirs at less than half of their usual summer level.",
        "Bewlridge reservoir, the largest in the region, was 41 percent full on Thursday, compared with an average "
        "of 78 percent for the time of year.",
        "The company\u2019s operations director, Fiona Achterberg, said the restrictions were a precaution. "
        "\u201cIf we act now, we can avoid far tougher measures in the autumn,\u201d she said.",
        "Environmental groups said the company had lost more than a fifth of its supply to leaking pipes last "
        "year and should fix its network before asking households to cut back.",
    ]
    assert reasons(run(title, texts)) == [None, None, None, None]


def test_a_german_paragraph_of_compound_words_stays() -> None:
    title = "Stadtwerke Lindenau bauen W\u00e4rmenetz f\u00fcr 4000 Haushalte"
    texts = [
        "Die Stadtwerke Lindenau wollen bis 2030 rund 4000 Haushalte im Norden der Stadt an ein neues "
        "Fernw\u00e4rmenetz anschlie\u00dfen.",
        "Herzst\u00fcck der Anlage ist eine Gro\u00dfw\u00e4rmepumpe am Kl\u00e4rwerk, die dem gereinigten Abwasser "
        "W\u00e4rme entzieht.",
        "Die Kosten sch\u00e4tzen die Stadtwerke auf 85 Millionen Euro.",
    ]
    assert reasons(run(title, texts, language="de")) == [None, None, None]


def test_too_few_paragraphs_to_judge_are_left_alone() -> None:
    doc = run(HOSPITAL_TITLE, [HOSPITAL[0], f"{TEASER_HEADLINE}\n{TEASER_LEAD}"])
    assert reasons(doc) == [None, None]


def test_languages_without_word_weights_are_left_alone() -> None:
    doc = run(HOSPITAL_TITLE, [*HOSPITAL, f"{TEASER_HEADLINE}\n{TEASER_LEAD}"], language="ja")
    assert all(p.is_kept for p in doc.paragraphs)


def test_a_signature_or_a_list_item_with_a_line_break_is_not_a_teaser() -> None:
    assert not is_teaser_shape("Holly Wolfle Hall\nGlendale")  # a reader's letter signature
    assert not is_teaser_shape(f"- Get your branding in place before you launch\n{TEASER_LEAD}")
    assert not is_teaser_shape(f"3) The best budget phones of the year so far\n{TEASER_LEAD}")


def test_a_diffuse_article_keeps_its_unrelated_looking_paragraphs() -> None:
    """In an interview every answer has its own vocabulary: nothing stands out as stray."""
    answers = [
        "A: Watching Westbrook and Durant trade baskets courtside in Oklahoma, beside a hoarse Thunder mascot, "
        "taught me how adrenaline sharpens instinct.",
        "A: My grandmother ran a bakery in Naples; the smell of sfogliatelle, bab\u00e0 and limoncello from Sorrento "
        "still decides where I eat.",
        "A: Empathetic listening matters more than spreadsheets when a client negotiates a merger with a rival "
        "conglomerate in Rotterdam.",
        "A: I reread Covey's habits book every winter and underline something new about stewardship, prioritising "
        "and quadrants.",
        "A: Our consultancy plans a studio in Lisbon, where typographers and cartographers will share one mezzanine "
        "above the Tagus.",
    ]
    doc = Document(id="d", title="Ten questions for the founder of a design consultancy", language="en",
                   paragraphs=paragraphs_from(answers))
    # Judged one by one, the first two answers look like strays ...
    assert reasons(OffTopic(min_cohesion=0.0).apply(doc))[:2] == [Reason.OFF_TOPIC, Reason.OFF_TOPIC]
    # ... but the article has no common thread for them to stray from.
    assert reasons(OffTopic().apply(doc)) == [None] * len(answers)


ON_TOPIC_WITHOUT_NAMES = (
    "Orthopaedic consultants blamed bottlenecks in physiotherapy, radiology and phlebotomy rather than operating "
    "capacity, and anaesthetists warned of burnout."
)


def test_an_on_topic_paragraph_without_names_of_its_own_stays() -> None:
    """It shares no rare word with the rest (a stray by vocabulary) but names no other story's people or places."""
    texts = [*HOSPITAL[:2], ON_TOPIC_WITHOUT_NAMES, *HOSPITAL[2:]]
    assert reasons(run(HOSPITAL_TITLE, texts)) == [None] * len(texts)


def test_a_stray_paragraph_naming_its_own_people_is_off_topic() -> None:
    stray = (
        "Catalan separatist Carles Puigdemont addressed crowds in Brussels, accusing Madrid of silencing Barcelona "
        "and jailing its ministers."
    )
    doc = run(HOSPITAL_TITLE, [*HOSPITAL[:2], stray, *HOSPITAL[2:]])
    assert reasons(doc) == [None, None, Reason.OFF_TOPIC, None, None]
    assert doc.paragraphs[2].removal is not None and "brussels" in doc.paragraphs[2].removal.detail


def test_a_reader_prompt_does_not_turn_the_next_paragraph_into_a_teaser_lead() -> None:
    prompt = "Continue reading with a free trial of our service"
    texts = [*HOSPITAL[:2], prompt, ON_TOPIC_WITHOUT_NAMES, *HOSPITAL[2:]]
    assert reasons(run(HOSPITAL_TITLE, texts))[3] is None


def test_an_interview_of_questions_and_answers_is_not_a_run_of_teasers() -> None:
    answers = [
        "What did you read as a child?\nMostly comics, and then every sea story the village library had.",
        "How long did the trilogy take you?\nAbout fifteen years, with long pauses between the second and third books.",
        "Do you still go back to Cromwell?\nI dream about him, which is not quite the same thing as going back.",
    ]
    texts = [*HOSPITAL[:2], *answers, *HOSPITAL[2:]]
    assert reasons(run(HOSPITAL_TITLE, texts)) == [None] * len(texts)


def test_a_wire_dateline_before_a_dash_is_not_a_teaser_headline() -> None:
    floods = [
        "SAN JOSE, Costa Rica - Costa Rica's president declared a national emergency on Tuesday after heavy rains "
        "triggered landslides across the central valley.",
        "At least twelve people died and thousands were evacuated from their homes, the emergency commission said.",
        "Rescue teams were searching for missing residents in the mountain villages south of the capital.",
        "Forecasters expect more rain through the weekend as a tropical wave crosses Central America.",
        "The government asked for international aid to rebuild bridges and roads destroyed by the floods.",
    ]
    assert reasons(run("Floods kill twelve", floods)) == [None] * len(floods)
