// Progressive enhancements: the theme toggle, the phone menu, the publication filter and click-to-load embeds. The site works without them.
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
  // The publication filter searches the whole list (every year page) through filter-index.js,
  // loaded the first time it is needed; a script, not fetch(), so that it works from disk too.
  var filter = document.querySelector(".filter");
  if (filter) {
    var box = filter.querySelector(".filter-box");
    var status = filter.querySelector(".filter-status");
    var results = filter.querySelector(".filter-results");
    var split = filter.hasAttribute("data-split");
    var siteRoot = filter.getAttribute("data-root") || "";
    var total = Number(filter.getAttribute("data-total")) || 0;
    var LISTED = 200;
    var index = null, loading = false, waiting = [];
    var loadIndex = function (then) {
      if (index) { then(); return; }
      waiting.push(then);
      if (loading) { return; }
      loading = true;
      var script = document.createElement("script");
      script.src = filter.getAttribute("data-index");
      script.onload = function () {
        index = (window.scholarfolioIndex || []).map(function (e) {
          return { page: e[0], anchor: e[1], list: e[2], year: e[3], title: e[4], authors: e[5], venue: e[6],
            text: [e[4], e[5], e[6], e[3], e[7]].join(" ").toLowerCase() };
        });
        total = index.length;
        waiting.splice(0).forEach(function (f) { f(); });
      };
      script.onerror = function () { status.textContent = "The filter could not load its list."; };
      document.head.appendChild(script);
    };
    var words = function () {
      return box.value.toLowerCase().split(/\s+/).map(function (w) {
        return w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      }).filter(Boolean);
    };
    var showAll = function (shown) {
      document.querySelectorAll(".pub").forEach(function (p) { p.hidden = false; });
      document.querySelectorAll(".publications .year-group, .pub-section, .years").forEach(function (e) { e.hidden = !shown; });
    };
    var listResults = function (matches) {
      results.textContent = "";
      matches.slice(0, LISTED).forEach(function (m) {
        var li = document.createElement("li");
        li.className = "pub result";
        var title = document.createElement("a");
        title.href = siteRoot + m.page;
        title.textContent = m.title;
        var heading = document.createElement("div");
        heading.className = "title";
        heading.appendChild(title);
        var authors = document.createElement("div");
        authors.className = "authors";
        authors.textContent = m.authors;
        var venue = document.createElement("div");
        venue.className = "venue";
        venue.textContent = [m.venue, m.year].filter(Boolean).join(", ");
        li.append(heading, authors, venue);
        results.appendChild(li);
      });
      results.hidden = matches.length === 0;
    };
    var run = function () {
      var query = words();
      if (query.length === 0) {
        showAll(true);
        results.hidden = true;
        results.textContent = "";
        status.textContent = "";
        return;
      }
      var matches = index.filter(function (e) {
        return query.every(function (w) { return e.text.indexOf(w) >= 0; });
      });
      var count = matches.length + " of " + total + " publications";
      if (matches.length === 0) {
        status.textContent = "No match: 0 of " + total + " publications.";
      } else if (split && matches.length > LISTED) {
        status.textContent = count + "; the first " + LISTED + " are listed.";
      } else {
        status.textContent = count + ".";
      }
      if (split) {
        // The page holds some years only: the matches of every year are listed instead.
        showAll(false);
        listResults(matches);
        return;
      }
      var wanted = {};
      matches.forEach(function (m) { wanted[m.anchor] = true; });
      document.querySelectorAll(".publications .pub").forEach(function (p) { p.hidden = !wanted[p.id]; });
      document.querySelectorAll(".publications .year-group").forEach(function (g) {
        g.hidden = !g.querySelector(".pub:not([hidden])");
      });
      document.querySelectorAll(".pub-section").forEach(function (s) {
        s.hidden = !s.querySelector(".year-group:not([hidden])");
      });
    };
    filter.hidden = false;
    box.addEventListener("focus", function () { loadIndex(function () {}); });
    box.addEventListener("input", function () { loadIndex(run); });
    // An address of an entry that now lives on its year page (#pub-key) leads there.
    var hash = decodeURIComponent(location.hash.slice(1));
    if (split && hash.indexOf("pub-") === 0 && !document.getElementById(hash)) {
      loadIndex(function () {
        var entry = index.filter(function (e) { return e.anchor === hash; })[0];
        if (entry) { location.replace(siteRoot + entry.list + "#" + hash); }
      });
    }
  }
  // An embed from a host the site allows loads only when the reader asks for it: the link (which
  // without this script opens the embedded page itself) becomes a sandboxed, lazy iframe.
  document.addEventListener("click", function (e) {
    var load = e.target.closest ? e.target.closest("a.embed-load") : null;
    if (!load) { return; }
    e.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = load.href;
    frame.title = load.getAttribute("data-title") || load.textContent;
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("allow", "fullscreen; picture-in-picture; encrypted-media");
    frame.setAttribute("allowfullscreen", "");
    load.parentNode.replaceChild(frame, load);
    frame.focus();
  });
})();
