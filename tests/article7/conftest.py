import datetime as dt

import pytest

from article7 import services
from article7.models import Article7Report, ReportStatus
from tests import factories


@pytest.fixture
def author(db):
    """An ISU officer who prepares the reports of the fixtures (not the ISU
    user of the role matrix)."""
    return factories.IsuFactory(email="isu.author@example.org")


@pytest.fixture
def draft(angola, author):
    """Angola's draft report on 2025, cover page filled in."""
    report = services.report_start(
        state=angola, year=2025, user=author, today=dt.date(2026, 3, 1)
    )
    Article7Report.objects.filter(pk=report.pk).update(
        contact_organisation="National Inter-Sectoral Commission for Demining"
    )
    report.refresh_from_db()
    return report


@pytest.fixture
def submitted(draft, author):
    return services.report_submit(report=draft, user=author)


@pytest.fixture
def published(submitted, author):
    return services.report_step(
        report=submitted, user=author, target=ReportStatus.PUBLISHED
    )
