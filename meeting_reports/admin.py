from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from .models import ReportSharing, ReportVersion


# Versions are made by the services and the worker only: read-only here.
@admin.register(ReportVersion)
class ReportVersionAdmin(ObjectPermissionsModelAdmin):
    list_display = ["__str__", "meeting", "status", "requested_at", "pages", "size"]
    list_filter = ["status"]
    list_select_related = ["meeting__state"]
    search_fields = ["meeting__title", "meeting__state__name", "checksum"]
    readonly_fields = [f.name for f in ReportVersion._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReportSharing)
class ReportSharingAdmin(ObjectPermissionsModelAdmin):
    list_display = ["meeting", "audience", "decided_by", "decided_at"]
    list_filter = ["audience"]
    list_select_related = ["meeting__state", "decided_by"]
    raw_id_fields = ["meeting", "decided_by"]
