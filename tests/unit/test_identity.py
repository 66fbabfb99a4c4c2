"""Who the student is: the profile sessions, answers and hand-ins are filed under."""

from __future__ import annotations

import getpass

import pytest

from trainer.study.identity import FALLBACK, login_name, profile_for


def test_the_profile_is_the_name_given_else_the_login_name_else_student(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "ana")
    assert login_name() == "ana"
    assert profile_for(None) == "ana" and profile_for("") == "ana"
    assert profile_for("bob") == "bob"  # --profile, or the user a server vouches for

    def no_user() -> str:
        raise OSError("no user")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert login_name() == FALLBACK == "student"
