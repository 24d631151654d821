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

  var LINE_BREAK = /\r\n|\n|\r/;  // as html_report.diff_ranges splits
  var CONTEXT = 2;  // unchanged lines shown around a change; longer runs fold into one row

  // A changed pair of lines, word by word: the longest common subsequence of their tokens (every
  // character is in exactly one token, so the pieces join back into the lines). Very long pairs
  // only lose the common head and tail, to keep the table quick to build.
  var TOKEN = /\s+|\w+|[^\s\w]/gu;
  var MAX_CELLS = 4000000;
  function tokenDiff(x, y) {
    var a = x.match(TOKEN) || [], b = y.match(TOKEN) || [];
    var p = 0, s = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p += 1;
    while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s += 1;
    var A = a.slice(p, a.length - s), B = b.slice(p, b.length - s), n = A.length, m = B.length;
    var left = [], right = [];
    function add(side, changed, text) {
      var last = side[side.length - 1];
      if (last && last[0] === changed) last[1] += text; else if (text) side.push([changed, text]);
    }
    add(left, false, a.slice(0, p).join("")); add(right, false, b.slice(0, p).join(""));
    if ((n + 1) * (m + 1) > MAX_CELLS) {
      add(left, true, A.join("")); add(right, true, B.join(""));
    } else {
      var w = m + 1, lcs = new Int32Array((n + 1) * w), i, j;
      for (i = n - 1; i >= 0; i -= 1) {
        for (j = m - 1; j >= 0; j -= 1) {
          lcs[i * w + j] = A[i] === B[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
        }
      }
      i = 0; j = 0;
      while (i < n && j < m) {
        if (A[i] === B[j]) { add(left, false, A[i]); add(right, false, B[j]); i += 1; j += 1; }
        else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) { add(left, true, A[i]); i += 1; }
        else { add(right, true, B[j]); j += 1; }
      }
      for (; i < n; i += 1) add(left, true, A[i]);
      for (; j < m; j += 1) add(right, true, B[j]);
    }
    add(left, false, a.slice(a.length - s).join("")); add(right, false, b.slice(b.length - s).join(""));
    return [left, right];
  }

  function pieces(cls, parts, tag) {
    var td = el("td", {"class": cls});
    parts.forEach(function (part) {
      td.appendChild(part[0] ? el(tag, {}, part[1]) : document.createTextNode(part[1]));
    });
    return td;
  }

  function diffRow(cls, i, left, j, right) {
    var tr = el("tr", {"class": cls});
    var paired = cls === "changed" && left !== null && right !== null;
    var parts = paired ? tokenDiff(left, right) : null;
    tr.appendChild(el("td", {"class": "ln"}, i === null ? "" : String(i + 1)));
    tr.appendChild(paired ? pieces("old", parts[0], "del") : el("td", {"class": "old"}, left === null ? "" : left));
    tr.appendChild(el("td", {"class": "ln"}, j === null ? "" : String(j + 1)));
    tr.appendChild(paired ? pieces("new", parts[1], "ins") : el("td", {"class": "new"}, right === null ? "" : right));
    return tr;
  }

  function diffTable(doc) {
    var a = doc.text.split(LINE_BREAK), b = doc.fixed.split(LINE_BREAK);
    var table = el("table", {"class": "diff", "id": "diff-table"});
    var head = el("tr");
    ["", "original", "", "fixed (safe fixes)"].forEach(function (h) { head.appendChild(el("th", {}, h)); });
    table.appendChild(head);
    if (doc.diff.every(function (r) { return !r[0]; })) {
      var same = el("tr", {"class": "fold"});
      same.appendChild(el("td", {"colspan": "4"}, "No safe fix applies: the fixed text is the original."));
      table.appendChild(same);
      return table;
    }
    doc.diff.forEach(function (r, n) {
      var i1 = r[1], i2 = r[2], j1 = r[3], j2 = r[4];
      if (r[0]) {
        for (var k = 0; k < Math.max(i2 - i1, j2 - j1); k += 1) {
          var i = i1 + k < i2 ? i1 + k : null, j = j1 + k < j2 ? j1 + k : null;
          table.appendChild(diffRow("changed", i, i === null ? null : a[i], j, j === null ? null : b[j]));
        }
        return;
      }
      // Unchanged run: CONTEXT lines after the change before it and before the change after it.
      var keepHead = n === 0 ? 0 : CONTEXT, keepTail = n === doc.diff.length - 1 ? 0 : CONTEXT;
      var length = i2 - i1;
      var shown = function (k) { table.appendChild(diffRow("", i1 + k, a[i1 + k], j1 + k, b[j1 + k])); };
      if (length <= keepHead + keepTail + 1) { for (var k = 0; k < length; k += 1) shown(k); return; }
      for (var h = 0; h < keepHead; h += 1) shown(h);
      var fold = el("tr", {"class": "fold"});
      fold.appendChild(el("td", {"colspan": "4"}, "\u22ef " + (length - keepHead - keepTail) + " unchanged lines"));
      table.appendChild(fold);
      for (var t = length - keepTail; t < length; t += 1) shown(t);
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
    // Previous and next document, in the order they were written (the table may be sorted).
    [["previous", n - 1, "\u2190 previous document"], ["next", n + 1, "next document \u2192"]].forEach(function (p) {
      if (p[1] < 0 || !document.getElementById("doc-" + p[1])) return;
      var link = el("a", {"href": "#doc-" + p[1], "id": "go-" + p[0], "class": "nav"}, p[2]);
      bar.appendChild(link);
    });
    viewer.appendChild(bar);
    Object.keys(views).forEach(function (name) { views[name].hidden = name !== "original"; viewer.appendChild(views[name]); });
    viewer.appendChild(termsList(doc));
    viewer.dataset.findings = String(doc.findings.length);
    viewer.dataset.doc = String(n);
    document.querySelectorAll("#documents tbody tr").forEach(function (row) {
      var here = row.querySelector("a").getAttribute("href") === "#doc-" + n;
      if (here) row.setAttribute("aria-current", "true"); else row.removeAttribute("aria-current");
    });
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
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
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

  // Sort by one rule: the documents with the most findings of that rule first.
  function ruleCount(row, code) {
    var found = row.getAttribute("data-rules").split(" ").filter(function (c) { return c.split("\u00d7")[0] === code; });
    return found.length ? Number(found[0].split("\u00d7")[1]) : 0;
  }
  var ruleSort = document.getElementById("rule-sort");
  if (ruleSort) {
    ruleSort.addEventListener("change", function () {
      var code = ruleSort.value;
      if (!code) return;
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) { return ruleCount(b, code) - ruleCount(a, code); });  // stable: ties keep their order
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  }

  function route() {
    var match = /^#doc-(\d+)$/.exec(window.location.hash);
    show(match ? Number(match[1]) : 0);
  }
  window.addEventListener("hashchange", function () {
    route();
    viewer.scrollIntoView();  // the summary of a large corpus is long: show the document opened
  });
  route();
})();
