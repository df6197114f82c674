// Progressive enhancements: the theme toggle and the publication filter. The site works without them.
(function () {
  var root = document.documentElement;
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var current = root.getAttribute("data-theme");
      if (!current) {
        current = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
      }
      var next = current === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("scholarfolio-theme", next); } catch (e) { /* not saved */ }
    });
  }
  var box = document.querySelector(".filter-box");
  if (box) {
    box.closest(".filter").hidden = false;
    box.addEventListener("input", function () {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      document.querySelectorAll(".year-group").forEach(function (group) {
        var shown = 0;
        group.querySelectorAll(".pub").forEach(function (pub) {
          var text = pub.getAttribute("data-search") || "";
          var match = words.every(function (w) { return text.indexOf(w) >= 0; });
          pub.hidden = !match;
          if (match) { shown++; }
        });
        group.hidden = shown === 0;
      });
    });
  }
})();
