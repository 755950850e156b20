from django.urls import path

from .views import (
    action_points,
    agenda,
    calendar,
    follow_up,
    history,
    manage,
    materials,
    meetings,
    participants,
)

app_name = "ia_meetings"

urlpatterns = [
    path("meetings/", meetings.meeting_list, name="list"),
    path("meetings/propose/", meetings.meeting_propose, name="propose"),
    path("meetings/<id:pk>/", meetings.meeting_detail, name="detail"),
    path("meetings/<id:pk>.ics", calendar.meeting_ics, name="ics"),
    path("meetings/<id:pk>/edit/", meetings.meeting_edit, name="edit"),
    path("meetings/<id:pk>/status/", meetings.meeting_status, name="status"),
    path("meetings/<id:pk>/manage/", manage.meeting_manage, name="manage"),
    path("meetings/<id:pk>/cancel/", manage.meeting_cancel, name="cancel"),
    path("meetings/<id:pk>/next/", manage.meeting_next, name="next"),
    path(
        "meetings/<id:pk>/minutes/circulate/",
        manage.minutes_circulate,
        name="circulate",
    ),
    path("meetings/series/<id:pk>/", manage.series_detail, name="series"),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/history/",
        history.minutes_history,
        name="minutes_history",
    ),
    path("meetings/<id:pk>/agenda/add/", agenda.agenda_item_add, name="agenda_add"),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/",
        agenda.agenda_item_edit,
        name="agenda_edit",
    ),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/final/",
        agenda.agenda_item_finalise,
        name="agenda_finalise",
    ),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/reopen/",
        agenda.agenda_item_reopen,
        name="agenda_reopen",
    ),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/move/",
        agenda.agenda_item_move,
        name="agenda_move",
    ),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/delete/",
        agenda.agenda_item_delete,
        name="agenda_delete",
    ),
    path(
        "meetings/<id:pk>/agenda/<id:item_pk>/materials/",
        materials.material_upload,
        name="material_upload",
    ),
    path(
        "meetings/materials/<id:pk>/",
        materials.material_download,
        name="material_download",
    ),
    path(
        "meetings/materials/<id:pk>/remove/",
        materials.material_remove,
        name="material_remove",
    ),
    path(
        "meetings/<id:pk>/participants/",
        participants.participant_list,
        name="participants",
    ),
    path(
        "meetings/<id:pk>/participants/<id:participant_pk>/edit/",
        participants.participant_edit,
        name="participant_edit",
    ),
    path(
        "meetings/<id:pk>/participants/add-several/",
        participants.participants_bulk,
        name="participants_bulk",
    ),
    path(
        "meetings/<id:pk>/participants/<id:participant_pk>/remove/",
        participants.participant_remove,
        name="participant_remove",
    ),
    path(
        "meetings/<id:pk>/participants/invite/",
        participants.participants_invite,
        name="invite",
    ),
    path(
        "meetings/<id:pk>/participants/attendance/",
        participants.participant_attendance,
        name="attendance",
    ),
    path(
        "meetings/<id:pk>/participants.csv",
        participants.contact_list,
        name="contact_list",
    ),
    path("meetings/respond/<token:token>/", participants.respond, name="respond"),
    path(
        "meetings/respond/<token:token>/meeting.ics",
        participants.respond_ics,
        name="respond_ics",
    ),
    path(
        "meetings/<id:pk>/action-points/add/",
        action_points.action_point_edit,
        name="action_point_add",
    ),
    path(
        "meetings/<id:pk>/action-points/<id:point_pk>/",
        action_points.action_point_edit,
        name="action_point_edit",
    ),
    path(
        "meetings/<id:pk>/action-points/<id:point_pk>/progress/",
        action_points.action_point_progress,
        name="action_point_progress",
    ),
    path(
        "meetings/<id:pk>/action-points/<id:point_pk>/delete/",
        action_points.action_point_delete,
        name="action_point_delete",
    ),
    path(
        "meetings/<id:pk>/follow-ups/add/",
        follow_up.follow_up_edit,
        name="follow_up_add",
    ),
    path(
        "meetings/<id:pk>/follow-ups/<id:follow_up_pk>/",
        follow_up.follow_up_edit,
        name="follow_up_edit",
    ),
    path(
        "meetings/<id:pk>/follow-ups/<id:follow_up_pk>/delete/",
        follow_up.follow_up_delete,
        name="follow_up_delete",
    ),
    path(
        "countries/<iso3:iso3>/meetings.ics", calendar.country_ics, name="country_ics"
    ),
    path(
        "countries/<iso3:iso3>/action-points/",
        action_points.country_action_points,
        name="country_action_points",
    ),
]
