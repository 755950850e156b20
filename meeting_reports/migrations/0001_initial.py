"""The follow-up reports, moved from ia_meetings with their tables and rows.

The models are taken over in Django's state only (the tables ia_meetings made
keep their names, see Meta.db_table), and their content types are renamed so
that the audit trail and the permissions that point at them follow.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import IntegrityError, migrations, models, transaction

MOVED = ("reportsharing", "reportversion")


def _move_content_types(apps, schema_editor, *, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.db_manager(schema_editor.connection.alias)
    for model in MOVED:
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                content_types.filter(app_label=source, model=model).update(
                    app_label=target
                )
        except IntegrityError:
            # The target already has one (made by a migrate that ran without
            # this step): keep both, as Django's RenameContentType does.
            pass
    content_types.clear_cache()


def forwards(apps, schema_editor):
    _move_content_types(
        apps, schema_editor, source="ia_meetings", target="meeting_reports"
    )


def backwards(apps, schema_editor):
    _move_content_types(
        apps, schema_editor, source="meeting_reports", target="ia_meetings"
    )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("ia_meetings", "0003_reports_move_to_meeting_reports"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ReportSharing',
                    fields=[
                        ('meeting', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='report_sharing', serialize=False, to='ia_meetings.meeting')),
                        ('audience', models.CharField(choices=[('committee', 'The committee only (with the ISU and the State)'), ('participants', "The meeting's participants"), ('public', 'Everyone (listed on the country page)')], default='committee', max_length=20)),
                        ('decided_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'ia_meetings_reportsharing',
                        'constraints': [models.CheckConstraint(condition=models.Q(('audience__in', ['committee', 'participants', 'public'])), name='reportsharing_audience_valid')],
                    },
                ),
                migrations.CreateModel(
                    name='ReportVersion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('number', models.PositiveIntegerField()),
                        ('status', models.CharField(choices=[('queued', 'Queued'), ('rendering', 'Rendering'), ('ready', 'Ready'), ('failed', 'Failed')], default='queued', max_length=20)),
                        ('requested_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('enqueued_at', models.DateTimeField(blank=True, null=True)),
                        ('enqueue_failed_at', models.DateTimeField(blank=True, null=True)),
                        ('started_at', models.DateTimeField(blank=True, null=True)),
                        ('finished_at', models.DateTimeField(blank=True, null=True)),
                        ('attempts', models.PositiveIntegerField(default=0)),
                        ('error', models.TextField(blank=True)),
                        ('snapshot', models.JSONField()),
                        ('content_hash', models.CharField(max_length=64)),
                        ('file', models.FileField(blank=True, max_length=200, upload_to='')),
                        ('checksum', models.CharField(blank=True, max_length=64, verbose_name='SHA-256 of the PDF')),
                        ('pages', models.PositiveIntegerField(blank=True, null=True)),
                        ('size', models.PositiveBigIntegerField(blank=True, null=True)),
                        ('meeting', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_versions', to='ia_meetings.meeting')),
                        ('requested_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'ia_meetings_reportversion',
                        'ordering': ['meeting', '-number'],
                        'constraints': [models.UniqueConstraint(fields=('meeting', 'number'), name='unique_report_number'), models.UniqueConstraint(fields=('meeting', 'content_hash'), name='unique_report_content'), models.CheckConstraint(condition=models.Q(('status__in', ['queued', 'rendering', 'ready', 'failed'])), name='reportversion_status_valid'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'ready'), _negated=True), models.Q(models.Q(('file', ''), _negated=True), models.Q(('checksum', ''), _negated=True), ('finished_at__isnull', False)), _connector='OR'), name='reportversion_ready_has_file')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
