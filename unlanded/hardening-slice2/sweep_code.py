p='meeting_reports/services.py'
s=open(p).read()
old_start=s.index('def report_requeue_waiting() -> tuple[int, int]:')
old=s[old_start:]
end=old.index('    return handed, len(waiting)\n')+len('    return handed, len(waiting)\n')
old=old[:end]
new='''def report_requeue_waiting() -> tuple[int, int]:
    """Hand the workers every version that waits for one; (handed, waiting).

    Run every minute by Celery beat (`meeting_reports.report_sweep`) and by
    `manage.py report_requeue`. A version waits when the broker could not take
    it (enqueue_failed_at), when its message was lost (queued for longer than
    REPORT_STALE_AFTER), or when the worker rendering it died (rendering for
    longer than that: it is taken over, as the same version, once). Rendering
    is idempotent (the worker claims the version first), so handing a version
    twice never makes two versions or two files.
    """
    return versions_requeue_waiting(model=ReportVersion, enqueue=report_enqueue)


def versions_requeue_waiting(*, model, enqueue) -> tuple[int, int]:
    """report_requeue_waiting for any rendered document that shares the
    reports' state machine (flow.version_step): meeting reports, and the
    committee's dossiers (committee.dossier_sweep) with their own `enqueue`."""
    stale = timezone.now() - REPORT_STALE_AFTER
    for pk in model.objects.filter(
        status=ReportStatus.RENDERING, started_at__lt=stale
    ).values_list("pk", flat=True):
        version_step(
            model=model,
            version_id=pk,
            step=ReportStep.ASK_AGAIN,
            error=_("The worker rendering this version stopped; it is taken over."),
        )
    waiting = list(
        model.objects.filter(status=ReportStatus.QUEUED)
        .filter(
            Q(enqueue_failed_at__isnull=False)
            | Q(enqueued_at__isnull=True)
            | Q(enqueued_at__lt=stale)
        )
        .values_list("pk", flat=True)
    )
    handed = sum(enqueue(version_id=pk) for pk in waiting)
    return handed, len(waiting)
'''
s=s.replace(old,new)
open(p,'w').write(s)

p='committee/tasks.py'
s=open(p).read()
old='''    bind=True,
    max_retries=3,
    soft_time_limit=REPORT_SOFT_TIME_LIMIT,
    time_limit=REPORT_SOFT_TIME_LIMIT + 60,
    acks_late=True,
)
def render_dossier(self, version_id: int):'''
assert old in s
s=s.replace(old,'''    bind=True,
    # The version row holds the outcome: asking for a dossier never waits on
    # (or fails with) the result store, as for meeting reports.
    ignore_result=True,
    max_retries=3,
    soft_time_limit=REPORT_SOFT_TIME_LIMIT,
    time_limit=REPORT_SOFT_TIME_LIMIT + 60,
    acks_late=True,
)
def render_dossier(self, version_id: int):''')
s=s.rstrip('\n')+'''


@shared_task(name="committee.dossier_sweep", soft_time_limit=120)
def dossier_sweep():
    """Every minute (Celery beat): hand the workers the dossier versions that
    wait for one (the broker was down, the message was lost, or the worker
    died mid-render: taken over as the same version, once)."""
    from meeting_reports.services import versions_requeue_waiting

    handed, waiting = versions_requeue_waiting(
        model=DossierVersion, enqueue=dossier_enqueue
    )
    return f"{handed} of {waiting}"
'''
open(p,'w').write(s)

p='portal/settings/base.py'
s=open(p).read()
old='''    "report-sweep": {"task": "meeting_reports.report_sweep", "schedule": 60.0},
'''
assert old in s
s=s.replace(old, old+'''    # The same for the committee's dossiers.
    "dossier-sweep": {"task": "committee.dossier_sweep", "schedule": 60.0},
''')
open(p,'w').write(s)
