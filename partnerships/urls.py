app_name = "partnerships"

urlpatterns = []
