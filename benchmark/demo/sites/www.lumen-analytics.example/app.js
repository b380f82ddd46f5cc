/* Lumen Analytics marketing site - client-side rendering (no framework). */
(function () {
  "use strict";

  var NAV = [
    { href: "/about/", text: "About" },
    { href: "/news/", text: "News" },
    { href: "/careers/", text: "Careers" },
    { href: "/contact/", text: "Contact" }
  ];

  var NEWS = [
    { date: "{{ days_ago(24) }}", label: "{{ days_ago(24, en) }}", href: "/news/#series-b",
      title: "Lumen raises $24M Series B to bring explainable analytics to every product team" },
    { date: "{{ days_ago(66) }}", label: "{{ days_ago(66, en) }}", href: "/news/#ask-lumen",
      title: "Introducing Ask Lumen: questions in plain English, answers with their SQL" },
    { date: "{{ days_ago(142) }}", label: "{{ days_ago(142, en) }}", href: "/news/#soc2",
      title: "Lumen is now SOC 2 Type II certified" }
  ];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    var key;
    for (key in (attrs || {})) {
      if (key === "text") { node.textContent = attrs[key]; }
      else { node.setAttribute(key, attrs[key]); }
    }
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function header() {
    var links = NAV.map(function (item) {
      return el("li", {}, [el("a", { href: item.href, text: item.text })]);
    });
    return el("header", { "class": "top" }, [
      el("a", { href: "/", "class": "brand" }, [
        el("img", { src: "/img/logo.svg", alt: "Lumen Analytics", width: "132", height: "32" })
      ]),
      el("nav", { "aria-label": "Main" }, [el("ul", {}, links)]),
      el("a", { href: "/contact/", "class": "cta", text: "Book a demo" })
    ]);
  }

  function hero() {
    return el("section", { "class": "hero" }, [
      el("h1", { text: "Product analytics that explains itself" }),
      el("p", { text: "Lumen turns millions of product events into plain-English answers: why users churn, " +
        "which features drive retention, what changed last week. No SQL, no dashboards to maintain." }),
      el("p", {}, [el("a", { href: "/contact/", "class": "cta", text: "Talk to our team" })])
    ]);
  }

  function latestNews() {
    var items = NEWS.map(function (item) {
      return el("article", { "class": "news-item" }, [
        el("time", { datetime: item.date, text: item.label }),
        el("h3", {}, [el("a", { href: item.href, text: item.title })])
      ]);
    });
    return el("section", { "class": "news", id: "latest-news" },
      [el("h2", { text: "Latest news" })].concat(items).concat([
        el("p", {}, [el("a", { href: "/news/", text: "All news" })])
      ]));
  }

  function newsletter() {
    var form = el("form", { "class": "newsletter", action: "/newsletter", method: "post" }, [
      el("label", { "for": "newsletter-email", text: "Get the Lumen newsletter: one email a month, no spam." }),
      el("input", { type: "email", id: "newsletter-email", name: "email", placeholder: "you@company.com", required: "required" }),
      el("button", { type: "submit", text: "Subscribe" })
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      form.replaceChildren(el("p", { text: "Thanks! Please confirm your subscription from your inbox." }));
    });
    return el("section", { "class": "newsletter-block" }, [el("h2", { text: "Newsletter" }), form]);
  }

  function footer() {
    return el("footer", { "class": "bottom" }, [
      el("p", { text: "Lumen Analytics Ltd, 71 Leonard Street, London EC2A 4QS" }),
      el("ul", { "class": "social" }, [
        el("li", {}, [el("a", { href: "https://x.com/lumenanalytics", rel: "me", text: "X" })]),
        el("li", {}, [el("a", { href: "https://www.linkedin.com/company/lumen-analytics/", rel: "me", text: "LinkedIn" })])
      ]),
      el("p", { "class": "small", text: "\u00a9 2026 Lumen Analytics Ltd." })
    ]);
  }

  var app = document.getElementById("app");
  app.appendChild(header());
  var main = el("main", {}, [hero(), latestNews(), newsletter()]);
  app.appendChild(main);
  app.appendChild(footer());
})();
