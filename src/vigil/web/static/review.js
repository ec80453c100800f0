// Keyboard review: j/k move, a/r accept/reject the current item, n focuses its note.
// Progressive enhancement only: every action is a plain form without this file.
(function () {
  "use strict";
  var list = document.getElementById("review-list");
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll("li.item"));
  var current = 0;
  function select(i) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (el, j) { el.classList.toggle("current", j === current); });
    items[current].focus();
    items[current].scrollIntoView({ block: "nearest" });
  }
  function press(action) {
    var item = items[current];
    if (!item) return;
    var button = item.querySelector('button[value="' + action + '"]');
    if (button) button.click();
  }
  document.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "j") { select(current + 1); event.preventDefault(); }
    else if (event.key === "k") { select(current - 1); event.preventDefault(); }
    else if (event.key === "a") { press("accept"); event.preventDefault(); }
    else if (event.key === "r") { press("reject"); event.preventDefault(); }
    else if (event.key === "n") {
      var note = items[current] && items[current].querySelector('input[name="note"]');
      if (note) { note.focus(); event.preventDefault(); }
    }
  });
  select(0);
})();
