// Applies a saved light/dark choice before the page is painted.
(function () {
  try {
    var saved = localStorage.getItem("scholarfolio-theme");
    if (saved === "light" || saved === "dark") {
      document.documentElement.setAttribute("data-theme", saved);
    }
  } catch (e) { /* storage may be disabled; the system setting applies */ }
})();
