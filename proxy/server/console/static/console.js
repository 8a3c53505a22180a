// Progressive enhancement only: every form works without this file.
// A destructive button stays disabled until its confirmation field holds the word asked for.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-confirm-with]")) {
    const field = document.getElementById(button.dataset.confirmWith);
    if (!field) continue;
    const check = () => { button.disabled = field.value.trim() !== field.dataset.mustBe; };
    field.addEventListener("input", check);
    check();
  }
});
