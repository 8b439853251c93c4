/* mingbai — progressive enhancement only; every feature works without this file.
   1. The language switch keeps the #fragment (paragraph and sentence anchors are the same in
      both languages) and the search query (?q=).
   2. The passage: the sentence (#p2.s3) or paragraph (#p2) the reader selected text in, in
      either language (an English sentence span carries data-s="p2.s3", the ID of the Chinese
      sentence it translates), else the #fragment of the address; deselecting forgets it. Selecting
      text in a paragraph shows a bar (#selbar) to copy a link to the passage or the selection as
      a quotation with its citation, or to report an error in it. #p2.s3 highlights the
      English sentence too, and where the Chinese is hidden (English-only view) scrolls to it.
   3. Copy buttons (space reserved by the CSS, shown where the Clipboard API exists):
      [data-copy] copies a URL plus the passage, [data-copy-from] copies a citation with the
      passage in its URL and today's date as its access date ([data-accessed]); where the
      passage's row has a pinpoint of its own (data-pin: a later paragraph of an article,
      第十二条第二款 / "Article 12, paragraph 2", or an item's text), it replaces the page's label
      (data-label) in the citation, and names the passage in the selection bar.
   4. The language view switch ([data-view] buttons): both / Chinese only / English only,
      remembered in localStorage and applied before paint by view.js.
   5. Glossary terms in the text: where a term of "Terms used here" (ul.terms a[data-zh])
      first occurs in the Chinese and in the English text, it links to its glossary entry,
      with the entry's explanation as a tooltip on hover and focus (Escape hides it).
   6. A section's ID on a document's overview (#a12), where no element has it: the section has a
      page of its own (data-sections on the contents, written from the generator's pages), so the
      reader goes there, with the paragraph or sentence if one is named (#a12.p3, #a12.p1.s2 →
      a12/#p1.s2). Anchors the page has (#p3, #t-…, #h-contents) are left alone.
   UI text comes from data attributes (from i18n), never from here. */
(function () {
  "use strict";
  var d = document;
  function toSection() {
    var nav = d.querySelector("nav[data-sections]"), id, secs;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return false; }
    if (!nav || !id || d.getElementById(id)) return false;
    var m = /^([\w-]+)(?:\.(p\d+(?:\.s\d+)?))?$/.exec(id);
    try { secs = JSON.parse(nav.getAttribute("data-sections")); } catch (e) { return false; }
    if (!m || !Object.prototype.hasOwnProperty.call(secs, m[1])) return false;
    var u = new URL(String(secs[m[1]]), location.href);
    if (u.origin !== location.origin) return false;
    u.hash = m[2] || "";
    location.replace(u.href);
    return true;
  }
  if (toSection()) return;
  window.addEventListener("hashchange", toSection);
  function today() {
    var t = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return t.getFullYear() + "-" + two(t.getMonth() + 1) + "-" + two(t.getDate());
  }
  d.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-keep-hash]");
    if (!a) return;
    var q = new URLSearchParams(location.search).get("q");
    var u = new URL(a.href);
    if (q) u.searchParams.set("q", q);
    u.hash = location.hash;
    a.href = u.href;
  });

  // The view switch.
  var root = d.documentElement;
  function setView(v) {
    if (v === "both") root.removeAttribute("data-view"); else root.setAttribute("data-view", v);
    try { localStorage.setItem("mingbai-view", v); } catch (e) { /* not remembered */ }
    d.querySelectorAll("button[data-view]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === v));
    });
  }
  var current = root.getAttribute("data-view") || "both";
  d.querySelectorAll("button[data-view]").forEach(function (b) {
    b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === current));
    b.addEventListener("click", function () { setView(b.getAttribute("data-view")); });
  });

  // Glossary terms in the text, longest first, each linked once per language.
  var tips = 0;
  var terms = Array.prototype.slice.call(d.querySelectorAll("ul.terms a[data-zh]"));
  function link(cellSel, word, a) {
    if (!word) return;
    var walker = d.createTreeWalker(d.getElementById("main") || d.body, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        var p = n.parentElement;
        return p && p.closest(cellSel) && !p.closest(".gwrap, .gloss") && n.nodeValue.indexOf(word) >= 0
          ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
    });
    var n = walker.nextNode();
    if (!n) return;
    var at = n.nodeValue.indexOf(word);
    var rest = n.splitText(at);
    rest.splitText(word.length);
    var wrap = d.createElement("span"), t = d.createElement("a"), tip = d.createElement("span");
    wrap.className = "gwrap";
    t.className = "gterm";
    t.href = a.href;
    t.textContent = word;
    tip.className = "gtip";
    tip.setAttribute("role", "tooltip");
    tip.id = "gtip-" + (++tips);
    tip.textContent = a.getAttribute("data-note") || a.textContent;
    tip.lang = root.lang; // the note is in the page's language, also inside the Chinese text
    t.setAttribute("aria-describedby", tip.id);
    wrap.appendChild(t);
    wrap.appendChild(tip);
    rest.parentNode.replaceChild(wrap, rest);
  }
  terms.sort(function (a, b) { return b.getAttribute("data-zh").length - a.getAttribute("data-zh").length; })
    .forEach(function (a) {
      link(".rows .cell-zh", a.getAttribute("data-zh"), a);
      link(".rows .cell-en", a.getAttribute("data-en"), a);
    });
  d.addEventListener("keydown", function (e) {
    if (e.key === "Escape") d.querySelectorAll(".gwrap").forEach(function (w) { w.classList.add("gtip-off"); });
  });
  d.addEventListener("focusin", function () {
    d.querySelectorAll(".gtip-off").forEach(function (w) { w.classList.remove("gtip-off"); });
  });

  // Access dates: the day the page is read, as the day a citation is copied.
  d.querySelectorAll("output[data-accessed]").forEach(function (o) {
    o.textContent = o.textContent.replace("[" + o.getAttribute("data-accessed") + "]", "[" + today() + "]");
    o.setAttribute("data-accessed", today());
  });

  // The passage.
  var passage = null; // {frag, quote, where}
  var bar = d.getElementById("selbar");
  function elOf(n) { return n && (n.nodeType === 1 ? n : n.parentElement); }
  function fragment() {
    if (passage) return "#" + passage.frag;
    return location.hash;
  }
  window.addEventListener("hashchange", function () { passage = null; });
  function withPassage(url) { return url.split("#")[0] + fragment(); }
  function quoteText(range) {
    var box = d.createElement("div");
    box.appendChild(range.cloneContents());
    box.querySelectorAll(".gloss, .gtip, .pil, .note").forEach(function (g) { g.remove(); });
    return box.textContent.replace(/\s+/g, " ").trim();
  }
  function onSelect() {
    var s = window.getSelection();
    if (!s || s.isCollapsed || !s.rangeCount) {
      if (bar && bar.contains(d.activeElement)) return;
      if (bar) bar.hidden = true;
      // Deselected in the text: copy the page's own address again. A click on the copy and
      // cite controls, which also ends the selection, keeps the passage for them.
      if (Date.now() - controlAt > 400) passage = null;
      return;
    }
    var r = s.getRangeAt(0);
    var a = elOf(r.startContainer), b = elOf(r.endContainer);
    var row = a && a.closest(".row[id]");
    if (!row || !d.getElementById("main").contains(row)) { if (bar) bar.hidden = true; return; }
    var sa = a.closest(".s[id], .s-en[id]"), sb = b && b.closest(".s[id], .s-en[id]");
    var frag = sa && sa === sb ? (sa.getAttribute("data-s") || sa.id) : row.id;
    var num = (row.querySelector(".pil") || {}).lastChild;
    var p = num ? num.textContent.trim() : row.id;
    var where = "", pin = row.getAttribute("data-pin"), sn = frag.split(".s").pop();
    if (bar && pin) {
      where = frag === row.id ? pin : bar.getAttribute("data-sent-cite").replace("{c}", pin).replace("{s}", sn);
    } else if (bar) {
      where = frag === row.id ? bar.getAttribute("data-para").replace("{p}", p)
        : bar.getAttribute("data-sent").replace("{p}", p).replace("{s}", sn);
    }
    passage = { frag: frag, quote: quoteText(r), where: where };
    if (bar) {
      d.getElementById("selbar-where").textContent = where;
      var rep = d.getElementById("selbar-report");
      if (rep) rep.href = reportURL(rep, frag);
      bar.hidden = false;
    }
  }
  // Reporting an error in the passage: a new issue (or an e-mail) prefilled with the document,
  // the passage's ID, its Chinese and English and the page's address. The labels come from
  // the link's data-* attributes (i18n).
  function plainOf(el) {
    if (!el) return "";
    var box = el.cloneNode(true);
    box.querySelectorAll(".gloss, .gtip, .pil, .note").forEach(function (g) { g.remove(); });
    return box.textContent.replace(/\s+/g, " ").trim();
  }
  function reportURL(a, frag) {
    var sent = /\.s\d+$/.test(frag);
    var zh = sent ? d.getElementById(frag) : d.querySelector('[id="' + frag + '"] .cell-zh');
    var en = sent ? d.querySelector('.s-en[data-s="' + frag + '"]') : d.querySelector('[id="' + frag + '"] .cell-en > p[id]');
    var page = canonicalURL().split("#")[0] + "#" + frag;
    var title = a.getAttribute("data-title").replace("{doc}", d.title).replace("{p}", frag);
    var body = a.getAttribute("data-body").replace("{p}", frag).replace("{zh}", plainOf(zh) || "—")
      .replace("{en}", plainOf(en) || "—").replace("{url}", page);
    var u = new URL(a.getAttribute("data-base"));
    if (u.protocol === "mailto:") return u.href.split("?")[0] + "?subject=" + encodeURIComponent(title) + "&body=" + encodeURIComponent(body);
    u.searchParams.set("title", title);
    u.searchParams.set("body", body);
    return u.href;
  }
  function canonicalURL() {
    var l = d.querySelector('link[rel="canonical"]');
    return l ? l.href : location.href;
  }

  // #p2.s3: highlight the English sentence that translates it, and show it where the Chinese
  // is hidden (the English-only view), also after the view changes.
  function showTarget() {
    d.querySelectorAll(".s-hl").forEach(function (x) { x.classList.remove("s-hl"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^[\w-]+(\.[\w-]+)*\.s\d+$/.test(id)) return;
    var en = d.querySelector('.s-en[data-s="' + id + '"]');
    if (!en) return;
    en.classList.add("s-hl");
    var zh = d.getElementById(id);
    if (!zh || zh.getClientRects().length === 0) en.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", showTarget);
  showTarget();
  d.querySelectorAll("button[data-view]").forEach(function (b) { b.addEventListener("click", showTarget); });
  var timer, controlAt = 0;
  d.addEventListener("mousedown", function (e) {
    if (e.target.closest && e.target.closest(".actions, .selbar, .cite")) controlAt = Date.now();
  }, true);
  d.addEventListener("selectionchange", function () { clearTimeout(timer); timer = setTimeout(onSelect, 120); });

  if (!root.classList.contains("cb")) return;
  var live = d.getElementById("copy-status");
  function say(ok) {
    if (!live) return;
    live.textContent = "";
    setTimeout(function () { live.textContent = live.getAttribute(ok ? "data-done" : "data-failed"); }, 50);
  }
  // The pinpoint of the passage's row (data-pin: 第十二条第二款, "Article 12(1)"), or "".
  function pinpoint() {
    var id = decodeURIComponent(fragment().slice(1));
    var el = id && d.getElementById(id);
    var row = el && el.closest(".row[data-pin]");
    return row ? row.getAttribute("data-pin") : "";
  }
  function citation(id) {
    var o = d.getElementById(id);
    if (!o) return "";
    var t = o.textContent.replace(/\s+/g, " ").trim(), u = o.getAttribute("data-url");
    var label = o.getAttribute("data-label"), pin = pinpoint();
    if (u) t = t.replace(u, withPassage(u));
    if (label && pin && pin !== label) t = t.replace(label, pin);
    return t;
  }
  function canonical() {
    var b = d.querySelector("button[data-copy]");
    var l = d.querySelector('link[rel="canonical"]');
    return new URL(b ? b.getAttribute("data-copy") : l ? l.href : location.href, location.href).href;
  }
  function copy(b, text) {
    navigator.clipboard.writeText(text).then(function () {
      var old = b.textContent;
      b.textContent = live ? live.getAttribute("data-done") : old;
      setTimeout(function () { b.textContent = old; }, 1500);
      say(true);
    }, function () { say(false); });
  }
  d.querySelectorAll("[data-copy],[data-copy-from],[data-sel]").forEach(function (b) {
    // Keep the reader's selection when the bar's buttons are pressed.
    b.addEventListener("mousedown", function (e) { if (b.hasAttribute("data-sel")) e.preventDefault(); });
    b.addEventListener("click", function () {
      var src = b.getAttribute("data-copy"), sel = b.getAttribute("data-sel");
      if (src !== null) {
        var url = new URL(src, location.href).href;
        copy(b, b.hasAttribute("data-copy-hash") ? withPassage(url) : url);
      } else if (sel === "link") {
        copy(b, withPassage(canonical()));
      } else if (sel === "quote") {
        var cite = citation("cite-plain") || withPassage(canonical());
        copy(b, bar.getAttribute("data-quote").replace("{q}", passage ? passage.quote : "").replace("{cite}", cite));
      } else {
        copy(b, citation(b.getAttribute("data-copy-from")));
      }
    });
  });
})();
