"""Meeting reports at N times the Convention's size (`manage.py generate_scale`).

Most held meetings have a report: the State's sharing decision and one to three
ready versions, each with the snapshot the real report code takes and a PDF
file in the storage (a small stand-in: rendering thousands with WeasyPrint
would take hours; bench/report_pdf.py measures the rendering).

The report code takes one snapshot per State here, with its first reported
meeting; the State's other reports reuse it with their own meeting's header and
at most SHARED_NEEDS of the needs and of each list of partnerships. A snapshot
holds every published need and partnership of the State, so at factor 100
(~500 needs and ~1,300 partnerships per affected State) taking each one would
store gigabytes (a growth to fix in the report snapshot itself).
"""

import datetime as dt
import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from ia_meetings.models import Meeting, MeetingStatus
from portal.documents import snapshot_hash
from portal.models import DocumentStatus
from portal.scale import ScaleContext

from .document import report_snapshot
from .models import ReportAudience, ReportSharing, ReportVersion, report_file_key

REPORTED_SHARE = 0.7  # held meetings whose State made a report
MAX_VERSIONS = 3
SHARED_NEEDS = 20
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _snapshot(meeting: Meeting, by_state: dict) -> dict:
    first = by_state.get(meeting.state_id)
    if first is None:
        first = by_state[meeting.state_id] = report_snapshot(meeting=meeting)
        return first
    partnerships = {
        key: value[:SHARED_NEEDS] if isinstance(value, list) else value
        for key, value in first["partnerships"].items()
    }
    snapshot = {
        **first,
        "needs": first["needs"][:SHARED_NEEDS],
        "partnerships": partnerships,
    }
    header = dict(first["meeting"])
    header.update(
        id=meeting.pk,
        title=meeting.title,
        starts_at=meeting.starts_local.isoformat(),
        ends_at=meeting.ends_local.isoformat(),
        date=meeting.starts_local.date().isoformat(),
        purpose=meeting.purpose,
        highlights=meeting.highlights,
    )
    snapshot["meeting"] = header
    return snapshot


def generate(ctx: ScaleContext) -> None:
    rng = ctx.rng("meeting_reports")
    held = Meeting.objects.filter(status=MeetingStatus.HELD).order_by("pk")
    sharings, versions, by_state = [], [], {}
    for meeting in held.select_related("state", "proposed_by"):
        if rng.random() >= REPORTED_SHARE:
            continue
        sharings.append(
            ReportSharing(
                meeting=meeting,
                audience=rng.choice(ReportAudience.values),
                decided_by=meeting.proposed_by,
                decided_at=meeting.ends_at + dt.timedelta(days=10),
            )
        )
        snapshot = _snapshot(meeting, by_state)
        for number in range(1, rng.randint(1, MAX_VERSIONS) + 1):
            # Each version shows a little more: the minutes were completed.
            shown = {**snapshot, "version_note": f"Version {number}"}
            content_hash = snapshot_hash(shown)
            pdf = PDF + f"% {meeting.pk} v{number}\n".encode()
            name = default_storage.save(
                report_file_key(meeting_id=meeting.pk, content_hash=content_hash),
                ContentFile(pdf),
            )
            made = meeting.ends_at + dt.timedelta(days=14 * number)
            versions.append(
                ReportVersion(
                    meeting=meeting,
                    number=number,
                    status=DocumentStatus.READY,
                    requested_by=meeting.proposed_by,
                    requested_at=made,
                    enqueued_at=made,
                    started_at=made,
                    finished_at=made + dt.timedelta(seconds=20),
                    attempts=1,
                    snapshot=shown,
                    content_hash=content_hash,
                    file=name,
                    checksum=hashlib.sha256(pdf).hexdigest(),
                    pages=1,
                    size=len(pdf),
                )
            )
        if len(versions) >= 200:  # the snapshots are large: write as we go
            ctx.made("report versions (files)", len(versions))
            ReportVersion.objects.bulk_create(versions)
            versions = []
    ReportSharing.objects.bulk_create(sharings, batch_size=1000)
    ReportVersion.objects.bulk_create(versions, batch_size=200)
    ctx.made("report sharings", len(sharings))
    ctx.made("report versions (files)", len(versions))
