(function () {
  var body = document.body, hide = document.getElementById("hide-same");
  function apply(kind) {
    document.querySelectorAll(".compare tr.item").forEach(function (row) {
      var show = kind === "all" || row.classList.contains(kind);
      row.classList.toggle("filtered", !show);
    });
  }
  document.querySelectorAll(".filters button").forEach(function (button) {
    button.addEventListener("click", function () {
      document.querySelectorAll(".filters button").forEach(function (b) { b.classList.remove("on"); });
      button.classList.add("on");
      apply(button.getAttribute("data-filter"));
    });
  });
  if (hide) {
    body.classList.toggle("hide-same", hide.checked);
    hide.addEventListener("change", function () { body.classList.toggle("hide-same", hide.checked); });
  }
  body.setAttribute("data-ready", "1");
})();
