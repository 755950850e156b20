from django.urls import path

from .views import analysis, guidance, reports

app_name = "article7"

urlpatterns = [
    path(
        "countries/<iso3:iso3>/article7/", reports.state_reports, name="state_reports"
    ),
    path("countries/<iso3:iso3>/article7/start/", reports.report_start, name="start"),
    path("article7/reports/<id:pk>/", reports.report_detail, name="report"),
    path("article7/reports/<id:pk>/cover/", reports.cover_edit, name="cover"),
    path(
        "article7/reports/<id:pk>/forms/<slug:code>/",
        reports.form_edit,
        name="form",
    ),
    path("article7/reports/<id:pk>/file/", reports.file_download, name="file"),
    path(
        "article7/reports/<id:pk>/file/upload/",
        reports.file_upload,
        name="file_upload",
    ),
    path("article7/reports/<id:pk>/submit/", reports.submit, name="submit"),
    path("article7/reports/<id:pk>/pdf/", reports.pdf_request, name="pdf_request"),
    path(
        "article7/reports/<id:pk>/pdf/<id:number>/",
        reports.pdf_download,
        name="pdf_download",
    ),
    path("article7/reports/<id:pk>/review/", reports.review, name="review"),
    path("article7/reports/<id:pk>/correct/", reports.correct, name="correct"),
    path("article7/analysis/", analysis.analysis_page, name="analysis"),
    path("article7/guidance/", guidance.guidance, name="guidance"),
    path(
        "article7/guidance/sections/<id:pk>/",
        guidance.section_edit,
        name="guidance_section",
    ),
    path(
        "article7/guidance/questions/<id:pk>/",
        guidance.question_edit,
        name="guidance_question",
    ),
    path(
        "article7/guidance/editions/<id:pk>/copy/",
        guidance.edition_copy,
        name="guidance_copy",
    ),
    path(
        "article7/guidance/editions/<id:pk>/current/",
        guidance.edition_make_current,
        name="guidance_current",
    ),
]
