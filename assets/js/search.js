/* mingbai — search with Pagefind's JS API (no Pagefind UI: no inline styles, so the
   CSP needs no 'unsafe-inline'). Progressive enhancement of the search page's GET form
   (input "q"): reads ?q=, searches the index of the page's language (Pagefind keeps one
   per <html lang>), and lists the matching pages, each linked to the sentence (#pN.sM) or
   paragraph (#pN) where the first match is: all of them, counted, 20 at a time ("more").
   A query in Chinese on a page in another language offers the Chinese original's index
   (#search-original). UI text comes from data attributes (from i18n). */
(function () {
  "use strict";
  var d = document;
  var box = d.getElementById("search-results");
  var form = d.querySelector("form.search-page");
  if (!box || !form || !window.fetch || !window.WebAssembly) return;
  var input = form.querySelector("input[name=q]");
  var status = d.getElementById("search-status");
  var list = d.createElement("ol");
  list.className = "search-list";
  box.appendChild(list);
  var more = d.getElementById("search-more");
  var original = d.getElementById("search-original");
  var PAGE = 20;
  var pf = null, seq = 0, timer = 0, pending = [], shown = 0, query = "";

  function say(key, q, n) {
    if (!status) return;
    if (key === "count" && n === 1 && status.hasAttribute("data-count-one")) key = "count-one";
    var t = status.getAttribute("data-" + key) || "";
    status.textContent = t.replace("{q}", q).replace("{n}", String(n));
  }

  function load() {
    if (!pf) {
      pf = import(box.getAttribute("data-bundle") + "pagefind.js").then(function (m) {
        // Result URLs start from the folder that holds pagefind/, also under a sub-path.
        return m.options({ excerptLength: 40 }).then(function () {
          return m.init && m.init();
        }).then(function () { return m; });
      });
    }
    return pf;
  }

  // The excerpt is HTML with <mark> around the matches: rebuild it from text
  // nodes and <mark> elements only (DOMParser documents are inert).
  function excerpt(html) {
    var frag = d.createDocumentFragment();
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    (function walk(n, into) {
      n.childNodes.forEach(function (c) {
        if (c.nodeType === 3) into.appendChild(d.createTextNode(c.nodeValue));
        else if (c.nodeType === 1 && c.nodeName === "MARK") {
          var m = d.createElement("mark");
          m.textContent = c.textContent;
          into.appendChild(m);
        } else if (c.nodeType === 1) walk(c, into);
      });
    })(doc.body, frag);
    return frag;
  }

  // Where a result should open: the first sentence (#p2.s3) or translated paragraph
  // (#p2.en → #p2) whose text holds the query as written; else the paragraph (#p1, #p2, …)
  // that holds the first match of any of its words. Pagefind gives the text of every
  // element with an id, the word position of every match and of every such element; a
  // match belongs to the last paragraph before it unless a heading comes between.
  function anchor(r, q) {
    var needle = norm(q);
    var exact = (r.anchors || []).filter(function (a) {
      return /^p\d+\.(s\d+|en)$/.test(a.id) && norm(a.text || "").indexOf(needle) >= 0;
    }).sort(function (a, b) { return a.location - b.location; })[0];
    if (exact) return "#" + exact.id.replace(/\.en$/, "");
    var marks = (r.anchors || []).filter(function (a) {
      return /^p\d+$/.test(a.id) || /^(H[1-6]|SECTION|MAIN|ARTICLE)$/i.test(a.element);
    }).sort(function (a, b) { return a.location - b.location; });
    var locs = (r.locations || []).slice().sort(function (a, b) { return a - b; });
    for (var i = 0; i < locs.length; i++) {
      var at = null;
      for (var j = 0; j < marks.length && marks[j].location <= locs[i]; j++) at = marks[j];
      if (at && /^p\d+$/.test(at.id)) return "#" + at.id;
    }
    return "";
  }
  function norm(t) { return t.replace(/\s+/g, " ").toLowerCase(); }
  // numberKey is a document number without spaces and with one kind of bracket, or "".
  function numberKey(t) {
    var k = t.replace(/\s+/g, "").replace(/[〔［\[（(]/g, "[").replace(/[〕］\]）)]/g, "]");
    return /\d+号$/.test(k) && /\[\d{4}\]/.test(k) ? k : "";
  }

  // Pagefind ranks by its words (a Chinese query is split into words); put first
  // the pages that hold the query as written in a paragraph of the text, then those
  // that hold it anywhere, keeping Pagefind's order within each group.
  // A query that is a document's number (辽委发〔2024〕8号, with any brackets) puts that
  // document's own page first.
  function rank(results, q) {
    var needle = norm(q), num = numberKey(q);
    results.forEach(function (r, i) {
      var exact = norm(r.content || "").indexOf(needle) >= 0;
      r.hash = anchor(r, q);
      r.order = i;
      r.tier = exact ? (r.hash ? 0 : 1) : 2;
      var m = r.meta || {};
      if (num && m.docno && numberKey(m.docno) === num) r.tier = m.kind === "document" ? -2 : Math.min(r.tier, -1);
    });
    return results.sort(function (a, b) { return a.tier - b.tier || a.order - b.order; });
  }

  function render(results, q) {
    rank(results, q).forEach(function (r) {
      var li = d.createElement("li");
      var h = d.createElement("h2");
      var a = d.createElement("a");
      a.href = r.url.split("#")[0] + r.hash;
      a.textContent = (r.meta && r.meta.title) || r.url;
      h.appendChild(a);
      li.appendChild(h);
      if (r.meta && r.meta.doc) {
        // The document the result belongs to: its title and number.
        var s = d.createElement("p");
        s.className = "eyebrow result-doc";
        s.textContent = r.meta.doc;
        if (r.meta.docno) {
          var n = d.createElement("span");
          n.className = "docno";
          n.lang = "zh-CN";
          n.textContent = r.meta.docno;
          s.appendChild(d.createTextNode(" "));
          s.appendChild(n);
        }
        li.appendChild(s);
      }
      var p = d.createElement("p");
      p.appendChild(excerpt(r.excerpt || ""));
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  // page loads and shows the next PAGE results of the current search.
  function page(mine) {
    var next = pending.slice(shown, shown + PAGE);
    shown += next.length;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (results) {
      if (mine !== seq) return;
      render(results, query);
      if (more) more.hidden = shown >= pending.length;
    });
  }

  // A query with no result: the glossary's term in the other language, if one matches.
  var suggest = d.createElement("p");
  suggest.id = "search-suggest";
  suggest.className = "search-original";
  suggest.hidden = true;
  suggest.appendChild(d.createElement("a"));
  box.parentNode.insertBefore(suggest, box);
  var terms = [];
  try { terms = JSON.parse(box.getAttribute("data-glossary") || "[]"); } catch (e) { terms = []; }
  function offerTerm(q) {
    if (!suggest) return;
    suggest.hidden = true;
    var han = /[\u3400-\u9fff]/.test(q), k = norm(q);
    if (!k) return;
    var t = terms.filter(function (t) {
      return han ? t.zh.indexOf(q) >= 0 || q.indexOf(t.zh) >= 0 : norm(t.en).indexOf(k) >= 0 || k.indexOf(norm(t.en)) >= 0;
    }).sort(function (a, b) { return a.zh.length - b.zh.length; })[0];
    if (!t) return;
    var zhPage = box.getAttribute("data-zh-search"), here = box.getAttribute("data-search");
    if (han && d.documentElement.lang === "zh-CN") return; // a Chinese query on a Chinese page: nothing to offer
    var a = suggest.querySelector("a");
    // A Chinese query (English page): the English rendering, here. A query in English: the
    // Chinese term, in the Chinese original.
    a.textContent = box.getAttribute(han ? "data-suggest-zh" : "data-suggest-en").replace(/\{zh\}/g, t.zh).replace(/\{en\}/g, t.en);
    a.href = (han ? here : zhPage) + "?q=" + encodeURIComponent(han ? t.en : t.zh);
    suggest.hidden = false;
  }

  function offerOriginal(q) {
    if (!original) return;
    var han = /[\u3400-\u9fff]/.test(q);
    original.hidden = !han;
    if (!han) return;
    var a = original.querySelector("a");
    a.href = a.getAttribute("data-href") + "?q=" + encodeURIComponent(q);
    a.textContent = a.getAttribute("data-text").replace("{q}", q);
  }

  function run(q) {
    var mine = ++seq;
    q = q.trim();
    list.textContent = "";
    pending = [];
    shown = 0;
    query = q;
    if (more) more.hidden = true;
    if (suggest) suggest.hidden = true;
    offerOriginal(q);
    if (!q) {
      if (status) status.textContent = "";
      box.setAttribute("aria-busy", "false");
      return;
    }
    say("loading", q, 0);
    box.setAttribute("aria-busy", "true");
    load().then(function (m) {
      return m.search(q);
    }).then(function (s) {
      if (mine !== seq) return;
      pending = s.results;
      say(pending.length ? "count" : "none", q, pending.length);
      if (!pending.length) offerTerm(q); else if (suggest) suggest.hidden = true;
      return page(mine);
    }).catch(function () {
      if (mine === seq) say("failed", q, 0);
    }).then(function () {
      if (mine === seq) box.setAttribute("aria-busy", "false");
    });
  }

  if (more) {
    more.addEventListener("click", function () {
      var mine = seq, first = shown;
      page(mine).then(function () {
        // Keyboard and screen reader users continue at the first new result.
        var a = list.querySelectorAll("li > h2 > a")[first];
        if (a) a.focus();
      });
    });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      history.replaceState(null, "", input.value ? "?q=" + encodeURIComponent(input.value) : location.pathname);
      run(input.value);
    }, 250);
  });
  var q = new URLSearchParams(location.search).get("q") || "";
  if (q) {
    input.value = q;
    run(q);
  }
})();
