"""match: give each item on the left its partner on the right; a share of the point for each right pair.

A match response is *complete* when every left item has a partner. Practice asks for a complete one;
an exam saves and grades an incomplete one, the left items without a partner counting as wrong
(Moodle's "gradable" against "complete" response).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from trainer.deck.question import RIGHT, Grade, Presentation, Question, QuestionType, Text
from trainer.deck.textmatch import fold, same_name, words
from trainer.deck.types._shared import chosen, duplicates, shuffled_order

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck


class Match(Question):
    type: Literal["match"]
    pairs: dict[Text, Text] = Field(
        min_length=2,
        description="Each left item and its right partner, in the order the left items are shown: "
        "{Russia: '5,459', China: 'about 600'}. Two left items may share a partner.",
    )
    distractors: list[Text] = Field(
        default_factory=list, description="Right items that are nobody's partner, offered among the others."
    )

    def options(self) -> list[str]:
        """Every right item once (partners first, in pair order, then distractors), as the author spelled it."""
        seen: set[str] = set()
        found: list[str] = []
        for item in [*self.pairs.values(), *self.distractors]:
            key = fold(item)
            if key not in seen:
                seen.add(key)
                found.append(item)
        return found


def match_partners(question: Match, response: Mapping[object, object]) -> dict[str, str]:
    """The response as left item -> right item, both spelled as the deck spells them; unknown ones dropped."""
    options = question.options()
    lefts = list(question.pairs)
    partners: dict[str, str] = {}
    for left, right in response.items():
        if not isinstance(left, str) or not isinstance(right, str):
            continue
        found_left, found_right = chosen(lefts, left), chosen(options, right)
        if found_left is not None and found_right is not None:
            partners[found_left] = found_right
    return partners


def format_pairs(pairs: Mapping[str, str | None]) -> str:
    """Match pairs on one line: 'Russia → 5,459; China → about 600' ('—' for an item without a partner)."""
    return "; ".join(f"{left} → {right or '—'}" for left, right in pairs.items())


def in_quote(item: str, quote: str) -> bool:
    """Whether a match item stands in the quote: its words in a row (case, accents and punctuation aside),
    or, for a figure, the same number among the quote's ('5459' in "5,459 warheads")."""
    from trainer.deck.values import numbers_in, parse_number

    wanted, found = words(item), words(quote)
    size = len(wanted)
    if size and any(found[start:start + size] == wanted for start in range(len(found) - size + 1)):
        return True
    try:
        value = parse_number(item)
    except ValueError:
        return False
    return any(abs(number - value) <= 1e-9 * max(1.0, abs(value)) for number in numbers_in(quote))


class MatchType(QuestionType):
    name = "match"
    model = Match
    label = "Match"
    practice_hint = "↑↓ item · 1–{n} or ←→ its partner · Backspace clears · Enter submits"
    exam_hint = "↑↓ item · 1–{n} or ←→ its partner · Backspace clears · Enter saves"
    confusion = True
    expected_ms = (15_000, 60_000)  # a partner to choose for each of several items

    def check(self, question: Match, response: object, complete: bool) -> str | None:
        if not isinstance(response, Mapping):
            return "Choose a partner for each item."
        lefts, options = list(question.pairs), question.options()
        for left, right in response.items():
            if not isinstance(left, str) or chosen(lefts, left) is None:
                return f"'{left}' is not one of the items to match."
            if right is not None and (not isinstance(right, str) or chosen(options, right) is None):
                return f"'{right}' is not one of the partners to choose from."
        partners = match_partners(question, response)
        if not partners:
            return "Choose a partner for each item."
        missing = [left for left in lefts if left not in partners]
        if complete and missing:
            more = f" and {len(missing) - 1} more have" if len(missing) > 1 else " has"
            return f"Choose a partner for every item: '{missing[0]}'{more} none yet."
        return None

    def grade(self, question: Match, response: object) -> Grade:
        """The share of left items given their right partner; an item without a partner counts as wrong."""
        assert isinstance(response, Mapping)
        partners = match_partners(question, response)
        right = sum(1 for left, partner in question.pairs.items() if same_name(partners.get(left, ""), partner))
        size = len(question.pairs)
        if right == size:
            return RIGHT
        note = f"{right} of {size} matched right"
        if len(partners) < size:
            note += f", {size - len(partners)} without a partner"
        return Grade(right / size, False, note)

    def format_answer(self, question: Match) -> str:
        return format_pairs(question.pairs)

    def format_response(self, question: Match, response: object) -> str:
        if not isinstance(response, Mapping):
            return str(response).strip()
        if self.check(question, response, False) is not None:
            return "; ".join(f"{left} → {right or '—'}" for left, right in response.items()) or "(nothing chosen)"
        partners = match_partners(question, response)
        return format_pairs({left: partners.get(left) for left in question.pairs})

    def wrong_picks(self, question: Match, response: object) -> list[tuple[str, str]]:
        """One per item given a wrong partner ('Russia → 5,459', 'Russia → 5,177')."""
        if not isinstance(response, dict):
            return []
        partners = match_partners(question, response)
        return [
            (f"{left} → {right}", f"{left} → {partners[left]}")
            for left, right in question.pairs.items()
            if left in partners and not same_name(partners[left], right)
        ]

    def present(self, question: Match, deck: "Deck", rng: random.Random) -> Presentation:
        # Partners never in pair order, so that "1, 2, 3" is never the answer by position.
        return Presentation("match", question.question_text(), items=tuple(question.pairs),
                            options=shuffled_order(question.options(), rng))

    def check_answers(self, question: Match, where: tuple, report: "Reporter") -> None:
        """Left items the grader can tell apart, distractors that are nobody's partner, enough partners to choose from."""
        seen: dict[str, str] = {}
        for left in question.pairs:
            if fold(left) in seen:
                report.error((*where, "pairs", left), f"item '{left}' appears twice (as '{seen[fold(left)]}' too)")
            seen.setdefault(fold(left), left)
        duplicates(question.distractors, (*where, "distractors"), "distractor", report)
        partners = {fold(right) for right in question.pairs.values()}
        for index, distractor in enumerate(question.distractors):
            if fold(distractor) in partners:
                report.error((*where, "distractors", index), f"distractor '{distractor}' is also a partner in 'pairs'; "
                                                              "a distractor must be nobody's partner")
        if len(question.options()) < 3:
            report.warning((*where, "pairs"), "with only two partners to choose from, the second pair follows from the "
                                              "first; add a third pair or a distractor (Moodle asks for three answers too)")

    def check_values(self, question: Match, where: tuple, people: set[str], published: int | None,
                     report: "Reporter") -> None:
        for left, right in question.pairs.items():
            missing = [f"'{item}'" for item in dict.fromkeys((left, right)) if not in_quote(item, question.quote)]
            if missing:
                verb = "does" if len(missing) == 1 else "do"
                report.warning((*where, "pairs", left), f"{' and '.join(missing)} {verb} not appear in the quote, so "
                                                        f"it does not prove the pair '{left}' → '{right}'; quote the "
                                                        "words that name both")


TYPE = MatchType()
