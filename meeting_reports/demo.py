"""The Geneva launch's report, shared with its participants [002 §7: "the
meeting report from the Geneva launch is provided to all participants"].

Made once, after the meetings and partnerships of the demo are loaded; rendered
at once in the eager demo, with a broker by the workers.
"""

from ia_meetings.models import Meeting
from portal.models import User

from .models import ReportAudience, ReportSharing
from .services import report_request

LAUNCH_TITLE = "Sudan: launch of the Individualised Approach platform"


def load(stdout):
    launch = Meeting.objects.filter(state__iso3="SDN", title=LAUNCH_TITLE).first()
    if launch is None or launch.report_versions.exists():
        stdout.write("Demo reports: none added.")
        return
    actor = User.objects.filter(email="isu@demo.example").first()
    ReportSharing.objects.get_or_create(
        meeting=launch,
        defaults={"audience": ReportAudience.PARTICIPANTS, "decided_by": actor},
    )
    version = report_request(meeting=launch, user=actor)
    stdout.write(f"Demo reports: version {version.number} of “{launch.title}”.")
