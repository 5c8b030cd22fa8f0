/*
 * podium/share: the team share kit. Reads kit.json (written once by podium/share) and
 * computes here what used to be written once per member and platform: each member's
 * tracked links (utm_content), the composer URLs, the CSV and JSON exports. Plain DOM, no
 * framework, no request but kit.json. quote(), link() and intent() follow
 * podium.share.utm and podium.share.intents; tests compare both in Chromium.
 * share.js loads this file when a page has [data-podium-kit] and handles the copy buttons.
 */
(function () {
  "use strict";

  var PAGE = 20;
  var CAMPAIGN = "PODIUMCAMPAIGN";
  var CONTENT = "PODIUMCONTENT";

  /* Python's urllib.parse.quote(value, safe=""): RFC 3986, %20 for spaces. */
  function quote(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function query(pairs) {
    return pairs.filter(function (pair) { return pair[1]; }).map(function (pair) {
      return pair[0] + "=" + quote(pair[1]);
    }).join("&");
  }

  function Kit(data, root) {
    this.data = data;
    this.root = root;
  }

  Kit.prototype.member = function (index) {
    return this.data.members[index] || this.data.members[0];
  };

  /* The tracked link of an item on a platform for member `index` (0: the public link). */
  Kit.prototype.link = function (item, platform, index) {
    var id = this.member(index).id;
    if (item.L && item.L[platform]) return item.L[platform][0];
    var spec = this.data.platforms[platform];
    var template = id ? spec.q : spec.q0;
    if (!template) return item.u;
    return item.u + "?" + template.split(CAMPAIGN).join(quote(item.c)).split(CONTENT).join(quote(id));
  };

  Kit.prototype.entry = function (item, platform) {
    for (var i = 0; i < item.p.length; i++) if (item.p[i][0] === platform) return item.p[i];
    return null;
  };

  /* Everything about one post: text (the composer's), post (what is pasted), link, length. */
  Kit.prototype.post = function (item, platform, index) {
    var row = this.entry(item, platform);
    var spec = this.data.platforms[platform];
    var link = this.link(item, platform, index);
    var text = row[1].join(link);
    var inText = row[2] === 1;
    var post = spec.place === "parameter-appended" && !inText ? (text ? text + " " + link : link) : text;
    var lengths = row[3];
    return {
      platform: platform,
      text: text,
      post: post,
      link: link,
      length: lengths[index] !== undefined ? lengths[index] : lengths[0],
      limit: spec.limit,
      shortened: row[4] === 1,
      handWritten: row[5] === 1,
      intent: this.intent(platform, text, link, inText, item.t)
    };
  };

  /* podium.share.intents.intent_url */
  Kit.prototype.intent = function (platform, text, link, inText, title) {
    var appended = inText ? "" : link;
    switch (platform) {
      case "x": return "https://x.com/intent/tweet?" + query([["text", text], ["url", appended]]);
      case "linkedin": return "https://www.linkedin.com/sharing/share-offsite/?" + query([["url", link]]);
      case "facebook": return "https://www.facebook.com/sharer/sharer.php?" + query([["u", link]]);
      case "bluesky": return "https://bsky.app/intent/compose?" + query([["text", text]]);
      case "mastodon":
        return this.data.mastodon ? "https://" + this.data.mastodon + "/share?" + query([["text", text]]) : "";
      case "threads": return "https://www.threads.com/intent/post?" + query([["text", text], ["url", appended]]);
      case "reddit": return "https://www.reddit.com/submit?" + query([["url", link], ["title", text]]);
      case "hackernews": return "https://news.ycombinator.com/submitlink?" + query([["u", link], ["t", text]]);
      case "whatsapp": return "https://api.whatsapp.com/send?" + query([["text", text]]);
      case "telegram": return "https://t.me/share/url?" + query([["url", appended], ["text", text]]);
      case "email":
        return "mailto:?" + query([["subject", title || text], ["body", text.replace(/\r\n|\r|\n/g, "\r\n")]]);
    }
    return "";
  };

  Kit.prototype.cardUrl = function (path) {
    return new URL(path, this.data.site || this.root).href;
  };

  Kit.prototype.filter = function (state) {
    return this.data.items.filter(function (item) {
      return (!state.kind || item.k === state.kind) &&
        (!state.lang || item.l === state.lang) &&
        (!state.from || item.d >= state.from) &&
        (!state.to || item.d <= state.to);
    }).sort(function (a, b) { return a.d < b.d ? 1 : a.d > b.d ? -1 : 0; });
  };

  /* -- exports ------------------------------------------------------------------------ */

  /* OWASP "CSV injection": a cell a spreadsheet would run as a formula starts with a quote. */
  function cell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  function csvText(rows) {
    return rows.map(function (row) { return row.map(cell).join(","); }).join("\r\n") + "\r\n";
  }

  Kit.prototype.csv = function (format, items, index, platform) {
    var self = this;
    var rows = [];
    if (format === "buffer") {
      rows.push(["Text", "Image URL", "Tags", "Posting Time"]);
    } else if (format === "hootsuite") {
      /* Hootsuite's bulk composer: date, message, link; no header row. */
    } else {
      rows.push(["kind", "id", "title", "url", "platform", "member", "text", "length", "limit",
        "link", "intent_url", "cards"]);
    }
    var member = this.member(index).id;
    items.forEach(function (item) {
      var cards = Object.keys(item.cards).sort().map(function (preset) {
        return self.cardUrl(item.cards[preset][0]);
      });
      var og = item.cards.og ? self.cardUrl(item.cards.og[0]) : (cards[0] || "");
      item.p.forEach(function (row) {
        if ((format === "buffer" || format === "hootsuite") && row[0] !== platform) return;
        var post = self.post(item, row[0], index);
        if (format === "buffer") {
          rows.push([post.post, og, "", ""]);
        } else if (format === "hootsuite") {
          rows.push(["", row[1].join("").trim(), post.link]);
        } else {
          rows.push([item.k, item.id, item.t, item.u, row[0], member, post.post, post.length,
            post.limit === null ? "" : post.limit, post.link, post.intent, cards.join(" ")]);
        }
      });
    });
    return csvText(rows);
  };

  Kit.prototype.json = function (items, index) {
    var self = this;
    var member = this.member(index);
    return JSON.stringify({
      version: this.data.version,
      member: member.id || null,
      member_name: member.name,
      items: items.map(function (item) {
        var cards = {};
        Object.keys(item.cards).sort().forEach(function (preset) {
          var card = item.cards[preset];
          cards[preset] = { url: self.cardUrl(card[0]), width: card[1], height: card[2], alt: card[3] };
        });
        return {
          kind: item.k, id: item.id, title: item.t, url: item.u, date: item.d, lang: item.l,
          cards: cards,
          platforms: item.p.map(function (row) {
            var post = self.post(item, row[0], index);
            return {
              platform: row[0], name: self.data.platforms[row[0]].name, text: post.text,
              post: post.post, length: post.length, limit: post.limit, link: post.link,
              intent_url: post.intent, shortened: post.shortened, hand_written: post.handWritten
            };
          })
        };
      })
    }, null, 2) + "\n";
  };

  /* -- page --------------------------------------------------------------------------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = el("a", { href: url, download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function View(root, kit) {
    this.root = root;
    this.kit = kit;
    this.form = root.querySelector("[data-podium-kit-controls]");
    this.list = root.querySelector("[data-podium-kit-items]");
    this.status = root.querySelector("[data-podium-kit-status]");
    this.more = root.querySelector("[data-podium-kit-more]");
    this.shown = PAGE;
  }

  View.prototype.state = function () {
    var form = this.form;
    function value(name) { var field = form.elements[name]; return field ? field.value : ""; }
    return {
      member: Number(value("member") || 0), kind: value("kind"), lang: value("lang"),
      from: value("from"), to: value("to"), platform: value("platform")
    };
  };

  View.prototype.setup = function () {
    var self = this;
    var kit = this.kit;
    var members = this.form.elements.member;
    kit.data.members.forEach(function (member, index) {
      var label = index === 0 ? member.name : member.name + " (" + member.id + ")";
      members.appendChild(el("option", { value: String(index), text: label }));
    });
    var platforms = this.form.elements.platform;
    Object.keys(kit.data.platforms).forEach(function (id) {
      platforms.appendChild(el("option", { value: id, text: kit.data.platforms[id].name }));
    });
    this.form.addEventListener("change", function (event) {
      if (event.target.name === "platform") return;
      if (event.target.name !== "member") self.shown = PAGE;
      self.render();
    });
    this.form.addEventListener("submit", function (event) { event.preventDefault(); });
    this.root.addEventListener("click", function (event) {
      var button = event.target.closest("[data-podium-export]");
      if (button) self.export(button.getAttribute("data-podium-export"));
    });
    this.more.addEventListener("click", function () {
      self.shown += PAGE;
      self.render();
    });
    var fallback = this.root.querySelector("[data-podium-kit-fallback]");
    if (fallback) fallback.hidden = true;
    this.form.hidden = false;
    this.reveal(window.location.hash.slice(1));
  };

  View.prototype.reveal = function (id) {
    if (id) {
      var items = this.kit.filter(this.state());
      for (var i = 0; i < items.length; i++) {
        if ("kit-" + items[i].k + "-" + items[i].id === id) {
          this.shown = Math.max(this.shown, i + 1);
          break;
        }
      }
    }
    this.render();
    var target = id && document.getElementById(id);
    if (target) target.scrollIntoView();
  };

  View.prototype.export = function (format) {
    var state = this.state();
    var items = this.kit.filter(state);
    var who = this.kit.member(state.member).id || "public";
    if (format === "json") {
      download("share-kit-" + who + ".json", "application/json", this.kit.json(items, state.member));
    } else {
      var name = "share-kit-" + who + (format === "csv" ? "" : "-" + format + "-" + state.platform) + ".csv";
      download(name, "text/csv;charset=utf-8", "\ufeff" + this.kit.csv(format, items, state.member, state.platform));
    }
  };

  View.prototype.render = function () {
    var state = this.state();
    var items = this.kit.filter(state);
    var shown = items.slice(0, this.shown);
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < shown.length; i++) fragment.appendChild(this.item(shown[i], state.member));
    this.list.replaceChildren(fragment);
    this.more.hidden = shown.length >= items.length;
    var who = this.kit.member(state.member);
    this.status.textContent = "Showing " + shown.length + " of " + items.length + " items" +
      (state.member ? ", links for " + who.name : ", public links") + ".";
  };

  View.prototype.item = function (item, index) {
    var kit = this.kit;
    var id = "kit-" + item.k + "-" + item.id;
    var cards = kit.data.presets.map(function (preset) {
      var card = item.cards[preset];
      if (!card) {
        return el("li", { class: "podium-kit__missing", "data-podium-card-missing": preset }, [
          el("span", { text: preset + ": not made yet. Ask for it with " }),
          el("code", { text: "podium cards docs/" + item.s }),
          el("span", { text: " and build again." })
        ]);
      }
      var href = new URL(card[0], kit.root).href;
      var size = card[1] ? " (" + card[1] + "×" + card[2] + ")" : "";
      return el("li", {}, [el("figure", {}, [
        el("img", { src: href, alt: card[3] || "Card image (" + preset + ") for " + item.t,
          loading: "lazy", width: card[1], height: card[2] }),
        el("figcaption", {}, [el("a", { class: "md-button", href: href, download: true,
          "data-podium-card": preset, text: "Download " + preset + size })])
      ])]);
    });
    var sections = item.p.map(function (row) {
      var platform = row[0];
      var spec = kit.data.platforms[platform];
      var post = kit.post(item, platform, index);
      var heading = id + "-" + platform;
      var over = post.limit !== null && post.length > post.limit;
      var composer = post.intent
        ? el("a", { class: "md-button", href: post.intent, "data-podium-composer": true,
          target: platform === "email" ? null : "_blank",
          rel: platform === "email" ? null : "noopener noreferrer nofollow",
          text: "Open " + spec.name })
        : platform === "mastodon"
          ? el("button", { type: "button", class: "md-button", "data-podium-mastodon": true,
            "data-text": post.text, text: "Open Mastodon" })
          : null;
      return el("section", { class: "podium-kit__platform", "data-platform": platform,
        "aria-labelledby": heading }, [
        el("h3", { id: heading, text: spec.name }),
        el("p", { class: "podium-kit__count" + (over ? " podium-kit__count--over" : ""),
          "data-length": post.length, "data-limit": post.limit === null ? "" : post.limit,
          text: post.length + (post.limit === null ? "" : " / " + post.limit) + " (" + spec.counted + ")" +
            (post.handWritten ? " · hand-written" : "") + (post.shortened ? " · shortened to fit" : "") }),
        spec.prefills ? null : el("p", { class: "podium-kit__note",
          text: spec.name + " opens with the link only: paste the text into the post." }),
        el("textarea", { class: "podium-kit__text", dir: "auto", readonly: true, rows: 4,
          "aria-labelledby": heading, text: post.post }),
        el("p", { class: "podium-kit__actions" }, [
          el("button", { type: "button", class: "md-button", "data-podium-copy": true,
            "data-copy": post.post, "aria-label": "Copy text for " + spec.name, text: "Copy text" }),
          composer,
          el("button", { type: "button", class: "md-button", "data-podium-copy": true,
            "data-copy": post.link, "aria-label": "Copy link for " + spec.name, text: "Copy link" })
        ]),
        el("p", { class: "podium-kit__tracked" }, [
          el("span", { text: "Tracked link: " }),
          el("code", { class: "podium-kit__link", text: post.link })
        ])
      ]);
    });
    return el("article", { class: "podium-kit__item", id: id, "data-kind": item.k,
      "data-id": item.id, "data-lang": item.l, "data-date": item.d }, [
      el("h2", {}, [el("a", { href: item.u, text: item.t })]),
      el("p", { class: "podium-kit__meta" }, [
        el("span", { text: item.k + " · " }),
        el("time", { datetime: item.d, text: item.d }),
        el("span", { text: " · " + item.l + " · " }),
        el("a", { href: new URL(item.kit, kit.root).href, text: "page without JavaScript" })
      ]),
      el("ul", { class: "podium-kit__card-list", "aria-label": "Card images" }, cards),
      el("div", { class: "podium-kit__platforms" }, sections)
    ]);
  };

  function start(root) {
    if (root.hasAttribute("data-kit-ready")) return;
    root.setAttribute("data-kit-ready", "");
    var base = new URL(root.getAttribute("data-kit-root") || "./", window.location.href).href;
    var status = root.querySelector("[data-podium-kit-status]");
    fetch(new URL(root.getAttribute("data-kit-data"), window.location.href).href)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.statusText);
        return response.json();
      })
      .then(function (data) {
        var kit = new Kit(data, base);
        var view = new View(root, kit);
        window.podiumKit = { kit: kit, view: view, quote: quote };
        view.setup();
        root.setAttribute("data-kit-loaded", "");
      })
      .catch(function (error) {
        if (status) status.textContent = "The kit data could not be loaded (" + error.message + "); the list below links each item's kit.";
      });
  }

  function init() {
    var root = document.querySelector("[data-podium-kit]");
    if (root) start(root);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  }
})();
