"""Documents whose page does not declare a language get the language of their text."""
from __future__ import annotations

from pathlib import Path

from cleaners.clean import clean_html, clean_text
from cleaners.language import detect_language


def test_a_german_text_is_german(samples_dir: Path) -> None:
    html = (samples_dir / "pages" / "german.html").read_text(encoding="utf-8")
    text = "\n\n".join(p.text for p in clean_html(html).kept())
    assert detect_language(text) == "de"


def test_a_short_line_has_no_language() -> None:
    assert detect_language("Share on Facebook") is None


def test_text_inputs_get_a_language(samples_dir: Path) -> None:
    text = (samples_dir / "seed-alqaim.txt").read_text(encoding="utf-8")
    assert clean_text(text, doc_id="seed").language == "en"


def test_a_page_without_a_lang_attribute_gets_the_language_of_its_text(samples_dir: Path) -> None:
    html = (samples_dir / "pages" / "spanish.html").read_text(encoding="utf-8")
    undeclared = html.replace(' lang="es"', "")
    assert undeclared != html
    assert clean_html(undeclared).language == "es"


def test_a_language_that_does_not_space_its_words_is_found() -> None:
    chinese = "市议会星期二晚上批准了新的预算，增加了道路维修、图书馆和公共交通的支出，同时保持房产税不变。" * 5
    assert len(chinese.split()) < 20
    assert detect_language(chinese) == "zh"
