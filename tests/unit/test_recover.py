"""`trainer recover`: the answers kept while the database could not be written are saved once it can be, once.

The database turns read-only mid-session (SQLite's own refusal, as chmod would not stop root in CI); a
practice answer, an exam's responses and its submission, and the practice's end go to the recovery
file; then the database is writable again and they are restored, cards and all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.unit.study_deck import make_deck
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.exam import ExamSession
from trainer.study.recover import recovery_file, restore
from trainer.study.session import StudySession
from trainer.study.writer import AnswerWriter


def study_while_read_only(folder: Path) -> tuple[int, int, str]:
    """A practice answer (skipped), an exam answered and submitted, the practice left: all refused by the disk."""
    deck = make_deck()
    clock = FakeClock()
    store = Store.open(folder / "trainer.sqlite3")
    writer = AnswerWriter(retry_after=0.001)
    practice = StudySession.start(store, deck, seed=1, profile="ana", clock=clock)
    exam = ExamSession.start(store, deck, seed=2, profile="ana", clock=clock)
    practice.writer = exam.writer = writer
    store._conn.execute("PRAGMA query_only = ON")  # the database turns read-only
    practice.skip()
    true_false = next(i for i, q in enumerate(exam.questions) if q.type == "true_false")
    exam.set_response(true_false, exam.questions[true_false].answer)
    report = exam.submit()
    practice.interrupt()
    assert writer.flush(timeout=10)
    assert report.summary is not None and exam.last_write.exception() is not None
    store.close()
    return practice.session_id, exam.session_id, exam.questions[true_false].id


def test_restore_saves_what_was_kept_and_a_second_restore_changes_nothing(tmp_path: Path) -> None:
    practice, exam, right_id = study_while_read_only(tmp_path)
    kept = recovery_file(tmp_path)
    assert len(kept.read_text().splitlines()) == 4
    with Store.open(tmp_path / "trainer.sqlite3") as store:
        assert store.answers(practice) == [] and store.session(exam).status == "active"
        done = restore(store, kept)
        assert (done.answers, done.left) == (1 + len(make_deck().questions), [])
        assert store.session(practice).status == "interrupted" and len(store.answers(practice)) == 1
        record = store.session(exam)
        stored = {answer.question_id: answer for answer in store.answers(exam)}
        assert record.status == "completed" and record.answered == len(make_deck().questions)
        assert stored[right_id].correct and record.correct == 1
        assert store.exam_responses(exam) == {}
        assert store.card("ana", make_deck().deck, right_id) is not None  # the card moved on too
        assert not kept.exists() and done.kept_as is not None and done.kept_as.exists()  # renamed, never deleted
        again = restore(store, done.kept_as)
        assert (again.answers, again.writes, again.left) == (0, 0, [])
        assert store.session(exam).answered == len(make_deck().questions)


def test_the_recover_command(tmp_path: Path) -> None:
    practice, exam, _ = study_while_read_only(tmp_path)
    run = subprocess.run([sys.executable, "-m", "trainer", "recover", "--data-dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert f"saved {1 + len(make_deck().questions)} answer(s)" in run.stdout and "kept as" in run.stdout
    with Store.open(tmp_path / "trainer.sqlite3", read_only=True) as store:
        assert store.session(exam).status == "completed"
    nothing = subprocess.run([sys.executable, "-m", "trainer", "recover", "--data-dir", str(tmp_path)],
                             capture_output=True, text=True, timeout=60)
    assert nothing.returncode == 1 and "nothing to recover" in nothing.stderr


def test_once_a_save_works_again_the_writer_puts_the_kept_writes_back_first(tmp_path: Path) -> None:
    """The app's path, without the app: the writer hands what it kept to ``put_back`` on the first save that works."""
    from trainer.study.recover import put_back, saving_again_message

    deck = make_deck()
    clock = FakeClock()
    store = Store.open(tmp_path / "trainer.sqlite3")
    reports = []

    def saving_again(refused):
        reports.append(put_back(store, refused))
        return reports[-1].emptied

    writer = AnswerWriter(retry_after=0.001, on_saving_again=saving_again)
    practice = StudySession.start(store, deck, seed=1, profile="ana", clock=clock)
    practice.writer = writer
    store._conn.execute("PRAGMA query_only = ON")  # the disk refuses
    refused = []
    for _ in range(2):
        refused.append(practice.current.id)
        practice.skip()
        practice.advance()
    assert writer.flush(timeout=10) and writer.state.kept == 2 and reports == []
    assert "trainer saves it there by itself as soon as a save works again" in str(practice.last_write.exception())
    store._conn.execute("PRAGMA query_only = OFF")  # the disk takes writes again
    working = practice.current.id
    practice.skip()
    assert writer.flush(timeout=10)
    assert practice.last_write.exception() is None
    assert len(reports) == 1 and writer.state.kept == 0 and writer.refused == []
    text, all_well = saving_again_message(reports[0])
    assert all_well and f"(2 answers) is saved in it now, from {recovery_file(tmp_path)}" in text
    assert sorted(a.question_id for a in store.answers(practice.session_id)) == sorted(refused + [working])
    assert store.session(practice.session_id).answered == 3
    assert not recovery_file(tmp_path).exists()
    writer.close(timeout=5)
    store.close()


def test_what_cannot_be_put_back_stays_in_the_file_and_the_student_is_told_how(tmp_path: Path) -> None:
    from trainer.study.recover import put_back, saving_again_message

    kept = recovery_file(tmp_path)
    kept.write_text('{"write": "add_answer", "database": "/elsewhere/trainer.sqlite3", "args": [1, {}]}\n',
                    encoding="utf-8")
    with Store.open(tmp_path / "trainer.sqlite3") as store:
        report = put_back(store, [kept, None])
    text, all_well = saving_again_message(report)
    assert not all_well and report.emptied == set()
    assert f"1 kept save could not be put back and stay in {kept}: 'trainer recover' says why" in text
    assert "1 earlier save could not be kept anywhere" in text
    assert "/elsewhere/trainer.sqlite3" in kept.read_text(encoding="utf-8")  # the line stays where it was
