"""Documents rendered to PDF by a Celery worker: a meeting's report, a State's
dossier, an Article 7 report.

One way for each part, whatever the document:
- one state machine (DOCUMENT_STEPS) and one way to move a version along it
  (`version_step`: a conditional UPDATE whose WHERE clause is the step's
  allowed sources, so two workers, or a worker and a person asking again,
  never both win); `step_allowed` answers the same without writing;
- one rendering (`pdf_render`: WeasyPrint, reading nothing but the print
  templates' folder) and one task body (`document_task_run`: time limit,
  retries with back-off for transient errors, the last failure written on the
  version for the page to show);
- one guarded enqueue (`document_enqueue`: a broker that is down leaves the
  version queued and marked, nothing is lost) and one sweep
  (`documents_requeue_waiting`) that hands the workers every version still
  waiting for one.

Each app registers a `DocumentKind` (its version model, its task, its HTML,
where its file lives, what happens once it is ready) with `document_kind_register`
in its AppConfig.ready.
"""

import base64
import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, InterfaceError, models, transaction
from django.db import OperationalError as DatabaseOperationalError
from django.db.models import F, Max
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as BrokerOperationalError

from .effects import on_commit
from .models import DocumentStatus, RenderedDocument

logger = logging.getLogger(__name__)

# Worth another try: storage or network hiccups, a database that went away.
TRANSIENT_ERRORS = (OSError, DatabaseOperationalError, InterfaceError)
# The broker could not take the message: the version waits, nothing is lost.
BROKER_ERRORS = (BrokerOperationalError, ConnectionError, TimeoutError)
SOFT_TIME_LIMIT = 240
# A version left "rendering" longer than the task's hard time limit lost its
# worker; asking again (or the sweep) may take it over.
STALE_AFTER = dt.timedelta(minutes=10)


class DocumentStep(models.TextChoices):
    """What moves a version from one status to another."""

    CLAIM = "claim", "A worker takes the version"
    FINISH = "finish", "The PDF is stored"
    RETRY = "retry", "A transient error: back to the queue"
    FAIL = "fail", "A fault, the last try, or too long"
    ASK_AGAIN = "ask_again", "The same content is asked for again"


# Who takes a step: the rendering task, or whoever may ask for the document.
WORKER, REQUESTER = "worker", "requester"


@dataclass(frozen=True)
class Step:
    sources: tuple[str, ...]
    target: str
    by: str


DOCUMENT_STEPS: dict[str, Step] = {
    DocumentStep.CLAIM: Step(
        sources=(DocumentStatus.QUEUED,), target=DocumentStatus.RENDERING, by=WORKER
    ),
    DocumentStep.FINISH: Step(
        sources=(DocumentStatus.RENDERING,), target=DocumentStatus.READY, by=WORKER
    ),
    DocumentStep.RETRY: Step(
        sources=(DocumentStatus.RENDERING,), target=DocumentStatus.QUEUED, by=WORKER
    ),
    DocumentStep.FAIL: Step(
        sources=(DocumentStatus.QUEUED, DocumentStatus.RENDERING),
        target=DocumentStatus.FAILED,
        by=WORKER,
    ),
    # From "rendering" only once its worker is presumed lost (STALE_AFTER).
    DocumentStep.ASK_AGAIN: Step(
        sources=(
            DocumentStatus.QUEUED,
            DocumentStatus.RENDERING,
            DocumentStatus.FAILED,
        ),
        target=DocumentStatus.QUEUED,
        by=REQUESTER,
    ),
}

# Statuses a worker's step leaves (RenderedDocument.is_pending reads them).
PENDING_STATUSES = frozenset(
    status
    for step in DOCUMENT_STEPS.values()
    if step.by == WORKER
    for status in step.sources
)


def _stale_before(now=None):
    return (now or timezone.now()) - STALE_AFTER


def step_allowed(*, version: RenderedDocument, step: str, now=None) -> bool:
    """May `step` be taken on `version` now?"""
    if version.status not in DOCUMENT_STEPS[step].sources:
        return False
    if step == DocumentStep.ASK_AGAIN and version.status == DocumentStatus.RENDERING:
        return bool(version.started_at and version.started_at < _stale_before(now))
    return True


def version_step(*, model, version_id: int, step: str, **values) -> bool:
    """Take `step` on the version (with the other `values` to write); False
    when its status no longer allows it (someone else moved it first)."""
    move = DOCUMENT_STEPS[step]
    versions = model.objects.filter(pk=version_id, status__in=move.sources)
    if step == DocumentStep.ASK_AGAIN:
        versions = versions.exclude(
            status=DocumentStatus.RENDERING, started_at__gte=_stale_before()
        ).exclude(status=DocumentStatus.RENDERING, started_at__isnull=True)
    return bool(versions.update(status=move.target, **values))


# --- Rendering ----------------------------------------------------------------


def print_template_dir() -> Path:
    """The print templates and their CSS: all a PDF may read from disk."""
    return Path(settings.BASE_DIR) / "templates" / "reports"


def _local_only_fetcher():
    """WeasyPrint may read the print CSS (file:) and inline images (data:) only."""
    # WeasyPrint is imported where a PDF is made (the worker), not when the
    # web process loads this module: it is slow and large.
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("file:"):
                root = print_template_dir().resolve().as_uri()
                if not url.startswith(root + "/"):
                    raise ValueError(f"The document may not read {url}")
            return super().fetch(url, headers)

    return LocalOnlyFetcher(allowed_protocols={"file", "data"})


def pdf_render(*, html: str) -> tuple[bytes, int]:
    """Render print HTML to PDF; returns the bytes and the page count."""
    from weasyprint import HTML

    document = HTML(
        string=html,
        base_url=print_template_dir().as_uri() + "/",
        url_fetcher=_local_only_fetcher(),
    ).render()
    return document.write_pdf(), len(document.pages)


_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def css_content(text: str, **values: str) -> str:
    """A CSS `content` value from a translated sentence, for running headers
    and footers: its words quoted, its placeholders replaced by CSS values
    such as counter(page)."""
    parts = []
    for index, piece in enumerate(_PLACEHOLDER.split(text)):
        if index % 2:
            parts.append(values[piece])
        elif piece:
            escaped = "".join(
                ch if ch.isalnum() or ch in " .,·:;()-–—'/" else f"\\{ord(ch):x} "
                for ch in piece
            )
            parts.append(f'"{escaped}"')
    # Safe: every character but letters, digits and plain punctuation is escaped.
    return mark_safe(" ".join(parts))  # noqa: S308


def svg_data_uri(svg: str) -> str:
    """An SVG as a data: URL for an <img> of a print template: another app's
    SVG stays out of the HTML itself, and WeasyPrint reads data: URLs only.
    Empty for no SVG."""
    if not svg:
        return ""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def trajectory_print(trajectory: dict | None) -> dict | None:
    """A snapshot's trajectory (article7.trajectory.trajectory_snapshot) with
    its charts as data: URLs, for templates/reports/_trajectory.html."""
    if not trajectory:
        return None
    shown = dict(trajectory)
    for key in ("remaining", "released"):
        shown[f"{key}_src"] = svg_data_uri(shown.pop(f"{key}_svg", ""))
    return shown


# --- Kinds of document ----------------------------------------------------------


@dataclass(frozen=True)
class DocumentKind:
    """What the shared machinery needs to know about one kind of document."""

    model: type[RenderedDocument]
    # The Celery task that renders a version (its name stays stable).
    task: Callable[[], object]
    # The version's HTML, from its snapshot: html(version, made_at).
    html: Callable[[RenderedDocument, dt.datetime], str]
    # Where its PDF lives, derived from what it shows: the same content
    # rendered again overwrites the same file.
    file_key: Callable[[RenderedDocument], str]
    # Run inside the transaction that marks the version ready.
    ready: Callable[[RenderedDocument], None] | None = None
    related: tuple[str, ...] = ()


_KINDS: dict[type, DocumentKind] = {}


def document_kind_register(kind: DocumentKind) -> None:
    _KINDS[kind.model] = kind


def document_kind(model) -> DocumentKind:
    return _KINDS[model]


def document_render(*, model, version_id: int) -> RenderedDocument | None:
    """Render one version to PDF (the task's work). Idempotent: a ready
    version, or one another worker is rendering, is left alone (None)."""
    kind = document_kind(model)
    now = timezone.now()
    claimed = version_step(
        model=model,
        version_id=version_id,
        step=DocumentStep.CLAIM,
        started_at=now,
        attempts=F("attempts") + 1,
    )
    if not claimed:
        return None
    version = model.objects.select_related(*kind.related).get(pk=version_id)
    pdf, pages = pdf_render(html=kind.html(version, now))
    key = kind.file_key(version)
    if default_storage.exists(key):
        default_storage.delete(key)
    name = default_storage.save(key, ContentFile(pdf))
    with transaction.atomic():
        finished = version_step(
            model=model,
            version_id=version_id,
            step=DocumentStep.FINISH,
            finished_at=timezone.now(),
            file=name,
            checksum=hashlib.sha256(pdf).hexdigest(),
            pages=pages,
            size=len(pdf),
            error="",
        )
        if not finished:
            # Taken over meanwhile (this worker was presumed lost): the new
            # rendering writes the same file and does what follows.
            return None
        version.refresh_from_db()
        if kind.ready is not None:
            kind.ready(version)
    return version


def document_render_retry(*, model, version_id: int, error: str, countdown) -> None:
    """A transient error: back to the queue, with what happened for the page."""
    version_step(
        model=model,
        version_id=version_id,
        step=DocumentStep.RETRY,
        error=_("Attempt failed (%(error)s); trying again in %(seconds)s s.")
        % {"error": error, "seconds": f"{countdown:.0f}"},
    )


def document_render_fail(*, model, version_id: int, error: str) -> None:
    """A fault another try would repeat, the last try, or too long."""
    version_step(
        model=model,
        version_id=version_id,
        step=DocumentStep.FAIL,
        finished_at=timezone.now(),
        error=error[:2000],
    )


def document_task_run(task, *, model, version_id: int):
    """The body of every rendering task (`task` is the bound Celery task).

    Retries are handled here rather than with autoretry_for so that the last
    failure is written on the version (the page shows it) and, in eager mode,
    never surfaces as a server error in the request that asked for it.
    """
    try:
        version = document_render(model=model, version_id=version_id)
    except SoftTimeLimitExceeded:
        document_render_fail(
            model=model,
            version_id=version_id,
            error=_(
                "Rendering took longer than %(seconds)s seconds and was stopped. "
                "Shorten the text or ask the ISU."
            )
            % {"seconds": SOFT_TIME_LIMIT},
        )
        return "failed"
    except TRANSIENT_ERRORS as exc:
        if task.request.retries >= task.max_retries:
            document_render_fail(
                model=model,
                version_id=version_id,
                error=_(
                    "Rendering failed %(attempts)s times (%(error)s). "
                    "Ask for the document again to retry."
                )
                % {"attempts": task.request.retries + 1, "error": exc},
            )
            return "failed"
        countdown = get_exponential_backoff_interval(
            factor=10, retries=task.request.retries, maximum=300, full_jitter=True
        )
        document_render_retry(
            model=model, version_id=version_id, error=str(exc), countdown=countdown
        )
        retry = task.retry(exc=exc, countdown=countdown, throw=False)
        if task.request.is_eager:
            # Celery's apply() runs a returned Retry again at once; raised, it
            # would propagate out of the request that asked for the document.
            return retry
        raise retry from exc
    except Exception as exc:
        # A fault that another try would repeat: record it for the page and log.
        logger.exception("%s %s failed", model.__name__, version_id)
        document_render_fail(
            model=model,
            version_id=version_id,
            error=_(
                "Rendering failed (%(error)s). "
                "Ask again once the content is corrected, or ask the ISU."
            )
            % {"error": f"{type(exc).__name__}: {exc}"},
        )
        return "failed"
    return "skipped" if version is None else "ready"


# Options every rendering task is declared with.
TASK_OPTIONS = {
    "bind": True,
    "max_retries": 3,
    "soft_time_limit": SOFT_TIME_LIMIT,
    "time_limit": SOFT_TIME_LIMIT + 60,
    "acks_late": True,
}


def document_enqueue(*, model, version_id: int) -> bool:
    """Hand a version to the workers; False (the version stays queued, with
    enqueue_failed_at set) when the broker cannot be reached.

    Services run it on commit. Celery's delay_on_commit would raise the
    broker's error from the commit itself, after the request was saved; here
    the request is kept and the page offers to ask again.
    """
    versions = model.objects.filter(pk=version_id)
    versions.update(enqueued_at=timezone.now(), enqueue_failed_at=None)
    try:
        document_kind(model).task().delay(version_id)
    except BROKER_ERRORS as exc:
        logger.warning(
            "%s %s not enqueued: broker unreachable (%s)",
            model.__name__,
            version_id,
            exc,
        )
        versions.update(enqueued_at=None, enqueue_failed_at=timezone.now())
        return False
    return True


def documents_requeue_waiting() -> tuple[int, int]:
    """Hand the workers every version of every kind that waits for one;
    (handed, waiting). A version waits when the broker could not take it
    (enqueue_failed_at)."""
    handed = waiting = 0
    for model in _KINDS:
        pks = list(
            model.objects.filter(
                status=DocumentStatus.QUEUED, enqueue_failed_at__isnull=False
            ).values_list("pk", flat=True)
        )
        waiting += len(pks)
        handed += sum(document_enqueue(model=model, version_id=pk) for pk in pks)
    return handed, waiting


def snapshot_hash(snapshot: dict) -> str:
    """What makes two requests the same document: the canonical JSON's hash."""
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def document_request(
    *, model, of: dict, snapshot: dict, user, **fields
) -> tuple[RenderedDocument, bool]:
    """Ask for the document of `of` (e.g. {"meeting": meeting}) made from
    `snapshot`; (version, created).

    The same content never makes a second version: the existing one is
    returned, handed to the workers again only if the state machine allows
    asking again (still waiting for the broker, failed, or its worker lost).
    Otherwise a new numbered version is queued and rendered after commit. The
    caller holds a lock on what the document is of, so numbers never clash.
    """
    content_hash = snapshot_hash(snapshot)
    version = model.objects.filter(**of, content_hash=content_hash).first()
    if version is not None:
        if version_step(
            model=model,
            version_id=version.pk,
            step=DocumentStep.ASK_AGAIN,
            enqueued_at=None,
            started_at=None,
            finished_at=None,
            error="",
        ):
            version.refresh_from_db()
            on_commit(document_enqueue, model=model, version_id=version.pk)
        return version, False
    last = model.objects.filter(**of).aggregate(last=Max("number"))["last"]
    try:
        with transaction.atomic():
            version = model.objects.create(
                **of,
                **fields,
                number=(last or 0) + 1,
                snapshot=snapshot,
                content_hash=content_hash,
                requested_by=user,
            )
    except IntegrityError:
        # Someone asked for the same content a moment earlier.
        return model.objects.get(**of, content_hash=content_hash), False
    on_commit(document_enqueue, model=model, version_id=version.pk)
    return version, True
