/* Podium highlights wall: filter by topic and language across every highlight.
   A wall page carries only its own slice and a pager, which work without this script. The
   first time a reader filters, the script fetches the wall's index once (data-index:
   highlights/index.json): each highlight's tag slugs, language and card, rendered and escaped
   by the server. Cards are parsed in an inert <template> (nothing runs or loads there) and
   their links, written relative to the index, are resolved against its URL. If the index
   cannot be read (a site opened from disk), the filters search this page's cards. */
(function () {
  "use strict";
  var wall = document.querySelector("[data-podium-wall]");
  if (!wall) return;
  var form = wall.querySelector(".podium-wall__filters");
  var list = wall.querySelector(".podium-wall__list");
  var own = Array.prototype.slice.call(list.querySelectorAll("[data-podium-item]"));
  var more = wall.querySelector(".podium-wall__more");
  var pager = wall.querySelector(".podium-wall__pager");
  var status = wall.querySelector(".podium-wall__status");
  var size = parseInt(wall.getAttribute("data-page-size"), 10) || 12;
  // The page's language is the default view, rendered by the server (other languages' cards
  // come hidden); "lang=all" in the hash asks for every language.
  var pageLang = (wall.getAttribute("data-lang") || "").toLowerCase();
  var indexUrl = new URL(wall.getAttribute("data-index") || "index.json", document.baseURI).href;
  var limit = size;
  var entries = null; // [{tags, lang, html, node}], newest first, once loaded
  var loading = null; // the one request for the index
  var shown = []; // cards this script put in the list

  function pageEntries() {
    return own.map(function (node) {
      return {
        tags: (node.getAttribute("data-tags") || "").split(" ").filter(Boolean),
        lang: node.getAttribute("data-lang") || "",
        node: node.cloneNode(true)
      };
    });
  }

  function load() {
    if (!loading) {
      loading = fetch(indexUrl, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (index) {
          return index.highlights.map(function (item) {
            return { tags: item.tags || [], lang: item.lang || "", html: item.html, node: null };
          });
        })
        .catch(function () { return pageEntries(); })
        .then(function (loaded) { entries = loaded; });
    }
    return loading;
  }

  function absolute(value) {
    return !value || value.charAt(0) === "#" ? value : new URL(value, indexUrl).href;
  }

  function card(entry) {
    if (entry.node) return entry.node;
    var template = document.createElement("template");
    template.innerHTML = entry.html; // server-escaped card HTML, never text pasted here
    var node = template.content.firstElementChild;
    Array.prototype.forEach.call(node.querySelectorAll("[href], [src], [poster], [srcset]"), function (el) {
      ["href", "src", "poster"].forEach(function (name) {
        if (el.hasAttribute(name)) el.setAttribute(name, absolute(el.getAttribute(name)));
      });
      if (el.hasAttribute("srcset")) {
        el.setAttribute("srcset", el.getAttribute("srcset").split(",").map(function (part) {
          var bits = part.trim().split(/\s+/);
          bits[0] = absolute(bits[0]);
          return bits.join(" ");
        }).join(", "));
      }
    });
    entry.node = document.importNode(node, true);
    return entry.node;
  }

  function matches(entry, tag, lang) {
    var itemLang = entry.lang.toLowerCase();
    return (!tag || entry.tags.indexOf(tag) >= 0) &&
      (!lang || itemLang === lang || itemLang.split("-")[0] === lang);
  }

  function render() {
    var tag = form.elements.tag.value;
    var lang = form.elements.lang.value.toLowerCase();
    var filtering = Boolean(tag || lang !== pageLang);
    shown.forEach(function (node) { list.removeChild(node); });
    shown = [];
    var found = 0;
    if (filtering) {
      entries.forEach(function (entry) {
        if (!matches(entry, tag, lang)) return;
        found += 1;
        if (found <= limit) shown.push(list.appendChild(card(entry)));
      });
    }
    own.forEach(function (node) {
      var nodeLang = (node.getAttribute("data-lang") || "").toLowerCase();
      node.hidden = filtering || Boolean(pageLang && nodeLang !== pageLang);
    });
    more.hidden = !filtering || found <= limit;
    if (pager) pager.hidden = filtering;
    status.textContent = filtering ? status.getAttribute("data-template").replace("{n}", found) : "";
  }

  function apply() {
    var tag = form.elements.tag.value;
    var lang = form.elements.lang.value;
    var hash = [];
    if (tag) hash.push("tag=" + encodeURIComponent(tag));
    if (lang.toLowerCase() !== pageLang) hash.push("lang=" + encodeURIComponent(lang || "all"));
    var wanted = hash.length ? "#" + hash.join("&") : "";
    if (location.hash !== wanted) {
      history.replaceState(null, "", wanted || location.pathname + location.search);
    }
    if (!hash.length || entries) {
      render();
      return;
    }
    wall.setAttribute("aria-busy", "true");
    load().then(function () {
      wall.removeAttribute("aria-busy");
      render();
    });
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
    var lang = params.lang === "all" ? "" : params.lang || pageLang;
    choose(form.elements.lang, lang);
    limit = size;
    apply();
  }

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
