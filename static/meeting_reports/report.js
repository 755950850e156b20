// Refreshes the report versions table while a version is queued or rendering.
// Progressive enhancement: without this file a reload shows the same state.
(function () {
  "use strict";
  var box = document.getElementById("report-versions");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-refresh-url");
  var delay = 2000;

  function pending() {
    return box.querySelector('[data-pending="true"]') !== null;
  }

  function poll() {
    if (!pending()) { return; }
    fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      })
      .then(function (html) {
        box.innerHTML = html;
        delay = 2000;
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        delay = Math.min(delay * 2, 30000);
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, delay);
})();
