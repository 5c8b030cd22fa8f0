/*
 * podium/share: copy buttons, the native share sheet and Mastodon's "which instance?" for
 * the share bar and the team share kit. No third-party code, no network requests of its own;
 * the reader's Mastodon instance stays in their browser (localStorage).
 */
(function () {
  "use strict";

  var STORAGE_KEY = "podium.mastodon.instance";
  var HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*$/;

  /* Same rules as podium.share.intents.normalize_instance. */
  function normalizeInstance(value) {
    var host = String(value || "").trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
    if (host.indexOf("@") !== -1) host = host.slice(host.lastIndexOf("@") + 1);
    host = host.split("/")[0];
    if (/[^\x00-\x7f]/.test(host)) {
      try { host = new URL("https://" + host + "/").hostname; } catch (error) { return ""; }
    }
    return HOST.test(host) ? host : "";
  }

  /* A message in the page's language, from the nearest data-label-* attribute. */
  function message(element, name, fallback) {
    var holder = element.closest("[data-label-" + name + "]");
    return holder ? holder.getAttribute("data-label-" + name) : fallback;
  }

  function storedInstance() {
    try { return window.localStorage.getItem(STORAGE_KEY) || ""; } catch (error) { return ""; }
  }

  function rememberInstance(host) {
    try { window.localStorage.setItem(STORAGE_KEY, host); } catch (error) { /* private mode */ }
  }

  function askInstance(element) {
    var answer = window.prompt(
      message(element, "mastodon-prompt", "Your Mastodon instance (for example mastodon.social):"),
      storedInstance());
    if (answer === null) return "";
    var host = normalizeInstance(answer);
    if (!host) {
      window.alert(message(element, "mastodon-invalid",
        "That is not an instance name such as mastodon.social."));
      return "";
    }
    rememberInstance(host);
    return host;
  }

  function shareOnMastodon(event, element) {
    event.preventDefault();
    // Shift/Alt-click asks again, for readers who moved to another instance.
    var host = event.shiftKey || event.altKey ? "" : storedInstance();
    if (!host) host = askInstance(element);
    if (!host) return;
    var text = element.getAttribute("data-text") || "";
    window.open("https://" + host + "/share?text=" + encodeURIComponent(text),
      "_blank", "noopener,noreferrer");
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  function label(button) {
    return button.querySelector(".podium-share__name") || button;
  }

  function announce(button, copied) {
    var target = label(button);
    if (!button.hasAttribute("data-label")) button.setAttribute("data-label", target.textContent);
    target.textContent = copied
      ? message(button, "copied", "Copied")
      : message(button, "copy-failed", "Press Ctrl+C to copy");
    button.setAttribute("data-copied", copied ? "true" : "false");
    window.setTimeout(function () {
      target.textContent = button.getAttribute("data-label");
    }, 2000);
  }

  function copyFrom(button) {
    var from = button.getAttribute("data-copy-from");
    if (from) {
      var source = document.getElementById(from);
      return source ? source.value || source.textContent : "";
    }
    return button.getAttribute("data-copy") || "";
  }

  function onClick(event) {
    var element = event.target.closest(
      "[data-podium-copy], [data-podium-native], [data-podium-mastodon]");
    if (!element) return;
    if (element.hasAttribute("data-podium-mastodon")) {
      shareOnMastodon(event, element);
    } else if (element.hasAttribute("data-podium-copy")) {
      event.preventDefault();
      copyText(copyFrom(element)).then(
        function () { announce(element, true); },
        function () { announce(element, false); });
    } else if (element.hasAttribute("data-podium-native")) {
      // Without the Web Share API the menu's <details> unfolds the platform list instead.
      if (typeof navigator.share !== "function") return;
      event.preventDefault();
      navigator.share({
        title: element.getAttribute("data-title") || document.title,
        url: element.getAttribute("data-url") || window.location.href
      }).catch(function () { /* the reader closed the share sheet */ });
    }
  }

  /* The team kit's tool (kit.js) loads only where a kit is; with Material's instant
     navigation this runs again for every page shown. */
  function loadKit() {
    var kit = document.querySelector("[data-podium-kit][data-kit-script]");
    if (!kit || document.querySelector("script[data-podium-kit-script]")) return;
    var script = document.createElement("script");
    script.src = kit.getAttribute("data-kit-script");
    script.setAttribute("data-podium-kit-script", "");
    document.head.appendChild(script);
  }

  /* A kit item page (kit-item.html) writes no copy button: without JavaScript they cannot
     work, and hidden they were a tenth of every page. One per post text and tracked link. */
  function copyButton(kit, name, from, fallback) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.setAttribute("data-podium-copy", "");
    button.setAttribute("data-copy-from", from.id);
    button.textContent = message(kit, name, fallback);
    return button;
  }

  function copyButtons() {
    var kit = document.querySelector("[data-podium-kit-item]");
    if (!kit || kit.hasAttribute("data-copy-buttons")) return;
    kit.setAttribute("data-copy-buttons", "");
    var sections = kit.querySelectorAll(".podium-kit__platform");
    for (var i = 0; i < sections.length; i++) {
      var text = sections[i].querySelector(".podium-kit__text");
      var actions = sections[i].querySelector(".podium-kit__actions");
      var link = sections[i].querySelector(".podium-kit__link");
      if (text && actions) {
        actions.insertBefore(copyButton(kit, "copy-text", text, "Copy text"), actions.firstChild);
      }
      if (link) {
        link.parentNode.appendChild(document.createTextNode(" "));
        link.parentNode.appendChild(copyButton(kit, "copy-link", link, "Copy link"));
      }
    }
  }

  function reveal() {
    loadKit();
    copyButtons();
    var hidden = document.querySelectorAll("[data-podium-js]");
    for (var i = 0; i < hidden.length; i++) {
      var needs = hidden[i].getAttribute("data-podium-needs");
      if (needs === "share" && typeof navigator.share !== "function") continue;
      hidden[i].hidden = false;
    }
  }

  // For the tests that check the script and podium.share.intents agree.
  window.podiumShare = { normalizeInstance: normalizeInstance };

  // Escape folds an open share menu and gives the focus back to its button.
  function onKey(event) {
    if (event.key !== "Escape") return;
    var menu = event.target.closest && event.target.closest(".podium-share__menu[open]");
    if (!menu) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  }

  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reveal);
  } else {
    reveal();
  }
  // Material's instant navigation swaps pages without reloading this script.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(reveal);
  }
})();
