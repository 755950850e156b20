"""Settings for bench/http.py: production's, as docker-compose deploys them.

Only two things are added: the trivial view the pages are compared with
(bench/urls.py) and a header with each response's SQL query count, so the
table shows that counts stay flat as the data grows.
"""

from portal.settings.production import *  # noqa: F403
from portal.settings.production import MIDDLEWARE

ROOT_URLCONF = "bench.urls"
MIDDLEWARE = ["bench.querycount.QueryCountMiddleware", *MIDDLEWARE]
