from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix, email, context):
        context.setdefault("portal_name", settings.PORTAL_NAME)
        return super().send_mail(template_prefix, email, context)
