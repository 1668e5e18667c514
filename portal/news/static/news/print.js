/* "In bài viết" and "Lưu (PDF)" buttons (TT 32/2017/TT-BTTTT: print and save on every article).
   Without JavaScript the buttons are links to the print-friendly view (?in=1). */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("[data-print]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function (event) {
      if (typeof window.print !== "function") { return; }
      event.preventDefault();
      window.print();
    });
  }
})();
