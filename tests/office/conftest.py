"""Office fixtures: both regions, an admin for each office, partners on both sides."""

from __future__ import annotations

import pytest

from tests.partner.conftest import login
from wisata.models import MemberRole, OrganisationStatus


@pytest.fixture
def offices(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    return {
        "malang": malang, "jambi": jambi,
        "malang_admin": make.user(email="dinas@malang.example.id", office_region=malang),
        "jambi_admin": make.user(email="dinas@jambi.example.id", office_region=jambi),
        "traveller": make.user(email="traveller@example.com"),
    }


@pytest.fixture
def office_partners(make, offices):
    """A pending applicant and a verified agency in each region, each with its owner."""
    made = {}
    for region in ("malang", "jambi"):
        pending = make.organisation(offices[region], name=f"Baru {region}", status=OrganisationStatus.PENDING)
        verified = make.organisation(offices[region], name=f"Lama {region}")
        made[f"{region}_pending"] = pending
        made[f"{region}_verified"] = verified
        made[f"{region}_pending_owner"] = make.member(pending, MemberRole.OWNER)
        made[f"{region}_verified_owner"] = make.member(verified, MemberRole.OWNER)
    return made


@pytest.fixture
def as_office(client, offices):
    """Sign the test client in as the Malang office (or `as_office("jambi")`)."""

    def sign_in(region: str = "malang"):
        login(client, offices[f"{region}_admin"])
        return client

    return sign_in


__all__ = ["login"]
