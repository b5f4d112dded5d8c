"""Team invitations: one-time links, void once the person is removed or invited anew."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import Membership
from wisata.models.partners import Invitation


def _invite(owner, mailbox, email: str, lang: str = "en") -> str:
    """The owner invites `email`; returns the path of the e-mailed link."""
    response = owner.post(f"/{lang}/partner/team", data={"email": email, "role": "staff"})
    assert response.status_code == 303
    body = mailbox.body(mailbox.to(email)[-1])
    return "/" + body.split("http://wisata.test/", 1)[1].split()[0]


@pytest.fixture
def clients(app, make, partners):
    owner, rina = app.test_client(), app.test_client()
    login(owner, partners["owner"])
    colleague = make.user(email="rina@example.com")
    login(rina, colleague)
    return owner, rina, colleague


def _membership(user) -> Membership | None:
    db.session.rollback()
    return db.session.scalar(sa.select(Membership).where(Membership.user_id == user.id))


def test_a_removed_member_cannot_rejoin_with_the_link_she_used(app, clients, mailbox):
    owner, rina, colleague = clients
    path = _invite(owner, mailbox, "rina@example.com")
    assert rina.post(path).status_code == 303
    assert owner.post(f"/en/partner/team/{_membership(colleague).id}/remove").status_code == 303

    for lang in ("en", "id"):
        response = rina.post(path.replace("/en/", f"/{lang}/"))
        assert response.status_code == 404
        assert f'<html lang="{lang}">' in response.get_data(as_text=True)
    assert rina.get(path).status_code == 404
    assert _membership(colleague) is None
    assert "used" in rina.get(path).get_data(as_text=True)


def test_an_invitation_works_once(app, clients, mailbox):
    owner, rina, colleague = clients
    path = _invite(owner, mailbox, "rina@example.com")
    assert rina.post(path).status_code == 303
    assert rina.post(path).status_code == 404
    assert db.session.scalar(sa.select(sa.func.count(Membership.id)).where(Membership.user_id == colleague.id)) == 1


def test_removing_a_member_revokes_links_she_has_not_used_yet(app, make, clients, mailbox):
    owner, rina, colleague = clients
    first = _invite(owner, mailbox, "rina@example.com")
    assert rina.post(first).status_code == 303
    # While a member, she forwards herself a second invitation (e.g. as owner), then is removed.
    db.session.add(Invitation(organisation_id=_membership(colleague).organisation_id, email="rina@example.com",
                              role=_membership(colleague).role, token_hash="x" * 64,
                              expires_at=timeutil.now() + timedelta(days=7)))
    db.session.commit()
    assert owner.post(f"/en/partner/team/{_membership(colleague).id}/remove").status_code == 303
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Invitation.id)).where(Invitation.revoked_at.is_(None),
                                                                           Invitation.used_at.is_(None))) == 0


def test_a_new_invitation_voids_the_older_one(app, clients, mailbox):
    owner, rina, colleague = clients
    older = _invite(owner, mailbox, "rina@example.com")
    newer = _invite(owner, mailbox, "rina@example.com")
    assert older != newer
    assert rina.get(older).status_code == 404
    assert rina.post(older).status_code == 404
    assert rina.post(newer).status_code == 303
    assert _membership(colleague) is not None


def test_an_expired_invitation_is_refused(app, clients, mailbox):
    owner, rina, colleague = clients
    path = _invite(owner, mailbox, "rina@example.com", lang="id")
    db.session.execute(sa.update(Invitation).values(expires_at=timeutil.now() - timedelta(seconds=1)))
    db.session.commit()
    response = rina.post(path)
    assert response.status_code == 404
    assert '<html lang="id">' in response.get_data(as_text=True)
    assert _membership(colleague) is None


def test_only_a_hash_of_the_token_is_stored(app, clients, mailbox):
    owner, _rina, _colleague = clients
    path = _invite(owner, mailbox, "rina@example.com")
    token = path.rsplit("/", 1)[1]
    stored = db.session.scalars(sa.select(Invitation.token_hash)).all()
    assert len(stored) == 1 and token not in stored[0] and len(stored[0]) == 64
