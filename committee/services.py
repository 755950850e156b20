"""Every write of the committee's view: asking for a State's dossier."""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import translation

from country_pages.models import StateParty
from meeting_reports.flow import version_step
from meeting_reports.models import ReportStep
from portal.effects import on_commit
from portal.services import audit_record

from .dossier import dossier_content_hash, dossier_snapshot
from .models import DossierVersion
from .tasks import dossier_enqueue


@transaction.atomic
def dossier_request(*, state: StateParty, user, language: str) -> DossierVersion:
    """Ask for `state`'s dossier as it stands now, in `language`.

    The same content never makes a second version: asking twice (while the
    first is rendering, or after) returns the existing one, handed to the
    workers again only if the state machine allows it (still waiting for the
    broker, failed, or its worker lost). Otherwise a new numbered version is
    queued and rendered after commit.
    """
    # One request per State at a time: the second waits here, then finds the
    # first one's version by its content.
    state = StateParty.objects.select_for_update().get(pk=state.pk)
    with translation.override(language):
        snapshot = dossier_snapshot(state=state, user=user)
    content_hash = dossier_content_hash(snapshot)
    version = DossierVersion.objects.filter(
        state=state, content_hash=content_hash
    ).first()
    if version is not None:
        if version_step(
            model=DossierVersion,
            version_id=version.pk,
            step=ReportStep.ASK_AGAIN,
            enqueued_at=None,
            started_at=None,
            finished_at=None,
            error="",
        ):
            version.refresh_from_db()
            on_commit(dossier_enqueue, version_id=version.pk)
        return version
    number = (state.dossier_versions.aggregate(last=Max("number"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            version = DossierVersion.objects.create(
                state=state,
                number=number,
                language=language,
                snapshot=snapshot,
                content_hash=content_hash,
                requested_by=user,
            )
    except IntegrityError:
        return DossierVersion.objects.get(state=state, content_hash=content_hash)
    audit_record(
        actor=user,
        action="dossier.request",
        summary=f"{state.name}: dossier v{number} ({language})",
        target=state,
    )
    on_commit(dossier_enqueue, version_id=version.pk)
    return version
