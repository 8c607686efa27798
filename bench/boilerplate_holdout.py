"""Held-out check of the ``boilerplate`` stage on lines written without seeing its vocabulary.

    python bench/boilerplate_holdout.py [--lists]

Two sets, each written by a helper that never saw the vocabulary:
``holdout_phrases.py`` (150 furniture lines, 88 article lines) and
``holdout2_phrases.py`` (152 and 91). Both were measured before any tuning
(README: 0.760 and 0.704 of the furniture removed); words were added after
seeing their misses, so today's figures are no longer clean hold-outs.

Each line is put in the middle of a six-paragraph
article about a council budget and the default pipeline is run over the
document. A line counts as removed when its paragraph has a removal mark (any
reason). Prints furniture recall, the false-removal rate of article lines, how
many of the article's own paragraphs were lost around the lines, the furniture
lines that were missed and the article lines that were wrongly removed.
"""
from __future__ import annotations

import sys
from collections import Counter

import holdout2_phrases
import holdout_phrases

from cleaners.config import CleanConfig
from cleaners.document import Document, Removal, paragraphs_from
from cleaners.pipeline import Pipeline, default_pipeline

TITLE = "Council approves new budget"
BODY = [
    "The city council approved a budget of 412 million dollars on Tuesday evening, raising spending on "
    "road repairs, libraries and public transport while holding property taxes at last year's level for residents.",
    "The vote was seven to two, with both opposing councillors arguing that the budget leaned too heavily on "
    "one-off transfers from the city's reserve fund.",
    "Library opening hours will return to their pre-pandemic level in March, and two branches that closed "
    "on Sundays will reopen on weekends.",
    "Finance committee members said the plan relies on higher sales tax receipts, and the mayor warned "
    "that cuts to parks maintenance could follow next spring if revenue falls short of forecasts.",
    "The transport department will receive 38 million dollars for bus lanes and new shelters along the "
    "river corridor, the largest increase in its budget for a decade.",
    "Residents can comment on the spending plan at a public hearing at city hall on January 14 before the "
    "budget takes effect.",
]
AT = 3  # the line goes before the fourth paragraph


def judge(pipeline: Pipeline, line: str) -> tuple[Removal | None, int]:
    """The removal mark of ``line`` in the middle of the article (None when kept), and how many of the
    article's own paragraphs were removed with it."""
    texts = [*BODY[:AT], line, *BODY[AT:]]
    out = pipeline.run(Document(id="d", title=TITLE, paragraphs=paragraphs_from(texts)))
    assert len(out.paragraphs) == len(texts), f"expected {len(texts)} paragraphs for {line!r}"
    lost = sum(p.removal is not None for n, p in enumerate(out.paragraphs) if n != AT)
    return out.paragraphs[AT].removal, lost


def report(pipeline: Pipeline, name: str, furniture_lines: list[str], article_lines: list[str], lists: bool) -> None:
    """Print what the pipeline does with one set's lines."""
    furniture_judged = [(line, *judge(pipeline, line)) for line in furniture_lines]
    article_judged = [(line, *judge(pipeline, line)) for line in article_lines]
    lost = sum(n for *_, n in furniture_judged + article_judged)
    removed = [(line, r) for line, r, _ in furniture_judged if r is not None]
    missed = [line for line, r, _ in furniture_judged if r is None]
    wrongly_removed = [(line, r) for line, r, _ in article_judged if r is not None]
    n_f, n_a = len(furniture_judged), len(article_judged)
    print(f"== {name}: {n_f} furniture lines, {n_a} article lines")
    print(f"  furniture removed (any reason): {len(removed)}/{n_f} = {len(removed) / n_f:.3f}  "
          f"by reason {dict(Counter(str(r.reason) for _, r in removed).most_common())}")
    print(f"  article lines removed: {len(wrongly_removed)}/{n_a} = {len(wrongly_removed) / n_a:.3f}")
    print(f"  article paragraphs lost around the lines: {lost} of {len(BODY) * (n_f + n_a)}")
    if lists:
        print(f"  missed furniture lines ({len(missed)}):")
        for line in missed:
            print(f"    {line}")
    for line, r in wrongly_removed:
        print(f"  wrongly removed: {line}  ->  {r.reason} ({r.detail})")


def main() -> int:
    pipeline = default_pipeline(CleanConfig())

    # The surrounding sentences alone must survive, or the check means nothing.
    control = pipeline.run(Document(id="d", title=TITLE, paragraphs=paragraphs_from(BODY)))
    if control.removed():
        print("control article lost paragraphs:", [p.removal for p in control.removed()])
        return 1

    for module in (holdout_phrases, holdout2_phrases):
        report(pipeline, module.__name__, module.FURNITURE, module.ARTICLE_LINES, lists="--lists" in sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
