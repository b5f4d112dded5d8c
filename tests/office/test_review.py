"""Package review by the tourism offices: submissions, joint packages, revisions, text fixes."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from tests.office.conftest import login
from tests.partner.test_portal import _package_form
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    AuditEntry,
    Package,
    PackageApproval,
    PackagePhoto,
    PackageRevision,
    PackageStatus,
    Photo,
    ReviewDecision,
    RevisionStatus,
)


def _submitted(make, organisation, co=None, **fields) -> Package:
    """A complete package waiting for review (round 1), with a photo and a departure."""
    package = make.package(
        organisation, status=PackageStatus.IN_REVIEW, review_round=1, submitted_at=timeutil.now(),
        description={"id": "Perjalanan sehari.", "en": "A day trip."},
        meeting_point={"id": "Alun-alun", "en": "Town square"},
        co_organisation=co, co_accepted_at=timeutil.now() if co else None, **fields,
    )
    package.photos.append(PackagePhoto(photo=Photo(key=f"photo-{package.id}", format="svg", widths=[]), position=0))
    make._save(package)
    make.departure(package)
    return package


def _state(package_id: int) -> tuple:
    db.session.rollback()
    package = db.session.get(Package, package_id)
    return (package.status, package.review_round, [p.amount for p in package.prices],
            db.session.scalar(sa.select(sa.func.count(PackageApproval.id))),
            db.session.scalar(sa.select(sa.func.count(AuditEntry.id))),
            [(r.status, r.data) for r in db.session.scalars(sa.select(PackageRevision).order_by(PackageRevision.id))])


def _actions(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == action)))


@pytest.mark.parametrize("locale, subject", [("en", "Your package is published"), ("id", "Paket Anda sudah terbit")])
def test_office_approves_and_the_package_is_published(client, as_office, make, office_partners, mailbox,
                                                       locale, subject):
    organisation = office_partners["malang_verified"]
    organisation.locale = locale
    package = _submitted(make, organisation)
    as_office("malang")
    queue = client.get(f"/{locale}/office/packages").get_data(as_text=True)
    assert package.title[locale] in queue
    page = client.get(f"/{locale}/office/packages/{package.id}")
    assert page.status_code == 200 and package.title[locale] in page.get_data(as_text=True)

    response = client.post(f"/{locale}/office/packages/{package.id}/approve")
    assert response.status_code == 303
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.PUBLISHED
    assert [e.action for e in db.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id))] == [
        "package.approved", "package.published"]
    assert client.get(f"/{locale}/packages/{package.slug}").status_code == 200
    assert package.title[locale] not in client.get(f"/{locale}/office/packages").get_data(as_text=True)
    [message] = mailbox.to(organisation.email)
    assert message["Subject"].startswith(subject)
    assert f"/{locale}/packages/{package.slug}" in mailbox.body(message)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_sending_back_needs_a_reason_and_the_partner_reads_it(app, client, as_office, make, office_partners,
                                                              mailbox, lang):
    organisation = office_partners["malang_verified"]
    organisation.locale = lang
    package = _submitted(make, organisation)
    as_office("malang")
    before = _state(package.id)
    for reason in ("", "   "):
        response = client.post(f"/{lang}/office/packages/{package.id}/return", data={"reason": reason})
        assert response.status_code == 400
    assert _state(package.id) == before

    reason = "Foto sampul buram; tambahkan harga anak."
    assert client.post(f"/{lang}/office/packages/{package.id}/return", data={"reason": reason}).status_code == 303
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.DRAFT
    assert [e.details["reason"] for e in _actions("package.returned")] == [reason]
    [message] = mailbox.to(organisation.email)  # in the organisation's language
    subject = {"en": "Your package was sent back", "id": "Paket Anda dikembalikan"}[lang]
    assert message["Subject"].startswith(subject) and reason in mailbox.body(message)

    partner = app.test_client()
    login(partner, office_partners["malang_verified_owner"])
    assert reason in partner.get(f"/{lang}/partner/packages/{package.id}").get_data(as_text=True)
    assert partner.post(f"/{lang}/partner/packages/{package.id}/submit").status_code == 303
    db.session.rollback()
    resubmitted = db.session.get(Package, package.id)
    assert resubmitted.status is PackageStatus.IN_REVIEW and resubmitted.review_round == 2
    assert reason not in partner.get(f"/{lang}/partner/packages/{package.id}").get_data(as_text=True)
    assert resubmitted.title[lang] in client.get(f"/{lang}/office/packages").get_data(as_text=True)


def test_a_joint_package_needs_both_offices(app, client, as_office, make, office_partners, mailbox):
    package = _submitted(make, office_partners["malang_verified"], co=office_partners["jambi_verified"])
    as_office("malang")
    assert client.post(f"/en/office/packages/{package.id}/approve").status_code == 303
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.IN_REVIEW
    assert package.title["en"] not in client.get("/en/office/packages").get_data(as_text=True)
    assert mailbox.to(office_partners["malang_verified"].email)

    again = client.post(f"/en/office/packages/{package.id}/approve")
    assert again.status_code == 409 and "already decided" in again.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(PackageApproval.id))) == 1

    jambi = app.test_client()
    login(jambi, office_partners["jambi_verified_owner"])  # a partner first: no way in
    assert jambi.get(f"/en/office/packages/{package.id}").status_code == 403
    as_office("jambi")
    assert package.title["en"] in client.get("/en/office/packages").get_data(as_text=True)
    page = client.get(f"/en/office/packages/{package.id}").get_data(as_text=True)
    assert "Approved" in page and "Waiting" in page
    assert client.post(f"/en/office/packages/{package.id}/approve").status_code == 303
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.PUBLISHED
    assert len(_actions("package.published")) == 1
    assert len(_actions("package.approved")) == 2


def _published_through_the_portal(app, make, office_partners, **changes):
    """A package made with the portal form, then published (setting up the review tests)."""
    bromo = make.attraction(make.region("malang"), slug="gunung-bromo")
    partner = app.test_client()
    login(partner, office_partners["malang_verified_owner"])
    assert partner.post("/en/partner/packages/new", data=_package_form([bromo.id], **changes)).status_code == 303
    package = db.session.scalar(sa.select(Package).order_by(Package.id.desc()))
    package.status = PackageStatus.PUBLISHED
    make._save(package)
    make.departure(package)
    return partner, package, bromo


def test_a_price_rise_waits_for_review_while_text_fixes_go_live(app, client, as_office, make, office_partners,
                                                                 mailbox):
    partner, package, bromo = _published_through_the_portal(app, make, office_partners)
    edit = _package_form([bromo.id], price_adult="700000", title_en="Bromo Sunrise Wonders")
    response = partner.post(f"/en/partner/packages/{package.id}", data=edit)
    assert response.status_code == 303

    public = client.get(f"/en/packages/{package.slug}").get_data(as_text=True)
    assert "Bromo Sunrise Wonders" in public  # the text fix is live
    assert "650,000" in public and "700,000" not in public  # the price is not
    [revision] = db.session.scalars(sa.select(PackageRevision))
    assert revision.status is RevisionStatus.PENDING and revision.changed_fields == ["prices"]
    [fix] = _actions("package.text_edited")
    assert fix.details == {"package_id": package.id, "fields": ["title"]}
    form = partner.get(f"/en/partner/packages/{package.id}").get_data(as_text=True)
    assert 'value="700000"' in form and "wait for the tourism office" in form

    # A second edit replaces the pending one; putting a field back takes it out.
    again = _package_form([bromo.id], price_adult="720000", title_en="Bromo Sunrise Wonders", max_group="10")
    assert partner.post(f"/en/partner/packages/{package.id}", data=again).status_code == 303
    db.session.rollback()
    [revision] = db.session.scalars(sa.select(PackageRevision))
    assert revision.changed_fields == ["group_size", "prices"] and revision.data["prices"]["adult"] == 720000

    as_office("malang")
    queue = client.get("/en/office/packages").get_data(as_text=True)
    assert f"/en/office/revisions/{revision.id}" in queue and "Bromo Sunrise Wonders" in queue
    page = client.get(f"/id/office/revisions/{revision.id}").get_data(as_text=True)
    assert "Rp\xa0650.000" in page and "Rp\xa0720.000" in page and "1 sampai 12 orang" in page
    assert client.post(f"/en/office/revisions/{revision.id}/approve").status_code == 303
    db.session.rollback()
    assert {p.code: p.amount for p in db.session.get(Package, package.id).prices}["adult"] == 720000
    assert db.session.get(Package, package.id).max_group == 10
    assert db.session.get(PackageRevision, revision.id).status is RevisionStatus.APPROVED
    assert "720,000" in client.get(f"/en/packages/{package.slug}").get_data(as_text=True)
    assert [m["Subject"] for m in mailbox.to(office_partners["malang_verified"].email)][-1].startswith(
        "Perubahan Anda sudah tayang")


def test_a_revision_sent_back_leaves_the_approved_version(app, client, as_office, make, office_partners, mailbox):
    partner, package, bromo = _published_through_the_portal(app, make, office_partners)
    partner.post(f"/en/partner/packages/{package.id}", data=_package_form([bromo.id], cancellation_policy="strict"))
    revision = db.session.scalar(sa.select(PackageRevision))
    as_office("malang")
    before = _state(package.id)
    assert client.post(f"/en/office/revisions/{revision.id}/return", data={"reason": ""}).status_code == 400
    assert _state(package.id) == before
    reason = "Kebijakan ketat tidak sesuai untuk paket sehari."
    assert client.post(f"/en/office/revisions/{revision.id}/return", data={"reason": reason}).status_code == 303
    db.session.rollback()
    assert db.session.get(PackageRevision, revision.id).status is RevisionStatus.RETURNED
    [message] = mailbox.to(office_partners["malang_verified"].email)
    assert message["Subject"].startswith("Perubahan Anda dikembalikan") and reason in mailbox.body(message)
    assert db.session.get(Package, package.id).cancellation_policy.value == "moderate"
    assert reason in partner.get(f"/en/partner/packages/{package.id}").get_data(as_text=True)
    assert "Edit waits for review" not in partner.get("/en/partner/packages").get_data(as_text=True)
    assert client.post(f"/en/office/revisions/{revision.id}/approve").status_code == 409


def test_a_joint_revision_needs_both_offices(app, client, as_office, make, office_partners):
    partner, package, bromo = _published_through_the_portal(app, make, office_partners)
    package.co_organisation, package.co_accepted_at = office_partners["jambi_verified"], timeutil.now()
    make._save(package)
    edit = _package_form([bromo.id], price_adult="800000",
                         co_organisation_id=str(office_partners["jambi_verified"].id))
    assert partner.post(f"/en/partner/packages/{package.id}", data=edit).status_code == 303
    revision = db.session.scalar(sa.select(PackageRevision))
    as_office("malang")
    client.post(f"/en/office/revisions/{revision.id}/approve")
    db.session.rollback()
    assert db.session.get(PackageRevision, revision.id).status is RevisionStatus.PENDING
    as_office("jambi")
    assert f"/en/office/revisions/{revision.id}" in client.get("/en/office/packages").get_data(as_text=True)
    client.post(f"/en/office/revisions/{revision.id}/approve")
    db.session.rollback()
    assert db.session.get(PackageRevision, revision.id).status is RevisionStatus.APPROVED
    assert {p.code: p.amount for p in db.session.get(Package, package.id).prices}["adult"] == 800000


def test_an_edit_during_review_takes_the_package_back_to_draft(app, make, office_partners):
    partner, package, bromo = _published_through_the_portal(app, make, office_partners)
    package.status, package.review_round = PackageStatus.IN_REVIEW, 1
    make._save(package)
    assert partner.post(f"/en/partner/packages/{package.id}", data=_package_form([bromo.id])).status_code == 303
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.IN_REVIEW  # nothing changed
    edit = _package_form([bromo.id], price_adult="1")
    assert partner.post(f"/en/partner/packages/{package.id}", data=edit).status_code == 303
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.DRAFT


def test_the_other_office_gets_404_and_nothing_changes(app, client, as_office, make, office_partners):
    partner, published, bromo = _published_through_the_portal(app, make, office_partners)
    partner.post(f"/en/partner/packages/{published.id}", data=_package_form([bromo.id], price_adult="1000"))
    revision = db.session.scalar(sa.select(PackageRevision))
    package = _submitted(make, office_partners["malang_verified"])
    as_office("jambi")
    before = (_state(package.id), _state(published.id))
    for method, path in (("get", f"/en/office/packages/{package.id}"),
                         ("post", f"/en/office/packages/{package.id}/approve"),
                         ("post", f"/en/office/packages/{package.id}/return"),
                         ("get", f"/en/office/revisions/{revision.id}"),
                         ("post", f"/en/office/revisions/{revision.id}/approve"),
                         ("post", f"/en/office/revisions/{revision.id}/return")):
        response = getattr(client, method)(path, data={"reason": "Bukan wilayah kami"})
        assert response.status_code == 404, path
    assert (_state(package.id), _state(published.id)) == before
    queue = client.get("/en/office/packages").get_data(as_text=True)
    assert package.title["en"] not in queue and f"/revisions/{revision.id}" not in queue


@pytest.mark.parametrize("who", ["traveller", "partner"])
def test_travellers_and_partners_get_403(app, client, make, offices, office_partners, who):
    package = _submitted(make, office_partners["malang_verified"])
    user = offices["traveller"] if who == "traveller" else office_partners["malang_verified_owner"]
    login(client, user)
    before = _state(package.id)
    for method, path in (("get", "/en/office/packages"), ("get", f"/en/office/packages/{package.id}"),
                         ("post", f"/en/office/packages/{package.id}/approve"),
                         ("post", f"/en/office/packages/{package.id}/return"),
                         ("get", "/en/office/revisions/1"), ("post", "/en/office/revisions/1/approve"),
                         ("post", "/en/office/revisions/1/return")):
        assert getattr(client, method)(path, data={"reason": "x"}).status_code == 403, path
    assert _state(package.id) == before
    assert app.test_client().get("/en/office/packages").status_code == 302  # anonymous: sign in


def _refused(row) -> None:
    db.session.add(row)
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_the_database_refuses_a_second_decision_or_a_second_pending_revision(make, office_partners):
    package = _submitted(make, office_partners["malang_verified"])
    region_id = office_partners["malang_verified"].region_id
    make._save(PackageApproval(package_id=package.id, region_id=region_id, review_round=1,
                               decision=ReviewDecision.APPROVED))
    _refused(PackageApproval(package_id=package.id, region_id=region_id, review_round=1,
                             decision=ReviewDecision.RETURNED, reason="Sekali lagi"))
    make._save(PackageRevision(package_id=package.id, data={}))
    _refused(PackageRevision(package_id=package.id, data={}))
    make._save(PackageRevision(package_id=package.id, data={}, status=RevisionStatus.WITHDRAWN))
    assert db.session.scalar(sa.select(sa.func.count(PackageApproval.id))) == 1


def _at_once(clients_and_paths) -> list[int]:
    """POST each (client, path) from its own thread at the same moment; their statuses."""
    barrier = threading.Barrier(len(clients_and_paths))
    statuses: list[int] = [0] * len(clients_and_paths)

    def post(n: int, client, path: str) -> None:
        barrier.wait()
        statuses[n] = client.post(path).status_code

    threads = [threading.Thread(target=post, args=(n, *pair)) for n, pair in enumerate(clients_and_paths)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses


def test_both_offices_approving_at_once_publish_once(app, make, offices, office_partners):
    package = _submitted(make, office_partners["malang_verified"], co=office_partners["jambi_verified"])
    clients = []
    for region in ("malang", "malang", "malang", "jambi", "jambi", "jambi"):
        client = app.test_client()
        login(client, offices[f"{region}_admin"])
        clients.append((client, f"/en/office/packages/{package.id}/approve"))
    statuses = _at_once(clients)
    assert sorted(statuses) == [303, 303, 409, 409, 409, 409]
    db.session.rollback()
    assert db.session.get(Package, package.id).status is PackageStatus.PUBLISHED
    assert db.session.scalar(sa.select(sa.func.count(PackageApproval.id))) == 2
    assert len(_actions("package.published")) == 1
