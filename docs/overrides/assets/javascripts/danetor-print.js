/* danetor: the print page as the build prints the book (docs/paper.py).
 *
 * - ?danetor-pages=<section id>:<page>,...: the page each card starts on, read back from an earlier print; this
 *   script writes each number after its entry in the contents. Opened without it (on the site), the contents stay
 *   as they are: a browser's own print may break pages elsewhere, and a wrong number is worse than none.
 * - ?danetor-fit=<section id>:<level>,...: the cards to set tighter (class danetor-fit-<level>), so that a card
 *   that ran a few lines over its last page fits the pages before.
 */
(function () {
  "use strict";

  function pairs(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    var found = {};
    if (!match) return null;
    decodeURIComponent(match[1]).split(",").forEach(function (pair) {
      var at = pair.lastIndexOf(":");
      if (at > 0) found[pair.slice(0, at)] = pair.slice(at + 1);
    });
    return found;
  }

  function number() {
    var numbers = pairs("danetor-pages");
    var toc = document.getElementById("print-page-toc");
    if (!numbers || !toc) return;
    toc.classList.add("danetor-toc--numbered");
    toc.querySelectorAll("a[href^='#']").forEach(function (link) {
      var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      var section = target && target.closest("section.print-page");
      var page = section && numbers[section.id];
      if (!page || link.querySelector(".danetor-toc-page")) return;
      var span = document.createElement("span");
      span.className = "danetor-toc-page";
      span.textContent = page;
      link.appendChild(span);
    });
  }

  function fit() {
    var levels = pairs("danetor-fit") || {};
    Object.keys(levels).forEach(function (id) {
      var section = document.getElementById(id);
      if (section && Number(levels[id]) > 0) section.classList.add("danetor-fit-" + Number(levels[id]));
    });
  }

  function run() {
    fit();
    number();
  }

  // print-site builds the contents on DOMContentLoaded, from a listener added before this script ran
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { window.setTimeout(run, 0); });
  } else {
    window.setTimeout(run, 0);
  }
})();
