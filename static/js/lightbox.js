/* Lightbox of an album (templates/gallery/album_page.html): no library, no inline script (CSP).
 *
 * Without JavaScript every thumbnail is a link to the large picture. With it, a link opens a native
 * <dialog> (showModal: focus stays inside, Esc closes, the page behind is inert) showing the picture,
 * its caption and "n / total"; ← → keys, the buttons and a horizontal swipe move between pictures;
 * focus returns to the thumbnail on close. */
(function () {
  "use strict";
  var grid = document.querySelector("[data-lightbox]");
  if (!grid || typeof HTMLDialogElement === "undefined") return;
  var links = Array.prototype.slice.call(grid.querySelectorAll("a.photo-link"));
  if (!links.length) return;
  var current = 0;
  var opener = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  var dialog = el("dialog", "lightbox");
  dialog.setAttribute("aria-label", "Xem ảnh");
  var figure = el("figure", "lightbox-figure");
  var img = el("img", "lightbox-image");
  var caption = el("figcaption", "lightbox-caption");
  var counter = el("p", "lightbox-counter");
  counter.setAttribute("aria-live", "polite");
  var prev = el("button", "lightbox-prev", "‹");
  var next = el("button", "lightbox-next", "›");
  var close = el("button", "lightbox-close", "✕");
  prev.type = next.type = close.type = "button";
  prev.setAttribute("aria-label", "Ảnh trước");
  next.setAttribute("aria-label", "Ảnh sau");
  close.setAttribute("aria-label", "Đóng");
  figure.appendChild(img);
  figure.appendChild(caption);
  dialog.appendChild(close);
  dialog.appendChild(figure);
  dialog.appendChild(counter);
  dialog.appendChild(prev);
  dialog.appendChild(next);
  document.body.appendChild(dialog);

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    img.src = link.href;
    img.alt = link.getAttribute("data-alt") || "";
    caption.textContent = link.getAttribute("data-caption") || "";
    counter.textContent = "Ảnh " + (current + 1) + " / " + links.length;
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
      close.focus();
    });
  });
  prev.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  close.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () {
    img.removeAttribute("src");
    if (opener) opener.focus();
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
    else if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
  });
  // A click on the backdrop (outside the picture and the buttons) closes.
  dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
  // Swipe: a mostly horizontal move of 40 px or more.
  var startX = null, startY = null;
  dialog.addEventListener("touchstart", function (event) {
    startX = event.touches[0].clientX; startY = event.touches[0].clientY;
  }, { passive: true });
  dialog.addEventListener("touchend", function (event) {
    if (startX === null) return;
    var dx = event.changedTouches[0].clientX - startX, dy = event.changedTouches[0].clientY - startY;
    startX = null;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) show(current + (dx < 0 ? 1 : -1));
  });
})();
