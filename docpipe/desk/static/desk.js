// docpipe desk: keyboard shortcuts and small conveniences. No inline script anywhere (strict CSP).
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    if (event.key === "s" || event.key === "ArrowRight" && event.shiftKey) {
      var next = document.getElementById("suivant");
      if (next) { event.preventDefault(); window.location.assign(next.href); }
    } else if (event.key === "z") {
      var pages = document.getElementById("pages");
      if (pages) { event.preventDefault(); pages.classList.toggle("zoomed"); }
    } else if (event.key === "/") {
      var search = document.querySelector("input[type=search]");
      if (search) {
        event.preventDefault();
        var details = search.closest("details");
        if (details) { details.open = true; }
        search.focus();
      }
    }
  });
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.matches && target.matches("img.page")) {
      document.getElementById("pages").classList.toggle("zoomed");
    }
    if (target.matches && target.matches("button.choose-patient")) {
      var field = document.getElementById("ipp");
      if (field) { field.value = target.getAttribute("data-ipp"); field.focus(); }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("img.page")) {
      document.getElementById("pages").classList.toggle("zoomed");
    }
  });
})();
