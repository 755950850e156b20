from django.contrib import admin
from django.db import models
from rules.contrib.admin import ObjectPermissionsModelAdmin

from .models import (
    Commitment,
    DialogueEntry,
    Interest,
    Objective,
    Partner,
    Partnership,
    PartnershipPartner,
    Platform,
    PlatformMember,
)


@admin.register(Partner)
class PartnerAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "kind", "state"]
    list_filter = ["kind"]
    list_select_related = ["state"]
    search_fields = ["name"]
    autocomplete_fields = ["state"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class PartnershipPartnerInline(admin.TabularInline):
    model = PartnershipPartner
    autocomplete_fields = ["partner"]
    extra = 0


class ObjectiveInline(admin.TabularInline):
    model = Objective
    extra = 0


class CommitmentInline(admin.TabularInline):
    model = Commitment
    autocomplete_fields = ["partner"]
    extra = 0


class DialogueEntryInline(admin.StackedInline):
    model = DialogueEntry
    raw_id_fields = ["author"]
    extra = 0


@admin.register(Partnership)
class PartnershipAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "state", "status", "start_date", "end_date"]
    list_filter = ["status", "is_south_south", "is_regional"]
    list_select_related = ["state"]
    search_fields = ["title", "state__name"]
    autocomplete_fields = ["state"]
    raw_id_fields = ["updated_by"]
    inlines = [
        PartnershipPartnerInline,
        ObjectiveInline,
        CommitmentInline,
        DialogueEntryInline,
    ]


@admin.register(Interest)
class InterestAdmin(ObjectPermissionsModelAdmin):
    list_display = ["need", "donor", "status", "indicative_amount", "currency"]
    list_filter = ["status"]
    list_select_related = ["need__state", "donor"]
    raw_id_fields = ["donor", "need", "partnership"]


class PlatformMemberInline(admin.TabularInline):
    model = PlatformMember
    extra = 0


@admin.register(Platform)
class PlatformAdmin(ObjectPermissionsModelAdmin):
    list_display = ["state", "lead_authority", "champion_donor", "secretariat"]
    list_select_related = ["state", "champion_donor", "secretariat"]
    autocomplete_fields = ["state", "champion_donor", "secretariat"]
    raw_id_fields = ["updated_by"]
    inlines = [PlatformMemberInline]
