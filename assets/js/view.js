/* mingbai — runs before the body is painted (a small blocking script in <head>), so that
   nothing moves once the page shows:
   - <html class="js">: script runs (the language view switch is usable);
   - <html class="cb">: the Clipboard API is there (copy buttons are usable);
   - <html data-view="zh|en">: the reader's remembered choice of Chinese only / English only.
   Controls that need script keep their space in the layout and are only made visible. */
(function () {
  "use strict";
  var h = document.documentElement;
  h.classList.add("js");
  if (navigator.clipboard && window.isSecureContext) h.classList.add("cb");
  try {
    var v = localStorage.getItem("mingbai-view");
    if (v === "zh" || v === "en") h.setAttribute("data-view", v);
  } catch (e) { /* storage blocked: both languages */ }
})();
