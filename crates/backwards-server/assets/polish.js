// The Polish button's live panel (see src/routes/polish.rs).
//
// htmx posts the button's form and swaps in a panel whose
// data-polish-events attribute names the run's server-sent-events stream.
// This script watches that stream: "progress" events update one line per
// document (plain text only), each "document" event adds a polished or
// kept document (HTML the server already escaped and sanitized), and
// "done" or "failed" closes the stream so EventSource does not reconnect.
(function () {
  "use strict";

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el) { el.textContent = text; }
  }

  function watch(panel) {
    var url = panel.getAttribute("data-polish-events");
    if (!url || panel.getAttribute("data-watching")) { return; }
    panel.setAttribute("data-watching", "1");
    var source = new EventSource(url);
    source.addEventListener("progress", function (e) {
      var p = JSON.parse(e.data);
      var line = document.getElementById("polish-progress-" + p.kind);
      var state = line && line.querySelector(".state");
      if (state) { state.textContent = p.text; }
    });
    source.addEventListener("document", function (e) {
      var box = document.getElementById("polish-documents");
      var template = document.createElement("template");
      template.innerHTML = e.data;
      if (box) { box.appendChild(template.content); }
      var line = document.getElementById("polish-progress-" + e.lastEventId);
      var state = line && line.querySelector(".state");
      if (state) { state.textContent = "checked"; }
    });
    source.addEventListener("done", function (e) {
      source.close();
      setText("polish-status", e.data);
    });
    source.addEventListener("failed", function (e) {
      source.close();
      setText("polish-status", e.data);
    });
    source.onerror = function () {
      if (source.readyState !== EventSource.CLOSED) {
        source.close();
        setText("polish-status", "The connection to the server was lost; the drafts are unchanged.");
      }
    };
  }

  function scan() {
    var panels = document.querySelectorAll("[data-polish-events]");
    for (var i = 0; i < panels.length; i++) { watch(panels[i]); }
  }

  document.addEventListener("htmx:afterSettle", scan);
  document.addEventListener("DOMContentLoaded", scan);
})();
