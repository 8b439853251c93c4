/* mingbai — the targets explorer: filters (#tfilters: document, year due, kind, comparator)
   and sorting by any column of #targets (a button in each column head, aria-sort on it).
   Without this file the table is complete, in source order. UI text comes from data
   attributes (from i18n). */
(function () {
  "use strict";
  var d = document;
  var table = d.getElementById("targets");
  var form = d.getElementById("tfilters");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = d.getElementById("tcount");

  function apply() {
    var want = {};
    if (form) form.querySelectorAll("select[data-filter]").forEach(function (s) {
      if (s.value !== "") want[s.getAttribute("data-filter")] = s.value;
    });
    var n = 0;
    rows.forEach(function (r) {
      var ok = Object.keys(want).every(function (k) { return r.getAttribute("data-" + k) === want[k]; });
      r.hidden = !ok;
      if (ok) n++;
    });
    if (count && form) count.textContent = form.getAttribute("data-count").replace("{n}", n).replace("{m}", rows.length);
  }
  if (form) {
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  // Sorting: numbers by value (data-sort when a cell has one), text by the page's language.
  var coll = new Intl.Collator(d.documentElement.lang, { numeric: true });
  function key(r, i) {
    var c = r.cells[i];
    return c ? (c.getAttribute("data-sort") || c.textContent.trim()) : "";
  }
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    var b = d.createElement("button");
    b.type = "button";
    b.className = "th-sort";
    b.textContent = th.textContent;
    b.title = table.getAttribute("data-sort-label") || "";
    th.textContent = "";
    th.appendChild(b);
    b.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var sorted = rows.slice().sort(function (a, z) {
        var x = key(a, i), y = key(z, i);
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = !isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y ? nx - ny : coll.compare(x, y);
        return asc ? c : -c;
      });
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
