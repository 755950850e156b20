"""allauth, fitted to the portal's roles."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .emails import outbox_add, recipient_languages
from .services import audit_record


def mfa_required(user) -> bool:
    """ISU staff and committee members must use two-factor authentication."""
    return user.role in settings.PORTAL_MFA_REQUIRED_ROLES or user.is_superuser


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """allauth's e-mails (verification, password reset, "you already have
        an account") go through the outbox like the portal's own: rendered
        now, sent by a worker after the response, kept while the mail server
        is down. A sign-up therefore costs the same whether or not the
        address has an account."""
        request = allauth_context.request
        # In the language of the account the address belongs to, if it chose
        # one; else the language of the page the person asked from.
        [language] = recipient_languages([email]) or [translation.get_language()]
        # allauth's links (confirm the address, reset the password) lead to the
        # page in the same language (read in the request's, where they resolve).
        links = {
            key: translate_url(value, language)
            for key, value in context.items()
            if key.endswith("_url") and isinstance(value, str)
        }
        with translation.override(language):
            message = self.render_mail(
                template_prefix,
                email,
                {
                    "request": request,
                    "email": email,
                    "current_site": get_current_site(request),
                    "portal_name": settings.PORTAL_NAME,
                    **context,
                    **links,
                },
            )
        html = [body for body, kind in message.alternatives if kind == "text/html"]
        outbox_add(
            subject=message.subject,
            body=message.body,
            html_body=html[0] if html else "",
            to=message.to,
        )

    def format_email_subject(self, subject: str) -> str:
        # The outbox adds ACCOUNT_EMAIL_SUBJECT_PREFIX to every e-mail.
        return subject

    def get_login_redirect_url(self, request):
        """After sign-in, the page in the person's own language, if they chose one."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "")
        return translate_url(url, language) if language else url

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts failed sign-ins per address and per account. Per
        # account alone, anyone could lock the ISU out by typing wrong
        # passwords for its address; counted per account *and* address, an
        # attacker slows only themselves. The address is the client's, read
        # behind ALLAUTH_TRUSTED_PROXY_COUNT proxies.
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{self.get_client_ip(request)}|{account}"

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            self._audit_throttled(request, credentials.get("email", ""))
            raise

    def _audit_throttled(self, request, email: str) -> None:
        """Tell the ISU (audit trail), once per address and account a quarter."""
        ip = self.get_client_ip(request)
        if cache.add(f"portal:throttle-audited:{ip}:{email.lower()}", 1, 900):
            audit_record(
                actor=None,
                action="sign-in.throttled",
                summary=f"Too many failed sign-ins for {email or '(no e-mail)'} "
                f"from {ip}",
                data={"email": email, "ip": ip},
            )


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Your role requires two-factor authentication, so it cannot be "
            "switched off. To move it to a new device, ask the ISU to reset it: "
            "you will set it up again when you next sign in."
        ),
    }

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if authenticator.type == Authenticator.Type.TOTP and mfa_required(
            authenticator.user
        ):
            return False
        return super().can_delete_authenticator(authenticator)
