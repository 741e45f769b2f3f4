// Sends the antiforgery token with every htmx request, so partial updates pass the same check as forms.
document.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector("input[name='__RequestVerificationToken']");
    if (token) { e.detail.headers["X-CSRF-TOKEN"] = token.value; }
});

// "Klicka på en rad" (the manuals): in a table marked data-radlank, a click anywhere on a row opens the order the row
// came on, as its Beställning link does. Links, buttons and expanders in the row keep their own meaning, and keyboard
// users have the link itself.
document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
    var rad = e.target.closest("table[data-radlank] tbody tr");
    if (!rad || e.target.closest("a, button, input, select, summary, details")) { return; }
    var lank = rad.querySelector("a[href^='/bestallning/']");
    if (lank) { window.location.assign(lank.href); }
});
