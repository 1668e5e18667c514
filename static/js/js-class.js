/* Loaded without defer in <head>, before the first paint: marks the page as scripted so site.css can
   collapse the phone menu without a layout shift (menu.js toggles it), and applies the visitor's
   display choices (text size, high contrast; js/page-tools.js saves them) so the page never flashes.
   A file rather than an inline script so the Content-Security-Policy can forbid inline scripts
   (portal.core.csp). */
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var size = parseInt(window.localStorage.getItem("portal-text-size") || "0", 10);
    if (size > 0 && size <= 2) { root.classList.add("text-size-" + size); }
    if (window.localStorage.getItem("portal-contrast") === "high") { root.classList.add("high-contrast"); }
  } catch (error) { /* storage disabled: the defaults apply */ }
})();
