/* Collapsible main menu for phones. Without JavaScript the menu simply stays open.
   js-class.js (in <head>) sets the "js" class on <html> before the first paint, so site.css shows the
   button and collapses the menu without a layout shift; this script only toggles it. */
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var nav = document.getElementById("menu-chinh");
  if (!button || !nav) { return; }
  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      setOpen(false);
      button.focus();
    }
  });
})();
