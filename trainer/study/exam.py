"""An exam: every question open at once, no feedback until it is submitted (Moodle's deferred feedback).

Responses can be changed freely until ``submit()``; each change is saved at once (so a crash or a
quit keeps it, and ``ExamSession.resume`` brings it back). ``submit()`` grades everything
(an unanswered question is skipped, so wrong), stores the answers and updates the cards in one
transaction, and returns an :class:`ExamReport` for the results screen.

With a ``writer`` (the app sets one, as for a study session) every save and the submission go to the
writer's thread in the order given, retried while another program holds the database: the exam never
waits for the disk longer than ``trainer.study.base.DISK_WAIT`` and ``last_write`` says whether the latest save is done.
Without one, each write is committed before the call returns and a :class:`StoreError` reaches the caller.

With a time limit the clock keeps running from ``started_at``, even while the program is closed.
The UI's timer calls ``tick()``, which submits by itself once the time is up and returns the
report (``None`` otherwise).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from trainer.deck.grading import Grade, check_response, encode_response, format_answer, format_response, grade
from trainer.deck.model import AnyQuestion, Deck
from trainer.deck.present import Presentation, present
from trainer.store import NewAnswer, SessionRecord, Store
from trainer.study.base import Graded, InvalidResponse, Outcome, SessionLifecycle, SessionStateError, open_session
from trainer.study.clock import Clock, SystemClock
from trainer.study.planning import Item, plan, question_rng, resolve_items
from trainer.study.scheduler import card_update
from trainer.study.summary import Summary


#: Seconds after the deadline during which the screen may still save what the student had entered.
GRACE_SECONDS = 5.0


class ExamTimeUp(SessionStateError):
    """The exam's time is over: it takes no more responses (``tick()`` submits it)."""


@dataclass(frozen=True)
class ExamResult(Graded):
    """One question's result, for the results screen."""

    question: AnyQuestion
    deck: Deck
    response: object
    response_text: str
    right_answer: str
    grade: Grade
    skipped: bool
    quote: str
    citation: str


@dataclass(frozen=True)
class ExamReport:
    """What ``submit()`` returns: each question's result in exam order, the summary, and whether time ran out."""

    results: tuple[ExamResult, ...]
    summary: Summary
    timed_out: bool


class ExamSession(SessionLifecycle):
    """One exam, recorded in the store as responses are given."""

    mode = "exam"

    def __init__(self, store: Store, items: list[Item], *, session_id: int, seed: int, profile: str, clock: Clock,
                 started_at: dt.datetime, time_limit: float | None, title: str | None = None) -> None:
        super().__init__(store, items, session_id=session_id, seed=seed, profile=profile, clock=clock,
                         started_at=started_at, title=title)
        self.time_limit = time_limit
        self.report: ExamReport | None = None
        self._responses: dict[int, object] = {}
        self._spent_ms: dict[int, int] = {}
        self._viewing: tuple[int, float] | None = None
        self._outcomes: list[Outcome] = []

    @classmethod
    def start(cls, store: Store, deck_or_items: Deck | list[Item], *, seed: int, profile: str | None = None,
              clock: Clock | None = None, time_limit: float | None = None, title: str | None = None) -> "ExamSession":
        """Record a new exam: a deck's questions in seeded order, or the items in the order given.

        ``time_limit`` is in seconds (``None``: untimed).
        """
        if isinstance(deck_or_items, Deck):
            items: list[Item] = [(deck_or_items, q) for q in plan(deck_or_items, seed)]
        else:
            items = list(deck_or_items)
        if not items:
            raise ValueError("an exam needs at least one question")
        new = open_session(store, items, title=title, mode="exam", seed=seed, profile=profile, clock=clock,
                           time_limit=time_limit)
        return cls(store, items, session_id=new.session_id, seed=seed, profile=new.profile, clock=new.clock,
                   started_at=new.started_at, time_limit=time_limit, title=title)

    @classmethod
    def resume(cls, store: Store, record: SessionRecord, decks: list[Deck],
               clock: Clock | None = None) -> "ExamSession":
        """Reopen an exam with its saved responses; the time left still counts from ``started_at``.

        Questions since deleted from their deck are left out (the stored total too, so the stored
        score is over the questions graded). If the time ran out meanwhile, ``expired`` is true and
        the next ``tick()`` submits it, dated when the time ran out.
        """
        if record.mode != "exam":
            raise ValueError(f"session {record.id} is not an exam; resume it with StudySession.resume")
        if not record.resumable:
            raise SessionStateError(f"session {record.id} is {record.status}; it cannot be resumed")
        items = resolve_items(record, decks)
        if not items:
            raise ValueError(
                f"none of the questions of '{record.deck_title}' is in the decks loaded now; discard the exam"
            )
        store.reopen_session(record.id, keep=[(deck.deck, q.id) for deck, q in items])
        exam = cls(store, items, session_id=record.id, seed=record.seed, profile=record.profile,
                   clock=clock or SystemClock(), started_at=record.started_at, time_limit=record.time_limit,
                   title=record.deck_title if len({d.deck for d, _ in items}) > 1 else None)
        saved = store.exam_responses(record.id)
        for position, (deck, question) in enumerate(items):
            if (deck.deck, question.id) in saved:
                response, spent = saved[(deck.deck, question.id)]
                exam._responses[position] = response
                exam._spent_ms[position] = spent
        return exam

    # -- the questions ---------------------------------------------------------------------------

    def _item(self, i: int) -> Item:
        if not 0 <= i < len(self.items):
            raise IndexError(f"there is no question {i} in this exam of {len(self.items)}")
        return self.items[i]

    def presentation(self, i: int) -> Presentation:
        """How question ``i`` is shown; the same for the same seed (also after resuming)."""
        deck, question = self._item(i)
        return present(question, deck, question_rng(self.seed, question.id))

    def show(self, i: int) -> Presentation:
        """Question ``i`` is on screen from now: its answering time runs. Returns its presentation."""
        presentation = self.presentation(i)
        self._account_time()
        self._viewing = (i, self.clock.monotonic())
        return presentation

    def _account_time(self) -> None:
        if self._viewing is not None:
            shown, since = self._viewing
            now = self.clock.monotonic()
            self._spent_ms[shown] = self._spent_ms.get(shown, 0) + max(0, round((now - since) * 1000))
            self._viewing = (shown, now)

    # -- responses -------------------------------------------------------------------------------

    def set_response(self, i: int, response: object) -> None:
        """Give or change the response to question ``i`` (``None`` clears it); saved at once.

        Raises :class:`InvalidResponse` (nothing saved) when it cannot be graded, and
        :class:`ExamTimeUp` once the time is over. For :data:`GRACE_SECONDS` after the deadline a
        response is still taken, so that what the student had on screen when the time ran out
        (typed but not yet confirmed) can be saved just before the exam submits itself.
        """
        deck, question = self._item(i)
        if self.status != "active":
            raise SessionStateError(f"the exam is {self.status}")
        if self.time_limit is not None and self._overtime() > GRACE_SECONDS:
            raise ExamTimeUp("the time is up: the exam takes no more responses")
        if response is not None:
            problem = check_response(question, response, complete=False)  # a match may leave items open
            if problem:
                raise InvalidResponse(problem)
        self._account_time()
        self._store_write(
            self.store.save_exam_response, self.session_id, deck_id=deck.deck, question_id=question.id,
            response=None if response is None else encode_response(question, response),
            elapsed_ms=self._spent_ms.get(i, 0), now=self.clock.now(),
        )
        if response is None:
            self._responses.pop(i, None)
        else:
            self._responses[i] = response

    def response(self, i: int) -> object | None:
        self._item(i)
        return self._responses.get(i)

    @property
    def answered_count(self) -> int:
        return len(self._responses)

    # -- time ------------------------------------------------------------------------------------

    def remaining(self, now: dt.datetime | None = None) -> float | None:
        """Seconds left (0 when over), or ``None`` for an untimed exam."""
        if self.time_limit is None:
            return None
        elapsed = ((now or self.clock.now()) - self.started_at).total_seconds()
        return max(0.0, self.time_limit - elapsed)

    @property
    def expired(self) -> bool:
        return self.remaining() == 0.0

    def _overtime(self) -> float:
        """Seconds past the deadline (negative before it)."""
        assert self.time_limit is not None
        return (self.clock.now() - self.started_at).total_seconds() - self.time_limit

    def tick(self) -> ExamReport | None:
        """Called by the UI's timer: submits once the time is up and returns the report, else ``None``."""
        if self.status == "active" and self.expired:
            return self.submit()
        return None

    # -- ending ----------------------------------------------------------------------------------

    def submit(self) -> ExamReport:
        """Grade every question, store the answers and cards, complete the exam.

        Calling it again returns the same report.
        """
        if self.report is not None:
            return self.report
        if self.status != "active":
            raise SessionStateError(f"the exam is {self.status}")
        self._account_time()
        timed_out = self.expired
        now = self._submitted_at()
        results: list[ExamResult] = []
        answers: list[NewAnswer] = []
        for i, (deck, question) in enumerate(self.items):
            response = self._responses.get(i)
            result, skipped = self._grade(question, response)
            shown = format_response(question, response)
            results.append(ExamResult(
                question=question, deck=deck, response=response, response_text=shown,
                right_answer=format_answer(question), grade=result, skipped=skipped, quote=question.quote,
                citation=source.citation() if (source := deck.source_for(question)) else "",
            ))
            answers.append(NewAnswer(
                deck_id=deck.deck, question_id=question.id, qtype=question.type,
                response=None if skipped else encode_response(question, response), response_text=shown,
                correct=bool(result.correct), score=float(result.score), skipped=skipped,
                elapsed_ms=self._spent_ms.get(i, 0), now=now,
            ))
        # After every response's save (the writer keeps the order); with a writer it may still be waiting for the
        # database when this returns: ``last_write`` tells.
        self._store_write(self.store.submit_answers, self.session_id, answers, now=now,
                          card_update=partial(card_update, self.profile))
        self.status = "completed"
        self.ended_at = now
        self._outcomes = [
            Outcome(question=r.question, response=r.response, grade=r.grade, skipped=r.skipped,
                    response_text=r.response_text, right_answer=r.right_answer, elapsed_ms=a.elapsed_ms,
                    deck_id=r.deck.deck)
            for r, a in zip(results, answers)
        ]
        self.report = ExamReport(tuple(results), Summary.from_session(self), timed_out)  # type: ignore[arg-type]
        return self.report

    def _submitted_at(self) -> dt.datetime:
        """When the exam counts as handed in: now, or the moment the time ran out if that was earlier.

        An exam that ran out while the program was closed is submitted on reopening; dating its
        answers then would misdate the cards' reviews, the study calendar and the duration.
        """
        now = self.clock.now()
        if self.time_limit is None:
            return now
        return min(now, self.started_at + dt.timedelta(seconds=self.time_limit))

    @staticmethod
    def _grade(question: AnyQuestion, response: object) -> tuple[Grade, bool]:
        if response is None:
            return Grade(0.0, False, "unanswered"), True
        if check_response(question, response, complete=False):  # the deck changed since the response was saved
            return Grade(0.0, False, "no longer a valid answer"), False
        return grade(question, response), False

    @property
    def outcomes(self) -> list[Outcome]:
        """The graded questions, once submitted (what ``Summary.from_session`` reads)."""
        return list(self._outcomes)

    @property
    def summary(self) -> Summary | None:
        return self.report.summary if self.report else None

    def _close(self, status: str) -> None:
        """Interrupting or abandoning (see :class:`SessionLifecycle`): the time spent on the open question counts
        first. An interrupted exam's clock keeps running; an abandoned one is never graded."""
        self._account_time()
        super()._close(status)
