/* mingbai catalogue — progressive enhancement of the home page's document list.
   Without this file the list is sorted newest first and the filter and sort links lead to the
   library pages the generator writes. With it, the form #cat-form (hidden in the HTML) is shown
   and the list #cat-list is filtered and sorted in place:
     select[data-facet=year|genre|issuer] keeps the rows whose data-year / data-genre /
     data-issuers (space-separated keys) match; select[data-sort] orders the rows by their
     data-sort-<order> key (newest descending, the others ascending).
   #cat-count announces the number shown; its text comes from data-singular / data-other (i18n; not "data-one": html/template reads a data- attribute whose name starts with "on" as an event handler and quotes it as JavaScript),
   with {n} and {m} replaced, never from this file. */
(function () {
  "use strict";
  var d = document;
  var form = d.getElementById("cat-form");
  var list = d.getElementById("cat-list");
  var count = d.getElementById("cat-count");
  if (!form || !list) return;
  var rows = Array.prototype.slice.call(list.querySelectorAll("li.cat-row"));
  var facets = form.querySelectorAll("select[data-facet]");
  var sort = form.querySelector("select[data-sort]");
  function matches(row, facet, value) {
    if (!value) return true;
    if (facet === "issuer") return (" " + row.getAttribute("data-issuers") + " ").indexOf(" " + value + " ") >= 0;
    return row.getAttribute("data-" + facet) === value;
  }
  function update() {
    var order = sort ? sort.value : "newest";
    var key = "data-sort-" + order;
    var sorted = rows.slice().sort(function (a, b) {
      var x = a.getAttribute(key) || "", y = b.getAttribute(key) || "";
      var c = x < y ? -1 : x > y ? 1 : 0;
      return order === "newest" ? -c : c;
    });
    var shown = 0;
    sorted.forEach(function (row) {
      var ok = true;
      facets.forEach(function (s) { ok = ok && matches(row, s.getAttribute("data-facet"), s.value); });
      row.hidden = !ok;
      if (ok) shown++;
      list.appendChild(row);
    });
    if (count) {
      var t = count.getAttribute(shown === 1 ? "data-singular" : "data-other") || "";
      count.textContent = t.replace("{n}", shown).replace("{m}", rows.length);
    }
  }
  form.hidden = false;
  var nav = d.getElementById("cat-nav");
  if (nav) nav.hidden = true;
  form.addEventListener("change", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
})();
