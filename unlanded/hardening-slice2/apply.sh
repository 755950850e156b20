set -e
cd /work/wt/hardening-land
for f in committee/tasks.py country_pages/geojson.py country_pages/selectors.py country_pages/translation/selectors.py country_pages/translation/texts.py meeting_reports/services.py portal/settings/base.py tests/committee/test_dossier_sweep.py tests/country_pages/test_maps_hostile.py tests/country_pages/test_page_languages.py; do
  cp /tmp/hardening-s2wt/$f $f
done
python3 /tmp/hardening-s2/readme.py
