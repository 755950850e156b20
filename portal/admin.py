from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from .models import AuditEntry, User


@admin.register(User)
class UserAdmin(ObjectPermissionsModelAdmin):
    list_display = ["email", "full_name", "organisation", "role", "donor_status"]
    list_filter = ["role", "donor_status", "is_committee_chair", "is_active"]
    search_fields = ["email", "full_name", "organisation"]
    fields = [
        "email", "full_name", "organisation", "organisation_kind", "role",
        "is_committee_chair", "donor_status", "is_active", "last_login", "date_joined",
    ]  # fmt: skip
    readonly_fields = ["last_login", "date_joined"]


@admin.register(AuditEntry)
class AuditEntryAdmin(ObjectPermissionsModelAdmin):
    list_display = ["created_at", "actor", "action", "summary"]
    list_filter = ["action"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
