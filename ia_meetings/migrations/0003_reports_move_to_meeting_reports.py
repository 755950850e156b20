"""The follow-up reports moved to their own app, meeting_reports.

Only Django's idea of the models moves: the tables keep their names and rows
(meeting_reports' 0001 takes the models over with `db_table`).
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("ia_meetings", "0002_report_versions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ReportSharing"),
                migrations.DeleteModel(name="ReportVersion"),
            ],
            database_operations=[],
        ),
    ]
