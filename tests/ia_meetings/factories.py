"""factory_boy factories of IA meetings."""

import datetime as dt

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from country_pages.models import StateParty
from ia_meetings.models import (
    ActionPoint,
    AgendaItem,
    FollowUp,
    FollowUpKind,
    Material,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingSetting,
    MeetingStatus,
    Participant,
    ParticipantGroup,
    Visibility,
)

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class MeetingFactory(factory.django.DjangoModelFactory):
    """A scheduled public IA launch for Angola, a month from now, in Geneva."""

    class Meta:
        model = Meeting

    state = factory.LazyFunction(lambda: StateParty.objects.get(iso3="AGO"))
    title = factory.Sequence(lambda n: f"Individualised Approach meeting {n}")
    kind = MeetingKind.IA_LAUNCH
    setting = MeetingSetting.INTERSESSIONAL
    format = MeetingFormat.HYBRID
    venue = "Palais des Nations, Room XXIV, Geneva"
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + dt.timedelta(days=30)).replace(
            minute=0, second=0, microsecond=0
        )
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(hours=2))
    timezone = "Europe/Zurich"
    status = MeetingStatus.SCHEDULED
    visibility = Visibility.PUBLIC


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.Sequence(lambda n: n + 1)
    code = "II.A"
    title = "Circumstances, needs and challenges in mine clearance"
    by_state = True


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    meeting = factory.SubFactory(MeetingFactory)
    group = ParticipantGroup.DONOR
    organisation = factory.Sequence(lambda n: f"Donor organisation {n}")
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")


class MaterialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Material

    agenda_item = factory.SubFactory(AgendaItemFactory)
    meeting = factory.SelfAttribute("agenda_item.meeting")
    title = "National mine action strategy (slides)"
    file = factory.LazyFunction(lambda: ContentFile(PDF_BYTES, name="slides.pdf"))
    original_name = "slides.pdf"
    content_type = "application/pdf"
    size = len(PDF_BYTES)


class ActionPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPoint

    meeting = factory.SubFactory(MeetingFactory)
    description = "Share the updated survey results with operators."
    owner_organisation = "National mine action authority"
    due_date = factory.LazyFunction(
        lambda: timezone.localdate() + dt.timedelta(days=60)
    )


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    meeting = factory.SubFactory(MeetingFactory)
    kind = FollowUpKind.INFORMATION_SHARING
