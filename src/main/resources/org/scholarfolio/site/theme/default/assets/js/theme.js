// Applies a saved light/dark choice before the page is painted, and marks the page as scripted so
// that the controls site.js brings (filter, theme toggle) have their place from the first paint.
(function () {
  document.documentElement.classList.add("js");
  try {
    var saved = localStorage.getItem("scholarfolio-theme");
    if (saved === "light" || saved === "dark") {
      document.documentElement.setAttribute("data-theme", saved);
    }
  } catch (e) { /* storage may be disabled; the system setting applies */ }
})();
