/* Admin "Tải nhiều ảnh" (templates/gallery/admin/upload.html): drop pictures onto the file input's
 * frame; the chosen files are listed with a caption box each (posted as "caption", in order). */
(function () {
  "use strict";
  var form = document.querySelector("form.gallery-upload");
  if (!form) return;
  var drop = form.querySelector(".gallery-drop");
  var input = drop.querySelector("input[type=file]");
  var list = form.querySelector(".gallery-upload-list");

  function render() {
    list.textContent = "";
    Array.prototype.forEach.call(input.files, function (file, index) {
      var item = document.createElement("li");
      var label = document.createElement("label");
      label.textContent = file.name + " — chú thích: ";
      var caption = document.createElement("input");
      caption.type = "text";
      caption.name = "caption";
      caption.maxLength = 255;
      caption.id = "caption-" + index;
      label.htmlFor = caption.id;
      item.appendChild(label);
      item.appendChild(caption);
      list.appendChild(item);
    });
  }

  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("is-over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    drop.addEventListener(name, function () { drop.classList.remove("is-over"); });
  });
  drop.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      render();
    }
  });
  input.addEventListener("change", render);
})();
