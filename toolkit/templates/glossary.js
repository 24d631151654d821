// zhen glossary page: rows built from the JSON block with textContent only; the search box
// filters on every form of a term (simplified, traditional, English, alternatives, bad renderings).
(function () {
  "use strict";
  var entries = JSON.parse(document.getElementById("entries").textContent);
  var body = document.querySelector("#terms tbody");
  var shown = document.getElementById("shown");
  var search = document.getElementById("search");
  var domain = document.getElementById("domain");

  function cell(text) { var td = document.createElement("td"); td.textContent = text; return td; }

  var rows = entries.map(function (e) {
    var tr = document.createElement("tr");
    tr.appendChild(cell([e.zh, e.hant, e.tw].filter(function (form, i, all) { return all.indexOf(form) === i; }).join(" / ")));
    tr.appendChild(cell(e.en + (e.also.length ? " (also: " + e.also.join("; ") + ")" : "")));
    tr.appendChild(cell(e.mt.join("; ")));
    tr.appendChild(cell(e.domain));
    tr.appendChild(cell(e.note));
    tr.appendChild(cell(e.source));
    body.appendChild(tr);
    return {row: tr, domain: e.domain, keys: [e.zh, e.hant, e.tw, e.opencc, e.en].concat(e.also, e.mt).join("\n").toLowerCase()};
  });

  function filter() {
    var query = search.value.trim().toLowerCase().replace(/\s+/g, " ");
    var chosen = domain.value;
    var count = 0;
    rows.forEach(function (r) {
      var match = (!query || r.keys.indexOf(query) !== -1) && (!chosen || r.domain === chosen);
      r.row.hidden = !match;
      if (match) count += 1;
    });
    shown.textContent = count + " of " + rows.length;
  }
  search.addEventListener("input", filter);
  domain.addEventListener("change", filter);
  filter();
})();
