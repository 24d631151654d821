// zhen review report: builds a document's view from its JSON block only when it is opened, with
// createElement and textContent only (document text is untrusted and is never parsed as HTML).
(function () {
  "use strict";
  var viewer = document.getElementById("viewer");
  var tip = document.getElementById("tip");
  var FAMILIES = JSON.parse(document.getElementById("families").textContent);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function data(n) {
    var block = document.getElementById("doc-" + n);
    return block ? JSON.parse(block.textContent) : null;
  }

  // Every finding gets exactly one <mark>: a span already covered by an earlier one is shown
  // from where the earlier mark ends, or as an empty mark at that point.
  function highlighted(doc) {
    var pre = el("pre", {"class": "text", "id": "original-text"});
    var cursor = 0;
    doc.findings.forEach(function (f, i) {
      var start = Math.max(f.start, cursor);
      if (start > cursor) pre.appendChild(document.createTextNode(doc.text.slice(cursor, start)));
      var end = Math.max(start, f.end);
      var mark = el("mark", {"class": "fam-" + f.family, "tabindex": "0", "data-i": String(i),
                             "data-code": f.code, "data-label": f.family, "aria-describedby": "tip"},
                    doc.text.slice(start, end));
      pre.appendChild(mark);
      cursor = Math.max(cursor, end);
    });
    pre.appendChild(document.createTextNode(doc.text.slice(cursor)));
    return pre;
  }

  function diffTable(doc) {
    var table = el("table", {"class": "diff", "id": "diff-table"});
    var head = el("tr");
    head.appendChild(el("th", {}, "original"));
    head.appendChild(el("th", {}, "fixed (safe fixes)"));
    table.appendChild(head);
    doc.diff.forEach(function (row) {
      var tr = el("tr", {"class": row[0] ? "changed" : ""});
      tr.appendChild(el("td", {"class": "old"}, row[1]));
      tr.appendChild(el("td", {"class": "new"}, row[2]));
      table.appendChild(tr);
    });
    return table;
  }

  function termsList(doc) {
    var box = el("section", {"class": "terms"});
    if (!doc.terms.length) return box;
    box.appendChild(el("h3", {}, "Glossary terms behind these findings"));
    var table = el("table");
    var head = el("tr");
    ["Chinese", "canonical English", "found", "source"].forEach(function (h) { head.appendChild(el("th", {}, h)); });
    table.appendChild(head);
    doc.terms.forEach(function (t) {
      var tr = el("tr");
      [t.zh, t.en, t.found, t.source].forEach(function (v) { tr.appendChild(el("td", {}, v)); });
      table.appendChild(tr);
    });
    box.appendChild(table);
    return box;
  }

  function show(n) {
    var doc = data(n);
    viewer.textContent = "";
    if (!doc) return;
    viewer.appendChild(el("h2", {"id": "doc-title"}, doc.path));
    viewer.appendChild(el("p", {"class": "muted"}, doc.findings.length + " findings, " + doc.words +
                          " words, " + doc.density + " per 1,000 words"));
    var bar = el("div", {"class": "toolbar", "role": "group", "aria-label": "view"});
    var views = {original: highlighted(doc), fixed: el("pre", {"class": "text", "id": "fixed-text"}, doc.fixed),
                 diff: diffTable(doc)};
    Object.keys(views).forEach(function (name) {
      var button = el("button", {"type": "button", "id": "view-" + name, "aria-pressed": String(name === "original")}, name);
      button.addEventListener("click", function () {
        Object.keys(views).forEach(function (other) {
          views[other].hidden = other !== name;
          document.getElementById("view-" + other).setAttribute("aria-pressed", String(other === name));
        });
      });
      bar.appendChild(button);
    });
    viewer.appendChild(bar);
    Object.keys(views).forEach(function (name) { views[name].hidden = name !== "original"; viewer.appendChild(views[name]); });
    viewer.appendChild(termsList(doc));
    viewer.dataset.findings = String(doc.findings.length);
    viewer.dataset.doc = String(n);
    current = doc;
  }

  var current = null;
  function describe(mark) {
    var f = current.findings[Number(mark.getAttribute("data-i"))];
    tip.textContent = "";
    tip.appendChild(el("strong", {}, f.code + " " + f.name + " (" + FAMILIES[f.family] + ")"));
    tip.appendChild(el("div", {}, f.message));
    if (f.replacement !== null) {
      // Only safe fixes reach the fixed view; the others are suggestions for a human.
      var note = f.safety === "safe" ? "" : " (" + (f.safety === "unsafe" ? "unsafe fix, `zhen fix --unsafe-fixes`" : "suggestion only") + ")";
      tip.appendChild(el("div", {}, "→ " + (f.replacement === "" ? "(delete)" : f.replacement) + note));
    }
    var box = mark.getBoundingClientRect();
    tip.style.left = (window.scrollX + box.left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 4) + "px";
    tip.className = "shown";
  }
  function hide() { tip.className = ""; }
  viewer.addEventListener("mouseover", function (e) { if (e.target.tagName === "MARK") describe(e.target); });
  viewer.addEventListener("focusin", function (e) { if (e.target.tagName === "MARK") describe(e.target); });
  viewer.addEventListener("mouseout", hide);
  viewer.addEventListener("focusout", hide);

  // Summary table: sortable by any column.
  var table = document.getElementById("documents");
  if (table) {
    table.querySelectorAll("th button").forEach(function (button, column) {
      button.addEventListener("click", function () {
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        var numeric = button.parentNode.classList.contains("num");
        var descending = button.dataset.order !== "desc";
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.value || a.cells[column].textContent;
          var y = b.cells[column].dataset.value || b.cells[column].textContent;
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        button.dataset.order = descending ? "desc" : "asc";
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      });
    });
  }

  function route() {
    var match = /^#doc-(\d+)$/.exec(window.location.hash);
    show(match ? Number(match[1]) : 0);
  }
  window.addEventListener("hashchange", route);
  route();
})();
