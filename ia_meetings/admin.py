from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from .models import (
    ActionPoint,
    AgendaItem,
    FollowUp,
    Material,
    Meeting,
    MeetingStatusChange,
    Participant,
)


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fields = ["order", "code", "title", "by_state", "presenter", "start_time"]
    extra = 0


class StatusChangeInline(admin.TabularInline):
    model = MeetingStatusChange
    fields = ["changed_at", "from_status", "to_status", "changed_by", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        # The history is written by the services only.
        return False


@admin.register(Meeting)
class MeetingAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "state", "kind", "status", "visibility", "starts_at"]
    list_filter = ["kind", "status", "visibility", "setting", "format"]
    list_select_related = ["state"]
    search_fields = ["title", "state__name", "venue"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["state"]
    raw_id_fields = ["previous_meeting", "proposed_by"]
    readonly_fields = ["version", "created_at", "updated_at"]
    inlines = [AgendaItemInline, StatusChangeInline]


@admin.register(Participant)
class ParticipantAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "organisation", "group", "meeting", "response", "attended"]
    list_filter = ["group", "response", "attended"]
    list_select_related = ["meeting__state"]
    search_fields = ["name", "email", "organisation", "meeting__title"]
    raw_id_fields = ["meeting", "added_by"]


@admin.register(Material)
class MaterialAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "meeting", "content_type", "size", "uploaded_at"]
    list_select_related = ["meeting__state"]
    search_fields = ["title", "original_name", "meeting__title"]
    raw_id_fields = ["meeting", "agenda_item", "uploaded_by"]


@admin.register(ActionPoint)
class ActionPointAdmin(ObjectPermissionsModelAdmin):
    list_display = ["__str__", "owner_organisation", "due_date", "status", "meeting"]
    list_filter = ["status"]
    list_select_related = ["meeting__state"]
    search_fields = ["description", "owner_organisation", "meeting__title"]
    raw_id_fields = ["meeting", "agenda_item", "created_by"]


@admin.register(FollowUp)
class FollowUpAdmin(ObjectPermissionsModelAdmin):
    list_display = ["kind", "status", "date", "meeting"]
    list_filter = ["kind", "status"]
    list_select_related = ["meeting__state"]
    raw_id_fields = ["meeting", "subsequent_meeting", "created_by"]
