/* Page tools on every public page (TT 32/2017/TT-BTTTT):
   - [data-print]: print the page (the print dialog also saves a PDF); without JavaScript these are
     links to the print view (?in=1);
   - display controls: text size in two steps and high contrast, kept in localStorage (never a
     cookie, never sent to the server), applied early by js-class.js. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZE_KEY = "portal-text-size";
  var CONTRAST_KEY = "portal-contrast";
  var MAX_SIZE = 2;

  function store(key, value) {
    try {
      if (value) { window.localStorage.setItem(key, value); } else { window.localStorage.removeItem(key); }
    } catch (error) { /* storage disabled: the choice lasts for this page only */ }
  }

  function currentSize() {
    for (var size = MAX_SIZE; size > 0; size--) {
      if (root.classList.contains("text-size-" + size)) { return size; }
    }
    return 0;
  }

  function setSize(size) {
    size = Math.max(0, Math.min(MAX_SIZE, size));
    for (var s = 1; s <= MAX_SIZE; s++) { root.classList.toggle("text-size-" + s, s === size); }
    store(SIZE_KEY, size ? String(size) : "");
  }

  document.querySelectorAll("[data-print]").forEach(function (control) {
    control.hidden = false;
    control.addEventListener("click", function (event) {
      if (typeof window.print !== "function") { return; }
      event.preventDefault();
      window.print();
    });
  });

  var controls = document.querySelector(".display-controls");
  if (!controls) { return; }
  controls.hidden = false;
  var contrast = controls.querySelector("[data-contrast]");
  contrast.setAttribute("aria-pressed", String(root.classList.contains("high-contrast")));
  controls.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    if (button.hasAttribute("data-contrast")) {
      var on = root.classList.toggle("high-contrast");
      button.setAttribute("aria-pressed", String(on));
      store(CONTRAST_KEY, on ? "high" : "");
      return;
    }
    var step = parseInt(button.getAttribute("data-text-size"), 10);
    setSize(step === 0 ? 0 : currentSize() + step);
  });
})();
