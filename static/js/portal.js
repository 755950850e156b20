// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Warn before leaving a form with unsaved changes (forms marked data-warn-unsaved).
  document.querySelectorAll("form[data-warn-unsaved]").forEach(function (form) {
    var dirty = false;
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });

  // A form that did not pass: its error summary takes the focus (autofocus
  // already does in most browsers), and each link in it focuses its field.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    if (document.activeElement !== summary) { summary.focus(); }
    summary.querySelectorAll("a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        if (!target) { return; }
        event.preventDefault();
        target.scrollIntoView({ block: "center" });
        target.focus();
      });
    });
  }

  // A long select (e.g. time zones) gets a filter box: typing part of a name
  // leaves only the matching options. Without JS the select works as is.
  document.querySelectorAll("select[data-filterable]").forEach(function (select) {
    var box = document.createElement("input");
    box.type = "search";
    box.className = "select-filter";
    box.id = select.id + "-filter";
    box.setAttribute("aria-controls", select.id);
    box.setAttribute("autocomplete", "off");
    var label = document.createElement("label");
    label.htmlFor = box.id;
    label.className = "select-filter-label";
    label.textContent = document.body.getAttribute("data-filter-label") || "Filter the list";
    select.parentNode.insertBefore(label, select);
    select.parentNode.insertBefore(box, select);
    box.addEventListener("input", function () {
      var words = box.value.toLowerCase().replace(/_/g, " ").trim();
      var first = null;
      select.querySelectorAll("option").forEach(function (option) {
        var text = (option.value + " " + option.textContent).toLowerCase().replace(/_/g, " ");
        var match = !words || !option.value || text.indexOf(words) !== -1;
        option.hidden = !match;
        if (match && option.value && !first) { first = option; }
      });
      if (words && first) { select.value = first.value; }
    });
  });

  // Confirm destructive actions (buttons marked data-confirm).
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (event) {
      if (!window.confirm(el.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
})();
