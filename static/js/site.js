// Small progressive enhancements; every page works without this file.
(function () {
  // The package filters start folded on phones and open on wide screens.
  var wide = window.matchMedia("(min-width: 60rem)");
  document.querySelectorAll("details.filters-box").forEach(function (box) {
    if (wide.matches) box.open = true;
  });

  // The province only matters for travellers from Indonesia.
  var country = document.getElementById("origin_country");
  var province = document.getElementById("origin_province");
  if (country && province) {
    var field = province.closest(".field");
    var sync = function () { field.hidden = country.value !== "ID"; };
    country.addEventListener("change", sync);
    sync();
  }

  // After a refused submit, take the visitor to the first field to correct.
  var invalid = document.querySelector(
    "[aria-invalid=true], .has-error input, .has-error select, .has-error textarea, .field-error input");
  if (invalid) {
    invalid.focus({ preventScroll: true });
    invalid.scrollIntoView({ block: "center" });
  }

  // Print buttons (voucher, manifest); without JavaScript the browser's own print works.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();
