/**
 * slug() of src/core/slug.ts in browser JavaScript, for the names of the
 * record files the site exports; tests/unit/slug.test.ts holds the two to
 * the same output.
 */
export const SLUG_SCRIPT = String.raw`function slug(name, maxLength) {
  var out = name.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return maxLength !== undefined && out.length > maxLength ? out.slice(0, maxLength).replace(/-+$/, "") : out;
}`;

/**
 * The site's one script (site.js), loaded by every page as a file, so the
 * Content-Security-Policy can forbid inline code. It reads only data the
 * page carries in JSON blocks, writes only the page and the browser's
 * storage, and sends nothing anywhere. Three jobs, chosen by the page's
 * data-page: search (matching as src/core/search.ts does: case folded one
 * character at a time, a plain substring), the comparison picker, and the
 * self-assessment (record.ts is the shape of the file it exports).
 *
 * Plain JavaScript in a string: the browser runs it as written, with no build
 * step of its own. The browser tests run every path of it.
 */
export const SCRIPT = String.raw`"use strict";
(function () {
  var page = document.body.getAttribute("data-page");

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  // "/" moves to the search box, from anywhere but a text field.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    var box = document.getElementById("search-q") || document.getElementById("site-q");
    if (box) { e.preventDefault(); box.focus(); }
  });
  // Closed <details> would not print: a printed comparison shows the unchanged expectations too.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });

  ${SLUG_SCRIPT.replace(/\n/g, "\n  ")}

  if (page === "search") search();
  if (page === "picker") picker();
  if (page === "assess") assess();

  // ---- search: the rules of src/core/search.ts findMatches ----
  function fold(text) {
    var folded = "", starts = [], ends = [], i = 0;
    for (var ch of text) {
      var lower = ch.toLowerCase();
      folded += lower;
      for (var k = 0; k < lower.length; k++) { starts.push(i); ends.push(i + ch.length); }
      i += ch.length;
    }
    return { folded: folded, starts: starts, ends: ends };
  }

  function findMatches(text, query) {
    if (query === "") return [];
    var needle = fold(query).folded, f = fold(text), out = [];
    for (var at = f.folded.indexOf(needle); at !== -1; at = f.folded.indexOf(needle, at + needle.length)) {
      out.push({ start: f.starts[at], end: f.ends[at + needle.length - 1] });
    }
    return out;
  }

  function marked(text, matches) {
    var span = document.createElement("span"), at = 0;
    matches.forEach(function (m) {
      span.appendChild(document.createTextNode(text.slice(at, m.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m.start, m.end);
      span.appendChild(mark);
      at = m.end;
    });
    span.appendChild(document.createTextNode(text.slice(at)));
    return span;
  }

  function search() {
    var items = data("search-index");
    var box = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var query = new URLSearchParams(location.search).get("q") || "";
    box.value = query;
    if (query.trim() === "") { box.focus(); return; }
    var hits = [];
    items.forEach(function (item) {
      var inTitle = item.title === null ? [] : findMatches(item.title, query);
      var inText = findMatches(item.text, query);
      if (inTitle.length + inText.length > 0) hits.push({ item: item, inTitle: inTitle, inText: inText });
    });
    document.title = "Search: " + query + " · " + document.title.replace(/^Search · /, "");
    status.textContent = hits.length === 0
      ? "Nothing contains \u201c" + query + "\u201d."
      : "Found \u201c" + query + "\u201d in " + hits.length + (hits.length === 1 ? " place." : " places.");
    hits.forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "where";
      a.href = h.item.href;
      a.textContent = h.item.location;
      li.appendChild(a);
      if (h.inTitle.length > 0) {
        var title = marked(h.item.title, h.inTitle);
        title.className = "meta";
        li.appendChild(title);
      }
      var text = marked(h.item.text, h.inText);
      text.className = "text";
      li.appendChild(text);
      list.appendChild(li);
    });
  }

  // ---- the comparison picker: every two levels have a page, earlier level first ----
  function picker() {
    var picker = data("picker-data"), order = picker.order;
    var form = document.getElementById("picker");
    var message = document.getElementById("picker-message");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var a = form.elements.from.value, b = form.elements.to.value;
      if (a === b) { message.textContent = "Choose two different levels."; return; }
      if (order[a] > order[b]) { var t = a; a = b; b = t; }
      var page = "compare-" + a + "--" + b + ".html";
      if (picker.pages.indexOf(page) < 0) {
        message.textContent = "This site has no page comparing levels this far apart (the ladder is large); on the command line: ladder diff " + a + " " + b;
        return;
      }
      location.href = page;
    });
  }

  // ---- self-assessment: answers in localStorage, a record file out and in ----
  function assess() {
    var d = data("assessment-data");
    var key = "ladder-assessment:" + d.ladder.fingerprint + ":" + d.level.id;
    var form = document.getElementById("assessment");
    var who = document.getElementById("assess-for");
    var summary = document.getElementById("assess-summary");
    var exportLink = document.getElementById("assess-export");
    var message = document.getElementById("assess-message");
    var RATINGS = ["consistently", "sometimes", "not-yet"];

    function today() {
      var now = new Date(), pad = function (n) { return String(n).padStart(2, "0"); };
      return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    }
    function chosen(q) { var c = form.querySelector('input[name="' + q.id + '"]:checked'); return c ? c.value : null; }
    function noteOf(q) { return document.getElementById(q.id + "-note"); }
    function linksOf(q) { return document.getElementById(q.id + "-links"); }

    function record() {
      var answers = [];
      d.questions.forEach(function (q) {
        var answer = chosen(q);
        if (answer === null) return;
        var a = { section: q.section, index: q.index, expectation: q.expectation, answer: answer };
        var note = noteOf(q).value;
        if (note.trim() !== "") a.note = note;
        var links = linksOf(q).value.split("\n").map(function (l) { return l.trim(); }).filter(function (l) { return l !== ""; });
        if (links.length > 0) a.links = links;
        answers.push(a);
      });
      var r = { kind: "ladder-assessment", version: 1, ladder: d.ladder, level: d.level, date: today() };
      if (who.value.trim() !== "") r.for = who.value;
      r.answers = answers;
      return r;
    }

    function update(store) {
      var r = record(), counts = { consistently: 0, sometimes: 0, "not-yet": 0 };
      r.answers.forEach(function (a) { counts[a.answer]++; });
      summary.textContent = r.answers.length + " of " + d.questions.length + " answered: " + counts.consistently + " consistently, " +
        counts.sometimes + " sometimes, " + counts["not-yet"] + " not yet.";
      var json = JSON.stringify(r, null, 2) + "\n";
      exportLink.href = "data:application/json;charset=utf-8," + encodeURIComponent(json);
      // The name ladder assess gives a record (recordStem of src/cli/records.ts), so records sort by date.
      var whom = r.for ? slug(r.for, 60) : "";
      exportLink.setAttribute("download", "assessment-" + r.date + "-" + (slug(d.level.id, 60) || "level") + (whom ? "-" + whom : "") + ".json");
      if (!store) return;
      try { localStorage.setItem(key, json); } catch (e) { message.textContent = "This browser keeps nothing (storage is off): export the record before you leave."; }
    }

    /** Fills the form from a record: by place when the text there is the same, else by the expectation's text. */
    function apply(r) {
      var answers = Array.isArray(r.answers) ? r.answers.filter(function (a) { return a && RATINGS.indexOf(a.answer) >= 0 && typeof a.expectation === "string"; }) : [];
      var used = [], matched = 0;
      d.questions.forEach(function (q) {
        var i = answers.findIndex(function (a, n) { return used.indexOf(n) < 0 && a.section === q.section && a.index === q.index && a.expectation === q.expectation; });
        if (i < 0) i = answers.findIndex(function (a, n) { return used.indexOf(n) < 0 && a.expectation === q.expectation; });
        form.querySelectorAll('input[name="' + q.id + '"]').forEach(function (input) { input.checked = i >= 0 && input.value === answers[i].answer; });
        noteOf(q).value = i >= 0 && typeof answers[i].note === "string" ? answers[i].note : "";
        linksOf(q).value = i >= 0 && Array.isArray(answers[i].links) ? answers[i].links.join("\n") : "";
        if (i >= 0) { used.push(i); matched++; }
      });
      who.value = typeof r.for === "string" ? r.for : "";
      return { matched: matched, unmatched: answers.length - matched };
    }

    try {
      var kept = localStorage.getItem(key);
      if (kept) apply(JSON.parse(kept));
    } catch (e) { /* nothing kept, or unreadable: start empty */ }
    update(false);

    form.addEventListener("change", function () { update(true); });
    form.addEventListener("input", function () { update(true); });
    document.getElementById("assess-clear").addEventListener("click", function () {
      if (!window.confirm("Clear every answer and note of this assessment?")) return;
      apply({ answers: [] });
      try { localStorage.removeItem(key); } catch (e) { /* storage is off */ }
      update(false);
      message.textContent = "All answers cleared.";
    });
    document.getElementById("assess-import").addEventListener("change", function (e) {
      var file = e.target.files && e.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var r;
        try { r = JSON.parse(text); } catch (err) { message.textContent = file.name + " is not a JSON file."; return; }
        if (!r || r.kind !== "ladder-assessment" || r.version !== 1) { message.textContent = file.name + " is not an assessment record (version 1)."; return; }
        if (!r.level || r.level.id !== d.level.id) {
          message.textContent = file.name + " assesses another level (" + (r.level && r.level.title) + "): open that level's assessment page to import it.";
          return;
        }
        var result = apply(r);
        update(true);
        var edition = r.ladder && r.ladder.fingerprint === d.ladder.fingerprint ? "" : " It was made from another edition of the ladder, so answers were matched by the expectation's text.";
        message.textContent = "Imported " + result.matched + " answers from " + file.name + (result.unmatched > 0 ? "; " + result.unmatched + " match no expectation of this level." : ".") + edition;
      });
    });
  }
})();
`;
