/* Podium highlights wall: filter by topic and language over data attributes, no request.
   Without this script every wall page still shows its own slice and a working pager. */
(function () {
  "use strict";
  var wall = document.querySelector("[data-podium-wall]");
  if (!wall) return;
  var form = wall.querySelector(".podium-wall__filters");
  var items = Array.prototype.slice.call(wall.querySelectorAll("[data-podium-item]"));
  var more = wall.querySelector(".podium-wall__more");
  var pager = wall.querySelector(".podium-wall__pager");
  var status = wall.querySelector(".podium-wall__status");
  var size = parseInt(wall.getAttribute("data-page-size"), 10) || 12;
  var limit = size;
  var onPage = items.map(function (item) { return !item.hidden; });

  function matches(item, tag, lang) {
    var tags = " " + (item.getAttribute("data-tags") || "") + " ";
    var itemLang = (item.getAttribute("data-lang") || "").toLowerCase();
    return (!tag || tags.indexOf(" " + tag + " ") >= 0) &&
      (!lang || itemLang === lang || itemLang.split("-")[0] === lang);
  }

  function apply() {
    var tag = form.elements.tag.value;
    var lang = form.elements.lang.value;
    var filtering = Boolean(tag || lang);
    var found = 0;
    items.forEach(function (item, index) {
      if (!filtering) { item.hidden = !onPage[index]; return; }
      var ok = matches(item, tag, lang);
      if (ok) found += 1;
      item.hidden = !(ok && found <= limit);
    });
    more.hidden = !filtering || found <= limit;
    if (pager) pager.hidden = filtering;
    status.textContent = filtering ? status.getAttribute("data-template").replace("{n}", found) : "";
    var hash = [];
    if (tag) hash.push("tag=" + encodeURIComponent(tag));
    if (lang) hash.push("lang=" + encodeURIComponent(lang));
    var wanted = hash.length ? "#" + hash.join("&") : "";
    if (location.hash !== wanted) {
      history.replaceState(null, "", wanted || location.pathname + location.search);
    }
  }

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = known ? value : "";
  }

  function fromHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var parts = pair.split("=");
      if (parts.length === 2) params[parts[0]] = decodeURIComponent(parts[1]);
    });
    choose(form.elements.tag, params.tag || "");
    choose(form.elements.lang, params.lang || "");
    limit = size;
    apply();
  }

  form.hidden = false;
  form.addEventListener("change", function () { limit = size; apply(); });
  form.addEventListener("reset", function () { setTimeout(function () { limit = size; apply(); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  more.addEventListener("click", function () { limit += size; apply(); });
  wall.addEventListener("click", function (event) {
    var chip = event.target.closest ? event.target.closest("[data-podium-tag]") : null;
    if (!chip) return;
    event.preventDefault();
    choose(form.elements.tag, chip.getAttribute("data-podium-tag"));
    limit = size;
    apply();
    form.scrollIntoView({ block: "nearest" });
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
