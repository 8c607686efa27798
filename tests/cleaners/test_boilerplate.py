"""The boilerplate stage: short furniture lines in several languages go, short news sentences stay."""
from __future__ import annotations

import pytest

from cleaners.boilerplate import Boilerplate
from cleaners.document import Document, Reason, Removal, paragraphs_from

BODY = "Firefighters have contained a wildfire that burned across more than 900 hectares of moorland on Alder Ridge."


def run(*texts: str) -> Document:
    return Boilerplate().apply(Document(id="d", title="Wildfire contained", paragraphs=paragraphs_from(texts)))


@pytest.mark.parametrize(
    "line",
    [
        "Related news",
        "Read more",
        "Advertisement",
        "Share on Facebook",
        "Share this article on WhatsApp",
        "Subscribe to our newsletter",
        "Sign up for our alerts",
        "Share 12",
        "Leer m\u00e1s",
        "Publicidad",
        "Leia mais",
        "Anzeige",
        "Mehr lesen",
        pytest.param(
            "Subscribe to our morning newsletter for the day\u2019s top stories from Harbourton.", id="subscribe-long"
        ),
    ],
)
def test_furniture_lines_are_marked(line: str) -> None:
    doc = run(BODY, line)
    assert doc.paragraphs[1].removal == Removal(Reason.BOILERPLATE, "furniture line")
    assert doc.kept_text() == BODY


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies to improve your experience on our website. "
        "By continuing to browse you agree to our use of cookies.",
        "Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso.",
        "Wir verwenden Cookies. Mit der Nutzung der Seite sind Sie damit einverstanden.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Nous utilisons des cookies pour mesurer l'audience.",
    ],
)
def test_cookie_notices_are_marked(notice: str) -> None:
    doc = run(BODY, notice)
    assert doc.paragraphs[1].removal == Removal(Reason.BOILERPLATE, "cookie notice")
    assert doc.kept_text() == BODY


def test_a_sentence_about_cookies_stays() -> None:
    assert run(BODY, "The bakery sold 4,000 cookies at the fair on Saturday.").paragraphs[1].is_kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Avalanche forecasters have rated the danger on north-facing slopes as high.",
        "The video has been shared more than 40,000 times.",
        "He declined to comment.",
        "Searchers will return to the corrie at first light.",
        "Cierre de la avenida del Puerto.",
        "She shared the photo on Instagram.",
        "The report was published on Monday.",
    ],
)
def test_short_news_sentences_stay(sentence: str) -> None:
    assert run(BODY, sentence).paragraphs[1].is_kept


def test_a_long_paragraph_with_furniture_words_stays() -> None:
    text = (
        "Police said a video of the fire shared on Facebook and WhatsApp had been watched more than a million "
        "times, and urged people to stop sharing it."
    )
    assert run(BODY, text).paragraphs[1].is_kept


@pytest.mark.parametrize(
    "line",
    [
        "Related: The 15 Weirdest Galaxies in Our Universe",
        "READ MORE: Council approves budget with rise in road maintenance spending",
        "Lesen Sie auch: Stadtrat beschließt neuen Haushalt",
        "Leia também: Prefeitura anuncia obras na avenida",
        "Read next: Ferry timetable cut as fuel costs rise",
        "Also on Harbour Herald: Ferry timetable cut as fuel costs rise\nThe harbour ferry will run every forty "
        "minutes instead of every twenty from next month.",
    ],
)
def test_links_to_related_stories_are_marked(line: str) -> None:
    doc = run(BODY, line)
    assert doc.paragraphs[1].removal == Removal(Reason.BOILERPLATE, "related-story link")
    assert doc.kept_text() == BODY


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Home \u203a Health", "breadcrumb"),
        ("Home > News > Local", "breadcrumb"),
        ("Inicio / Deportes / F\u00fatbol", "breadcrumb"),
        ("More in Courts", "related-story link"),
        ("Trending on Harbour Herald", "related-story link"),
    ],
)
def test_breadcrumbs_and_section_links_are_marked(line: str, kind: str) -> None:
    assert run(BODY, line).paragraphs[1].removal == Removal(Reason.BOILERPLATE, kind)


@pytest.mark.parametrize(
    "line",
    [
        "Home is where the heart is, she said.",
        "More in Common, the think tank, published the poll.",
        "News from Alder Ridge",
        "Also at the fire station",
    ],
)
def test_lines_that_start_like_breadcrumbs_or_section_links_stay(line: str) -> None:
    assert run(BODY, line).paragraphs[1].is_kept


def test_a_sentence_that_starts_like_a_label_stays() -> None:
    line = "More than 900 hectares burned before the wind dropped on Sunday evening, firefighters said."
    assert run(BODY, line).paragraphs[1].is_kept


@pytest.mark.parametrize(
    "line",
    [
        "Deel dit artikel",
        "Abonnez-vous \u00e0 notre newsletter",
        "Download the Harbour Herald app",
        "Alle Rechte vorbehalten.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Publi\u00e9 le 12 novembre 2019 \u00e0 14h05",
        "Lesezeit: 4 Minuten",
        "Partager l'article",
        "Editor's picks",
        "Inscrivez-vous \u00e0 notre lettre d'information quotidienne",
        "Iscriviti alla nostra newsletter settimanale",
        "Jetzt zum kostenlosen Newsletter anmelden",
        "Hazte socio y apoya el periodismo independiente",
        "Support local journalism. Become a member today.",
        "You have 3 free articles remaining this month",
        "Enter your email address to receive our weekly digest",
        "Follow Jane Doe on X @janedoe",
        "38 people are discussing this story",
        "Save for later",
        "About the author",
        "Listen to this story on the Harbour Herald Podcast, available wherever you get your podcasts",
        "Discover more stories",  # the broader vocabulary, by kind
        "Pobierz aplikacj\u0119",
        "2 godziny temu",
        "Ba\u011flant\u0131y\u0131 kopyala",
        "Daha fazla haber",
        "Most commented",
    ],
)
def test_unseen_phrasings_of_furniture_are_marked_by_their_words(line: str) -> None:
    assert run(BODY, line).paragraphs[1].removal == Removal(Reason.BOILERPLATE, "furniture line")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photograph: Jane Doe/Reuters", "media credit"),
        ("(Photo: Marta Ruiz/AFP via Getty Images)", "media credit"),
        ("Foto di Marco Rossi / Ansa", "media credit"),
        ("By Jane Doe, Daily Courier | Published March 3, 2024", "byline"),
        ("Reporting by Jane Doe; Editing by Tom Okafor", "byline"),
        ("Jane Doe is a staff writer at the Harbour Herald.", "byline"),
        ("Jane Doe has been a senior reporter covering health since 2019.", "byline"),
        ("Jane Doe is a reporter covering courts. Contact: jane.doe@harbourherald.example", "byline"),
        ("By Jane Doe, courts and crime correspondent", "byline"),
        ("Posted 7.20am, 26 April 2025", "byline"),
        ("Tuesday 1 April 2024 06.45 BST", "date stamp"),
        ("10:30 ET", "date stamp"),
        ("Jane Doe \u00b7 14 November 2019", "byline"),
        ("\u00a9 2024 Reuters. All rights reserved.", "copyright line"),
        ("\u00a9 2023 Harbour Herald", "copyright line"),
        ("Copyright 2025 Harbour Media Group Ltd. Terms of use apply.", "copyright line"),
        ("Tags: Economy, Harbour Ferries", "tag list"),
        ("Tags: Road closures, Weather, Harbour Ferries", "tag list"),
        ("Filed under Local elections", "tag list"),
        ("Tags\nTransport\nEating out", "tag list"),
        ("Foto: Jane Doe / Salt & Thyme", "media credit"),
    ],
)
def test_credits_and_bylines_are_marked(line: str, kind: str) -> None:
    doc = run(BODY, line)
    assert doc.paragraphs[1].removal == Removal(Reason.BOILERPLATE, kind)
    assert doc.kept_text() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the fire had burned across the whole ridge.",
        "Photos show the flames reaching the ridge line.",
        "That changed in March.",
        "\u2014 Alder Ridge Fire Service (@AlderFire) November 3, 2019",  # an embedded tweet's signature
        "June 10 \u2013 Tampa, FL @ Credit Union Amphitheatre",  # a tour date
        "See the full list of winners below:",
        "What happens next",
        "http://amzn.to/2iJFhRj",  # a link the article cites
        "The video has been shared more than 40,000 times.",
        "The menu changes every week.",
        "What to watch",  # sub-headings
        "WHO\u2019S NEXT?",
        "Topics: the council said it would review the plan.",
        "Officials were unavailable for comment.",
        "EST 50 8,412.36 +96.20 +1.16%",  # a market table row: a time zone alone is no stamp
        "Was jetzt passiert",
        "Pourquoi maintenant ?",
        "The app was downloaded 2 million times.",
        "Battery life",
        "Social media posts",
        "Jane Doe was a reporter at the Harbour Herald for 30 years before she ran for the council.",
    ],
)
def test_lines_shaped_like_credits_or_furniture_stay(line: str) -> None:
    assert run(BODY, line).paragraphs[1].is_kept
