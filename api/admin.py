from django.contrib import admin

from .models import PersonalToken


@admin.register(PersonalToken)
class PersonalTokenAdmin(admin.ModelAdmin):
    """The ISU sees and revokes (deletes) tokens; keys are never shown."""

    list_display = ["user", "name", "hint", "created_at", "last_used_at"]
    search_fields = ["user__email", "name", "hint"]
    readonly_fields = ["user", "name", "hint", "created_at", "last_used_at"]

    def has_add_permission(self, request):
        return False
