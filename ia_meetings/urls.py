app_name = "ia_meetings"

urlpatterns = []
