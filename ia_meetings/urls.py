from django.urls import path

from . import views

app_name = "ia_meetings"

urlpatterns = [
    path("meetings/", views.meeting_list, name="list"),
    path("meetings/propose/", views.meeting_propose, name="propose"),
    path("meetings/<int:pk>/", views.meeting_detail, name="detail"),
    path("meetings/<int:pk>.ics", views.meeting_ics, name="ics"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="edit"),
    path("meetings/<int:pk>/status/", views.meeting_status, name="status"),
    path("meetings/<int:pk>/agenda/add/", views.agenda_item_add, name="agenda_add"),
    path(
        "meetings/<int:pk>/agenda/<int:item_pk>/",
        views.agenda_item_edit,
        name="agenda_edit",
    ),
    path(
        "meetings/<int:pk>/agenda/<int:item_pk>/final/",
        views.agenda_item_finalise,
        name="agenda_finalise",
    ),
    path(
        "meetings/<int:pk>/agenda/<int:item_pk>/reopen/",
        views.agenda_item_reopen,
        name="agenda_reopen",
    ),
    path(
        "meetings/<int:pk>/agenda/<int:item_pk>/move/",
        views.agenda_item_move,
        name="agenda_move",
    ),
    path(
        "meetings/<int:pk>/agenda/<int:item_pk>/delete/",
        views.agenda_item_delete,
        name="agenda_delete",
    ),
    path(
        "meetings/<int:pk>/agenda/<int:item_pk>/materials/",
        views.material_upload,
        name="material_upload",
    ),
    path(
        "meetings/materials/<int:pk>/",
        views.material_download,
        name="material_download",
    ),
    path(
        "meetings/materials/<int:pk>/remove/",
        views.material_remove,
        name="material_remove",
    ),
    path(
        "meetings/<int:pk>/participants/",
        views.participant_list,
        name="participants",
    ),
    path(
        "meetings/<int:pk>/participants/<int:participant_pk>/remove/",
        views.participant_remove,
        name="participant_remove",
    ),
    path(
        "meetings/<int:pk>/participants/invite/",
        views.participants_invite,
        name="invite",
    ),
    path(
        "meetings/<int:pk>/participants/attendance/",
        views.participant_attendance,
        name="attendance",
    ),
    path(
        "meetings/<int:pk>/participants.csv",
        views.contact_list,
        name="contact_list",
    ),
    path("meetings/respond/<str:token>/", views.respond, name="respond"),
    path(
        "meetings/<int:pk>/action-points/add/",
        views.action_point_edit,
        name="action_point_add",
    ),
    path(
        "meetings/<int:pk>/action-points/<int:point_pk>/",
        views.action_point_edit,
        name="action_point_edit",
    ),
    path(
        "meetings/<int:pk>/action-points/<int:point_pk>/delete/",
        views.action_point_delete,
        name="action_point_delete",
    ),
    path(
        "meetings/<int:pk>/follow-ups/add/",
        views.follow_up_edit,
        name="follow_up_add",
    ),
    path(
        "meetings/<int:pk>/follow-ups/<int:follow_up_pk>/",
        views.follow_up_edit,
        name="follow_up_edit",
    ),
    path(
        "meetings/<int:pk>/follow-ups/<int:follow_up_pk>/delete/",
        views.follow_up_delete,
        name="follow_up_delete",
    ),
    path("countries/<str:iso3>/meetings.ics", views.country_ics, name="country_ics"),
    path(
        "countries/<str:iso3>/action-points/",
        views.country_action_points,
        name="country_action_points",
    ),
]
