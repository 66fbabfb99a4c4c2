"""Who the student is: the profile that sessions, answers and hand-ins are filed under.

On a student's own machine it is the login name, so that people sharing a data folder keep separate
scores. An app served to a class passes the name its server vouches for (``profile_for(name)``);
nothing else in trainer asks the operating system who is there.
"""

from __future__ import annotations

import getpass

#: The profile when the system names nobody (no USER or LOGNAME and no passwd entry, as in some containers).
FALLBACK = "student"


def login_name() -> str:
    """The login name of whoever runs trainer, or ``FALLBACK``."""
    try:
        return getpass.getuser() or FALLBACK
    except Exception:  # no USER/LOGNAME and no passwd entry (KeyError, OSError)
        return FALLBACK


def profile_for(given: str | None) -> str:
    """The profile to use: the name given (``--profile``, a server's user), else the login name."""
    return given if given else login_name()
