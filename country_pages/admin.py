from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from .models import FocalPointAssignment, Need, PageMap, PageRevision, StateParty


@admin.register(StateParty)
class StatePartyAdmin(ObjectPermissionsModelAdmin):
    list_display = [
        "iso3",
        "name",
        "region",
        "membership",
        "article5_obligations_remaining",
        "article5_deadline",
        "article4_stockpile_status",
        "survivors_responsibility",
    ]
    list_filter = [
        "region",
        "membership",
        "article5_obligations_remaining",
        "article4_stockpile_status",
        "survivors_responsibility",
    ]
    search_fields = ["iso3", "name"]


@admin.register(FocalPointAssignment)
class FocalPointAssignmentAdmin(ObjectPermissionsModelAdmin):
    list_display = ["state", "user", "assigned_at", "assigned_by"]
    list_select_related = ["state", "user", "assigned_by"]
    autocomplete_fields = ["state"]
    raw_id_fields = ["user"]


@admin.register(Need)
class NeedAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "state", "theme", "status", "is_published"]
    list_filter = ["theme", "status", "is_published"]
    list_select_related = ["state"]
    search_fields = ["title", "state__name"]


@admin.register(PageRevision)
class PageRevisionAdmin(ObjectPermissionsModelAdmin):
    """Read-only here: revisions are made by publishing, restored from History."""

    list_display = ["state", "number", "created_at", "created_by", "note"]
    list_select_related = ["state", "created_by"]
    search_fields = ["state__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(PageMap)
class PageMapAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "state", "kind", "is_published", "created_at"]
    list_filter = ["kind", "is_published"]
    list_select_related = ["state"]
    exclude = ["svg"]
