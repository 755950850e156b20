"""Every write of the api app: personal tokens, made and revoked by their
owner (the ISU revokes any in the admin)."""

from django.db import transaction

from portal.services import audit_record

from .models import PersonalToken, token_digest, token_key_new


@transaction.atomic
def personal_token_create(*, user, name: str) -> tuple[PersonalToken, str]:
    """A new token for `user`; returns it and its key, which is never stored."""
    key = token_key_new()
    token = PersonalToken.objects.create(
        user=user, name=name, hint=key[:8], digest=token_digest(key)
    )
    audit_record(actor=user, action="api_token.create", target=token, summary=name)
    return token, key
