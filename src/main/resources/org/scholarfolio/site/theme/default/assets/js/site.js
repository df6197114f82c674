// Progressive enhancements: the theme toggle, the phone menu and the publication filter. The site works without them.
(function () {
  var root = document.documentElement;
  var toggle = document.querySelector(".theme-toggle");
  function shownTheme() {
    var current = root.getAttribute("data-theme");
    return current || (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  }
  if (toggle) {
    toggle.hidden = false;
    // Pressed means dark.
    toggle.setAttribute("aria-pressed", String(shownTheme() === "dark"));
    toggle.addEventListener("click", function () {
      var next = shownTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      toggle.setAttribute("aria-pressed", String(next === "dark"));
      try { localStorage.setItem("scholarfolio-theme", next); } catch (e) { /* not saved */ }
    });
  }
  // The phone menu closes on Escape (focus back on its button) and on a tap outside it.
  var menu = document.querySelector(".menu-narrow");
  if (menu) {
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
    document.addEventListener("click", function (e) {
      if (menu.open && !menu.contains(e.target)) {
        menu.open = false;
      }
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
