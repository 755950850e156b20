"""Two-factor authentication changes end the person's other sessions and are
audited, however they happen (the person's own pages or the admin)."""

from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from django.contrib.auth import update_session_auth_hash
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import User
from .services import audit_record


def _security_changed(*, authenticator: Authenticator, action: str, summary: str):
    User.objects.filter(pk=authenticator.user_id).update(
        security_epoch=F("security_epoch") + 1
    )
    audit_record(
        actor=None,
        action=action,
        summary=summary
        % {"email": authenticator.user.email, "kind": authenticator.get_type_display()},
        target=authenticator.user,
    )


@receiver(post_save, sender=Authenticator)
def authenticator_saved(sender, instance, created, **kwargs):
    if created:
        _security_changed(
            authenticator=instance,
            action="mfa.added",
            summary="%(email)s: %(kind)s added",
        )


@receiver(post_delete, sender=Authenticator)
def authenticator_deleted(sender, instance, **kwargs):
    _security_changed(
        authenticator=instance,
        action="mfa.removed",
        summary="%(email)s: %(kind)s removed",
    )


@receiver(mfa_signals.authenticator_reset)
def authenticator_reset(sender, request, user, authenticator, **kwargs):
    _security_changed(
        authenticator=authenticator,
        action="mfa.reset",
        summary="%(email)s: %(kind)s renewed",
    )
    _keep_this_session(request, user)


@receiver(mfa_signals.authenticator_added)
@receiver(mfa_signals.authenticator_removed)
def _keep_this_session(request, user, **kwargs):
    """The session that made the change stays signed in; the others end."""
    if request is not None and request.user.is_authenticated:
        request.user.refresh_from_db(fields=["security_epoch"])
        update_session_auth_hash(request, request.user)
