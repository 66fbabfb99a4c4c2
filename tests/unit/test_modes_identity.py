"""The table of study modes and who the student is: the two small homes the form, launcher and store read."""

from __future__ import annotations

import getpass

import pytest

from trainer.store.records import MODES as STORED_MODES
from trainer.study.identity import FALLBACK, login_name, profile_for
from trainer.study.modes import MODES, mode, short_name


def test_the_store_accepts_exactly_the_modes_of_the_table() -> None:
    assert sorted(m.name for m in MODES) == sorted(STORED_MODES)


def test_each_mode_says_where_its_questions_come_from_and_how_they_are_asked() -> None:
    assert [m.name for m in MODES] == ["practice", "exam", "read", "review", "mistakes"]  # the form's order
    assert mode("exam").timed and not mode("exam").feedback
    assert not mode("review").shuffle and mode("review").queued and mode("review").empty
    assert mode("mistakes").title("Arms control") == "Mistakes · Arms control"
    assert mode("practice").title("Arms control") == "Arms control" and not mode("practice").queued
    assert short_name("read") == "read first" and short_name("someday") == "someday"
    with pytest.raises(KeyError):
        mode("someday")


def test_the_profile_is_the_name_given_else_the_login_name_else_student(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "ana")
    assert login_name() == "ana"
    assert profile_for(None) == "ana" and profile_for("") == "ana"
    assert profile_for("bob") == "bob"  # --profile, or the user a server vouches for

    def no_user() -> str:
        raise OSError("no user")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert login_name() == FALLBACK == "student"
