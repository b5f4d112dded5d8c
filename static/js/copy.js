// Copy buttons for payment details (account number, amount, reference). The buttons are
// hidden until this script shows them, so a browser without the clipboard API keeps the
// plain, selectable text. The result is announced to screen readers.
(function () {
  if (!navigator.clipboard || !window.isSecureContext) return;
  var status = document.querySelector("[data-copy-status]");
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var label = button.firstChild.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.firstChild.textContent = button.getAttribute("data-copied");
        if (status) status.textContent = button.getAttribute("data-copied") + ": " + button.getAttribute("data-copy");
        window.setTimeout(function () { button.firstChild.textContent = label; }, 2000);
      });
    });
  });
})();
