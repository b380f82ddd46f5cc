document.querySelectorAll("table.sortable").forEach(function (table) {
  var body = table.tBodies[0];
  function key(row, column) {
    var cell = row.cells[column], text = cell ? (cell.getAttribute("data-v") || cell.textContent).trim() : "";
    var number = parseFloat(text.replace(",", ".").replace("\u2212", "-"));
    return isNaN(number) ? text.toLowerCase() : number;
  }
  table.querySelectorAll("thead th button").forEach(function (button) {
    button.addEventListener("click", function () {
      var th = button.parentNode, column = th.cellIndex;
      var up = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, column), y = key(b, column), empty = (x === "" || x === "\u2013") - (y === "" || y === "\u2013");
        if (empty) { return empty; }
        if (typeof x !== typeof y) { return typeof x === "number" ? -1 : 1; }
        var order = typeof x === "number" ? x - y : x.localeCompare(y);
        return up ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
