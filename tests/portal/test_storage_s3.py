"""With S3_BUCKET set, uploads go to S3-compatible object storage (django-storages),
tried against moto's S3 server on 127.0.0.1; without it, to the file system."""

import socket
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from country_pages.models import PageMap
from ia_meetings.models import Material
from portal.settings.base import file_storage
from tests.ia_meetings.factories import PDF_BYTES, AgendaItemFactory

moto_server = pytest.importorskip(
    "moto.server", reason="moto[server] is not installed: make install (dev extras)"
)
boto3 = pytest.importorskip("boto3", reason="boto3 comes with django-storages[s3]")


def test_without_a_bucket_files_stay_on_the_file_system(monkeypatch):
    monkeypatch.delenv("S3_BUCKET", raising=False)
    assert file_storage()["BACKEND"] == "django.core.files.storage.FileSystemStorage"


@pytest.fixture
def s3(settings, monkeypatch, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = moto_server.ThreadedMotoServer(
        ip_address="127.0.0.1", port=port, verbose=False
    )
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # moto keeps its buckets for the whole process: one of its own per test.
    bucket = f"ia-portal-test-{uuid.uuid4().hex[:12]}"
    env = {
        "S3_BUCKET": bucket,
        "S3_ENDPOINT_URL": endpoint,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "test-key",
        "S3_SECRET_ACCESS_KEY": "test-secret",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    client.create_bucket(Bucket=bucket)
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": file_storage()}
    yield lambda: [
        item["Key"]
        for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])
    ]
    server.stop()


@pytest.mark.django_db
def test_a_presentation_goes_to_the_bucket_and_comes_back_unchanged(
    s3, make_user, client_for, tmp_path
):
    focal_point = make_user("focal_point")  # of Angola, whose meeting it is
    item = AgendaItemFactory()
    response = client_for(focal_point).post(
        reverse("ia_meetings:material_upload", args=[item.meeting_id, item.pk]),
        {"title": "Clearance plan", "file": SimpleUploadedFile("plan.pdf", PDF_BYTES)},
    )
    assert response.status_code == 302
    material = Material.objects.get()
    assert s3() == [material.file.name]
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]
    download = client_for(None).get(material.get_absolute_url())
    assert b"".join(download.streaming_content) == PDF_BYTES
    assert 'filename="plan.pdf"' in download["Content-Disposition"]


@pytest.mark.django_db
def test_a_map_goes_to_the_bucket_and_the_page_serves_it(s3, make_user, client_for):
    focal_point = make_user("focal_point")
    geojson = (
        b'{"type": "Feature", "properties": {"name": "Area 1"}, "geometry": '
        b'{"type": "Point", "coordinates": [13.2, -8.8]}}'
    )
    response = client_for(focal_point).post(
        reverse("country_pages:map_add", args=["AGO"]),
        {"title": "Hazardous areas", "file": SimpleUploadedFile("a.geojson", geojson)},
    )
    assert response.status_code == 302
    (key,) = s3()
    assert key.startswith("country_pages/maps/AGO/")
    page_map = PageMap.objects.get()
    served = client_for(focal_point).get(page_map.get_file_url())
    assert b"".join(served.streaming_content) == geojson
