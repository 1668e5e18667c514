/* Print / save-as-PDF button on articles (TT 32/2017/TT-BTTTT: print and save on every article).
   The button stays hidden without JavaScript; browsers' own print menu still works. */
(function () {
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
