/* mingbai — progressive enhancement only; every feature works without this file.
   1. The language switch keeps the #fragment (paragraph anchors are the same in both languages).
   2. Copy buttons (hidden in the HTML) are shown where the Clipboard API exists:
      [data-copy] copies a URL (plus the current #fragment when [data-copy-hash] is set),
      [data-copy-from] copies the text of the element with that id.
   UI text comes from data attributes on #copy-status (from i18n), never from here. */
(function () {
  "use strict";
  var d = document;
  d.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-keep-hash]");
    if (a && location.hash) a.href = a.href.split("#")[0] + location.hash;
  });
  if (!navigator.clipboard || !window.isSecureContext) return;
  var live = d.getElementById("copy-status");
  function say(ok) {
    if (!live) return;
    live.textContent = "";
    setTimeout(function () { live.textContent = live.getAttribute(ok ? "data-done" : "data-failed"); }, 50);
  }
  d.querySelectorAll("[data-copy],[data-copy-from]").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      var text, src = b.getAttribute("data-copy");
      if (src !== null) {
        text = new URL(src, location.href).href;
        if (b.hasAttribute("data-copy-hash") && location.hash) text = text.split("#")[0] + location.hash;
      } else {
        var el = d.getElementById(b.getAttribute("data-copy-from"));
        text = el ? el.textContent.trim() : "";
      }
      navigator.clipboard.writeText(text).then(function () {
        var old = b.textContent;
        b.textContent = live ? live.getAttribute("data-done") : old;
        setTimeout(function () { b.textContent = old; }, 1500);
        say(true);
      }, function () { say(false); });
    });
  });
})();
