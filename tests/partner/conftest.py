"""Partner fixtures: two organisations in different regions, each with an owner."""

from __future__ import annotations

import pytest

from wisata.auth import open_session
from wisata.extensions import db
from wisata.models import MemberRole, OrganisationStatus


def login(client, user) -> None:
    """Sign a test client in as `user` (the account blueprint has its own tests)."""
    identity = open_session(user)
    db.session.commit()
    with client.session_transaction() as session:
        session["_user_id"] = identity
        session["_fresh"] = True


@pytest.fixture
def partners(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    ours = make.organisation(malang, name="Tengger Trails")
    theirs = make.organisation(jambi, name="Batanghari Tours")
    pending = make.organisation(malang, name="Baru Mulai", status=OrganisationStatus.PENDING)
    return {
        "ours": ours, "theirs": theirs, "pending": pending,
        "owner": make.member(ours, MemberRole.OWNER, email="owner@tengger.example.com"),
        "staff": make.member(ours, MemberRole.STAFF, email="staff@tengger.example.com"),
        "other": make.member(theirs, MemberRole.OWNER, email="owner@batanghari.example.com"),
        "newcomer": make.member(pending, MemberRole.OWNER, email="owner@baru.example.com"),
        "traveller": make.user(email="traveller@example.com"),
    }
